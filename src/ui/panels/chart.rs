//! A KPI's trend in plain SVG: the chart on the objective's page (values, target line or band,
//! baseline, dated axes) with its one-line summary and a data table everyone can open, and
//! the small sparklines of the register and the tree.
//!
//! The geometry and the words come from the pure layers (`domain::trend`, `i18n::trend`);
//! here they become elements. The SVG drawings use `currentColor`, so they follow forced
//! colours; the chart is one image with a name, described by its visible summary, and each
//! sparkline is decorative next to text that says the same.

use crate::app::AppState;
use crate::domain::trend::{
    chart, series, sparkline, summarise, ChartGeometry, SparklineGeometry, TargetMark, Tick,
};
use crate::domain::{Kpi, KpiId, ObjectiveId};
use crate::i18n::trend::{chart_name, describe_trend, sparkline_text, value_text, value_with_unit};
use crate::i18n::{format, Lang, Msg};
use crate::ui::components::format::{kpi_target, number};
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{dom_id, t};
use leptos::prelude::*;

/// The chart's view box; it scales to the width of its column.
const CHART_WIDTH: f64 = 640.0;
const CHART_HEIGHT: f64 = 240.0;
/// A sparkline's size in CSS pixels.
const SPARK_WIDTH: f64 = 64.0;
const SPARK_HEIGHT: f64 = 18.0;
/// How many KPIs of an objective get a sparkline in the register and the tree (as many as the
/// tree's glance at the KPIs names).
pub const SPARKLINES_PER_OBJECTIVE: usize = 2;

/// One row of the chart's data table.
#[derive(Clone, Debug, PartialEq)]
struct TableRow {
    date: String,
    value: String,
    note: String,
}

/// Everything the chart shows, in the user's language: computed once per change of the KPI.
#[derive(Clone, Debug, PartialEq)]
struct ChartModel {
    /// The image's accessible name ("Trend of MTTR").
    name: String,
    summary: String,
    caption: String,
    unit: String,
    geometry: ChartGeometry,
    target_label: Option<String>,
    baseline_label: Option<String>,
    rows: Vec<TableRow>,
}

fn chart_model(lang: Lang, kpi: &Kpi) -> Option<ChartModel> {
    let geometry = chart(kpi, CHART_WIDTH, CHART_HEIGHT)?;
    let summary = summarise(kpi)?;
    let target = kpi_target(kpi);
    Some(ChartModel {
        name: chart_name(lang, kpi),
        summary: describe_trend(lang, kpi, &summary),
        caption: format(lang, Msg::TrendTableCaption, &[("name", kpi.name.trim())]),
        unit: kpi.unit.trim().to_string(),
        target_label: geometry
            .target
            .is_some()
            .then(|| format(lang, Msg::TrendTargetLabel, &[("target", &target)])),
        baseline_label: geometry.baseline.map(|(value, _)| {
            format(
                lang,
                Msg::TrendBaselineLabel,
                &[("value", &value_with_unit(kpi, value))],
            )
        }),
        rows: series(kpi)
            .into_iter()
            .map(|m| TableRow {
                date: m.date.to_string(),
                value: value_text(lang, kpi, m.value),
                note: m.note.clone(),
            })
            .collect(),
        geometry,
    })
}

/// Pixels as SVG attribute text, to one decimal.
fn px(value: f64) -> String {
    number((value * 10.0).round() / 10.0)
}

/// The trend chart of the KPI `kpi` of `objective`, as its page shows it.
#[component]
pub fn KpiTrend(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
    let state = AppState::expect();
    let current = Signal::derive(move || {
        state
            .with_objective(objective, |o| o.kpis.iter().find(|k| k.id == kpi).cloned())
            .flatten()
    });
    view! { <TrendChart kpi=current/> }
}

