//! The sections of an objective's page that show, in reading form, what the wizards recorded:
//! the plan (6.2.2: actions with their resources, responsible person, dates and progress, and
//! how the results are evaluated), monitoring (6.2.1 d), the communication plan (6.2.1 e) and
//! the latest revisions. Each says what is missing when empty and links to the wizard step
//! that fills it; long histories show their latest entries with "Show all".

use crate::app::{AppState, Route};
use crate::domain::wizard::{EstablishStep, PlanStep};
use crate::domain::{Action, ActionStatus, CommunicationPlan, Evaluation, Monitoring, ObjectiveId};
use crate::domain::{Approval, Plan, Revision};
use crate::i18n::report::{action_status_text, resource_line, revision_line};
use crate::i18n::report_records::{approval_text, evaluation_result_text};
use crate::i18n::{frequency_label, Msg};
use crate::ui::components::show_all::{latest, ShowAllToggle};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::panels::objective_summary::{heading, SectionLink};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The address of the 6.2.2 wizard at `step` for `id`.
fn plan_step(id: ObjectiveId, step: PlanStep) -> String {
    Route::Plan {
        objective: Some(id),
        step: Some(step),
    }
    .href()
}

/// The address of the 6.2.1 wizard at `step`, revising `id`.
fn establish_step(id: ObjectiveId, step: EstablishStep) -> String {
    Route::Establish {
        objective: Some(id),
        parent: None,
        step: Some(step),
    }
    .href()
}

/// A text, or "(not set)" when it is blank.
fn or_not_set(state: AppState, text: &str) -> String {
    match text.trim() {
        "" => state.t(Msg::NotSet).to_string(),
        text => text.to_string(),
    }
}

/// A date, or "(not set)".
fn date_or_not_set(state: AppState, date: Option<NaiveDate>) -> String {
    date.map_or_else(|| state.t(Msg::NotSet).to_string(), |d| d.to_string())
}

/// A section heading that section links can focus, with the section's "Edit" link beside it.
#[component]
fn SectionHead(id: &'static str, title: Msg, edit: Option<(String, Msg)>) -> impl IntoView {
    view! {
        <div class="section-head">
            <h2 id=id tabindex="-1">{t(title)}</h2>
            {edit.map(|(href, label)| view! {
                <a class="button button--small" href=href data-testid="section-edit">{t(label)}</a>
            })}
        </div>
    }
}

/// What is missing, in a sentence, and the link that fills it in.
#[component]
fn Missing(text: String, href: String, link: Msg) -> impl IntoView {
    view! {
        <p class="objective-missing" data-testid="section-missing">
            <span>{text}</span>
            " "
            <a href=href>{t(link)}</a>
        </p>
    }
}

// ----- the plan (6.2.2) -----

fn is_open(action: &Action) -> bool {
    !matches!(action.status, ActionStatus::Done | ActionStatus::Cancelled)
}

fn action_item(state: AppState, action: Action) -> impl IntoView {
    let lang = state.lang.get_untracked();
    let resources = if action.resources.is_empty() {
        view! { <span>{state.t(Msg::ObjpageResourcesNone)}</span> }.into_any()
    } else {
        let lines = action
            .resources
            .iter()
            .map(|r| view! { <li>{resource_line(lang, r)}</li> })
            .collect_view();
        view! { <ul class="plain-list">{lines}</ul> }.into_any()
    };
    let corrective = action
        .corrective
        .then(|| format!(" ({})", state.t(Msg::ObjpageCorrective)));
    view! {
        <li class="plan-action" data-testid="plan-action">
            <p class="plan-action__what">{or_not_set(state, &action.what)} {corrective}</p>
            <dl class="plan-action__facts">
                <div>
                    <dt>{t(Msg::ActionResponsible)}</dt>
                    <dd data-testid="action-responsible">{or_not_set(state, &action.responsible)}</dd>
                </div>
                <div>
                    <dt>{t(Msg::ItemResources)}</dt>
                    <dd data-testid="action-resources">{resources}</dd>
                </div>
                <div>
                    <dt>{t(Msg::ActionStart)}</dt>
                    <dd class="date-text">{date_or_not_set(state, action.start)}</dd>
                </div>
                <div>
                    <dt>{t(Msg::ActionDue)}</dt>
                    <dd class="date-text" data-testid="action-due">{date_or_not_set(state, action.due)}</dd>
                </div>
                <div>
                    <dt>{t(Msg::ActionStatusLabel)}</dt>
                    <dd data-testid="action-status">{action_status_text(lang, action.status)}</dd>
                </div>
            </dl>
        </li>
    }
}

