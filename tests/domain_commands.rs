//! Native tests of every workspace command, the invariants they keep (levels, cycles, codes,
//! links) and the undo history, including property tests over random command sequences.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sixtwo::domain::code::CodeProblem;
use sixtwo::domain::command::ChangeLabel;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::validate::validate;
use sixtwo::domain::{
    apply, ChildrenOnDelete, Command, CommandError, Direction, History, Kpi, KpiId, Level,
    Objective, ObjectiveEdit, ObjectiveId, PolicyId, PolicyStatement, Requirement, RequirementId,
    Status, Timestamp, Workspace,
};

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_750_000_000 + seconds)
}

/// A small world: ids from a counter, a clock that only moves when asked.
struct World {
    ids: SequentialIds,
    workspace: Workspace,
    history: History,
    clock: i64,
}

impl World {
    fn new() -> Self {
        World {
            ids: SequentialIds::default(),
            workspace: Workspace::default(),
            history: History::default(),
            clock: 0,
        }
    }

    fn run(&mut self, command: Command) -> Result<ChangeLabel, CommandError> {
        self.clock += 1;
        let coalesce = command.coalesce_key();
        let applied = apply(&mut self.workspace, command, at(self.clock))?;
        let label = applied.label.clone();
        self.history.record(applied, coalesce, at(self.clock));
        Ok(label)
    }

    fn objective(&mut self, code: &str, level: Level, parent: Option<ObjectiveId>) -> ObjectiveId {
        let id = ObjectiveId::new(&mut self.ids);
        let mut objective = Objective::new(id, code, format!("Objective {code}"), level, at(0));
        objective.parent = parent;
        self.run(Command::CreateObjective(Box::new(objective)))
            .unwrap_or_else(|e| panic!("creating {code}: {e:?}"));
        id
    }

    fn policy(&mut self, reference: &str) -> PolicyId {
        let id = PolicyId::new(&mut self.ids);
        let statement = PolicyStatement {
            id,
            reference: reference.into(),
            text: format!("Statement {reference}"),
        };
        self.run(Command::AddPolicy(statement))
            .expect("policy added");
        id
    }

    fn requirement(&mut self, reference: &str) -> RequirementId {
        let id = RequirementId::new(&mut self.ids);
        let requirement = Requirement {
            id,
            reference: reference.into(),
            title: format!("Requirement {reference}"),
            source: Default::default(),
            notes: String::new(),
        };
        self.run(Command::AddRequirement(requirement))
            .expect("requirement added");
        id
    }

    fn get(&self, id: ObjectiveId) -> &Objective {
        self.workspace
            .objective(id)
            .unwrap_or_else(|| panic!("objective {id} exists"))
    }

    /// Runs `command`, expects `error`, and checks nothing changed.
    fn refuse(&mut self, command: Command, error: CommandError) {
        let before = self.workspace.clone();
        assert_eq!(self.run(command), Err(error));
        assert_eq!(self.workspace, before, "a refused command changes nothing");
    }

    fn edit(&mut self, id: ObjectiveId, edit: ObjectiveEdit) -> Result<ChangeLabel, CommandError> {
        self.run(Command::EditObjective { id, edit })
    }
}

/// S1 ─ T1 ─ O1 and S2.
fn chain() -> (World, ObjectiveId, ObjectiveId, ObjectiveId, ObjectiveId) {
    let mut world = World::new();
    let s1 = world.objective("S1", Level::Strategic, None);
    let t1 = world.objective("T1", Level::Tactical, Some(s1));
    let o1 = world.objective("O1", Level::Operational, Some(t1));
    let s2 = world.objective("S2", Level::Strategic, None);
    (world, s1, t1, o1, s2)
}

#[test]
fn creating_objectives_stamps_them_and_keeps_levels_in_order() {
    let (world, s1, t1, o1, _) = chain();
    assert_eq!(world.get(t1).parent, Some(s1));
    assert_eq!(world.get(o1).parent, Some(t1));
    assert_eq!(world.get(s1).created, at(1));
    assert_eq!(world.get(s1).updated, at(1));
    assert!(validate(&world.workspace).is_empty());
}

