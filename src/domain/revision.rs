//! The revision log's arithmetic: which fields of an objective changed between two versions,
//! the combined change between any two revisions, and undoing a set of changes (used both to
//! revert a revision and to fold new edits into an open one).
//!
//! A change names its field by a stable path over the objective's JSON form: `title`,
//! `monitoring.method`, `kpis[<kpi id>].target`, `plan.actions[<action id>].due`. Records with an
//! id (KPIs, actions) are matched by id, so reordering them is not a change; a record added or
//! removed is one change holding the whole record. Old and new values are JSON texts, empty
//! when the field is absent, so the log needs no knowledge of each field's type and a revert
//! restores exactly what was there.
//!
//! Left out, because they are records or bookkeeping rather than the objective's wording:
//! ids, creation and update times, reviews, revisions, KPI measurements, the next review date
//! (set by reviews), the last-reviewed date, the approvals of the objective and of its plan
//! (an approval is a record about a version, not a change of it) and the plan's evaluation
//! result.

use super::json_out::Layout;
use super::model::{FieldChange, Objective, Revision, RevisionReason, Timestamp};
use serde_json::{Map, Value};

/// Field paths (with record ids removed) that are never revisions.
const UNTRACKED: [&str; 11] = [
    "id",
    "created",
    "updated",
    "reviews",
    "revisions",
    "kpis.measurements",
    "monitoring.nextReview",
    "updating.lastReviewed",
    "approval",
    "plan.approval",
    "plan.evaluation.result",
];

/// Why a set of changes could not be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RevertError {
    /// The field's record no longer exists (say, a KPI removed in a later revision).
    Missing { field: String },
    /// A value in the log is not valid JSON, or the result is not a valid objective.
    Malformed { field: String },
}

/// `path` without its record ids: `kpis[…].target` → `kpis.target`.
fn shape_of(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut depth = 0usize;
    for ch in path.chars() {
        match ch {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => shape.push(ch),
            _ => {}
        }
    }
    shape
}

fn tracked(path: &str) -> bool {
    let shape = shape_of(path);
    !UNTRACKED.contains(&shape.as_str())
}

/// The path of the field `key` under `parent` (`plan` and `due` give `plan.due`).
fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// A value as compact JSON text; empty when absent.
pub(crate) fn text_of(value: Option<&Value>) -> String {
    value.map(super::json_out::compact).unwrap_or_default()
}

/// The id of a record in a list, if it has one (also team sync's documents' ids).
pub(crate) fn record_id(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

/// Whether every element is a record with an id, so the list is compared record by record.
/// An empty list is one: next to a list of records (the first KPI added, the last action
/// removed) each record is then its own change, `kpis[<id>]` holding the whole record, as
/// when a list that had records gains or loses one; next to a list of plain values it is
/// compared as a whole like any other value.
fn is_record_list(list: &[Value]) -> bool {
    list.iter().all(|v| record_id(v).is_some())
}

fn record<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|v| record_id(v) == Some(id))
}

/// Optional parts that are one change when they appear or disappear as a whole: having a
/// plan or not is itself the change.
const WHOLE_WHEN_ABSENT: [&str; 1] = ["plan"];

/// What an absent field stands for next to `present`: the stored form omits empty lists and
/// default objects, so `monitoring` missing on one side means "every field at its default".
fn absent_like(path: &str, present: &Value) -> Option<Value> {
    if WHOLE_WHEN_ABSENT.contains(&shape_of(path).as_str()) {
        return None;
    }
    match present {
        Value::Object(_) => Some(Value::Object(Map::new())),
        Value::Array(_) => Some(Value::Array(Vec::new())),
        _ => None,
    }
}

/// What `walk_differences` calls with a differing field's path and its two values.
pub(crate) type OnDifference<'a> = dyn FnMut(String, Option<&Value>, Option<&Value>) + 'a;

