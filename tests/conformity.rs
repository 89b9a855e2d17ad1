//! Native tests of the clause 6.2 conformity check: every rule of 6.2.1 and 6.2.2 with its
//! edge cases, the register-level findings and the scores.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use sixtwo::domain::conformity::{
    check_objective, check_register, CheckItem, CommunicationPart, EvaluationPart, Finding,
    ItemState, KpiPart, MonitoringPart,
};
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn today() -> NaiveDate {
    date(2026, 11, 24)
}

/// An objective that meets every item of 6.2.1 and 6.2.2.
fn complete(ids: &mut SequentialIds) -> (Workspace, ObjectiveId) {
    let policy = PolicyStatement {
        id: PolicyId::new(ids),
        reference: "P1".into(),
        text: "Meet agreed service levels".into(),
    };
    let requirement = Requirement {
        id: RequirementId::new(ids),
        reference: "SLA".into(),
        title: "Response times".into(),
        source: RequirementSource::Contract,
        notes: String::new(),
    };
    let created = Timestamp::parse("2026-11-01T09:00:00Z").unwrap_or_default();
    let mut objective = Objective::new(
        ObjectiveId::new(ids),
        "O1",
        "Respond faster",
        Level::Operational,
        created,
    );
    objective.status = Status::Active;
    objective.owner = "Service desk lead".into();
    objective.policy_links = vec![policy.id];
    objective.requirement_links = vec![requirement.id];
    objective.kpis = vec![Kpi {
        unit: "minutes".into(),
        baseline: Some(15.0),
        target: Some(5.0),
        direction: Direction::LowerIsBetter,
        method: "Median first response".into(),
        target_date: Some(date(2027, 6, 30)),
        ..Kpi::named(KpiId::new(ids), "First response time")
    }];
    objective.monitoring = Monitoring {
        frequency: Some(Frequency::Monthly),
        method: "Team meeting".into(),
        responsible: "Lead".into(),
        next_review: Some(date(2026, 12, 1)),
    };
    objective.communication = CommunicationPlan {
        audiences: vec!["Service teams".into()],
        channels: vec!["Team meeting".into()],
        when: "Monthly".into(),
        by_whom: "Lead".into(),
    };
    objective.updating = UpdatePolicy {
        review_cadence: Some(Frequency::Quarterly),
        triggers: vec![UpdateTrigger::MissedTarget],
        last_reviewed: Some(date(2026, 10, 1)),
    };
    objective.revisions = vec![sixtwo::domain::command::first_revision(created)];
    objective.plan = Some(Plan {
        actions: vec![Action {
            id: RecordId::new(ids),
            what: "Introduce chat".into(),
            responsible: "Lead".into(),
            start: Some(date(2026, 12, 1)),
            due: Some(date(2027, 3, 31)),
            resources: vec![Resource {
                kind: ResourceKind::Tool,
                description: "Chat module".into(),
                amount: "20 licences".into(),
                approved: true,
            }],
            status: ActionStatus::Planned,
        }],
        evaluation: Evaluation {
            method: "Compare weekly medians".into(),
            success_criteria: "Under 5 minutes for 3 months".into(),
            evaluator: "Service manager".into(),
            date: Some(date(2027, 7, 15)),
        },
    });
    let communication = Communication {
        id: RecordId::new(ids),
        date: date(2026, 11, 10),
        objectives: vec![objective.id],
        audience: "Service teams".into(),
        channel: "Team meeting".into(),
        by_whom: "Lead".into(),
        summary: "Targets".into(),
        acknowledged_on: None,
    };
    let id = objective.id;
    let workspace = Workspace {
        policy: vec![policy],
        requirements: vec![requirement],
        objectives: vec![objective],
        communications: vec![communication],
        ..Workspace::default()
    };
    (workspace, id)
}

fn check(workspace: &Workspace, id: ObjectiveId, item: CheckItem) -> (ItemState, Finding) {
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    let check = check_objective(workspace, &objective, today());
    let result = check
        .result(item)
        .cloned()
        .unwrap_or_else(|| panic!("{item:?} checked"));
    (result.state, result.finding)
}

fn edit(workspace: &mut Workspace, id: ObjectiveId, change: impl FnOnce(&mut Objective)) {
    if let Some(objective) = workspace.objectives.iter_mut().find(|o| o.id == id) {
        change(objective);
    }
}

#[test]
fn a_complete_objective_meets_every_item() {
    let (workspace, id) = complete(&mut SequentialIds::default());
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    let check = check_objective(&workspace, &objective, today());
    for result in &check.results {
        assert_eq!(
            result.state,
            ItemState::Met,
            "{:?}: {:?}",
            result.item,
            result.finding
        );
    }
    assert_eq!(check.results.len(), 12);
    let score = check.score();
    assert_eq!(
        (score.met, score.partly, score.applicable, score.percent()),
        (12, 0, 12, 100)
    );
    assert!(!check.has_gaps());
}

