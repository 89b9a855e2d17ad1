//! Native tests of the clause 6.2 conformity check: every rule of 6.2.1 and 6.2.2 in both
//! directions, required (met, partly met, missing) and good practice (noted or not), closed
//! objectives judged on their records, milestone KPIs, plans delivered through children, the
//! recency of communication, overdue measurements, the register-level findings and the scores.
#![cfg(not(target_arch = "wasm32"))]

mod clause_support;
mod example_support;

use clause_support::{action, complete, date, edit, measurement, review, today};
use example_support::example_workspace;
use sixtwo::domain::conformity::{
    check_objective, check_register, ApprovalPart, CheckItem, CommunicationPart, EvaluationPart,
    Finding, ItemState, KpiPart, MonitoringPart, ObjectiveCheck, Practice,
};
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::{KpiId, ObjectiveId};
use sixtwo::i18n::{describe_finding, Lang};

fn full_check(workspace: &Workspace, id: ObjectiveId) -> ObjectiveCheck {
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    check_objective(workspace, &objective, today())
}

/// The required state and finding of `item`.
fn check(workspace: &Workspace, id: ObjectiveId, item: CheckItem) -> (ItemState, Finding) {
    let result = full_check(workspace, id)
        .result(item)
        .cloned()
        .unwrap_or_else(|| panic!("{item:?} checked"));
    (result.state, result.finding)
}

/// The good-practice notes of `item`.
fn practice(workspace: &Workspace, id: ObjectiveId, item: CheckItem) -> Vec<Practice> {
    full_check(workspace, id)
        .result(item)
        .map(|r| r.practice.clone())
        .unwrap_or_default()
}

fn edit_plan(workspace: &mut Workspace, id: ObjectiveId, change: impl FnOnce(&mut Plan)) {
    edit(workspace, id, |o| {
        if let Some(plan) = o.plan.as_mut() {
            change(plan);
        }
    });
}

// ----- the whole check -----

#[test]
fn a_complete_objective_meets_every_item_and_every_good_practice() {
    let (workspace, id) = complete(&mut SequentialIds::default());
    let check = full_check(&workspace, id);
    for result in &check.results {
        assert_eq!(
            result.state,
            ItemState::Met,
            "{:?}: {:?}",
            result.item,
            result.finding
        );
        assert!(
            result.practice.is_empty(),
            "{:?}: {:?}",
            result.item,
            result.practice
        );
    }
    assert_eq!(check.results.len(), 12);
    let score = check.score();
    assert_eq!(
        (score.met, score.partly, score.applicable, score.percent()),
        (12, 0, 12, 100)
    );
    assert!(!check.has_gaps());
    assert_eq!(check.practice_count(), 0);
}

#[test]
fn good_practice_is_reported_beside_the_score_and_never_counted_in_it() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    // Take away every good practice: the required items stay met.
    edit(&mut workspace, id, |o| {
        o.kpis[0].baseline = None;
        o.kpis[0].method.clear();
        o.monitoring.method.clear();
        o.communication = CommunicationPlan::default();
        o.updating.triggers.clear();
    });
    edit_plan(&mut workspace, id, |plan| {
        plan.approval = Approval::default();
        plan.actions[0].resources[0].approved = false;
        plan.actions[0].resources[0].amount.clear();
        plan.evaluation.evaluator.clear();
    });
    let check = full_check(&workspace, id);
    assert_eq!(check.score().met, 12, "{:?}", check.results);
    assert!(!check.has_gaps());
    let kpi = "First response time".to_string();
    let notes: Vec<Practice> = check
        .results
        .iter()
        .flat_map(|r| r.practice.clone())
        .collect();
    assert_eq!(
        notes,
        vec![
            Practice::NoBaseline { kpi: kpi.clone() },
            Practice::NoMeasurementMethod { kpi },
            Practice::MonitoringDetails {
                missing: vec![MonitoringPart::Method]
            },
            Practice::NoCommunicationPlan {
                missing: vec![CommunicationPart::Audiences, CommunicationPart::Channels]
            },
            Practice::NoUpdateTriggers,
            Practice::PlanNotApproved {
                missing: vec![ApprovalPart::By, ApprovalPart::On]
            },
            // Without a baseline only "met" or "not met" can be said, so the KPI is off track.
            Practice::NoCorrectiveAction,
            Practice::ResourcesWithoutAmount { count: 1 },
            Practice::ResourcesNotApproved { count: 1 },
            Practice::EvaluationDetails {
                missing: vec![EvaluationPart::Evaluator]
            },
        ]
    );
    assert_eq!(check.practice_count(), 10);
    let register = check_register(&workspace, today());
    assert_eq!((register.score.met, register.practice), (12, 10));
}

