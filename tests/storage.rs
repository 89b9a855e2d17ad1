//! Native tests of the persistence rules over the in-memory store: corrupt data, data from a
//! newer version, a full quota, unavailable storage and two tabs saving the same workspace.
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::{Level, Objective, ObjectiveId, Timestamp, Workspace};
use sixtwo::io::envelope::{encode_stored, encode_version, DecodeError, Version};
use sixtwo::storage::persistence::Mode;
use sixtwo::storage::{
    External, MemoryStore, Opened, Persistence, SaveError, QUOTA_UTF16_UNITS, WORKSPACE_KEY,
};

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_750_000_000 + seconds)
}

fn workspace_with(codes: &[&str]) -> Workspace {
    let mut ids = SequentialIds::default();
    let mut workspace = Workspace::default();
    for code in codes {
        workspace.objectives.push(Objective::new(
            ObjectiveId::new(&mut ids),
            *code,
            format!("Objective {code}"),
            Level::Strategic,
            at(0),
        ));
    }
    workspace
}

fn loaded(opened: Opened) -> Workspace {
    match opened {
        Opened::Loaded(decoded) => decoded.workspace,
        other => panic!("expected a loaded workspace, got {other:?}"),
    }
}

#[test]
fn a_first_visit_is_fresh_and_the_first_save_creates_revision_one() {
    let store = MemoryStore::new();
    let (mut persistence, opened) = Persistence::open(store.clone());
    assert_eq!(opened, Opened::Fresh);
    assert_eq!(store.peek(WORKSPACE_KEY), None, "opening writes nothing");

    let saved = persistence
        .save(&workspace_with(&["S1"]), at(1))
        .expect("saved");
    assert_eq!(saved.version.rev, 1);
    let (_, reopened) = Persistence::open(store);
    assert_eq!(loaded(reopened), workspace_with(&["S1"]));
}

#[test]
fn corrupt_data_is_kept_untouched_until_the_user_gives_it_up() {
    let store = MemoryStore::new();
    let corrupt = r#"{"format":"sixtwo-workspace","schemaVersion":1,"workspace":{"objectives":[{"#;
    store.poke(WORKSPACE_KEY, corrupt);
    let writes_before = store.write_count();

    let (mut persistence, opened) = Persistence::open(store.clone());
    match opened {
        Opened::Unreadable { raw, error } => {
            assert_eq!(raw, corrupt);
            assert!(
                matches!(error, DecodeError::Syntax { line: 1, .. }),
                "{error:?}"
            );
        }
        other => panic!("expected unreadable, got {other:?}"),
    }
    assert_eq!(persistence.mode(), Mode::Protecting);
    assert_eq!(
        persistence.save(&workspace_with(&["S1"]), at(1)),
        Err(SaveError::Protecting)
    );
    assert_eq!(store.peek(WORKSPACE_KEY).as_deref(), Some(corrupt));
    assert_eq!(persistence.raw_stored().as_deref(), Some(corrupt));
    // Only the write probe touched storage, and it removed itself again.
    assert_eq!(store.write_count(), writes_before + 1);

    persistence.give_up_unreadable();
    persistence
        .save(&workspace_with(&["S1"]), at(2))
        .expect("replaces once allowed");
    let (_, reopened) = Persistence::open(store);
    assert_eq!(loaded(reopened), workspace_with(&["S1"]));
}

#[test]
fn hand_edited_data_with_a_wrong_field_names_the_field() {
    let store = MemoryStore::new();
    let text = encode_stored(&workspace_with(&["S1"]), 4, at(0)).replace("strategic", "strategik");
    store.poke(WORKSPACE_KEY, &text);
    let (persistence, opened) = Persistence::open(store);
    match opened {
        Opened::Unreadable {
            error: DecodeError::Field { path, .. },
            ..
        } => assert_eq!(path, "workspace.objectives[0].level"),
        other => panic!("expected a field error, got {other:?}"),
    }
    assert_eq!(persistence.mode(), Mode::Protecting);
}

#[test]
fn data_from_a_newer_version_is_protected() {
    let store = MemoryStore::new();
    let newer = r#"{"format":"sixtwo-workspace","schemaVersion":9,"rev":3,"workspace":{"x":1}}"#;
    store.poke(WORKSPACE_KEY, newer);
    let (mut persistence, opened) = Persistence::open(store.clone());
    assert!(matches!(
        opened,
        Opened::Unreadable {
            error: DecodeError::TooNew { version: 9 },
            ..
        }
    ));
    assert_eq!(
        persistence.save(&Workspace::default(), at(1)),
        Err(SaveError::Protecting)
    );
    assert_eq!(store.peek(WORKSPACE_KEY).as_deref(), Some(newer));
}

