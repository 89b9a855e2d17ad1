//! The Training page: the exercises the catalogue offers (loaded in place of the workspace),
//! and, while the workspace is an exercise, the trainee's findings, the reveal and the score
//! against the answer key; links to the printables, the comparison and the class view.

use crate::app::exercises::{KeyFailure, KeyStatus};
use crate::app::state::ExampleCatalog;
use crate::app::{AppState, Route};
use crate::domain::conformity::CheckItem;
use crate::domain::exercise::{reveal, AnswerKey, LoggedFinding, Severity, Verdict};
use crate::domain::{RandomIds, RecordId};
use crate::i18n::example::describe_example_problem;
use crate::i18n::item_label;
use crate::i18n::{Lang, Msg};
use crate::io::answer_key::{KeyEntryProblem, KeyProblem};
use crate::io::example::CatalogEntry;
use crate::ui::components::page::PageTitle;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, ConfirmDialog};
use crate::ui::panels::load_example::ExampleLoadStatus;
use leptos::prelude::*;
use std::sync::Arc;

/// The words of a severity.
pub fn severity_label(severity: Severity) -> Msg {
    match severity {
        Severity::Major => Msg::SeverityMajor,
        Severity::Minor => Msg::SeverityMinor,
        Severity::Observation => Msg::SeverityObservation,
    }
}

/// What a severity means.
pub fn severity_help(severity: Severity) -> Msg {
    match severity {
        Severity::Major => Msg::SeverityMajorHelp,
        Severity::Minor => Msg::SeverityMinorHelp,
        Severity::Observation => Msg::SeverityObservationHelp,
    }
}

/// "6.2.1 b) Measurable".
pub fn item_with_clause(lang: Lang, item: CheckItem) -> String {
    format!("{} {}", item.clause(), item_label(item).text(lang))
}

/// The answer key when it is here; otherwise what stands in for it: a status while it is
/// fetched, an alert saying why when it could not be.
pub fn ready_key(lang: Lang, status: Option<KeyStatus>) -> Result<Arc<AnswerKey>, AnyView> {
    match status {
        Some(KeyStatus::Ready(key)) => Ok(key),
        None | Some(KeyStatus::Fetching) => {
            Err(view! { <p role="status">{t(Msg::ExerciseKeyFetching)}</p> }.into_any())
        }
        Some(KeyStatus::Failed(failure)) => Err(view! {
            <div role="alert" class="example-problem">
                <p>{t(Msg::ExerciseKeyFailed)}</p>
                {describe_key_failure(lang, &failure)
                    .into_iter()
                    .map(|line| view! { <p>{line}</p> })
                    .collect_view()}
            </div>
        }
        .into_any()),
    }
}

/// Why the answer key cannot be used, line by line.
fn describe_key_failure(lang: Lang, failure: &KeyFailure) -> Vec<String> {
    match failure {
        KeyFailure::Example(problem) => describe_example_problem(lang, problem),
        KeyFailure::Key { file, problem } => vec![crate::i18n::format(
            lang,
            Msg::ExerciseKeyUnreadable,
            &[
                ("file", file),
                ("reason", &describe_key_problem(lang, problem)),
            ],
        )],
    }
}

