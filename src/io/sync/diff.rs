//! Field-by-field differences between this browser's version of a document and the server's,
//! for the conflict comparison: every field of the record that differs, at a path in the
//! revision log's style (`title`, `kpis[<id>].target`, `plan.actions[<id>].due`), with both
//! values as compact JSON (empty when absent); a record's place in its list is the field
//! `rank`.

use crate::domain::revision::{text_of, walk_differences};
use serde_json::{Map, Value};

/// One field that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDifference {
    pub field: String,
    /// This browser's value as compact JSON; empty when absent.
    pub mine: String,
    pub theirs: String,
}

/// The fields of the records in two document bodies (either may be absent: deleted) that
/// differ, in a stable order: this browser's fields (in key order), then fields only the
/// server's version has. A deleted side stands as a record with no fields, so every field of
/// the other side is listed; inside the record, fields are compared as the revision log
/// compares them (`walk_differences`).
pub fn differences(mine: Option<&Value>, theirs: Option<&Value>) -> Vec<FieldDifference> {
    let mut out = Vec::new();
    let record = |body: Option<&Value>| body.and_then(|b| b.get("record")).cloned();
    let (a, b) = (record(mine), record(theirs));
    let deleted = Value::Object(Map::new());
    let (a, b) = match (a.as_ref(), b.as_ref()) {
        (Some(a), None) => (Some(a), Some(&deleted)),
        (None, Some(b)) => (Some(&deleted), Some(b)),
        sides => sides,
    };
    walk_differences("", a, b, &|_| true, &mut |field, a, b| {
        out.push(FieldDifference {
            field,
            mine: text_of(a),
            theirs: text_of(b),
        })
    });
    let rank = |body: Option<&Value>| body.and_then(|b| b.get("rank")).cloned();
    let (ra, rb) = (rank(mine), rank(theirs));
    if mine.is_some() && theirs.is_some() && ra != rb {
        out.push(FieldDifference {
            field: "rank".into(),
            mine: text_of(ra.as_ref()),
            theirs: text_of(rb.as_ref()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(record: Value, rank: f64) -> Value {
        json!({"type": "objective", "schemaVersion": 1, "rank": rank, "record": record})
    }

    #[test]
    fn differing_fields_are_listed_with_both_values() {
        let mine = body(
            json!({"id": "o", "title": "Faster", "kpis": [{"id": "k", "target": 15.0}]}),
            1.0,
        );
        let theirs = body(
            json!({"id": "o", "title": "Quicker", "owner": "Li",
                "kpis": [{"id": "k", "target": 10.0}]}),
            2.0,
        );
        let found = differences(Some(&mine), Some(&theirs));
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(fields, ["kpis[k].target", "title", "owner", "rank"]);
        assert_eq!(found[1].mine, "\"Faster\"");
        assert_eq!(found[2].mine, "");
        assert_eq!(found[2].theirs, "\"Li\"");
    }

    #[test]
    fn an_empty_list_next_to_records_gives_one_difference_per_record() {
        let kpi = json!({"id": "k", "target": 10.0});
        let mine = body(json!({"id": "o", "kpis": [], "tags": []}), 1.0);
        let theirs = body(
            json!({"id": "o", "kpis": [kpi.clone()], "tags": ["a"]}),
            1.0,
        );
        let found = differences(Some(&mine), Some(&theirs));
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        // Records are named by id, as in the revision log; plain values compare whole.
        assert_eq!(fields, ["kpis[k]", "tags"]);
        assert_eq!(
            (found[0].mine.as_str(), found[0].theirs.clone()),
            ("", kpi.to_string())
        );
        assert_eq!(
            (found[1].mine.as_str(), found[1].theirs.as_str()),
            ("[]", "[\"a\"]")
        );
        let back = differences(Some(&theirs), Some(&mine));
        assert_eq!(back[0].field, "kpis[k]");
        assert!(back[0].theirs.is_empty());
    }

    #[test]
    fn a_deleted_side_shows_every_field_of_the_other() {
        let mine = body(json!({"id": "o", "title": "Faster"}), 1.0);
        let found = differences(Some(&mine), None);
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(fields, ["id", "title"]);
        assert!(found.iter().all(|d| d.theirs.is_empty()));
        assert!(differences(Some(&mine), Some(&mine)).is_empty());
    }

    #[test]
    fn an_absent_list_or_object_stands_for_an_empty_one() {
        // The stored form leaves out empty lists and default objects, so an absent `kpis`
        // next to a list of KPIs is the same change as an empty list next to it.
        let kpi = json!({"id": "k", "target": 10.0});
        let mine = body(json!({"id": "o"}), 1.0);
        let theirs = body(
            json!({"id": "o", "kpis": [kpi.clone()], "monitoring": {"method": "survey"}}),
            1.0,
        );
        let found = differences(Some(&mine), Some(&theirs));
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(fields, ["kpis[k]", "monitoring.method"]);
        assert_eq!(
            (found[0].mine.as_str(), found[0].theirs.clone()),
            ("", kpi.to_string())
        );
        assert_eq!(found[1].theirs, "\"survey\"");
        // A plan is there or not as a whole.
        let planned = body(json!({"id": "o", "plan": {"what": "Train"}}), 1.0);
        let found = differences(Some(&mine), Some(&planned));
        let fields: Vec<&str> = found.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(fields, ["plan"]);
    }
}