/// The sentences naming what open actions lack, each with the step that fills it in.
fn action_gaps(state: AppState, id: ObjectiveId, actions: &[Action]) -> impl IntoView {
    let open: Vec<&Action> = actions.iter().filter(|a| is_open(a)).collect();
    let count = |lacks: fn(&Action) -> bool| open.iter().filter(|a| lacks(a)).count();
    let gaps = [
        (
            count(|a| a.resources.is_empty()),
            Msg::ObjpageMissingResources,
            PlanStep::Resources,
            Msg::ObjpageFixResources,
        ),
        (
            count(|a| a.responsible.trim().is_empty()),
            Msg::ObjpageMissingResponsible,
            PlanStep::Responsible,
            Msg::ObjpageFixResponsible,
        ),
        (
            count(|a| a.due.is_none()),
            Msg::ObjpageMissingDue,
            PlanStep::Dates,
            Msg::ObjpageFixDates,
        ),
    ];
    let lines = gaps
        .into_iter()
        .filter(|(count, ..)| *count > 0)
        .map(|(count, msg, step, link)| {
            view! { <Missing text=state.tc(msg, count, &[]) href=plan_step(id, step) link=link/> }
        })
        .collect_view();
    view! { <div data-testid="action-gaps">{lines}</div> }
}

fn evaluation_view(state: AppState, id: ObjectiveId, evaluation: Evaluation) -> AnyView {
    if evaluation == Evaluation::default() {
        return view! {
            <Missing
                text=state.t(Msg::ObjpageEvaluationNone).to_string()
                href=plan_step(id, PlanStep::Evaluation)
                link=Msg::ObjpageEvaluationAdd
            />
        }
        .into_any();
    }
    let lang = state.lang.get_untracked();
    view! {
        <dl class="record" data-testid="plan-evaluation">
            <dt>{t(Msg::EvalMethod)}</dt>
            <dd>{or_not_set(state, &evaluation.method)}</dd>
            <dt>{t(Msg::EvalCriteria)}</dt>
            <dd>{or_not_set(state, &evaluation.success_criteria)}</dd>
            <dt>{t(Msg::EvalEvaluator)}</dt>
            <dd>{or_not_set(state, &evaluation.evaluator)}</dd>
            <dt>{t(Msg::EvalDate)}</dt>
            <dd class="date-text">{date_or_not_set(state, evaluation.date)}</dd>
            <dt>{t(Msg::ObjpageEvaluationResult)}</dt>
            <dd>{evaluation_result_text(lang, evaluation.result.as_ref())}</dd>
        </dl>
    }
    .into_any()
}

fn approval_view(state: AppState, approval: &Approval) -> Option<impl IntoView> {
    (*approval != Approval::default()).then(|| {
        let text = approval_text(state.lang.get_untracked(), approval);
        view! {
            <dl class="record">
                <dt>{t(Msg::ObjpagePlanApproved)}</dt>
                <dd>{text}</dd>
            </dl>
        }
    })
}

fn plan_body(state: AppState, id: ObjectiveId, plan: Option<Plan>) -> AnyView {
    let plan = plan.unwrap_or_default();
    let is_empty = plan.actions.is_empty()
        && plan.evaluation == Evaluation::default()
        && !plan.through_children;
    if is_empty {
        return view! {
            <div data-testid="plan-empty">
                <Missing
                    text=state.t(Msg::ObjpagePlanNone).to_string()
                    href=plan_step(id, PlanStep::Actions)
                    link=Msg::ObjpagePlanStart
                />
            </div>
        }
        .into_any();
    }
    let through_children = plan
        .through_children
        .then(|| view! { <p data-testid="plan-through-children">{t(Msg::ObjpagePlanThroughChildren)}</p> });
    let show_actions = !plan.through_children || !plan.actions.is_empty();
    let actions = if plan.actions.is_empty() {
        if plan.through_children {
            ().into_any()
        } else {
            view! {
                <Missing
                    text=state.t(Msg::ObjpageActionsNone).to_string()
                    href=plan_step(id, PlanStep::Actions)
                    link=Msg::ObjpageActionsAdd
                />
            }
            .into_any()
        }
    } else {
        // Counting what actions lack is the check's judgement, hidden during an exercise.
        let gaps = (!state.check_hidden()).then(|| action_gaps(state, id, &plan.actions));
        let items = plan
            .actions
            .into_iter()
            .map(|action| action_item(state, action))
            .collect_view();
        view! {
            <ol class="plan-actions" data-testid="plan-actions">{items}</ol>
            {gaps}
        }
        .into_any()
    };
    let approval = approval_view(state, &plan.approval);
    // A plan carried by the children decides actions and evaluation there: only what this
    // objective itself records is shown.
    let show_evaluation = !plan.through_children || plan.evaluation != Evaluation::default();
    let evaluation = show_evaluation.then(|| {
        view! {
            <h3>{t(Msg::ObjpageEvaluationTitle)}</h3>
            {evaluation_view(state, id, plan.evaluation)}
        }
    });
    view! {
        {through_children}
        {show_actions.then(|| view! { <h3>{t(Msg::ObjpageActionsTitle)}</h3> })}
        {actions}
        {evaluation}
        {approval}
    }
    .into_any()
}

