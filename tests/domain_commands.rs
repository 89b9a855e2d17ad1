//! Native tests of every workspace command, the invariants they keep (levels, cycles, codes,
//! links) and the undo history, including property tests over random command sequences.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sixtwo::domain::code::CodeProblem;
use sixtwo::domain::command::ChangeLabel;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::validate::validate;
use sixtwo::domain::{
    apply, ChildrenOnDelete, Command, CommandError, Contribution, Direction, History, Kpi, KpiId,
    Level, Objective, ObjectiveEdit, ObjectiveId, PolicyId, PolicyStatement, RecordKind,
    Requirement, RequirementId, Status, Timestamp, TopLevel, Verb, Workspace,
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
        self.run(Command::add(TopLevel, statement))
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
        self.run(Command::add(TopLevel, requirement))
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
        .run(Command::edit(
            TopLevel,
            PolicyStatement {
                id: p2,
                reference: "P2".into(),
                text: "Changed".into(),
            },
        ))
        .expect("edited");
    world
        .run(Command::MovePolicy { id: p2, to: 0 })
        .expect("moved");
    let order: Vec<PolicyId> = world.workspace.policy.iter().map(|p| p.id).collect();
    assert_eq!(order, [p2, p1]);

    world
        .run(Command::remove::<PolicyStatement>(TopLevel, p1))
        .expect("removed");
    assert_eq!(
        world.get(s1).policy_links,
        vec![p2],
        "links to it are removed too"
    );
    assert!(validate(&world.workspace).is_empty());
    world.refuse(
        Command::remove::<PolicyStatement>(TopLevel, p1),
        CommandError::PolicyNotFound,
    );
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
    world.run(Command::edit(TopLevel, edited)).expect("edited");
    assert_eq!(
        world.workspace.requirement(r1).map(|r| r.title.as_str()),
        Some("Availability 99.9 %")
    );
    world
        .run(Command::remove::<Requirement>(TopLevel, r1))
        .expect("removed");
    assert!(world.get(s1).requirement_links.is_empty());
    world.refuse(
        Command::remove::<Requirement>(TopLevel, r1),
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
    world.run(Command::add(s1, kpi.clone())).expect("added");
    world.refuse(Command::add(t1, kpi.clone()), CommandError::DuplicateId);

    let mut range = kpi.clone();
    range.direction = Direction::Range;
    range.target = Some(90.0);
    range.target_upper = Some(80.0);
    world.refuse(Command::edit(s1, range), CommandError::RangeInverted);
    let mut nameless = kpi.clone();
    nameless.name = " ".into();
    world.refuse(Command::edit(s1, nameless), CommandError::KpiNameEmpty);
    let mut infinite = kpi.clone();
    infinite.baseline = Some(f64::INFINITY);
    world.refuse(Command::edit(s1, infinite), CommandError::NotFinite);
    let mut better = kpi.clone();
    better.target = Some(10.0);
    world.run(Command::edit(s1, better)).expect("edited");
    assert_eq!(world.get(s1).kpis[0].target, Some(10.0));
    world
        .run(Command::remove::<Kpi>(s1, kpi_id))
        .expect("removed");
    world.refuse(
        Command::remove::<Kpi>(s1, kpi_id),
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
    Contribute {
        target: usize,
        to: usize,
        weight: Option<u8>,
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
        2 => (any::<usize>(), any::<usize>(), proptest::option::of(0u8..3)).prop_map(|(target, to, weight)| Action::Contribute { target, to, weight }),
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
                Command::add(id, kpi)
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
        Action::Contribute { target, to, weight } => {
            let (Some(id), Some(to)) =
                (pick(&world.workspace, *target), pick(&world.workspace, *to))
            else {
                return;
            };
            let mut links = world.get(id).contributes_to.clone();
            links.push(Contribution {
                objective: to,
                weight: weight.map(f64::from),
            });
            Command::EditObjective {
                id,
                edit: ObjectiveEdit::ContributesTo(links),
            }
        }
        Action::RemovePolicy => match world.workspace.policy.first() {
            Some(p) => Command::remove::<PolicyStatement>(TopLevel, p.id),
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
            prop_assert!(revisions::log_is_consistent(&world.workspace), "after {:?}", action);
        }
    }

    /// The objectives from which one is reached, worked out in one pass, are exactly those
    /// `reaches` finds one by one (the link editor asks the first; the commands the second).
    #[test]
    fn reaching_in_one_pass_agrees_with_reaches(actions in proptest::collection::vec(action(), 1..60)) {
        let mut world = World::new();
        for action in &actions {
            perform(&mut world, action);
        }
        let workspace = &world.workspace;
        for to in workspace.objectives.iter().map(|o| o.id) {
            let one_by_one: sixtwo::domain::hashing::HashSet<ObjectiveId> = workspace
                .objectives
                .iter()
                .map(|o| o.id)
                .filter(|&from| workspace.reaches(from, to))
                .collect();
            prop_assert_eq!(workspace.reaching(to), one_by_one);
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

// ----- reviews (monitoring records) and the communication register -----

mod records {
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::conformity::{check_objective, CheckItem, ItemState};
    use sixtwo::domain::{
        Communication, Frequency, RecordId, Review, ReviewDecision, ReviewResult, RevisionReason,
    };

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn review(world: &mut World, on: NaiveDate, decision: ReviewDecision) -> Review {
        Review {
            id: RecordId::new(&mut world.ids),
            date: on,
            reviewer: "Li Na".into(),
            result: ReviewResult::AtRisk,
            findings: "MTTR is above target in two regions.".into(),
            decision,
            next_review: None,
        }
    }

    /// An active operational objective monitored monthly (or at `frequency`).
    fn monitored(world: &mut World, frequency: Option<Frequency>) -> ObjectiveId {
        let id = world.objective("O1", Level::Operational, None);
        let mut monitoring = world.get(id).monitoring.clone();
        monitoring.frequency = frequency;
        world
            .edit(id, ObjectiveEdit::Monitoring(monitoring))
            .expect("monitoring set");
        world
            .edit(id, ObjectiveEdit::Status(Status::Active))
            .expect("active");
        id
    }

    fn add(world: &mut World, objective: ObjectiveId, review: Review) {
        world
            .run(Command::add(objective, review))
            .expect("review recorded");
    }

    fn dates(world: &World, id: ObjectiveId) -> (Option<NaiveDate>, Option<NaiveDate>) {
        let o = world.get(id);
        (o.updating.last_reviewed, o.monitoring.next_review)
    }

    #[test]
    fn a_review_sets_last_reviewed_and_the_next_review_one_period_later_at_month_ends() {
        let mut world = World::new();
        let id = monitored(&mut world, Some(Frequency::Monthly));
        let first = review(&mut world, date(2026, 1, 31), ReviewDecision::Continue);
        let label = world.run(Command::add(id, first.clone()));
        assert_eq!(
            label,
            Ok(ChangeLabel::record(
                RecordKind::Review,
                Verb::Add,
                Some("O1")
            ))
        );
        // One month after 31 January 2026 is the last day of February.
        assert_eq!(
            dates(&world, id),
            (Some(date(2026, 1, 31)), Some(date(2026, 2, 28)))
        );
        assert_eq!(
            world.get(id).reviews[0].next_review,
            Some(date(2026, 2, 28)),
            "the review keeps the date it planned"
        );
        // A date the reviewer gives wins over the cadence.
        let mut second = review(&mut world, date(2026, 2, 27), ReviewDecision::Continue);
        second.next_review = Some(date(2026, 3, 15));
        add(&mut world, id, second);
        assert_eq!(
            dates(&world, id),
            (Some(date(2026, 2, 27)), Some(date(2026, 3, 15)))
        );
        assert_eq!(world.get(id).status, Status::Active);
    }

    #[test]
    fn without_a_monitoring_frequency_the_review_cadence_plans_the_next_review() {
        let mut world = World::new();
        let id = monitored(&mut world, None);
        let mut updating = world.get(id).updating.clone();
        updating.review_cadence = Some(Frequency::Quarterly);
        world
            .edit(id, ObjectiveEdit::Updating(updating))
            .expect("cadence set");
        let r = review(&mut world, date(2027, 11, 30), ReviewDecision::ChangePlan);
        add(&mut world, id, r);
        // Three months after 30 November 2027 is 29 February 2028, a leap day.
        assert_eq!(
            dates(&world, id),
            (Some(date(2027, 11, 30)), Some(date(2028, 2, 29)))
        );

        // With neither, nothing is planned: the stale date of the review just held goes.
        let bare = world.objective("O2", Level::Operational, None);
        let mut monitoring = world.get(bare).monitoring.clone();
        monitoring.next_review = Some(date(2026, 5, 1));
        world
            .edit(bare, ObjectiveEdit::Monitoring(monitoring))
            .expect("date set");
        let r = review(&mut world, date(2026, 5, 1), ReviewDecision::Continue);
        add(&mut world, bare, r);
        assert_eq!(dates(&world, bare), (Some(date(2026, 5, 1)), None));
    }

    #[test]
    fn closing_decisions_close_the_objective_in_one_undoable_step() {
        for (decision, status) in [
            (ReviewDecision::CloseAchieved, Status::Achieved),
            (ReviewDecision::CloseNotAchieved, Status::NotAchieved),
        ] {
            let mut world = World::new();
            let id = monitored(&mut world, Some(Frequency::Monthly));
            let before = world.workspace.clone();
            let r = review(&mut world, date(2026, 6, 30), decision);
            add(&mut world, id, r);
            let o = world.get(id);
            assert_eq!(o.status, status);
            assert_eq!(o.updating.last_reviewed, Some(date(2026, 6, 30)));
            assert_eq!(
                o.monitoring.next_review, None,
                "a closed objective is not reviewed again unless a date is given"
            );
            let last = o.revisions.last().expect("a revision");
            assert_eq!(last.reason, RevisionReason::ReviewDecision);
            assert_eq!(last.approved_by, "Li Na");
            assert!(world.history.undo(&mut world.workspace).is_some());
            assert_eq!(
                world.workspace, before,
                "one undo takes back the review and the status"
            );
        }
    }

    #[test]
    fn only_the_latest_review_moves_the_dates_and_removing_it_falls_back() {
        let mut world = World::new();
        let id = monitored(&mut world, Some(Frequency::Monthly));
        let june = review(&mut world, date(2026, 6, 10), ReviewDecision::Continue);
        add(&mut world, id, june.clone());
        let after_june = dates(&world, id);
        assert_eq!(
            after_june,
            (Some(date(2026, 6, 10)), Some(date(2026, 7, 10)))
        );
        // Recording an older review afterwards leaves the dates alone.
        let march = review(&mut world, date(2026, 3, 10), ReviewDecision::Continue);
        add(&mut world, id, march.clone());
        assert_eq!(dates(&world, id), after_june);
        // Moving the older review after the latest makes it the latest.
        let mut moved = march.clone();
        moved.date = date(2026, 8, 1);
        world.run(Command::edit(id, moved)).expect("edited");
        assert_eq!(
            dates(&world, id),
            (Some(date(2026, 8, 1)), Some(date(2026, 9, 1)))
        );
        // Removing the latest review falls back to the one before.
        world
            .run(Command::remove::<Review>(id, march.id))
            .expect("removed");
        assert_eq!(dates(&world, id), after_june);
        // Removing the only review leaves no last-reviewed date but keeps the plan.
        world
            .run(Command::remove::<Review>(id, june.id))
            .expect("removed");
        assert_eq!(dates(&world, id), (None, Some(date(2026, 7, 10))));
        assert!(world.get(id).reviews.is_empty());
    }

    #[test]
    fn withdrawing_a_closing_decision_reopens_the_objective() {
        let mut world = World::new();
        let id = monitored(&mut world, Some(Frequency::Monthly));
        let mut closing = review(&mut world, date(2026, 6, 30), ReviewDecision::CloseAchieved);
        add(&mut world, id, closing.clone());
        assert_eq!(world.get(id).status, Status::Achieved);
        closing.decision = ReviewDecision::Continue;
        world
            .run(Command::edit(id, closing.clone()))
            .expect("edited");
        assert_eq!(world.get(id).status, Status::Active);
        assert_eq!(
            world.get(id).monitoring.next_review,
            Some(date(2026, 7, 30)),
            "continuing plans the next review again"
        );
        // A status set by hand after the review is not the review's to undo.
        closing.decision = ReviewDecision::CloseNotAchieved;
        world
            .run(Command::edit(id, closing.clone()))
            .expect("edited");
        assert_eq!(world.get(id).status, Status::NotAchieved);
        world
            .edit(id, ObjectiveEdit::Status(Status::Superseded))
            .expect("superseded");
        world
            .run(Command::remove::<Review>(id, closing.id))
            .expect("removed");
        assert_eq!(world.get(id).status, Status::Superseded);
    }

    #[test]
    fn reviews_are_refused_without_a_reviewer_or_with_dates_out_of_order() {
        let mut world = World::new();
        let id = monitored(&mut world, Some(Frequency::Monthly));
        let nowhere = ObjectiveId::new(&mut world.ids);
        let good = review(&mut world, date(2026, 6, 30), ReviewDecision::Continue);
        let mut nobody = good.clone();
        nobody.reviewer = "  ".into();
        world.refuse(Command::add(id, nobody), CommandError::ReviewerEmpty);
        for next in [date(2026, 6, 30), date(2026, 6, 1)] {
            let mut backwards = good.clone();
            backwards.next_review = Some(next);
            world.refuse(
                Command::add(id, backwards),
                CommandError::NextReviewNotAfter,
            );
        }
        let mut wordy = good.clone();
        wordy.findings = "x".repeat(20_001);
        world.refuse(
            Command::add(id, wordy),
            CommandError::TooLong { max: 20_000 },
        );
        world.refuse(
            Command::add(nowhere, good.clone()),
            CommandError::ObjectiveNotFound,
        );
        world.refuse(
            Command::edit(id, good.clone()),
            CommandError::ReviewNotFound,
        );
        world.refuse(
            Command::remove::<Review>(id, good.id),
            CommandError::ReviewNotFound,
        );
        add(&mut world, id, good.clone());
        world.refuse(Command::add(id, good), CommandError::DuplicateId);
    }

    fn communication(world: &mut World, objectives: Vec<ObjectiveId>) -> Communication {
        Communication {
            id: RecordId::new(&mut world.ids),
            date: date(2026, 11, 20),
            objectives,
            audience: "Service teams".into(),
            channel: "Team meeting".into(),
            by_whom: "Li Na".into(),
            summary: "This year's targets".into(),
            acknowledged_on: None,
        }
    }

    #[test]
    fn communications_are_added_edited_and_removed_undoably() {
        let (mut world, s1, t1, _, _) = chain();
        let start = world.workspace.clone();
        let record = communication(&mut world, vec![s1, t1]);
        assert_eq!(
            world.run(Command::add(TopLevel, record.clone())),
            Ok(ChangeLabel::record(
                RecordKind::Communication,
                Verb::Add,
                None
            ))
        );
        assert_eq!(world.workspace.communications, vec![record.clone()]);
        let mut edited = record.clone();
        edited.acknowledged_on = Some(date(2026, 11, 21));
        edited.objectives = vec![t1];
        assert_eq!(
            world.run(Command::edit(TopLevel, edited.clone())),
            Ok(ChangeLabel::record(
                RecordKind::Communication,
                Verb::Edit,
                None
            ))
        );
        assert_eq!(world.workspace.communications, vec![edited.clone()]);
        let after_edit = world.workspace.clone();
        assert_eq!(
            world.run(Command::remove::<Communication>(TopLevel, record.id)),
            Ok(ChangeLabel::record(
                RecordKind::Communication,
                Verb::Remove,
                None
            ))
        );
        assert!(world.workspace.communications.is_empty());
        // Objectives are untouched by the register.
        assert_eq!(world.workspace.objectives, start.objectives);
        assert!(world.history.undo(&mut world.workspace).is_some());
        assert_eq!(world.workspace, after_edit);
        while world.history.undo(&mut world.workspace).is_some() {}
        assert!(world.workspace.communications.is_empty());
        while world.history.redo(&mut world.workspace).is_some() {}
        assert!(world.workspace.communications.is_empty());
    }

    #[test]
    fn communications_are_refused_without_objectives_or_audience_or_with_bad_dates() {
        let (mut world, s1, _, _, _) = chain();
        let nowhere = ObjectiveId::new(&mut world.ids);
        let good = communication(&mut world, vec![s1]);
        type Spoil = Box<dyn Fn(&mut Communication)>;
        let variants: Vec<(Spoil, CommandError)> = vec![
            (
                Box::new(|c| c.objectives.clear()),
                CommandError::NoObjectives,
            ),
            (
                Box::new(move |c| c.objectives.push(nowhere)),
                CommandError::ObjectiveNotFound,
            ),
            (
                Box::new(move |c| c.objectives.push(s1)),
                CommandError::DuplicateId,
            ),
            (
                Box::new(|c| c.audience = " ".into()),
                CommandError::AudienceEmpty,
            ),
            (
                Box::new(|c| c.acknowledged_on = Some(date(2026, 11, 19))),
                CommandError::AcknowledgedBefore,
            ),
            (
                Box::new(|c| c.channel = "x".repeat(301)),
                CommandError::TooLong { max: 300 },
            ),
        ];
        for (spoil, error) in variants {
            let mut bad = good.clone();
            spoil(&mut bad);
            world.refuse(Command::add(TopLevel, bad), error);
        }
        world.refuse(
            Command::edit(TopLevel, good.clone()),
            CommandError::CommunicationNotFound,
        );
        world.refuse(
            Command::remove::<Communication>(TopLevel, good.id),
            CommandError::CommunicationNotFound,
        );
        world
            .run(Command::add(TopLevel, good.clone()))
            .expect("added");
        world.refuse(Command::add(TopLevel, good), CommandError::DuplicateId);
    }

    #[test]
    fn a_record_keeps_naming_objectives_deleted_since_and_can_still_be_edited() {
        let (mut world, s1, _, _, s2) = chain();
        let record = communication(&mut world, vec![s1, s2]);
        world
            .run(Command::add(TopLevel, record.clone()))
            .expect("added");
        world
            .run(Command::DeleteObjective {
                id: s2,
                children: ChildrenOnDelete::MoveUp,
            })
            .expect("deleted");
        assert_eq!(world.workspace.communications[0].objectives, vec![s1, s2]);
        let mut edited = record.clone();
        edited.summary = "Corrected summary".into();
        world
            .run(Command::edit(TopLevel, edited.clone()))
            .expect("a deleted objective already named may stay");
        assert_eq!(world.workspace.communications, vec![edited]);
    }

    #[test]
    fn recording_a_communication_meets_clause_6_2_1_e_for_a_planned_objective() {
        let (mut world, s1, t1, _, _) = chain();
        let mut plan = world.get(s1).communication.clone();
        plan.audiences = vec!["All staff".into()];
        plan.channels = vec!["Town hall".into()];
        world
            .edit(s1, ObjectiveEdit::Communication(plan))
            .expect("plan set");
        let today = date(2026, 11, 24);
        let state = |world: &World| {
            let objective = world.get(s1);
            check_objective(&world.workspace, objective, today).state(CheckItem::Communicated)
        };
        assert_eq!(
            state(&world),
            ItemState::Missing,
            "planned but not yet communicated: a plan is not a record"
        );
        let about_other = communication(&mut world, vec![t1]);
        world
            .run(Command::add(TopLevel, about_other))
            .expect("added");
        assert_eq!(
            state(&world),
            ItemState::Missing,
            "a record about another objective"
        );
        let about_s1 = communication(&mut world, vec![s1]);
        world.run(Command::add(TopLevel, about_s1)).expect("added");
        assert_eq!(state(&world), ItemState::Met);
    }
}

// ----- KPI measurements, check-ins, roll-up weights and progress thresholds -----

mod measurements_and_progress {
    use super::*;
    use sixtwo::domain::progress::{roll_up, Thresholds};
    use sixtwo::domain::{Measurement, RecordId, Settings};

    fn day(d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default()
    }

    /// S1 with one KPI "MTTR" (40 → 15 minutes).
    fn measured_world() -> (World, ObjectiveId, KpiId) {
        let (mut world, s1, ..) = chain();
        let kpi = KpiId::new(&mut world.ids);
        let mut mttr = Kpi::named(kpi, "MTTR");
        mttr.direction = Direction::LowerIsBetter;
        mttr.baseline = Some(40.0);
        mttr.target = Some(15.0);
        world.run(Command::add(s1, mttr)).expect("KPI added");
        (world, s1, kpi)
    }

    fn measurement(world: &mut World, date: u32, value: f64) -> Measurement {
        Measurement {
            id: RecordId::new(&mut world.ids),
            date: day(date),
            value,
            note: String::new(),
            recorded_by: "Lee".into(),
        }
    }

    fn add(objective: ObjectiveId, kpi: KpiId, measurement: Measurement) -> Command {
        Command::add((objective, kpi), measurement)
    }

    fn values(world: &World, objective: ObjectiveId) -> Vec<f64> {
        world.get(objective).kpis[0]
            .measurements
            .iter()
            .map(|m| m.value)
            .collect()
    }

    #[test]
    fn measurements_are_added_edited_and_removed_and_each_is_undoable() {
        let (mut world, s1, kpi) = measured_world();
        let first = measurement(&mut world, 1, 30.0);
        let label = world.run(add(s1, kpi, first.clone())).expect("added");
        assert_eq!(
            label,
            ChangeLabel::record(RecordKind::Measurement, Verb::Add, Some("S1"))
        );
        let mut corrected = first.clone();
        corrected.value = 28.0;
        corrected.note = "recounted".into();
        world
            .run(Command::edit((s1, kpi), corrected))
            .expect("edited");
        assert_eq!(values(&world, s1), [28.0]);
        assert_eq!(world.get(s1).kpis[0].measurements[0].note, "recounted");
        let second = measurement(&mut world, 2, 25.0);
        world.run(add(s1, kpi, second.clone())).expect("added");
        world
            .run(Command::remove::<Measurement>((s1, kpi), first.id))
            .expect("removed");
        assert_eq!(values(&world, s1), [25.0]);

        world.history.undo(&mut world.workspace);
        assert_eq!(values(&world, s1), [28.0, 25.0], "the removal is undone");
        world.history.undo(&mut world.workspace);
        world.history.undo(&mut world.workspace);
        assert_eq!(values(&world, s1), [30.0], "the edit is undone");
        world.history.undo(&mut world.workspace);
        assert!(values(&world, s1).is_empty());
    }

    #[test]
    fn measurements_are_refused_with_a_reason_and_change_nothing() {
        let (mut world, s1, kpi) = measured_world();
        let t1 = world.workspace.objectives[1].id;
        let mut nan = measurement(&mut world, 1, f64::NAN);
        world.refuse(add(s1, kpi, nan.clone()), CommandError::NotFinite);
        nan.value = f64::NEG_INFINITY;
        world.refuse(add(s1, kpi, nan), CommandError::NotFinite);
        let mut long = measurement(&mut world, 1, 1.0);
        long.recorded_by = "x".repeat(301);
        world.refuse(add(s1, kpi, long), CommandError::TooLong { max: 300 });
        let mut essay = measurement(&mut world, 1, 1.0);
        essay.note = "x".repeat(20_001);
        world.refuse(add(s1, kpi, essay), CommandError::TooLong { max: 20_000 });
        // The KPI belongs to S1, not T1.
        let elsewhere = measurement(&mut world, 1, 1.0);
        world.refuse(add(t1, kpi, elsewhere), CommandError::KpiNotFound);
        let kept = measurement(&mut world, 1, 1.0);
        world.run(add(s1, kpi, kept.clone())).expect("added");
        world.refuse(add(s1, kpi, kept), CommandError::DuplicateId);
        let unknown = measurement(&mut world, 2, 2.0);
        world.refuse(
            Command::edit((s1, kpi), unknown.clone()),
            CommandError::MeasurementNotFound,
        );
        world.refuse(
            Command::remove::<Measurement>((s1, kpi), unknown.id),
            CommandError::MeasurementNotFound,
        );
        assert!(validate(&world.workspace).is_empty());
    }

    #[test]
    fn a_check_in_is_one_undo_step_and_all_or_nothing() {
        let (mut world, s1, mttr) = measured_world();
        let availability = KpiId::new(&mut world.ids);
        world
            .run(Command::add(s1, Kpi::named(availability, "Availability")))
            .expect("KPI added");
        let a = measurement(&mut world, 5, 22.0);
        let b = measurement(&mut world, 5, 99.9);
        world
            .run(Command::Batch(vec![
                add(s1, mttr, a.clone()),
                add(s1, availability, b.clone()),
            ]))
            .expect("checked in");
        assert_eq!(world.get(s1).kpis[1].measurements.len(), 1);
        world.history.undo(&mut world.workspace);
        assert!(world.get(s1).kpis.iter().all(|k| k.measurements.is_empty()));
        world.history.redo(&mut world.workspace);
        assert_eq!(values(&world, s1), [22.0]);

        // A bad value anywhere refuses the whole check-in.
        let good = measurement(&mut world, 6, 20.0);
        let bad = measurement(&mut world, 6, f64::NAN);
        world.refuse(
            Command::Batch(vec![add(s1, mttr, good), add(s1, availability, bad)]),
            CommandError::NotFinite,
        );
    }

    #[test]
    fn roll_up_weights_are_edited_on_the_objective_and_checked() {
        let (mut world, _, t1, o1, _) = chain();
        world
            .edit(o1, ObjectiveEdit::Weight(Some(2.5)))
            .expect("weighted");
        assert_eq!(world.get(o1).weight, Some(2.5));
        world
            .edit(t1, ObjectiveEdit::Weight(Some(0.0)))
            .expect("left out");
        world.refuse(
            Command::EditObjective {
                id: o1,
                edit: ObjectiveEdit::Weight(Some(-1.0)),
            },
            CommandError::WeightNegative,
        );
        world.refuse(
            Command::EditObjective {
                id: o1,
                edit: ObjectiveEdit::Weight(Some(f64::NAN)),
            },
            CommandError::NotFinite,
        );
        world
            .edit(o1, ObjectiveEdit::Weight(None))
            .expect("back to the default");
        assert_eq!(world.get(o1).weight, None);
        // Undo takes back the last weight typed, not the one before it (another objective's
        // weight was changed in between).
        world.history.undo(&mut world.workspace);
        assert_eq!(world.get(o1).weight, Some(2.5));
        assert_eq!(world.get(t1).weight, Some(0.0));
        // A KPI's weight follows the same rule.
        let mut kpi = Kpi::named(KpiId::new(&mut world.ids), "Cost");
        kpi.weight = Some(-0.5);
        world.refuse(Command::add(o1, kpi), CommandError::WeightNegative);
    }

    #[test]
    fn a_weight_survives_storage() {
        let (mut world, _, _, o1, _) = chain();
        world
            .edit(o1, ObjectiveEdit::Weight(Some(3.0)))
            .expect("weighted");
        let json = serde_json::to_string(&world.workspace).expect("serialised");
        assert!(json.contains("\"weight\":3.0"));
        let back: Workspace = serde_json::from_str(&json).expect("read back");
        assert_eq!(back, world.workspace);
    }

    #[test]
    fn thresholds_are_set_checked_and_undoable() {
        let (mut world, ..) = chain();
        let set = |at_risk_below, off_track_below| Command::SetThresholds {
            at_risk_below,
            off_track_below,
        };
        let label = world.run(set(Some(0.8), Some(0.5))).expect("set");
        assert_eq!(label, ChangeLabel::ThresholdsChanged);
        assert_eq!(
            world.workspace.settings,
            Settings {
                at_risk_below: Some(0.8),
                off_track_below: Some(0.5),
            }
        );
        world.refuse(set(Some(1.2), Some(0.5)), CommandError::ThresholdOutOfRange);
        world.refuse(
            set(Some(0.8), Some(-0.1)),
            CommandError::ThresholdOutOfRange,
        );
        world.refuse(set(Some(f64::NAN), None), CommandError::NotFinite);
        world.refuse(set(Some(0.6), Some(0.6)), CommandError::ThresholdsInverted);
        world.refuse(set(Some(0.5), Some(0.7)), CommandError::ThresholdsInverted);
        // An absent threshold stands for its default (at risk below 0.9, off track below 0.7).
        world.refuse(set(None, Some(0.95)), CommandError::ThresholdsInverted);
        world.refuse(set(Some(0.6), None), CommandError::ThresholdsInverted);
        world.run(set(None, None)).expect("defaults");
        assert_eq!(world.workspace.settings, Settings::default());
        world.history.undo(&mut world.workspace);
        assert_eq!(
            Thresholds::of(&world.workspace.settings),
            Thresholds {
                at_risk_below: 0.8,
                off_track_below: 0.5,
            }
        );
        world.history.undo(&mut world.workspace);
        assert_eq!(world.workspace.settings, Settings::default());
    }

    #[test]
    fn a_check_in_moves_the_roll_up_of_the_parents() {
        let (mut world, s1, t1, o1, _) = chain();
        let kpi = KpiId::new(&mut world.ids);
        let mut resolved = Kpi::named(kpi, "Resolved first time");
        resolved.baseline = Some(50.0);
        resolved.target = Some(90.0);
        world.run(Command::add(o1, resolved)).expect("KPI added");
        let today = world.get(o1).created.date().unwrap_or_default();
        let before = roll_up(&world.workspace, today);
        assert_eq!(before.get(&s1).and_then(|p| p.progress()), None);
        let reading = Measurement {
            id: RecordId::new(&mut world.ids),
            date: today,
            value: 70.0,
            note: String::new(),
            recorded_by: String::new(),
        };
        world.run(add(o1, kpi, reading)).expect("measured");
        let after = roll_up(&world.workspace, today);
        for id in [o1, t1, s1] {
            let progress = after
                .get(&id)
                .and_then(|p| p.progress())
                .unwrap_or_default();
            assert!((progress - 0.5).abs() < 1e-9, "{progress} reaches the top");
        }
    }
}

// ----- the revision log, clause 6.2.1 f -----

mod revisions {
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::command::revert_preview;
    use sixtwo::domain::{
        Action as PlanAction, CommunicationPlan, Frequency, Measurement, Monitoring, Plan,
        RecordId, Review, ReviewDecision, ReviewResult, RevisionReason, UpdatePolicy,
    };

    /// O1 "Cut MTTR" with the KPI MTTR (target 15), as created: revision 1 only.
    fn created(world: &mut World) -> (ObjectiveId, KpiId) {
        let id = ObjectiveId::new(&mut world.ids);
        let kpi = KpiId::new(&mut world.ids);
        let mut objective = Objective::new(id, "O1", "Cut MTTR", Level::Operational, at(0));
        let mut mttr = Kpi::named(kpi, "MTTR");
        mttr.target = Some(15.0);
        mttr.direction = Direction::LowerIsBetter;
        objective.kpis.push(mttr);
        world
            .run(Command::CreateObjective(Box::new(objective)))
            .expect("created");
        (id, kpi)
    }

    /// Every objective's log is numbered in order, only its last revision may be open, and
    /// every revision after the creation records at least one change.
    pub(super) fn log_is_consistent(workspace: &Workspace) -> bool {
        workspace.objectives.iter().all(|o| {
            let numbered = o.revisions.windows(2).all(|w| w[0].number < w[1].number);
            let open_last = o.revisions.iter().rev().skip(1).all(|r| !r.is_open());
            let changed = o
                .revisions
                .iter()
                .all(|r| r.reason == RevisionReason::Created || !r.changes.is_empty());
            numbered && open_last && changed
        })
    }

    fn log(world: &World, id: ObjectiveId) -> Vec<(u32, RevisionReason)> {
        world
            .get(id)
            .revisions
            .iter()
            .map(|r| (r.number, r.reason))
            .collect()
    }

    fn fields(world: &World, id: ObjectiveId, number: u32) -> Vec<String> {
        world
            .get(id)
            .revisions
            .iter()
            .find(|r| r.number == number)
            .map(|r| r.changes.iter().map(|c| c.field.clone()).collect())
            .unwrap_or_default()
    }

    fn reason(
        id: ObjectiveId,
        number: u32,
        reason: RevisionReason,
        note: &str,
        approved_by: &str,
    ) -> Command {
        Command::StateRevisionReason {
            objective: id,
            number,
            reason,
            note: note.into(),
            approved_by: approved_by.into(),
        }
    }

    /// Records the reason of the objective's last revision (a correction).
    fn close(world: &mut World, id: ObjectiveId) -> u32 {
        let number = world.get(id).revisions.last().expect("a revision").number;
        world
            .run(reason(id, number, RevisionReason::Correction, "", "Li Na"))
            .expect("reason recorded");
        number
    }

    fn revert(id: ObjectiveId, number: u32) -> Command {
        Command::RevertRevision {
            objective: id,
            number,
            note: format!("Reverts revision {number}."),
            approved_by: "Wang Fang".into(),
        }
    }

    fn set_target(world: &mut World, id: ObjectiveId, kpi: KpiId, target: f64) {
        let mut changed = world.get(id).kpis[0].clone();
        assert_eq!(changed.id, kpi);
        changed.target = Some(target);
        world.run(Command::edit(id, changed)).expect("target set");
    }

    #[test]
    fn keystrokes_fold_into_one_revision_and_typing_back_drops_it() {
        let mut world = World::new();
        let (id, _) = created(&mut world);
        assert_eq!(log(&world, id), vec![(1, RevisionReason::Created)]);
        for typed in ["C", "Cu", "Cut MTTR to 12 minutes"] {
            world
                .edit(id, ObjectiveEdit::Title(typed.into()))
                .expect("typed");
        }
        assert_eq!(
            log(&world, id),
            vec![(1, RevisionReason::Created), (2, RevisionReason::Unstated)]
        );
        let open = &world.get(id).revisions[1];
        assert_eq!(open.changes.len(), 1);
        assert_eq!(open.changes[0].field, "title");
        assert_eq!(open.changes[0].old, "\"Cut MTTR\"");
        assert_eq!(open.changes[0].new, "\"Cut MTTR to 12 minutes\"");
        assert_eq!(open.at, at(world.clock), "dated by the latest edit");
        world
            .edit(id, ObjectiveEdit::Title("Cut MTTR".into()))
            .expect("typed back");
        assert_eq!(log(&world, id), vec![(1, RevisionReason::Created)]);
    }

    #[test]
    fn every_tracked_field_kind_is_recorded_by_its_path() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        let s1 = world.objective("S1", Level::Strategic, None);
        let policy = world.policy("P1");
        let requirement = world.requirement("R1");
        let added = KpiId::new(&mut world.ids);
        let action = RecordId::new(&mut world.ids);
        let plan = |due: Option<NaiveDate>| Plan {
            actions: vec![PlanAction {
                id: action,
                what: "Runbooks for the top ten incidents".into(),
                responsible: "Li Na".into(),
                start: None,
                due,
                resources: Vec::new(),
                status: Default::default(),
                corrective: false,
            }],
            evaluation: Default::default(),
            ..Plan::default()
        };
        let mut target = world.get(id).kpis[0].clone();
        target.target = Some(12.0);
        let edit = |edit| Command::EditObjective { id, edit };
        let cases: Vec<(Command, String)> = vec![
            (edit(ObjectiveEdit::Code("O9".into())), "code".into()),
            (edit(ObjectiveEdit::Title("Faster".into())), "title".into()),
            (
                edit(ObjectiveEdit::Description("Why".into())),
                "description".into(),
            ),
            (edit(ObjectiveEdit::Level(Level::Tactical)), "level".into()),
            (
                Command::MoveObjective {
                    id,
                    parent: Some(s1),
                },
                "parent".into(),
            ),
            (
                edit(ObjectiveEdit::ParentLink("Carries S1".into())),
                "parentLink".into(),
            ),
            (
                edit(ObjectiveEdit::Function("Service desk".into())),
                "function".into(),
            ),
            (edit(ObjectiveEdit::Owner("Li Na".into())), "owner".into()),
            (edit(ObjectiveEdit::Status(Status::Active)), "status".into()),
            (
                edit(ObjectiveEdit::PolicyLinks(vec![policy])),
                "policyLinks".into(),
            ),
            (
                edit(ObjectiveEdit::RequirementLinks(vec![requirement])),
                "requirementLinks".into(),
            ),
            (
                edit(ObjectiveEdit::NoRequirementsReason(Some("None".into()))),
                "noRequirementsReason".into(),
            ),
            (
                edit(ObjectiveEdit::Monitoring(Monitoring {
                    method: "Monthly report".into(),
                    ..Monitoring::default()
                })),
                "monitoring.method".into(),
            ),
            (
                edit(ObjectiveEdit::Communication(CommunicationPlan {
                    audiences: vec!["Service desk".into()],
                    ..CommunicationPlan::default()
                })),
                "communication.audiences".into(),
            ),
            (
                edit(ObjectiveEdit::Updating(UpdatePolicy {
                    review_cadence: Some(Frequency::Quarterly),
                    ..UpdatePolicy::default()
                })),
                "updating.reviewCadence".into(),
            ),
            (
                edit(ObjectiveEdit::Plan(Some(plan(NaiveDate::from_ymd_opt(
                    2027, 3, 31,
                ))))),
                format!("plan.actions[{action}].due"),
            ),
            (Command::edit(id, target), format!("kpis[{kpi}].target")),
            (
                Command::add(id, Kpi::named(added, "First response")),
                format!("kpis[{added}]"),
            ),
            (Command::remove::<Kpi>(id, added), format!("kpis[{added}]")),
        ];
        // The first plan is part of establishing the objective: no revision.
        let revisions = world.get(id).revisions.len();
        world
            .run(edit(ObjectiveEdit::Plan(Some(plan(None)))))
            .expect("planned");
        assert_eq!(world.get(id).revisions.len(), revisions);
        for (command, field) in cases {
            let label = format!("{command:?}");
            world
                .run(command)
                .unwrap_or_else(|e| panic!("{label}: {e:?}"));
            let last = world.get(id).revisions.last().expect("a revision").clone();
            assert!(last.is_open(), "{label}");
            assert_eq!(fields(&world, id, last.number), vec![field], "{label}");
            close(&mut world, id);
        }
        // Each change is its own revision, numbered in turn after the creation.
        assert_eq!(world.get(id).revisions.len(), 20);
    }

    #[test]
    fn records_and_bookkeeping_make_no_revision() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        let measurement = Measurement {
            id: RecordId::new(&mut world.ids),
            date: NaiveDate::from_ymd_opt(2026, 3, 31).expect("a date"),
            value: 21.0,
            note: String::new(),
            recorded_by: "Li Na".into(),
        };
        world
            .run(Command::add((id, kpi), measurement.clone()))
            .expect("measured");
        world
            .run(Command::remove::<Measurement>((id, kpi), measurement.id))
            .expect("removed");
        let review = Review {
            id: RecordId::new(&mut world.ids),
            date: NaiveDate::from_ymd_opt(2026, 4, 1).expect("a date"),
            reviewer: "Li Na".into(),
            result: ReviewResult::OnTrack,
            findings: String::new(),
            decision: ReviewDecision::Continue,
            next_review: NaiveDate::from_ymd_opt(2026, 7, 1),
        };
        world.run(Command::add(id, review)).expect("reviewed");
        let mut monitoring = world.get(id).monitoring.clone();
        monitoring.next_review = NaiveDate::from_ymd_opt(2026, 8, 1);
        world
            .edit(id, ObjectiveEdit::Monitoring(monitoring))
            .expect("next review moved");
        assert_eq!(
            log(&world, id),
            vec![(1, RevisionReason::Created)],
            "{:?}",
            world.get(id).revisions
        );
        // Revision 1 of a new objective stays alone even when a batch edits it further.
        let other = ObjectiveId::new(&mut world.ids);
        let fresh = Objective::new(other, "O2", "Answer faster", Level::Operational, at(0));
        world
            .run(Command::Batch(vec![
                Command::CreateObjective(Box::new(fresh)),
                Command::EditObjective {
                    id: other,
                    edit: ObjectiveEdit::Owner("Wang Fang".into()),
                },
            ]))
            .expect("created and edited");
        assert_eq!(log(&world, other), vec![(1, RevisionReason::Created)]);
    }

    #[test]
    fn stating_the_reason_closes_the_revision_and_is_checked() {
        let mut world = World::new();
        let (id, _) = created(&mut world);
        world
            .edit(id, ObjectiveEdit::Title("Cut MTTR to 12 minutes".into()))
            .expect("edited");
        for refused in [
            RevisionReason::Unstated,
            RevisionReason::Created,
            RevisionReason::Revert,
        ] {
            world.refuse(
                reason(id, 2, refused, "", ""),
                CommandError::RevisionReasonMissing,
            );
        }
        world.refuse(
            reason(id, 2, RevisionReason::Other, "  ", ""),
            CommandError::RevisionNoteMissing,
        );
        world.refuse(
            reason(id, 9, RevisionReason::Correction, "", ""),
            CommandError::RevisionNotFound,
        );
        world.refuse(
            reason(id, 1, RevisionReason::Correction, "", ""),
            CommandError::RevisionClosed,
        );
        world.refuse(
            reason(id, 2, RevisionReason::Correction, "", &"x".repeat(301)),
            CommandError::TooLong { max: 300 },
        );
        let label = world
            .run(reason(
                id,
                2,
                RevisionReason::ServiceChange,
                " New SLA from 1 April ",
                " Li Na ",
            ))
            .expect("recorded");
        assert_eq!(label, ChangeLabel::RevisionRecorded { code: "O1".into() });
        let recorded = world.get(id).revisions[1].clone();
        assert_eq!(recorded.reason, RevisionReason::ServiceChange);
        assert_eq!(recorded.note, "New SLA from 1 April");
        assert_eq!(recorded.approved_by, "Li Na");
        assert_eq!(recorded.at, at(world.clock), "dated when recorded");
        // The next edit starts revision 3; revision 2 is kept as recorded.
        world
            .edit(id, ObjectiveEdit::Title("Cut MTTR to 10 minutes".into()))
            .expect("edited");
        assert_eq!(world.get(id).revisions[1], recorded);
        assert_eq!(log(&world, id)[2], (3, RevisionReason::Unstated));
        assert_eq!(
            world.get(id).revisions[2].changes[0].old,
            "\"Cut MTTR to 12 minutes\""
        );
    }

    #[test]
    fn a_batch_records_each_command_in_turn() {
        let mut world = World::new();
        let (id, _) = created(&mut world);
        world
            .run(Command::Batch(vec![
                Command::EditObjective {
                    id,
                    edit: ObjectiveEdit::Title("Restore faster".into()),
                },
                reason(id, 2, RevisionReason::Correction, "", "Li Na"),
            ]))
            .expect("edited and recorded");
        assert_eq!(log(&world, id)[1], (2, RevisionReason::Correction));
        assert_eq!(fields(&world, id, 2), vec!["title"]);
        world
            .run(Command::Batch(vec![
                Command::EditObjective {
                    id,
                    edit: ObjectiveEdit::Owner("Li Na".into()),
                },
                Command::EditObjective {
                    id,
                    edit: ObjectiveEdit::Description("Why".into()),
                },
            ]))
            .expect("edited");
        assert_eq!(fields(&world, id, 3), vec!["description", "owner"]);
        assert_eq!(world.get(id).revisions.len(), 3);
    }

    #[test]
    fn reverting_sets_the_fields_back_as_a_new_revision() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        set_target(&mut world, id, kpi, 12.0);
        close(&mut world, id);
        world
            .edit(id, ObjectiveEdit::Title("Cut MTTR to 12 minutes".into()))
            .expect("edited");
        close(&mut world, id);
        let (_, preview) = revert_preview(&world.workspace, id, 2).expect("revertible");
        let label = world.run(revert(id, 2)).expect("reverted");
        assert_eq!(label, ChangeLabel::RevisionReverted { code: "O1".into() });
        let o = world.get(id);
        assert_eq!(o.kpis[0].target, Some(15.0));
        assert_eq!(o.title, "Cut MTTR to 12 minutes", "later revisions stay");
        let recorded = o.revisions.last().expect("revision 4").clone();
        assert_eq!(recorded.number, 4);
        assert_eq!(recorded.reason, RevisionReason::Revert);
        assert_eq!(recorded.note, "Reverts revision 2.");
        assert_eq!(recorded.approved_by, "Wang Fang");
        assert_eq!(recorded.changes, preview);
        assert_eq!(recorded.changes[0].field, format!("kpis[{kpi}].target"));
        assert_eq!(
            (
                recorded.changes[0].old.as_str(),
                recorded.changes[0].new.as_str()
            ),
            ("12.0", "15.0")
        );
        // Reverting it again finds nothing to set back; reverting the revert restores 12.
        world.refuse(revert(id, 2), CommandError::NothingToRevert);
        world.run(revert(id, 4)).expect("revert reverted");
        assert_eq!(world.get(id).kpis[0].target, Some(12.0));
        assert_eq!(world.get(id).revisions.len(), 5);
    }

    #[test]
    fn a_revert_is_refused_when_a_record_it_changed_was_removed_since() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        set_target(&mut world, id, kpi, 12.0);
        close(&mut world, id);
        world.run(Command::remove::<Kpi>(id, kpi)).expect("removed");
        close(&mut world, id);
        let missing = CommandError::RevertMissing {
            field: format!("kpis[{kpi}].target"),
        };
        assert_eq!(
            revert_preview(&world.workspace, id, 2).map(|(_, c)| c),
            Err(missing.clone())
        );
        world.refuse(revert(id, 2), missing);
        // Reverting the removal brings the KPI back (as it was removed), and then revision 2
        // can be reverted too.
        world.run(revert(id, 3)).expect("removal reverted");
        assert_eq!(world.get(id).kpis[0].target, Some(12.0));
        world.run(revert(id, 2)).expect("target reverted");
        assert_eq!(world.get(id).kpis[0].target, Some(15.0));
    }

    #[test]
    fn a_revert_is_refused_while_changes_are_unrecorded_or_when_it_would_break_a_rule() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        world.refuse(revert(id, 1), CommandError::NothingToRevert);
        world.refuse(revert(id, 7), CommandError::RevisionNotFound);
        set_target(&mut world, id, kpi, 12.0);
        world.refuse(revert(id, 2), CommandError::RevisionOpen { number: 2 });
        close(&mut world, id);
        world
            .edit(id, ObjectiveEdit::Code("O9".into()))
            .expect("renamed");
        close(&mut world, id);
        world.objective("O1", Level::Operational, None);
        world.refuse(revert(id, 3), CommandError::CodeTaken { code: "O1".into() });
    }

    #[test]
    fn undo_and_redo_restore_the_log_exactly() {
        let mut world = World::new();
        let (id, kpi) = created(&mut world);
        let created_state = world.workspace.clone();
        // Typing is one undo step, and undoing it takes its revision away too.
        for typed in ["C", "Cu", "Cut MTTR to 12 minutes"] {
            world
                .edit(id, ObjectiveEdit::Title(typed.into()))
                .expect("typed");
        }
        world.history.undo(&mut world.workspace).expect("undone");
        assert_eq!(world.workspace, created_state);
        world.history.redo(&mut world.workspace).expect("redone");
        let typed_state = world.workspace.clone();
        world.history.seal();
        // Undoing the reason opens the revision again.
        close(&mut world, id);
        let closed_state = world.workspace.clone();
        world.history.undo(&mut world.workspace).expect("undone");
        assert_eq!(world.workspace, typed_state);
        assert!(world.get(id).revisions[1].is_open());
        world.history.redo(&mut world.workspace).expect("redone");
        assert_eq!(world.workspace, closed_state);
        // Undoing a revert removes its revision and the restored value.
        set_target(&mut world, id, kpi, 12.0);
        close(&mut world, id);
        let before_revert = world.workspace.clone();
        world.run(revert(id, 3)).expect("reverted");
        let after_revert = world.workspace.clone();
        world.history.undo(&mut world.workspace).expect("undone");
        assert_eq!(world.workspace, before_revert);
        world.history.redo(&mut world.workspace).expect("redone");
        assert_eq!(world.workspace, after_revert);
    }

    #[test]
    fn a_review_decision_is_its_own_revision_after_unrecorded_changes() {
        let mut world = World::new();
        let (id, _) = created(&mut world);
        world
            .edit(id, ObjectiveEdit::Status(Status::Active))
            .expect("active");
        let review = Review {
            id: RecordId::new(&mut world.ids),
            date: NaiveDate::from_ymd_opt(2026, 6, 30).expect("a date"),
            reviewer: "Li Na".into(),
            result: ReviewResult::OnTrack,
            findings: String::new(),
            decision: ReviewDecision::CloseAchieved,
            next_review: None,
        };
        world.run(Command::add(id, review)).expect("reviewed");
        assert_eq!(
            log(&world, id),
            vec![
                (1, RevisionReason::Created),
                (2, RevisionReason::Unstated),
                (3, RevisionReason::ReviewDecision),
            ]
        );
        assert_eq!(fields(&world, id, 3), vec!["status"]);
        assert_eq!(world.get(id).revisions[2].approved_by, "Li Na");
        // A later edit starts a new revision rather than folding across the decision.
        world
            .edit(id, ObjectiveEdit::Owner("Wang Fang".into()))
            .expect("edited");
        assert_eq!(log(&world, id)[3], (4, RevisionReason::Unstated));
        world.refuse(revert(id, 3), CommandError::RevisionOpen { number: 2 });
    }

    #[test]
    fn a_wizard_replacing_the_objective_keeps_the_log_and_records_the_change() {
        let mut world = World::new();
        let (id, _) = created(&mut world);
        world
            .edit(id, ObjectiveEdit::Owner("Li Na".into()))
            .expect("edited");
        close(&mut world, id);
        // A wizard's copy, taken before revision 2, with a new title.
        let mut copy = world.get(id).clone();
        copy.revisions.truncate(1);
        copy.title = "Restore services faster".into();
        world
            .run(Command::ReplaceObjective(Box::new(copy)))
            .expect("replaced");
        assert_eq!(
            log(&world, id),
            vec![
                (1, RevisionReason::Created),
                (2, RevisionReason::Correction),
                (3, RevisionReason::Unstated),
            ]
        );
        assert_eq!(fields(&world, id, 3), vec!["title"]);
    }
}

