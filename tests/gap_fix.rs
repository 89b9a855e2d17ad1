//! Native tests of where each gap of the clause 6.2 check is fixed (`domain::gap_fix`): a table
//! of every finding a gap can have and its fix, and for the partial states, that doing what the
//! fix names removes the gap.
#![cfg(not(target_arch = "wasm32"))]

mod clause_support;

use clause_support::{action, communication, date, edit, measured_kpi, review, today};
use sixtwo::domain::command::apply;
use sixtwo::domain::command::first_revision;
use sixtwo::domain::conformity::{
    check_objective, ApprovalPart, CheckItem, EvaluationPart, Finding, ItemResult, ItemState,
    KpiPart, MonitoringPart,
};
use sixtwo::domain::gap_fix::{gap_fix, FixField, GapFix};
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::wizard::{establish_command, EstablishDraft, EstablishStep, PlanStep};
use sixtwo::domain::ObjectiveId;

/// An objective meeting every item as of [`today`] (the shared one), with a second KPI and a
/// second action, so that a fix naming the second one is told apart from the first.
fn complete(ids: &mut SequentialIds) -> (Workspace, ObjectiveId) {
    let (mut workspace, id) = clause_support::complete(ids);
    let resolution = measured_kpi(ids, "Resolution");
    let training = action(ids, "Train agents", Some(date(2027, 3, 31)));
    edit(&mut workspace, id, |o| {
        o.kpis.push(resolution);
        if let Some(plan) = o.plan.as_mut() {
            plan.actions.push(training);
        }
    });
    (workspace, id)
}

fn objective(workspace: &Workspace, id: ObjectiveId) -> &Objective {
    workspace
        .objective(id)
        .unwrap_or_else(|| panic!("objective"))
}

fn result_of(workspace: &Workspace, id: ObjectiveId, item: CheckItem) -> ItemResult {
    check_objective(workspace, objective(workspace, id), today())
        .result(item)
        .cloned()
        .unwrap_or_else(|| panic!("{item:?} checked"))
}

fn fix_of(workspace: &Workspace, id: ObjectiveId, item: CheckItem) -> Option<GapFix> {
    let result = result_of(workspace, id, item);
    gap_fix(workspace, objective(workspace, id), &result)
}

fn establish(step: EstablishStep, field: Option<FixField>) -> GapFix {
    GapFix::Establish { step, field }
}

fn plan(step: PlanStep, field: Option<FixField>) -> GapFix {
    GapFix::Plan { step, field }
}

/// Names every finding, with no catch-all: a new kind of finding fails to compile here until
/// it is added to the table below.
fn kind(finding: &Finding) -> &'static str {
    match finding {
        Finding::PolicyLinked { .. } => "policy linked",
        Finding::NoPolicyLink => "no policy link",
        Finding::NoKpi => "no kpi",
        Finding::KpiIncomplete { .. } => "kpi incomplete",
        Finding::OtherKpiIncomplete { .. } => "other kpi incomplete",
        Finding::KpisMeasurable { .. } => "kpis measurable",
        Finding::RequirementsLinked { .. } => "requirements linked",
        Finding::NoneApply => "none apply",
        Finding::NoRequirementLink => "no requirement link",
        Finding::MonitoredOn { .. } => "monitored on",
        Finding::MonitoringIncomplete { .. } => "monitoring incomplete",
        Finding::NoMonitoring => "no monitoring",
        Finding::NoMonitoringRecords => "no monitoring records",
        Finding::NotYetMonitored => "not yet monitored",
        Finding::NotMeasuredYet { .. } => "not measured yet",
        Finding::NoReviewYet => "no review yet",
        Finding::MeasurementOverdue { .. } => "measurement overdue",
        Finding::ReviewOverdue { .. } => "review overdue",
        Finding::CommunicatedOn { .. } => "communicated on",
        Finding::NotCommunicated => "not communicated",
        Finding::ChangedSinceCommunicated { .. } => "changed since communicated",
        Finding::UpdateCadenceKept { .. } => "update cadence kept",
        Finding::NoUpdateCadence => "no update cadence",
        Finding::NoUpdateRules => "no update rules",
        Finding::UpdateOverdue { .. } => "update overdue",
        Finding::OpenRevision { .. } => "open revision",
        Finding::UpdatesRecorded { .. } => "updates recorded",
        Finding::Approved { .. } => "approved",
        Finding::StillDraft => "still draft",
        Finding::NoRevision => "no revision",
        Finding::DraftWithoutRevision => "draft without revision",
        Finding::NotApproved { .. } => "not approved",
        Finding::ChangedSinceApproval { .. } => "changed since approval",
        Finding::NoPlan => "no plan",
        Finding::ActionsPlanned { .. } => "actions planned",
        Finding::NoActions => "no actions",
        Finding::ThroughChildren { .. } => "through children",
        Finding::ChildrenNotPlanned { .. } => "children not planned",
        Finding::ThroughChildrenWithoutChildren => "through children without children",
        Finding::ResourcesNamed => "resources named",
        Finding::ActionsWithoutResources { .. } => "actions without resources",
        Finding::NoResources => "no resources",
        Finding::ResponsibleComplete => "responsible complete",
        Finding::OwnerResponsible => "owner responsible",
        Finding::NoObjectiveOwner => "no objective owner",
        Finding::ActionsWithoutResponsible { .. } => "actions without responsible",
        Finding::NoResponsible => "no responsible",
        Finding::TimingComplete => "timing complete",
        Finding::ActionsWithoutDueDate { .. } => "actions without due date",
        Finding::NoDueDates => "no due dates",
        Finding::EvaluationDefined => "evaluation defined",
        Finding::EvaluationIncomplete { .. } => "evaluation incomplete",
        Finding::NoEvaluation => "no evaluation",
    }
}

