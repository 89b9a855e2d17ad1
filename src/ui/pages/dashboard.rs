//! The overview of a non-empty workspace: the agenda (overdue, then due in the next 30 days)
//! with a link from each item to where it is done, the objectives off track or at risk, the
//! register's clause 6.2 score and the counts of objectives by level, status and progress.
//! Everything comes from the app state's `dashboard` memo; long lists show a page at a time.

use crate::app::{AppState, Route};
use crate::domain::agenda::{timing, AgendaItem, AgendaKind, Timing};
use crate::domain::dashboard::{Dashboard, TRACKS};
use crate::domain::progress::KpiStatus;
use crate::domain::wizard::PlanStep;
use crate::domain::{Level, ObjectiveId, Status};
use crate::i18n::dashboard::{describe_task, describe_timing, track_label};
use crate::i18n::{level_label, status_label, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::panels::check::ScoreBar;
use leptos::prelude::*;

/// How many rows a list shows at first, and how many more each "Show more" adds.
const PAGE_SIZE: usize = 25;

/// Where an agenda item is done: the check-in for a measurement, the review form, the plan
/// wizard's dates step for an action, its evaluation step for an evaluation, and a new
/// communication about the objective.
pub fn agenda_route(objective: ObjectiveId, kind: AgendaKind) -> Route {
    match kind {
        AgendaKind::Measurement(_) => Route::CheckIn(objective),
        AgendaKind::Review => Route::Review(objective),
        AgendaKind::Action(_) => Route::Plan {
            objective: Some(objective),
            step: Some(PlanStep::Dates),
        },
        AgendaKind::Evaluation => Route::Plan {
            objective: Some(objective),
            step: Some(PlanStep::Evaluation),
        },
        AgendaKind::Communication(_) => Route::NewCommunication {
            objective: Some(objective),
        },
    }
}

/// A short name of the kind, for tests and styling.
fn kind_name(kind: AgendaKind) -> &'static str {
    match kind {
        AgendaKind::Measurement(_) => "measurement",
        AgendaKind::Review => "review",
        AgendaKind::Action(_) => "action",
        AgendaKind::Evaluation => "evaluation",
        AgendaKind::Communication(_) => "communication",
    }
}

fn track_icon(status: KpiStatus) -> IconKind {
    match status {
        KpiStatus::OnTrack => IconKind::Check,
        KpiStatus::AtRisk => IconKind::Warning,
        KpiStatus::OffTrack => IconKind::Cross,
        KpiStatus::NotMeasured => IconKind::Info,
        KpiStatus::NoTarget => IconKind::Closed,
    }
}

fn track_class(status: KpiStatus) -> &'static str {
    match status {
        KpiStatus::OffTrack => "track track--off",
        KpiStatus::AtRisk => "track track--risk",
        _ => "track",
    }
}

/// The overview's sections, shown below the page title when the workspace is not empty.
#[component]
pub fn Dashboard() -> impl IntoView {
    let state = AppState::expect();
    // Reminders without a server: the agenda is worked out for today each time it opens.
    state.refresh_overview_day();
    view! {
        <p class="lead">{t(Msg::DashIntro)}</p>
        <AgendaSection overdue=true/>
        <AgendaSection overdue=false/>
        <AttentionSection/>
        <crate::ui::panels::exercise_guard::HideDuringExercise>
            <ConformitySection/>
        </crate::ui::panels::exercise_guard::HideDuringExercise>
        <CountsSection/>
    }
}

fn agenda_list(dashboard: &Dashboard, overdue: bool) -> &[AgendaItem] {
    if overdue {
        &dashboard.agenda.overdue
    } else {
        &dashboard.agenda.upcoming
    }
}

/// The id of the link in row `index` of the list `list`, for moving focus to it.
fn row_link_id(list: &str, index: usize) -> String {
    format!("{list}-{index}")
}

