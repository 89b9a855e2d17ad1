//! Named workspaces: the list (create, rename, duplicate, delete and put back; ids unique;
//! entries and lists that cannot be read kept as stored), the keys each workspace's data lives
//! under, and opening, switching and the other-tab rules in the app state.
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::io::registry::{ChangeError, Registry, RegistryError, Slot, WorkspaceId};
use sixtwo::storage::workspaces::{
    change_registry, create_workspace, delete_workspace, duplicate_workspace, load_registry,
    restore_workspace, total_units, workspace_units, LoadedRegistry, ScopedStore, WorkspaceKeys,
    WorkspacesError, REGISTRY_KEY,
};
use sixtwo::storage::{KeyValueStore, MemoryStore, DRAFTS_KEY, SYNC_KEY, WORKSPACE_KEY};

fn id(text: &str) -> WorkspaceId {
    WorkspaceId::parse(text).expect("valid id")
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("w{n}")
    }
}

#[test]
fn a_browser_without_a_list_has_the_first_workspace_under_todays_keys() {
    let store = MemoryStore::new();
    let loaded = load_registry(&store);
    let LoadedRegistry::Absent(registry) = loaded else {
        panic!("no list stored: {loaded:?}");
    };
    let first = registry.first().expect("first");
    assert!(first.id.is_first());
    let keys = WorkspaceKeys::of(&first.id);
    assert_eq!(keys.workspace, WORKSPACE_KEY);
    assert_eq!(keys.drafts, DRAFTS_KEY);
    assert_eq!(keys.sync, SYNC_KEY);
    assert_eq!(store.write_count(), 0, "reading the list writes nothing");
}

#[test]
fn create_rename_duplicate_and_remove_keep_ids_unique() {
    let mut registry = Registry::default();
    let mut generate = counter();
    let a = registry.create("Model answer", &mut generate).expect("a");
    let b = registry.create("Exercise", &mut generate).expect("b");
    assert_ne!(a.id, b.id);
    assert_eq!(
        registry.create(" model ANSWER ", &mut generate),
        Err(ChangeError::NameTaken("model ANSWER".into()))
    );
    assert_eq!(
        registry.create("  ", &mut generate),
        Err(ChangeError::EmptyName)
    );
    // A generator that repeats a taken id is asked again; one that never stops is refused.
    let mut repeating = ["w1".to_string(), "w1".into(), "fresh".into()].into_iter();
    let c = registry
        .create("Third", || repeating.next().unwrap_or_default())
        .expect("c");
    assert_eq!(c.id.as_str(), "fresh");
    assert_eq!(
        registry.create("Fourth", || "main".into()),
        Err(ChangeError::NoFreeId)
    );

    registry.rename(&b.id, "Exercise 1").expect("renamed");
    assert_eq!(
        registry.entry(&b.id).map(|e| e.name.as_str()),
        Some("Exercise 1")
    );
    assert_eq!(
        registry.rename(&b.id, "Model answer"),
        Err(ChangeError::NameTaken("Model answer".into()))
    );
    registry
        .rename(&b.id, "exercise 1")
        .expect("own name in other case");

    let copy = registry
        .duplicate(&a.id, "Model answer (copy)", &mut generate)
        .expect("copy");
    let order: Vec<&str> = registry.entries().map(|e| e.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "main",
            a.id.as_str(),
            copy.id.as_str(),
            b.id.as_str(),
            "fresh"
        ]
    );

    let (position, removed) = registry.remove(&a.id).expect("removed");
    assert!(!registry.contains(&a.id));
    registry
        .restore(position, removed.clone())
        .expect("put back");
    assert_eq!(registry.entries().nth(1), Some(&removed));
    assert_eq!(
        registry.restore(position, removed.clone()),
        Err(ChangeError::IdTaken(removed.id.to_string()))
    );

    let decoded = Registry::decode(&registry.encode()).expect("round trip");
    assert_eq!(decoded, registry);
}

#[test]
fn the_last_workspace_cannot_be_removed() {
    let mut registry = Registry::default();
    assert_eq!(
        registry.remove(&WorkspaceId::first()),
        Err(ChangeError::LastOne)
    );
    let other = registry.create("Other", counter()).expect("other");
    registry
        .remove(&WorkspaceId::first())
        .expect("the first can go");
    assert_eq!(registry.first().map(|e| &e.id), Some(&other.id));
    assert_eq!(registry.remove(&other.id), Err(ChangeError::LastOne));
}

