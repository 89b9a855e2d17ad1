//! The example organisations: the catalogue that lists them (`examples/catalog.json`) and how
//! one of their files becomes a workspace. Each example is an ordinary SixTwo export per
//! language; it is read with every check of an import, then its dates are moved from the
//! catalogue's anchor date to today so its history always ends on the day it is loaded.
//!
//! The files are fetched by the app when asked for (never compiled into it); see README
//! "The example" for the catalogue's fields and how to add an example.

use super::import::{read_text, FileProblem};
use crate::domain::example::ExampleLanguage;
use crate::domain::json_read::{self, ErrorKind, JsonReadError, ReadJson};
use crate::domain::shift::shift_dates;
use crate::domain::validate::{validate, Problem};
use crate::domain::{CommandError, Workspace};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Where the examples live, relative to the app's page (Trunk copies the folder into the build).
pub const EXAMPLES_DIR: &str = "examples";
/// The catalogue's file name inside [`EXAMPLES_DIR`].
pub const CATALOG_FILE: &str = "catalog.json";
/// The `format` value that marks the catalogue.
pub const CATALOG_FORMAT: &str = "sixtwo-examples";
/// The catalogue version this build reads.
pub const CATALOG_VERSION: u32 = 1;

/// What an example is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, ReadJson)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleKind {
    /// A model answer: clause 6.2 done well, with a few gaps named in its notes.
    Model,
    /// A flawed version for finding nonconformities.
    Exercise,
    /// A kind a later version of SixTwo offers; this one does not show it.
    #[serde(other)]
    Unknown,
}

/// A text in several languages, by language tag (`en`, `zh-Hans`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, ReadJson)]
#[serde(transparent)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    /// The text in `lang`, else in English, else empty.
    pub fn get(&self, lang: ExampleLanguage) -> &str {
        self.0
            .get(lang.tag())
            .or_else(|| self.0.get(ExampleLanguage::FALLBACK.tag()))
            .map_or("", String::as_str)
    }

    /// The language tags it is written in.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// One example organisation as the catalogue lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct CatalogEntry {
    /// Stable, unique within the catalogue; the start of its files' names.
    pub id: String,
    pub kind: ExampleKind,
    /// The organisation's name.
    pub name: Localized,
    /// One paragraph: what the example shows.
    pub summary: Localized,
    /// The day its files were written for: every date moves by (today − anchor) on loading.
    #[serde(deserialize_with = "crate::domain::model::read_date")]
    pub anchor: NaiveDate,
    /// Its file per language tag, a plain file name inside [`EXAMPLES_DIR`].
    pub files: Localized,
    /// What comes from the source and what is illustrative, shown where the example is
    /// offered and after it is loaded.
    pub provenance: Localized,
    /// The gaps left in on purpose, which the clause 6.2 check finds.
    #[serde(default)]
    pub gaps: Localized,
    /// For an exercise: the id of the model answer it was made from.
    #[serde(default)]
    pub model: Option<String>,
    /// For an exercise: its answer key, a plain file name inside [`EXAMPLES_DIR`] (see
    /// [`super::answer_key`]).
    #[serde(default)]
    pub answer_key: Option<String>,
}

impl CatalogEntry {
    /// The language of the file to load for `lang`: `lang` itself when the example is written
    /// in it, otherwise English.
    pub fn language_for(&self, lang: ExampleLanguage) -> ExampleLanguage {
        if self.files.0.contains_key(lang.tag()) {
            lang
        } else {
            ExampleLanguage::FALLBACK
        }
    }

    /// The address of its file for `lang` (see [`Self::language_for`]), relative to the app.
    pub fn file_path(&self, lang: ExampleLanguage) -> Option<String> {
        let name = self.files.0.get(self.language_for(lang).tag())?;
        Some(format!("{EXAMPLES_DIR}/{name}"))
    }
}

/// The catalogue of example organisations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    pub examples: Vec<CatalogEntry>,
}