#[test]
fn creating_refuses_bad_codes_titles_parents_and_links() {
    let (mut world, s1, t1, _, _) = chain();
    let nowhere = ObjectiveId::new(&mut world.ids);
    let mut fresh = |code: &str, title: &str, level, parent| {
        let id = ObjectiveId::new(&mut world.ids);
        let mut objective = Objective::new(id, code, title, level, at(0));
        objective.parent = parent;
        Command::CreateObjective(Box::new(objective))
    };
    let taken = fresh("s1", "x", Level::Strategic, None);
    let empty_code = fresh("  ", "x", Level::Strategic, None);
    let spaced = fresh("S 9", "x", Level::Strategic, None);
    let untitled = fresh("S9", "   ", Level::Strategic, None);
    let above_parent = fresh("S9", "x", Level::Strategic, Some(t1));
    let orphan_parent = fresh("T9", "x", Level::Tactical, Some(nowhere));
    world.refuse(taken, CommandError::CodeTaken { code: "s1".into() });
    world.refuse(empty_code, CommandError::BadCode(CodeProblem::Empty));
    world.refuse(spaced, CommandError::BadCode(CodeProblem::HasWhitespace));
    world.refuse(untitled, CommandError::TitleEmpty);
    world.refuse(
        above_parent,
        CommandError::LevelAboveParent {
            level: Level::Strategic,
            parent_code: "T1".into(),
            parent_level: Level::Tactical,
        },
    );
    world.refuse(orphan_parent, CommandError::ParentNotFound);

    let existing = world.get(s1).clone();
    world.refuse(
        Command::CreateObjective(Box::new(existing)),
        CommandError::DuplicateId,
    );

    let id = ObjectiveId::new(&mut world.ids);
    let mut linked = Objective::new(id, "S9", "x", Level::Strategic, at(0));
    linked.policy_links = vec![PolicyId::new(&mut world.ids)];
    world.refuse(
        Command::CreateObjective(Box::new(linked)),
        CommandError::PolicyNotFound,
    );
}

#[test]
fn codes_are_trimmed_and_unique_when_edited() {
    let (mut world, s1, t1, _, _) = chain();
    world
        .edit(s1, ObjectiveEdit::Code("  S1.1 ".into()))
        .expect("renamed");
    assert_eq!(world.get(s1).code, "S1.1");
    world.refuse(
        Command::EditObjective {
            id: t1,
            edit: ObjectiveEdit::Code("s1.1".into()),
        },
        CommandError::CodeTaken {
            code: "s1.1".into(),
        },
    );
    // Keeping one's own code (in another case) is fine.
    world
        .edit(t1, ObjectiveEdit::Code("t1".into()))
        .expect("same code, other case");
}

#[test]
fn every_text_field_can_be_edited_and_is_bounded() {
    let (mut world, s1, ..) = chain();
    world.clock = 100;
    let edits = [
        ObjectiveEdit::Title("Grow".into()),
        ObjectiveEdit::Description("Why".into()),
        ObjectiveEdit::ParentLink("How".into()),
        ObjectiveEdit::Function("Sales".into()),
        ObjectiveEdit::Owner("Ann".into()),
        ObjectiveEdit::Status(Status::Active),
        ObjectiveEdit::NoRequirementsReason(Some("Internal only".into())),
    ];
    for edit in edits {
        world.edit(s1, edit).expect("edited");
    }
    let objective = world.get(s1);
    assert_eq!(
        (
            objective.title.as_str(),
            objective.description.as_str(),
            objective.parent_link.as_str(),
            objective.function.as_str(),
            objective.owner.as_str(),
        ),
        ("Grow", "Why", "How", "Sales", "Ann")
    );
    assert_eq!(objective.status, Status::Active);
    assert_eq!(
        objective.no_requirements_reason.as_deref(),
        Some("Internal only")
    );
    assert_eq!(objective.updated, at(107), "each edit stamps the objective");
    assert_eq!(objective.created, at(1));

    world.refuse(
        Command::EditObjective {
            id: s1,
            edit: ObjectiveEdit::Title("x".repeat(301)),
        },
        CommandError::TooLong { max: 300 },
    );
    world.refuse(
        Command::EditObjective {
            id: s1,
            edit: ObjectiveEdit::Title(" ".into()),
        },
        CommandError::TitleEmpty,
    );
    let missing = ObjectiveId::new(&mut world.ids);
    world.refuse(
        Command::EditObjective {
            id: missing,
            edit: ObjectiveEdit::Title("x".into()),
        },
        CommandError::ObjectiveNotFound,
    );
}

