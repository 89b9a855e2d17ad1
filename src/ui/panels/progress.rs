//! Progress and status as they look everywhere: a status written out with its icon (never
//! colour alone), percentages, the overdue flag, the compact summary of the register and the
//! tree, and an objective's progress panel (own KPIs, the children's roll-up and both
//! together).

use crate::app::{clock, AppState, Route};
use crate::domain::code::natural_cmp;
use crate::domain::progress::{
    kpi_progress, objective_start, KpiStatus, ObjectiveProgress, Share, Thresholds,
};
use crate::domain::{KpiId, Objective, ObjectiveId, Status};
use crate::i18n::Msg;
use crate::ui::components::format::{kpi_target, number};
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The words for a status.
pub fn status_msg(status: KpiStatus) -> Msg {
    match status {
        KpiStatus::OnTrack => Msg::ProgressOnTrack,
        KpiStatus::AtRisk => Msg::ProgressAtRisk,
        KpiStatus::OffTrack => Msg::ProgressOffTrack,
        KpiStatus::NotMeasured => Msg::ProgressNoData,
        KpiStatus::NoTarget => Msg::ProgressNoTarget,
    }
}

/// A share (0–1) as a whole percentage. Rounded down, so "100 %" only ever means done.
pub fn percent_text(state: AppState, share: f64) -> String {
    let percent = if share >= 1.0 {
        100.0
    } else {
        (share.max(0.0) * 100.0).floor()
    };
    state.tf(Msg::ProgressPercent, &[("percent", &number(percent))])
}

/// A status as an icon and words; the colour only repeats what the words say.
#[component]
pub fn ProgressBadge(#[prop(into)] status: Signal<KpiStatus>) -> impl IntoView {
    let state = AppState::expect();
    let look = move || match status.get() {
        KpiStatus::OnTrack => (IconKind::Check, "progress-status progress-status--on-track"),
        KpiStatus::AtRisk => (
            IconKind::Warning,
            "progress-status progress-status--at-risk",
        ),
        KpiStatus::OffTrack => (
            IconKind::Cross,
            "progress-status progress-status--off-track",
        ),
        KpiStatus::NotMeasured | KpiStatus::NoTarget => {
            (IconKind::Closed, "progress-status progress-status--no-data")
        }
    };
    view! {
        <span class=move || look().1 data-status=move || format!("{:?}", status.get())>
            {move || view! { <Icon kind=look().0/> }}
            <span>{move || state.t(status_msg(status.get()))}</span>
        </span>
    }
}

/// A clock: the icon of overdue measurements (decorative; the words say it).
#[component]
pub fn ClockIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
                d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.7-4-2.3V7h-2z"
                fill="currentColor"
            ></path>
        </svg>
    }
}

/// "Measurement overdue" (or how many) with a clock; nothing when none is overdue.
#[component]
pub fn OverdueFlag(#[prop(into)] count: Signal<usize>) -> impl IntoView {
    let state = AppState::expect();
    reactive_view(move || {
        let count = count.get();
        (count > 0).then(|| {
            let text = if count == 1 {
                state.t(Msg::ProgressOverdueOne).to_string()
            } else {
                state.tf(Msg::ProgressOverdueMany, &[("count", &count.to_string())])
            };
            view! {
                <span class="overdue-flag" data-testid="overdue-flag">
                    <ClockIcon/>
                    <span>{text}</span>
                </span>
            }
        })
    })
}

/// One objective's entry of the roll-up, as its own memo: a row repaints only when its
/// objective's progress really changes.
pub fn objective_progress(state: AppState, id: ObjectiveId) -> Memo<ObjectiveProgress> {
    Memo::new(move |_| {
        state
            .progress
            .with(|all| all.get(&id).cloned().unwrap_or_default())
    })
}

/// The register's and the tree's view of an objective's progress: its status and percentage,
/// its own KPIs and its children's roll-up when it has both, and overdue measurements.
#[component]
pub fn ProgressSummary(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let entry = objective_progress(state, id);
    let status = Signal::derive(move || entry.with(ObjectiveProgress::status));
    let figures = move || {
        entry.with(|entry| {
            let mut text = String::new();
            if let Some(overall) = entry.overall {
                text.push_str(&percent_text(state, overall.progress));
            }
            // Both parts are named only when there are both: otherwise they equal the whole.
            if let (Some(own), Some(children)) = (entry.own, entry.children) {
                let own = percent_text(state, own.progress);
                let children = percent_text(state, children.progress);
                text.push_str(&format!(
                    " ({}, {})",
                    state.tf(Msg::ProgressOwnShort, &[("percent", &own)]),
                    state.tf(Msg::ProgressChildrenShort, &[("percent", &children)]),
                ));
            }
            text
        })
    };
    let overdue = Signal::derive(move || entry.with(|e| e.overdue));
    view! {
        <span class="progress-summary" data-testid="progress-summary">
            <ProgressBadge status=status/>
            <span class="progress-summary__figures">{move || figures()}</span>
            <OverdueFlag count=overdue/>
        </span>
    }
}

