//! The shape of the file format (which keys each record may have), used to report fields a
//! file contains that this version does not know, instead of dropping them silently.
//!
//! `tests/schema.rs` checks these tables against the JSON Schema generated from the Rust types,
//! so they cannot drift from the model.

use serde_json::Value;

/// What may appear at a place in the document.
#[derive(Debug)]
pub enum Shape {
    /// A value with no keys of interest (a string, a number, an id).
    Leaf,
    /// An object with exactly these keys.
    Object(&'static [(&'static str, Shape)]),
    /// An array whose elements have this shape.
    List(&'static Shape),
}

use Shape::{Leaf, List, Object};

const DOCUMENT_CONTROL: Shape = Object(&[
    ("title", Leaf),
    ("version", Leaf),
    ("owner", Leaf),
    ("approvedBy", Leaf),
    ("approvedOn", Leaf),
]);

const ORGANISATION: Shape = Object(&[
    ("name", Leaf),
    ("scope", Leaf),
    ("functions", Leaf),
    ("document", DOCUMENT_CONTROL),
]);

const POLICY_STATEMENT: Shape = Object(&[("id", Leaf), ("reference", Leaf), ("text", Leaf)]);

const REQUIREMENT: Shape = Object(&[
    ("id", Leaf),
    ("reference", Leaf),
    ("title", Leaf),
    ("source", Leaf),
    ("notes", Leaf),
]);

const MEASUREMENT: Shape = Object(&[
    ("id", Leaf),
    ("date", Leaf),
    ("value", Leaf),
    ("note", Leaf),
    ("recordedBy", Leaf),
]);

const KPI: Shape = Object(&[
    ("id", Leaf),
    ("name", Leaf),
    ("unit", Leaf),
    ("baseline", Leaf),
    ("target", Leaf),
    ("targetUpper", Leaf),
    ("direction", Leaf),
    ("dataSource", Leaf),
    ("method", Leaf),
    ("frequency", Leaf),
    ("targetDate", Leaf),
    ("weight", Leaf),
    ("measurements", List(&MEASUREMENT)),
]);

const MONITORING: Shape = Object(&[
    ("frequency", Leaf),
    ("method", Leaf),
    ("responsible", Leaf),
    ("nextReview", Leaf),
]);

const COMMUNICATION_PLAN: Shape = Object(&[
    ("audiences", Leaf),
    ("channels", Leaf),
    ("when", Leaf),
    ("byWhom", Leaf),
]);

const UPDATE_POLICY: Shape = Object(&[
    ("reviewCadence", Leaf),
    ("triggers", Leaf),
    ("lastReviewed", Leaf),
]);

const RESOURCE: Shape = Object(&[
    ("kind", Leaf),
    ("description", Leaf),
    ("amount", Leaf),
    ("approved", Leaf),
]);

const ACTION: Shape = Object(&[
    ("id", Leaf),
    ("what", Leaf),
    ("responsible", Leaf),
    ("start", Leaf),
    ("due", Leaf),
    ("resources", List(&RESOURCE)),
    ("status", Leaf),
]);

const EVALUATION: Shape = Object(&[
    ("method", Leaf),
    ("successCriteria", Leaf),
    ("evaluator", Leaf),
    ("date", Leaf),
]);

const PLAN: Shape = Object(&[("actions", List(&ACTION)), ("evaluation", EVALUATION)]);

const REVIEW: Shape = Object(&[
    ("id", Leaf),
    ("date", Leaf),
    ("reviewer", Leaf),
    ("result", Leaf),
    ("findings", Leaf),
    ("decision", Leaf),
    ("nextReview", Leaf),
]);

const FIELD_CHANGE: Shape = Object(&[("field", Leaf), ("old", Leaf), ("new", Leaf)]);

const REVISION: Shape = Object(&[
    ("number", Leaf),
    ("at", Leaf),
    ("reason", Leaf),
    ("note", Leaf),
    ("approvedBy", Leaf),
    ("changes", List(&FIELD_CHANGE)),
]);

