//! The frame around every view: skip link, header with navigation, language switch, undo and
//! save status; the notice of a new version and storage banners; the notice area; and the page
//! for the current route.

use crate::app::clock;
use crate::app::state::{
    AppUpdate, ConflictChoice, NotSavedReason, ReloadBlocker, SaveState, StorageView,
};
use crate::app::{AppState, Route};
use crate::i18n::{self, Lang, Msg};
use crate::ui::components::banner::Banner;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PAGE_TITLE_ID;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{Icon, IconKind};
use crate::ui::navigation;
use crate::ui::pages;
use crate::ui::rare_views::{self, RareGroup};
use leptos::prelude::*;

/// The id of the language menu, to keep focus on it after the interface is rebuilt.
const LANGUAGE_MENU_ID: &str = "language-menu";

#[component]
pub fn Shell() -> impl IntoView {
    let state = AppState::expect();
    // The page is rebuilt only when the route or recovery really changes: `navigate` and the
    // `hashchange` that follows it set the same route twice, and a conflict between tabs
    // changes `storage` while someone types; a rebuild would drop their focus.
    let recovering = Memo::new(move |_| {
        state
            .storage
            .with(|s| matches!(s, StorageView::Recovery(_)))
    });
    let route = Memo::new(move |_| state.route.get());
    move_focus_on_navigation(state);
    keep_document_title(state);
    // Switching language rebuilds the whole interface, so no text node needs its own
    // subscription to the language (which would cost an effect and code per text).
    reactive_view(move || {
        state.lang.track();
        frame(recovering, route)
    })
}

/// Everything on screen, in the current language.
fn frame(recovering: Memo<bool>, route: Memo<Route>) -> impl IntoView {
    let menus = navigation::HeaderMenus::new();
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                // The fragment holds the route, so move focus instead of following the link.
                ev.prevent_default();
                focus_by_id("main");
            }
        >
            {t(Msg::SkipToContent)}
        </a>
        <header class="app-header" on:keydown=move |ev| menus.on_keydown(&ev)>
            <div class="app-header__brand">
                <span class="brand">{t(Msg::AppName)}</span>
                <span class="brand__tagline">{t(Msg::AppTagline)}</span>
                <SaveIndicator/>
            </div>
            <navigation::MenuButton menus=menus/>
            <div
                id=navigation::MENU_PANEL_ID
                class="app-header__menu"
                class:app-header__menu--open=move || menus.menu_open.get()
                on:focusout=move |ev| navigation::close_menu_on_focus_out(menus, &ev)
            >
                <Shown when=move || !recovering.get()>
                    <navigation::Navigation menus=menus/>
                </Shown>
                <div class="app-header__tools">
                    <crate::ui::panels::workspace_switcher::WorkspaceSwitcher/>
                    <crate::ui::panels::theme::ThemeMenu/>
                    <LanguageMenu/>
                </div>
            </div>
            <crate::ui::panels::search::SearchButton/>
            <Shown when=move || !recovering.get()>
                <UndoRedo/>
            </Shown>
        </header>
        <Banners/>
        <crate::ui::notice::NoticeArea/>
        <main id="main" tabindex="-1">
            {move || {
                if recovering.get() {
                    view! { <pages::recovery::RecoveryPage/> }.into_any()
                } else {
                    page_for(route.get())
                }
            }}
        </main>
        <crate::ui::panels::file_drop::FileDropZone/>
    }
}

fn page_for(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        Route::Register => view! { <pages::register::RegisterPage/> }.into_any(),
        Route::Tree => view! { <pages::tree::TreePage/> }.into_any(),
        Route::NotFound => view! { <pages::not_found::NotFoundPage/> }.into_any(),
        rare => match RareGroup::of(rare) {
            Some(group) => rare_views::rare_view(group, rare, focus_page_shown_late),
            None => view! { <pages::not_found::NotFoundPage/> }.into_any(),
        },
    }
}

