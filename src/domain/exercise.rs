//! Find-the-nonconformity exercises: the findings a trainee logs (kept in the workspace, so a
//! trainee's exported file carries them), the answer key of an exercise (its planted
//! nonconformities and its decoys) and how logged findings are scored against the key.
//!
//! A logged finding matches a key entry when it names the same subject (an objective's code,
//! or a policy statement's or requirement's reference; compared trimmed and ignoring case) and
//! one of the entry's clause items. The first finding that matches an entry finds it; later
//! ones are duplicates. A finding that matches no entry is false; when it names a decoy, the
//! decoy's explanation says why that conforms.

use super::code::code_key;
use super::conformity::{check_register, CheckItem, Score};
use super::example::ExampleLanguage;
use super::ids::RecordId;
use super::model::Workspace;
use super::problem::{FieldProblem, Problem, ProblemKind};
use super::rules::{too_long, At, Rules, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How serious a nonconformity is, as an auditor grades it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A requirement not met at all, or a breakdown that puts the system's results at risk.
    Major,
    /// A single lapse in meeting a requirement.
    #[default]
    Minor,
    /// Not a nonconformity yet: a weakness or good practice not followed.
    Observation,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Major, Severity::Minor, Severity::Observation];
}

/// One finding a trainee logged.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct LoggedFinding {
    pub id: RecordId,
    /// The objective's code, or the policy statement's or requirement's reference.
    pub subject: String,
    pub item: CheckItem,
    #[serde(default)]
    pub severity: Severity,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The exercise a workspace was loaded from and the findings logged on it. A workspace with
/// one is in exercise mode: the score and the check are hidden until the findings are revealed.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseLog {
    /// The exercise's id in the example catalogue.
    pub exercise: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<LoggedFinding>,
}

impl ExerciseLog {
    /// An exercise just loaded: nothing logged yet.
    pub fn new(exercise: impl Into<String>) -> Self {
        ExerciseLog {
            exercise: exercise.into(),
            findings: Vec::new(),
        }
    }
}

impl Rules for ExerciseLog {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut push = |field: String, max: usize| {
            found.push(Problem {
                path: at(&field),
                kind: ProblemKind::Field(FieldProblem::TooLong { max }),
            })
        };
        if too_long(&self.exercise, MAX_SHORT_TEXT) {
            push("exercise".into(), MAX_SHORT_TEXT);
        }
        for (i, finding) in self.findings.iter().enumerate() {
            if too_long(&finding.subject, MAX_SHORT_TEXT) {
                push(format!("findings[{i}].subject"), MAX_SHORT_TEXT);
            }
            if too_long(&finding.note, MAX_LONG_TEXT) {
                push(format!("findings[{i}].note"), MAX_LONG_TEXT);
            }
        }
    }
}

/// A text written in each example language (English required).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explained {
    pub en: String,
    #[serde(rename = "zh-Hans", default, skip_serializing_if = "String::is_empty")]
    pub zh_hans: String,
}

impl Explained {
    /// The text in `lang`, in English when it is not written in it.
    pub fn get(&self, lang: ExampleLanguage) -> &str {
        match lang {
            ExampleLanguage::SimplifiedChinese if !self.zh_hans.trim().is_empty() => &self.zh_hans,
            _ => &self.en,
        }
    }
}

/// A nonconformity planted in the exercise (or left in from the model answer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFinding {
    /// Stable within the key, such as "F3".
    pub id: String,
    pub subject: String,
    /// The clause item the finding is graded under.
    pub item: CheckItem,
    /// Other items a finding may name and still match: one lapse can be read under several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<CheckItem>,
    pub severity: Severity,
    pub explanation: Explained,
}

impl KeyFinding {
    /// Whether a finding naming `subject` and `item` is this one.
    pub fn matches(&self, subject: &str, item: CheckItem) -> bool {
        same_subject(&self.subject, subject) && (self.item == item || self.also.contains(&item))
    }
}

/// Something that looks wrong but conforms, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Decoy {
    pub subject: String,
    pub item: CheckItem,
    pub explanation: Explained,
}

/// The answer key of an exercise.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerKey {
    /// The exercise's id in the example catalogue.
    pub exercise: String,
    pub findings: Vec<KeyFinding>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decoys: Vec<Decoy>,
}

/// Subjects are codes and references: compared trimmed, ignoring case and spacing.
pub fn same_subject(a: &str, b: &str) -> bool {
    code_key(a) == code_key(b)
}

