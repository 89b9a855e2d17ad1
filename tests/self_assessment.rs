//! Native tests of the clause 6.2 self-assessment: the answer each question's evidence
//! proposes (fixture workspaces for every level), the facts behind it, the score, the trend
//! across assessments, the improvement actions and adding one to an objective's plan through
//! the plan's command, and the rules of the assessment record.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use sixtwo::domain::assess::{
    add_to_plan, evidence, improvement_actions, measured_on_schedule, score, trend, Evidence, Fact,
    Movement,
};
use sixtwo::domain::command::first_revision;
use sixtwo::domain::conformity::CheckItem;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::{apply, Command, CommandError, History, ObjectiveId, PolicyId, RecordId};
use sixtwo::domain::{KpiId, TopLevel};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn today() -> NaiveDate {
    date(2026, 11, 24)
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-24T10:00:00Z").unwrap_or_default()
}

/// `total` active objectives, the first `linked` of them linked to a policy statement.
fn policy_fixture(total: usize, linked: usize) -> Workspace {
    let mut ids = SequentialIds::default();
    let statement = PolicyStatement {
        id: PolicyId::new(&mut ids),
        reference: "P1".into(),
        text: "Meet agreed service levels".into(),
    };
    let created = Timestamp::parse("2026-06-01T09:00:00Z").unwrap_or_default();
    let objectives = (0..total)
        .map(|i| {
            let mut objective = Objective::new(
                ObjectiveId::new(&mut ids),
                format!("S{}", i + 1),
                "Objective",
                Level::Strategic,
                created,
            );
            objective.status = Status::Active;
            objective.revisions = vec![first_revision(created)];
            if i < linked {
                objective.policy_links = vec![statement.id];
            }
            objective
        })
        .collect();
    Workspace {
        policy: vec![statement],
        objectives,
        ..Workspace::default()
    }
}

fn evidence_of(workspace: &Workspace, question: Question) -> Evidence {
    evidence(workspace, today())
        .into_iter()
        .find(|e| e.question == question)
        .unwrap_or_else(|| panic!("{question:?} has evidence"))
}

#[test]
fn the_policy_question_proposes_each_level_from_the_check() {
    let cases = [
        (4, AnswerLevel::Fully),
        (3, AnswerLevel::Largely),
        (2, AnswerLevel::Largely),
        (1, AnswerLevel::Partly),
        (0, AnswerLevel::NotInPlace),
    ];
    for (linked, expected) in cases {
        let found = evidence_of(&policy_fixture(4, linked), Question::Policy);
        assert_eq!(found.proposal, Some(expected), "{linked} of 4 linked");
        assert_eq!(
            found.facts,
            vec![Fact::Item {
                item: CheckItem::Policy,
                met: linked,
                partly: 0,
                total: 4,
            }]
        );
    }
}

#[test]
fn partly_met_items_propose_partly_when_none_is_met() {
    // Each objective has a KPI without a target date next to a measurable one: 6.2.1 b) is
    // partly met everywhere and met nowhere.
    let mut workspace = policy_fixture(2, 0);
    let mut ids = SequentialIds::starting_at(1000);
    for objective in &mut workspace.objectives {
        objective.kpis = vec![
            Kpi {
                unit: "%".into(),
                target: Some(99.0),
                target_date: Some(date(2027, 6, 30)),
                ..Kpi::named(KpiId::new(&mut ids), "Availability")
            },
            Kpi {
                unit: "%".into(),
                target: Some(90.0),
                ..Kpi::named(KpiId::new(&mut ids), "Satisfaction")
            },
        ];
    }
    let found = evidence_of(&workspace, Question::Measurable);
    assert_eq!(found.proposal, Some(AnswerLevel::Partly));
    assert!(matches!(
        found.facts[0],
        Fact::Item {
            met: 0,
            partly: 2,
            total: 2,
            ..
        }
    ));
}

#[test]
fn an_empty_workspace_proposes_nothing() {
    for found in evidence(&Workspace::default(), today()) {
        assert_eq!(found.proposal, None, "{:?}", found.question);
        assert!(found.facts.is_empty());
    }
}

