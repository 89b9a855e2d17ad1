//! The way into team sync's code, which sits behind a split point: release builds made with
//! `--cfg sixtwo_split` (`cargo xtask dist`) fetch it when a workspace with sync data opens,
//! when another tab stores sync data, or on the first change after sync was set up (the Team
//! sync page itself comes with the data views, `ui::rare_views`); every other build calls it
//! directly. A workspace without sync never fetches it. Until the code is there the status
//! says sync is starting; when it cannot be fetched (offline before the service worker kept
//! the build) the status says so, nothing is read or written, and it is tried again after a
//! wait and when the network comes back.

use super::state::{AppState, SaveState};
use super::sync::{SyncCall, SyncRuntime};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// Starts sync when sync data is stored, and passes every change stored here on to it.
pub fn watch(state: AppState) {
    if state.sync_runtime.with_value(SyncRuntime::needs_code) {
        let _ = call(state, SyncCall::Open);
    }
    Effect::new(move |_| {
        if matches!(state.save.get(), SaveState::Saved { .. }) {
            nudge(state);
        }
    });
}

/// Something changed here, or the network is back: sync goes on at once rather than after its
/// wait. Nothing happens without sync; sync data not read yet (its code could not be
/// fetched) is read now.
pub fn nudge(state: AppState) {
    let (opened, set_up, fetching) = state
        .sync_runtime
        .with_value(|runtime| (runtime.opened, runtime.meta.is_some(), runtime.fetching));
    if fetching {
        // The call waiting for the code reads the stored workspace when it runs.
        return;
    }
    if !opened {
        let _ = call(state, SyncCall::Open);
    } else if set_up {
        let _ = call(state, SyncCall::Nudge);
    }
}

/// Another tab stored (or removed) this workspace's sync data.
pub fn stored_elsewhere(state: AppState) {
    let _ = call(state, SyncCall::StoredElsewhere);
}

/// What the Team sync page asks (set up, sign in, pause, resume, stop, resolve a conflict).
/// `false` only when "Take theirs" could not take the server's version; a call that waits for
/// the code runs once it is there (a conflict is only shown once it is).
pub fn act(state: AppState, sync_call: SyncCall) -> bool {
    call(state, sync_call).unwrap_or(true)
}

/// Runs `sync_call` in team sync's code: at once when the code is there (always in builds
/// without split points), otherwise once it has been fetched. The call's answer when it ran at
/// once.
fn call(state: AppState, sync_call: SyncCall) -> Option<bool> {
    #[cfg(not(sixtwo_split))]
    {
        sync_engine(state, sync_call).ok()
    }
    #[cfg(sixtwo_split)]
    {
        use std::future::Future;
        use std::task::{Context, Poll, Waker};
        let mut engine = Box::pin(sync_engine(state, sync_call));
        match engine
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(outcome) => {
                let answer = outcome.as_ref().ok().copied();
                after_fetch(state, outcome.map(|_| ()));
                answer
            }
            Poll::Pending => {
                state
                    .sync_runtime
                    .update_value(|runtime| runtime.fetching = true);
                leptos::task::spawn_local(async move {
                    let outcome = engine.await;
                    let _ = state
                        .sync_runtime
                        .try_update_value(|runtime| runtime.fetching = false);
                    after_fetch(state, outcome.map(|_| ()));
                });
                None
            }
        }
    }
}

/// How long to wait before fetching team sync's code again after it could not be fetched.
#[cfg(sixtwo_split)]
const RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(10);

/// When the code could not be fetched and sync data is still unread: the status says so and
/// a new try is planned. Nothing was read or written.
#[cfg(sixtwo_split)]
fn after_fetch(state: AppState, outcome: Result<(), SplitLoaderError>) {
    use super::sync::SyncStatus;
    if outcome.is_ok() {
        return;
    }
    let unread = state.sync_runtime.try_update_value(|runtime| {
        // With sync set up, its loop runs on code that is there; only this call was lost.
        if runtime.meta.is_some() {
            return false;
        }
        // Another tab may have stored sync data that this one could not read.
        runtime.opened = false;
        runtime.status = SyncStatus::CodeUnavailable;
        true
    });
    if unread != Some(true) {
        return;
    }
    let _ = state.sync.try_update(|view| {
        view.status = SyncStatus::CodeUnavailable;
    });
    set_timeout(
        move || {
            let retry = state
                .sync_runtime
                .try_with_value(|runtime| !runtime.opened && !runtime.fetching);
            if retry == Some(true) {
                let _ = call(state, SyncCall::Open);
            }
        },
        RETRY_AFTER,
    );
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_sync,
        wasm_split_path = ::leptos::wasm_split,
        fallible
    )
)]
fn sync_engine(state: AppState, sync_call: SyncCall) -> Result<bool, SplitLoaderError> {
    Ok(state.run_sync_call(sync_call))
}
