//! The revision log's shared pieces: the table of field changes (readable labels and values)
//! and the panel that records the reason of an open revision, shown on the objective's detail
//! view and on its history page.

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::{Command, CommandError, FieldChange, ObjectiveId, RevisionReason};
use crate::i18n::report::revision_reason_label;
use crate::i18n::revision::{field_label, value_text, Names};
use crate::i18n::{describe_command_error, Lang, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Choice, FieldKind, SelectField, TextField};
use leptos::prelude::*;

/// `text` with its first letter capitalised, for reasons shown on their own (the catalogue
/// words them for the middle of a sentence). Chinese text is unchanged.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A revision's reason in words, as a label of its own.
pub fn reason_label(lang: Lang, reason: RevisionReason) -> String {
    capitalised(revision_reason_label(reason).text(lang))
}

/// Each change of `objective` as (field, old value, new value) in words.
pub fn readable_changes(
    state: AppState,
    objective: ObjectiveId,
    changes: &[FieldChange],
) -> Vec<(String, String, String)> {
    let lang = state.lang.get_untracked();
    state.workspace.with(|workspace| {
        let Some(current) = workspace.objective(objective) else {
            return Vec::new();
        };
        let names = Names::new(workspace, current);
        changes
            .iter()
            .map(|change| {
                (
                    field_label(lang, &names, &change.field),
                    value_text(lang, &names, &change.field, &change.old),
                    value_text(lang, &names, &change.field, &change.new),
                )
            })
            .collect()
    })
}

