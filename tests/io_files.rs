//! Native tests of files: the exported JSON (pretty, stable, exact numbers), the round trip
//! export → import over generated workspaces, a corpus of broken files each with its own
//! message, unknown fields, and merging or copying a file into a workspace.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;
mod workspace_strategy;

use chrono::NaiveDate;
use example_support::example_workspace;
use proptest::prelude::*;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::hashing::HashMap;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::json_read::{ErrorKind, Expected, JsonType, Syntax};
use sixtwo::domain::merge::{compare, differences, import_as_copy, merge, RecordKind, Side};
use sixtwo::domain::model::*;
use sixtwo::domain::rules::MAX_MAGNITUDE;
use sixtwo::domain::validate::{validate, ProblemKind};
use sixtwo::domain::{ObjectiveId, PolicyId, RecordId, RequirementId};
use sixtwo::i18n::{describe_file_problem, Lang};
use sixtwo::io::envelope::{
    decode, encode_export, encode_version, DecodeError, Version, MAX_NESTING_DEPTH,
};
use sixtwo::io::import::{read_file, read_text, FileProblem, MAX_FILE_BYTES};
use sixtwo::io::shape::MAX_LISTED_UNKNOWN_FIELDS;
use workspace_strategy::workspace;

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_764_000_000 + seconds)
}

/// The example with every objective last changed at `at(0)`, and no measurements, reviews or
/// communication records: the times and records these tests add are relative to that.
fn example() -> Workspace {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut workspace = example_workspace(ExampleLanguage::English, today);
    for objective in &mut workspace.objectives {
        objective.updated = at(0);
        objective.reviews.clear();
        for kpi in &mut objective.kpis {
            kpi.measurements.clear();
        }
    }
    workspace.communications.clear();
    workspace
}

fn problem(text: &str) -> FileProblem {
    match read_text(text) {
        Err(problem) => problem,
        Ok(file) => panic!(
            "expected a refusal, got {} objectives",
            file.workspace.objectives.len()
        ),
    }
}

#[test]
fn an_export_is_pretty_stable_and_reads_back() {
    let workspace = example();
    let first = encode_export(&workspace, at(10));
    assert!(first.starts_with("{\n  \"format\": \"sixtwo-workspace\",\n  \"schemaVersion\": 3,"));
    assert!(first.contains("\n  \"exportedAt\": \"2025-11-24T16:00:10Z\",\n"));
    assert!(
        !first.contains("\"rev\""),
        "files carry no storage revision"
    );
    assert_eq!(
        first,
        encode_export(&workspace, at(10)),
        "the same data at the same time is byte-identical"
    );
    let later = encode_export(&workspace, at(99));
    let differing: Vec<(&str, &str)> = first
        .lines()
        .zip(later.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        differing.len(),
        1,
        "only the exportedAt line differs: {differing:?}"
    );
    let file = read_text(&first).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(file.workspace, workspace);
    assert_eq!(file.exported_at, Some(at(10)));
    assert!(file.unknown_fields.is_empty());
}

#[test]
fn numbers_round_trip_exactly() {
    let mut workspace = example();
    let awkward = [
        0.1 + 0.2,
        -0.0,
        1e-300,
        123_456_789.123_456_78,
        MAX_MAGNITUDE,
        f64::MIN_POSITIVE,
        -42.5,
    ];
    for (kpi, value) in workspace.objectives[0]
        .kpis
        .iter_mut()
        .zip(awkward.iter().cycle())
    {
        kpi.baseline = Some(*value);
        kpi.target = Some(-*value);
    }
    let back = read_text(&encode_export(&workspace, at(0))).unwrap_or_else(|e| panic!("{e:?}"));
    for (mine, theirs) in workspace.objectives[0]
        .kpis
        .iter()
        .zip(&back.workspace.objectives[0].kpis)
    {
        assert_eq!(
            mine.baseline.map(f64::to_bits),
            theirs.baseline.map(f64::to_bits)
        );
        assert_eq!(
            mine.target.map(f64::to_bits),
            theirs.target.map(f64::to_bits)
        );
    }
}

// ----- broken files: each gets its own message -----

#[test]
fn a_truncated_file_says_where_it_ends() {
    let text = encode_export(&example(), at(0));
    let truncated = &text[..text.len() / 2];
    assert!(
        matches!(problem(truncated), FileProblem::Unreadable(DecodeError::Syntax { line, .. }) if line > 1)
    );
}

#[test]
fn text_that_is_not_json_gives_line_and_column() {
    assert_eq!(
        problem("Title;Owner\nGrow;Ann\n"),
        FileProblem::Unreadable(DecodeError::Syntax {
            line: 1,
            column: 1,
            problem: ErrorKind::Syntax(Syntax::ExpectedValue),
        })
    );
}

#[test]
fn binary_data_is_not_text() {
    assert_eq!(
        read_file(&[0xff, 0xfe, 0x00, 0x01]),
        Err(FileProblem::NotText { position: 1 })
    );
}

