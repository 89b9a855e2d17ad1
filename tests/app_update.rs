//! Native tests of reloading into a new build: the notice's Reload first stores everything
//! (the workspace and the wizards' drafts) and is refused, with the reason, whenever a reload
//! would lose work: storage full, another tab's conflicting save, memory-only storage.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use sixtwo::app::state::{AppUpdate, ReloadBlocker, SaveState, StorageView};
use sixtwo::app::AppState;
use sixtwo::domain::wizard::{Drafts, EstablishDraft, EstablishWizard};
use sixtwo::domain::{Command, Level, Objective, ObjectiveId, RandomIds, Timestamp};
use sixtwo::storage::drafts::{read_drafts, save_drafts, stored_drafts_text, LoadedDrafts};
use sixtwo::storage::{MemoryStore, DRAFTS_KEY, WORKSPACE_KEY};

fn with_owner(test: impl FnOnce()) {
    let owner = Owner::new();
    owner.set();
    test();
}

fn state_on(store: &MemoryStore) -> AppState {
    AppState::new(Box::new(store.clone()), ["en-GB"])
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

/// Renames the only objective.
fn rename(state: &AppState, title: &str) {
    let id = state
        .workspace
        .with_untracked(|w| w.objectives.first().map(|o| o.id))
        .expect("an objective");
    state
        .dispatch(Command::EditObjective {
            id,
            edit: sixtwo::domain::ObjectiveEdit::Title(title.into()),
        })
        .expect("renamed");
}

fn stored(store: &MemoryStore) -> String {
    sixtwo::io::compact::readable(&store.peek(WORKSPACE_KEY).unwrap_or_default())
}

#[test]
fn the_notice_appears_once_and_is_not_reset_by_later_updates() {
    with_owner(|| {
        let state = state_on(&MemoryStore::new());
        assert_eq!(state.update.get_untracked(), AppUpdate::Current);
        state.note_update_available();
        assert_eq!(state.update.get_untracked(), AppUpdate::Available);
        state
            .update
            .set(AppUpdate::Blocked(ReloadBlocker::StorageFull));
        state.note_update_available();
        assert_eq!(
            state.update.get_untracked(),
            AppUpdate::Blocked(ReloadBlocker::StorageFull),
            "the reason stays on screen"
        );
    });
}

#[test]
fn reload_stores_unsaved_changes_first() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        state.note_update_available();
        create(&state, "S1");
        assert_eq!(state.save.get_untracked(), SaveState::Pending);
        assert!(!stored(&store).contains("\"S1\""), "not stored yet");

        assert!(state.accept_update());
        assert_eq!(state.update.get_untracked(), AppUpdate::Reloading);
        assert!(
            stored(&store).contains("\"S1\""),
            "stored before the reload"
        );
        let reloaded = state_on(&store);
        assert_eq!(reloaded.workspace.with_untracked(|w| w.objectives.len()), 1);
    });
}

#[test]
fn full_storage_blocks_the_reload_until_the_change_is_stored() {
    with_owner(|| {
        let store = MemoryStore::with_quota(200);
        let state = state_on(&store);
        state.note_update_available();
        create(&state, "S1");
        assert!(!state.accept_update());
        assert_eq!(
            state.update.get_untracked(),
            AppUpdate::Blocked(ReloadBlocker::StorageFull)
        );
        assert_eq!(state.workspace.with_untracked(|w| w.objectives.len()), 1);
        assert_eq!(store.peek(WORKSPACE_KEY), None, "nothing half-stored");
    });
}

#[test]
fn memory_only_storage_blocks_the_reload() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.set_unavailable(true);
        let state = state_on(&store);
        create(&state, "S1");
        assert_eq!(state.prepare_reload(), Err(ReloadBlocker::MemoryOnly));
        // Even with nothing changed: drafts and the workspace live only in this tab.
        let untouched = state_on(&store);
        assert_eq!(untouched.prepare_reload(), Err(ReloadBlocker::MemoryOnly));
    });
}

