//! The routed views: one module per page (the address says which one is shown).

pub mod check_in;
pub mod checklist;
pub mod communication_form;
pub mod communications;
pub mod dashboard;
pub mod data;
pub mod establish;
pub mod history;
pub mod home;
pub mod import;
pub mod import_choices;
pub mod new_objective;
pub mod not_found;
pub mod objective;
pub mod plan;
pub mod policy;
pub mod recovery;
pub mod register;
pub mod report;
mod report_parts;
mod report_plan;
mod report_records;
mod report_summary;
pub mod requirements;
pub mod review;
pub mod sync;
pub mod tree;
