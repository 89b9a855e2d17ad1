//! The reminder to export: a quiet panel (not an alert, never modal) on the overview and the
//! Data page when changes older than seven days are in no exported file, with "Export now"
//! and "Not now".

use crate::app::clock;
use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PAGE_TITLE_ID;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

/// The reminder's heading, which names it.
const REMINDER_TITLE_ID: &str = "export-reminder-title";

#[component]
pub fn ExportReminder() -> impl IntoView {
    let state = AppState::expect();
    let body = move || {
        let since = state
            .export_record
            .with(|record| record.unexported_since)
            .map(clock::local_date_time)
            .unwrap_or_default();
        state.tf(Msg::ReminderBody, &[("date", &since)])
    };
    // The buttons disappear with the reminder: keep keyboard focus at the top of the page
    // rather than letting it fall back to the document.
    let then_focus_heading = || focus_after_paint(PAGE_TITLE_ID);
    view! {
        <Shown when=move || state.export_reminder_due()>
            <section class="reminder" aria-labelledby=REMINDER_TITLE_ID data-testid="export-reminder">
                <h2 id=REMINDER_TITLE_ID class="reminder__title">
                    <Icon kind=IconKind::Info/>
                    " "
                    {t(Msg::ReminderTitle)}
                </h2>
                <p>{move || body()}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class="button button--primary"
                        on:click=move |_| {
                            state.export_backup();
                            then_focus_heading();
                        }
                    >
                        {t(Msg::ReminderExportNow)}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.snooze_export_reminder();
                            then_focus_heading();
                        }
                    >
                        {t(Msg::ReminderNotNow)}
                    </button>
                </div>
            </section>
        </Shown>
    }
}