/// Walks two JSON forms of a record side by side and calls `found` with the path and both
/// values of every field that differs; `keep` decides which paths are looked at. Shared by the
/// revision log and team sync's field-by-field comparison (`io::sync::diff`), so both name
/// and split changes the same way: records in a list matched by id, a record on one side only
/// one change, an absent list or object standing for an empty one.
pub(crate) fn walk_differences(
    path: &str,
    old: Option<&Value>,
    new: Option<&Value>,
    keep: &dyn Fn(&str) -> bool,
    found: &mut OnDifference,
) {
    if !path.is_empty() && !keep(path) {
        return;
    }
    let stand_in = match (old, new) {
        (None, Some(present)) | (Some(present), None) => absent_like(path, present),
        _ => None,
    };
    if let Some(empty) = stand_in {
        let (old, new) = match old {
            None => (Some(&empty), new),
            Some(_) => (old, Some(&empty)),
        };
        return walk_differences(path, old, new, keep, found);
    }
    match (old, new) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let mut keys: Vec<&String> = a.keys().collect();
            keys.extend(b.keys().filter(|k| !a.contains_key(*k)));
            for key in keys {
                walk_differences(&join(path, key), a.get(key), b.get(key), keep, found);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b)))
            if is_record_list(a) && is_record_list(b) =>
        {
            let mut ids: Vec<&str> = a.iter().filter_map(record_id).collect();
            ids.extend(
                b.iter()
                    .filter_map(record_id)
                    .filter(|id| record(a, id).is_none()),
            );
            for id in ids {
                let field = format!("{path}[{id}]");
                match (record(a, id), record(b, id)) {
                    (Some(x), Some(y)) => walk_differences(&field, Some(x), Some(y), keep, found),
                    (x, y) => found(field, x, y),
                }
            }
        }
        (a, b) if a != b => found(path.to_string(), a, b),
        _ => {}
    }
}

/// `objective`'s JSON form. Written as text and read back rather than with
/// `serde_json::to_value`, so the model's `Serialize` code is the one the stored encoding
/// already compiles, not a second copy for `Value` (the first download's size).
fn as_value(objective: &Objective) -> Value {
    // The writer writes JSON; Null keeps this total anyway.
    super::json_read::read_text(&super::json_out::to_text(objective, Layout::Compact))
        .unwrap_or(Value::Null)
}

/// The tracked fields that differ from `old` to `new`, in a stable order.
pub fn changes(old: &Objective, new: &Objective) -> Vec<FieldChange> {
    tracked_changes("", Some(&as_value(old)), Some(&as_value(new)))
}

/// The tracked fields under `path` that differ from `old` to `new`.
fn tracked_changes(path: &str, old: Option<&Value>, new: Option<&Value>) -> Vec<FieldChange> {
    let mut out = Vec::new();
    walk_differences(path, old, new, &tracked, &mut |field, old, new| {
        out.push(FieldChange {
            field,
            old: text_of(old),
            new: text_of(new),
        })
    });
    out
}

/// One step of a field path: a key, and the id of a record in the list under that key.
struct Step<'a> {
    key: &'a str,
    id: Option<&'a str>,
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    path.split('.')
        .map(|part| match part.split_once('[') {
            Some((key, rest)) => rest.strip_suffix(']').map(|id| Step { key, id: Some(id) }),
            None => Some(Step {
                key: part,
                id: None,
            }),
        })
        .collect()
}

/// Sets the field at `path` to `value` (or removes it when `None`).
fn set_path(root: &mut Value, path: &str, value: Option<Value>) -> Result<(), RevertError> {
    let missing = || RevertError::Missing {
        field: path.to_string(),
    };
    let malformed = || RevertError::Malformed {
        field: path.to_string(),
    };
    let steps = steps(path).ok_or_else(malformed)?;
    let Some((last, parents)) = steps.split_last() else {
        return Err(malformed());
    };
    let mut here = root;
    for step in parents {
        let object = here.as_object_mut().ok_or_else(malformed)?;
        here = match step.id {
            None => object
                .entry(step.key.to_string())
                .or_insert_with(|| Value::Object(Map::new())),
            Some(id) => object
                .get_mut(step.key)
                .and_then(Value::as_array_mut)
                .and_then(|list| list.iter_mut().find(|v| record_id(v) == Some(id)))
                .ok_or_else(missing)?,
        };
    }
    let object = here.as_object_mut().ok_or_else(malformed)?;
    match (last.id, value) {
        (None, Some(value)) => {
            object.insert(last.key.to_string(), value);
        }
        (None, None) => {
            object.remove(last.key);
        }
        (Some(id), value) => {
            let list = object
                .entry(last.key.to_string())
                .or_insert_with(|| Value::Array(Vec::new()))
                .as_array_mut()
                .ok_or_else(malformed)?;
            let at = list.iter().position(|v| record_id(v) == Some(id));
            match (at, value) {
                (Some(i), Some(value)) => list[i] = value,
                (Some(i), None) => {
                    list.remove(i);
                }
                (None, Some(value)) => list.push(value),
                (None, None) => {}
            }
        }
    }
    Ok(())
}

