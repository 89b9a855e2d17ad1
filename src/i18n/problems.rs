//! Refusals and problems in words, saying what and where: commands refused, field and workspace
//! problems, conflicts between tabs, stored data and files that cannot be read.

use super::labels::level_word;
use super::{format, Lang, Msg};
use crate::domain::code::CodeProblem;
use crate::domain::json_read::{ErrorKind, Expected, JsonType, Syntax};
use crate::domain::model::Level;
use crate::domain::validate::{Problem, ProblemKind};
use crate::domain::CommandError;
use crate::io::compact::CompactError;
use crate::io::envelope::{shortened, DecodeError, HeaderProblem, SCHEMA_VERSION};
use crate::io::import::{FileProblem, MAX_FILE_BYTES};

pub(crate) fn code_problem(lang: Lang, problem: &CodeProblem) -> String {
    match problem {
        CodeProblem::Empty => Msg::ErrCodeEmpty.text(lang).to_string(),
        CodeProblem::TooLong => {
            let max = crate::domain::code::MAX_CODE_CHARS.to_string();
            format(lang, Msg::ErrCodeTooLong, &[("max", &max)])
        }
        CodeProblem::HasWhitespace => Msg::ErrCodeWhitespace.text(lang).to_string(),
        CodeProblem::HasControl(control) => {
            let code_point = format!("U+{:04X}", u32::from(*control));
            format(lang, Msg::ErrCodeControl, &[("code_point", &code_point)])
        }
    }
}

