//! Importing a JSON file: the Data page's import section (file input and the reason a file was
//! refused), the overlay for dropping a file anywhere, and the preview page with its three
//! ways to apply the file (replace, merge by id, import as a copy) or cancel.
//!
//! A file may hold tens of thousands of records: every list here shows its first rows and
//! counts the rest, and what a merge or a copy would change is worked out only when the user
//! opens that part of the preview (or applies it without looking), once per choice.

use crate::app::clock;
use crate::app::import::{ApplyError, ImportRefusal, PendingImport};
use crate::app::{AppState, Route};
use crate::domain::merge::{
    compare, contents, differences, merge_with, Difference, Merged, ObjectiveRef, RecordKind, Side,
};
use crate::domain::validate::Problem;
use crate::domain::Workspace;
use crate::i18n::{self, level_label, Lang, Msg};
use crate::io::envelope::{MAX_LISTED_PROBLEMS, SCHEMA_VERSION};
use crate::io::shape::UnknownFields as Unknown;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

/// The region that explains why a file was refused; focus moves there.
const PROBLEM_ID: &str = "import-problem";
/// The file input of the Data page.
const INPUT_ID: &str = "import-file";
/// The hint under the file input.
const HINT_ID: &str = "import-file-hint";
/// How many objectives or codes a list of the preview shows; the rest are counted.
const MAX_LISTED_ROWS: usize = 50;

/// "…and 3 more codes." for `count` rows left out of a list (`None` when none are).
fn more_line(lang: Lang, count: usize, more: Msg) -> Option<String> {
    (count > 0).then(|| i18n::format_count(lang, more, count, &[]))
}

/// Moves focus to the reason a file was refused, once the Data page shows it. Two frames:
/// the first is when a navigation moves focus to the page heading.
#[cfg(target_arch = "wasm32")]
fn focus_refusal() {
    request_animation_frame(|| focus_after_paint(PROBLEM_ID));
}

/// What to say about a refusal: the file's name (when there is one file) and the problems.
fn refusal_lines(lang: Lang, refusal: &ImportRefusal) -> (Option<String>, Vec<String>) {
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
                crate::app::events::import_file(state, file, focus_refusal);
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
                {refusal}
            </div>
        </section>
    }
}

/// Lets a file be dropped anywhere in the app, with an overlay (announced) while files are
/// dragged over the page. Dragging text or links does nothing.
#[component]
pub fn FileDropZone() -> impl IntoView {
    let dragging = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let state = AppState::expect();
        let listeners = crate::app::events::install_file_drop(state, dragging, focus_refusal);
        on_cleanup(move || {
            for listener in listeners {
                listener.remove();
            }
        });
    }
    view! {
        <div
            class="drop-overlay"
            class:drop-overlay--active=move || dragging.get()
            role="status"
            data-testid="drop-overlay"
        >
            <Show when=move || dragging.get()>
                <p class="drop-overlay__message">{t(Msg::ImportDropOverlay)}</p>
            </Show>
        </div>
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
            Some(pending) => view! { <Preview pending=Arc::new(pending)/> }.into_any(),
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

/// Which of the three ways an error message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    Replace,
    Merge,
    Copy,
}

impl Way {
    fn error_id(self) -> &'static str {
        match self {
            Way::Replace => "import-replace-error",
            Way::Merge => "import-merge-error",
            Way::Copy => "import-copy-error",
        }
    }
}

/// Why applying failed, as lines to show.
fn apply_error_lines(lang: Lang, error: &ApplyError) -> Vec<String> {
    match error {
        ApplyError::NoFile => vec![Msg::ImportNoFile.text(lang).into()],
        ApplyError::BackupFailed(detail) => vec![i18n::format(
            lang,
            Msg::ImportBackupFailed,
            &[("detail", detail)],
        )],
        ApplyError::Problems(problems) => problem_lines(lang, problems),
        ApplyError::Refused(error) => {
            let reason = i18n::describe_command_error(lang, error);
            vec![i18n::format(
                lang,
                Msg::ImportApplyFailed,
                &[("reason", &reason)],
            )]
        }
    }
}

