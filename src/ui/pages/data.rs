//! Where the data lives, how much of the quota it uses, the exports (the whole workspace as
//! JSON, the register and the action plan as CSV, the calendar as iCalendar), and the ways
//! to load the example or start again.

use crate::app::clock;
use crate::app::export::ExportKind;
use crate::app::AppState;
use crate::i18n::{grouped, Msg};
use crate::storage::{storage_nearly_full, QUOTA_UTF16_UNITS};
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::components::widgets::{ConfirmDialog, ConfirmStyle};
use crate::ui::panels::example_library::MoreExamples;
use crate::ui::panels::load_example::{
    ExampleLoadStatus, ExampleNote, ExampleOffer, LoadExampleButton,
};
use crate::ui::panels::reminder::ExportReminder;
use leptos::prelude::*;

/// The exports in the order offered: what each button says, its one-line explanation and
/// the id of that explanation.
const EXPORTS: [(ExportKind, Msg, Msg, &str); 4] = [
    (
        ExportKind::Workspace,
        Msg::ExportWorkspaceJson,
        Msg::ExportWorkspaceJsonHelp,
        "export-json-help",
    ),
    (
        ExportKind::Register,
        Msg::ExportRegisterCsv,
        Msg::ExportRegisterCsvHelp,
        "export-register-help",
    ),
    (
        ExportKind::Plan,
        Msg::ExportPlanCsv,
        Msg::ExportPlanCsvHelp,
        "export-plan-help",
    ),
    (
        ExportKind::Calendar,
        Msg::ExportCalendar,
        Msg::ExportCalendarHelp,
        "export-calendar-help",
    ),
];

#[component]
pub fn DataPage() -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    // The quota is shared by every workspace: the total is what counts, and decides the warning.
    let usage = move || match state.stored_units() {
        Some(_) => {
            let units = state.total_stored_units();
            let percent = units as f64 * 100.0 / QUOTA_UTF16_UNITS as f64;
            state.tf(
                Msg::DataUsage,
                &[
                    ("used", &grouped(units as u64)),
                    ("quota", &grouped(QUOTA_UTF16_UNITS as u64)),
                    ("percent", &format!("{percent:.1}")),
                ],
            )
        }
        None => state.t(Msg::DataUsageUnknown).to_string(),
    };
    let this_workspace = move || {
        let units = state.active_stored_units();
        let percent = units as f64 * 100.0 / QUOTA_UTF16_UNITS as f64;
        state.tf(
            Msg::WorkspacesUsageThis,
            &[
                ("used", &grouped(units as u64)),
                ("percent", &format!("{percent:.1}")),
            ],
        )
    };
    let nearly_full = move || storage_nearly_full(state.total_stored_units());
    let persistence = move || {
        let lang = state.lang.get();
        match state.persistent_storage.get() {
            Some(true) => Msg::DataPersistentGranted.text(lang),
            Some(false) => Msg::DataPersistentNotGranted.text(lang),
            None => Msg::DataPersistentUnknown.text(lang),
        }
    };
    view! {
        <PageTitle text=t(Msg::DataTitle)/>
        <ExportReminder/>
        <p>{t(Msg::DataWhere)}</p>
        <p data-testid="storage-usage">{move || usage()}</p>
        <p data-testid="storage-usage-workspace">{move || this_workspace()}</p>
        <Shown when=nearly_full>
            <p class="warning" data-testid="storage-warning">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DataUsageWarning)}
            </p>
        </Shown>
        <p data-testid="storage-persistence">{move || persistence()}</p>
        <ExportSection/>
        <crate::ui::pages::import::ImportSection/>
        <crate::ui::panels::thresholds::ThresholdsSection/>
        <section class="panel" aria-labelledby="example-title">
            <h2 id="example-title">{t(Msg::LoadExample)}</h2>
            <p>{t(Msg::DataExampleHelp)}</p>
            <ExampleOffer/>
            <LoadExampleButton/>
            <ExampleLoadStatus/>
            <MoreExamples/>
            <ExampleNote/>
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

/// The four exports, each a button with its explanation, and when this browser last
/// exported the workspace as JSON.
#[component]
fn ExportSection() -> impl IntoView {
    let state = AppState::expect();
    let last_export = move || match state.export_record.with(|record| record.last_at) {
        Some(at) => state.tf(
            Msg::ExportLastJson,
            &[("time", &clock::local_date_time(at))],
        ),
        None => state.t(Msg::ExportNeverJson).to_string(),
    };
    let items = EXPORTS
        .into_iter()
        .map(|(kind, label, help, help_id)| {
            let class = if kind == ExportKind::Workspace {
                "button button--primary"
            } else {
                "button"
            };
            view! {
                <li class="export-list__item">
                    <button
                        type="button"
                        class=class
                        aria-describedby=help_id
                        on:click=move |_| state.export(kind)
                    >
                        {t(label)}
                    </button>
                    <p id=help_id class="export-list__help">{t(help)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="export-title">
            <h2 id="export-title">{t(Msg::ExportTitle)}</h2>
            <p>{t(Msg::ExportIntro)}</p>
            <ul class="export-list">{items}</ul>
            <p class="export-list__last" data-testid="last-export">{move || last_export()}</p>
        </section>
    }
}
