//! The communication panel of an objective's page (clause 6.2.1 e): when it was last
//! communicated, whether it needs communicating, its records and the way to record one.

use crate::app::{AppState, Route};
use crate::domain::{Communication, ObjectiveId};
use crate::i18n::Msg;
use crate::ui::components::show_all::{latest, ShowAllToggle};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::panels::communication_marker::{status_of, DueFlag};
use leptos::prelude::*;

const COMM_ENTRIES_ID: &str = "communication-entries";

/// "Last communicated <date>" or "Never communicated", the "changed since" flag, the
/// objective's records (the latest few until "Show all") and the way to record a
/// communication, on an objective's detail view.
#[component]
pub fn CommunicationPanel(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let status = Memo::new(move |_| status_of(state, id, |_| true));
    // This objective's records, newest first (the later record first on one day).
    let list = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut list: Vec<(usize, Communication)> = w
                .communications
                .iter()
                .filter(|c| c.objectives.contains(&id))
                .cloned()
                .enumerate()
                .collect();
            crate::domain::sorting::sort_by(&mut list, |(a_at, a), (b_at, b)| {
                b.date.cmp(&a.date).then(b_at.cmp(a_at))
            });
            list.into_iter().map(|(_, c)| c).collect::<Vec<_>>()
        })
    });
    let records = Memo::new(move |_| list.with(Vec::len));
    let show_all = RwSignal::new(false);
    let entry = move |record: Communication| {
        let date = record.date.to_string();
        let context = state.tf(Msg::CommRecordOf, &[("date", &date)]);
        let facts: Vec<String> = [&record.audience, &record.channel, &record.by_whom]
            .into_iter()
            .map(|text| text.trim().to_string())
            .filter(|text| !text.is_empty())
            .collect();
        view! {
            <li class="comm-entry" data-testid="communication-entry">
                <span class="date-text">{date}</span>
                " · "
                {facts.join(" · ")}
                {(!record.summary.trim().is_empty()).then(|| format!(": {}", record.summary.trim()))}
                " "
                <a href=Route::EditCommunication(record.id).href()>
                    {t(Msg::ObjpageCommEdit)}
                    <span class="visually-hidden">" " {context}</span>
                </a>
            </li>
        }
    };
    view! {
        <section class="objective-subsection" aria-labelledby="communicated-title" data-testid="communication-status">
            <h3 id="communicated-title">{t(Msg::CommPanelTitle)}</h3>
            <p class="comm-status">
                {move || status.get().map(|status| {
                    let last = match status.last {
                        Some(date) => view! {
                            <span class="comm-flag">
                                <Icon kind=IconKind::Check/>
                                " "
                                {state.tf(Msg::CommLastCommunicated, &[("date", &date.to_string())])}
                            </span>
                        }.into_any(),
                        None => ().into_any(),
                    };
                    view! {
                        {last}
                        {status.due.map(|due| view! { " " <DueFlag due=due/> })}
                    }
                })}
            </p>
            <p class="result-count">
                {move || state.tf(Msg::CommRecordCount, &[("count", &records.get().to_string())])}
            </p>
            <Shown
                when=move || { records.get() > 0 }
                fallback=|| view! { <p class="empty">{t(Msg::ObjpageCommRecordsNone)}</p> }
            >
                <ul class="plain-list comm-entries" id=COMM_ENTRIES_ID>
                    {move || latest(list.get(), show_all.get()).into_iter().map(entry).collect_view()}
                </ul>
                <ShowAllToggle total=records all=show_all controls=COMM_ENTRIES_ID.to_string()/>
            </Shown>
            <div class="button-row">
                <a class="button" href=Route::NewCommunication { objective: Some(id) }.href()>
                    {t(Msg::RecordCommunication)}
                </a>
                <a class="button button--quiet" href=Route::Communications.href()>
                    {t(Msg::CommRegisterTitle)}
                </a>
            </div>
        </section>
    }
}