// ----- 6.2.1 a) policy -----

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

// ----- 6.2.1 b) measurable -----

#[test]
fn measurable_needs_kpis_with_a_unit_a_target_and_a_target_date() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (ItemState::Met, Finding::KpisMeasurable { count: 1 })
    );
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
    edit(&mut workspace, id, |o| o.kpis.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (ItemState::Missing, Finding::NoKpi)
    );
}

#[test]
fn one_measurable_kpi_beside_a_vague_one_is_partly_met() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let vague = Kpi::named(KpiId::new(&mut ids), "Happier customers");
    edit(&mut workspace, id, |o| o.kpis.push(vague));
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (
            ItemState::Partly,
            Finding::OtherKpiIncomplete {
                kpi: "Happier customers".into(),
                missing: vec![KpiPart::Unit, KpiPart::Target, KpiPart::TargetDate]
            }
        )
    );
}

#[test]
fn a_baseline_and_a_method_are_good_practice_not_required() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.kpis[0].baseline = None;
        o.kpis[0].method.clear();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable).0,
        ItemState::Met
    );
    let kpi = "First response time".to_string();
    assert_eq!(
        practice(&workspace, id, CheckItem::Measurable),
        vec![
            Practice::NoBaseline { kpi: kpi.clone() },
            Practice::NoMeasurementMethod { kpi }
        ]
    );
    // A data source says how values are obtained as well as a method does.
    edit(&mut workspace, id, |o| {
        o.kpis[0].baseline = Some(15.0);
        o.kpis[0].data_source = "ITSM tool".into();
    });
    assert!(practice(&workspace, id, CheckItem::Measurable).is_empty());
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
fn a_milestone_kpi_is_measurable_with_its_date_alone() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let mut milestone = Kpi {
        direction: Direction::Milestone,
        method: "Certificate issued by the certification body".into(),
        frequency: Some(Frequency::Quarterly),
        ..Kpi::named(KpiId::new(&mut ids), "Certification audit passed")
    };
    milestone
        .measurements
        .push(measurement(&mut ids, date(2026, 11, 20), 0.0));
    edit(&mut workspace, id, |o| o.kpis = vec![milestone]);
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (
            ItemState::Missing,
            Finding::KpiIncomplete {
                kpi: "Certification audit passed".into(),
                missing: vec![KpiPart::TargetDate]
            }
        )
    );
    edit(&mut workspace, id, |o| {
        o.kpis[0].target_date = Some(date(2027, 6, 30))
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Measurable),
        (ItemState::Met, Finding::KpisMeasurable { count: 1 })
    );
    assert!(
        practice(&workspace, id, CheckItem::Measurable).is_empty(),
        "a milestone needs no unit, target or baseline"
    );
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored).0,
        ItemState::Met
    );
}

// ----- 6.2.1 c) requirements -----

#[test]
fn requirements_are_linked_or_none_apply_and_the_reason_is_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements),
        (ItemState::Met, Finding::RequirementsLinked { count: 1 })
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
        (ItemState::Met, Finding::NoneApply)
    );
    assert_eq!(
        practice(&workspace, id, CheckItem::Requirements),
        vec![Practice::NoneApplyWithoutReason]
    );
    edit(&mut workspace, id, |o| {
        o.no_requirements_reason = Some("Internal improvement only".into())
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Requirements),
        (ItemState::Met, Finding::NoneApply)
    );
    assert!(practice(&workspace, id, CheckItem::Requirements).is_empty());
}

// ----- 6.2.1 d) monitored -----

#[test]
fn monitored_is_judged_on_measurements_and_reviews() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Met,
            Finding::MonitoredOn {
                measured: Some(date(2026, 11, 20)),
                reviewed: date(2026, 11, 15)
            }
        )
    );
    // Arrangements without any record yet: partly met, never met.
    edit(&mut workspace, id, |o| {
        o.kpis[0].measurements.clear();
        o.reviews.clear();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Partly, Finding::NotYetMonitored)
    );
    // Nothing arranged and nothing recorded.
    edit(&mut workspace, id, |o| {
        o.monitoring = Monitoring::default();
        o.kpis[0].frequency = None;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Missing, Finding::NoMonitoring)
    );
}

