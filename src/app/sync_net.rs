//! The browser side of team sync: requests with `fetch` (the session cookie sent along, or
//! basic authentication), the loop that runs replication cycles and long-polls the changes
//! feed between them, and the waits with back-off after a failure. A change here or the
//! network coming back cuts a wait or a long poll short.

use super::state::AppState;
use super::sync::{now_text, SyncStatus};
use crate::io::sync::endpoint::{basic_auth, Endpoint};
use crate::io::sync::integrate::integrate;
use crate::io::sync::meta::{AuthMethod, ServerSettings};
use crate::io::sync::protocol::{Request, Response};
use crate::io::sync::push::outgoing;
use crate::io::sync::replicator::{Action, Failure, Replicator};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a request got no answer.
enum NoAnswer {
    /// Cut short on purpose (a nudge, pause or stop).
    Aborted,
    /// The network or the server is unreachable (or CORS refused the answer).
    Offline,
}

/// Sends `request` to the server.
async fn send(
    settings: &ServerSettings,
    password: &str,
    request: &Request,
    abort: &web_sys::AbortController,
) -> Result<Response, NoAnswer> {
    let endpoint = Endpoint {
        server: settings.url.clone(),
        database: settings.database.clone(),
    };
    let init = web_sys::RequestInit::new();
    init.set_method(request.method.as_str());
    let headers = web_sys::Headers::new().map_err(|_| NoAnswer::Offline)?;
    let _ = headers.set("Accept", "application/json");
    if let Some(body) = &request.body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&JsValue::from_str(body));
    }
    match settings.auth {
        AuthMethod::Basic => {
            let _ = headers.set("Authorization", &basic_auth(&settings.user, password));
            init.set_credentials(web_sys::RequestCredentials::Omit);
        }
        AuthMethod::Session => init.set_credentials(web_sys::RequestCredentials::Include),
        AuthMethod::None => init.set_credentials(web_sys::RequestCredentials::Omit),
    }
    init.set_headers(&headers);
    init.set_signal(Some(&abort.signal()));
    init.set_cache(web_sys::RequestCache::NoStore);
    let url = endpoint.url(&request.path);
    let fetch_request =
        web_sys::Request::new_with_str_and_init(&url, &init).map_err(|_| NoAnswer::Offline)?;
    let window = web_sys::window().ok_or(NoAnswer::Offline)?;
    let answer = JsFuture::from(window.fetch_with_request(&fetch_request))
        .await
        .map_err(|_| {
            if abort.signal().aborted() {
                NoAnswer::Aborted
            } else {
                NoAnswer::Offline
            }
        })?;
    let response: web_sys::Response = answer.dyn_into().map_err(|_| NoAnswer::Offline)?;
    let text_promise = response.text().map_err(|_| NoAnswer::Offline)?;
    let body = JsFuture::from(text_promise)
        .await
        .map_err(|_| {
            if abort.signal().aborted() {
                NoAnswer::Aborted
            } else {
                NoAnswer::Offline
            }
        })?
        .as_string()
        .unwrap_or_default();
    Ok(Response {
        status: response.status(),
        body,
    })
}

/// Waits `duration`, or less when nudged or when the loop is ended.
async fn sleep(state: AppState, run: u64, duration: Duration) {
    let nudges = state.sync_runtime.with_value(|r| r.nudges);
    let deadline = js_sys::Date::now() + duration.as_millis() as f64;
    while js_sys::Date::now() < deadline {
        let step = (deadline - js_sys::Date::now()).clamp(0.0, 250.0) as i32;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, step.max(1));
            }
        });
        let _ = JsFuture::from(promise).await;
        let (current_run, current_nudges) = state.sync_runtime.with_value(|r| (r.run, r.nudges));
        if current_run != run || current_nudges != nudges {
            return;
        }
    }
}

/// How a cycle ended.
enum Outcome {
    Done,
    Stopped,
    Interrupted,
    Offline,
    Failed(Failure),
}

