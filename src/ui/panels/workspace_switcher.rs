//! What the frame shows of the workspaces on every page: the switcher in the header, and the
//! banner when the workspace on screen was deleted in another tab (the Workspaces page itself
//! is fetched with the data views).

use crate::app::clock;
use crate::app::state::workspaces::{describe_error, display_name};
use crate::app::AppState;
use crate::i18n::Msg;
use crate::io::registry::WorkspaceId;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

/// Offers `text` for download as `name`.
pub(crate) fn download(name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = crate::app::browser::download(name, "application/json", text);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, text);
}

/// The file name of a workspace's backup: its name made safe for file systems, and the date.
pub(crate) fn backup_name(name: &str) -> String {
    crate::io::import::backup_file_name(name, clock::today())
}

/// The workspace switcher in the header: a labelled list of every workspace; choosing one
/// opens it.
#[component]
pub fn WorkspaceSwitcher() -> impl IntoView {
    let state = AppState::expect();
    let options = move || {
        let lang = state.lang.get_untracked();
        state.workspaces.with(|view| {
            let mut options: Vec<(String, String, bool)> = view
                .list
                .registry()
                .map(|registry| {
                    registry
                        .entries()
                        .map(|entry| {
                            (
                                entry.id.to_string(),
                                display_name(&entry.name, lang),
                                entry.id == view.active,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if !options.iter().any(|(_, _, active)| *active) {
                options.insert(
                    0,
                    (view.active.to_string(), state.active_workspace_name(), true),
                );
            }
            options
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if let Some(id) = WorkspaceId::parse(&chosen) {
            if id != state.active_workspace() && !state.switch_workspace(&id) {
                // Not switched: the list shows the workspace still on screen.
                state.workspaces.update(|_| {});
            }
        }
    };
    view! {
        <div class="lang-menu">
            <label for="workspace-switcher">{t(Msg::WorkspacesSwitchLabel)}</label>
            <select id="workspace-switcher" on:change=on_change data-testid="workspace-switcher">
                {move || {
                    options()
                        .into_iter()
                        .map(|(id, name, active)| view! { <option value=id selected=active>{name}</option> })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// Shown when the workspace on screen was deleted in another tab: what is on screen lives in
/// this tab only; keep it (stored again) or download it.
#[component]
pub fn GoneBanner() -> impl IntoView {
    let state = AppState::expect();
    let gone = move || state.workspaces.with(|view| view.gone.is_some());
    let problem = RwSignal::new(None::<String>);
    let on_keep = move |_| match state.keep_gone_workspace() {
        Ok(()) => problem.set(None),
        Err(error) => problem.set(Some(describe_error(state.lang.get_untracked(), &error))),
    };
    let on_download = move |_| {
        let name = state.active_workspace_name();
        download(&backup_name(&name), &state.workspace_json());
    };
    view! {
        <Shown when=gone>
            <section class="banner banner--warning" role="alert" aria-labelledby="banner-gone" data-testid="workspace-gone">
                <h2 id="banner-gone" class="banner__title">
                    <Icon kind=IconKind::Warning/>
                    " "
                    {t(Msg::WorkspacesGoneTitle)}
                </h2>
                <p>{t(Msg::WorkspacesGoneBody)}</p>
                <p>{move || problem.get()}</p>
                <div class="button-row">
                    <button type="button" class="button button--primary" on:click=on_keep>
                        {t(Msg::WorkspacesGoneKeep)}
                    </button>
                    <button type="button" class="button" on:click=on_download>
                        {t(Msg::WorkspacesGoneDownload)}
                    </button>
                </div>
            </section>
        </Shown>
    }
}
