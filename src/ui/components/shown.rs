//! `Shown`: Leptos's `<Show>` without its type parameters, so its code is compiled once
//! rather than once for every place that uses it.

use leptos::prelude::*;

/// Its children while `when` holds, else `fallback` (nothing by default). Like Leptos's
/// `<Show>`, the condition is memoised, so the children are rebuilt only when it turns.
///
/// Leptos's `Show<W, C>` is generic over the condition's closure and the children's type:
/// each of the ~120 uses compiled its own copy of the component, of the condition's memo and
/// of the reactive view it returns. Here the condition is a `Signal<bool>` (a closure is
/// turned into one at the call) and the children are a `ChildrenFn`, which return an
/// `AnyView`, so every use shares one copy.
#[component]
pub fn Shown(
    /// Whether the children are shown.
    #[prop(into)]
    when: Signal<bool>,
    children: ChildrenFn,
    /// What is shown while `when` does not hold.
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let when = Memo::new(move |_| when.get());
    move || {
        if when.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