#[test]
fn a_wizard_saving_an_older_copy_keeps_the_reviews_recorded_since() {
    use sixtwo::domain::{RecordId, Review, ReviewDecision, ReviewResult};
    let (mut world, _, _, o1, _) = chain();
    let copy = world.get(o1).clone();
    let review = Review {
        id: RecordId::new(&mut world.ids),
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("a real date"),
        reviewer: "Li Na".into(),
        result: ReviewResult::OnTrack,
        findings: String::new(),
        decision: ReviewDecision::Continue,
        next_review: None,
    };
    world
        .run(Command::add(o1, review.clone()))
        .expect("review recorded");
    let mut edited = copy;
    edited.title = "Revised in the wizard".into();
    world
        .run(Command::ReplaceObjective(Box::new(edited)))
        .expect("replaced");
    assert_eq!(world.get(o1).title, "Revised in the wizard");
    assert_eq!(world.get(o1).reviews, vec![review]);
}

#[test]
fn a_wizard_saving_an_older_copy_keeps_the_measurements_recorded_since() {
    use sixtwo::domain::{KpiId, Measurement, RecordId};
    let (mut world, _, _, o1, _) = chain();
    let kpi = Kpi::named(KpiId::new(&mut world.ids), "MTTR");
    world.run(Command::add(o1, kpi.clone())).expect("KPI added");
    let copy = world.get(o1).clone();
    let measurement = Measurement {
        id: RecordId::new(&mut world.ids),
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("a real date"),
        value: 18.0,
        note: String::new(),
        recorded_by: "Li Na".into(),
    };
    world
        .run(Command::add((o1, kpi.id), measurement.clone()))
        .expect("measurement recorded");
    let mut edited = copy;
    edited.title = "Revised in the wizard".into();
    world
        .run(Command::ReplaceObjective(Box::new(edited)))
        .expect("replaced");
    assert_eq!(world.get(o1).title, "Revised in the wizard");
    assert_eq!(world.get(o1).kpis[0].measurements, vec![measurement]);
}

