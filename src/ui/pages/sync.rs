//! The Team sync page: setting sync up (server, database, sign-in; the password is never
//! stored), where it stands in words (last sync, pending changes, errors), pause, resume and
//! stop syncing (which keeps the local copy), conflicts to resolve field by field with "Keep
//! mine" or "Take theirs", and records held aside with the reason.

use crate::app::clock;
use crate::app::sync::{
    check_settings, ConflictView, HeldView, SetupProblem, SyncCall, SyncStatus,
};
use crate::app::sync_loader;
use crate::app::AppState;
use crate::domain::hashing::HashMap;
use crate::domain::merge::Side;
use crate::i18n::{self, Msg};
use crate::io::sync::docs::DocKind;
use crate::io::sync::endpoint::EndpointProblem;
use crate::io::sync::integrate::HoldReason;
use crate::io::sync::meta::AuthMethod;
use crate::io::sync::replicator::Failure;
use crate::ui::components::form::{FormErrors, FormField, FormSummary, Problem};
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::side_choice::{FieldRow, SideChoice};
use crate::ui::components::widgets::{t, ConfirmDialog, ConfirmStyle, TextField};
use leptos::prelude::*;

#[component]
pub fn SyncPage() -> impl IntoView {
    let state = AppState::expect();
    let set_up = move || state.sync.with(|view| view.server.is_some());
    // Stored sync data not read yet: its settings are unknown, so no form offers new ones.
    let unread = move || {
        state.sync.with(|view| {
            matches!(
                view.status,
                SyncStatus::Loading | SyncStatus::CodeUnavailable
            )
        })
    };
    view! {
        <PageTitle text=t(Msg::SyncTitle)/>
        <p>{t(Msg::SyncIntro)}</p>
        <StatusSection/>
        <Shown when=move || set_up() || unread() fallback=|| view! { <SetupForm/> }>
            <ConflictsSection/>
            <HeldSection/>
        </Shown>
    }
}

fn endpoint_problem(problem: EndpointProblem) -> Msg {
    match problem {
        EndpointProblem::Empty => Msg::SyncProblemEmpty,
        EndpointProblem::NotAddress => Msg::SyncProblemNotAddress,
        EndpointProblem::NotHttps => Msg::SyncProblemNotHttps,
        EndpointProblem::HasCredentials => Msg::SyncProblemCredentials,
        EndpointProblem::HasQuery => Msg::SyncProblemQuery,
        EndpointProblem::BadDatabase => Msg::SyncProblemDatabase,
    }
}

const SERVER: FormField = FormField::new("sync-server", Msg::SyncServer);
const DATABASE: FormField = FormField::new("sync-database", Msg::SyncDatabase);
const USER: FormField = FormField::new("sync-user", Msg::SyncUser);

/// The field a setup problem is shown at, and what it says.
fn setup_refusal(problem: SetupProblem) -> (FormField, Problem) {
    match problem {
        SetupProblem::Server(found) => (SERVER, Problem::Says(endpoint_problem(found))),
        SetupProblem::Database(found) => (DATABASE, Problem::Says(endpoint_problem(found))),
        SetupProblem::NoUser => (USER, Problem::Says(Msg::SyncProblemNoUser)),
    }
}

