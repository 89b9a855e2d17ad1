//! A wizard's page, for any wizard described by a [`WizardSpec`]: what the address asks for
//! (resuming the draft, starting one, or first dealing with unreadable drafts, another draft
//! or a missing objective), and a step in the frame with its refusals, moving between steps
//! only past a valid step, saving as one command and discarding after confirming.

use super::ctx::StepCtx;
use super::frame::{FrameActions, StepInfo, WizardFrame};
use super::gate::{DraftFound, MissingTarget, UnreadableDrafts};
use super::parts::{field_dom_id, StepEntry};
use super::spec::{StepOf, WizardOf, WizardSpec};
use super::{REVIEW_ERRORS_ID, STEP_TITLE_ID};
use crate::app::state::SaveState;
use crate::app::{clock, AppState, Route};
use crate::domain::wizard::{FieldIssue, Step, Wizard, WizardDraft};
use crate::domain::{ObjectiveId, Workspace};
use crate::i18n::{self, Lang, Msg};
use crate::ui::components::form::{focus_after_paint, FormErrors};
use crate::ui::components::page::PageTitle;
use leptos::prelude::*;

/// What the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase<S> {
    /// Stored drafts cannot be read: the user decides about them first.
    Unreadable,
    /// A draft for something else holds input: resume it or start afresh.
    OtherDraft,
    /// The objective in the address does not exist (and no draft for it can be saved).
    Missing,
    /// The wizard at this step.
    Ready(S),
}

/// Works out what to show for the address, resuming the draft or starting one when that is
/// what the address asks for.
pub fn decide<W: WizardSpec>(
    state: AppState,
    spec: W,
    step: Option<StepOf<W>>,
) -> Phase<StepOf<W>> {
    if state.unreadable_drafts.with_untracked(Option::is_some) {
        return Phase::Unreadable;
    }
    let current: Option<WizardOf<W>> = state.drafts.with_untracked(|d| W::Draft::slot(d).cloned());
    // A wizard only opened holds nothing of the user's: an existing objective starts again
    // from what is saved now (it may have changed meanwhile).
    let stale = current.as_ref().is_some_and(|wizard| {
        wizard.untouched
            && state
                .workspace
                .with_untracked(|w| w.objective(W::target_of(&wizard.draft)).is_some())
    });
    if let Some(wizard) = current.as_ref().filter(|_| !stale) {
        if spec.target() == Some(W::target_of(&wizard.draft)) {
            if state
                .workspace
                .with_untracked(|w| W::target_gone(&wizard.draft, w))
            {
                return Phase::Missing;
            }
            let at = step.unwrap_or(wizard.step);
            if at != wizard.step || !wizard.has_visited(at) {
                update_wizard::<W>(state, |wizard| wizard.reach(at));
            }
            return Phase::Ready(at);
        }
    }
    let Some(draft) = state.workspace.with_untracked(|w| spec.new_draft(w)) else {
        return Phase::Missing;
    };
    if let Some(wizard) = current.as_ref() {
        if !is_unchanged::<W>(state, wizard) {
            return Phase::OtherDraft;
        }
    }
    let now = clock::now();
    let wizard = match step {
        Some(step) => Wizard::start_at(draft, step, now),
        None => Wizard::start(draft, now),
    };
    let at = wizard.step;
    // Not stored until the user changes something (see `Drafts::worth_keeping`).
    state.update_drafts(|d| *W::Draft::slot_mut(d) = Some(wizard));
    Phase::Ready(at)
}

/// Whether `wizard` holds nothing the user changed: only opened, or repeating what is saved.
fn is_unchanged<W: WizardSpec>(state: AppState, wizard: &WizardOf<W>) -> bool {
    wizard.untouched || state.workspace.with_untracked(|w| W::disposable(wizard, w))
}

/// Gives a new objective's draft its own address once the user changed it (it is stored from
/// then on), so a reload resumes it instead of asking. Only the address bar changes: the page
/// stays as it is, with the focus where the user is typing.
fn readdress_when_changed<W: WizardSpec>(
    state: AppState,
    target: Option<ObjectiveId>,
    step: StepOf<W>,
) {
    let Some(target) = target else { return };
    let built_for = state.route.get_untracked();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let changed = state
            .drafts
            .with(|d| W::Draft::slot(d).is_some_and(|w| !w.untouched));
        // Not once the user moved on (Next right after typing): the address is theirs then.
        #[cfg(target_arch = "wasm32")]
        if changed && state.route.get_untracked() == built_for {
            crate::app::browser::replace_location_hash(&W::route(target, Some(step)).href());
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (target, step, &built_for);
        changed
    });
}

