//! The Workspaces page: every workspace of this browser with its size, last save and number
//! of objectives; opening, renaming, duplicating, downloading and deleting each; creating one
//! (empty, from an example, from a file); and what is wrong when the list or an entry cannot
//! be read.

use crate::app::clock;
use crate::app::state::workspaces::{describe_error, NewWorkspace, WorkspaceRow};
use crate::app::state::ExampleCatalog;
use crate::app::AppState;
use crate::i18n::{grouped, Msg};
use crate::io::registry::{Slot, WorkspaceId};
use crate::storage::workspaces::LoadedRegistry;
use crate::storage::QUOTA_UTF16_UNITS;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind, Modal};
use crate::ui::panels::workspace_switcher::{backup_name, download};
use leptos::prelude::*;

/// Offers workspace `id` as stored (readable JSON) for download under its name.
fn download_workspace(state: AppState, id: &WorkspaceId, name: &str) {
    if let Some(text) = state.workspace_backup(id) {
        download(&backup_name(name), &text);
    }
}

fn percent_of_quota(units: usize) -> String {
    format!("{:.1}", units as f64 * 100.0 / QUOTA_UTF16_UNITS as f64)
}

#[component]
pub fn WorkspacesPage() -> impl IntoView {
    let state = AppState::expect();
    state.refresh_workspaces();
    let missing = move || {
        state
            .workspaces
            .with(|view| view.missing_link.clone())
            .map(|id| {
                let name = state.active_workspace_name();
                view! {
                    <p class="warning" role="alert" data-testid="workspace-missing">
                        <Icon kind=IconKind::Warning/>
                        " "
                        {state.tf(Msg::WorkspacesMissingLink, &[("id", &id), ("name", &name)])}
                    </p>
                }
            })
    };
    let unreadable_list = move || {
        state.workspaces.with(|view| match &view.list {
            LoadedRegistry::Unreadable { .. } => Some(view! { <RegistryProblem/> }),
            _ => None,
        })
    };
    let bad_entries = move || {
        let count = state.workspaces.with(|view| {
            view.list.registry().map_or(0, |registry| {
                registry
                    .slots()
                    .iter()
                    .filter(|slot| matches!(slot, Slot::Unreadable { .. }))
                    .count()
            })
        });
        (count > 0).then(|| {
            view! {
                <p class="warning" data-testid="workspace-bad-entries">
                    <Icon kind=IconKind::Warning/>
                    " "
                    {state.tc(Msg::WorkspacesBadEntries, count, &[])}
                </p>
            }
        })
    };
    view! {
        <PageTitle text=t(Msg::WorkspacesTitle)/>
        <p>{t(Msg::WorkspacesIntro)}</p>
        {move || missing()}
        {move || unreadable_list()}
        {move || bad_entries()}
        <WorkspaceTable/>
        <Shown when=move || state.workspaces.with(|v| v.list.registry().is_some())>
            <CreateWorkspace/>
        </Shown>
    }
}

/// The stored list cannot be read: what that means, and its download.
#[component]
fn RegistryProblem() -> impl IntoView {
    let state = AppState::expect();
    let on_download = move |_| {
        if let Some(raw) = state.registry_raw() {
            download(&format!("sixtwo-workspaces-{}.json", clock::today()), &raw);
        }
    };
    view! {
        <section class="banner banner--warning" role="alert" aria-labelledby="registry-problem-title" data-testid="registry-problem">
            <h2 id="registry-problem-title" class="banner__title">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::WorkspacesRegistryTitle)}
            </h2>
            <p>{t(Msg::WorkspacesRegistryBody)}</p>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=on_download>
                    {t(Msg::WorkspacesRegistryDownload)}
                </button>
            </div>
        </section>
    }
}

