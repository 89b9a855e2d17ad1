//! The user interface: the root component and the frame around every view (`shell`), generic
//! widgets (`components`), feature panels (`panels`), the wizards (`wizard`) and one module per
//! routed view (`pages`). Components read [`AppState`] and change things only through it.

pub mod components;
pub mod navigation;
pub mod notice;
pub mod pages;
pub mod panels;
pub mod rare_views;
pub mod shell;
pub mod wizard;

use crate::app::AppState;
use leptos::prelude::*;

/// Mounts the app on the page's body; when the language it opens in is fetched (README
/// *Architecture*), fetches its messages first, so the first paint is in that language.
pub fn mount_to_body() {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::app::languages;
        components::scroll::remember_window_height();
        // A reload on a view fetched on demand starts fetching its code now, while the
        // workspace is read and decoded, instead of after the first render.
        if let Some(group) = rare_views::RareGroup::of(crate::app::browser::current_route()) {
            rare_views::start_loading(group);
        }
        let root = crate::storage::browser::BrowserStore::open()
            .ok()
            .map(|store| std::rc::Rc::new(store) as std::rc::Rc<dyn crate::storage::KeyValueStore>);
        let languages = crate::app::browser::browser_languages();
        let browser_languages = languages.iter().map(String::as_str);
        let lang = match root {
            Some(root) => languages::opening_language(
                root,
                browser_languages,
                &crate::app::browser::requested_workspace(),
            ),
            None => crate::i18n::Lang::negotiate(browser_languages),
        };
        if !lang.is_ready() {
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(problem) = languages::fetch_messages(lang).await {
                    languages::remember_opening_problem(lang, problem);
                }
                leptos::mount::mount_to_body(App);
            });
            return;
        }
    }
    leptos::mount::mount_to_body(App);
}

/// The whole app: opens storage, provides the state and renders the frame.
#[component]
pub fn App() -> impl IntoView {
    let state = create_state();
    state.open_in_a_language_that_is_here();
    provide_context(state);
    #[cfg(target_arch = "wasm32")]
    {
        use crate::app::browser;
        state.route.set(
            if state
                .workspaces
                .with_untracked(|v| v.missing_link.is_some())
            {
                crate::app::Route::Workspaces
            } else {
                browser::current_route()
            },
        );
        // The address names the workspace shown from the start (a reload keeps it).
        let named = crate::app::route::split_workspace(&browser::location_hash())
            .0
            .is_some();
        if named || !state.active_workspace().is_first() {
            browser::replace_location_hash(&state.route.get_untracked().href());
        }
        browser::query_persistent_storage(state.persistent_storage);
        let listeners = crate::app::events::install_listeners(state);
        crate::app::updates::register_service_worker_after_load(state);
        on_cleanup(move || {
            // Unmounting (in tests) must not leave listeners pointing at disposed state,
            // and must not lose a pending save.
            for listener in listeners {
                listener.remove();
            }
            state.flush_now();
        });
        // The stored workspace has been read (`create_state`): the page's own notice gives
        // way to the app, which renders in this same task.
        browser::remove_opening_notice();
        // Undo for a workspace deleted before a reload is offered once the first screen is
        // painted: it opens the session storage, which makes the page wait.
        browser::after_first_paint(move || state.offer_undo_of_deleted_in_session());
        Effect::new(move |_| browser::set_document_language(state.lang.get().tag()));
        Effect::new(move |_| browser::set_document_theme(state.theme.get().tag()));
    }
    view! { <crate::ui::shell::Shell/> }
}

#[cfg(target_arch = "wasm32")]
fn create_state() -> AppState {
    use crate::storage::browser::BrowserStore;
    use crate::storage::{KeyValueStore, Unavailable};
    let store: Box<dyn KeyValueStore> = match BrowserStore::open() {
        Ok(store) => Box::new(store),
        Err(error) => Box::new(Unavailable(error)),
    };
    let languages = crate::app::browser::browser_languages();
    let buffer = Box::new(crate::storage::indexed_db::IndexedDbBuffer);
    let state = AppState::open_with_buffer(
        std::rc::Rc::from(store),
        crate::app::browser::session_store(),
        buffer,
        languages.iter().map(String::as_str),
        crate::app::browser::requested_workspace(),
    );
    crate::app::browser::set_active_workspace(&state.active_workspace());
    state.look_for_unsaved();
    state
}

#[cfg(not(target_arch = "wasm32"))]
fn create_state() -> AppState {
    AppState::new(Box::new(crate::storage::MemoryStore::new()), ["en"])
}