#[test]
fn a_level_change_never_puts_a_child_above_its_parent() {
    let (mut world, s1, t1, o1, _) = chain();
    world.refuse(
        Command::EditObjective {
            id: o1,
            edit: ObjectiveEdit::Level(Level::Strategic),
        },
        CommandError::LevelAboveParent {
            level: Level::Strategic,
            parent_code: "T1".into(),
            parent_level: Level::Tactical,
        },
    );
    world.refuse(
        Command::EditObjective {
            id: s1,
            edit: ObjectiveEdit::Level(Level::Operational),
        },
        CommandError::ChildAboveLevel {
            level: Level::Operational,
            child_code: "T1".into(),
            child_level: Level::Tactical,
        },
    );
    // The same level as the parent is allowed: T1 may become strategic under S1, and O1
    // may become tactical under T1.
    world
        .edit(t1, ObjectiveEdit::Level(Level::Strategic))
        .expect("same level as its parent");
    world
        .edit(o1, ObjectiveEdit::Level(Level::Tactical))
        .expect("below a strategic parent");
    assert!(validate(&world.workspace).is_empty());
}

#[test]
fn moving_refuses_cycles_and_level_inversions() {
    let (mut world, s1, t1, o1, s2) = chain();
    world.refuse(
        Command::MoveObjective {
            id: s1,
            parent: Some(s1),
        },
        CommandError::Cycle,
    );
    world.refuse(
        Command::MoveObjective {
            id: t1,
            parent: Some(o1),
        },
        CommandError::Cycle,
    );
    world.refuse(
        Command::MoveObjective {
            id: s2,
            parent: Some(t1),
        },
        CommandError::LevelAboveParent {
            level: Level::Strategic,
            parent_code: "T1".into(),
            parent_level: Level::Tactical,
        },
    );
    world
        .run(Command::MoveObjective {
            id: t1,
            parent: Some(s2),
        })
        .expect("moved");
    assert_eq!(world.get(t1).parent, Some(s2));
    assert_eq!(world.get(o1).parent, Some(t1), "the subtree moves along");
    world
        .run(Command::MoveObjective {
            id: t1,
            parent: None,
        })
        .expect("unaligned");
    assert_eq!(world.get(t1).parent, None);
    assert!(validate(&world.workspace).is_empty());
}

#[test]
fn deleting_with_children_moves_them_up_or_deletes_the_branch() {
    let (mut world, s1, t1, o1, _) = chain();
    let before = world.workspace.clone();
    let label = world
        .run(Command::DeleteObjective {
            id: t1,
            children: ChildrenOnDelete::MoveUp,
        })
        .expect("deleted");
    assert_eq!(
        label,
        ChangeLabel::ObjectiveDeleted {
            code: "T1".into(),
            count: 1
        }
    );
    assert!(world.workspace.objective(t1).is_none());
    assert_eq!(
        world.get(o1).parent,
        Some(s1),
        "the child moved to the grandparent"
    );
    assert!(validate(&world.workspace).is_empty());

    world.history.undo(&mut world.workspace);
    assert_eq!(world.workspace, before, "undo restores the exact workspace");

    let label = world
        .run(Command::DeleteObjective {
            id: s1,
            children: ChildrenOnDelete::DeleteAll,
        })
        .expect("deleted");
    assert_eq!(
        label,
        ChangeLabel::ObjectiveDeleted {
            code: "S1".into(),
            count: 3
        }
    );
    let codes: Vec<&str> = world
        .workspace
        .objectives
        .iter()
        .map(|o| o.code.as_str())
        .collect();
    assert_eq!(codes, ["S2"]);
    world.history.undo(&mut world.workspace);
    assert_eq!(world.workspace, before);
}

#[test]
fn deleting_a_top_objective_with_move_up_leaves_children_unaligned() {
    let (mut world, s1, t1, ..) = chain();
    world
        .run(Command::DeleteObjective {
            id: s1,
            children: ChildrenOnDelete::MoveUp,
        })
        .expect("deleted");
    assert_eq!(world.get(t1).parent, None);
}

