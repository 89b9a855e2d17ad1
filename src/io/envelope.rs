//! The versioned envelope that wraps a workspace in storage (and, later, in exported files):
//! format name, schema version, app version, revision counter and timestamps.
//!
//! Reading is strict and explains itself: every failure says what is wrong and where
//! (a line and column for broken JSON, a JSON path for a wrong field), and nothing is guessed.

use super::compact::{self, CompactError};
use super::json_out::{self, Layout};
use super::json_path::deeper_than;
use super::migrate::{migrate, MigrationError, SAME_SHAPE_SINCE};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::{read_text, ErrorKind, JsonReadError, ReadJson, Syntax};
use crate::domain::validate::{validate, Problem};
use crate::domain::{Timestamp, Workspace};
use serde::{Deserialize, Serialize};

/// The `format` value that marks a SixTwo document.
pub const FORMAT: &str = "sixtwo-workspace";
/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = 3;
/// The app version recorded in the envelope.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How many problems a refusal lists at most; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 20;
/// How deep lists and objects may nest. SixTwo's own documents nest 9 levels at most (a
/// resource of an action of a plan of an objective); anything much deeper is not a workspace,
/// and refusing it before parsing keeps the parser's recursion off the stack.
pub const MAX_NESTING_DEPTH: usize = 32;

#[derive(Serialize, WriteJson)]
#[serde(rename_all = "camelCase")]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rev: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lineage: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<Timestamp>,
    workspace: &'a Workspace,
}

#[derive(ReadJson)]
#[serde(rename_all = "camelCase")]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema_version: Option<serde_json::Value>,
    #[serde(default)]
    rev: Option<u64>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    lineage: Option<Vec<String>>,
    #[serde(default)]
    saved_at: Option<Timestamp>,
    #[serde(default)]
    exported_at: Option<Timestamp>,
}

/// The header's fields as plain JSON values, to say which one is wrong when the typed header
/// cannot be read.
#[derive(ReadJson)]
#[serde(rename_all = "camelCase")]
struct LooseHeader {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema_version: Option<serde_json::Value>,
    #[serde(default)]
    rev: Option<serde_json::Value>,
    #[serde(default)]
    saved_at: Option<serde_json::Value>,
    #[serde(default)]
    exported_at: Option<serde_json::Value>,
}

/// An envelope this build wrote, header and workspace read in one typed pass (see [`decode`]).
/// Public so that the reader can be checked against serde's derive of the same attributes.
#[derive(Debug, PartialEq, Deserialize, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Current {
    pub format: String,
    pub schema_version: u64,
    #[serde(default)]
    pub rev: Option<u64>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub lineage: Option<Vec<String>>,
    #[serde(default)]
    pub saved_at: Option<Timestamp>,
    #[serde(default)]
    pub exported_at: Option<Timestamp>,
    #[serde(default)]
    pub workspace: Workspace,
}

#[derive(ReadJson)]
struct Body {
    #[serde(default)]
    workspace: Workspace,
}

/// Which stored version of the workspace a text is: the revision counter, and an id that no
/// other write shares, with the ids of the versions it was written over (newest first).
///
/// Two tabs can read the same revision and both save the next one a few milliseconds apart
/// (each tab's view of `localStorage` is updated asynchronously), so the counter alone cannot
/// tell their writes apart; the id can, and the lineage tells whether one write saw another.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Version {
    pub rev: u64,
    /// Empty for data stored before versions had ids.
    pub id: String,
    /// The ids of earlier versions this one was derived from, newest first.
    pub lineage: Vec<String>,
}

impl Version {
    /// How many ancestors a version remembers: enough to recognise any write another tab
    /// could have seen within the few seconds two tabs take to hear of each other.
    pub const LINEAGE_LENGTH: usize = 16;

    /// The version written over `self` with the new `id`.
    pub fn successor(&self, id: String) -> Version {
        let mut lineage = Vec::with_capacity(Self::LINEAGE_LENGTH);
        if !self.id.is_empty() {
            lineage.push(self.id.clone());
        }
        lineage.extend(self.lineage.iter().cloned());
        lineage.truncate(Self::LINEAGE_LENGTH);
        Version {
            // The id tells versions apart; the counter only has to keep growing, and stopping
            // at the maximum is harmless.
            rev: self.rev.saturating_add(1),
            id,
            lineage,
        }
    }

