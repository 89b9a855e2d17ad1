//! Native tests of the stored format: a golden fixture per schema version must decode (through
//! the migration chain) to the expected workspace, and today's writer must produce exactly the
//! current version's fixture, so any change to the format is noticed.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::ids::{IdSource, SequentialIds};
use sixtwo::domain::model::*;
use sixtwo::domain::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use sixtwo::io::envelope::{decode, encode_stored, SCHEMA_VERSION};
use sixtwo::io::migrate::MIGRATIONS;
use std::path::PathBuf;

fn fixture_path(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("schema-v{version}.json"))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// A workspace that uses every record type and field of the current schema version. Records
/// added in later versions take their ids after the older ones, so that the older fixtures
/// keep theirs.
fn every_field(ids: &mut dyn IdSource) -> Workspace {
    let stamp = Timestamp::from_unix_seconds(1_764_000_000);
    let policy = PolicyStatement {
        id: PolicyId::new(ids),
        reference: "P1".into(),
        text: "Meet agreed service levels.".into(),
    };
    let requirement = Requirement {
        id: RequirementId::new(ids),
        reference: "SLA-B".into(),
        title: "Incident response times".into(),
        source: RequirementSource::Contract,
        notes: "Schedule B".into(),
    };
    let parent = Objective::new(
        ObjectiveId::new(ids),
        "S1",
        "提升客户满意度",
        Level::Strategic,
        stamp,
    );
    let mut child = Objective::new(
        ObjectiveId::new(ids),
        "T1.2",
        "Cut MTTR",
        Level::Tactical,
        stamp,
    );
    child.description = "Restore faster.".into();
    child.parent = Some(parent.id);
    child.parent_link = "Availability drives satisfaction.".into();
    child.function = "Operations".into();
    child.owner = "Head of operations".into();
    child.status = Status::Active;
    child.policy_links = vec![policy.id];
    child.requirement_links = vec![requirement.id];
    child.no_requirements_reason = None;
    child.kpis = vec![Kpi {
        id: KpiId::new(ids),
        name: "MTTR".into(),
        unit: "minutes".into(),
        baseline: Some(40.0),
        target: Some(15.0),
        target_upper: None,
        direction: Direction::LowerIsBetter,
        boundary: Boundary::Exclusive,
        data_source: "ITSM tool".into(),
        method: "Mean of restore times".into(),
        frequency: Some(Frequency::Monthly),
        target_date: Some(date(2027, 6, 30)),
        weight: Some(2.0),
        measurements: vec![Measurement {
            id: RecordId::new(ids),
            date: date(2026, 10, 31),
            value: 31.5,
            note: "After the new runbooks".into(),
            recorded_by: "Lee".into(),
        }],
    }];
    child.monitoring = Monitoring {
        frequency: Some(Frequency::Monthly),
        method: "Service review".into(),
        responsible: "Lee".into(),
        next_review: Some(date(2026, 12, 15)),
    };
    child.communication = CommunicationPlan {
        audiences: vec!["Service teams".into()],
        channels: vec!["Team meeting".into()],
        when: "Monthly".into(),
        by_whom: "Head of operations".into(),
    };
    child.updating = UpdatePolicy {
        review_cadence: Some(Frequency::Quarterly),
        triggers: vec![UpdateTrigger::ServiceChange, UpdateTrigger::MissedTarget],
        last_reviewed: Some(date(2026, 9, 30)),
    };
    child.plan = Some(Plan {
        actions: vec![Action {
            id: RecordId::new(ids),
            what: "Write runbooks".into(),
            responsible: "Lee".into(),
            start: Some(date(2026, 11, 1)),
            due: Some(date(2027, 2, 28)),
            resources: vec![Resource {
                kind: ResourceKind::People,
                description: "Engineers".into(),
                amount: "20 days".into(),
                approved: true,
            }],
            status: ActionStatus::InProgress,
            corrective: true,
        }],
        evaluation: Evaluation {
            method: "Compare monthly MTTR".into(),
            success_criteria: "Under 15 minutes for 3 months".into(),
            evaluator: "Service manager".into(),
            date: Some(date(2027, 7, 15)),
            result: Some(EvaluationResult {
                date: date(2027, 7, 20),
                criteria_met: true,
                findings: "Under 15 minutes since April".into(),
            }),
        },
        through_children: false,
        approval: Approval {
            approved_by: "Service manager".into(),
            approved_on: Some(date(2026, 10, 30)),
        },
    });
    child.reviews = vec![Review {
        id: RecordId::new(ids),
        date: date(2026, 10, 31),
        reviewer: "Service manager".into(),
        result: ReviewResult::AtRisk,
        findings: "Slow progress".into(),
        decision: ReviewDecision::ChangePlan,
        next_review: Some(date(2026, 11, 30)),
    }];
    child.revisions = vec![Revision {
        number: 2,
        at: stamp,
        reason: RevisionReason::ReviewDecision,
        note: "Target tightened".into(),
        approved_by: "Director".into(),
        changes: vec![FieldChange {
            field: "kpis[0].target".into(),
            old: "20".into(),
            new: "15".into(),
        }],
    }];
    let communication = Communication {
        id: RecordId::new(ids),
        date: date(2026, 11, 5),
        objectives: vec![child.id],
        audience: "Service teams".into(),
        channel: "Town hall".into(),
        by_whom: "Head of operations".into(),
        summary: "New MTTR target".into(),
        acknowledged_on: Some(date(2026, 11, 6)),
    };
    // Added in schema version 2.
    let mut parent = parent;
    parent.plan = Some(Plan {
        through_children: true,
        ..Plan::default()
    });
    parent.kpis = vec![Kpi {
        direction: Direction::Milestone,
        target_date: Some(date(2027, 6, 30)),
        ..Kpi::named(KpiId::new(ids), "Certification audit passed")
    }];
    let mut sibling = Objective::new(
        ObjectiveId::new(ids),
        "S2",
        "Lead in service innovation",
        Level::Strategic,
        stamp,
    );
    sibling.status = Status::Active;
    child.contributes_to = vec![Contribution {
        objective: sibling.id,
        weight: Some(0.5),
    }];
    child.approval = Approval {
        approved_by: "Director".into(),
        approved_on: Some(date(2026, 10, 1)),
    };
    Workspace {
        organisation: Organisation {
            name: "Acme IT".into(),
            scope: "Managed services".into(),
            functions: vec!["Operations".into(), "Finance".into()],
            functions_not_relevant: vec![FunctionNotRelevant {
                function: "Finance".into(),
                reason: "Buys no services".into(),
            }],
            levels_not_relevant: vec![LevelNotRelevant {
                level: Level::Operational,
                reason: "Too small".into(),
            }],
            document: DocumentControl {
                title: "Objectives".into(),
                version: "1.0".into(),
                owner: "SMO".into(),
                approved_by: "CEO".into(),
                approved_on: Some(date(2026, 1, 15)),
            },
        },
        policy: vec![policy],
        requirements: vec![requirement],
        objectives: vec![parent, child, sibling],
        communications: vec![communication],
        settings: Settings {
            at_risk_below: Some(0.9),
            off_track_below: Some(0.7),
        },
    }
}

