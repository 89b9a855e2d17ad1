//! How the clause 6.2 evidence pack is arranged: its sections in order, every objective by
//! level in code order, the checked objectives in that order next to their check, the actions
//! and evaluations of their plans, the records of those objectives (see
//! [`super::report_records`]), and how many objectives meet, partly meet or miss each clause
//! item.
//!
//! The pack reads the workspace and one [`RegisterCheck`]; it is computed once per change,
//! so rendering thousands of objectives costs one sort and a few passes.

use super::code::natural_cmp;
use super::conformity::{CheckItem, ItemResult, ItemState, ObjectiveCheck, RegisterCheck};
use super::model::{Level, Objective, Workspace};
use super::report_records::{collect, PackRecords};
use super::ObjectiveId;
use crate::domain::hashing::HashMap;
use chrono::NaiveDate;

/// A section of the pack, in the order they are printed ([`ReportSection::ALL`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportSection {
    /// Identification and approval of the document (clause 7.5).
    DocumentControl,
    /// The list of the sections that follow, with links to them.
    Contents,
    Policy,
    Requirements,
    /// The register by level and the result of each item of 6.2.1 for every objective.
    Objectives,
    /// Each objective's description, parent and how it supports it, other objectives it
    /// contributes to, and its approval.
    ObjectiveDetails,
    /// The measurements of each KPI, with progress, status and trend, and the overdue ones.
    Measurements,
    /// Review records: date, reviewer, result, findings, decision.
    Reviews,
    /// The communication log.
    Communications,
    /// Revisions: reason, approver and each changed field old → new.
    Revisions,
    /// The action plans, the evaluations and their results, and the result of each item of
    /// 6.2.2 for every objective.
    Planning,
    /// The resources each objective's plan requires, by kind.
    Resources,
    /// The approvals of the document, the objectives and their plans.
    Approvals,
    /// Objectives off track and their corrective actions.
    OffTrack,
    /// How many objectives meet each item, the score and the register's findings.
    Summary,
}

impl ReportSection {
    pub const ALL: [ReportSection; 15] = [
        ReportSection::DocumentControl,
        ReportSection::Contents,
        ReportSection::Policy,
        ReportSection::Requirements,
        ReportSection::Objectives,
        ReportSection::ObjectiveDetails,
        ReportSection::Measurements,
        ReportSection::Reviews,
        ReportSection::Communications,
        ReportSection::Revisions,
        ReportSection::Planning,
        ReportSection::Resources,
        ReportSection::Approvals,
        ReportSection::OffTrack,
        ReportSection::Summary,
    ];

    /// The id of the section's heading, which the contents list links to.
    pub fn anchor(self) -> &'static str {
        match self {
            ReportSection::DocumentControl => "report-control",
            ReportSection::Contents => "report-contents",
            ReportSection::Policy => "report-policy",
            ReportSection::Requirements => "report-requirements",
            ReportSection::Objectives => "report-establish",
            ReportSection::ObjectiveDetails => "report-objectives",
            ReportSection::Measurements => "report-measurements",
            ReportSection::Reviews => "report-reviews",
            ReportSection::Communications => "report-communications",
            ReportSection::Revisions => "report-revisions",
            ReportSection::Planning => "report-plan",
            ReportSection::Resources => "report-resources",
            ReportSection::Approvals => "report-approvals",
            ReportSection::OffTrack => "report-off-track",
            ReportSection::Summary => "report-summary",
        }
    }
}

/// How many checked objectives meet, partly meet or miss one clause item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemTally {
    pub item: CheckItem,
    pub met: usize,
    pub partly: usize,
    pub missing: usize,
}

impl ItemTally {
    /// The objectives the item was checked for.
    pub fn total(&self) -> usize {
        self.met + self.partly + self.missing
    }
}

/// One checked objective in report order: where it is in the workspace and in the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckedObjective {
    /// Its index in `workspace.objectives`.
    pub objective: usize,
    /// Its index in `RegisterCheck::objectives`.
    pub check: usize,
}

