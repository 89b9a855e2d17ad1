//! Native tests of the app state (the one owner of signals) over the in-memory store: changes
//! go through commands, undo and redo, saves, recovery, memory-only mode and two tabs.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use leptos::prelude::*;
use sixtwo::app::state::{ConflictChoice, NotSavedReason, SaveState, StorageView};
use sixtwo::app::AppState;
use sixtwo::domain::{Command, Level, Objective, ObjectiveEdit, ObjectiveId, RandomIds, Timestamp};
use sixtwo::i18n::Lang;
use sixtwo::io::envelope::decode;
use sixtwo::storage::prefs::load_prefs;
use sixtwo::storage::{MemoryStore, WORKSPACE_KEY};

/// Loads the model example in the interface's language, as the app does once it has fetched
/// the file.
fn load_example(state: &AppState) {
    let catalog = example_support::catalog();
    let Some(entry) = catalog.models().next() else {
        panic!("the catalogue lists a model example");
    };
    let language = entry.language_for(state.example_language());
    let text = example_support::managed_services_file(language);
    if let Err(problem) = state.open_example(entry, language, text) {
        panic!("the example loads: {problem:?}");
    }
}

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
        load_example(&state);
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
        assert!(state.has_unsaved_changes(), "leaving would lose the change");

        let tiny = MemoryStore::with_quota(200);
        let state = state_on(&tiny);
        create(&state, "S1", Level::Strategic);
        state.flush();
        assert_eq!(
            state.save.get_untracked(),
            SaveState::NotSaved(NotSavedReason::StorageFull)
        );
        assert_eq!(state.workspace.with_untracked(|w| w.objectives.len()), 1);
        assert!(state.has_unsaved_changes(), "leaving would lose the change");

        let roomy = MemoryStore::new();
        let state = state_on(&roomy);
        create(&state, "S1", Level::Strategic);
        assert!(
            state.has_unsaved_changes(),
            "not stored before the pause in typing"
        );
        state.flush();
        assert!(!state.has_unsaved_changes(), "stored: nothing to lose");
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

fn codes_of(state: &AppState) -> Vec<String> {
    state
        .workspace
        .with_untracked(|w| w.objectives.iter().map(|o| o.code.clone()).collect())
}

fn title_of(state: &AppState, code: &str) -> String {
    state.workspace.with_untracked(|w| {
        w.objectives
            .iter()
            .find(|o| o.code == code)
            .map(|o| o.title.clone())
            .unwrap_or_default()
    })
}

fn stored_title(store: &MemoryStore, code: &str) -> String {
    let raw = store.peek(WORKSPACE_KEY).unwrap_or_default();
    decode(&raw)
        .ok()
        .and_then(|d| d.workspace.objectives.into_iter().find(|o| o.code == code))
        .map(|o| o.title)
        .unwrap_or_default()
}

fn retitle(state: &AppState, code: &str, title: &str) {
    let id = state
        .workspace
        .with_untracked(|w| w.objectives.iter().find(|o| o.code == code).map(|o| o.id))
        .expect("objective exists");
    state
        .dispatch(Command::EditObjective {
            id,
            edit: ObjectiveEdit::Title(title.into()),
        })
        .expect("retitled");
}

#[test]
fn unsaved_changes_to_other_records_are_combined_with_another_tabs_save() {
    with_owner(|| {
        let store = MemoryStore::new();
        let first = state_on(&store);
        let second = state_on(&store);
        create(&first, "FIRST", Level::Strategic);
        create(&second, "SECOND", Level::Strategic);
        first.flush();
        // The second tab has not saved yet when the first tab's save arrives: both changes
        // are kept and stored at once, without asking.
        second.on_external_change();
        assert_eq!(second.storage.get_untracked(), StorageView::Normal);
        assert_eq!(codes_of(&second), ["FIRST", "SECOND"]);
        assert_eq!(stored_codes(&store), ["FIRST", "SECOND"]);
        assert!(matches!(
            second.save.get_untracked(),
            SaveState::Saved { .. }
        ));
        // The first tab had nothing unsaved: it takes the combined version over.
        first.on_external_change();
        assert_eq!(codes_of(&first), ["FIRST", "SECOND"]);
        assert_eq!(first.storage.get_untracked(), StorageView::Normal);
    });
}

