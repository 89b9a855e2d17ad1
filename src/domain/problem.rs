//! What can be wrong with a workspace read from storage or a file: a field that breaks its
//! record's rules ([`super::rules`]), or records that contradict each other
//! ([`super::validate`]), each at its JSON path.

use super::code::CodeProblem;
use super::model::Level;

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldProblem {
    TooLong {
        max: usize,
    },
    NotFinite,
    /// Larger than [`MAX_MAGNITUDE`] either side of zero.
    TooLarge,
    WeightNegative,
    /// A progress threshold outside 0–1.
    ThresholdOutOfRange,
    /// The off-track threshold is not below the at-risk threshold.
    ThresholdsInverted,
    /// A range target's low end is above its high end.
    RangeInverted,
    /// An action's start date is after its due date.
    DatesInverted,
    /// A review's next review date is not after the review.
    NextReviewNotAfter,
    /// An acknowledgement dated before its communication.
    AcknowledgedBefore,
    /// A date outside the years [`MIN_YEAR`]–[`MAX_YEAR`].
    DateOutOfRange,
}

/// One broken invariant and where it is, as a JSON path such as `objectives[3].parent`.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    DuplicateId {
        id: String,
    },
    DuplicateCode {
        code: String,
    },
    BadCode(CodeProblem),
    UnknownParent {
        id: String,
    },
    OwnParent,
    Cycle,
    LevelAboveParent {
        level: Level,
        parent_level: Level,
    },
    UnknownPolicy {
        id: String,
    },
    UnknownRequirement {
        id: String,
    },
    /// An "also contributes to" link names an objective that does not exist.
    UnknownContribution {
        id: String,
    },
    /// An objective is linked as contributing to itself.
    OwnContribution,
    /// The link names the objective's parent, which it contributes to already.
    ContributionToParent,
    /// The same objective is linked twice.
    DuplicateContribution,
    /// The linked objective is at a lower level than the objective (the rule of parents).
    LevelAboveContribution {
        level: Level,
        target_level: Level,
    },
    /// Parent and contribution links together form a loop.
    ContributionCycle,
    /// A field breaks its record's rules (see [`super::rules`]).
    Field(FieldProblem),
}
