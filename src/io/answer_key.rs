//! The answer key of a find-the-nonconformity exercise as a file: `examples/<id>.key.json`,
//! one file for every language (codes and references are the same in each; explanations are
//! given per language). Read strictly: a key that breaks a rule is refused with what and where.
//!
//! ```json
//! {"format": "sixtwo-answer-key", "version": 1, "exercise": "managed-services-exercise",
//!  "findings": [{"id": "F1", "subject": "T3", "item": "measurable", "severity": "major",
//!                "explanation": {"en": "…", "zh-Hans": "…"}}],
//!  "decoys": [{"subject": "PIPL", "item": "requirements", "explanation": {"en": "…"}}]}
//! ```

use crate::domain::exercise::AnswerKey;
use serde::Deserialize;

/// The `format` value that marks an answer key.
pub const KEY_FORMAT: &str = "sixtwo-answer-key";
/// The answer key version this build reads.
pub const KEY_VERSION: u32 = 1;

#[derive(Deserialize)]
struct KeyFile {
    format: String,
    #[serde(default)]
    version: Option<u32>,
    #[serde(flatten)]
    key: AnswerKey,
}

/// Why an answer key cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Not JSON, or a field of the wrong kind: the parser's words and the 1-based position.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not an answer key.
    NotKey,
    /// Written for a newer SixTwo.
    TooNew { version: u32 },
    /// The key is for another exercise than the catalogue says.
    OtherExercise { found: String },
    /// Entry `id` (or `#n` for a decoy or an entry without an id) breaks a rule.
    Entry {
        id: String,
        problem: KeyEntryProblem,
    },
}

/// What is wrong with one entry of a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyEntryProblem {
    DuplicateId,
    EmptyId,
    EmptySubject,
    NoEnglishExplanation,
}

/// Reads an answer key, which must be the key of `exercise`.
pub fn decode_answer_key(text: &str, exercise: &str) -> Result<AnswerKey, KeyProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(syntax)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(KEY_FORMAT) {
        return Err(KeyProblem::NotKey);
    }
    let file: KeyFile = serde_json::from_value(value).map_err(|error| KeyProblem::Syntax {
        line: 0,
        column: 0,
        message: error.to_string(),
    })?;
    if file.format != KEY_FORMAT {
        return Err(KeyProblem::NotKey);
    }
    if let Some(version) = file.version.filter(|version| *version > KEY_VERSION) {
        return Err(KeyProblem::TooNew { version });
    }
    let key = file.key;
    if key.exercise != exercise {
        return Err(KeyProblem::OtherExercise {
            found: key.exercise,
        });
    }
    let mut seen: Vec<&str> = Vec::new();
    for (index, entry) in key.findings.iter().enumerate() {
        let problem = if entry.id.trim().is_empty() {
            Some(KeyEntryProblem::EmptyId)
        } else if seen.contains(&entry.id.as_str()) {
            Some(KeyEntryProblem::DuplicateId)
        } else if entry.subject.trim().is_empty() {
            Some(KeyEntryProblem::EmptySubject)
        } else if entry.explanation.en.trim().is_empty() {
            Some(KeyEntryProblem::NoEnglishExplanation)
        } else {
            None
        };
        if let Some(problem) = problem {
            let id = if entry.id.trim().is_empty() {
                format!("#{}", index + 1)
            } else {
                entry.id.clone()
            };
            return Err(KeyProblem::Entry { id, problem });
        }
        seen.push(&entry.id);
    }
    for (index, decoy) in key.decoys.iter().enumerate() {
        let problem = if decoy.subject.trim().is_empty() {
            Some(KeyEntryProblem::EmptySubject)
        } else if decoy.explanation.en.trim().is_empty() {
            Some(KeyEntryProblem::NoEnglishExplanation)
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(KeyProblem::Entry {
                id: format!("decoy #{}", index + 1),
                problem,
            });
        }
    }
    Ok(key)
}

fn syntax(error: serde_json::Error) -> KeyProblem {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message,
    };
    KeyProblem::Syntax {
        line: error.line(),
        column: error.column(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = r#"{"format": "sixtwo-answer-key", "version": 1, "exercise": "x",
        "findings": [{"id": "F1", "subject": "T3", "item": "measurable", "severity": "major",
                      "explanation": {"en": "No KPI.", "zh-Hans": "没有 KPI。"}}],
        "decoys": [{"subject": "PIPL", "item": "requirements", "explanation": {"en": "Fine."}}]}"#;

    #[test]
    fn a_key_reads_with_its_findings_and_decoys() {
        let key = decode_answer_key(KEY, "x");
        let Ok(key) = key else {
            panic!("the key reads: {key:?}");
        };
        assert_eq!(key.findings.len(), 1);
        assert_eq!(key.decoys.len(), 1);
    }

    #[test]
    fn a_bad_key_says_what_is_wrong() {
        assert_eq!(
            decode_answer_key(KEY, "y"),
            Err(KeyProblem::OtherExercise { found: "x".into() })
        );
        assert_eq!(
            decode_answer_key(&KEY.replace("\"version\": 1", "\"version\": 9"), "x"),
            Err(KeyProblem::TooNew { version: 9 })
        );
        assert_eq!(
            decode_answer_key(r#"{"format": "sixtwo-workspace"}"#, "x"),
            Err(KeyProblem::NotKey)
        );
        assert!(matches!(
            decode_answer_key(&KEY.replace("\"T3\"", "\" \""), "x"),
            Err(KeyProblem::Entry {
                problem: KeyEntryProblem::EmptySubject,
                ..
            })
        ));
        assert!(matches!(
            decode_answer_key(&KEY.replace("measurable", "measurability"), "x"),
            Err(KeyProblem::Syntax { .. })
        ));
    }
}
