//! The versioned envelope that wraps a workspace in storage (and, later, in exported files):
//! format name, schema version, app version, revision counter and timestamps.
//!
//! Reading is strict and explains itself: every failure says what is wrong and where
//! (a line and column for broken JSON, a JSON path for a wrong field), and nothing is guessed.

use super::json_path::path_at;
use super::migrate::{migrate, MigrationError};
use crate::domain::validate::{validate, Problem};
use crate::domain::{Timestamp, Workspace};
use serde::{Deserialize, Serialize};

/// The `format` value that marks a SixTwo document.
pub const FORMAT: &str = "sixtwo-workspace";
/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = 1;
/// The app version recorded in the envelope.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How many problems a refusal lists at most; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 20;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rev: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<Timestamp>,
    workspace: &'a Workspace,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema_version: Option<serde_json::Value>,
    #[serde(default)]
    rev: Option<u64>,
    #[serde(default)]
    saved_at: Option<Timestamp>,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    workspace: Workspace,
}

/// Writes the compact stored form of `workspace` at revision `rev`.
pub fn encode_stored(workspace: &Workspace, rev: u64, saved_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        rev: Some(rev),
        saved_at: Some(saved_at),
        exported_at: None,
        workspace,
    };
    // Serialising plain structs with string keys cannot fail; an empty string would be
    // refused by the reader rather than silently accepted.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// A successfully read envelope.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub workspace: Workspace,
    /// The revision counter; 0 when the envelope has none (a file rather than storage).
    pub rev: u64,
    pub saved_at: Option<Timestamp>,
    /// The schema version the data was written in, when older than [`SCHEMA_VERSION`].
    pub migrated_from: Option<u32>,
}

/// Why an envelope could not be read. Each variant says what and where.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// The text is empty.
    Empty,
    /// Not JSON at all: the parser's message and the 1-based line and column.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a SixTwo document (no or another `format`).
    NotSixTwo { found: Option<String> },
    /// `schemaVersion` is missing or not a positive whole number.
    BadVersion,
    /// Written by a newer SixTwo that uses a schema this build does not know.
    TooNew { version: u64 },
    /// A migration from an older version failed.
    Migration(MigrationError),
    /// A field has the wrong type or value, at a JSON path such as `workspace.objectives[3].level`.
    Field { path: String, message: String },
    /// Every field is well formed, but the records contradict each other (dangling parent,
    /// cycle, duplicate id…). The first problems are listed.
    Inconsistent {
        problems: Vec<Problem>,
        total: usize,
    },
}

/// Reads a stored or exported envelope: checks the JSON, the format, the version, migrates
/// older versions, checks every field's type and then the workspace's invariants.
pub fn decode(raw: &str) -> Result<Decoded, DecodeError> {
    // Files saved by some editors start with a byte order mark; it is not part of the JSON.
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let header: Header = serde_json::from_str(raw).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => DecodeError::NotSixTwo { found: None },
        _ => syntax_error(&error),
    })?;
    match &header.format {
        Some(serde_json::Value::String(format)) if format == FORMAT => {}
        Some(serde_json::Value::String(other)) => {
            return Err(DecodeError::NotSixTwo {
                found: Some(other.clone()),
            })
        }
        _ => return Err(DecodeError::NotSixTwo { found: None }),
    }
    let version = header
        .schema_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::BadVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::TooNew { version });
    }
    // `version` is at most SCHEMA_VERSION here, so it fits in a u32.
    let version = u32::try_from(version).map_err(|_| DecodeError::BadVersion)?;

    let body: Body = if version == SCHEMA_VERSION {
        typed(raw)?
    } else {
        let value: serde_json::Value =
            serde_json::from_str(raw).map_err(|error| syntax_error(&error))?;
        let value = migrate(value, version).map_err(DecodeError::Migration)?;
        // Reading the migrated document from text gives errors a position, and so a path.
        let text = serde_json::to_string(&value).map_err(|error| syntax_error(&error))?;
        typed(&text)?
    };
    let problems = validate(&body.workspace);
    if !problems.is_empty() {
        let total = problems.len();
        return Err(DecodeError::Inconsistent {
            problems: problems
                .into_iter()
                .take(MAX_LISTED_PROBLEMS)
                .map(|p| Problem {
                    path: format!("workspace.{}", p.path),
                    kind: p.kind,
                })
                .collect(),
            total,
        });
    }
    Ok(Decoded {
        workspace: body.workspace,
        rev: header.rev.unwrap_or(0),
        saved_at: header.saved_at,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
    })
}

fn syntax_error(error: &serde_json::Error) -> DecodeError {
    DecodeError::Syntax {
        line: error.line(),
        // serde_json says column 0 when the text ends right after a line break.
        column: error.column().max(1),
        message: strip_position(&error.to_string()),
    }
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}

/// Reads the typed body; a wrong field is reported with its JSON path.
fn typed(text: &str) -> Result<Body, DecodeError> {
    serde_json::from_str(text).map_err(|error| match error.classify() {
        // The header was read from this same text, so it is valid JSON: a "syntax" error here
        // is a value of the wrong kind (serde_json says "expected value" when a number stands
        // where a name such as a level belongs).
        serde_json::error::Category::Data | serde_json::error::Category::Syntax => {
            DecodeError::Field {
                path: path_at(text, error.line(), error.column()),
                message: strip_position(&error.to_string()),
            }
        }
        _ => syntax_error(&error),
    })
}