/// What became of one key entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyOutcome {
    /// The key entry's position in [`AnswerKey::findings`].
    pub key: usize,
    /// The logged finding that found it and the severity it gave, or `None` when missed.
    pub found_by: Option<(RecordId, Severity)>,
}

impl KeyOutcome {
    pub fn is_found(&self) -> bool {
        self.found_by.is_some()
    }
}

/// What one logged finding turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// It found key entry `key`; the severity is right or not.
    Found { key: usize, severity_right: bool },
    /// Key entry `key` was already found by an earlier finding.
    Duplicate { key: usize },
    /// Not a nonconformity: it names decoy `decoy`, which conforms.
    Decoy { decoy: usize },
    /// Not in the key.
    False,
}

/// The counts of a reveal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RevealTotals {
    /// Entries in the key.
    pub planted: usize,
    pub found: usize,
    pub missed: usize,
    /// Logged findings that are not in the key (decoys included).
    pub false_findings: usize,
    /// Of those, how many named a decoy.
    pub decoys_taken: usize,
    pub severity_right: usize,
    pub severity_wrong: usize,
    pub duplicates: usize,
}

/// Logged findings scored against an answer key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reveal {
    /// One per key entry, in key order.
    pub key: Vec<KeyOutcome>,
    /// One per logged finding, in the order logged.
    pub logged: Vec<(RecordId, Verdict)>,
    pub totals: RevealTotals,
}

/// Scores `logged` against `key` (see the module's notes on matching).
pub fn reveal(key: &AnswerKey, logged: &[LoggedFinding]) -> Reveal {
    let mut outcomes: Vec<KeyOutcome> = (0..key.findings.len())
        .map(|index| KeyOutcome {
            key: index,
            found_by: None,
        })
        .collect();
    let mut verdicts = Vec::with_capacity(logged.len());
    let mut totals = RevealTotals {
        planted: key.findings.len(),
        ..RevealTotals::default()
    };
    for finding in logged {
        let matched = key
            .findings
            .iter()
            .position(|entry| entry.matches(&finding.subject, finding.item));
        let verdict = match matched {
            Some(index) => match outcomes[index].found_by {
                Some(_) => {
                    totals.duplicates += 1;
                    Verdict::Duplicate { key: index }
                }
                None => {
                    outcomes[index].found_by = Some((finding.id, finding.severity));
                    let severity_right = key.findings[index].severity == finding.severity;
                    totals.found += 1;
                    if severity_right {
                        totals.severity_right += 1;
                    } else {
                        totals.severity_wrong += 1;
                    }
                    Verdict::Found {
                        key: index,
                        severity_right,
                    }
                }
            },
            None => {
                totals.false_findings += 1;
                let decoy = key.decoys.iter().position(|decoy| {
                    same_subject(&decoy.subject, &finding.subject) && decoy.item == finding.item
                });
                match decoy {
                    Some(decoy) => {
                        totals.decoys_taken += 1;
                        Verdict::Decoy { decoy }
                    }
                    None => Verdict::False,
                }
            }
        };
        verdicts.push((finding.id, verdict));
    }
    totals.missed = totals.planted - totals.found;
    Reveal {
        key: outcomes,
        logged: verdicts,
        totals,
    }
}

/// One trainee file in the class view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassRow {
    /// The clause 6.2 check's score of the file's workspace.
    pub score: Score,
    /// The exercise the file was made from, when it was.
    pub exercise: Option<String>,
    /// The file's findings scored against its exercise's key, when the key is known.
    pub reveal: Option<Reveal>,
}

impl ClassRow {
    /// The key entries the file missed.
    pub fn missed<'k>(&self, key: &'k AnswerKey) -> Vec<&'k KeyFinding> {
        self.reveal
            .iter()
            .flat_map(|reveal| reveal.key.iter())
            .filter(|outcome| !outcome.is_found())
            .filter_map(|outcome| key.findings.get(outcome.key))
            .collect()
    }
}

/// The class view's row for one trainee's workspace: its score, and its findings against
/// `key` when the workspace was made from that key's exercise.
pub fn class_row(workspace: &Workspace, key: Option<&AnswerKey>, today: NaiveDate) -> ClassRow {
    let score = check_register(workspace, today).score;
    let exercise = workspace.exercise.as_ref().map(|log| log.exercise.clone());
    let reveal = match (&workspace.exercise, key) {
        (Some(log), Some(key)) if log.exercise == key.exercise => Some(reveal(key, &log.findings)),
        _ => None,
    };
    ClassRow {
        score,
        exercise,
        reveal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_compare_like_codes() {
        assert!(same_subject(" t1 ", "T1"));
        assert!(!same_subject("T1", "T1.1"));
    }
}
