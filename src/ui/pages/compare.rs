//! Compare with a model answer: the current workspace beside a chosen file, a model answer of
//! the catalogue or another workspace of this browser, objective by objective (matched by
//! code), read-only and printable. The comparison itself is `domain::compare`.

use super::training::item_with_clause;
use crate::app::exercises::ReadFailure;
use crate::app::state::ExampleCatalog;
use crate::app::{clock, AppState, Route};
use crate::domain::compare::{compare, Comparison, Difference, ObjectiveComparison};
use crate::domain::conformity::{ItemState, Score};
use crate::i18n::example::describe_example_problem;
use crate::i18n::{describe_file_problem, Lang, Msg};
use crate::i18n::{level_label, state_label, status_label};
use crate::io::registry::WorkspaceId;
use crate::ui::components::page::PageTitle;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::t;
use leptos::prelude::*;
use std::sync::Arc;

const FILE_INPUT_ID: &str = "compare-file";
const WORKSPACE_SELECT_ID: &str = "compare-workspace";

/// Why a chosen file cannot be compared (or read into the class view), line by line.
pub fn describe_read_failure(lang: Lang, failure: &ReadFailure) -> Vec<String> {
    match failure {
        ReadFailure::File(problem) => describe_file_problem(lang, problem),
        ReadFailure::Browser(detail) => vec![detail.clone()],
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let state = AppState::expect();
    state.want_example_catalog();
    let lang = state.lang.get_untracked();
    let on_change = move |event: leptos::ev::Event| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let Some(input) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(files) = input.files() {
                crate::app::exercises::read_chosen_files(files, move |chosen| {
                    if let Some(file) = chosen.into_iter().next() {
                        state.compare_with_file(file);
                    }
                });
            }
            input.set_value("");
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = event;
    };
    let models = move || match state.examples.get() {
        ExampleCatalog::Ready(catalog) => catalog.models().cloned().collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let model_buttons = move || {
        models()
            .into_iter()
            .map(|entry| {
                let language = entry.language_for(lang.example_language());
                let name = entry.name.get(language).to_string();
                let id = entry.id.clone();
                view! {
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| state.fetch_model_for_comparison(id.clone())
                    >
                        {t(Msg::ComparisonWithModel)}
                        ": "
                        <span lang=language.tag()>{name}</span>
                    </button>
                }
            })
            .collect_view()
    };
    let status = move || {
        state.trainer.with(|t| match &t.model_fetch {
            Some(Ok(())) => Some(t_owned(Msg::ComparisonFetching)),
            _ => None,
        })
    };
    let problem = move || {
        state.trainer.with(|t| {
            let mut lines = Vec::new();
            if let Some(Err(problem)) = &t.model_fetch {
                lines.extend(describe_example_problem(lang, problem));
            }
            if let Some((file, failure)) = &t.compare_problem {
                lines.push(crate::i18n::format(
                    lang,
                    Msg::ComparisonFileProblem,
                    &[("file", file)],
                ));
                lines.extend(describe_read_failure(lang, failure));
            }
            (!lines.is_empty()).then(|| {
                view! {
                    <div class="example-problem" role="alert" data-testid="compare-problem">
                        {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    </div>
                }
            })
        })
    };
    let source = move || state.trainer.with(|t| t.compare_with.clone());
    view! {
        <PageTitle text=t(Msg::ComparisonTitle)/>
        <p>{t(Msg::ComparisonHelp)}</p>
        <section class="panel report-print" aria-label=t(Msg::ComparisonTitle)>
            <div class="field">
                <label for=FILE_INPUT_ID>{t(Msg::ComparisonChooseFile)}</label>
                <input
                    type="file"
                    id=FILE_INPUT_ID
                    accept=".json,application/json"
                    on:change=on_change
                />
            </div>
            <OtherWorkspaceChoice/>
            <div class="button-row">{move || model_buttons()}</div>
            <p role="status">{move || status()}</p>
            {move || problem()}
        </section>
        {move || {
            source()
                .map(|source| {
                    let comparison = state
                        .workspace
                        .with(|w| compare(w, &source.workspace, clock::today()));
                    view! {
                        <ComparisonView comparison=Arc::new(comparison) name=source.label.clone()/>
                    }
                })
        }}
        <p>
            <a href=Route::Training.href()>{t(Msg::PrintableBack)}</a>
        </p>
    }
}

/// The select of the other workspaces of this browser (name and objective count), and the
/// button that compares with the chosen one.
#[component]
fn OtherWorkspaceChoice() -> impl IntoView {
    let state = AppState::expect();
    let chosen = RwSignal::new(String::new());
    let others = move || {
        state
            .workspace_rows()
            .into_iter()
            .filter(|row| !row.active)
            .collect::<Vec<_>>()
    };
    let options = move || {
        others()
            .into_iter()
            .map(|row| {
                let label = match &row.stored {
                    Some(Err(())) => {
                        state.tf(Msg::ComparisonWorkspaceUnreadable, &[("name", &row.name)])
                    }
                    Some(Ok(summary)) => state.tc(
                        Msg::ComparisonWorkspaceOption,
                        summary.objectives,
                        &[("name", &row.name)],
                    ),
                    None => state.tc(Msg::ComparisonWorkspaceOption, 0, &[("name", &row.name)]),
                };
                let value = row.id.to_string();
                view! { <option value=value>{label}</option> }
            })
            .collect_view()
    };
    let compare_chosen = move |_| {
        let text = chosen.get_untracked();
        let id = if text.is_empty() {
            others().into_iter().next().map(|row| row.id)
        } else {
            WorkspaceId::parse(&text)
        };
        if let Some(id) = id {
            state.compare_with_workspace(&id);
        }
    };
    reactive_view(move || {
        if others().is_empty() {
            view! { <p data-testid="compare-no-workspace">{t(Msg::ComparisonNoOtherWorkspace)}</p> }
                .into_any()
        } else {
            view! {
                <div class="field">
                    <label for=WORKSPACE_SELECT_ID>{t(Msg::ComparisonChooseWorkspace)}</label>
                    <select
                        id=WORKSPACE_SELECT_ID
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                        prop:value=move || chosen.get()
                    >
                        {move || options()}
                    </select>
                    <button type="button" class="button" on:click=compare_chosen>
                        {t(Msg::ComparisonWithWorkspace)}
                    </button>
                </div>
            }
            .into_any()
        }
    })
}

fn t_owned(msg: Msg) -> String {
    t(msg).to_string()
}

fn print() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

/// The comparison as a report: the scores, then one row per objective code.
#[component]
fn ComparisonView(comparison: Arc<Comparison>, name: String) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let score = state.tf(
        Msg::ComparisonScore,
        &[
            ("a", &comparison.score_a.percent().to_string()),
            ("b", &comparison.score_b.percent().to_string()),
            ("name", &name),
            ("diff", &format!("{:+}", comparison.score_difference())),
        ],
    );
    let differing = state.tc(Msg::ComparisonDiffering, comparison.differing(), &[]);
    let rows = comparison
        .objectives
        .iter()
        .map(|objective| objective_row(lang, objective))
        .collect_view();
    view! {
        <article class="report" data-testid="comparison">
            <div class="report-print">
                <button type="button" class="button button--primary" on:click=move |_| print()>
                    {t(Msg::ReportPrint)}
                </button>
                <button type="button" class="button" on:click=move |_| state.stop_comparing()>
                    {t(Msg::ComparisonStop)}
                </button>
            </div>
            <p class="lead" data-testid="comparison-score">{score}</p>
            <p data-testid="comparison-differing">{differing}</p>
            <table class="report-table" data-testid="comparison-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ComparisonColCode)}</th>
                        <th scope="col">{t(Msg::ComparisonThis)}</th>
                        <th scope="col">{name.clone()}</th>
                        <th scope="col">{t(Msg::ComparisonColWhat)}</th>
                        <th scope="col">{t(Msg::ComparisonItemsTitle)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}

fn score_text(score: Option<Score>) -> String {
    score.map_or_else(String::new, |s| format!("{} %", s.percent()))
}

fn objective_row(lang: Lang, objective: &ObjectiveComparison) -> impl IntoView {
    let this = match &objective.title_a {
        Some(title) => format!("{title} ({})", score_text(objective.score_a)),
        None => Msg::ComparisonOnlyOther.text(lang).to_string(),
    };
    let other = match &objective.title_b {
        Some(title) => format!("{title} ({})", score_text(objective.score_b)),
        None => Msg::ComparisonOnlyThis.text(lang).to_string(),
    };
    let differences: Vec<String> = objective
        .differences
        .iter()
        .map(|difference| describe_difference(lang, difference))
        .collect();
    let differences = if differences.is_empty() && objective.in_both() {
        vec![Msg::ComparisonNoDifferences.text(lang).to_string()]
    } else {
        differences
    };
    let state_text = |state: Option<ItemState>| {
        state.map_or(Msg::ComparisonNotChecked.text(lang), |s| {
            state_label(s).text(lang)
        })
    };
    let items: Vec<String> = objective
        .items
        .iter()
        .filter(|item| item.differs() && objective.in_both())
        .map(|item| {
            format!(
                "{}: {} → {}",
                item_with_clause(lang, item.item),
                state_text(item.a),
                state_text(item.b)
            )
        })
        .collect();
    view! {
        <tr data-code=objective.code.clone()>
            <th scope="row">{objective.code.clone()}</th>
            <td class="report-text">{this}</td>
            <td class="report-text">{other}</td>
            <td class="report-text">
                <ul class="plain-list">
                    {differences.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                </ul>
            </td>
            <td class="report-text">
                <ul class="plain-list">
                    {items.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                </ul>
            </td>
        </tr>
    }
}

fn pair(lang: Lang, label: Msg, a: &str, b: &str) -> String {
    let none = Msg::ComparisonNone.text(lang);
    let a = if a.is_empty() { none } else { a };
    let b = if b.is_empty() { none } else { b };
    format!("{}: {a} → {b}", label.text(lang))
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

fn describe_difference(lang: Lang, difference: &Difference) -> String {
    let named = |msg: Msg, name: &str| crate::i18n::format(lang, msg, &[("name", name)]);
    match difference {
        Difference::Title { a, b } => pair(lang, Msg::ComparisonDiffTitle, a, b),
        Difference::Level { a, b } => pair(
            lang,
            Msg::ComparisonDiffLevel,
            level_label(*a).text(lang),
            level_label(*b).text(lang),
        ),
        Difference::Status { a, b } => pair(
            lang,
            Msg::ComparisonDiffStatus,
            status_label(*a).text(lang),
            status_label(*b).text(lang),
        ),
        Difference::Parent { a, b } => pair(
            lang,
            Msg::ComparisonDiffParent,
            a.as_deref().unwrap_or_default(),
            b.as_deref().unwrap_or_default(),
        ),
        Difference::Owner { a, b } => pair(lang, Msg::ComparisonDiffOwner, a, b),
        Difference::PolicyLinks { a, b } => pair(
            lang,
            Msg::ComparisonDiffPolicy,
            &a.join(", "),
            &b.join(", "),
        ),
        Difference::RequirementLinks { a, b } => pair(
            lang,
            Msg::ComparisonDiffRequirements,
            &a.join(", "),
            &b.join(", "),
        ),
        Difference::KpiOnlyOneSide { name, in_a } => {
            let present = Msg::ComparisonDiffKpiPresent.text(lang);
            let (a, b) = if *in_a { (present, "") } else { ("", present) };
            let label = named(Msg::ComparisonDiffKpiOnly, name);
            let none = Msg::ComparisonNone.text(lang);
            format!(
                "{label}: {} → {}",
                if a.is_empty() { none } else { a },
                if b.is_empty() { none } else { b }
            )
        }
        Difference::KpiTarget { name, a, b } => format!(
            "{}: {} → {}",
            named(Msg::ComparisonDiffKpiTarget, name),
            number(*a),
            number(*b)
        ),
        Difference::KpiMeasurements { name, a, b } => format!(
            "{}: {a} → {b}",
            named(Msg::ComparisonDiffKpiMeasurements, name)
        ),
        Difference::Actions { a, b } => {
            format!("{}: {a} → {b}", Msg::ComparisonDiffActions.text(lang))
        }
    }
}