/// Changes the stored wizard of kind `W`, if there is one.
fn update_wizard<W: WizardSpec>(state: AppState, change: impl FnOnce(&mut WizardOf<W>)) {
    state.update_drafts(|d| {
        if let Some(wizard) = W::Draft::slot_mut(d).as_mut() {
            change(wizard);
        }
    });
}

/// Reads the stored draft of kind `W` and the workspace, tracking both.
fn with_draft<W: WizardSpec, R>(
    state: AppState,
    read: impl FnOnce(&WizardOf<W>, &Workspace) -> R,
) -> Option<R> {
    state
        .drafts
        .with(|d| W::Draft::slot(d).map(|wizard| state.workspace.with(|w| read(wizard, w))))
}

/// Reads the stored draft of kind `W` and the workspace without tracking them.
fn peek_draft<W: WizardSpec, R>(
    state: AppState,
    read: impl FnOnce(&WizardOf<W>, &Workspace) -> R,
) -> Option<R> {
    state.drafts.with_untracked(|d| {
        W::Draft::slot(d).map(|wizard| state.workspace.with_untracked(|w| read(wizard, w)))
    })
}

/// The wizard's page for the address: `spec` names the objective, `step` the step.
pub fn wizard_page<W: WizardSpec>(spec: W, step: Option<StepOf<W>>) -> impl IntoView {
    let state = AppState::expect();
    let phase = RwSignal::new(decide(state, spec, step));
    let again = Callback::new(move |()| {
        let next = decide(state, spec, step);
        phase.set(next);
        if matches!(next, Phase::Ready(_)) {
            focus_after_paint(STEP_TITLE_ID);
        }
    });
    move || {
        let phase = phase.get();
        untrack(move || phase_view(spec, phase, again))
    }
}

fn phase_view<W: WizardSpec>(spec: W, phase: Phase<StepOf<W>>, again: Callback<()>) -> AnyView {
    let state = AppState::expect();
    let (title, subject) = state
        .workspace
        .with_untracked(|w| (spec.heading(state.lang.get_untracked(), w), spec.subject(w)));
    let heading = move || {
        view! {
            <PageTitle text=title.clone()/>
            {subject.clone().map(|subject| view! { <p class="lead">{subject}</p> })}
        }
    };
    match phase {
        Phase::Ready(step) => ready_view(spec, step),
        Phase::Unreadable => view! { {heading()} <UnreadableDrafts on_done=again/> }.into_any(),
        Phase::OtherDraft => {
            let found = state.drafts.with_untracked(|d| W::Draft::slot(d).cloned());
            let discard = move || {
                state.update_drafts(|d| *W::Draft::slot_mut(d) = None);
                again.run(());
            };
            view! { {heading()} {found.map(|wizard| draft_found::<W>(wizard, discard))} }.into_any()
        }
        Phase::Missing => {
            let target = spec.target();
            let has_draft = Signal::derive(move || {
                state.drafts.with(|d| {
                    W::Draft::slot(d).is_some_and(|w| Some(W::target_of(&w.draft)) == target)
                })
            });
            let links = W::missing_links()
                .into_iter()
                .map(|(route, words)| (route.href(), words))
                .collect();
            let discard = move || discard_draft::<W>(state);
            view! { {heading()} <MissingTarget has_draft=has_draft on_discard=discard links=links/> }
                .into_any()
        }
    }
}

/// Discards the stored draft of kind `W` and goes where the wizard says.
fn discard_draft<W: WizardSpec>(state: AppState) {
    let then = peek_draft::<W, _>(state, |wizard, w| W::discarded(&wizard.draft, w));
    state.update_drafts(|d| *W::Draft::slot_mut(d) = None);
    state.navigate(then.unwrap_or(Route::Register));
}

/// The question about the unfinished `wizard`: resume it, or `discard` it and start afresh.
pub fn draft_found<W: WizardSpec>(
    wizard: WizardOf<W>,
    discard: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let (name, gone) = state.workspace.with_untracked(|w| {
        (
            W::draft_name(state.lang.get_untracked(), &wizard.draft, w),
            W::target_gone(&wizard.draft, w),
        )
    });
    let resume = W::route(W::target_of(&wizard.draft), Some(wizard.step));
    view! {
        <DraftFound
            name=name
            time=clock::local_date_time(wizard.changed)
            gone=gone
            on_resume=move || state.navigate(resume)
            on_discard=move || discard()
        />
    }
}

