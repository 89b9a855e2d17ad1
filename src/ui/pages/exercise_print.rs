//! The exercise's printables: the worksheet (what to look at, the clause items, the
//! severities and blank rows for the findings; no answers) and the answer key (every planted
//! nonconformity and every decoy with its explanation). Both print with the evidence pack's
//! print styles.

use super::training::DecoyTable;
use super::training::{item_with_clause, ready_key, severity_help, severity_label};
use crate::app::{AppState, Route};
use crate::domain::conformity::CheckItem;
use crate::domain::exercise::Severity;
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// Blank rows on the worksheet, for findings written by hand.
const BLANK_ROWS: usize = 12;

fn print() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

#[component]
fn PrintBar() -> impl IntoView {
    view! {
        <div class="report-print">
            <button type="button" class="button button--primary" on:click=move |_| print()>
                {t(Msg::ReportPrint)}
            </button>
            <p class="report-print__help">{t(Msg::ReportPrintHelp)}</p>
            <a href=Route::Training.href()>{t(Msg::PrintableBack)}</a>
        </div>
    }
}

#[component]
fn NoExercise() -> impl IntoView {
    view! {
        <p data-testid="printable-no-exercise">{t(Msg::PrintableNoExercise)}</p>
        <p>
            <a href=Route::Training.href()>{t(Msg::PrintableBack)}</a>
        </p>
    }
}

#[component]
pub fn WorksheetPage() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let in_exercise = move || state.current_exercise().is_some();
    let organisation = move || state.workspace.with(|w| w.organisation.name.clone());
    let subjects = move || {
        state.workspace.with(|w| {
            let objectives = w.objectives.iter().map(|o| {
                view! { <li>{format!("{} {}", o.code, o.title)}</li> }
            });
            let policy = w
                .policy
                .iter()
                .map(|p| view! { <li>{format!("{} {}", p.reference, p.text)}</li> });
            let requirements = w
                .requirements
                .iter()
                .map(|r| view! { <li>{format!("{} {}", r.reference, r.title)}</li> });
            objectives
                .chain(policy)
                .chain(requirements)
                .collect::<Vec<_>>()
        })
    };
    let items = move || {
        CheckItem::all()
            .map(|item| view! { <li>{item_with_clause(lang, item)}</li> })
            .collect_view()
    };
    let severities = move || {
        Severity::ALL
            .iter()
            .map(|severity| {
                view! {
                    <dt>{t(severity_label(*severity))}</dt>
                    <dd>{t(severity_help(*severity))}</dd>
                }
            })
            .collect_view()
    };
    let blank = move || {
        (1..=BLANK_ROWS)
            .map(|n| {
                view! {
                    <tr class="worksheet-row">
                        <td>{n}</td>
                        <td></td>
                        <td></td>
                        <td></td>
                        <td></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <PageTitle text=t(Msg::WorksheetTitle)/>
        <Shown when=in_exercise fallback=|| view! { <NoExercise/> }>
            <article class="report" data-testid="worksheet">
                <PrintBar/>
                <p class="lead">{move || organisation()}</p>
                <p>{t(Msg::WorksheetIntro)}</p>
                <section class="report-section" aria-labelledby="worksheet-subjects">
                    <h2 id="worksheet-subjects">{t(Msg::WorksheetSubjectsTitle)}</h2>
                    <ul>{move || subjects()}</ul>
                </section>
                <section class="report-section" aria-labelledby="worksheet-items">
                    <h2 id="worksheet-items">{t(Msg::WorksheetItemsTitle)}</h2>
                    <ul>{move || items()}</ul>
                </section>
                <section class="report-section" aria-labelledby="worksheet-severities">
                    <h2 id="worksheet-severities">{t(Msg::WorksheetSeveritiesTitle)}</h2>
                    <dl>{move || severities()}</dl>
                </section>
                <section class="report-section" aria-labelledby="worksheet-blank">
                    <h2 id="worksheet-blank">{t(Msg::WorksheetBlankTitle)}</h2>
                    <table class="report-table worksheet-table">
                        <thead>
                            <tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                                <th scope="col">{t(Msg::ExerciseColItem)}</th>
                                <th scope="col">{t(Msg::ExerciseColSeverity)}</th>
                                <th scope="col">{t(Msg::ExerciseColNote)}</th>
                            </tr>
                        </thead>
                        <tbody>{move || blank()}</tbody>
                    </table>
                </section>
            </article>
        </Shown>
    }
}

#[component]
pub fn AnswerKeyPage() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let language = lang.example_language();
    let exercise = move || state.current_exercise();
    Effect::new(move |_| {
        if let Some(exercise) = exercise() {
            state.want_answer_key(exercise);
        }
    });
    let body = move || {
        let exercise = exercise()?;
        Some(match ready_key(lang, state.answer_key(&exercise)) {
            Err(stand_in) => stand_in,
            Ok(key) => {
                let rows = key
                    .findings
                    .iter()
                    .map(|entry| {
                        view! {
                            <tr>
                                <td>{entry.id.clone()}</td>
                                <td>{entry.subject.clone()}</td>
                                <td>{item_with_clause(lang, entry.item)}</td>
                                <td>{t(severity_label(entry.severity))}</td>
                                <td class="report-text" lang=language.tag()>
                                    {entry.explanation.get(language).to_string()}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="report-table" data-testid="answer-key-table">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ExerciseColId)}</th>
                                <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                                <th scope="col">{t(Msg::ExerciseColItem)}</th>
                                <th scope="col">{t(Msg::ExerciseColSeverity)}</th>
                                <th scope="col">{t(Msg::ExerciseColExplanation)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <DecoyTable key=key.clone() top=true/>
                }
                .into_any()
            }
        })
    };
    let organisation = move || state.workspace.with(|w| w.organisation.name.clone());
    view! {
        <PageTitle text=t(Msg::AnswerKeyTitle)/>
        <Shown when=move || exercise().is_some() fallback=|| view! { <NoExercise/> }>
            <article class="report" data-testid="answer-key">
                <PrintBar/>
                <p class="lead">{move || organisation()}</p>
                {move || body()}
            </article>
        </Shown>
    }
}