#[test]
fn measurements_without_a_review_or_a_kpi_never_measured_are_partly_met() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| o.reviews.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Partly, Finding::NoReviewYet)
    );
    let (mut workspace, id) = complete(&mut ids);
    let silent = Kpi {
        frequency: Some(Frequency::Quarterly),
        ..Kpi::named(KpiId::new(&mut ids), "Knowledge articles used")
    };
    edit(&mut workspace, id, |o| o.kpis.push(silent));
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::NotMeasuredYet {
                kpi: "Knowledge articles used".into()
            }
        )
    );
}

#[test]
fn an_overdue_measurement_is_partly_met_with_the_kpi_and_the_date() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.kpis[0].measurements[0].date = date(2026, 10, 20)
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::MeasurementOverdue {
                kpi: "First response time".into(),
                due: date(2026, 11, 20)
            }
        )
    );
    // Due today is not overdue.
    edit(&mut workspace, id, |o| {
        o.kpis[0].measurements[0].date = date(2026, 10, 24)
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored).0,
        ItemState::Met
    );
    // A draft is not yet pursued, so nothing is overdue for it.
    edit(&mut workspace, id, |o| {
        o.kpis[0].measurements[0].date = date(2026, 1, 1);
        o.status = Status::Draft;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored).0,
        ItemState::Met
    );
}

#[test]
fn an_overdue_review_and_missing_arrangements_are_partly_met() {
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
        o.monitoring.next_review = None;
        o.monitoring.frequency = None;
        o.kpis[0].frequency = None;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::MonitoringIncomplete {
                missing: vec![
                    MonitoringPart::MeasurementFrequency,
                    MonitoringPart::ReviewSchedule
                ]
            }
        )
    );
}

#[test]
fn the_monitoring_method_and_who_monitors_are_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.monitoring.method.clear();
        o.monitoring.responsible.clear();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored).0,
        ItemState::Met
    );
    assert_eq!(
        practice(&workspace, id, CheckItem::Monitored),
        vec![Practice::MonitoringDetails {
            missing: vec![MonitoringPart::Method, MonitoringPart::Responsible]
        }]
    );
}

// ----- 6.2.1 e) communicated -----

#[test]
fn communication_needs_a_record_and_the_plan_is_good_practice() {
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
    edit(&mut workspace, id, |o| {
        o.communication = CommunicationPlan::default()
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated).0,
        ItemState::Met
    );
    assert_eq!(
        practice(&workspace, id, CheckItem::Communicated),
        vec![Practice::NoCommunicationPlan {
            missing: vec![CommunicationPart::Audiences, CommunicationPart::Channels]
        }]
    );
    // A plan without a record is not communication.
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    workspace.communications.clear();
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (ItemState::Missing, Finding::NotCommunicated)
    );
}

#[test]
fn a_change_since_the_last_communication_is_partly_met() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    let changed = Timestamp::parse("2026-11-12T08:00:00Z").unwrap_or_default();
    edit(&mut workspace, id, |o| {
        o.revisions.push(Revision {
            number: 2,
            at: changed,
            reason: RevisionReason::ReviewDecision,
            note: String::new(),
            approved_by: "Director".into(),
            changes: Vec::new(),
        })
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (
            ItemState::Partly,
            Finding::ChangedSinceCommunicated {
                last: date(2026, 11, 10),
                changed: date(2026, 11, 12)
            }
        )
    );
    // Communicated again on the day of the change (or later): met again.
    workspace.communications[0].date = date(2026, 11, 12);
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated).0,
        ItemState::Met
    );
}

// ----- 6.2.1 f) updated -----

#[test]
fn updating_needs_a_cadence_that_is_kept() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (
            ItemState::Met,
            Finding::UpdateCadenceKept {
                due: date(2027, 1, 1)
            }
        )
    );
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
    // Triggers alone do not keep an objective up to date.
    edit(&mut workspace, id, |o| o.updating.review_cadence = None);
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Partly, Finding::NoUpdateCadence)
    );
    edit(&mut workspace, id, |o| o.updating = UpdatePolicy::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Missing, Finding::NoUpdateRules)
    );
}

#[test]
fn an_open_revision_is_flagged_and_triggers_are_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| {
        o.revisions.push(Revision {
            number: 2,
            at: Timestamp::parse("2026-11-05T08:00:00Z").unwrap_or_default(),
            reason: RevisionReason::Unstated,
            note: String::new(),
            approved_by: String::new(),
            changes: Vec::new(),
        })
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Partly, Finding::OpenRevision { number: 2 })
    );
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.updating.triggers.clear());
    assert_eq!(check(&workspace, id, CheckItem::Updated).0, ItemState::Met);
    assert_eq!(
        practice(&workspace, id, CheckItem::Updated),
        vec![Practice::NoUpdateTriggers]
    );
}