#[test]
fn policy_statements_can_be_added_edited_moved_and_removed_with_their_links() {
    let (mut world, s1, ..) = chain();
    let p1 = world.policy("P1");
    let p2 = world.policy("P2");
    world
        .edit(s1, ObjectiveEdit::PolicyLinks(vec![p1, p2, p1]))
        .expect("linked");
    assert_eq!(
        world.get(s1).policy_links,
        vec![p1, p2],
        "duplicates are dropped"
    );

    world
        .run(Command::EditPolicy(PolicyStatement {
            id: p2,
            reference: "P2".into(),
            text: "Changed".into(),
        }))
        .expect("edited");
    world
        .run(Command::MovePolicy { id: p2, to: 0 })
        .expect("moved");
    let order: Vec<PolicyId> = world.workspace.policy.iter().map(|p| p.id).collect();
    assert_eq!(order, [p2, p1]);

    world.run(Command::RemovePolicy(p1)).expect("removed");
    assert_eq!(
        world.get(s1).policy_links,
        vec![p2],
        "links to it are removed too"
    );
    assert!(validate(&world.workspace).is_empty());
    world.refuse(Command::RemovePolicy(p1), CommandError::PolicyNotFound);
    let unknown = PolicyId::new(&mut world.ids);
    world.refuse(
        Command::EditObjective {
            id: s1,
            edit: ObjectiveEdit::PolicyLinks(vec![unknown]),
        },
        CommandError::PolicyNotFound,
    );
}

#[test]
fn requirements_can_be_added_edited_and_removed_with_their_links() {
    let (mut world, s1, ..) = chain();
    let r1 = world.requirement("SLA-1");
    world
        .edit(s1, ObjectiveEdit::RequirementLinks(vec![r1]))
        .expect("linked");
    let mut edited = world.workspace.requirement(r1).cloned().expect("exists");
    edited.title = "Availability 99.9 %".into();
    world.run(Command::EditRequirement(edited)).expect("edited");
    assert_eq!(
        world.workspace.requirement(r1).map(|r| r.title.as_str()),
        Some("Availability 99.9 %")
    );
    world.run(Command::RemoveRequirement(r1)).expect("removed");
    assert!(world.get(s1).requirement_links.is_empty());
    world.refuse(
        Command::RemoveRequirement(r1),
        CommandError::RequirementNotFound,
    );
}

#[test]
fn kpis_are_checked_when_added_and_edited() {
    let (mut world, s1, t1, ..) = chain();
    let kpi_id = KpiId::new(&mut world.ids);
    let mut kpi = Kpi::named(kpi_id, "MTTR");
    kpi.direction = Direction::LowerIsBetter;
    kpi.target = Some(15.0);
    world
        .run(Command::AddKpi {
            objective: s1,
            kpi: kpi.clone(),
        })
        .expect("added");
    world.refuse(
        Command::AddKpi {
            objective: t1,
            kpi: kpi.clone(),
        },
        CommandError::DuplicateId,
    );

    let mut range = kpi.clone();
    range.direction = Direction::Range;
    range.target = Some(90.0);
    range.target_upper = Some(80.0);
    world.refuse(
        Command::EditKpi {
            objective: s1,
            kpi: range,
        },
        CommandError::RangeInverted,
    );
    let mut nameless = kpi.clone();
    nameless.name = " ".into();
    world.refuse(
        Command::EditKpi {
            objective: s1,
            kpi: nameless,
        },
        CommandError::KpiNameEmpty,
    );
    let mut infinite = kpi.clone();
    infinite.baseline = Some(f64::INFINITY);
    world.refuse(
        Command::EditKpi {
            objective: s1,
            kpi: infinite,
        },
        CommandError::NotFinite,
    );
    let mut better = kpi.clone();
    better.target = Some(10.0);
    world
        .run(Command::EditKpi {
            objective: s1,
            kpi: better,
        })
        .expect("edited");
    assert_eq!(world.get(s1).kpis[0].target, Some(10.0));
    world
        .run(Command::RemoveKpi {
            objective: s1,
            kpi: kpi_id,
        })
        .expect("removed");
    world.refuse(
        Command::RemoveKpi {
            objective: s1,
            kpi: kpi_id,
        },
        CommandError::KpiNotFound,
    );
}