    /// Whether `self` and `other` are the same stored version.
    pub fn same_as(&self, other: &Version) -> bool {
        self.rev == other.rev && self.id == other.id
    }

    /// Whether `self` was written knowing `earlier` (it is `earlier` or descends from it).
    pub fn descends_from(&self, earlier: &Version) -> bool {
        self.same_as(earlier) || (!earlier.id.is_empty() && self.lineage.contains(&earlier.id))
    }
}

/// Writes the stored envelope of `workspace` at revision `rev` as one line of plain JSON,
/// without a version id (for downloads of what this tab holds).
pub fn encode_stored(workspace: &Workspace, rev: u64, saved_at: Timestamp) -> String {
    envelope_json(
        workspace,
        &Version {
            rev,
            ..Version::default()
        },
        saved_at,
    )
}

/// Writes what browser storage keeps of `workspace` as `version`: the envelope in the compact
/// stored form (`io::compact`), whose header names the version.
pub fn encode_version(workspace: &Workspace, version: &Version, saved_at: Timestamp) -> String {
    let json = envelope_json(workspace, version, saved_at);
    compact::pack(&json, version.rev, &version.id, &version.lineage)
}

/// [`encode_version`] a slice at a time, so that a large workspace never holds up the page for
/// long: first the JSON is written some objectives at a time, then it is compressed some bytes
/// at a time ([`compact::Packing`]). Gives exactly the text `encode_version` gives.
///
/// Every call must be given the same workspace, unchanged since [`SlicedEncoding::new`]: the
/// caller drops the encoding when the workspace changes.
pub struct SlicedEncoding {
    version: Version,
    stage: Stage,
}

enum Stage {
    /// The JSON so far, the objectives written, and what follows them.
    Writing {
        json: String,
        written: usize,
        tail: String,
    },
    Packing(compact::Packing),
}

impl SlicedEncoding {
    /// Starts encoding `workspace` as `version`, saved at `saved_at`.
    pub fn new(workspace: &Workspace, version: &Version, saved_at: Timestamp) -> Self {
        let Some((json, tail)) = envelope_parts(workspace, version, saved_at) else {
            // Not expected (see `envelope_parts`): the whole JSON at once is still right.
            let json = envelope_json(workspace, version, saved_at);
            return SlicedEncoding {
                version: version.clone(),
                stage: Stage::Packing(Self::packing(json, version)),
            };
        };
        SlicedEncoding {
            version: version.clone(),
            stage: Stage::Writing {
                json,
                written: 0,
                tail,
            },
        }
    }

    fn packing(json: String, version: &Version) -> compact::Packing {
        compact::Packing::new(json, version.rev, &version.id, &version.lineage)
    }

    /// Does one slice: writes up to `objectives` more objectives of `workspace` out as JSON, or
    /// once they are all written, compresses up to `bytes` more bytes. Returns `true` when
    /// only [`Self::finish`] is left.
    pub fn step(&mut self, workspace: &Workspace, objectives: usize, bytes: usize) -> bool {
        match &mut self.stage {
            Stage::Writing {
                json,
                written,
                tail,
            } => {
                let end = written.saturating_add(objectives.max(1));
                let end = end.min(workspace.objectives.len());
                for objective in workspace.objectives.get(*written..end).unwrap_or_default() {
                    if *written > 0 {
                        json.push(',');
                    }
                    json_out::append(json, objective, Layout::Compact);
                    *written += 1;
                }
                if end >= workspace.objectives.len() {
                    let mut json = std::mem::take(json);
                    json.push_str(tail);
                    self.stage = Stage::Packing(Self::packing(json, &self.version));
                }
                false
            }
            Stage::Packing(packing) => packing.step(bytes),
        }
    }

    /// The stored text: whatever [`Self::step`] has not done yet is done here at once.
    pub fn finish(mut self, workspace: &Workspace) -> String {
        while matches!(self.stage, Stage::Writing { .. }) {
            self.step(workspace, usize::MAX, usize::MAX);
        }
        match self.stage {
            Stage::Packing(packing) => packing.finish(),
            Stage::Writing { .. } => String::new(),
        }
    }
}

