//! Measurements of a scrolling list for [`crate::ui::components::virtual_window`]: how far it is scrolled,
//! how tall it is and how tall one row is, kept current on scroll and
//! resize without forcing a layout.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Default row height in pixels until a real row has been measured.
const DEFAULT_ROW_HEIGHT: f64 = 44.0;

thread_local! {
    /// The window's inner height when the app started, in CSS pixels; 0 until read.
    static WINDOW_HEIGHT_AT_START: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Reads the window's height once, before the app renders anything: then the page holds only
/// its opening notice, so the layout the read may need costs nothing, where a read during a
/// later render would lay out the whole page. [`ScrollViewport::track_expecting`] starts from it.
pub fn remember_window_height() {
    let height = web_sys::window()
        .and_then(|window| window.inner_height().ok())
        .and_then(|height| height.as_f64())
        .filter(|height| height.is_finite() && *height > 0.0)
        .unwrap_or(0.0);
    WINDOW_HEIGHT_AT_START.with(|start| start.set(height));
}

/// The reactive measurements of one scrolling container.
#[derive(Clone, Copy)]
pub struct ScrollViewport {
    pub scroll_top: RwSignal<f64>,
    pub height: RwSignal<f64>,
    pub row_height: RwSignal<f64>,
}

impl ScrollViewport {
    /// Tracks the container behind `container`; rows carry the `data-row` attribute.
    ///
    /// The sizes come from a `ResizeObserver`, whose callback runs after the browser has laid
    /// the page out: reading them there costs nothing, where reading `clientHeight` right after
    /// mounting forced a layout of the whole page before its first paint (58–73 ms with a long
    /// register). Until the first callback the window assumes a viewport of
    /// [`crate::ui::components::virtual_window::row_window`]'s default height.
    pub fn track(container: NodeRef<leptos::html::Div>) -> Self {
        Self::track_from(container, 0.0, DEFAULT_ROW_HEIGHT)
    }

    /// [`Self::track`] for a container at most `share_of_window` of the window's height (its
    /// CSS `max-height` in `vh`) whose rows are `row_height` pixels tall: the first render
    /// builds the rows the first measurement will keep. With the defaults the register built
    /// 24 rows, and the measurement after the first layout removed 9 of them, so the page was
    /// built and laid out twice before its first paint. Wrong guesses (a phone's cards, a
    /// larger font) cost what the defaults cost: the measurement corrects them.
    pub fn track_expecting(
        container: NodeRef<leptos::html::Div>,
        share_of_window: f64,
        row_height: f64,
    ) -> Self {
        let window = WINDOW_HEIGHT_AT_START.with(std::cell::Cell::get);
        Self::track_from(container, window * share_of_window, row_height)
    }

    fn track_from(container: NodeRef<leptos::html::Div>, height: f64, row_height: f64) -> Self {
        let viewport = ScrollViewport {
            scroll_top: RwSignal::new(0.0),
            height: RwSignal::new(height),
            row_height: RwSignal::new(row_height),
        };
        let observer = StoredValue::new_local(None::<SizeObserver>);
        Effect::new(move |_| {
            if let Some(element) = container.get() {
                let element: web_sys::Element = (*element).clone().into();
                observer.set_value(SizeObserver::observe(element, viewport));
            }
        });
        on_cleanup(move || {
            observer.update_value(|observer| {
                if let Some(observer) = observer.take() {
                    observer.disconnect();
                }
            })
        });
        viewport
    }

    /// The rows to render out of `count()` rows, following the scroll position and size.
    pub fn window(
        &self,
        count: impl Fn() -> usize + Send + Sync + 'static,
    ) -> Memo<crate::ui::components::virtual_window::RowWindow> {
        self.window_with_overscan(count, crate::ui::components::virtual_window::OVERSCAN)
    }

    /// [`Self::window`] with `overscan` rows rendered above and below the visible ones.
    pub fn window_with_overscan(
        &self,
        count: impl Fn() -> usize + Send + Sync + 'static,
        overscan: usize,
    ) -> Memo<crate::ui::components::virtual_window::RowWindow> {
        let viewport = *self;
        Memo::new(move |_| {
            crate::ui::components::virtual_window::row_window(
                count(),
                viewport.scroll_top.get(),
                viewport.height.get(),
                viewport.row_height.get(),
                overscan,
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
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            self.scroll_top.set(f64::from(element.scroll_top()));
        }
    }
}

/// A `ResizeObserver` on one scrolling container, with the callback it keeps alive.
struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>,
}

impl SizeObserver {
    /// Observes `element`, measuring `viewport` from it after each layout that resized it.
    /// `None` where the browser has no `ResizeObserver`: the default sizes stay.
    fn observe(element: web_sys::Element, viewport: ScrollViewport) -> Option<Self> {
        let target = element.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(
            move |_entries: js_sys::Array, _observer: web_sys::ResizeObserver| {
                viewport.measure(&target);
            },
        );
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some(SizeObserver {
            observer,
            _callback: callback,
        })
    }

    fn disconnect(self) {
        self.observer.disconnect();
    }
}