// ----- documented information -----

#[test]
fn documented_information_needs_an_approved_objective_in_force_with_revisions() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (
            ItemState::Met,
            Finding::Approved {
                by: "Director".into(),
                on: date(2026, 11, 2)
            }
        )
    );
    edit(&mut workspace, id, |o| o.approval.approved_on = None);
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (
            ItemState::Partly,
            Finding::NotApproved {
                missing: vec![ApprovalPart::On]
            }
        )
    );
    edit(&mut workspace, id, |o| o.approval = Approval::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (
            ItemState::Partly,
            Finding::NotApproved {
                missing: vec![ApprovalPart::By, ApprovalPart::On]
            }
        )
    );
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
fn a_change_after_the_approval_needs_its_own_approver() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    let later = Revision {
        number: 2,
        at: Timestamp::parse("2026-11-06T08:00:00Z").unwrap_or_default(),
        reason: RevisionReason::Correction,
        note: "Typo".into(),
        approved_by: String::new(),
        changes: Vec::new(),
    };
    edit(&mut workspace, id, |o| o.revisions.push(later));
    assert_eq!(
        check(&workspace, id, CheckItem::Documented),
        (
            ItemState::Partly,
            Finding::ChangedSinceApproval { number: 2 }
        )
    );
    edit(&mut workspace, id, |o| {
        o.revisions[1].approved_by = "Director".into()
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Documented).0,
        ItemState::Met
    );
}

// ----- 6.2.2 -----

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
fn actions_are_required_and_the_plans_approval_is_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Actions),
        (ItemState::Met, Finding::ActionsPlanned { count: 1 })
    );
    edit_plan(&mut workspace, id, |plan| plan.approval.approved_by.clear());
    assert_eq!(check(&workspace, id, CheckItem::Actions).0, ItemState::Met);
    assert_eq!(
        practice(&workspace, id, CheckItem::Actions),
        vec![Practice::PlanNotApproved {
            missing: vec![ApprovalPart::By]
        }]
    );
    edit_plan(&mut workspace, id, |plan| plan.actions.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Actions),
        (ItemState::Missing, Finding::NoActions)
    );
}

#[test]
fn an_objective_off_track_without_a_corrective_action_is_a_good_practice_gap() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let off = review(&mut ids, date(2026, 11, 18), ReviewResult::OffTrack);
    edit(&mut workspace, id, |o| o.reviews.push(off));
    assert_eq!(check(&workspace, id, CheckItem::Actions).0, ItemState::Met);
    assert_eq!(
        practice(&workspace, id, CheckItem::Actions),
        vec![Practice::NoCorrectiveAction]
    );
    let corrective = Action {
        corrective: true,
        ..action(&mut ids, "Add a second shift", Some(date(2027, 1, 31)))
    };
    edit_plan(&mut workspace, id, |plan| plan.actions.push(corrective));
    assert!(practice(&workspace, id, CheckItem::Actions).is_empty());
    // A KPI off track says the same as a review that found it so.
    let (mut workspace, id) = complete(&mut ids);
    edit(&mut workspace, id, |o| {
        o.created = Timestamp::parse("2026-01-01T00:00:00Z").unwrap_or_default();
        o.kpis[0].target_date = Some(date(2026, 12, 1));
        o.kpis[0].measurements[0].value = 15.0;
    });
    assert_eq!(
        practice(&workspace, id, CheckItem::Actions),
        vec![Practice::NoCorrectiveAction]
    );
}