/// Both tabs start from a saved S1; each renames it differently and adds an objective of its
/// own. The first tab saves first.
fn rename_in_both_tabs(store: &MemoryStore) -> (AppState, AppState) {
    let first = state_on(store);
    create(&first, "S1", Level::Strategic);
    first.flush();
    let second = state_on(store);
    retitle(&first, "S1", "Title from the first tab");
    create(&first, "FIRST", Level::Strategic);
    retitle(&second, "S1", "Title from the second tab");
    create(&second, "SECOND", Level::Strategic);
    first.flush();
    second.on_external_change();
    match second.storage.get_untracked() {
        StorageView::Conflict(Some(conflict)) => {
            let labels: Vec<&str> = conflict.records.iter().map(|r| r.label.as_str()).collect();
            assert_eq!(
                labels,
                ["S1"],
                "only the record both changed is in question"
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    second.flush();
    assert_eq!(
        stored_title(store, "S1"),
        "Title from the first tab",
        "nothing was overwritten while the user decides"
    );
    (first, second)
}

#[test]
fn keeping_this_tabs_version_of_a_record_both_changed_keeps_every_other_change() {
    with_owner(|| {
        let store = MemoryStore::new();
        let (first, second) = rename_in_both_tabs(&store);
        second.resolve_conflict(ConflictChoice::KeepMine);
        assert_eq!(second.storage.get_untracked(), StorageView::Normal);
        assert_eq!(stored_title(&store, "S1"), "Title from the second tab");
        assert_eq!(stored_codes(&store), ["S1", "FIRST", "SECOND"]);
        // The first tab saved nothing since: it follows.
        first.on_external_change();
        assert_eq!(title_of(&first, "S1"), "Title from the second tab");
        assert_eq!(codes_of(&first), ["S1", "FIRST", "SECOND"]);
    });
}

#[test]
fn using_the_other_tabs_version_of_a_record_both_changed_keeps_this_tabs_other_changes() {
    with_owner(|| {
        let store = MemoryStore::new();
        let (first, second) = rename_in_both_tabs(&store);
        second.resolve_conflict(ConflictChoice::UseTheirs);
        assert_eq!(title_of(&second, "S1"), "Title from the first tab");
        assert_eq!(codes_of(&second), ["S1", "FIRST", "SECOND"]);
        assert_eq!(stored_codes(&store), ["S1", "FIRST", "SECOND"]);
        first.on_external_change();
        assert_eq!(codes_of(&first), ["S1", "FIRST", "SECOND"]);
    });
}

#[test]
fn versions_that_cannot_be_combined_are_kept_whole_by_choice() {
    with_owner(|| {
        let store = MemoryStore::new();
        let first = state_on(&store);
        let second = state_on(&store);
        // Both tabs create an objective with the same code: combined, the codes would clash.
        create(&first, "S9", Level::Strategic);
        create(&second, "S9", Level::Tactical);
        first.flush();
        second.on_external_change();
        match second.storage.get_untracked() {
            StorageView::Conflict(Some(conflict)) => assert!(!conflict.problems.is_empty()),
            other => panic!("expected a conflict, got {other:?}"),
        }
        second.resolve_conflict(ConflictChoice::KeepMine);
        let stored = decode(&store.peek(WORKSPACE_KEY).unwrap_or_default()).expect("readable");
        assert_eq!(stored.workspace.objectives.len(), 1);
        assert_eq!(stored.workspace.objectives[0].level, Level::Tactical);
        first.on_external_change();
        assert_eq!(
            first.workspace.with_untracked(|w| w.objectives[0].level),
            Level::Tactical
        );
    });
}

#[test]
fn a_tab_whose_save_was_replaced_unseen_combines_instead_of_dropping_its_work() {
    with_owner(|| {
        // Each tab sees storage through its own copy, as each browser tab does; a write
        // reaches the other tab's copy only when the test delivers it. Both tabs save the same
        // revision before hearing of each other, and the browser keeps the second tab's write.
        let first_view = MemoryStore::new();
        let setup = state_on(&first_view);
        create(&setup, "S1", Level::Strategic);
        create(&setup, "S2", Level::Strategic);
        setup.flush();
        let second_view = MemoryStore::new();
        let stored = first_view.peek(WORKSPACE_KEY).unwrap_or_default();
        second_view.poke(WORKSPACE_KEY, &stored);
        let first = state_on(&first_view);
        let second = state_on(&second_view);

        retitle(&first, "S1", "Edited in the first tab");
        retitle(&second, "S2", "Edited in the second tab");
        first.flush();
        second.flush();
        assert!(matches!(
            first.save.get_untracked(),
            SaveState::Saved { .. }
        ));
        assert!(matches!(
            second.save.get_untracked(),
            SaveState::Saved { .. }
        ));

        // The second tab's write wins in the browser and reaches the first tab.
        let kept = second_view.peek(WORKSPACE_KEY).unwrap_or_default();
        first_view.poke(WORKSPACE_KEY, &kept);
        first.on_external_change();
        assert_eq!(first.storage.get_untracked(), StorageView::Normal);
        assert_eq!(title_of(&first, "S1"), "Edited in the first tab");
        assert_eq!(title_of(&first, "S2"), "Edited in the second tab");
        assert_eq!(stored_title(&first_view, "S1"), "Edited in the first tab");
        assert_eq!(stored_title(&first_view, "S2"), "Edited in the second tab");

        // The combined version reaches the second tab, which follows.
        let combined = first_view.peek(WORKSPACE_KEY).unwrap_or_default();
        second_view.poke(WORKSPACE_KEY, &combined);
        second.on_external_change();
        assert_eq!(title_of(&second, "S1"), "Edited in the first tab");
        assert_eq!(title_of(&second, "S2"), "Edited in the second tab");
        assert_eq!(second.storage.get_untracked(), StorageView::Normal);
    });
}

#[test]
fn tree_nodes_remember_whether_they_are_open() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        load_example(&state);
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

// ----- importing a file -----

mod importing {
    use super::*;
    use sixtwo::app::import::{ApplyError, ImportRefusal};
    use sixtwo::app::Route;
    use sixtwo::domain::hashing::HashMap;
    use sixtwo::domain::merge::Side;
    use sixtwo::domain::Workspace;
    use sixtwo::io::envelope::encode_export;
    use sixtwo::io::import::{read_text, FileProblem};

    fn codes(state: &AppState) -> Vec<String> {
        state
            .workspace
            .with_untracked(|w| w.objectives.iter().map(|o| o.code.clone()).collect())
    }

    /// A state holding S1 and T1, stored; and the workspace it holds.
    fn saved_state(store: &MemoryStore) -> (AppState, Workspace) {
        let state = state_on(store);
        let s1 = create(&state, "S1", Level::Strategic);
        let t1 = create(&state, "T1", Level::Tactical);
        state
            .dispatch(Command::MoveObjective {
                id: t1,
                parent: Some(s1),
            })
            .expect("linked");
        state.flush();
        let workspace = state.workspace.get_untracked();
        (state, workspace)
    }

    fn offer(state: &AppState, workspace: &Workspace) {
        let text = encode_export(workspace, Timestamp::from_unix_seconds(1_764_000_000));
        state.offer_import("file.json".into(), read_text(&text));
    }

    #[test]
    fn a_refused_file_is_explained_on_the_data_page_and_changes_nothing() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            let stored = store.peek(WORKSPACE_KEY);
            state.offer_import("notes.json".into(), read_text("{ oops"));
            assert!(matches!(
                state.import_refusal.get_untracked(),
                Some(ImportRefusal::File {
                    problem: FileProblem::Unreadable(_),
                    ..
                })
            ));
            assert_eq!(state.pending_import.get_untracked(), None);
            assert_eq!(state.route.get_untracked(), Route::Data);
            assert_eq!(state.workspace.get_untracked(), before);
            assert!(matches!(
                state.save.get_untracked(),
                SaveState::Saved { .. }
            ));
            state.flush();
            assert_eq!(store.peek(WORKSPACE_KEY), stored);
        });
    }

    #[test]
    fn a_readable_file_waits_on_the_preview_and_cancelling_forgets_it() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            let stored = store.peek(WORKSPACE_KEY);
            offer(&state, &Workspace::default());
            assert_eq!(state.route.get_untracked(), Route::Import);
            assert!(state.pending_import.get_untracked().is_some());
            assert_eq!(
                state.workspace.get_untracked(),
                before,
                "a preview changes nothing"
            );

            state.cancel_import();
            assert_eq!(state.pending_import.get_untracked(), None);
            assert_eq!(state.route.get_untracked(), Route::Data);
            assert_eq!(state.import_replace(true), Err(ApplyError::NoFile));
            assert_eq!(state.workspace.get_untracked(), before);
            state.flush();
            assert_eq!(store.peek(WORKSPACE_KEY), stored);
        });
    }

    #[test]
    fn replacing_is_one_change_that_undo_takes_back() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            let mut file = Workspace::default();
            file.organisation.name = "Training Co".into();
            offer(&state, &file);
            assert_eq!(state.import_replace(true), Ok(()));
            assert_eq!(state.workspace.get_untracked(), file);
            assert_eq!(state.pending_import.get_untracked(), None);
            assert_eq!(state.route.get_untracked(), Route::Register);
            state.flush();
            assert_eq!(stored_codes(&store), Vec::<String>::new());

            state.undo();
            assert_eq!(state.workspace.get_untracked(), before);
            state.flush();
            assert_eq!(stored_codes(&store), ["S1", "T1"]);
        });
    }

    #[test]
    fn merging_applies_the_users_choice_and_adds_what_is_new() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            let mut file = before.clone();
            file.objectives[0].title = "Their newer title".into();
            file.objectives[0].updated = Timestamp::from_unix_seconds(2_000_000_000);
            let added = Objective::new(
                ObjectiveId::new(&mut RandomIds),
                "S2",
                "Only in the file",
                Level::Strategic,
                Timestamp::default(),
            );
            file.objectives.push(added);
            let s1 = before.objectives[0].id.0;

            offer(&state, &file);
            assert_eq!(
                state.import_merge(&HashMap::from_iter([(s1, Side::Current)])),
                Ok(())
            );
            assert_eq!(codes(&state), ["S1", "T1", "S2"]);
            assert_eq!(
                state
                    .workspace
                    .with_untracked(|w| w.objectives[0].title.clone()),
                before.objectives[0].title
            );
            state.undo();
            assert_eq!(state.workspace.get_untracked(), before);

            offer(&state, &file);
            assert_eq!(state.import_merge(&HashMap::default()), Ok(()));
            assert_eq!(
                state
                    .workspace
                    .with_untracked(|w| w.objectives[0].title.clone()),
                "Their newer title",
                "by default the newer change wins"
            );
        });
    }

    #[test]
    fn the_outcome_shown_in_the_preview_is_the_one_applied() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            offer(&state, &before);
            // A copy gets random ids: applying the previewed copy keeps exactly those.
            let copied = state.preview_copy().expect("a file waits");
            assert_eq!(copied.renamed.len(), 2);
            assert_eq!(state.apply_copy(&copied), Ok(()));
            assert_eq!(state.workspace.get_untracked(), copied.workspace);
            assert_eq!(state.apply_copy(&copied), Err(ApplyError::NoFile));
            state.undo();

            let mut file = before.clone();
            file.objectives[1].title = "Their title".into();
            file.objectives[1].updated = Timestamp::from_unix_seconds(2_000_000_000);
            offer(&state, &file);
            let merged = state
                .preview_merge(&HashMap::default())
                .expect("a file waits");
            assert_eq!(state.apply_merge(&merged), Ok(()));
            assert_eq!(state.workspace.get_untracked(), merged.workspace);
            assert_eq!(codes(&state), ["S1", "T1"]);
        });
    }

    #[test]
    fn a_copy_gets_new_ids_and_free_codes_in_one_undoable_change() {
        with_owner(|| {
            let store = MemoryStore::new();
            let (state, before) = saved_state(&store);
            offer(&state, &before);
            assert_eq!(state.import_copy(), Ok(()));
            assert_eq!(codes(&state), ["S1", "T1", "S1-1", "T1-1"]);
            let (copy_of_s1, copy_of_t1_parent) = state
                .workspace
                .with_untracked(|w| (w.objectives[2].id, w.objectives[3].parent));
            assert_eq!(copy_of_t1_parent, Some(copy_of_s1));
            assert!(before.objective(copy_of_s1).is_none());
            state.undo();
            assert_eq!(state.workspace.get_untracked(), before);
        });
    }
}