#[test]
fn unreadable_entries_are_kept_exactly_and_their_ids_never_reused() {
    let stored = r#"{"format":"sixtwo-workspaces","version":1,"future":{"x":1},"workspaces":[
        {"id":"main","name":""},
        {"id":"Bad Id!","name":"Broken"},
        {"id":"w1","name":"Twin"},
        {"id":"w1","name":"Twin again"},
        42
    ]}"#;
    let mut registry = Registry::decode(stored).expect("the list is readable");
    let readable: Vec<&str> = registry.entries().map(|e| e.id.as_str()).collect();
    assert_eq!(readable, ["main", "w1"]);
    let unreadable = registry
        .slots()
        .iter()
        .filter(|slot| matches!(slot, Slot::Unreadable { .. }))
        .count();
    assert_eq!(unreadable, 3, "bad id, duplicate id and not an object");
    registry
        .create("New", || "w1".into())
        .expect_err("w1 is taken");
    registry.rename(&id("w1"), "Renamed").expect("renamed");
    let written: serde_json::Value = serde_json::from_str(&registry.encode()).expect("json");
    let items = written["workspaces"].as_array().expect("list");
    assert_eq!(
        items[1],
        serde_json::json!({"id":"Bad Id!","name":"Broken"})
    );
    assert_eq!(items[3], serde_json::json!({"id":"w1","name":"Twin again"}));
    assert_eq!(items[4], serde_json::json!(42));
    assert_eq!(
        written["future"],
        serde_json::json!({"x":1}),
        "unknown fields kept"
    );
}

#[test]
fn an_unreadable_list_is_reported_and_never_overwritten() {
    for (text, expected) in [
        ("{nonsense", None),
        (
            r#"{"format":"other","version":1,"workspaces":[]}"#,
            Some(RegistryError::NotRegistry),
        ),
        (
            r#"{"format":"sixtwo-workspaces","version":9,"workspaces":[]}"#,
            Some(RegistryError::NewerVersion(9)),
        ),
    ] {
        let store = MemoryStore::new();
        store.poke(REGISTRY_KEY, text);
        let LoadedRegistry::Unreadable { raw, error } = load_registry(&store) else {
            panic!("{text} should be unreadable");
        };
        assert_eq!(raw, text);
        if let Some(expected) = expected {
            assert_eq!(error, expected);
        }
        assert_eq!(
            create_workspace(&store, "New", None),
            Err(WorkspacesError::Unreadable)
        );
        assert_eq!(
            change_registry(&store, |r| r.rename(&WorkspaceId::first(), "x")),
            Err(WorkspacesError::Unreadable)
        );
        assert_eq!(store.peek(REGISTRY_KEY).as_deref(), Some(text));
        assert_eq!(store.write_count(), 0);
    }
}

#[test]
fn each_workspace_has_its_own_keys_and_the_scoped_store_maps_only_those() {
    let store = MemoryStore::new();
    let other = id("ab12cd34");
    let scoped = ScopedStore::new(store.clone(), &other);
    scoped.set(WORKSPACE_KEY, "ws").expect("set");
    scoped.set(DRAFTS_KEY, "drafts").expect("set");
    scoped.set(SYNC_KEY, "sync").expect("set");
    scoped.set("sixtwo.prefs", "prefs").expect("set");
    assert_eq!(
        store.peek("sixtwo.workspace.ab12cd34").as_deref(),
        Some("ws")
    );
    assert_eq!(
        store.peek("sixtwo.drafts.ab12cd34").as_deref(),
        Some("drafts")
    );
    assert_eq!(store.peek("sixtwo.sync.ab12cd34").as_deref(), Some("sync"));
    assert_eq!(
        store.peek("sixtwo.prefs").as_deref(),
        Some("prefs"),
        "shared"
    );
    assert_eq!(
        store.peek(WORKSPACE_KEY),
        None,
        "the first workspace is untouched"
    );
    let first = ScopedStore::new(store.clone(), &WorkspaceId::first());
    assert_eq!(first.get(WORKSPACE_KEY).expect("get"), None);
}

