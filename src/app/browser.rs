//! Plain access to the browser, with no knowledge of the app state: the address fragment,
//! the document's language and title, focus, downloads, printing, the storage manager, the
//! save timer and fetching the app's own files. Every call handles failure without panicking.

use super::route::Route;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static SAVE_TIMER: Cell<Option<TimeoutHandle>> = const { Cell::new(None) };
}

/// Runs `on_due` after `delay`, replacing any wait started before (each change restarts the
/// save's wait). Returns `false` when the browser would not start a timer.
pub fn restart_save_timer(delay: Duration, on_due: impl FnOnce() + 'static) -> bool {
    cancel_save_timer();
    match set_timeout_with_handle(
        move || {
            SAVE_TIMER.with(|timer| timer.set(None));
            on_due();
        },
        delay,
    ) {
        Ok(handle) => {
            SAVE_TIMER.with(|timer| timer.set(Some(handle)));
            true
        }
        Err(_) => false,
    }
}

/// Runs `next` after the browser has had a turn (input, rendering): how a long save gives way
/// between its slices. Returns `false` when the browser would not start a timer.
pub fn after_a_turn(next: impl FnOnce() + 'static) -> bool {
    set_timeout_with_handle(next, Duration::ZERO).is_ok()
}

/// Stops the save's wait, if one is running.
pub fn cancel_save_timer() {
    if let Some(pending) = SAVE_TIMER.with(Cell::take) {
        pending.clear();
    }
}

/// Learns whether the browser keeps this site's storage when the disk runs low, and puts the
/// answer (`None` when the browser cannot say) into `answer`.
pub fn query_persistent_storage(answer: RwSignal<Option<bool>>) {
    storage_manager_call(answer, |manager| manager.persisted());
}

/// Asks the browser to keep this site's storage when the disk runs low; the answer goes into
/// `answer`.
pub fn request_persistent_storage(answer: RwSignal<Option<bool>>) {
    storage_manager_call(answer, |manager| manager.persist());
}

fn storage_manager_call(
    answer: RwSignal<Option<bool>>,
    call: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, JsValue>,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Older browsers and some embedded views have no StorageManager.
    let has_manager = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("storage"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    if !has_manager {
        return;
    }
    let Ok(promise) = call(&window.navigator().storage()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await {
            if let Some(granted) = value.as_bool() {
                answer.set(Some(granted));
            }
        }
    });
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

thread_local! {
    /// The id of the workspace this page shows, put in every address it writes.
    static ACTIVE_WORKSPACE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Records the workspace this page shows, so the addresses it writes name it. The first
/// workspace keeps the addresses it had before there were several (`#/register`).
pub fn set_active_workspace(id: &crate::io::registry::WorkspaceId) {
    let prefix = (!id.is_first()).then(|| id.to_string());
    ACTIVE_WORKSPACE.with(|active| *active.borrow_mut() = prefix);
}

/// `href` inside the workspace this page shows (unchanged when none is recorded).
fn with_workspace(href: &str) -> String {
    ACTIVE_WORKSPACE.with(|active| match active.borrow().as_deref() {
        Some(id) if href.starts_with("#/") => crate::app::route::in_workspace(id, href),
        _ => href.to_string(),
    })
}

/// The address fragment now.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The workspace the address asks for when the page loads.
pub fn requested_workspace() -> crate::app::route::WorkspaceRequest {
    crate::app::route::workspace_request(&location_hash())
}

/// The route in the address bar now (with or without a workspace in the address).
pub fn current_route() -> Route {
    let hash = location_hash();
    Route::parse(&crate::app::route::split_workspace(&hash).1)
}

/// Opens workspace `id` in this tab: a fresh page load at its overview.
pub fn open_workspace(id: &crate::io::registry::WorkspaceId) {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let hash = if id.is_first() {
            "#/".to_string()
        } else {
            crate::app::route::in_workspace(id.as_str(), "#/")
        };
        // A history entry without a `hashchange` (which this page would take as a link to
        // follow), then the reload; Back returns to the workspace left.
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&hash));
        }
        let _ = location.reload();
    }
}

