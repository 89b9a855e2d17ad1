//! Native tests of team sync: the document mapping, and browsers replicating through an
//! in-memory server that speaks the CouchDB replication protocol (`tests/sync_support`).
//! Two browsers converge; edits of different records never conflict; records that only
//! grow never conflict; a concurrent edit is a conflict resolved either way; a remote change
//! that would break a rule is held aside; nothing is lost when the network or the tab goes
//! away at any point of a cycle.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;
mod sync_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use serde_json::Value;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::validate::ProblemKind;
use sixtwo::domain::{
    Kpi, KpiId, Level, Measurement, Objective, ObjectiveId, RecordId, Timestamp, Workspace,
};
use sixtwo::io::sync::diff::differences;
use sixtwo::io::sync::docs::{assemble, split};
use sixtwo::io::sync::integrate::HoldReason;
use sixtwo::io::sync::resolve::{keep_mine, take_theirs};
use sync_support::{Browser, FakeCouch, Stopped};

fn example() -> Workspace {
    example_workspace(
        ExampleLanguage::English,
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    )
}

fn retitle(workspace: &mut Workspace, index: usize, title: &str) {
    workspace.objectives[index].title = title.into();
}

fn titles(workspace: &Workspace) -> Vec<&str> {
    workspace
        .objectives
        .iter()
        .map(|o| o.title.as_str())
        .collect()
}

fn json(workspace: &Workspace) -> Value {
    serde_json::to_value(workspace).unwrap()
}

/// A with the example, B empty: both synced once (A first), so both hold the example.
fn two_synced() -> (FakeCouch, Browser, Browser) {
    let mut server = FakeCouch::default();
    let mut a = Browser::new("a", example());
    let mut b = Browser::new("b", Workspace::default());
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    (server, a, b)
}

fn measurement(ids: &mut SequentialIds, day: u32, value: f64) -> Measurement {
    Measurement {
        id: RecordId::new(ids),
        date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
        value,
        note: String::new(),
        recorded_by: String::new(),
    }
}

/// The first objective of `workspace` that has a KPI, and that KPI's index.
fn first_kpi(workspace: &Workspace) -> (usize, usize) {
    let at = workspace
        .objectives
        .iter()
        .position(|o| !o.kpis.is_empty())
        .unwrap();
    (at, 0)
}

#[test]
fn the_example_splits_into_documents_and_assembles_back_exactly() {
    let mut workspace = example();
    let (o, k) = first_kpi(&workspace);
    workspace.objectives[o].kpis[k]
        .measurements
        .push(measurement(&mut SequentialIds::starting_at(50_000), 3, 4.0));
    let docs = split(&workspace, &|_| None).unwrap();
    assert!(docs.contains_key("workspace"));
    for objective in &workspace.objectives {
        assert!(docs.contains_key(&format!("objective:{}", objective.id)));
    }
    assert!(docs.keys().any(|id| id.starts_with("measurement:")));
    assert!(docs.keys().any(|id| id.starts_with("policy:")));
    let assembled = assemble(&docs);
    assert!(assembled.orphans.is_empty() && assembled.unreadable.is_empty());
    assert_eq!(assembled.workspace, json(&workspace));
}

#[test]
fn a_second_browser_receives_the_whole_workspace() {
    let (server, a, b) = two_synced();
    assert_eq!(json(&b.workspace), json(&a.workspace));
    assert!(a.conflicts.is_empty() && b.conflicts.is_empty());
    assert!(server.winners().values().all(|doc| doc["schemaVersion"]
        == sixtwo::io::envelope::SCHEMA_VERSION
        && doc.get("record").is_some()));
}

#[test]
fn edits_of_different_objectives_converge_without_conflict() {
    let (mut server, mut a, mut b) = two_synced();
    retitle(&mut a.workspace, 0, "Changed in A");
    retitle(&mut b.workspace, 1, "Changed in B");
    let report = a.sync(&mut server).unwrap();
    assert_eq!(report.pushed, 1);
    b.sync(&mut server).unwrap();
    a.sync(&mut server).unwrap();
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert_eq!(titles(&a.workspace)[..2], ["Changed in A", "Changed in B"]);
    assert!(a.conflicts.is_empty() && b.conflicts.is_empty());
}

#[test]
fn measurements_recorded_in_both_browsers_never_conflict() {
    let (mut server, mut a, mut b) = two_synced();
    let (o, k) = first_kpi(&a.workspace);
    let mut ids = SequentialIds::starting_at(10_000);
    a.workspace.objectives[o].kpis[k]
        .measurements
        .push(measurement(&mut ids, 20, 1.0));
    b.workspace.objectives[o].kpis[k]
        .measurements
        .push(measurement(&mut ids, 21, 2.0));
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    a.sync(&mut server).unwrap();
    assert!(a.conflicts.is_empty() && b.conflicts.is_empty());
    assert_eq!(json(&a.workspace), json(&b.workspace));
    let values: Vec<f64> = a.workspace.objectives[o].kpis[k]
        .measurements
        .iter()
        .map(|m| m.value)
        .collect();
    assert!(values.contains(&1.0) && values.contains(&2.0));
}