fn parse(text: &str, field: &str) -> Result<Option<Value>, RevertError> {
    if text.is_empty() {
        return Ok(None);
    }
    super::json_read::read_text(text)
        .map(Some)
        .map_err(|_| RevertError::Malformed {
            field: field.to_string(),
        })
}

/// `objective` with `changes` undone: every changed field set back to its old value. Fields
/// the changes do not name keep their current value.
pub fn undo_changes(
    objective: &Objective,
    changes: &[FieldChange],
) -> Result<Objective, RevertError> {
    let mut value = as_value(objective);
    for change in changes.iter().rev() {
        let old = parse(&change.old, &change.field)?;
        set_path(&mut value, &change.field, old)?;
    }
    // Read back from text rather than with `serde_json::from_value`: the model's `Deserialize`
    // code for text is the one reading the stored workspace already needs.
    super::json_read::read_text(&super::json_out::compact(&value)).map_err(|_| {
        RevertError::Malformed {
            field: changes.first().map(|c| c.field.clone()).unwrap_or_default(),
        }
    })
}

/// The combined change of consecutive change lists: for each field, its value before the
/// first and after the last; fields that came back to where they started drop out.
pub fn combine<'a>(lists: impl IntoIterator<Item = &'a [FieldChange]>) -> Vec<FieldChange> {
    let mut combined: Vec<FieldChange> = Vec::new();
    for list in lists {
        for change in list {
            match combined.iter_mut().find(|c| c.field == change.field) {
                Some(existing) => existing.new = change.new.clone(),
                None => combined.push(change.clone()),
            }
        }
    }
    combined.retain(|c| c.old != c.new);
    combined
}

/// The number the next revision of `objective` gets.
pub fn next_number(objective: &Objective) -> u32 {
    objective
        .revisions
        .iter()
        .map(|r| r.number)
        .max()
        .unwrap_or(0)
        .saturating_add(1)
}

/// Records in `after`'s revision log what one command changed from `before`.
///
/// Edits fold into the latest revision while it is open (its reason not yet stated), so
/// typing a title is one revision, not one per keystroke: the open revision then holds the
/// change from where it started to now. When the edits undo themselves (the old text typed
/// back), the open revision is dropped. Otherwise a new open revision is started.
pub fn log_edit(before: &Objective, after: &mut Objective, now: Timestamp) {
    let direct = changes(before, after);
    if direct.is_empty() || is_first_plan(before, &direct) {
        return;
    }
    let folded = match after.revisions.last() {
        Some(open) if open.is_open() => Some(match undo_changes(before, &open.changes) {
            Ok(start) => changes(&start, after),
            // A log from elsewhere that no longer undoes cleanly: combining by field keeps
            // every change, if less precisely for records added and edited in the same run.
            Err(_) => combine([open.changes.as_slice(), direct.as_slice()]),
        }),
        _ => None,
    };
    match folded {
        Some(folded) if folded.is_empty() => {
            after.revisions.pop();
        }
        Some(folded) => {
            if let Some(open) = after.revisions.last_mut() {
                open.changes = folded;
                open.at = now;
            }
        }
        None => {
            let number = next_number(after);
            after.revisions.push(Revision {
                number,
                at: now,
                reason: RevisionReason::Unstated,
                note: String::new(),
                approved_by: String::new(),
                changes: direct,
            });
        }
    }
}

/// Whether `changes` give an objective that had no plan its first one and change nothing
/// else but, at the same time, who owns it (the plan wizard asks who is responsible).
/// Planning an objective for the first time is part of establishing it (revision 1 stands for
/// the objective as established), so it is not a revision and asks no reason; changes to that
/// plan afterwards are revisions, and so is an owner changed on its own.
pub fn is_first_plan(before: &Objective, changes: &[FieldChange]) -> bool {
    let is_plan =
        |change: &FieldChange| change.field == "plan" || change.field.starts_with("plan.");
    let had_no_plan = before
        .plan
        .as_ref()
        .is_none_or(|plan| plan.actions.is_empty() && !plan.through_children);
    let never_planned = before.revisions.iter().all(|revision| {
        revision
            .changes
            .iter()
            .all(|change| change.field != "plan" && !change.field.starts_with("plan."))
    });
    had_no_plan
        && never_planned
        && changes.iter().any(is_plan)
        && changes
            .iter()
            .all(|change| is_plan(change) || change.field == "owner")
}

