//! The "Plan to achieve an objective" wizard (clause 6.2.2): choose the objective, then
//! a) actions, b) their resources, c) who is responsible, d) when (with a timeline against the
//! objective's target date), e) how results are evaluated, and a review with the 6.2.2 check
//! before saving. The step is part of the address; every edit is stored at once as a draft,
//! so a reload or a closed tab loses nothing.

use crate::app::state::SaveState;
use crate::app::{clock, AppState, Route};
use crate::domain::conformity::{
    check_objective, target_date, CheckItem, ItemState, ObjectiveCheck,
};
use crate::domain::model::{Action, ActionStatus, Resource, ResourceKind};
use crate::domain::wizard::{
    plan_all_issues, plan_issues, plan_target_exists, Field, FieldIssue, PlanDraft, PlanStep,
    PlanWizard, Step,
};
use crate::domain::{ObjectiveId, RandomIds, RecordId, Workspace};
use crate::i18n::{
    self, action_status_label, plan_guide, plan_step_label, resource_kind_label, Msg,
};
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{
    dom_id, enum_choices, parse_choice, t, ConfirmDialog, ConfirmStyle, FieldKind, Icon, IconKind,
    SelectField, TextField,
};
use crate::ui::panels::check::CheckResults;
use crate::ui::wizard::{
    field_dom_id, focus_first_issue, focus_step_title, issue_for, StepEntry, StepGuide, StepList,
    StepTitle,
};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Every kind of resource, in the order offered.
const RESOURCE_KINDS: [ResourceKind; 6] = [
    ResourceKind::People,
    ResourceKind::Budget,
    ResourceKind::Tool,
    ResourceKind::Supplier,
    ResourceKind::Time,
    ResourceKind::Other,
];

/// Every state of an action's progress.
const ACTION_STATUSES: [ActionStatus; 4] = [
    ActionStatus::Planned,
    ActionStatus::InProgress,
    ActionStatus::Done,
    ActionStatus::Cancelled,
];

/// The id of the "Add an action" button (focus goes there after a removal).
const ADD_ACTION_ID: &str = "wizard-add-action";
/// The id of the review's list of refusals.
const REVIEW_ERRORS_ID: &str = "plan-review-errors";

/// The 6.2.2 item a step completes.
fn step_item(step: PlanStep) -> Option<CheckItem> {
    match step {
        PlanStep::Actions => Some(CheckItem::Actions),
        PlanStep::Resources => Some(CheckItem::Resources),
        PlanStep::Responsible => Some(CheckItem::Responsible),
        PlanStep::Dates => Some(CheckItem::Timing),
        PlanStep::Evaluation => Some(CheckItem::Evaluation),
        PlanStep::Review => None,
    }
}

fn blank_action() -> Action {
    Action {
        id: RecordId::new(&mut RandomIds),
        what: String::new(),
        responsible: String::new(),
        start: None,
        due: None,
        resources: Vec::new(),
        status: ActionStatus::default(),
        corrective: false,
    }
}

fn is_blank(action: &Action) -> bool {
    action.what.trim().is_empty()
        && action.responsible.trim().is_empty()
        && action.start.is_none()
        && action.due.is_none()
        && action.resources.is_empty()
}

/// Whether a draft holds nothing the user typed: it only repeats its objective's saved plan
/// (plus empty actions). Such a draft is replaced without asking.
fn untouched(wizard: &PlanWizard, workspace: &Workspace) -> bool {
    let Some(objective) = workspace.objective(wizard.draft.objective) else {
        return false;
    };
    let strip = |mut draft: PlanDraft| {
        draft.plan.actions.retain(|a| !is_blank(a));
        draft.owner = draft.owner.trim().to_string();
        draft
    };
    strip(wizard.draft.clone()) == strip(PlanDraft::for_objective(objective))
}

/// "O2 Raise the problem resolution rate", or nothing when the objective is gone.
fn objective_name(state: AppState, id: ObjectiveId) -> Option<String> {
    state
        .workspace
        .with_untracked(|w| w.objective(id).map(|o| format!("{} {}", o.code, o.title)))
}

/// Changes the plan draft (stored at once, with the time of the change).
fn edit_draft(state: AppState, change: impl FnOnce(&mut PlanDraft)) {
    state.update_drafts(|drafts| {
        if let Some(wizard) = drafts.plan.as_mut() {
            wizard.edit(clock::now(), change);
        }
    });
}

fn edit_action(state: AppState, action: RecordId, change: impl FnOnce(&mut Action)) {
    edit_draft(state, |draft| {
        if let Some(found) = draft.plan.actions.iter_mut().find(|a| a.id == action) {
            change(found);
        }
    });
}

fn edit_resource(
    state: AppState,
    action: RecordId,
    index: usize,
    change: impl FnOnce(&mut Resource),
) {
    edit_action(state, action, |found| {
        if let Some(resource) = found.resources.get_mut(index) {
            change(resource);
        }
    });
}

/// A value of the current draft, as a memo (so unchanged values do not re-render).
fn draft_value<T: Clone + PartialEq + Default + Send + Sync + 'static>(
    state: AppState,
    read: impl Fn(&PlanDraft) -> Option<T> + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| {
        state
            .drafts
            .with(|d| d.plan.as_ref().and_then(|w| read(&w.draft)))
            .unwrap_or_default()
    })
}

