//! Creating an objective: its level, its parent (only valid ones are offered), a suggested
//! code, a title, and who owns it. Everything else is added on the objective's own page.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::code::suggest_code;
use crate::domain::{Command, CommandError, Level, Objective, ObjectiveId, RandomIds};
use crate::i18n::{self, level_help, level_label, Msg};
use crate::ui::components::dialogs::ParentPicker;
use crate::ui::components::form::{FormErrors, FormField, FormSummary, Refusal};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{enum_choices, parse_choice, t};
use crate::ui::components::widgets::{SelectField, TextField};
use leptos::prelude::*;

/// The fields a refusal of the new objective can belong to.
const CODE: FormField = FormField::new("new-code", Msg::FieldCode);
const TITLE: FormField = FormField::new("new-title", Msg::FieldTitle);
const PARENT: FormField = FormField::new("new-parent", Msg::FieldParent);

fn field_of(error: &CommandError) -> FormField {
    match error {
        CommandError::BadCode(_) | CommandError::CodeTaken { .. } => CODE,
        CommandError::LevelAboveParent { .. }
        | CommandError::Cycle
        | CommandError::ParentNotFound => PARENT,
        _ => TITLE,
    }
}

#[component]
pub fn NewObjectivePage(parent: Option<ObjectiveId>, level: Option<Level>) -> impl IntoView {
    let state = AppState::expect();
    let parent_level = parent.and_then(|p| {
        state
            .workspace
            .with_untracked(|w| w.objective(p).map(|o| o.level))
    });
    // Below a parent, suggest the next level down; otherwise start at the top.
    let initial_level = level.unwrap_or(match parent_level {
        Some(Level::Strategic) => Level::Tactical,
        Some(_) => Level::Operational,
        None => Level::Strategic,
    });
    let level = RwSignal::new(initial_level);
    let parent = RwSignal::new(parent);
    let code = RwSignal::new(
        state
            .workspace
            .with_untracked(|w| suggest_code(w, initial_level)),
    );
    let code_touched = RwSignal::new(false);
    let title = RwSignal::new(String::new());
    let function = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let errors = FormErrors::default();

    let level_choices = enum_choices(&Level::ALL, level_label);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = clock::now();
        let id = ObjectiveId::new(&mut RandomIds);
        let mut objective = Objective::new(
            id,
            code.get_untracked(),
            title.get_untracked(),
            level.get_untracked(),
            now,
        );
        objective.parent = parent.get_untracked();
        objective.function = function.get_untracked().trim().to_string();
        objective.owner = owner.get_untracked().trim().to_string();
        let lang = state.lang.get_untracked();
        let notice = NoticeText::with(Msg::Created, &[("code", code.get_untracked().trim())]);
        match state.dispatch_with_notice(Command::CreateObjective(Box::new(objective)), notice) {
            Ok(_) => state.navigate(Route::Objective(id)),
            Err(refusal) => {
                let field = field_of(&refusal);
                let message = i18n::describe_command_error(lang, &refusal);
                errors.show(vec![Refusal::new(field.id, t(field.label), message)]);
            }
        }
    };
    let set = move |signal: RwSignal<String>| {
        Callback::new(move |text: String| {
            signal.set(text);
            errors.clear_all();
            Ok(())
        })
    };
    view! {
        <PageTitle text=t(Msg::NewObjectiveTitle)/>
        <p>{t(Msg::NewObjectiveHelp)}</p>
        <form class="panel" on:submit=submit novalidate=true>
            <FormSummary errors=errors/>
            <SelectField
                id="new-level"
                label=t(Msg::FieldLevel)
                help=Signal::derive(move || state.t(level_help(level.get())).to_string())
                choices=level_choices
                selected=Signal::derive(move || format!("{:?}", level.get()))
                on_change=move |value: String| {
                    if let Some(new_level) = parse_choice(&Level::ALL, &value) {
                        level.set(new_level);
                        if !code_touched.get_untracked() {
                            code.set(state.workspace.with_untracked(|w| suggest_code(w, new_level)));
                        }
                        // A parent below the new level is no longer valid.
                        let parent_ok = parent.get_untracked().is_none_or(|p| {
                            state.workspace.with_untracked(|w| w.objective(p).is_some_and(|o| o.level.may_parent(new_level)))
                        });
                        if !parent_ok {
                            parent.set(None);
                        }
                    }
                    Ok(())
                }
            />
            <ParentPicker
                id=PARENT.id
                child=Signal::derive(|| None)
                level=level
                selected=parent
                error=errors.at(PARENT.id)
            />
            <div class="field-grid">
                <TextField
                    id=CODE.id
                    label=t(CODE.label)
                    help=t(Msg::FieldCodeHelp)
                    value=code
                    on_change=Callback::new(move |text: String| {
                        code_touched.set(true);
                        code.set(text);
                        errors.clear_all();
                        Ok(())
                    })
                    error=errors.at(CODE.id)
                    required=true
                    class="field--narrow"
                />
                <TextField
                    id=TITLE.id
                    label=t(TITLE.label)
                    value=title
                    on_change=set(title)
                    error=errors.at(TITLE.id)
                    required=true
                    class="field--wide"
                />
                <TextField
                    id="new-function"
                    label=t(Msg::FieldFunction)
                    value=function
                    on_change=set(function)
                    suggestions={ let names: Signal<Vec<String>> = state.function_names.into(); names }
                />
                <TextField
                    id="new-owner"
                    label=t(Msg::FieldOwner)
                    value=owner
                    on_change=set(owner)
                    suggestions={ let names: Signal<Vec<String>> = state.owner_names.into(); names }
                />
            </div>
            <div class="button-row">
                <button type="submit" class="button button--primary">{t(Msg::CreateObjective)}</button>
                <a class="button" href=Route::Register.href()>{t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}
