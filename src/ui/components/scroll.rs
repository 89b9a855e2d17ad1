//! Measurements of a scrolling list for [`crate::ui::components::virtual_window`]: how far it is scrolled,
//! how tall it is and how tall one row is, kept current on scroll and resize.

use leptos::prelude::*;

/// Default row height in pixels until a real row has been measured.
const DEFAULT_ROW_HEIGHT: f64 = 44.0;

/// The reactive measurements of one scrolling container.
#[derive(Clone, Copy)]
pub struct ScrollViewport {
    pub scroll_top: RwSignal<f64>,
    pub height: RwSignal<f64>,
    pub row_height: RwSignal<f64>,
}

impl ScrollViewport {
    /// Tracks the container behind `container`; rows carry the `data-row` attribute.
    pub fn track(container: NodeRef<leptos::html::Div>) -> Self {
        let viewport = ScrollViewport {
            scroll_top: RwSignal::new(0.0),
            height: RwSignal::new(0.0),
            row_height: RwSignal::new(DEFAULT_ROW_HEIGHT),
        };
        let measure = move || {
            if let Some(element) = container.get_untracked() {
                viewport.measure(&element);
            }
        };
        // Runs after the container is in the document, then again whenever the window resizes.
        Effect::new(move |_| {
            if container.get().is_some() {
                measure();
            }
        });
        let resize = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || resize.remove());
        viewport
    }

    /// The rows to render out of `count()` rows, following the scroll position and size.
    pub fn window(
        &self,
        count: impl Fn() -> usize + Send + Sync + 'static,
    ) -> Memo<crate::ui::components::virtual_window::RowWindow> {
        let viewport = *self;
        Memo::new(move |_| {
            crate::ui::components::virtual_window::row_window(
                count(),
                viewport.scroll_top.get(),
                viewport.height.get(),
                viewport.row_height.get(),
            )
        })
    }

    /// Updates the measurements from `element`.
    pub fn measure(&self, element: &web_sys::Element) {
        self.height.set(f64::from(element.client_height()));
        self.scroll_top.set(f64::from(element.scroll_top()));
        if let Ok(Some(row)) = element.query_selector("[data-row]") {
            let height = row.get_bounding_client_rect().height();
            if height >= 1.0 {
                self.row_height.set(height);
            }
        }
    }

    /// Reads the scroll position after a scroll event on the container.
    pub fn on_scroll(&self, event: &web_sys::Event) {
        if let Some(element) = event
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            self.scroll_top.set(f64::from(element.scroll_top()));
        }
    }
}
