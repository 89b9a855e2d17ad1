//! Native tests of the stored format: a golden fixture per schema version must decode (through
//! the migration chain) to the expected workspace, and today's writer must produce exactly the
//! current version's fixture, so any change to the format is noticed. A second pair of fixtures
//! holds a workspace and its revision logs as the record commands wrote them: today's commands
//! must write the same from the same script, and both files must still load.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::conformity::CheckItem;
use sixtwo::domain::exercise::{ExerciseLog, LoggedFinding, Severity};
use sixtwo::domain::ids::{IdSource, SequentialIds};
use sixtwo::domain::model::*;
use sixtwo::domain::{
    apply, ChildrenOnDelete, Command, KpiId, ObjectiveEdit, ObjectiveId, PolicyId, RecordId,
    RequirementId, TopLevel,
};
use sixtwo::io::envelope::{decode, encode_export, encode_stored, SCHEMA_VERSION};
use sixtwo::io::import::read_text;
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
    let assessment = Assessment {
        id: RecordId::new(ids),
        date: date(2026, 11, 20),
        assessor: "Service manager".into(),
        answers: vec![
            Answer {
                question: Question::Monitored,
                level: AnswerLevel::Partly,
                note: "Reviews are late".into(),
                action: ImprovementAction {
                    what: "Hold the monthly reviews".into(),
                    who: "SMO".into(),
                    due: Some(date(2027, 1, 31)),
                    added_to: Some(child.id),
                },
            },
            Answer {
                question: Question::ManagementReview,
                level: AnswerLevel::NotApplicable,
                note: "Covered by the group's review".into(),
                action: ImprovementAction::default(),
            },
        ],
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
        assessments: vec![assessment],
        // Added in schema version 3.
        exercise: Some(ExerciseLog {
            exercise: "managed-services-exercise".into(),
            findings: vec![LoggedFinding {
                id: RecordId::new(ids),
                subject: "T1.2".into(),
                item: CheckItem::Resources,
                severity: Severity::Major,
                note: "No resources for the new tool".into(),
            }],
        }),
    }
}

fn expected() -> Workspace {
    every_field(&mut SequentialIds::default())
}