#[test]
fn a_full_quota_keeps_the_stored_data_and_reports_it() {
    let small = workspace_with(&["S1"]);
    let stored_small = encode_version(&small, &Version::default(), at(0)).len();
    let store = MemoryStore::with_quota(stored_small + 100);
    let (mut persistence, _) = Persistence::open(store.clone());
    persistence
        .save(&small, at(1))
        .expect("small workspace fits");

    let codes: Vec<String> = (1..=60).map(|n| format!("S{n}")).collect();
    let big = workspace_with(&codes.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(persistence.save(&big, at(2)), Err(SaveError::QuotaExceeded));
    assert_eq!(
        persistence.mode(),
        Mode::Writable,
        "a later save may succeed"
    );
    let (_, reopened) = Persistence::open(store);
    assert_eq!(loaded(reopened), small, "the last good save survives");

    // After the user makes room (here: removes objectives) saving works again.
    assert!(persistence.save(&small, at(3)).is_ok());
}

#[test]
fn unavailable_storage_means_memory_only() {
    let store = MemoryStore::new();
    store.set_unavailable(true);
    let (mut persistence, opened) = Persistence::open(store);
    assert!(matches!(opened, Opened::Unavailable(_)));
    assert_eq!(persistence.mode(), Mode::MemoryOnly);
    assert_eq!(
        persistence.save(&Workspace::default(), at(1)),
        Err(SaveError::MemoryOnly)
    );
}

#[test]
fn storage_that_vanishes_mid_session_switches_to_memory_only() {
    let store = MemoryStore::new();
    let (mut persistence, _) = Persistence::open(store.clone());
    store.set_unavailable(true);
    assert_eq!(
        persistence.save(&Workspace::default(), at(1)),
        Err(SaveError::MemoryOnly)
    );
    assert_eq!(persistence.mode(), Mode::MemoryOnly);
}

#[test]
fn the_quota_is_the_origin_quota_in_utf16_units() {
    assert_eq!(QUOTA_UTF16_UNITS, 5_242_880);
}

#[test]
fn a_clean_tab_picks_up_another_tabs_save() {
    let store = MemoryStore::new();
    let (mut first, _) = Persistence::open(store.clone());
    first.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    let (mut second, opened) = Persistence::open(store.clone());
    assert_eq!(loaded(opened), workspace_with(&["S1"]));

    first
        .save(&workspace_with(&["S1", "S2"]), at(2))
        .expect("saved");
    match second.read_external() {
        Ok(External::Changed(decoded)) => {
            assert_eq!(decoded.workspace, workspace_with(&["S1", "S2"]));
            second.adopt(decoded.version.clone());
        }
        other => panic!("expected a change, got {other:?}"),
    }
    assert_eq!(second.read_external(), Ok(External::Unchanged));
    second
        .save(&workspace_with(&["S1", "S2", "S3"]), at(3))
        .expect("after adopting, saving continues");
}

#[test]
fn two_tabs_with_unsaved_changes_never_overwrite_each_other_silently() {
    let store = MemoryStore::new();
    let (mut first, _) = Persistence::open(store.clone());
    first.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    let (mut second, _) = Persistence::open(store.clone());

    first
        .save(&workspace_with(&["S1", "FIRST"]), at(2))
        .expect("first tab saves");
    let conflict = second.save(&workspace_with(&["S1", "SECOND"]), at(3));
    assert_eq!(conflict, Err(SaveError::Conflict { theirs: Some(2) }));
    let (_, stored) = Persistence::open(store.clone());
    assert_eq!(loaded(stored), workspace_with(&["S1", "FIRST"]));

    // The user chose "keep mine" in the second tab.
    let saved = second
        .save_over_conflict(&workspace_with(&["S1", "SECOND"]), at(4))
        .expect("kept");
    assert_eq!(saved.version.rev, 3);
    // Now the first tab is the one that is behind.
    assert!(matches!(
        first.save(&workspace_with(&["S1"]), at(5)),
        Err(SaveError::Conflict { theirs: Some(3) })
    ));
}

#[test]
fn two_tabs_saving_the_same_revision_at_once_are_told_apart() {
    // Each tab sees storage through its own copy (as browser tabs do); the writes cross
    // only when the test delivers them.
    let first_view = MemoryStore::new();
    let (mut setup, _) = Persistence::open(first_view.clone());
    setup.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    let second_view = MemoryStore::new();
    second_view.poke(
        WORKSPACE_KEY,
        &first_view.peek(WORKSPACE_KEY).unwrap_or_default(),
    );
    let (mut first, _) = Persistence::open(first_view.clone());
    let (mut second, _) = Persistence::open(second_view.clone());

    let mine = first
        .save(&workspace_with(&["S1", "FIRST"]), at(2))
        .expect("first saves");
    let theirs = second
        .save(&workspace_with(&["S1", "SECOND"]), at(2))
        .expect("second saves");
    assert_eq!(mine.version.rev, theirs.version.rev, "the same revision");
    assert_ne!(mine.version.id, theirs.version.id);

    // The browser keeps the second write; the first tab hears of it.
    first_view.poke(
        WORKSPACE_KEY,
        &second_view.peek(WORKSPACE_KEY).unwrap_or_default(),
    );
    let changed = match first.read_external() {
        Ok(External::Changed(decoded)) => decoded,
        other => panic!("the other tab's write must not look unchanged: {other:?}"),
    };
    assert!(
        !first.can_take_over(&changed.version),
        "this tab's own save was replaced: taking the other over would drop it"
    );
    assert_eq!(
        first.common_version(&changed.version),
        Some(workspace_with(&["S1"])),
        "both grew from the version both tabs read"
    );
    // Its next save is refused until the two are reconciled.
    assert!(matches!(
        first.save(&workspace_with(&["S1", "FIRST", "MORE"]), at(3)),
        Err(SaveError::Conflict { .. })
    ));
}

#[test]
fn a_save_that_saw_this_tabs_version_may_simply_be_taken_over() {
    let store = MemoryStore::new();
    let (mut first, _) = Persistence::open(store.clone());
    first.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    let (mut second, _) = Persistence::open(store.clone());
    second
        .save(&workspace_with(&["S1", "S2"]), at(2))
        .expect("saved over the first tab's version");
    match first.read_external() {
        Ok(External::Changed(decoded)) => {
            assert!(first.can_take_over(&decoded.version));
            first.adopt(decoded.version.clone());
        }
        other => panic!("expected a change, got {other:?}"),
    }
    first
        .save(&workspace_with(&["S1", "S2", "S3"]), at(3))
        .expect("saving continues");
}

#[test]
fn unreadable_data_written_by_another_tab_is_protected_too() {
    let store = MemoryStore::new();
    let (mut tab, _) = Persistence::open(store.clone());
    tab.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    let (mut late_tab, _) = Persistence::open(store.clone());
    store.poke(WORKSPACE_KEY, "garbage");

    match tab.read_external() {
        Ok(External::Unreadable { raw, .. }) => assert_eq!(raw, "garbage"),
        other => panic!("expected unreadable, got {other:?}"),
    }
    tab.protect();
    assert_eq!(
        tab.save(&workspace_with(&["S1", "S2"]), at(2)),
        Err(SaveError::Protecting)
    );
    // A tab that missed the notification still refuses: an unreadable revision is a conflict.
    assert_eq!(
        late_tab.save(&workspace_with(&["S1", "S3"]), at(3)),
        Err(SaveError::Conflict { theirs: None })
    );
    assert_eq!(store.peek(WORKSPACE_KEY).as_deref(), Some("garbage"));
}

#[test]
fn a_removed_workspace_is_reported() {
    let store = MemoryStore::new();
    let (mut tab, _) = Persistence::open(store.clone());
    tab.save(&workspace_with(&["S1"]), at(1)).expect("saved");
    use sixtwo::storage::KeyValueStore;
    store.remove(WORKSPACE_KEY).expect("removed");
    assert_eq!(tab.read_external(), Ok(External::Removed));
}

/// Every stored fixture of earlier builds: plain JSON as browser storage held it.
const STORED_JSON_FIXTURES: &[&str] = &["record-history-stored.json", "schema-v1.json"];

#[test]
fn stored_json_of_earlier_builds_opens_and_the_next_save_writes_the_compact_form() {
    for name in STORED_JSON_FIXTURES {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let old = std::fs::read_to_string(&path).expect("fixture readable");
        let store = MemoryStore::new();
        store.poke(WORKSPACE_KEY, &old);
        let (mut persistence, opened) = Persistence::open(store.clone());
        let workspace = loaded(opened);
        assert_eq!(
            store.peek(WORKSPACE_KEY),
            Some(old.clone()),
            "{name}: opening writes nothing"
        );

        persistence.save(&workspace, at(1)).expect("saved");
        let stored = store.peek(WORKSPACE_KEY).unwrap_or_default();
        assert!(
            sixtwo::io::compact::is_compact(&stored),
            "{name}: stored compact"
        );
        assert!(
            stored.encode_utf16().count() * 2 < old.encode_utf16().count(),
            "{name}: less than half the units"
        );
        let (_, reopened) = Persistence::open(store);
        assert_eq!(loaded(reopened), workspace, "{name}: the same workspace");
    }
}

#[test]
fn damaged_compact_data_is_kept_and_explained() {
    let store = MemoryStore::new();
    let (mut persistence, _) = Persistence::open(store.clone());
    persistence
        .save(&workspace_with(&["S1", "S2"]), at(1))
        .expect("saved");
    let stored = store.peek(WORKSPACE_KEY).unwrap_or_default();
    let cut: String = stored.chars().take(stored.chars().count() - 5).collect();
    store.poke(WORKSPACE_KEY, &cut);
    let (mut persistence, opened) = Persistence::open(store.clone());
    assert!(matches!(
        opened,
        Opened::Unreadable {
            error: DecodeError::Compact(_),
            ..
        }
    ));
    assert!(persistence.save(&workspace_with(&["S9"]), at(2)).is_err());
    assert_eq!(store.peek(WORKSPACE_KEY), Some(cut), "never overwritten");
}
