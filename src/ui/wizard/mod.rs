//! The wizard kit and the wizards built on it. A wizard is a description ([`spec`]: its steps,
//! its draft among the stored drafts, the checks of each step, the command it saves, its
//! guidance) plus one view per step; the kit renders every wizard alike: the step list, the
//! error summary, Back/Next/Save/Discard, the draft's status, another draft to resume or
//! discard, unreadable drafts and a missing objective ([`page`], [`frame`], [`gate`]).
//! [`establish`] is "Establish an objective" (6.2.1) and [`plan`] "Plan to achieve an
//! objective" (6.2.2), each step in a file of its own.

pub mod ctx;
pub mod establish;
pub mod frame;
pub mod gate;
pub mod link_records;
pub mod page;
pub mod parts;
pub mod plan;
pub mod spec;

/// The id of the current step's heading; focus moves there whenever the step changes.
pub const STEP_TITLE_ID: &str = "wizard-step-title";

/// The id of the list of refusals that keep a wizard from saving (on its last step).
pub const REVIEW_ERRORS_ID: &str = "wizard-review-errors";
