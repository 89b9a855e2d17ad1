//! Reactive views whose render code is compiled once, not once per closure.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;
use std::sync::{Arc, Mutex};

/// `view` as a reactive view: rebuilt whenever a signal it reads changes, like a `move || …`
/// closure returned as a view.
///
/// A closure returned as a view is rendered by Leptos code generic over the closure's type, so
/// every such closure compiled its own copy of the effect that builds and rebuilds its output
/// (about 1.2 KB of wasm each). Boxed behind `dyn FnMut` with an `AnyView` output, they all share
/// one copy; rebuilding an `AnyView` of the same type still updates the view in place.
pub fn reactive_view<V>(
    mut view: impl FnMut() -> V + Send + 'static,
) -> SharedReactiveFunction<AnyView>
where
    V: IntoView + 'static,
{
    Arc::new(Mutex::new(move || view().into_any()))
}
