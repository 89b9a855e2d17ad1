//! An objective's revision log (clause 6.2.1 f): every revision with its date, reason, note,
//! approver and number of changes; the combined difference between any two revisions; and
//! reverting a revision, which records a new revision, or says why it cannot.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::command::revert_preview;
use crate::domain::revision::between;
use crate::domain::{
    Command, CommandError, FieldChange, ObjectiveId, Revision, RevisionReason, Timestamp,
};
use crate::i18n::report::revision_reason_label;
use crate::i18n::revision::{field_label, Names};
use crate::i18n::{describe_command_error, format, Lang, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Choice, Icon, IconKind, SelectField, TextField};
use crate::ui::panels::revisions::{reason_label, ChangeTable, OpenRevisionPanel};
use leptos::prelude::*;

/// The id of the revision log's heading, where focus goes after recording or reverting.
const LOG_TITLE_ID: &str = "revision-log-title";
const COMPARE_TITLE_ID: &str = "compare-title";
const REVERT_TITLE_ID: &str = "revert-title";

#[component]
pub fn HistoryPage(id: ObjectiveId) -> impl IntoView {
    view! {
        <crate::ui::panels::with_objective::WithObjective id=id>
            <HistoryView id=id/>
        </crate::ui::panels::with_objective::WithObjective>
    }
}

/// One revision as the log table shows it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    number: u32,
    at: Timestamp,
    reason: RevisionReason,
    note: String,
    approved_by: String,
    changes: usize,
}

impl Row {
    fn of(revision: &Revision) -> Self {
        Row {
            number: revision.number,
            at: revision.at,
            reason: revision.reason,
            note: revision.note.clone(),
            approved_by: revision.approved_by.clone(),
            changes: revision.changes.len(),
        }
    }

    fn revertible(&self) -> bool {
        self.changes > 0 && self.reason != RevisionReason::Unstated
    }
}

