//! Native tests of team sync in the app state over the in-memory store: the settings stored
//! without the password, pause remembered, stop syncing keeping the workspace, and sync data
//! that cannot be read left untouched.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use sixtwo::app::sync::SyncStatus;
use sixtwo::app::AppState;
use sixtwo::domain::{Command, Level, Objective, ObjectiveId, RandomIds, Timestamp};
use sixtwo::io::sync::meta::{decode_meta, AuthMethod, ServerSettings};
use sixtwo::storage::{KeyValueStore, MemoryStore, SYNC_KEY, WORKSPACE_KEY};

fn with_owner(test: impl FnOnce()) {
    let owner = Owner::new();
    owner.set();
    test();
}

fn state_on(store: &MemoryStore) -> AppState {
    AppState::new(Box::new(store.clone()), ["en-GB"])
}

fn settings() -> ServerSettings {
    ServerSettings {
        url: "https://couch.example.org".into(),
        database: "acme".into(),
        user: "li".into(),
        auth: AuthMethod::Basic,
    }
}

fn with_objective(state: &AppState) {
    let objective = Objective::new(
        ObjectiveId::new(&mut RandomIds),
        "S1",
        "Faster",
        Level::Strategic,
        Timestamp::default(),
    );
    state
        .dispatch(Command::CreateObjective(Box::new(objective)))
        .unwrap();
    state.flush_now();
}

#[test]
fn settings_are_stored_without_the_password() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        assert_eq!(state.sync.get_untracked().status, SyncStatus::Off);
        state.start_sync(settings(), "very-secret".into());
        let stored = store.peek(SYNC_KEY).expect("stored");
        assert!(!stored.contains("very-secret"), "{stored}");
        let meta = decode_meta(&stored).unwrap();
        assert_eq!(meta.server, Some(settings()));
        assert!(!meta.instance.is_empty());
        let view = state.sync.get_untracked();
        assert_eq!(view.server, Some(settings()));
        assert_eq!(view.status, SyncStatus::Syncing);
        // A new tab reads the settings back, and the password is not among them.
        let reopened = state_on(&store);
        assert_eq!(reopened.sync.get_untracked().server, Some(settings()));
    });
}

#[test]
fn pause_is_remembered_and_pending_changes_are_counted() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        with_objective(&state);
        state.start_sync(settings(), String::new());
        state.pause_sync();
        assert_eq!(state.sync.get_untracked().status, SyncStatus::Paused);
        // Nothing was synced yet: the objective's document is pending (an organisation left
        // empty makes no document).
        assert_eq!(state.sync.get_untracked().pending, 1);
        let reopened = state_on(&store);
        assert_eq!(reopened.sync.get_untracked().status, SyncStatus::Paused);
        reopened.resume_sync();
        assert!(!decode_meta(&store.peek(SYNC_KEY).unwrap()).unwrap().paused);
    });
}

#[test]
fn stop_syncing_forgets_the_settings_and_keeps_the_workspace() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        with_objective(&state);
        let workspace = store.peek(WORKSPACE_KEY).expect("stored");
        state.start_sync(settings(), String::new());
        state.stop_sync();
        assert_eq!(store.peek(SYNC_KEY), None);
        assert_eq!(store.peek(WORKSPACE_KEY), Some(workspace));
        assert_eq!(state.sync.get_untracked().status, SyncStatus::Off);
        assert_eq!(state.sync.get_untracked().server, None);
        assert_eq!(state.workspace.get_untracked().objectives.len(), 1);
    });
}

#[test]
fn sync_data_that_cannot_be_read_is_left_untouched_until_stopped() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.set(SYNC_KEY, "{not sync data").unwrap();
        let state = state_on(&store);
        assert_eq!(state.sync.get_untracked().status, SyncStatus::Unreadable);
        state.pause_sync();
        state.resume_sync();
        state.run_sync();
        assert_eq!(store.peek(SYNC_KEY).as_deref(), Some("{not sync data"));
        state.stop_sync();
        assert_eq!(store.peek(SYNC_KEY), None);
        assert_eq!(state.sync.get_untracked().status, SyncStatus::Off);
    });
}