fn page_title(route: Route) -> Msg {
    match route {
        Route::Home => Msg::HomeTitle,
        Route::Register => Msg::RegisterTitle,
        Route::Tree => Msg::TreeTitle,
        Route::Objective(_) => Msg::SectionIdentity,
        Route::NewObjective { .. } => Msg::NewObjectiveTitle,
        Route::Policy => Msg::PolicyTitle,
        Route::Requirements => Msg::RequirementsTitle,
        Route::Data => Msg::DataTitle,
        Route::Sync => Msg::SyncTitle,
        Route::Import => Msg::ImportPreviewTitle,
        Route::Checklist => Msg::ChecklistTitle,
        Route::Report => Msg::ReportTitle,
        Route::Establish { .. } => Msg::EstablishTitle,
        Route::Plan { .. } => Msg::PlanChooseTitle,
        Route::CheckIn(_) => Msg::CheckInTitle,
        Route::History(_) => Msg::HistoryTitle,
        Route::Review(_) => Msg::RecordReview,
        Route::EditReview { .. } => Msg::ReviewsTitle,
        Route::Communications => Msg::CommRegisterTitle,
        Route::NewCommunication { .. } => Msg::CommFormTitle,
        Route::EditCommunication(_) => Msg::CommEditTitle,
        Route::Workspaces => Msg::WorkspacesTitle,
        Route::Assess | Route::AssessResult(_) => Msg::AssessTitle,
        Route::AssessNew => Msg::AssessNewTitle,
        Route::Glance => Msg::GlanceTitle,
        Route::Training => Msg::TrainingTitle,
        Route::Worksheet => Msg::WorksheetTitle,
        Route::AnswerKey => Msg::AnswerKeyTitle,
        Route::Compare => Msg::ComparisonTitle,
        Route::Class => Msg::ClassTitle,
        Route::NotFound => Msg::NotFoundTitle,
    }
}

/// After each navigation (not the first render), focus moves to the new page's heading so
/// keyboard and screen reader users start at the top of the new content; in a wizard, to the
/// heading of the step, which is what changed.
fn move_focus_on_navigation(state: AppState) {
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        if previous.is_some_and(|previous| previous != route) {
            request_animation_frame(|| {
                FOCUS_WAITS_FOR_PAGE.set(!focus_new_page());
            });
        }
        route
    });
}

thread_local! {
    /// Whether the last navigation found no page to focus yet: a view whose code was still
    /// being fetched (`rare_views`). It takes focus when it is shown.
    static FOCUS_WAITS_FOR_PAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called when a view whose code was fetched on opening is in the document; `asked` when the
/// person pressed *Try again*, whose button is gone now.
fn focus_page_shown_late(asked: bool) {
    if FOCUS_WAITS_FOR_PAGE.replace(false) || asked {
        focus_new_page();
    }
}

/// Focuses the field a gap link names, the wizard step's heading or the page's heading;
/// false when the page has none of them yet.
fn focus_new_page() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window().and_then(|w| w.document());
        let exists = |id: &str| {
            document
                .as_ref()
                .and_then(|d| d.get_element_by_id(id))
                .is_some()
        };
        // A search hit names its field; if its page was still loading, the field is kept.
        if let Some(id) = crate::ui::components::late_focus::take_wanted() {
            if exists(&id) {
                focus_by_id(&id);
                return true;
            }
        }
        // A gap link names the field that fixes the gap.
        let hash = crate::app::browser::location_hash();
        if let Some(id) = crate::app::route::focus_request(&hash) {
            if exists(&id) {
                focus_by_id(&id);
                return true;
            }
        }
        if exists(crate::ui::wizard::STEP_TITLE_ID) {
            focus_by_id(crate::ui::wizard::STEP_TITLE_ID);
            return true;
        }
        if !exists(PAGE_TITLE_ID) {
            return false;
        }
    }
    focus_by_id(PAGE_TITLE_ID);
    true
}

