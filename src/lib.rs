//! SixTwo: a browser-only planner for ISO/IEC 20000-1:2018 clause 6.2 objectives.

pub mod app;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod storage;
pub mod ui;

/// The browser build's allocator: talc in place of the standard library's dlmalloc, because its
/// code is smaller (the first download 1.1 KB gzip less; README, *Size and speed*, "The
/// allocator"). The opening, which allocates every text of every record on its own, measured
/// no faster or slower with it. It takes its memory from the wasm memory as needed and reuses
/// what is freed, like dlmalloc, so a long session does not grow beyond what it holds. Native
/// builds (and so the native tests) keep the system allocator; the browser tests run with talc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