/// The overview's memo: it follows the workspace and the day it is shown on.
mod overview {
    use super::*;
    use chrono::{Days, NaiveDate};
    use sixtwo::domain::agenda::AgendaKind;
    use sixtwo::domain::{Monitoring, Status};

    fn review_items(state: &AppState, overdue: bool) -> Vec<(ObjectiveId, NaiveDate)> {
        state.dashboard.with_untracked(|dashboard| {
            let items = if overdue {
                &dashboard.agenda.overdue
            } else {
                &dashboard.agenda.upcoming
            };
            items
                .iter()
                .filter(|item| item.kind == AgendaKind::Review)
                .map(|item| (item.objective, item.due))
                .collect()
        })
    }

    fn set_next_review(state: &AppState, id: ObjectiveId, due: NaiveDate) {
        let monitoring = Monitoring {
            next_review: Some(due),
            ..Monitoring::default()
        };
        state
            .dispatch(Command::EditObjective {
                id,
                edit: ObjectiveEdit::Monitoring(monitoring),
            })
            .expect("edited");
    }

    #[test]
    fn the_dashboard_follows_changes_to_the_workspace_and_the_day() {
        with_owner(|| {
            let state = state_on(&MemoryStore::new());
            let today = state.overview_day.get_untracked();
            let id = ObjectiveId::new(&mut RandomIds);
            let mut objective = Objective::new(
                id,
                "O1",
                "Faster answers",
                Level::Operational,
                Timestamp::default(),
            );
            objective.status = Status::Active;
            state
                .dispatch(Command::CreateObjective(Box::new(objective)))
                .expect("created");
            assert_eq!(state.dashboard.with_untracked(|d| d.statuses.total()), 1);
            let late = today.checked_sub_days(Days::new(3)).expect("a date");
            set_next_review(&state, id, late);
            assert_eq!(review_items(&state, true), vec![(id, late)]);
            let soon = today.checked_add_days(Days::new(5)).expect("a date");
            // A separate change, not part of one typing run, so Undo goes back one step.
            state.seal_history();
            set_next_review(&state, id, soon);
            assert!(review_items(&state, true).is_empty());
            assert_eq!(review_items(&state, false), vec![(id, soon)]);
            // A tab left open until after the review date: the next day's overview has it late.
            let later = today.checked_add_days(Days::new(6)).expect("a date");
            state.overview_day.set(later);
            assert_eq!(review_items(&state, true), vec![(id, soon)]);
            // Opening the overview brings the day back to today.
            state.refresh_overview_day();
            assert_eq!(review_items(&state, false), vec![(id, soon)]);
            state.undo();
            assert_eq!(review_items(&state, true), vec![(id, late)]);
        });
    }
}