/// What the detail view shows about one KPI's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiLine {
    pub id: KpiId,
    pub name: String,
    pub target: String,
    /// The latest value with its unit, and its date.
    pub latest: Option<(String, NaiveDate)>,
    pub progress: Option<f64>,
    pub expected: f64,
    pub status: KpiStatus,
    pub due: Option<NaiveDate>,
    pub overdue: bool,
}

/// A value with its unit, as the views show it ("30 minutes", "85 %").
pub fn value_with_unit(value: f64, unit: &str) -> String {
    if unit.trim().is_empty() {
        number(value)
    } else {
        format!("{} {}", number(value), unit.trim())
    }
}

/// The progress of each KPI of `objective` on `today`.
pub fn kpi_lines(objective: &Objective, today: NaiveDate, limits: Thresholds) -> Vec<KpiLine> {
    let start = objective_start(objective).unwrap_or(today);
    let active = objective.status == Status::Active;
    objective
        .kpis
        .iter()
        .map(|kpi| {
            let progress = kpi_progress(kpi, start, today, limits);
            let due = kpi.measurement_due(start);
            KpiLine {
                id: kpi.id,
                name: kpi.name.clone(),
                target: kpi_target(kpi),
                latest: progress
                    .latest
                    .as_ref()
                    .map(|m| (value_with_unit(m.value, &kpi.unit), m.date)),
                progress: progress.progress,
                expected: progress.expected,
                status: progress.status,
                due,
                overdue: active && due.is_some_and(|due| due < today),
            }
        })
        .collect()
}

/// One KPI's progress line: status, percentage, latest value and when it is next due.
#[component]
pub fn KpiProgressLine(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
    let state = AppState::expect();
    let line = Memo::new(move |_| {
        let limits = state.workspace.with(|w| Thresholds::of(&w.settings));
        state
            .with_objective(objective, |o| {
                kpi_lines(o, clock::today(), limits)
                    .into_iter()
                    .find(|line| line.id == kpi)
            })
            .flatten()
    });
    let status = Signal::derive(move || {
        line.with(|l| l.as_ref().map_or(KpiStatus::NotMeasured, |l| l.status))
    });
    let overdue =
        Signal::derive(move || line.with(|l| usize::from(l.as_ref().is_some_and(|l| l.overdue))));
    let figures = move || {
        line.with(|line| {
            let Some(line) = line else {
                return String::new();
            };
            let mut parts = Vec::new();
            if let Some(progress) = line.progress {
                parts.push(percent_text(state, progress));
            }
            match &line.latest {
                Some((value, date)) => parts.push(state.tf(
                    Msg::ProgressLatestOn,
                    &[("value", value), ("date", &date.to_string())],
                )),
                None => parts.push(state.t(Msg::ProgressNotMeasured).to_string()),
            }
            if let (Some(due), false) = (line.due, line.overdue) {
                parts.push(state.tf(Msg::ProgressDueOn, &[("date", &due.to_string())]));
            }
            parts.join(" · ")
        })
    };
    view! {
        <p class="kpi-progress" data-testid="kpi-progress">
            <ProgressBadge status=status/>
            <span>{move || figures()}</span>
            <OverdueFlag count=overdue/>
        </p>
    }
}

/// A child as the progress panel lists it.
#[derive(Clone, Debug, PartialEq)]
struct ChildLine {
    id: ObjectiveId,
    name: String,
    progress: ObjectiveProgress,
    weight: Option<f64>,
    /// Whether it counts in the roll-up (pursued, a weight above 0 and some data).
    counted: bool,
}

/// A share's status, percentage and what was expected, as one line.
fn share_text(state: AppState, share: Share) -> String {
    let expected = percent_text(state, share.expected);
    format!(
        "{} · {}",
        percent_text(state, share.progress),
        state.tf(Msg::ProgressExpected, &[("percent", &expected)])
    )
}