#[test]
fn an_unapproved_register_caps_documented_information_at_partly() {
    let mut workspace = policy_fixture(2, 2);
    for objective in &mut workspace.objectives {
        objective.approval = Approval {
            approved_by: "Director".into(),
            approved_on: Some(date(2026, 6, 2)),
        };
    }
    let found = evidence_of(&workspace, Question::Documented);
    assert_eq!(found.proposal, Some(AnswerLevel::Partly));
    assert!(found.facts.contains(&Fact::RegisterApproved(false)));

    workspace.organisation.document.approved_by = "CEO".into();
    workspace.organisation.document.approved_on = Some(date(2026, 6, 1));
    let found = evidence_of(&workspace, Question::Documented);
    assert_eq!(found.proposal, Some(AnswerLevel::Fully));
    assert!(found.facts.contains(&Fact::RegisterApproved(true)));
}

#[test]
fn relevant_levels_and_functions_without_objectives_lower_the_levels_proposal() {
    // Strategic objectives only: one of three levels covered.
    let mut workspace = policy_fixture(1, 1);
    let found = evidence_of(&workspace, Question::Levels);
    assert_eq!(
        found.facts,
        vec![Fact::Levels {
            covered: 1,
            relevant: 3
        }]
    );
    assert_eq!(found.proposal, Some(AnswerLevel::Partly));

    // The other two levels marked not relevant (with a reason), and a function covered.
    workspace.organisation.levels_not_relevant = [Level::Tactical, Level::Operational]
        .into_iter()
        .map(|level| LevelNotRelevant {
            level,
            reason: "A team of five".into(),
        })
        .collect();
    workspace.organisation.functions = vec!["Operations".into()];
    workspace.objectives[0].function = "Operations".into();
    let found = evidence_of(&workspace, Question::Levels);
    assert_eq!(found.proposal, Some(AnswerLevel::Fully));
    assert!(found.facts.contains(&Fact::Functions {
        covered: 1,
        relevant: 1
    }));
}

fn monthly_kpi(ids: &mut SequentialIds, dates: &[NaiveDate]) -> Kpi {
    Kpi {
        unit: "minutes".into(),
        target: Some(5.0),
        target_date: Some(date(2027, 6, 30)),
        frequency: Some(Frequency::Monthly),
        measurements: dates
            .iter()
            .map(|on| Measurement {
                id: RecordId::new(ids),
                date: *on,
                value: 10.0,
                note: String::new(),
                recorded_by: String::new(),
            })
            .collect(),
        ..Kpi::named(KpiId::new(ids), "Response time")
    }
}

#[test]
fn kpis_count_as_on_schedule_only_without_gaps_in_the_last_six_months() {
    let mut ids = SequentialIds::default();
    let start = date(2026, 1, 1);
    let every_month: Vec<NaiveDate> = (5..=11).map(|m| date(2026, m, 20)).collect();
    assert!(measured_on_schedule(
        &monthly_kpi(&mut ids, &every_month),
        start,
        today()
    ));
    // July and August missing: a gap of three months.
    let gap: Vec<NaiveDate> = [5, 6, 9, 10, 11].map(|m| date(2026, m, 20)).to_vec();
    assert!(!measured_on_schedule(
        &monthly_kpi(&mut ids, &gap),
        start,
        today()
    ));
    // Measured every month until September, and not since: overdue now.
    let stopped: Vec<NaiveDate> = (5..=9).map(|m| date(2026, m, 20)).collect();
    assert!(!measured_on_schedule(
        &monthly_kpi(&mut ids, &stopped),
        start,
        today()
    ));
    // A gap before the six months does not count.
    let old_gap: Vec<NaiveDate> = [1, 5, 6, 7, 8, 9, 10, 11]
        .map(|m| date(2026, m, 20))
        .to_vec();
    assert!(measured_on_schedule(
        &monthly_kpi(&mut ids, &old_gap),
        start,
        today()
    ));

    let mut workspace = policy_fixture(2, 2);
    workspace.objectives[0].kpis = vec![monthly_kpi(&mut ids, &every_month)];
    workspace.objectives[1].kpis = vec![monthly_kpi(&mut ids, &gap)];
    let found = evidence_of(&workspace, Question::Monitored);
    assert!(found.facts.contains(&Fact::KpisOnSchedule {
        on_schedule: 1,
        total: 2
    }));
}

