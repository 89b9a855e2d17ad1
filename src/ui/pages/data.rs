//! Where the data lives, how much of the quota it uses, and the ways to download, load the
//! example or start again.

use super::{LoadExampleButton, PageTitle};
use crate::app::AppState;
use crate::i18n::Msg;
use crate::storage::QUOTA_UTF16_UNITS;
use crate::ui::shell::download_workspace;
use crate::ui::widgets::t;
use crate::ui::widgets::{ConfirmDialog, ConfirmStyle};
use leptos::prelude::*;

#[component]
pub fn DataPage() -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let usage = move || match state.stored_units() {
        Some(units) => {
            let percent = units as f64 * 100.0 / QUOTA_UTF16_UNITS as f64;
            state.tf(
                Msg::DataUsage,
                &[
                    ("used", &units.to_string()),
                    ("quota", &QUOTA_UTF16_UNITS.to_string()),
                    ("percent", &format!("{percent:.1}")),
                ],
            )
        }
        None => state.t(Msg::DataUsageUnknown).to_string(),
    };
    view! {
        <PageTitle text=t(Msg::DataTitle)/>
        <p>{t(Msg::DataWhere)}</p>
        <p data-testid="storage-usage">{usage}</p>
        <section class="panel" aria-labelledby="download-title">
            <h2 id="download-title">{t(Msg::DownloadData)}</h2>
            <p>{t(Msg::DataDownloadHelp)}</p>
            <button type="button" class="button button--primary" on:click=move |_| download_workspace(state)>
                {t(Msg::DownloadData)}
            </button>
        </section>
        <section class="panel" aria-labelledby="example-title">
            <h2 id="example-title">{t(Msg::LoadExample)}</h2>
            <p>{t(Msg::DataExampleHelp)}</p>
            <LoadExampleButton/>
        </section>
        <section class="panel" aria-labelledby="empty-title">
            <h2 id="empty-title">{t(Msg::DataEmptyTitle)}</h2>
            <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                {t(Msg::DataEmptyWorkspace)}
            </button>
        </section>
        <ConfirmDialog
            open=confirming
            title=t(Msg::DataEmptyTitle)
            body=t(Msg::DataEmptyBody)
            confirm=Msg::DataEmptyConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || {
                let _ = state.empty_workspace();
            }
        />
    }
}