/// The findings a met item reports: they are no gap and get no link.
const MET_KINDS: [&str; 16] = [
    "policy linked",
    "kpis measurable",
    "requirements linked",
    "none apply",
    "monitored on",
    "communicated on",
    "update cadence kept",
    "updates recorded",
    "approved",
    "actions planned",
    "through children",
    "resources named",
    "responsible complete",
    "owner responsible",
    "timing complete",
    "evaluation defined",
];

#[test]
fn every_kind_of_gap_maps_to_the_place_that_fixes_it() {
    let mut ids = SequentialIds::default();
    let (workspace, id) = complete(&mut ids);
    let o = objective(&workspace, id);
    let second = |name: &str| name.to_string();
    let day = date(2026, 11, 1);
    use CheckItem as I;
    use Finding as F;
    use ItemState::{Missing, Partly};
    // (item, state, finding, fix). Indices name the second KPI ("Resolution") or action where
    // the finding names them.
    let table: Vec<(CheckItem, ItemState, Finding, GapFix)> = vec![
        (
            I::Policy,
            Missing,
            F::NoPolicyLink,
            establish(EstablishStep::Policy, None),
        ),
        (
            I::Measurable,
            Missing,
            F::NoKpi,
            establish(EstablishStep::Measurable, Some(FixField::AddKpi)),
        ),
        (
            I::Measurable,
            Missing,
            F::KpiIncomplete {
                kpi: second("Resolution"),
                missing: vec![KpiPart::Unit, KpiPart::Target],
            },
            establish(EstablishStep::Measurable, Some(FixField::KpiUnit(1))),
        ),
        (
            I::Measurable,
            Partly,
            F::OtherKpiIncomplete {
                kpi: second("Resolution"),
                missing: vec![KpiPart::TargetDate],
            },
            establish(EstablishStep::Measurable, Some(FixField::KpiTargetDate(1))),
        ),
        (
            I::Measurable,
            Partly,
            F::OtherKpiIncomplete {
                kpi: second("First response time"),
                missing: vec![KpiPart::Target],
            },
            establish(EstablishStep::Measurable, Some(FixField::KpiTarget(0))),
        ),
        (
            I::Requirements,
            Missing,
            F::NoRequirementLink,
            establish(EstablishStep::Requirements, None),
        ),
        (
            I::Monitored,
            Missing,
            F::NoMonitoring,
            establish(
                EstablishStep::Monitoring,
                Some(FixField::MonitoringFrequency),
            ),
        ),
        (
            I::Monitored,
            Partly,
            F::MonitoringIncomplete {
                missing: vec![MonitoringPart::ReviewSchedule],
            },
            establish(
                EstablishStep::Monitoring,
                Some(FixField::MonitoringFrequency),
            ),
        ),
        (
            I::Monitored,
            Partly,
            F::MonitoringIncomplete {
                missing: vec![
                    MonitoringPart::MeasurementFrequency,
                    MonitoringPart::ReviewSchedule,
                ],
            },
            establish(EstablishStep::Measurable, Some(FixField::KpiFrequency(0))),
        ),
        (
            I::Monitored,
            Missing,
            F::NoMonitoringRecords,
            GapFix::RecordMeasurement,
        ),
        (
            I::Monitored,
            Partly,
            F::NotYetMonitored,
            GapFix::RecordMeasurement,
        ),
        (
            I::Monitored,
            Partly,
            F::NotMeasuredYet {
                kpi: second("Resolution"),
            },
            GapFix::RecordMeasurement,
        ),
        (
            I::Monitored,
            Partly,
            F::MeasurementOverdue {
                kpi: second("Resolution"),
                due: day,
            },
            GapFix::RecordMeasurement,
        ),
        (I::Monitored, Partly, F::NoReviewYet, GapFix::RecordReview),
        (
            I::Monitored,
            Partly,
            F::ReviewOverdue { since: day },
            GapFix::RecordReview,
        ),
        (
            I::Communicated,
            Missing,
            F::NotCommunicated,
            GapFix::RecordCommunication,
        ),
        (
            I::Communicated,
            Partly,
            F::ChangedSinceCommunicated {
                last: day,
                changed: day,
            },
            GapFix::RecordCommunication,
        ),
        (
            I::Updated,
            Missing,
            F::NoUpdateRules,
            establish(EstablishStep::Updating, Some(FixField::UpdateCadence)),
        ),
        (
            I::Updated,
            Partly,
            F::NoUpdateCadence,
            establish(EstablishStep::Updating, Some(FixField::UpdateCadence)),
        ),
        (
            I::Updated,
            Partly,
            F::UpdateOverdue { due: day },
            GapFix::RecordReview,
        ),
        (
            I::Updated,
            Partly,
            F::OpenRevision { number: 2 },
            GapFix::History,
        ),
        (
            I::Documented,
            Missing,
            F::DraftWithoutRevision,
            establish(EstablishStep::Review, Some(FixField::Status)),
        ),
        (
            I::Documented,
            Partly,
            F::StillDraft,
            establish(EstablishStep::Review, Some(FixField::Status)),
        ),
        (
            I::Documented,
            Partly,
            F::NoRevision,
            establish(EstablishStep::Review, Some(FixField::ApprovedBy)),
        ),
        (
            I::Documented,
            Partly,
            F::NotApproved {
                missing: vec![ApprovalPart::By],
            },
            establish(EstablishStep::Review, Some(FixField::ApprovedBy)),
        ),
        (
            I::Documented,
            Partly,
            F::ChangedSinceApproval { number: 2 },
            establish(EstablishStep::Review, Some(FixField::ApprovedBy)),
        ),
        (
            I::Actions,
            Missing,
            F::NoPlan,
            plan(PlanStep::Actions, Some(FixField::AddAction)),
        ),
        (
            I::Resources,
            Missing,
            F::NoPlan,
            plan(PlanStep::Actions, Some(FixField::AddAction)),
        ),
        (
            I::Evaluation,
            Missing,
            F::NoPlan,
            plan(PlanStep::Evaluation, Some(FixField::EvaluationMethod)),
        ),
        (
            I::Actions,
            Missing,
            F::NoActions,
            plan(PlanStep::Actions, Some(FixField::AddAction)),
        ),
        (
            I::Resources,
            Partly,
            F::ActionsWithoutResources { count: 1 },
            plan(PlanStep::Resources, Some(FixField::ActionResource(0))),
        ),
        (
            I::Resources,
            Missing,
            F::NoResources,
            plan(PlanStep::Resources, Some(FixField::ActionResource(0))),
        ),
        (
            I::Responsible,
            Partly,
            F::NoObjectiveOwner,
            plan(PlanStep::Responsible, Some(FixField::Owner)),
        ),
        (
            I::Responsible,
            Partly,
            F::ActionsWithoutResponsible { count: 1 },
            plan(PlanStep::Responsible, Some(FixField::ActionResponsible(0))),
        ),
        (
            I::Responsible,
            Missing,
            F::NoResponsible,
            plan(PlanStep::Responsible, Some(FixField::ActionResponsible(0))),
        ),
        (
            I::Timing,
            Partly,
            F::ActionsWithoutDueDate { count: 1 },
            plan(PlanStep::Dates, Some(FixField::ActionDue(0))),
        ),
        (
            I::Timing,
            Missing,
            F::NoDueDates,
            plan(PlanStep::Dates, Some(FixField::ActionDue(0))),
        ),
        (
            I::Evaluation,
            Missing,
            F::NoEvaluation,
            plan(PlanStep::Evaluation, Some(FixField::EvaluationMethod)),
        ),
        (
            I::Evaluation,
            Partly,
            F::EvaluationIncomplete {
                missing: vec![EvaluationPart::SuccessCriteria],
            },
            plan(PlanStep::Evaluation, Some(FixField::EvaluationCriteria)),
        ),
        (
            I::Actions,
            Missing,
            F::ThroughChildrenWithoutChildren,
            GapFix::AddChild,
        ),
        // Without children in this workspace, the parent's own plan is where to start.
        (
            I::Actions,
            Partly,
            F::ChildrenNotPlanned { count: 1, total: 2 },
            plan(PlanStep::Actions, None),
        ),
    ];

    let mut covered = std::collections::BTreeSet::new();
    for (item, state, finding, expected) in table {
        covered.insert(kind(&finding));
        let result = ItemResult {
            item,
            state,
            finding: finding.clone(),
            practice: Vec::new(),
        };
        assert_eq!(
            gap_fix(&workspace, o, &result),
            Some(expected),
            "{item:?} {finding:?}"
        );
    }
    for met in MET_KINDS {
        assert!(!covered.contains(met), "{met} is no gap");
    }
    // Every kind of finding is either in the table or one a met item reports.
    let all = [
        F::PolicyLinked { count: 1 },
        F::NoPolicyLink,
        F::NoKpi,
        F::KpiIncomplete {
            kpi: String::new(),
            missing: Vec::new(),
        },
        F::OtherKpiIncomplete {
            kpi: String::new(),
            missing: Vec::new(),
        },
        F::KpisMeasurable { count: 1 },
        F::RequirementsLinked { count: 1 },
        F::NoneApply,
        F::NoRequirementLink,
        F::MonitoredOn {
            measured: None,
            reviewed: day,
        },
        F::MonitoringIncomplete {
            missing: Vec::new(),
        },
        F::NoMonitoring,
        F::NoMonitoringRecords,
        F::NotYetMonitored,
        F::NotMeasuredYet { kpi: String::new() },
        F::NoReviewYet,
        F::MeasurementOverdue {
            kpi: String::new(),
            due: day,
        },
        F::ReviewOverdue { since: day },
        F::CommunicatedOn { last: day },
        F::NotCommunicated,
        F::ChangedSinceCommunicated {
            last: day,
            changed: day,
        },
        F::UpdateCadenceKept { due: day },
        F::NoUpdateCadence,
        F::NoUpdateRules,
        F::UpdateOverdue { due: day },
        F::OpenRevision { number: 1 },
        F::UpdatesRecorded { count: 1 },
        F::Approved {
            by: String::new(),
            on: day,
        },
        F::StillDraft,
        F::NoRevision,
        F::DraftWithoutRevision,
        F::NotApproved {
            missing: Vec::new(),
        },
        F::ChangedSinceApproval { number: 1 },
        F::NoPlan,
        F::ActionsPlanned { count: 1 },
        F::NoActions,
        F::ThroughChildren { count: 1 },
        F::ChildrenNotPlanned { count: 1, total: 1 },
        F::ThroughChildrenWithoutChildren,
        F::ResourcesNamed,
        F::ActionsWithoutResources { count: 1 },
        F::NoResources,
        F::ResponsibleComplete,
        F::OwnerResponsible,
        F::NoObjectiveOwner,
        F::ActionsWithoutResponsible { count: 1 },
        F::NoResponsible,
        F::TimingComplete,
        F::ActionsWithoutDueDate { count: 1 },
        F::NoDueDates,
        F::EvaluationDefined,
        F::EvaluationIncomplete {
            missing: Vec::new(),
        },
        F::NoEvaluation,
    ];
    for finding in &all {
        let name = kind(finding);
        assert!(
            covered.contains(name) || MET_KINDS.contains(&name),
            "no fix in the table for {name}"
        );
    }
}