/// Why an answer key cannot be read, in words.
fn describe_key_problem(lang: Lang, problem: &KeyProblem) -> String {
    let format = crate::i18n::format;
    match problem {
        KeyProblem::Syntax {
            line,
            column,
            message,
        } => format(
            lang,
            Msg::KeyProblemSyntax,
            &[
                ("message", message),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        ),
        KeyProblem::NotKey => Msg::KeyProblemNotKey.text(lang).to_string(),
        KeyProblem::TooNew { version } => format(
            lang,
            Msg::KeyProblemTooNew,
            &[("version", &version.to_string())],
        ),
        KeyProblem::OtherExercise { found } => {
            format(lang, Msg::KeyProblemOtherExercise, &[("found", found)])
        }
        KeyProblem::Entry { id, problem } => {
            let msg = match problem {
                KeyEntryProblem::EmptyId => Msg::KeyProblemEntryEmptyId,
                KeyEntryProblem::DuplicateId => Msg::KeyProblemEntryDuplicateId,
                KeyEntryProblem::EmptySubject => Msg::KeyProblemEntryEmptySubject,
                KeyEntryProblem::NoEnglishExplanation => Msg::KeyProblemEntryNoEnglish,
            };
            format(lang, msg, &[("id", id)])
        }
    }
}

#[component]
pub fn TrainingPage() -> impl IntoView {
    let state = AppState::expect();
    state.want_example_catalog();
    let in_exercise = move || state.current_exercise().is_some();
    view! {
        <PageTitle text=t(Msg::TrainingTitle)/>
        <p>{t(Msg::TrainingHelp)}</p>
        <section class="panel" aria-labelledby="training-exercises-title">
            <h2 id="training-exercises-title">{t(Msg::TrainingExercisesTitle)}</h2>
            <p>{t(Msg::TrainingExercisesHelp)}</p>
            <ExerciseOffers/>
            <ExampleLoadStatus/>
        </section>
        <Shown when=in_exercise>
            <ExercisePanel/>
        </Shown>
        <section class="panel" aria-labelledby="training-links-title">
            <h2 id="training-links-title">{t(Msg::TrainingLinksTitle)}</h2>
            <ul>
                <li>
                    <a href=Route::Compare.href()>{t(Msg::TrainingCompareLink)}</a>
                </li>
                <li>
                    <a href=Route::Class.href()>{t(Msg::TrainingClassLink)}</a>
                </li>
            </ul>
        </section>
    }
}

/// Each exercise of the catalogue, with "Load the exercise".
#[component]
fn ExerciseOffers() -> impl IntoView {
    let state = AppState::expect();
    let exercises = move || match state.examples.get() {
        ExampleCatalog::Ready(catalog) => Some(catalog.exercises().cloned().collect::<Vec<_>>()),
        _ => None,
    };
    reactive_view(move || {
        exercises().map(|entries| {
            if entries.is_empty() {
                return view! { <p>{t(Msg::TrainingNoExercises)}</p> }.into_any();
            }
            entries
                .into_iter()
                .map(|entry| view! { <ExerciseOffer entry=entry/> })
                .collect_view()
                .into_any()
        })
    })
}

#[component]
fn ExerciseOffer(entry: CatalogEntry) -> impl IntoView {
    let state = AppState::expect();
    let language = entry.language_for(state.example_language());
    let tag = language.tag();
    let name = entry.name.get(language).to_string();
    let summary = entry.summary.get(language).to_string();
    let id = entry.id.clone();
    let confirming = RwSignal::new(false);
    let load = {
        let id = id.clone();
        move || state.load_example(Some(id.clone()))
    };
    let count = move || state.workspace.with(|w| w.objectives.len());
    let load_now = load.clone();
    view! {
        <div class="example-offer" data-testid=format!("exercise-{id}")>
            <p class="example-offer__name" lang=tag>{name.clone()}</p>
            <p lang=tag>{summary}</p>
            <button
                type="button"
                class="button button--primary"
                on:click=move |_| {
                    if state.workspace.with_untracked(|w| w.is_empty()) {
                        load_now();
                    } else {
                        confirming.set(true);
                    }
                }
            >
                {t(Msg::TrainingLoadExercise)}
                <span class="visually-hidden">" " {name}</span>
            </button>
            <ConfirmDialog
                open=confirming
                title=t(Msg::TrainingReplaceTitle)
                body=Signal::derive(move || state.tc(Msg::ReplaceWithExampleBody, count(), &[]))
                confirm=Msg::Replace
                on_confirm=move || load()
            />
        </div>
    }
}

/// The subjects a finding may be about: objectives (code and title), then policy statements
/// and requirements (reference and text).
fn subjects(state: AppState) -> Vec<(String, String)> {
    state.workspace.with(|w| {
        let objectives = w
            .objectives
            .iter()
            .map(|o| (o.code.clone(), format!("{} {}", o.code, o.title)));
        let policy = w
            .policy
            .iter()
            .map(|p| (p.reference.clone(), format!("{} {}", p.reference, p.text)));
        let requirements = w
            .requirements
            .iter()
            .map(|r| (r.reference.clone(), format!("{} {}", r.reference, r.title)));
        objectives.chain(policy).chain(requirements).collect()
    })
}

/// The trainee's findings: the form that logs one, the list, and the reveal.
#[component]
fn ExercisePanel() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let subject = RwSignal::new(String::new());
    let item = RwSignal::new(0usize);
    let severity = RwSignal::new(1usize);
    let note = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let items: Vec<CheckItem> = CheckItem::all().collect();
    let item_options = items
        .iter()
        .enumerate()
        .map(|(i, it)| view! { <option value=i.to_string()>{item_with_clause(lang, *it)}</option> })
        .collect_view();
    let severity_options = Severity::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <option value=i.to_string() selected=i == 1>{t(severity_label(*s))}</option>
            }
        })
        .collect_view();
    let subject_options = move || {
        subjects(state)
            .into_iter()
            .map(|(value, text)| view! { <option value=value.clone()>{text}</option> })
            .collect_view()
    };
    let log_items = items.clone();
    let log = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let chosen = subject.get_untracked();
        if chosen.trim().is_empty() {
            error.set(Some(state.t(Msg::ExerciseSubjectRequired).to_string()));
            return;
        }
        // The select only offers the items' own indexes; the last one stands in for anything else.
        let Some(&chosen_item) = log_items.get(item.get_untracked()).or(log_items.last()) else {
            return;
        };
        let finding = LoggedFinding {
            id: RecordId::new(&mut RandomIds),
            subject: chosen,
            item: chosen_item,
            severity: Severity::ALL[severity.get_untracked().min(2)],
            note: note.get_untracked().trim().to_string(),
        };
        match state.log_finding(finding) {
            Ok(()) => {
                error.set(None);
                note.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let revealed = move || state.trainer.with(|t| t.revealed);
    let exercise = move || state.current_exercise().unwrap_or_default();
    Effect::new(move |_| {
        if revealed() {
            state.want_answer_key(exercise());
        }
    });
    view! {
        <section class="panel" aria-labelledby="exercise-title" data-testid="exercise-panel">
            <h2 id="exercise-title">{t(Msg::ExerciseTitle)}</h2>
            <p>
                {move || {
                    if revealed() {
                        t(Msg::ExerciseCurrentRevealed)
                    } else {
                        t(Msg::ExerciseCurrent)
                    }
                }}
            </p>
            <form class="form" on:submit=log novalidate>
                <div class="field">
                    <label for="finding-subject">{t(Msg::ExerciseSubject)}</label>
                    <select
                        id="finding-subject"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="finding-error"
                        on:change=move |ev| subject.set(event_target_value(&ev))
                        prop:value=move || subject.get()
                    >
                        <option value="">"—"</option>
                        {move || subject_options()}
                    </select>
                </div>
                <div class="field">
                    <label for="finding-item">{t(Msg::ExerciseItem)}</label>
                    <select
                        id="finding-item"
                        on:change=move |ev| {
                            item.set(event_target_value(&ev).parse().unwrap_or_default())
                        }
                    >
                        {item_options}
                    </select>
                </div>
                <div class="field">
                    <label for="finding-severity">{t(Msg::ExerciseSeverity)}</label>
                    <select
                        id="finding-severity"
                        on:change=move |ev| {
                            severity.set(event_target_value(&ev).parse().unwrap_or(1))
                        }
                    >
                        {severity_options}
                    </select>
                </div>
                <div class="field">
                    <label for="finding-note">{t(Msg::ExerciseNote)}</label>
                    <textarea
                        id="finding-note"
                        rows="2"
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <p id="finding-error" class="field__error" role="alert">
                    {move || error.get()}
                </p>
                <button type="submit" class="button button--primary">{t(Msg::ExerciseLog)}</button>
            </form>
            <LoggedFindings/>
            <div class="button-row">
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || if revealed() { "true" } else { "false" }
                    on:click=move |_| state.reveal_findings(!revealed())
                >
                    {move || if revealed() { t(Msg::ExerciseHide) } else { t(Msg::ExerciseReveal) }}
                </button>
                <a class="button" href=Route::Worksheet.href()>{t(Msg::ExercisePrintWorksheet)}</a>
                <a class="button" href=Route::AnswerKey.href()>{t(Msg::ExercisePrintKey)}</a>
                <button type="button" class="button" on:click=move |_| _ = state.leave_exercise()>
                    {t(Msg::ExerciseLeave)}
                </button>
            </div>
            <Shown when=revealed>
                <RevealView/>
            </Shown>
        </section>
    }
}

/// The findings logged so far, each with its result once revealed.
#[component]
fn LoggedFindings() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let findings = move || {
        state
            .workspace
            .with(|w| w.exercise.as_ref().map(|l| l.findings.clone()))
            .unwrap_or_default()
    };
    let count = move || findings().len();
    reactive_view(move || {
        let list = findings();
        if list.is_empty() {
            return view! { <p data-testid="findings-empty">{t(Msg::ExerciseFindingsNone)}</p> }
                .into_any();
        }
        let rows = list
            .into_iter()
            .map(|finding| {
                let id = finding.id;
                let context = format!("{} {}", finding.subject, finding.item.clause());
                view! {
                    <tr>
                        <td>{finding.subject.clone()}</td>
                        <td>{item_with_clause(lang, finding.item)}</td>
                        <td>{t(severity_label(finding.severity))}</td>
                        <td class="report-text">{finding.note.clone()}</td>
                        <td>
                            <button
                                type="button"
                                class="button button--small"
                                on:click=move |_| _ = state.remove_finding(id)
                            >
                                {t(Msg::ExerciseRemove)}
                                <span class="visually-hidden">" " {context}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p data-testid="findings-count">{state.tc(Msg::ExerciseFindingsCount, count(), &[])}</p>
            <table class="report-table" data-testid="findings-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                        <th scope="col">{t(Msg::ExerciseColItem)}</th>
                        <th scope="col">{t(Msg::ExerciseColSeverity)}</th>
                        <th scope="col">{t(Msg::ExerciseColNote)}</th>
                        <th scope="col"><span class="visually-hidden">{t(Msg::ExerciseRemove)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    })
}

/// The result of the reveal: the counts, each finding's verdict, the key and the decoys.
#[component]
fn RevealView() -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    reactive_view(move || {
        let exercise = state.current_exercise().unwrap_or_default();
        match ready_key(lang, state.answer_key(&exercise)) {
            Ok(key) => view! { <Scored key=key/> }.into_any(),
            Err(stand_in) => stand_in,
        }
    })
}

#[component]
fn Scored(key: Arc<AnswerKey>) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let language = lang.example_language();
    let logged = state
        .workspace
        .with(|w| w.exercise.as_ref().map(|l| l.findings.clone()))
        .unwrap_or_default();
    let result = reveal(&key, &logged);
    let totals = result.totals;
    let found = totals.found.to_string();
    let right = totals.severity_right.to_string();
    let verdict_rows = result
        .logged
        .iter()
        .filter_map(|(id, verdict)| {
            let finding = logged.iter().find(|f| f.id == *id)?;
            let (text, explanation) = match *verdict {
                Verdict::Found {
                    key: index,
                    severity_right,
                } => {
                    let entry = &key.findings[index];
                    let text = if severity_right {
                        t(Msg::ExerciseVerdictFound).to_string()
                    } else {
                        state.tf(
                            Msg::ExerciseVerdictFoundWrong,
                            &[("severity", t(severity_label(entry.severity)))],
                        )
                    };
                    (text, entry.explanation.get(language).to_string())
                }
                Verdict::Duplicate { key: index } => (
                    t(Msg::ExerciseVerdictDuplicate).to_string(),
                    key.findings[index].explanation.get(language).to_string(),
                ),
                Verdict::Decoy { decoy } => (
                    t(Msg::ExerciseVerdictDecoy).to_string(),
                    key.decoys[decoy].explanation.get(language).to_string(),
                ),
                Verdict::False => (t(Msg::ExerciseVerdictFalse).to_string(), String::new()),
            };
            Some(view! {
                <tr>
                    <td>{finding.subject.clone()}</td>
                    <td>{item_with_clause(lang, finding.item)}</td>
                    <td>{t(severity_label(finding.severity))}</td>
                    <td>{text}</td>
                    <td class="report-text" lang=language.tag()>{explanation}</td>
                </tr>
            })
        })
        .collect_view();
    let key_rows = result
        .key
        .iter()
        .map(|outcome| {
            let entry = &key.findings[outcome.key];
            let verdict = if outcome.is_found() {
                t(Msg::ExerciseVerdictFound).to_string()
            } else {
                t(Msg::ExerciseVerdictMissed).to_string()
            };
            view! {
                <tr>
                    <td>{entry.id.clone()}</td>
                    <td>{entry.subject.clone()}</td>
                    <td>{item_with_clause(lang, entry.item)}</td>
                    <td>{t(severity_label(entry.severity))}</td>
                    <td>{verdict}</td>
                    <td class="report-text" lang=language.tag()>{entry.explanation.get(language).to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div data-testid="exercise-result">
            <h3>{t(Msg::ExerciseResultTitle)}</h3>
            <ul>
                <li data-testid="result-found">
                    {state.tc(Msg::ExerciseFound, totals.planted, &[("found", &found)])}
                </li>
                <li data-testid="result-missed">{state.tc(Msg::ExerciseMissed, totals.missed, &[])}</li>
                <li data-testid="result-false">
                    {state.tc(Msg::ExerciseFalse, totals.false_findings, &[])}
                    {(totals.decoys_taken > 0)
                        .then(|| {
                            format!(" {}", state.tc(Msg::ExerciseDecoys, totals.decoys_taken, &[]))
                        })}
                </li>
                <li data-testid="result-severity">
                    {state.tc(Msg::ExerciseSeverityRight, totals.found, &[("right", &right)])}
                </li>
            </ul>
            <h3>{t(Msg::ExerciseYourFindingsTitle)}</h3>
            <table class="report-table" data-testid="verdicts-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                        <th scope="col">{t(Msg::ExerciseColItem)}</th>
                        <th scope="col">{t(Msg::ExerciseColSeverity)}</th>
                        <th scope="col">{t(Msg::ExerciseColVerdict)}</th>
                        <th scope="col">{t(Msg::ExerciseColExplanation)}</th>
                    </tr>
                </thead>
                <tbody>{verdict_rows}</tbody>
            </table>
            <h3>{t(Msg::ExerciseKeyTitle)}</h3>
            <table class="report-table" data-testid="key-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ExerciseColId)}</th>
                        <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                        <th scope="col">{t(Msg::ExerciseColItem)}</th>
                        <th scope="col">{t(Msg::ExerciseColSeverity)}</th>
                        <th scope="col">{t(Msg::ExerciseColVerdict)}</th>
                        <th scope="col">{t(Msg::ExerciseColExplanation)}</th>
                    </tr>
                </thead>
                <tbody>{key_rows}</tbody>
            </table>
            <DecoyTable key=key.clone()/>
        </div>
    }
}

/// The decoys of a key with their explanations (shared with the printable key, where the
/// heading is a section's: `top`).
#[component]
pub fn DecoyTable(key: Arc<AnswerKey>, #[prop(optional)] top: bool) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let language = lang.example_language();
    let rows = key
        .decoys
        .iter()
        .map(|decoy| {
            view! {
                <tr>
                    <td>{decoy.subject.clone()}</td>
                    <td>{item_with_clause(lang, decoy.item)}</td>
                    <td class="report-text" lang=language.tag()>{decoy.explanation.get(language).to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let heading = if top {
        view! { <h2>{t(Msg::ExerciseDecoysTitle)}</h2> }.into_any()
    } else {
        view! { <h3>{t(Msg::ExerciseDecoysTitle)}</h3> }.into_any()
    };
    view! {
        {heading}
        <table class="report-table" data-testid="decoys-table">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ExerciseColSubject)}</th>
                    <th scope="col">{t(Msg::ExerciseColItem)}</th>
                    <th scope="col">{t(Msg::ExerciseColExplanation)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