impl Catalog {
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.examples.iter().find(|entry| entry.id == id)
    }

    /// The model answers, in catalogue order.
    pub fn models(&self) -> impl Iterator<Item = &CatalogEntry> {
        self.examples
            .iter()
            .filter(|entry| entry.kind == ExampleKind::Model)
    }

    /// The exercises, in catalogue order.
    pub fn exercises(&self) -> impl Iterator<Item = &CatalogEntry> {
        self.examples
            .iter()
            .filter(|entry| entry.kind == ExampleKind::Exercise)
    }
}

impl CatalogEntry {
    /// The address of an exercise's answer key, relative to the app.
    pub fn answer_key_path(&self) -> Option<String> {
        let name = self.answer_key.as_deref()?;
        Some(format!("{EXAMPLES_DIR}/{name}"))
    }
}

#[derive(Deserialize, ReadJson)]
#[serde(rename_all = "camelCase")]
struct CatalogFile {
    format: String,
    examples: Vec<CatalogEntry>,
}

/// Why the catalogue cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogProblem {
    /// Not JSON, or a field of the wrong kind: what is wrong and the 1-based position.
    Syntax {
        line: usize,
        column: usize,
        problem: ErrorKind,
    },
    /// JSON, but not SixTwo's example catalogue.
    NotCatalog,
    /// Written for a newer SixTwo.
    TooNew { version: u32 },
    /// An entry breaks a rule: its id (or position) and what is wrong.
    Entry { id: String, problem: EntryProblem },
}

/// What is wrong with one catalogue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// Two entries share the id.
    DuplicateId,
    /// The id is empty or not made of letters, digits and hyphens.
    BadId,
    /// It has no English file (the language every example falls back to).
    NoEnglishFile,
    /// A file is not a plain `.json` file name inside the examples folder.
    BadFileName,
    /// An exercise without an answer key, or with one that is not a plain `.json` file name.
    NoAnswerKey,
    /// An exercise whose model answer is not listed as a model in the catalogue.
    UnknownModel,
}

