//! The three ways to take in a previewed file, on the import preview: replace the workspace
//! (with a backup), merge by id (the differences, with a choice for each), or import as a copy;
//! each shows what it would do before it is applied and why applying failed. Also what every
//! part of the preview shares: its lists (the first rows and a count of the rest) and its
//! disclosures (`FoldedList`: a button that shows or hides a region rendered only while shown).

use crate::app::import::{ApplyError, PendingImport};
use crate::app::{clock, AppState};
use crate::domain::hashing::HashMap;
use crate::domain::merge::{differences, merge_with, Difference, Merged, RecordKind, Side};
use crate::domain::validate::Problem;
use crate::domain::Workspace;
use crate::i18n::{self, Lang, Msg};
use crate::io::envelope::MAX_LISTED_PROBLEMS;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::side_choice::SideChoice;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;
use std::sync::Arc;
use uuid::Uuid;

/// How many objectives or codes a list of the preview shows; the rest are counted.
pub const MAX_LISTED_ROWS: usize = 50;

/// "…and 3 more codes." for `count` rows left out of a list (`None` when none are).
pub fn more_line(lang: Lang, count: usize, more: Msg) -> Option<String> {
    (count > 0).then(|| i18n::format_count(lang, more, count, &[]))
}

/// Which of the three ways an error message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    Replace,
    Merge,
    Copy,
}

impl Way {
    pub fn error_id(self) -> &'static str {
        match self {
            Way::Replace => "import-replace-error",
            Way::Merge => "import-merge-error",
            Way::Copy => "import-copy-error",
        }
    }
}

/// Why applying failed, as lines to show.
pub fn apply_error_lines(lang: Lang, error: &ApplyError) -> Vec<String> {
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

pub type Report = Callback<(Way, Result<(), ApplyError>)>;

#[component]
pub fn ReplaceChoice(
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
            <Shown
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
            </Shown>
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

/// One disclosure of the preview (what a way would change, or one of the preview's lists):
/// the button, and the region it controls, whose content is rendered only while it is shown.
/// The preview's first paint is its summary (what the file holds, the counts) and its choices;
/// a list of up to 50 rows, or a merge or a copy worked out, is built when asked for.
#[component]
pub fn FoldedList(
    shown: RwSignal<bool>,
    region: &'static str,
    show: Msg,
    hide: Msg,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <ShowHide shown=shown controls=region show=show hide=hide/>
        <div id=region>
            <Shown when=move || shown.get()>{children()}</Shown>
        </div>
    }
}

/// The button of a [`FoldedList`]: it shows or hides the region `controls`.
#[component]
fn ShowHide(shown: RwSignal<bool>, controls: &'static str, show: Msg, hide: Msg) -> impl IntoView {
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
pub fn MergeChoice(
    pending: Arc<PendingImport>,
    error: RwSignal<Option<(Way, Vec<String>)>>,
    #[prop(into)] report: Report,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = RwSignal::new(false);
    let choices: RwSignal<HashMap<Uuid, Side>> = RwSignal::new(HashMap::default());
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
                let id = difference.id;
                let default = difference.default;
                let side = move || Some(choices.with(|c| c.get(&id).copied().unwrap_or(default)));
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
                    <SideChoice
                        legend=difference_legend(lang, difference)
                        name=format!("import-choice-{id}")
                        mine=label(Msg::ImportKeepMine, mine)
                        theirs=label(Msg::ImportTakeTheirs, theirs)
                        side=Signal::derive(side)
                        on_choose=choose
                    />
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
            <FoldedList
                shown=shown
                region="import-merge-outcome"
                show=Msg::ImportMergeShow
                hide=Msg::ImportMergeHide
            >
                {fieldsets.clone()}
                <Renamed renamed=Signal::derive(renamed) show_none=false/>
                <Problems problems=Signal::derive(problems)/>
            </FoldedList>
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
pub fn CopyChoice(
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
            <FoldedList
                shown=shown
                region="import-copy-outcome"
                show=Msg::ImportCopyShow
                hide=Msg::ImportCopyHide
            >
                <Renamed renamed=Signal::derive(renamed) show_none=true/>
                <Problems problems=Signal::derive(problems)/>
            </FoldedList>
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
    reactive_view(move || {
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
    })
}

/// The rules a way of importing would break; while there are any it cannot be applied.
#[component]
fn Problems(problems: Signal<Vec<Problem>>) -> impl IntoView {
    let state = AppState::expect();
    reactive_view(move || {
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
    })
}
