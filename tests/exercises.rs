//! Find-the-nonconformity exercises, the comparison of two workspaces and the class view: every
//! exercise in the catalogue has a key that reads and agrees with the clause 6.2 check of its
//! file (every required gap is in the key, every planted finding is a gap, every decoy
//! conforms); logged findings are scored against the key (found, missed, false, severity,
//! decoys, duplicates); workspaces are compared by code, whatever their ids; the class view
//! scores each trainee's file.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use sixtwo::domain::compare::{compare, Difference};
use sixtwo::domain::conformity::{check_register, CheckItem, ItemState, Practice};
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::exercise::{
    class_row, reveal, same_subject, AnswerKey, ExerciseLog, KeyFinding, LoggedFinding, Severity,
    Verdict,
};
use sixtwo::domain::ids::{ObjectiveId, RecordId};
use sixtwo::domain::{apply, Command, Timestamp, Workspace};
use sixtwo::io::answer_key::decode_answer_key;
use sixtwo::io::example::{read_example, CatalogEntry, ExampleKind, EXAMPLES_DIR};
use std::collections::HashMap;
use std::path::PathBuf;

const EXERCISE: &str = "managed-services-exercise";

fn read(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(EXAMPLES_DIR)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn entry(id: &str) -> CatalogEntry {
    let catalog = example_support::catalog();
    catalog
        .entry(id)
        .cloned()
        .unwrap_or_else(|| panic!("the catalogue lists {id}"))
}

fn key_of(entry: &CatalogEntry) -> AnswerKey {
    let name = entry.answer_key.clone().unwrap_or_default();
    decode_answer_key(&read(&name), &entry.id)
        .unwrap_or_else(|problem| panic!("{}: the key reads: {problem:?}", entry.id))
}

/// The entry's workspace in `language`, loaded on its anchor date.
fn load(entry: &CatalogEntry, language: ExampleLanguage) -> Workspace {
    let address = entry.file_path(language).unwrap_or_default();
    let name = address.trim_start_matches(&format!("{EXAMPLES_DIR}/"));
    read_example(&read(name), entry.anchor, entry.anchor)
        .unwrap_or_else(|problem| panic!("{name}: {problem:?}"))
}

fn subject_exists(workspace: &Workspace, subject: &str) -> bool {
    workspace
        .objectives
        .iter()
        .any(|o| same_subject(&o.code, subject))
        || workspace
            .policy
            .iter()
            .any(|p| same_subject(&p.reference, subject))
        || workspace
            .requirements
            .iter()
            .any(|r| same_subject(&r.reference, subject))
}

#[test]
fn every_exercise_has_a_model_and_a_key_that_agrees_with_the_check_of_its_file() {
    let catalog = example_support::catalog();
    let exercises: Vec<&CatalogEntry> = catalog.exercises().collect();
    assert!(!exercises.is_empty(), "the catalogue offers an exercise");
    for entry in exercises {
        let key = key_of(entry);
        assert!(key.findings.len() >= 8, "{}: a key of substance", entry.id);
        assert!(!key.decoys.is_empty(), "{}: decoys", entry.id);
        for language in ExampleLanguage::ALL {
            let workspace = load(entry, language);
            let name = format!("{} ({})", entry.id, language.tag());
            assert!(
                workspace.exercise.is_none(),
                "{name}: files carry no findings"
            );
            for finding in &key.findings {
                assert!(
                    subject_exists(&workspace, &finding.subject),
                    "{name}: {} names {}, which the file lacks",
                    finding.id,
                    finding.subject
                );
                assert!(!finding.explanation.get(language).is_empty());
            }
            for decoy in &key.decoys {
                assert!(subject_exists(&workspace, &decoy.subject), "{name}");
            }
            let check = check_register(&workspace, entry.anchor);
            let code_of: HashMap<ObjectiveId, &str> = workspace
                .objectives
                .iter()
                .map(|o| (o.id, o.code.as_str()))
                .collect();
            for objective in &check.objectives {
                let code = code_of[&objective.objective];
                let gaps = objective
                    .results
                    .iter()
                    .filter(|r| r.state != ItemState::Met);
                for result in gaps {
                    assert!(
                        key.findings.iter().any(|f| f.matches(code, result.item)),
                        "{name}: the check finds {code} {:?} ({:?}), which the key lacks",
                        result.item,
                        result.finding
                    );
                }
                for finding in key
                    .findings
                    .iter()
                    .filter(|f| same_subject(&f.subject, code))
                {
                    let result = objective.result(finding.item);
                    let Some(result) = result else {
                        panic!("{name}: {} is an item the check reports", finding.id);
                    };
                    if finding.severity == Severity::Observation {
                        assert!(
                            !result.practice.is_empty(),
                            "{name}: {} is a good-practice note of the check",
                            finding.id
                        );
                    } else {
                        assert_ne!(result.state, ItemState::Met, "{name}: {}", finding.id);
                    }
                }
                for decoy in key.decoys.iter().filter(|d| same_subject(&d.subject, code)) {
                    assert_eq!(
                        objective.result(decoy.item).map(|r| r.state),
                        Some(ItemState::Met),
                        "{name}: the decoy {code} {:?} conforms",
                        decoy.item
                    );
                }
            }
        }
    }
}

#[test]
fn the_planted_findings_are_not_in_the_model_answer() {
    let exercise = entry(EXERCISE);
    let model = entry(exercise.model.as_deref().unwrap_or_default());
    let workspace = load(&model, ExampleLanguage::English);
    let check = check_register(&workspace, model.anchor);
    let state = |code: &str, item: CheckItem| {
        let objective = workspace.objectives.iter().find(|o| o.code == code)?;
        let found = check
            .objectives
            .iter()
            .find(|c| c.objective == objective.id)?;
        found.result(item).map(|r| r.state)
    };
    assert_eq!(state("T3", CheckItem::Measurable), Some(ItemState::Met));
    assert_eq!(state("T4", CheckItem::Actions), None, "no T4 in the model");
    assert_eq!(state("O1", CheckItem::Updated), Some(ItemState::Met));
    assert_eq!(state("O2", CheckItem::Evaluation), Some(ItemState::Met));
    assert!(!workspace.policy.iter().any(|p| p.reference == "P6"));
    let o1 = workspace.objectives.iter().find(|o| o.code == "O1");
    let o1_check = check
        .objectives
        .iter()
        .find(|c| Some(c.objective) == o1.map(|o| o.id));
    let timing = o1_check.and_then(|c| c.result(CheckItem::Timing));
    assert!(timing.is_some_and(|r| !r
        .practice
        .iter()
        .any(|p| matches!(p, Practice::ActionsAfterTarget { .. }))));
}

/// Whether the model answer already shows `finding`: its subject is an objective of the model
/// whose check reports the item not met (or, for an observation, with a good-practice note).
fn model_shows(model: &Workspace, anchor: chrono::NaiveDate, finding: &KeyFinding) -> bool {
    let Some(objective) = model
        .objectives
        .iter()
        .find(|o| same_subject(&o.code, &finding.subject))
    else {
        return false;
    };
    let check = check_register(model, anchor);
    let found = check
        .objectives
        .iter()
        .find(|c| c.objective == objective.id);
    found
        .and_then(|c| c.result(finding.item))
        .is_some_and(|r| r.state != ItemState::Met || !r.practice.is_empty())
}

#[test]
fn every_exercise_plants_findings_its_model_answer_does_not_have() {
    let catalog = example_support::catalog();
    for exercise in catalog.exercises() {
        let key = key_of(exercise);
        let model = entry(exercise.model.as_deref().unwrap_or_default());
        assert_eq!(model.kind, ExampleKind::Model, "{}", exercise.id);
        let workspace = load(&model, ExampleLanguage::English);
        let model_gaps = check_register(&workspace, model.anchor)
            .objectives
            .iter()
            .flat_map(|o| o.results.iter())
            .filter(|r| r.state != ItemState::Met || !r.practice.is_empty())
            .count();
        let planted: Vec<&str> = key
            .findings
            .iter()
            .filter(|f| !model_shows(&workspace, model.anchor, f))
            .map(|f| f.id.as_str())
            .collect();
        assert!(planted.len() >= 5, "{}: planted {planted:?}", exercise.id);
        if model_gaps == 0 {
            assert_eq!(
                planted.len(),
                key.findings.len(),
                "{}: every entry is planted",
                exercise.id
            );
        }
        for finding in &key.findings {
            let subject_in_model = workspace
                .policy
                .iter()
                .any(|p| same_subject(&p.reference, &finding.subject))
                || workspace
                    .requirements
                    .iter()
                    .any(|r| same_subject(&r.reference, &finding.subject));
            assert!(
                !subject_in_model,
                "{}: {} is about {}, which the model answer has too",
                exercise.id, finding.id, finding.subject
            );
        }
    }
}

fn logged(n: u128, subject: &str, item: CheckItem, severity: Severity) -> LoggedFinding {
    LoggedFinding {
        id: RecordId(uuid::Uuid::from_u128(n)),
        subject: subject.into(),
        item,
        severity,
        note: String::new(),
    }
}

#[test]
fn logged_findings_are_scored_against_the_key() {
    let key = key_of(&entry(EXERCISE));
    let findings = vec![
        // F1, right severity.
        logged(1, "t3", CheckItem::Measurable, Severity::Major),
        // F2 under one of its other items, wrong severity.
        logged(2, "T4", CheckItem::Resources, Severity::Minor),
        // F2 again: a duplicate, neither found nor false.
        logged(3, "T4", CheckItem::Evaluation, Severity::Major),
        // A decoy: conforms.
        logged(4, "PIPL", CheckItem::Requirements, Severity::Minor),
        // Not in the key at all.
        logged(5, "S3", CheckItem::Policy, Severity::Observation),
        // The right objective under the wrong item: false.
        logged(6, "O2", CheckItem::Timing, Severity::Minor),
    ];
    let result = reveal(&key, &findings);
    let totals = result.totals;
    assert_eq!(totals.planted, key.findings.len());
    assert_eq!(totals.found, 2);
    assert_eq!(totals.missed, key.findings.len() - 2);
    assert_eq!(totals.false_findings, 3);
    assert_eq!(totals.decoys_taken, 1);
    assert_eq!((totals.severity_right, totals.severity_wrong), (1, 1));
    assert_eq!(totals.duplicates, 1);
    let verdict = |n: u128| {
        result
            .logged
            .iter()
            .find(|(id, _)| *id == RecordId(uuid::Uuid::from_u128(n)))
            .map(|(_, verdict)| *verdict)
    };
    let position = |id: &str| key.findings.iter().position(|f| f.id == id);
    let f1 = position("F1").unwrap_or(usize::MAX);
    let f2 = position("F2").unwrap_or(usize::MAX);
    assert_eq!(
        verdict(1),
        Some(Verdict::Found {
            key: f1,
            severity_right: true
        })
    );
    assert_eq!(
        verdict(2),
        Some(Verdict::Found {
            key: f2,
            severity_right: false
        })
    );
    assert_eq!(verdict(3), Some(Verdict::Duplicate { key: f2 }));
    assert!(matches!(verdict(4), Some(Verdict::Decoy { .. })));
    assert_eq!(verdict(5), Some(Verdict::False));
    assert_eq!(verdict(6), Some(Verdict::False));
    assert!(result.key[f1].is_found());
    let missed: Vec<&str> = result
        .key
        .iter()
        .filter(|outcome| !outcome.is_found())
        .map(|outcome| key.findings[outcome.key].id.as_str())
        .collect();
    assert!(
        missed.contains(&"F10") && !missed.contains(&"F2"),
        "{missed:?}"
    );

    let nothing = reveal(&key, &[]);
    assert_eq!(nothing.totals.missed, key.findings.len());
    assert_eq!(nothing.totals.false_findings, 0);
}

/// A copy of `workspace` in which every objective has a new id (as a copy made by hand, or in
/// another tool, has): parents, links and communications follow.
fn with_new_ids(workspace: &Workspace) -> Workspace {
    let mut copy = workspace.clone();
    let fresh: HashMap<ObjectiveId, ObjectiveId> = workspace
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| {
            (
                o.id,
                ObjectiveId(uuid::Uuid::from_u128(0xfeed_0000 + i as u128)),
            )
        })
        .collect();
    for objective in &mut copy.objectives {
        objective.id = fresh[&objective.id];
        objective.parent = objective.parent.map(|p| fresh[&p]);
        for link in &mut objective.contributes_to {
            link.objective = fresh[&link.objective];
        }
    }
    for record in &mut copy.communications {
        for id in &mut record.objectives {
            *id = fresh[id];
        }
    }
    copy
}

