//! Pure domain model of clause 6.2 objectives: the workspace document, the commands that change
//! it, undo history, the level tree, the register query, and moving dates (how examples are
//! brought to today).
//!
//! Must not depend on leptos, web-sys, gloo or js-sys (checked by `tests/architecture.rs`).

pub mod agenda;
pub mod assess;
pub mod checklist;
pub mod code;
pub mod command;
pub mod compare;
pub mod conformity;
pub mod dashboard;
pub mod example;
pub mod exercise;
pub mod float_read;
pub mod float_text;
pub mod gap_fix;
pub mod hashing;
pub mod history;
pub mod ids;
pub mod json_out;
pub mod json_path;
pub mod json_read;
pub mod merge;
pub mod model;
pub mod monitoring_prefill;
pub mod next_due;
pub mod problem;
pub mod progress;
pub mod reconcile;
pub mod register;
pub mod report;
pub mod report_records;
pub mod revision;
pub mod rules;
pub mod search;
pub mod shift;
pub mod sorting;
pub mod summary;
pub mod tree;
pub mod trend;
pub mod validate;
pub mod wizard;
pub mod wording;

pub use command::{
    apply, Applied, Change, ChangeLabel, ChildrenOnDelete, Command, CommandError, ObjectiveEdit,
    RecordChange, RecordKind, RecordOp, TopLevel, Verb,
};
pub use history::History;
pub use ids::{IdSource, KpiId, ObjectiveId, PolicyId, RandomIds, RecordId, RequirementId};
pub use model::*;
