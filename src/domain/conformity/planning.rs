//! The rules of clause 6.2.2 (a–e), for an objective's own plan or a plan delivered through its
//! child objectives.

use super::context::*;
use super::items::*;
use crate::domain::hashing::HashSet;
use crate::domain::ids::ObjectiveId;
use crate::domain::model::{ActionStatus, Objective, Plan, ReviewResult, Status};
use crate::domain::progress::{kpi_progress, objective_start, KpiStatus};
use chrono::NaiveDate;

/// The objective's target date: the latest target date of its KPIs.
pub fn target_date(objective: &Objective) -> Option<NaiveDate> {
    objective.kpis.iter().filter_map(|k| k.target_date).max()
}

/// Whether a plan says anything at all.
pub(super) fn has_content(plan: &Plan) -> bool {
    plan.through_children || !plan.actions.is_empty() || plan.evaluation != Default::default()
}

/// Whether `objective` is planned: its plan has an action, or it is delivered through child
/// objectives that all are. `seen` guards against a corrupt loop of parents.
pub(super) fn is_planned(
    context: &Context<'_>,
    objective: &Objective,
    seen: &mut HashSet<ObjectiveId>,
) -> bool {
    if !seen.insert(objective.id) {
        return false;
    }
    match &objective.plan {
        Some(plan) if plan.through_children => {
            let children = context.children(objective.id);
            !children.is_empty()
                && children
                    .into_iter()
                    .all(|child| is_planned(context, child, seen))
        }
        Some(plan) => plan.actions.iter().any(|a| !blank(&a.what)),
        None => false,
    }
}

/// Whether the objective is off track now: its latest review found it so, or one of its own
/// KPIs is.
pub(super) fn off_track(context: &Context<'_>, objective: &Objective) -> bool {
    // The latest review: the latest date, and of two on one day the one recorded last.
    let reviewed_off_track = objective
        .reviews
        .iter()
        .max_by_key(|review| review.date)
        .is_some_and(|review| review.result == ReviewResult::OffTrack);
    let start = objective_start(objective).unwrap_or(context.today);
    reviewed_off_track
        || objective.kpis.iter().any(|kpi| {
            kpi_progress(kpi, start, context.today, context.limits).status == KpiStatus::OffTrack
        })
}

pub(super) fn plan(context: &Context<'_>, objective: &Objective) -> Vec<ItemResult> {
    let Some(plan) = objective.plan.as_ref().filter(|p| has_content(p)) else {
        return CheckItem::PLAN
            .into_iter()
            .map(|item| result(item, ItemState::Missing, Finding::NoPlan))
            .collect();
    };
    if plan.through_children {
        return through_children(context, objective);
    }
    let actions: Vec<_> = plan.actions.iter().filter(|a| !blank(&a.what)).collect();
    let count = actions.len();
    let mut results = Vec::with_capacity(5);

    let mut plan_practice = Vec::new();
    if !plan.approval.is_complete() {
        let mut missing = Vec::new();
        if blank(&plan.approval.approved_by) {
            missing.push(ApprovalPart::By);
        }
        if plan.approval.approved_on.is_none() {
            missing.push(ApprovalPart::On);
        }
        plan_practice.push(Practice::PlanNotApproved { missing });
    }
    let corrective = actions
        .iter()
        .any(|a| a.corrective && a.status != ActionStatus::Cancelled);
    if objective.status == Status::Active && !corrective && off_track(context, objective) {
        plan_practice.push(Practice::NoCorrectiveAction);
    }
    results.push(
        match count {
            0 => result(CheckItem::Actions, ItemState::Missing, Finding::NoActions),
            count => result(
                CheckItem::Actions,
                ItemState::Met,
                Finding::ActionsPlanned { count },
            ),
        }
        .with(plan_practice),
    );

    let named = |r: &crate::domain::model::Resource| !blank(&r.description) || !blank(&r.amount);
    let without_resources = actions
        .iter()
        .filter(|a| !a.resources.iter().any(named))
        .count();
    let resources = actions
        .iter()
        .flat_map(|a| &a.resources)
        .filter(|r| named(r));
    let without_amount = resources.clone().filter(|r| blank(&r.amount)).count();
    let unapproved = resources.clone().filter(|r| !r.approved).count();
    let mut resource_practice = Vec::new();
    if without_amount > 0 {
        resource_practice.push(Practice::ResourcesWithoutAmount {
            count: without_amount,
        });
    }
    if unapproved > 0 {
        resource_practice.push(Practice::ResourcesNotApproved { count: unapproved });
    }
    results.push(
        if count == 0 || without_resources == count {
            result(
                CheckItem::Resources,
                ItemState::Missing,
                Finding::NoResources,
            )
        } else if without_resources > 0 {
            let finding = Finding::ActionsWithoutResources {
                count: without_resources,
            };
            result(CheckItem::Resources, ItemState::Partly, finding)
        } else {
            result(
                CheckItem::Resources,
                ItemState::Met,
                Finding::ResourcesNamed,
            )
        }
        .with(resource_practice),
    );

    let has_owner = !blank(&objective.owner);
    let unassigned = actions.iter().filter(|a| blank(&a.responsible)).count();
    let item = CheckItem::Responsible;
    results.push(match (has_owner, unassigned) {
        // No actions yet: the owner answers for the objective (a) reports the missing actions).
        (true, _) if count == 0 => result(item, ItemState::Met, Finding::OwnerResponsible),
        (true, 0) => result(item, ItemState::Met, Finding::ResponsibleComplete),
        (false, n) if n == count => result(item, ItemState::Missing, Finding::NoResponsible),
        (false, _) => result(item, ItemState::Partly, Finding::NoObjectiveOwner),
        (true, count) => result(
            item,
            ItemState::Partly,
            Finding::ActionsWithoutResponsible { count },
        ),
    });

    let undated = actions.iter().filter(|a| a.due.is_none()).count();
    let late = target_date(objective).and_then(|target| {
        let count = actions
            .iter()
            .filter(|a| a.due.is_some_and(|due| due > target))
            .count();
        (count > 0).then_some(Practice::ActionsAfterTarget { count, target })
    });
    results.push(
        if count == 0 || undated == count {
            result(CheckItem::Timing, ItemState::Missing, Finding::NoDueDates)
        } else if undated > 0 {
            let finding = Finding::ActionsWithoutDueDate { count: undated };
            result(CheckItem::Timing, ItemState::Partly, finding)
        } else {
            result(CheckItem::Timing, ItemState::Met, Finding::TimingComplete)
        }
        .with(late),
    );

    results.push(evaluation(context, objective, plan));
    results
}

