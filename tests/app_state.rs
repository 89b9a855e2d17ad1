//! Native tests of the app state (the one owner of signals) over the in-memory store: changes
//! go through commands, undo and redo, saves, recovery, memory-only mode and two tabs.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use sixtwo::app::state::{ConflictChoice, NotSavedReason, SaveState, StorageView};
use sixtwo::app::AppState;
use sixtwo::domain::{Command, Level, Objective, ObjectiveEdit, ObjectiveId, RandomIds, Timestamp};
use sixtwo::i18n::Lang;
use sixtwo::io::envelope::decode;
use sixtwo::storage::prefs::load_prefs;
use sixtwo::storage::{MemoryStore, WORKSPACE_KEY};

fn with_owner(test: impl FnOnce()) {
    let owner = Owner::new();
    owner.set();
    test();
}

fn state_on(store: &MemoryStore) -> AppState {
    AppState::new(Box::new(store.clone()), ["en-GB"])
}

fn create(state: &AppState, code: &str, level: Level) -> ObjectiveId {
    let id = ObjectiveId::new(&mut RandomIds);
    let objective = Objective::new(
        id,
        code,
        format!("Objective {code}"),
        level,
        Timestamp::default(),
    );
    state
        .dispatch(Command::CreateObjective(Box::new(objective)))
        .expect("created");
    id
}

fn stored_codes(store: &MemoryStore) -> Vec<String> {
    let raw = store.peek(WORKSPACE_KEY).unwrap_or_default();
    decode(&raw)
        .map(|d| {
            d.workspace
                .objectives
                .iter()
                .map(|o| o.code.clone())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn changes_are_saved_only_when_flushed_and_survive_a_reload() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        assert_eq!(state.save.get_untracked(), SaveState::Fresh);
        create(&state, "S1", Level::Strategic);
        assert_eq!(state.save.get_untracked(), SaveState::Pending);
        assert_eq!(
            store.peek(WORKSPACE_KEY),
            None,
            "saving waits for the debounce"
        );
        state.flush();
        assert!(matches!(
            state.save.get_untracked(),
            SaveState::Saved { .. }
        ));
        assert_eq!(stored_codes(&store), ["S1"]);

        let reloaded = state_on(&store);
        assert_eq!(reloaded.workspace.with_untracked(|w| w.objectives.len()), 1);
    });
}

#[test]
fn undo_and_redo_go_through_the_history_and_are_saved() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        let id = create(&state, "S1", Level::Strategic);
        state
            .dispatch(Command::EditObjective {
                id,
                edit: ObjectiveEdit::Title("Grow".into()),
            })
            .expect("edited");
        assert!(state.undo_info.get_untracked().undo.is_some());
        state.undo();
        assert_eq!(
            state.with_objective(id, |o| o.title.clone()).as_deref(),
            Some("Objective S1")
        );
        assert!(state.undo_info.get_untracked().redo.is_some());
        state.redo();
        assert_eq!(
            state.with_objective(id, |o| o.title.clone()).as_deref(),
            Some("Grow")
        );
        state.flush();
        assert_eq!(stored_codes(&store), ["S1"]);
        let notice = state
            .notice
            .get_untracked()
            .map(|n| (n.text.render(Lang::En), n.text.render(Lang::ZhHans)))
            .unwrap_or_default();
        assert!(notice.0.starts_with("Redone: edit S1"), "{notice:?}");
        assert!(notice.1.starts_with("已重做：编辑 S1"), "{notice:?}");
    });
}

#[test]
fn a_refused_command_changes_nothing_and_schedules_no_save() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        create(&state, "S1", Level::Strategic);
        state.flush();
        let before = state.workspace.get_untracked();
        let id = ObjectiveId::new(&mut RandomIds);
        let duplicate = Objective::new(id, "s1", "Again", Level::Strategic, Timestamp::default());
        assert!(state
            .dispatch(Command::CreateObjective(Box::new(duplicate)))
            .is_err());
        assert_eq!(state.workspace.get_untracked(), before);
        assert!(matches!(
            state.save.get_untracked(),
            SaveState::Saved { .. }
        ));
    });
}

#[test]
fn the_example_loads_in_the_chosen_language_and_undo_empties_again() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        state.set_lang(Lang::ZhHans);
        state.load_example().expect("loaded");
        let titles: Vec<String> = state
            .workspace
            .with_untracked(|w| w.objectives.iter().map(|o| o.title.clone()).collect());
        assert_eq!(titles.len(), 9);
        assert_eq!(titles[0], "提升全球市场竞争力");
        assert_eq!(
            load_prefs(&store).lang,
            Some(Lang::ZhHans),
            "the language is remembered"
        );
        state.undo();
        assert!(state.workspace.with_untracked(|w| w.is_empty()));
    });
}

#[test]
fn the_first_language_follows_the_browser_and_then_the_saved_choice() {
    with_owner(|| {
        let store = MemoryStore::new();
        let chinese_browser = AppState::new(Box::new(store.clone()), ["zh-CN", "en"]);
        assert_eq!(chinese_browser.lang.get_untracked(), Lang::ZhHans);
        chinese_browser.set_lang(Lang::En);
        let later = AppState::new(Box::new(store.clone()), ["zh-CN"]);
        assert_eq!(later.lang.get_untracked(), Lang::En);
    });
}

