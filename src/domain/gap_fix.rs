//! Where each gap of the clause 6.2 check is fixed: not the item's wizard step in general, but
//! what removes this particular finding (a communication recorded for "never communicated", a
//! measurement for an overdue one, the KPI field that is missing, the child objective still
//! without a plan…), with the field to focus when the fix is a form.

use super::conformity::{
    CheckItem, EvaluationPart, Finding, ItemResult, ItemState, KpiPart, MonitoringPart,
};
use super::model::{Objective, Status, Workspace};
use super::wizard::{fix_at, EstablishStep, FixAt, PlanStep};
use super::ObjectiveId;
use crate::domain::hashing::HashSet;

/// A field of a wizard step that a gap link puts the focus on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FixField {
    /// "Add a KPI" (6.2.1 b).
    AddKpi,
    /// A part of the n-th KPI.
    KpiUnit(usize),
    KpiTarget(usize),
    KpiTargetDate(usize),
    KpiFrequency(usize),
    /// How often progress is monitored (6.2.1 d).
    MonitoringFrequency,
    /// How often the objective is reviewed for update (6.2.1 f).
    UpdateCadence,
    /// The status chosen on saving (a draft is not in force).
    Status,
    /// Who approved the objective.
    ApprovedBy,
    /// "Add an action" (6.2.2 a).
    AddAction,
    /// "Add a resource" of the n-th action.
    ActionResource(usize),
    /// Who is responsible for the n-th action.
    ActionResponsible(usize),
    /// The objective's owner.
    Owner,
    /// The due date of the n-th action.
    ActionDue(usize),
    EvaluationMethod,
    EvaluationCriteria,
}

/// What removes a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapFix {
    /// A step of the objective's 6.2.1 wizard, with the field to focus.
    Establish {
        step: EstablishStep,
        field: Option<FixField>,
    },
    /// A step of the objective's 6.2.2 wizard, with the field to focus.
    Plan {
        step: PlanStep,
        field: Option<FixField>,
    },
    /// The 6.2.2 wizard of a child objective that carries the plan and has none yet.
    PlanChild(ObjectiveId),
    /// A new child objective below this one (the 6.2.1 wizard with the parent chosen).
    AddChild,
    /// Recording measurements of the objective's KPIs.
    RecordMeasurement,
    /// Recording a review of the objective's progress.
    RecordReview,
    /// Recording a communication about the objective.
    RecordCommunication,
    /// The objective's revision history (a reason or an approval to record there).
    History,
}

