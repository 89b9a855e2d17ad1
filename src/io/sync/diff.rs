//! Field-by-field differences between this browser's version of a document and the server's,
//! for the conflict comparison: every field of the record that differs, at a path in the
//! revision log's style (`title`, `kpis[<id>].target`, `plan.actions[<id>].due`), with both
//! values as compact JSON (empty when absent); a record's place in its list is the field
//! `rank`.

use crate::domain::revision::{is_record_list, join, record_id, text_of};
use serde_json::Value;

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
/// server's version has.
pub fn differences(mine: Option<&Value>, theirs: Option<&Value>) -> Vec<FieldDifference> {
    let mut out = Vec::new();
    let record = |body: Option<&Value>| body.and_then(|b| b.get("record")).cloned();
    let (a, b) = (record(mine), record(theirs));
    diff("", a.as_ref(), b.as_ref(), &mut out);
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

fn diff(path: &str, a: Option<&Value>, b: Option<&Value>, out: &mut Vec<FieldDifference>) {
    match (a, b) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            let mut keys: Vec<&String> = x.keys().collect();
            keys.extend(y.keys().filter(|k| !x.contains_key(*k)));
            for key in keys {
                diff(&join(path, key), x.get(key), y.get(key), out);
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y)))
            if is_record_list(x) && is_record_list(y) =>
        {
            let mut ids: Vec<&str> = x.iter().filter_map(record_id).collect();
            ids.extend(
                y.iter()
                    .filter_map(record_id)
                    .filter(|id| !x.iter().any(|v| record_id(v) == Some(id))),
            );
            for id in ids {
                let find =
                    |list: &'_ [Value]| list.iter().find(|v| record_id(v) == Some(id)).cloned();
                let (m, t) = (find(x), find(y));
                diff(&format!("{path}[{id}]"), m.as_ref(), t.as_ref(), out);
            }
        }
        (a, b) if a != b => {
            // An object on one side only: each of its fields differs.
            if let (Some(Value::Object(x)), None) | (None, Some(Value::Object(x))) = (a, b) {
                if !path.is_empty() || !x.is_empty() {
                    let empty = Value::Object(Default::default());
                    let (a, b) = if a.is_some() {
                        (a, Some(&empty))
                    } else {
                        (Some(&empty), b)
                    };
                    if path.is_empty() {
                        return diff(path, a, b, out);
                    }
                }
            }
            out.push(FieldDifference {
                field: path.to_string(),
                mine: text_of(a),
                theirs: text_of(b),
            });
        }
        _ => {}
    }
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
}
