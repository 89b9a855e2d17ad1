//! The shape of the file format (which keys each record may have), used to report fields a
//! file contains that this version does not know, instead of dropping them silently.
//!
//! `tests/schema.rs` checks these tables against the JSON Schema generated from the Rust types,
//! so they cannot drift from the model.

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

use crate::domain::json_read::{self, Reader};
use Shape::{Leaf, List, Object};

const DOCUMENT_CONTROL: Shape = Object(&[
    ("title", Leaf),
    ("version", Leaf),
    ("owner", Leaf),
    ("approvedBy", Leaf),
    ("approvedOn", Leaf),
]);

const FUNCTION_NOT_RELEVANT: Shape = Object(&[("function", Leaf), ("reason", Leaf)]);

const LEVEL_NOT_RELEVANT: Shape = Object(&[("level", Leaf), ("reason", Leaf)]);

const ORGANISATION: Shape = Object(&[
    ("name", Leaf),
    ("scope", Leaf),
    ("functions", Leaf),
    ("functionsNotRelevant", List(&FUNCTION_NOT_RELEVANT)),
    ("levelsNotRelevant", List(&LEVEL_NOT_RELEVANT)),
    ("document", DOCUMENT_CONTROL),
]);

const APPROVAL: Shape = Object(&[("approvedBy", Leaf), ("approvedOn", Leaf)]);

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
    ("boundary", Leaf),
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
    ("corrective", Leaf),
]);

const EVALUATION_RESULT: Shape =
    Object(&[("date", Leaf), ("criteriaMet", Leaf), ("findings", Leaf)]);

const EVALUATION: Shape = Object(&[
    ("method", Leaf),
    ("successCriteria", Leaf),
    ("evaluator", Leaf),
    ("date", Leaf),
    ("result", EVALUATION_RESULT),
]);

const PLAN: Shape = Object(&[
    ("throughChildren", Leaf),
    ("actions", List(&ACTION)),
    ("evaluation", EVALUATION),
    ("approval", APPROVAL),
]);

const CONTRIBUTION: Shape = Object(&[("objective", Leaf), ("weight", Leaf)]);

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
    ("contributesTo", List(&CONTRIBUTION)),
    ("function", Leaf),
    ("owner", Leaf),
    ("status", Leaf),
    ("approval", APPROVAL),
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

const IMPROVEMENT_ACTION: Shape = Object(&[
    ("what", Leaf),
    ("who", Leaf),
    ("due", Leaf),
    ("addedTo", Leaf),
]);

const ANSWER: Shape = Object(&[
    ("question", Leaf),
    ("level", Leaf),
    ("note", Leaf),
    ("action", IMPROVEMENT_ACTION),
]);

const ASSESSMENT: Shape = Object(&[
    ("id", Leaf),
    ("date", Leaf),
    ("assessor", Leaf),
    ("answers", List(&ANSWER)),
]);

const SETTINGS: Shape = Object(&[("atRiskBelow", Leaf), ("offTrackBelow", Leaf)]);

const LOGGED_FINDING: Shape = Object(&[
    ("id", Leaf),
    ("subject", Leaf),
    ("item", Leaf),
    ("severity", Leaf),
    ("note", Leaf),
]);

const EXERCISE: Shape = Object(&[("exercise", Leaf), ("findings", List(&LOGGED_FINDING))]);

/// The workspace object.
pub const WORKSPACE: Shape = Object(&[
    ("organisation", ORGANISATION),
    ("policy", List(&POLICY_STATEMENT)),
    ("requirements", List(&REQUIREMENT)),
    ("objectives", List(&OBJECTIVE)),
    ("communications", List(&COMMUNICATION)),
    ("settings", SETTINGS),
    ("assessments", List(&ASSESSMENT)),
    ("exercise", EXERCISE),
]);

/// The envelope around the workspace.
pub const ENVELOPE: Shape = Object(&[
    ("format", Leaf),
    ("schemaVersion", Leaf),
    ("appVersion", Leaf),
    ("rev", Leaf),
    ("id", Leaf),
    ("lineage", Leaf),
    ("savedAt", Leaf),
    ("exportedAt", Leaf),
    ("workspace", WORKSPACE),
]);

/// How many unknown fields a file's preview lists at most; the rest are counted.
pub const MAX_LISTED_UNKNOWN_FIELDS: usize = 50;

/// The fields of a document that its shape does not allow: the first few paths and how many
/// there are in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnknownFields {
    /// The JSON paths of the first unknown fields, in document order.
    pub shown: Vec<String>,
    /// How many unknown fields there are, shown or not.
    pub total: usize,
}