/// Where the gap `result` of `objective` is fixed; none when the item is met.
pub fn gap_fix(
    workspace: &Workspace,
    objective: &Objective,
    result: &ItemResult,
) -> Option<GapFix> {
    if result.state == ItemState::Met {
        return None;
    }
    let establish = |step, field| GapFix::Establish { step, field };
    let plan = |step, field| GapFix::Plan { step, field };
    let kpi_index = |name: &str| {
        objective
            .kpis
            .iter()
            .position(|kpi| kpi.name == name)
            .unwrap_or(0)
    };
    let actions = || {
        objective
            .plan
            .iter()
            .flat_map(|plan| plan.actions.iter().enumerate())
            .filter(|(_, action)| !action.what.trim().is_empty())
    };
    let has_actions = actions().next().is_some();
    Some(match &result.finding {
        Finding::NoPolicyLink => establish(EstablishStep::Policy, None),
        Finding::NoKpi => establish(EstablishStep::Measurable, Some(FixField::AddKpi)),
        Finding::KpiIncomplete { kpi, missing } | Finding::OtherKpiIncomplete { kpi, missing } => {
            let index = kpi_index(kpi);
            let field = match missing.first() {
                Some(KpiPart::Unit) => FixField::KpiUnit(index),
                Some(KpiPart::Target) => FixField::KpiTarget(index),
                Some(KpiPart::TargetDate) | None => FixField::KpiTargetDate(index),
            };
            establish(EstablishStep::Measurable, Some(field))
        }
        Finding::NoRequirementLink => establish(EstablishStep::Requirements, None),
        Finding::NoMonitoring => establish(
            EstablishStep::Monitoring,
            Some(FixField::MonitoringFrequency),
        ),
        Finding::MonitoringIncomplete { missing } => {
            if missing.contains(&MonitoringPart::MeasurementFrequency) {
                // How often each KPI is measured is set with the KPI.
                let index = objective
                    .kpis
                    .iter()
                    .position(|kpi| kpi.frequency.is_none())
                    .unwrap_or(0);
                establish(
                    EstablishStep::Measurable,
                    Some(FixField::KpiFrequency(index)),
                )
            } else {
                establish(
                    EstablishStep::Monitoring,
                    Some(FixField::MonitoringFrequency),
                )
            }
        }
        // Arrangements are made: what is missing is a record of doing it.
        Finding::NotYetMonitored | Finding::NoMonitoringRecords if objective.kpis.is_empty() => {
            GapFix::RecordReview
        }
        Finding::NotYetMonitored
        | Finding::NoMonitoringRecords
        | Finding::NotMeasuredYet { .. }
        | Finding::MeasurementOverdue { .. } => GapFix::RecordMeasurement,
        Finding::NoReviewYet | Finding::ReviewOverdue { .. } | Finding::UpdateOverdue { .. } => {
            GapFix::RecordReview
        }
        Finding::NotCommunicated | Finding::ChangedSinceCommunicated { .. } => {
            GapFix::RecordCommunication
        }
        Finding::NoUpdateRules | Finding::NoUpdateCadence => {
            establish(EstablishStep::Updating, Some(FixField::UpdateCadence))
        }
        Finding::OpenRevision { .. } => GapFix::History,
        Finding::StillDraft | Finding::DraftWithoutRevision => {
            establish(EstablishStep::Review, Some(FixField::Status))
        }
        Finding::NoRevision
        | Finding::NotApproved { .. }
        | Finding::ChangedSinceApproval { .. } => {
            establish(EstablishStep::Review, Some(FixField::ApprovedBy))
        }
        Finding::NoPlan if result.item == CheckItem::Evaluation => {
            plan(PlanStep::Evaluation, Some(FixField::EvaluationMethod))
        }
        // Resources, who and when all belong to actions: without any, start there.
        Finding::NoPlan | Finding::NoActions => plan(PlanStep::Actions, Some(FixField::AddAction)),
        Finding::NoResources | Finding::ActionsWithoutResources { .. } if has_actions => {
            let index = actions()
                .find(|(_, action)| {
                    !action
                        .resources
                        .iter()
                        .any(|r| !r.description.trim().is_empty() || !r.amount.trim().is_empty())
                })
                .map_or(0, |(index, _)| index);
            plan(PlanStep::Resources, Some(FixField::ActionResource(index)))
        }
        Finding::NoObjectiveOwner => match objective.plan.as_ref() {
            Some(p) if p.through_children => establish(EstablishStep::Place, Some(FixField::Owner)),
            _ => plan(PlanStep::Responsible, Some(FixField::Owner)),
        },
        Finding::NoResponsible | Finding::ActionsWithoutResponsible { .. } if has_actions => {
            let index = actions()
                .find(|(_, action)| action.responsible.trim().is_empty())
                .map_or(0, |(index, _)| index);
            plan(
                PlanStep::Responsible,
                Some(FixField::ActionResponsible(index)),
            )
        }
        Finding::NoDueDates | Finding::ActionsWithoutDueDate { .. } if has_actions => {
            let index = actions()
                .find(|(_, action)| action.due.is_none())
                .map_or(0, |(index, _)| index);
            plan(PlanStep::Dates, Some(FixField::ActionDue(index)))
        }
        Finding::NoResources
        | Finding::NoResponsible
        | Finding::ActionsWithoutResponsible { .. }
        | Finding::ActionsWithoutResources { .. }
        | Finding::NoDueDates
        | Finding::ActionsWithoutDueDate { .. } => {
            plan(PlanStep::Actions, Some(FixField::AddAction))
        }
        Finding::NoEvaluation => plan(PlanStep::Evaluation, Some(FixField::EvaluationMethod)),
        Finding::EvaluationIncomplete { missing } => {
            let field = if missing.contains(&EvaluationPart::Method) {
                FixField::EvaluationMethod
            } else {
                FixField::EvaluationCriteria
            };
            plan(PlanStep::Evaluation, Some(field))
        }
        Finding::ThroughChildrenWithoutChildren => GapFix::AddChild,
        Finding::ChildrenNotPlanned { .. } => first_unplanned_child(workspace, objective)
            .map_or(plan(PlanStep::Actions, None), GapFix::PlanChild),
        // Findings of a met item: no gap, but a result passed in with another state still
        // gets the item's step.
        Finding::PolicyLinked { .. }
        | Finding::KpisMeasurable { .. }
        | Finding::RequirementsLinked { .. }
        | Finding::NoneApply
        | Finding::MonitoredOn { .. }
        | Finding::CommunicatedOn { .. }
        | Finding::UpdateCadenceKept { .. }
        | Finding::UpdatesRecorded { .. }
        | Finding::Approved { .. }
        | Finding::ActionsPlanned { .. }
        | Finding::ThroughChildren { .. }
        | Finding::ResourcesNamed
        | Finding::ResponsibleComplete
        | Finding::OwnerResponsible
        | Finding::TimingComplete
        | Finding::EvaluationDefined => match fix_at(result.item) {
            FixAt::Establish(step) => establish(step, None),
            FixAt::Plan(step) => plan(step, None),
        },
    })
}

/// The objective whose plan the check is waiting for, for the gap "the plan is carried by child
/// objectives that are not all planned": the first child (in stored order) without a plan with
/// an action. A child that carries its own plan through its children is looked into in turn
/// (depth first), so a plan carried two or more levels down leads to the grandchild that lacks
/// one; such a child without any children is that objective itself (its plan wizard is where
/// "through child objectives" is undone or its first child is added).
fn first_unplanned_child(workspace: &Workspace, objective: &Objective) -> Option<ObjectiveId> {
    let mut seen = HashSet::from_iter([objective.id]);
    first_unplanned_below(workspace, objective.id, &mut seen)
}

fn first_unplanned_below(
    workspace: &Workspace,
    parent: ObjectiveId,
    seen: &mut HashSet<ObjectiveId>,
) -> Option<ObjectiveId> {
    let checked =
        |child: &&Objective| !matches!(child.status, Status::Cancelled | Status::Superseded);
    for child in workspace.children_of(parent).filter(checked) {
        // A parent loop in a damaged file must not send the search round for ever.
        if !seen.insert(child.id) {
            continue;
        }
        match &child.plan {
            Some(plan) if plan.through_children => {
                if !workspace
                    .children_of(child.id)
                    .any(|grandchild| checked(&grandchild))
                {
                    return Some(child.id);
                }
                if let Some(found) = first_unplanned_below(workspace, child.id, seen) {
                    return Some(found);
                }
            }
            Some(plan) if plan.actions.iter().any(|a| !a.what.trim().is_empty()) => {}
            _ => return Some(child.id),
        }
    }
    None
}
