//! Browser glue for the app state: the save debounce, page-lifecycle flushes, the `storage`
//! event from other tabs, the address fragment, keyboard shortcuts and file downloads.
//! Every call into the browser handles failure without panicking.

use super::route::Route;
use super::state::AppState;
use crate::storage::{PREFS_KEY, WORKSPACE_KEY};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long typing must pause before the workspace is stored.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);

thread_local! {
    static SAVE_TIMER: Cell<Option<TimeoutHandle>> = const { Cell::new(None) };
}

/// Stores the workspace once editing pauses; each new change restarts the wait.
pub fn schedule_flush(state: AppState) {
    if let Some(pending) = SAVE_TIMER.with(Cell::take) {
        pending.clear();
    }
    let handle = set_timeout_with_handle(
        move || {
            SAVE_TIMER.with(|timer| timer.set(None));
            state.flush();
        },
        SAVE_DEBOUNCE,
    );
    match handle {
        Ok(handle) => SAVE_TIMER.with(|timer| timer.set(Some(handle))),
        // Without a timer, save at once rather than not at all.
        Err(_) => state.flush(),
    }
}

/// Saves immediately, cancelling the debounce (the page is being hidden or closed).
pub fn flush_now(state: AppState) {
    if let Some(pending) = SAVE_TIMER.with(Cell::take) {
        pending.clear();
    }
    state.flush();
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

/// The route in the address bar now.
pub fn current_route() -> Route {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map_or(Route::Home, |hash| Route::parse(&hash))
}

/// Puts `href` (a `#/…` fragment) in the address bar, adding a history entry.
pub fn set_location_hash(href: &str) {
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
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
        }
    }
}

fn is_text_entry(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    let tag = element.tag_name().to_ascii_lowercase();
    tag == "input" || tag == "textarea" || tag == "select" || element.is_content_editable()
}

/// Installs the window listeners that keep the state in step with the browser and returns
/// their handles; removing them detaches the state (when the app is unmounted).
pub fn install_listeners(state: AppState) -> Vec<WindowListenerHandle> {
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        // `navigate` has usually set the route already; setting it again would rebuild the page.
        let route = current_route();
        if state.route.get_untracked() != route {
            state.route.set(route);
        }
    });
    let storage = window_event_listener(leptos::ev::storage, move |event| {
        // `key` is null when another tab cleared all of the origin's storage.
        match event.key() {
            Some(key) if key == PREFS_KEY => state.on_prefs_changed(),
            Some(key) if key != WORKSPACE_KEY => {}
            _ => state.on_external_change(),
        }
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush_now(state));
    // `visibilitychange` is fired at the document and bubbles to the window. It is the last
    // reliable moment to save on mobile browsers.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            flush_now(state);
        } else {
            // A tab left open for days learns of a new build when it is looked at again.
            check_for_update();
        }
    });
    let keyboard = window_event_listener(leptos::ev::keydown, move |event| {
        let command = event.ctrl_key() || event.meta_key();
        if !command || event.alt_key() || is_text_entry(event.target()) {
            // Inside text fields the browser's own undo must win.
            return;
        }
        match (event.key().to_ascii_lowercase().as_str(), event.shift_key()) {
            ("z", false) => {
                event.prevent_default();
                state.undo();
            }
            ("z", true) | ("y", false) => {
                event.prevent_default();
                state.redo();
            }
            _ => {}
        }
    });
    vec![hash, storage, pagehide, visibility, keyboard]
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
        let _ = element.focus();
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

// ----- the service worker (release builds) -----

/// The service worker, next to index.html, so that its scope is the folder the app is
/// served from (the site's root or any subfolder).
const SERVICE_WORKER_URL: &str = "./sw.js";
const SERVICE_WORKER_SCOPE: &str = "./";

thread_local! {
    static REGISTRATION: RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { RefCell::new(None) };
    /// Set once the user chose to reload into the new build and the work is saved.
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

/// Registers the service worker that keeps the app's files for use without a network, and
/// watches for newer builds. Debug builds (`trunk serve`) never register it: a worker there
/// would keep serving old files while the code changes.
pub fn register_service_worker(state: AppState) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = service_worker_container() else {
        return;
    };
    // Whether this page already ran under a worker: the first visit's worker takes control
    // (`clients.claim`) without being a new build.
    let controlled = std::rc::Rc::new(Cell::new(container.controller().is_some()));
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if RELOAD_REQUESTED.with(Cell::get) {
            reload_page();
        } else if controlled.replace(true) {
            // Another tab started the new build; this one still runs the old one.
            state.note_update_available();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    // Lives as long as the page, like the worker.
    on_controller_change.forget();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(SERVICE_WORKER_SCOPE);
    let registering = container.register_with_options(SERVICE_WORKER_URL, &options);
    leptos::task::spawn_local(async move {
        // Refused where storage is blocked or the page is not a secure context: the app then
        // works as before, online only.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(registering).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        watch_registration(state, &registration);
        REGISTRATION.with(|stored| *stored.borrow_mut() = Some(registration));
    });
}

/// `navigator.serviceWorker`, if this browser offers it here (only secure contexts do).
fn service_worker_container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let offered =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    offered.then(|| navigator.service_worker())
}

/// Whether the page is under a worker now, so that an installed worker is an update.
fn page_is_controlled() -> bool {
    service_worker_container().is_some_and(|container| container.controller().is_some())
}

