//! The "Establish an objective" wizard (clause 6.2.1): the objective's place in the hierarchy,
//! then a) to f) of the clause one step at a time, then the conformity check and saving. The
//! step is part of the address, and the draft is stored with every keystroke, so Back, a
//! reload or a closed tab loses nothing.

use crate::app::{clock, AppState, Route};
use crate::domain::code::{next_free, same_code, suggest_code};
use crate::domain::command::first_revision;
use crate::domain::conformity::{check_objective, CheckItem, ItemState, ObjectiveCheck};
use crate::domain::wizard::{
    default_status, establish_all_issues, establish_issues, fix_at, wording_hints, EstablishDraft,
    EstablishStep, EstablishWizard, Field, FieldIssue, FixAt, Step, WordingHint,
};
use crate::domain::{
    Direction, Frequency, Kpi, KpiId, Level, Objective, ObjectiveId, PolicyId, PolicyStatement,
    RandomIds, Requirement, RequirementId, RequirementSource, Status, Timestamp, UpdateTrigger,
    Workspace,
};
use crate::i18n::{
    self, direction_label, establish_guide, establish_step_label, frequency_label, hint_text,
    kpi_sentence, level_help, level_label, source_label, status_label, Lang, Msg,
};
use crate::ui::components::dialogs::ParentPicker;
use crate::ui::components::format::{number, number_text, parse_date, parse_number, ParseProblem};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{
    dom_id, enum_choices, parse_choice, t, ConfirmDialog, ConfirmStyle, FieldKind, Icon, IconKind,
    SelectField, TextField,
};
use crate::ui::panels::check::CheckResults;
use crate::ui::wizard::{
    field_dom_id, focus_first_issue, StepEntry, StepGuide, StepList, StepTitle, STEP_TITLE_ID,
};
use leptos::prelude::*;

/// The events that call for a review at once (6.2.1 f), in the order they are offered.
const TRIGGERS: [UpdateTrigger; 5] = [
    UpdateTrigger::ServiceChange,
    UpdateTrigger::ContractChange,
    UpdateTrigger::RiskChange,
    UpdateTrigger::AuditFinding,
    UpdateTrigger::MissedTarget,
];

/// Element ids the wizard moves focus to.
const ADD_POLICY_ID: &str = "wizard-add-policy";
const ADD_REQUIREMENT_ID: &str = "wizard-add-requirement";
const ADD_KPI_ID: &str = "wizard-add-kpi";
const REVIEW_ERRORS_ID: &str = "wizard-review-errors";
const SAVE_ID: &str = "wizard-save";
const SAVE_ERROR_ID: &str = "wizard-save-error";

fn trigger_label(trigger: UpdateTrigger) -> Msg {
    match trigger {
        UpdateTrigger::ServiceChange => Msg::TriggerServiceChange,
        UpdateTrigger::ContractChange => Msg::TriggerContractChange,
        UpdateTrigger::RiskChange => Msg::TriggerRiskChange,
        UpdateTrigger::AuditFinding => Msg::TriggerAuditFinding,
        UpdateTrigger::MissedTarget => Msg::TriggerMissedTarget,
    }
}

fn parse_message(lang: Lang, problem: ParseProblem) -> String {
    let msg = match problem {
        ParseProblem::NotANumber => Msg::ErrNotANumber,
        ParseProblem::NotADate => Msg::ErrNotADate,
    };
    msg.text(lang).to_string()
}

/// Moves keyboard focus to `id` once the browser has painted the current changes.
fn focus_later(id: String) {
    request_animation_frame(move || {
        #[cfg(target_arch = "wasm32")]
        crate::app::browser::focus_element(&id);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = id;
    });
}

/// Changes the draft of the 6.2.1 wizard; it is stored at once.
fn edit_draft(state: AppState, change: impl FnOnce(&mut EstablishDraft)) {
    state.update_drafts(|drafts| {
        if let Some(wizard) = drafts.establish.as_mut() {
            wizard.edit(clock::now(), change);
        }
    });
}

/// The address of `step` of the draft for `objective`.
fn step_route(objective: ObjectiveId, step: EstablishStep) -> Route {
    Route::Establish {
        objective: Some(objective),
        parent: None,
        step: Some(step),
    }
}

/// Lines of a text area as a list, kept exactly (empty lines too) while typing, so the text
/// reads back as it was typed; [`tidy_lines`] cleans them when saving.
fn split_lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').map(str::to_string).collect()
    }
}

fn tidy_lines(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The objective as saving would record it: with the chosen status and, when new, revision 1.
fn as_saved(objective: &mut Objective, status: Status, now: Timestamp) {
    objective.status = status;
    if objective.revisions.is_empty() {
        objective.revisions.push(first_revision(now));
    }
}

/// Marks `step` reached (with every step before it, as [`crate::domain::wizard::Wizard::start_at`]
/// does) and makes it current.
fn arrive_at(wizard: &mut EstablishWizard, step: EstablishStep) {
    if !wizard.has_visited(step) {
        for earlier in EstablishStep::ALL.iter().copied().filter(|s| *s <= step) {
            if !wizard.visited.contains(&earlier) {
                wizard.visited.push(earlier);
            }
        }
        wizard.visited.sort();
    }
    wizard.step = step;
}

/// A fresh draft for a new objective below `parent` (one level below it), with a suggested code.
fn new_wizard(
    workspace: &Workspace,
    parent: Option<ObjectiveId>,
    step: Option<EstablishStep>,
    now: Timestamp,
) -> EstablishWizard {
    let parent = parent.and_then(|id| workspace.objective(id));
    let level = match parent.map(|p| p.level) {
        Some(Level::Strategic) => Level::Tactical,
        Some(_) => Level::Operational,
        None => Level::Strategic,
    };
    let code = suggest_code(workspace, level);
    let id = ObjectiveId::new(&mut RandomIds);
    let draft = EstablishDraft::new_objective(id, code, level, parent.map(|p| p.id), now);
    match step {
        Some(step) => EstablishWizard::start_at(draft, step, now),
        None => EstablishWizard::start(draft, now),
    }
}

/// What the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Stored drafts cannot be read: the user decides about them first.
    Unreadable,
    /// A draft for something else exists: resume it or start afresh.
    OtherDraft,
    /// The objective in the address does not exist and no draft is for it.
    Missing,
    /// The wizard at this step.
    Ready(EstablishStep),
}

/// Works out what to show for the address, starting or resuming the draft when that is
/// what the address asks for.
fn decide(
    state: AppState,
    objective: Option<ObjectiveId>,
    parent: Option<ObjectiveId>,
    step: Option<EstablishStep>,
) -> Phase {
    if state.unreadable_drafts.with_untracked(Option::is_some) {
        return Phase::Unreadable;
    }
    let current = state.drafts.with_untracked(|d| {
        d.establish.as_ref().map(|w| {
            (
                w.draft.objective.id,
                w.step,
                w.has_visited(step.unwrap_or(w.step)),
            )
        })
    });
    let now = clock::now();
    match (objective, current) {
        (Some(id), Some((draft_id, at, visited))) if id == draft_id => {
            let step = step.unwrap_or(at);
            if step != at || !visited {
                state.update_drafts(|d| {
                    if let Some(wizard) = d.establish.as_mut() {
                        arrive_at(wizard, step);
                    }
                });
            }
            Phase::Ready(step)
        }
        (_, Some(_)) => Phase::OtherDraft,
        (Some(id), None) => {
            let Some(existing) = state.workspace.with_untracked(|w| w.objective(id).cloned())
            else {
                return Phase::Missing;
            };
            let step = step.unwrap_or(EstablishStep::Place);
            let wizard = EstablishWizard::start_at(EstablishDraft::revise(existing), step, now);
            state.update_drafts(|d| d.establish = Some(wizard));
            Phase::Ready(step)
        }
        (None, None) => {
            let wizard = state
                .workspace
                .with_untracked(|w| new_wizard(w, parent, step, now));
            let (id, step) = (wizard.draft.objective.id, wizard.step);
            state.update_drafts(|d| d.establish = Some(wizard));
            // The new draft gets its own address, so a reload resumes it instead of asking.
            let route = step_route(id, step);
            request_animation_frame(move || {
                #[cfg(target_arch = "wasm32")]
                crate::app::browser::replace_location_hash(&route.href());
                state.route.set(route);
            });
            Phase::Ready(step)
        }
    }
}