#[test]
fn workspaces_are_compared_by_code_whatever_their_ids() {
    let exercise = entry(EXERCISE);
    let model_entry = entry("managed-services");
    let model = load(&model_entry, ExampleLanguage::English);
    let today = model_entry.anchor;

    let same = compare(&model, &with_new_ids(&model), today);
    assert_eq!(same.differing(), 0, "{:?}", same.objectives);
    assert_eq!(same.objectives.len(), model.objectives.len());
    assert_eq!(same.score_difference(), 0);

    let trainee = with_new_ids(&load(&exercise, ExampleLanguage::English));
    let compared = compare(&model, &trainee, today);
    let by_code = |code: &str| compared.objectives.iter().find(|o| o.code == code);
    let t4 = by_code("T4");
    assert!(
        t4.is_some_and(|o| o.title_a.is_none() && o.title_b.is_some() && o.score_a.is_none()),
        "T4 only in the second: {t4:?}"
    );
    let t3 = by_code("T3");
    let Some(t3) = t3 else {
        panic!("T3 is compared");
    };
    assert!(t3.in_both());
    assert!(t3
        .differences
        .iter()
        .any(|d| matches!(d, Difference::Title { .. })));
    assert!(t3
        .differences
        .iter()
        .any(|d| matches!(d, Difference::KpiOnlyOneSide { in_a: true, .. })));
    let measurable = t3.items.iter().find(|i| i.item == CheckItem::Measurable);
    assert!(
        measurable.is_some_and(|i| i.a == Some(ItemState::Met) && i.b == Some(ItemState::Missing))
    );
    let o1 = by_code("O1");
    assert!(o1.is_some_and(|o| o.differences.iter().any(|d| matches!(
        d,
        Difference::KpiTarget { a: Some(a), b: Some(b), .. } if *a == 5.0 && *b == 10.0
    ))));
    assert!(by_code("S2").is_some_and(|o| !o.differs()));
    assert!(compared.score_difference() < 0, "the exercise scores lower");
    assert_eq!(
        compared.score_a.percent(),
        check_register(&model, today).score.percent()
    );

    // The other way round, the objective only the exercise has is on the first side.
    let reversed = compare(&trainee, &model, today);
    let t4 = reversed.objectives.iter().find(|o| o.code == "T4");
    assert!(t4.is_some_and(|o| o.title_a.is_some() && o.title_b.is_none()));
    assert_eq!(reversed.score_difference(), -compared.score_difference());
}