/// The form that sets sync up.
#[component]
fn SetupForm() -> impl IntoView {
    let state = AppState::expect();
    let url = RwSignal::new(String::new());
    let database = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let auth = RwSignal::new(AuthMethod::Session);
    let errors = FormErrors::default();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let checked = check_settings(
            &url.get_untracked(),
            &database.get_untracked(),
            &user.get_untracked(),
            auth.get_untracked(),
        );
        match checked {
            Ok(settings) => {
                errors.clear_all();
                let typed = password.get_untracked();
                password.set(String::new());
                sync_loader::act(state, SyncCall::Start(settings, typed));
            }
            Err(found) => errors.show_problems(vec![setup_refusal(found)]),
        }
    };
    let needs_user = move || auth.get() != AuthMethod::None;
    let auth_option = move |method: AuthMethod, msg: Msg, value: &'static str| {
        view! {
            <div class="checkbox">
                <input
                    type="radio"
                    name="sync-auth"
                    id=format!("sync-auth-{value}")
                    value=value
                    prop:checked=move || auth.get() == method
                    on:change=move |_| auth.set(method)
                />
                <label for=format!("sync-auth-{value}")>{t(msg)}</label>
            </div>
        }
    };
    view! {
        <form class="panel sync-form" on:submit=submit novalidate=true>
            <FormSummary errors=errors/>
            <TextField
                id=SERVER.id
                label=t(SERVER.label)
                value=url
                on_change=errors.input(url, SERVER)
                help=t(Msg::SyncServerHelp)
                error=errors.at(SERVER.id)
            />
            <TextField
                id=DATABASE.id
                label=t(DATABASE.label)
                value=database
                on_change=errors.input(database, DATABASE)
                help=t(Msg::SyncDatabaseHelp)
                error=errors.at(DATABASE.id)
            />
            <fieldset class="field">
                <legend>{t(Msg::SyncAuth)}</legend>
                {auth_option(AuthMethod::Session, Msg::SyncAuthSession, "session")}
                {auth_option(AuthMethod::Basic, Msg::SyncAuthBasic, "basic")}
                {auth_option(AuthMethod::None, Msg::SyncAuthNone, "none")}
            </fieldset>
            <Shown when=needs_user>
                <TextField
                    id=USER.id
                    label=t(USER.label)
                    value=user
                    on_change=errors.input(user, USER)
                    error=errors.at(USER.id)
                />
                <div class="field">
                    <label for="sync-password">{t(Msg::SyncPassword)}</label>
                    <p id="sync-password-help" class="field__help">{t(Msg::SyncPasswordHelp)}</p>
                    <input
                        id="sync-password"
                        type="password"
                        autocomplete="current-password"
                        aria-describedby="sync-password-help"
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev))
                    />
                </div>
            </Shown>
            <button type="submit" class="button button--primary">{t(Msg::SyncStart)}</button>
        </form>
    }
}

