//! The message catalogue and the functions that turn domain values (levels, errors, undo
//! labels) into sentences in the user's language. Pure Rust, tested natively.

mod catalogue;
pub mod dashboard;
mod lang;
pub mod records;
pub mod report;
pub mod revision;
pub mod sentence;
pub mod trend;

pub use sentence::kpi_sentence;

pub use catalogue::Msg;
pub use lang::Lang;

use crate::domain::code::CodeProblem;
use crate::domain::command::{RecordKind, Verb};
use crate::domain::conformity::{
    ApprovalPart, CheckItem, CommunicationPart, EvaluationPart, Finding, ItemState, KpiPart,
    MonitoringPart, Practice, Score,
};
use crate::domain::model::{
    ActionStatus, Boundary, Direction, Frequency, Level, RequirementSource, ResourceKind, Status,
};
use crate::domain::validate::{Problem, ProblemKind};
use crate::domain::wizard::{EstablishStep, PlanStep};
use crate::domain::wording::WordingHint;
use crate::domain::{ChangeLabel, CommandError};
use crate::io::compact::CompactError;
use crate::io::envelope::{DecodeError, HeaderProblem, SCHEMA_VERSION};
use crate::io::import::{FileProblem, MAX_FILE_BYTES};

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

/// `msg` in the plural form `lang` uses for `count` ("1 objective", "2 objectives"), with the
/// placeholder that chooses the form (usually `{count}`) set to `count` and the others filled.
pub fn format_count(lang: Lang, msg: Msg, count: usize, args: &[(&str, &str)]) -> String {
    let count_text = grouped(count as u64);
    let selector = msg.entry(lang).selector().unwrap_or("count");
    let mut all: Vec<(&str, &str)> = Vec::with_capacity(args.len() + 1);
    all.push((selector, &count_text));
    all.extend_from_slice(args);
    fill(msg.for_count(lang, count as u64), &all)
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
        Direction::Milestone => Msg::DirectionMilestone,
    }
}

