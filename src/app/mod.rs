//! Reactive glue between the pure core and the browser: the app state (the only owner of
//! signals), routes, the clock and, in the browser build, the event listeners.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod events;
pub mod examples;
pub mod exercises;
pub mod export;
pub mod import;
pub mod languages;
pub mod route;
pub mod state;
pub mod sync;
pub mod sync_loader;
#[cfg(target_arch = "wasm32")]
pub mod sync_net;
pub mod trainer;
#[cfg(target_arch = "wasm32")]
pub mod updates;

pub use route::Route;
pub use state::AppState;