/// The workspace's fields that come before its objectives in its JSON, borrowed.
#[derive(Serialize, WriteJson)]
#[serde(rename_all = "camelCase")]
struct WorkspaceHead<'a> {
    #[serde(skip_serializing_if = "is_default_organisation")]
    organisation: &'a crate::domain::Organisation,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    policy: &'a [crate::domain::PolicyStatement],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    requirements: &'a [crate::domain::Requirement],
}

/// The workspace's fields that come after its objectives in its JSON, borrowed.
#[derive(Serialize, WriteJson)]
#[serde(rename_all = "camelCase")]
struct WorkspaceTail<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    communications: &'a [crate::domain::Communication],
    #[serde(skip_serializing_if = "is_default_settings")]
    settings: &'a crate::domain::Settings,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    assessments: &'a [crate::domain::Assessment],
    #[serde(skip_serializing_if = "Option::is_none")]
    exercise: &'a Option<crate::domain::exercise::ExerciseLog>,
}

fn is_default_organisation(organisation: &&crate::domain::Organisation) -> bool {
    **organisation == crate::domain::Organisation::default()
}

fn is_default_settings(settings: &&crate::domain::Settings) -> bool {
    **settings == crate::domain::Settings::default()
}

/// The stored envelope's JSON up to where the first objective goes, and what follows the
/// last one; `None` (never expected) when the envelope does not end in the workspace.
fn envelope_parts(
    workspace: &Workspace,
    version: &Version,
    saved_at: Timestamp,
) -> Option<(String, String)> {
    // Naming every field here makes adding one to the workspace fail to compile until it is
    // written out here too: a save must never drop a field.
    let Workspace {
        organisation,
        policy,
        requirements,
        objectives,
        communications,
        settings,
        assessments,
        exercise,
    } = workspace;
    let envelope = envelope_json(&Workspace::default(), version, saved_at);
    let before = envelope.strip_suffix("\"workspace\":{}}")?;
    let inner = |json: String| -> String {
        json.strip_prefix('{')
            .and_then(|json| json.strip_suffix('}'))
            .unwrap_or_default()
            .to_string()
    };
    let head = inner(json_out::to_text(
        &WorkspaceHead {
            organisation,
            policy,
            requirements,
        },
        Layout::Compact,
    ));
    let tail = inner(json_out::to_text(
        &WorkspaceTail {
            communications,
            settings,
            assessments,
            exercise,
        },
        Layout::Compact,
    ));
    let mut json = String::with_capacity(objectives.len().saturating_mul(1_800));
    json.push_str(before);
    json.push_str("\"workspace\":{");
    json.push_str(&head);
    let mut after = String::new();
    if !objectives.is_empty() {
        if !head.is_empty() {
            json.push(',');
        }
        json.push_str("\"objectives\":[");
        after.push(']');
    }
    if !tail.is_empty() {
        if !objectives.is_empty() || !head.is_empty() {
            after.push(',');
        }
        after.push_str(&tail);
    }
    after.push_str("}}");
    Some((json, after))
}

/// The stored envelope as one line of JSON.
fn envelope_json(workspace: &Workspace, version: &Version, saved_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        rev: Some(version.rev),
        id: (!version.id.is_empty()).then_some(version.id.as_str()),
        lineage: (!version.lineage.is_empty()).then_some(version.lineage.as_slice()),
        saved_at: Some(saved_at),
        exported_at: None,
        workspace,
    };
    // Serialising plain structs with string keys cannot fail; an empty string would be
    // refused by the reader rather than silently accepted.
    json_out::to_text(&envelope, Layout::Compact)
}

/// Writes `workspace` as an exported file: pretty-printed, keys always in the same order
/// (the order of the fields in the model), so two exports of the same data differ only in
/// their `exportedAt` line and diff well under version control.
pub fn encode_export(workspace: &Workspace, exported_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        rev: None,
        id: None,
        lineage: None,
        saved_at: None,
        exported_at: Some(exported_at),
        workspace,
    };
    let mut text = json_out::to_text(&envelope, Layout::Pretty);
    text.push('\n');
    text
}

