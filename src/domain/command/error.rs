//! Why a command is refused ([`CommandError`]), and the field rules every written record must
//! meet ([`check_rules`]). A refused command changes nothing.

use crate::domain::code::CodeProblem;
use crate::domain::model::Level;
use crate::domain::rules::{first_problem, FieldProblem, Rules};
use crate::domain::validate::Problem;

/// Why a command was refused. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandError {
    ObjectiveNotFound,
    PolicyNotFound,
    RequirementNotFound,
    KpiNotFound,
    ParentNotFound,
    DuplicateId,
    BadCode(CodeProblem),
    CodeTaken {
        code: String,
    },
    TitleEmpty,
    KpiNameEmpty,
    /// A required text (a statement, a requirement, an action) is empty.
    TextEmpty,
    /// A start date falls after its due date.
    DatesInverted,
    TooLong {
        max: usize,
    },
    /// The objective would sit above its parent's level.
    LevelAboveParent {
        level: Level,
        parent_code: String,
        parent_level: Level,
    },
    /// A child would end up above the objective's new level.
    ChildAboveLevel {
        level: Level,
        child_code: String,
        child_level: Level,
    },
    /// The new parent is the objective itself or one of its descendants.
    Cycle,
    /// An "also contributes to" link names an objective that does not exist.
    ContributionNotFound,
    /// An objective cannot contribute to itself.
    ContributionToSelf,
    /// The link names the parent (`code`), to which the objective contributes already.
    ContributionToParent {
        code: String,
    },
    /// The same objective (`code`) is linked twice.
    ContributionDuplicate {
        code: String,
    },
    /// The linked objective is below the objective's level.
    LevelAboveContribution {
        level: Level,
        target_code: String,
        target_level: Level,
    },
    /// An objective that contributes to this one would sit above its new level.
    ContributorAboveLevel {
        level: Level,
        contributor_code: String,
        contributor_level: Level,
    },
    /// The link (to `code`) would close a loop of parents and links.
    ContributionCycle {
        code: String,
    },
    /// A function or level marked not relevant needs the reason.
    NotRelevantReasonEmpty,
    /// A self-assessment answer "not applicable" needs the reason.
    NotApplicableReasonEmpty,
    AssessmentNotFound,
    RangeInverted,
    NotFinite,
    /// A number larger than [`super::rules::MAX_MAGNITUDE`] either side of zero.
    NumberTooLarge,
    /// A date outside the years [`super::rules::MIN_YEAR`]–[`super::rules::MAX_YEAR`].
    DateOutOfRange,
    /// A replacement workspace breaks invariants; the first few problems are listed.
    Inconsistent(Vec<Problem>),
    /// An empty batch: there is nothing to apply.
    NothingToDo,
    MeasurementNotFound,
    /// The plan action to edit or remove is not in the objective's plan.
    ActionNotFound,
    /// A roll-up weight below zero.
    WeightNegative,
    /// A progress threshold outside 0–1 (0 % to 100 % of the expected progress).
    ThresholdOutOfRange,
    /// The off-track threshold is not below the at-risk threshold.
    ThresholdsInverted,
    ReviewNotFound,
    CommunicationNotFound,
    /// A review without the name of who reviewed.
    ReviewerEmpty,
    /// A review's next review date is not after the review.
    NextReviewNotAfter,
    /// A communication record names no objective.
    NoObjectives,
    /// A communication record without its audience.
    AudienceEmpty,
    /// An acknowledgement dated before the communication.
    AcknowledgedBefore,
    RevisionNotFound,
    /// The revision's reason was already given; the log is not rewritten.
    RevisionClosed,
    /// No reason was chosen for a revision (or one only commands may give).
    RevisionReasonMissing,
    /// The reason "other" needs a note saying what it is.
    RevisionNoteMissing,
    /// The objective has changes whose reason is not yet recorded: a revert would mix them up.
    RevisionOpen {
        number: u32,
    },
    /// The revision changed nothing that a revert could set back (such as the creation), or
    /// its fields already have their earlier values.
    NothingToRevert,
    /// A field the revision changed belongs to a record (a KPI, an action) removed since.
    RevertMissing {
        field: String,
    },
    /// The revision log holds a value that cannot be restored.
    RevertMalformed {
        field: String,
    },
}

impl From<FieldProblem> for CommandError {
    fn from(problem: FieldProblem) -> Self {
        match problem {
            FieldProblem::TooLong { max } => CommandError::TooLong { max },
            FieldProblem::NotFinite => CommandError::NotFinite,
            FieldProblem::TooLarge => CommandError::NumberTooLarge,
            FieldProblem::WeightNegative => CommandError::WeightNegative,
            FieldProblem::ThresholdOutOfRange => CommandError::ThresholdOutOfRange,
            FieldProblem::ThresholdsInverted => CommandError::ThresholdsInverted,
            FieldProblem::RangeInverted => CommandError::RangeInverted,
            FieldProblem::DatesInverted => CommandError::DatesInverted,
            FieldProblem::NextReviewNotAfter => CommandError::NextReviewNotAfter,
            FieldProblem::AcknowledgedBefore => CommandError::AcknowledgedBefore,
            FieldProblem::DateOutOfRange => CommandError::DateOutOfRange,
        }
    }
}

/// The record's field rules (shared with the check of files): the first problem refuses the
/// command.
pub fn check_rules(record: &impl Rules) -> Result<(), CommandError> {
    first_problem(record).map_err(CommandError::from)
}