mod one_rule_set {
    //! The commands refuse what `validate` reports for files: each bad record is refused by
    //! its command with the error whose words `validate` uses for it, at the field's path.
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::rules::FieldProblem;
    use sixtwo::domain::validate::ProblemKind;
    use sixtwo::domain::{
        Action, CommunicationPlan, Evaluation, Measurement, Plan, RecordId, Resource, UpdatePolicy,
    };

    fn day(y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, 6, 1).unwrap_or_default()
    }

    fn action(world: &mut World) -> Action {
        Action {
            id: RecordId::new(&mut world.ids),
            what: "Introduce chat".into(),
            responsible: "Lee".into(),
            start: Some(day(2026)),
            due: Some(day(2027)),
            resources: vec![Resource::default()],
            status: Default::default(),
            corrective: false,
        }
    }

    /// Refuses `edit` with `error`, and `validate` reports the same objective (forced into the
    /// workspace) at `path` with the same problem.
    fn both_refuse(
        world: &mut World,
        id: ObjectiveId,
        edit: ObjectiveEdit,
        error: CommandError,
        path: &str,
    ) {
        let mut forced = world.workspace.clone();
        let index = forced.objective_index(id).unwrap_or_else(|| panic!("{id}"));
        let target = &mut forced.objectives[index];
        match edit.clone() {
            ObjectiveEdit::Plan(plan) => target.plan = plan,
            ObjectiveEdit::Communication(plan) => target.communication = plan,
            ObjectiveEdit::Updating(policy) => target.updating = policy,
            ObjectiveEdit::Weight(weight) => target.weight = weight,
            ObjectiveEdit::Title(title) => target.title = title,
            other => panic!("not covered: {other:?}"),
        }
        world.refuse(Command::EditObjective { id, edit }, error.clone());
        let found = validate(&forced);
        let expected = format!("objectives[{index}].{path}");
        assert!(
            found.iter().any(|p| p.path == expected
                && matches!(p.kind, ProblemKind::Field(problem) if CommandError::from(problem) == error)),
            "{expected}: {found:?}"
        );
    }

    #[test]
    fn plans_monitoring_and_weights_are_held_to_the_field_rules() {
        let (mut world, s1, ..) = chain();
        let mut long = action(&mut world);
        long.what = "x".repeat(1_000_000);
        let plan = |actions| {
            Some(Plan {
                actions,
                evaluation: Evaluation::default(),
                ..Plan::default()
            })
        };
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Plan(plan(vec![long])),
            CommandError::TooLong { max: 300 },
            "plan.actions[0].what",
        );
        let mut inverted = action(&mut world);
        inverted.start = Some(day(2028));
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Plan(plan(vec![inverted])),
            CommandError::DatesInverted,
            "plan.actions[0].due",
        );
        let mut costly = action(&mut world);
        costly.resources[0].amount = "9".repeat(301);
        let sound = action(&mut world);
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Plan(plan(vec![sound.clone(), costly])),
            CommandError::TooLong { max: 300 },
            "plan.actions[1].resources[0].amount",
        );
        let evaluated = Some(Plan {
            actions: vec![sound.clone()],
            evaluation: Evaluation {
                date: Some(day(3000)),
                ..Evaluation::default()
            },
            ..Plan::default()
        });
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Plan(evaluated),
            CommandError::DateOutOfRange,
            "plan.evaluation.date",
        );
        let told = CommunicationPlan {
            audiences: vec!["Staff".into(), "x".repeat(301)],
            ..CommunicationPlan::default()
        };
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Communication(told),
            CommandError::TooLong { max: 300 },
            "communication.audiences[1]",
        );
        let updated = UpdatePolicy {
            last_reviewed: Some(day(1899)),
            ..UpdatePolicy::default()
        };
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Updating(updated),
            CommandError::DateOutOfRange,
            "updating.lastReviewed",
        );
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Weight(Some(-1.0)),
            CommandError::WeightNegative,
            "weight",
        );
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Weight(Some(2e15)),
            CommandError::NumberTooLarge,
            "weight",
        );
        both_refuse(
            &mut world,
            s1,
            ObjectiveEdit::Title("x".repeat(301)),
            CommandError::TooLong { max: 300 },
            "title",
        );
        // Within the limits, the same records are taken.
        world
            .edit(s1, ObjectiveEdit::Plan(plan(vec![sound])))
            .expect("a sound plan");
        world
            .edit(s1, ObjectiveEdit::Weight(Some(1e15)))
            .expect("the largest weight");
    }

    #[test]
    fn kpis_measurements_and_the_organisation_are_held_to_the_field_rules() {
        let (mut world, s1, ..) = chain();
        let mut huge = Kpi::named(KpiId::new(&mut world.ids), "Tickets");
        huge.baseline = Some(1e16);
        world.refuse(Command::add(s1, huge.clone()), CommandError::NumberTooLarge);
        huge.baseline = Some(-1e15);
        huge.target_date = Some(day(3001));
        world.refuse(Command::add(s1, huge.clone()), CommandError::DateOutOfRange);
        huge.target_date = Some(day(2027));
        world
            .run(Command::add(s1, huge.clone()))
            .expect("within the limits");
        let mut measured = Measurement {
            id: RecordId::new(&mut world.ids),
            date: day(2026),
            value: -1e300,
            note: String::new(),
            recorded_by: String::new(),
        };
        let add = |measurement: Measurement| Command::add((s1, huge.id), measurement);
        world.refuse(add(measured.clone()), CommandError::NumberTooLarge);
        measured.value = 3.0;
        measured.date = day(30_000);
        world.refuse(add(measured.clone()), CommandError::DateOutOfRange);

        let mut organisation = world.workspace.organisation.clone();
        organisation.functions = vec!["Service desk".into(), "x".repeat(301)];
        world.refuse(
            Command::SetOrganisation(organisation.clone()),
            CommandError::TooLong { max: 300 },
        );
        organisation.functions.pop();
        organisation.document.approved_on = Some(day(1000));
        world.refuse(
            Command::SetOrganisation(organisation),
            CommandError::DateOutOfRange,
        );
    }

    #[test]
    fn every_field_problem_reads_as_its_command_refusal() {
        use sixtwo::i18n::{describe_command_error, describe_problem, Lang};
        let problems = [
            FieldProblem::TooLong { max: 300 },
            FieldProblem::NotFinite,
            FieldProblem::TooLarge,
            FieldProblem::WeightNegative,
            FieldProblem::ThresholdOutOfRange,
            FieldProblem::ThresholdsInverted,
            FieldProblem::RangeInverted,
            FieldProblem::DatesInverted,
            FieldProblem::NextReviewNotAfter,
            FieldProblem::AcknowledgedBefore,
            FieldProblem::DateOutOfRange,
        ];
        for lang in [Lang::En, Lang::ZhHans] {
            for problem in problems {
                let refusal = describe_command_error(lang, &CommandError::from(problem));
                let line = describe_problem(
                    lang,
                    &sixtwo::domain::validate::Problem {
                        path: "objectives[0].weight".into(),
                        kind: ProblemKind::Field(problem),
                    },
                );
                assert!(line.starts_with("objectives[0].weight"), "{line}");
                assert!(line.ends_with(&refusal), "{line} / {refusal}");
            }
        }
        assert!(
            describe_command_error(Lang::En, &CommandError::NumberTooLarge)
                .contains("1,000,000,000,000,000")
        );
        assert!(describe_command_error(Lang::En, &CommandError::DateOutOfRange).contains("1900"));
    }
}

