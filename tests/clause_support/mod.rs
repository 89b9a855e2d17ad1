//! Builders shared by the clause 6.2 check's test crates (the conformity rules, the gap fixes):
//! dates, records and an objective that meets every required item and every good practice.

#![allow(dead_code)]

use chrono::NaiveDate;
use sixtwo::domain::command::first_revision;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The day every check of these tests runs on.
pub fn today() -> NaiveDate {
    date(2026, 11, 24)
}

pub fn measurement(ids: &mut SequentialIds, on: NaiveDate, value: f64) -> Measurement {
    Measurement {
        id: RecordId::new(ids),
        date: on,
        value,
        note: String::new(),
        recorded_by: "Lead".into(),
    }
}

pub fn review(ids: &mut SequentialIds, on: NaiveDate, result: ReviewResult) -> Review {
    Review {
        id: RecordId::new(ids),
        date: on,
        reviewer: "Service manager".into(),
        result,
        findings: "On course".into(),
        decision: ReviewDecision::Continue,
        next_review: None,
    }
}

/// An action with someone responsible and an approved resource.
pub fn action(ids: &mut SequentialIds, what: &str, due: Option<NaiveDate>) -> Action {
    Action {
        id: RecordId::new(ids),
        what: what.into(),
        responsible: "Lead".into(),
        start: None,
        due,
        resources: vec![Resource {
            kind: ResourceKind::Tool,
            description: "Chat module".into(),
            amount: "20 licences".into(),
            approved: true,
        }],
        status: ActionStatus::Planned,
        corrective: false,
    }
}

/// A KPI with a unit, a baseline, a target, a target date, a method and a recent measurement.
pub fn measured_kpi(ids: &mut SequentialIds, name: &str) -> Kpi {
    Kpi {
        unit: "minutes".into(),
        baseline: Some(15.0),
        target: Some(5.0),
        direction: Direction::LowerIsBetter,
        method: "Median first response".into(),
        frequency: Some(Frequency::Monthly),
        target_date: Some(date(2027, 6, 30)),
        measurements: vec![measurement(ids, date(2026, 11, 20), 13.0)],
        ..Kpi::named(KpiId::new(ids), name)
    }
}

pub fn communication(ids: &mut SequentialIds, on: NaiveDate, about: ObjectiveId) -> Communication {
    Communication {
        id: RecordId::new(ids),
        date: on,
        objectives: vec![about],
        audience: "Service teams".into(),
        channel: "Team meeting".into(),
        by_whom: "Lead".into(),
        summary: "Targets".into(),
        acknowledged_on: None,
    }
}

/// An objective that meets every required item of 6.2.1 and 6.2.2 and follows every good
/// practice, as of [`today`]: one KPI ("First response time"), one action.
pub fn complete(ids: &mut SequentialIds) -> (Workspace, ObjectiveId) {
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
    objective.approval = Approval {
        approved_by: "Director".into(),
        approved_on: Some(date(2026, 11, 2)),
    };
    objective.policy_links = vec![policy.id];
    objective.requirement_links = vec![requirement.id];
    objective.kpis = vec![measured_kpi(ids, "First response time")];
    objective.monitoring = Monitoring {
        frequency: Some(Frequency::Monthly),
        method: "Team meeting".into(),
        responsible: "Lead".into(),
        next_review: Some(date(2026, 12, 15)),
    };
    objective.reviews = vec![review(ids, date(2026, 11, 15), ReviewResult::OnTrack)];
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
    objective.revisions = vec![first_revision(created)];
    objective.plan = Some(Plan {
        actions: vec![action(ids, "Introduce chat", Some(date(2027, 3, 31)))],
        evaluation: Evaluation {
            method: "Compare weekly medians".into(),
            success_criteria: "Under 5 minutes for 3 months".into(),
            evaluator: "Service manager".into(),
            date: Some(date(2027, 6, 30)),
            result: None,
        },
        through_children: false,
        approval: Approval {
            approved_by: "Director".into(),
            approved_on: Some(date(2026, 11, 3)),
        },
    });
    let id = objective.id;
    let said = communication(ids, date(2026, 11, 10), id);
    let workspace = Workspace {
        policy: vec![policy],
        requirements: vec![requirement],
        objectives: vec![objective],
        communications: vec![said],
        ..Workspace::default()
    };
    (workspace, id)
}

/// Changes objective `id` of `workspace` in place (nothing when there is none).
pub fn edit(workspace: &mut Workspace, id: ObjectiveId, change: impl FnOnce(&mut Objective)) {
    if let Some(objective) = workspace.objectives.iter_mut().find(|o| o.id == id) {
        change(objective);
    }
}
