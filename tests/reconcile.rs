//! Native tests of the three-way reconciliation of two tabs' versions: changes on one side
//! are kept, changes on both sides are conflicts, deletions and additions, the order of
//! lists, an unknown common version, and rules the combination would break.
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::reconcile::{reconcile, ConflictKind, Prefer};
use sixtwo::domain::{
    Level, Objective, ObjectiveId, PolicyId, PolicyStatement, Timestamp, Workspace,
};

fn objective(ids: &mut SequentialIds, code: &str) -> Objective {
    Objective::new(
        ObjectiveId::new(ids),
        code,
        format!("Objective {code}"),
        Level::Strategic,
        Timestamp::default(),
    )
}

/// A workspace with objectives S1–S3 and policy statements P1–P3.
fn base() -> Workspace {
    let mut ids = SequentialIds::default();
    let mut workspace = Workspace::default();
    for code in ["S1", "S2", "S3"] {
        workspace.objectives.push(objective(&mut ids, code));
    }
    for reference in ["P1", "P2", "P3"] {
        workspace.policy.push(PolicyStatement {
            id: PolicyId::new(&mut ids),
            reference: reference.into(),
            text: format!("Commitment {reference}"),
        });
    }
    workspace
}

fn retitled(workspace: &Workspace, code: &str, title: &str) -> Workspace {
    let mut changed = workspace.clone();
    for objective in &mut changed.objectives {
        if objective.code == code {
            objective.title = title.into();
        }
    }
    changed
}

fn without(workspace: &Workspace, code: &str) -> Workspace {
    let mut changed = workspace.clone();
    changed.objectives.retain(|o| o.code != code);
    changed
}

fn codes(workspace: &Workspace) -> Vec<&str> {
    workspace
        .objectives
        .iter()
        .map(|o| o.code.as_str())
        .collect()
}

fn title<'a>(workspace: &'a Workspace, code: &str) -> &'a str {
    workspace
        .objectives
        .iter()
        .find(|o| o.code == code)
        .map_or("", |o| o.title.as_str())
}

#[test]
fn changes_to_different_records_are_all_kept() {
    let base = base();
    let ours = retitled(&base, "S1", "Ours");
    let theirs = retitled(&base, "S2", "Theirs");
    let result = reconcile(&base, &ours, &theirs, Prefer::Ours);
    assert!(result.conflicts.is_empty());
    assert!(result.problems.is_empty());
    assert_eq!(title(&result.workspace, "S1"), "Ours");
    assert_eq!(title(&result.workspace, "S2"), "Theirs");
    assert_eq!(title(&result.workspace, "S3"), "Objective S3");
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = base();
    let ours = retitled(&base, "S1", "Same");
    let theirs = retitled(&base, "S1", "Same");
    let result = reconcile(&base, &ours, &theirs, Prefer::Theirs);
    assert!(result.conflicts.is_empty());
    assert_eq!(title(&result.workspace, "S1"), "Same");
}

#[test]
fn a_record_changed_differently_on_both_sides_is_a_conflict_decided_by_the_preference() {
    let base = base();
    let ours = retitled(&retitled(&base, "S1", "Ours"), "S3", "Only ours");
    let theirs = retitled(&retitled(&base, "S1", "Theirs"), "S2", "Only theirs");
    for (prefer, expected) in [(Prefer::Ours, "Ours"), (Prefer::Theirs, "Theirs")] {
        let result = reconcile(&base, &ours, &theirs, prefer);
        assert_eq!(result.conflicts.len(), 1);
        assert_eq!(result.conflicts[0].kind, ConflictKind::Objective);
        assert_eq!(result.conflicts[0].label, "S1");
        assert_eq!(title(&result.workspace, "S1"), expected);
        // Every other change of both sides is kept whatever the preference.
        assert_eq!(title(&result.workspace, "S2"), "Only theirs");
        assert_eq!(title(&result.workspace, "S3"), "Only ours");
    }
}

