//! How results of the clause 6.2 check look everywhere: a state written out with an icon
//! (never colour alone), a score of the required items with a bar and, beside it in words, the
//! good-practice suggestions, and the list of one objective's items with a link from every gap
//! to the wizard step where it is completed and the item's good-practice notes.

use crate::app::route::with_focus;
use crate::app::{AppState, Route};
use crate::domain::conformity::{CheckItem, ItemResult, ItemState, ObjectiveCheck, Score};
use crate::domain::gap_fix::{gap_fix, FixField, GapFix};
use crate::domain::wizard::Field;
use crate::domain::wizard::{fix_at, FixAt};
use crate::domain::ObjectiveId;
use crate::i18n::{self, establish_step_label, item_label, plan_step_label, state_label, Msg};
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::wizard::parts::field_dom_id;
use crate::ui::wizard::plan::shared::ADD_ACTION_ID;
use leptos::prelude::*;

/// The address that opens the right wizard at the step where `item` is completed.
pub fn fix_route(objective: ObjectiveId, item: CheckItem) -> Route {
    match fix_at(item) {
        FixAt::Establish(step) => Route::Establish {
            objective: Some(objective),
            parent: None,
            step: Some(step),
        },
        FixAt::Plan(step) => Route::Plan {
            objective: Some(objective),
            step: Some(step),
        },
    }
}

/// The name of the step where `item` is completed.
pub fn fix_step_label(item: CheckItem) -> Msg {
    match fix_at(item) {
        FixAt::Establish(step) => establish_step_label(step),
        FixAt::Plan(step) => plan_step_label(step),
    }
}

/// The element id of a field a gap link focuses (the ids the wizard steps give them).
pub fn fix_field_id(field: FixField) -> String {
    match field {
        FixField::AddKpi => "wizard-add-kpi".into(),
        FixField::KpiUnit(i) => format!("wizard-kpi-{i}-unit"),
        FixField::KpiTarget(i) => field_dom_id(Field::KpiTarget(i)),
        FixField::KpiTargetDate(i) => format!("wizard-kpi-{i}-date"),
        FixField::KpiFrequency(i) => format!("wizard-kpi-{i}-frequency"),
        FixField::MonitoringFrequency => "wizard-monitoring-frequency".into(),
        FixField::UpdateCadence => "wizard-review-cadence".into(),
        FixField::Status => "wizard-status-Active".into(),
        FixField::ApprovedBy => "wizard-approved-by".into(),
        FixField::AddAction => ADD_ACTION_ID.into(),
        FixField::ActionResource(i) => format!("wizard-action-{i}-add-resource"),
        FixField::ActionResponsible(i) => format!("wizard-action-{i}-responsible"),
        FixField::Owner => "wizard-owner".into(),
        FixField::ActionDue(i) => format!("wizard-action-{i}-due"),
        FixField::EvaluationMethod => "wizard-eval-method".into(),
        FixField::EvaluationCriteria => "wizard-eval-criteria".into(),
    }
}

/// A gap's link: where it goes and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapLink {
    /// The address, asking to focus the field that fixes the gap where there is one.
    pub href: String,
    /// What the link does ("Record a communication", "Complete in the wizard: e) …").
    pub label: String,
    /// The short word shown in the checklist's cells ("Complete", "Record"…).
    pub short: Msg,
    /// It opens a wizard step (and so words itself "Complete in the wizard").
    pub wizard: bool,
}

/// The link that fixes the gap `result` of `objective`: the place where this finding is
/// removed (see `domain::gap_fix`). An objective not saved yet (a wizard's preview) gets the
/// item's wizard step.
pub fn gap_link(state: AppState, objective: ObjectiveId, result: &ItemResult) -> Option<GapLink> {
    if result.state == ItemState::Met {
        return None;
    }
    let fix = state.workspace.with_untracked(|w| {
        w.objective(objective)
            .and_then(|o| gap_fix(w, o, result))
            .map(|fix| {
                let child = fix_child(fix).and_then(|id| w.objective(id));
                (fix, child.map(|c| c.code.clone()).unwrap_or_default())
            })
    });
    let step_link = |route: Route, step: Msg, field: Option<FixField>| GapLink {
        href: match field {
            Some(field) => with_focus(&route.href(), &fix_field_id(field)),
            None => route.href(),
        },
        label: state.tf(Msg::FixLink, &[("step", t(step))]),
        short: Msg::ChecklistFixShort,
        wizard: true,
    };
    let other = |route: Route, label: String, short: Msg| GapLink {
        href: route.href(),
        label,
        short,
        wizard: false,
    };
    let Some((fix, child_code)) = fix else {
        let route = fix_route(objective, result.item);
        return Some(step_link(route, fix_step_label(result.item), None));
    };
    Some(match fix {
        GapFix::Establish { step, field } => step_link(
            Route::Establish {
                objective: Some(objective),
                parent: None,
                step: Some(step),
            },
            establish_step_label(step),
            field,
        ),
        GapFix::Plan { step, field } => step_link(
            Route::Plan {
                objective: Some(objective),
                step: Some(step),
            },
            plan_step_label(step),
            field,
        ),
        GapFix::PlanChild(child) => other(
            Route::Plan {
                objective: Some(child),
                step: None,
            },
            state.tf(Msg::GapFixPlanChild, &[("code", &child_code)]),
            Msg::GapFixShortPlan,
        ),
        GapFix::AddChild => other(
            Route::Establish {
                objective: None,
                parent: Some(objective),
                step: None,
            },
            t(Msg::GapFixAddChild).to_string(),
            Msg::GapFixShortAdd,
        ),
        GapFix::RecordMeasurement => other(
            Route::CheckIn(objective),
            t(Msg::GapFixRecordMeasurement).to_string(),
            Msg::GapFixShortRecord,
        ),
        GapFix::RecordReview => other(
            Route::Review(objective),
            t(Msg::GapFixRecordReview).to_string(),
            Msg::GapFixShortRecord,
        ),
        GapFix::RecordCommunication => other(
            Route::NewCommunication {
                objective: Some(objective),
            },
            t(Msg::GapFixRecordCommunication).to_string(),
            Msg::GapFixShortRecord,
        ),
        GapFix::History => other(
            Route::History(objective),
            t(Msg::FixOpenRevision).to_string(),
            Msg::GapFixShortRecord,
        ),
    })
}