#[test]
fn create_duplicate_delete_and_restore_move_the_data_with_the_list() {
    let store = MemoryStore::new();
    store.poke(WORKSPACE_KEY, "first data");
    store.poke(DRAFTS_KEY, "first drafts");
    let made = create_workspace(&store, "Exercise", Some("exercise data")).expect("made");
    let keys = WorkspaceKeys::of(&made.id);
    assert_eq!(
        store.peek(&keys.workspace).as_deref(),
        Some("exercise data")
    );
    let LoadedRegistry::Readable(registry) = load_registry(&store) else {
        panic!("stored");
    };
    assert_eq!(registry.entries().count(), 2);

    let copy = duplicate_workspace(&store, &WorkspaceId::first(), "Copy").expect("copy");
    let copy_keys = WorkspaceKeys::of(&copy.id);
    assert_eq!(
        store.peek(&copy_keys.workspace).as_deref(),
        Some("first data")
    );
    assert_eq!(store.peek(&copy_keys.drafts), None, "drafts are not copied");

    let registry = load_registry(&store);
    let units = workspace_units(&store, &made.id);
    assert!(units > 0);
    assert!(total_units(&store, registry.registry()) > units);

    let deleted = delete_workspace(&store, &WorkspaceId::first()).expect("deleted");
    assert_eq!(store.peek(WORKSPACE_KEY), None);
    assert_eq!(store.peek(DRAFTS_KEY), None);
    assert!(!load_registry(&store)
        .registry()
        .expect("readable")
        .contains(&WorkspaceId::first()));
    restore_workspace(&store, &deleted).expect("restored");
    assert_eq!(store.peek(WORKSPACE_KEY).as_deref(), Some("first data"));
    assert_eq!(store.peek(DRAFTS_KEY).as_deref(), Some("first drafts"));
    let registry = load_registry(&store);
    let order: Vec<String> = registry
        .registry()
        .expect("readable")
        .entries()
        .map(|e| e.id.to_string())
        .collect();
    assert_eq!(order[0], "main", "put back in its place");
}

#[test]
fn a_restore_that_does_not_fit_leaves_nothing_behind() {
    let store = MemoryStore::with_quota(2_000);
    let made = create_workspace(&store, "Big", Some(&"x".repeat(1_000))).expect("made");
    let deleted = delete_workspace(&store, &made.id).expect("deleted");
    create_workspace(&store, "Other", Some(&"y".repeat(1_500))).expect("fills the quota");
    let before = store.peek(REGISTRY_KEY);
    assert!(matches!(
        restore_workspace(&store, &deleted),
        Err(WorkspacesError::Store(_))
    ));
    assert_eq!(store.peek(&WorkspaceKeys::of(&made.id).workspace), None);
    assert_eq!(store.peek(REGISTRY_KEY), before);
}

mod app {
    use super::*;
    use leptos::prelude::*;
    use sixtwo::app::state::workspaces::{NewWorkspace, DELETED_SESSION_KEY};
    use sixtwo::app::state::{SaveState, WorkspaceRequest};
    use sixtwo::app::AppState;
    use sixtwo::domain::{Command, Level, Objective, ObjectiveId, RandomIds, Timestamp};
    use std::rc::Rc;

    fn with_owner(test: impl FnOnce()) {
        let owner = Owner::new();
        owner.set();
        test();
    }

    /// A page load of the app on `store` asking for `request` (the session is the tab's).
    fn page(store: &MemoryStore, session: &MemoryStore, request: WorkspaceRequest) -> AppState {
        AppState::open(
            Rc::new(store.clone()),
            Rc::new(session.clone()),
            ["en-GB"],
            request,
        )
    }

    fn add(state: &AppState, code: &str) {
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
        state.flush();
    }

