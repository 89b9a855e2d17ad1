//! SixTwo: a browser-only planner for ISO/IEC 20000-1:2018 clause 6.2 objectives.

pub mod app;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod storage;
pub mod ui;

/// The browser build's allocator: talc in place of the standard library's dlmalloc. Opening a
/// workspace allocates every text of every record on its own, and dlmalloc's `malloc` was a
/// tenth of the opening's main task in the profile (README, *Size and speed*); talc is faster
/// at that and smaller. It takes its memory from the wasm memory as needed and reuses what is
/// freed, like dlmalloc, so a long session does not grow beyond what it holds. Native builds
/// (and so the native tests) keep the system allocator; the browser tests run with talc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
