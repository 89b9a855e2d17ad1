//! The evidence a workspace already holds for each question, and the answer it proposes. The
//! per-objective questions read the clause 6.2 check's item states (`conformity`), never a
//! rule of their own; the person answering decides, the proposal only helps.
//!
//! A proposal from `met` of `total` (and `partly` more partly met): every one met is
//! **fully**; at least half met, **largely**; any met or partly met, **partly**; none,
//! **not in place**. Nothing to count (no objectives) proposes nothing.

use super::info;
use crate::domain::conformity::{check_register, CheckItem, ItemState, RegisterCheck};
use crate::domain::model::{AnswerLevel, Kpi, Level, Question, Status, Workspace};
use crate::domain::progress::objective_start;
use chrono::{Months, NaiveDate};

/// One fact found in the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    /// Of the `total` checked objectives, `met` meet the check's `item` and `partly` more
    /// meet it partly.
    Item {
        item: CheckItem,
        met: usize,
        partly: usize,
        total: usize,
    },
    /// Levels not marked not relevant that have an open objective.
    Levels { covered: usize, relevant: usize },
    /// Declared functions not marked not relevant that have an open objective.
    Functions { covered: usize, relevant: usize },
    /// Whether the objectives register is approved (who and when).
    RegisterApproved(bool),
    /// KPIs of active objectives with a measurement frequency that were measured at that
    /// frequency throughout the last six months (no gap longer than one period).
    KpisOnSchedule { on_schedule: usize, total: usize },
    /// Checked objectives whose plan meets all five items of 6.2.2.
    PlansComplete { complete: usize, total: usize },
    /// Resources of the plans of checked objectives that are approved or provided.
    ResourcesApproved { approved: usize, total: usize },
}

/// What the workspace shows for one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub question: Question,
    pub facts: Vec<Fact>,
    /// The answer the facts suggest; `None` when the workspace holds no evidence for it.
    pub proposal: Option<AnswerLevel>,
}

/// The level that `met` (and `partly`) of `total` suggest; `None` when `total` is 0.
pub fn proposal_from(met: usize, partly: usize, total: usize) -> Option<AnswerLevel> {
    Some(if total == 0 {
        return None;
    } else if met >= total {
        AnswerLevel::Fully
    } else if met * 2 >= total {
        AnswerLevel::Largely
    } else if met + partly > 0 {
        AnswerLevel::Partly
    } else {
        AnswerLevel::NotInPlace
    })
}

/// The evidence for every question of [`Question::ALL`], in that order, as of `today`.
pub fn evidence(workspace: &Workspace, today: NaiveDate) -> Vec<Evidence> {
    let check = check_register(workspace, today);
    Question::ALL
        .into_iter()
        .map(|question| evidence_for(workspace, &check, question, today))
        .collect()
}

fn item_fact(check: &RegisterCheck, item: CheckItem) -> Fact {
    let states = check.objectives.iter().map(|o| o.state(item));
    let (mut met, mut partly) = (0, 0);
    for state in states {
        match state {
            ItemState::Met => met += 1,
            ItemState::Partly => partly += 1,
            ItemState::Missing => {}
        }
    }
    Fact::Item {
        item,
        met,
        partly,
        total: check.objectives.len(),
    }
}

fn fact_proposal(fact: &Fact) -> Option<AnswerLevel> {
    match *fact {
        Fact::Item {
            met, partly, total, ..
        } => proposal_from(met, partly, total),
        Fact::KpisOnSchedule { on_schedule, total } => proposal_from(on_schedule, 0, total),
        Fact::PlansComplete { complete, total } => proposal_from(complete, 0, total),
        Fact::ResourcesApproved { approved, total } => proposal_from(approved, 0, total),
        Fact::Levels { covered, relevant } | Fact::Functions { covered, relevant } => {
            proposal_from(covered, 0, relevant)
        }
        Fact::RegisterApproved(_) => None,
    }
}