/// The envelope as a JSON Schema sees it (native builds only: the schema is generated by
/// `tests/schema.rs` and committed under `schema/`).
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    title = "SixTwo workspace",
    description = "A SixTwo workspace: the service management objectives of ISO/IEC 20000-1:2018 clause 6.2 with their policy, requirements, KPIs, plans and records, in a versioned envelope. Files exported by SixTwo and the data it keeps in browser storage use this format."
)]
pub struct EnvelopeSchema {
    /// Always "sixtwo-workspace".
    pub format: String,
    /// The schema version of `workspace`; this schema describes version 3.
    pub schema_version: u32,
    /// The SixTwo version that wrote the file (informative).
    #[serde(default)]
    pub app_version: Option<String>,
    /// The revision counter of browser storage; absent in exported files.
    #[serde(default)]
    pub rev: Option<u64>,
    /// The id of this stored version (browser storage only).
    #[serde(default)]
    pub id: Option<String>,
    /// The ids of the stored versions this one was written over, newest first (browser
    /// storage only).
    #[serde(default)]
    pub lineage: Option<Vec<String>>,
    /// When browser storage was last written; absent in exported files.
    #[serde(default)]
    pub saved_at: Option<Timestamp>,
    /// When the file was exported.
    #[serde(default)]
    pub exported_at: Option<Timestamp>,
    /// The workspace itself.
    pub workspace: Workspace,
}

/// A successfully read envelope.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub workspace: Workspace,
    /// The stored version; revision 0 and no id when the envelope has none (a file rather
    /// than storage).
    pub version: Version,
    pub saved_at: Option<Timestamp>,
    /// The schema version the data was written in, when older than [`SCHEMA_VERSION`].
    pub migrated_from: Option<u32>,
    /// When the file was exported, for files.
    pub exported_at: Option<Timestamp>,
}

/// Why an envelope could not be read. Each variant says what and where.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// The text is empty.
    Empty,
    /// Stored in the compact form, which cannot be unpacked.
    Compact(CompactError),
    /// Not JSON at all: what is wrong, and the 1-based line and column.
    Syntax {
        line: usize,
        column: usize,
        problem: ErrorKind,
    },
    /// JSON, but not a SixTwo document (no or another `format`).
    NotSixTwo { found: Option<String> },
    /// `schemaVersion` is missing or not a positive whole number.
    BadVersion,
    /// A value of the envelope's header (`rev`, `savedAt`, `exportedAt`) is of the wrong kind;
    /// `found` is the value as written (shortened).
    Header {
        field: String,
        problem: HeaderProblem,
        found: String,
    },
    /// Lists and objects nest deeper than [`MAX_NESTING_DEPTH`]; where the limit is passed.
    TooDeep {
        limit: usize,
        path: String,
        line: usize,
        column: usize,
    },
    /// Written by a newer SixTwo that uses a schema this build does not know.
    TooNew { version: u64 },
    /// A migration from an older version failed.
    Migration(MigrationError),
    /// A field has the wrong type or value, at a JSON path such as `workspace.objectives[3].level`.
    Field { path: String, problem: ErrorKind },
    /// Every field is well formed, but the records contradict each other (dangling parent,
    /// cycle, duplicate id…). The first problems are listed.
    Inconsistent {
        problems: Vec<Problem>,
        total: usize,
    },
}

/// What a header value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderProblem {
    /// A revision counter: a whole number of 0 or more.
    NotRevision,
    /// An RFC 3339 time.
    NotTime,
}

/// Reads a stored or exported envelope: checks the JSON, the format, the version, migrates
/// older versions, checks every field's type and then the workspace's invariants.
pub fn decode(raw: &str) -> Result<Decoded, DecodeError> {
    // Files saved by some editors start with a byte order mark; it is not part of the JSON.
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if compact::is_compact(raw) {
        let json = compact::unpack(raw).map_err(DecodeError::Compact)?;
        return decode(&json);
    }
    if let Some(deep) = deeper_than(raw, MAX_NESTING_DEPTH) {
        return Err(DecodeError::TooDeep {
            limit: MAX_NESTING_DEPTH,
            path: deep.path,
            line: deep.line,
            column: deep.column,
        });
    }
    decode_within_depth(raw)
}

