//! The document mapping: a workspace as CouchDB documents and back.
//!
//! The workspace's JSON, exactly as the file format writes it, is cut into documents so that
//! people editing different records never touch the same document:
//!
//! | document id | holds |
//! | --- | --- |
//! | `workspace` | the workspace without its lists (organisation, document control, settings) |
//! | `policy:<id>` | one policy statement |
//! | `requirement:<id>` | one requirement |
//! | `objective:<id>` | one objective with its KPIs, plan and revision log, without the KPIs' measurements and without its reviews |
//! | `measurement:<id>` | one measurement, naming its `objective` and `kpi` |
//! | `review:<id>` | one review, naming its `objective` |
//! | `communication:<id>` | one communication record |
//!
//! Every body is `{"type", "schemaVersion", "rank", "objective"?, "kpi"?, "record"}`: `record`
//! is the record's JSON as the file format writes it, so fields added to the model travel
//! without any change here. `rank` orders a record among its siblings; ranks are kept when
//! the list changes elsewhere, so adding, removing or moving one record rewrites only that
//! record's document, and every browser sorts the same documents into the same order.

//!
//! Cutting a workspace into documents is `split`; reading one document's body, `body`;
//! putting documents together again, `assemble`.

mod assemble;
mod body;
mod split;

pub use assemble::{assemble, Assembled};
pub use body::{read_body, BodyInfo, BodyProblem};
pub use split::split;

use crate::domain::revision::record_id;
use crate::io::envelope::SCHEMA_VERSION;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The kinds of documents a workspace is cut into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    Workspace,
    Policy,
    Requirement,
    Objective,
    Measurement,
    Review,
    Communication,
}

impl DocKind {
    pub const ALL: [DocKind; 7] = [
        DocKind::Workspace,
        DocKind::Policy,
        DocKind::Requirement,
        DocKind::Objective,
        DocKind::Measurement,
        DocKind::Review,
        DocKind::Communication,
    ];

    /// The name used in document ids and in the `type` field.
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Workspace => "workspace",
            DocKind::Policy => "policy",
            DocKind::Requirement => "requirement",
            DocKind::Objective => "objective",
            DocKind::Measurement => "measurement",
            DocKind::Review => "review",
            DocKind::Communication => "communication",
        }
    }

    pub fn from_name(name: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The key of the workspace's list that holds records of this kind.
    fn list_key(self) -> Option<&'static str> {
        match self {
            DocKind::Policy => Some("policy"),
            DocKind::Requirement => Some("requirements"),
            DocKind::Objective => Some("objectives"),
            DocKind::Communication => Some("communications"),
            DocKind::Workspace | DocKind::Measurement | DocKind::Review => None,
        }
    }
}

/// The id of the one document that holds the workspace without its lists.
pub const WORKSPACE_DOC_ID: &str = "workspace";

/// The document id of the record `id` of `kind`.
pub fn doc_id(kind: DocKind, id: &str) -> String {
    match kind {
        DocKind::Workspace => WORKSPACE_DOC_ID.to_string(),
        _ => format!("{}:{id}", kind.name()),
    }
}

/// The kind and record id of a document id SixTwo writes; `None` for any other document
/// (design documents, documents of other programs), which sync leaves alone.
pub fn parse_doc_id(id: &str) -> Option<(DocKind, &str)> {
    if id == WORKSPACE_DOC_ID {
        return Some((DocKind::Workspace, ""));
    }
    let (name, record) = id.split_once(':')?;
    let kind = DocKind::from_name(name).filter(|kind| *kind != DocKind::Workspace)?;
    (!record.is_empty()).then_some((kind, record))
}

/// Documents by id: the body of each, without `_id` and `_rev`.
pub type Docs = BTreeMap<String, Value>;

/// The lists the workspace's record leaves to documents of their own.
const SPLIT_LISTS: [DocKind; 4] = [
    DocKind::Policy,
    DocKind::Requirement,
    DocKind::Objective,
    DocKind::Communication,
];

/// A document body.
fn body(kind: DocKind, rank: Option<f64>, parents: &[(&str, &str)], record: Value) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), Value::from(kind.name()));
    map.insert("schemaVersion".into(), Value::from(SCHEMA_VERSION));
    if let Some(rank) = rank {
        map.insert("rank".into(), Value::from(rank));
    }
    for (key, value) in parents {
        map.insert((*key).into(), Value::from(*value));
    }
    map.insert("record".into(), record);
    Value::Object(map)
}

/// Takes the list under `key` out of `object` (empty when there is none).
fn take_list(object: &mut Map<String, Value>, key: &str) -> Vec<Value> {
    match object.remove(key) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_ids_name_their_kind() {
        assert_eq!(doc_id(DocKind::Objective, "abc"), "objective:abc");
        assert_eq!(
            parse_doc_id("measurement:abc"),
            Some((DocKind::Measurement, "abc"))
        );
        assert_eq!(parse_doc_id("workspace"), Some((DocKind::Workspace, "")));
        assert_eq!(parse_doc_id("_design/x"), None);
        assert_eq!(parse_doc_id("workspace:x"), None);
        assert_eq!(parse_doc_id("objective:"), None);
    }
}