#[test]
fn a_met_item_has_no_fix() {
    let mut ids = SequentialIds::default();
    let (workspace, id) = complete(&mut ids);
    for item in CheckItem::all() {
        assert_eq!(
            result_of(&workspace, id, item).state,
            ItemState::Met,
            "{item:?}"
        );
        assert_eq!(fix_of(&workspace, id, item), None, "{item:?}");
    }
}

#[test]
fn planned_but_never_communicated_is_fixed_by_recording_a_communication() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    workspace.communications.clear();
    let gap = result_of(&workspace, id, CheckItem::Communicated);
    assert_eq!(gap.finding, Finding::NotCommunicated);
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Communicated),
        Some(GapFix::RecordCommunication),
        "the communication plan is filled in: only a record fixes the gap"
    );
    let said = communication(&mut ids, date(2026, 11, 20), id);
    workspace.communications.push(said);
    assert_eq!(
        result_of(&workspace, id, CheckItem::Communicated).state,
        ItemState::Met
    );
}

#[test]
fn each_partial_state_is_fixed_where_its_link_points() {
    let mut ids = SequentialIds::default();

    // 6.2.1 b): the second KPI lacks its unit; the link names that KPI's unit field.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| o.kpis[1].unit.clear());
    assert_eq!(
        result_of(&workspace, id, CheckItem::Measurable).state,
        ItemState::Partly
    );
    let Some(GapFix::Establish {
        step: EstablishStep::Measurable,
        field: Some(FixField::KpiUnit(index)),
    }) = fix_of(&workspace, id, CheckItem::Measurable)
    else {
        panic!("the KPI's unit field")
    };
    edit(&mut workspace, id, |o| {
        o.kpis[index].unit = "minutes".into()
    });
    assert_eq!(
        result_of(&workspace, id, CheckItem::Measurable).state,
        ItemState::Met
    );

    // 6.2.1 d): a KPI's measurement is overdue; recording one fixes it.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        o.kpis[1].measurements[0].date = date(2026, 8, 1);
    });
    let result = result_of(&workspace, id, CheckItem::Monitored);
    assert!(
        matches!(result.finding, Finding::MeasurementOverdue { .. }),
        "{result:?}"
    );
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Monitored),
        Some(GapFix::RecordMeasurement)
    );
    edit(&mut workspace, id, |o| {
        o.kpis[1].measurements[0].date = date(2026, 11, 22)
    });
    assert_eq!(
        result_of(&workspace, id, CheckItem::Monitored).state,
        ItemState::Met
    );

    // 6.2.1 d): measured, never reviewed; recording a review fixes it.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| o.reviews.clear());
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Monitored),
        Some(GapFix::RecordReview)
    );
    let held = review(&mut ids, date(2026, 11, 23), ReviewResult::OnTrack);
    edit(&mut workspace, id, |o| o.reviews.push(held));
    assert_eq!(
        result_of(&workspace, id, CheckItem::Monitored).state,
        ItemState::Met
    );

    // 6.2.1 e): changed after it was last communicated.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        let mut changed =
            first_revision(Timestamp::parse("2026-11-18T09:00:00Z").unwrap_or_default());
        changed.number = 2;
        changed.reason = RevisionReason::Other;
        changed.note = "Target tightened".into();
        changed.approved_by = "Director".into();
        o.revisions.push(changed);
    });
    assert_eq!(
        result_of(&workspace, id, CheckItem::Communicated).state,
        ItemState::Partly
    );
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Communicated),
        Some(GapFix::RecordCommunication)
    );
    let said = communication(&mut ids, date(2026, 11, 20), id);
    workspace.communications.push(said);
    assert_eq!(
        result_of(&workspace, id, CheckItem::Communicated).state,
        ItemState::Met
    );

    // 6.2.1 g): in force but without a revision record (a file from elsewhere); saving the
    // 6.2.1 wizard where the link points starts the log with the version saved.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| o.revisions.clear());
    assert_eq!(
        result_of(&workspace, id, CheckItem::Documented).finding,
        Finding::NoRevision
    );
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Documented),
        Some(establish(EstablishStep::Review, Some(FixField::ApprovedBy)))
    );
    let saved_at = Timestamp::parse("2026-11-24T09:00:00Z").unwrap_or_default();
    let draft = EstablishDraft::revise(objective(&workspace, id).clone());
    let status = objective(&workspace, id).status;
    apply(
        &mut workspace,
        establish_command(&draft, status, saved_at),
        saved_at,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(objective(&workspace, id).revisions.len(), 1);
    assert_ne!(
        result_of(&workspace, id, CheckItem::Documented).finding,
        Finding::NoRevision
    );

    // 6.2.2 c): the second action has no one responsible.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[1].responsible.clear();
        }
    });
    let Some(GapFix::Plan {
        step: PlanStep::Responsible,
        field: Some(FixField::ActionResponsible(index)),
    }) = fix_of(&workspace, id, CheckItem::Responsible)
    else {
        panic!("the action's responsible field")
    };
    assert_eq!(index, 1, "the action without anyone responsible");
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[index].responsible = "Agent lead".into();
        }
    });
    assert_eq!(
        result_of(&workspace, id, CheckItem::Responsible).state,
        ItemState::Met
    );

    // 6.2.2 d): the second action has no due date.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[1].due = None;
        }
    });
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Timing),
        Some(plan(PlanStep::Dates, Some(FixField::ActionDue(1))))
    );

    // 6.2.2 e): success criteria missing.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.evaluation.success_criteria.clear();
        }
    });
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Evaluation),
        Some(plan(
            PlanStep::Evaluation,
            Some(FixField::EvaluationCriteria)
        ))
    );
}