#[test]
fn policy_needs_a_linked_statement() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Policy),
        (ItemState::Met, Finding::PolicyLinked { count: 1 })
    );
    edit(&mut workspace, id, |o| o.policy_links.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Policy),
        (ItemState::Missing, Finding::NoPolicyLink)
    );
}

#[test]
fn measurable_needs_a_kpi_with_unit_target_and_date() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.kpis.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (ItemState::Missing, Finding::NoKpi)
    );

    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.kpis[0].unit.clear();
        o.kpis[0].target_date = None;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (
            ItemState::Missing,
            Finding::KpiIncomplete {
                kpi: "First response time".into(),
                missing: vec![KpiPart::Unit, KpiPart::TargetDate]
            }
        )
    );
}

#[test]
fn a_baseline_and_a_method_make_a_measure_complete() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.kpis[0].baseline = None;
        o.kpis[0].method.clear();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (
            ItemState::Partly,
            Finding::KpiWithoutBasis {
                kpi: "First response time".into(),
                missing: vec![KpiPart::Baseline, KpiPart::Method]
            }
        )
    );
    // A data source counts as the method.
    edit(&mut workspace, id, |o| {
        o.kpis[0].baseline = Some(15.0);
        o.kpis[0].data_source = "ITSM tool".into();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable).0,
        ItemState::Met
    );
}

#[test]
fn a_range_target_needs_both_ends() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.kpis[0].direction = Direction::Range;
        o.kpis[0].target_upper = None;
    });
    let (state, finding) = check(&workspace, id, CheckItem::Measurable);
    assert_eq!(state, ItemState::Missing);
    assert!(
        matches!(finding, Finding::KpiIncomplete { missing, .. } if missing == vec![KpiPart::Target])
    );
    edit(&mut workspace, id, |o| o.kpis[0].target_upper = Some(8.0));
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable).0,
        ItemState::Met
    );
}

#[test]
fn one_usable_kpi_beside_a_vague_one_is_partly_met() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let vague = Kpi::named(KpiId::new(&mut ids), "Happier customers");
    edit(&mut workspace, id, |o| o.kpis.push(vague));
    let (state, finding) = check(&workspace, id, CheckItem::Measurable);
    assert_eq!(state, ItemState::Partly);
    assert!(matches!(finding, Finding::KpiWithoutBasis { kpi, .. } if kpi == "Happier customers"));
}

#[test]
fn requirements_are_linked_or_explicitly_none() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements).0,
        ItemState::Met
    );
    edit(&mut workspace, id, |o| o.requirement_links.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements),
        (ItemState::Missing, Finding::NoRequirementLink)
    );
    edit(&mut workspace, id, |o| {
        o.no_requirements_reason = Some("  ".into())
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements),
        (ItemState::Partly, Finding::NoneApplyWithoutReason)
    );
    edit(&mut workspace, id, |o| {
        o.no_requirements_reason = Some("Internal improvement only".into())
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements),
        (ItemState::Met, Finding::NoneApply)
    );
}

#[test]
fn monitoring_needs_every_part_and_a_review_date_not_in_the_past() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.monitoring.next_review = Some(date(2026, 11, 23))
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::ReviewOverdue {
                since: date(2026, 11, 23)
            }
        )
    );
    edit(&mut workspace, id, |o| {
        o.monitoring.next_review = Some(today())
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored).0,
        ItemState::Met,
        "today is not past"
    );
    edit(&mut workspace, id, |o| {
        o.monitoring.responsible.clear();
        o.monitoring.frequency = None;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::MonitoringIncomplete {
                missing: vec![MonitoringPart::Frequency, MonitoringPart::Responsible]
            }
        )
    );
    edit(&mut workspace, id, |o| o.monitoring = Monitoring::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Missing, Finding::NoMonitoring)
    );
}

#[test]
fn communication_needs_a_plan_and_a_record() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (
            ItemState::Met,
            Finding::CommunicatedOn {
                last: date(2026, 11, 10)
            }
        )
    );
    workspace.communications.clear();
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (ItemState::Partly, Finding::NotYetCommunicated)
    );
    edit(&mut workspace, id, |o| o.communication.channels.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (
            ItemState::Partly,
            Finding::CommunicationIncomplete {
                missing: vec![CommunicationPart::Channels]
            }
        )
    );
    edit(&mut workspace, id, |o| {
        o.communication = CommunicationPlan::default()
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (ItemState::Missing, Finding::NoCommunicationPlan)
    );
}

#[test]
fn updating_needs_rules_and_a_review_within_the_cadence() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.updating.last_reviewed = Some(date(2026, 8, 23))
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (
            ItemState::Partly,
            Finding::UpdateOverdue {
                due: date(2026, 11, 23)
            }
        )
    );
    // Never reviewed: the cadence counts from creation (2026-11-01), so not yet due.
    edit(&mut workspace, id, |o| o.updating.last_reviewed = None);
    assert_eq!(check(&workspace, id, CheckItem::Updated).0, ItemState::Met);
    // Triggers alone are enough rules.
    edit(&mut workspace, id, |o| o.updating.review_cadence = None);
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Met, Finding::UpdateRulesSet)
    );
    edit(&mut workspace, id, |o| o.updating = UpdatePolicy::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Missing, Finding::NoUpdateRules)
    );
}

