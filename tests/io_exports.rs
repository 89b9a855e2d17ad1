//! Native tests of the spreadsheet and calendar exports: CSV quoting, formula neutralising and
//! Chinese text; an iCalendar file that an independent parser (the `icalendar` crate) reads
//! back with the expected events, folding and escaping.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use sixtwo::domain::model::*;
use sixtwo::i18n::{self, Lang};
use sixtwo::io::csv::{plan_csv, register_csv, CsvLabels};
use sixtwo::io::ics::{calendar_events, write_ics, IcsLabels};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

fn example(lang: Lang) -> Workspace {
    example_workspace(lang.example_language(), today())
}

fn csv_labels() -> CsvLabels<'static> {
    CsvLabels {
        register_headers: [
            "Code",
            "Title",
            "Level",
            "Status",
            "Parent",
            "How it supports the parent",
            "Function",
            "Owner",
            "Policy",
            "Requirements",
            "KPIs",
            "Target date",
            "Last changed",
        ],
        plan_headers: [
            "Objective",
            "Title",
            "Action",
            "Resources",
            "Responsible",
            "Start",
            "Due",
            "Progress",
            "Evaluation method",
            "Success criteria",
            "Evaluator",
            "Evaluation date",
            "Target date",
        ],
        level: &|level| i18n::level_label(level).text(Lang::En),
        status: &|status| i18n::status_label(status).text(Lang::En),
        frequency: &|frequency| i18n::frequency_label(frequency).text(Lang::En),
        resource_kind: &|_| "Resource",
        action_status: &|_| "Planned",
        approved: ["approved", "not approved"],
    }
}

/// Splits CSV text into records of fields, honouring quotes (a small reader for the test).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

#[test]
fn the_register_csv_has_a_row_per_objective_with_its_kpis() {
    let text = register_csv(&example(Lang::En), &csv_labels());
    assert!(
        text.starts_with('\u{feff}'),
        "a byte order mark tells Excel it is UTF-8"
    );
    assert!(text.contains("\r\n"));
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), 10, "a header and nine objectives");
    assert!(rows.iter().all(|row| row.len() == 13));
    let s1 = &rows[1];
    assert_eq!(
        (s1[0].as_str(), s1[2].as_str(), s1[3].as_str()),
        ("S1", "Strategic", "Active")
    );
    assert_eq!(s1[8], "P1 P3");
    let kpis: Vec<&str> = s1[10].lines().collect();
    assert_eq!(kpis.len(), 3);
    assert!(
        kpis[0].starts_with("Market share position in the industry: 6 → ≤ 3 in the ranking"),
        "{}",
        kpis[0]
    );
    let t2 = rows
        .iter()
        .find(|r| r[0] == "T2")
        .unwrap_or_else(|| panic!());
    assert_eq!(t2[4], "S3", "the parent's code");
}

#[test]
fn chinese_text_survives_the_csv() {
    let rows = parse_csv(&register_csv(&example(Lang::ZhHans), &csv_labels()));
    assert_eq!(rows[1][1], "提升全球市场竞争力");
}