/// Notices a newer build that is waiting already, being installed now, or found later.
fn watch_registration(state: AppState, registration: &web_sys::ServiceWorkerRegistration) {
    if registration.waiting().is_some() && page_is_controlled() {
        state.note_update_available();
    }
    if let Some(installing) = registration.installing() {
        watch_installing(state, installing);
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = watched.installing() {
            watch_installing(state, installing);
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn watch_installing(state: AppState, worker: web_sys::ServiceWorker) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn FnMut()>::new(move || {
        // Installed while another worker controls the page: it waits for a reload.
        if watched.state() == web_sys::ServiceWorkerState::Installed && page_is_controlled() {
            state.note_update_available();
        }
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// Asks the browser to look for a newer build now.
fn check_for_update() {
    let checking = REGISTRATION.with(|stored| {
        stored
            .borrow()
            .as_ref()
            .and_then(|registration| registration.update().ok())
    });
    if let Some(checking) = checking {
        leptos::task::spawn_local(async move {
            // Offline, or the server is away: the next check will do.
            let _ = wasm_bindgen_futures::JsFuture::from(checking).await;
        });
    }
}

/// "Reload" on the update notice: saves everything, then lets the waiting build take over
/// and reloads when it has (`controllerchange`). If the work cannot be saved, nothing
/// happens but the notice saying why.
pub fn reload_into_update(state: AppState) {
    flush_now(state);
    if !state.accept_update() {
        return;
    }
    let waiting = REGISTRATION.with(|stored| {
        stored
            .borrow()
            .as_ref()
            .and_then(web_sys::ServiceWorkerRegistration::waiting)
    });
    let Some(waiting) = waiting else {
        // Another tab has started the new build already: reloading is all it takes.
        reload_page();
        return;
    };
    RELOAD_REQUESTED.with(|requested| requested.set(true));
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &message,
        &JsValue::from_str("type"),
        &JsValue::from_str("skip-waiting"),
    );
    if waiting.post_message(&message).is_err() {
        reload_page();
    }
}

fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

// ----- importing files (helper "import") -----

/// Reads a file chosen for import: a file above the size limit is refused before it is read;
/// otherwise its bytes go through the checks (text that is not UTF-8 included: the browser's
/// own decoding would replace such bytes silently) and the outcome to the state (the
/// preview, or the reason on the Data page). `on_refused` runs after a refusal, to move focus
/// to it.
pub fn import_file(state: AppState, file: web_sys::File, on_refused: fn()) {
    use super::import::ImportRefusal;
    use crate::io::import::{check_size, read_file};
    let file_name = file.name();
    // The browser gives the size as a double; a size that does not fit a u64 is refused too.
    let bytes = file.size().max(0.0).min(u64::MAX as f64) as u64;
    if let Err(problem) = check_size(bytes) {
        state.refuse_import(ImportRefusal::File { file_name, problem });
        on_refused();
        return;
    }
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                let outcome = read_file(&bytes);
                let refused = outcome.is_err();
                state.offer_import(file_name, outcome);
                if refused {
                    on_refused();
                }
            }
            Err(error) => {
                let detail = describe_error(&error);
                state.refuse_import(ImportRefusal::NotReadable { file_name, detail });
                on_refused();
            }
        }
    });
}

/// Whether a drag carries files (rather than text or a link from a page).
fn drags_files(event: &web_sys::DragEvent) -> bool {
    event.data_transfer().is_some_and(|transfer| {
        transfer
            .types()
            .iter()
            .any(|kind| kind.as_string().as_deref() == Some("Files"))
    })
}

/// Lets a file be dropped anywhere on the page: `dragging` is true while files are dragged
/// over it (for the overlay), and a dropped file is read with [`import_file`]. Drags of
/// anything else are left to the browser. Returns the listeners' handles.
pub fn install_file_drop(
    state: AppState,
    dragging: RwSignal<bool>,
    on_refused: fn(),
) -> Vec<WindowListenerHandle> {
    use super::import::ImportRefusal;
    use super::state::StorageView;
    use std::rc::Rc;
    // `dragenter` and `dragleave` fire for every element crossed: count them to know when
    // the drag has left the page.
    let depth = Rc::new(Cell::new(0u32));
    let enter_depth = Rc::clone(&depth);
    let enter = window_event_listener(leptos::ev::dragenter, move |event| {
        if drags_files(&event) {
            event.prevent_default();
            enter_depth.set(enter_depth.get().saturating_add(1));
            dragging.set(true);
        }
    });
    let over = window_event_listener(leptos::ev::dragover, move |event| {
        if drags_files(&event) {
            // Without this the browser would open the file in place of the app.
            event.prevent_default();
            if let Some(transfer) = event.data_transfer() {
                transfer.set_drop_effect("copy");
            }
        }
    });
    let leave_depth = Rc::clone(&depth);
    let leave = window_event_listener(leptos::ev::dragleave, move |event| {
        if drags_files(&event) {
            let left = leave_depth.get().saturating_sub(1);
            leave_depth.set(left);
            if left == 0 {
                dragging.set(false);
            }
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        if !drags_files(&event) {
            return;
        }
        event.prevent_default();
        depth.set(0);
        dragging.set(false);
        // Unreadable stored data is on screen: nothing may be imported over it.
        if state
            .storage
            .with_untracked(|s| matches!(s, StorageView::Recovery(_)))
        {
            return;
        }
        let Some(files) = event.data_transfer().and_then(|t| t.files()) else {
            return;
        };
        match (files.length(), files.get(0)) {
            (1, Some(file)) => import_file(state, file, on_refused),
            (0, _) | (_, None) => {}
            _ => {
                state.refuse_import(ImportRefusal::SeveralFiles);
                on_refused();
            }
        }
    });
    vec![enter, over, leave, drop]
}
