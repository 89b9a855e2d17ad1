//! The window's events wired to the app state: other tabs' saves and preferences, the page
//! being hidden or closed, the address fragment, keyboard shortcuts, and files chosen or
//! dropped for import.

use super::browser::{current_route, describe_error};
use super::state::AppState;
use super::sync_loader;
use super::updates::check_for_update;
use crate::storage::workspaces::REGISTRY_KEY;
use crate::storage::{PREFS_KEY, WORKSPACE_KEY};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Whether typing goes into `target` (a text field): there `/` is a character and undo is the
/// field's own.
fn is_text_entry(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        // A checkbox, a radio button or a button takes no typed text: `/` and undo stay ours.
        "input" => !matches!(
            element
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase()
                .as_str(),
            "checkbox"
                | "radio"
                | "button"
                | "submit"
                | "reset"
                | "range"
                | "color"
                | "file"
                | "image"
        ),
        _ => false,
    }
}

/// Whether a modal dialog is open (every dialog of the app is modal): its keys are its own, so
/// no search opens over it and no undo changes the page behind it.
fn modal_dialog_open() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("dialog[open]").ok().flatten())
        .is_some()
}

/// Installs the window listeners that keep the state in step with the browser and returns
/// their handles; removing them detaches the state (when the app is unmounted).
pub fn install_listeners(state: AppState) -> Vec<WindowListenerHandle> {
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let fragment = super::browser::location_hash();
        match super::route::split_workspace(&fragment).0 {
            // An address naming another workspace (a pasted link, Back after switching).
            Some(id) if id != state.active_workspace().as_str() => {
                let id = if id.is_empty() {
                    crate::io::registry::FIRST_WORKSPACE_ID
                } else {
                    id
                };
                match crate::io::registry::WorkspaceId::parse(id) {
                    Some(id) => {
                        state.switch_workspace(&id);
                    }
                    None => super::browser::reload(),
                }
                return;
            }
            Some(_) => {}
            // A link inside the page (`#/register`) stays in this tab's workspace, and the
            // address says so.
            None if !state.active_workspace().is_first() => {
                // A gap link's request to focus a field survives the rewrite.
                let href = current_route().href();
                let href = match super::route::focus_request(&fragment) {
                    Some(id) => super::route::with_focus(&href, &id),
                    None => href,
                };
                super::browser::replace_location_hash(&href)
            }
            None => {}
        }
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
            Some(key) if key == REGISTRY_KEY => state.refresh_workspaces(),
            Some(key) if key == state.sync_key() => sync_loader::stored_elsewhere(state),
            Some(key) if key == state.workspace_keys().workspace => {
                state.on_external_change();
                // The tab that syncs sends what another tab saved.
                sync_loader::nudge(state);
            }
            // Another workspace was saved: only the sizes shown change.
            Some(key) if key.starts_with(WORKSPACE_KEY) => state.workspaces.update(|_| {}),
            Some(_) => {}
            None => {
                state.refresh_workspaces();
                state.on_external_change();
                sync_loader::nudge(state);
            }
        }
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| state.flush_now());
    // Closing or reloading the tab while changes could not be stored would lose them: save
    // what can be saved, and have the browser ask before leaving if anything is still unsaved.
    let beforeunload = window_event_listener_untyped("beforeunload", move |event| {
        state.flush_now();
        if state.has_unsaved_changes() {
            event.prevent_default();
        }
    });
    // `visibilitychange` is fired at the document and bubbles to the window. It is the last
    // reliable moment to save on mobile browsers.
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            state.flush_now();
        } else {
            // A tab left open for days learns of a new build when it is looked at again.
            check_for_update();
        }
    });
    let keyboard = window_event_listener(leptos::ev::keydown, move |event| {
        let command = event.ctrl_key() || event.meta_key();
        // Search: `/` outside text fields (where it is a character), Ctrl+K or Cmd+K anywhere.
        let key = event.key();
        let search = if command {
            key.eq_ignore_ascii_case("k") && !event.alt_key() && !event.shift_key()
        } else {
            key == "/" && !event.alt_key() && !is_text_entry(event.target())
        };
        if (search || command) && modal_dialog_open() {
            return;
        }
        if search {
            event.prevent_default();
            state.search_open.set(true);
            return;
        }
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
    // The network is back: sync at once rather than after the back-off.
    let online = window_event_listener_untyped("online", move |_| sync_loader::nudge(state));
    sync_loader::watch(state);
    vec![
        hash,
        storage,
        pagehide,
        beforeunload,
        visibility,
        keyboard,
        online,
    ]
}

/// Reads a file chosen for import: a file above the size limit is refused before it is read;
/// otherwise its bytes go through the checks (text that is not UTF-8 included: the browser's
/// own decoding would replace such bytes silently) and the outcome to the state (the
/// preview, or the reason on the Data page). `on_refused` runs after a refusal, to move focus
/// to it.
pub fn import_file(state: AppState, file: web_sys::File, on_refused: fn()) {
    use crate::io::import::ImportRefusal;
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
    use super::state::StorageView;
    use crate::io::import::ImportRefusal;
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
        // A page's own drop zone (the class view's) has taken the files already.
        let taken = event.default_prevented();
        event.prevent_default();
        depth.set(0);
        dragging.set(false);
        if taken {
            return;
        }
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