/// "Showing 25 of 140." and a button that shows the next page, while rows are hidden. The
/// button moves focus to the first row it reveals, so focus is never lost when it goes away.
#[component]
fn ShowMore(
    shown: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    list: &'static str,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <Shown when=move || { shown.get() < total.get() }>
            <p class="dashboard__more">
                <span class="result-count">
                    {move || {
                        state.tf(
                            Msg::DashShowing,
                            &[
                                ("shown", &shown.get().to_string()),
                                ("total", &total.get().to_string()),
                            ],
                        )
                    }}
                </span>
                " "
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| {
                        let first_new = shown.get_untracked();
                        shown.set(first_new + PAGE_SIZE);
                        focus_after_paint(row_link_id(list, first_new));
                    }
                >
                    {move || {
                        let next = total.get().saturating_sub(shown.get()).min(PAGE_SIZE);
                        state.tf(Msg::DashShowMore, &[("count", &next.to_string())])
                    }}
                </button>
            </p>
        </Shown>
    }
}

/// One agenda list: overdue (oldest first) or due within the horizon (soonest first).
#[component]
fn AgendaSection(overdue: bool) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(PAGE_SIZE);
    let total = Memo::new(move |_| state.dashboard.with(|d| agenda_list(d, overdue).len()));
    let (heading_id, testid, title, empty, count_msg, icon) = if overdue {
        (
            "agenda-overdue-title",
            "agenda-overdue",
            Msg::DashOverdueTitle,
            Msg::DashNothingOverdue,
            Msg::DashOverdueCount,
            IconKind::Warning,
        )
    } else {
        (
            "agenda-upcoming-title",
            "agenda-upcoming",
            Msg::DashUpcomingTitle,
            Msg::DashNothingUpcoming,
            Msg::DashUpcomingCount,
            IconKind::Info,
        )
    };
    let rows = move || {
        let lang = state.lang.get_untracked();
        let today = state.overview_day.get();
        let limit = shown.get();
        state.dashboard.with(|dashboard| {
            state.index.with(|index| {
                state.workspace.with(|workspace| {
                    agenda_list(dashboard, overdue)
                        .iter()
                        .take(limit)
                        .enumerate()
                        .filter_map(|(row, item)| {
                            let objective = workspace.objectives.get(*index.get(&item.objective)?)?;
                            let when = timing(item.due, today);
                            let icon = match when {
                                Timing::Overdue(_) => IconKind::Warning,
                                _ => IconKind::Info,
                            };
                            let task = describe_task(lang, objective, item.kind);
                            let act = agenda_route(objective.id, item.kind).href();
                            let label = format!("{} {}", objective.code, objective.title);
                            let due = item.due.to_string();
                            Some(view! {
                                <tr data-testid="agenda-item" data-kind=kind_name(item.kind)>
                                    <td class="agenda__when">
                                        <span class="agenda__timing">
                                            <Icon kind=icon/>
                                            " "
                                            {describe_timing(lang, when)}
                                        </span>
                                        " "
                                        <time class="agenda__date" datetime=due.clone()>{due.clone()}</time>
                                    </td>
                                    <td>
                                        <a id=row_link_id(testid, row) href=act>{task}</a>
                                    </td>
                                    <td>
                                        <a href=Route::Objective(objective.id).href()>{label}</a>
                                    </td>
                                </tr>
                            })
                        })
                        .collect_view()
                })
            })
        })
    };
    view! {
        <section class="panel agenda" aria-labelledby=heading_id data-testid=testid>
            <h2 id=heading_id>
                <Icon kind=icon/>
                " "
                {t(title)}
            </h2>
            <Shown
                when=move || { total.get() > 0 }
                fallback=move || view! { <p class="empty">{t(empty)}</p> }
            >
                <p class="result-count">
                    {move || state.tf(count_msg, &[("count", &total.get().to_string())])}
                </p>
                <table class="agenda__table" aria-labelledby=heading_id>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::DashColumnWhen)}</th>
                            <th scope="col">{t(Msg::DashColumnWhat)}</th>
                            <th scope="col">{t(Msg::DashColumnObjective)}</th>
                        </tr>
                    </thead>
                    <tbody>{move || rows()}</tbody>
                </table>
                <ShowMore shown=shown total=total list=testid/>
            </Shown>
        </section>
    }
}