fn plain_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A file name the app may fetch: a `.json` file directly inside the examples folder.
fn plain_file_name(name: &str) -> bool {
    name.len() > ".json".len()
        && name.ends_with(".json")
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Reads the catalogue's text.
pub fn decode_catalog(text: &str) -> Result<Catalog, CatalogProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = json_read::read_text(text).map_err(|error| syntax(*error))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(CATALOG_FORMAT) {
        return Err(CatalogProblem::NotCatalog);
    }
    if let Some(version) = value.get("version").and_then(serde_json::Value::as_u64) {
        if version > u64::from(CATALOG_VERSION) {
            return Err(CatalogProblem::TooNew {
                version: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
    }
    let file: CatalogFile = json_read::read_text(text).map_err(|error| syntax(*error))?;
    if file.format != CATALOG_FORMAT {
        return Err(CatalogProblem::NotCatalog);
    }
    let mut seen: Vec<&str> = Vec::new();
    for (index, entry) in file.examples.iter().enumerate() {
        let problem = if !plain_id(&entry.id) {
            Some(EntryProblem::BadId)
        } else if seen.contains(&entry.id.as_str()) {
            Some(EntryProblem::DuplicateId)
        } else if !entry.files.0.contains_key(ExampleLanguage::FALLBACK.tag()) {
            Some(EntryProblem::NoEnglishFile)
        } else if !entry.files.0.values().all(|name| plain_file_name(name)) {
            Some(EntryProblem::BadFileName)
        } else if entry.kind == ExampleKind::Exercise
            && !entry.answer_key.as_deref().is_some_and(plain_file_name)
        {
            Some(EntryProblem::NoAnswerKey)
        } else if entry.kind == ExampleKind::Exercise
            && !entry.model.as_deref().is_some_and(|model| {
                file.examples
                    .iter()
                    .any(|other| other.id == model && other.kind == ExampleKind::Model)
            })
        {
            Some(EntryProblem::UnknownModel)
        } else {
            None
        };
        if let Some(problem) = problem {
            let id = if entry.id.is_empty() {
                format!("#{}", index + 1)
            } else {
                entry.id.clone()
            };
            return Err(CatalogProblem::Entry { id, problem });
        }
        seen.push(&entry.id);
    }
    Ok(Catalog {
        examples: file.examples,
    })
}

fn syntax(error: JsonReadError) -> CatalogProblem {
    CatalogProblem::Syntax {
        line: error.line,
        column: error.column,
        problem: error.kind,
    }
}

/// Why an example could not be loaded. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum ExampleProblem {
    /// `file` could not be fetched: the browser is offline and has not kept a copy (the app
    /// keeps the examples for offline use once it has been opened online).
    Offline { file: String },
    /// The server answered `file` with the error `status`.
    Status { file: String, status: u16 },
    /// The catalogue cannot be read.
    Catalog(CatalogProblem),
    /// The catalogue lists no such example.
    NotListed { id: String },
    /// The example's file fails the checks of an import.
    File { file: String, problem: FileProblem },
    /// The workspace refused the example (nothing changed).
    Refused(CommandError),
}

/// The catalogue's address, relative to the app's page.
pub fn catalog_path() -> String {
    format!("{EXAMPLES_DIR}/{CATALOG_FILE}")
}

/// The number of days an example written for `anchor` moves to be loaded on `today`.
pub fn days_to_today(anchor: NaiveDate, today: NaiveDate) -> i64 {
    (today - anchor).num_days()
}

/// Reads an example file with every check of an import (size, JSON, format, version, field
/// types, consistency) and moves its dates from `anchor` to `today`.
pub fn read_example(
    text: &str,
    anchor: NaiveDate,
    today: NaiveDate,
) -> Result<Workspace, FileProblem> {
    let mut workspace = read_text(text)?.workspace;
    shift_dates(&mut workspace, days_to_today(anchor, today));
    // Moved dates still have to lie within the years SixTwo accepts.
    let problems = validate(&workspace);
    if !problems.is_empty() {
        let total = problems.len();
        return Err(FileProblem::Unreadable(
            super::envelope::DecodeError::Inconsistent {
                problems: problems
                    .into_iter()
                    .take(super::envelope::MAX_LISTED_PROBLEMS)
                    .map(|problem| Problem {
                        path: format!("workspace.{}", problem.path),
                        kind: problem.kind,
                    })
                    .collect(),
                total,
            },
        ));
    }
    Ok(workspace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = r#"{
        "id": "managed-services", "kind": "model", "anchor": "2026-06-30",
        "name": {"en": "Example IT", "zh-Hans": "示例"},
        "summary": {"en": "What it shows"},
        "files": {"en": "managed-services.en.json", "zh-Hans": "managed-services.zh-Hans.json"},
        "provenance": {"en": "From the guide", "zh-Hans": "来自指南"}
    }"#;

    fn catalog(entries: &[&str]) -> String {
        format!(
            r#"{{"format": "sixtwo-examples", "version": 1, "examples": [{}]}}"#,
            entries.join(",")
        )
    }

    #[test]
    fn an_entry_reads_with_its_texts_and_files_falling_back_to_english() {
        let read = decode_catalog(&catalog(&[ENTRY])).unwrap_or_default();
        let entry = read.entry("managed-services").cloned();
        let Some(entry) = entry else {
            panic!("the entry is read: {read:?}");
        };
        assert_eq!(entry.kind, ExampleKind::Model);
        assert_eq!(entry.name.get(ExampleLanguage::SimplifiedChinese), "示例");
        assert_eq!(
            entry.summary.get(ExampleLanguage::SimplifiedChinese),
            "What it shows"
        );
        assert_eq!(
            entry
                .file_path(ExampleLanguage::SimplifiedChinese)
                .as_deref(),
            Some("examples/managed-services.zh-Hans.json")
        );
        let english_only = ENTRY.replace(r#", "zh-Hans": "managed-services.zh-Hans.json""#, "");
        let read = decode_catalog(&catalog(&[&english_only])).unwrap_or_default();
        assert_eq!(
            read.examples[0].file_path(ExampleLanguage::SimplifiedChinese),
            Some("examples/managed-services.en.json".to_string())
        );
        assert_eq!(
            read.examples[0].language_for(ExampleLanguage::SimplifiedChinese),
            ExampleLanguage::English
        );
    }

    #[test]
    fn kinds_of_later_versions_are_read_and_left_out_of_the_models() {
        let later = ENTRY
            .replace("\"model\"", "\"quiz\"")
            .replace("managed-services\"", "quiz\"");
        let read = decode_catalog(&catalog(&[ENTRY, &later])).unwrap_or_default();
        assert_eq!(read.examples.len(), 2);
        assert_eq!(read.examples[1].kind, ExampleKind::Unknown);
        assert_eq!(read.models().count(), 1);
    }

    #[test]
    fn a_broken_or_foreign_catalogue_is_refused_with_the_reason() {
        assert!(matches!(
            decode_catalog("<html>offline</html>"),
            Err(CatalogProblem::Syntax {
                line: 1,
                column: 1,
                ..
            })
        ));
        assert_eq!(
            decode_catalog(r#"{"format": "sixtwo-workspace", "examples": []}"#),
            Err(CatalogProblem::NotCatalog)
        );
        assert_eq!(
            decode_catalog(r#"{"format": "sixtwo-examples", "version": 2, "examples": []}"#),
            Err(CatalogProblem::TooNew { version: 2 })
        );
        let missing_anchor = ENTRY.replace(r#""anchor": "2026-06-30","#, "");
        assert!(matches!(
            decode_catalog(&catalog(&[&missing_anchor])),
            Err(CatalogProblem::Syntax {
                problem: ErrorKind::MissingField("anchor"),
                ..
            })
        ));
    }

    #[test]
    fn entries_must_have_unique_plain_ids_an_english_file_and_plain_file_names() {
        let refused = |entries: &[&str]| match decode_catalog(&catalog(entries)) {
            Err(CatalogProblem::Entry { problem, .. }) => Some(problem),
            _ => None,
        };
        assert_eq!(refused(&[ENTRY, ENTRY]), Some(EntryProblem::DuplicateId));
        let bad_id = ENTRY.replace("\"managed-services\",", "\"../x\",");
        assert_eq!(refused(&[&bad_id]), Some(EntryProblem::BadId));
        let no_english = ENTRY.replace(r#""en": "managed-services.en.json", "#, "");
        assert_eq!(refused(&[&no_english]), Some(EntryProblem::NoEnglishFile));
        for name in ["../secret.json", "https://x.org/a.json", "a.txt", ".json"] {
            let bad_file = ENTRY.replace("managed-services.en.json", name);
            assert_eq!(
                refused(&[&bad_file]),
                Some(EntryProblem::BadFileName),
                "{name}"
            );
        }
        assert_eq!(refused(&[ENTRY]), None);
        let exercise = ENTRY
            .replace("\"model\"", "\"exercise\"")
            .replace("\"managed-services\",", "\"managed-services-exercise\",");
        assert_eq!(
            refused(&[
                ENTRY,
                &exercise.replace("\"anchor\"", "\"model\": \"managed-services\", \"anchor\"")
            ]),
            Some(EntryProblem::NoAnswerKey)
        );
        let keyed = exercise.replace(
            "\"anchor\"",
            "\"answerKey\": \"managed-services-exercise.key.json\", \"anchor\"",
        );
        assert_eq!(refused(&[ENTRY, &keyed]), Some(EntryProblem::UnknownModel));
        let complete = keyed.replace("\"anchor\"", "\"model\": \"managed-services\", \"anchor\"");
        assert_eq!(refused(&[ENTRY, &complete]), None);
        assert_eq!(refused(&[&complete]), Some(EntryProblem::UnknownModel));
        let escaping = complete.replace("managed-services-exercise.key.json", "../key.json");
        assert_eq!(
            refused(&[ENTRY, &escaping]),
            Some(EntryProblem::NoAnswerKey)
        );
    }

    #[test]
    fn the_days_to_today_count_both_ways() {
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default();
        assert_eq!(days_to_today(day("2026-06-30"), day("2026-07-02")), 2);
        assert_eq!(days_to_today(day("2026-06-30"), day("2026-06-01")), -29);
    }
}