fn action_value<T: Clone + PartialEq + Default + Send + Sync + 'static>(
    state: AppState,
    action: RecordId,
    read: fn(&Action) -> T,
) -> Memo<T> {
    draft_value(state, move |draft| {
        draft.plan.actions.iter().find(|a| a.id == action).map(read)
    })
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Reads a date field: empty is "no date", anything else must be a date.
fn read_date(state: AppState, text: &str) -> Result<Option<NaiveDate>, String> {
    parse_date(text).map_err(|_| state.t(Msg::ErrNotADate).to_string())
}

/// Moves focus to the element with `id` once it is on screen.
fn focus_later(id: String) {
    request_animation_frame(move || {
        #[cfg(target_arch = "wasm32")]
        crate::app::browser::focus_element(&id);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = id;
    });
}

/// Names seen as owners or responsible people, offered while typing a name.
fn known_people(workspace: &Workspace) -> Vec<String> {
    let mut names = workspace.owner_names();
    for objective in &workspace.objectives {
        let Some(plan) = objective.plan.as_ref() else {
            continue;
        };
        names.push(plan.evaluation.evaluator.clone());
        names.extend(plan.actions.iter().map(|a| a.responsible.clone()));
    }
    let mut names: Vec<String> = names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}

// ----- the page -----

#[component]
pub fn PlanPage(objective: Option<ObjectiveId>, step: Option<PlanStep>) -> impl IntoView {
    match objective {
        None => view! { <ChooseObjective/> }.into_any(),
        Some(id) => view! { <PlanFor id=id step=step/> }.into_any(),
    }
}

/// Stored drafts that could not be read: say so, offer them for download, or discard them.
#[component]
fn UnreadableDrafts() -> impl IntoView {
    let state = AppState::expect();
    let download = move || {
        let raw = state.unreadable_drafts.get_untracked().unwrap_or_default();
        let name = format!("sixtwo-drafts-{}.json", clock::today());
        #[cfg(target_arch = "wasm32")]
        let _ = crate::app::browser::download(&name, "application/json", &raw);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (name, raw);
    };
    view! {
        <Show when=move || state.unreadable_drafts.with(Option::is_some)>
            <div class="warning" role="alert">
                <Icon kind=IconKind::Warning/>
                <div>
                    <p>{t(Msg::DraftsUnreadable)}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| download()>
                            {t(Msg::DraftsDownload)}
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.discard_unreadable_drafts()
                        >
                            {t(Msg::DraftsDiscard)}
                        </button>
                    </div>
                </div>
            </div>
        </Show>
    }
}

/// Without an objective in the address: resume a draft, or choose the objective to plan for.
#[component]
fn ChooseObjective() -> impl IntoView {
    let state = AppState::expect();
    let choices = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut objectives: Vec<(String, String, String)> = w
                .objectives
                .iter()
                .map(|o| (o.id.to_string(), o.code.clone(), o.title.clone()))
                .collect();
            objectives.sort_by(|a, b| crate::domain::code::natural_cmp(&a.1, &b.1));
            objectives
                .into_iter()
                .map(|(id, code, title)| (id, format!("{code} {title}")))
                .collect::<Vec<_>>()
        })
    });
    let selected = RwSignal::new(String::new());
    let chosen = move || {
        let current = selected.get_untracked();
        choices.with_untracked(|list| {
            list.iter()
                .find(|(id, _)| *id == current)
                .or_else(|| list.first())
                .and_then(|(id, _)| ObjectiveId::parse(id))
        })
    };
    let shown = Signal::derive(move || {
        let current = selected.get();
        choices.with(|list| {
            if list.iter().any(|(id, _)| *id == current) {
                current
            } else {
                list.first().map(|(id, _)| id.clone()).unwrap_or_default()
            }
        })
    });
    let offer = Memo::new(move |_| {
        let wizard = state.drafts.with(|d| d.plan.clone())?;
        let gone = state
            .workspace
            .with(|w| !plan_target_exists(&wizard.draft, w));
        let pristine = state.workspace.with(|w| untouched(&wizard, w));
        (!pristine).then_some((wizard, gone))
    });
    let select_id = "plan-choose-objective";
    view! {
        <PageTitle text=t(Msg::PlanChooseTitle)/>
        <UnreadableDrafts/>
        {move || {
            offer
                .get()
                .map(|(wizard, gone)| {
                    let discard = move |_| {
                        state.update_drafts(|d| d.plan = None);
                        focus_later(select_id.to_string());
                    };
                    view! {
                        <DraftFound
                            wizard=wizard
                            gone=gone
                            on_discard=Callback::new(discard)
                        />
                    }
                })
        }}
        <Show
            when=move || !choices.with(Vec::is_empty)
            fallback=move || {
                view! {
                    <p class="empty">{t(Msg::PlanNoObjectives)}</p>
                    <p>
                        <a class="button" href=Route::NewObjective { parent: None, level: None }.href()>
                            {t(Msg::NewObjective)}
                        </a>
                    </p>
                }
            }
        >
            <form
                class="panel plan-choose"
                on:submit=move |ev| {
                    ev.prevent_default();
                    if let Some(id) = chosen() {
                        state.navigate(Route::Plan { objective: Some(id), step: None });
                    }
                }
            >
                <SelectField
                    id=select_id
                    label=t(Msg::PlanChoose)
                    choices=choices
                    selected=shown
                    on_change=Callback::new(move |value: String| {
                        selected.set(value);
                        Ok(())
                    })
                />
                <div class="button-row">
                    <button type="submit" class="button button--primary">
                        {t(Msg::PlanChooseButton)}
                    </button>
                </div>
            </form>
        </Show>
    }
}