#[test]
fn resources_approved_is_good_practice_with_its_own_count() {
    let mut workspace = policy_fixture(1, 1);
    let mut ids = SequentialIds::starting_at(500);
    let resource = |approved| Resource {
        kind: ResourceKind::People,
        description: "Engineer".into(),
        amount: "1".into(),
        approved,
    };
    workspace.objectives[0].plan = Some(Plan {
        actions: vec![Action {
            id: RecordId::new(&mut ids),
            what: "Hire".into(),
            responsible: "Lead".into(),
            start: None,
            due: Some(date(2027, 1, 31)),
            resources: vec![resource(true), resource(false), resource(false)],
            status: ActionStatus::Planned,
            corrective: false,
        }],
        ..Plan::default()
    });
    let found = evidence_of(&workspace, Question::ResourcesApproved);
    assert_eq!(
        found.facts,
        vec![Fact::ResourcesApproved {
            approved: 1,
            total: 3
        }]
    );
    assert_eq!(found.proposal, Some(AnswerLevel::Partly));
    assert_eq!(
        evidence_of(&workspace, Question::ManagementReview).proposal,
        None
    );
}

#[test]
fn the_model_answer_proposes_fully_for_the_items_it_meets() {
    let workspace = example_workspace(ExampleLanguage::English, today());
    let found = evidence_of(&workspace, Question::Policy);
    assert_eq!(found.proposal, Some(AnswerLevel::Fully));
    let plans = evidence_of(&workspace, Question::Actions);
    assert!(plans
        .facts
        .iter()
        .any(|fact| matches!(fact, Fact::PlansComplete { total, .. } if *total == 9)));
    // Every question is asked, in order, and all but management review have evidence.
    let all = evidence(&workspace, today());
    assert_eq!(
        all.iter().map(|e| e.question).collect::<Vec<_>>(),
        Question::ALL.to_vec()
    );
    assert!(all
        .iter()
        .filter(|e| e.question != Question::ManagementReview)
        .all(|e| e.proposal.is_some()));
}

fn answer(question: Question, level: AnswerLevel) -> Answer {
    Answer {
        question,
        level,
        note: if level == AnswerLevel::NotApplicable {
            "Not our case".into()
        } else {
            String::new()
        },
        action: ImprovementAction::default(),
    }
}

fn assessment(id: u128, on: NaiveDate, answers: Vec<Answer>) -> Assessment {
    Assessment {
        id: RecordId::new(&mut SequentialIds::starting_at(id)),
        date: on,
        assessor: "Service manager".into(),
        answers,
    }
}

#[test]
fn the_score_counts_required_answers_on_the_scale_only() {
    let taken = assessment(
        1,
        today(),
        vec![
            answer(Question::Policy, AnswerLevel::Fully),
            answer(Question::Measurable, AnswerLevel::Largely),
            answer(Question::Monitored, AnswerLevel::Partly),
            answer(Question::Communicated, AnswerLevel::NotInPlace),
            answer(Question::Levels, AnswerLevel::NotApplicable),
            answer(Question::ResourcesApproved, AnswerLevel::Fully),
            answer(Question::ManagementReview, AnswerLevel::Partly),
        ],
    );
    let result = score(&taken);
    assert_eq!(result.points, 3 + 2 + 1);
    assert_eq!(result.max, 4 * 3);
    assert_eq!(result.scored, 4);
    assert_eq!(result.not_applicable, 1);
    assert_eq!(result.unanswered, 13 - 5);
    assert_eq!((result.practice_fully, result.practice_scored), (1, 2));
    assert_eq!(result.percent(), 50);
    assert_eq!(score(&assessment(2, today(), Vec::new())).percent(), 0);
}