#[test]
fn documented_information_needs_an_active_objective_with_a_revision() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.status = Status::Draft);
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (ItemState::Partly, Finding::StillDraft)
    );
    edit(&mut workspace, id, |o| o.revisions.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (ItemState::Missing, Finding::DraftWithoutRevision)
    );
    edit(&mut workspace, id, |o| o.status = Status::Achieved);
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (ItemState::Partly, Finding::NoRevision)
    );
}

#[test]
fn without_a_plan_every_item_of_6_2_2_is_missing() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.plan = None);
    for item in CheckItem::PLAN {
        assert_eq!(
            check(&workspace, id, item),
            (ItemState::Missing, Finding::NoPlan),
            "{item:?}"
        );
    }
    edit(&mut workspace, id, |o| o.plan = Some(Plan::default()));
    assert_eq!(
        check(&workspace, id, CheckItem::Actions),
        (ItemState::Missing, Finding::NoPlan)
    );
}

#[test]
fn resources_need_an_amount_and_approval_for_every_action() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let second = Action {
        id: RecordId::new(&mut ids),
        what: "Write a knowledge base".into(),
        responsible: "Knowledge manager".into(),
        start: None,
        due: Some(date(2027, 4, 30)),
        resources: Vec::new(),
        status: ActionStatus::Planned,
    };
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions.push(second)
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (
            ItemState::Partly,
            Finding::ActionsWithoutResources { count: 1 }
        )
    );
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[1].resources.push(Resource::default());
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (
            ItemState::Partly,
            Finding::ResourcesWithoutAmount { count: 1 }
        )
    );
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[1].resources[0].amount = "4 hours a week".into();
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (
            ItemState::Partly,
            Finding::ResourcesNotApproved { count: 1 }
        )
    );
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            for action in &mut plan.actions {
                action.resources.clear();
            }
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (ItemState::Missing, Finding::NoResources)
    );
}

#[test]
fn responsibility_needs_an_owner_and_someone_for_every_action() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.owner.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Partly, Finding::NoObjectiveOwner)
    );
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[0].responsible.clear();
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Missing, Finding::NoResponsible)
    );
    edit(&mut workspace, id, |o| o.owner = "Lead".into());
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (
            ItemState::Partly,
            Finding::ActionsWithoutResponsible { count: 1 }
        )
    );
}

#[test]
fn an_action_due_after_the_target_date_is_a_warning() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[0].due = Some(date(2027, 7, 1));
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Timing),
        (
            ItemState::Partly,
            Finding::ActionsAfterTarget {
                count: 1,
                target: date(2027, 6, 30)
            }
        )
    );
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.actions[0].due = None;
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Timing),
        (ItemState::Missing, Finding::NoDueDates)
    );
}

#[test]
fn evaluation_needs_method_criteria_evaluator_and_date() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            plan.evaluation.evaluator.clear();
            plan.evaluation.date = None;
        }
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Evaluation),
        (
            ItemState::Partly,
            Finding::EvaluationIncomplete {
                missing: vec![EvaluationPart::Evaluator, EvaluationPart::Date]
            }
        )
    );
}

#[test]
fn the_register_reports_levels_functions_and_alignment() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    workspace.organisation.functions = vec!["Service desk".into(), "Finance".into()];
    edit(&mut workspace, id, |o| o.function = "service desk".into());
    let check = check_register(&workspace, today());
    assert_eq!(
        check.findings.empty_levels,
        vec![Level::Strategic, Level::Tactical]
    );
    assert_eq!(
        check.findings.functions_without_objectives,
        vec!["Finance".to_string()]
    );
    assert_eq!(
        check.findings.unaligned,
        vec![id],
        "an operational objective without a parent"
    );
    assert!(!check.findings.is_clear());
}

#[test]
fn closed_objectives_are_left_out_of_the_register_check() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.status = Status::Cancelled);
    let check = check_register(&workspace, today());
    assert!(check.objectives.is_empty());
    assert_eq!(check.score.applicable, 0);
    assert_eq!(check.score.percent(), 0);
}

#[test]
fn the_example_scores_honestly() {
    let workspace = example_workspace(ExampleLanguage::English, today());
    let check = check_register(&workspace, today());
    assert_eq!(check.objectives.len(), 9);
    assert_eq!(check.score.applicable, 9 * 12);
    assert!(check.score.met > 0 && check.score.met < check.score.applicable);
    assert!(check.findings.is_clear(), "{:?}", check.findings);
    // A model answer with a few deliberate gaps (tests/examples.rs names them).
    assert!(
        check.score.met * 10 >= check.score.applicable * 8,
        "{:?}",
        check.score
    );
}
