//! Reading a file someone chose to import: its size, its text, the envelope (JSON, format,
//! version, migrations, field types with their paths, consistency) and the fields this
//! version does not know. Nothing here changes the workspace.

use super::compact::is_compact;
use super::envelope::{decode, decode_within_depth, DecodeError, Decoded, MAX_NESTING_DEPTH};
use super::layout::without_layout;
use super::shape::{unknown_fields, UnknownFields, ENVELOPE, MAX_LISTED_UNKNOWN_FIELDS};
use crate::domain::{Timestamp, Workspace};

/// The largest file accepted, in bytes (64 MiB). Storage keeps workspaces compressed, so an
/// export is larger than what is stored: a team's weekly measurements filling the whole quota
/// export to about 50 MB (`tests/footprint.rs`), and every such export must import again.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file cannot be imported. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    /// Larger than [`MAX_FILE_BYTES`]; it was not read.
    TooLarge { bytes: u64 },
    /// Not UTF-8 text: `position` is the 1-based number of the first byte that is not.
    NotText { position: u64 },
    /// The text is not a readable SixTwo workspace.
    Unreadable(DecodeError),
}

/// A file that can be imported.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedFile {
    pub workspace: Workspace,
    /// The schema version the file was written in, when older than this version's.
    pub migrated_from: Option<u32>,
    pub exported_at: Option<Timestamp>,
    /// Fields this version does not know (the first few as JSON paths, and how many); they
    /// are not imported.
    pub unknown_fields: UnknownFields,
}

/// A file that passed every check and waits for the user's choice. It lives in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub file: ImportedFile,
}

/// Why a chosen file was refused, kept as data so it reads in the current language.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportRefusal {
    /// The file was read and failed a check.
    File {
        file_name: String,
        problem: FileProblem,
    },
    /// The browser could not read the file at all.
    NotReadable { file_name: String, detail: String },
    /// Several files were dropped at once.
    SeveralFiles,
}

/// Refuses files that are too large before they are read.
pub fn check_size(bytes: u64) -> Result<(), FileProblem> {
    if bytes > MAX_FILE_BYTES {
        Err(FileProblem::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Reads a file's bytes into a workspace, or says exactly what is wrong.
pub fn read_file(bytes: &[u8]) -> Result<ImportedFile, FileProblem> {
    check_size(bytes.len() as u64)?;
    // The one UTF-8 check of the import: the text without its layout is copied from this text
    // in whole characters and is not checked again.
    let text = std::str::from_utf8(bytes).map_err(|error| FileProblem::NotText {
        position: error.valid_up_to() as u64 + 1,
    })?;
    read_json(text)
}

/// Reads a file's text (the browser has already decoded it) into a workspace.
pub fn read_text(text: &str) -> Result<ImportedFile, FileProblem> {
    check_size(text.len() as u64)?;
    read_json(text)
}

/// Reads text of an accepted size into a workspace.
///
/// An export is pretty-printed, and about a third of its bytes are indentation: the text is
/// read without its layout first ([`without_layout`]), which the decoder and the unknown-field
/// walk then do not have to skip. When that reading fails, the text is read again as it is,
/// so that every refusal names the line and column of the file the user has.
fn read_json(text: &str) -> Result<ImportedFile, FileProblem> {
    let json = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !is_compact(json) {
        let found = without_layout(
            json,
            MAX_NESTING_DEPTH,
            &ENVELOPE,
            MAX_LISTED_UNKNOWN_FIELDS,
        );
        if let Some(found) = found {
            // Nested within the limit, checked by `without_layout`.
            if let Ok(decoded) = decode_within_depth(&found.text) {
                let unknown = found.unknown.unwrap_or_else(|| {
                    unknown_fields(&found.text, &ENVELOPE, MAX_LISTED_UNKNOWN_FIELDS)
                });
                return Ok(imported(decoded, unknown));
            }
        }
    }
    let decoded = decode(text).map_err(FileProblem::Unreadable)?;
    let unknown = unknown_fields(
        text.trim_start_matches('\u{feff}'),
        &ENVELOPE,
        MAX_LISTED_UNKNOWN_FIELDS,
    );
    Ok(imported(decoded, unknown))
}

/// The file read, with the fields it holds that this version does not know.
fn imported(decoded: Decoded, unknown: UnknownFields) -> ImportedFile {
    ImportedFile {
        workspace: decoded.workspace,
        migrated_from: decoded.migrated_from,
        exported_at: decoded.exported_at,
        unknown_fields: unknown,
    }
}

/// A file name for an export: the organisation's name made safe for file systems, and the date.
pub fn export_file_name(organisation: &str, date: chrono::NaiveDate, extension: &str) -> String {
    let mut name = String::new();
    for c in organisation.trim().chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if (c.is_whitespace() || matches!(c, '-' | '_' | '.')) && !name.ends_with('-') {
            name.push('-');
        }
        if name.chars().count() >= 60 {
            break;
        }
    }
    let name = name.trim_matches('-');
    let name = if name.is_empty() { "workspace" } else { name };
    format!("sixtwo-{name}-{date}.{extension}")
}

/// The name of the backup downloaded before an import replaces the workspace: the export's
/// name with "backup" after the app's prefix (as the other exports name what they hold), so
/// it is told apart from a plain export of the same day.
pub fn backup_file_name(organisation: &str, date: chrono::NaiveDate) -> String {
    let name = export_file_name(organisation, date, "json");
    match name.strip_prefix("sixtwo-") {
        Some(rest) => format!("sixtwo-backup-{rest}"),
        None => format!("backup-{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn file_names_are_safe_and_readable() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(
            export_file_name("Example IT Services Ltd.", date, "json"),
            "sixtwo-example-it-services-ltd-2026-11-24.json"
        );
        assert_eq!(
            export_file_name("示例信息技术服务有限公司", date, "csv"),
            "sixtwo-示例信息技术服务有限公司-2026-11-24.csv"
        );
        assert_eq!(
            export_file_name(" /:*?<> ", date, "ics"),
            "sixtwo-workspace-2026-11-24.ics"
        );
        assert!(export_file_name(&"a".repeat(200), date, "json").len() < 90);
    }

    #[test]
    fn backups_are_named_like_exports_with_a_hint() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(
            backup_file_name("Example IT Services Ltd.", date),
            "sixtwo-backup-example-it-services-ltd-2026-11-24.json"
        );
        assert_eq!(
            backup_file_name("", date),
            "sixtwo-backup-workspace-2026-11-24.json"
        );
    }

    #[test]
    fn too_large_files_are_refused_before_reading() {
        assert_eq!(
            check_size(MAX_FILE_BYTES + 1),
            Err(FileProblem::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
        assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    }
}
