//! The header's navigation, following the WAI-ARIA disclosure navigation pattern: the main
//! places as links and the others behind a "More" button; on a phone one "Menu" button shows
//! the whole navigation and the workspace and language choices. Escape closes what is open
//! and puts focus back on its button; so does moving focus out of it, and any navigation.

use crate::app::{AppState, Route};
use crate::i18n::Msg;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// The panel the phone's "Menu" button shows and hides (on wider screens always shown).
pub const MENU_PANEL_ID: &str = "app-menu";
const MENU_BUTTON_ID: &str = "app-menu-button";
const MORE_LIST_ID: &str = "app-nav-more";
const MORE_BUTTON_ID: &str = "app-nav-more-button";

/// Where a place of the navigation is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Always shown as a link in the header.
    Main,
    /// Inside the "More" menu.
    More,
}

/// The places of the main navigation, in order.
pub const PLACES: [(Route, Msg, Placement); 14] = [
    (Route::Home, Msg::NavHome, Placement::Main),
    (Route::Register, Msg::NavRegister, Placement::Main),
    (Route::Tree, Msg::NavTree, Placement::Main),
    (Route::Checklist, Msg::NavChecklist, Placement::Main),
    (
        Route::Communications,
        Msg::NavCommunications,
        Placement::More,
    ),
    (Route::Report, Msg::NavReport, Placement::More),
    (Route::Assess, Msg::AssessNav, Placement::More),
    (Route::Glance, Msg::GlanceNav, Placement::More),
    (Route::Policy, Msg::NavPolicy, Placement::More),
    (Route::Requirements, Msg::NavRequirements, Placement::More),
    (Route::Training, Msg::NavTraining, Placement::More),
    (Route::Data, Msg::NavData, Placement::More),
    (Route::Sync, Msg::NavSync, Placement::More),
    (Route::Workspaces, Msg::NavWorkspaces, Placement::More),
];

/// The place of the navigation that `here` belongs to (an objective belongs to the register,
/// an import to the data page), if any.
pub fn place_of(here: Route) -> Option<Route> {
    let place = match here {
        Route::Objective(_) | Route::NewObjective { .. } => Route::Register,
        Route::Import => Route::Data,
        Route::AssessNew | Route::AssessResult(_) => Route::Assess,
        Route::Worksheet | Route::AnswerKey | Route::Compare | Route::Class => Route::Training,
        Route::NewCommunication { .. } | Route::EditCommunication(_) => Route::Communications,
        other => other,
    };
    PLACES
        .iter()
        .any(|(route, _, _)| *route == place)
        .then_some(place)
}

/// The navigation place and its name when the page on screen sits inside the "More" menu.
pub fn current_in_more(here: Route) -> Option<Msg> {
    let place = place_of(here)?;
    PLACES
        .iter()
        .find(|(route, _, placement)| *route == place && *placement == Placement::More)
        .map(|(_, msg, _)| *msg)
}

/// Which of the header's disclosures are open.
#[derive(Clone, Copy)]
pub struct HeaderMenus {
    /// The phone's whole menu.
    pub menu_open: RwSignal<bool>,
    /// The "More" list of the navigation.
    pub more_open: RwSignal<bool>,
}

impl HeaderMenus {
    /// Both closed; both close again on every navigation.
    pub fn new() -> Self {
        let state = AppState::expect();
        let menus = HeaderMenus {
            menu_open: RwSignal::new(false),
            more_open: RwSignal::new(false),
        };
        Effect::new(move |previous: Option<Route>| {
            let route = state.route.get();
            if previous.is_some_and(|previous| previous != route) {
                menus.menu_open.set(false);
                menus.more_open.set(false);
            }
            route
        });
        menus
    }

    /// Escape closes the innermost open disclosure and puts focus back on its button.
    pub fn on_keydown(self, event: &web_sys::KeyboardEvent) {
        if event.key() != "Escape" {
            return;
        }
        if self.more_open.get_untracked() {
            self.more_open.set(false);
            event.prevent_default();
            focus_by_id(MORE_BUTTON_ID);
        } else if self.menu_open.get_untracked() {
            self.menu_open.set(false);
            event.prevent_default();
            focus_by_id(MENU_BUTTON_ID);
        }
    }
}

impl Default for HeaderMenus {
    fn default() -> Self {
        Self::new()
    }
}