/// "Field: message" for a refusal in the step's summary, with the field it points at.
fn issue_line<W: WizardSpec>(lang: Lang, issue: &FieldIssue, draft: &W::Draft) -> (String, String) {
    let message = i18n::describe_command_error(lang, &issue.error);
    let text = match W::field_name(lang, issue.field, draft) {
        Some(field) => i18n::format(
            lang,
            Msg::EstablishIssue,
            &[("field", &field), ("message", &message)],
        ),
        None => message,
    };
    (field_dom_id(issue.field), text)
}

/// The refusals that block saving, each with the address of its step and its words
/// ("d) When, Action 1: The start date is after the due date.").
fn review_lines<W: WizardSpec>(
    lang: Lang,
    wizard: &WizardOf<W>,
    workspace: &Workspace,
) -> Vec<(String, String)> {
    let target = W::target_of(&wizard.draft);
    wizard
        .draft
        .all_issues(workspace)
        .into_iter()
        .map(|(step, issue)| {
            let error = i18n::describe_command_error(lang, &issue.error);
            let step_label = (W::STEP_LABEL)(step).text(lang);
            let place = match W::field_name(lang, issue.field, &wizard.draft) {
                Some(field) => i18n::format(
                    lang,
                    Msg::ReviewIssuePlace,
                    &[("step", step_label), ("field", &field)],
                ),
                None => step_label.to_string(),
            };
            let text = i18n::format(
                lang,
                Msg::ReviewIssue,
                &[("where", &place), ("error", &error)],
            );
            (W::route(target, Some(step)).href(), text)
        })
        .collect()
}