/// An unfinished draft for another objective: resume it, or discard it (and start afresh).
/// A draft whose objective was deleted can only be discarded.
#[component]
fn DraftFound(wizard: PlanWizard, gone: bool, on_discard: Callback<()>) -> impl IntoView {
    let state = AppState::expect();
    let target = wizard.draft.objective;
    let step = wizard.step;
    let heading_id = dom_id("draft-found");
    let labelled_by = heading_id.clone();
    let body = if gone {
        view! {
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftTargetGone)}
            </p>
        }
        .into_any()
    } else {
        let name = objective_name(state, target).unwrap_or_default();
        let time = clock::local_date_time(wizard.changed);
        view! { <p>{state.tf(Msg::DraftFoundBody, &[("name", &name), ("time", &time)])}</p> }
            .into_any()
    };
    view! {
        <section class="panel draft-found" aria-labelledby=labelled_by data-testid="draft-found">
            <h2 id=heading_id>{t(Msg::DraftFoundTitle)}</h2>
            {body}
            <div class="button-row">
                {(!gone)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button--primary"
                                on:click=move |_| {
                                    state.navigate(Route::Plan { objective: Some(target), step: Some(step) })
                                }
                            >
                                {t(Msg::DraftResume)}
                            </button>
                        }
                    })}
                <button type="button" class="button" on:click=move |_| on_discard.run(())>
                    {t(Msg::DraftDiscardAndStart)}
                </button>
            </div>
        </section>
    }
}

/// What the page shows for an objective in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opening {
    /// The objective does not exist.
    Missing,
    /// A draft for another objective holds input: ask first.
    Prompt,
    Wizard(PlanStep),
}

/// A fresh draft for `id` (its saved plan and owner, or one empty action to start with),
/// opened at `step`.
fn start_fresh(state: AppState, id: ObjectiveId, step: Option<PlanStep>) -> Option<PlanStep> {
    let mut draft = state
        .workspace
        .with_untracked(|w| w.objective(id).map(PlanDraft::for_objective))?;
    if draft.plan.actions.is_empty() {
        draft.plan.actions.push(blank_action());
    }
    let now = clock::now();
    let wizard = match step {
        Some(step) => PlanWizard::start_at(draft, step, now),
        None => PlanWizard::start(draft, now),
    };
    let opened = wizard.step;
    state.update_drafts(|d| d.plan = Some(wizard));
    Some(opened)
}

/// Decides what to show, resuming or starting the draft as needed.
fn open(state: AppState, id: ObjectiveId, step: Option<PlanStep>) -> Opening {
    let exists = state
        .workspace
        .with_untracked(|w| w.objective(id).is_some());
    if !exists {
        return Opening::Missing;
    }
    let current = state.drafts.with_untracked(|d| d.plan.clone());
    match current {
        Some(wizard) if wizard.draft.objective == id => {
            let at = step.unwrap_or(wizard.step);
            if at != wizard.step || !wizard.has_visited(at) {
                state.update_drafts(|d| {
                    if let Some(wizard) = d.plan.as_mut() {
                        // Opened at a step (a gap link, the browser's Back): every step up to
                        // it counts as reached, as when a wizard starts there.
                        for s in PlanStep::ALL.iter().copied().filter(|s| *s <= at) {
                            if !wizard.visited.contains(&s) {
                                wizard.visited.push(s);
                            }
                        }
                        wizard.visited.sort();
                        wizard.step = at;
                    }
                });
            }
            Opening::Wizard(at)
        }
        Some(wizard) if !state.workspace.with_untracked(|w| untouched(&wizard, w)) => {
            Opening::Prompt
        }
        _ => start_fresh(state, id, step).map_or(Opening::Missing, Opening::Wizard),
    }
}

/// The wizard for one objective, or what stands in its way.
#[component]
fn PlanFor(id: ObjectiveId, step: Option<PlanStep>) -> impl IntoView {
    let state = AppState::expect();
    let opening = RwSignal::new(open(state, id, step));
    move || match opening.get() {
        Opening::Wizard(step) => view! { <PlanWizardView id=id step=step/> }.into_any(),
        Opening::Prompt => {
            let Some(wizard) = state.drafts.get_untracked().plan else {
                return ().into_any();
            };
            let gone = state
                .workspace
                .with_untracked(|w| !plan_target_exists(&wizard.draft, w));
            let code = state
                .workspace
                .with_untracked(|w| w.objective(id).map(|o| o.code.clone()))
                .unwrap_or_default();
            let title = state.tf(Msg::PlanTitle, &[("code", &code)]);
            let discard = move |_| {
                if let Some(opened) = start_fresh(state, id, step) {
                    opening.set(Opening::Wizard(opened));
                    focus_step_title();
                }
            };
            view! {
                <PageTitle text=title/>
                <p class="lead">{objective_name(state, id)}</p>
                <UnreadableDrafts/>
                <DraftFound wizard=wizard gone=gone on_discard=Callback::new(discard)/>
            }
            .into_any()
        }
        Opening::Missing => view! { <MissingObjective id=id/> }.into_any(),
    }
}

/// The objective in the address does not exist (any more).
#[component]
fn MissingObjective(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let has_draft = move || {
        state
            .drafts
            .with(|d| d.plan.as_ref().is_some_and(|w| w.draft.objective == id))
    };
    view! {
        <PageTitle text=t(Msg::PlanChooseTitle)/>
        <p>{t(Msg::ObjectiveNotFound)}</p>
        <Show when=has_draft>
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftTargetGone)}
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| confirming.set(true)>
                    {t(Msg::DiscardDraft)}
                </button>
            </div>
        </Show>
        <p>
            <a href=Route::Plan { objective: None, step: None }.href()>{t(Msg::PlanChoose)}</a>
        </p>
        <ConfirmDialog
            open=confirming
            title=t(Msg::DiscardTitle)
            body=t(Msg::DiscardBody)
            confirm=Msg::DiscardConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || {
                state.update_drafts(|d| d.plan = None);
                state.navigate(Route::Plan { objective: None, step: None });
            }
        />
    }
}

/// What keeps the wizard from leaving `step`: refusals at fields, and whether an action is
/// still needed (the plan must say what will be done).
fn blockers(step: PlanStep, draft: &PlanDraft) -> (Vec<FieldIssue>, bool) {
    let needs_action = step == PlanStep::Actions && draft.plan.actions.is_empty();
    (plan_issues(step, draft), needs_action)
}

