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

use serde::Deserialize;
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
/// (as deep as the shape, never deeper), everything else is skipped by the parser without
/// recursion, and only the first `keep` paths are written out; the others are only counted.
/// Text that is not JSON yields what was found before the error.
pub fn unknown_fields(text: &str, shape: &Shape, keep: usize) -> UnknownFields {
    let mut found = UnknownFields::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let walk = Walk {
        shape,
        place: None,
        keep,
        found: &mut found,
    };
    let _ = serde::de::DeserializeSeed::deserialize(walk, &mut deserializer);
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

/// Reads one value of the document against its shape.
struct Walk<'a, 'f> {
    shape: &'a Shape,
    place: Option<&'a Place<'a>>,
    keep: usize,
    found: &'f mut UnknownFields,
}

impl<'de> serde::de::DeserializeSeed<'de> for Walk<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self.shape {
            Leaf => serde::de::IgnoredAny::deserialize(deserializer).map(|_| ()),
            Object(_) | List(_) => deserializer.deserialize_any(self),
        }
    }
}

impl<'de> serde::de::Visitor<'de> for Walk<'_, '_> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        let Object(keys) = self.shape else {
            while map
                .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                .is_some()
            {}
            return Ok(());
        };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let place = Place {
                parent: self.place,
                step: Step::Key(&key),
            };
            match keys.iter().find(|(known, _)| *known == key) {
                Some((_, shape)) => map.next_value_seed(Walk {
                    shape,
                    place: Some(&place),
                    keep: self.keep,
                    found: &mut *self.found,
                })?,
                None => {
                    if self.found.shown.len() < self.keep {
                        self.found.shown.push(place.path());
                    }
                    self.found.total += 1;
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let List(element) = self.shape else {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
            return Ok(());
        };
        let mut index = 0;
        loop {
            let place = Place {
                parent: self.place,
                step: Step::Index(index),
            };
            let walk = Walk {
                shape: element,
                place: Some(&place),
                keep: self.keep,
                found: &mut *self.found,
            };
            if seq.next_element_seed(walk)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    // Any other value where an object or a list belongs has no keys to report.
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
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