/// The thresholds as percentages, for sentences.
pub fn threshold_texts(state: AppState, limits: Thresholds) -> (String, String) {
    (
        percent_text(state, limits.at_risk_below),
        percent_text(state, limits.off_track_below),
    )
}

/// An objective's progress on its detail view: overall, its own KPIs and its children's
/// roll-up side by side, each KPI and each child with its status, and the way to check in.
#[component]
pub fn ProgressPanel(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let entry = objective_progress(state, id);
    let limits = Memo::new(move |_| state.workspace.with(|w| Thresholds::of(&w.settings)));
    let kpis = Memo::new(move |_| {
        let limits = limits.get();
        state
            .with_objective(id, |o| kpi_lines(o, clock::today(), limits))
            .unwrap_or_default()
    });
    // Follows the roll-up and the children's wording, not every keystroke in this objective's
    // own title or description.
    let others_wording = state.others_wording(id);
    let children = Memo::new(move |_| {
        state.structure.get();
        others_wording.get();
        state.progress.with(|all| {
            state.workspace.with_untracked(|w| {
                let mut lines: Vec<ChildLine> = w
                    .children_of(id)
                    .map(|child| {
                        let progress = all.get(&child.id).cloned().unwrap_or_default();
                        let pursued =
                            !matches!(child.status, Status::Cancelled | Status::Superseded);
                        let counted =
                            pursued && child.weight != Some(0.0) && progress.overall.is_some();
                        ChildLine {
                            id: child.id,
                            name: format!("{} {}", child.code, child.title),
                            progress,
                            weight: child.weight,
                            counted,
                        }
                    })
                    .collect();
                crate::domain::sorting::sort_by(&mut lines, |a, b| natural_cmp(&a.name, &b.name));
                lines
            })
        })
    });
    let has_children = move || children.with(|c| !c.is_empty());
    let overall_status = Signal::derive(move || entry.with(ObjectiveProgress::status));
    let own_status =
        Signal::derive(move || entry.with(|e| e.own.map_or(KpiStatus::NotMeasured, |s| s.status)));
    let children_status = Signal::derive(move || {
        entry.with(|e| e.children.map_or(KpiStatus::NotMeasured, |s| s.status))
    });
    let overdue = Signal::derive(move || entry.with(|e| e.overdue));
    let overall_text = move || entry.with(|e| e.overall.map(|s| share_text(state, s)));
    let own_text = move || {
        entry.with(|e| {
            let detail = state.tf(
                Msg::ProgressOwnDetail,
                &[
                    ("measured", &e.kpis_measured.to_string()),
                    ("total", &e.kpis_with_target.to_string()),
                ],
            );
            match e.own {
                Some(share) => format!("{} · {detail}", share_text(state, share)),
                None => detail,
            }
        })
    };
    let children_text = move || {
        let total = children.with(Vec::len).to_string();
        entry.with(|e| {
            let detail = state.tf(
                Msg::ProgressChildrenDetail,
                &[
                    ("counted", &e.children_counted.to_string()),
                    ("total", &total),
                ],
            );
            match e.children {
                Some(share) => format!("{} · {detail}", share_text(state, share)),
                None => detail,
            }
        })
    };
    let explain = move || {
        let (at_risk, off_track) = threshold_texts(state, limits.get());
        state.tf(
            Msg::ProgressExplain,
            &[("at_risk", &at_risk), ("off_track", &off_track)],
        )
    };
    view! {
        <section class="panel progress-panel" aria-labelledby="progress-title" data-testid="progress-panel">
            <h2 id="progress-title">{t(Msg::ProgressTitle)}</h2>
            <div class="toolbar">
                <a class="button button--primary" href=Route::CheckIn(id).href()>{t(Msg::CheckIn)}</a>
            </div>
            <dl class="progress-overview">
                <div data-testid="progress-overall">
                    <dt>{t(Msg::ProgressOverall)}</dt>
                    <dd>
                        <ProgressBadge status=overall_status/>
                        " "
                        {move || overall_text().unwrap_or_else(|| state.t(Msg::ProgressNothingYet).to_string())}
                        " "
                        <OverdueFlag count=overdue/>
                    </dd>
                </div>
                <div data-testid="progress-own">
                    <dt>{t(Msg::ProgressOwn)}</dt>
                    <dd><ProgressBadge status=own_status/> " " {move || own_text()}</dd>
                </div>
                <Shown when=has_children>
                    <div data-testid="progress-children">
                        <dt>{t(Msg::ProgressChildren)}</dt>
                        <dd><ProgressBadge status=children_status/> " " {move || children_text()}</dd>
                    </div>
                </Shown>
            </dl>
            <Shown when=move || kpis.with(|k| !k.is_empty())>
                // Focusable, so the keyboard can scroll it where it is wider than the screen.
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="progress-kpis-caption">
                    <table class="progress-table">
                        <caption id="progress-kpis-caption">{t(Msg::ProgressKpisCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ProgressColumnKpi)}</th>
                                <th scope="col">{t(Msg::ProgressColumnTarget)}</th>
                                <th scope="col">{t(Msg::ProgressColumnLatest)}</th>
                                <th scope="col">{t(Msg::ProgressColumnProgress)}</th>
                                <th scope="col">{t(Msg::ProgressColumnStatus)}</th>
                                <th scope="col">{t(Msg::ProgressColumnNextDue)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || kpis.get().into_iter().map(|line| kpi_row(state, line)).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Shown>
            <Shown when=has_children>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="progress-children-caption">
                    <table class="progress-table" data-testid="progress-children-table">
                        <caption id="progress-children-caption">{t(Msg::ProgressChildrenCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ProgressColumnObjective)}</th>
                                <th scope="col">{t(Msg::ProgressColumnProgress)}</th>
                                <th scope="col">{t(Msg::ProgressColumnStatus)}</th>
                                <th scope="col">{t(Msg::ProgressColumnWeight)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || children.get().into_iter().map(|line| child_row(state, line)).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Shown>
            <p class="field__help">
                {move || explain()} " "
                <a href=Route::Data.href()>{t(Msg::ProgressChangeThresholds)}</a>
            </p>
        </section>
    }
}

/// A sentence with a date in it: the date is kept on one line (a date broken at a hyphen
/// reads as two numbers).
fn sentence_with_date(
    state: AppState,
    msg: Msg,
    date: NaiveDate,
    args: &[(&str, &str)],
) -> AnyView {
    const MARK: &str = "\u{1}";
    let mut all: Vec<(&str, &str)> = args.to_vec();
    all.push(("date", MARK));
    let text = state.tf(msg, &all);
    match text.split_once(MARK) {
        Some((before, after)) => view! {
            {before.to_string()}
            <span class="date-text">{date.to_string()}</span>
            {after.to_string()}
        }
        .into_any(),
        None => text.into_any(),
    }
}

fn kpi_row(state: AppState, line: KpiLine) -> impl IntoView {
    let latest = match &line.latest {
        Some((value, date)) => {
            sentence_with_date(state, Msg::ProgressLatestOn, *date, &[("value", value)])
        }
        None => state.t(Msg::ProgressNotMeasured).to_string().into_any(),
    };
    let progress = line
        .progress
        .map(|p| percent_text(state, p))
        .unwrap_or_else(|| "–".to_string());
    let due = match (line.due, line.overdue) {
        (Some(due), true) => sentence_with_date(state, Msg::ProgressOverdueSince, due, &[]),
        (Some(due), false) => sentence_with_date(state, Msg::ProgressDueOn, due, &[]),
        (None, _) => state.t(Msg::ProgressNoFrequency).to_string().into_any(),
    };
    let status = line.status;
    let overdue = line.overdue;
    view! {
        <tr>
            <th scope="row">{line.name}</th>
            <td>{line.target}</td>
            <td>{latest}</td>
            <td>{progress}</td>
            <td><ProgressBadge status=status/></td>
            <td>
                {overdue.then(|| view! { <ClockIcon/> " " })}
                {due}
            </td>
        </tr>
    }
}

fn child_row(state: AppState, line: ChildLine) -> impl IntoView {
    let progress = line
        .progress
        .progress()
        .map(|p| percent_text(state, p))
        .unwrap_or_else(|| "–".to_string());
    let weight = if line.counted {
        number(line.weight.unwrap_or(1.0))
    } else {
        let weight = number(line.weight.unwrap_or(1.0));
        format!("{weight} ({})", state.t(Msg::ProgressLeftOut))
    };
    let status = line.progress.status();
    view! {
        <tr>
            <th scope="row"><a href=Route::Objective(line.id).href()>{line.name}</a></th>
            <td>{progress}</td>
            <td><ProgressBadge status=status/></td>
            <td>{weight}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_carry_their_unit() {
        assert_eq!(value_with_unit(30.0, "minutes"), "30 minutes");
        assert_eq!(value_with_unit(99.5, " "), "99.5");
    }
}
