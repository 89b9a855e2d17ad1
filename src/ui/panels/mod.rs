//! Feature panels that pages compose: the clause 6.2 check, progress and measurements, trend
//! charts, the revision log, the export reminder, and the pieces several pages about
//! objectives share.

pub mod chart;
pub mod check;
pub mod communication_marker;
pub mod communication_panel;
pub mod contributions;
pub mod example_library;
pub mod exercise_guard;
pub mod file_drop;
pub mod kpi;
pub mod links;
pub mod load_example;
pub mod measurements;
pub mod objective_sections;
pub mod objective_summary;
pub mod progress;
pub mod reminder;
pub mod reviews;
pub mod revisions;
pub mod search;
pub mod theme;
pub mod thresholds;
pub mod unsaved;
pub mod with_objective;
pub mod workspace_switcher;