/// Where sync stands, in words, with pause, resume, sign-in and stop.
#[component]
fn StatusSection() -> impl IntoView {
    let state = AppState::expect();
    let stopping = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let status_text = move || {
        let status = state.sync.with(|view| view.status.clone());
        match status {
            SyncStatus::Off => state.t(Msg::SyncStatusOff).to_string(),
            SyncStatus::Unreadable => state.t(Msg::SyncStatusUnreadable).to_string(),
            SyncStatus::Paused => state.t(Msg::SyncStatusPaused).to_string(),
            SyncStatus::Syncing => state.t(Msg::SyncStatusSyncing).to_string(),
            SyncStatus::Watching => state.t(Msg::SyncStatusWatching).to_string(),
            SyncStatus::Offline { retry_in_secs } => {
                let count = usize::try_from(retry_in_secs).unwrap_or(usize::MAX);
                state.tc(Msg::SyncStatusOffline, count, &[])
            }
            SyncStatus::SignInNeeded => state.t(Msg::SyncStatusSignIn).to_string(),
            SyncStatus::NotStored => state.t(Msg::SyncStatusNotStored).to_string(),
            SyncStatus::OtherTab => state.t(Msg::SyncStatusOtherTab).to_string(),
            SyncStatus::Loading => state.t(Msg::SyncStatusLoading).to_string(),
            SyncStatus::CodeUnavailable => state.t(Msg::SyncStatusCodeUnavailable).to_string(),
            SyncStatus::Failed(failure) => failure_text(state, &failure),
        }
    };
    let with = move || {
        state.sync.with(|view| {
            view.server.as_ref().map(|server| {
                state.tf(
                    Msg::SyncWith,
                    &[("database", &server.database), ("server", &server.url)],
                )
            })
        })
    };
    let last = move || match state.sync.with(|view| view.last_sync) {
        Some(at) => state.tf(Msg::SyncLast, &[("time", &clock::local_date_time(at))]),
        None => state.t(Msg::SyncNever).to_string(),
    };
    let pending = move || {
        let count = state.sync.with(|view| view.pending);
        (count > 0).then(|| state.tc(Msg::SyncPending, count, &[]))
    };
    let set_up = move || state.sync.with(|view| view.server.is_some());
    let unreadable = move || {
        state
            .sync
            .with(|view| view.status == SyncStatus::Unreadable)
    };
    let paused = move || state.sync.with(|view| view.status == SyncStatus::Paused);
    let sign_in = move || {
        state
            .sync
            .with(|view| view.status == SyncStatus::SignInNeeded)
    };
    let refused = move || {
        state.sync.with(|view| {
            view.refused
                .iter()
                .map(|r| {
                    let text = state.tf(Msg::SyncRefused, &[("id", &r.id), ("reason", &r.reason)]);
                    view! { <li>{text}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="panel" aria-labelledby="sync-status-title">
            <h2 id="sync-status-title" class="visually-hidden">{t(Msg::SyncTitle)}</h2>
            <p data-testid="sync-with">{move || with()}</p>
            <p role="status" data-testid="sync-status">{move || status_text()}</p>
            <Shown when=set_up>
                <p data-testid="sync-last">{move || last()}</p>
                <p data-testid="sync-pending">{move || pending()}</p>
                <ul>{move || refused()}</ul>
            </Shown>
            <Shown when=sign_in>
                <form
                    class="sync-sign-in"
                    on:submit=move |event: leptos::ev::SubmitEvent| {
                        event.prevent_default();
                        let typed = password.get_untracked();
                        password.set(String::new());
                        sync_loader::act(state, SyncCall::SignIn(typed));
                    }
                >
                    <label for="sync-sign-in-password">{t(Msg::SyncPassword)}</label>
                    <input
                        id="sync-sign-in-password"
                        type="password"
                        autocomplete="current-password"
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button button--primary">{t(Msg::SyncSignIn)}</button>
                </form>
            </Shown>
            <div class="button-row">
                <Shown when=move || set_up() && !paused()>
                    <button type="button" class="button" on:click=move |_| { sync_loader::act(state, SyncCall::Pause); }>
                        {t(Msg::SyncPause)}
                    </button>
                </Shown>
                <Shown when=move || set_up() && paused()>
                    <button type="button" class="button button--primary" on:click=move |_| { sync_loader::act(state, SyncCall::Resume); }>
                        {t(Msg::SyncResume)}
                    </button>
                </Shown>
                <Shown when=move || set_up() || unreadable()>
                    <button type="button" class="button button--danger" on:click=move |_| stopping.set(true)>
                        {t(Msg::SyncStop)}
                    </button>
                </Shown>
            </div>
        </section>
        <ConfirmDialog
            open=stopping
            title=t(Msg::SyncStopTitle)
            body=t(Msg::SyncStopBody)
            confirm=Msg::SyncStopConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || { sync_loader::act(state, SyncCall::Stop); }
        />
    }
}

fn failure_text(state: AppState, failure: &Failure) -> String {
    match failure {
        Failure::Unauthorized => state.t(Msg::SyncStatusSignIn).to_string(),
        Failure::Forbidden(reason) => state.tf(Msg::SyncStatusForbidden, &[("reason", reason)]),
        Failure::NoDatabase => state.t(Msg::SyncStatusNoDatabase).to_string(),
        Failure::Server {
            status,
            error,
            reason,
        } => state.tf(
            Msg::SyncStatusServer,
            &[
                ("status", &status.to_string()),
                ("error", error),
                ("reason", reason),
            ],
        ),
        Failure::Protocol(reason) => state.tf(
            Msg::SyncStatusServer,
            &[("status", ""), ("error", ""), ("reason", reason)],
        ),
    }
}

fn kind_msg(kind: DocKind) -> Msg {
    match kind {
        DocKind::Workspace => Msg::SyncKindWorkspace,
        DocKind::Policy => Msg::SyncKindPolicy,
        DocKind::Requirement => Msg::SyncKindRequirement,
        DocKind::Objective => Msg::SyncKindObjective,
        DocKind::Measurement => Msg::SyncKindMeasurement,
        DocKind::Review => Msg::SyncKindReview,
        DocKind::Communication => Msg::SyncKindCommunication,
    }
}

/// One conflict: the fields that differ and the two choices, as the import's merge shows
/// them, and the button that resolves it as chosen.
fn conflict_item(
    state: AppState,
    conflict: ConflictView,
    choices: RwSignal<HashMap<String, Side>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let legend = format!("{} {}", state.t(kind_msg(conflict.kind)), conflict.label);
    let fields = conflict
        .fields
        .into_iter()
        .map(|field| FieldRow {
            field: field.field,
            mine: field.mine,
            theirs: field.theirs,
        })
        .collect();
    let id = conflict.id;
    let name = format!("sync-choice-{}", id.replace(':', "-"));
    let side_id = id.clone();
    let side = Signal::derive(move || choices.with(|c| c.get(&side_id).copied()));
    let choose_id = id.clone();
    let choose = move |chosen: Side| {
        choices.update(|c| {
            c.insert(choose_id.clone(), chosen);
        });
    };
    let resolve = move |_| {
        let problem = match side.get_untracked() {
            None => Some(Msg::SyncChooseFirst),
            Some(Side::Current) => {
                sync_loader::act(state, SyncCall::KeepMine(id.clone()));
                None
            }
            Some(Side::Incoming) => (!sync_loader::act(state, SyncCall::TakeTheirs(id.clone())))
                .then_some(Msg::SyncTakeFailed),
        };
        failed.set(problem.map(|msg| state.t(msg).to_string()));
        if problem.is_none() {
            choices.update(|c| {
                c.remove(&id);
            });
        }
    };
    let context = legend.clone();
    view! {
        <li class="sync-conflict" data-testid="sync-conflict">
            <SideChoice
                legend=legend
                name=name
                mine=state.t(Msg::SyncKeepMine).to_string()
                theirs=state.t(Msg::SyncTakeTheirs).to_string()
                side=side
                on_choose=choose
                fields=fields
                columns=(Msg::SyncMine, Msg::SyncTheirs)
            />
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=resolve>
                    {t(Msg::SyncResolve)}
                    <span class="visually-hidden">" " {context}</span>
                </button>
            </div>
        </li>
    }
}

#[component]
fn ConflictsSection() -> impl IntoView {
    let state = AppState::expect();
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    // Kept here, not in each item: the list is drawn again whenever the sync view changes.
    let choices: RwSignal<HashMap<String, Side>> = RwSignal::new(HashMap::default());
    let any = move || state.sync.with(|view| !view.conflicts.is_empty());
    let items = move || {
        state
            .sync
            .get()
            .conflicts
            .into_iter()
            .map(|conflict| conflict_item(state, conflict, choices, failed))
            .collect_view()
    };
    view! {
        <Shown when=any>
            <section class="panel" aria-labelledby="sync-conflicts-title">
                <h2 id="sync-conflicts-title">{t(Msg::SyncConflictsTitle)}</h2>
                <p>{t(Msg::SyncConflictsIntro)}</p>
                <p role="alert">{move || failed.get()}</p>
                <ul class="sync-list">{move || items()}</ul>
            </section>
        </Shown>
    }
}

fn hold_reason(state: AppState, reason: &HoldReason) -> Vec<String> {
    let lang = state.lang.get_untracked();
    match reason {
        HoldReason::Unreadable(_) => vec![state.t(Msg::SyncHeldUnreadable).to_string()],
        HoldReason::TooNew { version } => {
            vec![state.tf(Msg::SyncHeldTooNew, &[("version", &version.to_string())])]
        }
        HoldReason::Decode(error) => i18n::describe_decode_error(lang, error),
        HoldReason::Orphan => vec![state.t(Msg::SyncHeldOrphan).to_string()],
        HoldReason::Breaks(problems) => problems
            .iter()
            .map(|problem| i18n::describe_problem(lang, problem))
            .collect(),
        HoldReason::Unexplained(_) => vec![state.t(Msg::SyncHeldUnexplained).to_string()],
    }
}

fn held_item(state: AppState, held: HeldView) -> impl IntoView {
    let heading = format!("{} {}", state.t(kind_msg(held.kind)), held.label);
    let reasons = hold_reason(state, &held.reason)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    view! {
        <li data-testid="sync-held">
            <h3>{heading}</h3>
            <ul>{reasons}</ul>
        </li>
    }
}

#[component]
fn HeldSection() -> impl IntoView {
    let state = AppState::expect();
    let any = move || state.sync.with(|view| !view.held.is_empty());
    let items = move || {
        state
            .sync
            .get()
            .held
            .into_iter()
            .map(|held| held_item(state, held))
            .collect_view()
    };
    view! {
        <Shown when=any>
            <section class="panel" aria-labelledby="sync-held-title">
                <h2 id="sync-held-title">{t(Msg::SyncHeldTitle)}</h2>
                <p>{t(Msg::SyncHeldIntro)}</p>
                <ul class="sync-list">{move || items()}</ul>
            </section>
        </Shown>
    }
}