// ----- "also contributes to" links, approvals and functions or levels not relevant -----

mod contributions {
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::progress::roll_up;
    use sixtwo::domain::validate::ProblemKind;
    use sixtwo::domain::{
        Approval, FunctionNotRelevant, LevelNotRelevant, Measurement, Organisation, RecordId,
        RevisionReason,
    };

    fn link(objective: ObjectiveId, weight: Option<f64>) -> Contribution {
        Contribution { objective, weight }
    }

    fn links(id: ObjectiveId, links: Vec<Contribution>) -> Command {
        Command::EditObjective {
            id,
            edit: ObjectiveEdit::ContributesTo(links),
        }
    }

    #[test]
    fn links_follow_the_rules_of_parents_and_name_other_objectives_once() {
        let (mut world, s1, t1, o1, s2) = chain();
        let t2 = world.objective("T2", Level::Tactical, Some(s2));
        world
            .run(links(t1, vec![link(s2, None)]))
            .expect("T1 also contributes to S2");
        world
            .run(links(o1, vec![link(t2, Some(0.5)), link(s2, None)]))
            .expect("O1 also contributes to T2 and S2");
        assert_eq!(world.get(o1).contributes_to.len(), 2);
        assert!(validate(&world.workspace).is_empty());

        world.refuse(
            links(o1, vec![link(o1, None)]),
            CommandError::ContributionToSelf,
        );
        world.refuse(
            links(o1, vec![link(t1, None)]),
            CommandError::ContributionToParent { code: "T1".into() },
        );
        world.refuse(
            links(o1, vec![link(s2, None), link(s2, Some(1.0))]),
            CommandError::ContributionDuplicate { code: "S2".into() },
        );
        let nowhere = ObjectiveId::new(&mut world.ids);
        world.refuse(
            links(o1, vec![link(nowhere, None)]),
            CommandError::ContributionNotFound,
        );
        world.refuse(
            links(t2, vec![link(o1, None)]),
            CommandError::LevelAboveContribution {
                level: Level::Tactical,
                target_code: "O1".into(),
                target_level: Level::Operational,
            },
        );
        world.refuse(
            links(s2, vec![link(s2, Some(-1.0))]),
            CommandError::ContributionToSelf,
        );
        world.refuse(
            links(o1, vec![link(s2, Some(-1.0))]),
            CommandError::WeightNegative,
        );
        let _ = s1;
    }

