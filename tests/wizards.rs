//! Native tests of the two wizards' step machines: moving forward only past valid steps,
//! going back without losing input, jumping to visited steps, drafts that survive being
//! serialised, and saving as one command.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::code::CodeProblem;
use sixtwo::domain::conformity::{check_objective, CheckItem, ItemState};
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::wizard::*;
use sixtwo::domain::wording::*;
use sixtwo::domain::{apply, CommandError, KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};

fn now() -> Timestamp {
    Timestamp::from_unix_seconds(1_764_000_000)
}

fn workspace(ids: &mut SequentialIds) -> (Workspace, ObjectiveId) {
    let s1 = Objective::new(ObjectiveId::new(ids), "S1", "Grow", Level::Strategic, now());
    let id = s1.id;
    let workspace = Workspace {
        objectives: vec![s1],
        policy: vec![PolicyStatement {
            id: PolicyId::new(ids),
            reference: "P1".into(),
            text: "Meet service levels".into(),
        }],
        ..Workspace::default()
    };
    (workspace, id)
}

fn new_draft(ids: &mut SequentialIds, parent: Option<ObjectiveId>) -> EstablishDraft {
    EstablishDraft::new_objective(
        ObjectiveId::new(ids),
        "T1".into(),
        Level::Tactical,
        parent,
        now(),
    )
}

#[test]
fn next_moves_only_past_a_valid_step_and_back_keeps_the_draft() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let mut wizard = EstablishWizard::start(new_draft(&mut ids, Some(s1)), now());
    assert_eq!(wizard.step, EstablishStep::Place);

    wizard.edit(now(), |d| d.objective.code = "s1".into());
    let issues = establish_issues(wizard.step, &wizard.draft, &workspace);
    assert_eq!(
        wizard.next(issues),
        Err(vec![FieldIssue {
            field: Field::Code,
            error: CommandError::CodeTaken { code: "s1".into() }
        }])
    );
    assert_eq!(
        wizard.step,
        EstablishStep::Place,
        "an invalid step is not left"
    );

    wizard.edit(now(), |d| d.objective.code = "T1".into());
    let issues = establish_issues(wizard.step, &wizard.draft, &workspace);
    assert_eq!(wizard.next(issues), Ok(EstablishStep::Policy));
    wizard.edit(now(), |d| d.objective.title = "Raise satisfaction".into());
    assert_eq!(wizard.back(), EstablishStep::Place);
    assert_eq!(
        wizard.draft.objective.title, "Raise satisfaction",
        "going back loses nothing"
    );
    assert_eq!(
        wizard.back(),
        EstablishStep::Place,
        "back on the first step stays there"
    );
}

#[test]
fn any_step_can_be_opened_directly_and_the_steps_jumped_over_count_as_reached() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let mut wizard = EstablishWizard::start(new_draft(&mut ids, Some(s1)), now());
    // Steps not reached yet open from the step list like any other.
    assert_eq!(
        wizard.go_to(EstablishStep::Monitoring, Vec::new()),
        Ok(EstablishStep::Monitoring)
    );
    assert!(wizard.has_visited(EstablishStep::Measurable));
    assert!(!wizard.has_visited(EstablishStep::Communication));
    // The review still lists what is missing on the steps jumped over.
    assert_eq!(
        wizard.go_to(EstablishStep::Review, Vec::new()),
        Ok(EstablishStep::Review)
    );
    assert!(wizard
        .draft
        .all_issues(&workspace)
        .iter()
        .any(|(step, issue)| *step == EstablishStep::Measurable && issue.field == Field::Title));
    assert_eq!(
        wizard.go_to(EstablishStep::Place, Vec::new()),
        Ok(EstablishStep::Place)
    );
    wizard.edit(now(), |d| d.objective.title = "Raise satisfaction".into());
    assert_eq!(
        wizard.go_to(EstablishStep::Requirements, Vec::new()),
        Ok(EstablishStep::Requirements)
    );
}