/// [`decode`] for JSON text already known to nest at most [`MAX_NESTING_DEPTH`] levels, with
/// no byte order mark (as `io::layout` gives it): the nesting is not scanned again.
pub fn decode_within_depth(raw: &str) -> Result<Decoded, DecodeError> {
    // The common case, an envelope of this schema version: header and workspace in one typed
    // pass. Anything else (older versions, values of the wrong kind, not SixTwo at all) takes
    // the careful path below, which reads the header first to say exactly what is wrong.
    // Documents of an older version of the same shape (`migrate::SAME_SHAPE_SINCE`) are read
    // the same way, and still reported as migrated.
    if let Ok(current) = read_text::<Current>(raw) {
        let same_shape = u64::from(SAME_SHAPE_SINCE)..=u64::from(SCHEMA_VERSION);
        if current.format == FORMAT && same_shape.contains(&current.schema_version) {
            // Within 1..=SCHEMA_VERSION, so it fits.
            let version = u32::try_from(current.schema_version).unwrap_or(SCHEMA_VERSION);
            let header = Header {
                format: None,
                schema_version: None,
                rev: current.rev,
                id: current.id,
                lineage: current.lineage,
                saved_at: current.saved_at,
                exported_at: current.exported_at,
            };
            let body = Body {
                workspace: current.workspace,
            };
            return finish(header, body, version);
        }
    }
    let header: Header = read_text(raw).map_err(|error| match error.kind {
        ErrorKind::Syntax(_) => syntax_error(&error),
        _ => header_error(raw, &error),
    })?;
    check_format(&header.format)?;
    let version = check_version(&header.schema_version)?;
    // `version` is at most SCHEMA_VERSION here, so it fits in a u32.
    let version = u32::try_from(version).map_err(|_| DecodeError::BadVersion)?;

    let body: Body = if version == SCHEMA_VERSION {
        typed(raw)?
    } else {
        let value: serde_json::Value = read_text(raw).map_err(|error| syntax_error(&error))?;
        let value = migrate(value, version).map_err(DecodeError::Migration)?;
        // Reading the migrated document from text gives errors a position, and so a path.
        let text = json_out::compact(&value);
        typed(&text)?
    };
    finish(header, body, version)
}

/// Checks the workspace read from an envelope of schema `version` and returns it with its
/// header's version and times.
fn finish(header: Header, body: Body, version: u32) -> Result<Decoded, DecodeError> {
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
        version: Version {
            rev: header.rev.unwrap_or(0),
            id: header.id.unwrap_or_default(),
            lineage: header.lineage.unwrap_or_default(),
        },
        saved_at: header.saved_at,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
        exported_at: header.exported_at,
    })
}

fn check_format(format: &Option<serde_json::Value>) -> Result<(), DecodeError> {
    match format {
        Some(serde_json::Value::String(format)) if format == FORMAT => Ok(()),
        Some(serde_json::Value::String(other)) => Err(DecodeError::NotSixTwo {
            found: Some(other.clone()),
        }),
        _ => Err(DecodeError::NotSixTwo { found: None }),
    }
}

/// The schema version, if it is one this build reads (possibly after migrating).
fn check_version(version: &Option<serde_json::Value>) -> Result<u64, DecodeError> {
    let version = version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::BadVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::TooNew { version });
    }
    Ok(version)
}

/// Why the header could not be read: not a SixTwo document at all, a version this build does
/// not read, or the header value that is of the wrong kind (named, with what it holds).
fn header_error(raw: &str, error: &JsonReadError) -> DecodeError {
    let loose = match read_text::<LooseHeader>(raw) {
        Ok(loose) => loose,
        // A number beyond what any JSON reader holds is the text's fault, not the header's.
        Err(error) if error.kind == ErrorKind::OutOfRange => return syntax_error(&error),
        // Not even an object with these keys (an array, a string…).
        Err(_) => return DecodeError::NotSixTwo { found: None },
    };
    if let Err(refusal) = check_format(&loose.format).and_then(|()| {
        check_version(&loose.schema_version)?;
        Ok(())
    }) {
        return refusal;
    }
    let fields = [
        ("rev", &loose.rev, HeaderProblem::NotRevision),
        ("savedAt", &loose.saved_at, HeaderProblem::NotTime),
        ("exportedAt", &loose.exported_at, HeaderProblem::NotTime),
    ];
    for (field, value, problem) in fields {
        let sound = match (value, problem) {
            (None | Some(serde_json::Value::Null), _) => true,
            (Some(value), HeaderProblem::NotRevision) => value.as_u64().is_some(),
            (Some(value), HeaderProblem::NotTime) => {
                value.as_str().and_then(Timestamp::parse).is_some()
            }
        };
        if !sound {
            return DecodeError::Header {
                field: field.to_string(),
                problem,
                found: shortened(&value.as_ref().map(json_out::compact).unwrap_or_default()),
            };
        }
    }
    // Another header field of the wrong kind: say which and what is wrong.
    DecodeError::Field {
        path: error.path.clone(),
        problem: error.kind.clone(),
    }
}