/// The active objectives off track, then those at risk, each with a link to it.
#[component]
fn AttentionSection() -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(PAGE_SIZE);
    let total = Memo::new(move |_| state.dashboard.with(|d| d.attention.len()));
    let off_track = Memo::new(move |_| {
        state.dashboard.with(|d| {
            d.attention
                .iter()
                .filter(|a| a.status == KpiStatus::OffTrack)
                .count()
        })
    });
    let items = move || {
        let limit = shown.get();
        state.dashboard.with(|dashboard| {
            state.index.with(|index| {
                state.workspace.with(|workspace| {
                    dashboard
                        .attention
                        .iter()
                        .take(limit)
                        .enumerate()
                        .filter_map(|(row, attention)| {
                            let objective = workspace
                                .objectives
                                .get(*index.get(&attention.objective)?)?;
                            let label = format!("{} {}", objective.code, objective.title);
                            let status = attention.status;
                            Some(view! {
                                <li data-testid="attention-item">
                                    <span class=track_class(status)>
                                        <Icon kind=track_icon(status)/>
                                        " "
                                        {t(track_label(status))}
                                    </span>
                                    " "
                                    <a
                                        id=row_link_id("attention", row)
                                        href=Route::Objective(objective.id).href()
                                    >
                                        {label}
                                    </a>
                                </li>
                            })
                        })
                        .collect_view()
                })
            })
        })
    };
    view! {
        <section class="panel" aria-labelledby="attention-title" data-testid="attention">
            <h2 id="attention-title">{t(Msg::DashAttentionTitle)}</h2>
            <Shown
                when=move || { total.get() > 0 }
                fallback=move || view! { <p class="empty">{t(Msg::DashNothingOffTrack)}</p> }
            >
                <p class="result-count">
                    {move || {
                        let off = off_track.get();
                        state.tf(
                            Msg::DashAttentionCount,
                            &[
                                ("off", &off.to_string()),
                                ("risk", &(total.get() - off).to_string()),
                            ],
                        )
                    }}
                </p>
                <ul class="attention-list">{move || items()}</ul>
                <ShowMore shown=shown total=total list="attention"/>
            </Shown>
        </section>
    }
}

/// The register's clause 6.2 score as a number and a bar, with the way to the checklist.
#[component]
fn ConformitySection() -> impl IntoView {
    let state = AppState::expect();
    let score = Memo::new(move |_| state.dashboard.with(|d| d.score));
    let practice = Memo::new(move |_| state.dashboard.with(|d| d.practice));
    view! {
        <section class="panel" aria-labelledby="conformity-title" data-testid="dashboard-score">
            <h2 id="conformity-title">{t(Msg::DashScoreTitle)}</h2>
            <p class="dashboard__percent">
                {move || {
                    state.tf(
                        Msg::DashScorePercent,
                        &[("percent", &score.get().percent().to_string())],
                    )
                }}
            </p>
            {move || view! { <ScoreBar score=score.get() practice=practice.get()/> }}
            <p>
                <a href=Route::Checklist.href()>{t(Msg::DashOpenChecklist)}</a>
            </p>
        </section>
    }
}