/// The tab's session storage (what survives a reload of this tab only), opened at its first
/// use: opening it makes the page wait for the browser's storage service (a profile under
/// load showed 137 ms of waiting in the middle of the app's start), and the app needs it only
/// after its first paint, to offer Undo for a workspace deleted before a reload.
pub fn session_store() -> std::rc::Rc<dyn crate::storage::KeyValueStore> {
    std::rc::Rc::new(SessionStore::default())
}

/// `sessionStorage`, opened when first read or written.
#[derive(Default)]
struct SessionStore {
    opened: std::cell::OnceCell<Box<dyn crate::storage::KeyValueStore>>,
}

impl SessionStore {
    fn store(&self) -> &dyn crate::storage::KeyValueStore {
        use crate::storage::browser::BrowserStore;
        self.opened
            .get_or_init(|| match BrowserStore::open_session() {
                Ok(store) => Box::new(store),
                Err(error) => Box::new(crate::storage::Unavailable(error)),
            })
            .as_ref()
    }
}

impl crate::storage::KeyValueStore for SessionStore {
    fn get(&self, key: &str) -> Result<Option<String>, crate::storage::StoreError> {
        self.store().get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), crate::storage::StoreError> {
        self.store().set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), crate::storage::StoreError> {
        self.store().remove(key)
    }
}

/// Runs `next` once the page has been painted: in a task queued from the next animation
/// frame, so after that frame's paint. (A browser refuses the timer only without a window,
/// where nothing would be painted or stored either.)
pub fn after_first_paint(next: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let _ = after_a_turn(next);
    });
}

/// Puts `href` (a `#/…` fragment) in the address bar, adding a history entry.
pub fn set_location_hash(href: &str) {
    let href = &with_workspace(href);
    if let Some(window) = web_sys::window() {
        let location = window.location();
        if location.hash().ok().as_deref() != Some(href) {
            let _ = location.set_hash(href);
        }
    }
}

/// Puts `href` (a `#/…` fragment) in the address bar in place of the current entry, without
/// a `hashchange` (a wizard that has just started a draft gives it its own address).
pub fn replace_location_hash(href: &str) {
    let href = &with_workspace(href);
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
        }
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The id of the "opening" notice in index.html, painted from the page itself while the wasm
/// arrives and the stored workspace is read.
pub const OPENING_NOTICE_ID: &str = "app-opening";

/// Removes index.html's "opening" notice: called as the app mounts, in the same task as its
/// first render, so the notice and the app are never on screen together.
pub fn remove_opening_notice() {
    if let Some(notice) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(OPENING_NOTICE_ID))
    {
        notice.remove();
    }
}

/// Sets `<html data-theme>`, which the style sheets follow (see style/tokens.css).
pub fn set_document_theme(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", tag);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    body.append_child(&anchor)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    // Revoke later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// A browser error as a short sentence for the user: the error's message if it has one.
pub fn describe_error(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .filter(|message| !message.trim().is_empty())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Why one of the app's own files could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchFailure {
    /// No answer at all: offline (and not kept by the service worker), or blocked.
    Network,
    /// The server answered with an error status (404 when the file is missing).
    Status(u16),
    /// The answer's body could not be read as text.
    Body,
}

/// Fetches the text at `address`, relative to the app's page (the service worker answers from
/// its cache when it holds the file).
pub async fn fetch_text(address: &str) -> Result<String, FetchFailure> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(FetchFailure::Network)?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|_| FetchFailure::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchFailure::Body)?;
    if !response.ok() {
        return Err(FetchFailure::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchFailure::Body)?;
    let text = JsFuture::from(body).await.map_err(|_| FetchFailure::Body)?;
    text.as_string().ok_or(FetchFailure::Body)
}

/// Opens the browser's print dialog (where "Save as PDF" is one of the destinations).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_element(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        open_enclosing_disclosures(&element);
        let _ = element.focus();
    }
}

/// Opens every closed `<details>` around `element`: a field folded behind an "Edit"
/// disclosure cannot take focus until it is shown.
fn open_enclosing_disclosures(element: &web_sys::Element) {
    let mut next = element.parent_element();
    while let Some(ancestor) = next {
        if ancestor.tag_name().eq_ignore_ascii_case("details") && !ancestor.has_attribute("open") {
            let _ = ancestor.set_attribute("open", "");
        }
        next = ancestor.parent_element();
    }
}

/// The id of the element that has focus, if any.
pub fn focused_element_id() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id())
        .filter(|id| !id.is_empty())
}

/// Reloads the page.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