/// One step of the wizard for objective `id`. The page is rebuilt for every step.
#[component]
fn PlanWizardView(id: ObjectiveId, step: PlanStep) -> impl IntoView {
    let state = AppState::expect();
    let code = state
        .workspace
        .with_untracked(|w| w.objective(id).map(|o| o.code.clone()))
        .unwrap_or_default();
    let draft = Memo::new(move |_| {
        state
            .drafts
            .with(|d| d.plan.as_ref().map(|w| w.draft.clone()))
    });
    // Refusals are shown once the user tried to move on, then follow every edit.
    let attempted = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        if !attempted.get() {
            return (Vec::new(), false);
        }
        draft.with(|d| d.as_ref().map(|d| blockers(step, d)).unwrap_or_default())
    });
    let issues = Signal::derive(move || shown.with(|(issues, _)| issues.clone()));
    let check = Memo::new(move |_| {
        let draft = draft.get()?;
        state.workspace.with(|w| {
            let objective = w.objective(id)?;
            Some(check_objective(
                w,
                &draft.preview_objective(objective),
                clock::today(),
            ))
        })
    });
    let labels: Vec<&'static str> = PlanStep::ALL
        .iter()
        .map(|s| state.t(plan_step_label(*s)))
        .collect();
    let entries = Memo::new(move |_| {
        let visited = state
            .drafts
            .with(|d| d.plan.as_ref().map(|w| w.visited.clone()))
            .unwrap_or_default();
        PlanStep::ALL
            .iter()
            .zip(labels.iter())
            .map(|(s, label)| StepEntry {
                label,
                current: *s == step,
                reachable: visited.contains(s) || Some(*s) == step.next(),
                complete: step_item(*s).is_some_and(|item| {
                    check.with(|c| c.as_ref().is_some_and(|c| c.state(item) == ItemState::Met))
                }),
            })
            .collect::<Vec<_>>()
    });

    let go = move |to: PlanStep| {
        state.navigate(Route::Plan {
            objective: Some(id),
            step: Some(to),
        })
    };
    // Tries to move forward: refusals stay on this step, shown at their fields.
    let blocked = move || {
        let Some(current) = draft.get_untracked() else {
            return true;
        };
        let (found, needs_action) = blockers(step, &current);
        if found.is_empty() && !needs_action {
            return false;
        }
        attempted.set(true);
        if found.is_empty() {
            focus_later(ADD_ACTION_ID.to_string());
        } else {
            focus_first_issue(&found);
        }
        true
    };
    let next = move || {
        if blocked() {
            return;
        }
        let mut moved = None;
        state.update_drafts(|d| {
            if let Some(wizard) = d.plan.as_mut() {
                moved = wizard.next(Vec::new()).ok();
            }
        });
        if let Some(to) = moved.filter(|to| *to != step) {
            go(to);
        }
    };
    let back = move || {
        let mut moved = None;
        state.update_drafts(|d| {
            if let Some(wizard) = d.plan.as_mut() {
                moved = Some(wizard.back());
            }
        });
        if let Some(to) = moved.filter(|to| *to != step) {
            go(to);
        }
    };
    let on_go = Callback::new(move |index: usize| {
        let Some(to) = PlanStep::ALL.get(index).copied() else {
            return;
        };
        if to > step && blocked() {
            return;
        }
        let mut moved = None;
        state.update_drafts(|d| {
            if let Some(wizard) = d.plan.as_mut() {
                moved = wizard.go_to(to, Vec::new()).ok();
            }
        });
        if let Some(to) = moved.filter(|to| *to != step) {
            go(to);
        }
    });

    let save_error: RwSignal<Option<String>> = RwSignal::new(None);
    let save = move || {
        let refused = draft.with_untracked(|d| d.as_ref().map(plan_all_issues).unwrap_or_default());
        if !refused.is_empty() {
            focus_later(REVIEW_ERRORS_ID.to_string());
            return;
        }
        match state.save_plan() {
            Ok(id) => state.navigate(Route::Objective(id)),
            Err(message) => save_error.set(Some(message)),
        }
    };

    let discarding = RwSignal::new(false);
    // Only claimed while drafts really reach storage.
    let kept = move || {
        let stored = !state.save.with(|s| matches!(s, SaveState::MemoryOnly))
            && state.unreadable_drafts.with(Option::is_none);
        state
            .drafts
            .with(|d| d.plan.as_ref().map(|w| w.changed))
            .filter(|_| stored)
            .map(|at| state.tf(Msg::DraftKept, &[("time", &clock::local_date_time(at))]))
    };

    let content = match step {
        PlanStep::Actions => view! { <ActionsStep issues=issues/> }.into_any(),
        PlanStep::Resources => view! { <ResourcesStep/> }.into_any(),
        PlanStep::Responsible => view! { <ResponsibleStep/> }.into_any(),
        PlanStep::Dates => view! { <DatesStep id=id issues=issues/> }.into_any(),
        PlanStep::Evaluation => view! { <EvaluationStep/> }.into_any(),
        PlanStep::Review => view! { <ReviewStep id=id check=check/> }.into_any(),
    };
    let summary = move || {
        let (issues, needs_action) = shown.get();
        (!issues.is_empty() || needs_action).then(|| {
            view! {
                <div class="wizard__errors" role="alert" data-testid="step-errors">
                    <p>
                        <Icon kind=IconKind::Error/>
                        " "
                        {t(Msg::StepHasErrors)}
                    </p>
                    {needs_action.then(|| view! { <p>{t(Msg::PlanNeedsAction)}</p> })}
                </div>
            }
        })
    };
    let title = state.tf(Msg::PlanTitle, &[("code", &code)]);
    let (number, total, label) = (
        step.index() + 1,
        PlanStep::ALL.len(),
        state.t(plan_step_label(step)),
    );
    let subject = objective_name(state, id);

    view! {
        <PageTitle text=title/>
        <p class="lead wizard__subject">{subject}</p>
        <UnreadableDrafts/>
        <div class="wizard plan-wizard">
            <StepList steps=entries on_go=on_go/>
            <form
                class="wizard__body"
                novalidate=true
                on:submit=move |ev| {
                    ev.prevent_default();
                    if step == PlanStep::Review { save() } else { next() }
                }
            >
                <StepTitle number=number total=total label=label/>
                <StepGuide guide=plan_guide(step)/>
                {summary}
                {content}
                {move || {
                    save_error
                        .get()
                        .map(|message| {
                            view! {
                                <p class="field__error" role="alert">
                                    <Icon kind=IconKind::Error/>
                                    " "
                                    {message}
                                </p>
                            }
                        })
                }}
                <div class="wizard__nav">
                    {step
                        .previous()
                        .map(|_| {
                            view! {
                                <button type="button" class="button" on:click=move |_| back()>
                                    {t(Msg::WizardBack)}
                                </button>
                            }
                        })}
                    <button type="submit" class="button button--primary">
                        {if step.is_last() { t(Msg::SavePlan) } else { t(Msg::WizardNext) }}
                    </button>
                    <span class="wizard__spacer"></span>
                    <button type="button" class="button button--quiet" on:click=move |_| discarding.set(true)>
                        {t(Msg::DiscardDraft)}
                    </button>
                </div>
                <p class="wizard__draft-status" data-testid="draft-status">{kept}</p>
            </form>
        </div>
        <ConfirmDialog
            open=discarding
            title=t(Msg::DiscardTitle)
            body=t(Msg::DiscardBody)
            confirm=Msg::DiscardConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || {
                state.update_drafts(|d| d.plan = None);
                state.navigate(Route::Objective(id));
            }
        />
    }
}

