//! Importing a JSON file: the Data page's import section (file input and the reason a file was
//! refused) and the preview page: what the file holds, then its three ways to apply it (`pages::import_choices`) or cancel.
//!
//! A file may hold tens of thousands of records: the preview first shows what it holds and how
//! many objectives it would add, change or remove; each list (its first rows and a count of
//! the rest) is rendered when the user opens it, and what a merge or a copy would change is
//! worked out only when the user opens that part of the preview (or applies it without
//! looking), once per choice.

use crate::app::clock;
use crate::app::import::{ApplyError, ImportRefusal, PendingImport};
use crate::app::{AppState, Route};
use crate::domain::merge::{compare, contents, ObjectiveRef};
use crate::i18n::{self, level_label, Lang, Msg};
use crate::io::envelope::SCHEMA_VERSION;
use crate::io::shape::UnknownFields as Unknown;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::pages::import_choices::{
    apply_error_lines, more_line, CopyChoice, FoldedList, MergeChoice, ReplaceChoice, Way,
    MAX_LISTED_ROWS,
};
use crate::ui::panels::file_drop::PROBLEM_ID;
use leptos::prelude::*;
use std::sync::Arc;

/// The file input of the Data page.
const INPUT_ID: &str = "import-file";
/// The hint under the file input.
const HINT_ID: &str = "import-file-hint";
/// What to say about a refusal: the file's name (when there is one file) and the problems.
pub(crate) fn refusal_lines(lang: Lang, refusal: &ImportRefusal) -> (Option<String>, Vec<String>) {
    let file = |name: &str| {
        Some(i18n::format(
            lang,
            Msg::ImportRefusedFile,
            &[("file", name)],
        ))
    };
    match refusal {
        ImportRefusal::File { file_name, problem } => {
            (file(file_name), i18n::describe_file_problem(lang, problem))
        }
        ImportRefusal::NotReadable { file_name, detail } => (
            file(file_name),
            vec![i18n::format(
                lang,
                Msg::ImportReadFailed,
                &[("detail", detail)],
            )],
        ),
        ImportRefusal::SeveralFiles => (None, vec![Msg::ImportSeveralFiles.text(lang).into()]),
    }
}