#[test]
fn deletions_are_kept_unless_the_other_side_changed_the_record() {
    let base = base();
    let result = reconcile(&base, &without(&base, "S2"), &base, Prefer::Ours);
    assert_eq!(codes(&result.workspace), ["S1", "S3"]);
    assert!(result.conflicts.is_empty());

    let result = reconcile(&base, &base, &without(&base, "S2"), Prefer::Ours);
    assert_eq!(codes(&result.workspace), ["S1", "S3"]);

    // Deleted in one tab, edited in the other: the user decides.
    let edited = retitled(&base, "S2", "Still needed");
    let result = reconcile(&base, &without(&base, "S2"), &edited, Prefer::Theirs);
    assert_eq!(result.conflicts.len(), 1);
    assert_eq!(title(&result.workspace, "S2"), "Still needed");
    let result = reconcile(&base, &without(&base, "S2"), &edited, Prefer::Ours);
    assert_eq!(codes(&result.workspace), ["S1", "S3"]);
}

#[test]
fn additions_on_both_sides_are_kept_in_the_stored_order_then_this_tabs() {
    let base = base();
    let mut ids = SequentialIds::starting_at(100);
    let mut ours = base.clone();
    ours.objectives.push(objective(&mut ids, "S4"));
    let mut theirs = base.clone();
    theirs.objectives.push(objective(&mut ids, "S5"));
    let result = reconcile(&base, &ours, &theirs, Prefer::Ours);
    assert_eq!(codes(&result.workspace), ["S1", "S2", "S3", "S5", "S4"]);
    assert!(result.conflicts.is_empty());
}

#[test]
fn a_list_reordered_on_one_side_keeps_that_order() {
    let base = base();
    let mut ours = base.clone();
    ours.policy.reverse();
    let theirs = base.clone();
    let result = reconcile(&base, &ours, &theirs, Prefer::Theirs);
    let references: Vec<&str> = result
        .workspace
        .policy
        .iter()
        .map(|p| p.reference.as_str())
        .collect();
    assert_eq!(references, ["P3", "P2", "P1"]);

    let result = reconcile(&base, &theirs, &ours, Prefer::Ours);
    let references: Vec<&str> = result
        .workspace
        .policy
        .iter()
        .map(|p| p.reference.as_str())
        .collect();
    assert_eq!(references, ["P3", "P2", "P1"]);
}

#[test]
fn the_organisation_and_settings_are_records_too() {
    let base = base();
    let mut ours = base.clone();
    ours.organisation.name = "Ours Ltd".into();
    let mut theirs = base.clone();
    theirs.organisation.name = "Theirs Ltd".into();
    theirs.settings.at_risk_below = Some(0.8);
    let result = reconcile(&base, &ours, &theirs, Prefer::Ours);
    assert_eq!(result.workspace.organisation.name, "Ours Ltd");
    assert_eq!(result.workspace.settings.at_risk_below, Some(0.8));
    assert_eq!(result.conflicts.len(), 1);
    assert_eq!(result.conflicts[0].kind, ConflictKind::Organisation);
}

#[test]
fn without_a_common_version_every_difference_is_a_conflict_and_nothing_is_lost() {
    let base = base();
    let ours = retitled(&base, "S1", "Ours");
    let theirs = without(&retitled(&base, "S2", "Theirs"), "S3");
    let result = reconcile(&Workspace::default(), &ours, &theirs, Prefer::Ours);
    let labels: Vec<&str> = result.conflicts.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        ["S1", "S2"],
        "records equal on both sides are not in question"
    );
    // S3 exists only in ours: without a base it counts as added, never as deleted.
    assert_eq!(codes(&result.workspace), ["S1", "S2", "S3"]);
}

#[test]
fn rules_the_combination_would_break_are_reported() {
    let base = base();
    let mut ids = SequentialIds::starting_at(100);
    let mut ours = base.clone();
    ours.objectives.push(objective(&mut ids, "S9"));
    let mut theirs = base.clone();
    theirs.objectives.push(objective(&mut ids, "S9"));
    let result = reconcile(&base, &ours, &theirs, Prefer::Ours);
    assert!(result.conflicts.is_empty());
    assert!(!result.problems.is_empty(), "two objectives coded S9");
}

#[test]
fn large_workspaces_are_reconciled_in_one_pass() {
    let mut ids = SequentialIds::default();
    let mut base = Workspace::default();
    for n in 0..20_000 {
        base.objectives.push(objective(&mut ids, &format!("S{n}")));
    }
    let ours = retitled(&base, "S10", "Ours");
    let theirs = retitled(&base, "S19999", "Theirs");
    let result = reconcile(&base, &ours, &theirs, Prefer::Ours);
    assert_eq!(result.workspace.objectives.len(), 20_000);
    assert_eq!(title(&result.workspace, "S10"), "Ours");
    assert_eq!(title(&result.workspace, "S19999"), "Theirs");
}