/// The child objective a fix opens, if it opens one.
fn fix_child(fix: GapFix) -> Option<ObjectiveId> {
    match fix {
        GapFix::PlanChild(child) => Some(child),
        _ => None,
    }
}

/// A state written out, with an icon and a class for its colour.
#[component]
pub fn StateBadge(state: ItemState) -> impl IntoView {
    let (icon, class) = match state {
        ItemState::Met => (IconKind::Check, "check-state check-state--met"),
        ItemState::Partly => (IconKind::Active, "check-state check-state--partly"),
        ItemState::Missing => (IconKind::Cross, "check-state check-state--missing"),
    };
    view! {
        <span class=class>
            <Icon kind=icon/>
            " "
            {t(state_label(state))}
        </span>
    }
}

/// A score of the required items as a sentence and a bar; with `practice`, the number of
/// good-practice suggestions beside it, in words and never in the bar.
#[component]
pub fn ScoreBar(score: Score, #[prop(optional)] practice: Option<usize>) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let text = i18n::describe_score(lang, &score);
    let practice = practice.map(|count| {
        view! {
            <span class="score__practice" data-testid="score-practice">
                {i18n::describe_practice_count(lang, count)}
            </span>
        }
    });
    view! {
        <div class="score">
            <progress
                class="score__bar"
                max=score.applicable.max(1)
                value=score.met
                aria-label=t(Msg::ScoreLabel)
            ></progress>
            <span class="score__text" data-testid="score-text">{text}</span>
            {practice}
        </div>
    }
}

/// One objective's items of 6.2.1 and 6.2.2 with their state, reason and, for every gap,
/// a link to the wizard step where it is completed.
#[component]
pub fn CheckResults(
    check: ObjectiveCheck,
    /// Only the items of 6.2.2 (and their score), as in the plan wizard's review.
    #[prop(optional)]
    plan_only: bool,
    /// Only the items of 6.2.1 (and their score), as in the establish wizard's review.
    #[prop(optional)]
    establish_only: bool,
) -> impl IntoView {
    let check = if establish_only {
        ObjectiveCheck {
            objective: check.objective,
            results: check
                .results
                .into_iter()
                .filter(|r| CheckItem::ESTABLISH.contains(&r.item))
                .collect(),
        }
    } else if plan_only {
        ObjectiveCheck {
            objective: check.objective,
            results: check
                .results
                .into_iter()
                .filter(|r| CheckItem::PLAN.contains(&r.item))
                .collect(),
        }
    } else {
        check
    };
    let objective = check.objective;
    let section = |title: Msg, items: &[CheckItem]| {
        let rows = items
            .iter()
            .filter_map(|item| check.result(*item).cloned())
            .map(|result| view! { <CheckRow objective=objective result=result/> })
            .collect_view();
        view! {
            <h3 class="check__group">{t(title)}</h3>
            <ul class="check__list">{rows}</ul>
        }
    };
    let practice = check.practice_count();
    view! {
        <div class="check">
            <ScoreBar score=check.score() practice=practice/>
            <p class="check__basis">{t(Msg::BasisRequiredNote)}</p>
            {(!plan_only).then(|| section(Msg::CheckEstablish, &CheckItem::ESTABLISH))}
            {(!establish_only).then(|| section(Msg::CheckPlan, &CheckItem::PLAN))}
        </div>
    }
}

#[component]
fn CheckRow(objective: ObjectiveId, result: ItemResult) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let reason = i18n::describe_finding(lang, &result.finding);
    let fix = gap_link(state, objective, &result).map(|link| {
        view! { <a class="check__fix" href=link.href>{link.label}</a> }
    });
    let practice = (!result.practice.is_empty()).then(|| {
        let notes = result
            .practice
            .iter()
            .map(|note| view! { <li>{i18n::describe_practice_line(lang, note)}</li> })
            .collect_view();
        view! { <ul class="check__practice" data-testid="check-practice">{notes}</ul> }
    });
    view! {
        <li class="check__item" data-item=format!("{:?}", result.item)>
            <span class="check__clause">{result.item.clause()}</span>
            " "
            <span class="check__name">{t(item_label(result.item))}</span>
            " "
            <StateBadge state=result.state/>
            <span class="check__reason">{reason}</span>
            {fix}
            {practice}
        </li>
    }
}
