//! Browser tests of a KPI's trend chart: mounted on its own with a KPI, it is one image with
//! an accessible name described by its visible summary, its data table lists the measurements
//! in date order, it follows the KPI as measurements arrive, speaks Chinese, and says so
//! instead of drawing an empty chart when there is nothing to draw.
#![cfg(target_arch = "wasm32")]

mod web_support;

use chrono::NaiveDate;
use leptos::prelude::*;
use sixtwo::app::AppState;
use sixtwo::domain::{Direction, Kpi, KpiId, Measurement, RandomIds, RecordId};
use sixtwo::i18n::Lang;
use sixtwo::storage::MemoryStore;
use sixtwo::ui::panels::chart::TrendChart;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{attr, document, query_all, settle, text};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("an ISO date")
}

/// MTTR from 40 minutes towards at most 15, measured out of order, one note.
fn mttr(values: &[(&str, f64, &str)]) -> Kpi {
    let mut ids = RandomIds;
    Kpi {
        unit: "min".into(),
        direction: Direction::LowerIsBetter,
        baseline: Some(40.0),
        target: Some(15.0),
        measurements: values
            .iter()
            .map(|(day, value, note)| Measurement {
                id: RecordId::new(&mut ids),
                date: date(day),
                value: *value,
                note: (*note).into(),
                recorded_by: String::new(),
            })
            .collect(),
        ..Kpi::named(KpiId::new(&mut ids), "MTTR")
    }
}

/// A chart mounted into its own wrapper, with the app state it reads its language from.
struct MountedChart {
    wrapper: HtmlElement,
    kpi: RwSignal<Option<Kpi>>,
    _handle: Box<dyn std::any::Any>,
}

async fn mount_chart(lang: Lang, kpi: Option<Kpi>) -> MountedChart {
    let wrapper: HtmlElement = document()
        .create_element("div")
        .expect("a div can be created")
        .dyn_into()
        .expect("a div is an HTML element");
    document()
        .body()
        .expect("the page has a body")
        .append_child(&wrapper)
        .expect("the wrapper can be added");
    let (sender, receiver) = std::sync::mpsc::channel();
    let handle = leptos::mount::mount_to(wrapper.clone(), move || {
        let state = AppState::new(Box::new(MemoryStore::new()), ["en"]);
        state.lang.set(lang);
        provide_context(state);
        let kpi = RwSignal::new(kpi.clone());
        let _ = sender.send(kpi);
        view! { <TrendChart kpi=kpi/> }
    });
    let kpi = receiver.recv().expect("the chart was mounted");
    settle().await;
    MountedChart {
        wrapper,
        kpi,
        _handle: Box::new(handle),
    }
}

impl MountedChart {
    fn query(&self, selector: &str) -> Option<Element> {
        self.wrapper
            .query_selector(selector)
            .expect("the selector is valid")
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        query_all(&self.wrapper, selector)
    }

    fn image(&self) -> Element {
        self.query("svg[role=img]").expect("the chart is an image")
    }

    /// The text of the element that describes the image (`aria-describedby`).
    fn description(&self) -> String {
        let id = attr(&self.image(), "aria-describedby").expect("the image is described");
        let element = document()
            .get_element_by_id(&id)
            .expect("the description exists");
        assert!(
            self.wrapper.contains(Some(&element)),
            "the description belongs to the chart"
        );
        text(&element)
    }

    /// The data table's body rows, as their cells' texts.
    fn table_rows(&self) -> Vec<Vec<String>> {
        self.all("details table tbody tr")
            .iter()
            .map(|row| query_all(row, "td").iter().map(text).collect())
            .collect()
    }

    fn remove(self) {
        drop(self._handle);
        self.wrapper.remove();
    }
}