#[test]
fn new_and_removed_objectives_travel() {
    let (mut server, mut a, mut b) = two_synced();
    let removed = a.workspace.objectives.pop().unwrap();
    let mut ids = SequentialIds::starting_at(20_000);
    let mut added = Objective::new(
        ObjectiveId::new(&mut ids),
        "N1",
        "New in A",
        Level::Strategic,
        Timestamp::default(),
    );
    added.kpis.push(Kpi::named(KpiId::new(&mut ids), "Count"));
    a.workspace.objectives.insert(0, added);
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert_eq!(b.workspace.objectives[0].code, "N1");
    assert!(b.workspace.objective(removed.id).is_none());
}

#[test]
fn a_concurrent_edit_is_a_conflict_and_keep_mine_wins_everywhere() {
    let (mut server, mut a, mut b) = two_synced();
    retitle(&mut a.workspace, 0, "A's title");
    retitle(&mut b.workspace, 0, "B's title");
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    // Never picked silently: B keeps its own version until the person decides.
    assert_eq!(titles(&b.workspace)[0], "B's title");
    let id = format!("objective:{}", b.workspace.objectives[0].id);
    let conflict = b.conflicts.get(&id).cloned().expect("a conflict");
    let mine = split(&b.workspace, &|_| None).unwrap().remove(&id);
    let fields = differences(mine.as_ref(), conflict.theirs.as_ref());
    assert_eq!(fields.len(), 1, "{fields:?}");
    assert_eq!(fields[0].field, "title");
    assert_eq!(fields[0].theirs, "\"A's title\"");
    // A conflict survives closing the tab.
    b.reopen();
    b.sync(&mut server).unwrap();
    let conflict = b.conflicts.get(&id).cloned().expect("still a conflict");
    keep_mine(&mut b.meta, &conflict);
    b.conflicts.remove(&id);
    b.sync(&mut server).unwrap();
    a.sync(&mut server).unwrap();
    assert_eq!(titles(&a.workspace)[0], "B's title");
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert!(a.conflicts.is_empty() && b.conflicts.is_empty());
    assert_eq!(server.live_leaves(&id), 1);
}

#[test]
fn take_theirs_takes_the_servers_version_everywhere() {
    let (mut server, mut a, mut b) = two_synced();
    retitle(&mut a.workspace, 0, "A's title");
    retitle(&mut b.workspace, 0, "B's title");
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    let id = format!("objective:{}", b.workspace.objectives[0].id);
    let conflict = b.conflicts.get(&id).cloned().expect("a conflict");
    let integration = take_theirs(&b.workspace, &b.meta, &conflict).unwrap();
    b.take(&integration);
    assert_eq!(titles(&b.workspace)[0], "A's title");
    assert!(b.conflicts.is_empty());
    b.sync(&mut server).unwrap();
    a.sync(&mut server).unwrap();
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert_eq!(server.live_leaves(&id), 1);
}