impl UnknownFields {
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// How many are counted but not shown.
    pub fn more(&self) -> usize {
        self.total.saturating_sub(self.shown.len())
    }
}

/// The unknown fields of the JSON document `text` for `shape`, keeping at most `keep` paths.
///
/// The text is read once, without building a tree of it: the parts `shape` knows are walked
/// (as deep as the shape, never deeper), everything else is skipped by the reader without
/// recursion, and only the first `keep` paths are written out; the others are only counted.
/// Text that is not JSON yields what was found before the error.
pub fn unknown_fields(text: &str, shape: &Shape, keep: usize) -> UnknownFields {
    let mut found = UnknownFields::default();
    let mut walk = Walk {
        keep,
        found: &mut found,
    };
    let _ = walk.value(&mut Reader::new(text), shape, None);
    found
}

/// Where a value sits, as a chain of steps up to the document; written out only for the
/// fields that are reported.
struct Place<'a> {
    parent: Option<&'a Place<'a>>,
    step: Step<'a>,
}

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl Place<'_> {
    fn path(&self) -> String {
        let mut steps = vec![&self.step];
        let mut up = self.parent;
        while let Some(place) = up {
            steps.push(&place.step);
            up = place.parent;
        }
        let mut path = String::new();
        for step in steps.into_iter().rev() {
            match step {
                Step::Key(key) if path.is_empty() => path.push_str(key),
                Step::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Step::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        path
    }
}

/// Reads the document against its shape, noting the keys the shape does not know.
struct Walk<'f> {
    keep: usize,
    found: &'f mut UnknownFields,
}

impl Walk<'_> {
    /// One value at `place`, of `shape`: the objects and lists the shape knows are walked,
    /// anything else (a leaf, or a value of another kind than the shape's) is skipped.
    fn value(
        &mut self,
        reader: &mut Reader<'_>,
        shape: &Shape,
        place: Option<&Place<'_>>,
    ) -> json_read::Result<()> {
        match (shape, reader.peek()) {
            (Object(keys), Some(b'{')) => reader.read_object(&mut |reader, key| {
                let place = Place {
                    parent: place,
                    step: Step::Key(key),
                };
                match keys.iter().find(|(known, _)| *known == key) {
                    Some((_, shape)) => self.value(reader, shape, Some(&place)),
                    None => {
                        if self.found.shown.len() < self.keep {
                            self.found.shown.push(place.path());
                        }
                        self.found.total += 1;
                        reader.skip_value()
                    }
                }
            }),
            (List(element), Some(b'[')) => {
                let mut index = 0;
                reader.read_list(&mut |reader| {
                    let place = Place {
                        parent: place,
                        step: Step::Index(index),
                    };
                    index += 1;
                    self.value(reader, element, Some(&place))
                })
            }
            _ => reader.skip_value(),
        }
    }
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

    #[test]
    fn unknown_keys_are_reported_with_their_paths_in_document_order() {
        let text = r#"{
            "format": "sixtwo-workspace",
            "colour": "blue",
            "workspace": {
                "objectives": [
                    {"id": "x", "code": "S1"},
                    {"id": "y", "code": "S2", "rating": 5, "kpis": [{"id": "k", "emoji": "🎯"}]}
                ],
                "settings": {"theme": "dark"}
            }
        }"#;
        assert_eq!(
            unknown_fields(text, &ENVELOPE, 10),
            UnknownFields {
                shown: vec![
                    "colour".into(),
                    "workspace.objectives[1].rating".into(),
                    "workspace.objectives[1].kpis[0].emoji".into(),
                    "workspace.settings.theme".into(),
                ],
                total: 4,
            }
        );
        let capped = unknown_fields(text, &ENVELOPE, 1);
        assert_eq!((capped.shown.len(), capped.total, capped.more()), (1, 4, 3));
    }

    #[test]
    fn known_documents_have_no_unknown_fields() {
        let text = r#"{"format": "sixtwo-workspace", "schemaVersion": 3, "workspace": {}}"#;
        assert!(unknown_fields(text, &ENVELOPE, 10).is_empty());
    }

    #[test]
    fn values_of_unknown_fields_are_skipped_however_deep() {
        let deep = format!(
            r#"{{"workspace": {{"extra": {}1{}, "policy": [{{"id": "p", "x\"y": [{{"z": 1}}]}}]}}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let found = unknown_fields(&deep, &ENVELOPE, 10);
        assert_eq!(found.shown, ["workspace.extra", "workspace.policy[0].x\"y"]);
    }
}
