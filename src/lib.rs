//! SixTwo: a browser-only planner for ISO/IEC 20000-1:2018 clause 6.2 objectives.

pub mod app;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod storage;
pub mod ui;
