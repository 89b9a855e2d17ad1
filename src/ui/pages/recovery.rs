//! Shown instead of the app when stored data cannot be read: explains what is wrong, offers
//! the raw data for download and writes nothing until the user decides.

use crate::app::clock;
use crate::app::state::StorageView;
use crate::app::AppState;
use crate::i18n::{self, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{ConfirmDialog, ConfirmStyle};
use leptos::prelude::*;

#[component]
pub fn RecoveryPage() -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let lines = move || match state.storage.get() {
        StorageView::Recovery(error) => {
            i18n::describe_decode_error(state.lang.get_untracked(), &error)
        }
        _ => Vec::new(),
    };
    let download = move |_| {
        if let Some(raw) = state.raw_stored() {
            let raw = crate::io::compact::readable(&raw);
            let name = format!("sixtwo-stored-data-{}.json", clock::today());
            #[cfg(target_arch = "wasm32")]
            let _ = crate::app::browser::download(&name, "application/json", &raw);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (name, raw);
        }
    };
    view! {
        <section class="recovery" data-testid="recovery">
            <PageTitle text=t(Msg::RecoveryTitle)/>
            <p>{t(Msg::RecoveryIntro)}</p>
            <h2>{t(Msg::RecoveryProblem)}</h2>
            <ul class="problem-list">
                {move || lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p>{t(Msg::RecoveryDownloadHelp)}</p>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=download>
                    {t(Msg::RecoveryDownload)}
                </button>
                <button type="button" class="button" on:click=move |_| confirming.set(true)>
                    {t(Msg::RecoveryStartEmpty)}
                </button>
            </div>
            <ConfirmDialog
                open=confirming
                title=t(Msg::RecoveryConfirmTitle)
                body=t(Msg::RecoveryConfirmBody)
                confirm=Msg::RecoveryConfirmYes
                style=ConfirmStyle::Danger
                on_confirm=move || state.give_up_unreadable()
            />
        </section>
    }
}