/// What a document of `version` holds: the current workspace without the fields and records
/// added after that version.
fn expected_in(version: u32) -> Workspace {
    let mut workspace = expected();
    if version >= 3 {
        return workspace;
    }
    workspace.assessments.clear();
    workspace.exercise = None;
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

// ----- revision logs written by the record commands -----

fn history_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs the commands of a user who adds, edits and removes every kind of record (policy
/// statements, requirements, KPIs, measurements, reviews, communications) on two objectives,
/// states reasons and reverts, one second apart: what the revision-log fixtures hold.
fn record_history() -> Workspace {
    let mut ids = SequentialIds::default();
    let mut workspace = Workspace::default();
    let mut clock = 1_764_000_000;
    let mut run = |workspace: &mut Workspace, command: Command| {
        clock += 1;
        apply(workspace, command, Timestamp::from_unix_seconds(clock))
            .unwrap_or_else(|e| panic!("the script's command is accepted: {e:?}"));
    };
    let stamp = Timestamp::from_unix_seconds(1_764_000_000);
    let s1 = ObjectiveId::new(&mut ids);
    let o1 = ObjectiveId::new(&mut ids);
    let strategic = Objective::new(s1, "S1", "Satisfied customers", Level::Strategic, stamp);
    let mut operational = Objective::new(o1, "O1", "Cut MTTR", Level::Operational, stamp);
    operational.parent = Some(s1);
    operational.monitoring.frequency = Some(Frequency::Monthly);
    operational.status = Status::Active;
    run(
        &mut workspace,
        Command::CreateObjective(Box::new(strategic)),
    );
    run(
        &mut workspace,
        Command::CreateObjective(Box::new(operational)),
    );

    let p1 = PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P1".into(),
        text: "Meet agreed service levels.".into(),
    };
    let p2 = PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P2".into(),
        text: "Improve continually.".into(),
    };
    let r1 = Requirement {
        id: RequirementId::new(&mut ids),
        reference: "SLA-B".into(),
        title: "Incident response times".into(),
        source: RequirementSource::Contract,
        notes: String::new(),
    };
    let r2 = Requirement {
        id: RequirementId::new(&mut ids),
        reference: "LAW-1".into(),
        title: "Data protection".into(),
        source: RequirementSource::LegalRegulatory,
        notes: String::new(),
    };
    run(&mut workspace, Command::add(TopLevel, p1.clone()));
    run(&mut workspace, Command::add(TopLevel, p2.clone()));
    run(&mut workspace, Command::add(TopLevel, r1.clone()));
    run(&mut workspace, Command::add(TopLevel, r2.clone()));
    let edit = |edit| Command::EditObjective { id: o1, edit };
    run(
        &mut workspace,
        edit(ObjectiveEdit::PolicyLinks(vec![p1.id, p2.id])),
    );
    run(
        &mut workspace,
        edit(ObjectiveEdit::RequirementLinks(vec![r1.id, r2.id])),
    );
    run(
        &mut workspace,
        Command::edit(
            TopLevel,
            PolicyStatement {
                text: "Meet every agreed service level.".into(),
                ..p1
            },
        ),
    );
    run(
        &mut workspace,
        Command::edit(
            TopLevel,
            Requirement {
                notes: "Schedule B".into(),
                ..r1
            },
        ),
    );

    let mttr_id = KpiId::new(&mut ids);
    let mut mttr = Kpi::named(mttr_id, "MTTR");
    mttr.direction = Direction::LowerIsBetter;
    mttr.baseline = Some(40.0);
    mttr.target = Some(20.0);
    let spare = Kpi::named(KpiId::new(&mut ids), "First-time fix");
    run(&mut workspace, Command::add(o1, mttr.clone()));
    run(&mut workspace, Command::add(o1, spare.clone()));
    run(
        &mut workspace,
        Command::StateRevisionReason {
            objective: o1,
            number: 2,
            reason: RevisionReason::ContractChange,
            note: "Schedule B signed".into(),
            approved_by: "Director".into(),
        },
    );
    mttr.target = Some(15.0);
    run(&mut workspace, Command::edit(o1, mttr.clone()));
    run(&mut workspace, Command::remove::<Kpi>(o1, spare.id));
    run(
        &mut workspace,
        Command::StateRevisionReason {
            objective: o1,
            number: 3,
            reason: RevisionReason::ServiceChange,
            note: String::new(),
            approved_by: "Director".into(),
        },
    );

    let measured = |ids: &mut SequentialIds, day: u32, value: f64| Measurement {
        id: RecordId::new(ids),
        date: date(2026, 3, day),
        value,
        note: String::new(),
        recorded_by: "Lee".into(),
    };
    let first = measured(&mut ids, 1, 31.5);
    let second = measured(&mut ids, 15, 28.0);
    let at_kpi = |measurement| Command::add((o1, mttr_id), measurement);
    run(&mut workspace, at_kpi(first.clone()));
    run(&mut workspace, at_kpi(second.clone()));
    run(
        &mut workspace,
        Command::edit(
            (o1, mttr_id),
            Measurement {
                note: "After the new runbooks".into(),
                ..first
            },
        ),
    );
    run(
        &mut workspace,
        Command::remove::<Measurement>((o1, mttr_id), second.id),
    );

    let review = |ids: &mut SequentialIds, day: u32, decision| Review {
        id: RecordId::new(ids),
        date: date(2026, 3, day),
        reviewer: "Service manager".into(),
        result: ReviewResult::OnTrack,
        findings: "Runbooks help.".into(),
        decision,
        next_review: None,
    };
    let march = review(&mut ids, 31, ReviewDecision::Continue);
    let closing = Review {
        date: date(2026, 4, 30),
        ..review(&mut ids, 30, ReviewDecision::CloseAchieved)
    };
    let add_review = |review| Command::add(o1, review);
    run(&mut workspace, add_review(march.clone()));
    run(&mut workspace, add_review(closing.clone()));
    run(
        &mut workspace,
        Command::edit(
            o1,
            Review {
                decision: ReviewDecision::Continue,
                next_review: None,
                ..closing.clone()
            },
        ),
    );
    run(&mut workspace, Command::remove::<Review>(o1, closing.id));

    let told = Communication {
        id: RecordId::new(&mut ids),
        date: date(2026, 4, 2),
        objectives: vec![s1, o1],
        audience: "Service teams".into(),
        channel: "Town hall".into(),
        by_whom: "Head of operations".into(),
        summary: "New MTTR target".into(),
        acknowledged_on: None,
    };
    let spare_record = Communication {
        id: RecordId::new(&mut ids),
        summary: "Sent twice".into(),
        ..told.clone()
    };
    run(&mut workspace, Command::add(TopLevel, told.clone()));
    run(&mut workspace, Command::add(TopLevel, spare_record.clone()));
    run(
        &mut workspace,
        Command::remove::<Communication>(TopLevel, spare_record.id),
    );
    run(
        &mut workspace,
        Command::DeleteObjective {
            id: s1,
            children: ChildrenOnDelete::MoveUp,
        },
    );
    // The record keeps naming S1, deleted since.
    run(
        &mut workspace,
        Command::edit(
            TopLevel,
            Communication {
                acknowledged_on: Some(date(2026, 4, 3)),
                ..told
            },
        ),
    );

    run(
        &mut workspace,
        Command::remove::<PolicyStatement>(TopLevel, p2.id),
    );
    run(
        &mut workspace,
        Command::remove::<Requirement>(TopLevel, r2.id),
    );
    let open = workspace
        .objective(o1)
        .and_then(|o| o.revisions.last())
        .map_or(0, |r| r.number);
    run(
        &mut workspace,
        Command::StateRevisionReason {
            objective: o1,
            number: open,
            reason: RevisionReason::Other,
            note: "Policy and requirements tidied".into(),
            approved_by: "Director".into(),
        },
    );
    run(
        &mut workspace,
        Command::RevertRevision {
            objective: o1,
            number: 3,
            note: "The new target was premature.".into(),
            approved_by: "Director".into(),
        },
    );
    workspace
}

