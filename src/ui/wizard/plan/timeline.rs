//! The timeline of the 6.2.2 wizard: each action's dates against the objective's target date,
//! as decorative bars and in words, with actions due after the target date pointed out.

use super::shared::Ctx;
use crate::app::AppState;
use crate::domain::conformity::target_date;
use crate::domain::wizard::PlanDraft;
use crate::i18n::Msg;
use crate::ui::components::widgets::{dom_id, t, Icon, IconKind};
use chrono::NaiveDate;
use leptos::prelude::*;

/// One action on the timeline.
#[derive(Clone, Debug, PartialEq)]
struct TimelineRow {
    /// The action's dates in words.
    text: String,
    /// Due after the objective's target date.
    late: bool,
    /// Where the bar starts and how wide it is, in percent of the track.
    bar: Option<(f64, f64)>,
}

/// The whole timeline: the target date, where it falls, and the actions.
#[derive(Clone, Debug, Default, PartialEq)]
struct TimelineData {
    target: Option<NaiveDate>,
    target_at: Option<f64>,
    rows: Vec<TimelineRow>,
    any_dates: bool,
    /// The first and last dates shown, under the tracks.
    span: Option<(NaiveDate, NaiveDate)>,
}

fn timeline_data(state: AppState, draft: &PlanDraft, target: Option<NaiveDate>) -> TimelineData {
    let dates: Vec<NaiveDate> = draft
        .plan
        .actions
        .iter()
        .flat_map(|a| [a.start, a.due])
        .flatten()
        .collect();
    let any_dates = !dates.is_empty();
    let first = dates.iter().chain(target.iter()).min().copied();
    let last = dates.iter().chain(target.iter()).max().copied();
    let at = |date: NaiveDate| -> Option<f64> {
        let (first, last) = (first?, last?);
        let span = (last - first).num_days().max(1) as f64;
        Some((date - first).num_days() as f64 / span * 100.0)
    };
    let rows = draft
        .plan
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let name = if action.what.trim().is_empty() {
                state.tf(Msg::ActionNumber, &[("number", &(i + 1).to_string())])
            } else {
                action.what.trim().to_string()
            };
            let late = matches!((action.due, target), (Some(due), Some(target)) if due > target);
            let text = if action.start.is_none() && action.due.is_none() {
                state.tf(Msg::TimelineUndated, &[("action", &name)])
            } else {
                let start = action.start.map_or_else(
                    || state.t(Msg::TimelineNoStart).to_string(),
                    |d| d.to_string(),
                );
                let due = action.due.map_or_else(
                    || state.t(Msg::TimelineNoDue).to_string(),
                    |d| d.to_string(),
                );
                state.tf(
                    Msg::TimelineRow,
                    &[("action", &name), ("start", &start), ("due", &due)],
                )
            };
            let from = action.start.or(action.due);
            let to = action.due.or(action.start);
            let bar = match (from.and_then(at), to.and_then(at)) {
                (Some(left), Some(right)) => Some((left, (right - left).max(0.0))),
                _ => None,
            };
            TimelineRow { text, late, bar }
        })
        .collect();
    TimelineData {
        target,
        target_at: target.and_then(at),
        rows,
        any_dates,
        span: first.zip(last).filter(|_| any_dates),
    }
}

/// The actions' dates against the objective's target date: a bar per action (decorative) and
/// the same in words, with "due after the target date" written out where it applies.
pub fn timeline(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let heading_id = dom_id("timeline");
    let labelled_by = heading_id.clone();
    let data = Memo::new(move |_| {
        ctx.read(|draft| {
            let target = state.with_objective(draft.objective, target_date).flatten();
            timeline_data(state, draft, target)
        })
        .unwrap_or_default()
    });
    view! {
        <section class="timeline" aria-labelledby=labelled_by data-testid="timeline">
            <h3 id=heading_id>{t(Msg::TimelineTitle)}</h3>
            {move || {
                let data = data.get();
                let target = match data.target {
                    Some(date) => state.tf(Msg::TimelineTarget, &[("date", &date.to_string())]),
                    None => state.t(Msg::TimelineNoTarget).to_string(),
                };
                let target_at = data.target_at;
                let rows = data
                    .rows
                    .into_iter()
                    .map(|row| {
                        let bar = row
                            .bar
                            .map(|(left, width)| {
                                view! {
                                    <span
                                        class=if row.late { "timeline__bar timeline__bar--late" } else { "timeline__bar" }
                                        style:left=format!("{left:.2}%")
                                        style:width=format!("{width:.2}%")
                                    ></span>
                                }
                            });
                        let marker = target_at
                            .map(|left| {
                                view! { <span class="timeline__target" style:left=format!("{left:.2}%")></span> }
                            });
                        view! {
                            <li class="timeline__row">
                                <span class="timeline__text">
                                    {row.text}
                                    {row
                                        .late
                                        .then(|| {
                                            view! {
                                                <span class="timeline__late">
                                                    <Icon kind=IconKind::Warning/>
                                                    " "
                                                    {t(Msg::TimelineLate)}
                                                </span>
                                            }
                                        })}
                                </span>
                                <span class="timeline__track" aria-hidden="true">{bar}{marker}</span>
                            </li>
                        }
                    })
                    .collect_view();
                let scale = data
                    .span
                    .map(|(first, last)| {
                        view! {
                            <p class="timeline__scale" aria-hidden="true">
                                <span>{first.to_string()}</span>
                                <span>{last.to_string()}</span>
                            </p>
                        }
                    });
                view! {
                    <p class="timeline__target-text">
                        <span class="timeline__key" aria-hidden="true"></span>
                        {target}
                    </p>
                    {(!data.any_dates).then(|| view! { <p class="empty">{t(Msg::TimelineNoDates)}</p> })}
                    <ul class="timeline__rows">{rows}</ul>
                    {scale}
                }
            }}
        </section>
    }
}
