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
    /// A field breaks its record's rules (see [`super::rules`]).
    Field(FieldProblem),
}