#[test]
fn another_tabs_conflicting_save_blocks_the_reload_until_the_user_chooses() {
    with_owner(|| {
        // Both tabs rename the same objective: the second must choose before reloading.
        let store = MemoryStore::new();
        let first = state_on(&store);
        create(&first, "S1");
        first.flush();
        let second = state_on(&store);
        rename(&first, "Title from the first tab");
        rename(&second, "Title from the second tab");
        first.flush();
        second.on_external_change();
        assert!(matches!(
            second.storage.get_untracked(),
            StorageView::Conflict(Some(_))
        ));
        assert_eq!(second.prepare_reload(), Err(ReloadBlocker::Conflict));
        assert!(
            stored(&store).contains("Title from the first tab"),
            "nothing was overwritten"
        );

        second.resolve_conflict(sixtwo::app::state::ConflictChoice::KeepMine);
        assert_eq!(second.prepare_reload(), Ok(()));
        assert!(stored(&store).contains("Title from the second tab"));
    });
}

#[test]
fn a_draft_that_could_not_be_stored_blocks_the_reload_and_is_stored_once_it_can() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        store.set_unavailable(true);
        let draft = EstablishDraft::new_objective(
            ObjectiveId::new(&mut RandomIds),
            "S1".into(),
            Level::Strategic,
            None,
            Timestamp::default(),
        );
        // A draft the user changed (one only opened is not stored at all).
        let mut wizard = EstablishWizard::start(draft, Timestamp::default());
        wizard.edit(Timestamp::default(), |d| d.objective.title = "Grow".into());
        state.update_drafts(|drafts| drafts.establish = Some(wizard));
        assert_eq!(state.prepare_reload(), Err(ReloadBlocker::MemoryOnly));

        store.set_unavailable(false);
        assert_eq!(state.prepare_reload(), Ok(()));
        assert!(store.peek(DRAFTS_KEY).is_some_and(|raw| raw.contains("S1")));
    });
}

#[test]
fn unreadable_stored_data_does_not_block_and_stays_untouched() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.poke(WORKSPACE_KEY, "{\"format\":\"sixtwo-workspace\"");
        let state = state_on(&store);
        assert!(matches!(
            state.storage.get_untracked(),
            StorageView::Recovery(_)
        ));
        assert_eq!(state.prepare_reload(), Ok(()));
        assert_eq!(stored(&store), "{\"format\":\"sixtwo-workspace\"");
    });
}

/// Stored drafts text for a changed establish wizard, written as another build (or a person
/// editing storage) might: valid, but not as this build would write it.
fn drafts_text_written_elsewhere() -> String {
    let scratch = MemoryStore::new();
    let draft = EstablishDraft::new_objective(
        ObjectiveId::new(&mut RandomIds),
        "S9".into(),
        Level::Strategic,
        None,
        Timestamp::default(),
    );
    let mut wizard = EstablishWizard::start(draft, Timestamp::default());
    wizard.edit(Timestamp::default(), |d| d.objective.title = "Grow".into());
    let drafts = Drafts {
        establish: Some(wizard),
        plan: None,
    };
    save_drafts(&scratch, &drafts).expect("stored");
    let compact = scratch.peek(DRAFTS_KEY).expect("stored");
    format!("{{ {}\n", compact.trim_start_matches('{'))
}