/// What will be done, with what, by whom and when, and how the results are evaluated.
#[component]
pub fn PlanSection(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let plan = Memo::new(move |_| state.with_objective(id, |o| o.plan.clone()).flatten());
    view! {
        <section class="panel objective-section" aria-labelledby=heading::PLAN data-testid="plan-section">
            <SectionHead
                id=heading::PLAN
                title=Msg::ObjpageSectionPlan
                edit=Some((plan_step(id, PlanStep::Actions), Msg::ObjpageEditPlan))
            />
            {move || plan_body(state, id, plan.get())}
        </section>
    }
}

// ----- monitoring (6.2.1 d) -----

/// How often, by what method or data source and by whom progress is monitored, the KPIs'
/// data sources and where the monitoring is reported.
#[component]
pub fn MonitoringSection(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let monitoring = Memo::new(move |_| {
        state
            .with_objective(id, |o| o.monitoring.clone())
            .unwrap_or_default()
    });
    let sources = Memo::new(move |_| {
        state
            .with_objective(id, |o| {
                o.kpis
                    .iter()
                    .filter(|k| !k.data_source.trim().is_empty())
                    .map(|k| format!("{}: {}", k.name.trim(), k.data_source.trim()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let href = establish_step(id, EstablishStep::Monitoring);
    let arrangement = {
        let href = href.clone();
        move || {
            let monitoring = monitoring.get();
            if monitoring == Monitoring::default() {
                return view! {
                    <Missing
                        text=state.t(Msg::ObjpageMonitoringNone).to_string()
                        href=href.clone()
                        link=Msg::ObjpageMonitoringAdd
                    />
                }
                .into_any();
            }
            let lang = state.lang.get_untracked();
            let frequency = monitoring.frequency.map_or_else(
                || state.t(Msg::NotSet).to_string(),
                |f| frequency_label(f).text(lang).to_string(),
            );
            view! {
                <dl class="record" data-testid="monitoring-arrangement">
                    <dt>{t(Msg::MonitoringFrequency)}</dt>
                    <dd>{frequency}</dd>
                    <dt>{t(Msg::MonitoringMethod)}</dt>
                    <dd>{or_not_set(state, &monitoring.method)}</dd>
                    <dt>{t(Msg::MonitoringResponsible)}</dt>
                    <dd>{or_not_set(state, &monitoring.responsible)}</dd>
                    <dt>{t(Msg::MonitoringNextReview)}</dt>
                    <dd class="date-text">{date_or_not_set(state, monitoring.next_review)}</dd>
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel objective-section" aria-labelledby=heading::MONITORING data-testid="monitoring-section">
            <SectionHead
                id=heading::MONITORING
                title=Msg::ObjpageSectionMonitoring
                edit=Some((href, Msg::ObjpageEditMonitoring))
            />
            {arrangement}
            <dl class="record">
                <dt>{t(Msg::ObjpageKpiSources)}</dt>
                <dd data-testid="kpi-sources">
                    {move || {
                        let sources = sources.get();
                        if sources.is_empty() {
                            state.t(Msg::ObjpageKpiSourcesNone).to_string().into_any()
                        } else {
                            let items = sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view();
                            view! { <ul class="plain-list">{items}</ul> }.into_any()
                        }
                    }}
                </dd>
                <dt>{t(Msg::ObjpageReportedThrough)}</dt>
                <dd>
                    {t(Msg::ObjpageReportedThroughText)}
                    " "
                    <SectionLink target=heading::REVIEWS label=Msg::ObjpageNavReviews/>
                </dd>
            </dl>
        </section>
    }
}

// ----- communication (6.2.1 e) -----

/// The communication plan (audiences, means, when, by whom) and the records of what was
/// communicated.
#[component]
pub fn CommunicationSection(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let plan = Memo::new(move |_| {
        state
            .with_objective(id, |o| o.communication.clone())
            .unwrap_or_default()
    });
    let href = establish_step(id, EstablishStep::Communication);
    let plan_view = {
        let href = href.clone();
        move || {
            let plan = plan.get();
            if plan == CommunicationPlan::default() {
                return view! {
                    <Missing
                        text=state.t(Msg::ObjpageCommPlanNone).to_string()
                        href=href.clone()
                        link=Msg::ObjpageCommPlanAdd
                    />
                }
                .into_any();
            }
            let list = |items: Vec<String>| {
                let items: Vec<String> = items
                    .into_iter()
                    .map(|i| i.trim().to_string())
                    .filter(|i| !i.is_empty())
                    .collect();
                if items.is_empty() {
                    state.t(Msg::NotSet).to_string().into_any()
                } else {
                    let items = items
                        .into_iter()
                        .map(|i| view! { <li>{i}</li> })
                        .collect_view();
                    view! { <ul class="plain-list">{items}</ul> }.into_any()
                }
            };
            view! {
                <dl class="record" data-testid="communication-plan">
                    <dt>{t(Msg::ReportAudiences)}</dt>
                    <dd>{list(plan.audiences)}</dd>
                    <dt>{t(Msg::ObjpageCommMeans)}</dt>
                    <dd>{list(plan.channels)}</dd>
                    <dt>{t(Msg::CommWhen)}</dt>
                    <dd>{or_not_set(state, &plan.when)}</dd>
                    <dt>{t(Msg::CommByWhom)}</dt>
                    <dd>{or_not_set(state, &plan.by_whom)}</dd>
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel objective-section" aria-labelledby=heading::COMMUNICATION data-testid="communication-section">
            <SectionHead
                id=heading::COMMUNICATION
                title=Msg::ObjpageSectionCommunication
                edit=Some((href, Msg::ObjpageEditCommunication))
            />
            <h3>{t(Msg::ObjpageCommPlanTitle)}</h3>
            {plan_view}
            <crate::ui::panels::communication_panel::CommunicationPanel id=id/>
        </section>
    }
}

// ----- revisions -----

/// The latest revisions of the objective, newest first, and the way to the full history.
#[component]
pub fn RevisionsSection(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let revisions = Memo::new(move |_| {
        state
            .with_objective(id, |o| {
                let mut list: Vec<Revision> = o
                    .revisions
                    .iter()
                    .filter(|r| !r.is_open())
                    .cloned()
                    .collect();
                list.reverse();
                list
            })
            .unwrap_or_default()
    });
    let all = RwSignal::new(false);
    let list_id = "revisions-list";
    let total = Signal::derive(move || revisions.with(Vec::len));
    let items = move || {
        let lang = state.lang.get_untracked();
        latest(revisions.get(), all.get())
            .into_iter()
            .map(|revision| {
                let changes = state.tc(Msg::ObjpageRevisionChanges, revision.changes.len(), &[]);
                view! {
                    <li data-testid="revision-entry">
                        {revision_line(lang, &revision)} " · " {changes}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel objective-section" aria-labelledby=heading::REVISIONS data-testid="revisions-section">
            <SectionHead id=heading::REVISIONS title=Msg::ObjpageSectionRevisions edit=None/>
            <Shown
                when=move || { total.get() > 0 }
                fallback=|| view! { <p class="empty">{t(Msg::ObjpageRevisionsNone)}</p> }
            >
                <h3>{t(Msg::ObjpageRevisionsList)}</h3>
                <ul class="plain-list revision-entries" id=list_id>{move || items()}</ul>
                <ShowAllToggle total=total all=all controls=list_id.to_string()/>
            </Shown>
            <p>
                <a href=Route::History(id).href()>{t(Msg::ObjpageRevisionsFull)}</a>
            </p>
        </section>
    }
}
