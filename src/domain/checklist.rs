//! The rows of the clause 6.2 checklist: one per checked objective with the state of every
//! item, filtered to the objectives with gaps if asked, and sorted by code, by score or by one
//! item's state. The check itself is [`super::conformity::check_register`].

use super::code::natural_cmp;
use super::conformity::{CheckItem, ItemState, RegisterCheck, Score};
use super::ids::ObjectiveId;
use super::model::{Level, Objective, Workspace};
use crate::domain::hashing::HashMap;
use std::cmp::Ordering;

/// What the checklist can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ChecklistSort {
    /// By level (strategic, tactical, operational), then natural code order (the default).
    #[default]
    Code,
    /// Share of items met, then share partly met: the furthest behind first.
    Score,
    /// The state of one item: missing first, then partly met, then met.
    Item(CheckItem),
}

/// How the checklist is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChecklistQuery {
    pub sort: ChecklistSort,
    pub descending: bool,
    /// Show only objectives with at least one item not fully met.
    pub only_gaps: bool,
}

impl ChecklistQuery {
    /// The query after activating the header of `sort`: the same column flips the direction,
    /// another one sorts by it ascending.
    pub fn toggled(self, sort: ChecklistSort) -> ChecklistQuery {
        if self.sort == sort {
            ChecklistQuery {
                descending: !self.descending,
                ..self
            }
        } else {
            ChecklistQuery {
                sort,
                descending: false,
                ..self
            }
        }
    }
}

/// One row of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistRow {
    pub id: ObjectiveId,
    pub code: String,
    pub title: String,
    pub level: Level,
    /// The state of each item, in the order of [`CheckItem::all`].
    pub states: Vec<(CheckItem, ItemState)>,
    /// Required items only.
    pub score: Score,
    /// Good-practice suggestions, beside the score and never in it.
    pub practice: usize,
}

impl ChecklistRow {
    /// The state of `item` (missing when it was not checked).
    pub fn state(&self, item: CheckItem) -> ItemState {
        self.states
            .iter()
            .find(|(known, _)| *known == item)
            .map_or(ItemState::Missing, |(_, state)| *state)
    }

    /// Whether any item is not fully met.
    pub fn has_gaps(&self) -> bool {
        self.states
            .iter()
            .any(|(_, state)| *state != ItemState::Met)
    }
}

/// The rows `query` selects from `check` (the check of `workspace`), in its order. Ties keep
/// level-then-code order whichever way the column is sorted.
pub fn checklist_rows(
    workspace: &Workspace,
    check: &RegisterCheck,
    query: &ChecklistQuery,
) -> Vec<ChecklistRow> {
    let objectives: HashMap<ObjectiveId, &Objective> =
        workspace.objectives.iter().map(|o| (o.id, o)).collect();
    let mut rows: Vec<ChecklistRow> = check
        .objectives
        .iter()
        .filter(|c| !query.only_gaps || c.has_gaps())
        .filter_map(|c| {
            let objective = objectives.get(&c.objective)?;
            Some(ChecklistRow {
                id: c.objective,
                code: objective.code.clone(),
                title: objective.title.clone(),
                level: objective.level,
                states: CheckItem::all().map(|item| (item, c.state(item))).collect(),
                score: c.score(),
                practice: c.practice_count(),
            })
        })
        .collect();
    crate::domain::sorting::sort_by(&mut rows, |a, b| {
        let primary = compare(a, b, query.sort);
        let primary = if query.descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| level_then_code(a, b))
    });
    rows
}

fn compare(a: &ChecklistRow, b: &ChecklistRow, sort: ChecklistSort) -> Ordering {
    match sort {
        ChecklistSort::Code => level_then_code(a, b),
        ChecklistSort::Score => score_cmp(a.score, b.score),
        ChecklistSort::Item(item) => a.state(item).cmp(&b.state(item)),
    }
}

/// Strategic before tactical before operational, each in natural code order: the order in
/// which the levels build on each other.
fn level_then_code(a: &ChecklistRow, b: &ChecklistRow) -> Ordering {
    a.level
        .cmp(&b.level)
        .then_with(|| natural_cmp(&a.code, &b.code))
}