#[test]
fn resources_named_are_required_and_amounts_and_approval_good_practice() {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (ItemState::Met, Finding::ResourcesNamed)
    );
    let bare = Action {
        resources: Vec::new(),
        ..action(&mut ids, "Write a knowledge base", Some(date(2027, 4, 30)))
    };
    edit_plan(&mut workspace, id, |plan| plan.actions.push(bare));
    assert_eq!(
        check(&workspace, id, CheckItem::Resources),
        (
            ItemState::Partly,
            Finding::ActionsWithoutResources { count: 1 }
        )
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.actions[1].resources.push(Resource {
            description: "Senior agents' time".into(),
            ..Resource::default()
        })
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Resources).0,
        ItemState::Met
    );
    assert_eq!(
        practice(&workspace, id, CheckItem::Resources),
        vec![
            Practice::ResourcesWithoutAmount { count: 1 },
            Practice::ResourcesNotApproved { count: 1 }
        ]
    );
    edit_plan(&mut workspace, id, |plan| {
        for action in &mut plan.actions {
            action.resources.clear();
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
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Met, Finding::ResponsibleComplete)
    );
    edit(&mut workspace, id, |o| o.owner.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Partly, Finding::NoObjectiveOwner)
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.actions[0].responsible.clear()
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
fn a_plan_without_actions_never_says_that_0_actions_lack_someone() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit_plan(&mut workspace, id, |plan| plan.actions.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Met, Finding::OwnerResponsible)
    );
    edit(&mut workspace, id, |o| o.owner.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Responsible),
        (ItemState::Missing, Finding::NoResponsible)
    );
}

#[test]
fn due_dates_are_required_and_fitting_the_target_date_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Timing),
        (ItemState::Met, Finding::TimingComplete)
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.actions[0].due = Some(date(2027, 7, 1))
    });
    assert_eq!(check(&workspace, id, CheckItem::Timing).0, ItemState::Met);
    assert_eq!(
        practice(&workspace, id, CheckItem::Timing),
        vec![Practice::ActionsAfterTarget {
            count: 1,
            target: date(2027, 6, 30)
        }]
    );
    // On the target date itself is on time.
    edit_plan(&mut workspace, id, |plan| {
        plan.actions[0].due = Some(date(2027, 6, 30))
    });
    assert!(practice(&workspace, id, CheckItem::Timing).is_empty());
    let mut ids = SequentialIds::starting_at(500);
    let undated = action(&mut ids, "Train agents", None);
    edit_plan(&mut workspace, id, |plan| plan.actions.push(undated));
    assert_eq!(
        check(&workspace, id, CheckItem::Timing),
        (
            ItemState::Partly,
            Finding::ActionsWithoutDueDate { count: 1 }
        )
    );
    edit_plan(&mut workspace, id, |plan| plan.actions[0].due = None);
    assert_eq!(
        check(&workspace, id, CheckItem::Timing),
        (ItemState::Missing, Finding::NoDueDates)
    );
}

#[test]
fn evaluation_needs_a_method_and_success_criteria_and_the_rest_is_good_practice() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    assert_eq!(
        check(&workspace, id, CheckItem::Evaluation),
        (ItemState::Met, Finding::EvaluationDefined)
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.evaluation.evaluator.clear();
        plan.evaluation.date = None;
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Evaluation).0,
        ItemState::Met
    );
    assert_eq!(
        practice(&workspace, id, CheckItem::Evaluation),
        vec![Practice::EvaluationDetails {
            missing: vec![EvaluationPart::Evaluator, EvaluationPart::Date]
        }]
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.evaluation.success_criteria.clear()
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Evaluation),
        (
            ItemState::Partly,
            Finding::EvaluationIncomplete {
                missing: vec![EvaluationPart::SuccessCriteria]
            }
        )
    );
    edit_plan(&mut workspace, id, |plan| plan.evaluation.method.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Evaluation),
        (ItemState::Missing, Finding::NoEvaluation)
    );
}

#[test]
fn an_evaluation_date_that_passed_without_a_result_is_a_good_practice_gap() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit_plan(&mut workspace, id, |plan| {
        plan.evaluation.date = Some(date(2026, 11, 20))
    });
    assert_eq!(
        practice(&workspace, id, CheckItem::Evaluation),
        vec![Practice::NoEvaluationResult]
    );
    edit_plan(&mut workspace, id, |plan| {
        plan.evaluation.result = Some(EvaluationResult {
            date: date(2026, 11, 21),
            criteria_met: false,
            findings: "Median still 9 minutes".into(),
        })
    });
    assert!(practice(&workspace, id, CheckItem::Evaluation).is_empty());
}

// ----- plans delivered through child objectives -----