#[test]
fn the_class_view_scores_each_trainee_file_against_its_exercise() {
    let exercise = entry(EXERCISE);
    let key = key_of(&exercise);
    let today = exercise.anchor;
    let mut diligent = load(&exercise, ExampleLanguage::English);
    // Findings are logged through the command, as the exercise page does.
    let mut log = ExerciseLog::new(EXERCISE);
    log.findings = vec![
        logged(1, "T3", CheckItem::Measurable, Severity::Major),
        logged(2, "O2", CheckItem::Evaluation, Severity::Major),
        logged(3, "T2", CheckItem::Monitored, Severity::Minor),
    ];
    let applied = apply(
        &mut diligent,
        Command::SetExercise(Some(Box::new(log))),
        Timestamp::from_unix_seconds(1_764_000_000),
    );
    assert!(applied.is_ok(), "{applied:?}");
    let mut idle = load(&exercise, ExampleLanguage::SimplifiedChinese);
    idle.exercise = Some(ExerciseLog::new(EXERCISE));
    let model = load(&entry("managed-services"), ExampleLanguage::English);

    let row = class_row(&diligent, Some(&key), today);
    assert_eq!(row.exercise.as_deref(), Some(EXERCISE));
    let totals = row.reveal.as_ref().map(|r| r.totals).unwrap_or_default();
    assert_eq!((totals.found, totals.false_findings), (2, 1));
    assert_eq!((totals.severity_right, totals.severity_wrong), (1, 1));
    let missed: Vec<&str> = row.missed(&key).iter().map(|f| f.id.as_str()).collect();
    assert_eq!(missed.len(), key.findings.len() - 2);
    assert!(!missed.contains(&"F1") && !missed.contains(&"F8"));
    assert_eq!(row.score, check_register(&diligent, today).score);

    let row = class_row(&idle, Some(&key), today);
    let totals = row.reveal.as_ref().map(|r| r.totals).unwrap_or_default();
    assert_eq!((totals.found, totals.missed), (0, key.findings.len()));

    let row = class_row(&model, Some(&key), today);
    assert_eq!(row.exercise, None);
    assert_eq!(
        row.reveal, None,
        "a file not made from the exercise has no findings"
    );
    assert!(row.score.percent() > class_row(&diligent, None, today).score.percent());

    let mut other = diligent.clone();
    if let Some(log) = other.exercise.as_mut() {
        log.exercise = "another-exercise".into();
    }
    assert_eq!(class_row(&other, Some(&key), today).reveal, None);
}

#[test]
fn logging_findings_is_one_undoable_change_and_long_notes_are_refused() {
    let mut workspace = Workspace::default();
    let before = workspace.clone();
    let mut log = ExerciseLog::new(EXERCISE);
    log.findings
        .push(logged(1, "T1", CheckItem::Policy, Severity::Minor));
    let now = Timestamp::from_unix_seconds(1_764_000_000);
    let applied = apply(
        &mut workspace,
        Command::SetExercise(Some(Box::new(log))),
        now,
    );
    let Ok(applied) = applied else {
        panic!("logged: {applied:?}");
    };
    assert_eq!(
        workspace.exercise.as_ref().map(|l| l.findings.len()),
        Some(1)
    );
    applied.before.restore(&mut workspace);
    assert_eq!(workspace, before);

    let mut long = ExerciseLog::new(EXERCISE);
    let mut finding = logged(2, "T1", CheckItem::Policy, Severity::Minor);
    finding.note = "x".repeat(20_001);
    long.findings.push(finding);
    assert!(apply(
        &mut workspace,
        Command::SetExercise(Some(Box::new(long))),
        now
    )
    .is_err());
    assert_eq!(workspace, before);
}