#[test]
fn formulas_in_user_text_are_neutralised_but_numbers_stay_numbers() {
    let mut workspace = example(Lang::En);
    workspace.objectives[0].title = "=HYPERLINK(\"http://evil\",\"x\")".into();
    workspace.objectives[0].owner = "@admin".into();
    workspace.objectives[0].kpis[0].baseline = Some(-5.0);
    let rows = parse_csv(&register_csv(&workspace, &csv_labels()));
    assert_eq!(rows[1][1], "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_eq!(rows[1][7], "'@admin");
    assert!(
        rows[1][10].starts_with("Market share position in the industry: -5 → "),
        "{}",
        rows[1][10]
    );
}

#[test]
fn the_plan_csv_has_a_row_per_action() {
    let workspace = example(Lang::En);
    let rows = parse_csv(&plan_csv(&workspace, &csv_labels()));
    let actions: usize = workspace
        .objectives
        .iter()
        .filter_map(|o| o.plan.as_ref())
        .map(|p| p.actions.len())
        .sum();
    assert_eq!(rows.len(), 1 + actions, "a header and a row per action");
    let Some(o1) = rows.iter().find(|row| row[0] == "O1") else {
        panic!("O1's actions are listed");
    };
    assert!(o1[3].contains("(approved)") && o1[3].lines().count() == 2);
    let target = workspace
        .objectives
        .iter()
        .find(|o| o.code == "O1")
        .and_then(|o| o.kpis.iter().filter_map(|k| k.target_date).max());
    assert_eq!(
        Some(o1[12].as_str()),
        target.map(|d| d.to_string()).as_deref(),
        "the objective's target date"
    );
}

fn ics_labels() -> IcsLabels<'static> {
    IcsLabels {
        review: "Review {code}: {title}",
        measurement: "Measure {name} ({code})",
        action_due: "Due: {name} ({code})",
        evaluation: "Evaluate the results of {code}: {title}",
        fill: &|template, args| i18n::fill(template, args),
    }
}

#[test]
fn the_calendar_reads_back_with_an_independent_parser() {
    let mut workspace = example(Lang::ZhHans);
    // Text that needs escaping and a long line that needs folding.
    workspace.objectives[0].title =
        "Raise; competitiveness, worldwide\\ — 提升全球市场竞争力，".repeat(3);
    let events = calendar_events(&workspace, today(), &ics_labels());
    let text = write_ics(
        &events,
        "SixTwo",
        Timestamp::from_unix_seconds(1_764_000_000),
    );
    assert!(
        text.lines().all(|line| line.len() <= 76),
        "lines are folded (75 octets + CR)"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));

    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}"));
    let events_read: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events_read.len(), events.len());
    // Nine reviews, one repeating measurement per KPI, each action's due date, each evaluation.
    let kpis: usize = workspace.objectives.iter().map(|o| o.kpis.len()).sum();
    let plans = workspace.objectives.iter().filter_map(|o| o.plan.as_ref());
    let actions: usize = plans
        .clone()
        .map(|p| p.actions.iter().filter(|a| a.due.is_some()).count())
        .sum();
    let evaluations = plans.filter(|p| p.evaluation.date.is_some()).count();
    assert!(actions > 2 && evaluations > 1);
    assert_eq!(events.len(), 9 + kpis + actions + evaluations);

    let property = |component: &icalendar::parser::Component, name: &str| {
        component
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.as_str().to_string())
            .unwrap_or_default()
    };
    let first = events_read[0];
    assert!(property(first, "UID").starts_with("review-"));
    // The parser undoes the escaping: the title comes back exactly as written.
    assert_eq!(
        property(first, "SUMMARY"),
        format!("Review S1: {}", workspace.objectives[0].title)
    );
    assert!(first.components.iter().any(|c| c.name == "VALARM"));
    let measurement = events_read
        .iter()
        .find(|e| property(e, "UID").starts_with("measure-"))
        .unwrap_or_else(|| panic!("a measurement event"));
    assert!(property(measurement, "RRULE").starts_with("FREQ="));
    // S1's first KPI was last measured in the annual report: next due a year later.
    let s1 = &workspace.objectives[0];
    let due = s1.kpis[0]
        .measurement_due(today())
        .map(|d| d.format("%Y%m%d").to_string());
    assert_eq!(Some(property(measurement, "DTSTART")), due, "next due");

    // The typed parser of the same crate reads the whole file too.
    let parsed: icalendar::Calendar = text.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed.components.len(), events.len());
}

#[test]
fn uids_are_stable_between_exports() {
    let workspace = example(Lang::En);
    let first = calendar_events(&workspace, today(), &ics_labels());
    let later = calendar_events(
        &workspace,
        today().succ_opt().unwrap_or_default(),
        &ics_labels(),
    );
    let uids = |events: &[sixtwo::io::ics::CalendarEvent]| {
        events.iter().map(|e| e.uid.clone()).collect::<Vec<_>>()
    };
    assert_eq!(uids(&first), uids(&later));
}