#[test]
fn going_forward_from_an_invalid_step_is_refused_even_to_a_visited_step() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let mut wizard =
        EstablishWizard::start_at(new_draft(&mut ids, Some(s1)), EstablishStep::Review, now());
    wizard
        .go_to(EstablishStep::Measurable, Vec::new())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let issues = establish_issues(wizard.step, &wizard.draft, &workspace);
    assert_eq!(
        issues,
        vec![FieldIssue {
            field: Field::Title,
            error: CommandError::TitleEmpty
        }]
    );
    assert!(wizard.go_to(EstablishStep::Review, issues).is_err());
    assert_eq!(wizard.step, EstablishStep::Measurable);
}

#[test]
fn a_wizard_opened_at_a_gap_counts_the_earlier_steps_as_visited() {
    let mut ids = SequentialIds::default();
    let wizard =
        EstablishWizard::start_at(new_draft(&mut ids, None), EstablishStep::Monitoring, now());
    assert_eq!(wizard.step, EstablishStep::Monitoring);
    assert_eq!(wizard.visited.len(), 5);
    assert!(!wizard.has_visited(EstablishStep::Communication));
}

#[test]
fn reaching_a_later_step_counts_the_steps_before_it_as_visited() {
    let mut ids = SequentialIds::default();
    let mut wizard = EstablishWizard::start(new_draft(&mut ids, None), now());
    wizard.reach(EstablishStep::Requirements);
    assert_eq!(wizard.step, EstablishStep::Requirements);
    assert_eq!(
        wizard.visited,
        [
            EstablishStep::Place,
            EstablishStep::Policy,
            EstablishStep::Measurable,
            EstablishStep::Requirements
        ]
    );
    wizard.reach(EstablishStep::Policy);
    assert_eq!(wizard.step, EstablishStep::Policy);
    assert_eq!(wizard.visited.len(), 4, "going back forgets nothing");
}

#[test]
fn place_checks_parent_level_and_cycles() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    let mut draft = new_draft(&mut ids, Some(s1));
    draft.objective.level = Level::Strategic;
    assert!(
        establish_issues(EstablishStep::Place, &draft, &workspace).is_empty(),
        "same level is fine"
    );
    let t1 = Objective {
        parent: Some(s1),
        ..Objective::new(
            ObjectiveId::new(&mut ids),
            "T9",
            "Child",
            Level::Tactical,
            now(),
        )
    };
    let t1_id = t1.id;
    workspace.objectives.push(t1);
    draft.objective.parent = Some(t1_id);
    assert_eq!(
        establish_issues(EstablishStep::Place, &draft, &workspace),
        vec![FieldIssue {
            field: Field::Parent,
            error: CommandError::LevelAboveParent {
                level: Level::Strategic,
                parent_code: "T9".into(),
                parent_level: Level::Tactical
            }
        }]
    );
    // Revising S1 itself: it cannot go below its own child, nor become operational above it.
    let mut revise =
        EstablishDraft::revise(workspace.objective(s1).cloned().unwrap_or_else(|| panic!()));
    revise.objective.parent = Some(t1_id);
    revise.objective.level = Level::Operational;
    let fields: Vec<Field> = establish_issues(EstablishStep::Place, &revise, &workspace)
        .into_iter()
        .map(|i| i.field)
        .collect();
    assert_eq!(fields, vec![Field::Parent, Field::Level]);
    revise.objective.code = " ".into();
    assert!(
        establish_issues(EstablishStep::Place, &revise, &workspace).contains(&FieldIssue {
            field: Field::Code,
            error: CommandError::BadCode(CodeProblem::Empty)
        })
    );
}

#[test]
fn measurable_needs_a_title_and_named_kpis_with_sane_ranges() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let mut draft = new_draft(&mut ids, Some(s1));
    draft.objective.title = "Cut MTTR".into();
    draft.objective.kpis = vec![Kpi {
        direction: Direction::Range,
        target: Some(90.0),
        target_upper: Some(80.0),
        ..Kpi::named(KpiId::new(&mut ids), " ")
    }];
    let fields: Vec<Field> = establish_issues(EstablishStep::Measurable, &draft, &workspace)
        .into_iter()
        .map(|i| i.field)
        .collect();
    assert_eq!(fields, vec![Field::KpiName(0), Field::KpiTarget(0)]);
}