/// The keys of the draft's actions: position and id, so fields know their number.
fn action_keys(state: AppState) -> Memo<Vec<(usize, RecordId)>> {
    draft_value(state, |draft| {
        Some(
            draft
                .plan
                .actions
                .iter()
                .enumerate()
                .map(|(i, a)| (i, a.id))
                .collect(),
        )
    })
}

/// "Action 2: Publish a knowledge base", or "Action 2" while it says nothing yet.
fn action_legend(state: AppState, number: usize, what: &str) -> String {
    let number = number.to_string();
    if what.trim().is_empty() {
        state.tf(Msg::ActionNumber, &[("number", &number)])
    } else {
        state.tf(
            Msg::ActionLegend,
            &[("number", &number), ("what", what.trim())],
        )
    }
}

/// A fieldset per action with its legend, holding `fields`.
#[component]
fn ActionGroup(index: usize, action: RecordId, children: Children) -> impl IntoView {
    let state = AppState::expect();
    let what = action_value(state, action, |a| a.what.clone());
    view! {
        <fieldset class="plan-action" data-testid="plan-action">
            <legend>{move || action_legend(state, index + 1, &what.get())}</legend>
            {children()}
        </fieldset>
    }
}

/// a) What will be done: one line per action, its progress, add and remove.
#[component]
fn ActionsStep(issues: Signal<Vec<FieldIssue>>) -> impl IntoView {
    let state = AppState::expect();
    let keys = action_keys(state);
    let add = move |_| {
        let index = keys.with_untracked(Vec::len);
        edit_draft(state, |draft| draft.plan.actions.push(blank_action()));
        focus_later(field_dom_id(Field::ActionWhat(index)));
    };
    view! {
        <Show when=move || keys.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoActionsYet)}</p>
        </Show>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let number = (index + 1).to_string();
                let context = state.tf(Msg::ActionContext, &[("number", &number)]);
                let what = action_value(state, action, |a| a.what.clone());
                let status = action_value(state, action, |a| format!("{:?}", a.status));
                let field = Field::ActionWhat(index);
                let error = Signal::derive(move || issues.with(|list| issue_for(list, field)));
                let remove = move |_| {
                    edit_draft(state, |draft| draft.plan.actions.retain(|a| a.id != action));
                    focus_later(ADD_ACTION_ID.to_string());
                };
                view! {
                    <ActionGroup index=index action=action>
                        <div class="field-grid">
                            <TextField
                                id=field_dom_id(field)
                                label=t(Msg::ActionWhat)
                                context=context.clone()
                                value=what
                                required=true
                                class="field--wide"
                                error=error
                                on_change=Callback::new(move |text: String| {
                                    edit_action(state, action, |a| a.what = text);
                                    Ok(())
                                })
                            />
                            <SelectField
                                id=format!("wizard-action-{index}-status")
                                label=t(Msg::ActionStatusLabel)
                                context=context
                                choices=enum_choices(&ACTION_STATUSES, action_status_label)
                                selected=status
                                on_change=Callback::new(move |choice: String| {
                                    if let Some(value) = parse_choice(&ACTION_STATUSES, &choice) {
                                        edit_action(state, action, |a| a.status = value);
                                    }
                                    Ok(())
                                })
                            />
                        </div>
                        <button type="button" class="button button--small button--quiet" on:click=remove>
                            {state.tf(Msg::RemoveActionNumber, &[("number", &number)])}
                        </button>
                    </ActionGroup>
                }
            }
        />
        <div class="button-row">
            <button type="button" id=ADD_ACTION_ID class="button" on:click=add>
                {t(Msg::AddAction)}
            </button>
        </div>
    }
}