/// S1 delivered through its children T1 and T2; T1 has a plan, T2 has not.
fn through_children() -> (Workspace, ObjectiveId, ObjectiveId) {
    let mut ids = SequentialIds::default();
    let (mut workspace, planned) = complete(&mut ids);
    let stamp = Timestamp::parse("2026-11-01T09:00:00Z").unwrap_or_default();
    let mut parent = Objective::new(
        ObjectiveId::new(&mut ids),
        "S1",
        "Grow",
        Level::Strategic,
        stamp,
    );
    parent.owner = "Director".into();
    parent.plan = Some(Plan {
        through_children: true,
        ..Plan::default()
    });
    let unplanned = Objective::new(
        ObjectiveId::new(&mut ids),
        "T2",
        "Keep",
        Level::Tactical,
        stamp,
    );
    let (parent_id, unplanned_id) = (parent.id, unplanned.id);
    edit(&mut workspace, planned, |o| o.parent = Some(parent_id));
    workspace.objectives.push(parent);
    workspace.objectives.push(Objective {
        parent: Some(parent_id),
        ..unplanned
    });
    (workspace, parent_id, unplanned_id)
}

#[test]
fn a_parent_delivered_through_its_children_meets_6_2_2_when_they_are_planned() {
    let (mut workspace, parent, unplanned) = through_children();
    for item in CheckItem::PLAN {
        assert_eq!(
            check(&workspace, parent, item),
            (
                ItemState::Partly,
                Finding::ChildrenNotPlanned { count: 1, total: 2 }
            ),
            "{item:?}"
        );
    }
    // A cancelled child no longer counts.
    edit(&mut workspace, unplanned, |o| o.status = Status::Cancelled);
    for item in CheckItem::PLAN {
        assert_eq!(
            check(&workspace, parent, item),
            (ItemState::Met, Finding::ThroughChildren { count: 1 }),
            "{item:?}"
        );
    }
    // The parent's own owner is still who answers for it.
    edit(&mut workspace, parent, |o| o.owner.clear());
    assert_eq!(
        check(&workspace, parent, CheckItem::Responsible),
        (ItemState::Partly, Finding::NoObjectiveOwner)
    );
    // The same in the register check, which looks children up once.
    let register = check_register(&workspace, today());
    let parent_check = register.objectives.iter().find(|c| c.objective == parent);
    assert_eq!(
        parent_check.map(|c| c.state(CheckItem::Actions)),
        Some(ItemState::Met)
    );
}

#[test]
fn a_child_delivered_through_its_own_children_counts_when_they_are_planned() {
    let (mut workspace, parent, unplanned) = through_children();
    let stamp = Timestamp::parse("2026-11-01T09:00:00Z").unwrap_or_default();
    let mut ids = SequentialIds::starting_at(800);
    edit(&mut workspace, unplanned, |o| {
        o.plan = Some(Plan {
            through_children: true,
            ..Plan::default()
        })
    });
    assert_eq!(
        check(&workspace, unplanned, CheckItem::Actions),
        (ItemState::Missing, Finding::ThroughChildrenWithoutChildren)
    );
    let mut grandchild = Objective::new(
        ObjectiveId::new(&mut ids),
        "O7",
        "Fix",
        Level::Operational,
        stamp,
    );
    grandchild.parent = Some(unplanned);
    grandchild.plan = Some(Plan {
        actions: vec![action(&mut ids, "Patch", Some(date(2027, 1, 1)))],
        ..Plan::default()
    });
    workspace.objectives.push(grandchild);
    assert_eq!(
        check(&workspace, parent, CheckItem::Actions),
        (ItemState::Met, Finding::ThroughChildren { count: 2 })
    );
    // Every child without a plan: missing.
    for objective in workspace.objectives.iter_mut() {
        if objective.parent == Some(parent) {
            objective.plan = None;
        }
    }
    assert_eq!(
        check(&workspace, parent, CheckItem::Actions),
        (
            ItemState::Missing,
            Finding::ChildrenNotPlanned { count: 2, total: 2 }
        )
    );
}

// ----- closed objectives -----

/// The complete objective closed as achieved by a review long ago: the review cleared the
/// next review date (as the app does), and its update cadence and measurement frequency
/// would both be overdue by now if it were still active.
fn closed_long_ago() -> (Workspace, ObjectiveId) {
    let mut ids = SequentialIds::default();
    let (mut workspace, id) = complete(&mut ids);
    let closing = Review {
        decision: ReviewDecision::CloseAchieved,
        ..review(&mut ids, date(2026, 11, 16), ReviewResult::OnTrack)
    };
    edit(&mut workspace, id, |o| {
        o.status = Status::Achieved;
        o.monitoring.next_review = None;
        o.reviews.push(closing);
        o.updating.last_reviewed = Some(date(2026, 11, 16));
        o.revisions.push(Revision {
            number: 2,
            at: Timestamp::parse("2026-11-16T10:00:00Z").unwrap_or_default(),
            reason: RevisionReason::ReviewDecision,
            note: String::new(),
            approved_by: "Service manager".into(),
            changes: Vec::new(),
        });
    });
    (workspace, id)
}