#[test]
fn a_plan_carried_by_children_is_fixed_in_the_child_without_one_or_by_adding_a_child() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        o.level = Level::Tactical;
        if let Some(plan) = o.plan.as_mut() {
            plan.through_children = true;
        }
    });
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Actions),
        Some(GapFix::AddChild)
    );

    let planned = child_of(&mut ids, id, "O2", "Chat");
    let planned_id = planned.id;
    let unplanned = child_of(&mut ids, id, "O3", "Train");
    let unplanned_id = unplanned.id;
    workspace.objectives.extend([planned, unplanned]);
    plan_one_action(&mut workspace, &mut ids, planned_id, "Buy chat");
    assert_eq!(
        result_of(&workspace, id, CheckItem::Actions).state,
        ItemState::Partly
    );
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Actions),
        Some(GapFix::PlanChild(unplanned_id))
    );
    plan_one_action(&mut workspace, &mut ids, unplanned_id, "Run training");
    assert_eq!(
        result_of(&workspace, id, CheckItem::Actions).state,
        ItemState::Met
    );

    // Two levels down: the planned child now carries its plan through a child of its own that
    // has none; the link leads to that grandchild, not to the top objective's own plan.
    edit(&mut workspace, id, |o| o.level = Level::Strategic);
    edit(&mut workspace, planned_id, |o| {
        o.level = Level::Tactical;
        o.plan = Some(Plan {
            through_children: true,
            ..Plan::default()
        });
    });
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Actions),
        Some(GapFix::PlanChild(planned_id)),
        "a child carrying its plan through children it does not have is where that is fixed"
    );
    let grandchild = child_of(&mut ids, planned_id, "O4", "Chat rota");
    let grandchild_id = grandchild.id;
    workspace.objectives.push(grandchild);
    assert_eq!(
        result_of(&workspace, id, CheckItem::Actions).state,
        ItemState::Partly
    );
    assert_eq!(
        fix_of(&workspace, id, CheckItem::Actions),
        Some(GapFix::PlanChild(grandchild_id))
    );
    plan_one_action(&mut workspace, &mut ids, grandchild_id, "Set up the rota");
    assert_eq!(
        result_of(&workspace, id, CheckItem::Actions).state,
        ItemState::Met
    );
}

/// An operational objective below `parent`, without a plan.
fn child_of(ids: &mut SequentialIds, parent: ObjectiveId, code: &str, title: &str) -> Objective {
    let created = Timestamp::parse("2026-11-02T09:00:00Z").unwrap_or_default();
    let mut child = Objective::new(
        ObjectiveId::new(ids),
        code,
        title,
        Level::Operational,
        created,
    );
    child.parent = Some(parent);
    child
}

/// Gives objective `id` a plan of one action, `what`.
fn plan_one_action(
    workspace: &mut Workspace,
    ids: &mut SequentialIds,
    id: ObjectiveId,
    what: &str,
) {
    let step = action(ids, what, Some(date(2027, 3, 31)));
    edit(workspace, id, |o| {
        o.plan = Some(Plan {
            actions: vec![step],
            ..Plan::default()
        })
    });
}