/// The help line, the first problems and how many more there are.
fn problem_lines(lang: Lang, problems: &[Problem]) -> Vec<String> {
    let mut lines = vec![Msg::ImportProblemsHelp.text(lang).to_string()];
    lines.extend(
        problems
            .iter()
            .take(MAX_LISTED_PROBLEMS)
            .map(|p| i18n::describe_problem(lang, p)),
    );
    let more = problems.len().saturating_sub(MAX_LISTED_PROBLEMS);
    if more > 0 {
        let count = i18n::grouped(more as u64);
        lines.push(i18n::format(lang, Msg::ProblemsMore, &[("count", &count)]));
    }
    lines
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

/// Fields the file has that this version does not know: they are listed (the first ones, and
/// how many more), not kept.
#[component]
fn UnknownFields(fields: Unknown) -> impl IntoView {
    let state = AppState::expect();
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
                <p>{t(Msg::ImportUnknownBody)}</p>
                <ul>
                    {paths.into_iter().map(|path| view! { <li><code>{path}</code></li> }).collect_view()}
                </ul>
                {more.map(|more| view! { <p data-testid="import-unknown-more">{more}</p> })}
            </section>
        }
    })
}

/// The objectives the file would add, change or remove, compared with the workspace now.
#[component]
fn Changes(incoming: Arc<PendingImport>) -> impl IntoView {
    let state = AppState::expect();
    let comparison = Memo::new(move |_| {
        state
            .workspace
            .with(|current| compare(current, &incoming.file.workspace))
    });
    let list = move |msg: Msg, refs: Vec<ObjectiveRef>, test_id: &'static str| {
        (!refs.is_empty()).then(|| {
            let heading = state.tf(msg, &[("count", &refs.len().to_string())]);
            let more = more_line(
                state.lang.get_untracked(),
                refs.len().saturating_sub(MAX_LISTED_ROWS),
                Msg::ImportObjectivesMore,
            );
            view! {
                <h3>{heading}</h3>
                <ul data-testid=test_id>
                    {refs
                        .into_iter()
                        .take(MAX_LISTED_ROWS)
                        .map(|r| view! { <li><span class="import-code">{r.code}</span> " " {r.title}</li> })
                        .collect_view()}
                </ul>
                {more.map(|more| view! { <p>{more}</p> })}
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="import-changes-title">
            <h2 id="import-changes-title">{t(Msg::ImportChangesTitle)}</h2>
            <p>{t(Msg::ImportChangesIntro)}</p>
            {move || {
                let comparison = comparison.get();
                let unchanged = state.tc(Msg::ImportUnchanged, comparison.unchanged, &[]);
                view! {
                    {list(Msg::ImportAdded, comparison.added, "import-added")}
                    {list(Msg::ImportChanged, comparison.changed, "import-changed")}
                    {list(Msg::ImportRemoved, comparison.removed, "import-removed")}
                    <p data-testid="import-unchanged">{unchanged}</p>
                }
            }}
        </section>
    }
}

/// The error of one way of applying, in an alert next to its button.
#[component]
fn WayError(way: Way, error: RwSignal<Option<(Way, Vec<String>)>>) -> impl IntoView {
    let lines = move || {
        error.with(|error| match error {
            Some((which, lines)) if *which == way => lines.clone(),
            _ => Vec::new(),
        })
    };
    view! {
        <div id=way.error_id() class="import-problem" class:import-problem--shown=move || !lines().is_empty() role="alert" tabindex="-1">
            {move || {
                lines()
                    .into_iter()
                    .map(|line| view! { <p><Icon kind=IconKind::Error/> " " {line}</p> })
                    .collect_view()
            }}
        </div>
    }
}

type Report = Callback<(Way, Result<(), ApplyError>)>;

#[component]
fn ReplaceChoice(
    error: RwSignal<Option<(Way, Vec<String>)>>,
    #[prop(into)] report: Report,
) -> impl IntoView {
    let state = AppState::expect();
    let backup = RwSignal::new(true);
    let empty = Memo::new(move |_| state.workspace.with(Workspace::is_empty));
    let replace = move |_| {
        report.run((Way::Replace, state.import_replace(backup.get_untracked())));
    };
    view! {
        <section class="panel" aria-labelledby="import-replace-title">
            <h3 id="import-replace-title">{t(Msg::ImportReplaceTitle)}</h3>
            <p>{t(Msg::ImportReplaceHelp)}</p>
            <Show
                when=move || !empty.get()
                fallback=|| view! { <p>{t(Msg::ImportNothingToBackUp)}</p> }
            >
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="import-backup"
                        prop:checked=move || backup.get()
                        on:change=move |ev| backup.set(event_target_checked(&ev))
                    />
                    <label for="import-backup">{t(Msg::ImportBackupFirst)}</label>
                </div>
            </Show>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=replace>
                    {t(Msg::ImportReplaceButton)}
                </button>
            </div>
            <WayError way=Way::Replace error=error/>
        </section>
    }
}

/// The name of a differing record, as its fieldset's legend.
fn difference_legend(lang: Lang, difference: &Difference) -> String {
    let label = difference.label.as_str();
    let msg = match difference.kind {
        RecordKind::Objective => Msg::ImportDiffObjective,
        RecordKind::PolicyStatement => Msg::ImportDiffPolicy,
        RecordKind::Requirement => Msg::ImportDiffRequirement,
        RecordKind::Communication => Msg::ImportDiffCommunication,
        RecordKind::Organisation => Msg::ImportDiffOrganisation,
    };
    i18n::format(lang, msg, &[("label", label)])
}

/// One side's records by id, so that each difference finds its versions without a scan.
struct Versions<'a> {
    workspace: &'a Workspace,
    objectives: HashMap<Uuid, &'a crate::domain::Objective>,
    policy: HashMap<Uuid, &'a crate::domain::PolicyStatement>,
    requirements: HashMap<Uuid, &'a crate::domain::Requirement>,
    communications: HashMap<Uuid, &'a crate::domain::Communication>,
}

impl<'a> Versions<'a> {
    fn of(workspace: &'a Workspace) -> Self {
        Versions {
            workspace,
            objectives: workspace.objectives.iter().map(|o| (o.id.0, o)).collect(),
            policy: workspace.policy.iter().map(|p| (p.id.0, p)).collect(),
            requirements: workspace.requirements.iter().map(|r| (r.id.0, r)).collect(),
            communications: workspace
                .communications
                .iter()
                .map(|c| (c.id.0, c))
                .collect(),
        }
    }

    /// How this side's version of a differing record reads next to its choice.
    fn detail(&self, lang: Lang, difference: &Difference) -> String {
        let id = difference.id;
        match difference.kind {
            RecordKind::Objective => self
                .objectives
                .get(&id)
                .map(|o| {
                    i18n::format(
                        lang,
                        Msg::ImportVersionDetail,
                        &[
                            ("code", &o.code),
                            ("title", &o.title),
                            ("date", &clock::local_date_time(o.updated)),
                        ],
                    )
                })
                .unwrap_or_default(),
            RecordKind::PolicyStatement => self
                .policy
                .get(&id)
                .map(|p| shortened(&p.text))
                .unwrap_or_default(),
            RecordKind::Requirement => self
                .requirements
                .get(&id)
                .map(|r| shortened(&r.title))
                .unwrap_or_default(),
            RecordKind::Communication => self
                .communications
                .get(&id)
                .map(|c| shortened(&c.summary))
                .unwrap_or_default(),
            RecordKind::Organisation => shortened(&self.workspace.organisation.name),
        }
    }
}

/// At most 120 characters of `text`, on one line.
fn shortened(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 120 {
        let cut: String = line.chars().take(119).collect();
        format!("{cut}…")
    } else {
        line
    }
}

/// A value worked out for the preview and shared by its views. Two are equal only when they are
/// the same one: comparing the contents (whole workspaces) would cost as much as working them
/// out.
struct Shared<T>(Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// What applying a way would do, worked out once per choice; `None` once the file is gone
/// (imported or cancelled), so nothing is worked out for a page about to close.
type Outcome = Memo<Option<Shared<Merged>>>;

/// The button that shows or hides what a way would change (a disclosure).
#[component]
fn ShowOutcome(
    shown: RwSignal<bool>,
    controls: &'static str,
    show: Msg,
    hide: Msg,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button"
            aria-expanded=move || if shown.get() { "true" } else { "false" }
            aria-controls=controls
            on:click=move |_| shown.update(|shown| *shown = !*shown)
        >
            {move || if shown.get() { t(hide) } else { t(show) }}
        </button>
    }
}

/// Applies `outcome` with `apply`: the outcome already shown, or worked out now (once) when
/// the user applies without looking.
fn apply_outcome(
    outcome: Outcome,
    apply: impl Fn(&Merged) -> Result<(), ApplyError>,
) -> Result<(), ApplyError> {
    match outcome.get_untracked() {
        Some(merged) => apply(&merged),
        None => Err(ApplyError::NoFile),
    }
}

#[component]
fn MergeChoice(
    pending: Arc<PendingImport>,
    error: RwSignal<Option<(Way, Vec<String>)>>,
    #[prop(into)] report: Report,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(false);
    let choices: RwSignal<HashMap<Uuid, Side>> = RwSignal::new(HashMap::new());
    let waiting = move || state.pending_import.with(Option::is_some);
    let incoming = Arc::clone(&pending);
    let found: Memo<Option<Shared<Vec<Difference>>>> = Memo::new(move |_| {
        waiting().then(|| {
            let found = state
                .workspace
                .with(|current| differences(current, &incoming.file.workspace));
            Shared(Arc::new(found))
        })
    });
    let incoming = Arc::clone(&pending);
    // What merging with the current choices would give: rules broken, codes renamed.
    let outcome: Outcome = Memo::new(move |_| {
        let found = found.get()?;
        let choices = choices.get();
        let merged = state
            .workspace
            .with(|current| merge_with(current, &incoming.file.workspace, &found, &choices));
        Some(Shared(Arc::new(merged)))
    });
    let lang = state.lang.get_untracked();
    let incoming = Arc::clone(&pending);
    let fieldsets = move || {
        let Some(found) = found.get().filter(|found| !found.is_empty()) else {
            return view! { <p>{t(Msg::ImportNoDifferences)}</p> }.into_any();
        };
        let heading = state.tf(
            Msg::ImportDifferencesTitle,
            &[("count", &found.len().to_string())],
        );
        let details: Vec<(String, String)> = state.workspace.with_untracked(|current| {
            let (mine, theirs) = (
                Versions::of(current),
                Versions::of(&incoming.file.workspace),
            );
            found
                .iter()
                .map(|d| (mine.detail(lang, d), theirs.detail(lang, d)))
                .collect()
        });
        let items = found
            .iter()
            .zip(details)
            .map(|(difference, (mine, theirs))| {
                let newer = |detail: String, side: Side| {
                    if difference.newer == Some(side) {
                        i18n::format(lang, Msg::ImportNewer, &[("detail", &detail)])
                    } else {
                        detail
                    }
                };
                let mine = newer(mine, Side::Current);
                let theirs = newer(theirs, Side::Incoming);
                let name = format!("import-choice-{}", difference.id);
                let mine_id = format!("{name}-mine");
                let theirs_id = format!("{name}-theirs");
                let id = difference.id;
                let default = difference.default;
                let side = move || choices.with(|c| c.get(&id).copied().unwrap_or(default));
                let choose = move |chosen: Side| {
                    choices.update(|c| {
                        c.insert(id, chosen);
                    })
                };
                let label = |choice: Msg, detail: String| {
                    if detail.is_empty() {
                        choice.text(lang).to_string()
                    } else {
                        i18n::format(
                            lang,
                            Msg::ImportChoiceDetail,
                            &[("choice", choice.text(lang)), ("detail", &detail)],
                        )
                    }
                };
                view! {
                    <fieldset class="checklist import-difference">
                        <legend>{difference_legend(lang, difference)}</legend>
                        <div class="checkbox">
                            <input
                                type="radio"
                                name=name.clone()
                                id=mine_id.clone()
                                prop:checked=move || side() == Side::Current
                                on:change=move |_| choose(Side::Current)
                            />
                            <label for=mine_id>{label(Msg::ImportKeepMine, mine)}</label>
                        </div>
                        <div class="checkbox">
                            <input
                                type="radio"
                                name=name
                                id=theirs_id.clone()
                                prop:checked=move || side() == Side::Incoming
                                on:change=move |_| choose(Side::Incoming)
                            />
                            <label for=theirs_id>{label(Msg::ImportTakeTheirs, theirs)}</label>
                        </div>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <h4>{heading}</h4>
            {items}
        }
        .into_any()
    };
    let renamed =
        move || outcome.with(|o| o.as_ref().map(|m| m.renamed.clone()).unwrap_or_default());
    let problems =
        move || outcome.with(|o| o.as_ref().map(|m| m.problems.clone()).unwrap_or_default());
    // Whether the shown outcome breaks a rule; an outcome not shown is not worked out for it.
    let refused =
        move || shown.get() && outcome.with(|o| o.as_ref().is_some_and(|m| !m.problems.is_empty()));
    let merge_now = move |_| {
        report.run((
            Way::Merge,
            apply_outcome(outcome, |merged| state.apply_merge(merged)),
        ));
    };
    view! {
        <section class="panel" aria-labelledby="import-merge-title" data-testid="import-merge">
            <h3 id="import-merge-title">{t(Msg::ImportMergeTitle)}</h3>
            <p>{t(Msg::ImportMergeHelp)}</p>
            <ShowOutcome
                shown=shown
                controls="import-merge-outcome"
                show=Msg::ImportMergeShow
                hide=Msg::ImportMergeHide
            />
            <div id="import-merge-outcome">
                <Show when=move || shown.get()>
                    {fieldsets.clone()}
                    <Renamed renamed=Signal::derive(renamed) show_none=false/>
                    <Problems problems=Signal::derive(problems)/>
                </Show>
            </div>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--primary"
                    aria-disabled=move || refused().then_some("true")
                    on:click=merge_now
                >
                    {t(Msg::ImportMergeButton)}
                </button>
            </div>
            <WayError way=Way::Merge error=error/>
        </section>
    }
}

#[component]
fn CopyChoice(
    error: RwSignal<Option<(Way, Vec<String>)>>,
    #[prop(into)] report: Report,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(false);
    // Which codes a copy would rename depends on the codes only, not on the new ids; the copy
    // worked out for the preview is the one applied.
    let outcome: Outcome = Memo::new(move |_| {
        if !state.pending_import.with(Option::is_some) {
            return None;
        }
        state.workspace.track();
        state.preview_copy().map(|copied| Shared(Arc::new(copied)))
    });
    let renamed =
        move || outcome.with(|o| o.as_ref().map(|m| m.renamed.clone()).unwrap_or_default());
    let problems =
        move || outcome.with(|o| o.as_ref().map(|m| m.problems.clone()).unwrap_or_default());
    let refused =
        move || shown.get() && outcome.with(|o| o.as_ref().is_some_and(|m| !m.problems.is_empty()));
    view! {
        <section class="panel" aria-labelledby="import-copy-title" data-testid="import-copy">
            <h3 id="import-copy-title">{t(Msg::ImportCopyTitle)}</h3>
            <p>{t(Msg::ImportCopyHelp)}</p>
            <ShowOutcome
                shown=shown
                controls="import-copy-outcome"
                show=Msg::ImportCopyShow
                hide=Msg::ImportCopyHide
            />
            <div id="import-copy-outcome">
                <Show when=move || shown.get()>
                    <Renamed renamed=Signal::derive(renamed) show_none=true/>
                    <Problems problems=Signal::derive(problems)/>
                </Show>
            </div>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--primary"
                    aria-disabled=move || refused().then_some("true")
                    on:click=move |_| {
                        report.run((
                            Way::Copy,
                            apply_outcome(outcome, |copied| state.apply_copy(copied)),
                        ))
                    }
                >
                    {t(Msg::ImportCopyButton)}
                </button>
            </div>
            <WayError way=Way::Copy error=error/>
        </section>
    }
}

/// The codes an import would change because they are already used (the first ones, and how
/// many more).
#[component]
fn Renamed(renamed: Signal<Vec<(String, String)>>, show_none: bool) -> impl IntoView {
    let state = AppState::expect();
    move || {
        let renamed = renamed.get();
        if renamed.is_empty() {
            return show_none.then(|| view! { <p>{t(Msg::ImportNoRenames)}</p> }.into_any());
        }
        let more = more_line(
            state.lang.get_untracked(),
            renamed.len().saturating_sub(MAX_LISTED_ROWS),
            Msg::ImportRenamedMore,
        );
        let items = renamed
            .into_iter()
            .take(MAX_LISTED_ROWS)
            .map(|(old, new)| {
                let text = state.tf(Msg::ImportRenamedItem, &[("old", &old), ("new", &new)]);
                view! { <li>{text}</li> }
            })
            .collect_view();
        Some(
            view! {
                <h4>{t(Msg::ImportRenamedTitle)}</h4>
                <p>{t(Msg::ImportRenamedHelp)}</p>
                <ul data-testid="import-renamed">{items}</ul>
                {more.map(|more| view! { <p data-testid="import-renamed-more">{more}</p> })}
            }
            .into_any(),
        )
    }
}

/// The rules a way of importing would break; while there are any it cannot be applied.
#[component]
fn Problems(problems: Signal<Vec<Problem>>) -> impl IntoView {
    let state = AppState::expect();
    move || {
        let problems = problems.get();
        (!problems.is_empty()).then(|| {
            let lines = problem_lines(state.lang.get_untracked(), &problems);
            view! {
                <div class="warning import-warning">
                    <h4>
                        <Icon kind=IconKind::Warning/>
                        " "
                        {t(Msg::ImportProblemsTitle)}
                    </h4>
                    <ul class="problem-list">
                        {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