#[test]
fn the_trend_orders_assessments_by_date_and_compares_the_latest_two() {
    let first = assessment(
        1,
        date(2026, 5, 1),
        vec![
            answer(Question::Policy, AnswerLevel::Partly),
            answer(Question::Measurable, AnswerLevel::Fully),
            answer(Question::Monitored, AnswerLevel::Largely),
            answer(Question::Updated, AnswerLevel::NotApplicable),
        ],
    );
    let second = assessment(
        2,
        date(2026, 11, 1),
        vec![
            answer(Question::Policy, AnswerLevel::Fully),
            answer(Question::Measurable, AnswerLevel::Largely),
            answer(Question::Monitored, AnswerLevel::Largely),
            answer(Question::Updated, AnswerLevel::Fully),
        ],
    );
    // Stored newest first: the trend still runs oldest first.
    let found = trend(&[second.clone(), first.clone()]);
    assert_eq!(
        found.assessments,
        vec![(first.id, first.date), (second.id, second.date)]
    );
    let row = |question| {
        found
            .rows
            .iter()
            .find(|r| r.question == question)
            .cloned()
            .unwrap_or_else(|| panic!("{question:?} row"))
    };
    assert_eq!(row(Question::Policy).movement, Some(Movement::Up));
    assert_eq!(
        row(Question::Policy).levels,
        vec![Some(AnswerLevel::Partly), Some(AnswerLevel::Fully)]
    );
    assert_eq!(row(Question::Measurable).movement, Some(Movement::Down));
    assert_eq!(row(Question::Monitored).movement, Some(Movement::Same));
    // Not applicable before: nothing to compare.
    assert_eq!(row(Question::Updated).movement, None);
    assert_eq!(row(Question::Timing).levels, vec![None, None]);
    // 6 of 9 points (66 %, rounded down), then 10 of 12 (83 %).
    assert_eq!(
        found.scores.iter().map(|s| s.percent()).collect::<Vec<_>>(),
        vec![66, 83]
    );
    assert_eq!(found.movement, Some(Movement::Up));
    assert_eq!(trend(&[first]).movement, None);
}

#[test]
fn answers_below_fully_become_improvement_actions_in_question_order() {
    let mut monitored = answer(Question::Monitored, AnswerLevel::Partly);
    monitored.action = ImprovementAction {
        what: "Measure monthly".into(),
        who: "Lead".into(),
        due: Some(date(2027, 1, 31)),
        added_to: None,
    };
    let taken = assessment(
        1,
        today(),
        vec![
            monitored,
            answer(Question::Policy, AnswerLevel::NotInPlace),
            answer(Question::Measurable, AnswerLevel::Fully),
            answer(Question::Timing, AnswerLevel::Largely),
            answer(Question::Levels, AnswerLevel::NotApplicable),
        ],
    );
    let actions = improvement_actions(&taken);
    assert_eq!(
        actions.iter().map(|a| a.question).collect::<Vec<_>>(),
        vec![Question::Policy, Question::Monitored, Question::Timing]
    );
    assert!(actions[1].is_complete());
    assert!(!actions[0].is_complete());
}

/// The policy fixture with `taken` saved through its command.
fn saved(taken: &Assessment) -> Workspace {
    let mut workspace = policy_fixture(2, 1);
    let result = apply(&mut workspace, Command::add(TopLevel, taken.clone()), now());
    assert!(result.is_ok(), "{result:?}");
    workspace
}

#[test]
fn an_action_is_added_to_a_plan_through_the_plan_command_as_one_undoable_step() {
    let mut monitored = answer(Question::Monitored, AnswerLevel::Partly);
    monitored.action = ImprovementAction {
        what: "Measure every KPI monthly".into(),
        who: "Service desk lead".into(),
        due: Some(date(2027, 1, 31)),
        added_to: None,
    };
    let taken = assessment(1, today(), vec![monitored]);
    let mut workspace = saved(&taken);
    let before = workspace.clone();
    let target = workspace.objectives[1].id;
    let action_id = RecordId::new(&mut SequentialIds::starting_at(9000));

    let command = add_to_plan(&taken, Question::Monitored, target, action_id);
    let command = command.unwrap_or_else(|e| panic!("{e:?}"));
    let applied = apply(&mut workspace, command.clone(), now());
    let applied = applied.unwrap_or_else(|e| panic!("{e:?}"));

    let plan = workspace.objectives[1].plan.clone().unwrap_or_default();
    assert_eq!(plan.actions.len(), 1);
    let added = &plan.actions[0];
    assert_eq!(added.id, action_id);
    assert_eq!(added.what, "Measure every KPI monthly");
    assert_eq!(added.responsible, "Service desk lead");
    assert_eq!(added.due, Some(date(2027, 1, 31)));
    let noted = workspace.assessments[0]
        .answer(Question::Monitored)
        .cloned();
    assert_eq!(noted.and_then(|a| a.action.added_to), Some(target));

    let mut history = History::default();
    history.record(applied, command.coalesce_key(), now());
    history.undo(&mut workspace);
    assert_eq!(workspace, before);
}

