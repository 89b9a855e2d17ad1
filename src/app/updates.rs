//! New builds of the app: registering the service worker that keeps the app's files for use
//! without a network, noticing a newer build, and reloading into it once the work is saved.

use super::state::AppState;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

/// [`register_service_worker`] once the page has loaded (at once if it has): on a first visit
/// the new worker fetches every file of the build to keep it, and starting that while the app
/// decodes the workspace and draws its first screen made the two compete for the processor and
/// the network (README *Opening (stop 23)*). A page that is reloaded before `load` registers
/// on its next visit; the worker changes nothing the app stores.
pub fn register_service_worker_after_load(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|document| document.ready_state() == "complete");
    if loaded {
        register_service_worker(state);
        return;
    }
    let on_load = Closure::once_into_js(move || register_service_worker(state));
    if window
        .add_event_listener_with_callback("load", on_load.unchecked_ref())
        .is_err()
    {
        register_service_worker(state);
    }
}

/// Registers the service worker that keeps the app's files for use without a network, and
/// watches for newer builds. Debug builds (`trunk serve`) never register it: a worker there
/// would keep serving old files while the code changes.
fn register_service_worker(state: AppState) {
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
pub fn check_for_update() {
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
    state.flush_now();
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