pub(super) fn evaluation(context: &Context<'_>, objective: &Objective, plan: &Plan) -> ItemResult {
    let item = CheckItem::Evaluation;
    let evaluation = &plan.evaluation;
    let mut missing = Vec::new();
    if blank(&evaluation.method) {
        missing.push(EvaluationPart::Method);
    }
    if blank(&evaluation.success_criteria) {
        missing.push(EvaluationPart::SuccessCriteria);
    }
    let mut details = Vec::new();
    if blank(&evaluation.evaluator) {
        details.push(EvaluationPart::Evaluator);
    }
    if evaluation.date.is_none() {
        details.push(EvaluationPart::Date);
    }
    let mut practice = Vec::new();
    if !details.is_empty() {
        practice.push(Practice::EvaluationDetails { missing: details });
    }
    let due = is_finished(objective) || evaluation.date.is_some_and(|on| on < context.today);
    if due && evaluation.result.is_none() {
        practice.push(Practice::NoEvaluationResult);
    }
    let outcome = match missing.len() {
        0 => result(item, ItemState::Met, Finding::EvaluationDefined),
        2 => result(item, ItemState::Missing, Finding::NoEvaluation),
        _ => result(
            item,
            ItemState::Partly,
            Finding::EvaluationIncomplete { missing },
        ),
    };
    outcome.with(practice)
}

/// 6.2.2 for a parent whose plan is carried by its children's plans: each item is met when
/// every (checked) child is planned; who is responsible also needs the parent's owner.
pub(super) fn through_children(context: &Context<'_>, objective: &Objective) -> Vec<ItemResult> {
    let children = context.children(objective.id);
    let total = children.len();
    let planned = children
        .iter()
        .filter(|child| {
            let mut seen = HashSet::from_iter([objective.id]);
            is_planned(context, child, &mut seen)
        })
        .count();
    let (state, finding) = match (total, planned) {
        (0, _) => (ItemState::Missing, Finding::ThroughChildrenWithoutChildren),
        (total, planned) if planned == total => {
            (ItemState::Met, Finding::ThroughChildren { count: total })
        }
        (_, 0) => (
            ItemState::Missing,
            Finding::ChildrenNotPlanned {
                count: total,
                total,
            },
        ),
        (total, planned) => (
            ItemState::Partly,
            Finding::ChildrenNotPlanned {
                count: total - planned,
                total,
            },
        ),
    };
    CheckItem::PLAN
        .into_iter()
        .map(|item| {
            if item == CheckItem::Responsible && blank(&objective.owner) {
                let state = state.min(ItemState::Partly);
                return result(item, state, Finding::NoObjectiveOwner);
            }
            result(item, state, finding.clone())
        })
        .collect()
}