fn expected() -> Workspace {
    every_field(&mut SequentialIds::default())
}

/// What a document of `version` holds: the current workspace without the fields and records
/// added after that version.
fn expected_in(version: u32) -> Workspace {
    let mut workspace = expected();
    if version >= 2 {
        return workspace;
    }
    let organisation = &mut workspace.organisation;
    organisation.functions.retain(|f| f != "Finance");
    organisation.functions_not_relevant.clear();
    organisation.levels_not_relevant.clear();
    workspace.objectives.retain(|o| o.code != "S2");
    for objective in &mut workspace.objectives {
        objective.contributes_to.clear();
        objective.approval = Approval::default();
        if objective.code == "S1" {
            objective.plan = None;
            objective.kpis.clear();
        }
        for kpi in &mut objective.kpis {
            kpi.boundary = Boundary::Inclusive;
        }
        if let Some(plan) = objective.plan.as_mut() {
            plan.approval = Approval::default();
            plan.evaluation.result = None;
            for action in &mut plan.actions {
                action.corrective = false;
            }
        }
    }
    workspace
}

fn current_fixture_text() -> String {
    let text = encode_stored(&expected(), 12, Timestamp::from_unix_seconds(1_764_000_100));
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let mut pretty = serde_json::to_string_pretty(&value).expect("printable");
    pretty.push('\n');
    pretty
}

#[test]
fn every_schema_version_has_a_golden_fixture() {
    for version in 1..=SCHEMA_VERSION {
        assert!(
            fixture_path(version).exists(),
            "add tests/fixtures/schema-v{version}.json for schema version {version}"
        );
    }
    assert_eq!(MIGRATIONS.len() + 1, SCHEMA_VERSION as usize);
}

#[test]
fn every_fixture_decodes_to_the_expected_workspace() {
    for version in 1..=SCHEMA_VERSION {
        let text = std::fs::read_to_string(fixture_path(version)).expect("fixture readable");
        let decoded = decode(&text).unwrap_or_else(|e| panic!("schema v{version}: {e:?}"));
        assert_eq!(decoded.workspace, expected_in(version), "schema v{version}");
        let migrated = (version < SCHEMA_VERSION).then_some(version);
        assert_eq!(decoded.migrated_from, migrated);
    }
}

#[test]
fn the_writer_produces_the_current_fixture_exactly() {
    let committed = std::fs::read_to_string(fixture_path(SCHEMA_VERSION)).unwrap_or_default();
    let written = current_fixture_text();
    if std::env::var_os("SIXTWO_BLESS").is_some() {
        std::fs::write(fixture_path(SCHEMA_VERSION), &written).expect("fixture written");
        return;
    }
    assert_eq!(
        committed, written,
        "the stored format changed: bump SCHEMA_VERSION with a migration, or (if this is a \
         compatible addition) regenerate with SIXTWO_BLESS=1 cargo test --test migrations"
    );
}
