//! The communication register (clause 6.2.1 e): what was communicated about which objectives,
//! to whom, through which channel, when and by whom, with optional acknowledgement. The
//! register page (sortable by date, filterable by objective, with the objectives awaiting
//! communication). The form that records or edits a record is `pages::communication_form`;
//! the objective page's panel is `panels::communication_panel`; the register's marker, the
//! "needs communicating" flag and an objective's communication status are
//! `panels::communication_marker`.

use crate::app::state::NoticeText;
use crate::app::{AppState, Route};
use crate::domain::agenda::{communication_due, CommunicationDue};
use crate::domain::code::natural_cmp;
use crate::domain::{Command, Communication, Objective, ObjectiveId, Status, TopLevel, Workspace};
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Choice, SelectField};
use crate::ui::panels::communication_marker::DueFlag;
use leptos::prelude::*;

/// Active objectives that need communicating, in code order, with why.
pub fn awaiting_communication(workspace: &Workspace) -> Vec<(ObjectiveId, CommunicationDue)> {
    let last = workspace.last_communicated();
    let mut waiting: Vec<(&Objective, CommunicationDue)> = workspace
        .objectives
        .iter()
        .filter(|o| o.status == Status::Active)
        .filter_map(|o| communication_due(o, last.get(&o.id).copied()).map(|(why, _)| (o, why)))
        .collect();
    crate::domain::sorting::sort_by(&mut waiting, |(a, _), (b, _)| natural_cmp(&a.code, &b.code));
    waiting.into_iter().map(|(o, why)| (o.id, why)).collect()
}

// ----- the register page -----

/// `#/communications`: the communication register.
#[component]
pub fn CommunicationsPage() -> impl IntoView {
    let state = AppState::expect();
    let objective_filter: RwSignal<Option<ObjectiveId>> = RwSignal::new(None);
    let newest_first = RwSignal::new(true);
    let rows = Memo::new(move |_| {
        let filter = objective_filter.get();
        let newest = newest_first.get();
        state.workspace.with(|w| {
            let mut rows: Vec<(usize, Communication)> = w
                .communications
                .iter()
                .filter(|c| filter.is_none_or(|id| c.objectives.contains(&id)))
                .cloned()
                .enumerate()
                .collect();
            // Records of the same day keep the order they were recorded in.
            crate::domain::sorting::sort_by(&mut rows, |(a_at, a), (b_at, b)| {
                a.date.cmp(&b.date).then(a_at.cmp(b_at))
            });
            if newest {
                rows.reverse();
            }
            rows.into_iter().map(|(_, c)| c).collect::<Vec<_>>()
        })
    });
    let total = move || state.workspace.with(|w| w.communications.len());
    let filter_choices = Signal::derive(move || {
        let mut choices: Vec<Choice> = vec![(String::new(), state.t(Msg::FilterAny).to_string())];
        choices.extend(
            objective_options(state)
                .into_iter()
                .map(|(id, code, title)| (id.to_string(), format!("{code} {title}"))),
        );
        choices
    });
    view! {
        <PageTitle text=t(Msg::CommRegisterTitle)/>
        <p>{t(Msg::CommRegisterIntro)}</p>
        <div class="toolbar">
            <a class="button button--primary" href=Route::NewCommunication { objective: None }.href()>
                {t(Msg::RecordCommunication)}
            </a>
        </div>
        <section class="filters comm-filters" aria-label=t(Msg::Filters)>
            <SelectField
                id="communication-filter"
                label=t(Msg::CommFilterObjective)
                choices=filter_choices
                selected=Signal::derive(move || objective_filter.get().map(|id| id.to_string()).unwrap_or_default())
                on_change=move |value: String| {
                    objective_filter.set(ObjectiveId::parse(&value));
                    Ok(())
                }
            />
        </section>
        <p class="result-count" role="status" data-testid="communication-count">
            {move || state.tf(
                Msg::CommCount,
                &[("shown", &rows.with(Vec::len).to_string()), ("total", &total().to_string())],
            )}
        </p>
        <Shown
            when=move || !rows.with(Vec::is_empty)
            fallback=move || view! {
                <p class="empty">
                    {move || if total() == 0 { state.t(Msg::CommRegisterEmpty) } else { state.t(Msg::CommNoMatch) }}
                </p>
            }
        >
            <CommunicationTable rows=rows newest_first=newest_first/>
        </Shown>
        <AwaitingCommunication/>
    }
}