#[test]
fn an_example_file_that_fails_a_check_changes_nothing_and_says_which_file() {
    use sixtwo::io::example::ExampleProblem;
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        create(&state, "S1", Level::Strategic);
        let before = state.workspace.get_untracked();
        let catalog = example_support::catalog();
        let Some(entry) = catalog.models().next() else {
            panic!("the catalogue lists a model example");
        };
        let language = entry.language_for(state.example_language());
        let broken = example_support::managed_services_file(language).replacen(
            "\"level\": \"strategic\"",
            "\"level\": \"galactic\"",
            1,
        );
        let outcome = state.open_example(entry, language, &broken);
        let Err(ExampleProblem::File { file, .. }) = outcome else {
            panic!("the file is refused: {outcome:?}");
        };
        assert_eq!(file, "examples/managed-services.en.json");
        assert_eq!(state.workspace.get_untracked(), before);
        assert_eq!(state.example_note(), None);
    });
}

#[test]
fn the_note_about_the_example_lasts_while_the_workspace_is_the_example() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        state.set_lang(Lang::ZhHans);
        load_example(&state);
        let note = state.example_note();
        let Some(note) = note else {
            panic!("a note follows loading");
        };
        assert_eq!(note.entry.id, "managed-services");
        assert_eq!(
            note.language,
            sixtwo::domain::example::ExampleLanguage::SimplifiedChinese
        );
        state.undo();
        assert_eq!(state.example_note(), None, "undone: no longer the example");
        state.redo();
        assert!(state.example_note().is_some());
        state.hide_example_note();
        assert_eq!(state.example_note(), None);
    });
}