fn evidence_for(
    workspace: &Workspace,
    check: &RegisterCheck,
    question: Question,
    today: NaiveDate,
) -> Evidence {
    let none = |facts| Evidence {
        question,
        facts,
        proposal: None,
    };
    if check.objectives.is_empty() {
        // No objective is checked: the workspace holds no evidence either way.
        return none(Vec::new());
    }
    let mut facts = Vec::new();
    let mut proposal = None;
    if let Some(item) = info(question).item {
        let fact = item_fact(check, item);
        proposal = fact_proposal(&fact);
        facts.push(fact);
    }
    match question {
        Question::Levels => {
            let levels = levels_fact(workspace, check);
            let functions = functions_fact(workspace, check);
            if let (
                Fact::Levels {
                    covered: lc,
                    relevant: lr,
                },
                Fact::Functions {
                    covered: fc,
                    relevant: fr,
                },
            ) = (&levels, &functions)
            {
                proposal = proposal_from(lc + fc, 0, lr + fr);
            }
            facts.push(levels);
            if matches!(functions, Fact::Functions { relevant, .. } if relevant > 0) {
                facts.push(functions);
            }
        }
        Question::Documented => {
            let approved = check.findings.register_not_approved.is_empty();
            facts.push(Fact::RegisterApproved(approved));
            // An unapproved register is documented information not yet under control.
            if !approved {
                proposal = proposal.map(|level| level.min(AnswerLevel::Partly));
            }
        }
        Question::Monitored => facts.push(kpis_on_schedule(workspace, today)),
        Question::Actions => {
            let complete = check
                .objectives
                .iter()
                .filter(|o| {
                    CheckItem::PLAN
                        .iter()
                        .all(|i| o.state(*i) == ItemState::Met)
                })
                .count();
            facts.push(Fact::PlansComplete {
                complete,
                total: check.objectives.len(),
            });
        }
        Question::ResourcesApproved => {
            let fact = resources_approved(workspace, check);
            proposal = fact_proposal(&fact);
            facts.push(fact);
        }
        _ => {}
    }
    Evidence {
        question,
        facts,
        proposal,
    }
}

/// How many of `relevant` are `covered`, and how many there are.
fn covered_of<T>(
    relevant: impl Iterator<Item = T>,
    covered: impl Fn(&T) -> bool,
) -> (usize, usize) {
    let (mut with, mut total) = (0, 0);
    for value in relevant {
        total += 1;
        if covered(&value) {
            with += 1;
        }
    }
    (with, total)
}

fn levels_fact(workspace: &Workspace, check: &RegisterCheck) -> Fact {
    let organisation = &workspace.organisation;
    let relevant = Level::ALL
        .into_iter()
        .filter(|level| !organisation.level_not_relevant(*level));
    let (covered, relevant) = covered_of(relevant, |level| {
        !check.findings.empty_levels.contains(level)
    });
    Fact::Levels { covered, relevant }
}

fn functions_fact(workspace: &Workspace, check: &RegisterCheck) -> Fact {
    let organisation = &workspace.organisation;
    let relevant = organisation
        .functions
        .iter()
        .filter(|f| !f.trim().is_empty())
        .filter(|f| !organisation.function_not_relevant(f));
    let (covered, relevant) = covered_of(relevant, |function| {
        !check
            .findings
            .functions_without_objectives
            .iter()
            .any(|missing| missing == *function)
    });
    Fact::Functions { covered, relevant }
}

/// Whether `kpi` was measured at its frequency over the six months before `today` (or since
/// `start`, if later): no measurement came later than one period after the one before it,
/// and the next is not overdue.
pub fn measured_on_schedule(kpi: &Kpi, start: NaiveDate, today: NaiveDate) -> bool {
    let Some(frequency) = kpi.frequency else {
        return false;
    };
    let window = today.checked_sub_months(Months::new(6)).unwrap_or(today);
    let from = start.max(window);
    let mut dates: Vec<NaiveDate> = kpi
        .measurements
        .iter()
        .filter(|m| m.value.is_finite())
        .map(|m| m.date)
        .collect();
    dates.sort_unstable();
    let mut last = dates
        .iter()
        .rev()
        .find(|date| **date <= from)
        .copied()
        .unwrap_or(from);
    let late =
        |last: NaiveDate, next: NaiveDate| frequency.after(last).is_some_and(|due| due < next);
    for date in dates.iter().filter(|d| **d > from && **d <= today) {
        if late(last, *date) {
            return false;
        }
        last = *date;
    }
    !late(last, today)
}

fn kpis_on_schedule(workspace: &Workspace, today: NaiveDate) -> Fact {
    let (mut on_schedule, mut total) = (0, 0);
    for objective in workspace
        .objectives
        .iter()
        .filter(|o| o.status == Status::Active)
    {
        let start = objective_start(objective).unwrap_or(today);
        for kpi in objective.kpis.iter().filter(|k| k.frequency.is_some()) {
            total += 1;
            if measured_on_schedule(kpi, start, today) {
                on_schedule += 1;
            }
        }
    }
    Fact::KpisOnSchedule { on_schedule, total }
}

fn resources_approved(workspace: &Workspace, check: &RegisterCheck) -> Fact {
    let (mut approved, mut total) = (0, 0);
    let checked = check
        .objectives
        .iter()
        .filter_map(|c| workspace.objective(c.objective));
    for objective in checked {
        let actions = objective.plan.iter().flat_map(|plan| &plan.actions);
        for resource in actions.flat_map(|action| &action.resources) {
            total += 1;
            if resource.approved {
                approved += 1;
            }
        }
    }
    Fact::ResourcesApproved { approved, total }
}