pub fn boundary_label(boundary: Boundary) -> Msg {
    match boundary {
        Boundary::Inclusive => Msg::BoundaryInclusive,
        Boundary::Exclusive => Msg::BoundaryExclusive,
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

pub fn resource_kind_label(kind: ResourceKind) -> Msg {
    match kind {
        ResourceKind::People => Msg::ResourcePeople,
        ResourceKind::Budget => Msg::ResourceBudget,
        ResourceKind::Tool => Msg::ResourceTool,
        ResourceKind::Supplier => Msg::ResourceSupplier,
        ResourceKind::Time => Msg::ResourceTime,
        ResourceKind::Other => Msg::ResourceOther,
    }
}

pub fn action_status_label(status: ActionStatus) -> Msg {
    match status {
        ActionStatus::Planned => Msg::ActionPlanned,
        ActionStatus::InProgress => Msg::ActionInProgress,
        ActionStatus::Done => Msg::ActionDone,
        ActionStatus::Cancelled => Msg::ActionCancelled,
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
fn describe_compact_error(lang: Lang, problem: &CompactError) -> String {
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

/// Why stored data or a file cannot be read: a headline, then one line per problem.
pub fn describe_decode_error(lang: Lang, error: &DecodeError) -> Vec<String> {
    let text = |msg: Msg| msg.text(lang).to_string();
    match error {
        DecodeError::Empty => vec![text(Msg::DecodeEmpty)],
        DecodeError::Compact(problem) => vec![describe_compact_error(lang, problem)],
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

pub fn item_label(item: CheckItem) -> Msg {
    match item {
        CheckItem::Policy => Msg::ItemPolicy,
        CheckItem::Measurable => Msg::ItemMeasurable,
        CheckItem::Requirements => Msg::ItemRequirements,
        CheckItem::Monitored => Msg::ItemMonitored,
        CheckItem::Communicated => Msg::ItemCommunicated,
        CheckItem::Updated => Msg::ItemUpdated,
        CheckItem::Documented => Msg::ItemDocumented,
        CheckItem::Actions => Msg::ItemActions,
        CheckItem::Resources => Msg::ItemResources,
        CheckItem::Responsible => Msg::ItemResponsible,
        CheckItem::Timing => Msg::ItemTiming,
        CheckItem::Evaluation => Msg::ItemEvaluation,
    }
}

pub fn state_label(state: ItemState) -> Msg {
    match state {
        ItemState::Met => Msg::StateMet,
        ItemState::Partly => Msg::StatePartly,
        ItemState::Missing => Msg::StateMissing,
    }
}

pub fn establish_step_label(step: EstablishStep) -> Msg {
    match step {
        EstablishStep::Place => Msg::StepPlace,
        EstablishStep::Policy => Msg::StepPolicy,
        EstablishStep::Measurable => Msg::StepMeasurable,
        EstablishStep::Requirements => Msg::StepRequirements,
        EstablishStep::Monitoring => Msg::StepMonitoring,
        EstablishStep::Communication => Msg::StepCommunication,
        EstablishStep::Updating => Msg::StepUpdating,
        EstablishStep::Review => Msg::StepReview,
    }
}

pub fn plan_step_label(step: PlanStep) -> Msg {
    match step {
        PlanStep::Actions => Msg::StepActions,
        PlanStep::Resources => Msg::StepResources,
        PlanStep::Responsible => Msg::StepResponsible,
        PlanStep::Dates => Msg::StepDates,
        PlanStep::Evaluation => Msg::StepEvaluation,
        PlanStep::Review => Msg::StepReview,
    }
}

/// The guidance of a step: what the standard asks, how to do it, and an example from the
/// source guide's table (the review steps have no example).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub rule: Msg,
    pub how: Msg,
    pub example: Option<Msg>,
}

pub fn establish_guide(step: EstablishStep) -> Guide {
    let (rule, how, example) = match step {
        EstablishStep::Place => (
            Msg::GuidePlaceRule,
            Msg::GuidePlaceHow,
            Some(Msg::GuidePlaceExample),
        ),
        EstablishStep::Policy => (
            Msg::GuidePolicyRule,
            Msg::GuidePolicyHow,
            Some(Msg::GuidePolicyExample),
        ),
        EstablishStep::Measurable => (
            Msg::GuideMeasurableRule,
            Msg::GuideMeasurableHow,
            Some(Msg::GuideMeasurableExample),
        ),
        EstablishStep::Requirements => (
            Msg::GuideRequirementsRule,
            Msg::GuideRequirementsHow,
            Some(Msg::GuideRequirementsExample),
        ),
        EstablishStep::Monitoring => (
            Msg::GuideMonitoringRule,
            Msg::GuideMonitoringHow,
            Some(Msg::GuideMonitoringExample),
        ),
        EstablishStep::Communication => (
            Msg::GuideCommunicationRule,
            Msg::GuideCommunicationHow,
            Some(Msg::GuideCommunicationExample),
        ),
        EstablishStep::Updating => (
            Msg::GuideUpdatingRule,
            Msg::GuideUpdatingHow,
            Some(Msg::GuideUpdatingExample),
        ),
        EstablishStep::Review => (Msg::GuideReviewRule, Msg::GuideReviewHow, None),
    };
    Guide { rule, how, example }
}

pub fn plan_guide(step: PlanStep) -> Guide {
    let (rule, how, example) = match step {
        PlanStep::Actions => (
            Msg::GuideActionsRule,
            Msg::GuideActionsHow,
            Some(Msg::GuideActionsExample),
        ),
        PlanStep::Resources => (
            Msg::GuideResourcesRule,
            Msg::GuideResourcesHow,
            Some(Msg::GuideResourcesExample),
        ),
        PlanStep::Responsible => (
            Msg::GuideResponsibleRule,
            Msg::GuideResponsibleHow,
            Some(Msg::GuideResponsibleExample),
        ),
        PlanStep::Dates => (
            Msg::GuideDatesRule,
            Msg::GuideDatesHow,
            Some(Msg::GuideDatesExample),
        ),
        PlanStep::Evaluation => (
            Msg::GuideEvaluationRule,
            Msg::GuideEvaluationHow,
            Some(Msg::GuideEvaluationExample),
        ),
        PlanStep::Review => (Msg::GuideActionsRule, Msg::GuidePlanReviewHow, None),
    };
    Guide { rule, how, example }
}

pub fn hint_text(hint: WordingHint) -> Msg {
    match hint {
        WordingHint::NoNumber => Msg::HintNoNumber,
        WordingHint::NoUnit => Msg::HintNoUnit,
        WordingHint::NoDate => Msg::HintNoDate,
    }
}

/// "a unit, a target and a target date": the parts joined the way the language joins a list.
fn list(lang: Lang, parts: impl IntoIterator<Item = Msg>) -> String {
    let words: Vec<&str> = parts.into_iter().map(|msg| msg.text(lang)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(Msg::ListSeparator.text(lang)),
            Msg::ListLastSeparator.text(lang)
        ),
    }
}

fn kpi_part(part: KpiPart) -> Msg {
    match part {
        KpiPart::Unit => Msg::PartUnit,
        KpiPart::Target => Msg::PartTarget,
        KpiPart::TargetDate => Msg::PartTargetDate,
    }
}

fn monitoring_part(part: MonitoringPart) -> Msg {
    match part {
        MonitoringPart::MeasurementFrequency => Msg::PartMeasurementFrequency,
        MonitoringPart::ReviewSchedule => Msg::PartReviewSchedule,
        MonitoringPart::Method => Msg::PartMonitoringMethod,
        MonitoringPart::Responsible => Msg::PartMonitor,
    }
}

fn communication_part(part: CommunicationPart) -> Msg {
    match part {
        CommunicationPart::Audiences => Msg::PartAudiences,
        CommunicationPart::Channels => Msg::PartChannels,
    }
}

fn evaluation_part(part: EvaluationPart) -> Msg {
    match part {
        EvaluationPart::Method => Msg::PartEvaluationMethod,
        EvaluationPart::SuccessCriteria => Msg::PartSuccessCriteria,
        EvaluationPart::Evaluator => Msg::PartEvaluator,
        EvaluationPart::Date => Msg::PartDate,
    }
}

fn approval_part(part: ApprovalPart) -> Msg {
    match part {
        ApprovalPart::By => Msg::PartApprovedBy,
        ApprovalPart::On => Msg::PartApprovedOn,
    }
}

/// The one-line reason of a check result (what clause 6.2 requires).
pub fn describe_finding(lang: Lang, finding: &Finding) -> String {
    let plain = |msg: Msg| msg.text(lang).to_string();
    let count = |msg: Msg, count: &usize| format_count(lang, msg, *count, &[]);
    let on = |msg: Msg, date: &chrono::NaiveDate| format(lang, msg, &[("date", &date.to_string())]);
    let missing = |msg: Msg, parts: String| format(lang, msg, &[("missing", &parts)]);
    let number = |msg: Msg, n: &u32| format(lang, msg, &[("number", &n.to_string())]);
    match finding {
        Finding::PolicyLinked { count: n } => count(Msg::FindPolicyLinked, n),
        Finding::NoPolicyLink => plain(Msg::FindNoPolicyLink),
        Finding::NoKpi => plain(Msg::FindNoKpi),
        Finding::KpiIncomplete { kpi, missing } => format(
            lang,
            Msg::FindKpiIncomplete,
            &[
                ("kpi", kpi),
                ("missing", &list(lang, missing.iter().map(|p| kpi_part(*p)))),
            ],
        ),
        Finding::OtherKpiIncomplete { kpi, missing } => format(
            lang,
            Msg::FindOtherKpiIncomplete,
            &[
                ("kpi", kpi),
                ("missing", &list(lang, missing.iter().map(|p| kpi_part(*p)))),
            ],
        ),
        Finding::KpisMeasurable { count: n } => count(Msg::FindKpisMeasurable, n),
        Finding::RequirementsLinked { count: n } => count(Msg::FindRequirementsLinked, n),
        Finding::NoneApply => plain(Msg::FindNoneApply),
        Finding::NoRequirementLink => plain(Msg::FindNoRequirementLink),
        Finding::MonitoredOn {
            measured: Some(measured),
            reviewed,
        } => format(
            lang,
            Msg::FindMonitoredOn,
            &[
                ("measured", &measured.to_string()),
                ("reviewed", &reviewed.to_string()),
            ],
        ),
        Finding::MonitoredOn {
            measured: None,
            reviewed,
        } => format(
            lang,
            Msg::FindReviewedOn,
            &[("reviewed", &reviewed.to_string())],
        ),
        Finding::MonitoringIncomplete { missing: parts } => missing(
            Msg::FindMonitoringIncomplete,
            list(lang, parts.iter().map(|p| monitoring_part(*p))),
        ),
        Finding::NoMonitoring => plain(Msg::FindNoMonitoring),
        Finding::NoMonitoringRecords => plain(Msg::FindNoMonitoringRecords),
        Finding::NotYetMonitored => plain(Msg::FindNotYetMonitored),
        Finding::NotMeasuredYet { kpi } => format(lang, Msg::FindNotMeasuredYet, &[("kpi", kpi)]),
        Finding::NoReviewYet => plain(Msg::FindNoReviewYet),
        Finding::MeasurementOverdue { kpi, due } => format(
            lang,
            Msg::FindMeasurementOverdue,
            &[("kpi", kpi), ("date", &due.to_string())],
        ),
        Finding::ReviewOverdue { since } => on(Msg::FindReviewOverdue, since),
        Finding::CommunicatedOn { last } => on(Msg::FindCommunicatedOn, last),
        Finding::NotCommunicated => plain(Msg::FindNotCommunicated),
        Finding::ChangedSinceCommunicated { last, changed } => format(
            lang,
            Msg::FindChangedSinceCommunicated,
            &[
                ("last", &last.to_string()),
                ("changed", &changed.to_string()),
            ],
        ),
        Finding::UpdateCadenceKept { due } => on(Msg::FindUpdateCadenceKept, due),
        Finding::NoUpdateCadence => plain(Msg::FindNoUpdateCadence),
        Finding::NoUpdateRules => plain(Msg::FindNoUpdateRules),
        Finding::UpdateOverdue { due } => on(Msg::FindUpdateOverdue, due),
        Finding::OpenRevision { number: n } => number(Msg::FindOpenRevision, n),
        Finding::UpdatesRecorded { count: n } => count(Msg::FindUpdatesRecorded, n),
        Finding::Approved { by, on } => format(
            lang,
            Msg::FindApproved,
            &[("by", by), ("date", &on.to_string())],
        ),
        Finding::StillDraft => plain(Msg::FindStillDraft),
        Finding::NoRevision => plain(Msg::FindNoRevision),
        Finding::DraftWithoutRevision => plain(Msg::FindDraftWithoutRevision),
        Finding::NotApproved { missing: parts } => missing(
            Msg::FindNotApproved,
            list(lang, parts.iter().map(|p| approval_part(*p))),
        ),
        Finding::ChangedSinceApproval { number: n } => number(Msg::FindChangedSinceApproval, n),
        Finding::NoPlan => plain(Msg::FindNoPlan),
        Finding::ActionsPlanned { count: n } => count(Msg::FindActionsPlanned, n),
        Finding::NoActions => plain(Msg::FindNoActions),
        Finding::ThroughChildren { count: n } => count(Msg::FindThroughChildren, n),
        // "1 of the 1 child objectives" says less than "none of them".
        Finding::ChildrenNotPlanned { count: n, total } if n == total => {
            count(Msg::FindNoChildPlanned, n)
        }
        Finding::ChildrenNotPlanned { count: n, total } => format_count(
            lang,
            Msg::FindChildrenNotPlanned,
            *n,
            &[("total", &total.to_string())],
        ),
        Finding::ThroughChildrenWithoutChildren => plain(Msg::FindThroughChildrenWithoutChildren),
        Finding::ResourcesNamed => plain(Msg::FindResourcesNamed),
        Finding::ActionsWithoutResources { count: n } => count(Msg::FindActionsWithoutResources, n),
        Finding::NoResources => plain(Msg::FindNoResources),
        Finding::ResponsibleComplete => plain(Msg::FindResponsibleComplete),
        Finding::OwnerResponsible => plain(Msg::FindOwnerResponsible),
        Finding::NoObjectiveOwner => plain(Msg::FindNoObjectiveOwner),
        Finding::ActionsWithoutResponsible { count: n } => {
            count(Msg::FindActionsWithoutResponsible, n)
        }
        Finding::NoResponsible => plain(Msg::FindNoResponsible),
        Finding::TimingComplete => plain(Msg::FindTimingComplete),
        Finding::ActionsWithoutDueDate { count: n } => count(Msg::FindActionsWithoutDueDate, n),
        Finding::NoDueDates => plain(Msg::FindNoDueDates),
        Finding::EvaluationDefined => plain(Msg::FindEvaluationDefined),
        Finding::EvaluationIncomplete { missing: parts } => missing(
            Msg::FindEvaluationIncomplete,
            list(lang, parts.iter().map(|p| evaluation_part(*p))),
        ),
        Finding::NoEvaluation => plain(Msg::FindNoEvaluation),
    }
}

/// The words of a good-practice note, without the "Good practice:" label (see
/// [`describe_practice_line`]).
pub fn describe_practice(lang: Lang, practice: &Practice) -> String {
    let plain = |msg: Msg| msg.text(lang).to_string();
    let count = |msg: Msg, count: &usize| format_count(lang, msg, *count, &[]);
    let kpi = |msg: Msg, kpi: &str| format(lang, msg, &[("kpi", kpi)]);
    let missing = |msg: Msg, parts: String| format(lang, msg, &[("missing", &parts)]);
    match practice {
        Practice::NoBaseline { kpi: name } => kpi(Msg::PracticeNoBaseline, name),
        Practice::NoMeasurementMethod { kpi: name } => kpi(Msg::PracticeNoMeasurementMethod, name),
        Practice::NoneApplyWithoutReason => plain(Msg::PracticeNoneApplyWithoutReason),
        Practice::MonitoringDetails { missing: parts } => missing(
            Msg::PracticeMonitoringDetails,
            list(lang, parts.iter().map(|p| monitoring_part(*p))),
        ),
        Practice::NoCommunicationPlan { missing: parts } => missing(
            Msg::PracticeNoCommunicationPlan,
            list(lang, parts.iter().map(|p| communication_part(*p))),
        ),
        Practice::NoUpdateTriggers => plain(Msg::PracticeNoUpdateTriggers),
        Practice::PlanNotApproved { missing: parts } => missing(
            Msg::PracticePlanNotApproved,
            list(lang, parts.iter().map(|p| approval_part(*p))),
        ),
        Practice::NoCorrectiveAction => plain(Msg::PracticeNoCorrectiveAction),
        Practice::ResourcesWithoutAmount { count: n } => {
            count(Msg::PracticeResourcesWithoutAmount, n)
        }
        Practice::ResourcesNotApproved { count: n } => count(Msg::PracticeResourcesNotApproved, n),
        Practice::ActionsAfterTarget { count: n, target } => format_count(
            lang,
            Msg::PracticeActionsAfterTarget,
            *n,
            &[("date", &target.to_string())],
        ),
        Practice::EvaluationDetails { missing: parts } => missing(
            Msg::PracticeEvaluationDetails,
            list(lang, parts.iter().map(|p| evaluation_part(*p))),
        ),
        Practice::NoEvaluationResult => plain(Msg::PracticeNoEvaluationResult),
    }
}

/// "Good practice: record a baseline for KPI "MTTR", so that progress can be shown."
pub fn describe_practice_line(lang: Lang, practice: &Practice) -> String {
    let advice = describe_practice(lang, practice);
    format(lang, Msg::PracticeLine, &[("advice", &advice)])
}

/// What the approval of the objectives register lacks, as a finding.
pub fn describe_register_approval(lang: Lang, missing: &[ApprovalPart]) -> String {
    let parts = list(lang, missing.iter().map(|p| approval_part(*p)));
    format(
        lang,
        Msg::FindingRegisterNotApproved,
        &[("missing", &parts)],
    )
}

/// "Good practice: 3 suggestions." (or "nothing to add"), the line beside a score.
pub fn describe_practice_count(lang: Lang, count: usize) -> String {
    if count == 0 {
        Msg::PracticeNone.text(lang).to_string()
    } else {
        format_count(lang, Msg::PracticeCount, count, &[])
    }
}

/// "12 of 108 required items met (11 %); 40 partly met."
pub fn describe_score(lang: Lang, score: &Score) -> String {
    format(
        lang,
        Msg::ScoreText,
        &[
            ("met", &score.met.to_string()),
            ("total", &score.applicable.to_string()),
            ("percent", &score.percent().to_string()),
            ("partly", &score.partly.to_string()),
        ],
    )
}

/// What an undo step does, as a short phrase ("delete S1").
pub fn describe_change(lang: Lang, label: &ChangeLabel) -> String {
    let code_msg = |msg: Msg, code: &str| format(lang, msg, &[("code", code)]);
    match label {
        ChangeLabel::Organisation => Msg::ChangeOrganisation.text(lang).into(),
        ChangeLabel::PolicyMoved => Msg::ChangePolicyMoved.text(lang).into(),
        ChangeLabel::ObjectiveCreated { code } => code_msg(Msg::ChangeObjectiveCreated, code),
        ChangeLabel::ObjectiveEdited { code } => code_msg(Msg::ChangeObjectiveEdited, code),
        ChangeLabel::ObjectiveMoved { code } => code_msg(Msg::ChangeObjectiveMoved, code),
        ChangeLabel::ObjectiveDeleted { code, count } if *count > 1 => format(
            lang,
            Msg::ChangeObjectivesDeleted,
            &[("code", code), ("more", &(count - 1).to_string())],
        ),
        ChangeLabel::ObjectiveDeleted { code, .. } => code_msg(Msg::ChangeObjectiveDeleted, code),
        ChangeLabel::WorkspaceReplaced => Msg::ChangeWorkspaceReplaced.text(lang).into(),
        ChangeLabel::ThresholdsChanged => Msg::ChangeThresholds.text(lang).into(),
        ChangeLabel::RevisionRecorded { code } => code_msg(Msg::ChangeRevisionRecorded, code),
        ChangeLabel::RevisionReverted { code } => code_msg(Msg::ChangeRevisionReverted, code),
        ChangeLabel::Record { kind, verb, code } => code_msg(
            record_change(*kind, *verb),
            code.as_deref().unwrap_or_default(),
        ),
    }
}

/// The words of a change to a record: each kind's messages `change-<kind>-added`, `-edited`
/// and `-removed`, with the code of the objective the record belongs to as `{ $code }`.
fn record_change(kind: RecordKind, verb: Verb) -> Msg {
    let [added, edited, removed] = match kind {
        RecordKind::Policy => [
            Msg::ChangePolicyAdded,
            Msg::ChangePolicyEdited,
            Msg::ChangePolicyRemoved,
        ],
        RecordKind::Requirement => [
            Msg::ChangeRequirementAdded,
            Msg::ChangeRequirementEdited,
            Msg::ChangeRequirementRemoved,
        ],
        RecordKind::Kpi => [
            Msg::ChangeKpiAdded,
            Msg::ChangeKpiEdited,
            Msg::ChangeKpiRemoved,
        ],
        RecordKind::Measurement => [
            Msg::ChangeMeasurementAdded,
            Msg::ChangeMeasurementEdited,
            Msg::ChangeMeasurementRemoved,
        ],
        RecordKind::Review => [
            Msg::ChangeReviewAdded,
            Msg::ChangeReviewEdited,
            Msg::ChangeReviewRemoved,
        ],
        RecordKind::Communication => [
            Msg::ChangeCommunicationAdded,
            Msg::ChangeCommunicationEdited,
            Msg::ChangeCommunicationRemoved,
        ],
        RecordKind::PlanAction => [
            Msg::ChangePlanActionAdded,
            Msg::ChangePlanActionEdited,
            Msg::ChangePlanActionRemoved,
        ],
    };
    match verb {
        Verb::Add => added,
        Verb::Edit => edited,
        Verb::Remove => removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        let en = |n| format_count(Lang::En, Msg::HomeLevelCount, n, &[]);
        assert_eq!(en(1), "1 objective");
        assert_eq!(en(0), "0 objectives");
        assert_eq!(en(2), "2 objectives");
        assert_eq!(
            format_count(Lang::ZhHans, Msg::HomeLevelCount, 1, &[]),
            "1 个目标"
        );
    }
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
            // "KPI" is the same word in Chinese text, and a percentage is written with the
            // ordinary per cent sign (only without the space English puts before it).
            if SAME_IN_BOTH.contains(&msg) || msg == Msg::ColumnKpis || msg == Msg::ProgressPercent
            {
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
    fn file_problems_say_what_and_where() {
        let large = FileProblem::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
        };
        assert_eq!(
            describe_file_problem(Lang::En, &large),
            ["The file has 67,108,865 bytes; SixTwo imports files of up to 64 MB (67,108,864 bytes)."]
        );
        assert!(describe_file_problem(Lang::ZhHans, &large)[0].contains("67,108,865"));
        assert_eq!(
            describe_file_problem(Lang::En, &FileProblem::Unreadable(DecodeError::Empty)),
            ["The file is empty."]
        );
        let newer = FileProblem::Unreadable(DecodeError::TooNew { version: 2 });
        assert!(describe_file_problem(Lang::En, &newer)[0].contains("schema version 2"));
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
    }

    #[test]
    fn findings_list_what_is_missing_in_each_language() {
        let finding = Finding::KpiIncomplete {
            kpi: "MTTR".into(),
            missing: vec![KpiPart::Unit, KpiPart::TargetDate],
        };
        assert_eq!(
            describe_finding(Lang::En, &finding),
            "No KPI is measurable yet: \"MTTR\" lacks a unit and a target date."
        );
        assert_eq!(
            describe_finding(Lang::ZhHans, &finding),
            "尚无可测量的 KPI：“MTTR”缺少单位和目标日期。"
        );
        let three = Finding::OtherKpiIncomplete {
            kpi: "CSAT".into(),
            missing: vec![KpiPart::Unit, KpiPart::Target, KpiPart::TargetDate],
        };
        assert_eq!(
            describe_finding(Lang::En, &three),
            "Measurable, but KPI \"CSAT\" lacks a unit, a target and a target date."
        );
        assert_eq!(
            describe_finding(Lang::ZhHans, &three),
            "可测量，但 KPI“CSAT”缺少单位、目标值和目标日期。"
        );
    }

    #[test]
    fn every_change_to_every_record_kind_has_words_of_its_own() {
        for lang in [Lang::En, Lang::ZhHans] {
            let mut seen = BTreeSet::new();
            for kind in RecordKind::ALL {
                for verb in Verb::ALL {
                    let label = ChangeLabel::record(kind, verb, Some("S1"));
                    let text = describe_change(lang, &label);
                    assert!(!text.contains('{'), "{kind:?} {verb:?}: {text}");
                    assert!(
                        seen.insert(text.clone()),
                        "{kind:?} {verb:?} repeats {text}"
                    );
                }
            }
        }
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