#[component]
fn HistoryView(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let heading = Signal::derive(move || {
        state
            .with_objective(id, |o| {
                state.tf(
                    Msg::HistoryHeading,
                    &[("code", &o.code), ("title", &o.title)],
                )
            })
            .unwrap_or_default()
    });
    let rows = Memo::new(move |_| {
        state
            .with_objective(id, |o| o.revisions.iter().map(Row::of).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let from: RwSignal<Option<u32>> = RwSignal::new(None);
    let to: RwSignal<Option<u32>> = RwSignal::new(None);
    let reverting: RwSignal<Option<u32>> = RwSignal::new(None);
    let show_changes = move |number: u32| {
        let previous = rows.with_untracked(|rows| {
            rows.iter()
                .map(|r| r.number)
                .filter(|n| *n < number)
                .max()
                .unwrap_or(number.saturating_sub(1))
        });
        from.set(Some(previous));
        to.set(Some(number));
        focus_after_paint(COMPARE_TITLE_ID);
    };
    view! {
        <article class="history" data-testid="history">
            <PageTitle text=heading/>
            <div class="toolbar">
                <a class="button" href=Route::Objective(id).href()>{t(Msg::BackToObjective)}</a>
            </div>
            <OpenRevisionPanel objective=id focus_after=LOG_TITLE_ID/>
            <section class="panel" aria-labelledby=LOG_TITLE_ID>
                <h2 id=LOG_TITLE_ID tabindex="-1">{t(Msg::HistoryLogTitle)}</h2>
                <p>{t(Msg::HistoryIntro)}</p>
                <div class="change-table-scroll">
                    <table class="history-table" aria-labelledby=LOG_TITLE_ID data-testid="revision-log">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ColumnRevision)}</th>
                                <th scope="col">{t(Msg::ColumnDate)}</th>
                                <th scope="col">{t(Msg::RevisionReasonLabel)}</th>
                                <th scope="col">{t(Msg::RevisionNoteLabel)}</th>
                                <th scope="col">{t(Msg::RevisionApprovedBy)}</th>
                                <th scope="col">{t(Msg::ColumnChanges)}</th>
                                <th scope="col">{t(Msg::ColumnActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|row| view! {
                                <RevisionRow row=row on_show=show_changes reverting=reverting/>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            <Shown when=move || reverting.get().is_some()>
                <RevertPanel
                    id=id
                    number=Signal::derive(move || reverting.get().unwrap_or_default())
                    reverting=reverting
                    from=from
                    to=to
                />
            </Shown>
            <ComparePanel id=id rows=rows from=from to=to/>
        </article>
    }
}

#[component]
fn RevisionRow(
    row: Row,
    #[prop(into)] on_show: Callback<u32>,
    reverting: RwSignal<Option<u32>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let number = row.number;
    let context = format!(
        " {}",
        state.tf(Msg::RevisionContext, &[("number", &number.to_string())])
    );
    let reason = if row.reason == RevisionReason::Unstated {
        view! {
            <span class="history-table__open">
                <Icon kind=IconKind::Warning/>
                " "
                {reason_label(lang, row.reason)}
            </span>
        }
        .into_any()
    } else {
        view! { <span>{reason_label(lang, row.reason)}</span> }.into_any()
    };
    let shows = row.changes > 0;
    let revertible = row.revertible();
    view! {
        <tr data-testid="revision-row">
            <th scope="row">{number}</th>
            <td class="history-table__date">{clock::local_date_time(row.at)}</td>
            <td>{reason}</td>
            <td class="history-table__note">{row.note}</td>
            <td>{row.approved_by}</td>
            <td class="history-table__number">{row.changes}</td>
            <td class="history-table__actions">
                {shows.then(|| {
                    let context = context.clone();
                    view! {
                        <button type="button" class="button button--small" on:click=move |_| on_show.run(number)>
                            {t(Msg::ShowChanges)}
                            <span class="visually-hidden">{context}</span>
                        </button>
                    }
                })}
                {revertible.then(|| view! {
                    <button
                        type="button"
                        class="button button--small"
                        on:click=move |_| {
                            reverting.set(Some(number));
                            focus_after_paint(REVERT_TITLE_ID);
                        }
                    >
                        {t(Msg::RevertRevision)}
                        <span class="visually-hidden">{context}</span>
                    </button>
                })}
            </td>
        </tr>
    }
}

/// "Revision 2 (2026-11-24 10:00, service change)" for the comparison's choices.
fn revision_choices(lang: Lang, rows: &[Row]) -> Vec<Choice> {
    rows.iter()
        .map(|row| {
            let label = format(
                lang,
                Msg::RevisionOption,
                &[
                    ("number", &row.number.to_string()),
                    ("date", &clock::local_date_time(row.at)),
                    ("reason", revision_reason_label(row.reason).text(lang)),
                ],
            );
            (row.number.to_string(), label)
        })
        .collect()
}

/// Two revisions chosen from the log and the combined difference between them.
#[component]
fn ComparePanel(
    id: ObjectiveId,
    rows: Memo<Vec<Row>>,
    from: RwSignal<Option<u32>>,
    to: RwSignal<Option<u32>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    // Until the user chooses, the latest revision is compared with the one before it.
    let chosen_to = Memo::new(move |_| {
        to.get()
            .or_else(|| rows.with(|rows| rows.last().map(|r| r.number)))
            .unwrap_or_default()
    });
    let chosen_from = Memo::new(move |_| {
        from.get()
            .or_else(|| {
                rows.with(|rows| {
                    let before_last = rows.len().saturating_sub(2);
                    rows.get(before_last).map(|r| r.number)
                })
            })
            .unwrap_or_default()
    });
    let choices = Signal::derive(move || rows.with(|rows| revision_choices(lang, rows)));
    let difference = Memo::new(move |_| {
        let (low, high) = (chosen_from.get(), chosen_to.get());
        state
            .with_objective(id, |o| between(&o.revisions, low, high))
            .unwrap_or_default()
    });
    let pick = move |target: RwSignal<Option<u32>>| {
        move |value: String| {
            target.set(value.parse().ok());
            Ok::<(), String>(())
        }
    };
    let numbers = move || {
        [
            ("from", chosen_from.get().to_string()),
            ("to", chosen_to.get().to_string()),
        ]
    };
    let sentence = move |msg: Msg| {
        let [(a, from), (b, to)] = numbers();
        state.tf(msg, &[(a, &from), (b, &to)])
    };
    view! {
        <section class="panel" aria-labelledby=COMPARE_TITLE_ID data-testid="compare">
            <h2 id=COMPARE_TITLE_ID tabindex="-1">{t(Msg::CompareTitle)}</h2>
            <div class="field-grid">
                <SelectField
                    id="compare-from"
                    label=t(Msg::CompareFrom)
                    choices=choices
                    selected=Signal::derive(move || chosen_from.get().to_string())
                    on_change=pick(from)
                />
                <SelectField
                    id="compare-to"
                    label=t(Msg::CompareTo)
                    choices=choices
                    selected=Signal::derive(move || chosen_to.get().to_string())
                    on_change=pick(to)
                />
            </div>
            {move || {
                if chosen_from.get() == chosen_to.get() {
                    view! { <p>{t(Msg::CompareSame)}</p> }.into_any()
                } else if difference.with(Vec::is_empty) {
                    view! { <p>{sentence(Msg::CompareNone)}</p> }.into_any()
                } else {
                    let revision = move |number: u32| {
                        state.tf(Msg::ColumnInRevision, &[("number", &number.to_string())])
                    };
                    view! {
                        <ChangeTable
                            objective=id
                            changes=difference
                            caption=Signal::derive(move || sentence(Msg::CompareCaption))
                            old_heading=Signal::derive(move || revision(chosen_from.get()))
                            new_heading=Signal::derive(move || revision(chosen_to.get()))
                        />
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// Why a revision cannot be reverted, naming the field in words where the log says which.
fn describe_refusal(state: AppState, id: ObjectiveId, error: &CommandError) -> String {
    let lang = state.lang.get_untracked();
    match error {
        CommandError::RevertMissing { field } => state
            .workspace
            .with(|workspace| {
                let objective = workspace.objective(id)?;
                let label = field_label(lang, &Names::new(workspace, objective), field);
                Some(format(lang, Msg::RevertMissingField, &[("field", &label)]))
            })
            .unwrap_or_else(|| describe_command_error(lang, error)),
        _ => describe_command_error(lang, error),
    }
}

/// What reverting a revision will change, confirmed with who approved it; or why it cannot
/// be reverted.
#[component]
fn RevertPanel(
    id: ObjectiveId,
    #[prop(into)] number: Signal<u32>,
    reverting: RwSignal<Option<u32>>,
    from: RwSignal<Option<u32>>,
    to: RwSignal<Option<u32>>,
) -> impl IntoView {
    let state = AppState::expect();
    let preview: Memo<Result<Vec<FieldChange>, CommandError>> = Memo::new(move |_| {
        let number = number.get();
        state
            .workspace
            .with(|w| revert_preview(w, id, number).map(|(_, changes)| changes))
    });
    let why = RwSignal::new(String::new());
    let approved_by = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let owners = Signal::<Vec<String>>::from(state.owner_names);
    let number_text = move || number.get().to_string();
    let close = move || {
        reverting.set(None);
        focus_after_paint(LOG_TITLE_ID);
    };
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = number.get_untracked();
        let reverted = number.to_string();
        let why_text = why.get_untracked().trim().to_string();
        let note = if why_text.is_empty() {
            state.tf(Msg::RevertNote, &[("number", &reverted)])
        } else {
            state.tf(
                Msg::RevertNoteWithWhy,
                &[("number", &reverted), ("why", &why_text)],
            )
        };
        let command = Command::RevertRevision {
            objective: id,
            number,
            note,
            approved_by: approved_by.get_untracked(),
        };
        match state.dispatch(command) {
            Ok(_) => {
                let new = state
                    .with_objective(id, |o| o.revisions.last().map(|r| r.number))
                    .flatten()
                    .unwrap_or_default();
                let text = NoticeText::with(
                    Msg::RevertedNotice,
                    &[("reverted", &reverted), ("number", &new.to_string())],
                );
                state.show_notice(text, true);
                from.set(Some(new.saturating_sub(1)));
                to.set(Some(new));
                reverting.set(None);
                focus_after_paint(LOG_TITLE_ID);
            }
            Err(refusal) => error.set(Some(describe_refusal(state, id, &refusal))),
        }
    };
    view! {
        <section class="panel revert-panel" aria-labelledby=REVERT_TITLE_ID data-testid="revert-panel">
            <h2 id=REVERT_TITLE_ID tabindex="-1">
                {move || state.tf(Msg::RevertTitle, &[("number", &number_text())])}
            </h2>
            {move || match preview.get() {
                Ok(changes) => view! {
                    <p>{state.tf(Msg::RevertIntro, &[("number", &number_text())])}</p>
                    <ChangeTable
                        objective=id
                        changes=changes
                        caption=t(Msg::RevertCaption)
                        old_heading=t(Msg::ColumnNow)
                        new_heading=t(Msg::ColumnAfterRevert)
                    />
                    <form on:submit=confirm novalidate=true>
                        <div class="field-grid">
                            <TextField
                                id="revert-why"
                                label=t(Msg::RevertWhy)
                                value=why
                                on_change=move |text: String| {
                                    why.set(text);
                                    Ok(())
                                }
                                class="field--wide"
                            />
                            <TextField
                                id="revert-approved-by"
                                label=t(Msg::RevisionApprovedBy)
                                value=approved_by
                                on_change=move |text: String| {
                                    approved_by.set(text);
                                    Ok(())
                                }
                                suggestions=owners
                            />
                        </div>
                        <p class="field__error" role="alert" hidden=move || error.get().is_none()>
                            {move || error.get()}
                        </p>
                        <div class="button-row">
                            <button type="submit" class="button button--primary">{t(Msg::RevertConfirm)}</button>
                            <button type="button" class="button" on:click=move |_| close()>{t(Msg::Cancel)}</button>
                        </div>
                    </form>
                }
                .into_any(),
                Err(refusal) => view! {
                    <p class="warning" role="alert">
                        <Icon kind=IconKind::Warning/>
                        <span>
                            {state.tf(Msg::RevertRefused, &[
                                ("number", &number_text()),
                                ("reason", &describe_refusal(state, id, &refusal)),
                            ])}
                        </span>
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| close()>{t(Msg::Close)}</button>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}