fn focus_by_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::focus_element(id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Whether focus, leaving the element that carries the handler, goes somewhere outside it.
fn focus_leaves(event: &web_sys::FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    let container = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    let next = event
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (container, next) {
        (Some(container), Some(next)) => !container.contains(Some(&next)),
        _ => true,
    }
}

/// The phone's "Menu" button (hidden on wider screens, where the menu is always shown).
#[component]
pub fn MenuButton(menus: HeaderMenus) -> impl IntoView {
    view! {
        <button
            type="button"
            id=MENU_BUTTON_ID
            class="button app-header__menu-button"
            aria-expanded=move || if menus.menu_open.get() { "true" } else { "false" }
            aria-controls=MENU_PANEL_ID
            on:click=move |_| menus.menu_open.update(|open| *open = !*open)
        >
            <span class="app-header__menu-icon" aria-hidden="true">"☰"</span>
            " "
            <span class="app-header__menu-text">{t(Msg::NavMenu)}</span>
        </button>
    }
}

/// Closes the phone's menu when focus moves out of it (to neither the panel nor its button).
pub fn close_menu_on_focus_out(menus: HeaderMenus, event: &web_sys::FocusEvent) {
    use wasm_bindgen::JsCast;
    let to_button = event
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.id() == MENU_BUTTON_ID);
    if focus_leaves(event) && !to_button {
        menus.menu_open.set(false);
    }
}

/// The main navigation; the link of the current view carries `aria-current="page"` wherever
/// it sits, and the "More" button says when the current view is one of its links.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
pub fn Navigation(menus: HeaderMenus) -> impl IntoView {
    let state = AppState::expect();
    let link = move |route: Route, msg: Msg| {
        let current = move || (place_of(state.route.get()) == Some(route)).then_some("page");
        view! {
            <li>
                <a href=route.href() aria-current=move || current()>{move || state.t(msg)}</a>
            </li>
        }
    };
    let links = move |placement: Placement| {
        PLACES
            .iter()
            .filter(|(_, _, p)| *p == placement)
            .map(|(route, msg, _)| link(*route, *msg))
            .collect_view()
    };
    let more_current = Memo::new(move |_| current_in_more(state.route.get()));
    view! {
        <nav class="app-nav" aria-label=t(Msg::MainNavigation)>
            <ul class="app-nav__main">{links(Placement::Main)}</ul>
            <div
                class="app-nav__more"
                on:focusout=move |ev| {
                    if focus_leaves(&ev) {
                        menus.more_open.set(false);
                    }
                }
            >
                <button
                    type="button"
                    id=MORE_BUTTON_ID
                    class="app-nav__more-button"
                    class:app-nav__more-button--current=move || more_current.get().is_some()
                    aria-expanded=move || if menus.more_open.get() { "true" } else { "false" }
                    aria-controls=MORE_LIST_ID
                    on:click=move |_| menus.more_open.update(|open| *open = !*open)
                >
                    {t(Msg::NavMore)}
                    {move || {
                        more_current
                            .get()
                            .map(|page| {
                                view! {
                                    <span class="visually-hidden">
                                        " "
                                        {state.tf(Msg::NavMoreHoldsCurrent, &[("page", state.t(page))])}
                                    </span>
                                }
                            })
                    }}
                    <span class="app-nav__more-mark" aria-hidden="true">"▾"</span>
                </button>
                <ul
                    id=MORE_LIST_ID
                    class="app-nav__more-list"
                    class:app-nav__more-list--open=move || menus.more_open.get()
                >
                    {links(Placement::More)}
                </ul>
            </div>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ObjectiveId, RandomIds};

    #[test]
    fn every_view_of_a_place_marks_that_place() {
        assert_eq!(place_of(Route::Register), Some(Route::Register));
        assert_eq!(
            place_of(Route::Objective(ObjectiveId::new(&mut RandomIds))),
            Some(Route::Register)
        );
        assert_eq!(place_of(Route::Import), Some(Route::Data));
        assert_eq!(place_of(Route::Compare), Some(Route::Training));
        assert_eq!(place_of(Route::NotFound), None);
    }

    #[test]
    fn the_more_button_names_the_current_page_only_when_it_holds_it() {
        assert_eq!(current_in_more(Route::Data), Some(Msg::NavData));
        assert_eq!(current_in_more(Route::Import), Some(Msg::NavData));
        assert_eq!(current_in_more(Route::Register), None);
        assert_eq!(current_in_more(Route::Home), None);
    }

    #[test]
    fn the_header_keeps_at_most_four_main_links() {
        let main = PLACES
            .iter()
            .filter(|(_, _, p)| *p == Placement::Main)
            .count();
        // With "More", the workspace and language choices and undo and redo, more links do not
        // fit one row at 1366 px.
        assert!(main <= 4, "{main} links in the header's row");
    }
}