#[component]
pub fn EstablishPage(
    objective: Option<ObjectiveId>,
    parent: Option<ObjectiveId>,
    step: Option<EstablishStep>,
) -> impl IntoView {
    let state = AppState::expect();
    let phase = RwSignal::new(decide(state, objective, parent, step));
    let again = Callback::new(move |()| {
        let next = decide(state, objective, parent, step);
        phase.set(next);
        if matches!(next, Phase::Ready(_)) {
            focus_later(STEP_TITLE_ID.to_string());
        }
    });
    move || phase_view(phase.get(), again)
}

fn phase_view(phase: Phase, again: Callback<()>) -> AnyView {
    match phase {
        Phase::Unreadable => view! { <UnreadableDrafts on_done=again/> }.into_any(),
        Phase::OtherDraft => view! { <OtherDraft on_fresh=again/> }.into_any(),
        Phase::Missing => view! { <MissingObjective/> }.into_any(),
        Phase::Ready(step) => view! { <WizardView step=step/> }.into_any(),
    }
}

/// The address names an objective that does not exist (and no draft is for it).
#[component]
fn MissingObjective() -> impl IntoView {
    let start = Route::Establish {
        objective: None,
        parent: None,
        step: None,
    };
    view! {
        <PageTitle text=t(Msg::EstablishTitle)/>
        <p>{t(Msg::ObjectiveNotFound)}</p>
        <div class="button-row">
            <a class="button" href=Route::Register.href()>{t(Msg::BackToRegister)}</a>
            <a class="button" href=start.href()>{t(Msg::EstablishGuided)}</a>
        </div>
    }
}

/// Stored drafts that cannot be read: download them, or discard them after confirming.
#[component]
fn UnreadableDrafts(#[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let download = move |_| {
        let raw = state.unreadable_drafts.get_untracked().unwrap_or_default();
        let name = format!("sixtwo-drafts-{}.json", clock::today());
        #[cfg(target_arch = "wasm32")]
        let _ = crate::app::browser::download(&name, "application/json", &raw);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (name, raw);
    };
    view! {
        <PageTitle text=t(Msg::EstablishTitle)/>
        <div class="banner banner--warning" data-testid="drafts-unreadable">
            <p class="banner__title">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftsUnreadable)}
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=download>{t(Msg::DraftsDownload)}</button>
                <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                    {t(Msg::DraftsDiscard)}
                </button>
            </div>
        </div>
        <ConfirmDialog
            open=confirming
            title=t(Msg::EstablishDraftsDiscardTitle)
            body=t(Msg::EstablishDraftsDiscardBody)
            confirm=Msg::DraftsDiscard
            style=ConfirmStyle::Danger
            on_confirm=move || {
                state.discard_unreadable_drafts();
                on_done.run(());
            }
        />
    }
}

/// Another draft exists: say which and when, then resume it or discard it and start afresh.
#[component]
fn OtherDraft(#[prop(into)] on_fresh: Callback<()>) -> impl IntoView {
    let state = AppState::expect();
    let found = state.drafts.with_untracked(|d| {
        d.establish.as_ref().map(|w| {
            let objective = &w.draft.objective;
            let name = if objective.title.trim().is_empty() && !w.draft.existing {
                state.t(Msg::DraftNewObjective).to_string()
            } else {
                format!("{} {}", objective.code.trim(), objective.title.trim())
            };
            let time = clock::local_date_time(w.changed);
            (objective.id, w.step, name, time)
        })
    });
    let (id, step, name, time) = match found {
        Some((id, step, name, time)) => (Some(id), step, name, time),
        None => (None, EstablishStep::Place, String::new(), String::new()),
    };
    let body = state.tf(Msg::DraftFoundBody, &[("name", &name), ("time", &time)]);
    view! {
        <PageTitle text=t(Msg::EstablishTitle)/>
        <section class="panel" aria-labelledby="draft-found-title" data-testid="draft-found">
            <h2 id="draft-found-title">{t(Msg::DraftFoundTitle)}</h2>
            <p>{body}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--primary"
                    on:click=move |_| {
                        if let Some(id) = id {
                            state.navigate(step_route(id, step));
                        }
                    }
                >
                    {t(Msg::DraftResume)}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.update_drafts(|d| d.establish = None);
                        on_fresh.run(());
                    }
                >
                    {t(Msg::DraftDiscardAndStart)}
                </button>
            </div>
        </section>
    }
}

/// Text typed into a number or date field that does not parse; it keeps the wizard on its
/// step until corrected (the draft keeps the last valid value).
#[derive(Clone, Debug, PartialEq)]
struct BadInput {
    id: String,
    label: String,
    message: String,
}

/// What every step's fields need: the state, the step, its refusals and unparsed inputs.
#[derive(Clone, Copy)]
struct Ctx {
    state: AppState,
    lang: Lang,
    issues: Memo<Vec<FieldIssue>>,
    bad: RwSignal<Vec<BadInput>>,
}

impl Ctx {
    fn t(self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    /// Reads the draft, tracking it.
    fn read<R>(self, read: impl FnOnce(&EstablishDraft) -> R) -> Option<R> {
        self.state
            .drafts
            .with(|d| d.establish.as_ref().map(|w| read(&w.draft)))
    }

    /// Reads the draft without tracking it.
    fn peek<R>(self, read: impl FnOnce(&EstablishDraft) -> R) -> Option<R> {
        self.state
            .drafts
            .with_untracked(|d| d.establish.as_ref().map(|w| read(&w.draft)))
    }

    fn edit(self, change: impl FnOnce(&mut EstablishDraft)) {
        edit_draft(self.state, change);
    }

    /// A text of the draft, as a field's value.
    fn text(
        self,
        read: impl Fn(&EstablishDraft) -> String + Send + Sync + 'static,
    ) -> Signal<String> {
        Signal::derive(move || self.read(&read).unwrap_or_default())
    }

    /// Stores a field's text in the draft.
    fn on_text(
        self,
        write: impl Fn(&mut EstablishDraft, String) + Send + Sync + 'static,
    ) -> Callback<String, Result<(), String>> {
        Callback::new(move |text: String| {
            self.edit(|d| write(d, text));
            Ok(())
        })
    }

    /// The refusal of `field` on this step, while it is shown.
    fn error(self, field: Field) -> Signal<Option<String>> {
        let lang = self.lang;
        Signal::derive(move || {
            self.issues.with(|issues| {
                issues
                    .iter()
                    .find(|issue| issue.field == field)
                    .map(|issue| i18n::describe_command_error(lang, &issue.error))
            })
        })
    }
}

/// What a refused field is called in a list of errors ("Name of KPI 2").
fn field_name(lang: Lang, field: Field, draft: &EstablishDraft) -> String {
    let kpi = |msg: Msg, i: usize| {
        i18n::format(
            lang,
            Msg::EstablishKpiField,
            &[("field", msg.text(lang)), ("number", &(i + 1).to_string())],
        )
    };
    match field {
        Field::Code => Msg::FieldCode.text(lang).to_string(),
        Field::Title => Msg::FieldTitle.text(lang).to_string(),
        Field::Parent => Msg::FieldParent.text(lang).to_string(),
        Field::Level => Msg::FieldLevel.text(lang).to_string(),
        Field::NewPolicy(i) => {
            let reference = draft
                .new_policy
                .get(i)
                .map(|p| p.reference.clone())
                .unwrap_or_default();
            i18n::format(lang, Msg::NewStatementLabel, &[("reference", &reference)])
        }
        Field::NewRequirement(i) => {
            let reference = draft
                .new_requirements
                .get(i)
                .map(|r| r.reference.clone())
                .unwrap_or_default();
            i18n::format(lang, Msg::NewRequirementLabel, &[("reference", &reference)])
        }
        Field::KpiName(i) => kpi(Msg::KpiName, i),
        Field::KpiTarget(i) => kpi(Msg::KpiTarget, i),
        Field::ActionWhat(_) | Field::ActionDates(_) | Field::General => {
            Msg::StepHasErrors.text(lang).to_string()
        }
    }
}

fn issue_line(lang: Lang, field: &str, message: &str) -> String {
    i18n::format(
        lang,
        Msg::EstablishIssue,
        &[("field", field), ("message", message)],
    )
}

/// Whether a step's part of the clause is fully met (the ✓ in the step list).
fn step_complete(
    step: EstablishStep,
    draft: &EstablishDraft,
    check: &ObjectiveCheck,
    workspace: &Workspace,
) -> bool {
    match step {
        EstablishStep::Review => false,
        EstablishStep::Place => {
            let objective = &draft.objective;
            (objective.level == Level::Strategic || objective.parent.is_some())
                && establish_issues(step, draft, workspace).is_empty()
        }
        _ => {
            let mut items = CheckItem::ESTABLISH
                .iter()
                .filter(|item| fix_at(**item) == FixAt::Establish(step))
                .peekable();
            items.peek().is_some()
                && items.all(|item| check.state(*item) == ItemState::Met)
                && establish_issues(step, draft, workspace).is_empty()
        }
    }
}

/// The wizard at one step: the step list, the step's form, and the buttons.
#[component]
fn WizardView(step: EstablishStep) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    // Refusals show once the user tried to leave the step, or on a step already passed.
    let attempted = RwSignal::new(false);
    let bad: RwSignal<Vec<BadInput>> = RwSignal::new(Vec::new());
    let issues = Memo::new(move |_| {
        let tried = attempted.get();
        state.drafts.with(|d| {
            let Some(wizard) = d.establish.as_ref() else {
                return Vec::new();
            };
            let passed = wizard.visited.iter().any(|s| *s > step);
            if !(tried || passed) {
                return Vec::new();
            }
            state
                .workspace
                .with(|w| establish_issues(step, &wizard.draft, w))
        })
    });
    let ctx = Ctx {
        state,
        lang,
        issues,
        bad,
    };
    let (draft_id, existing, start_code) = ctx
        .peek(|d| (d.objective.id, d.existing, d.objective.code.clone()))
        .unwrap_or((ObjectiveId(uuid::Uuid::nil()), false, String::new()));
    let title = if existing {
        let code = state
            .workspace
            .with_untracked(|w| w.objective(draft_id).map(|o| o.code.clone()))
            .unwrap_or(start_code);
        state.tf(Msg::EstablishReviseTitle, &[("code", &code)])
    } else {
        state.t(Msg::EstablishTitle).to_string()
    };