/// Reads only the revision counter from stored text, cheaply: the writer puts `rev` near the
/// start, so the common case scans a short prefix instead of parsing megabytes.
pub fn peek_rev(raw: &str) -> Option<u64> {
    const NEEDLE: &str = "\"rev\":";
    let prefix_end = raw
        .char_indices()
        .nth(160)
        .map_or(raw.len(), |(index, _)| index);
    if let Some(at) = raw[..prefix_end].find(NEEDLE) {
        let digits: String = raw[at + NEEDLE.len()..]
            .chars()
            .skip_while(|c| c.is_whitespace())
            .take_while(char::is_ascii_digit)
            .collect();
        if let Ok(rev) = digits.parse() {
            return Some(rev);
        }
    }
    serde_json::from_str::<Header>(raw.strip_prefix('\u{feff}').unwrap_or(raw))
        .ok()
        .and_then(|header| header.rev)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{ObjectiveId, SequentialIds};
    use crate::domain::{Level, Objective};

    fn sample() -> Workspace {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        workspace.organisation.name = "Acme".into();
        workspace.objectives.push(Objective::new(
            ObjectiveId::new(&mut ids),
            "S1",
            "Grow",
            Level::Strategic,
            Timestamp::from_unix_seconds(1_700_000_000),
        ));
        workspace
    }

    #[test]
    fn stored_form_round_trips_and_is_compact() {
        let workspace = sample();
        let text = encode_stored(&workspace, 7, Timestamp::from_unix_seconds(1_700_000_100));
        assert!(text.starts_with(r#"{"format":"sixtwo-workspace","schemaVersion":1,"#));
        assert!(
            !text.contains("\"description\""),
            "empty fields are omitted: {text}"
        );
        assert!(!text.contains(' '.to_string().repeat(2).as_str()));
        let decoded = decode(&text).expect("round trip");
        assert_eq!(decoded.workspace, workspace);
        assert_eq!(decoded.rev, 7);
        assert_eq!(peek_rev(&text), Some(7));
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let error = decode("{\n  \"format\": \"sixtwo-workspace\",\n  oops\n}").unwrap_err();
        match error {
            DecodeError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(
            decode("{\"format\":"),
            Err(DecodeError::Syntax { .. })
        ));
    }

    #[test]
    fn other_json_is_not_sixtwo() {
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotSixTwo { found: None }));
        assert_eq!(decode("{}"), Err(DecodeError::NotSixTwo { found: None }));
        assert_eq!(
            decode(r#"{"format":"excalidraw"}"#),
            Err(DecodeError::NotSixTwo {
                found: Some("excalidraw".into())
            })
        );
        assert_eq!(decode("   "), Err(DecodeError::Empty));
    }

    #[test]
    fn versions_are_checked() {
        let newer = r#"{"format":"sixtwo-workspace","schemaVersion":2,"workspace":{}}"#;
        assert_eq!(decode(newer), Err(DecodeError::TooNew { version: 2 }));
        let zero = r#"{"format":"sixtwo-workspace","schemaVersion":0}"#;
        assert_eq!(decode(zero), Err(DecodeError::BadVersion));
        let text = r#"{"format":"sixtwo-workspace","schemaVersion":"1"}"#;
        assert_eq!(decode(text), Err(DecodeError::BadVersion));
    }

    #[test]
    fn wrong_field_types_name_their_path() {
        let text = r#"{"format":"sixtwo-workspace","schemaVersion":1,"workspace":{"objectives":[
            {"id":"00000000-0000-4000-8000-000000000001","code":"S1","level":"strategc",
             "created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}]}}"#;
        match decode(text) {
            Err(DecodeError::Field { path, message }) => {
                assert_eq!(path, "workspace.objectives[0].level");
                assert!(message.contains("strategc"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_number_where_a_name_belongs_names_its_path() {
        let text = r#"{"format":"sixtwo-workspace","schemaVersion":1,"workspace":{"objectives":[
            {"id":"00000000-0000-4000-8000-000000000001","code":"S1","level":42,
             "created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}]}}"#;
        match decode(text) {
            Err(DecodeError::Field { path, .. }) => {
                assert_eq!(path, "workspace.objectives[0].level");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn inconsistent_records_are_refused_with_their_paths() {
        let mut workspace = sample();
        let mut ids = SequentialIds::starting_at(50);
        workspace.objectives[0].parent = Some(ObjectiveId::new(&mut ids));
        let text = encode_stored(&workspace, 1, Timestamp::default());
        match decode(&text) {
            Err(DecodeError::Inconsistent { problems, total }) => {
                assert_eq!(total, 1);
                assert_eq!(problems[0].path, "workspace.objectives[0].parent");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!(
            "\u{feff}{}",
            encode_stored(&sample(), 3, Timestamp::default())
        );
        assert_eq!(decode(&text).map(|d| d.rev), Ok(3));
    }
}