    #[test]
    fn links_never_close_a_loop_with_parents() {
        let (mut world, s1, t1, _, s2) = chain();
        // S2 contributes to S1 (same level); S1 may then not contribute to S2, nor sit below it.
        world.run(links(s2, vec![link(s1, None)])).expect("linked");
        world.refuse(
            links(s1, vec![link(s2, None)]),
            CommandError::ContributionCycle { code: "S2".into() },
        );
        world.refuse(
            Command::MoveObjective {
                id: s1,
                parent: Some(s2),
            },
            CommandError::Cycle,
        );
        // A strategic objective never sits below a tactical one, link or not.
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
        // Moving below an objective it links to is refused: the link would repeat the parent.
        let t2 = world.objective("T2", Level::Tactical, None);
        world.run(links(t2, vec![link(s2, None)])).expect("linked");
        world.refuse(
            Command::MoveObjective {
                id: t2,
                parent: Some(s2),
            },
            CommandError::ContributionToParent { code: "S2".into() },
        );
        assert!(validate(&world.workspace).is_empty());
    }

    #[test]
    fn a_new_level_must_keep_every_link_in_order() {
        let (mut world, _, _, _, s2) = chain();
        let loose = world.objective("O9", Level::Operational, None);
        let t2 = world.objective("T2", Level::Tactical, Some(s2));
        world
            .run(links(loose, vec![link(t2, None)]))
            .expect("linked");
        world.refuse(
            Command::EditObjective {
                id: loose,
                edit: ObjectiveEdit::Level(Level::Strategic),
            },
            CommandError::LevelAboveContribution {
                level: Level::Strategic,
                target_code: "T2".into(),
                target_level: Level::Tactical,
            },
        );
        let s3 = world.objective("S3", Level::Strategic, None);
        let t9 = world.objective("T9", Level::Tactical, None);
        world.run(links(t9, vec![link(s3, None)])).expect("linked");
        world.refuse(
            Command::EditObjective {
                id: s3,
                edit: ObjectiveEdit::Level(Level::Operational),
            },
            CommandError::ContributorAboveLevel {
                level: Level::Operational,
                contributor_code: "T9".into(),
                contributor_level: Level::Tactical,
            },
        );
        world
            .edit(s3, ObjectiveEdit::Level(Level::Tactical))
            .expect("same level as its contributor");
        world
            .edit(loose, ObjectiveEdit::Level(Level::Tactical))
            .expect("same level as the objective it contributes to");
        assert!(validate(&world.workspace).is_empty());
    }