/// Starts the loop for the current run.
pub fn spawn_loop(state: AppState) {
    let run = state.sync_runtime.with_value(|r| r.run);
    leptos::task::spawn_local(run_loop(state, run));
}

fn still_running(state: AppState, run: u64) -> bool {
    state.sync_runtime.with_value(|r| r.run == run)
}

async fn run_loop(state: AppState, run: u64) {
    let mut wait_for_changes = false;
    let mut signed_in = false;
    loop {
        if !still_running(state, run) {
            return;
        }
        if !signed_in {
            match sign_in(state, run).await {
                Ok(()) => signed_in = true,
                Err(outcome) => {
                    if !after_failure(state, run, outcome).await {
                        return;
                    }
                    continue;
                }
            }
        }
        let nudges = state.sync_runtime.with_value(|r| r.nudges);
        let outcome = cycle(state, run, wait_for_changes).await;
        match outcome {
            Outcome::Done => {
                state.sync_runtime.update_value(|r| r.backoff.succeeded());
                // A change made during the cycle may have missed its push.
                wait_for_changes = state.sync_runtime.with_value(|r| r.nudges) == nudges;
            }
            Outcome::Interrupted => wait_for_changes = false,
            Outcome::Stopped => return,
            other => {
                wait_for_changes = false;
                if matches!(other, Outcome::Failed(Failure::Unauthorized)) {
                    signed_in = false;
                }
                if !after_failure(state, run, other).await {
                    return;
                }
            }
        }
    }
}

/// Shows a failure and waits before the next try; `false` when the loop is to end.
async fn after_failure(state: AppState, run: u64, outcome: Outcome) -> bool {
    let temporary = match &outcome {
        Outcome::Offline => true,
        Outcome::Failed(failure) => failure.is_temporary(),
        Outcome::Stopped => return false,
        Outcome::Done | Outcome::Interrupted => return true,
    };
    if !temporary {
        let status = match outcome {
            Outcome::Failed(Failure::Unauthorized) => SyncStatus::SignInNeeded,
            Outcome::Failed(failure) => SyncStatus::Failed(failure),
            _ => SyncStatus::Offline { retry_in_secs: 0 },
        };
        if still_running(state, run) {
            state.set_sync_status(status);
        }
        return false;
    }
    let wait = state
        .sync_runtime
        .try_update_value(|r| r.backoff.failed(js_sys::Math::random()))
        .unwrap_or(Duration::from_secs(1));
    if still_running(state, run) {
        state.set_sync_status(SyncStatus::Offline {
            retry_in_secs: wait.as_secs().max(1),
        });
    }
    state.sync_runtime.update_value(|r| r.waiting = true);
    sleep(state, run, wait).await;
    state.sync_runtime.update_value(|r| r.waiting = false);
    still_running(state, run)
}

/// Opens a session when the sign-in is by session cookie and a password was given.
async fn sign_in(state: AppState, run: u64) -> Result<(), Outcome> {
    let (settings, password) = state.sync_runtime.with_value(|r| {
        (
            r.meta.as_ref().and_then(|m| m.server.clone()),
            r.password.clone(),
        )
    });
    let Some(settings) = settings else {
        return Err(Outcome::Stopped);
    };
    if settings.auth != AuthMethod::Session || password.is_empty() {
        return Ok(());
    }
    let body = serde_json::json!({"name": settings.user, "password": password});
    let request = Request::post("/_session".into(), &body);
    let abort = new_abort(state).ok_or(Outcome::Offline)?;
    match send(&settings, &password, &request, &abort).await {
        Ok(response) if response.ok() => {
            // The cookie now proves who is asking; the password is not needed any more.
            state.sync_runtime.update_value(|r| r.password.clear());
            Ok(())
        }
        Ok(response) if response.status == 401 => Err(Outcome::Failed(Failure::Unauthorized)),
        Ok(response) => Err(Outcome::Failed(Failure::Server {
            status: response.status,
            error: String::new(),
            reason: String::new(),
        })),
        Err(NoAnswer::Aborted) if !still_running(state, run) => Err(Outcome::Stopped),
        Err(_) => Err(Outcome::Offline),
    }
}