    let entries = Memo::new(move |_| {
        let today = clock::today();
        state.drafts.with(|d| {
            let Some(wizard) = d.establish.as_ref() else {
                return Vec::new();
            };
            state.workspace.with(|workspace| {
                let check = check_objective(workspace, &wizard.draft.objective, today);
                EstablishStep::ALL
                    .iter()
                    .map(|s| StepEntry {
                        label: establish_step_label(*s).text(lang),
                        current: *s == step,
                        reachable: wizard.has_visited(*s) || Some(*s) == step.next(),
                        complete: step_complete(*s, &wizard.draft, &check, workspace),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    // Moving on: the step's refusals and unparsed text keep the user here (with focus on
    // the first of them).
    let blocked = move || -> bool {
        let found = state
            .drafts
            .with_untracked(|d| {
                d.establish.as_ref().map(|w| {
                    state
                        .workspace
                        .with_untracked(|ws| establish_issues(step, &w.draft, ws))
                })
            })
            .unwrap_or_default();
        if !found.is_empty() {
            focus_first_issue(&found);
            return true;
        }
        match bad.with_untracked(|b| b.first().map(|b| b.id.clone())) {
            Some(field) => {
                focus_later(field);
                true
            }
            None => false,
        }
    };
    let go_forward = move |to: Option<EstablishStep>| {
        attempted.set(true);
        if blocked() {
            return;
        }
        let mut moved = None;
        state.update_drafts(|d| {
            if let Some(wizard) = d.establish.as_mut() {
                moved = match to {
                    None => wizard.next(Vec::new()).ok(),
                    Some(target) => wizard.go_to(target, Vec::new()).ok(),
                };
            }
        });
        if let Some(to) = moved.filter(|s| *s != step) {
            state.navigate(step_route(draft_id, to));
        }
    };
    let go_back_to = move |to: EstablishStep| {
        let mut moved = None;
        state.update_drafts(|d| {
            if let Some(wizard) = d.establish.as_mut() {
                moved = wizard.go_to(to, Vec::new()).ok();
            }
        });
        if let Some(to) = moved {
            state.navigate(step_route(draft_id, to));
        }
    };
    let on_go = Callback::new(move |index: usize| {
        let Some(target) = EstablishStep::ALL.get(index).copied() else {
            return;
        };
        if target < step {
            go_back_to(target);
        } else {
            go_forward(Some(target));
        }
    });

    // Saving (the review step).
    let status = RwSignal::new(ctx.peek(default_status).unwrap_or(Status::Active));
    let save_error: RwSignal<Option<String>> = RwSignal::new(None);
    let save = move || {
        let has_errors = state.drafts.with_untracked(|d| {
            d.establish.as_ref().is_none_or(|w| {
                state
                    .workspace
                    .with_untracked(|ws| !establish_all_issues(&w.draft, ws).is_empty())
            })
        });
        if has_errors {
            save_error.set(Some(state.t(Msg::EstablishSaveBlocked).to_string()));
            focus_later(REVIEW_ERRORS_ID.to_string());
            return;
        }
        // Lists are typed one per line; empty lines and stray spaces are not kept.
        edit_draft(state, |d| {
            let plan = &mut d.objective.communication;
            plan.audiences = tidy_lines(&plan.audiences);
            plan.channels = tidy_lines(&plan.channels);
        });
        match state.save_establish(status.get_untracked()) {
            Ok(id) => state.navigate(Route::Objective(id)),
            Err(message) => save_error.set(Some(message)),
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if step.is_last() {
            save();
        } else {
            go_forward(None);
        }
    };

    let discarding = RwSignal::new(false);
    let discard = move || {
        state.update_drafts(|d| d.establish = None);
        let still_there = state
            .workspace
            .with_untracked(|w| w.objective(draft_id).is_some());
        if existing && still_there {
            state.navigate(Route::Objective(draft_id));
        } else {
            state.navigate(Route::Register);
        }
    };
    let kept = move || {
        state
            .drafts
            .with(|d| d.establish.as_ref().map(|w| w.changed))
            .map(|at| state.tf(Msg::DraftKept, &[("time", &clock::local_time(at))]))
    };
    let target_gone = move || existing && state.workspace.with(|w| w.objective(draft_id).is_none());
    let summary = move || {
        let mut lines: Vec<(String, String)> = ctx
            .read(|draft| {
                issues.with(|found| {
                    found
                        .iter()
                        .map(|issue| {
                            let name = field_name(lang, issue.field, draft);
                            let message = i18n::describe_command_error(lang, &issue.error);
                            (field_dom_id(issue.field), issue_line(lang, &name, &message))
                        })
                        .collect()
                })
            })
            .unwrap_or_default();
        if attempted.get() {
            bad.with(|b| {
                lines.extend(
                    b.iter()
                        .map(|b| (b.id.clone(), issue_line(lang, &b.label, &b.message))),
                )
            });
        }
        lines
    };

    let body = match step {
        EstablishStep::Place => view! { <PlaceStep ctx=ctx/> }.into_any(),
        EstablishStep::Policy => view! { <PolicyStep ctx=ctx/> }.into_any(),
        EstablishStep::Measurable => view! { <MeasurableStep ctx=ctx/> }.into_any(),
        EstablishStep::Requirements => view! { <RequirementsStep ctx=ctx/> }.into_any(),
        EstablishStep::Monitoring => view! { <MonitoringStep ctx=ctx/> }.into_any(),
        EstablishStep::Communication => view! { <CommunicationStep ctx=ctx/> }.into_any(),
        EstablishStep::Updating => view! { <UpdatingStep ctx=ctx/> }.into_any(),
        EstablishStep::Review => {
            view! { <ReviewStep ctx=ctx status=status on_go=Callback::new(go_back_to)/> }.into_any()
        }
    };
    let step_label = establish_step_label(step).text(lang);

    view! {
        <PageTitle text=title/>
        <div class="wizard" data-testid="establish-wizard">
            <StepList steps=entries on_go=on_go/>
            <form
                class="wizard__step"
                novalidate=true
                aria-labelledby=STEP_TITLE_ID
                data-step={crate::app::route::establish_slug(step)}
                on:submit=submit
            >
                <StepTitle number={step.index() + 1} total={EstablishStep::ALL.len()} label=step_label/>
                <StepGuide guide=establish_guide(step)/>
                <Show when=target_gone>
                    <p class="warning" role="alert">
                        <Icon kind=IconKind::Warning/>
                        " "
                        {t(Msg::DraftTargetGone)}
                    </p>
                </Show>
                <Show when=move || !summary().is_empty()>
                    <div class="error-summary" role="alert" data-testid="step-errors">
                        <p class="error-summary__title">
                            <Icon kind=IconKind::Error/>
                            " "
                            {t(Msg::StepHasErrors)}
                        </p>
                        <ul>
                            {move || {
                                summary()
                                    .into_iter()
                                    .map(|(id, line)| {
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="wizard-link"
                                                    on:click=move |_| focus_later(id.clone())
                                                >
                                                    {line}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                </Show>
                {body}
                <div class="wizard__nav">
                    {step.previous().map(|previous| view! {
                        <button type="button" class="button" on:click=move |_| go_back_to(previous)>
                            {t(Msg::WizardBack)}
                        </button>
                    })}
                    {if step.is_last() {
                        view! {
                            <button
                                type="submit"
                                id=SAVE_ID
                                class="button button--primary"
                                aria-describedby=move || save_error.get().map(|_| SAVE_ERROR_ID)
                            >
                                {t(Msg::SaveObjective)}
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button type="submit" class="button button--primary">{t(Msg::WizardNext)}</button>
                        }
                            .into_any()
                    }}
                    <span class="wizard__spacer"></span>
                    <button type="button" class="button button--quiet" on:click=move |_| discarding.set(true)>
                        {t(Msg::DiscardDraft)}
                    </button>
                </div>
                <p class="field__error" id=SAVE_ERROR_ID role="alert" hidden=move || save_error.get().is_none()>
                    <Icon kind=IconKind::Error/>
                    " "
                    {move || save_error.get()}
                </p>
                <p class="wizard__draft-status" data-testid="draft-kept">{kept}</p>
            </form>
        </div>
        <ConfirmDialog
            open=discarding
            title=t(Msg::DiscardTitle)
            body=t(Msg::DiscardBody)
            confirm=Msg::DiscardConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || discard()
        />
    }
}

/// A number or date field: text that does not parse is explained next to the field, keeps
/// the step from being left, and leaves the draft with its last valid value.
#[component]
fn ParsedField(
    ctx: Ctx,
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    kind: FieldKind,
    /// Parses the text and stores the value.
    #[prop(into)]
    apply: Callback<String, Result<(), ParseProblem>>,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let bad = ctx.bad;
    let gone_id = id.clone();
    // A field that leaves the screen (a removed KPI) no longer holds the step.
    on_cleanup(move || {
        bad.try_update(|list| list.retain(|b| b.id != gone_id));
    });
    let field_id = id.clone();
    let on_change = Callback::new(move |text: String| match apply.run(text) {
        Ok(()) => {
            bad.update(|list| list.retain(|b| b.id != field_id));
            Ok(())
        }
        Err(problem) => {
            let message = parse_message(ctx.lang, problem);
            let entry = BadInput {
                id: field_id.clone(),
                label: label.get_untracked(),
                message: message.clone(),
            };
            bad.update(|list| {
                list.retain(|b| b.id != entry.id);
                list.push(entry);
            });
            Err(message)
        }
    });
    view! {
        <TextField id=id label=label value=value on_change=on_change kind=kind error=error class=class/>
    }
}

/// The choices of a frequency select, starting with "not set".
fn frequency_choices(ctx: Ctx) -> Vec<(String, String)> {
    let mut choices = enum_choices(&Frequency::ALL, frequency_label);
    choices.insert(0, (String::new(), ctx.t(Msg::NotSet).to_string()));
    choices
}

fn frequency_value(frequency: Option<Frequency>) -> String {
    frequency.map(|f| format!("{f:?}")).unwrap_or_default()
}

/// Step 1: level, parent and how it supports the parent, function, owner and code.
#[component]
fn PlaceStep(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let level = Signal::derive(move || ctx.read(|d| d.objective.level).unwrap_or(Level::Strategic));
    let id = ctx.peek(|d| d.objective.id);
    let parent = RwSignal::new(ctx.peek(|d| d.objective.parent).flatten());
    // The picker writes the chosen parent here; the draft follows.
    Effect::new(move |_| {
        let chosen = parent.get();
        if ctx.peek(|d| d.objective.parent).flatten() != chosen {
            ctx.edit(|d| d.objective.parent = chosen);
        }
    });
    let change_level = move |value: String| -> Result<(), String> {
        let Some(new_level) = parse_choice(&Level::ALL, &value) else {
            return Ok(());
        };
        let Some((old_level, code, existing, current_parent)) = ctx.peek(|d| {
            (
                d.objective.level,
                d.objective.code.clone(),
                d.existing,
                d.objective.parent,
            )
        }) else {
            return Ok(());
        };
        let (suggested_before, suggested_now, parent_fits) = state.workspace.with_untracked(|w| {
            (
                suggest_code(w, old_level),
                suggest_code(w, new_level),
                current_parent.is_none_or(|p| {
                    w.objective(p)
                        .is_some_and(|o| o.level.may_parent(new_level))
                }),
            )
        });
        ctx.edit(|d| {
            d.objective.level = new_level;
            // A code still as suggested follows the level (S1 becomes T1).
            if !existing && same_code(&code, &suggested_before) {
                d.objective.code = suggested_now;
            }
            // A parent below the new level cannot stay.
            if !parent_fits {
                d.objective.parent = None;
            }
        });
        if !parent_fits {
            parent.set(None);
        }
        Ok(())
    };
    let functions = Signal::derive(move || state.workspace.with(|w| w.function_names()));
    let owners = Signal::derive(move || state.workspace.with(|w| w.owner_names()));
    view! {
        <SelectField
            id=field_dom_id(Field::Level)
            label=ctx.t(Msg::FieldLevel)
            help=Signal::derive(move || ctx.t(level_help(level.get())).to_string())
            choices=enum_choices(&Level::ALL, level_label)
            selected=Signal::derive(move || format!("{:?}", level.get()))
            on_change=change_level
            error=ctx.error(Field::Level)
        />
        <ParentPicker
            id=field_dom_id(Field::Parent)
            child=Signal::derive(move || id)
            level=level
            selected=parent
            error=ctx.error(Field::Parent)
        />
        <Show when=move || parent.get().is_some()>
            <TextField
                id="wizard-parent-link"
                label=ctx.t(Msg::FieldParentLink)
                value=ctx.text(|d| d.objective.parent_link.clone())
                on_change=ctx.on_text(|d, text| d.objective.parent_link = text)
                kind=FieldKind::Multiline
            />
        </Show>
        <div class="field-grid">
            <TextField
                id="wizard-function"
                label=ctx.t(Msg::FieldFunction)
                value=ctx.text(|d| d.objective.function.clone())
                on_change=ctx.on_text(|d, text| d.objective.function = text)
                suggestions=functions
            />
            <TextField
                id="wizard-owner"
                label=ctx.t(Msg::FieldOwner)
                value=ctx.text(|d| d.objective.owner.clone())
                on_change=ctx.on_text(|d, text| d.objective.owner = text)
                suggestions=owners
            />
            <TextField
                id=field_dom_id(Field::Code)
                label=ctx.t(Msg::FieldCode)
                help=ctx.t(Msg::FieldCodeHelp)
                value=ctx.text(|d| d.objective.code.clone())
                on_change=ctx.on_text(|d, text| d.objective.code = text)
                error=ctx.error(Field::Code)
                required=true
                class="field--narrow"
            />
        </div>
    }
}

/// One checkbox per record the objective can link to, existing or added in this draft.
#[component]
fn LinkChecklist(
    /// Each record's id, reference, text and whether it was added in this draft.
    #[prop(into)]
    records: Signal<Vec<(uuid::Uuid, String, String, bool)>>,
    #[prop(into)] linked: Signal<Vec<uuid::Uuid>>,
    /// Links or unlinks a record.
    #[prop(into)]
    on_toggle: Callback<(uuid::Uuid, bool)>,
) -> impl IntoView {
    let state = AppState::expect();
    move || {
        records
            .get()
            .into_iter()
            .map(|(record, reference, text, added)| {
                let checkbox_id = dom_id("wizard-link");
                let note = added.then(|| format!(" {}", state.t(Msg::EstablishAddedHere)));
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=checkbox_id.clone()
                            prop:checked=move || linked.with(|l| l.contains(&record))
                            on:change=move |ev| on_toggle.run((record, event_target_checked(&ev)))
                        />
                        <label for=checkbox_id>
                            <strong>{reference}</strong>
                            " "
                            {text}
                            {note}
                        </label>
                    </div>
                }
            })
            .collect_view()
    }
}

/// Step 2, a): the policy statements the objective serves; a missing one can be added here.
#[component]
fn PolicyStep(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let records = Memo::new(move |_| {
        let added = ctx
            .read(|d| {
                d.new_policy
                    .iter()
                    .map(|p| (p.id.0, p.reference.clone(), p.text.clone(), true))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let mut all: Vec<_> = state.workspace.with(|w| {
            w.policy
                .iter()
                .map(|p| (p.id.0, p.reference.clone(), p.text.clone(), false))
                .collect()
        });
        all.extend(added);
        all
    });
    let linked = Signal::derive(move || {
        ctx.read(|d| d.objective.policy_links.iter().map(|p| p.0).collect())
            .unwrap_or_default()
    });
    let toggle = move |(record, on): (uuid::Uuid, bool)| {
        ctx.edit(|d| {
            d.objective.policy_links.retain(|p| p.0 != record);
            if on {
                d.objective.policy_links.push(PolicyId(record));
            }
        });
    };
    let added = move || {
        ctx.read(|d| {
            d.new_policy
                .iter()
                .enumerate()
                .map(|(i, p)| (i, p.id))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let taken: Vec<String> = state
            .workspace
            .with_untracked(|w| w.policy.iter().map(|p| p.reference.clone()).collect());
        let mut index = 0;
        ctx.edit(|d| {
            let reference = next_free(
                "P",
                taken
                    .iter()
                    .chain(d.new_policy.iter().map(|p| &p.reference))
                    .map(String::as_str),
            );
            let statement = PolicyStatement {
                id: PolicyId::new(&mut RandomIds),
                reference,
                text: String::new(),
            };
            d.objective.policy_links.push(statement.id);
            d.new_policy.push(statement);
            index = d.new_policy.len() - 1;
        });
        focus_later(field_dom_id(Field::NewPolicy(index)));
    };
    view! {
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::SectionPolicy)}</legend>
            <Show when=move || records.with(Vec::is_empty)>
                <p>{ctx.t(Msg::NoPolicyYet)}</p>
            </Show>
            <LinkChecklist records=records linked=linked on_toggle=toggle/>
        </fieldset>
        <For each=added key=|row| *row let:row>
            <NewStatementRow ctx=ctx index=row.0 id=row.1/>
        </For>
        <button type="button" id=ADD_POLICY_ID class="button" on:click=add>
            {ctx.t(Msg::AddStatementHere)}
        </button>
    }
}

#[component]
fn NewStatementRow(ctx: Ctx, index: usize, id: PolicyId) -> impl IntoView {
    let legend = move || {
        let reference = ctx
            .read(|d| {
                d.new_policy
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.reference.clone())
            })
            .flatten()
            .unwrap_or_default();
        ctx.state
            .tf(Msg::NewStatementLabel, &[("reference", &reference)])
    };
    let remove = move |_| {
        ctx.edit(|d| {
            d.new_policy.retain(|p| p.id != id);
            d.objective.policy_links.retain(|p| *p != id);
        });
        focus_later(ADD_POLICY_ID.to_string());
    };
    view! {
        <fieldset class="wizard-row" data-testid="new-statement">
            <legend>{legend}</legend>
            <TextField
                id=field_dom_id(Field::NewPolicy(index))
                label=ctx.t(Msg::PolicyText)
                value=ctx.text(move |d| {
                    d.new_policy.iter().find(|p| p.id == id).map(|p| p.text.clone()).unwrap_or_default()
                })
                on_change=ctx.on_text(move |d, text| {
                    if let Some(p) = d.new_policy.iter_mut().find(|p| p.id == id) {
                        p.text = text;
                    }
                })
                error=ctx.error(Field::NewPolicy(index))
                required=true
                class="field--wide"
            />
            <button type="button" class="button button--small button--danger" on:click=remove>
                {ctx.t(Msg::RemoveRow)}
                <span class="visually-hidden">" " {legend}</span>
            </button>
        </fieldset>
    }
}

/// Step 4, c): the requirements the objective takes into account, added here when missing,
/// or that none applies and why.
#[component]
fn RequirementsStep(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let records = Memo::new(move |_| {
        let added = ctx
            .read(|d| {
                d.new_requirements
                    .iter()
                    .map(|r| (r.id.0, r.reference.clone(), r.title.clone(), true))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let mut all: Vec<_> = state.workspace.with(|w| {
            w.requirements
                .iter()
                .map(|r| (r.id.0, r.reference.clone(), r.title.clone(), false))
                .collect()
        });
        all.extend(added);
        all
    });
    let linked = Signal::derive(move || {
        ctx.read(|d| d.objective.requirement_links.iter().map(|r| r.0).collect())
            .unwrap_or_default()
    });
    let toggle = move |(record, on): (uuid::Uuid, bool)| {
        ctx.edit(|d| {
            d.objective.requirement_links.retain(|r| r.0 != record);
            if on {
                d.objective.requirement_links.push(RequirementId(record));
            }
        });
    };
    let added = move || {
        ctx.read(|d| {
            d.new_requirements
                .iter()
                .enumerate()
                .map(|(i, r)| (i, r.id))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let taken: Vec<String> = state
            .workspace
            .with_untracked(|w| w.requirements.iter().map(|r| r.reference.clone()).collect());
        let mut index = 0;
        ctx.edit(|d| {
            let reference = next_free(
                "R",
                taken
                    .iter()
                    .chain(d.new_requirements.iter().map(|r| &r.reference))
                    .map(String::as_str),
            );
            let requirement = Requirement {
                id: RequirementId::new(&mut RandomIds),
                reference,
                title: String::new(),
                source: RequirementSource::default(),
                notes: String::new(),
            };
            d.objective.requirement_links.push(requirement.id);
            d.new_requirements.push(requirement);
            index = d.new_requirements.len() - 1;
        });
        focus_later(field_dom_id(Field::NewRequirement(index)));
    };
    let none_apply = move || {
        ctx.read(|d| d.objective.no_requirements_reason.is_some())
            .unwrap_or(false)
    };
    const NONE_APPLY_ID: &str = "wizard-none-apply";
    view! {
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::SectionRequirements)}</legend>
            <Show when=move || records.with(Vec::is_empty)>
                <p>{ctx.t(Msg::NoRequirementsYet)}</p>
            </Show>
            <LinkChecklist records=records linked=linked on_toggle=toggle/>
        </fieldset>
        <For each=added key=|row| *row let:row>
            <NewRequirementRow ctx=ctx index=row.0 id=row.1/>
        </For>
        <button type="button" id=ADD_REQUIREMENT_ID class="button" on:click=add>
            {ctx.t(Msg::AddRequirementHere)}
        </button>
        <div class="checkbox checkbox--separate">
            <input
                type="checkbox"
                id=NONE_APPLY_ID
                prop:checked=none_apply
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.edit(|d| {
                        d.objective.no_requirements_reason = on.then(String::new);
                    });
                }
            />
            <label for=NONE_APPLY_ID>{ctx.t(Msg::NoneApply)}</label>
        </div>
        <Show when=none_apply>
            <TextField
                id="wizard-none-apply-reason"
                label=ctx.t(Msg::NoneApplyReason)
                value=ctx.text(|d| d.objective.no_requirements_reason.clone().unwrap_or_default())
                on_change=ctx.on_text(|d, text| d.objective.no_requirements_reason = Some(text))
                kind=FieldKind::Multiline
            />
        </Show>
    }
}

#[component]
fn NewRequirementRow(ctx: Ctx, index: usize, id: RequirementId) -> impl IntoView {
    let find = move |d: &EstablishDraft| d.new_requirements.iter().find(|r| r.id == id).cloned();
    let legend = move || {
        let reference = ctx
            .read(find)
            .flatten()
            .map(|r| r.reference)
            .unwrap_or_default();
        ctx.state
            .tf(Msg::NewRequirementLabel, &[("reference", &reference)])
    };
    let remove = move |_| {
        ctx.edit(|d| {
            d.new_requirements.retain(|r| r.id != id);
            d.objective.requirement_links.retain(|r| *r != id);
        });
        focus_later(ADD_REQUIREMENT_ID.to_string());
    };
    let source = Signal::derive(move || {
        ctx.read(find)
            .flatten()
            .map(|r| format!("{:?}", r.source))
            .unwrap_or_default()
    });
    view! {
        <fieldset class="wizard-row" data-testid="new-requirement">
            <legend>{legend}</legend>
            <div class="field-grid">
                <TextField
                    id=field_dom_id(Field::NewRequirement(index))
                    label=ctx.t(Msg::ReqTitle)
                    value=ctx.text(move |d| find(d).map(|r| r.title).unwrap_or_default())
                    on_change=ctx.on_text(move |d, text| {
                        if let Some(r) = d.new_requirements.iter_mut().find(|r| r.id == id) {
                            r.title = text;
                        }
                    })
                    error=ctx.error(Field::NewRequirement(index))
                    required=true
                    class="field--wide"
                />
                <SelectField
                    label=ctx.t(Msg::ReqSource)
                    choices=enum_choices(&RequirementSource::ALL, source_label)
                    selected=source
                    on_change=move |value: String| {
                        if let Some(source) = parse_choice(&RequirementSource::ALL, &value) {
                            ctx.edit(|d| {
                                if let Some(r) = d.new_requirements.iter_mut().find(|r| r.id == id) {
                                    r.source = source;
                                }
                            });
                        }
                        Ok::<(), String>(())
                    }
                />
            </div>
            <button type="button" class="button button--small button--danger" on:click=remove>
                {ctx.t(Msg::RemoveRow)}
                <span class="visually-hidden">" " {legend}</span>
            </button>
        </fieldset>
    }
}

/// Step 3, b): title, description and KPIs, with hints about vague wording and each KPI
/// read back as a sentence.
#[component]
fn MeasurableStep(ctx: Ctx) -> impl IntoView {
    let hints = Memo::new(move |_| {
        ctx.read(|d| wording_hints(&d.objective))
            .unwrap_or_default()
    });
    let kpis = move || {
        ctx.read(|d| {
            d.objective
                .kpis
                .iter()
                .enumerate()
                .map(|(i, k)| (i, k.id))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let mut index = 0;
        ctx.edit(|d| {
            d.objective
                .kpis
                .push(Kpi::named(KpiId::new(&mut RandomIds), ""));
            index = d.objective.kpis.len() - 1;
        });
        focus_later(field_dom_id(Field::KpiName(index)));
    };
    view! {
        <TextField
            id=field_dom_id(Field::Title)
            label=ctx.t(Msg::FieldTitle)
            value=ctx.text(|d| d.objective.title.clone())
            on_change=ctx.on_text(|d, text| d.objective.title = text)
            error=ctx.error(Field::Title)
            required=true
        />
        <TextField
            id="wizard-description"
            label=ctx.t(Msg::FieldDescription)
            value=ctx.text(|d| d.objective.description.clone())
            on_change=ctx.on_text(|d, text| d.objective.description = text)
            kind=FieldKind::Multiline
        />
        <div class="hints" aria-live="polite" data-testid="hints">
            <Show when=move || !hints.with(Vec::is_empty)>
                <div class="hints__box">
                <h3 class="hints__title">
                    <Icon kind=IconKind::Info/>
                    " "
                    {ctx.t(Msg::HintsLabel)}
                </h3>
                <ul>
                    {move || {
                        hints
                            .get()
                            .into_iter()
                            .map(|hint: WordingHint| view! { <li>{ctx.t(hint_text(hint))}</li> })
                            .collect_view()
                    }}
                </ul>
                </div>
            </Show>
        </div>
        <h3>{ctx.t(Msg::SectionKpis)}</h3>
        <Show when=move || kpis().is_empty()>
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {ctx.t(Msg::NoKpis)}
            </p>
        </Show>
        <For each=kpis key=|row| *row let:row>
            <KpiEditor ctx=ctx index=row.0 id=row.1/>
        </For>
        <button type="button" id=ADD_KPI_ID class="button" on:click=add>
            {ctx.t(Msg::AddKpi)}
        </button>
    }
}

#[component]
fn KpiEditor(ctx: Ctx, index: usize, id: KpiId) -> impl IntoView {
    let find = move |d: &EstablishDraft| d.objective.kpis.iter().find(|k| k.id == id).cloned();
    let current = move || ctx.read(find).flatten();
    let text = move |get: fn(&Kpi) -> String| {
        ctx.text(move |d| find(d).map(|k| get(&k)).unwrap_or_default())
    };
    let change = move |modify: Box<dyn FnOnce(&mut Kpi)>| {
        ctx.edit(|d| {
            if let Some(kpi) = d.objective.kpis.iter_mut().find(|k| k.id == id) {
                modify(kpi);
            }
        });
    };
    let on_text = move |set: fn(&mut Kpi, String)| {
        Callback::new(move |value: String| {
            change(Box::new(move |k| set(k, value)));
            Ok(())
        })
    };
    let on_number = move |set: fn(&mut Kpi, Option<f64>)| {
        Callback::new(move |value: String| -> Result<(), ParseProblem> {
            let parsed = parse_number(&value)?;
            change(Box::new(move |k| set(k, parsed)));
            Ok(())
        })
    };
    let direction = Signal::derive(move || current().map(|k| k.direction).unwrap_or_default());
    let is_range = move || direction.get() == Direction::Range;
    let legend = move || {
        let number = (index + 1).to_string();
        let name = current()
            .map(|k| k.name.trim().to_string())
            .unwrap_or_default();
        if name.is_empty() {
            ctx.state.tf(Msg::KpiNumber, &[("number", &number)])
        } else {
            ctx.state.tf(
                Msg::EstablishKpiLegend,
                &[("number", &number), ("name", &name)],
            )
        }
    };
    let sentence = move || current().and_then(|k| kpi_sentence(ctx.lang, &k, number));
    let remove = move |_| {
        ctx.edit(|d| d.objective.kpis.retain(|k| k.id != id));
        focus_later(ADD_KPI_ID.to_string());
    };
    let prefix = format!("wizard-kpi-{index}");
    let high_id = format!("{prefix}-high");
    view! {
        <fieldset class="kpi" data-testid="kpi">
            <legend>{legend}</legend>
            <div class="field-grid">
                <TextField
                    id=field_dom_id(Field::KpiName(index))
                    label=ctx.t(Msg::KpiName)
                    value=text(|k| k.name.clone())
                    on_change=on_text(|k, v| k.name = v)
                    error=ctx.error(Field::KpiName(index))
                    required=true
                    class="field--wide"
                />
                <TextField
                    id=format!("{prefix}-unit")
                    label=ctx.t(Msg::KpiUnit)
                    value=text(|k| k.unit.clone())
                    on_change=on_text(|k, v| k.unit = v)
                    class="field--narrow"
                />
                <SelectField
                    id=format!("{prefix}-direction")
                    label=ctx.t(Msg::KpiDirection)
                    choices=enum_choices(&Direction::ALL, direction_label)
                    selected=Signal::derive(move || format!("{:?}", direction.get()))
                    on_change=move |value: String| {
                        if let Some(new) = parse_choice(&Direction::ALL, &value) {
                            change(Box::new(move |k| k.direction = new));
                        }
                        Ok::<(), String>(())
                    }
                />
                <ParsedField
                    ctx=ctx
                    id=format!("{prefix}-baseline")
                    label=ctx.t(Msg::KpiBaseline)
                    value=text(|k| number_text(k.baseline))
                    kind=FieldKind::Decimal
                    apply=on_number(|k, v| k.baseline = v)
                    class="field--narrow"
                />
                <ParsedField
                    ctx=ctx
                    id=field_dom_id(Field::KpiTarget(index))
                    label=Signal::derive(move || {
                        ctx.t(if is_range() { Msg::KpiTargetLow } else { Msg::KpiTarget }).to_string()
                    })
                    value=text(|k| number_text(k.target))
                    kind=FieldKind::Decimal
                    apply=on_number(|k, v| k.target = v)
                    error=ctx.error(Field::KpiTarget(index))
                    class="field--narrow"
                />
                <Show when=is_range>
                    <ParsedField
                        ctx=ctx
                        id=high_id.clone()
                        label=ctx.t(Msg::KpiTargetHigh)
                        value=text(|k| number_text(k.target_upper))
                        kind=FieldKind::Decimal
                        apply=on_number(|k, v| k.target_upper = v)
                        class="field--narrow"
                    />
                </Show>
                <ParsedField
                    ctx=ctx
                    id=format!("{prefix}-date")
                    label=ctx.t(Msg::KpiTargetDate)
                    value=text(|k| k.target_date.map(|d| d.to_string()).unwrap_or_default())
                    kind=FieldKind::Date
                    apply=move |value: String| {
                        let date = match parse_date(&value) {
                        Ok(date) => date,
                        Err(problem) => return Err(problem),
                    };
                        change(Box::new(move |k| k.target_date = date));
                        Ok::<(), ParseProblem>(())
                    }
                />
                <SelectField
                    id=format!("{prefix}-frequency")
                    label=ctx.t(Msg::KpiFrequency)
                    choices=frequency_choices(ctx)
                    selected=Signal::derive(move || frequency_value(current().and_then(|k| k.frequency)))
                    on_change=move |value: String| {
                        let frequency = parse_choice(&Frequency::ALL, &value);
                        change(Box::new(move |k| k.frequency = frequency));
                        Ok::<(), String>(())
                    }
                />
            </div>
            <div class="field-grid">
                <TextField
                    id=format!("{prefix}-source")
                    label=ctx.t(Msg::KpiSource)
                    value=text(|k| k.data_source.clone())
                    on_change=on_text(|k, v| k.data_source = v)
                    class="field--wide"
                />
                <TextField
                    id=format!("{prefix}-method")
                    label=ctx.t(Msg::KpiMethod)
                    value=text(|k| k.method.clone())
                    on_change=on_text(|k, v| k.method = v)
                    class="field--wide"
                />
            </div>
            <div class="preview" data-testid="kpi-preview">
                <p class="preview__label">{ctx.t(Msg::PreviewLabel)}</p>
                <p class="preview__text">
                    {move || sentence().unwrap_or_else(|| ctx.t(Msg::EstablishPreviewNeedsTarget).to_string())}
                </p>
            </div>
            <button type="button" class="button button--small button--danger" on:click=remove>
                {ctx.t(Msg::RemoveKpi)}
                <span class="visually-hidden">" " {legend}</span>
            </button>
        </fieldset>
    }
}

/// Step 5, d): how often, how and by whom progress is monitored, and the next review.
#[component]
fn MonitoringStep(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let owners = Signal::derive(move || state.workspace.with(|w| w.owner_names()));
    view! {
        <SelectField
            id="wizard-monitoring-frequency"
            label=ctx.t(Msg::MonitoringFrequency)
            choices=frequency_choices(ctx)
            selected=Signal::derive(move || {
                frequency_value(ctx.read(|d| d.objective.monitoring.frequency).flatten())
            })
            on_change=move |value: String| {
                let frequency = parse_choice(&Frequency::ALL, &value);
                ctx.edit(|d| d.objective.monitoring.frequency = frequency);
                Ok::<(), String>(())
            }
        />
        <TextField
            id="wizard-monitoring-method"
            label=ctx.t(Msg::MonitoringMethod)
            value=ctx.text(|d| d.objective.monitoring.method.clone())
            on_change=ctx.on_text(|d, text| d.objective.monitoring.method = text)
        />
        <div class="field-grid">
            <TextField
                id="wizard-monitoring-responsible"
                label=ctx.t(Msg::MonitoringResponsible)
                value=ctx.text(|d| d.objective.monitoring.responsible.clone())
                on_change=ctx.on_text(|d, text| d.objective.monitoring.responsible = text)
                suggestions=owners
            />
            <ParsedField
                ctx=ctx
                id="wizard-monitoring-next-review".to_string()
                label=ctx.t(Msg::MonitoringNextReview)
                value=ctx.text(|d| {
                    d.objective.monitoring.next_review.map(|date| date.to_string()).unwrap_or_default()
                })
                kind=FieldKind::Date
                apply=move |value: String| {
                    let date = match parse_date(&value) {
                        Ok(date) => date,
                        Err(problem) => return Err(problem),
                    };
                    ctx.edit(|d| d.objective.monitoring.next_review = date);
                    Ok::<(), ParseProblem>(())
                }
            />
        </div>
    }
}

/// Step 6, e): who hears about the objective, through which channels, when and from whom.
#[component]
fn CommunicationStep(ctx: Ctx) -> impl IntoView {
    view! {
        <div class="field-grid">
            <TextField
                id="wizard-audiences"
                label=ctx.t(Msg::CommAudiences)
                value=ctx.text(|d| d.objective.communication.audiences.join("\n"))
                on_change=ctx.on_text(|d, text| d.objective.communication.audiences = split_lines(&text))
                kind=FieldKind::Multiline
                class="field--wide"
            />
            <TextField
                id="wizard-channels"
                label=ctx.t(Msg::CommChannels)
                value=ctx.text(|d| d.objective.communication.channels.join("\n"))
                on_change=ctx.on_text(|d, text| d.objective.communication.channels = split_lines(&text))
                kind=FieldKind::Multiline
                class="field--wide"
            />
        </div>
        <div class="field-grid">
            <TextField
                id="wizard-comm-when"
                label=ctx.t(Msg::CommWhen)
                value=ctx.text(|d| d.objective.communication.when.clone())
                on_change=ctx.on_text(|d, text| d.objective.communication.when = text)
            />
            <TextField
                id="wizard-comm-by"
                label=ctx.t(Msg::CommByWhom)
                value=ctx.text(|d| d.objective.communication.by_whom.clone())
                on_change=ctx.on_text(|d, text| d.objective.communication.by_whom = text)
            />
        </div>
    }
}

/// Step 7, f): how often the objective is reviewed, and what calls for a review at once.
#[component]
fn UpdatingStep(ctx: Ctx) -> impl IntoView {
    let existing = ctx.peek(|d| d.existing).unwrap_or(false);
    let triggers = TRIGGERS
        .into_iter()
        .map(|trigger| {
            let checkbox_id = format!("wizard-trigger-{trigger:?}");
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=checkbox_id.clone()
                        prop:checked=move || {
                            ctx.read(|d| d.objective.updating.triggers.contains(&trigger)).unwrap_or(false)
                        }
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.edit(|d| {
                                let triggers = &mut d.objective.updating.triggers;
                                triggers.retain(|t| *t != trigger);
                                if on {
                                    triggers.push(trigger);
                                    triggers.sort();
                                }
                            });
                        }
                    />
                    <label for=checkbox_id>{ctx.t(trigger_label(trigger))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <SelectField
            id="wizard-review-cadence"
            label=ctx.t(Msg::UpdateCadence)
            choices=frequency_choices(ctx)
            selected=Signal::derive(move || {
                frequency_value(ctx.read(|d| d.objective.updating.review_cadence).flatten())
            })
            on_change=move |value: String| {
                let cadence = parse_choice(&Frequency::ALL, &value);
                ctx.edit(|d| d.objective.updating.review_cadence = cadence);
                Ok::<(), String>(())
            }
        />
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::UpdateTriggers)}</legend>
            {triggers}
        </fieldset>
        {existing.then(|| view! {
            <ParsedField
                ctx=ctx
                id="wizard-last-reviewed".to_string()
                label=ctx.t(Msg::UpdateLastReviewed)
                value=ctx.text(|d| {
                    d.objective.updating.last_reviewed.map(|date| date.to_string()).unwrap_or_default()
                })
                kind=FieldKind::Date
                apply=move |value: String| {
                    let date = match parse_date(&value) {
                        Ok(date) => date,
                        Err(problem) => return Err(problem),
                    };
                    ctx.edit(|d| d.objective.updating.last_reviewed = date);
                    Ok::<(), ParseProblem>(())
                }
            />
        })}
    }
}

/// Step 8: the clause 6.2.1 check of the objective as it would be saved, everything that
/// must still be corrected (each with a way to its step), and the status after saving.
#[component]
fn ReviewStep(
    ctx: Ctx,
    status: RwSignal<Status>,
    /// Goes to a step to correct something there.
    #[prop(into)]
    on_go: Callback<EstablishStep>,
) -> impl IntoView {
    let state = ctx.state;
    let lang = ctx.lang;
    let check = move || {
        let today = clock::today();
        let chosen = status.get();
        state.drafts.with(|d| {
            d.establish.as_ref().map(|w| {
                let mut draft = w.draft.clone();
                as_saved(&mut draft.objective, chosen, w.changed);
                let preview = state.workspace.with(|ws| draft.preview_workspace(ws));
                check_objective(&preview, &draft.objective, today)
            })
        })
    };
    let errors = move || {
        state
            .drafts
            .with(|d| {
                d.establish.as_ref().map(|w| {
                    state.workspace.with(|ws| {
                        establish_all_issues(&w.draft, ws)
                            .into_iter()
                            .map(|(step, issue)| {
                                let name = field_name(lang, issue.field, &w.draft);
                                let message = i18n::describe_command_error(lang, &issue.error);
                                (step, issue_line(lang, &name, &message))
                            })
                            .collect::<Vec<_>>()
                    })
                })
            })
            .unwrap_or_default()
    };
    let current = ctx.peek(|d| d.objective.status).unwrap_or_default();
    let mut choices = vec![Status::Draft, Status::Active];
    if !choices.contains(&current) {
        choices.push(current);
    }
    let radios = choices
        .into_iter()
        .map(|choice| {
            let radio_id = format!("wizard-status-{choice:?}");
            view! {
                <div class="checkbox">
                    <input
                        type="radio"
                        name="wizard-status"
                        id=radio_id.clone()
                        prop:checked=move || status.get() == choice
                        on:change=move |_| status.set(choice)
                    />
                    <label for=radio_id>{ctx.t(status_label(choice))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        {move || check().map(|check| {
            let open = check.has_gaps();
            view! {
                <CheckResults check=check establish_only=true/>
                <p class="review__summary">
                    {ctx.t(if open { Msg::ReviewCanSave } else { Msg::ReviewAllMet })}
                </p>
            }
        })}
        <Show when=move || !errors().is_empty()>
            <div class="review-errors" id=REVIEW_ERRORS_ID tabindex="-1" data-testid="review-errors">
                <h3>{ctx.t(Msg::ReviewErrors)}</h3>
                <ul>
                    {move || {
                        errors()
                            .into_iter()
                            .map(|(step, line)| {
                                let go = state.tf(
                                    Msg::EstablishGoToStep,
                                    &[("step", establish_step_label(step).text(lang))],
                                );
                                view! {
                                    <li>
                                        <Icon kind=IconKind::Error/>
                                        " "
                                        {line}
                                        " "
                                        <button
                                            type="button"
                                            class="button button--small"
                                            on:click=move |_| on_go.run(step)
                                        >
                                            {go}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::StatusAfterSaving)}</legend>
            {radios}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;

    fn objective(ids: &mut SequentialIds, code: &str, level: Level) -> Objective {
        Objective::new(
            ObjectiveId::new(ids),
            code,
            "x",
            level,
            Timestamp::default(),
        )
    }

    #[test]
    fn lines_read_back_exactly_while_typing_and_are_tidied_for_saving() {
        for text in ["", "Staff", "Staff\n", "Staff\n\nCustomers", " a \n b"] {
            assert_eq!(split_lines(text).join("\n"), text, "{text:?}");
        }
        assert_eq!(
            tidy_lines(&split_lines(" Staff \n\n Customers\n")),
            ["Staff", "Customers"]
        );
    }

    #[test]
    fn a_new_objective_sits_one_level_below_its_parent_with_the_next_free_code() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        let s1 = objective(&mut ids, "S1", Level::Strategic);
        let t1 = objective(&mut ids, "T1", Level::Tactical);
        let (s1_id, t1_id) = (s1.id, t1.id);
        workspace.objectives.extend([s1, t1]);

        let top = new_wizard(&workspace, None, None, Timestamp::default());
        assert_eq!(top.draft.objective.level, Level::Strategic);
        assert_eq!(top.draft.objective.code, "S2");
        assert_eq!(top.step, EstablishStep::Place);

        let below_s1 = new_wizard(&workspace, Some(s1_id), None, Timestamp::default());
        assert_eq!(below_s1.draft.objective.level, Level::Tactical);
        assert_eq!(below_s1.draft.objective.parent, Some(s1_id));
        assert_eq!(below_s1.draft.objective.code, "T2");

        let below_t1 = new_wizard(
            &workspace,
            Some(t1_id),
            Some(EstablishStep::Policy),
            Timestamp::default(),
        );
        assert_eq!(below_t1.draft.objective.level, Level::Operational);
        assert_eq!(below_t1.draft.objective.code, "O1");
        assert_eq!(below_t1.step, EstablishStep::Policy);

        let unknown_parent = ObjectiveId::new(&mut ids);
        let orphan = new_wizard(&workspace, Some(unknown_parent), None, Timestamp::default());
        assert_eq!(
            orphan.draft.objective.parent, None,
            "an unknown parent is dropped"
        );
        assert!(!orphan.draft.existing);
    }

    #[test]
    fn arriving_at_a_later_step_counts_the_steps_before_it_as_visited() {
        let workspace = Workspace::default();
        let mut wizard = new_wizard(&workspace, None, None, Timestamp::default());
        arrive_at(&mut wizard, EstablishStep::Requirements);
        assert_eq!(wizard.step, EstablishStep::Requirements);
        assert_eq!(
            wizard.visited,
            [
                EstablishStep::Place,
                EstablishStep::Policy,
                EstablishStep::Measurable,
                EstablishStep::Requirements
            ]
        );
        arrive_at(&mut wizard, EstablishStep::Policy);
        assert_eq!(wizard.step, EstablishStep::Policy);
        assert_eq!(wizard.visited.len(), 4, "going back forgets nothing");
    }

    #[test]
    fn a_step_is_complete_only_when_its_items_are_met_and_it_has_no_refusal() {
        let mut ids = SequentialIds::default();
        let workspace = Workspace::default();
        let mut draft = EstablishDraft::new_objective(
            ObjectiveId::new(&mut ids),
            "S1".into(),
            Level::Strategic,
            None,
            Timestamp::default(),
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let check = |draft: &EstablishDraft| check_objective(&workspace, &draft.objective, today);
        assert!(step_complete(
            EstablishStep::Place,
            &draft,
            &check(&draft),
            &workspace
        ));
        assert!(!step_complete(
            EstablishStep::Policy,
            &draft,
            &check(&draft),
            &workspace
        ));

        let statement = PolicyStatement {
            id: PolicyId::new(&mut ids),
            reference: "P1".into(),
            text: String::new(),
        };
        draft.objective.policy_links.push(statement.id);
        draft.new_policy.push(statement);
        let preview = draft.preview_workspace(&workspace);
        let linked = check_objective(&preview, &draft.objective, today);
        assert!(
            !step_complete(EstablishStep::Policy, &draft, &linked, &workspace),
            "an added statement without text is refused"
        );
        draft.new_policy[0].text = "Meet the agreed service levels.".into();
        assert!(step_complete(
            EstablishStep::Policy,
            &draft,
            &linked,
            &workspace
        ));
        assert!(!step_complete(
            EstablishStep::Review,
            &draft,
            &linked,
            &workspace
        ));

        draft.objective.level = Level::Tactical;
        assert!(
            !step_complete(EstablishStep::Place, &draft, &check(&draft), &workspace),
            "a tactical objective without a parent is not placed yet"
        );
    }
}