#[test]
fn replacing_the_workspace_refuses_inconsistent_data_and_is_undoable() {
    let (mut world, s1, ..) = chain();
    let before = world.workspace.clone();
    let mut broken = world.workspace.clone();
    broken.objectives[1].parent = Some(ObjectiveId::new(&mut world.ids));
    match world.run(Command::ReplaceWorkspace(Box::new(broken))) {
        Err(CommandError::Inconsistent(problems)) => {
            assert_eq!(problems[0].path, "objectives[1].parent")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(world.workspace, before);

    world
        .run(Command::ReplaceWorkspace(Box::default()))
        .expect("emptied");
    assert!(world.workspace.is_empty());
    world.history.undo(&mut world.workspace);
    assert_eq!(world.workspace, before);
    assert!(world.workspace.objective(s1).is_some());
}

#[test]
fn organisation_details_are_set_as_a_whole() {
    let mut world = World::new();
    let mut organisation = world.workspace.organisation.clone();
    organisation.name = "Acme IT".into();
    organisation.functions = vec!["Service desk".into()];
    world
        .run(Command::SetOrganisation(organisation.clone()))
        .expect("set");
    assert_eq!(world.workspace.organisation, organisation);
    organisation.name = "x".repeat(301);
    world.refuse(
        Command::SetOrganisation(organisation),
        CommandError::TooLong { max: 300 },
    );
}

#[test]
fn typing_in_one_field_is_one_undo_step_but_other_fields_are_not() {
    let (mut world, s1, ..) = chain();
    let before = world.workspace.clone();
    for title in ["G", "Gr", "Gro", "Grow"] {
        world
            .edit(s1, ObjectiveEdit::Title(title.into()))
            .expect("typed");
    }
    world
        .edit(s1, ObjectiveEdit::Owner("Ann".into()))
        .expect("typed");
    world.history.undo(&mut world.workspace);
    assert_eq!(
        world.get(s1).title,
        "Grow",
        "the owner edit was its own step"
    );
    assert_eq!(world.get(s1).owner, "");
    world.history.undo(&mut world.workspace);
    assert_eq!(world.workspace, before, "the whole title run is one step");
    world.history.redo(&mut world.workspace);
    assert_eq!(world.get(s1).title, "Grow");
}

#[test]
fn a_sealed_history_starts_a_new_step() {
    let (mut world, s1, ..) = chain();
    world
        .edit(s1, ObjectiveEdit::Title("One".into()))
        .expect("typed");
    world.history.seal();
    world
        .edit(s1, ObjectiveEdit::Title("Two".into()))
        .expect("typed");
    world.history.undo(&mut world.workspace);
    assert_eq!(world.get(s1).title, "One");
}

#[test]
fn history_is_bounded() {
    let (mut world, s1, ..) = chain();
    for i in 0..150 {
        world.history.seal();
        world
            .edit(s1, ObjectiveEdit::Title(format!("Title {i}")))
            .expect("typed");
    }
    let mut undone = 0;
    while world.history.undo(&mut world.workspace).is_some() {
        undone += 1;
    }
    assert_eq!(undone, sixtwo::domain::history::HISTORY_LIMIT);
}

/// One random user action, chosen by numbers so that proptest can shrink failures.
#[derive(Clone, Debug)]
enum Action {
    Create {
        level: u8,
        parent: usize,
        code: u8,
    },
    Rename {
        target: usize,
        code: u8,
    },
    Retitle {
        target: usize,
        empty: bool,
    },
    Relevel {
        target: usize,
        level: u8,
    },
    Move {
        target: usize,
        parent: Option<usize>,
    },
    Delete {
        target: usize,
        all: bool,
    },
    AddKpi {
        target: usize,
        low: i8,
        high: i8,
    },
    Link {
        target: usize,
    },
    RemovePolicy,
    Undo,
    Redo,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => (0u8..3, any::<usize>(), 0u8..12).prop_map(|(level, parent, code)| Action::Create { level, parent, code }),
        1 => (any::<usize>(), 0u8..12).prop_map(|(target, code)| Action::Rename { target, code }),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(target, empty)| Action::Retitle { target, empty }),
        1 => (any::<usize>(), 0u8..3).prop_map(|(target, level)| Action::Relevel { target, level }),
        1 => (any::<usize>(), proptest::option::of(any::<usize>())).prop_map(|(target, parent)| Action::Move { target, parent }),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(target, all)| Action::Delete { target, all }),
        1 => (any::<usize>(), any::<i8>(), any::<i8>()).prop_map(|(target, low, high)| Action::AddKpi { target, low, high }),
        1 => any::<usize>().prop_map(|target| Action::Link { target }),
        1 => Just(Action::RemovePolicy),
        1 => Just(Action::Undo),
        1 => Just(Action::Redo),
    ]
}