/// Why a change was refused, as one sentence.
pub fn describe_command_error(lang: Lang, error: &CommandError) -> String {
    let word = |level: Level| level_word(level).text(lang);
    match error {
        CommandError::ObjectiveNotFound => Msg::ErrObjectiveNotFound.text(lang).into(),
        CommandError::PolicyNotFound => Msg::ErrPolicyNotFound.text(lang).into(),
        CommandError::RequirementNotFound => Msg::ErrRequirementNotFound.text(lang).into(),
        CommandError::KpiNotFound => Msg::ErrKpiNotFound.text(lang).into(),
        CommandError::ActionNotFound => Msg::ErrActionNotFound.text(lang).into(),
        CommandError::ParentNotFound => Msg::ErrParentNotFound.text(lang).into(),
        CommandError::DuplicateId => Msg::ErrDuplicateId.text(lang).into(),
        CommandError::BadCode(problem) => code_problem(lang, problem),
        CommandError::CodeTaken { code } => format(lang, Msg::ErrCodeTaken, &[("code", code)]),
        CommandError::TitleEmpty => Msg::ErrTitleEmpty.text(lang).into(),
        CommandError::KpiNameEmpty => Msg::ErrKpiNameEmpty.text(lang).into(),
        CommandError::TextEmpty => Msg::ErrTextEmpty.text(lang).into(),
        CommandError::DatesInverted => Msg::ErrDatesInverted.text(lang).into(),
        CommandError::TooLong { max } => {
            format(lang, Msg::ErrTooLong, &[("max", &max.to_string())])
        }
        CommandError::LevelAboveParent {
            level,
            parent_code,
            parent_level,
        } => format(
            lang,
            Msg::ErrLevelAboveParent,
            &[
                ("level", word(*level)),
                ("parent_code", parent_code),
                ("parent_level", word(*parent_level)),
            ],
        ),
        CommandError::ChildAboveLevel {
            level,
            child_code,
            child_level,
        } => format(
            lang,
            Msg::ErrChildAboveLevel,
            &[
                ("level", word(*level)),
                ("child_code", child_code),
                ("child_level", word(*child_level)),
            ],
        ),
        CommandError::Cycle => Msg::ErrCycle.text(lang).into(),
        CommandError::ContributionNotFound => Msg::ErrContributionNotFound.text(lang).into(),
        CommandError::ContributionToSelf => Msg::ErrContributionToSelf.text(lang).into(),
        CommandError::ContributionToParent { code } => {
            format(lang, Msg::ErrContributionToParent, &[("code", code)])
        }
        CommandError::ContributionDuplicate { code } => {
            format(lang, Msg::ErrContributionDuplicate, &[("code", code)])
        }
        CommandError::LevelAboveContribution {
            level,
            target_code,
            target_level,
        } => format(
            lang,
            Msg::ErrLevelAboveContribution,
            &[
                ("level", word(*level)),
                ("target_code", target_code),
                ("target_level", word(*target_level)),
            ],
        ),
        CommandError::ContributorAboveLevel {
            level,
            contributor_code,
            contributor_level,
        } => format(
            lang,
            Msg::ErrContributorAboveLevel,
            &[
                ("level", word(*level)),
                ("contributor_code", contributor_code),
                ("contributor_level", word(*contributor_level)),
            ],
        ),
        CommandError::ContributionCycle { code } => {
            format(lang, Msg::ErrContributionCycle, &[("code", code)])
        }
        CommandError::NotRelevantReasonEmpty => Msg::ErrNotRelevantReasonEmpty.text(lang).into(),
        CommandError::NotApplicableReasonEmpty => {
            Msg::ErrNotApplicableReasonEmpty.text(lang).into()
        }
        CommandError::AssessmentNotFound => Msg::ErrAssessmentNotFound.text(lang).into(),
        CommandError::RangeInverted => Msg::ErrRangeInverted.text(lang).into(),
        CommandError::NotFinite => Msg::ErrNotFinite.text(lang).into(),
        CommandError::NumberTooLarge => format(
            lang,
            Msg::ErrNumberTooLarge,
            &[("max", &grouped(crate::domain::rules::MAX_MAGNITUDE as u64))],
        ),
        CommandError::DateOutOfRange => format(
            lang,
            Msg::ErrDateOutOfRange,
            &[
                ("first", &crate::domain::rules::MIN_YEAR.to_string()),
                ("last", &crate::domain::rules::MAX_YEAR.to_string()),
            ],
        ),
        CommandError::NothingToDo => Msg::ErrNothingToDo.text(lang).into(),
        CommandError::ReviewNotFound => Msg::ErrReviewNotFound.text(lang).into(),
        CommandError::CommunicationNotFound => Msg::ErrCommunicationNotFound.text(lang).into(),
        CommandError::ReviewerEmpty => Msg::ErrReviewerEmpty.text(lang).into(),
        CommandError::NextReviewNotAfter => Msg::ErrNextReviewNotAfter.text(lang).into(),
        CommandError::NoObjectives => Msg::ErrNoObjectives.text(lang).into(),
        CommandError::AudienceEmpty => Msg::ErrAudienceEmpty.text(lang).into(),
        CommandError::AcknowledgedBefore => Msg::ErrAcknowledgedBefore.text(lang).into(),
        CommandError::MeasurementNotFound => Msg::ErrMeasurementNotFound.text(lang).into(),
        CommandError::WeightNegative => Msg::ErrWeightNegative.text(lang).into(),
        CommandError::ThresholdOutOfRange => Msg::ErrThresholdOutOfRange.text(lang).into(),
        CommandError::ThresholdsInverted => Msg::ErrThresholdsInverted.text(lang).into(),
        CommandError::Inconsistent(problems) => format(
            lang,
            Msg::ErrInconsistent,
            &[("count", &problems.len().to_string())],
        ),
        CommandError::RevisionNotFound => Msg::ErrRevisionNotFound.text(lang).into(),
        CommandError::RevisionClosed => Msg::ErrRevisionClosed.text(lang).into(),
        CommandError::RevisionReasonMissing => Msg::ErrRevisionReasonMissing.text(lang).into(),
        CommandError::RevisionNoteMissing => Msg::ErrRevisionNoteMissing.text(lang).into(),
        CommandError::RevisionOpen { number } => format(
            lang,
            Msg::ErrRevisionOpen,
            &[("number", &number.to_string())],
        ),
        CommandError::NothingToRevert => Msg::ErrNothingToRevert.text(lang).into(),
        CommandError::RevertMissing { .. } => Msg::ErrRevertMissing.text(lang).into(),
        CommandError::RevertMalformed { .. } => Msg::ErrRevertMalformed.text(lang).into(),
    }
}