#[test]
fn drafts_no_wizard_has_read_are_stored_back_byte_for_byte_and_read_once_one_opens() {
    with_owner(|| {
        let store = MemoryStore::new();
        let text = drafts_text_written_elsewhere();
        store.poke(DRAFTS_KEY, &text);
        let state = state_on(&store);
        assert_eq!(
            state.drafts.get_untracked(),
            Drafts::default(),
            "not read yet"
        );
        assert_eq!(state.prepare_reload(), Ok(()));
        assert_eq!(store.peek(DRAFTS_KEY).as_deref(), Some(text.as_str()));

        // A wizard opens: the drafts are read, and from then on stored as they are.
        state.read_stored_drafts();
        let title = state.drafts.with_untracked(|d| {
            d.establish
                .as_ref()
                .map(|w| w.draft.objective.title.clone())
        });
        assert_eq!(title.as_deref(), Some("Grow"));
        assert_eq!(state.unreadable_drafts.get_untracked(), None);
        assert_eq!(state.prepare_reload(), Ok(()));
        let rewritten = store.peek(DRAFTS_KEY).expect("still stored");
        assert_ne!(rewritten, text, "written by this build once read");
        assert_eq!(
            read_drafts(stored_drafts_text(&store)),
            LoadedDrafts::Readable(Box::new(state.drafts.get_untracked()))
        );
        // Reading again changes nothing.
        state.read_stored_drafts();
        assert_eq!(
            title,
            state
                .drafts
                .with_untracked(|d| d
                    .establish
                    .as_ref()
                    .map(|w| w.draft.objective.title.clone()))
        );
    });
}

#[test]
fn unreadable_drafts_are_kept_byte_for_byte_before_and_after_a_wizard_reads_them() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.poke(DRAFTS_KEY, "{\"establish\": broken");
        let state = state_on(&store);
        assert_eq!(state.prepare_reload(), Ok(()));
        assert_eq!(
            store.peek(DRAFTS_KEY).as_deref(),
            Some("{\"establish\": broken")
        );

        state.read_stored_drafts();
        assert_eq!(
            state.unreadable_drafts.get_untracked().as_deref(),
            Some("{\"establish\": broken"),
            "reported when a wizard opens"
        );
        assert_eq!(state.drafts.get_untracked(), Drafts::default());
        assert_eq!(state.prepare_reload(), Ok(()));
        state.update_drafts(|drafts| drafts.plan = None);
        assert_eq!(
            store.peek(DRAFTS_KEY).as_deref(),
            Some("{\"establish\": broken")
        );

        // Discarding them (the wizard's gate) is what releases the key.
        state.discard_unreadable_drafts();
        assert_eq!(store.peek(DRAFTS_KEY), None);
    });
}

#[test]
fn discarding_unreadable_drafts_releases_the_key_for_the_drafts_written_after() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.poke(DRAFTS_KEY, "{\"plan\": broken");
        let state = state_on(&store);

        // Discarding reads the stored drafts itself when no wizard has read them yet.
        state.discard_unreadable_drafts();
        assert_eq!(state.unreadable_drafts.get_untracked(), None);
        assert_eq!(state.drafts.get_untracked(), Drafts::default());
        assert_eq!(store.peek(DRAFTS_KEY), None, "the unreadable text is gone");
        assert_eq!(state.prepare_reload(), Ok(()));
        assert_eq!(
            store.peek(DRAFTS_KEY),
            None,
            "and a reload does not bring it back"
        );

        // Drafts changed from now on are stored.
        let draft = EstablishDraft::new_objective(
            ObjectiveId::new(&mut RandomIds),
            "S2".into(),
            Level::Strategic,
            None,
            Timestamp::default(),
        );
        let mut wizard = EstablishWizard::start(draft, Timestamp::default());
        wizard.edit(Timestamp::default(), |d| d.objective.title = "Kept".into());
        state.update_drafts(|drafts| drafts.establish = Some(wizard));
        assert_eq!(
            read_drafts(stored_drafts_text(&store)),
            LoadedDrafts::Readable(Box::new(state.drafts.get_untracked()))
        );
        assert!(state.drafts.with_untracked(|d| d.establish.is_some()));
    });
}

#[test]
fn no_stored_drafts_and_no_wizard_opened_leaves_no_drafts_key() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        assert_eq!(state.prepare_reload(), Ok(()));
        assert_eq!(store.peek(DRAFTS_KEY), None);
    });
}