fn pick(workspace: &Workspace, index: usize) -> Option<ObjectiveId> {
    let count = workspace.objectives.len();
    (count > 0).then(|| workspace.objectives[index % count].id)
}

fn level(n: u8) -> Level {
    Level::ALL[usize::from(n) % 3]
}

/// Turns an action into a command against the current workspace (or an undo/redo).
fn perform(world: &mut World, action: &Action) {
    let command = match action {
        Action::Undo => {
            world.history.undo(&mut world.workspace);
            return;
        }
        Action::Redo => {
            world.history.redo(&mut world.workspace);
            return;
        }
        Action::Create {
            level: l,
            parent,
            code,
        } => {
            let id = ObjectiveId::new(&mut world.ids);
            let mut objective = Objective::new(id, format!("C{code}"), "New", level(*l), at(0));
            objective.parent = pick(&world.workspace, *parent);
            Command::CreateObjective(Box::new(objective))
        }
        Action::Rename { target, code } => match pick(&world.workspace, *target) {
            Some(id) => Command::EditObjective {
                id,
                edit: ObjectiveEdit::Code(format!("C{code}")),
            },
            None => return,
        },
        Action::Retitle { target, empty } => match pick(&world.workspace, *target) {
            Some(id) => Command::EditObjective {
                id,
                edit: ObjectiveEdit::Title(if *empty { String::new() } else { "T".into() }),
            },
            None => return,
        },
        Action::Relevel { target, level: l } => match pick(&world.workspace, *target) {
            Some(id) => Command::EditObjective {
                id,
                edit: ObjectiveEdit::Level(level(*l)),
            },
            None => return,
        },
        Action::Move { target, parent } => match pick(&world.workspace, *target) {
            Some(id) => Command::MoveObjective {
                id,
                parent: parent.and_then(|p| pick(&world.workspace, p)),
            },
            None => return,
        },
        Action::Delete { target, all } => match pick(&world.workspace, *target) {
            Some(id) => Command::DeleteObjective {
                id,
                children: if *all {
                    ChildrenOnDelete::DeleteAll
                } else {
                    ChildrenOnDelete::MoveUp
                },
            },
            None => return,
        },
        Action::AddKpi { target, low, high } => match pick(&world.workspace, *target) {
            Some(id) => {
                let mut kpi = Kpi::named(KpiId::new(&mut world.ids), "K");
                kpi.direction = Direction::Range;
                kpi.target = Some(f64::from(*low));
                kpi.target_upper = Some(f64::from(*high));
                Command::AddKpi { objective: id, kpi }
            }
            None => return,
        },
        Action::Link { target } => {
            let Some(id) = pick(&world.workspace, *target) else {
                return;
            };
            let policy = match world.workspace.policy.first() {
                Some(p) => p.id,
                None => {
                    world.policy("P1");
                    return;
                }
            };
            Command::EditObjective {
                id,
                edit: ObjectiveEdit::PolicyLinks(vec![policy]),
            }
        }
        Action::RemovePolicy => match world.workspace.policy.first() {
            Some(p) => Command::RemovePolicy(p.id),
            None => return,
        },
    };
    let before = world.workspace.clone();
    if world.run(command).is_err() {
        assert_eq!(world.workspace, before, "a refused command changes nothing");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a user does, the workspace stays consistent.
    #[test]
    fn random_actions_keep_every_invariant(actions in proptest::collection::vec(action(), 1..60)) {
        let mut world = World::new();
        for action in &actions {
            perform(&mut world, action);
            let problems = validate(&world.workspace);
            prop_assert!(problems.is_empty(), "after {:?}: {:?}", action, problems);
        }
    }

    /// Undoing everything returns to the start; redoing everything returns to the end.
    #[test]
    fn undo_all_and_redo_all_are_exact(actions in proptest::collection::vec(action(), 1..40)) {
        let mut world = World::new();
        for action in actions.iter().filter(|a| !matches!(a, Action::Undo | Action::Redo)) {
            world.history.seal();
            perform(&mut world, action);
        }
        let end = world.workspace.clone();
        while world.history.undo(&mut world.workspace).is_some() {}
        prop_assert_eq!(&world.workspace, &Workspace::default());
        while world.history.redo(&mut world.workspace).is_some() {}
        prop_assert_eq!(&world.workspace, &end);
    }
}