/// One line per broken invariant, naming where it is.
/// The records two tabs changed differently, as a list for the conflict banner.
pub fn describe_tab_conflicts(
    lang: Lang,
    records: &[crate::domain::reconcile::Conflict],
) -> String {
    use crate::domain::reconcile::ConflictKind;
    let names: Vec<String> = records
        .iter()
        .map(|record| {
            let label = record.label.as_str();
            match record.kind {
                ConflictKind::Objective => {
                    format(lang, Msg::ConflictRecordObjective, &[("code", label)])
                }
                ConflictKind::PolicyStatement => {
                    format(lang, Msg::ConflictRecordPolicy, &[("reference", label)])
                }
                ConflictKind::Requirement => format(
                    lang,
                    Msg::ConflictRecordRequirement,
                    &[("reference", label)],
                ),
                ConflictKind::Communication => {
                    format(lang, Msg::ConflictRecordCommunication, &[("date", label)])
                }
                ConflictKind::Assessment => {
                    format(lang, Msg::ConflictRecordAssessment, &[("date", label)])
                }
                ConflictKind::Organisation => Msg::ConflictRecordOrganisation.text(lang).into(),
                ConflictKind::Settings => Msg::ConflictRecordSettings.text(lang).into(),
            }
        })
        .collect();
    names.join(Msg::ListSeparator.text(lang))
}

pub fn describe_problem(lang: Lang, problem: &Problem) -> String {
    let path = problem.path.as_str();
    let word = |level: Level| level_word(level).text(lang);
    let with = |msg: Msg, extra: &[(&str, &str)]| {
        let mut args = vec![("path", path)];
        args.extend_from_slice(extra);
        format(lang, msg, &args)
    };
    match &problem.kind {
        ProblemKind::DuplicateId { id } => with(Msg::ProblemDuplicateId, &[("id", id)]),
        ProblemKind::DuplicateCode { code } => with(Msg::ProblemDuplicateCode, &[("code", code)]),
        ProblemKind::BadCode(reason) => with(
            Msg::ProblemBadCode,
            &[("reason", &code_problem(lang, reason))],
        ),
        ProblemKind::UnknownParent { id } => with(Msg::ProblemUnknownParent, &[("id", id)]),
        ProblemKind::OwnParent => with(Msg::ProblemOwnParent, &[]),
        ProblemKind::Cycle => with(Msg::ProblemCycle, &[]),
        ProblemKind::LevelAboveParent {
            level,
            parent_level,
        } => with(
            Msg::ProblemLevelAboveParent,
            &[
                ("level", word(*level)),
                ("parent_level", word(*parent_level)),
            ],
        ),
        ProblemKind::UnknownPolicy { id } => with(Msg::ProblemUnknownPolicy, &[("id", id)]),
        ProblemKind::UnknownRequirement { id } => {
            with(Msg::ProblemUnknownRequirement, &[("id", id)])
        }
        ProblemKind::UnknownContribution { id } => {
            with(Msg::ProblemUnknownContribution, &[("id", id)])
        }
        ProblemKind::OwnContribution => with(Msg::ProblemOwnContribution, &[]),
        ProblemKind::ContributionToParent => with(Msg::ProblemContributionToParent, &[]),
        ProblemKind::DuplicateContribution => with(Msg::ProblemDuplicateContribution, &[]),
        ProblemKind::LevelAboveContribution {
            level,
            target_level,
        } => with(
            Msg::ProblemLevelAboveContribution,
            &[
                ("level", word(*level)),
                ("target_level", word(*target_level)),
            ],
        ),
        ProblemKind::ContributionCycle => with(Msg::ProblemContributionCycle, &[]),
        // The same words as the refusal of a command breaking the same rule.
        ProblemKind::Field(field) => {
            let reason = describe_command_error(lang, &CommandError::from(*field));
            with(Msg::ProblemField, &[("reason", &reason)])
        }
    }
}