/// Like [`log_edit`] for a command that knows why it changed the objective (a review's
/// decision): its changes become a revision with that reason and approver at once. A revision
/// still open stays where it is, before it, so the log keeps the order things happened in;
/// later edits then start a new open revision.
pub fn log_decided(
    before: &Objective,
    after: &mut Objective,
    now: Timestamp,
    reason: RevisionReason,
    approved_by: &str,
) {
    let direct = changes(before, after);
    if direct.is_empty() {
        return;
    }
    let number = next_number(after);
    after.revisions.push(Revision {
        number,
        at: now,
        reason,
        note: String::new(),
        approved_by: approved_by.to_string(),
        changes: direct,
    });
}

/// The combined change from the state after revision `from` to the state after revision
/// `to` (either order; going back swaps old and new). Revisions are taken in log order.
pub fn between(revisions: &[Revision], from: u32, to: u32) -> Vec<FieldChange> {
    let (low, high) = (from.min(to), from.max(to));
    let lists = revisions
        .iter()
        .filter(|r| r.number > low && r.number <= high)
        .map(|r| r.changes.as_slice());
    let mut combined = combine(lists);
    if from > to {
        for change in &mut combined {
            std::mem::swap(&mut change.old, &mut change.new);
        }
    }
    combined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::{example_workspace, ExampleLanguage};
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Action, Direction, Kpi, Level, Measurement, Plan, Timestamp};
    use crate::domain::{KpiId, ObjectiveId, RecordId};

    fn objective() -> Objective {
        let mut ids = SequentialIds::default();
        let mut o = Objective::new(
            ObjectiveId::new(&mut ids),
            "O1",
            "Cut MTTR",
            Level::Operational,
            Timestamp::from_unix_seconds(1_700_000_000),
        );
        let mut kpi = Kpi::named(KpiId::new(&mut ids), "MTTR");
        kpi.target = Some(15.0);
        kpi.baseline = Some(40.0);
        kpi.direction = Direction::LowerIsBetter;
        o.kpis.push(kpi);
        o
    }

    fn fields(changes: &[FieldChange]) -> Vec<&str> {
        changes.iter().map(|c| c.field.as_str()).collect()
    }

    #[test]
    fn a_changed_title_and_target_are_named_by_path() {
        let old = objective();
        let mut new = old.clone();
        new.title = "Cut MTTR to 12 minutes".into();
        new.kpis[0].target = Some(12.0);
        let kpi = new.kpis[0].id;
        let found = changes(&old, &new);
        assert_eq!(
            fields(&found),
            vec![format!("kpis[{kpi}].target").as_str(), "title"]
        );
        let target = &found[0];
        assert_eq!((target.old.as_str(), target.new.as_str()), ("15.0", "12.0"));
        assert_eq!(found[1].old, "\"Cut MTTR\"");
    }

    #[test]
    fn records_and_bookkeeping_are_not_revisions() {
        let old = objective();
        let mut new = old.clone();
        new.updated = Timestamp::from_unix_seconds(1_800_000_000);
        new.monitoring.next_review = chrono::NaiveDate::from_ymd_opt(2027, 1, 1);
        new.kpis[0].measurements.push(Measurement {
            id: RecordId::new(&mut SequentialIds::default()),
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
            value: 30.0,
            note: String::new(),
            recorded_by: String::new(),
        });
        assert!(changes(&old, &new).is_empty());
    }

    #[test]
    fn reordering_records_is_not_a_change_but_adding_one_is_one_change() {
        let old = objective();
        let mut new = old.clone();
        let added = Kpi::named(KpiId::new(&mut SequentialIds::default()), "FCR");
        new.kpis.insert(0, added.clone());
        let found = changes(&old, &new);
        assert_eq!(fields(&found), vec![format!("kpis[{}]", added.id).as_str()]);
        assert!(found[0].old.is_empty());
        let back = undo_changes(&new, &found).expect("undone");
        assert_eq!(back, old);
    }

    #[test]
    fn the_first_kpi_added_and_the_last_removed_are_one_change_each() {
        let with_kpi = objective();
        let mut without = with_kpi.clone();
        without.kpis.clear();
        let kpi = with_kpi.kpis[0].id;
        let added = changes(&without, &with_kpi);
        assert_eq!(fields(&added), vec![format!("kpis[{kpi}]").as_str()]);
        assert!(added[0].old.is_empty());
        assert_eq!(undo_changes(&with_kpi, &added).expect("undone"), without);
        let removed = changes(&with_kpi, &without);
        assert_eq!(fields(&removed), vec![format!("kpis[{kpi}]").as_str()]);
        assert!(removed[0].new.is_empty());
    }

    #[test]
    fn an_empty_list_is_compared_record_by_record_or_whole_like_its_other_side() {
        let record = serde_json::json!({"id": "k", "target": 15.0});
        let compared = |old: Value, new: Value| tracked_changes("kpis", Some(&old), Some(&new));
        let added = compared(serde_json::json!([]), serde_json::json!([record.clone()]));
        assert_eq!(fields(&added), ["kpis[k]"]);
        assert_eq!(
            (added[0].old.as_str(), added[0].new.clone()),
            ("", record.to_string())
        );
        let removed = compared(serde_json::json!([record]), serde_json::json!([]));
        assert_eq!(fields(&removed), ["kpis[k]"]);
        let plain = compared(serde_json::json!([]), serde_json::json!(["a"]));
        assert_eq!(fields(&plain), ["kpis"]);
        assert_eq!(
            (plain[0].old.as_str(), plain[0].new.as_str()),
            ("[]", "[\"a\"]")
        );
        assert!(compared(serde_json::json!([]), serde_json::json!([])).is_empty());
    }

    #[test]
    fn a_new_plan_is_one_change_and_a_changed_action_is_per_field() {
        let old = objective();
        let mut planned = old.clone();
        let action = Action {
            id: RecordId::new(&mut SequentialIds::default()),
            what: "Runbook".into(),
            responsible: "Li".into(),
            start: None,
            due: None,
            resources: Vec::new(),
            status: Default::default(),
            corrective: false,
        };
        planned.plan = Some(Plan {
            actions: vec![action.clone()],
            evaluation: Default::default(),
            ..Plan::default()
        });
        assert_eq!(fields(&changes(&old, &planned)), vec!["plan"]);
        let mut changed = planned.clone();
        if let Some(plan) = changed.plan.as_mut() {
            plan.actions[0].responsible = "Wang".into();
        }
        assert_eq!(
            fields(&changes(&planned, &changed)),
            vec![format!("plan.actions[{}].responsible", action.id).as_str()]
        );
    }

    #[test]
    fn undoing_every_change_of_the_example_gives_back_the_old_objective() {
        let workspace = example_workspace(
            ExampleLanguage::English,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
        );
        let objectives = &workspace.objectives;
        for (old, new) in objectives.iter().zip(objectives.iter().skip(1)) {
            // Compare two different objectives as if one became the other (ids aside).
            let mut new = new.clone();
            new.id = old.id;
            new.created = old.created;
            new.updated = old.updated;
            new.revisions = old.revisions.clone();
            new.reviews = old.reviews.clone();
            new.monitoring.next_review = old.monitoring.next_review;
            new.updating.last_reviewed = old.updating.last_reviewed;
            new.approval = old.approval.clone();
            if let (Some(plan), Some(old_plan)) = (new.plan.as_mut(), old.plan.as_ref()) {
                plan.approval = old_plan.approval.clone();
                plan.evaluation.result = old_plan.evaluation.result.clone();
            }
            let found = changes(old, &new);
            assert!(!found.is_empty());
            let mut back = undo_changes(&new, &found).expect("undone");
            // Records come back in their old order only up to reordering.
            back.kpis.sort_by_key(|k| k.id.to_string());
            let mut expected = old.clone();
            expected.kpis.sort_by_key(|k| k.id.to_string());
            for objective in [&mut back, &mut expected] {
                if let Some(plan) = &mut objective.plan {
                    plan.actions.sort_by_key(|a| a.id.to_string());
                }
            }
            for (k, e) in back.kpis.iter_mut().zip(&expected.kpis) {
                k.measurements = e.measurements.clone();
            }
            assert_eq!(back, expected, "{} → {}", old.code, new.code);
        }
    }

    #[test]
    fn a_later_change_to_a_record_added_earlier_folds_into_its_addition() {
        let old = objective();
        let mut first = old.clone();
        let added = Kpi::named(KpiId::new(&mut SequentialIds::default()), "FCR");
        first.kpis.push(added);
        let open = changes(&old, &first);
        let mut second = first.clone();
        second.kpis[1].unit = "%".into();
        // Folding a new edit into an open revision: diff from the revision's starting point.
        let start = undo_changes(&first, &open).expect("undone");
        let folded = changes(&start, &second);
        assert_eq!(folded.len(), 1);
        assert!(folded[0].new.contains("\"unit\":\"%\""));
    }

    #[test]
    fn combining_keeps_the_first_old_and_the_last_new_and_drops_round_trips() {
        let change = |field: &str, old: &str, new: &str| FieldChange {
            field: field.into(),
            old: old.into(),
            new: new.into(),
        };
        let one = vec![
            change("title", "\"a\"", "\"b\""),
            change("owner", "", "\"Li\""),
        ];
        let two = vec![
            change("title", "\"b\"", "\"c\""),
            change("owner", "\"Li\"", ""),
        ];
        let combined = combine([one.as_slice(), two.as_slice()]);
        assert_eq!(combined, vec![change("title", "\"a\"", "\"c\"")]);
    }

    #[test]
    fn undoing_a_change_to_a_removed_record_says_which() {
        let old = objective();
        let mut new = old.clone();
        new.kpis[0].target = Some(10.0);
        let found = changes(&old, &new);
        new.kpis.clear();
        assert!(matches!(
            undo_changes(&new, &found),
            Err(RevertError::Missing { .. })
        ));
    }

    fn logged(o: &Objective) -> Objective {
        let mut o = o.clone();
        o.revisions = vec![Revision {
            number: 1,
            at: Timestamp::from_unix_seconds(1_700_000_000),
            reason: RevisionReason::Created,
            note: String::new(),
            approved_by: String::new(),
            changes: Vec::new(),
        }];
        o
    }

    /// Applies `change` to `current` as a command would, then logs it.
    fn edit(current: &Objective, change: impl FnOnce(&mut Objective), at: i64) -> Objective {
        let mut after = current.clone();
        change(&mut after);
        log_edit(current, &mut after, Timestamp::from_unix_seconds(at));
        after
    }

    #[test]
    fn keystrokes_fold_into_one_open_revision_from_its_starting_point() {
        let start = logged(&objective());
        let mut current = start.clone();
        for (i, typed) in ["Cut", "Cut MTTR", "Cut MTTR to 12"].iter().enumerate() {
            current = edit(&current, |o| o.title = typed.to_string(), 10 + i as i64);
        }
        assert_eq!(current.revisions.len(), 2);
        let open = &current.revisions[1];
        assert!(open.is_open());
        assert_eq!(open.number, 2);
        assert_eq!(open.at, Timestamp::from_unix_seconds(12));
        assert_eq!(
            open.changes,
            vec![FieldChange {
                field: "title".into(),
                old: "\"Cut MTTR\"".into(),
                new: "\"Cut MTTR to 12\"".into(),
            }]
        );
        // Typing the old title back leaves nothing to record: the open revision goes.
        let back = edit(&current, |o| o.title = "Cut MTTR".into(), 20);
        assert_eq!(back.revisions, start.revisions);
    }

    #[test]
    fn edits_after_a_closed_revision_start_the_next_one() {
        let mut current = edit(&logged(&objective()), |o| o.owner = "Li".into(), 10);
        current.revisions[1].reason = RevisionReason::Correction;
        let next = edit(&current, |o| o.kpis[0].target = Some(12.0), 11);
        assert_eq!(next.revisions.len(), 3);
        assert_eq!(next.revisions[2].number, 3);
        assert_eq!(fields(&next.revisions[2].changes).len(), 1);
        // Untracked changes never make a revision.
        let measured = edit(
            &next,
            |o| o.monitoring.next_review = chrono::NaiveDate::from_ymd_opt(2027, 1, 1),
            12,
        );
        assert_eq!(measured.revisions, next.revisions);
    }

    #[test]
    fn a_decided_change_is_recorded_after_an_open_revision() {
        let open = edit(&logged(&objective()), |o| o.owner = "Li".into(), 10);
        let mut decided = open.clone();
        decided.status = crate::domain::model::Status::Achieved;
        log_decided(
            &open,
            &mut decided,
            Timestamp::from_unix_seconds(11),
            RevisionReason::ReviewDecision,
            "Wang",
        );
        let numbers: Vec<(u32, bool)> = decided
            .revisions
            .iter()
            .map(|r| (r.number, r.is_open()))
            .collect();
        assert_eq!(numbers, vec![(1, false), (2, true), (3, false)]);
        assert_eq!(fields(&decided.revisions[2].changes), vec!["status"]);
        assert_eq!(decided.revisions[2].approved_by, "Wang");
    }

    #[test]
    fn between_combines_in_either_direction() {
        let change = |field: &str, old: &str, new: &str| FieldChange {
            field: field.into(),
            old: old.into(),
            new: new.into(),
        };
        let mut o = logged(&objective());
        for (number, changes) in [
            (2, vec![change("title", "\"a\"", "\"b\"")]),
            (3, vec![change("owner", "", "\"Li\"")]),
        ] {
            o.revisions.push(Revision {
                number,
                at: Timestamp::default(),
                reason: RevisionReason::Correction,
                note: String::new(),
                approved_by: String::new(),
                changes,
            });
        }
        assert_eq!(between(&o.revisions, 1, 2), o.revisions[1].changes);
        assert_eq!(between(&o.revisions, 1, 3).len(), 2);
        assert_eq!(
            between(&o.revisions, 3, 1)[0],
            change("title", "\"b\"", "\"a\"")
        );
        assert!(between(&o.revisions, 2, 2).is_empty());
    }

    #[test]
    fn a_malformed_value_in_the_log_is_refused() {
        let o = objective();
        let bad = [FieldChange {
            field: "title".into(),
            old: "{not json".into(),
            new: "\"x\"".into(),
        }];
        assert!(matches!(
            undo_changes(&o, &bad),
            Err(RevertError::Malformed { .. })
        ));
        let wrong_type = [FieldChange {
            field: "level".into(),
            old: "42".into(),
            new: "\"strategic\"".into(),
        }];
        assert!(matches!(
            undo_changes(&o, &wrong_type),
            Err(RevertError::Malformed { .. })
        ));
    }

    fn planned(o: &mut Objective, what: &str) {
        o.plan = Some(Plan {
            actions: vec![Action {
                id: RecordId::new(&mut SequentialIds::default()),
                what: what.into(),
                responsible: "Li".into(),
                start: None,
                due: None,
                resources: Vec::new(),
                status: Default::default(),
                corrective: false,
            }],
            ..Plan::default()
        });
    }

    #[test]
    fn the_first_plan_is_part_of_establishing_and_asks_no_reason() {
        let created = logged(&objective());
        let first = edit(&created, |o| planned(o, "Runbook"), 1_700_000_100);
        assert!(first.plan.is_some());
        assert_eq!(first.revisions.len(), 1, "no revision for the first plan");
        assert!(!first.revisions[0].is_open());
        // Changing the plan afterwards is a revision.
        let changed = edit(
            &first,
            |o| {
                if let Some(action) = o.plan.as_mut().and_then(|p| p.actions.first_mut()) {
                    action.what = "Runbook v2".into();
                }
            },
            1_700_000_200,
        );
        assert_eq!(changed.revisions.len(), 2);
        assert!(changed.revisions[1].is_open());
    }

    #[test]
    fn a_first_plan_with_other_changes_or_after_a_logged_plan_is_a_revision() {
        let created = logged(&objective());
        let with_title = edit(
            &created,
            |o| {
                planned(o, "Runbook");
                o.title = "Cut MTTR to 12 minutes".into();
            },
            1_700_000_100,
        );
        assert_eq!(with_title.revisions.len(), 2);
        // A plan removed (a logged revision) and planned again is a revision too.
        let mut removed = created.clone();
        planned(&mut removed, "Runbook");
        removed.revisions.push(Revision {
            number: 2,
            at: Timestamp::from_unix_seconds(1_700_000_100),
            reason: RevisionReason::Correction,
            note: String::new(),
            approved_by: String::new(),
            changes: vec![FieldChange {
                field: "plan".into(),
                old: "{}".into(),
                new: String::new(),
            }],
        });
        removed.plan = None;
        let again = edit(&removed, |o| planned(o, "Runbook"), 1_700_000_200);
        assert_eq!(again.revisions.len(), 3);
    }
}
