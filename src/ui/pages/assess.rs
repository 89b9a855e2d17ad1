//! The self-assessments: the way to take one, every assessment kept (date, assessor, score),
//! and once there are two, the trend: a bar chart of the overall score (each bar labelled with
//! its figure) and a table of the answers per question over time, with the change between
//! the two latest in words and a symbol, never by colour alone.

use crate::app::{AppState, Route};
use crate::domain::assess::{info, points, slug, trend, Trend, MAX_POINTS};
use crate::domain::model::Question;
use crate::i18n::assess::{answer_text, movement_label, question_words};
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

#[component]
pub fn AssessPage() -> impl IntoView {
    let state = AppState::expect();
    let found = Memo::new(move |_| state.workspace.with(|w| trend(&w.assessments)));
    let assessors = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.assessments
                .iter()
                .map(|a| (a.id, a.assessor.clone()))
                .collect::<Vec<_>>()
        })
    });
    let rows = move || {
        let found = found.get();
        let names = assessors.get();
        found
            .assessments
            .iter()
            .zip(&found.scores)
            .rev()
            .map(|((id, date), result)| {
                let name = names
                    .iter()
                    .find(|(known, _)| known == id)
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default();
                let date = date.to_string();
                let label = state.tf(Msg::AssessOpen, &[("date", &date)]);
                view! {
                    <tr>
                        <th scope="row">
                            <a href=Route::AssessResult(*id).href() aria-label=label>{date.clone()}</a>
                        </th>
                        <td>{name}</td>
                        <td>{format!("{} %", result.percent())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <PageTitle text=t(Msg::AssessTitle)/>
        <p class="lead">{t(Msg::AssessIntro)}</p>
        <div class="button-row">
            <a class="button button--primary" href=Route::AssessNew.href()>{t(Msg::AssessStart)}</a>
            <a class="button" href=Route::Glance.href()>{t(Msg::GlanceTitle)}</a>
        </div>
        <section class="panel">
            <h2 id="assess-history-title">{t(Msg::AssessHistoryHeading)}</h2>
            <Shown
                when=move || !found.with(|f| f.assessments.is_empty())
                fallback=|| view! { <p>{t(Msg::AssessNone)}</p> }
            >
                <div class="assess-scroll" tabindex="0" role="region" aria-label=t(Msg::AssessHistoryHeading)>
                    <table class="records-table" data-testid="assess-history">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::AssessColDate)}</th>
                                <th scope="col">{t(Msg::AssessColBy)}</th>
                                <th scope="col">{t(Msg::AssessColScore)}</th>
                            </tr>
                        </thead>
                        <tbody>{move || rows()}</tbody>
                    </table>
                </div>
            </Shown>
        </section>
        <section class="panel" data-testid="assess-trend">
            <h2 id="assess-trend-title">{t(Msg::AssessTrendHeading)}</h2>
            {move || {
                let found = found.get();
                if found.assessments.len() < 2 {
                    view! { <p>{t(Msg::AssessTrendNeedsTwo)}</p> }.into_any()
                } else {
                    view! {
                        <ScoreChart found=found.clone()/>
                        <TrendTable found=found/>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// Bars of the overall score, oldest first, each with its date and figure written out.
#[component]
fn ScoreChart(found: Trend) -> impl IntoView {
    let state = AppState::expect();
    const BAR: f64 = 56.0;
    const GAP: f64 = 24.0;
    const HEIGHT: f64 = 120.0;
    let count = found.scores.len() as f64;
    let width = count * (BAR + GAP) + GAP;
    let bars = found
        .assessments
        .iter()
        .zip(&found.scores)
        .enumerate()
        .map(|(i, ((_, date), result))| {
            let percent = result.percent();
            let x = GAP + i as f64 * (BAR + GAP);
            let height = HEIGHT * f64::from(percent) / 100.0;
            let label = state.tf(
                Msg::AssessChartBar,
                &[("date", &date.to_string()), ("percent", &percent.to_string())],
            );
            view! {
                <g>
                    <title>{label}</title>
                    <rect
                        class="assess-chart__bar"
                        x=x.to_string()
                        y=(20.0 + HEIGHT - height).to_string()
                        width=BAR.to_string()
                        height=height.max(1.0).to_string()
                    />
                    <text class="assess-chart__value" x=(x + BAR / 2.0).to_string() y=(14.0 + HEIGHT - height).to_string() text-anchor="middle">
                        {format!("{percent} %")}
                    </text>
                    <text class="assess-chart__date" x=(x + BAR / 2.0).to_string() y=(HEIGHT + 38.0).to_string() text-anchor="middle">
                        {date.to_string()}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="assess-chart">
            <svg
                role="img"
                aria-label=t(Msg::AssessChartLabel)
                viewBox=format!("0 0 {width} {}", HEIGHT + 48.0)
                width=width.to_string()
                height=(HEIGHT + 48.0).to_string()
            >
                <line class="assess-chart__axis" x1="0" x2=width.to_string() y1=(HEIGHT + 20.0).to_string() y2=(HEIGHT + 20.0).to_string()/>
                {bars}
            </svg>
            <figcaption>{t(Msg::AssessOverall)}</figcaption>
        </figure>
    }
}

/// The answers per question over time. Each cell shows the answer in words and as a small
/// row of filled squares (one per point, drawn for sighted readers only).
#[component]
fn TrendTable(found: Trend) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let heads = found
        .assessments
        .iter()
        .map(|(_, date)| view! { <th scope="col">{date.to_string()}</th> })
        .collect_view();
    let overall = found
        .scores
        .iter()
        .map(|s| view! { <td>{format!("{} %", s.percent())}</td> })
        .collect_view();
    let overall_change = found.movement.map(|m| t(movement_label(m))).unwrap_or("");
    let rows = found
        .rows
        .iter()
        .map(|row| {
            let (words, _, _) = question_words(row.question);
            let number = Question::ALL
                .iter()
                .position(|q| *q == row.question)
                .unwrap_or(0)
                + 1;
            let cells = row
                .levels
                .iter()
                .map(|level| {
                    let filled = level.and_then(points).unwrap_or(0);
                    let squares = level.and_then(points).map(|_| {
                        let marks: String = (0..MAX_POINTS)
                            .map(|i| if i < filled { '■' } else { '□' })
                            .collect();
                        view! { <span class="assess-marks" aria-hidden="true">{marks}</span> " " }
                    });
                    view! { <td>{squares}{answer_text(lang, *level)}</td> }
                })
                .collect_view();
            let change = row.movement.map(|m| t(movement_label(m))).unwrap_or("");
            view! {
                <tr data-testid=format!("assess-trend-{}", slug(row.question))>
                    <th scope="row">
                        {format!("{number}. {} ", info(row.question).clause)}
                        <span class="assess-trend__question">{t(words)}</span>
                    </th>
                    {cells}
                    <td>{change}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="assess-scroll" tabindex="0" role="region" aria-label=t(Msg::AssessTrendHeading)>
            <table class="records-table assess-trend">
                <caption>{t(Msg::AssessTrendCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::AssessColQuestion)}</th>
                        {heads}
                        <th scope="col">{t(Msg::AssessColChange)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr data-testid="assess-trend-overall">
                        <th scope="row">{t(Msg::AssessOverall)}</th>
                        {overall}
                        <td>{overall_change}</td>
                    </tr>
                    {rows}
                </tbody>
            </table>
        </div>
    }
}
