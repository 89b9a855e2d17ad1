//! The message catalogue and the functions that turn domain values (levels, errors, undo
//! labels) into sentences in the user's language. Pure Rust, tested natively.

mod catalogue;
mod lang;

pub use catalogue::Msg;
pub use lang::Lang;

use crate::domain::code::CodeProblem;
use crate::domain::model::{Direction, Frequency, Level, RequirementSource, Status};
use crate::domain::validate::{Problem, ProblemKind};
use crate::domain::{ChangeLabel, CommandError};
use crate::io::envelope::{DecodeError, SCHEMA_VERSION};

/// Replaces each `{name}` in `template` with its value from `args`. Unknown placeholders are
/// left as they are, so a mistake shows up on screen instead of silently vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `msg` in `lang` with its placeholders filled.
pub fn format(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    fill(msg.text(lang), args)
}

pub fn level_label(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelStrategic,
        Level::Tactical => Msg::LevelTactical,
        Level::Operational => Msg::LevelOperational,
    }
}

/// The level as it reads inside a sentence ("a tactical objective").
pub fn level_word(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelWordStrategic,
        Level::Tactical => Msg::LevelWordTactical,
        Level::Operational => Msg::LevelWordOperational,
    }
}

pub fn level_help(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelHelpStrategic,
        Level::Tactical => Msg::LevelHelpTactical,
        Level::Operational => Msg::LevelHelpOperational,
    }
}

pub fn status_label(status: Status) -> Msg {
    match status {
        Status::Draft => Msg::StatusDraft,
        Status::Active => Msg::StatusActive,
        Status::Achieved => Msg::StatusAchieved,
        Status::NotAchieved => Msg::StatusNotAchieved,
        Status::Cancelled => Msg::StatusCancelled,
        Status::Superseded => Msg::StatusSuperseded,
    }
}

pub fn direction_label(direction: Direction) -> Msg {
    match direction {
        Direction::HigherIsBetter => Msg::DirectionHigher,
        Direction::LowerIsBetter => Msg::DirectionLower,
        Direction::Range => Msg::DirectionRange,
    }
}

pub fn frequency_label(frequency: Frequency) -> Msg {
    match frequency {
        Frequency::Daily => Msg::FrequencyDaily,
        Frequency::Weekly => Msg::FrequencyWeekly,
        Frequency::Monthly => Msg::FrequencyMonthly,
        Frequency::Quarterly => Msg::FrequencyQuarterly,
        Frequency::HalfYearly => Msg::FrequencyHalfYearly,
        Frequency::Yearly => Msg::FrequencyYearly,
    }
}

pub fn source_label(source: RequirementSource) -> Msg {
    match source {
        RequirementSource::ServiceRequirement => Msg::SourceServiceRequirement,
        RequirementSource::Contract => Msg::SourceContract,
        RequirementSource::LegalRegulatory => Msg::SourceLegalRegulatory,
        RequirementSource::RiskOpportunity => Msg::SourceRiskOpportunity,
        RequirementSource::InterestedParty => Msg::SourceInterestedParty,
        RequirementSource::Internal => Msg::SourceInternal,
    }
}

fn code_problem(lang: Lang, problem: &CodeProblem) -> String {
    match problem {
        CodeProblem::Empty => Msg::ErrCodeEmpty.text(lang).to_string(),
        CodeProblem::TooLong => {
            let max = crate::domain::code::MAX_CODE_CHARS.to_string();
            format(lang, Msg::ErrCodeTooLong, &[("max", &max)])
        }
        CodeProblem::HasWhitespace => Msg::ErrCodeWhitespace.text(lang).to_string(),
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
        CommandError::RangeInverted => Msg::ErrRangeInverted.text(lang).into(),
        CommandError::NotFinite => Msg::ErrNotFinite.text(lang).into(),
        CommandError::NothingToDo => Msg::ErrNothingToDo.text(lang).into(),
        CommandError::Inconsistent(problems) => format(
            lang,
            Msg::ErrInconsistent,
            &[("count", &problems.len().to_string())],
        ),
    }
}

/// One line per broken invariant, naming where it is.
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
        ProblemKind::RangeInverted => with(Msg::ProblemRangeInverted, &[]),
        ProblemKind::NotFinite => with(Msg::ProblemNotFinite, &[]),
        ProblemKind::TooLong { max } => with(Msg::ProblemTooLong, &[("max", &max.to_string())]),
    }
}

