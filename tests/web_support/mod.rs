//! Helpers shared by the browser tests (`tests/web_*.rs`): the page's storage, mounting the
//! real app into its own wrapper, waiting for Leptos and the browser, finding and using
//! elements the way a user would (by role and visible text).
//!
//! Each test binary uses only some of these helpers.
#![allow(dead_code)]

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, Storage, Window};

/// How long [`wait_until`] waits before it gives up.
const WAIT_LIMIT_MS: f64 = 5_000.0;

pub fn window() -> Window {
    web_sys::window().expect("the tests run in a browser window")
}

pub fn document() -> Document {
    window().document().expect("the window has a document")
}

/// The page's real `localStorage`.
pub fn local_storage() -> Storage {
    window()
        .local_storage()
        .expect("localStorage can be read")
        .expect("localStorage exists")
}

/// Empties `localStorage`: every test starts from a first visit.
pub fn clear_storage() {
    local_storage()
        .clear()
        .expect("localStorage can be cleared");
}

/// Everything in `localStorage`, sorted by key, to prove that nothing was written.
pub fn storage_snapshot() -> Vec<(String, String)> {
    let storage = local_storage();
    let length = storage.length().expect("localStorage has a length");
    let mut entries: Vec<(String, String)> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            (key, value)
        })
        .collect();
    entries.sort();
    entries
}

pub fn stored(key: &str) -> Option<String> {
    local_storage()
        .get_item(key)
        .expect("localStorage can be read")
}

/// Stores English as the chosen language, so the tests can find things by their English
/// text whatever language the browser prefers.
pub fn choose_english() {
    let store = sixtwo::storage::browser::BrowserStore::open().expect("localStorage opens");
    let prefs = sixtwo::storage::prefs::Prefs {
        lang: Some(sixtwo::i18n::Lang::En),
        ..Default::default()
    };
    sixtwo::storage::prefs::save_prefs(&store, &prefs).expect("preferences are stored");
}

/// Puts `hash` in the address bar and lets the `hashchange` event reach the app.
pub async fn go_to(hash: &str) {
    window()
        .location()
        .set_hash(hash)
        .expect("the location hash can be set");
    sleep(20).await;
    settle().await;
}

/// The start of every test: an empty `localStorage` (except the English preference) and the
/// home page in the address bar.
pub async fn fresh_page() {
    clear_storage();
    go_to("#/").await;
    choose_english();
}

/// The real [`sixtwo::ui::App`], mounted into a wrapper of its own.
pub struct Mounted {
    pub wrapper: HtmlElement,
    handle: Option<Box<dyn Any>>,
}

/// Mounts the app into a new wrapper at the end of `<body>` and lets it render.
pub async fn mount_app() -> Mounted {
    let document = document();
    let wrapper: HtmlElement = document
        .create_element("div")
        .expect("a div can be created")
        .dyn_into()
        .expect("a div is an HTML element");
    wrapper
        .set_attribute("data-test-wrapper", "")
        .expect("attributes can be set");
    document
        .body()
        .expect("the page has a body")
        .append_child(&wrapper)
        .expect("the wrapper can be added");
    let handle = leptos::mount::mount_to(wrapper.clone(), sixtwo::ui::App);
    let mounted = Mounted {
        wrapper,
        handle: Some(Box::new(handle)),
    };
    settle().await;
    mounted
}

impl Mounted {
    /// Unmounts the app (running its clean-up) and removes the wrapper.
    pub async fn unmount(mut self) {
        drop(self.handle.take());
        settle().await;
        assert_eq!(
            self.wrapper.child_element_count(),
            0,
            "unmounting removes everything the app rendered"
        );
        self.wrapper.remove();
    }

    pub fn query(&self, selector: &str) -> Option<Element> {
        self.wrapper
            .query_selector(selector)
            .expect("the selector is valid")
    }

    pub fn query_all(&self, selector: &str) -> Vec<Element> {
        query_all(&self.wrapper, selector)
    }

    /// The text of the page's main heading.
    pub fn heading(&self) -> Option<String> {
        self.query("main h1").map(|h| text(&h))
    }

    /// The enabled button or link whose visible text is exactly `label`.
    pub fn find_control(&self, label: &str) -> Option<HtmlElement> {
        self.query_all("button, a")
            .into_iter()
            .find(|element| text(element) == label)
            .and_then(|element| element.dyn_into().ok())
    }

    /// Clicks the button or link labelled `label` and lets the app react.
    pub async fn click(&self, label: &str) {
        self.click_now(label);
        settle().await;
    }

