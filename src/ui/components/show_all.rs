//! The "Show all" of a long history: the latest few entries first, and one button that shows
//! every entry or only the latest again.

use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::components::shown::Shown;
use leptos::prelude::*;

/// How many entries of a long history show before "Show all".
pub const LATEST: usize = 5;

/// The button that shows every entry of a history or only the latest ones. Nothing is shown
/// while the history is short.
#[component]
pub fn ShowAllToggle(
    #[prop(into)] total: Signal<usize>,
    all: RwSignal<bool>,
    /// The id of the list it expands.
    controls: String,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <Shown when=move || { total.get() > LATEST }>
            <button
                type="button"
                class="button button--small button--quiet"
                aria-controls=controls.clone()
                aria-expanded=move || all.get().to_string()
                data-testid="show-all"
                on:click=move |_| all.update(|all| *all = !*all)
            >
                {move || if all.get() {
                    state.tc(Msg::ObjpageShowLatest, LATEST, &[])
                } else {
                    state.tc(Msg::ObjpageShowAll, total.get(), &[])
                }}
            </button>
        </Shown>
    }
}

/// The first `LATEST` of `items`, or all of them when `all` is set.
pub fn latest<T>(items: Vec<T>, all: bool) -> Vec<T> {
    if all {
        items
    } else {
        items.into_iter().take(LATEST).collect()
    }
}