/// The wizard at `step`, in the frame.
fn ready_view<W: WizardSpec>(spec: W, step: StepOf<W>) -> AnyView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let attempted = RwSignal::new(false);
    let unparsed = FormErrors::default();
    // Refusals show once the user tried to leave the step, or on a step already passed.
    let shown = move || {
        attempted.get()
            || state
                .drafts
                .with(|d| W::Draft::slot(d).is_some_and(|w| w.visited.iter().any(|s| *s > step)))
    };
    let issues = Memo::new(move |_| {
        if !shown() {
            return Vec::new();
        }
        with_draft::<W, _>(state, |wizard, w| wizard.draft.issues(step, w)).unwrap_or_default()
    });
    let ctx = StepCtx::<W::Draft>::new(state, issues, unparsed);
    let target = ctx.peek(W::target_of);
    if spec.target().is_none() {
        readdress_when_changed::<W>(state, target, step);
    }
    // Discarding a draft that holds nothing of the user's needs no confirmation.
    let unchanged = Signal::derive(move || {
        state
            .drafts
            .with(|d| W::Draft::slot(d).cloned())
            .is_none_or(|wizard| is_unchanged::<W>(state, &wizard))
    });
    let extra = state
        .drafts
        .with_untracked(|d| W::extra(W::Draft::slot(d).map(|w| &w.draft)));

    let summary = Signal::derive(move || {
        let mut lines = with_draft::<W, _>(state, |wizard, _| {
            let mut lines: Vec<(String, String)> = issues.with(|found| {
                found
                    .iter()
                    .map(|issue| issue_line::<W>(lang, issue, &wizard.draft))
                    .collect()
            });
            if shown() {
                lines.extend(
                    W::step_blockers(step, &wizard.draft)
                        .into_iter()
                        .map(|(id, msg)| (id.to_string(), msg.text(lang).to_string())),
                );
            }
            lines
        })
        .unwrap_or_default();
        if attempted.get() {
            lines.extend(unparsed.lines(lang));
        }
        lines
    });
    let entries = Memo::new(move |_| {
        let today = clock::today();
        with_draft::<W, _>(state, |wizard, w| {
            let complete = W::completion(&wizard.draft, w, today);
            StepOf::<W>::ALL
                .iter()
                .zip(complete)
                .map(|(s, complete)| StepEntry {
                    label: (W::STEP_LABEL)(*s).text(lang),
                    current: *s == step,
                    complete,
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });

    // Moving on: the step's refusals and unparsed text keep the user here, with focus on the
    // first of them.
    let blocked = move || -> bool {
        attempted.set(true);
        let first = peek_draft::<W, _>(state, |wizard, w| {
            let draft = &wizard.draft;
            draft
                .issues(step, w)
                .first()
                .map(|issue| field_dom_id(issue.field))
                .or_else(|| {
                    W::step_blockers(step, draft)
                        .first()
                        .map(|(id, _)| id.to_string())
                })
        })
        .flatten()
        .or_else(|| unparsed.first());
        match first {
            Some(id) => {
                focus_after_paint(id);
                true
            }
            None => false,
        }
    };
    let open = move |to: StepOf<W>| {
        if let Some(target) = target {
            state.navigate(W::route(target, Some(to)));
        }
    };
    let go_forward = move |to: Option<StepOf<W>>| {
        if blocked() {
            return;
        }
        let mut moved = None;
        update_wizard::<W>(state, |wizard| {
            moved = match to {
                None => wizard.next(Vec::new()).ok(),
                Some(to) => wizard.go_to(to, Vec::new()).ok(),
            };
        });
        if let Some(to) = moved.filter(|to| *to != step) {
            open(to);
        }
    };
    let go_back_to = move |to: StepOf<W>| {
        let mut moved = None;
        update_wizard::<W>(state, |wizard| moved = wizard.go_to(to, Vec::new()).ok());
        if let Some(to) = moved.filter(|to| *to != step) {
            open(to);
        }
    };

    let save_error: RwSignal<Option<String>> = RwSignal::new(None);
    let save = move || {
        let saving = peek_draft::<W, _>(state, |wizard, w| {
            let draft = &wizard.draft;
            draft
                .all_issues(w)
                .is_empty()
                .then(|| W::save(draft, extra, w))
        })
        .flatten();
        let Some((command, notice, then)) = saving else {
            save_error.set(Some(state.t(Msg::EstablishSaveBlocked).to_string()));
            focus_after_paint(REVIEW_ERRORS_ID);
            return;
        };
        match state.dispatch_with_notice(command, notice) {
            Ok(_) => {
                state.update_drafts(|d| *W::Draft::slot_mut(d) = None);
                state.navigate(then);
            }
            Err(error) => save_error.set(Some(i18n::describe_command_error(lang, &error))),
        }
    };
    let actions = FrameActions {
        go: Callback::new(move |index: usize| {
            let Some(to) = StepOf::<W>::ALL.get(index).copied() else {
                return;
            };
            if to < step {
                go_back_to(to);
            } else {
                go_forward(Some(to));
            }
        }),
        back: Callback::new(move |()| {
            if let Some(previous) = step.previous() {
                go_back_to(previous);
            }
        }),
        submit: Callback::new(move |()| {
            if step.is_last() {
                save();
            } else {
                go_forward(None);
            }
        }),
        discard: Callback::new(move |()| discard_draft::<W>(state)),
    };

    // Only claimed while drafts really reach storage.
    let kept = Signal::derive(move || {
        let stored = !state.save.with(|s| matches!(s, SaveState::MemoryOnly))
            && state.unreadable_drafts.with(Option::is_none);
        state
            .drafts
            .with(|d| {
                W::Draft::slot(d)
                    .filter(|w| !w.untouched)
                    .map(|w| w.changed)
            })
            .filter(|_| stored)
            .map(|at| state.tf(Msg::DraftKept, &[("time", &clock::local_date_time(at))]))
    });
    let target_gone = Signal::derive(move || {
        with_draft::<W, _>(state, |wizard, w| W::target_gone(&wizard.draft, w)).unwrap_or(false)
    });
    let review_errors = Signal::derive(move || {
        if !step.is_last() {
            return Vec::new();
        }
        with_draft::<W, _>(state, |wizard, w| review_lines::<W>(lang, wizard, w))
            .unwrap_or_default()
    });
    let (title, subject) = state
        .workspace
        .with_untracked(|w| (spec.heading(lang, w), spec.subject(w)));
    let info = StepInfo {
        slug: (W::SLUG)(step),
        number: step.index() + 1,
        total: StepOf::<W>::ALL.len(),
        label: (W::STEP_LABEL)(step).text(lang),
        guide: (W::GUIDE)(step),
    };
    let body = W::body(step, ctx, extra);
    view! {
        <WizardFrame
            title=title
            subject=subject
            name=W::NAME
            step=info
            steps=entries
            summary=summary
            review_errors=review_errors
            target_gone=target_gone
            kept=kept
            save=W::SAVE
            save_error=save_error
            actions=actions
            unchanged=unchanged
        >
            {body}
        </WizardFrame>
    }
    .into_any()
}