/// At most 60 characters of `text`, for quoting a value in a message.
pub(crate) fn shortened(text: &str) -> String {
    if text.chars().count() <= 60 {
        return text.to_string();
    }
    let cut: String = text.chars().take(59).collect();
    format!("{cut}…")
}

fn syntax_error(error: &JsonReadError) -> DecodeError {
    DecodeError::Syntax {
        line: error.line,
        column: error.column,
        problem: error.kind.clone(),
    }
}

/// Reads the typed body; a wrong field is reported with its JSON path.
fn typed(text: &str) -> Result<Body, DecodeError> {
    read_text(text).map_err(|error| match error.kind {
        ErrorKind::Syntax(Syntax::EndOfText) => syntax_error(&error),
        // The header was read from this same text, so it is JSON: anything else wrong here is
        // a field's value (a string with half a surrogate pair is JSON only where it is
        // skipped, as the header's reading skips the workspace).
        _ => DecodeError::Field {
            path: error.path,
            problem: error.kind,
        },
    })
}

/// Reads only the version (revision and id) from stored text, cheaply: the writer puts them
/// before the workspace, so the common case scans a short prefix instead of parsing megabytes.
/// The lineage is not read here; [`decode`] reads it.
pub fn peek_version(raw: &str) -> Option<Version> {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if compact::is_compact(raw) {
        let header = compact::header(raw).ok()?;
        return Some(Version {
            rev: header.rev,
            id: header.id,
            lineage: Vec::new(),
        });
    }
    let prefix_end = raw
        .char_indices()
        .nth(1024)
        .map_or(raw.len(), |(index, _)| index);
    if let Some(header_end) = raw[..prefix_end].find("\"workspace\":") {
        let header = &raw[..header_end];
        let rev = after_key(header, "rev").and_then(|value| {
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        });
        if let Some(rev) = rev {
            let id = match after_key(header, "id") {
                None => String::new(),
                Some(value) => quoted(value)?,
            };
            return Some(Version {
                rev,
                id,
                lineage: Vec::new(),
            });
        }
    }
    let header: Header = read_text(raw).ok()?;
    Some(Version {
        rev: header.rev?,
        id: header.id.unwrap_or_default(),
        lineage: Vec::new(),
    })
}

/// The text after `"key":` and any spaces, in a header written by this module.
fn after_key<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let needle = format!("\"{key}\":");
    let at = header.find(&needle)?;
    Some(header[at + needle.len()..].trim_start())
}