#[test]
fn statements_and_requirements_added_on_the_spot_need_text() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let mut draft = new_draft(&mut ids, Some(s1));
    draft.new_policy.push(PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P2".into(),
        text: " ".into(),
    });
    draft.new_requirements.push(Requirement {
        id: RequirementId::new(&mut ids),
        reference: "R1".into(),
        title: String::new(),
        source: RequirementSource::Contract,
        notes: String::new(),
    });
    assert_eq!(
        establish_issues(EstablishStep::Policy, &draft, &workspace),
        vec![FieldIssue {
            field: Field::NewPolicy(0),
            error: CommandError::TextEmpty
        }]
    );
    assert_eq!(
        establish_issues(EstablishStep::Requirements, &draft, &workspace),
        vec![FieldIssue {
            field: Field::NewRequirement(0),
            error: CommandError::TextEmpty
        }]
    );
    let all = draft.all_issues(&workspace);
    let steps: Vec<EstablishStep> = all.iter().map(|(step, _)| *step).collect();
    assert_eq!(
        steps,
        vec![
            EstablishStep::Policy,
            EstablishStep::Measurable,
            EstablishStep::Requirements
        ]
    );
}

#[test]
fn saving_creates_the_objective_with_its_new_links_and_revision_one() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    let mut draft = new_draft(&mut ids, Some(s1));
    draft.objective.title = "Raise customer satisfaction to 90 points by 2027".into();
    let statement = PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P2".into(),
        text: "Listen to customers".into(),
    };
    draft.objective.policy_links = vec![workspace.policy[0].id, statement.id];
    draft.new_policy.push(statement);
    let command = establish_command(&draft, Status::Active, now());
    apply(&mut workspace, command, now()).unwrap_or_else(|e| panic!("{e:?}"));
    let saved = workspace
        .objective(draft.objective.id)
        .cloned()
        .unwrap_or_else(|| panic!("saved"));
    assert_eq!(saved.status, Status::Active);
    assert_eq!(saved.revisions.len(), 1);
    assert_eq!(saved.revisions[0].number, 1);
    assert_eq!(saved.policy_links.len(), 2);
    assert_eq!(workspace.policy.len(), 2);
}

#[test]
fn a_failing_save_changes_nothing_at_all() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    let before = workspace.clone();
    let mut draft = new_draft(&mut ids, Some(s1));
    draft.objective.title = "Title".into();
    draft.objective.code = "S1".into(); // taken: the whole batch is refused
    draft.new_policy.push(PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P2".into(),
        text: "x".into(),
    });
    let result = apply(
        &mut workspace,
        establish_command(&draft, Status::Draft, now()),
        now(),
    );
    assert_eq!(
        result.map(|_| ()),
        Err(CommandError::CodeTaken { code: "S1".into() })
    );
    assert_eq!(
        workspace, before,
        "the statement added before the refusal was rolled back"
    );
}

#[test]
fn revising_replaces_the_objective_in_place() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    let original = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    let mut draft = EstablishDraft::revise(original.clone());
    draft.objective.title = "Grow faster".into();
    draft.objective.monitoring.responsible = "CEO".into();
    let later = Timestamp::from_unix_seconds(1_764_100_000);
    apply(
        &mut workspace,
        establish_command(&draft, original.status, later),
        later,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let saved = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    assert_eq!(saved.title, "Grow faster");
    assert_eq!(saved.created, original.created);
    assert_eq!(saved.updated, later);
    assert_eq!(workspace.objectives.len(), 1);
}

#[test]
fn drafts_survive_serialisation() {
    let mut ids = SequentialIds::default();
    let (_, s1) = workspace(&mut ids);
    let mut establish = EstablishWizard::start_at(
        new_draft(&mut ids, Some(s1)),
        EstablishStep::Measurable,
        now(),
    );
    establish.edit(now(), |d| {
        d.objective.title = "提升客户满意度".into();
        d.objective.kpis.push(Kpi {
            target: Some(90.0),
            ..Kpi::named(KpiId::new(&mut SequentialIds::starting_at(90)), "Score")
        });
    });
    let objective = Objective::new(
        ObjectiveId::new(&mut ids),
        "O1",
        "Respond",
        Level::Operational,
        now(),
    );
    let mut plan = PlanWizard::start(PlanDraft::for_objective(&objective), now());
    plan.edit(now(), |d| {
        d.plan.actions.push(Action {
            id: RecordId::new(&mut ids),
            what: "Introduce chat".into(),
            responsible: String::new(),
            start: None,
            due: NaiveDate::from_ymd_opt(2027, 3, 31),
            resources: Vec::new(),
            status: ActionStatus::Planned,
            corrective: false,
        })
    });
    let drafts = Drafts {
        establish: Some(establish),
        plan: Some(plan),
    };
    let text = serde_json::to_string(&drafts).unwrap_or_default();
    let back: Drafts = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(back, drafts);
}