    #[test]
    fn removing_an_objective_removes_the_links_to_it_and_undo_restores_them() {
        let (mut world, s1, t1, o1, s2) = chain();
        world
            .run(links(o1, vec![link(s2, Some(1.0))]))
            .expect("linked");
        world.run(links(t1, vec![link(s2, None)])).expect("linked");
        let before = world.workspace.clone();
        world
            .run(Command::DeleteObjective {
                id: s2,
                children: ChildrenOnDelete::DeleteAll,
            })
            .expect("deleted");
        assert!(world.get(o1).contributes_to.is_empty());
        assert!(world.get(t1).contributes_to.is_empty());
        assert!(validate(&world.workspace).is_empty());
        world.history.undo(&mut world.workspace);
        assert_eq!(
            world.workspace, before,
            "undo restores links and order exactly"
        );
        // Children moved up to an objective they link to keep only the parent link.
        let t3 = world.objective("T3", Level::Tactical, Some(s1));
        let o3 = world.objective("O3", Level::Operational, Some(t3));
        world.run(links(o3, vec![link(s1, None)])).expect("linked");
        world
            .run(Command::DeleteObjective {
                id: t3,
                children: ChildrenOnDelete::MoveUp,
            })
            .expect("deleted");
        assert_eq!(world.get(o3).parent, Some(s1));
        assert!(world.get(o3).contributes_to.is_empty());
        assert!(validate(&world.workspace).is_empty());
    }