/// A plain JSON string (no escapes, as ids are) at the start of `text`.
fn quoted(text: &str) -> Option<String> {
    let rest = text.strip_prefix('"')?;
    let end = rest.find('"')?;
    let value = &rest[..end];
    (!value.contains('\\')).then(|| value.to_string())
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
    fn encoding_in_slices_gives_the_same_text_as_at_once() {
        let version = Version {
            rev: 4,
            id: "abc".into(),
            lineage: vec!["x".into(), "y".into()],
        };
        let at = Timestamp::from_unix_seconds(1_700_000_100);
        let mut shapes = vec![Workspace::default(), sample()];
        let mut no_objectives = sample();
        no_objectives.objectives.clear();
        shapes.push(no_objectives);
        let mut many = sample();
        let mut ids = SequentialIds::starting_at(500);
        for i in 0..25 {
            many.objectives.push(Objective::new(
                ObjectiveId::new(&mut ids),
                format!("S{}", i + 2),
                "目标 \"quoted\"",
                Level::Strategic,
                Timestamp::from_unix_seconds(1_700_000_000 + i),
            ));
        }
        many.settings.at_risk_below = Some(0.8);
        shapes.push(many.clone());
        many.organisation = Default::default();
        shapes.push(many);
        for workspace in &shapes {
            let whole = encode_version(workspace, &version, at);
            for (objectives, bytes) in [(1, 1), (3, 100), (1_000, 1 << 20), (0, usize::MAX)] {
                let mut sliced = SlicedEncoding::new(workspace, &version, at);
                while !sliced.step(workspace, objectives, bytes) {}
                assert_eq!(sliced.finish(workspace), whole);
            }
            // Finishing at once does whatever is left.
            let sliced = SlicedEncoding::new(workspace, &version, at);
            assert_eq!(sliced.finish(workspace), whole);
        }
    }

    #[test]
    fn stored_form_round_trips_and_is_compact() {
        let workspace = sample();
        let text = encode_stored(&workspace, 7, Timestamp::from_unix_seconds(1_700_000_100));
        assert!(text.starts_with(r#"{"format":"sixtwo-workspace","schemaVersion":3,"#));
        assert!(
            !text.contains("\"description\""),
            "empty fields are omitted: {text}"
        );
        assert!(!text.contains(' '.to_string().repeat(2).as_str()));
        let decoded = decode(&text).expect("round trip");
        assert_eq!(decoded.workspace, workspace);
        assert_eq!(decoded.version.rev, 7);
        assert_eq!(peek_version(&text).map(|v| v.rev), Some(7));
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
        let newer = r#"{"format":"sixtwo-workspace","schemaVersion":4,"workspace":{}}"#;
        assert_eq!(decode(newer), Err(DecodeError::TooNew { version: 4 }));
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
            Err(DecodeError::Field { path, problem }) => {
                assert_eq!(path, "workspace.objectives[0].level");
                assert!(
                    matches!(&problem, ErrorKind::UnknownVariant { found, expected }
                        if found == "strategc" && expected.contains(&"strategic")),
                    "{problem:?}"
                );
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
        assert_eq!(decode(&text).map(|d| d.version.rev), Ok(3));
    }
}

#[cfg(test)]
mod version_tests {
    use super::*;

    fn version(rev: u64, id: &str, lineage: &[&str]) -> Version {
        Version {
            rev,
            id: id.into(),
            lineage: lineage.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn versions_round_trip_and_are_peeked_without_parsing_the_workspace() {
        let written = version(41, "c0ffee", &["b0b0", "a1a1"]);
        let text = encode_version(&Workspace::default(), &written, Timestamp::default());
        let decoded = decode(&text).expect("readable");
        assert_eq!(decoded.version, written);
        let peeked = peek_version(&text).expect("peeked");
        assert_eq!((peeked.rev, peeked.id.as_str()), (41, "c0ffee"));
    }

    #[test]
    fn data_stored_before_versions_had_ids_peeks_with_an_empty_id() {
        let text = encode_stored(&Workspace::default(), 9, Timestamp::default());
        assert!(!text.contains("\"id\""));
        assert_eq!(peek_version(&text), Some(version(9, "", &[])));
        let spaced = r#"{ "format": "sixtwo-workspace", "schemaVersion": 1, "rev": 3, "id": "x1", "workspace": {} }"#;
        assert_eq!(peek_version(spaced), Some(version(3, "x1", &[])));
        let reordered =
            r#"{"workspace":{},"rev":5,"id":"z","format":"sixtwo-workspace","schemaVersion":1}"#;
        assert_eq!(peek_version(reordered), Some(version(5, "z", &[])));
        assert_eq!(peek_version("garbage"), None);
    }

    #[test]
    fn a_successor_remembers_its_ancestors_and_never_overflows() {
        let first = version(1, "a", &[]);
        let second = first.successor("b".into());
        assert_eq!(second, version(2, "b", &["a"]));
        assert!(second.descends_from(&first));
        assert!(!first.descends_from(&second));
        let mut last = second;
        for n in 0..40 {
            last = last.successor(format!("v{n}"));
        }
        assert_eq!(last.lineage.len(), Version::LINEAGE_LENGTH);
        assert_eq!(last.lineage[0], "v38");
        let top = version(u64::MAX, "top", &[]);
        assert_eq!(top.successor("next".into()).rev, u64::MAX);
        // Two writes of the same revision by two tabs are different versions.
        assert!(!version(7, "tab-a", &["x"]).same_as(&version(7, "tab-b", &["x"])));
        // Without ids, only the revision can be compared (data from before ids).
        assert!(version(7, "", &[]).same_as(&version(7, "", &[])));
        assert!(!version(8, "b", &[]).descends_from(&version(7, "", &[])));
    }
}