#[test]
fn the_plan_wizard_checks_actions_and_dates_and_saves_owner_and_plan() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    let objective = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    let mut wizard = PlanWizard::start(PlanDraft::for_objective(&objective), now());
    wizard.edit(now(), |d| {
        d.owner = "CEO".into();
        d.plan.actions.push(Action {
            id: RecordId::new(&mut ids),
            what: "  ".into(),
            responsible: "Ann".into(),
            start: NaiveDate::from_ymd_opt(2027, 5, 1),
            due: NaiveDate::from_ymd_opt(2027, 4, 1),
            resources: Vec::new(),
            status: ActionStatus::Planned,
            corrective: false,
        });
    });
    assert!(wizard
        .next(plan_issues(PlanStep::Actions, &wizard.draft))
        .is_err());
    wizard.edit(now(), |d| {
        d.plan.actions[0].what = "Hire two engineers".into()
    });
    assert_eq!(
        wizard.next(plan_issues(PlanStep::Actions, &wizard.draft)),
        Ok(PlanStep::Resources)
    );
    assert_eq!(
        plan_issues(PlanStep::Dates, &wizard.draft),
        vec![FieldIssue {
            field: Field::ActionDates(0),
            error: CommandError::DatesInverted
        }]
    );
    wizard.edit(now(), |d| {
        d.plan.actions[0].start = NaiveDate::from_ymd_opt(2027, 3, 1)
    });
    assert!(wizard.draft.all_issues(&workspace).is_empty());

    let preview = wizard.draft.preview_objective(&objective);
    let check = check_objective(
        &workspace,
        &preview,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default(),
    );
    assert_eq!(check.state(CheckItem::Actions), ItemState::Met);
    assert_eq!(check.state(CheckItem::Resources), ItemState::Missing);

    let command = plan_command(&wizard.draft, &workspace);
    apply(&mut workspace, command, now()).unwrap_or_else(|e| panic!("{e:?}"));
    let saved = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    assert_eq!(saved.owner, "CEO");
    assert_eq!(saved.plan.map(|p| p.actions.len()), Some(1));
}

#[test]
fn every_check_item_is_fixed_at_a_step() {
    assert_eq!(
        fix_at(CheckItem::Resources),
        FixAt::Plan(PlanStep::Resources)
    );
    assert_eq!(
        fix_at(CheckItem::Monitored),
        FixAt::Establish(EstablishStep::Monitoring)
    );
    assert_eq!(
        fix_at(CheckItem::Documented),
        FixAt::Establish(EstablishStep::Review)
    );
    for item in CheckItem::all() {
        let _ = fix_at(item);
    }
}

#[test]
fn vague_wording_is_pointed_out() {
    let mut ids = SequentialIds::default();
    let mut objective = Objective::new(
        ObjectiveId::new(&mut ids),
        "T1",
        "Improve satisfaction",
        Level::Tactical,
        now(),
    );
    assert_eq!(
        wording_hints(&objective),
        vec![
            WordingHint::NoNumber,
            WordingHint::NoUnit,
            WordingHint::NoDate
        ]
    );
    objective.title = "Raise satisfaction to 90 by 2027".into();
    assert_eq!(wording_hints(&objective), vec![WordingHint::NoUnit]);
    objective.kpis.push(Kpi {
        unit: "points".into(),
        ..Kpi::named(KpiId::new(&mut ids), "Survey score")
    });
    assert!(wording_hints(&objective).is_empty());
    objective.title.clear();
    assert!(
        wording_hints(&objective).is_empty(),
        "no hints before anything is typed"
    );
}