    fn stored_codes(store: &MemoryStore, key: &str) -> Vec<String> {
        let raw = store.peek(key).unwrap_or_default();
        sixtwo::io::envelope::decode(&raw)
            .map(|d| {
                d.workspace
                    .objectives
                    .iter()
                    .map(|o| o.code.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn codes(state: &AppState) -> Vec<String> {
        state
            .workspace
            .with_untracked(|w| w.objectives.iter().map(|o| o.code.clone()).collect())
    }

    #[test]
    fn workspaces_keep_their_data_apart_and_a_reload_opens_the_last_used() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let first = page(&store, &session, WorkspaceRequest::LastUsed);
            add(&first, "S1");
            let exercise = first
                .create_workspace("Exercise", NewWorkspace::Empty)
                .expect("created");
            // The page reloads into the new workspace.
            let second = page(&store, &session, WorkspaceRequest::LastUsed);
            assert_eq!(second.active_workspace(), exercise);
            assert!(codes(&second).is_empty());
            add(&second, "E1");
            assert_eq!(
                stored_codes(&store, &WorkspaceKeys::of(&exercise).workspace),
                ["E1"]
            );
            assert_eq!(stored_codes(&store, WORKSPACE_KEY), ["S1"]);
            // Links from before workspaces had names open the first one.
            let old_link = page(&store, &session, WorkspaceRequest::First);
            assert_eq!(codes(&old_link), ["S1"]);
            let named = page(
                &store,
                &session,
                WorkspaceRequest::Named(exercise.to_string()),
            );
            assert_eq!(codes(&named), ["E1"]);
            assert_eq!(named.workspace_rows().len(), 2);
        });
    }

    #[test]
    fn a_link_to_a_workspace_that_does_not_exist_says_so_and_writes_nothing() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let state = page(&store, &session, WorkspaceRequest::Named("gone1234".into()));
            assert!(state.active_workspace().is_first());
            assert_eq!(
                state.workspaces.with_untracked(|v| v.missing_link.clone()),
                Some("gone1234".into())
            );
            assert_eq!(store.peek(REGISTRY_KEY), None, "nothing written");
            assert_eq!(store.peek(WORKSPACE_KEY), None);
        });
    }

    #[test]
    fn a_tab_notices_its_workspace_deleted_elsewhere_and_stops_writing_it() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let made = create_workspace(&store, "Exercise", None).expect("made");
            let tab_a = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            add(&tab_a, "E1");
            let tab_b = page(&store, &MemoryStore::new(), WorkspaceRequest::First);
            tab_b.delete_workspace(&made.id).expect("deleted in tab B");
            // Tab A hears of the list first, then of its key.
            tab_a.refresh_workspaces();
            tab_a.on_external_change();
            assert!(tab_a.workspaces.with_untracked(|v| v.gone.is_some()));
            add(&tab_a, "E2");
            assert_eq!(tab_a.save.get_untracked(), SaveState::ReadOnly);
            assert_eq!(store.peek(&WorkspaceKeys::of(&made.id).workspace), None);
            // Keeping it stores it again under its id and name.
            tab_a.keep_gone_workspace().expect("kept");
            assert_eq!(
                stored_codes(&store, &WorkspaceKeys::of(&made.id).workspace),
                ["E1", "E2"]
            );
            let list = load_registry(&store);
            assert_eq!(
                list.registry()
                    .and_then(|r| r.entry(&made.id))
                    .map(|e| e.name.clone()),
                Some("Exercise".into())
            );
        });
    }

    #[test]
    fn a_tab_on_one_workspace_ignores_saves_to_another() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let made = create_workspace(&store, "Exercise", None).expect("made");
            let tab_a = page(&store, &session, WorkspaceRequest::First);
            add(&tab_a, "S1");
            let tab_b = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            add(&tab_b, "E1");
            tab_a.on_external_change();
            assert_eq!(codes(&tab_a), ["S1"]);
            add(&tab_a, "S2");
            assert!(matches!(
                tab_a.save.get_untracked(),
                SaveState::Saved { .. }
            ));
        });
    }

    #[test]
    fn deleting_the_workspace_on_screen_keeps_undo_for_the_next_page() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let made = create_workspace(&store, "Exercise", None).expect("made");
            let tab = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            add(&tab, "E1");
            tab.delete_workspace(&made.id).expect("deleted");
            assert!(session.peek(DELETED_SESSION_KEY).is_some());
            assert_eq!(store.peek(&WorkspaceKeys::of(&made.id).workspace), None);
            // The page reloads into the workspace left; its notice offers Undo.
            let next = page(&store, &session, WorkspaceRequest::LastUsed);
            assert!(next.active_workspace().is_first());
            assert!(next
                .notice
                .with_untracked(|n| n.as_ref().is_some_and(|n| n.restores_workspace)));
            assert_eq!(session.peek(DELETED_SESSION_KEY), None);
            next.undo_delete_workspace();
            let back = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            assert_eq!(codes(&back), ["E1"]);
        });
    }

    #[test]
    fn a_corrupt_workspace_is_kept_when_opened_and_others_still_work() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let made = create_workspace(&store, "Broken", None).expect("made");
            let key = WorkspaceKeys::of(&made.id).workspace;
            store.poke(&key, "{not a workspace");
            let first = page(&store, &session, WorkspaceRequest::First);
            let rows = first.workspace_rows();
            assert_eq!(rows[1].stored, Some(Err(())));
            assert_eq!(
                first.workspace_backup(&made.id).as_deref(),
                Some("{not a workspace")
            );
            let broken = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            assert_eq!(broken.save.get_untracked(), SaveState::ReadOnly);
            add(&broken, "X1");
            assert_eq!(store.peek(&key).as_deref(), Some("{not a workspace"));
        });
    }

    fn add_titled(state: &AppState, code: &str, title: &str) {
        let objective = Objective::new(
            ObjectiveId::new(&mut RandomIds),
            code,
            title,
            Level::Strategic,
            Timestamp::default(),
        );
        state
            .dispatch(Command::CreateObjective(Box::new(objective)))
            .expect("created");
        state.flush();
    }

    #[test]
    fn the_workspace_on_screen_compares_with_another_by_code_and_never_writes_it() {
        use sixtwo::domain::compare::{compare, Difference};
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let made = create_workspace(&store, "Model answer", None).expect("made");
            let other = page(
                &store,
                &session,
                WorkspaceRequest::Named(made.id.to_string()),
            );
            add_titled(&other, "S1", "Raise availability");
            add_titled(&other, "M1", "Only in the model");
            let first = page(&store, &session, WorkspaceRequest::First);
            add_titled(&first, "S1", "Keep services available");
            let other_key = WorkspaceKeys::of(&made.id).workspace;
            let stored_before = store.peek(&other_key);
            let writes_before = store.write_count();

            first.compare_with_workspace(&made.id);

            let source = first
                .trainer
                .with_untracked(|t| t.compare_with.clone())
                .expect("compared with the other workspace");
            assert_eq!(source.label, "Model answer");
            let ids = |state: &AppState| state.workspace.with_untracked(|w| w.objectives[0].id);
            assert_ne!(ids(&first), source.workspace.objectives[0].id, "ids differ");
            let compared = first
                .workspace
                .with_untracked(|w| compare(w, &source.workspace, chrono::NaiveDate::default()));
            let by_code = |code: &str| compared.objectives.iter().find(|o| o.code == code);
            let s1 = by_code("S1").expect("S1 compared");
            assert!(s1.in_both(), "matched by code, not by id");
            assert!(s1
                .differences
                .iter()
                .any(|d| matches!(d, Difference::Title { .. })));
            assert!(by_code("M1").is_some_and(|o| o.title_a.is_none()));
            assert_eq!(store.peek(&other_key), stored_before, "never written");
            assert_eq!(store.write_count(), writes_before, "nothing written");
            assert_eq!(
                codes(&first),
                ["S1"],
                "the workspace on screen is unchanged"
            );
        });
    }

    #[test]
    fn comparing_with_an_unreadable_workspace_says_why_and_changes_nothing() {
        with_owner(|| {
            let store = MemoryStore::new();
            let session = MemoryStore::new();
            let good = create_workspace(&store, "Good", None).expect("made");
            let broken = create_workspace(&store, "Broken", None).expect("made");
            let key = WorkspaceKeys::of(&broken.id).workspace;
            store.poke(&key, "{not a workspace");
            let first = page(&store, &session, WorkspaceRequest::First);
            first.compare_with_workspace(&good.id);
            let before = first.trainer.with_untracked(|t| t.compare_with.clone());
            assert!(before.is_some(), "an empty workspace compares");

            first.compare_with_workspace(&broken.id);

            let (problem, after) = first
                .trainer
                .with_untracked(|t| (t.compare_problem.clone(), t.compare_with.clone()));
            let (name, failure) = problem.expect("the problem is reported");
            assert_eq!(name, "Broken");
            assert!(matches!(
                failure,
                sixtwo::app::exercises::ReadFailure::File(
                    sixtwo::io::import::FileProblem::Unreadable(_)
                )
            ));
            assert_eq!(after, before, "the comparison shown is unchanged");
            assert_eq!(store.peek(&key).as_deref(), Some("{not a workspace"));
        });
    }
}