/// Why stored data or a file cannot be read: a headline, then one line per problem.
pub fn describe_decode_error(lang: Lang, error: &DecodeError) -> Vec<String> {
    let text = |msg: Msg| msg.text(lang).to_string();
    match error {
        DecodeError::Empty => vec![text(Msg::DecodeEmpty)],
        DecodeError::Syntax {
            line,
            column,
            message,
        } => vec![format(
            lang,
            Msg::DecodeSyntax,
            &[
                ("message", message),
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
        DecodeError::Field { path, message } => vec![format(
            lang,
            Msg::DecodeField,
            &[("path", path), ("message", message)],
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

/// What an undo step does, as a short phrase ("delete S1").
pub fn describe_change(lang: Lang, label: &ChangeLabel) -> String {
    let code_msg = |msg: Msg, code: &str| format(lang, msg, &[("code", code)]);
    match label {
        ChangeLabel::Organisation => Msg::ChangeOrganisation.text(lang).into(),
        ChangeLabel::PolicyAdded => Msg::ChangePolicyAdded.text(lang).into(),
        ChangeLabel::PolicyEdited => Msg::ChangePolicyEdited.text(lang).into(),
        ChangeLabel::PolicyRemoved => Msg::ChangePolicyRemoved.text(lang).into(),
        ChangeLabel::PolicyMoved => Msg::ChangePolicyMoved.text(lang).into(),
        ChangeLabel::RequirementAdded => Msg::ChangeRequirementAdded.text(lang).into(),
        ChangeLabel::RequirementEdited => Msg::ChangeRequirementEdited.text(lang).into(),
        ChangeLabel::RequirementRemoved => Msg::ChangeRequirementRemoved.text(lang).into(),
        ChangeLabel::ObjectiveCreated { code } => code_msg(Msg::ChangeObjectiveCreated, code),
        ChangeLabel::ObjectiveEdited { code } => code_msg(Msg::ChangeObjectiveEdited, code),
        ChangeLabel::ObjectiveMoved { code } => code_msg(Msg::ChangeObjectiveMoved, code),
        ChangeLabel::ObjectiveDeleted { code, count } if *count > 1 => format(
            lang,
            Msg::ChangeObjectivesDeleted,
            &[("code", code), ("more", &(count - 1).to_string())],
        ),
        ChangeLabel::ObjectiveDeleted { code, .. } => code_msg(Msg::ChangeObjectiveDeleted, code),
        ChangeLabel::KpiAdded { code } => code_msg(Msg::ChangeKpiAdded, code),
        ChangeLabel::KpiEdited { code } => code_msg(Msg::ChangeKpiEdited, code),
        ChangeLabel::KpiRemoved { code } => code_msg(Msg::ChangeKpiRemoved, code),
        ChangeLabel::WorkspaceReplaced => Msg::ChangeWorkspaceReplaced.text(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            found.insert(after[..close].to_string());
            rest = &after[close + 1..];
        }
        found
    }

    /// Messages that are the same in both languages on purpose (names and the language switch).
    const SAME_IN_BOTH: &[Msg] = &[Msg::AppName, Msg::KpiNumber];

    #[test]
    fn every_message_is_translated_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let en = msg.text(Lang::En);
            let zh = msg.text(Lang::ZhHans);
            assert!(!en.trim().is_empty(), "{msg:?} has no English text");
            assert!(!zh.trim().is_empty(), "{msg:?} has no Chinese text");
            assert_eq!(
                placeholders(en),
                placeholders(zh),
                "{msg:?} placeholders differ"
            );
            if !SAME_IN_BOTH.contains(&msg) {
                assert_ne!(en, zh, "{msg:?} is not translated");
            }
        }
    }

    #[test]
    fn chinese_texts_are_written_in_chinese() {
        // Chinese characters, or the full-width punctuation of a Chinese template such as "KPI：{list}".
        let has_cjk = |text: &str| {
            text.chars().any(|c| {
                ('\u{4e00}'..='\u{9fff}').contains(&c)
                    || ('\u{3000}'..='\u{303f}').contains(&c)
                    || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
        };
        for &msg in Msg::ALL {
            // "KPI" and the name of the other language are the same words in Chinese text.
            if SAME_IN_BOTH.contains(&msg) || [Msg::SwitchToOther, Msg::ColumnKpis].contains(&msg) {
                continue;
            }
            assert!(
                has_cjk(msg.text(Lang::ZhHans)),
                "{msg:?} has no Chinese characters"
            );
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("Delete {code}?", &[("code", "S1")]), "Delete S1?");
        assert_eq!(fill("{a}{b}{a}", &[("a", "x"), ("b", "y")]), "xyx");
        assert_eq!(fill("keep {other}", &[("code", "S1")]), "keep {other}");
        assert_eq!(fill("broken {code", &[("code", "S1")]), "broken {code");
        assert_eq!(fill("值 {v} 个", &[("v", "三")]), "值 三 个");
    }

    #[test]
    fn errors_read_as_sentences_in_both_languages() {
        let error = CommandError::LevelAboveParent {
            level: Level::Tactical,
            parent_code: "O1".into(),
            parent_level: Level::Operational,
        };
        assert_eq!(
            describe_command_error(Lang::En, &error),
            "A tactical objective cannot sit below O1, which is operational. Choose another parent first."
        );
        assert!(describe_command_error(Lang::ZhHans, &error)
            .contains("战术性目标不能位于运行性目标 O1 之下"));
        let syntax = DecodeError::Syntax {
            line: 3,
            column: 7,
            message: "expected value".into(),
        };
        assert_eq!(
            describe_decode_error(Lang::En, &syntax),
            ["It is not valid JSON: expected value (line 3, column 7)."]
        );
    }

    #[test]
    fn deleting_several_objectives_says_how_many() {
        let label = ChangeLabel::ObjectiveDeleted {
            code: "S1".into(),
            count: 4,
        };
        assert_eq!(
            describe_change(Lang::En, &label),
            "delete S1 and 3 below it"
        );
        assert_eq!(
            describe_change(Lang::ZhHans, &label),
            "删除 S1 及其下 3 个目标"
        );
    }
}
