//! The register of applicable requirements that objectives take into account (6.2.1 c).

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::code::next_free;
use crate::domain::{Command, RandomIds, Requirement, RequirementId, RequirementSource, TopLevel};
use crate::i18n::{source_label, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{enum_choices, parse_choice, t};
use crate::ui::components::widgets::{FieldKind, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn RequirementsPage() -> impl IntoView {
    let state = AppState::expect();
    let ids = move || {
        state
            .workspace
            .with(|w| w.requirements.iter().map(|r| r.id).collect::<Vec<_>>())
    };
    let add = move |_| {
        let reference = state.workspace.with_untracked(|w| {
            next_free("R", w.requirements.iter().map(|r| r.reference.as_str()))
        });
        let requirement = Requirement {
            id: RequirementId::new(&mut RandomIds),
            reference,
            title: String::new(),
            source: RequirementSource::default(),
            notes: String::new(),
        };
        let new_id = requirement.id;
        if state
            .dispatch_field(Command::add(TopLevel, requirement))
            .is_ok()
        {
            focus_after_paint(format!("requirement-{new_id}-title"));
        }
    };
    view! {
        <PageTitle text=t(Msg::RequirementsTitle)/>
        <p>{t(Msg::RequirementsHelp)}</p>
        <Shown when=move || ids().is_empty()>
            <p class="empty">{t(Msg::RequirementsEmpty)}</p>
        </Shown>
        <ul class="record-list">
            <For each=ids key=|id| *id let:id>
                <RequirementItem id=id/>
            </For>
        </ul>
        <button type="button" class="button" on:click=add>{t(Msg::AddRequirement)}</button>
    }
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn RequirementItem(id: RequirementId) -> impl IntoView {
    let state = AppState::expect();
    let current = move || state.workspace.with(|w| w.requirement(id).cloned());
    let read = move |get: fn(&Requirement) -> String| {
        Signal::derive(move || current().map(|r| get(&r)).unwrap_or_default())
    };
    let change = move |modify: Box<dyn FnOnce(&mut Requirement)>| -> Result<(), String> {
        let Some(mut requirement) = state
            .workspace
            .with_untracked(|w| w.requirement(id).cloned())
        else {
            return Err(Msg::ErrRequirementNotFound
                .text(state.lang.get_untracked())
                .to_string());
        };
        modify(&mut requirement);
        state.dispatch_field(Command::edit(TopLevel, requirement))
    };
    let write = move |set: fn(&mut Requirement, String)| {
        Callback::new(move |text: String| change(Box::new(move |r| set(r, text))))
    };
    let source_choices = enum_choices(&RequirementSource::ALL, source_label);
    let considered = move || {
        state.workspace.with(|w| {
            w.objectives
                .iter()
                .filter(|o| o.requirement_links.contains(&id))
                .count()
        })
    };
    let name = move || {
        state.tf(
            Msg::RequirementLabel,
            &[(
                "reference",
                &current().map(|r| r.reference).unwrap_or_default(),
            )],
        )
    };
    view! {
        <li class="record-item" aria-label=move || name()>
            <div class="field-grid">
                <TextField label=t(Msg::ReqReference) value=read(|r| r.reference.clone()) on_change=write(|r, v| r.reference = v) class="field--narrow"/>
                <TextField id=format!("requirement-{id}-title") label=t(Msg::ReqTitle) value=read(|r| r.title.clone()) on_change=write(|r, v| r.title = v) class="field--wide"/>
                <SelectField
                    label=t(Msg::ReqSource)
                    choices=source_choices
                    selected=Signal::derive(move || current().map(|r| format!("{:?}", r.source)).unwrap_or_default())
                    on_change=move |value: String| {
                        let Some(source) = parse_choice(&RequirementSource::ALL, &value) else { return Ok(()) };
                        change(Box::new(move |r| r.source = source))
                    }
                />
            </div>
            <TextField label=t(Msg::ReqNotes) value=read(|r| r.notes.clone()) on_change=write(|r, v| r.notes = v) kind=FieldKind::Multiline/>
            <p class="field__help">{move || state.tc(Msg::ConsideredBy, considered(), &[])}</p>
            <button
                type="button"
                class="button button--small button--danger"
                on:click=move |_| {
                    let reference = current().map(|r| r.reference).unwrap_or_default();
                    let text = NoticeText::with(Msg::RequirementRemovedNotice, &[("reference", &reference)]);
                    let _ = state.dispatch_with_notice(Command::remove::<Requirement>(TopLevel, id), text);
                }
            >
                {t(Msg::RemoveRequirement)}
                <span class="visually-hidden">{move || format!(" {}", name())}</span>
            </button>
        </li>
    }
}