/// Orders scores by the share of items met, then by the share partly met (cross-multiplied,
/// so objectives with different numbers of applicable items compare fairly).
pub fn score_cmp(a: Score, b: Score) -> Ordering {
    // a.met / a.applicable against b.met / b.applicable, without division.
    let share = |part: usize, other: Score| part * other.applicable.max(1);
    share(a.met, b)
        .cmp(&share(b.met, a))
        .then_with(|| share(a.partly, b).cmp(&share(b.partly, a)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conformity::check_register;
    use crate::domain::example::{example_workspace, ExampleLanguage};
    use crate::domain::ids::RecordId;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Communication, Level, Status};
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    /// The example's objectives as documented before any records were kept: no measurements,
    /// reviews, communications, approvals or later revisions, and a plan for O1 only. These
    /// tests sort on the gaps that leaves.
    fn example() -> Workspace {
        let mut workspace = example_workspace(ExampleLanguage::English, today());
        workspace.communications.clear();
        for objective in &mut workspace.objectives {
            objective.reviews.clear();
            objective.revisions.truncate(1);
            objective.approval = Default::default();
            for kpi in &mut objective.kpis {
                kpi.measurements.clear();
            }
            if objective.code != "O1" {
                objective.plan = None;
            }
        }
        workspace
    }

    fn codes(workspace: &Workspace, query: ChecklistQuery) -> Vec<String> {
        let check = check_register(workspace, today());
        checklist_rows(workspace, &check, &query)
            .into_iter()
            .map(|row| row.code)
            .collect()
    }

    #[test]
    fn rows_follow_the_check_and_default_to_level_then_code_order() {
        let workspace = example();
        let check = check_register(&workspace, today());
        let rows = checklist_rows(&workspace, &check, &ChecklistQuery::default());
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(
            codes,
            ["S1", "S2", "S3", "T1", "T2", "T3", "O1", "O2", "O3"]
        );
        for row in &rows {
            let expected = check
                .objectives
                .iter()
                .find(|c| c.objective == row.id)
                .map(|c| (c.score(), CheckItem::all().map(|i| c.state(i)).collect()));
            let actual: Vec<ItemState> = row.states.iter().map(|(_, s)| *s).collect();
            assert_eq!(expected, Some((row.score, actual)), "{}", row.code);
            assert_eq!(row.states.len(), 12);
        }
    }

    #[test]
    fn sorting_by_score_puts_the_furthest_behind_first_and_ties_in_level_then_code_order() {
        let workspace = example();
        let by_score = ChecklistQuery {
            sort: ChecklistSort::Score,
            ..Default::default()
        };
        let ascending = codes(&workspace, by_score);
        // O1 is the only objective with a plan, so it has the best score.
        assert_eq!(ascending.last().map(String::as_str), Some("O1"));
        assert_eq!(
            ascending[..8],
            ["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3"]
        );
        let descending = codes(&workspace, by_score.toggled(ChecklistSort::Score));
        assert_eq!(descending[0], "O1");
        assert_eq!(
            descending[1..],
            ["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3"]
        );
    }

    #[test]
    fn sorting_by_an_item_puts_gaps_first() {
        let mut workspace = example();
        // S2 loses its policy links: its 6.2.1 a) is missing.
        if let Some(s2) = workspace.objectives.iter_mut().find(|o| o.code == "S2") {
            s2.policy_links.clear();
        }
        let query = ChecklistQuery::default().toggled(ChecklistSort::Item(CheckItem::Policy));
        assert_eq!(query.sort, ChecklistSort::Item(CheckItem::Policy));
        assert!(!query.descending);
        let ascending = codes(&workspace, query);
        assert_eq!(ascending[0], "S2");
        assert_eq!(
            ascending[1..],
            ["S1", "S3", "T1", "T2", "T3", "O1", "O2", "O3"]
        );
        let descending = codes(&workspace, query.toggled(query.sort));
        assert_eq!(descending.last().map(String::as_str), Some("S2"));
        // Resources: only O1 has a plan, partly met (a resource is not approved yet).
        let resources = ChecklistQuery {
            sort: ChecklistSort::Item(CheckItem::Resources),
            descending: true,
            only_gaps: false,
        };
        assert_eq!(codes(&workspace, resources)[0], "O1");
    }

    #[test]
    fn every_example_objective_has_gaps_and_closed_ones_are_not_rows() {
        let mut workspace = example();
        let check = check_register(&workspace, today());
        assert!(check.objectives.iter().all(|c| c.has_gaps()));
        let gaps = ChecklistQuery {
            only_gaps: true,
            ..Default::default()
        };
        assert_eq!(codes(&workspace, gaps).len(), 9);
        // Closed objectives are not checked, so they are not rows either.
        for objective in workspace.objectives.iter_mut() {
            if objective.level == Level::Operational {
                objective.status = Status::Cancelled;
            }
        }
        assert_eq!(
            codes(&workspace, ChecklistQuery::default()),
            ["S1", "S2", "S3", "T1", "T2", "T3"]
        );
    }

    #[test]
    fn an_objective_that_meets_every_item_is_left_out_with_only_gaps() {
        let mut workspace = example();
        let o1 = workspace.objectives.iter_mut().find(|o| o.code == "O1");
        let Some(o1) = o1 else {
            panic!("the example has O1");
        };
        let id = o1.id;
        for action in o1.plan.iter_mut().flat_map(|p| p.actions.iter_mut()) {
            for resource in &mut action.resources {
                resource.approved = true;
            }
        }
        // Monitored on records, and approved.
        let mut ids = SequentialIds::starting_at(9_100);
        for kpi in &mut o1.kpis {
            kpi.measurements.push(crate::domain::model::Measurement {
                id: RecordId::new(&mut ids),
                date: today(),
                value: 1.0,
                note: String::new(),
                recorded_by: "Lead".into(),
            });
        }
        o1.reviews.push(crate::domain::model::Review {
            id: RecordId::new(&mut ids),
            date: today(),
            reviewer: "Lead".into(),
            result: Default::default(),
            findings: String::new(),
            decision: Default::default(),
            next_review: None,
        });
        o1.approval = crate::domain::model::Approval {
            approved_by: "Director".into(),
            approved_on: Some(today()),
        };
        workspace.communications.push(Communication {
            id: RecordId::new(&mut SequentialIds::starting_at(9_000)),
            date: today(),
            objectives: vec![id],
            audience: "Service teams".into(),
            channel: "Team meeting".into(),
            by_whom: "Lead".into(),
            summary: "Targets".into(),
            acknowledged_on: None,
        });
        let check = check_register(&workspace, today());
        let all = checklist_rows(&workspace, &check, &ChecklistQuery::default());
        let o1_row = all.iter().find(|r| r.id == id);
        assert_eq!(
            o1_row.map(ChecklistRow::has_gaps),
            Some(false),
            "{o1_row:?}"
        );
        let gaps = ChecklistQuery {
            only_gaps: true,
            ..Default::default()
        };
        let codes = codes(&workspace, gaps);
        assert_eq!(codes, ["S1", "S2", "S3", "T1", "T2", "T3", "O2", "O3"]);
    }

    #[test]
    fn a_row_reads_its_states() {
        let row = |code: &str, state| ChecklistRow {
            id: ObjectiveId::new(&mut SequentialIds::default()),
            code: code.into(),
            title: String::new(),
            level: Level::Strategic,
            states: CheckItem::all().map(|i| (i, state)).collect(),
            score: Score::default(),
            practice: 0,
        };
        assert!(!row("A", ItemState::Met).has_gaps());
        assert!(row("B", ItemState::Partly).has_gaps());
        assert_eq!(
            row("A", ItemState::Met).state(CheckItem::Timing),
            ItemState::Met
        );
    }

    #[test]
    fn scores_compare_by_share_met_then_share_partly() {
        let score = |met, partly, applicable| Score {
            met,
            partly,
            applicable,
        };
        assert_eq!(score_cmp(score(6, 0, 12), score(1, 0, 2)), Ordering::Equal);
        assert_eq!(score_cmp(score(5, 0, 12), score(1, 0, 2)), Ordering::Less);
        assert_eq!(
            score_cmp(score(5, 3, 12), score(5, 2, 12)),
            Ordering::Greater
        );
        assert_eq!(score_cmp(score(0, 0, 0), score(0, 0, 12)), Ordering::Equal);
    }
}