#[test]
fn adding_to_a_plan_is_refused_when_there_is_nothing_to_add() {
    let mut done = answer(Question::Policy, AnswerLevel::Fully);
    done.action.what = "Nothing".into();
    let taken = assessment(
        1,
        today(),
        vec![done, answer(Question::Timing, AnswerLevel::Partly)],
    );
    let mut workspace = saved(&taken);
    let target = workspace.objectives[0].id;
    let id = RecordId::new(&mut SequentialIds::starting_at(9000));
    assert_eq!(
        add_to_plan(&taken, Question::Policy, target, id),
        Err(CommandError::NothingToDo)
    );
    assert_eq!(
        add_to_plan(&taken, Question::Measurable, target, id),
        Err(CommandError::NothingToDo)
    );
    assert_eq!(
        add_to_plan(&taken, Question::Timing, target, id),
        Err(CommandError::TextEmpty)
    );
    // An objective that does not exist: refused whole, nothing changes.
    let mut timing = answer(Question::Timing, AnswerLevel::Partly);
    timing.action.what = "Set due dates".into();
    let taken = Assessment {
        answers: vec![timing],
        ..taken
    };
    let before = workspace.clone();
    let missing = ObjectiveId::new(&mut SequentialIds::starting_at(7777));
    let command = add_to_plan(&taken, Question::Timing, missing, id);
    let command = command.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        apply(&mut workspace, command, now()).map(|_| ()),
        Err(CommandError::ObjectiveNotFound)
    );
    assert_eq!(workspace, before);
}

#[test]
fn an_assessment_needs_a_reason_for_not_applicable_and_one_answer_per_question() {
    let mut workspace = policy_fixture(1, 1);
    let mut blank = answer(Question::Levels, AnswerLevel::NotApplicable);
    blank.note = "  ".into();
    let refused = apply(
        &mut workspace,
        Command::add(TopLevel, assessment(1, today(), vec![blank])),
        now(),
    );
    assert_eq!(
        refused.map(|_| ()),
        Err(CommandError::NotApplicableReasonEmpty)
    );
    let twice = vec![
        answer(Question::Policy, AnswerLevel::Fully),
        answer(Question::Policy, AnswerLevel::Partly),
    ];
    let refused = apply(
        &mut workspace,
        Command::add(TopLevel, assessment(1, today(), twice)),
        now(),
    );
    assert_eq!(refused.map(|_| ()), Err(CommandError::DuplicateId));
    assert!(workspace.assessments.is_empty());

    let taken = assessment(
        1,
        today(),
        vec![answer(Question::Levels, AnswerLevel::NotApplicable)],
    );
    assert!(apply(&mut workspace, Command::add(TopLevel, taken.clone()), now()).is_ok());
    assert_eq!(workspace.assessments, vec![taken.clone()]);
    assert!(apply(
        &mut workspace,
        Command::remove::<Assessment>(TopLevel, taken.id),
        now()
    )
    .is_ok());
    assert!(workspace.assessments.is_empty());
}

#[test]
fn assessments_travel_through_team_sync_in_the_workspace_document() {
    use sixtwo::io::sync::docs::{assemble, split, WORKSPACE_DOC_ID};
    let mut taken = assessment(
        1,
        today(),
        vec![answer(Question::Policy, AnswerLevel::Partly)],
    );
    taken.answers[0].action.what = "Link the objectives".into();
    let workspace = saved(&taken);
    let docs = split(&workspace, &|_| None).unwrap_or_else(|e| panic!("{e}"));
    let record = docs
        .get(WORKSPACE_DOC_ID)
        .and_then(|body| body.get("record"))
        .cloned()
        .unwrap_or_default();
    assert!(record.get("assessments").is_some());
    let back: Workspace =
        serde_json::from_value(assemble(&docs).workspace).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.assessments, workspace.assessments);
}
