//! The class view: several trainee files chosen or dropped at once, one row per file with the
//! score of the clause 6.2 check and, for a file made from an exercise, its findings scored
//! against that exercise's answer key (found, severity right, false, missed). Nothing is
//! merged into the workspace; the rows are `domain::exercise::class_row`.

use super::compare::describe_read_failure;
use super::training::item_with_clause;
use crate::app::exercises::{ClassFile, KeyStatus, MAX_CLASS_FILES};
use crate::app::{clock, AppState, Route};
use crate::domain::exercise::class_row;
use crate::i18n::{Lang, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

const FILES_INPUT_ID: &str = "class-files";

fn print() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

#[component]
pub fn ClassPage() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let dragging = RwSignal::new(false);
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
                    state.add_class_files(chosen)
                });
            }
            input.set_value("");
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = event;
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        // Handled here, so the app-wide drop (which imports one file) leaves it alone.
        event.prevent_default();
        dragging.set(false);
        #[cfg(target_arch = "wasm32")]
        if let Some(files) = event.data_transfer().and_then(|t| t.files()) {
            crate::app::exercises::read_chosen_files(files, move |chosen| {
                state.add_class_files(chosen)
            });
        }
    };
    let files = move || state.trainer.with(|t| t.class.clone());
    let count = move || files().len();
    let overflow = move || state.trainer.with(|t| t.class_overflow);
    view! {
        <PageTitle text=t(Msg::ClassTitle)/>
        <p>{t(Msg::ClassHelp)}</p>
        <section class="panel report-print" aria-label=t(Msg::ClassTitle)>
            <div class="field">
                <label for=FILES_INPUT_ID>{t(Msg::ClassChoose)}</label>
                <input
                    type="file"
                    id=FILES_INPUT_ID
                    multiple
                    accept=".json,application/json"
                    on:change=on_change
                />
            </div>
            <div
                class="class-drop"
                class:class-drop--active=move || dragging.get()
                data-testid="class-drop"
                on:dragover=move |event: leptos::ev::DragEvent| {
                    event.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                {t(Msg::ClassDrop)}
            </div>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=move |_| print()>
                    {t(Msg::ReportPrint)}
                </button>
                <button type="button" class="button" on:click=move |_| state.clear_class()>
                    {t(Msg::ClassClear)}
                </button>
            </div>
        </section>
        <article class="report" data-testid="class-view">
            <p role="status" data-testid="class-count">
                {move || state.tc(Msg::ClassFiles, count(), &[])}
                {move || {
                    overflow()
                        .then(|| {
                            format!(
                                " {}",
                                state.tf(Msg::ClassTooMany, &[("max", &MAX_CLASS_FILES.to_string())]),
                            )
                        })
                }}
            </p>
            {move || {
                let files = files();
                if files.is_empty() {
                    return view! { <p>{t(Msg::ClassNone)}</p> }.into_any();
                }
                let rows = files
                    .into_iter()
                    .map(|file| class_file_row(state, lang, file))
                    .collect_view();
                view! {
                    <table class="report-table" data-testid="class-table">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ClassColFile)}</th>
                                <th scope="col">{t(Msg::ClassColOrganisation)}</th>
                                <th scope="col">{t(Msg::ClassColScore)}</th>
                                <th scope="col">{t(Msg::ClassColFound)}</th>
                                <th scope="col">{t(Msg::ClassColSeverity)}</th>
                                <th scope="col">{t(Msg::ClassColFalse)}</th>
                                <th scope="col">{t(Msg::ClassColMissed)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }}
        </article>
        <p>
            <a href=Route::Training.href()>{t(Msg::PrintableBack)}</a>
        </p>
    }
}

fn class_file_row(state: AppState, lang: Lang, file: ClassFile) -> AnyView {
    let workspace = match file.read {
        Ok(workspace) => workspace,
        Err(failure) => {
            let reason = describe_read_failure(lang, &failure).join(" ");
            return view! {
                <tr>
                    <th scope="row">{file.name}</th>
                    <td colspan="6" class="report-text">
                        {format!("{}: {reason}", Msg::ClassUnreadable.text(lang))}
                    </td>
                </tr>
            }
            .into_any();
        }
    };
    let key_status = workspace
        .exercise
        .as_ref()
        .and_then(|log| state.answer_key(&log.exercise));
    let key = match &key_status {
        Some(KeyStatus::Ready(key)) => Some(key.clone()),
        _ => None,
    };
    let row = class_row(&workspace, key.as_deref(), clock::today());
    let score = format!("{} %", row.score.percent());
    let organisation = workspace.organisation.name.clone();
    let cells = match (&row.exercise, &row.reveal, &key) {
        (None, _, _) => {
            let text = Msg::ClassNotExercise.text(lang);
            view! { <td colspan="4">{text}</td> }.into_any()
        }
        (Some(_), Some(reveal), Some(key)) => {
            let totals = reveal.totals;
            let missed: Vec<String> = row
                .missed(key)
                .into_iter()
                .map(|entry| {
                    format!(
                        "{} {} {}",
                        entry.id,
                        entry.subject,
                        item_with_clause(lang, entry.item)
                    )
                })
                .collect();
            view! {
                <td>{format!("{} / {}", totals.found, totals.planted)}</td>
                <td>{format!("{} / {}", totals.severity_right, totals.found)}</td>
                <td>{totals.false_findings}</td>
                <td class="report-text">
                    <ul class="plain-list">
                        {missed.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                </td>
            }
            .into_any()
        }
        (Some(_), _, _) => {
            let text = match key_status {
                Some(KeyStatus::Failed(_)) => Msg::ExerciseKeyFailed.text(lang),
                _ => Msg::ClassKeyWaiting.text(lang),
            };
            view! { <td colspan="4">{text}</td> }.into_any()
        }
    };
    view! {
        <tr>
            <th scope="row">{file.name}</th>
            <td>{organisation}</td>
            <td>{score}</td>
            {cells}
        </tr>
    }
    .into_any()
}
