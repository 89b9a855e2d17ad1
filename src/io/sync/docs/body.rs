//! Reading one document's body: its kind, schema version, rank, parents and record, checked
//! against the document's id.

use super::{doc_id, record_id, DocKind, WORKSPACE_DOC_ID};
use serde_json::Value;

/// What a document body says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyInfo<'a> {
    pub kind: DocKind,
    pub schema_version: u64,
    pub rank: f64,
    pub objective: Option<&'a str>,
    pub kpi: Option<&'a str>,
    pub record: &'a Value,
}

/// Why a document body cannot be read as a SixTwo document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyProblem {
    /// No `type`, or one SixTwo does not write.
    UnknownType,
    /// No whole `schemaVersion` of 1 or more.
    NoSchemaVersion,
    /// The `record` is missing or is not a JSON object.
    NoRecord,
    /// A measurement or review that does not name its objective (and KPI).
    NoParent,
    /// The record's `id` does not match the document's id.
    WrongId,
}

/// Reads `body`, stored under the document id `id`.
pub fn read_body<'a>(id: &str, body: &'a Value) -> Result<BodyInfo<'a>, BodyProblem> {
    let kind = body
        .get("type")
        .and_then(Value::as_str)
        .and_then(DocKind::from_name)
        .ok_or(BodyProblem::UnknownType)?;
    let schema_version = body
        .get("schemaVersion")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(BodyProblem::NoSchemaVersion)?;
    let record = body
        .get("record")
        .filter(|r| r.is_object())
        .ok_or(BodyProblem::NoRecord)?;
    let text = |key: &str| body.get(key).and_then(Value::as_str);
    let (objective, kpi) = (text("objective"), text("kpi"));
    match kind {
        DocKind::Measurement if objective.is_none() || kpi.is_none() => {
            return Err(BodyProblem::NoParent)
        }
        DocKind::Review if objective.is_none() => return Err(BodyProblem::NoParent),
        _ => {}
    }
    let expected = match kind {
        DocKind::Workspace => WORKSPACE_DOC_ID.to_string(),
        _ => doc_id(kind, record_id(record).unwrap_or_default()),
    };
    if expected != id {
        return Err(BodyProblem::WrongId);
    }
    Ok(BodyInfo {
        kind,
        schema_version,
        rank: body.get("rank").and_then(Value::as_f64).unwrap_or(0.0),
        objective,
        kpi,
        record,
    })
}