#[test]
fn every_example_of_the_library_opens_in_each_language_and_undo_brings_back_the_one_before() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        let catalog = example_support::catalog();
        assert!(catalog.models().count() >= 4, "four model answers");
        for (lang, tag) in [(Lang::En, "en"), (Lang::ZhHans, "zh-Hans")] {
            state.set_lang(lang);
            let mut before: Option<String> = None;
            for entry in catalog.models() {
                let language = entry.language_for(state.example_language());
                assert_eq!(language.tag(), tag, "{} is written in {tag}", entry.id);
                let text = example_support::example_file(&entry.id, language);
                if let Err(problem) = state.open_example(entry, language, &text) {
                    panic!("{} ({tag}) loads: {problem:?}", entry.id);
                }
                let name = state
                    .workspace
                    .with_untracked(|w| w.organisation.name.clone());
                assert_eq!(name, entry.name.get(language));
                let note = state.example_note().map(|note| note.entry.id);
                assert_eq!(note.as_deref(), Some(entry.id.as_str()));
                assert!(state.workspace.with_untracked(|w| !w.objectives.is_empty()));
                if let Some(previous) = &before {
                    state.undo();
                    let back = state
                        .workspace
                        .with_untracked(|w| w.organisation.name.clone());
                    assert_eq!(&back, previous, "undo brings back the example before");
                    state.redo();
                }
                before = Some(name);
            }
        }
    });
}

