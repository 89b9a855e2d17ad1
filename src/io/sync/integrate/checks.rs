//! Checking one document from the server on its own, as an import would: a SixTwo document
//! of a schema this build reads (older schemas migrated), with fields of the right kinds.

use super::{HeldDoc, HoldReason};
use crate::io::envelope::{decode, DecodeError, FORMAT, SCHEMA_VERSION};
use crate::io::migrate::migrate;
use crate::io::sync::docs::{read_body, BodyProblem, DocKind};
use crate::io::sync::revs::Leaf;
use serde_json::{json, Value};

/// Checks one leaf on its own: a SixTwo document of a schema this build reads, with fields
/// of the right kinds; older schemas are migrated.
pub(super) fn checked(id: &str, mut leaf: Leaf) -> Result<Leaf, Box<HeldDoc>> {
    let hold = |leaf: &Leaf, reason: HoldReason| {
        Box::new(HeldDoc {
            id: id.to_string(),
            rev: leaf.rev.clone(),
            body: leaf.body.clone(),
            reason,
        })
    };
    if leaf.deleted {
        return Ok(leaf);
    }
    let Some(body) = leaf.body.as_ref() else {
        return Err(hold(&leaf, HoldReason::Unreadable(BodyProblem::NoRecord)));
    };
    let info = match read_body(id, body) {
        Ok(info) => info,
        Err(problem) => return Err(hold(&leaf, HoldReason::Unreadable(problem))),
    };
    if info.schema_version > u64::from(SCHEMA_VERSION) {
        let version = info.schema_version;
        return Err(hold(&leaf, HoldReason::TooNew { version }));
    }
    let kind = info.kind;
    let (objective, kpi) = (
        info.objective.unwrap_or_default().to_string(),
        info.kpi.unwrap_or_default().to_string(),
    );
    let mut record = info.record.clone();
    let version = u32::try_from(info.schema_version).unwrap_or(SCHEMA_VERSION);
    if version < SCHEMA_VERSION {
        let envelope = envelope_of(kind, &objective, &kpi, record, version);
        match migrate(envelope, version) {
            Ok(lifted) => match record_in(kind, &lifted) {
                Some(lifted) => record = lifted,
                None => {
                    let reason = HoldReason::Unexplained("migration".into());
                    return Err(hold(&leaf, reason));
                }
            },
            Err(error) => {
                return Err(hold(
                    &leaf,
                    HoldReason::Decode(DecodeError::Migration(error)),
                ))
            }
        }
        if let Some(body) = leaf.body.as_mut().and_then(Value::as_object_mut) {
            body.insert("record".into(), record.clone());
            body.insert("schemaVersion".into(), Value::from(SCHEMA_VERSION));
        }
    }
    // The same reading as an import: every field's type, with its path when it is wrong.
    let envelope = envelope_of(kind, &objective, &kpi, record, SCHEMA_VERSION);
    match decode(&envelope.to_string()) {
        Ok(_) | Err(DecodeError::Inconsistent { .. }) => Ok(leaf),
        Err(error) => Err(hold(&leaf, HoldReason::Decode(error))),
    }
}

/// A file holding only `record` where its kind belongs (under a stand-in objective and KPI
/// for measurements and reviews), for the checks and migrations that read whole files.
fn envelope_of(kind: DocKind, objective: &str, kpi: &str, record: Value, version: u32) -> Value {
    let stand_in = |extra: Value| {
        let mut objective = json!({"id": objective, "code": "X", "level": "operational",
            "created": "2000-01-01T00:00:00Z", "updated": "2000-01-01T00:00:00Z"});
        if let (Some(target), Some(extra)) = (objective.as_object_mut(), extra.as_object()) {
            target.extend(extra.clone());
        }
        objective
    };
    let workspace = match kind {
        DocKind::Workspace => record,
        DocKind::Policy => json!({ "policy": [record] }),
        DocKind::Requirement => json!({ "requirements": [record] }),
        DocKind::Objective => json!({ "objectives": [record] }),
        DocKind::Communication => json!({ "communications": [record] }),
        DocKind::Review => json!({ "objectives": [stand_in(json!({"reviews": [record]}))] }),
        DocKind::Measurement => json!({ "objectives": [stand_in(
            json!({"kpis": [{"id": kpi, "name": "X", "measurements": [record]}]})
        )] }),
    };
    json!({"format": FORMAT, "schemaVersion": version, "workspace": workspace})
}

/// The record `envelope_of` placed, read back from a migrated file.
fn record_in(kind: DocKind, envelope: &Value) -> Option<Value> {
    let workspace = envelope.get("workspace")?;
    let first = |list: &str| workspace.get(list)?.get(0).cloned();
    match kind {
        DocKind::Workspace => Some(workspace.clone()),
        DocKind::Policy => first("policy"),
        DocKind::Requirement => first("requirements"),
        DocKind::Objective => first("objectives"),
        DocKind::Communication => first("communications"),
        DocKind::Review => workspace
            .get("objectives")?
            .get(0)?
            .get("reviews")?
            .get(0)
            .cloned(),
        DocKind::Measurement => workspace
            .get("objectives")?
            .get(0)?
            .get("kpis")?
            .get(0)?
            .get("measurements")?
            .get(0)
            .cloned(),
    }
}