#[test]
fn a_closed_objective_is_judged_on_its_records_not_on_what_would_come_next() {
    let (workspace, id) = closed_long_ago();
    let later = date(2028, 1, 1);
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    let check = check_objective(&workspace, &objective, later);
    assert_eq!(
        check.result(CheckItem::Monitored).map(|r| &r.finding),
        Some(&Finding::MonitoredOn {
            measured: Some(date(2026, 11, 20)),
            reviewed: date(2026, 11, 16)
        })
    );
    assert_eq!(
        check.result(CheckItem::Updated).map(|r| &r.finding),
        Some(&Finding::UpdatesRecorded { count: 2 })
    );
    // Changed (closed) after it was last communicated: that is history, not a gap.
    assert_eq!(
        check.result(CheckItem::Communicated).map(|r| &r.finding),
        Some(&Finding::CommunicatedOn {
            last: date(2026, 11, 10)
        })
    );
    for result in &check.results {
        assert_eq!(
            result.state,
            ItemState::Met,
            "{:?}: {:?}",
            result.item,
            result.finding
        );
    }
    // The evaluation's result is the record a closed objective should keep.
    assert_eq!(
        check
            .result(CheckItem::Evaluation)
            .map(|r| r.practice.clone()),
        Some(vec![Practice::NoEvaluationResult])
    );
    // No communication plan is asked of it any more.
    let mut without_plan = workspace.clone();
    edit(&mut without_plan, id, |o| {
        o.communication = CommunicationPlan::default()
    });
    assert!(practice(&without_plan, id, CheckItem::Communicated).is_empty());
}

#[test]
fn a_closed_objective_without_records_misses_them() {
    let (mut workspace, id) = closed_long_ago();
    edit(&mut workspace, id, |o| {
        o.reviews.clear();
        o.kpis[0].measurements.clear();
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Missing, Finding::NoMonitoringRecords)
    );
    let (mut workspace, id) = closed_long_ago();
    edit(&mut workspace, id, |o| o.reviews.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (ItemState::Partly, Finding::NoReviewYet)
    );
    let (mut workspace, id) = closed_long_ago();
    edit(&mut workspace, id, |o| o.kpis[0].measurements.clear());
    assert_eq!(
        check(&workspace, id, CheckItem::Monitored),
        (
            ItemState::Partly,
            Finding::NotMeasuredYet {
                kpi: "First response time".into()
            }
        )
    );
    let (mut workspace, id) = closed_long_ago();
    workspace.communications.clear();
    assert_eq!(
        check(&workspace, id, CheckItem::Communicated),
        (ItemState::Missing, Finding::NotCommunicated)
    );
    edit(&mut workspace, id, |o| {
        o.revisions[1].reason = RevisionReason::Unstated
    });
    assert_eq!(
        check(&workspace, id, CheckItem::Updated),
        (ItemState::Partly, Finding::OpenRevision { number: 2 })
    );
}

// ----- the register -----

#[test]
fn the_register_reports_relevant_levels_and_functions_its_approval_and_alignment() {
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
        check.findings.register_not_approved,
        vec![ApprovalPart::By, ApprovalPart::On]
    );
    assert_eq!(
        check.findings.unaligned,
        vec![id],
        "an operational objective without a parent or a link"
    );
    assert!(!check.findings.required_clear());

    // Marks with a reason take levels and functions out; a mark without one does not.
    workspace.organisation.levels_not_relevant = vec![
        LevelNotRelevant {
            level: Level::Tactical,
            reason: "Too small for a middle level".into(),
        },
        LevelNotRelevant {
            level: Level::Strategic,
            reason: " ".into(),
        },
    ];
    workspace.organisation.functions_not_relevant = vec![FunctionNotRelevant {
        function: "finance ".into(),
        reason: "Buys no services".into(),
    }];
    workspace.organisation.document.approved_by = "CEO".into();
    workspace.organisation.document.approved_on = Some(date(2026, 1, 15));
    let check = check_register(&workspace, today());
    assert_eq!(check.findings.empty_levels, vec![Level::Strategic]);
    assert!(check.findings.functions_without_objectives.is_empty());
    assert!(check.findings.register_not_approved.is_empty());

    // An "also contributes to" link aligns an objective as well as a parent does.
    let stamp = Timestamp::parse("2026-11-01T09:00:00Z").unwrap_or_default();
    let top = Objective::new(
        ObjectiveId::new(&mut ids),
        "S1",
        "Grow",
        Level::Strategic,
        stamp,
    );
    let top_id = top.id;
    workspace.objectives.push(top);
    edit(&mut workspace, id, |o| {
        o.contributes_to = vec![Contribution {
            objective: top_id,
            weight: None,
        }]
    });
    let check = check_register(&workspace, today());
    assert!(check.findings.unaligned.is_empty());
    assert!(check.findings.is_clear(), "{:?}", check.findings);
}