/// A KPI's trend chart with its summary and data table, or a short note while it has no
/// measurements.
#[component]
pub fn TrendChart(
    /// The KPI to draw (none draws nothing but the note).
    #[prop(into)]
    kpi: Signal<Option<Kpi>>,
) -> impl IntoView {
    let state = AppState::expect();
    let model = Memo::new(move |_| {
        let lang = state.lang.get();
        kpi.with(|kpi| kpi.as_ref().and_then(|kpi| chart_model(lang, kpi)))
    });
    let has_data = move || model.with(Option::is_some);
    let read = move |get: fn(&ChartModel) -> String| {
        move || model.with(|m| m.as_ref().map(get).unwrap_or_default())
    };
    let summary_id = dom_id("trend-summary");
    view! {
        <Shown
            when=has_data
            fallback=move || view! {
                <p class="trend__empty" data-testid="trend-empty">{t(Msg::TrendNoMeasurements)}</p>
            }
        >
            <figure class="trend" data-testid="trend-chart">
                <svg
                    class="trend__svg"
                    viewBox=format!("0 0 {} {}", number(CHART_WIDTH), number(CHART_HEIGHT))
                    role="img"
                    aria-label=read(|m| m.name.clone())
                    aria-describedby=summary_id.clone()
                    focusable="false"
                >
                    {move || model.get().map(|m| view! { <ChartDrawing model=m/> })}
                </svg>
                <figcaption id=summary_id.clone() class="trend__summary" data-testid="trend-summary">
                    {read(|m| m.summary.clone())}
                </figcaption>
                <details class="trend__data">
                    <summary>{t(Msg::TrendDataTable)}</summary>
                    <table class="trend__table">
                        <caption>{read(|m| m.caption.clone())}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::TrendColumnDate)}</th>
                                <th scope="col">{t(Msg::TrendColumnValue)}</th>
                                <th scope="col">{t(Msg::TrendColumnNote)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || model.with(|m| {
                                m.as_ref().map(|m| m.rows.clone()).unwrap_or_default()
                                    .into_iter()
                                    .map(|row| view! {
                                        <tr>
                                            <td class="trend__date">{row.date}</td>
                                            <td class="trend__value">{row.value}</td>
                                            <td>{row.note}</td>
                                        </tr>
                                    })
                                    .collect_view()
                            })}
                        </tbody>
                    </table>
                </details>
            </figure>
        </Shown>
    }
}

/// Where a date label is anchored: the outer ones inwards, so they stay inside the chart.
fn date_anchor(index: usize, count: usize) -> &'static str {
    match (index, count) {
        (_, 1) => "middle",
        (0, _) => "start",
        (i, n) if i + 1 == n => "end",
        _ => "middle",
    }
}

/// The inside of the chart's `<svg>`: grid, axes, target, baseline, values.
#[component]
fn ChartDrawing(model: ChartModel) -> impl IntoView {
    let ChartModel {
        geometry: g,
        unit,
        target_label,
        baseline_label,
        ..
    } = model;
    let plot = g.plot;
    let (left, right, top, bottom) = (px(plot.left), px(plot.right), plot.top, plot.bottom);
    let grid = g
        .value_ticks
        .iter()
        .map(|Tick { value, position }| {
            let y = px(*position);
            view! {
                <line class="trend__grid" x1=left.clone() x2=right.clone() y1=y.clone() y2=y.clone()></line>
                <text class="trend__tick" x=px(plot.left - 6.0) y=px(position + 4.0) text-anchor="end">
                    {number(*value)}
                </text>
            }
        })
        .collect_view();
    let count = g.date_ticks.len();
    let dates = g
        .date_ticks
        .iter()
        .enumerate()
        .map(|(index, Tick { value, position })| {
            let x = px(*position);
            view! {
                <line class="trend__axis" x1=x.clone() x2=x.clone() y1=px(bottom) y2=px(bottom + 5.0)></line>
                <text class="trend__tick" x=x y=px(bottom + 19.0) text-anchor=date_anchor(index, count)>
                    {value.to_string()}
                </text>
            }
        })
        .collect_view();
    let target = g.target.map(|mark| {
        let label = target_label.clone().unwrap_or_default();
        let (edge_top, band) = match mark {
            TargetMark::Line { y, .. } => (y, None),
            TargetMark::Band { y_low, y_high, .. } => (y_high, Some((y_low, y_high))),
        };
        let band_view = band.map(|(y_low, y_high)| {
            view! {
                <rect
                    class="trend__band"
                    x=left.clone()
                    y=px(y_high)
                    width=px(plot.right - plot.left)
                    height=px((y_low - y_high).max(1.0))
                ></rect>
                <line class="trend__target" x1=left.clone() x2=right.clone() y1=px(y_low) y2=px(y_low)></line>
            }
        });
        view! {
            <g class="trend__target-group">
                {band_view}
                <line class="trend__target" x1=left.clone() x2=right.clone() y1=px(edge_top) y2=px(edge_top)></line>
                <text class="trend__label" x=px(plot.right - 4.0) y=px(edge_top - 5.0) text-anchor="end">
                    {label}
                </text>
            </g>
        }
    });
    let baseline = g.baseline.map(|(_, y)| {
        view! {
            <g class="trend__baseline-group">
                <line class="trend__baseline" x1=left.clone() x2=right.clone() y1=px(y) y2=px(y)></line>
                <text class="trend__label" x=px(plot.left + 4.0) y=px(y - 5.0)>
                    {baseline_label.clone().unwrap_or_default()}
                </text>
            </g>
        }
    });
    let last = g.points.len().saturating_sub(1);
    let points = g
        .points
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let radius = if index == last { "5" } else { "3.5" };
            view! { <circle class="trend__point" cx=px(p.x) cy=px(p.y) r=radius></circle> }
        })
        .collect_view();
    view! {
        {grid}
        // Above the value labels, from the left edge, so a long unit is never cut off.
        <text class="trend__unit" x="4" y=px(top - 10.0)>{unit}</text>
        <line class="trend__axis" x1=left.clone() x2=right.clone() y1=px(bottom) y2=px(bottom)></line>
        {dates}
        {baseline}
        {target}
        <g class="trend__values">
            <polyline class="trend__line" points=g.polyline.clone()></polyline>
            {points}
        </g>
    }
}