/// The Data page's import section: choose a file, and see why one was refused.
#[component]
pub fn ImportSection() -> impl IntoView {
    let state = AppState::expect();
    let help = state.tf(
        Msg::ImportHelp,
        &[("limit", &i18n::import_limit_megabytes())],
    );
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
            let file = input.files().and_then(|files| files.get(0));
            // Cleared so that choosing the same file again (after fixing it) is a change too.
            input.set_value("");
            if let Some(file) = file {
                crate::app::events::import_file(
                    state,
                    file,
                    crate::ui::panels::file_drop::focus_refusal,
                );
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = event;
    };
    // A refusal belongs to the Data page: it is forgotten once the user goes elsewhere (a
    // language switch rebuilds the page without leaving it).
    on_cleanup(move || {
        if state.route.get_untracked() != Route::Data {
            state.import_refusal.set(None);
        }
    });
    let refusal = move || {
        state.import_refusal.get().map(|refusal| {
            let (file, lines) = refusal_lines(state.lang.get_untracked(), &refusal);
            view! {
                <h3 class="import-problem__title">
                    <Icon kind=IconKind::Error/>
                    " "
                    {t(Msg::ImportRefusedTitle)}
                </h3>
                {file.map(|file| view! { <p>{file}</p> })}
                <ul class="problem-list">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <p>{t(Msg::ImportNothingChanged)}</p>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="import-title">
            <h2 id="import-title">{t(Msg::ImportTitle)}</h2>
            <p>{help}</p>
            <div class="field">
                <label for=INPUT_ID>{t(Msg::ImportChooseFile)}</label>
                <p class="field__help" id=HINT_ID>{t(Msg::ImportDropHint)}</p>
                <input
                    type="file"
                    id=INPUT_ID
                    accept=".json,application/json"
                    aria-describedby=HINT_ID
                    on:change=on_change
                />
            </div>
            <div
                id=PROBLEM_ID
                class="import-problem"
                class:import-problem--shown=move || state.import_refusal.with(Option::is_some)
                role="alert"
                tabindex="-1"
                data-testid="import-problem"
            >
                {move || refusal()}
            </div>
        </section>
    }
}

/// The preview of the file waiting to be imported, or a way back when there is none.
#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let state = AppState::expect();
    // The whole file, not only whether there is one: a file dropped on the preview takes the
    // waiting one's place, and the preview must show what the buttons would apply.
    let waiting = Memo::new(move |_| state.pending_import.get());
    view! {
        <PageTitle text=t(Msg::ImportPreviewTitle)/>
        {move || match waiting.get() {
            Some(pending) => view! { <Preview pending=pending/> }.into_any(),
            None => view! {
                <p data-testid="import-no-file">{t(Msg::ImportNoFile)}</p>
                <p>
                    <a href=Route::Data.href()>{t(Msg::ImportGoToData)}</a>
                </p>
            }
            .into_any(),
        }}
    }
}

#[component]
fn Preview(pending: Arc<PendingImport>) -> impl IntoView {
    let state = AppState::expect();
    let error: RwSignal<Option<(Way, Vec<String>)>> = RwSignal::new(None);
    let report = move |way: Way, result: Result<(), ApplyError>| {
        if let Err(problem) = result {
            error.set(Some((
                way,
                apply_error_lines(state.lang.get_untracked(), &problem),
            )));
            focus_after_paint(way.error_id());
        }
    };
    let file_line = state.tf(Msg::ImportRefusedFile, &[("file", &pending.file_name)]);
    view! {
        <p data-testid="import-file-name">{file_line}</p>
        <Contents pending=Arc::clone(&pending)/>
        <UnknownFields fields=pending.file.unknown_fields.clone()/>
        <Changes incoming=Arc::clone(&pending)/>
        <h2>{t(Msg::ImportChoicesTitle)}</h2>
        <ReplaceChoice error=error report=report/>
        <MergeChoice pending=Arc::clone(&pending) error=error report=report/>
        <CopyChoice error=error report=report/>
        <section class="panel" aria-labelledby="import-cancel-title">
            <h3 id="import-cancel-title">{t(Msg::ImportCancelTitle)}</h3>
            <p>{t(Msg::ImportCancelHelp)}</p>
            <button type="button" class="button" on:click=move |_| state.cancel_import()>
                {t(Msg::ImportCancelButton)}
            </button>
        </section>
    }
}

/// What the file holds: organisation, document, when it was exported, the counts.
#[component]
fn Contents(pending: Arc<PendingImport>) -> impl IntoView {
    let state = AppState::expect();
    let file = &pending.file;
    let organisation = &file.workspace.organisation;
    let or_not_recorded = |text: &str| {
        if text.trim().is_empty() {
            state.t(Msg::ImportNotRecorded).to_string()
        } else {
            text.to_string()
        }
    };
    let exported = file.exported_at.map_or_else(
        || state.t(Msg::ImportNotRecorded).to_string(),
        clock::local_date_time,
    );
    let migrated = file.migrated_from.map(|version| {
        state.tf(
            Msg::ImportMigrated,
            &[
                ("version", &version.to_string()),
                ("current", &SCHEMA_VERSION.to_string()),
            ],
        )
    });
    let counts = contents(&file.workspace);
    let mut rows: Vec<(String, String)> = vec![
        (
            state.t(Msg::OrgName).into(),
            or_not_recorded(&organisation.name),
        ),
        (
            state.t(Msg::DocTitle).into(),
            or_not_recorded(&organisation.document.title),
        ),
        (
            state.t(Msg::DocVersion).into(),
            or_not_recorded(&organisation.document.version),
        ),
        (state.t(Msg::ImportExportedAt).into(), exported),
        (
            state.t(Msg::ImportPolicyCount).into(),
            counts.policy_statements.to_string(),
        ),
        (
            state.t(Msg::ImportRequirementCount).into(),
            counts.requirements.to_string(),
        ),
    ];
    for (level, count) in counts.objectives_by_level {
        let level = state.t(level_label(level));
        rows.push((
            state.tf(Msg::ImportObjectivesAtLevel, &[("level", level)]),
            count.to_string(),
        ));
    }
    rows.push((
        state.t(Msg::ImportPlanCount).into(),
        counts.plans.to_string(),
    ));
    view! {
        <section class="panel" aria-labelledby="import-contents-title">
            <h2 id="import-contents-title">{t(Msg::ImportContentsTitle)}</h2>
            {migrated.map(|text| view! {
                <p class="import-note" data-testid="import-migrated">
                    <Icon kind=IconKind::Info/>
                    " "
                    {text}
                </p>
            })}
            <dl class="record" data-testid="import-contents">
                {rows
                    .into_iter()
                    .map(|(term, value)| view! { <dt>{term}</dt> <dd>{value}</dd> })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// Fields the file has that this version does not know: how many, and the first ones (and how
/// many more) when asked for; they are not kept.
#[component]
fn UnknownFields(fields: Unknown) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(false);
    let count = state.tc(Msg::ImportUnknownCount, fields.total, &[]);
    let more = more_line(
        state.lang.get_untracked(),
        fields.more(),
        Msg::ImportUnknownMore,
    );
    let paths = fields.shown;
    (fields.total > 0).then(|| {
        view! {
            <section class="panel" aria-labelledby="import-unknown-title" data-testid="import-unknown">
                <h2 id="import-unknown-title">
                    <Icon kind=IconKind::Warning/>
                    " "
                    {t(Msg::ImportUnknownTitle)}
                </h2>
                <p data-testid="import-unknown-count">{count}</p>
                <FoldedList
                    shown=shown
                    region="import-unknown-list"
                    show=Msg::ImportUnknownShow
                    hide=Msg::ImportUnknownHide
                >
                    <ul>
                        {paths
                            .iter()
                            .map(|path| view! { <li><code>{path.clone()}</code></li> })
                            .collect_view()}
                    </ul>
                    {more.clone().map(|more| view! { <p data-testid="import-unknown-more">{more}</p> })}
                </FoldedList>
            </section>
        }
    })
}

/// One of the comparison's three lists: its heading (with the count), its disclosure's
/// labels, and the ids of its region and of the list.
struct ObjectiveList {
    heading: Msg,
    show: Msg,
    hide: Msg,
    region: &'static str,
    test_id: &'static str,
}

const ADDED: ObjectiveList = ObjectiveList {
    heading: Msg::ImportAdded,
    show: Msg::ImportAddedShow,
    hide: Msg::ImportAddedHide,
    region: "import-added-list",
    test_id: "import-added",
};

const CHANGED: ObjectiveList = ObjectiveList {
    heading: Msg::ImportChanged,
    show: Msg::ImportChangedShow,
    hide: Msg::ImportChangedHide,
    region: "import-changed-list",
    test_id: "import-changed",
};

const REMOVED: ObjectiveList = ObjectiveList {
    heading: Msg::ImportRemoved,
    show: Msg::ImportRemovedShow,
    hide: Msg::ImportRemovedHide,
    region: "import-removed-list",
    test_id: "import-removed",
};

/// The first rows of one of the comparison's lists, and how many there are in all.
fn first_rows(refs: &[ObjectiveRef]) -> (Vec<ObjectiveRef>, usize) {
    (
        refs.iter().take(MAX_LISTED_ROWS).cloned().collect(),
        refs.len(),
    )
}

/// The objectives the file would add, change or remove, compared with the workspace now: each
/// list's count, and its first objectives when asked for.
#[component]
fn Changes(incoming: Arc<PendingImport>) -> impl IntoView {
    let state = AppState::expect();
    let comparison = Memo::new(move |_| {
        state
            .workspace
            .with(|current| compare(current, &incoming.file.workspace))
    });
    // Which lists are open; kept when the comparison is worked out again (the workspace changed
    // in another tab).
    let shown: [RwSignal<bool>; 3] = std::array::from_fn(|_| RwSignal::new(false));
    let list = move |kind: &'static ObjectiveList,
                     (rows, total): (Vec<ObjectiveRef>, usize),
                     shown: RwSignal<bool>| {
        (total > 0).then(|| {
            let heading = state.tf(kind.heading, &[("count", &total.to_string())]);
            let more = more_line(
                state.lang.get_untracked(),
                total.saturating_sub(MAX_LISTED_ROWS),
                Msg::ImportObjectivesMore,
            );
            view! {
                <h3>{heading}</h3>
                <FoldedList shown=shown region=kind.region show=kind.show hide=kind.hide>
                    <ul data-testid=kind.test_id>
                        {rows
                            .iter()
                            .map(|r| view! { <li><span class="import-code">{r.code.clone()}</span> " " {r.title.clone()}</li> })
                            .collect_view()}
                    </ul>
                    {more.clone().map(|more| view! { <p>{more}</p> })}
                </FoldedList>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="import-changes-title">
            <h2 id="import-changes-title">{t(Msg::ImportChangesTitle)}</h2>
            <p>{t(Msg::ImportChangesIntro)}</p>
            {move || {
                // Only the rows a list can show are copied out of the comparison.
                let (added, changed, removed, unchanged) = comparison.with(|c| {
                    (first_rows(&c.added), first_rows(&c.changed), first_rows(&c.removed), c.unchanged)
                });
                let unchanged = state.tc(Msg::ImportUnchanged, unchanged, &[]);
                view! {
                    {list(&ADDED, added, shown[0])}
                    {list(&CHANGED, changed, shown[1])}
                    {list(&REMOVED, removed, shown[2])}
                    <p data-testid="import-unchanged">{unchanged}</p>
                }
            }}
        </section>
    }
}