    /// Clicks the button or link labelled `label` without yielding to the browser, so no
    /// timer (such as the save debounce) can run before the caller looks.
    pub fn click_now(&self, label: &str) {
        let control = self
            .find_control(label)
            .unwrap_or_else(|| panic!("no button or link labelled {label:?}"));
        control.click();
    }

    /// Loads the example through the home page's button, as a user would. The test runner
    /// serves the crate's folder, so the app fetches `examples/` as it does from its site.
    pub async fn load_example(&self) {
        self.click("Load the example").await;
        self.wait_for_example().await;
    }

    /// Waits until the example asked for is fetched and in the workspace (its save may
    /// still be pending).
    pub async fn wait_for_example(&self) {
        wait_until("the example is loaded", || {
            let counts = self.query_all("[data-testid^=count-]");
            !counts.is_empty() && counts.iter().all(|count| text(count).starts_with('3'))
        })
        .await;
    }
}

pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root
        .query_selector_all(selector)
        .expect("the selector is valid");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The element's text with runs of white space collapsed.
pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

/// The element that has keyboard focus.
pub fn active_element() -> Option<Element> {
    document().active_element()
}

/// Resolves after `ms` milliseconds (a browser timer, so other tasks run meanwhile).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("a timer can be set");
    });
    JsFuture::from(promise).await.expect("the timer resolves");
}

/// Resolves at the next animation frame (where the app moves focus).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .request_animation_frame(&resolve)
            .expect("an animation frame can be requested");
    });
    JsFuture::from(promise).await.expect("the frame comes");
}

/// Lets Leptos apply pending updates to the DOM and the browser run an animation frame.
pub async fn settle() {
    // Leptos drives its tasks with wasm-bindgen-futures; mounting sets that up, but a test
    // may wait before it mounts anything. An error only means it is set up already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::tick().await;
    next_frame().await;
    leptos::task::tick().await;
}

/// Waits until `condition` holds, failing the test with `what` after a few seconds.
pub async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    loop {
        if condition() {
            return;
        }
        if js_sys::Date::now() - start > WAIT_LIMIT_MS {
            panic!("timed out waiting until {what}");
        }
        sleep(10).await;
        settle().await;
    }
}

/// Sends a `keydown` for `key` to `target` the way a keyboard would (bubbling, cancelable)
/// and returns whether the app handled it (prevented the default action).
pub fn press(target: &Element, key: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event can be created");
    let not_prevented = target
        .dispatch_event(&event)
        .expect("the event can be dispatched");
    !not_prevented
}

/// Sends `pagehide` to the window, as the browser does when the tab is closed.
pub fn fire_pagehide() {
    let event = web_sys::Event::new("pagehide").expect("an event can be created");
    window()
        .dispatch_event(&event)
        .expect("the event can be dispatched");
}

/// Catches file downloads the app starts (a click on an `<a download>`), cancels them so the
/// browser saves nothing, and remembers their name and address.
pub struct DownloadCatcher {
    listener: Closure<dyn FnMut(web_sys::Event)>,
    caught: Rc<RefCell<Vec<(String, String)>>>,
}

impl DownloadCatcher {
    pub fn install() -> Self {
        let caught: Rc<RefCell<Vec<(String, String)>>> = Rc::default();
        let sink = caught.clone();
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let anchor = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(anchor) = anchor.filter(|a| a.has_attribute("download")) {
                event.prevent_default();
                sink.borrow_mut().push((anchor.download(), anchor.href()));
            }
        });
        window()
            .add_event_listener_with_callback_and_bool(
                "click",
                listener.as_ref().unchecked_ref(),
                true,
            )
            .expect("a listener can be added");
        DownloadCatcher { listener, caught }
    }

    /// The downloads started so far: (file name, address).
    pub fn caught(&self) -> Vec<(String, String)> {
        self.caught.borrow().clone()
    }

    pub fn remove(self) {
        window()
            .remove_event_listener_with_callback_and_bool(
                "click",
                self.listener.as_ref().unchecked_ref(),
                true,
            )
            .expect("the listener can be removed");
    }
}

/// The text behind a (blob) address.
pub async fn fetch_text(url: &str) -> String {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .expect("the address can be fetched")
        .dyn_into()
        .expect("fetch gives a response");
    let text = JsFuture::from(response.text().expect("the body can be read"))
        .await
        .expect("the body is text");
    text.as_string().expect("the body is a string")
}