/// Every objective as (id, code, title), in code order.
pub fn objective_options(state: AppState) -> Vec<(ObjectiveId, String, String)> {
    state.workspace.with(|w| {
        let mut options: Vec<(ObjectiveId, String, String)> = w
            .objectives
            .iter()
            .map(|o| (o.id, o.code.clone(), o.title.clone()))
            .collect();
        crate::domain::sorting::sort_by(&mut options, |a, b| natural_cmp(&a.1, &b.1));
        options
    })
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn CommunicationTable(
    rows: Memo<Vec<Communication>>,
    newest_first: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::expect();
    let remove = move |record: Communication| {
        let text = NoticeText::with(
            Msg::CommRemovedNotice,
            &[("date", &record.date.to_string())],
        );
        if state
            .dispatch_with_notice(Command::remove::<Communication>(TopLevel, record.id), text)
            .is_ok()
        {
            focus_after_paint(crate::ui::components::page::PAGE_TITLE_ID);
        }
    };
    let objective_links = move |ids: Vec<ObjectiveId>| {
        let links: Vec<AnyView> = ids
            .into_iter()
            .map(|id| {
                match state
                    .workspace
                    .with(|w| w.objective(id).map(|o| (o.code.clone(), o.title.clone())))
                {
                    Some((code, title)) => view! {
                        <li><a href=Route::Objective(id).href() title=title>{code}</a></li>
                    }
                    .into_any(),
                    None => view! { <li>{t(Msg::CommDeletedObjective)}</li> }.into_any(),
                }
            })
            .collect();
        view! { <ul class="inline-list">{links}</ul> }
    };
    let row = move |record: Communication| {
        let date = record.date.to_string();
        let context = state.tf(Msg::CommRecordOf, &[("date", &date)]);
        let acknowledged = record
            .acknowledged_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| state.t(Msg::CommNotAcknowledged).to_string());
        let edit = Route::EditCommunication(record.id);
        view! {
            <tr data-testid="communication-row">
                <td class="records-table__date">{date}</td>
                <td>{objective_links(record.objectives.clone())}</td>
                <td>{record.audience.clone()}</td>
                <td>{record.channel.clone()}</td>
                <td>{record.by_whom.clone()}</td>
                <td class="records-table__text">{record.summary.clone()}</td>
                <td>{acknowledged}</td>
                <crate::ui::components::page::RecordActions
                    edit=edit
                    context=context
                    on_delete=move || remove(record.clone())
                />
            </tr>
        }
    };
    let aria_sort = move || {
        if newest_first.get() {
            "descending"
        } else {
            "ascending"
        }
    };
    view! {
        <div class="table-scroll-x">
            <table class="records-table" data-testid="communication-register">
                <caption class="visually-hidden">{t(Msg::CommRegisterTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col" aria-sort=move || aria_sort()>
                            <button type="button" class="sort-button" on:click=move |_| newest_first.update(|n| *n = !*n)>
                                {t(Msg::CommDate)}
                                <span class="sort-mark" aria-hidden="true">
                                    {move || if newest_first.get() { "▼" } else { "▲" }}
                                </span>
                            </button>
                        </th>
                        <th scope="col">{t(Msg::CommObjectives)}</th>
                        <th scope="col">{t(Msg::CommAudience)}</th>
                        <th scope="col">{t(Msg::CommChannel)}</th>
                        <th scope="col">{t(Msg::CommByWhom)}</th>
                        <th scope="col">{t(Msg::CommSummary)}</th>
                        <th scope="col">{t(Msg::CommAcknowledged)}</th>
                        <th scope="col">{t(Msg::RecordActions)}</th>
                    </tr>
                </thead>
                <tbody>{move || rows.get().into_iter().map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// Active objectives never communicated, or changed since they last were.
#[component]
fn AwaitingCommunication() -> impl IntoView {
    let state = AppState::expect();
    let waiting = Memo::new(move |_| state.workspace.with(awaiting_communication));
    let item = move |(id, due): (ObjectiveId, CommunicationDue)| {
        let (code, title) = state
            .with_objective(id, |o| (o.code.clone(), o.title.clone()))
            .unwrap_or_default();
        let context = state.tf(Msg::CommAbout, &[("code", &code)]);
        view! {
            <li data-testid="awaiting-communication">
                <a href=Route::Objective(id).href()>{code} " " {title}</a>
                " "
                <DueFlag due=due/>
                " "
                <a class="button button--small" href=Route::NewCommunication { objective: Some(id) }.href()>
                    {t(Msg::RecordCommunication)}
                    <span class="visually-hidden">" " {context}</span>
                </a>
            </li>
        }
    };
    view! {
        <section class="panel" aria-labelledby="awaiting-title">
            <h2 id="awaiting-title">{t(Msg::CommAwaitingTitle)}</h2>
            <Shown
                when=move || !waiting.with(Vec::is_empty)
                fallback=move || view! { <p>{t(Msg::CommAwaitingNone)}</p> }
            >
                <ul class="awaiting-list">{move || waiting.get().into_iter().map(item).collect_view()}</ul>
            </Shown>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::RecordId;
    use crate::ui::panels::communication_marker::{communication_status, CommunicationStatus};
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn active_objectives_await_communication_until_recorded_and_again_after_a_change() {
        use crate::domain::{Level, Revision, Timestamp};
        let mut ids = SequentialIds::default();
        let created = Timestamp::from_unix_seconds(1_767_268_800); // 2026-01-01 12:00 UTC
        let mut objective = |code: &str, status| {
            let mut o = Objective::new(
                ObjectiveId::new(&mut ids),
                code,
                "x",
                Level::Operational,
                created,
            );
            o.status = status;
            o.revisions
                .push(crate::domain::command::first_revision(created));
            o
        };
        let o2 = objective("O2", Status::Active);
        let o10 = objective("O10", Status::Active);
        let draft = objective("O3", Status::Draft);
        let mut workspace = Workspace {
            objectives: vec![o10.clone(), draft.clone(), o2.clone()],
            ..Workspace::default()
        };
        assert_eq!(
            awaiting_communication(&workspace),
            vec![
                (o2.id, CommunicationDue::Never),
                (o10.id, CommunicationDue::Never)
            ],
            "active objectives only, in code order"
        );
        workspace.communications.push(Communication {
            id: RecordId::new(&mut ids),
            date: date(2026, 1, 5),
            objectives: vec![o2.id, o10.id],
            audience: "Teams".into(),
            channel: String::new(),
            by_whom: String::new(),
            summary: String::new(),
            acknowledged_on: None,
        });
        assert!(awaiting_communication(&workspace).is_empty());
        let status = communication_status(&workspace, &workspace.objectives[2]);
        assert_eq!(
            status,
            CommunicationStatus {
                last: Some(date(2026, 1, 5)),
                due: None
            }
        );
        workspace.objectives[2].revisions.push(Revision {
            number: 2,
            at: Timestamp::from_unix_seconds(1_767_268_800 + 86_400 * 40),
            ..crate::domain::command::first_revision(created)
        });
        assert_eq!(
            awaiting_communication(&workspace),
            vec![(o2.id, CommunicationDue::ChangedSince)]
        );
        assert_eq!(
            communication_status(&workspace, &draft),
            CommunicationStatus {
                last: None,
                due: Some(CommunicationDue::Never)
            }
        );
    }
}
