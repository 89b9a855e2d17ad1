//! Moving every date and time of a workspace by the same number of days: how an example written
//! on its anchor date is brought to today, so that its history always ends on the day it is
//! loaded.
//!
//! Revisions keep changed values as JSON texts; a value of a date field (or a whole record
//! holding date fields) moves too, so the log still describes the shifted objective. Fields are
//! recognised by their names in the file format ([`DATE_FIELDS`]); `tests/examples.rs` checks
//! that the list and [`shift_dates`] cover every date field of the model.

use super::model::{FieldChange, Objective, Plan, Timestamp, Workspace};
use chrono::{Days, NaiveDate};
use serde_json::Value;

/// The names, as written in files, of every field that holds a date or a time.
pub const DATE_FIELDS: [&str; 11] = [
    "acknowledgedOn",
    "approvedOn",
    "at",
    "created",
    "date",
    "due",
    "lastReviewed",
    "nextReview",
    "start",
    "targetDate",
    "updated",
];

const SECONDS_PER_DAY: i64 = 86_400;

/// `date` moved by `days` (earlier when negative); unchanged if that leaves the calendar.
pub fn shift_date(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

fn shift_option(date: &mut Option<NaiveDate>, days: i64) {
    if let Some(date) = date {
        *date = shift_date(*date, days);
    }
}

fn shift_timestamp(at: Timestamp, days: i64) -> Timestamp {
    days.checked_mul(SECONDS_PER_DAY)
        .and_then(|seconds| at.unix_seconds().checked_add(seconds))
        .map_or(at, Timestamp::from_unix_seconds)
}

/// Moves every date and time in `workspace` by `days`: the document's approval, each
/// objective's creation, change and approval times, KPI target dates and measurements,
/// monitoring and update dates, plan actions, evaluations (and their results) and approvals,
/// reviews, revisions (with the dates in their recorded changes), communications and
/// self-assessments (their dates and their actions' due dates).
pub fn shift_dates(workspace: &mut Workspace, days: i64) {
    if days == 0 {
        return;
    }
    shift_option(&mut workspace.organisation.document.approved_on, days);
    for objective in &mut workspace.objectives {
        shift_objective(objective, days);
    }
    for record in &mut workspace.communications {
        record.date = shift_date(record.date, days);
        shift_option(&mut record.acknowledged_on, days);
    }
    for assessment in &mut workspace.assessments {
        assessment.date = shift_date(assessment.date, days);
        for answer in &mut assessment.answers {
            shift_option(&mut answer.action.due, days);
        }
    }
}

fn shift_objective(objective: &mut Objective, days: i64) {
    objective.created = shift_timestamp(objective.created, days);
    objective.updated = shift_timestamp(objective.updated, days);
    shift_option(&mut objective.approval.approved_on, days);
    for kpi in &mut objective.kpis {
        shift_option(&mut kpi.target_date, days);
        for measurement in &mut kpi.measurements {
            measurement.date = shift_date(measurement.date, days);
        }
    }
    shift_option(&mut objective.monitoring.next_review, days);
    shift_option(&mut objective.updating.last_reviewed, days);
    if let Some(plan) = &mut objective.plan {
        shift_plan(plan, days);
    }
    for review in &mut objective.reviews {
        review.date = shift_date(review.date, days);
        shift_option(&mut review.next_review, days);
    }
    for revision in &mut objective.revisions {
        revision.at = shift_timestamp(revision.at, days);
        for change in &mut revision.changes {
            shift_change(change, days);
        }
    }
}

fn shift_plan(plan: &mut Plan, days: i64) {
    for action in &mut plan.actions {
        shift_option(&mut action.start, days);
        shift_option(&mut action.due, days);
    }
    shift_option(&mut plan.evaluation.date, days);
    if let Some(result) = &mut plan.evaluation.result {
        result.date = shift_date(result.date, days);
    }
    shift_option(&mut plan.approval.approved_on, days);
}

/// The field name a change's path ends with: `plan.actions[<id>].due` → `due`,
/// `kpis[<id>]` → `kpis`.
fn last_field(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

fn shift_change(change: &mut FieldChange, days: i64) {
    let field = last_field(&change.field).to_string();
    for text in [&mut change.old, &mut change.new] {
        if text.is_empty() {
            continue;
        }
        // Values are JSON texts; anything else is left as it was written.
        let Ok(mut value) = super::json_read::read_text::<Value>(text) else {
            continue;
        };
        if shift_value(&field, &mut value, days) {
            *text = super::json_out::compact(&value);
        }
    }
}

/// Moves the dates in `value`, the value of the field named `field`; whether anything moved.
fn shift_value(field: &str, value: &mut Value, days: i64) -> bool {
    match value {
        Value::String(text) if DATE_FIELDS.contains(&field) => match shift_text(text, days) {
            Some(moved) => {
                *text = moved;
                true
            }
            None => false,
        },
        Value::Object(fields) => {
            let mut moved = false;
            for (name, inner) in fields.iter_mut() {
                moved |= shift_value(name, inner, days);
            }
            moved
        }
        Value::Array(items) => {
            let mut moved = false;
            for item in items {
                moved |= shift_value(field, item, days);
            }
            moved
        }
        _ => false,
    }
}

/// A date (`2026-11-24`) or a time (RFC 3339) moved by `days`, written as the model writes it.
fn shift_text(text: &str, days: i64) -> Option<String> {
    // Read as `NaiveDate::from_str` reads it, without chrono's item parser.
    if let Ok(date) = crate::domain::model::parse_date_text(text) {
        return Some(shift_date(date, days).to_string());
    }
    Timestamp::parse(text).map(|at| shift_timestamp(at, days).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn dates_move_both_ways_and_stay_put_at_the_calendar_edge() {
        assert_eq!(shift_date(date("2026-02-27"), 3), date("2026-03-02"));
        assert_eq!(shift_date(date("2026-03-02"), -3), date("2026-02-27"));
        assert_eq!(shift_date(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn recorded_changes_of_date_fields_move_and_other_values_do_not() {
        let mut change = FieldChange {
            field: "kpis[k1].targetDate".into(),
            old: "\"2026-12-31\"".into(),
            new: "\"2027-06-30\"".into(),
        };
        shift_change(&mut change, 10);
        assert_eq!(
            (change.old.as_str(), change.new.as_str()),
            ("\"2027-01-10\"", "\"2027-07-10\"")
        );
        let mut title = FieldChange {
            field: "title".into(),
            old: "\"2026-12-31\"".into(),
            new: "\"Done by 2027-06-30\"".into(),
        };
        let before = title.clone();
        shift_change(&mut title, 10);
        assert_eq!(title, before, "a title that looks like a date is words");
        let mut action = FieldChange {
            field: "plan.actions[a1]".into(),
            old: String::new(),
            new: r#"{"id":"a1","what":"2026-01-01","due":"2026-01-31"}"#.into(),
        };
        shift_change(&mut action, -1);
        let moved: Value = serde_json::from_str(&action.new).unwrap_or_default();
        let expected: Value =
            serde_json::from_str(r#"{"id":"a1","what":"2026-01-01","due":"2026-01-30"}"#)
                .unwrap_or_default();
        assert_eq!(moved, expected);
    }
}