/// One action of a plan in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannedAction {
    /// The objective's index in `workspace.objectives`.
    pub objective: usize,
    /// The action's index in the objective's plan.
    pub action: usize,
}

/// The arrangement of the evidence pack. Indices point into the workspace and the check it
/// was made from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportLayout {
    /// Every objective, by level (strategic, tactical, operational; each level present even
    /// when empty), in natural code order within a level.
    pub levels: Vec<(Level, Vec<usize>)>,
    /// The checked objectives (cancelled and superseded ones are not checked), in report order.
    pub checked: Vec<CheckedObjective>,
    /// How many objectives are left out of the check.
    pub not_checked: usize,
    /// Every action of the checked objectives' plans, in report order, then in plan order.
    pub actions: Vec<PlannedAction>,
    /// Checked objectives whose plan records anything about evaluating the results, in
    /// report order.
    pub evaluations: Vec<usize>,
    /// Every clause item, 6.2.1 first, with its counts over the checked objectives.
    pub tallies: Vec<ItemTally>,
    /// The latest recorded communication of each objective that was communicated (6.2.1 e).
    pub last_communicated: HashMap<ObjectiveId, NaiveDate>,
    /// The records of the checked objectives, in report order.
    pub records: PackRecords,
}

/// Objective indices by level, in natural code order within each level.
fn by_level(workspace: &Workspace) -> Vec<(Level, Vec<usize>)> {
    Level::ALL
        .into_iter()
        .map(|level| {
            let mut indices: Vec<usize> = workspace
                .objectives
                .iter()
                .enumerate()
                .filter(|(_, o)| o.level == level)
                .map(|(index, _)| index)
                .collect();
            crate::domain::sorting::sort_by(&mut indices, |&a, &b| {
                natural_cmp(&workspace.objectives[a].code, &workspace.objectives[b].code)
            });
            (level, indices)
        })
        .collect()
}

/// Counts of each state per item, in [`CheckItem::all`] order.
pub fn tally(checks: &[ObjectiveCheck]) -> Vec<ItemTally> {
    let mut tallies: Vec<ItemTally> = CheckItem::all()
        .map(|item| ItemTally {
            item,
            met: 0,
            partly: 0,
            missing: 0,
        })
        .collect();
    for check in checks {
        for ItemResult { item, state, .. } in &check.results {
            if let Some(tally) = tallies.iter_mut().find(|t| t.item == *item) {
                match state {
                    ItemState::Met => tally.met += 1,
                    ItemState::Partly => tally.partly += 1,
                    ItemState::Missing => tally.missing += 1,
                }
            }
        }
    }
    tallies
}

fn records_evaluation(objective: &Objective) -> bool {
    objective
        .plan
        .as_ref()
        .is_some_and(|plan| plan.evaluation != Default::default())
}

