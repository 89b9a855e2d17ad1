//! Dropping a file anywhere in the app: the overlay (announced) while files are dragged over
//! the page; a dropped file goes to the import preview, a refused one to the Data page with
//! the reason focused (`pages::import`, fetched with the data views, shows both).

#[cfg(target_arch = "wasm32")]
use crate::app::AppState;
use crate::i18n::Msg;
#[cfg(target_arch = "wasm32")]
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// The region of the Data page that explains why a file was refused; focus moves there.
pub const PROBLEM_ID: &str = "import-problem";

/// Moves focus to the reason a file was refused, once the Data page shows it. Two frames:
/// the first is when a navigation moves focus to the page heading.
#[cfg(target_arch = "wasm32")]
pub(crate) fn focus_refusal() {
    request_animation_frame(|| focus_after_paint(PROBLEM_ID));
}

/// Lets a file be dropped anywhere in the app, with an overlay (announced) while files are
/// dragged over the page. Dragging text or links does nothing.
#[component]
pub fn FileDropZone() -> impl IntoView {
    let dragging = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let state = AppState::expect();
        let listeners = crate::app::events::install_file_drop(state, dragging, focus_refusal);
        on_cleanup(move || {
            for listener in listeners {
                listener.remove();
            }
        });
    }
    view! {
        <div
            class="drop-overlay"
            class:drop-overlay--active=move || dragging.get()
            role="status"
            data-testid="drop-overlay"
        >
            <Shown when=move || dragging.get()>
                <p class="drop-overlay__message">{t(Msg::ImportDropOverlay)}</p>
            </Shown>
        </div>
    }
}