fn new_abort(state: AppState) -> Option<web_sys::AbortController> {
    let abort = web_sys::AbortController::new().ok()?;
    state
        .sync_runtime
        .update_value(|r| r.abort = Some(abort.clone()));
    Some(abort)
}

/// Runs one replication cycle; `wait_for_changes` starts it with a long poll.
async fn cycle(state: AppState, run: u64, wait_for_changes: bool) -> Outcome {
    if !state.sync_may_store() {
        state.set_sync_status(SyncStatus::NotStored);
        return Outcome::Stopped;
    }
    let now = now_text();
    let first = state.sync_runtime.try_update_value(|r| {
        let meta = r.meta.as_ref()?;
        let settings = meta.server.clone()?;
        let replicator = r.replicator.get_or_insert_with(|| {
            let endpoint = Endpoint {
                server: settings.url.clone(),
                database: settings.database.clone(),
            };
            let session = uuid::Uuid::new_v4().simple().to_string();
            Replicator::new(endpoint, &meta.instance, session)
        });
        let action = if wait_for_changes {
            replicator.wait(meta, &now)
        } else {
            replicator.start(meta, &now)
        };
        Some((settings, action))
    });
    let Some(Some((settings, mut action))) = first else {
        return Outcome::Stopped;
    };
    if !wait_for_changes {
        state.set_sync_status(SyncStatus::Syncing);
    }
    loop {
        if !still_running(state, run) {
            return Outcome::Stopped;
        }
        action = match action {
            Action::Send(request) => {
                let password = state.sync_runtime.with_value(|r| r.password.clone());
                let Some(abort) = new_abort(state) else {
                    return Outcome::Offline;
                };
                state
                    .sync_runtime
                    .update_value(|r| r.waiting = request.long_poll);
                let answer = send(&settings, &password, &request, &abort).await;
                state.sync_runtime.update_value(|r| r.waiting = false);
                if !still_running(state, run) {
                    return Outcome::Stopped;
                }
                match answer {
                    Ok(response) => {
                        if request.long_poll {
                            state.set_sync_status(SyncStatus::Syncing);
                        }
                        let next = step(state, |r, meta| r.on_response(meta, response));
                        let Some(next) = next else {
                            return Outcome::Stopped;
                        };
                        next
                    }
                    Err(no_answer) => {
                        state.sync_runtime.update_value(|r| {
                            if let Some(replicator) = r.replicator.as_mut() {
                                replicator.reset();
                            }
                        });
                        return match no_answer {
                            NoAnswer::Aborted => Outcome::Interrupted,
                            NoAnswer::Offline => Outcome::Offline,
                        };
                    }
                }
            }
            Action::Apply(docs) => match take_in(state, &docs) {
                Some(next) => next,
                None => return Outcome::Stopped,
            },
            Action::Collect { resend_all } => {
                // What goes out must be stored here first: otherwise a tab closed now would
                // reopen with an older workspace than the server was told of.
                state.flush_now();
                if !state.sync_may_store() || state.has_unsaved_changes() {
                    state.set_sync_status(SyncStatus::NotStored);
                    return Outcome::Stopped;
                }
                let collected = state.sync_runtime.with_value(|r| {
                    let meta = r.meta.as_ref()?;
                    Some(
                        state
                            .workspace
                            .with_untracked(|w| outgoing(w, meta, resend_all)),
                    )
                });
                match collected {
                    Some(Ok(out)) => match step(state, |r, meta| r.on_collected(meta, out)) {
                        Some(next) => next,
                        None => return Outcome::Stopped,
                    },
                    Some(Err(message)) => Action::Fail(Failure::Protocol(message)),
                    None => return Outcome::Stopped,
                }
            }
            Action::Done(report) => {
                state.sync_runtime.update_value(|r| {
                    r.refused = report.refused.clone();
                    if let Some(meta) = r.meta.as_mut() {
                        meta.last_sync = Some(super::clock::now());
                    }
                });
                if !state.store_sync_meta() {
                    return Outcome::Stopped;
                }
                state.set_sync_status(SyncStatus::Watching);
                return Outcome::Done;
            }
            Action::Fail(failure) => return Outcome::Failed(failure),
        };
    }
}

