//! Pure input and output formats: the versioned envelope, its migrations and its compact
//! stored form, imports, exports (CSV, iCalendar) and the catalogue of example organisations.
//!
//! Must not depend on leptos, web-sys, gloo or js-sys (checked by `tests/architecture.rs`).

pub mod answer_key;
pub mod compact;
pub mod csv;
pub mod envelope;
pub mod example;
pub mod ics;
pub mod import;
/// The model's JSON writer and reader live in `domain` (the revision log uses them too, and
/// the model's derived readers and writers name them).
pub use crate::domain::{json_out, json_path, json_read};
pub mod layout;
pub mod migrate;
pub mod registry;
pub mod shape;
pub mod sync;