/// A count table with levels as rows (and a total row) and `columns` as columns (and a
/// total column).
fn count_table(
    labelled_by: &'static str,
    headers: Vec<AnyView>,
    cell: impl Fn(Option<Level>, Option<usize>) -> usize,
    columns: usize,
) -> impl IntoView {
    let row = |level: Option<Level>| {
        let name = match level {
            Some(level) => t(level_label(level)),
            None => t(Msg::DashRowTotal),
        };
        let cells = (0..columns)
            .map(|column| view! { <td>{cell(level, Some(column))}</td> })
            .collect_view();
        let class = if level.is_none() { "counts__total" } else { "" };
        view! {
            <tr class=class>
                <th scope="row">{name}</th>
                {cells}
                <td class="counts__sum">{cell(level, None)}</td>
            </tr>
        }
    };
    let rows = Level::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(row)
        .collect_view();
    view! {
        <div class="counts-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class="counts" aria-labelledby=labelled_by>
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::DashColumnLevel)}</th>
                        {headers}
                        <th scope="col">{t(Msg::DashColumnTotal)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Objectives by level and lifecycle status, and active ones by level and progress.
#[component]
fn CountsSection() -> impl IntoView {
    let state = AppState::expect();
    let statuses = move || {
        state.dashboard.with(|d| {
            let counts = d.statuses.clone();
            let headers = Status::ALL
                .iter()
                .map(|status| view! { <th scope="col">{t(status_label(*status))}</th> }.into_any())
                .collect();
            count_table(
                "counts-title",
                headers,
                move |level, column| match (level, column.and_then(|c| Status::ALL.get(c))) {
                    (Some(level), Some(status)) => counts.count(level, *status),
                    (Some(level), None) => counts.level_total(level),
                    (None, Some(status)) => counts.status_total(*status),
                    (None, None) => counts.total(),
                },
                Status::ALL.len(),
            )
        })
    };
    let tracks = move || {
        state.dashboard.with(|d| {
            let counts = d.tracks.clone();
            let headers = TRACKS
                .iter()
                .map(|track| {
                    view! {
                        <th scope="col">
                            <span class=track_class(*track)>
                                <Icon kind=track_icon(*track)/>
                                " "
                                {t(track_label(*track))}
                            </span>
                        </th>
                    }
                    .into_any()
                })
                .collect();
            count_table(
                "tracks-title",
                headers,
                move |level, column| match (level, column.and_then(|c| TRACKS.get(c))) {
                    (Some(level), Some(track)) => counts.count(level, *track),
                    (Some(level), None) => counts.level_total(level),
                    (None, Some(track)) => counts.track_total(*track),
                    (None, None) => counts.total(),
                },
                TRACKS.len(),
            )
        })
    };
    view! {
        <section class="panel" data-testid="dashboard-counts">
            <h2 id="counts-title">{t(Msg::DashCountsTitle)}</h2>
            {move || statuses()}
            <h2 id="tracks-title">{t(Msg::DashTracksTitle)}</h2>
            {move || tracks()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::CommunicationDue;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{KpiId, RecordId};

    #[test]
    fn every_agenda_item_links_to_where_it_is_done() {
        let mut ids = SequentialIds::default();
        let id = ObjectiveId::new(&mut ids);
        let kpi = KpiId::new(&mut ids);
        let action = RecordId::new(&mut ids);
        assert_eq!(
            agenda_route(id, AgendaKind::Measurement(kpi)),
            Route::CheckIn(id)
        );
        assert_eq!(agenda_route(id, AgendaKind::Review), Route::Review(id));
        assert_eq!(
            agenda_route(id, AgendaKind::Action(action)),
            Route::Plan {
                objective: Some(id),
                step: Some(PlanStep::Dates)
            }
        );
        assert_eq!(
            agenda_route(id, AgendaKind::Evaluation),
            Route::Plan {
                objective: Some(id),
                step: Some(PlanStep::Evaluation)
            }
        );
        for why in [CommunicationDue::Never, CommunicationDue::ChangedSince] {
            assert_eq!(
                agenda_route(id, AgendaKind::Communication(why)),
                Route::NewCommunication {
                    objective: Some(id)
                }
            );
        }
    }
}
