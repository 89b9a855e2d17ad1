//! The workspace document (schema version 3): organisation, policy, requirements, objectives
//! with their KPIs, plans (6.2.2), monitoring records, reviews, communications and revisions.
//!
//! These are plain serde structs with no reactive or browser types. The stored form is compact:
//! empty strings, empty lists and default values are omitted, and every field has a default,
//! so records written with fewer fields still load. Version 2 added milestone KPIs, strict
//! target boundaries, "also contributes to" links, approvals of objectives and plans, plans
//! delivered through child objectives, evaluation results, corrective actions and functions
//! and levels marked not relevant; version 3 added self-assessments; `io::migrate` lifts older
//! documents.

mod assessment;
mod choices;
mod plan;
mod records;
mod time;
mod workspace;

pub use assessment::*;
pub use choices::*;
pub use plan::*;
pub use records::*;
pub use time::*;
pub use workspace::*;

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