fn keep_document_title(state: AppState) {
    // A memo, so that the document's title is set only when its text changes: not at every
    // keystroke in a field that is not in it (setting it costs milliseconds with a long page).
    let title = Memo::new(move |_| {
        let route = state.route.get();
        let lang = state.lang.get();
        let page = match route {
            Route::Objective(id) => state
                .with_objective(id, |o| format!("{} {}", o.code, o.title))
                .unwrap_or_else(|| page_title(route).text(lang).to_string()),
            // Browsers name a PDF saved from the print dialog after the document title.
            Route::Report => {
                let title = page_title(route).text(lang);
                state.workspace.with(|w| match w.organisation.name.trim() {
                    "" => title.to_string(),
                    name => format!("{name} – {title}"),
                })
            }
            _ => page_title(route).text(lang).to_string(),
        };
        format!("{page} · {}", Msg::AppName.text(lang))
    });
    Effect::new(move |_| {
        title.with(|title| {
            #[cfg(target_arch = "wasm32")]
            crate::app::browser::set_document_title(title);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = title;
        })
    });
}

fn focus_by_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::focus_element(id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// The language menu: every language SixTwo speaks, each named in its own language (so that
/// anyone finds theirs whatever the interface shows now).
#[component]
fn LanguageMenu() -> impl IntoView {
    let state = AppState::expect();
    let current = state.lang.get_untracked();
    let options = Lang::ALL
        .iter()
        .map(|&lang| {
            view! {
                <option value=lang.tag() lang=lang.tag() selected=lang == current>
                    {lang.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="lang-menu">
            <label class="lang-menu__label" for=LANGUAGE_MENU_ID>{t(Msg::LanguageLabel)}</label>
            <select
                id=LANGUAGE_MENU_ID
                class="lang-menu__select"
                // Follows the language in use, which may change after the menu (a fetched
                // language is shown once its texts arrive).
                prop:value=move || state.lang.get().tag()
                on:change=move |event| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&event)) {
                        if !lang.is_ready() {
                            // The menu shows the language in use until the new one's texts
                            // have arrived (and stays on it if they cannot).
                            event_target::<leptos::web_sys::HtmlSelectElement>(&event)
                                .set_value(state.lang.get_untracked().tag());
                        }
                        state.choose_language(lang);
                        // The menu itself was rebuilt in the new language: keep the focus on it.
                        focus_after_paint(LANGUAGE_MENU_ID);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}

#[component]
fn UndoRedo() -> impl IntoView {
    let state = AppState::expect();
    let describe = move |label: Option<crate::domain::ChangeLabel>, with: Msg, without: Msg| {
        let lang = state.lang.get_untracked();
        match label {
            Some(label) => {
                let what = i18n::describe_change(lang, &label);
                i18n::format(lang, with, &[("what", &what)])
            }
            None => without.text(lang).to_string(),
        }
    };
    view! {
        <div class="undo-redo">
            <button
                type="button"
                class="button button--quiet"
                aria-disabled=move || state.undo_info.with(|i| i.undo.is_none()).then_some("true")
                title=move || describe(state.undo_info.get().undo, Msg::UndoWhat, Msg::NothingToUndo)
                on:click=move |_| state.undo()
            >
                <span class="undo-redo__text">{t(Msg::Undo)}</span>
            </button>
            <button
                type="button"
                class="button button--quiet"
                aria-disabled=move || state.undo_info.with(|i| i.redo.is_none()).then_some("true")
                title=move || describe(state.undo_info.get().redo, Msg::RedoWhat, Msg::NothingToRedo)
                on:click=move |_| state.redo()
            >
                <span class="undo-redo__text">{t(Msg::Redo)}</span>
            </button>
        </div>
    }
}

/// The save status, always visible, and announced politely. Only settled states are
/// announced, and "saved" is announced without its time, so a screen reader hears it once
/// after a burst of typing rather than after every pause.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn SaveIndicator() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let reason_text = move |reason: &NotSavedReason| -> String {
        let reason = match reason {
            NotSavedReason::StorageFull => Msg::ReasonStorageFull.text(lang).to_string(),
            NotSavedReason::Conflict => Msg::ReasonConflict.text(lang).to_string(),
            NotSavedReason::Failed(detail) => {
                i18n::format(lang, Msg::ReasonFailed, &[("detail", detail)])
            }
        };
        i18n::format(lang, Msg::SaveNotSaved, &[("reason", &reason)])
    };
    let visible = move || match state.save.get() {
        SaveState::Fresh => Msg::SaveFresh.text(lang).to_string(),
        SaveState::Pending => Msg::SavePending.text(lang).to_string(),
        SaveState::Saved { at, .. } => {
            i18n::format(lang, Msg::SaveSaved, &[("time", &clock::local_time(at))])
        }
        SaveState::NotSaved(reason) => reason_text(&reason),
        SaveState::ReadOnly => Msg::SaveReadOnly.text(lang).to_string(),
        SaveState::MemoryOnly => Msg::SaveMemoryOnly.text(lang).to_string(),
    };
    // What the live region says: the last settled state (a pending save keeps the old text).
    let announced = Memo::new(move |previous: Option<&String>| match state.save.get() {
        SaveState::Pending => previous.cloned().unwrap_or_default(),
        SaveState::Fresh => String::new(),
        SaveState::Saved { .. } => Msg::SaveAnnounced.text(lang).to_string(),
        SaveState::NotSaved(reason) => reason_text(&reason),
        SaveState::ReadOnly => Msg::SaveReadOnly.text(lang).to_string(),
        SaveState::MemoryOnly => Msg::SaveMemoryOnly.text(lang).to_string(),
    });
    let problem = move || {
        state.save.with(|s| {
            matches!(
                s,
                SaveState::NotSaved(_) | SaveState::ReadOnly | SaveState::MemoryOnly
            )
        })
    };
    view! {
        <p class="save-status" class:save-status--problem=move || problem() data-testid="save-status">
            {move || problem().then(|| view! { <Icon kind=IconKind::Warning/> " " })}
            <span aria-hidden="true">{move || visible()}</span>
            <span class="visually-hidden" role="status">{move || announced.get()}</span>
        </p>
    }
}

/// Downloads the current workspace as JSON (the way out when storage fails).
pub fn download_workspace(state: AppState) {
    let json = state.workspace_json();
    let name = format!("sixtwo-workspace-{}.json", clock::today());
    #[cfg(target_arch = "wasm32")]
    let _ = crate::app::browser::download(&name, "application/json", &json);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, json);
}

/// Warnings about storage that need the user: memory only, storage full, another tab.
#[component]
fn Banners() -> impl IntoView {
    let state = AppState::expect();
    let memory_only = move || state.save.with(|s| matches!(s, SaveState::MemoryOnly));
    let full = move || {
        state
            .save
            .with(|s| matches!(s, SaveState::NotSaved(NotSavedReason::StorageFull)))
    };
    let conflict = move || {
        state
            .storage
            .with(|s| matches!(s, StorageView::Conflict(_)))
    };
    let theirs_readable = move || {
        state
            .storage
            .with(|s| matches!(s, StorageView::Conflict(Some(_))))
    };
    let conflict_body = move || {
        let lang = state.lang.get();
        state.storage.with(|view| match view {
            StorageView::Conflict(Some(conflict)) if !conflict.problems.is_empty() => {
                let problem = conflict
                    .problems
                    .first()
                    .map(|problem| i18n::describe_problem(lang, problem))
                    .unwrap_or_default();
                i18n::format(lang, Msg::ConflictWholeBody, &[("problem", &problem)])
            }
            StorageView::Conflict(Some(conflict)) => {
                let records = i18n::describe_tab_conflicts(lang, &conflict.records);
                i18n::format(lang, Msg::ConflictBody, &[("records", &records)])
            }
            _ => Msg::ConflictUnreadableBody.text(lang).to_string(),
        })
    };
    view! {
        <div class="banners">
            <UpdateNotice/>
            <crate::ui::panels::workspace_switcher::GoneBanner/>
            <Shown when=memory_only>
                <Banner id="banner-memory" title=Msg::MemoryOnlyTitle body=t(Msg::MemoryOnlyBody)>
                    <button type="button" class="button" on:click=move |_| download_workspace(state)>
                        {t(Msg::DownloadData)}
                    </button>
                </Banner>
            </Shown>
            <Shown when=full>
                <Banner id="banner-full" title=Msg::StorageFullTitle body=t(Msg::StorageFullBody)>
                    <button type="button" class="button" on:click=move |_| download_workspace(state)>
                        {t(Msg::DownloadData)}
                    </button>
                </Banner>
            </Shown>
            <crate::ui::panels::unsaved::UnsavedChanges/>
            <Shown when=conflict>
                <Banner id="banner-conflict" title=Msg::ConflictTitle body=Signal::derive(conflict_body)>
                    <Shown when=theirs_readable>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.resolve_conflict(ConflictChoice::UseTheirs)
                        >
                            {t(Msg::ConflictUseTheirs)}
                        </button>
                    </Shown>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| state.resolve_conflict(ConflictChoice::KeepMine)
                    >
                        {t(Msg::ConflictKeepMine)}
                    </button>
                    <button type="button" class="button button--quiet" on:click=move |_| download_workspace(state)>
                        {t(Msg::ConflictDownloadMine)}
                    </button>
                </Banner>
            </Shown>
        </div>
    }
}

/// "A new version of SixTwo is available — Reload". Reload saves the work first and reloads
/// into the new build only if that worked; otherwise an alert says why and nothing reloads.
#[component]
fn UpdateNotice() -> impl IntoView {
    let state = AppState::expect();
    let shown = move || state.update.with(|update| *update != AppUpdate::Current);
    let blocker = move || match state.update.get() {
        AppUpdate::Blocked(blocker) => Some(blocker),
        _ => None,
    };
    let reload = move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::app::updates::reload_into_update(state);
        #[cfg(not(target_arch = "wasm32"))]
        state.accept_update();
    };
    view! {
        // The live region is there before the notice, so that screen readers announce it.
        <div class="update-notice" role="status" data-testid="update-notice">
            <Shown when=shown>
                <div class="banner banner--info">
                    <h2 class="banner__title">{t(Msg::UpdateAvailable)}</h2>
                    <p>{t(Msg::UpdateBody)}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=reload>
                            {t(Msg::UpdateReload)}
                        </button>
                    </div>
                </div>
            </Shown>
        </div>
        {move || {
            blocker()
                .map(|blocker| {
                    view! {
                        <p class="banner banner--warning" role="alert">
                            <Icon kind=IconKind::Warning/>
                            " "
                            {reload_blocker_text(state.lang.get_untracked(), &blocker)}
                        </p>
                    }
                })
        }}
    }
}

/// Why the page did not reload into the new build, in `lang`.
fn reload_blocker_text(lang: Lang, blocker: &ReloadBlocker) -> String {
    match blocker {
        ReloadBlocker::StorageFull => Msg::UpdateBlockedStorageFull.text(lang).to_string(),
        ReloadBlocker::Conflict => Msg::UpdateBlockedConflict.text(lang).to_string(),
        ReloadBlocker::MemoryOnly => Msg::UpdateBlockedMemoryOnly.text(lang).to_string(),
        ReloadBlocker::Failed(detail) => {
            i18n::format(lang, Msg::UpdateBlockedFailed, &[("detail", detail)])
        }
    }
}