/// b) The resources of each action: kind, what, how much, approved; add and remove.
#[component]
fn ResourcesStep() -> impl IntoView {
    let state = AppState::expect();
    let keys = action_keys(state);
    view! {
        <Show when=move || keys.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoActionsYet)}</p>
        </Show>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let count = action_value(state, action, |a| a.resources.len());
                let number = (index + 1).to_string();
                let add_id = format!("wizard-action-{index}-add-resource");
                let add_id_for_rows = add_id.clone();
                let rows = move || (0..count.get()).collect::<Vec<usize>>();
                let add = move |_| {
                    let next = count.get_untracked();
                    edit_action(state, action, |a| a.resources.push(Resource::default()));
                    focus_later(format!("wizard-action-{index}-resource-{next}-description"));
                };
                view! {
                    <ActionGroup index=index action=action>
                        <Show when=move || count.get() == 0>
                            <p class="empty">{t(Msg::NoResourcesYet)}</p>
                        </Show>
                        <For
                            each=rows
                            key=|j| *j
                            children=move |j| {
                                view! {
                                    <ResourceFields
                                        action=action
                                        action_index=index
                                        index=j
                                        add_id=add_id_for_rows.clone()
                                    />
                                }
                            }
                        />
                        <button type="button" id=add_id.clone() class="button button--small" on:click=add>
                            {state.tf(Msg::AddResourceTo, &[("number", &number)])}
                        </button>
                    </ActionGroup>
                }
            }
        />
    }
}

/// One resource of one action.
#[component]
fn ResourceFields(
    action: RecordId,
    action_index: usize,
    index: usize,
    /// The action's "Add a resource" button, focused after a removal.
    add_id: String,
) -> impl IntoView {
    let state = AppState::expect();
    let read = move |read: fn(&Resource) -> String| {
        draft_value(state, move |draft| {
            draft
                .plan
                .actions
                .iter()
                .find(|a| a.id == action)
                .and_then(|a| a.resources.get(index))
                .map(read)
        })
    };
    let kind = read(|r| format!("{:?}", r.kind));
    let description = read(|r| r.description.clone());
    let amount = read(|r| r.amount.clone());
    let approved = draft_value(state, move |draft| {
        draft
            .plan
            .actions
            .iter()
            .find(|a| a.id == action)
            .and_then(|a| a.resources.get(index))
            .map(|r| r.approved)
    });
    let (action_number, number) = ((action_index + 1).to_string(), (index + 1).to_string());
    let context = state.tf(
        Msg::ResourceContext,
        &[("action", &action_number), ("number", &number)],
    );
    let prefix = format!("wizard-action-{action_index}-resource-{index}");
    let approved_id = format!("{prefix}-approved");
    let remove = move |_| {
        edit_action(state, action, |a| {
            if index < a.resources.len() {
                a.resources.remove(index);
            }
        });
        focus_later(add_id.clone());
    };
    view! {
        <fieldset class="plan-resource">
            <legend>{state.tf(Msg::ResourceNumber, &[("number", &number)])}</legend>
            <div class="field-grid">
                <SelectField
                    id=format!("{prefix}-kind")
                    label=t(Msg::ResourceKindLabel)
                    context=context.clone()
                    choices=enum_choices(&RESOURCE_KINDS, resource_kind_label)
                    selected=kind
                    on_change=Callback::new(move |choice: String| {
                        if let Some(value) = parse_choice(&RESOURCE_KINDS, &choice) {
                            edit_resource(state, action, index, |r| r.kind = value);
                        }
                        Ok(())
                    })
                />
                <TextField
                    id=format!("{prefix}-description")
                    label=t(Msg::ResourceDescription)
                    context=context.clone()
                    value=description
                    class="field--wide"
                    on_change=Callback::new(move |text: String| {
                        edit_resource(state, action, index, |r| r.description = text);
                        Ok(())
                    })
                />
                <TextField
                    id=format!("{prefix}-amount")
                    label=t(Msg::ResourceAmount)
                    context=context.clone()
                    value=amount
                    on_change=Callback::new(move |text: String| {
                        edit_resource(state, action, index, |r| r.amount = text);
                        Ok(())
                    })
                />
            </div>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id=approved_id.clone()
                    prop:checked=move || approved.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit_resource(state, action, index, |r| r.approved = on);
                    }
                />
                <label for=approved_id>
                    {t(Msg::ResourceApproved)}
                    <span class="visually-hidden">" (" {context} ")"</span>
                </label>
            </div>
            <button type="button" class="button button--small button--quiet" on:click=remove>
                {state.tf(Msg::RemoveResourceNumber, &[("number", &number), ("action", &action_number)])}
            </button>
        </fieldset>
    }
}

/// c) The owner of the objective and the person responsible for each action.
#[component]
fn ResponsibleStep() -> impl IntoView {
    let state = AppState::expect();
    let keys = action_keys(state);
    let people = state.workspace.with_untracked(known_people);
    let owner = draft_value(state, |draft| Some(draft.owner.clone()));
    let people_for_actions = people.clone();
    view! {
        <div class="field-grid">
            <TextField
                id="wizard-owner"
                label=t(Msg::ObjectiveOwnerLabel)
                value=owner
                suggestions=people
                class="field--wide"
                on_change=Callback::new(move |text: String| {
                    edit_draft(state, |draft| draft.owner = text);
                    Ok(())
                })
            />
        </div>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let context = state.tf(Msg::ActionContext, &[("number", &(index + 1).to_string())]);
                let responsible = action_value(state, action, |a| a.responsible.clone());
                let people = people_for_actions.clone();
                view! {
                    <ActionGroup index=index action=action>
                        <TextField
                            id=format!("wizard-action-{index}-responsible")
                            label=t(Msg::ActionResponsible)
                            context=context
                            value=responsible
                            suggestions=people
                            on_change=Callback::new(move |text: String| {
                                edit_action(state, action, |a| a.responsible = text);
                                Ok(())
                            })
                        />
                    </ActionGroup>
                }
            }
        />
    }
}