/// Why stored text in the compact form cannot be unpacked, and where.
pub(crate) fn describe_compact_error(lang: Lang, problem: &CompactError) -> String {
    let sizes = |msg: Msg, expected: &usize, found: &usize| {
        format(
            lang,
            msg,
            &[
                ("expected", &grouped(*expected as u64)),
                ("found", &grouped(*found as u64)),
            ],
        )
    };
    match problem {
        CompactError::Header => Msg::DecodeCompactHeader.text(lang).to_string(),
        CompactError::Unit { position } => format(
            lang,
            Msg::DecodeCompactUnit,
            &[("position", &grouped(*position as u64))],
        ),
        CompactError::Truncated { expected, found } => {
            sizes(Msg::DecodeCompactTruncated, expected, found)
        }
        CompactError::Inflate => Msg::DecodeCompactDamaged.text(lang).to_string(),
        CompactError::Length { expected, found } => {
            sizes(Msg::DecodeCompactLength, expected, found)
        }
        CompactError::NotText => Msg::DecodeCompactNotText.text(lang).to_string(),
    }
}

/// What is wrong in JSON text, in the reader's terms (a field's name and a choice's names
/// are the file's own words, and stay as they are written).
pub(crate) fn describe_json_problem(lang: Lang, problem: &ErrorKind) -> String {
    let text = |msg: Msg| msg.text(lang).to_string();
    match problem {
        ErrorKind::Syntax(syntax) => text(match syntax {
            Syntax::EndOfText => Msg::JsonEndOfText,
            Syntax::ExpectedValue => Msg::JsonExpectedValue,
            Syntax::InvalidLiteral => Msg::JsonInvalidLiteral,
            Syntax::ExpectedColon => Msg::JsonExpectedColon,
            Syntax::ExpectedCommaOrEnd => Msg::JsonExpectedCommaOrEnd,
            Syntax::KeyMustBeString => Msg::JsonKeyMustBeString,
            Syntax::TrailingComma => Msg::JsonTrailingComma,
            Syntax::TrailingText => Msg::JsonTrailingText,
            Syntax::InvalidNumber => Msg::JsonInvalidNumber,
            Syntax::InvalidEscape => Msg::JsonInvalidEscape,
            Syntax::ControlCharacter => Msg::JsonControlCharacter,
            Syntax::LoneSurrogate => Msg::JsonLoneSurrogate,
            Syntax::TooDeep => Msg::JsonTooDeep,
        }),
        ErrorKind::WrongType { expected, found } => format(
            lang,
            Msg::JsonWrongType,
            &[
                ("expected", &expected_words(lang, *expected)),
                ("found", &found_words(lang, *found)),
            ],
        ),
        ErrorKind::MissingField(field) => format(lang, Msg::JsonMissingField, &[("field", field)]),
        ErrorKind::DuplicateField(field) => {
            format(lang, Msg::JsonDuplicateField, &[("field", field)])
        }
        ErrorKind::UnknownVariant { found, expected } => format(
            lang,
            Msg::JsonUnknownName,
            &[
                ("found", &shortened(found)),
                ("expected", &expected.join(", ")),
            ],
        ),
        ErrorKind::OutOfRange => text(Msg::JsonOutOfRange),
        ErrorKind::InvalidValue { expected, found } => format(
            lang,
            Msg::JsonInvalidValue,
            &[
                ("found", &shortened(found)),
                ("expected", &expected_words(lang, *expected)),
            ],
        ),
    }
}

fn expected_words(lang: Lang, expected: Expected) -> String {
    match expected {
        Expected::Bool => Msg::JsonExpectBool,
        Expected::Number => Msg::JsonExpectNumber,
        Expected::WholeNumber => Msg::JsonExpectWholeNumber,
        Expected::String => Msg::JsonExpectString,
        Expected::Array => Msg::JsonExpectArray,
        Expected::Object => Msg::JsonExpectObject,
        Expected::Null => Msg::JsonExpectNull,
        Expected::Name => Msg::JsonExpectName,
        Expected::Uuid => Msg::JsonExpectUuid,
        Expected::Date => Msg::JsonExpectDate,
        Expected::Pair => Msg::JsonExpectPair,
        Expected::Time => Msg::JsonExpectTime,
        Expected::Value => Msg::JsonExpectValue,
    }
    .text(lang)
    .to_string()
}

fn found_words(lang: Lang, found: JsonType) -> String {
    match found {
        JsonType::Null => Msg::JsonTypeNull,
        JsonType::Bool => Msg::JsonTypeBool,
        JsonType::Number => Msg::JsonTypeNumber,
        JsonType::String => Msg::JsonTypeString,
        JsonType::Array => Msg::JsonTypeArray,
        JsonType::Object => Msg::JsonTypeObject,
    }
    .text(lang)
    .to_string()
}