#[wasm_bindgen_test]
async fn the_chart_is_a_named_image_described_by_its_summary_with_a_data_table() {
    let chart = mount_chart(
        Lang::En,
        Some(mttr(&[
            ("2026-05-01", 22.0, ""),
            ("2026-01-01", 40.0, "before the new runbook"),
            ("2026-03-01", 30.0, ""),
        ])),
    )
    .await;

    let image = chart.image();
    assert_eq!(attr(&image, "aria-label").as_deref(), Some("Trend of MTTR"));
    let summary = "3 measurements from 2026-01-01 to 2026-05-01: improving, from 40 min \
                   to 22 min. Target ≤ 15 min not met: 7 min to go.";
    assert_eq!(chart.description(), summary);
    let caption = chart
        .query("figure figcaption")
        .expect("the summary is the figure's visible caption");
    assert_eq!(text(&caption), summary);

    // One marker per measurement, the value line, a labelled dashed target line, and axes
    // labelled with dates and values.
    assert_eq!(chart.all("svg .trend__point").len(), 3);
    let points = attr(
        &chart.query("svg polyline").expect("a value line"),
        "points",
    )
    .unwrap_or_default();
    assert_eq!(points.split(' ').count(), 3);
    assert!(chart.query("svg .trend__target").is_some());
    let labels: Vec<String> = chart.all("svg text").iter().map(text).collect();
    assert!(
        labels.contains(&"Target ≤ 15 min".to_string()),
        "{labels:?}"
    );
    assert!(
        labels.contains(&"Baseline 40 min".to_string()),
        "{labels:?}"
    );
    assert!(labels.contains(&"2026-01-01".to_string()), "{labels:?}");
    assert!(labels.contains(&"2026-05-01".to_string()), "{labels:?}");
    assert!(
        labels.contains(&"min".to_string()),
        "the unit labels the value axis"
    );

    // The data table: closed by default, in date order, with the notes.
    let details = chart
        .query("details")
        .expect("the table is in a disclosure");
    assert!(!details.has_attribute("open"));
    assert_eq!(
        chart.query("details summary").map(|s| text(&s)).as_deref(),
        Some("Data table")
    );
    assert_eq!(
        chart.query("details caption").map(|c| text(&c)).as_deref(),
        Some("Measurements of MTTR")
    );
    let headers: Vec<String> = chart.all("details thead th").iter().map(text).collect();
    assert_eq!(headers, ["Date", "Value", "Note"]);
    assert_eq!(
        chart.table_rows(),
        [
            ["2026-01-01", "40 min", "before the new runbook"],
            ["2026-03-01", "30 min", ""],
            ["2026-05-01", "22 min", ""],
        ]
    );
    assert!(chart.query("[data-testid=trend-empty]").is_none());
    chart.remove();
}

#[wasm_bindgen_test]
async fn without_measurements_it_says_so_instead_of_drawing_an_empty_chart() {
    let chart = mount_chart(Lang::En, Some(mttr(&[]))).await;
    assert_eq!(
        chart
            .query("[data-testid=trend-empty]")
            .map(|p| text(&p))
            .as_deref(),
        Some("No measurements yet.")
    );
    assert!(chart.query("svg").is_none(), "no empty chart");
    assert!(chart.query("table").is_none(), "no empty table");
    chart.remove();
}

#[wasm_bindgen_test]
async fn the_chart_follows_the_kpi_as_measurements_arrive() {
    let chart = mount_chart(Lang::En, Some(mttr(&[]))).await;
    assert!(chart.query("[data-testid=trend-empty]").is_some());

    chart.kpi.set(Some(mttr(&[("2026-03-01", 14.0, "")])));
    settle().await;
    assert!(chart.query("[data-testid=trend-empty]").is_none());
    assert_eq!(
        chart.description(),
        "1 measurement, on 2026-03-01: 14 min. Meets the target ≤ 15 min."
    );
    assert_eq!(chart.table_rows(), [["2026-03-01", "14 min", ""]]);

    chart.kpi.set(Some(mttr(&[
        ("2026-03-01", 14.0, ""),
        ("2026-04-01", 18.0, "incident backlog"),
    ])));
    settle().await;
    assert!(
        chart.description().contains("worsening"),
        "{}",
        chart.description()
    );
    assert_eq!(chart.table_rows().len(), 2);
    assert_eq!(chart.all("svg .trend__point").len(), 2);
    chart.remove();
}

#[wasm_bindgen_test]
async fn the_chart_speaks_chinese() {
    let chart = mount_chart(
        Lang::ZhHans,
        Some(mttr(&[("2026-01-01", 40.0, ""), ("2026-05-01", 22.0, "")])),
    )
    .await;
    assert_eq!(
        attr(&chart.image(), "aria-label").as_deref(),
        Some("MTTR的趋势")
    );
    assert_eq!(
        chart.description(),
        "2026-01-01 至 2026-05-01 共 2 次测量：从 40 min 到 22 min，正在改善。\
         未达到目标 ≤ 15 min：还差 7 min。"
    );
    assert_eq!(
        chart.query("details summary").map(|s| text(&s)).as_deref(),
        Some("数据表")
    );
    let headers: Vec<String> = chart.all("details thead th").iter().map(text).collect();
    assert_eq!(headers, ["日期", "数值", "备注"]);
    chart.remove();
}