/// Every workspace in a table, one row each.
#[component]
fn WorkspaceTable() -> impl IntoView {
    let state = AppState::expect();
    // Which row shows its rename field, and the workspace waiting on the delete dialog.
    let renaming = RwSignal::new(None::<WorkspaceId>);
    let deleting = RwSignal::new(None::<(WorkspaceId, String)>);
    let problem = RwSignal::new(None::<String>);
    let rows = move || state.workspace_rows();
    view! {
        <p class="field__error" role="alert" data-testid="workspace-problem">
            {move || problem.get()}
        </p>
        <div class="table-scroll-x">
            <table class="records-table" data-testid="workspace-list">
                <caption>{t(Msg::WorkspacesListCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::WorkspacesColName)}</th>
                        <th scope="col">{t(Msg::WorkspacesColObjectives)}</th>
                        <th scope="col">{t(Msg::WorkspacesColSaved)}</th>
                        <th scope="col">{t(Msg::WorkspacesColSize)}</th>
                        <th scope="col">{t(Msg::WorkspacesColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|row| view! {
                                <Row row=row renaming=renaming deleting=deleting problem=problem/>
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <DeleteDialog deleting=deleting problem=problem/>
    }
}

#[component]
fn Row(
    row: WorkspaceRow,
    renaming: RwSignal<Option<WorkspaceId>>,
    deleting: RwSignal<Option<(WorkspaceId, String)>>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let WorkspaceRow {
        id,
        name,
        active,
        units,
        stored,
    } = row;
    let (objectives, saved) = match &stored {
        None => (
            state.tc(Msg::WorkspacesObjectiveCount, 0, &[]),
            state.t(Msg::WorkspacesNeverSaved).to_string(),
        ),
        Some(Ok(summary)) => (
            state.tc(Msg::WorkspacesObjectiveCount, summary.objectives, &[]),
            summary.saved_at.map_or_else(
                || state.t(Msg::WorkspacesNeverSaved).to_string(),
                clock::local_date_time,
            ),
        ),
        Some(Err(())) => (
            state.t(Msg::WorkspacesUnreadable).to_string(),
            String::new(),
        ),
    };
    let unreadable = matches!(stored, Some(Err(())));
    let size = state.tf(
        Msg::WorkspacesSize,
        &[
            ("units", &grouped(units as u64)),
            ("percent", &percent_of_quota(units)),
        ],
    );
    let label = |msg: Msg| state.tf(msg, &[("name", &name)]);
    let (open_label, rename_label, duplicate_label, download_label, delete_label) = (
        label(Msg::WorkspacesOpenLabel),
        label(Msg::WorkspacesRenameLabel),
        label(Msg::WorkspacesDuplicateLabel),
        label(Msg::WorkspacesDownloadLabel),
        label(Msg::WorkspacesDeleteLabel),
    );
    let has_data = stored.is_some();
    let open_id = id.clone();
    let rename_id = id.clone();
    let shown_rename = id.clone();
    let duplicate_id = id.clone();
    let download_id = id.clone();
    let delete_id = id.clone();
    let rename_name = name.clone();
    let download_name = name.clone();
    let delete_name = name.clone();
    let duplicate_name = name.clone();
    let on_duplicate = move |_| {
        let lang = state.lang.get_untracked();
        let mut copy = state.tf(Msg::WorkspacesCopyName, &[("name", &duplicate_name)]);
        let mut attempt = 1;
        loop {
            match state.duplicate_workspace(&duplicate_id, &copy) {
                Ok(_) => {
                    problem.set(None);
                    state.show_notice(
                        crate::app::state::NoticeText::with(
                            Msg::WorkspacesDuplicatedNotice,
                            &[("name", &copy)],
                        ),
                        false,
                    );
                    break;
                }
                Err(crate::storage::workspaces::WorkspacesError::Refused(
                    crate::io::registry::ChangeError::NameTaken(_),
                )) if attempt < 20 => {
                    attempt += 1;
                    copy = format!(
                        "{} {attempt}",
                        state.tf(Msg::WorkspacesCopyName, &[("name", &duplicate_name)])
                    );
                }
                Err(error) => {
                    problem.set(Some(describe_error(lang, &error)));
                    break;
                }
            }
        }
    };
    view! {
        <tr data-testid="workspace-row" data-workspace=id.to_string()>
            <th scope="row">
                <span class="workspace-name">{name.clone()}</span>
                {active.then(|| view! { " (" {t(Msg::WorkspacesCurrent)} ")" })}
                <Shown when={
                    let shown = shown_rename.clone();
                    move || renaming.with(|r| r.as_ref() == Some(&shown))
                }>
                    <RenameForm
                        id=rename_id.clone()
                        name=rename_name.clone()
                        renaming=renaming
                    />
                </Shown>
            </th>
            <td class:warning=unreadable>{objectives}</td>
            <td>{saved}</td>
            <td>{size}</td>
            <td>
                <div class="button-row">
                    {(!active).then(|| {
                        let id = open_id.clone();
                        view! {
                            <button
                                type="button"
                                class="button button--small button--primary"
                                aria-label=open_label.clone()
                                on:click=move |_| {
                                    state.switch_workspace(&id);
                                }
                            >
                                {t(Msg::WorkspacesOpen)}
                            </button>
                        }
                    })}
                    <button
                        type="button"
                        class="button button--small"
                        aria-label=rename_label
                        on:click={
                            let id = id.clone();
                            move |_| renaming.set(Some(id.clone()))
                        }
                    >
                        {t(Msg::WorkspacesRename)}
                    </button>
                    <button
                        type="button"
                        class="button button--small"
                        aria-label=duplicate_label
                        on:click=on_duplicate
                    >
                        {t(Msg::WorkspacesDuplicate)}
                    </button>
                    {has_data.then(|| {
                        let id = download_id.clone();
                        let name = download_name.clone();
                        view! {
                            <button
                                type="button"
                                class="button button--small"
                                aria-label=download_label.clone()
                                on:click=move |_| download_workspace(state, &id, &name)
                            >
                                {t(Msg::WorkspacesDownload)}
                            </button>
                        }
                    })}
                    <button
                        type="button"
                        class="button button--small button--danger"
                        aria-label=delete_label
                        on:click=move |_| deleting.set(Some((delete_id.clone(), delete_name.clone())))
                    >
                        {t(Msg::WorkspacesDelete)}
                    </button>
                </div>
            </td>
        </tr>
    }
}

/// The rename field of one row.
#[component]
fn RenameForm(
    id: WorkspaceId,
    name: String,
    renaming: RwSignal<Option<WorkspaceId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let field_id = format!("rename-{id}");
    let error_id = format!("rename-error-{id}");
    let value = RwSignal::new(name.clone());
    let error = RwSignal::new(None::<String>);
    let focus_id = field_id.clone();
    Effect::new(move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::app::browser::focus_element(&focus_id);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = &focus_id;
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let new_name = value.get_untracked();
        match state.rename_workspace(&id, &new_name) {
            Ok(()) => {
                renaming.set(None);
                state.show_notice(
                    crate::app::state::NoticeText::with(
                        Msg::WorkspacesRenamedNotice,
                        &[("name", new_name.trim())],
                    ),
                    false,
                );
            }
            Err(problem) => error.set(Some(describe_error(state.lang.get_untracked(), &problem))),
        }
    };
    let described = error_id.clone();
    view! {
        <form on:submit=on_submit>
            <div class="field">
                <label for=field_id.clone()>{state.tf(Msg::WorkspacesRenameField, &[("name", &name)])}</label>
                <input
                    type="text"
                    id=field_id
                    maxlength="80"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                />
                <p class="field__error" id=error_id role="alert">{move || error.get()}</p>
            </div>
            <div class="button-row">
                <button type="submit" class="button button--small button--primary">
                    {t(Msg::WorkspacesRenameSave)}
                </button>
                <button type="button" class="button button--small" on:click=move |_| renaming.set(None)>
                    {t(Msg::WorkspacesCancel)}
                </button>
            </div>
        </form>
    }
}

/// Asks before deleting, with the backup download first.
#[component]
fn DeleteDialog(
    deleting: RwSignal<Option<(WorkspaceId, String)>>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let open = Signal::derive(move || deleting.with(Option::is_some));
    let title = Signal::derive(move || {
        deleting
            .get()
            .map(|(_, name)| state.tf(Msg::WorkspacesDeleteTitle, &[("name", &name)]))
            .unwrap_or_default()
    });
    let on_backup = move |_| {
        if let Some((id, name)) = deleting.get_untracked() {
            download_workspace(state, &id, &name);
        }
    };
    let on_delete = move |_| {
        let Some((id, _)) = deleting.get_untracked() else {
            return;
        };
        deleting.set(None);
        match state.delete_workspace(&id) {
            Ok(()) => problem.set(None),
            Err(error) => problem.set(Some(describe_error(state.lang.get_untracked(), &error))),
        }
    };
    view! {
        <Modal open=open on_close=move || deleting.set(None) title=title>
            <p>{t(Msg::WorkspacesDeleteBody)}</p>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=on_backup>
                    {t(Msg::WorkspacesDeleteBackup)}
                </button>
                <button type="button" class="button button--danger" on:click=on_delete>
                    {t(Msg::WorkspacesDeleteConfirm)}
                </button>
                <button type="button" class="button" on:click=move |_| deleting.set(None)>
                    {t(Msg::WorkspacesCancel)}
                </button>
            </div>
        </Modal>
    }
}

/// How a new workspace starts, as chosen in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Empty,
    Example,
    File,
}

/// The form that creates a workspace and opens it.
#[component]
fn CreateWorkspace() -> impl IntoView {
    let state = AppState::expect();
    let name = RwSignal::new(String::new());
    let start = RwSignal::new(Start::Empty);
    let example = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(Vec::<String>::new());
    let file_input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if start.get() == Start::Example {
            state.want_example_catalog();
        }
    });
    let examples = move || match state.examples.get() {
        ExampleCatalog::Ready(catalog) => {
            let lang = state.example_language();
            catalog
                .examples
                .iter()
                .map(|entry| {
                    (
                        entry.id.clone(),
                        entry.name.get(entry.language_for(lang)).to_string(),
                    )
                })
                .collect::<Vec<_>>()
        }
        _ => Vec::new(),
    };
    // Runs after an example was fetched or a file read, when the form may be gone (the person
    // went to another page meanwhile): it reads none of the form's signals, whose reading
    // would panic once they are disposed (setting one that is gone does nothing).
    let create_named = move |name: &str, content: NewWorkspace| {
        let lang = state.lang.get_untracked();
        match state.create_workspace(name, content) {
            Ok(_) => error.set(Vec::new()),
            Err(problem) => error.set(vec![describe_error(lang, &problem)]),
        }
        busy.set(false);
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        // The name is checked before anything is fetched or read, and kept for the creation.
        let lang = state.lang.get_untracked();
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            error.set(vec![Msg::WorkspacesErrorEmptyName.text(lang).to_string()]);
            return;
        }
        let create = move |content: NewWorkspace| create_named(&typed, content);
        match start.get_untracked() {
            Start::Empty => create(NewWorkspace::Empty),
            Start::Example => {
                let mut id = example.get_untracked();
                if id.is_empty() {
                    id = examples()
                        .first()
                        .map(|(id, _)| id.clone())
                        .unwrap_or_default();
                }
                if id.is_empty() {
                    error.set(vec![Msg::WorkspacesExampleCatalogMissing
                        .text(lang)
                        .to_string()]);
                    return;
                }
                busy.set(true);
                fetch_example_then(state, id, error, busy, create);
            }
            Start::File => {
                #[cfg(target_arch = "wasm32")]
                {
                    let file = file_input
                        .get_untracked()
                        .and_then(|input| input.files())
                        .and_then(|files| files.get(0));
                    let Some(file) = file else {
                        error.set(vec![Msg::WorkspacesFileMissing.text(lang).to_string()]);
                        return;
                    };
                    busy.set(true);
                    read_file_then(state, file, error, busy, create);
                }
                #[cfg(not(target_arch = "wasm32"))]
                error.set(vec![Msg::WorkspacesFileMissing.text(lang).to_string()]);
            }
        }
    };
    let radio = move |value: Start, msg: Msg, id: &'static str| {
        view! {
            <div class="checkbox">
                <input
                    type="radio"
                    id=id
                    name="workspace-start"
                    prop:checked=move || start.get() == value
                    on:change=move |_| start.set(value)
                />
                <label for=id>{t(msg)}</label>
            </div>
        }
    };
    view! {
        <section class="panel" aria-labelledby="create-workspace-title">
            <h2 id="create-workspace-title">{t(Msg::WorkspacesCreateTitle)}</h2>
            <form on:submit=on_submit data-testid="create-workspace">
                <div class="field">
                    <label for="new-workspace-name">{t(Msg::WorkspacesCreateName)}</label>
                    <input
                        type="text"
                        id="new-workspace-name"
                        maxlength="80"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <fieldset class="field">
                    <legend>{t(Msg::WorkspacesCreateStart)}</legend>
                    {radio(Start::Empty, Msg::WorkspacesStartEmpty, "start-empty")}
                    {radio(Start::Example, Msg::WorkspacesStartExample, "start-example")}
                    {radio(Start::File, Msg::WorkspacesStartFile, "start-file")}
                </fieldset>
                <Shown when=move || start.get() == Start::Example>
                    <div class="field">
                        <label for="new-workspace-example">{t(Msg::WorkspacesExampleLabel)}</label>
                        <select
                            id="new-workspace-example"
                            on:change=move |ev| example.set(event_target_value(&ev))
                        >
                            {move || {
                                examples()
                                    .into_iter()
                                    .map(|(id, label)| {
                                        let selected = example.get_untracked() == id;
                                        view! { <option value=id selected=selected>{label}</option> }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                </Shown>
                <Shown when=move || start.get() == Start::File>
                    <div class="field">
                        <label for="new-workspace-file">{t(Msg::WorkspacesFileLabel)}</label>
                        <input
                            type="file"
                            id="new-workspace-file"
                            accept=".json,application/json"
                            node_ref=file_input
                        />
                    </div>
                </Shown>
                <div class="field__error" role="alert" data-testid="create-workspace-problem">
                    {move || {
                        error
                            .get()
                            .into_iter()
                            .map(|line| view! { <p>{line}</p> })
                            .collect_view()
                    }}
                </div>
                <p role="status">
                    {move || busy.get().then(|| t(Msg::WorkspacesCreateFetching))}
                </p>
                <button type="submit" class="button button--primary" prop:disabled=move || busy.get()>
                    {t(Msg::WorkspacesCreate)}
                </button>
            </form>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
fn fetch_example_then(
    state: AppState,
    id: String,
    error: RwSignal<Vec<String>>,
    busy: RwSignal<bool>,
    create: impl Fn(NewWorkspace) + 'static,
) {
    leptos::task::spawn_local(async move {
        match state.example_workspace(id).await {
            Ok(Some((workspace, _))) => create(NewWorkspace::With(Box::new(workspace))),
            Ok(None) => {}
            Err(problem) => {
                let lines = crate::i18n::example::describe_example_problem(
                    state.lang.get_untracked(),
                    &problem,
                );
                let _ = error.try_set(lines);
                let _ = busy.try_set(false);
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn fetch_example_then(
    _state: AppState,
    _id: String,
    _error: RwSignal<Vec<String>>,
    busy: RwSignal<bool>,
    _create: impl Fn(NewWorkspace) + 'static,
) {
    busy.set(false);
}

/// Reads a chosen file with every check of an import, then creates the workspace from it;
/// a refused file is explained and nothing is created.
#[cfg(target_arch = "wasm32")]
fn read_file_then(
    state: AppState,
    file: web_sys::File,
    error: RwSignal<Vec<String>>,
    busy: RwSignal<bool>,
    create: impl Fn(NewWorkspace) + 'static,
) {
    use crate::io::import::{check_size, read_file, ImportRefusal};
    let file_name = file.name();
    let refuse = move |refusal: ImportRefusal| {
        let (file, mut lines) =
            crate::ui::pages::import::refusal_lines(state.lang.get_untracked(), &refusal);
        if let Some(file) = file {
            lines.insert(0, file);
        }
        let _ = error.try_set(lines);
        let _ = busy.try_set(false);
    };
    let bytes = file.size().max(0.0).min(u64::MAX as f64) as u64;
    if let Err(problem) = check_size(bytes) {
        refuse(ImportRefusal::File { file_name, problem });
        return;
    }
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                match read_file(&bytes) {
                    Ok(imported) => create(NewWorkspace::With(Box::new(imported.workspace))),
                    Err(problem) => refuse(ImportRefusal::File { file_name, problem }),
                }
            }
            Err(failure) => refuse(ImportRefusal::NotReadable {
                file_name,
                detail: crate::app::browser::describe_error(&failure),
            }),
        }
    });
}