    #[test]
    fn files_with_broken_links_are_reported_at_each_link() {
        let (world, s1, t1, o1, s2) = chain();
        let mut workspace = world.workspace.clone();
        let nowhere = ObjectiveId::new(&mut SequentialIds::starting_at(9_999));
        let index = |id: ObjectiveId| workspace.objective_index(id).unwrap_or(usize::MAX);
        let (i_s1, i_t1, i_o1) = (index(s1), index(t1), index(o1));
        workspace.objectives[i_o1].contributes_to = vec![
            link(o1, None),
            link(t1, None),
            link(nowhere, None),
            link(s2, None),
            link(s2, None),
        ];
        workspace.objectives[i_s1].contributes_to = vec![link(o1, None)];
        let problems: Vec<(String, ProblemKind)> = validate(&workspace)
            .into_iter()
            .map(|p| (p.path, p.kind))
            .collect();
        let at = |i: usize, k: usize| format!("objectives[{i}].contributesTo[{k}].objective");
        assert!(problems.contains(&(at(i_o1, 0), ProblemKind::OwnContribution)));
        assert!(problems.contains(&(at(i_o1, 1), ProblemKind::ContributionToParent)));
        assert!(problems.contains(&(
            at(i_o1, 2),
            ProblemKind::UnknownContribution {
                id: nowhere.to_string()
            }
        )));
        assert!(problems.contains(&(at(i_o1, 4), ProblemKind::DuplicateContribution)));
        assert!(problems.contains(&(
            at(i_s1, 0),
            ProblemKind::LevelAboveContribution {
                level: Level::Strategic,
                target_level: Level::Operational,
            }
        )));
        // S1 → O1 closes the loop O1 → T1 → S1: reported once, as a loop.
        let loops = problems
            .iter()
            .filter(|(_, kind)| *kind == ProblemKind::ContributionCycle)
            .count();
        assert_eq!(loops, 1, "{problems:?}");
        let _ = i_t1;
    }

    #[test]
    fn only_weighted_links_count_in_the_roll_up() {
        let (mut world, s1, t1, o1, s2) = chain();
        let mut kpi = Kpi::named(KpiId::new(&mut world.ids), "Done");
        kpi.target = Some(100.0);
        kpi.baseline = Some(0.0);
        let kpi_id = kpi.id;
        world.run(Command::add(o1, kpi)).expect("KPI added");
        let measurement_id = RecordId::new(&mut world.ids);
        world
            .run(Command::add(
                (o1, kpi_id),
                Measurement {
                    id: measurement_id,
                    date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
                    value: 40.0,
                    note: String::new(),
                    recorded_by: String::new(),
                },
            ))
            .expect("measured");
        let today = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default();
        let progress = |world: &World, id| {
            roll_up(&world.workspace, today)
                .get(&id)
                .and_then(|p| p.progress())
        };
        assert_eq!(progress(&world, s1), Some(0.4), "through T1");
        world.run(links(o1, vec![link(s2, None)])).expect("linked");
        assert_eq!(
            progress(&world, s2),
            None,
            "an unweighted link is not counted"
        );
        world
            .run(links(o1, vec![link(s2, Some(2.0))]))
            .expect("weighted");
        assert_eq!(progress(&world, s2), Some(0.4));
        let counted = roll_up(&world.workspace, today);
        assert_eq!(counted.get(&s2).map(|p| p.contributions_counted), Some(1));
        assert_eq!(counted.get(&s2).map(|p| p.children_counted), Some(0));
        // A weight of 0 leaves it out again; the parent roll-up is untouched throughout.
        world
            .run(links(o1, vec![link(s2, Some(0.0))]))
            .expect("weighted 0");
        assert_eq!(progress(&world, s2), None);
        assert_eq!(progress(&world, t1), Some(0.4));
    }

    #[test]
    fn approvals_are_records_not_revisions() {
        let (mut world, s1, _, _, _) = chain();
        world
            .edit(
                s1,
                ObjectiveEdit::Approval(Approval {
                    approved_by: "Board".into(),
                    approved_on: NaiveDate::from_ymd_opt(2026, 1, 5),
                }),
            )
            .expect("approved");
        assert_eq!(world.get(s1).approval.approved_by, "Board");
        let log: Vec<RevisionReason> = world.get(s1).revisions.iter().map(|r| r.reason).collect();
        assert_eq!(log, vec![RevisionReason::Created]);
        world.refuse(
            Command::EditObjective {
                id: s1,
                edit: ObjectiveEdit::Approval(Approval {
                    approved_by: "x".repeat(301),
                    approved_on: None,
                }),
            },
            CommandError::TooLong { max: 300 },
        );
    }

    #[test]
    fn functions_and_levels_marked_not_relevant_need_a_reason() {
        let mut world = World::new();
        let marked = |reason: &str| Organisation {
            functions: vec!["Finance".into()],
            functions_not_relevant: vec![FunctionNotRelevant {
                function: "Finance".into(),
                reason: reason.into(),
            }],
            ..Organisation::default()
        };
        world.refuse(
            Command::SetOrganisation(marked("  ")),
            CommandError::NotRelevantReasonEmpty,
        );
        world
            .run(Command::SetOrganisation(marked("Buys no IT services")))
            .expect("marked");
        let level = Organisation {
            levels_not_relevant: vec![LevelNotRelevant {
                level: Level::Tactical,
                reason: String::new(),
            }],
            ..Organisation::default()
        };
        world.refuse(
            Command::SetOrganisation(level),
            CommandError::NotRelevantReasonEmpty,
        );
        let unnamed = Organisation {
            functions_not_relevant: vec![FunctionNotRelevant {
                function: " ".into(),
                reason: "No".into(),
            }],
            ..Organisation::default()
        };
        world.refuse(Command::SetOrganisation(unnamed), CommandError::TextEmpty);
        assert!(world
            .workspace
            .organisation
            .function_not_relevant(" finance "));
    }
}

// ----- how changes read in the undo history -----

