//! Native tests of unsaved changes kept outside storage while it is full: kept after a failed
//! save, put back (or offered) when the app opens again, and removed once they are stored.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use sixtwo::app::state::{NotSavedReason, SaveState, UnsavedView};
use sixtwo::app::AppState;
use sixtwo::domain::{Command, Level, Objective, ObjectiveId, RandomIds, Timestamp};
use sixtwo::io::envelope::decode;
use sixtwo::storage::unsaved::MemoryBuffer;
use sixtwo::storage::{KeyValueStore, MemoryStore, QUOTA_UTF16_UNITS, WORKSPACE_KEY};

fn with_owner(test: impl FnOnce()) {
    let owner = Owner::new();
    owner.set();
    test();
}

/// A tab opening on `store` and `buffer`, as the app does: it looks for kept changes at once.
fn open(store: &MemoryStore, buffer: &MemoryBuffer) -> AppState {
    let state =
        AppState::with_unsaved_buffer(Box::new(store.clone()), Box::new(buffer.clone()), ["en-GB"]);
    state.look_for_unsaved();
    state
}

fn create(state: &AppState, code: &str) {
    let objective = Objective::new(
        ObjectiveId::new(&mut RandomIds),
        code,
        format!("Objective {code}"),
        Level::Strategic,
        Timestamp::default(),
    );
    state
        .dispatch(Command::CreateObjective(Box::new(objective)))
        .expect("created");
}

fn codes(state: &AppState) -> Vec<String> {
    state.workspace.with_untracked(|w| {
        let mut codes: Vec<String> = w.objectives.iter().map(|o| o.code.to_string()).collect();
        codes.sort();
        codes
    })
}

fn stored_codes(store: &MemoryStore) -> Vec<String> {
    let raw = store.peek(WORKSPACE_KEY).unwrap_or_default();
    let mut codes: Vec<String> = decode(&raw)
        .map(|d| {
            d.workspace
                .objectives
                .iter()
                .map(|o| o.code.to_string())
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    codes
}

/// Fills what is left of the quota with another key, so that the next save of a larger
/// workspace fails.
fn fill(store: &MemoryStore) {
    let used = sixtwo::storage::utf16_cost(
        WORKSPACE_KEY,
        &store.peek(WORKSPACE_KEY).unwrap_or_default(),
    );
    let room = QUOTA_UTF16_UNITS - used - "filler".len();
    store.poke("filler", &"x".repeat(room));
}

#[test]
fn changes_that_cannot_be_stored_survive_a_reload_and_are_stored_once_there_is_room() {
    with_owner(|| {
        let store = MemoryStore::with_quota(QUOTA_UTF16_UNITS);
        let buffer = MemoryBuffer::new();
        let tab = open(&store, &buffer);
        create(&tab, "S1");
        tab.flush();
        fill(&store);

        create(&tab, "S2");
        tab.flush();
        assert_eq!(
            tab.save.get_untracked(),
            SaveState::NotSaved(NotSavedReason::StorageFull)
        );
        assert!(buffer.peek(WORKSPACE_KEY).is_some(), "the change is kept");
        assert!(matches!(
            tab.unsaved.get_untracked(),
            UnsavedView::Kept { .. }
        ));

        // The page is reloaded: the change is back, the stored version untouched.
        let reloaded = open(&store, &buffer);
        assert_eq!(codes(&reloaded), ["S1", "S2"]);
        assert!(matches!(
            reloaded.unsaved.get_untracked(),
            UnsavedView::Restored { kept_at: Some(_) }
        ));
        assert_eq!(stored_codes(&store), ["S1"]);
        // Restoring is one undoable change on top of the stored version.
        reloaded.undo();
        assert_eq!(codes(&reloaded), ["S1"]);
        reloaded.redo();
        assert_eq!(codes(&reloaded), ["S1", "S2"]);
        reloaded.flush();
        assert_eq!(stored_codes(&store), ["S1"], "storage is still full");
        assert!(buffer.peek(WORKSPACE_KEY).is_some(), "still kept");
        assert!(
            matches!(
                reloaded.unsaved.get_untracked(),
                UnsavedView::Restored { .. }
            ),
            "the note still says where the changes came from"
        );

        // Room again: the next save stores the change and the kept copy goes.
        store.remove("filler").expect("removed");
        create(&reloaded, "S3");
        reloaded.flush();
        assert_eq!(stored_codes(&store), ["S1", "S2", "S3"]);
        assert_eq!(buffer.peek(WORKSPACE_KEY), None);

        // Nothing is kept any more: the next visit has nothing to say.
        let again = open(&store, &buffer);
        assert_eq!(again.unsaved.get_untracked(), UnsavedView::Nothing);
        assert_eq!(codes(&again), ["S1", "S2", "S3"]);
    });
}

#[test]
fn kept_changes_made_on_another_version_are_offered_not_applied() {
    with_owner(|| {
        let store = MemoryStore::with_quota(QUOTA_UTF16_UNITS);
        let buffer = MemoryBuffer::new();
        let tab = open(&store, &buffer);
        create(&tab, "S1");
        tab.flush();
        fill(&store);
        create(&tab, "S2");
        tab.flush();
        assert!(buffer.peek(WORKSPACE_KEY).is_some());

        // Another tab frees space and stores a version of its own.
        store.remove("filler").expect("removed");
        let other = AppState::new(Box::new(store.clone()), ["en-GB"]);
        create(&other, "T1");
        other.flush();
        assert_eq!(stored_codes(&store), ["S1", "T1"]);

        let reloaded = open(&store, &buffer);
        assert_eq!(codes(&reloaded), ["S1", "T1"], "nothing replaced unasked");
        assert!(matches!(
            reloaded.unsaved.get_untracked(),
            UnsavedView::Offered(_)
        ));
        let download = reloaded.unsaved_download().expect("offered as a file");
        assert_eq!(
            decode(&download)
                .expect("readable")
                .workspace
                .objectives
                .len(),
            2
        );
        // The tab's own saves leave the offered record alone.
        create(&reloaded, "T2");
        reloaded.flush();
        assert!(buffer.peek(WORKSPACE_KEY).is_some());

        reloaded.restore_offered_unsaved();
        assert_eq!(codes(&reloaded), ["S1", "S2"]);
        reloaded.undo();
        assert_eq!(codes(&reloaded), ["S1", "T1", "T2"]);
        reloaded.discard_unsaved();
        assert_eq!(buffer.peek(WORKSPACE_KEY), None);
    });
}

#[test]
fn an_unreadable_kept_record_is_left_alone_until_discarded() {
    with_owner(|| {
        let store = MemoryStore::new();
        let buffer = MemoryBuffer::new();
        buffer.poke(WORKSPACE_KEY, "{\"format\":\"something else\"}");
        let tab = open(&store, &buffer);
        assert!(matches!(
            tab.unsaved.get_untracked(),
            UnsavedView::Unreadable { .. }
        ));
        create(&tab, "S1");
        tab.flush();
        assert!(
            buffer.peek(WORKSPACE_KEY).is_some(),
            "not replaced by a save"
        );
        assert_eq!(
            tab.unsaved_download().as_deref(),
            Some("{\"format\":\"something else\"}")
        );
        tab.discard_unsaved();
        assert_eq!(buffer.peek(WORKSPACE_KEY), None);
    });
}