/// d) Start and due dates of each action, and the timeline.
#[component]
fn DatesStep(id: ObjectiveId, issues: Signal<Vec<FieldIssue>>) -> impl IntoView {
    let state = AppState::expect();
    let keys = action_keys(state);
    view! {
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let context = state.tf(Msg::ActionContext, &[("number", &(index + 1).to_string())]);
                let start = action_value(state, action, |a| date_text(a.start));
                let due = action_value(state, action, |a| date_text(a.due));
                let field = Field::ActionDates(index);
                let error = Signal::derive(move || issues.with(|list| issue_for(list, field)));
                view! {
                    <ActionGroup index=index action=action>
                        <div class="field-grid">
                            <TextField
                                id=field_dom_id(field)
                                label=t(Msg::ActionStart)
                                context=context.clone()
                                kind=FieldKind::Date
                                value=start
                                error=error
                                on_change=Callback::new(move |text: String| -> Result<(), String> {
                                    let date = read_date(state, &text)?;
                                    edit_action(state, action, |a| a.start = date);
                                    Ok(())
                                })
                            />
                            <TextField
                                id=format!("wizard-action-{index}-due")
                                label=t(Msg::ActionDue)
                                context=context
                                kind=FieldKind::Date
                                value=due
                                on_change=Callback::new(move |text: String| -> Result<(), String> {
                                    let date = read_date(state, &text)?;
                                    edit_action(state, action, |a| a.due = date);
                                    Ok(())
                                })
                            />
                        </div>
                    </ActionGroup>
                }
            }
        />
        <Timeline id=id/>
    }
}

/// One action on the timeline.
#[derive(Clone, Debug, PartialEq)]
struct TimelineRow {
    /// The action's dates in words.
    text: String,
    /// Due after the objective's target date.
    late: bool,
    /// Where the bar starts and how wide it is, in percent of the track.
    bar: Option<(f64, f64)>,
}

/// The whole timeline: the target date, where it falls, and the actions.
#[derive(Clone, Debug, Default, PartialEq)]
struct TimelineData {
    target: Option<NaiveDate>,
    target_at: Option<f64>,
    rows: Vec<TimelineRow>,
    any_dates: bool,
    /// The first and last dates shown, under the tracks.
    span: Option<(NaiveDate, NaiveDate)>,
}

fn timeline_data(state: AppState, draft: &PlanDraft, target: Option<NaiveDate>) -> TimelineData {
    let dates: Vec<NaiveDate> = draft
        .plan
        .actions
        .iter()
        .flat_map(|a| [a.start, a.due])
        .flatten()
        .collect();
    let any_dates = !dates.is_empty();
    let first = dates.iter().chain(target.iter()).min().copied();
    let last = dates.iter().chain(target.iter()).max().copied();
    let at = |date: NaiveDate| -> Option<f64> {
        let (first, last) = (first?, last?);
        let span = (last - first).num_days().max(1) as f64;
        Some((date - first).num_days() as f64 / span * 100.0)
    };
    let rows = draft
        .plan
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let name = if action.what.trim().is_empty() {
                state.tf(Msg::ActionNumber, &[("number", &(i + 1).to_string())])
            } else {
                action.what.trim().to_string()
            };
            let late = matches!((action.due, target), (Some(due), Some(target)) if due > target);
            let text = if action.start.is_none() && action.due.is_none() {
                state.tf(Msg::TimelineUndated, &[("action", &name)])
            } else {
                let start = action.start.map_or_else(
                    || state.t(Msg::TimelineNoStart).to_string(),
                    |d| d.to_string(),
                );
                let due = action.due.map_or_else(
                    || state.t(Msg::TimelineNoDue).to_string(),
                    |d| d.to_string(),
                );
                state.tf(
                    Msg::TimelineRow,
                    &[("action", &name), ("start", &start), ("due", &due)],
                )
            };
            let from = action.start.or(action.due);
            let to = action.due.or(action.start);
            let bar = match (from.and_then(at), to.and_then(at)) {
                (Some(left), Some(right)) => Some((left, (right - left).max(0.0))),
                _ => None,
            };
            TimelineRow { text, late, bar }
        })
        .collect();
    TimelineData {
        target,
        target_at: target.and_then(at),
        rows,
        any_dates,
        span: first.zip(last).filter(|_| any_dates),
    }
}