mod change_labels {
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::{
        Communication, Measurement, RecordId, Review, ReviewDecision, ReviewResult,
    };
    use sixtwo::i18n::{describe_change, format, Lang, Msg};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, d).expect("a real date")
    }

    /// Adds, edits and removes one record of every kind on S1, and returns the labels of the
    /// changes, of the undo step each change left on top of the history, and whether the
    /// change stamped S1 as updated.
    fn add_edit_remove_every_kind() -> Vec<(ChangeLabel, ChangeLabel, bool)> {
        let (mut world, s1, ..) = chain();
        let mut labels = Vec::new();
        let mut step = |world: &mut World, command: Command| {
            let label = world.run(command).expect("accepted");
            let undo = world.history.next_undo().cloned().expect("an undo step");
            let stamped = world.get(s1).updated == at(world.clock);
            labels.push((label, undo, stamped));
        };
        let policy = PolicyStatement {
            id: PolicyId::new(&mut world.ids),
            reference: "P1".into(),
            text: "Meet service levels.".into(),
        };
        step(&mut world, Command::add(TopLevel, policy.clone()));
        step(
            &mut world,
            Command::edit(
                TopLevel,
                PolicyStatement {
                    text: "Meet agreed service levels.".into(),
                    ..policy.clone()
                },
            ),
        );
        step(
            &mut world,
            Command::remove::<PolicyStatement>(TopLevel, policy.id),
        );

        let requirement = Requirement {
            id: RequirementId::new(&mut world.ids),
            reference: "SLA-1".into(),
            title: "Availability".into(),
            source: Default::default(),
            notes: String::new(),
        };
        step(&mut world, Command::add(TopLevel, requirement.clone()));
        step(
            &mut world,
            Command::edit(
                TopLevel,
                Requirement {
                    notes: "Schedule A".into(),
                    ..requirement.clone()
                },
            ),
        );
        step(
            &mut world,
            Command::remove::<Requirement>(TopLevel, requirement.id),
        );

        let kpi = Kpi::named(KpiId::new(&mut world.ids), "MTTR");
        step(&mut world, Command::add(s1, kpi.clone()));
        step(
            &mut world,
            Command::edit(
                s1,
                Kpi {
                    unit: "minutes".into(),
                    ..kpi.clone()
                },
            ),
        );

        let measurement = Measurement {
            id: RecordId::new(&mut world.ids),
            date: day(1),
            value: 30.0,
            note: String::new(),
            recorded_by: "Lee".into(),
        };
        step(&mut world, Command::add((s1, kpi.id), measurement.clone()));
        step(
            &mut world,
            Command::edit(
                (s1, kpi.id),
                Measurement {
                    value: 28.0,
                    ..measurement.clone()
                },
            ),
        );
        step(
            &mut world,
            Command::remove::<Measurement>((s1, kpi.id), measurement.id),
        );
        step(&mut world, Command::remove::<Kpi>(s1, kpi.id));

        let review = Review {
            id: RecordId::new(&mut world.ids),
            date: day(2),
            reviewer: "Li Na".into(),
            result: ReviewResult::OnTrack,
            findings: String::new(),
            decision: ReviewDecision::Continue,
            next_review: None,
        };
        step(&mut world, Command::add(s1, review.clone()));
        step(
            &mut world,
            Command::edit(
                s1,
                Review {
                    findings: "On track.".into(),
                    ..review.clone()
                },
            ),
        );
        step(&mut world, Command::remove::<Review>(s1, review.id));

        let communication = Communication {
            id: RecordId::new(&mut world.ids),
            date: day(3),
            objectives: vec![s1],
            audience: "Service teams".into(),
            channel: String::new(),
            by_whom: String::new(),
            summary: String::new(),
            acknowledged_on: None,
        };
        step(&mut world, Command::add(TopLevel, communication.clone()));
        step(
            &mut world,
            Command::edit(
                TopLevel,
                Communication {
                    channel: "Email".into(),
                    ..communication.clone()
                },
            ),
        );
        step(
            &mut world,
            Command::remove::<Communication>(TopLevel, communication.id),
        );
        labels
    }

    /// How many undo steps it takes to get back to the state before the changes.
    fn undo_steps(world: &mut World) -> usize {
        let mut steps = 0;
        while world.history.undo(&mut world.workspace).is_some() {
            steps += 1;
        }
        steps
    }

    #[test]
    fn typing_in_a_policy_requirement_or_kpi_is_one_undo_step_but_form_saves_are_not() {
        let (mut world, s1, ..) = chain();
        let policy = PolicyStatement {
            id: PolicyId::new(&mut world.ids),
            reference: "P1".into(),
            text: String::new(),
        };
        let requirement = Requirement {
            id: RequirementId::new(&mut world.ids),
            reference: "SLA-1".into(),
            title: String::new(),
            source: Default::default(),
            notes: String::new(),
        };
        let kpi = Kpi::named(KpiId::new(&mut world.ids), "MTTR");
        let other = Kpi::named(KpiId::new(&mut world.ids), "FTF");
        let review = Review {
            id: RecordId::new(&mut world.ids),
            date: day(2),
            reviewer: "Li Na".into(),
            result: ReviewResult::OnTrack,
            findings: String::new(),
            decision: ReviewDecision::Continue,
            next_review: None,
        };
        world
            .run(Command::add(TopLevel, policy.clone()))
            .expect("added");
        world
            .run(Command::add(TopLevel, requirement.clone()))
            .expect("added");
        for kpi in [&kpi, &other] {
            world.run(Command::add(s1, kpi.clone())).expect("added");
        }
        world.run(Command::add(s1, review.clone())).expect("added");
        world.history.clear();

        for text in ["M", "Me", "Meet"] {
            world
                .run(Command::edit(
                    TopLevel,
                    PolicyStatement {
                        text: text.into(),
                        ..policy.clone()
                    },
                ))
                .expect("typed");
        }
        assert_eq!(undo_steps(&mut world), 1, "typing a statement is one step");
        for title in ["A", "Av"] {
            world
                .run(Command::edit(
                    TopLevel,
                    Requirement {
                        title: title.into(),
                        ..requirement.clone()
                    },
                ))
                .expect("typed");
        }
        assert_eq!(
            undo_steps(&mut world),
            1,
            "typing a requirement is one step"
        );
        for (kpi, unit) in [(&kpi, "m"), (&kpi, "min"), (&other, "%"), (&kpi, "mins")] {
            world
                .run(Command::edit(
                    s1,
                    Kpi {
                        unit: unit.into(),
                        ..kpi.clone()
                    },
                ))
                .expect("typed");
        }
        assert_eq!(
            undo_steps(&mut world),
            3,
            "one step a typing run in one KPI"
        );
        for findings in ["O", "On"] {
            world
                .run(Command::edit(
                    s1,
                    Review {
                        findings: findings.into(),
                        ..review.clone()
                    },
                ))
                .expect("saved");
        }
        assert_eq!(undo_steps(&mut world), 2, "each saved form is a step");
    }

    #[test]
    fn record_changes_and_their_undo_steps_read_the_same_in_both_languages() {
        let labels = add_edit_remove_every_kind();
        let stamped: Vec<bool> = labels.iter().map(|(.., stamped)| *stamped).collect();
        assert_eq!(
            stamped,
            [[false; 6].as_slice(), &[true; 9], &[false; 3]].concat(),
            "a change to a record of an objective stamps the objective as updated"
        );
        let read = |lang: Lang| -> Vec<String> {
            labels
                .iter()
                .map(|(label, undo, _)| {
                    assert_eq!(label, undo, "the undo step is labelled by its change");
                    describe_change(lang, label)
                })
                .collect()
        };
        assert_eq!(
            read(Lang::En),
            [
                "add a policy statement",
                "edit a policy statement",
                "remove a policy statement",
                "add a requirement",
                "edit a requirement",
                "remove a requirement",
                "add a KPI to S1",
                "edit a KPI of S1",
                "record a measurement for S1",
                "edit a measurement of S1",
                "delete a measurement of S1",
                "remove a KPI of S1",
                "record a review of S1",
                "edit a review of S1",
                "delete a review of S1",
                "record a communication",
                "edit a communication record",
                "delete a communication record",
            ]
        );
        assert_eq!(
            read(Lang::ZhHans),
            [
                "新增方针条目",
                "编辑方针条目",
                "删除方针条目",
                "新增要求",
                "编辑要求",
                "删除要求",
                "为 S1 新增 KPI",
                "编辑 S1 的 KPI",
                "为 S1 记录测量值",
                "编辑 S1 的测量值",
                "删除 S1 的测量值",
                "删除 S1 的 KPI",
                "记录 S1 的评审",
                "编辑 S1 的评审",
                "删除 S1 的评审",
                "记录一次沟通",
                "编辑沟通记录",
                "删除沟通记录",
            ]
        );
        let undo = |lang: Lang, index: usize| {
            let what = describe_change(lang, &labels[index].1);
            format(lang, Msg::UndoWhat, &[("what", &what)])
        };
        assert_eq!(undo(Lang::En, 6), "Undo: add a KPI to S1");
        assert_eq!(undo(Lang::ZhHans, 17), "撤销：删除沟通记录");
    }
}

// ----- a record kind added through the generic record commands: plan actions -----

mod plan_actions {
    use super::*;
    use chrono::NaiveDate;
    use sixtwo::domain::{Action as PlanAction, ActionStatus, RecordId, RevisionReason};
    use sixtwo::i18n::{describe_change, describe_command_error, Lang};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, d).expect("a real date")
    }

    fn action(world: &mut World, what: &str) -> PlanAction {
        PlanAction {
            id: RecordId::new(&mut world.ids),
            what: what.into(),
            responsible: "Lee".into(),
            start: Some(day(1)),
            due: Some(day(30)),
            resources: Vec::new(),
            status: ActionStatus::Planned,
            corrective: false,
        }
    }

    fn whats(world: &World, id: ObjectiveId) -> Vec<String> {
        let plan = world.get(id).plan.as_ref();
        plan.map(|p| p.actions.iter().map(|a| a.what.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn actions_are_added_edited_removed_and_undone_through_the_record_commands() {
        let (mut world, s1, ..) = chain();
        let start = world.workspace.clone();
        assert!(world.get(s1).plan.is_none());
        let runbooks = action(&mut world, "Write runbooks");
        let training = action(&mut world, "Train the service desk");

        let label = world.run(Command::add(s1, runbooks.clone()));
        assert_eq!(
            label,
            Ok(ChangeLabel::record(
                RecordKind::PlanAction,
                Verb::Add,
                Some("S1")
            ))
        );
        assert_eq!(
            whats(&world, s1),
            ["Write runbooks"],
            "the first starts a plan"
        );
        assert_eq!(
            world.get(s1).revisions.len(),
            1,
            "the first plan is part of establishing the objective, not a revision"
        );
        world
            .run(Command::add(s1, training.clone()))
            .expect("added");
        let done = PlanAction {
            status: ActionStatus::Done,
            ..runbooks.clone()
        };
        let label = world.run(Command::edit(s1, done)).expect("edited");
        assert_eq!(
            describe_change(Lang::En, &label),
            "edit an action of the plan of S1"
        );
        assert_eq!(
            world.get(s1).plan.as_ref().map(|p| p.actions[0].status),
            Some(ActionStatus::Done)
        );
        let after_edit = world.workspace.clone();
        let label = world
            .run(Command::remove::<PlanAction>(s1, training.id))
            .expect("removed");
        assert_eq!(
            describe_change(Lang::ZhHans, &label),
            "删除 S1 计划中的行动"
        );
        assert_eq!(whats(&world, s1), ["Write runbooks"]);
        assert_eq!(
            world.get(s1).updated,
            at(world.clock),
            "the objective is stamped"
        );

        // Later changes to actions are changes to the plan: its revision log records them by
        // path (the action added and removed again cancels out).
        let open = world.get(s1).revisions.last().expect("a revision");
        assert_eq!(open.reason, RevisionReason::Unstated);
        assert_eq!(
            open.changes
                .iter()
                .map(|c| c.field.clone())
                .collect::<Vec<_>>(),
            [format!("plan.actions[{}].status", runbooks.id)]
        );

        assert!(world.history.undo(&mut world.workspace).is_some());
        assert_eq!(world.workspace, after_edit);
        for _ in 0..3 {
            assert!(world.history.undo(&mut world.workspace).is_some());
        }
        assert_eq!(world.workspace, start, "one undo step each");
        for _ in 0..4 {
            assert!(world.history.redo(&mut world.workspace).is_some());
        }
        assert_eq!(whats(&world, s1), ["Write runbooks"]);
        assert!(!world.history.can_redo());
    }

    #[test]
    fn actions_are_checked_and_a_refusal_changes_nothing() {
        let (mut world, s1, t1, ..) = chain();
        let runbooks = action(&mut world, "Write runbooks");
        world
            .run(Command::add(s1, runbooks.clone()))
            .expect("added");
        world.refuse(
            Command::add(s1, runbooks.clone()),
            CommandError::DuplicateId,
        );
        let nameless = PlanAction {
            what: " ".into(),
            ..runbooks.clone()
        };
        world.refuse(Command::edit(s1, nameless), CommandError::TextEmpty);
        let inverted = PlanAction {
            start: Some(day(30)),
            due: Some(day(1)),
            ..runbooks.clone()
        };
        world.refuse(Command::edit(s1, inverted), CommandError::DatesInverted);
        world.refuse(
            Command::edit(t1, runbooks.clone()),
            CommandError::ActionNotFound,
        );
        world.refuse(
            Command::remove::<PlanAction>(t1, runbooks.id),
            CommandError::ActionNotFound,
        );
        let gone = ObjectiveId::new(&mut world.ids);
        world.refuse(
            Command::add(gone, runbooks),
            CommandError::ObjectiveNotFound,
        );
        assert_eq!(
            describe_command_error(Lang::En, &CommandError::ActionNotFound),
            "That action is no longer in the plan."
        );
        assert!(validate(&world.workspace).is_empty());
    }
}