#[test]
fn unreadable_storage_opens_the_recovery_view_and_writes_nothing() {
    with_owner(|| {
        let store = MemoryStore::new();
        store.poke(WORKSPACE_KEY, "{\"format\":\"sixtwo-workspace\"");
        let state = state_on(&store);
        assert!(matches!(
            state.storage.get_untracked(),
            StorageView::Recovery(_)
        ));
        assert_eq!(state.save.get_untracked(), SaveState::ReadOnly);
        assert_eq!(
            state.raw_stored().as_deref(),
            Some("{\"format\":\"sixtwo-workspace\"")
        );
        state.flush();
        assert_eq!(
            store.peek(WORKSPACE_KEY).as_deref(),
            Some("{\"format\":\"sixtwo-workspace\"")
        );

        state.give_up_unreadable();
        assert_eq!(state.storage.get_untracked(), StorageView::Normal);
        create(&state, "S1", Level::Strategic);
        state.flush();
        assert_eq!(
            stored_codes(&store),
            ["S1"],
            "replaced only after the user decided"
        );
    });
}

#[test]
fn blocked_storage_means_memory_only_and_full_storage_is_reported() {
    with_owner(|| {
        let blocked = MemoryStore::new();
        blocked.set_unavailable(true);
        let state = state_on(&blocked);
        assert_eq!(state.save.get_untracked(), SaveState::MemoryOnly);
        create(&state, "S1", Level::Strategic);
        state.flush();
        assert_eq!(state.save.get_untracked(), SaveState::MemoryOnly);
        assert!(
            state.workspace_json().contains("\"S1\""),
            "download still has the data"
        );

        let tiny = MemoryStore::with_quota(200);
        let state = state_on(&tiny);
        create(&state, "S1", Level::Strategic);
        state.flush();
        assert_eq!(
            state.save.get_untracked(),
            SaveState::NotSaved(NotSavedReason::StorageFull)
        );
        assert_eq!(state.workspace.with_untracked(|w| w.objectives.len()), 1);
    });
}

#[test]
fn a_clean_tab_takes_over_another_tabs_save() {
    with_owner(|| {
        let store = MemoryStore::new();
        let first = state_on(&store);
        let second = state_on(&store);
        create(&first, "S1", Level::Strategic);
        first.flush();
        second.on_external_change();
        assert_eq!(second.workspace.with_untracked(|w| w.objectives.len()), 1);
        assert_eq!(second.storage.get_untracked(), StorageView::Normal);
        create(&second, "S2", Level::Strategic);
        second.flush();
        assert_eq!(stored_codes(&store), ["S1", "S2"]);
    });
}

#[test]
fn a_tab_with_unsaved_changes_asks_before_anything_is_overwritten() {
    with_owner(|| {
        let store = MemoryStore::new();
        let first = state_on(&store);
        let second = state_on(&store);
        create(&first, "FIRST", Level::Strategic);
        create(&second, "SECOND", Level::Strategic);
        first.flush();
        // The second tab has not saved yet when the first tab's save arrives.
        second.on_external_change();
        assert!(matches!(
            second.storage.get_untracked(),
            StorageView::Conflict(Some(_))
        ));
        second.flush();
        assert_eq!(stored_codes(&store), ["FIRST"], "nothing was overwritten");

        second.resolve_conflict(ConflictChoice::KeepMine);
        assert_eq!(stored_codes(&store), ["SECOND"]);
        assert_eq!(second.storage.get_untracked(), StorageView::Normal);

        // Now the first tab is behind: its next save is a conflict, and it may take theirs.
        create(&first, "THIRD", Level::Strategic);
        first.flush();
        assert_eq!(
            first.save.get_untracked(),
            SaveState::NotSaved(NotSavedReason::Conflict)
        );
        first.resolve_conflict(ConflictChoice::UseTheirs);
        let codes: Vec<String> = first
            .workspace
            .with_untracked(|w| w.objectives.iter().map(|o| o.code.clone()).collect());
        assert_eq!(codes, ["SECOND"]);
        assert_eq!(stored_codes(&store), ["SECOND"]);
    });
}

#[test]
fn tree_nodes_remember_whether_they_are_open() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        state.load_example().expect("loaded");
        state.collapse_all();
        let collapsed = state.collapsed.get_untracked();
        assert_eq!(
            collapsed.len(),
            6,
            "three strategic and three tactical branches"
        );
        let reopened = state_on(&store);
        assert_eq!(reopened.collapsed.get_untracked(), collapsed);
        reopened.expand_all();
        assert!(state_on(&store).collapsed.get_untracked().is_empty());
    });
}

#[test]
fn unreadable_data_from_another_tab_is_kept_even_when_it_claims_our_revision() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        create(&state, "S1", Level::Strategic);
        state.flush();
        // A hand edit broke the JSON after the revision number, which still matches ours.
        let broken = r#"{"format":"sixtwo-workspace","schemaVersion":1,"rev":1,"workspace":{"#;
        store.poke(WORKSPACE_KEY, broken);
        state.on_external_change();
        assert_eq!(state.storage.get_untracked(), StorageView::Conflict(None));

        create(&state, "S2", Level::Strategic);
        state.flush();
        assert_eq!(store.peek(WORKSPACE_KEY).as_deref(), Some(broken));
        assert_eq!(
            state.save.get_untracked(),
            SaveState::NotSaved(NotSavedReason::Conflict)
        );

        state.resolve_conflict(ConflictChoice::KeepMine);
        assert_eq!(
            stored_codes(&store),
            ["S1", "S2"],
            "replaced once the user chose"
        );
    });
}