/// Runs `call` on the replicator with the sync data, storing the sync data when it changed.
/// `None` when sync was stopped or the sync data could not be stored.
fn step(
    state: AppState,
    call: impl FnOnce(&mut Replicator, &mut crate::io::sync::meta::SyncMeta) -> Action,
) -> Option<Action> {
    let outcome = state.sync_runtime.try_update_value(|r| {
        let (Some(replicator), Some(meta)) = (r.replicator.as_mut(), r.meta.as_mut()) else {
            return None;
        };
        let action = call(replicator, meta);
        Some((action, replicator.take_meta_changed()))
    });
    let (action, changed) = outcome.flatten()?;
    if changed && !state.store_sync_meta() {
        return None;
    }
    Some(action)
}

/// Takes the server's documents in: the workspace is stored first, then the sync data.
fn take_in(state: AppState, docs: &[crate::io::sync::integrate::RemoteDoc]) -> Option<Action> {
    let integration = state.sync_runtime.with_value(|r| {
        let meta = r.meta.as_ref()?;
        Some(
            state
                .workspace
                .with_untracked(|w| integrate(w, meta, docs, &BTreeMap::new())),
        )
    })?;
    let integration = match integration {
        Ok(integration) => integration,
        Err(message) => return Some(Action::Fail(Failure::Protocol(message))),
    };
    if let Some(workspace) = integration.workspace.clone() {
        if !state.store_synced_workspace(workspace) {
            state.set_sync_status(SyncStatus::NotStored);
            state.sync_runtime.update_value(|r| r.run += 1);
            return None;
        }
    }
    state.sync_runtime.update_value(|r| {
        if let Some(meta) = r.meta.as_mut() {
            crate::io::sync::integrate::commit(meta, &integration);
        }
        r.note(&integration);
    });
    if !state.store_sync_meta() {
        return None;
    }
    state.refresh_sync_view();
    step(state, |r, meta| {
        r.on_applied(meta, &integration.held, integration.applied)
    })
}

/// Asks the browser for this workspace's sync lock (the Web Locks API), so that one tab of
/// this browser syncs at a time: the lock is held until sync is stopped here or the tab
/// closes, and the browser then hands it to the next tab that asked. A browser without Web
/// Locks gives it at once (each tab then syncs on its own, as revision ids made from the
/// content keep their writes in agreement).
pub fn ask_for_lock(state: AppState) {
    let key = state.sync_key();
    let locks = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &"locks".into()).ok())
        .filter(|locks| locks.is_object());
    let request = locks
        .as_ref()
        .and_then(|locks| js_sys::Reflect::get(locks, &"request".into()).ok())
        .and_then(|request| request.dyn_into::<js_sys::Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else {
        state.on_sync_lock(None);
        return;
    };
    let granted = wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| {
        let mut release = None;
        // The lock is held until this promise is resolved.
        let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
        state.on_sync_lock(release);
        held
    });
    let name = JsValue::from_str(&key);
    match request.call2(&locks, &name, &granted) {
        // The promise settles when the lock is given back; nothing waits for it.
        Ok(asked) => {
            if let Ok(asked) = asked.dyn_into::<js_sys::Promise>() {
                let ignore = wasm_bindgen::closure::Closure::once(|_: JsValue| {});
                let _ = asked.catch(&ignore);
                ignore.forget();
            }
        }
        Err(_) => state.on_sync_lock(None),
    }
}