#[test]
fn a_milestone_kpi_says_how_much_without_a_number_or_a_unit() {
    let mut ids = SequentialIds::default();
    let mut objective = Objective::new(
        ObjectiveId::new(&mut ids),
        "S1",
        "Get certified",
        Level::Strategic,
        now(),
    );
    objective.kpis.push(Kpi {
        direction: Direction::Milestone,
        ..Kpi::named(KpiId::new(&mut ids), "Certification audit passed")
    });
    // "Passed or not" is the measure: only the date is still to be said.
    assert_eq!(wording_hints(&objective), vec![WordingHint::NoDate]);
    objective.kpis[0].target_date = NaiveDate::from_ymd_opt(2027, 6, 30);
    assert!(wording_hints(&objective).is_empty());
}

fn plan_action(ids: &mut SequentialIds, what: &str) -> Action {
    Action {
        id: RecordId::new(ids),
        what: what.into(),
        responsible: "Ann".into(),
        start: None,
        due: NaiveDate::from_ymd_opt(2027, 4, 1),
        resources: Vec::new(),
        status: ActionStatus::Planned,
        corrective: false,
    }
}

#[test]
fn an_owner_chosen_on_the_first_plan_opens_no_revision_but_a_later_change_does() {
    let mut ids = SequentialIds::default();
    let (mut workspace, s1) = workspace(&mut ids);
    if let Some(o) = workspace.objectives.first_mut() {
        o.revisions = vec![sixtwo::domain::command::first_revision(now())];
    }
    let objective = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    let mut first = PlanDraft::for_objective(&objective);
    first.owner = "CEO".into();
    first
        .plan
        .actions
        .push(plan_action(&mut ids, "Hire two engineers"));
    {
        let command = plan_command(&first, &workspace);
        apply(&mut workspace, command, now())
    }
    .unwrap_or_else(|e| panic!("{e:?}"));
    let saved = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    assert_eq!(saved.owner, "CEO");
    assert_eq!(
        saved.revisions.len(),
        1,
        "planning for the first time, owner included, is part of establishing the objective"
    );

    let mut later = PlanDraft::for_objective(&saved);
    later.owner = "COO".into();
    {
        let command = plan_command(&later, &workspace);
        apply(&mut workspace, command, now())
    }
    .unwrap_or_else(|e| panic!("{e:?}"));
    let revised = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    assert_eq!(
        revised.revisions.len(),
        2,
        "a later owner change is a revision"
    );
    assert!(revised.revisions[1].is_open());
}

#[test]
fn a_wizard_only_opened_is_no_draft_until_the_user_changes_something() {
    let mut ids = SequentialIds::default();
    let (workspace, s1) = workspace(&mut ids);
    let objective = workspace.objective(s1).cloned().unwrap_or_else(|| panic!());
    let mut wizard = EstablishWizard::start_at(
        EstablishDraft::revise(objective),
        EstablishStep::Communication,
        now(),
    );
    assert!(wizard.untouched);
    assert!(wizard.draft.is_unchanged(&workspace));
    let opened = Drafts {
        establish: Some(wizard.clone()),
        plan: None,
    };
    assert_eq!(opened.worth_keeping(), Drafts::default(), "nothing to keep");

    wizard.propose(|d| d.objective.monitoring.method = "From the KPIs".into());
    assert!(
        wizard.untouched,
        "a value the wizard proposes is not the user's change"
    );

    wizard.edit(now(), |d| d.objective.title = "Grow faster".into());
    assert!(!wizard.untouched);
    assert!(!wizard.draft.is_unchanged(&workspace));
    let changed = Drafts {
        establish: Some(wizard.clone()),
        plan: None,
    };
    assert_eq!(changed.worth_keeping(), changed);
    let stored: Drafts = serde_json::from_str(&serde_json::to_string(&changed).unwrap_or_default())
        .unwrap_or_default();
    assert!(
        stored.establish.is_some_and(|w| !w.untouched),
        "a stored draft is one the user changed"
    );

    // A new objective's draft that only says where it goes holds nothing of the user's.
    let fresh = new_draft(&mut ids, Some(s1));
    assert!(fresh.is_unchanged(&workspace));
    let mut titled = fresh.clone();
    titled.objective.title = "Hire".into();
    assert!(!titled.is_unchanged(&workspace));
}