const OBJECTIVE: Shape = Object(&[
    ("id", Leaf),
    ("code", Leaf),
    ("title", Leaf),
    ("description", Leaf),
    ("level", Leaf),
    ("parent", Leaf),
    ("parentLink", Leaf),
    ("function", Leaf),
    ("owner", Leaf),
    ("status", Leaf),
    ("policyLinks", Leaf),
    ("requirementLinks", Leaf),
    ("noRequirementsReason", Leaf),
    ("kpis", List(&KPI)),
    ("weight", Leaf),
    ("monitoring", MONITORING),
    ("communication", COMMUNICATION_PLAN),
    ("updating", UPDATE_POLICY),
    ("plan", PLAN),
    ("reviews", List(&REVIEW)),
    ("revisions", List(&REVISION)),
    ("created", Leaf),
    ("updated", Leaf),
]);

const COMMUNICATION: Shape = Object(&[
    ("id", Leaf),
    ("date", Leaf),
    ("objectives", Leaf),
    ("audience", Leaf),
    ("channel", Leaf),
    ("byWhom", Leaf),
    ("summary", Leaf),
    ("acknowledgedOn", Leaf),
]);

const SETTINGS: Shape = Object(&[("atRiskBelow", Leaf), ("offTrackBelow", Leaf)]);

/// The workspace object.
pub const WORKSPACE: Shape = Object(&[
    ("organisation", ORGANISATION),
    ("policy", List(&POLICY_STATEMENT)),
    ("requirements", List(&REQUIREMENT)),
    ("objectives", List(&OBJECTIVE)),
    ("communications", List(&COMMUNICATION)),
    ("settings", SETTINGS),
]);

/// The envelope around the workspace.
pub const ENVELOPE: Shape = Object(&[
    ("format", Leaf),
    ("schemaVersion", Leaf),
    ("appVersion", Leaf),
    ("rev", Leaf),
    ("savedAt", Leaf),
    ("exportedAt", Leaf),
    ("workspace", WORKSPACE),
]);

/// The JSON paths of every key in `value` that `shape` does not allow, in document order.
pub fn unknown_fields(value: &Value, shape: &Shape) -> Vec<String> {
    let mut found = Vec::new();
    // An explicit stack: nesting comes from the file.
    let mut pending: Vec<(&Value, &Shape, String)> = vec![(value, shape, String::new())];
    while let Some((value, shape, path)) = pending.pop() {
        match (shape, value) {
            (Object(keys), Value::Object(map)) => {
                let mut children = Vec::new();
                for (key, child) in map {
                    let child_path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    match keys.iter().find(|(known, _)| known == key) {
                        Some((_, child_shape)) => children.push((child, child_shape, child_path)),
                        None => found.push(child_path),
                    }
                }
                pending.extend(children.into_iter().rev());
            }
            (List(element), Value::Array(items)) => {
                pending.extend(
                    items
                        .iter()
                        .enumerate()
                        .rev()
                        .map(|(i, item)| (item, *element, format!("{path}[{i}]"))),
                );
            }
            _ => {}
        }
    }
    found.sort();
    found
}

/// Every key `shape` allows, per record, for comparing with the generated JSON Schema.
pub fn keys(shape: &Shape) -> Vec<&'static str> {
    match shape {
        Object(keys) => keys.iter().map(|(key, _)| *key).collect(),
        List(element) => keys(element),
        Leaf => Vec::new(),
    }
}

/// The shape of the value under `key` of `shape`, if it allows that key.
pub fn child<'a>(shape: &'a Shape, key: &str) -> Option<&'a Shape> {
    match shape {
        Object(keys) => keys.iter().find(|(k, _)| *k == key).map(|(_, s)| s),
        List(element) => child(element, key),
        Leaf => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_keys_are_reported_with_their_paths() {
        let value = json!({
            "format": "sixtwo-workspace",
            "colour": "blue",
            "workspace": {
                "objectives": [
                    {"id": "x", "code": "S1"},
                    {"id": "y", "code": "S2", "rating": 5, "kpis": [{"id": "k", "emoji": "🎯"}]}
                ],
                "settings": {"theme": "dark"}
            }
        });
        assert_eq!(
            unknown_fields(&value, &ENVELOPE),
            vec![
                "colour",
                "workspace.objectives[1].kpis[0].emoji",
                "workspace.objectives[1].rating",
                "workspace.settings.theme",
            ]
        );
    }

    #[test]
    fn known_documents_have_no_unknown_fields() {
        let value = json!({"format": "sixtwo-workspace", "schemaVersion": 1, "workspace": {}});
        assert!(unknown_fields(&value, &ENVELOPE).is_empty());
    }
}