/// What a sparkline shows for one KPI, and the text that says it.
#[derive(Clone, Debug, PartialEq)]
pub struct SparkData {
    pub geometry: SparklineGeometry,
    pub text: String,
}

/// The sparkline of `kpi`; `None` while it has no measurements.
pub fn spark_data(lang: Lang, kpi: &Kpi) -> Option<SparkData> {
    let summary = summarise(kpi)?;
    Some(SparkData {
        geometry: sparkline(kpi, SPARK_WIDTH, SPARK_HEIGHT)?,
        text: sparkline_text(lang, kpi, &summary),
    })
}

/// The sparklines of an objective's first KPIs that have measurements, for the register and
/// the tree (which memoise them per row, so only a changed KPI repaints).
pub fn objective_sparks(lang: Lang, kpis: &[Kpi]) -> Vec<SparkData> {
    kpis.iter()
        .filter_map(|kpi| spark_data(lang, kpi))
        .take(SPARKLINES_PER_OBJECTIVE)
        .collect()
}

/// A tiny line of a KPI's values. The drawing is hidden from assistive technology; the text
/// beside it (visually hidden, and the tooltip) says which way the KPI went and where it is.
#[component]
pub fn Sparkline(data: SparkData) -> impl IntoView {
    let SparkData { geometry, text } = data;
    let (x, y) = geometry.latest;
    let tooltip = text.clone();
    view! {
        <span class="sparkline" title=tooltip data-testid="sparkline">
            <svg
                class="sparkline__svg"
                viewBox=format!("0 0 {} {}", number(SPARK_WIDTH), number(SPARK_HEIGHT))
                width=number(SPARK_WIDTH)
                height=number(SPARK_HEIGHT)
                aria-hidden="true"
                focusable="false"
            >
                <polyline points=geometry.polyline></polyline>
                <circle cx=px(x) cy=px(y) r="2"></circle>
            </svg>
            <span class="visually-hidden">{text}</span>
        </span>
    }
}

/// The sparklines of one objective, or nothing.
#[component]
pub fn Sparklines(#[prop(into)] sparks: Signal<Vec<SparkData>>) -> impl IntoView {
    reactive_view(move || {
        sparks
            .get()
            .into_iter()
            // The space keeps the texts apart in the accessible name of a tree item.
            .map(|data| view! { <Sparkline data=data/> " " })
            .collect_view()
    })
}