#[test]
fn another_json_document_is_not_a_sixtwo_file() {
    assert_eq!(
        problem(r#"{"type": "excalidraw", "elements": []}"#),
        FileProblem::Unreadable(DecodeError::NotSixTwo { found: None })
    );
}

#[test]
fn a_wrong_type_names_its_json_path() {
    let text =
        encode_export(&example(), at(0)).replacen("\"baseline\": 6.0", "\"baseline\": \"six\"", 1);
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Field { path, problem }) => {
            assert_eq!(path, "workspace.objectives[0].kpis[0].baseline");
            assert_eq!(
                problem,
                ErrorKind::WrongType {
                    expected: Expected::Number,
                    found: JsonType::String
                }
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

/// The 1-based line and column (in characters) where `needle` first starts in `text`.
fn line_and_column(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_default();
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    (
        1 + text[..at].matches('\n').count(),
        1 + text[line_start..at].chars().count(),
    )
}

// An export is read without its indentation first (`io::layout`); every refusal still speaks
// of the file as it is: its own lines and columns, and the JSON path.

#[test]
fn a_syntax_error_deep_in_an_export_gives_the_files_own_line_and_column() {
    let good = encode_export(&example(), at(0));
    let text = good.replacen("\"baseline\": 6.0", "\"baseline\": 6.0.1", 1);
    let (line, column) = line_and_column(&text, "6.0.1");
    assert!(line > 20, "deep inside: line {line}");
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Syntax {
            line: found_line,
            column: found_column,
            ..
        }) => assert_eq!((found_line, found_column), (line, column + 3)),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn two_values_the_layout_kept_apart_are_refused_where_they_stand() {
    // Dropping the space would join them into one number, which is not what the file says.
    let good = encode_export(&example(), at(0));
    let text = good.replacen("\"baseline\": 6.0", "\"baseline\": 6 0", 1);
    let (line, _) = line_and_column(&text, "6 0");
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Syntax { line: found, .. }) => {
            assert_eq!(found, line)
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_wrong_time_or_date_deep_in_an_export_names_its_path_and_what_it_holds() {
    let good = encode_export(&example(), at(0));
    let key = "\"created\": \"";
    let value_at = good.find(key).unwrap_or_default() + key.len();
    let text = format!(
        "{}2026-02-30T10:00:00Z{}",
        &good[..value_at],
        &good[value_at + "2026-11-24T09:30:00Z".len()..]
    );
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Field { path, problem }) => {
            assert_eq!(path, "workspace.objectives[0].created");
            assert_eq!(
                problem,
                ErrorKind::InvalidValue {
                    expected: Expected::Time,
                    found: "2026-02-30T10:00:00Z".into()
                }
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    let mut workspace = example();
    workspace.objectives[0].kpis[0]
        .measurements
        .push(Measurement {
            id: RecordId(uuid::Uuid::from_u128(0x4000_8000_0000_0000_9999)),
            date: NaiveDate::from_ymd_opt(2026, 2, 28).unwrap_or_default(),
            value: 1.0,
            note: String::new(),
            recorded_by: String::new(),
        });
    let good = encode_export(&workspace, at(0));
    for bad in ["2026-02-30", "28.02.2026"] {
        let text = good.replacen("\"2026-02-28\"", &format!("\"{bad}\""), 1);
        match problem(&text) {
            FileProblem::Unreadable(DecodeError::Field { path, problem }) => {
                assert_eq!(path, "workspace.objectives[0].kpis[0].measurements[0].date");
                let found = bad.to_string();
                assert_eq!(
                    problem,
                    ErrorKind::InvalidValue {
                        expected: Expected::Date,
                        found
                    },
                    "{bad}"
                );
            }
            other => panic!("{bad}: unexpected {other:?}"),
        }
    }
    // What chrono accepts besides the written form is still accepted.
    let text = good.replacen("\"2026-02-28\"", "\"2026-2-28\"", 1);
    let read =
        read_text(&text).map(|file| file.workspace.objectives[0].kpis[0].measurements[0].date);
    assert_eq!(read.ok(), NaiveDate::from_ymd_opt(2026, 2, 28));
    let text = good.replacen("\"2026-02-28\"", "20260228", 1);
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Field { problem, .. }) => {
            assert_eq!(
                problem,
                ErrorKind::WrongType {
                    expected: Expected::Date,
                    found: JsonType::Number
                }
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn an_export_nested_too_deep_inside_an_unknown_field_is_refused_with_its_place() {
    let good = encode_export(&example(), at(0));
    let deep = format!("{}1{}", "[".repeat(40), "]".repeat(40));
    let text = good.replacen(
        "\"code\": ",
        &format!("\"extra\": {deep},\n      \"code\": "),
        1,
    );
    let (line, _) = line_and_column(&text, "\"extra\"");
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::TooDeep {
            line: found, limit, ..
        }) => {
            assert_eq!((found, limit), (line, MAX_NESTING_DEPTH));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", encode_export(&example(), at(0)));
    assert_eq!(
        read_text(&text).map(|f| f.workspace.objectives.len()),
        Ok(9)
    );
}

#[test]
fn unknown_fields_are_reported_not_lost_silently() {
    let text = encode_export(&example(), at(0))
        .replacen(
            "\"code\": \"S1\",",
            "\"code\": \"S1\",\n      \"colour\": \"red\",",
            1,
        )
        .replacen("\"format\"", "\"generator\": \"hand\",\n  \"format\"", 1);
    let file = read_text(&text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        file.unknown_fields.shown,
        ["generator", "workspace.objectives[0].colour"]
    );
    assert_eq!(file.unknown_fields.total, 2);
}

#[test]
fn dangling_references_cycles_and_duplicate_ids_are_listed_with_paths() {
    let mut workspace = example();
    let stranger = ObjectiveId::new(&mut SequentialIds::starting_at(900));
    workspace.objectives[3].parent = Some(stranger);
    workspace.objectives[0].parent = Some(workspace.objectives[3].id);
    workspace.objectives[1]
        .policy_links
        .push(PolicyId::new(&mut SequentialIds::starting_at(901)));
    let dangling_link = format!(
        "workspace.objectives[1].policyLinks[{}]",
        workspace.objectives[1].policy_links.len() - 1
    );
    workspace.requirements[1].id = workspace.requirements[0].id;
    // Written by hand: the writer refuses nothing, the reader checks everything.
    let text = encode_export(&workspace, at(0));
    match problem(&text) {
        FileProblem::Unreadable(DecodeError::Inconsistent { problems, total }) => {
            let kinds: Vec<(&str, &ProblemKind)> = problems
                .iter()
                .map(|p| (p.path.as_str(), &p.kind))
                .collect();
            assert!(total >= 4, "{kinds:?}");
            assert!(kinds
                .iter()
                .any(|(path, kind)| *path == "workspace.requirements[1].id"
                    && matches!(kind, ProblemKind::DuplicateId { .. })));
            assert!(kinds
                .iter()
                .any(|(path, kind)| *path == "workspace.objectives[3].parent"
                    && matches!(kind, ProblemKind::UnknownParent { .. })));
            assert!(kinds.iter().any(|(path, kind)| *path == dangling_link
                && matches!(kind, ProblemKind::UnknownPolicy { .. })));
            assert!(kinds
                .iter()
                .any(|(_, kind)| matches!(kind, ProblemKind::LevelAboveParent { .. })));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_cycle_is_refused() {
    let mut workspace = example();
    let (t1, o1) = (workspace.objectives[3].id, workspace.objectives[6].id);
    workspace.objectives[3].parent = Some(o1);
    workspace.objectives[3].level = Level::Operational;
    workspace.objectives[6].parent = Some(t1);
    match problem(&encode_export(&workspace, at(0))) {
        FileProblem::Unreadable(DecodeError::Inconsistent { problems, .. }) => {
            assert!(
                problems.iter().any(|p| p.kind == ProblemKind::Cycle),
                "{problems:?}"
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let huge = vec![b' '; (MAX_FILE_BYTES + 1) as usize];
    assert_eq!(
        read_file(&huge),
        Err(FileProblem::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
}

#[test]
fn a_file_from_a_newer_version_says_so() {
    let text = encode_export(&example(), at(0)).replacen(
        "\"schemaVersion\": 3",
        "\"schemaVersion\": 4",
        1,
    );
    assert_eq!(
        problem(&text),
        FileProblem::Unreadable(DecodeError::TooNew { version: 4 })
    );
}

#[test]
fn an_empty_file_says_it_is_empty() {
    assert_eq!(problem("  \n"), FileProblem::Unreadable(DecodeError::Empty));
}

#[test]
fn a_link_to_a_missing_requirement_is_refused_with_its_path() {
    let mut workspace = example();
    let missing = RequirementId::new(&mut SequentialIds::starting_at(902));
    workspace.objectives[2].requirement_links = vec![missing];
    match problem(&encode_export(&workspace, at(0))) {
        FileProblem::Unreadable(DecodeError::Inconsistent { problems, total }) => {
            assert_eq!(total, 1, "{problems:?}");
            assert_eq!(
                problems[0].path,
                "workspace.objectives[2].requirementLinks[0]"
            );
            assert_eq!(
                problems[0].kind,
                ProblemKind::UnknownRequirement {
                    id: missing.to_string()
                }
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn every_broken_file_reads_as_its_own_specific_message() {
    let good = encode_export(&example(), at(0));
    let mut dangling = example();
    dangling.objectives[4].parent = Some(ObjectiveId::new(&mut SequentialIds::starting_at(903)));
    let mut looped = example();
    let (t1, o1) = (looped.objectives[3].id, looped.objectives[6].id);
    looped.objectives[3].parent = Some(o1);
    looped.objectives[3].level = Level::Operational;
    looped.objectives[6].parent = Some(t1);
    let mut duplicated = example();
    duplicated.objectives[1].id = duplicated.objectives[2].id;

    let too_large = read_file(&vec![b' '; (MAX_FILE_BYTES + 1) as usize])
        .err()
        .unwrap_or_else(|| panic!("a huge file was read"));
    let corpus: Vec<(&str, FileProblem, &str)> = vec![
        (
            "truncated",
            problem(&good[..good.len() / 2]),
            "It is not valid JSON: the text ends before the value does (line",
        ),
        ("not JSON", problem("Title;Owner\n"), "(line 1, column 1)"),
        (
            "not text",
            read_file(&[b'{', 0xff, 0xfe, 0x00])
                .err()
                .unwrap_or(FileProblem::NotText { position: 0 }),
            "byte 2 is not valid UTF-8",
        ),
        ("empty", problem(""), "The file is empty."),
        (
            "another format",
            problem(r#"{"format":"excalidraw"}"#),
            "\"excalidraw\"",
        ),
        ("no format", problem("[1, 2]"), "not a SixTwo workspace"),
        (
            "newer version",
            problem(&good.replacen("\"schemaVersion\": 3", "\"schemaVersion\": 7", 1)),
            "schema version 7",
        ),
        (
            "bad version",
            problem(&good.replacen("\"schemaVersion\": 3", "\"schemaVersion\": \"one\"", 1)),
            "schema version is missing",
        ),
        (
            "wrong type",
            problem(&good.replacen("\"baseline\": 6.0", "\"baseline\": true", 1)),
            "workspace.objectives[0].kpis[0].baseline",
        ),
        (
            "dangling parent",
            problem(&encode_export(&dangling, at(0))),
            "workspace.objectives[4].parent: the parent",
        ),
        (
            "cycle",
            problem(&encode_export(&looped, at(0))),
            "the parent links form a loop",
        ),
        (
            "duplicate id",
            problem(&encode_export(&duplicated, at(0))),
            "is used more than once",
        ),
        ("huge", too_large, "67,108,865 bytes"),
        (
            "deeply nested",
            problem(&format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))),
            "deeper than 32 levels, at [0][0]",
        ),
        (
            "bad revision",
            problem(&good.replacen(
                "\"schemaVersion\": 3,",
                "\"schemaVersion\": 3, \"rev\": -1,",
                1,
            )),
            "rev must be a whole number",
        ),
        (
            "bad export time",
            problem(&good.replacen("\"exportedAt\": \"", "\"exportedAt\": \"on ", 1)),
            "exportedAt must be a time",
        ),
        (
            "control character in a code",
            problem(&good.replacen("\"code\": \"S1\"", "\"code\": \"S\\u00071\"", 1)),
            "control characters",
        ),
        (
            "text too long",
            problem(&good.replacen(
                "\"title\": \"",
                &format!("\"title\": \"{}", "x".repeat(300)),
                1,
            )),
            "workspace.organisation.document.title: Use at most 300 characters.",
        ),
        (
            "number too large",
            problem(&good.replacen("\"baseline\": 6.0", "\"baseline\": 6e300", 1)),
            "between -1,000,000,000,000,000 and 1,000,000,000,000,000",
        ),
    ];
    let mut seen: Vec<String> = Vec::new();
    for (name, problem, expected) in corpus {
        let english = describe_file_problem(Lang::En, &problem).join(" ");
        assert!(english.contains(expected), "{name}: {english}");
        let chinese = describe_file_problem(Lang::ZhHans, &problem).join(" ");
        assert!(
            chinese
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{name} in Chinese: {chinese}"
        );
        assert!(
            !seen.contains(&english),
            "{name} repeats another message: {english}"
        );
        seen.push(english);
    }
}

// ----- comparing, merging and copying -----

#[test]
fn the_preview_lists_added_changed_and_removed_objectives() {
    let current = example();
    let mut incoming = current.clone();
    incoming.objectives.remove(8);
    incoming.objectives[0].title = "Raise competitiveness worldwide".into();
    let added = Objective::new(
        ObjectiveId::new(&mut SequentialIds::starting_at(500)),
        "S9",
        "New",
        Level::Strategic,
        at(5),
    );
    incoming.objectives.push(added);
    let comparison = compare(&current, &incoming);
    let codes = |refs: &[sixtwo::domain::merge::ObjectiveRef]| {
        refs.iter().map(|r| r.code.clone()).collect::<Vec<_>>()
    };
    assert_eq!(codes(&comparison.added), ["S9"]);
    assert_eq!(codes(&comparison.changed), ["S1"]);
    assert_eq!(codes(&comparison.removed), ["O3"]);
    assert_eq!(comparison.unchanged, 7);

    // Objectives only in the workspace are listed in the workspace's order, whatever the
    // file's order.
    incoming.objectives.remove(2);
    incoming.objectives.reverse();
    let comparison = compare(&current, &incoming);
    let expected = [
        current.objectives[2].code.clone(),
        current.objectives[8].code.clone(),
    ];
    assert_eq!(codes(&comparison.removed), expected);
    assert_eq!(codes(&comparison.changed), ["S1"]);
    assert_eq!(comparison.unchanged, 6);
}

#[test]
fn merging_keeps_both_sides_and_lets_the_newer_change_win() {
    let current = example();
    let mut incoming = current.clone();
    incoming.objectives[0].title = "Newer title".into();
    incoming.objectives[0].updated = at(100);
    incoming.objectives[1].title = "Older title".into();
    incoming.objectives[1].updated = at(-100);
    let mut clash = Objective::new(
        ObjectiveId::new(&mut SequentialIds::starting_at(500)),
        "S1",
        "Another S1",
        Level::Strategic,
        at(5),
    );
    clash.owner = "Trainer".into();
    incoming.objectives.push(clash);
    incoming.policy[0].text = "Changed statement".into();

    let found = differences(&current, &incoming);
    let summary: Vec<(RecordKind, &str, Side, Option<Side>)> = found
        .iter()
        .map(|d| (d.kind, d.label.as_str(), d.default, d.newer))
        .collect();
    assert_eq!(
        summary,
        [
            (
                RecordKind::Objective,
                "S1",
                Side::Incoming,
                Some(Side::Incoming)
            ),
            (
                RecordKind::Objective,
                "S2",
                Side::Current,
                Some(Side::Current)
            ),
            (RecordKind::PolicyStatement, "P1", Side::Current, None),
        ]
    );

    let merged = merge(&current, &incoming, &HashMap::default());
    assert!(merged.problems.is_empty(), "{:?}", merged.problems);
    assert_eq!(merged.workspace.objectives[0].title, "Newer title");
    assert_eq!(
        merged.workspace.objectives[1].title,
        current.objectives[1].title
    );
    assert_eq!(merged.workspace.policy[0].text, current.policy[0].text);
    assert_eq!(merged.renamed, vec![("S1".to_string(), "S1-1".to_string())]);
    assert_eq!(merged.workspace.objectives.len(), 10);

    // The user decides otherwise for S2 and P1.
    let choices =
        HashMap::from_iter([(found[1].id, Side::Incoming), (found[2].id, Side::Incoming)]);
    let merged = merge(&current, &incoming, &choices);
    assert_eq!(merged.workspace.objectives[1].title, "Older title");
    assert_eq!(merged.workspace.policy[0].text, "Changed statement");
}

#[test]
fn merging_a_workspace_with_itself_changes_nothing() {
    let current = example();
    assert!(differences(&current, &current).is_empty());
    assert_eq!(
        merge(&current, &current, &HashMap::default()).workspace,
        current
    );
    assert_eq!(
        merge(&current, &Workspace::default(), &HashMap::default()).workspace,
        current
    );
}

#[test]
fn importing_as_a_copy_gives_every_record_a_new_id() {
    let current = example();
    let template = example();
    let copied = import_as_copy(&current, &template, &mut SequentialIds::starting_at(10_000));
    assert!(copied.problems.is_empty(), "{:?}", copied.problems);
    assert_eq!(copied.workspace.objectives.len(), 18);
    assert_eq!(copied.workspace.policy.len(), 10);
    assert_eq!(
        copied.renamed.len(),
        9,
        "every code was taken, so every copy got a suffix"
    );
    let copy_of_t1 = copied
        .workspace
        .objectives
        .iter()
        .find(|o| o.code == "T1-1")
        .unwrap_or_else(|| panic!());
    let copy_of_s1 = copied
        .workspace
        .objectives
        .iter()
        .find(|o| o.code == "S1-1")
        .unwrap_or_else(|| panic!());
    assert_eq!(
        copy_of_t1.parent,
        Some(copy_of_s1.id),
        "links point at the copies"
    );
    assert!(copied.workspace.organisation == current.organisation);
    // The same template can be imported once more.
    let again = import_as_copy(
        &copied.workspace,
        &template,
        &mut SequentialIds::starting_at(20_000),
    );
    assert!(again.problems.is_empty());
    assert_eq!(again.workspace.objectives.len(), 27);
}

#[test]
fn records_without_a_time_of_change_keep_mine_unless_the_user_takes_theirs() {
    let mut current = example();
    let communication = Communication {
        id: RecordId::new(&mut SequentialIds::starting_at(700)),
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default(),
        objectives: vec![current.objectives[0].id],
        audience: "Staff".into(),
        channel: "Town hall".into(),
        by_whom: "CIO".into(),
        summary: "Objectives for next year".into(),
        acknowledged_on: None,
    };
    current.communications.push(communication);
    let mut incoming = current.clone();
    incoming.organisation.name = "Renamed Ltd".into();
    incoming.requirements[0].title = "Their requirement".into();
    incoming.communications[0].summary = "Their summary".into();
    // Changed on both sides at the same moment: nothing says which is newer, mine stays.
    incoming.objectives[2].title = "Same time, other title".into();

    let found = differences(&current, &incoming);
    let summary: Vec<(RecordKind, Side, Option<Side>)> =
        found.iter().map(|d| (d.kind, d.default, d.newer)).collect();
    assert_eq!(
        summary,
        [
            (RecordKind::Organisation, Side::Current, None),
            (RecordKind::Objective, Side::Current, None),
            (RecordKind::Requirement, Side::Current, None),
            (RecordKind::Communication, Side::Current, None),
        ]
    );
    let kept = merge(&current, &incoming, &HashMap::default());
    assert!(kept.problems.is_empty(), "{:?}", kept.problems);
    assert_eq!(
        kept.workspace, current,
        "by default every conflict keeps mine"
    );

    let theirs: HashMap<_, _> = found.iter().map(|d| (d.id, Side::Incoming)).collect();
    let taken = merge(&current, &incoming, &theirs);
    assert!(taken.problems.is_empty(), "{:?}", taken.problems);
    assert_eq!(
        taken.workspace, incoming,
        "taking theirs everywhere gives the file"
    );
}

#[test]
fn my_newer_change_wins_over_their_older_one_and_the_user_can_overrule_it() {
    let mut current = example();
    current.objectives[0].title = "My newer title".into();
    current.objectives[0].updated = at(200);
    let mut incoming = example();
    incoming.objectives[0].title = "Their older title".into();
    incoming.objectives[0].updated = at(100);
    let found = differences(&current, &incoming);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].label.as_str(), found[0].default, found[0].newer),
        ("S1", Side::Current, Some(Side::Current))
    );
    let merged = merge(&current, &incoming, &HashMap::default());
    assert_eq!(merged.workspace.objectives[0].title, "My newer title");
    let overruled = merge(
        &current,
        &incoming,
        &HashMap::from_iter([(found[0].id, Side::Incoming)]),
    );
    assert_eq!(overruled.workspace.objectives[0].title, "Their older title");
    assert_eq!(overruled.workspace.objectives[0].updated, at(100));
}

#[test]
fn a_merge_that_would_break_the_rules_lists_the_problems() {
    let current = example();
    let mut incoming = current.clone();
    // Their S2 takes the code mine gives to S3: taking theirs would use S3 twice.
    incoming.objectives[1].code = "S3".into();
    incoming.objectives[2].code = "S9".into();
    incoming.objectives[1].updated = at(100);
    incoming.objectives[2].updated = at(-100);
    let merged = merge(&current, &incoming, &HashMap::default());
    assert!(
        merged
            .problems
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::DuplicateCode { .. })),
        "{:?}",
        merged.problems
    );
}

#[test]
fn a_copy_keeps_every_link_inside_the_copy_and_shares_no_id_with_the_original() {
    let mut template = example();
    template.communications.push(Communication {
        id: RecordId::new(&mut SequentialIds::starting_at(700)),
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default(),
        objectives: vec![template.objectives[0].id, template.objectives[3].id],
        audience: "Staff".into(),
        channel: String::new(),
        by_whom: String::new(),
        summary: "Kick-off".into(),
        acknowledged_on: None,
    });
    let copied = import_as_copy(
        &Workspace::default(),
        &template,
        &mut SequentialIds::starting_at(10_000),
    );
    assert!(copied.problems.is_empty(), "{:?}", copied.problems);
    assert!(copied.renamed.is_empty(), "an empty workspace uses no code");
    let copy = &copied.workspace;
    assert_eq!(copy.objectives.len(), template.objectives.len());

    let ids = |workspace: &Workspace| -> Vec<uuid::Uuid> {
        let mut ids: Vec<uuid::Uuid> = workspace.policy.iter().map(|p| p.id.0).collect();
        ids.extend(workspace.requirements.iter().map(|r| r.id.0));
        ids.extend(workspace.communications.iter().map(|c| c.id.0));
        for objective in &workspace.objectives {
            ids.push(objective.id.0);
            for kpi in &objective.kpis {
                ids.push(kpi.id.0);
                ids.extend(kpi.measurements.iter().map(|m| m.id.0));
            }
            ids.extend(objective.reviews.iter().map(|r| r.id.0));
            if let Some(plan) = &objective.plan {
                ids.extend(plan.actions.iter().map(|a| a.id.0));
            }
        }
        ids
    };
    let old: std::collections::HashSet<_> = ids(&template).into_iter().collect();
    let new = ids(copy);
    assert_eq!(new.len(), old.len());
    assert!(new.iter().all(|id| !old.contains(id)), "every id is new");

    // Record by record, the copy says the same as the template, through the new ids.
    for (original, copied) in template.objectives.iter().zip(&copy.objectives) {
        assert_eq!(
            (&copied.code, &copied.title),
            (&original.code, &original.title)
        );
        let code_of = |workspace: &Workspace, id: Option<ObjectiveId>| {
            id.and_then(|id| workspace.objective(id))
                .map(|o| o.code.clone())
        };
        assert_eq!(
            code_of(copy, copied.parent),
            code_of(&template, original.parent)
        );
        // "Also contributes to" links point into the copy too (T2 → S1 and O2 → T1).
        let contributions = |workspace: &Workspace, objective: &Objective| -> Vec<_> {
            objective
                .contributes_to
                .iter()
                .map(|link| code_of(workspace, Some(link.objective)))
                .collect()
        };
        assert_eq!(
            contributions(copy, copied),
            contributions(&template, original)
        );
        let policy_refs = |workspace: &Workspace, links: &[PolicyId]| -> Vec<String> {
            links
                .iter()
                .filter_map(|id| workspace.policy_statement(*id))
                .map(|p| p.reference.clone())
                .collect()
        };
        assert_eq!(
            policy_refs(copy, &copied.policy_links),
            policy_refs(&template, &original.policy_links)
        );
        assert_eq!(copied.policy_links.len(), original.policy_links.len());
        let requirement_refs = |workspace: &Workspace, links: &[RequirementId]| -> Vec<String> {
            links
                .iter()
                .filter_map(|id| workspace.requirement(*id))
                .map(|r| r.reference.clone())
                .collect()
        };
        assert_eq!(
            requirement_refs(copy, &copied.requirement_links),
            requirement_refs(&template, &original.requirement_links)
        );
        assert_eq!(
            copied.requirement_links.len(),
            original.requirement_links.len()
        );
    }
    let about: Vec<String> = copy.communications[0]
        .objectives
        .iter()
        .filter_map(|id| copy.objective(*id))
        .map(|o| o.code.clone())
        .collect();
    assert_eq!(about, ["S1", "T1"]);
}

// ----- property: export then import gives the same workspace -----

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_gives_the_same_workspace(workspace in workspace()) {
        prop_assume!(validate(&workspace).is_empty());
        let text = encode_export(&workspace, at(0));
        let back = decode(&text).map(|d| d.workspace);
        prop_assert_eq!(back, Ok(workspace));
    }

    #[test]
    fn the_compact_stored_form_gives_the_same_workspace(workspace in workspace()) {
        prop_assume!(validate(&workspace).is_empty());
        let version = Version { rev: 3, id: "v3".into(), lineage: vec!["v2".into()] };
        let text = encode_version(&workspace, &version, at(0));
        prop_assert!(sixtwo::io::compact::is_compact(&text));
        let back = decode(&text);
        prop_assert_eq!(back.as_ref().map(|d| &d.workspace), Ok(&workspace));
        prop_assert_eq!(back.map(|d| d.version), Ok(version));
    }

    #[test]
    fn the_writer_writes_generated_workspaces_as_serde_json_writes_them(workspace in workspace()) {
        let compact = sixtwo::io::json_out::to_text(&workspace, sixtwo::io::json_out::Layout::Compact);
        prop_assert_eq!(compact, serde_json::to_string(&workspace).unwrap_or_default());
        let pretty = sixtwo::io::json_out::to_text(&workspace, sixtwo::io::json_out::Layout::Pretty);
        prop_assert_eq!(pretty, serde_json::to_string_pretty(&workspace).unwrap_or_default());
    }

    #[test]
    fn random_bytes_never_crash_the_reader(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_file(&bytes);
    }
}

// ----- hostile files: big, deep, loose and misleading -----

/// `count` strategic objectives with ids from `first_id` and codes `C0`, `C1`, …
fn many_objectives(count: usize, first_id: u128) -> Workspace {
    let mut ids = SequentialIds::starting_at(first_id);
    let objectives = (0..count)
        .map(|i| {
            Objective::new(
                ObjectiveId::new(&mut ids),
                format!("C{i}"),
                format!("Objective {i}"),
                Level::Strategic,
                at(0),
            )
        })
        .collect();
    Workspace {
        objectives,
        ..Workspace::default()
    }
}

#[test]
fn merging_50_000_objectives_whose_codes_are_all_taken_finishes() {
    let current = many_objectives(50_000, 1);
    let incoming = many_objectives(50_000, 1_000_000);
    let merged = merge(&current, &incoming, &HashMap::default());
    assert!(merged.problems.is_empty(), "{:?}", &merged.problems[..3]);
    assert_eq!(merged.workspace.objectives.len(), 100_000);
    assert_eq!(merged.renamed.len(), 50_000);
    assert_eq!(merged.renamed[0], ("C0".to_string(), "C0-1".to_string()));
    assert_eq!(
        merged.renamed[49_999],
        ("C49999".to_string(), "C49999-1".to_string())
    );
}

#[test]
fn copying_50_000_objectives_whose_codes_are_all_taken_finishes() {
    let current = many_objectives(50_000, 1);
    let copied = import_as_copy(
        &current,
        &current,
        &mut SequentialIds::starting_at(1_000_000),
    );
    assert!(copied.problems.is_empty(), "{:?}", &copied.problems[..3]);
    assert_eq!(copied.workspace.objectives.len(), 100_000);
    assert_eq!(copied.renamed.len(), 50_000);
    assert_eq!(copied.renamed[7], ("C7".to_string(), "C7-1".to_string()));
}

#[test]
fn comparing_and_merging_50_000_changed_objectives_finishes() {
    let current = many_objectives(50_000, 1);
    let mut incoming = current.clone();
    for objective in &mut incoming.objectives {
        objective.title.push_str(" (theirs)");
        objective.updated = at(60);
    }
    incoming.objectives.reverse();
    let comparison = compare(&current, &incoming);
    assert_eq!(comparison.changed.len(), 50_000);
    assert_eq!(comparison.unchanged, 0);
    let found = differences(&current, &incoming);
    assert_eq!(found.len(), 50_000);
    assert!(found.iter().all(|d| d.default == Side::Incoming));
    let merged = merge(&current, &incoming, &HashMap::default());
    assert!(merged.problems.is_empty());
    assert!(merged.renamed.is_empty());
    assert_eq!(merged.workspace.objectives.len(), 50_000);
    assert_eq!(merged.workspace.objectives[0].title, "Objective 0 (theirs)");
}

#[test]
fn a_renamed_code_skips_every_code_taken_on_either_side() {
    let mut current = many_objectives(3, 1);
    current.objectives[1].code = "C0-1".into();
    current.objectives[2].code = "c0-2".into();
    let mut incoming = many_objectives(3, 100);
    incoming.objectives[1].code = "C0-3".into();
    incoming.objectives[2].code = "X".into();
    let merged = merge(&current, &incoming, &HashMap::default());
    assert_eq!(
        merged.renamed,
        vec![
            ("C0".to_string(), "C0-3".to_string()),
            ("C0-3".to_string(), "C0-3-1".to_string()),
        ]
    );
    let copied = import_as_copy(&current, &incoming, &mut SequentialIds::starting_at(500));
    assert_eq!(
        copied.renamed, merged.renamed,
        "copy and merge rename alike"
    );
    assert!(copied.problems.is_empty() && merged.problems.is_empty());
}

/// The paths `read_text` refuses `workspace` for, once written as a file.
fn refused_paths(workspace: &Workspace) -> Vec<String> {
    match problem(&encode_export(workspace, at(0))) {
        FileProblem::Unreadable(DecodeError::Inconsistent { problems, .. }) => {
            problems.into_iter().map(|p| p.path).collect()
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_file_is_held_to_the_same_field_rules_as_the_forms() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let mut ids = SequentialIds::starting_at(800);
    type Edit = Box<dyn Fn(&mut Workspace, &mut SequentialIds)>;
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "a 1 MB action",
            Box::new(|w, _| {
                let plan = w.objectives[6].plan.get_or_insert_with(Default::default);
                plan.actions[0].what = "x".repeat(1_000_000);
            }),
            "workspace.objectives[6].plan.actions[0].what",
        ),
        (
            "a long resource amount",
            Box::new(|w, _| {
                let plan = w.objectives[6].plan.get_or_insert_with(Default::default);
                plan.actions[0].resources[1].amount = "9".repeat(301);
            }),
            "workspace.objectives[6].plan.actions[0].resources[1].amount",
        ),
        (
            "an action starting after it is due",
            Box::new(move |w, _| {
                let plan = w.objectives[6].plan.get_or_insert_with(Default::default);
                plan.actions[0].start = Some(day(2027, 5, 2));
                plan.actions[0].due = Some(day(2027, 5, 1));
            }),
            "workspace.objectives[6].plan.actions[0].due",
        ),
        (
            "long success criteria",
            Box::new(|w, _| {
                let plan = w.objectives[6].plan.get_or_insert_with(Default::default);
                plan.evaluation.success_criteria = "x".repeat(20_001);
            }),
            "workspace.objectives[6].plan.evaluation.successCriteria",
        ),
        (
            "a 1 MB communication summary",
            Box::new(move |w, ids| {
                w.communications.push(Communication {
                    id: RecordId::new(ids),
                    date: day(2026, 10, 1),
                    objectives: vec![w.objectives[0].id],
                    audience: "Staff".into(),
                    channel: String::new(),
                    by_whom: String::new(),
                    summary: "x".repeat(1_000_000),
                    acknowledged_on: None,
                });
            }),
            "workspace.communications[0].summary",
        ),
        (
            "a negative roll-up weight",
            Box::new(|w, _| w.objectives[3].weight = Some(-1.0)),
            "workspace.objectives[3].weight",
        ),
        (
            "a negative KPI weight",
            Box::new(|w, _| w.objectives[3].kpis[0].weight = Some(-0.5)),
            "workspace.objectives[3].kpis[0].weight",
        ),
        (
            "a threshold above 100 %",
            Box::new(|w, _| w.settings.at_risk_below = Some(1.5)),
            "workspace.settings.atRiskBelow",
        ),
        (
            "off track above at risk",
            Box::new(|w, _| {
                w.settings.at_risk_below = Some(0.5);
                w.settings.off_track_below = Some(0.7);
            }),
            "workspace.settings.offTrackBelow",
        ),
        (
            "a baseline near the largest number",
            Box::new(|w, _| w.objectives[0].kpis[0].baseline = Some(1e308)),
            "workspace.objectives[0].kpis[0].baseline",
        ),
        (
            "a huge negative measurement",
            Box::new(move |w, ids| {
                w.objectives[0].kpis[0].measurements.push(Measurement {
                    id: RecordId::new(ids),
                    date: day(2026, 1, 31),
                    value: -1e300,
                    note: String::new(),
                    recorded_by: String::new(),
                })
            }),
            "workspace.objectives[0].kpis[0].measurements[0].value",
        ),
        (
            "a long measurement note",
            Box::new(move |w, ids| {
                w.objectives[0].kpis[0].measurements.push(Measurement {
                    id: RecordId::new(ids),
                    date: day(2026, 1, 31),
                    value: 1.0,
                    note: "x".repeat(20_001),
                    recorded_by: String::new(),
                })
            }),
            "workspace.objectives[0].kpis[0].measurements[0].note",
        ),
        (
            "a measurement in the year 30000",
            Box::new(move |w, ids| {
                w.objectives[0].kpis[0].measurements.push(Measurement {
                    id: RecordId::new(ids),
                    date: day(30_000, 1, 1),
                    value: 1.0,
                    note: String::new(),
                    recorded_by: String::new(),
                })
            }),
            "workspace.objectives[0].kpis[0].measurements[0].date",
        ),
        (
            "long review findings",
            Box::new(move |w, ids| {
                w.objectives[1].reviews.push(Review {
                    id: RecordId::new(ids),
                    date: day(2026, 3, 1),
                    reviewer: "Lee".into(),
                    result: Default::default(),
                    findings: "x".repeat(20_001),
                    decision: Default::default(),
                    next_review: None,
                })
            }),
            "workspace.objectives[1].reviews[0].findings",
        ),
        (
            "a long monitoring method",
            Box::new(|w, _| w.objectives[2].monitoring.method = "x".repeat(20_001)),
            "workspace.objectives[2].monitoring.method",
        ),
        (
            "a long audience in a communication plan",
            Box::new(|w, _| w.objectives[2].communication.audiences = vec!["x".repeat(301)]),
            "workspace.objectives[2].communication.audiences[0]",
        ),
        (
            "a long revision note",
            Box::new(|w, _| w.objectives[4].revisions[0].note = "x".repeat(20_001)),
            "workspace.objectives[4].revisions[0].note",
        ),
        (
            "a long organisation function",
            Box::new(|w, _| w.organisation.functions.push("x".repeat(301))),
            "workspace.organisation.functions",
        ),
        (
            "a long document owner",
            Box::new(|w, _| w.organisation.document.owner = "x".repeat(301)),
            "workspace.organisation.document.owner",
        ),
        (
            "an inverted range target",
            Box::new(|w, _| {
                let kpi = &mut w.objectives[8].kpis[0];
                kpi.direction = Direction::Range;
                kpi.target = Some(90.0);
                kpi.target_upper = Some(80.0);
            }),
            "workspace.objectives[8].kpis[0].targetUpper",
        ),
    ];
    for (name, edit, path) in cases {
        let mut workspace = example();
        edit(&mut workspace, &mut ids);
        let paths = refused_paths(&workspace);
        assert!(
            paths.iter().any(|p| p.starts_with(path)),
            "{name}: {paths:?}"
        );
    }
}

#[test]
fn every_field_problem_of_a_file_is_listed_with_its_path() {
    let mut workspace = example();
    workspace.objectives[0].kpis[0].target = Some(-2e15);
    workspace.objectives[1].weight = Some(-3.0);
    workspace.policy[0].text = "x".repeat(20_001);
    workspace.settings.off_track_below = Some(-0.1);
    let paths = refused_paths(&workspace);
    for expected in [
        "workspace.policy[0].text",
        "workspace.objectives[0].kpis[0].target",
        "workspace.objectives[1].weight",
        "workspace.settings.offTrackBelow",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected}: {paths:?}");
    }
}

#[test]
fn deeply_nested_json_is_refused_with_its_place_without_crashing() {
    let deep = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    let refusal = |text: &str| {
        assert!(
            serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok(),
            "the test builds valid JSON"
        );
        match problem(text) {
            FileProblem::Unreadable(DecodeError::TooDeep { limit, path, .. }) => {
                assert_eq!(limit, MAX_NESTING_DEPTH);
                path
            }
            other => panic!("unexpected {other:?}"),
        }
    };
    // At the top, under an unknown key, under a known one, objects in objects.
    assert!(refusal(&deep(10_000)).starts_with("[0][0]"));
    let objects = format!(
        r#"{{"format":"sixtwo-workspace","schemaVersion":1,"workspace":{}1{}}}"#,
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    assert!(refusal(&objects).starts_with("workspace.a.a.a"));
    let under_unknown = format!(
        "{{\"format\":\"sixtwo-workspace\",\"schemaVersion\":1,\"workspace\":{{\"extra\":{}}}}}",
        deep(100_000)
    );
    assert!(refusal(&under_unknown).starts_with("workspace.extra[0]"));
    let english = describe_file_problem(Lang::En, &problem(&under_unknown)).join(" ");
    assert!(english.contains("workspace.extra[0]"), "{english}");
    assert!(english.contains("deeper than"), "{english}");

    let known = format!(
        "{{\"format\":\"sixtwo-workspace\",\"schemaVersion\":1,\"workspace\":{{\"organisation\":{{\"functions\":{}}}}}}}",
        deep(50_000)
    );
    let english = describe_file_problem(Lang::En, &problem(&known)).join(" ");
    assert!(
        english.contains("workspace.organisation.functions[0]"),
        "{english}"
    );
    assert!(english.contains("deeper than"), "{english}");
}

#[test]
fn a_bad_header_value_names_its_field_instead_of_the_format() {
    let good = encode_export(&example(), at(0));
    let cases = [
        (
            good.replacen(
                "\"schemaVersion\": 3,",
                "\"schemaVersion\": 3,\n  \"rev\": -1,",
                1,
            ),
            "rev",
            "-1",
        ),
        (
            good.replacen(
                "\"exportedAt\": \"2025-11-24T16:00:00Z\"",
                "\"exportedAt\": \"yesterday\"",
                1,
            ),
            "exportedAt",
            "\"yesterday\"",
        ),
        (
            good.replacen(
                "\"schemaVersion\": 3,",
                "\"schemaVersion\": 3,\n  \"savedAt\": 17,",
                1,
            ),
            "savedAt",
            "17",
        ),
    ];
    for (text, field, found) in cases {
        let refusal = problem(&text);
        let english = describe_file_problem(Lang::En, &refusal).join(" ");
        assert!(
            !english.contains("not a SixTwo workspace"),
            "{field}: {english}"
        );
        assert!(
            english.contains(field) && english.contains(found),
            "{field}: {english}"
        );
        let chinese = describe_file_problem(Lang::ZhHans, &refusal).join(" ");
        assert!(
            chinese.contains(field) && !chinese.contains("不是 SixTwo 工作区"),
            "{chinese}"
        );
    }
}

#[test]
fn binary_data_says_it_is_not_text_and_where() {
    let english = describe_file_problem(
        Lang::En,
        &read_file(b"{\"a\":\xff\x00}")
            .err()
            .unwrap_or(FileProblem::Unreadable(DecodeError::Empty)),
    )
    .join(" ");
    assert!(
        english.contains("UTF-8") && english.contains("byte 6"),
        "{english}"
    );
}

#[test]
fn a_file_read_as_bytes_gives_what_its_text_gives() {
    let export = encode_export(&example(), at(0));
    let from_text = read_text(&export);
    assert!(from_text.is_ok());
    assert_eq!(read_file(export.as_bytes()), from_text);
    // A byte order mark before an export read as bytes.
    let marked = [&[0xef, 0xbb, 0xbf][..], export.as_bytes()].concat();
    assert_eq!(read_file(&marked), from_text);
    // Empty, or only layout.
    assert_eq!(
        read_file(b""),
        Err(FileProblem::Unreadable(DecodeError::Empty))
    );
    assert_eq!(
        read_file(b" \r\n\t"),
        Err(FileProblem::Unreadable(DecodeError::Empty))
    );
    // A byte that is not UTF-8 deep inside a string of an export: its own position.
    let title = export.find("\"title\": \"").unwrap_or(0) + 10;
    let mut broken = export.clone().into_bytes();
    broken[title] = 0xc0;
    assert_eq!(
        read_file(&broken),
        Err(FileProblem::NotText {
            position: title as u64 + 1
        })
    );
    // A syntax error in an export read as bytes: the file's own line and column.
    let cut = export.replacen("\"code\": ", "\"code\" ", 1);
    let (line, column) = line_and_column(&cut, "\"code\" ");
    match read_file(cut.as_bytes()) {
        Err(FileProblem::Unreadable(DecodeError::Syntax {
            line: at_line,
            column: at_column,
            ..
        })) => {
            assert_eq!(at_line, line);
            assert!(at_column > column, "{at_column} after {column}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_control_character_in_a_code_is_not_called_a_space() {
    let mut workspace = example();
    workspace.objectives[0].code = "S\u{7}1".into();
    let refusal = problem(&encode_export(&workspace, at(0)));
    let english = describe_file_problem(Lang::En, &refusal).join(" ");
    assert!(
        english.contains("workspace.objectives[0].code"),
        "{english}"
    );
    assert!(english.contains("control character"), "{english}");
    assert!(!english.contains("spaces"), "{english}");
    let chinese = describe_file_problem(Lang::ZhHans, &refusal).join(" ");
    assert!(chinese.contains("控制字符"), "{chinese}");
}

#[test]
fn only_the_first_unknown_fields_are_kept_and_the_rest_counted() {
    let extra: Vec<String> = (0..200_000).map(|i| format!("\"x{i}\":0")).collect();
    let text = format!(
        "{{\"format\":\"sixtwo-workspace\",\"schemaVersion\":1,\"workspace\":{{{}}}}}",
        extra.join(",")
    );
    let file = read_text(&text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(file.unknown_fields.total, 200_000);
    assert_eq!(file.unknown_fields.shown.len(), MAX_LISTED_UNKNOWN_FIELDS);
    assert_eq!(file.unknown_fields.shown[0], "workspace.x0");
}