/// Why stored data or a file cannot be read: a headline, then one line per problem.
pub fn describe_decode_error(lang: Lang, error: &DecodeError) -> Vec<String> {
    let text = |msg: Msg| msg.text(lang).to_string();
    match error {
        DecodeError::Empty => vec![text(Msg::DecodeEmpty)],
        DecodeError::Compact(problem) => vec![describe_compact_error(lang, problem)],
        DecodeError::Syntax {
            line,
            column,
            problem,
        } => vec![format(
            lang,
            Msg::DecodeSyntax,
            &[
                ("message", &describe_json_problem(lang, problem)),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        )],
        DecodeError::NotSixTwo { found: None } => vec![text(Msg::DecodeNotSixTwo)],
        DecodeError::NotSixTwo {
            found: Some(format_name),
        } => vec![format(
            lang,
            Msg::DecodeNotSixTwoFound,
            &[("format", format_name)],
        )],
        DecodeError::BadVersion => vec![text(Msg::DecodeBadVersion)],
        DecodeError::Header {
            field,
            problem,
            found,
        } => {
            let msg = match problem {
                HeaderProblem::NotRevision => Msg::DecodeHeaderRevision,
                HeaderProblem::NotTime => Msg::DecodeHeaderTime,
            };
            vec![format(lang, msg, &[("field", field), ("found", found)])]
        }
        DecodeError::TooDeep {
            limit,
            path,
            line,
            column,
        } => vec![format(
            lang,
            Msg::DecodeTooDeep,
            &[
                ("limit", &limit.to_string()),
                ("path", path),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        )],
        DecodeError::TooNew { version } => vec![format(
            lang,
            Msg::DecodeTooNew,
            &[
                ("version", &version.to_string()),
                ("current", &SCHEMA_VERSION.to_string()),
            ],
        )],
        DecodeError::Migration(error) => vec![format(
            lang,
            Msg::DecodeMigration,
            &[
                ("version", &error.from.to_string()),
                ("message", &error.message),
            ],
        )],
        DecodeError::Field { path, problem } => vec![format(
            lang,
            Msg::DecodeField,
            &[
                ("path", path),
                ("message", &describe_json_problem(lang, problem)),
            ],
        )],
        DecodeError::Inconsistent { problems, total } => {
            let mut lines = vec![format(
                lang,
                Msg::DecodeInconsistent,
                &[("total", &total.to_string())],
            )];
            lines.extend(problems.iter().map(|p| describe_problem(lang, p)));
            if *total > problems.len() {
                let more = (total - problems.len()).to_string();
                lines.push(format(lang, Msg::ProblemsMore, &[("count", &more)]));
            }
            lines
        }
    }
}

/// Why a file cannot be imported, saying what and where: a size with the limit, a line and
/// column, a JSON path, a version, or the records that contradict each other.
pub fn describe_file_problem(lang: Lang, problem: &FileProblem) -> Vec<String> {
    match problem {
        FileProblem::TooLarge { bytes } => vec![format(
            lang,
            Msg::ImportTooLarge,
            &[
                ("size", &grouped(*bytes)),
                ("limit", &import_limit_megabytes()),
                ("limit_bytes", &grouped(MAX_FILE_BYTES)),
            ],
        )],
        FileProblem::NotText { position } => vec![format(
            lang,
            Msg::ImportNotText,
            &[("position", &grouped(*position))],
        )],
        // "The stored text is empty" is about storage; a file says so in its own words.
        FileProblem::Unreadable(DecodeError::Empty) => {
            vec![Msg::ImportEmpty.text(lang).to_string()]
        }
        FileProblem::Unreadable(error) => describe_decode_error(lang, error),
    }
}

/// The import size limit in megabytes (of 1,048,576 bytes), as written in messages.
pub fn import_limit_megabytes() -> String {
    (MAX_FILE_BYTES / (1024 * 1024)).to_string()
}

/// A count with thousands separators ("10,485,760"), the same in both languages.
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