/// Edits objective `id`'s `edit` and says whether the workspace's structure memo changed.
fn structure_changes(state: &AppState, id: ObjectiveId, edit: ObjectiveEdit) -> bool {
    let before = state.structure.get_untracked();
    state
        .dispatch(Command::EditObjective { id, edit })
        .expect("edited");
    state.structure.get_untracked() != before
}

#[test]
fn typing_a_title_or_description_leaves_the_structure_and_everything_read_from_it() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        load_example(&state);
        let today = sixtwo::app::clock::today();
        let roll_up = state.progress.get_untracked();
        let owners = state.owner_names.get_untracked();
        let functions = state.function_names.get_untracked();
        let outline = state.outline.get_untracked();
        let ids: Vec<ObjectiveId> = state
            .workspace
            .with_untracked(|w| w.objectives.iter().map(|o| o.id).collect());
        for &id in &ids {
            for edit in [
                ObjectiveEdit::Title("A retyped title".into()),
                ObjectiveEdit::Description("A retyped description".into()),
            ] {
                assert!(!structure_changes(&state, id, edit), "{id:?}");
            }
        }
        assert_eq!(state.wording_edited.get_untracked(), ids.last().copied());
        // What the memos keep is what they would compute afresh: the edits changed none of it.
        state.workspace.with_untracked(|w| {
            assert_eq!(sixtwo::domain::progress::roll_up(w, today), roll_up);
            assert_eq!(w.owner_names(), owners);
            assert_eq!(w.function_names(), functions);
            assert_eq!(sixtwo::domain::tree::outline(w), outline);
        });
        assert_eq!(state.progress.get_untracked(), roll_up);
    });
}

