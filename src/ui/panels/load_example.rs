//! "Load the example", offered on the overview and the Data page.

use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::components::widgets::{t, ConfirmDialog};
use leptos::prelude::*;

/// "Load the example": immediate on an empty workspace, otherwise after confirming that the
/// current workspace will be replaced (which Undo reverts).
#[component]
pub fn LoadExampleButton(#[prop(optional)] primary: bool) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let load = move || {
        let _ = state.load_example();
    };
    let count = move || state.workspace.with(|w| w.objectives.len());
    view! {
        <button
            type="button"
            class=if primary { "button button--primary" } else { "button" }
            on:click=move |_| {
                if state.workspace.with_untracked(|w| w.is_empty()) {
                    load();
                } else {
                    confirming.set(true);
                }
            }
        >
            {t(Msg::LoadExample)}
        </button>
        <ConfirmDialog
            open=confirming
            title=t(Msg::ReplaceWithExampleTitle)
            body=Signal::derive(move || state.tc(Msg::ReplaceWithExampleBody, count(), &[]))
            confirm=Msg::Replace
            on_confirm=move || load()
        />
    }
}