/// Arranges `workspace` and its `check` (made from the same workspace on `today`) for the
/// pack.
pub fn arrange(workspace: &Workspace, check: &RegisterCheck, today: NaiveDate) -> ReportLayout {
    let levels = by_level(workspace);
    let check_of: HashMap<ObjectiveId, usize> = check
        .objectives
        .iter()
        .enumerate()
        .map(|(position, c)| (c.objective, position))
        .collect();
    let checked: Vec<CheckedObjective> = levels
        .iter()
        .flat_map(|(_, indices)| indices)
        .filter_map(|&objective| {
            let id = workspace.objectives[objective].id;
            check_of
                .get(&id)
                .map(|&check| CheckedObjective { objective, check })
        })
        .collect();
    let actions = checked
        .iter()
        .flat_map(|c| {
            let count = workspace.objectives[c.objective]
                .plan
                .as_ref()
                .map_or(0, |plan| plan.actions.len());
            (0..count).map(move |action| PlannedAction {
                objective: c.objective,
                action,
            })
        })
        .collect();
    let evaluations = checked
        .iter()
        .map(|c| c.objective)
        .filter(|&index| records_evaluation(&workspace.objectives[index]))
        .collect();
    let order: Vec<usize> = checked.iter().map(|c| c.objective).collect();
    ReportLayout {
        records: collect(workspace, &order, today),
        not_checked: workspace.objectives.len() - checked.len(),
        tallies: tally(&check.objectives),
        last_communicated: workspace.last_communicated(),
        levels,
        checked,
        actions,
        evaluations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conformity::check_register;
    use crate::domain::example::{example_workspace, ExampleLanguage};
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Action, Evaluation, Plan, Status, Timestamp};
    use crate::domain::RecordId;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn objective(ids: &mut SequentialIds, code: &str, level: Level) -> Objective {
        let now = Timestamp::from_unix_seconds(1_790_000_000);
        Objective::new(
            ObjectiveId::new(ids),
            code,
            format!("Title {code}"),
            level,
            now,
        )
    }

    fn codes(workspace: &Workspace, indices: &[usize]) -> Vec<String> {
        indices
            .iter()
            .map(|&i| workspace.objectives[i].code.clone())
            .collect()
    }

    #[test]
    fn objectives_are_grouped_by_level_in_natural_code_order() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        for (code, level) in [
            ("O10", Level::Operational),
            ("S2", Level::Strategic),
            ("O2", Level::Operational),
            ("S10", Level::Strategic),
            ("S1", Level::Strategic),
            ("O1.2", Level::Operational),
        ] {
            workspace.objectives.push(objective(&mut ids, code, level));
        }
        let check = check_register(&workspace, today());
        let layout = arrange(&workspace, &check, today());
        let levels: Vec<(Level, Vec<String>)> = layout
            .levels
            .iter()
            .map(|(level, indices)| (*level, codes(&workspace, indices)))
            .collect();
        assert_eq!(
            levels,
            [
                (
                    Level::Strategic,
                    vec!["S1".into(), "S2".into(), "S10".into()]
                ),
                (Level::Tactical, vec![]),
                (
                    Level::Operational,
                    vec!["O1.2".into(), "O2".into(), "O10".into()]
                ),
            ]
        );
        let checked: Vec<usize> = layout.checked.iter().map(|c| c.objective).collect();
        assert_eq!(
            codes(&workspace, &checked),
            ["S1", "S2", "S10", "O1.2", "O2", "O10"]
        );
    }

    #[test]
    fn cancelled_and_superseded_objectives_are_listed_but_not_checked() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        let mut cancelled = objective(&mut ids, "S1", Level::Strategic);
        cancelled.status = Status::Cancelled;
        cancelled.plan = Some(Plan {
            actions: vec![Action {
                id: RecordId::new(&mut ids),
                what: "Not pursued".into(),
                responsible: String::new(),
                start: None,
                due: None,
                resources: Vec::new(),
                status: Default::default(),
                corrective: false,
            }],
            evaluation: Evaluation::default(),
            ..Plan::default()
        });
        let mut superseded = objective(&mut ids, "S2", Level::Strategic);
        superseded.status = Status::Superseded;
        workspace.objectives = vec![
            cancelled,
            superseded,
            objective(&mut ids, "S3", Level::Strategic),
        ];
        let check = check_register(&workspace, today());
        let layout = arrange(&workspace, &check, today());
        assert_eq!(layout.levels[0].1.len(), 3);
        assert_eq!(layout.not_checked, 2);
        assert_eq!(layout.checked.len(), 1);
        let only = layout.checked[0];
        assert_eq!(workspace.objectives[only.objective].code, "S3");
        assert_eq!(
            check.objectives[only.check].objective,
            workspace.objectives[only.objective].id
        );
        assert!(
            layout.actions.is_empty(),
            "a cancelled plan is not evidence"
        );
    }

    #[test]
    fn actions_and_evaluations_follow_the_report_order() {
        let workspace = example_workspace(ExampleLanguage::English, today());
        let check = check_register(&workspace, today());
        let layout = arrange(&workspace, &check, today());
        let expected: usize = workspace
            .objectives
            .iter()
            .filter_map(|o| o.plan.as_ref())
            .map(|p| p.actions.len())
            .sum();
        assert!(expected > 0, "the example has plans");
        assert_eq!(layout.actions.len(), expected);
        let order: Vec<usize> = layout.checked.iter().map(|c| c.objective).collect();
        let position = |objective: usize| order.iter().position(|&o| o == objective);
        assert!(layout.actions.windows(2).all(|pair| (
            position(pair[0].objective),
            pair[0].action
        ) < (
            position(pair[1].objective),
            pair[1].action
        )));
        assert!(layout
            .evaluations
            .iter()
            .all(|&o| workspace.objectives[o].plan.is_some()));
    }

    #[test]
    fn tallies_count_every_state_of_every_item() {
        let workspace = example_workspace(ExampleLanguage::English, today());
        let check = check_register(&workspace, today());
        let layout = arrange(&workspace, &check, today());
        assert_eq!(layout.tallies.len(), CheckItem::all().count());
        for tally in &layout.tallies {
            assert_eq!(tally.total(), check.objectives.len(), "{:?}", tally.item);
            let met = check
                .objectives
                .iter()
                .filter(|c| c.state(tally.item) == ItemState::Met)
                .count();
            assert_eq!(tally.met, met, "{:?}", tally.item);
        }
        let met: usize = layout.tallies.iter().map(|t| t.met).sum();
        let partly: usize = layout.tallies.iter().map(|t| t.partly).sum();
        assert_eq!((met, partly), (check.score.met, check.score.partly));
    }

    fn plan(ids: &mut SequentialIds, actions: &[&str], evaluation: Evaluation) -> Plan {
        Plan {
            actions: actions
                .iter()
                .map(|what| Action {
                    id: RecordId::new(ids),
                    what: (*what).into(),
                    responsible: String::new(),
                    start: None,
                    due: None,
                    resources: Vec::new(),
                    status: Default::default(),
                    corrective: false,
                })
                .collect(),
            evaluation,
            ..Plan::default()
        }
    }

    #[test]
    fn not_checked_objectives_keep_their_place_in_the_register_only() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        for (code, status) in [
            ("T10", Status::Active),
            ("T2", Status::Cancelled),
            ("T1", Status::Draft),
            ("T3", Status::Superseded),
            ("T2.1", Status::Achieved),
        ] {
            let mut o = objective(&mut ids, code, Level::Tactical);
            o.status = status;
            workspace.objectives.push(o);
        }
        let check = check_register(&workspace, today());
        let layout = arrange(&workspace, &check, today());
        assert_eq!(
            codes(&workspace, &layout.levels[1].1),
            ["T1", "T2", "T2.1", "T3", "T10"]
        );
        let checked: Vec<usize> = layout.checked.iter().map(|c| c.objective).collect();
        assert_eq!(codes(&workspace, &checked), ["T1", "T2.1", "T10"]);
        assert_eq!(layout.not_checked, 2);
        for entry in &layout.checked {
            assert_eq!(
                check.objectives[entry.check].objective, workspace.objectives[entry.objective].id,
                "each checked objective points at its own check"
            );
        }
        assert!(layout.tallies.iter().all(|t| t.total() == 3));
    }

    #[test]
    fn only_checked_plans_give_actions_and_only_recorded_evaluations_are_listed() {
        let mut ids = SequentialIds::default();
        let evaluated = Evaluation {
            method: "Compare the monthly MTTR with the target".into(),
            ..Evaluation::default()
        };
        let mut s2 = objective(&mut ids, "S2", Level::Strategic);
        s2.plan = Some(plan(&mut ids, &["Hire", "Train"], evaluated.clone()));
        let mut s1 = objective(&mut ids, "S1", Level::Strategic);
        s1.plan = Some(plan(&mut ids, &["Buy a tool"], Evaluation::default()));
        let mut o1 = objective(&mut ids, "O1", Level::Operational);
        o1.plan = Some(plan(&mut ids, &[], evaluated.clone()));
        let mut cancelled = objective(&mut ids, "S0", Level::Strategic);
        cancelled.status = Status::Cancelled;
        cancelled.plan = Some(plan(&mut ids, &["Dropped"], evaluated));
        let no_plan = objective(&mut ids, "T1", Level::Tactical);
        let workspace = Workspace {
            objectives: vec![o1, cancelled, s2, no_plan, s1],
            ..Workspace::default()
        };
        let layout = arrange(&workspace, &check_register(&workspace, today()), today());
        let actions: Vec<(String, String)> = layout
            .actions
            .iter()
            .map(|planned| {
                let objective = &workspace.objectives[planned.objective];
                let what = objective
                    .plan
                    .as_ref()
                    .and_then(|p| p.actions.get(planned.action))
                    .map(|a| a.what.clone())
                    .unwrap_or_default();
                (objective.code.clone(), what)
            })
            .collect();
        assert_eq!(
            actions,
            [
                ("S1".to_string(), "Buy a tool".to_string()),
                ("S2".to_string(), "Hire".to_string()),
                ("S2".to_string(), "Train".to_string()),
            ]
        );
        assert_eq!(codes(&workspace, &layout.evaluations), ["S2", "O1"]);
    }

    #[test]
    fn tallies_add_up_each_state_per_item_in_clause_order() {
        use crate::domain::conformity::Finding;
        let mut ids = SequentialIds::default();
        let result = |item: CheckItem, state: ItemState| ItemResult {
            item,
            state,
            finding: Finding::NoPlan,
            practice: Vec::new(),
        };
        let checks = vec![
            ObjectiveCheck {
                objective: ObjectiveId::new(&mut ids),
                results: vec![
                    result(CheckItem::Policy, ItemState::Met),
                    result(CheckItem::Evaluation, ItemState::Missing),
                ],
            },
            ObjectiveCheck {
                objective: ObjectiveId::new(&mut ids),
                results: vec![
                    result(CheckItem::Policy, ItemState::Partly),
                    result(CheckItem::Evaluation, ItemState::Missing),
                    result(CheckItem::Timing, ItemState::Met),
                ],
            },
            ObjectiveCheck {
                objective: ObjectiveId::new(&mut ids),
                results: vec![result(CheckItem::Policy, ItemState::Met)],
            },
        ];
        let tallies = tally(&checks);
        let items: Vec<CheckItem> = tallies.iter().map(|t| t.item).collect();
        assert_eq!(items, CheckItem::all().collect::<Vec<_>>());
        let of = |item: CheckItem| {
            tallies
                .iter()
                .find(|t| t.item == item)
                .map(|t| (t.met, t.partly, t.missing))
        };
        assert_eq!(of(CheckItem::Policy), Some((2, 1, 0)));
        assert_eq!(of(CheckItem::Evaluation), Some((0, 0, 2)));
        assert_eq!(of(CheckItem::Timing), Some((1, 0, 0)));
        assert_eq!(
            of(CheckItem::Measurable),
            Some((0, 0, 0)),
            "an item no check covers is counted as nothing, not as missing"
        );
    }

    #[test]
    fn an_empty_workspace_has_empty_levels_and_nothing_checked() {
        let workspace = Workspace::default();
        let layout = arrange(&workspace, &check_register(&workspace, today()), today());
        assert_eq!(layout.levels.len(), 3);
        assert!(layout.levels.iter().all(|(_, v)| v.is_empty()));
        assert!(layout.checked.is_empty() && layout.actions.is_empty());
        assert!(layout.tallies.iter().all(|t| t.total() == 0));
    }
}