#[test]
fn revision_logs_written_by_record_commands_load_and_are_written_the_same_today() {
    let replayed = record_history();
    let saved_at = Timestamp::from_unix_seconds(1_764_000_500);
    let stored = encode_stored(&replayed, 40, saved_at);
    let exported = encode_export(&replayed, saved_at);
    let stored_path = history_fixture("record-history-stored.json");
    let exported_path = history_fixture("record-history-export.json");
    if std::env::var_os("SIXTWO_BLESS").is_some() {
        std::fs::write(&stored_path, &stored).expect("fixture written");
        std::fs::write(&exported_path, &exported).expect("fixture written");
        return;
    }
    let old_stored = std::fs::read_to_string(&stored_path).expect("stored fixture readable");
    let old_export = std::fs::read_to_string(&exported_path).expect("export fixture readable");

    let loaded = decode(&old_stored).expect("the stored workspace loads");
    assert_eq!(
        loaded.workspace, replayed,
        "stored data and its revision logs"
    );
    let imported = read_text(&old_export).expect("the exported file imports");
    assert_eq!(imported.workspace, replayed, "an exported file");
    assert!(imported.unknown_fields.is_empty(), "every field is known");
    // The fixtures were written at schema version 1. Later versions add optional fields only,
    // so the same script writes the same text but for the version number.
    let current = SCHEMA_VERSION.to_string();
    let old_stored = old_stored.replacen(
        "\"schemaVersion\":1,",
        &format!("\"schemaVersion\":{current},"),
        1,
    );
    let old_export = old_export.replacen(
        "\"schemaVersion\": 1,",
        &format!("\"schemaVersion\": {current},"),
        1,
    );
    assert_eq!(
        stored, old_stored,
        "the commands write the same stored data"
    );
    assert_eq!(exported, old_export, "the commands write the same file");

    // The script reached every path the record commands log.
    let fields: Vec<&str> = replayed.objectives[0]
        .revisions
        .iter()
        .flat_map(|r| &r.changes)
        .map(|c| c.field.as_str())
        .collect();
    for expected in ["policyLinks", "requirementLinks", "status", "parent"] {
        assert!(fields.contains(&expected), "{expected} in {fields:?}");
    }
    assert!(fields
        .iter()
        .any(|f| f.starts_with("kpis[") && f.ends_with("].target")));
}
