//! Schema migrations: a chain of pure functions, each lifting a document by one version.
//!
//! Version 1 is the first schema, so the chain is empty today. When the schema changes, add
//! `v1_to_v2` to [`MIGRATIONS`], bump `SCHEMA_VERSION`, and commit a golden fixture of the old
//! version under `tests/fixtures/` (a test fails until both exist).

use serde_json::Value;

/// One step of the chain: lifts a whole envelope by one schema version, or says why not.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
pub const MIGRATIONS: &[Migration] = &[];

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
    fn the_chain_reaches_the_current_version() {
        assert_eq!(MIGRATIONS.len() + 1, SCHEMA_VERSION as usize);
    }

    #[test]
    fn current_documents_pass_through_unchanged() {
        let document = serde_json::json!({"format": "sixtwo-workspace", "schemaVersion": 1});
        assert_eq!(migrate(document.clone(), SCHEMA_VERSION), Ok(document));
    }
}