/// The actions' dates against the objective's target date: a bar per action (decorative) and
/// the same in words, with "due after the target date" written out where it applies.
#[component]
fn Timeline(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let heading_id = dom_id("timeline");
    let labelled_by = heading_id.clone();
    let data = Memo::new(move |_| {
        let target = state.with_objective(id, target_date).flatten();
        state.drafts.with(|d| {
            d.plan
                .as_ref()
                .map(|w| timeline_data(state, &w.draft, target))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="timeline" aria-labelledby=labelled_by data-testid="timeline">
            <h3 id=heading_id>{t(Msg::TimelineTitle)}</h3>
            {move || {
                let data = data.get();
                let target = match data.target {
                    Some(date) => state.tf(Msg::TimelineTarget, &[("date", &date.to_string())]),
                    None => state.t(Msg::TimelineNoTarget).to_string(),
                };
                let target_at = data.target_at;
                let rows = data
                    .rows
                    .into_iter()
                    .map(|row| {
                        let bar = row
                            .bar
                            .map(|(left, width)| {
                                view! {
                                    <span
                                        class=if row.late { "timeline__bar timeline__bar--late" } else { "timeline__bar" }
                                        style:left=format!("{left:.2}%")
                                        style:width=format!("{width:.2}%")
                                    ></span>
                                }
                            });
                        let marker = target_at
                            .map(|left| {
                                view! { <span class="timeline__target" style:left=format!("{left:.2}%")></span> }
                            });
                        view! {
                            <li class="timeline__row">
                                <span class="timeline__text">
                                    {row.text}
                                    {row
                                        .late
                                        .then(|| {
                                            view! {
                                                <span class="timeline__late">
                                                    <Icon kind=IconKind::Warning/>
                                                    " "
                                                    {t(Msg::TimelineLate)}
                                                </span>
                                            }
                                        })}
                                </span>
                                <span class="timeline__track" aria-hidden="true">{bar}{marker}</span>
                            </li>
                        }
                    })
                    .collect_view();
                let scale = data
                    .span
                    .map(|(first, last)| {
                        view! {
                            <p class="timeline__scale" aria-hidden="true">
                                <span>{first.to_string()}</span>
                                <span>{last.to_string()}</span>
                            </p>
                        }
                    });
                view! {
                    <p class="timeline__target-text">
                        <span class="timeline__key" aria-hidden="true"></span>
                        {target}
                    </p>
                    {(!data.any_dates).then(|| view! { <p class="empty">{t(Msg::TimelineNoDates)}</p> })}
                    <ul class="timeline__rows">{rows}</ul>
                    {scale}
                }
            }}
        </section>
    }
}

/// e) How the results will be evaluated.
#[component]
fn EvaluationStep() -> impl IntoView {
    let state = AppState::expect();
    let people = state.workspace.with_untracked(known_people);
    let method = draft_value(state, |d| Some(d.plan.evaluation.method.clone()));
    let criteria = draft_value(state, |d| Some(d.plan.evaluation.success_criteria.clone()));
    let evaluator = draft_value(state, |d| Some(d.plan.evaluation.evaluator.clone()));
    let date = draft_value(state, |d| Some(date_text(d.plan.evaluation.date)));
    view! {
        <TextField
            id="wizard-eval-method"
            label=t(Msg::EvalMethod)
            kind=FieldKind::Multiline
            value=method
            on_change=Callback::new(move |text: String| {
                edit_draft(state, |d| d.plan.evaluation.method = text);
                Ok(())
            })
        />
        <TextField
            id="wizard-eval-criteria"
            label=t(Msg::EvalCriteria)
            kind=FieldKind::Multiline
            value=criteria
            on_change=Callback::new(move |text: String| {
                edit_draft(state, |d| d.plan.evaluation.success_criteria = text);
                Ok(())
            })
        />
        <div class="field-grid">
            <TextField
                id="wizard-eval-evaluator"
                label=t(Msg::EvalEvaluator)
                value=evaluator
                suggestions=people
                class="field--wide"
                on_change=Callback::new(move |text: String| {
                    edit_draft(state, |d| d.plan.evaluation.evaluator = text);
                    Ok(())
                })
            />
            <TextField
                id="wizard-eval-date"
                label=t(Msg::EvalDate)
                kind=FieldKind::Date
                value=date
                on_change=Callback::new(move |text: String| -> Result<(), String> {
                    let date = read_date(state, &text)?;
                    edit_draft(state, |d| d.plan.evaluation.date = date);
                    Ok(())
                })
            />
        </div>
    }
}

/// Where a refusal is, in words ("Action 2"), for the review's list.
fn field_words(state: AppState, field: Field) -> Option<String> {
    match field {
        Field::ActionWhat(i) | Field::ActionDates(i) => {
            Some(state.tf(Msg::ActionNumber, &[("number", &(i + 1).to_string())]))
        }
        _ => None,
    }
}

/// The 6.2.2 check of the draft, the refusals that block saving (each linked to its step),
/// and the timeline.
#[component]
fn ReviewStep(id: ObjectiveId, check: Memo<Option<ObjectiveCheck>>) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let refused = Memo::new(move |_| {
        state
            .drafts
            .with(|d| d.plan.as_ref().map(|w| plan_all_issues(&w.draft)))
            .unwrap_or_default()
    });
    let errors = move || {
        let refused = refused.get();
        (!refused.is_empty()).then(|| {
            let items = refused
                .into_iter()
                .map(|(step, issue)| {
                    let error = i18n::describe_command_error(lang, &issue.error);
                    let step_label = state.t(plan_step_label(step));
                    let place = match field_words(state, issue.field) {
                        Some(field) => state.tf(
                            Msg::ReviewIssuePlace,
                            &[("step", step_label), ("field", &field)],
                        ),
                        None => step_label.to_string(),
                    };
                    let text = state.tf(Msg::ReviewIssue, &[("where", &place), ("error", &error)]);
                    let href = Route::Plan {
                        objective: Some(id),
                        step: Some(step),
                    }
                    .href();
                    view! {
                        <li>
                            <a href=href>{text}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section
                    class="wizard__errors"
                    id=REVIEW_ERRORS_ID
                    tabindex="-1"
                    aria-labelledby="plan-review-errors-title"
                    data-testid="review-errors"
                >
                    <h3 id="plan-review-errors-title">
                        <Icon kind=IconKind::Error/>
                        " "
                        {t(Msg::ReviewErrors)}
                    </h3>
                    <ul>{items}</ul>
                </section>
            }
        })
    };
    let owner = draft_value(state, |d| Some(d.owner.trim().to_string()));
    view! {
        {errors}
        {move || match check.get() {
            None => {
                view! {
                    <p class="warning">
                        <Icon kind=IconKind::Warning/>
                        " "
                        {t(Msg::DraftTargetGone)}
                    </p>
                }
                    .into_any()
            }
            Some(check) => {
                let all_met = CheckItem::PLAN.iter().all(|item| check.state(*item) == ItemState::Met);
                view! {
                    <section class="plan-review" data-testid="plan-check">
                        <CheckResults check=check plan_only=true/>
                        <p class="plan-review__verdict">
                            {if all_met { t(Msg::ReviewAllMet) } else { t(Msg::ReviewCanSave) }}
                        </p>
                    </section>
                }
                    .into_any()
            }
        }}
        <dl class="record plan-review__owner">
            <dt>{t(Msg::ObjectiveOwnerLabel)}</dt>
            <dd>
                {move || {
                    let owner = owner.get();
                    if owner.is_empty() { t(Msg::NotSet).to_string() } else { owner }
                }}
            </dd>
        </dl>
        <Timeline id=id/>
    }
}