/// A table of field changes: one row per field, its value before and after.
#[component]
pub fn ChangeTable(
    objective: ObjectiveId,
    #[prop(into)] changes: Signal<Vec<FieldChange>>,
    #[prop(into)] caption: Signal<String>,
    /// The headings of the value columns ("Before", "Revision 1").
    #[prop(into)]
    old_heading: Signal<String>,
    #[prop(into)] new_heading: Signal<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let rows = move || changes.with(|changes| readable_changes(state, objective, changes));
    view! {
        <div class="change-table-scroll">
            <table class="change-table" data-testid="change-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ColumnField)}</th>
                        <th scope="col">{old_heading}</th>
                        <th scope="col">{new_heading}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(field, old, new)| view! {
                        <tr>
                            <th scope="row">{field}</th>
                            <td class="change-table__value">{old}</td>
                            <td class="change-table__value">{new}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The reasons a person may choose, with an empty first choice that asks for one.
fn reason_choices(lang: Lang) -> Vec<Choice> {
    let mut choices = vec![(
        String::new(),
        Msg::RevisionChooseReason.text(lang).to_string(),
    )];
    choices.extend(
        RevisionReason::STATED
            .iter()
            .map(|reason| (format!("{reason:?}"), reason_label(lang, *reason))),
    );
    choices
}

/// "Changes not yet recorded in the revision log": each open revision's changes (usually
/// one; a review's decision recorded meanwhile leaves an earlier one before it) and the form
/// that records its reason. Nothing is shown while no revision is open.
#[component]
pub fn OpenRevisionPanel(
    objective: ObjectiveId,
    /// The element focused once the last open revision is recorded (the panel then goes).
    focus_after: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let open = Memo::new(move |_| {
        state
            .with_objective(objective, |o| {
                o.revisions
                    .iter()
                    .filter(|r| r.is_open())
                    .map(|r| (r.number, r.changes.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let numbers = Memo::new(move |_| open.with(|o| o.iter().map(|(n, _)| *n).collect::<Vec<_>>()));
    view! {
        <Shown when=move || numbers.with(|n| !n.is_empty())>
            <section class="panel open-revision" aria-labelledby="open-revision-title" data-testid="open-revision">
                <h2 id="open-revision-title">{t(Msg::OpenRevisionTitle)}</h2>
                <For each=move || numbers.get() key=|number| *number let:number>
                    <OpenRevisionForm
                        objective=objective
                        number=number
                        changes=Signal::derive(move || {
                            open.with(|o| {
                                o.iter()
                                    .find(|(n, _)| *n == number)
                                    .map(|(_, changes)| changes.clone())
                                    .unwrap_or_default()
                            })
                        })
                        focus_after=focus_after
                    />
                </For>
            </section>
        </Shown>
    }
}

#[component]
fn OpenRevisionForm(
    objective: ObjectiveId,
    number: u32,
    #[prop(into)] changes: Signal<Vec<FieldChange>>,
    focus_after: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let reason = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let approved_by = RwSignal::new(String::new());
    let reason_error: RwSignal<Option<String>> = RwSignal::new(None);
    let note_error: RwSignal<Option<String>> = RwSignal::new(None);
    let form_error: RwSignal<Option<String>> = RwSignal::new(None);
    let owners = Signal::<Vec<String>>::from(state.owner_names);
    let number_text = number.to_string();
    let intro = state.tf(Msg::OpenRevisionIntro, &[("number", &number_text)]);
    let caption = state.tf(Msg::ChangesCaption, &[("number", &number_text)]);
    let context = state.tf(Msg::RevisionContext, &[("number", &number_text)]);
    let reason_id = format!("open-revision-{number}-reason");
    let note_id = format!("open-revision-{number}-note");
    let approved_id = format!("open-revision-{number}-approved-by");
    let focus_ids = (reason_id.clone(), note_id.clone(), approved_id.clone());
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        reason_error.set(None);
        note_error.set(None);
        form_error.set(None);
        let chosen = reason.with_untracked(|r| {
            RevisionReason::STATED
                .iter()
                .copied()
                .find(|reason| format!("{reason:?}") == *r)
        });
        let command = Command::StateRevisionReason {
            objective,
            number,
            // An unchosen reason is refused by the command, with the same message.
            reason: chosen.unwrap_or(RevisionReason::Unstated),
            note: note.get_untracked(),
            approved_by: approved_by.get_untracked(),
        };
        let code = state
            .with_objective(objective, |o| o.code.clone())
            .unwrap_or_default();
        let notice = NoticeText::with(
            Msg::RevisionRecordedNotice,
            &[("number", &number.to_string()), ("code", &code)],
        );
        match state.dispatch_with_notice(command, notice) {
            Ok(_) => focus_after_paint(focus_after),
            Err(error) => {
                let message = describe_command_error(lang, &error);
                let (reason_id, note_id, approved_id) = focus_ids.clone();
                let target = match error {
                    CommandError::RevisionReasonMissing => {
                        reason_error.set(Some(message));
                        reason_id
                    }
                    CommandError::RevisionNoteMissing => {
                        note_error.set(Some(message));
                        note_id
                    }
                    _ => {
                        form_error.set(Some(message));
                        approved_id
                    }
                };
                focus_after_paint(target);
            }
        }
    };
    view! {
        <div class="open-revision__entry" data-testid="open-revision-entry">
            <p>{intro}</p>
            <ChangeTable
                objective=objective
                changes=changes
                caption=caption
                old_heading=t(Msg::ColumnBefore)
                new_heading=t(Msg::ColumnAfter)
            />
            <form class="open-revision__form" on:submit=record novalidate=true>
                <div class="field-grid">
                    <SelectField
                        id=reason_id
                        label=t(Msg::RevisionReasonLabel)
                        context=context.clone()
                        choices=reason_choices(lang)
                        selected=reason
                        on_change=move |value: String| {
                            reason.set(value);
                            reason_error.set(None);
                            Ok(())
                        }
                        error=Signal::derive(move || reason_error.get())
                    />
                    <TextField
                        id=approved_id
                        label=t(Msg::RevisionApprovedBy)
                        context=context.clone()
                        value=approved_by
                        on_change=move |text: String| {
                            approved_by.set(text);
                            Ok(())
                        }
                        suggestions=owners
                    />
                </div>
                <TextField
                    id=note_id
                    label=t(Msg::RevisionNoteLabel)
                    context=context.clone()
                    help=t(Msg::RevisionNoteHelp)
                    value=note
                    on_change=move |text: String| {
                        note.set(text);
                        note_error.set(None);
                        Ok(())
                    }
                    kind=FieldKind::Multiline
                    error=Signal::derive(move || note_error.get())
                />
                <p class="field__error" role="alert" hidden=move || form_error.get().is_none()>
                    {move || form_error.get()}
                </p>
                <div class="button-row">
                    <button type="submit" class="button button--primary">
                        {t(Msg::RecordRevision)}
                        <span class="visually-hidden">" (" {context} ")"</span>
                    </button>
                </div>
            </form>
        </div>
    }
}
