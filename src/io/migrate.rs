//! Schema migrations: a chain of pure functions, each lifting a document by one version.
//!
//! When the schema changes, add the next step (`v2_to_v3`) to [`MIGRATIONS`], bump
//! `SCHEMA_VERSION`, and commit a golden fixture of the new version under `tests/fixtures/`
//! (a test fails until all three exist); the fixtures of older versions stay as they are.

use serde_json::Value;

/// One step of the chain: lifts a whole envelope by one schema version, or says why not.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3];

/// The oldest version whose documents differ from the current version's only in their version
/// number: every step of [`MIGRATIONS`] from it on returns the document unchanged, so such a
/// document is read directly in the current shape, in one typed pass, instead of through a
/// `serde_json::Value`, the chain and a second parse (`io::envelope::decode`). A step that
/// changes the document must raise this to the version it produces.
pub const SAME_SHAPE_SINCE: u32 = 1;

/// Version 2 only adds fields, each optional with a default that means what version 1 meant
/// (no milestone KPIs, inclusive targets, no "also contributes to" links, no approvals of
/// objectives or plans, plans of their own, no evaluation results or corrective actions, every
/// function and level relevant). So a version 1 document reads as version 2 unchanged, and
/// this step changes nothing but the version number.
///
/// The version still goes up so that a build that knows only version 1 refuses a version 2
/// file ("made by a newer SixTwo") instead of dropping the new fields it cannot read.
fn v1_to_v2(envelope: Value) -> Result<Value, String> {
    Ok(envelope)
}

/// Version 3 only adds two optional fields: the list of self-assessments
/// (`workspace.assessments`) and the exercise a workspace was loaded from with the findings
/// logged on it (`workspace.exercise`). Without them a workspace has no self-assessment and is
/// not an exercise, which is what every version 2 document is. So this step, too, changes
/// nothing but the version number.
fn v2_to_v3(envelope: Value) -> Result<Value, String> {
    Ok(envelope)
}

/// Why a document could not be lifted to the current version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrationError {
    pub from: u32,
    pub message: String,
}

/// Lifts an envelope written in schema version `from` to the current version.
pub fn migrate(mut envelope: Value, from: u32) -> Result<Value, MigrationError> {
    let start = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for (offset, step) in MIGRATIONS.iter().enumerate().skip(start) {
        let version = u32::try_from(offset + 1).unwrap_or(u32::MAX);
        envelope = step(envelope).map_err(|message| MigrationError {
            from: version,
            message,
        })?;
        if let Some(object) = envelope.as_object_mut() {
            object.insert("schemaVersion".into(), Value::from(version + 1));
        }
    }
    Ok(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::envelope::SCHEMA_VERSION;

    #[test]
    fn the_steps_from_the_same_shape_on_change_nothing() {
        let documents = [
            serde_json::json!({"format": "sixtwo-workspace", "schemaVersion": 1}),
            serde_json::json!({
                "format": "sixtwo-workspace",
                "workspace": {"objectives": [{"id": "x", "code": "S1", "kpis": [{"id": "k"}]}],
                    "settings": {"atRiskBelow": 0.9}, "assessments": [], "other": [1, "2", null]}
            }),
        ];
        let from = usize::try_from(SAME_SHAPE_SINCE - 1).unwrap();
        for step in &MIGRATIONS[from..] {
            for document in &documents {
                assert_eq!(step(document.clone()), Ok(document.clone()));
            }
        }
    }

    #[test]
    fn the_chain_reaches_the_current_version() {
        assert_eq!(MIGRATIONS.len() + 1, SCHEMA_VERSION as usize);
    }

    #[test]
    fn current_documents_pass_through_unchanged() {
        let document = serde_json::json!({"format": "sixtwo-workspace", "schemaVersion": 3});
        assert_eq!(migrate(document.clone(), SCHEMA_VERSION), Ok(document));
    }

    #[test]
    fn version_1_documents_reach_the_current_version_and_keep_every_field() {
        let workspace = serde_json::json!({
            "organisation": {"name": "Acme"},
            "objectives": [{"id": "x", "code": "S1", "kpis": [{"id": "k", "target": 5}]}]
        });
        let document = serde_json::json!({
            "format": "sixtwo-workspace",
            "schemaVersion": 1,
            "workspace": workspace.clone()
        });
        assert_eq!(
            migrate(document, 1),
            Ok(serde_json::json!({
                "format": "sixtwo-workspace",
                "schemaVersion": 3,
                "workspace": workspace
            }))
        );
    }

    #[test]
    fn version_2_documents_gain_the_version_and_keep_every_field() {
        let document = serde_json::json!({
            "format": "sixtwo-workspace",
            "schemaVersion": 2,
            "workspace": {"objectives": [{"id": "x", "code": "S1"}], "settings": {"atRiskBelow": 0.9}}
        });
        let mut expected = document.clone();
        expected["schemaVersion"] = serde_json::json!(3);
        assert_eq!(migrate(document, 2), Ok(expected));
    }
}