#[test]
fn a_remote_objective_that_would_duplicate_a_code_is_held_aside_and_explained() {
    let (mut server, mut a, mut b) = two_synced();
    let mut ids = SequentialIds::starting_at(30_000);
    let mut new = |title: &str| {
        Objective::new(
            ObjectiveId::new(&mut ids),
            "X1",
            title,
            Level::Strategic,
            Timestamp::default(),
        )
    };
    let from_a = new("From A");
    let from_b = new("From B");
    a.workspace.objectives.push(from_a.clone());
    b.workspace.objectives.push(from_b.clone());
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    let id = format!("objective:{}", from_a.id);
    let held = b.held.get(&id).expect("held aside");
    match &held.reason {
        HoldReason::Breaks(problems) => assert!(
            problems
                .iter()
                .any(|p| matches!(&p.kind, ProblemKind::DuplicateCode { code } if code == "X1")),
            "{problems:?}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(b.workspace.objective(from_a.id).is_none());
    assert!(b.workspace.objective(from_b.id).is_some());
    // B's own objective went out and is held aside in A in turn.
    a.sync(&mut server).unwrap();
    assert!(a.held.contains_key(&format!("objective:{}", from_b.id)));
    // Held aside across closing the tab, until B renames its objective.
    b.reopen();
    let at = b.workspace.objective_index(from_b.id).unwrap();
    b.workspace.objectives[at].code = "X2".into();
    b.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    assert!(b.held.is_empty(), "{:?}", b.held.keys());
    assert!(b.workspace.objective(from_a.id).is_some());
    a.sync(&mut server).unwrap();
    assert!(a.held.is_empty(), "{:?}", a.held.keys());
    assert_eq!(json(&a.workspace), json(&b.workspace));
}

#[test]
fn offline_edits_in_both_browsers_go_out_when_the_server_is_back() {
    let (mut server, mut a, mut b) = two_synced();
    server.down_after = Some(server.answered);
    retitle(&mut a.workspace, 0, "Offline in A");
    retitle(&mut b.workspace, 1, "Offline in B");
    assert_eq!(a.sync(&mut server), Err(Stopped::Offline));
    assert_eq!(b.sync(&mut server), Err(Stopped::Offline));
    a.reopen();
    server.down_after = None;
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    a.sync(&mut server).unwrap();
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert_eq!(titles(&b.workspace)[..2], ["Offline in A", "Offline in B"]);
}

#[test]
fn a_server_stopped_at_any_point_of_a_cycle_loses_nothing() {
    let (server, a, b) = two_synced();
    let mut edited_a = a.workspace.clone();
    retitle(&mut edited_a, 0, "A again");
    let mut edited_b = b.workspace.clone();
    retitle(&mut edited_b, 2, "B again");
    let (o, k) = first_kpi(&edited_b);
    edited_b.objectives[o].kpis[k]
        .measurements
        .push(measurement(
            &mut SequentialIds::starting_at(40_000),
            22,
            7.0,
        ));
    // Count the requests of an undisturbed run, then stop the server after each of them.
    let mut probe = (server.clone(), a.workspace.clone());
    let mut first = Browser::new("probe", probe.1.clone());
    first.meta = a.meta.clone();
    first.workspace = edited_a.clone();
    let before = probe.0.answered;
    first.sync(&mut probe.0).unwrap();
    let requests = probe.0.answered - before;
    assert!(requests >= 4);
    for stop in 0..requests {
        let (mut server, mut a, mut b) = (server.clone(), clone_of(&a), clone_of(&b));
        a.workspace = edited_a.clone();
        b.workspace = edited_b.clone();
        server.down_after = Some(server.answered + stop);
        assert_eq!(a.sync(&mut server), Err(Stopped::Offline), "stop {stop}");
        a.reopen();
        server.down_after = None;
        a.sync(&mut server).unwrap();
        b.sync(&mut server).unwrap();
        a.sync(&mut server).unwrap();
        assert_eq!(json(&a.workspace), json(&b.workspace), "stop {stop}");
        assert_eq!(titles(&a.workspace)[0], "A again", "stop {stop}");
        assert_eq!(titles(&a.workspace)[2], "B again", "stop {stop}");
        assert!(a.conflicts.is_empty() && b.conflicts.is_empty());
    }
}

/// A browser with the same stored data (a fresh tab).
fn clone_of(browser: &Browser) -> Browser {
    let mut copy = Browser::new(&browser.name, browser.workspace.clone());
    copy.meta = browser.meta.clone();
    copy.reopen();
    copy
}

#[test]
fn a_server_that_lost_its_checkpoints_gets_everything_offered_again() {
    let (mut server, mut a, _b) = two_synced();
    server.forget_checkpoints();
    a.reopen();
    let report = a.sync(&mut server).unwrap();
    // Offered again, but `_revs_diff` finds the server has them all: nothing is rewritten.
    assert_eq!(report.pushed, 0);
    assert!(server.log.iter().any(|r| r.ends_with("/_revs_diff")));
    assert!(!server
        .log
        .iter()
        .rev()
        .take(3)
        .any(|r| r.ends_with("/_bulk_docs")));
}

#[test]
fn servers_without_bulk_get_are_read_document_by_document() {
    let mut server = FakeCouch::default();
    server.no_bulk_get = true;
    let mut a = Browser::new("a", example());
    let mut b = Browser::new("b", Workspace::default());
    a.sync(&mut server).unwrap();
    b.sync(&mut server).unwrap();
    assert_eq!(json(&a.workspace), json(&b.workspace));
    assert!(server.log.iter().any(|r| r.contains("open_revs=")));
}

#[test]
fn a_new_cycle_reads_only_what_changed_since_the_checkpoint() {
    let (mut server, mut a, mut b) = two_synced();
    retitle(&mut a.workspace, 0, "Once more");
    a.sync(&mut server).unwrap();
    b.reopen();
    server.log.clear();
    let report = b.sync(&mut server).unwrap();
    assert_eq!(report.pulled, 1);
    let fetch = server.log.iter().find(|r| r.contains("/_changes")).unwrap();
    assert!(!fetch.contains("since=0&"), "{fetch}");
}