#[test]
fn closed_objectives_set_no_current_direction_for_levels_and_functions() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    workspace.organisation.functions = vec!["Service desk".into()];
    edit(&mut workspace, id, |o| {
        o.function = "Service desk".into();
        o.status = Status::Achieved;
    });
    let check = check_register(&workspace, today());
    assert_eq!(
        check.objectives.len(),
        1,
        "closed with a result: still checked"
    );
    assert!(check.findings.empty_levels.contains(&Level::Operational));
    assert_eq!(
        check.findings.functions_without_objectives,
        ["Service desk"]
    );
}

#[test]
fn cancelled_objectives_are_left_out_of_the_register_check() {
    let (mut workspace, id) = complete(&mut SequentialIds::default());
    edit(&mut workspace, id, |o| o.status = Status::Cancelled);
    let check = check_register(&workspace, today());
    assert!(check.objectives.is_empty());
    assert_eq!(check.score.applicable, 0);
    assert_eq!(check.score.percent(), 0);
    assert_eq!(check.practice, 0);
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
        check.score.met * 100 >= check.score.applicable * 90,
        "{:?}",
        check.score
    );
}

#[test]
fn a_closed_objective_not_achieved_asks_for_nothing_forward_looking() {
    let (mut workspace, id) = closed_long_ago();
    // Closed as not achieved, off track by its last review, with its update rules and
    // measurement frequency gone: nothing of that is to come any more.
    let mut ids = SequentialIds::starting_at(900);
    let off = review(&mut ids, date(2026, 11, 17), ReviewResult::OffTrack);
    edit(&mut workspace, id, |o| {
        o.status = Status::NotAchieved;
        o.reviews.push(off);
        o.updating = UpdatePolicy::default();
        o.monitoring = Monitoring::default();
        o.kpis[0].frequency = None;
    });
    let later = date(2028, 1, 1);
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    let check = check_objective(&workspace, &objective, later);
    for result in &check.results {
        assert_eq!(
            result.state,
            ItemState::Met,
            "{:?}: {:?}",
            result.item,
            result.finding
        );
    }
    let notes: Vec<Practice> = check
        .results
        .iter()
        .flat_map(|r| r.practice.clone())
        .collect();
    assert_eq!(
        notes,
        vec![Practice::NoEvaluationResult],
        "no corrective action, monitoring details or update triggers asked of it"
    );
    // The same objective still active is judged on what comes next.
    edit(&mut workspace, id, |o| o.status = Status::Active);
    let objective = workspace
        .objective(id)
        .cloned()
        .unwrap_or_else(|| panic!("objective"));
    let check = check_objective(&workspace, &objective, later);
    assert_eq!(check.state(CheckItem::Updated), ItemState::Missing);
    assert_eq!(check.state(CheckItem::Monitored), ItemState::Partly);
    assert!(check
        .result(CheckItem::Actions)
        .is_some_and(|r| r.practice.contains(&Practice::NoCorrectiveAction)));
}

#[test]
fn unplanned_children_read_as_none_when_no_child_is_planned() {
    let none = Finding::ChildrenNotPlanned { count: 2, total: 2 };
    assert_eq!(
        describe_finding(Lang::En, &none),
        "None of the 2 child objectives that deliver the plan has a plan yet."
    );
    let only = Finding::ChildrenNotPlanned { count: 1, total: 1 };
    assert_eq!(
        describe_finding(Lang::En, &only),
        "The child objective that delivers the plan has no plan yet."
    );
    assert_eq!(
        describe_finding(Lang::ZhHans, &only),
        "负责实现计划的 1 个下级目标尚无计划。"
    );
    let some = Finding::ChildrenNotPlanned { count: 1, total: 3 };
    assert_eq!(
        describe_finding(Lang::En, &some),
        "1 of the 3 child objectives that deliver the plan has no plan yet."
    );
}