#[test]
fn every_other_change_moves_the_structure_on() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        let first = create(&state, "S1", Level::Strategic);
        assert!(structure_changes(
            &state,
            first,
            ObjectiveEdit::Owner("Service desk lead".into())
        ));
        assert_eq!(
            state.owner_names.get_untracked(),
            ["Service desk lead".to_string()]
        );
        assert!(structure_changes(
            &state,
            first,
            ObjectiveEdit::Code("S9".into())
        ));
        assert_eq!(state.outline.with_untracked(|o| o[0].code.clone()), "S9");
        // Undoing a title edit is counted as a change beyond wording: the history does not
        // say what an undo step touched.
        assert!(!structure_changes(
            &state,
            first,
            ObjectiveEdit::Title("Renamed".into())
        ));
        let before = state.structure.get_untracked();
        state.undo();
        assert_ne!(state.structure.get_untracked(), before);
        // Taking over another tab's save too.
        state.flush();
        let other = state_on(&store);
        create(&other, "S2", Level::Strategic);
        other.flush();
        let before = state.structure.get_untracked();
        state.on_external_change();
        assert_ne!(state.structure.get_untracked(), before);
        assert_eq!(state.outline.with_untracked(Vec::len), 2);
        assert_eq!(state.progress.with_untracked(|p| p.len()), 2);
    });
}

/// Runs the save after a pause in typing as the browser does: started, then slice by slice.
fn save_in_slices(state: &AppState) {
    state.start_save_in_slices();
    while state.save_next_slice() {}
}

#[test]
fn a_save_in_slices_stores_what_a_whole_save_would() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        load_example(&state);
        save_in_slices(&state);
        assert!(matches!(
            state.save.get_untracked(),
            SaveState::Saved { .. }
        ));
        assert!(!state.has_unsaved_changes());
        let raw = store.peek(WORKSPACE_KEY).expect("stored");
        let stored = decode(&raw).expect("readable");
        assert_eq!(stored.workspace, state.workspace.get_untracked());
        // A reload reads it, and the next save builds on its version.
        let reloaded = state_on(&store);
        assert_eq!(reloaded.workspace.get_untracked(), stored.workspace);
        create(&state, "S99", Level::Strategic);
        save_in_slices(&state);
        assert_eq!(stored_codes(&store).last().map(String::as_str), Some("S99"));
    });
}

#[test]
fn a_change_while_a_save_is_compressed_is_never_marked_saved() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        create(&state, "S1", Level::Strategic);
        state.start_save_in_slices();
        retitle(&state, "S1", "Typed while saving");
        // The slice finds the workspace changed since its JSON was taken: nothing is stored and
        // the change stays unsaved until the next save.
        assert!(!state.save_next_slice());
        assert_eq!(store.peek(WORKSPACE_KEY), None);
        assert!(state.has_unsaved_changes());
        assert_eq!(state.save.get_untracked(), SaveState::Pending);
        save_in_slices(&state);
        assert_eq!(stored_title(&store, "S1"), "Typed while saving");
        assert!(!state.has_unsaved_changes());
    });
}

#[test]
fn a_save_in_slices_never_overwrites_another_tabs_save_made_meanwhile() {
    with_owner(|| {
        let store = MemoryStore::new();
        let first = state_on(&store);
        create(&first, "S1", Level::Strategic);
        first.flush();
        let second = state_on(&store);
        create(&first, "S2", Level::Strategic);
        first.start_save_in_slices();
        // The other tab saves before this tab's slices are done.
        create(&second, "S3", Level::Strategic);
        second.flush();
        while first.save_next_slice() {}
        // Storage held another version: this tab combined both instead of writing over it.
        let mut codes = stored_codes(&store);
        codes.sort();
        assert_eq!(codes, ["S1", "S2", "S3"]);
        assert!(!first.has_unsaved_changes());
    });
}

#[test]
fn the_outline_and_roll_up_follow_changes_when_only_they_are_read() {
    with_owner(|| {
        let store = MemoryStore::new();
        let state = state_on(&store);
        // Read as the views read them: the structure memo itself never directly.
        assert_eq!(state.outline.with_untracked(Vec::len), 0);
        assert_eq!(state.progress.with_untracked(|p| p.len()), 0);
        create(&state, "S1", Level::Strategic);
        assert_eq!(state.outline.with_untracked(Vec::len), 1);
        assert_eq!(state.progress.with_untracked(|p| p.len()), 1);
        assert_eq!(state.index.with_untracked(|i| i.len()), 1);
    });
}
