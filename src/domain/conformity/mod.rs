//! The clause 6.2 conformity check: for every objective, each item of 6.2.1 (a–f and
//! documented information) and of 6.2.2 (a–e) is met, partly met or missing, with the reason
//! as data (the UI words it in the user's language); plus findings about the register as a
//! whole and scores.
//!
//! Every rule is one of two kinds, and the two are never mixed:
//! - **required**: what clause 6.2 asks (and, for documented information, the standard's rules
//!   for documented information: it is approved). Only these decide an item's state and so the
//!   score;
//! - **good practice**: what auditors commonly look for beyond the clause (a baseline, a
//!   communication plan, approved resources…). It is reported beside each item as
//!   [`Practice`] notes and counted apart, never in the score.
//!
//! Open objectives (draft or active) are judged on their arrangements and their records as of
//! `today`. Closed ones (achieved, not achieved) are judged on the records they keep, never on
//! forward-looking items such as a next review or an overdue update. Cancelled and superseded
//! objectives are not checked. README "The clause 6.2 check" lists every rule.

mod context;
mod establish;
mod items;
mod planning;
mod register;

pub use items::*;
pub use planning::target_date;

use crate::domain::model::{Objective, Workspace};
use chrono::NaiveDate;
use context::*;
use establish::*;
use planning::plan;
use register::register_findings;

/// Checks every checked objective and the register as a whole, as of `today`.
pub fn check_register(workspace: &Workspace, today: NaiveDate) -> RegisterCheck {
    // A map, not a list: with every objective communicated, looking each one up in a list
    // made the check quadratic in the size of the register.
    let communicated = workspace.last_communicated();
    let context = Context::new(workspace, today, true);
    let objectives: Vec<ObjectiveCheck> = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .map(|o| check_with(&context, o, communicated.get(&o.id).copied()))
        .collect();
    let score = objectives
        .iter()
        .fold(Score::default(), |total, check| total.add(check.score()));
    let practice = objectives.iter().map(ObjectiveCheck::practice_count).sum();
    RegisterCheck {
        findings: register_findings(workspace),
        objectives,
        score,
        practice,
    }
}

/// Checks one objective of `workspace` as of `today`.
pub fn check_objective(
    workspace: &Workspace,
    objective: &Objective,
    today: NaiveDate,
) -> ObjectiveCheck {
    let last = workspace.last_communicated_on(objective.id);
    check_with(&Context::new(workspace, today, false), objective, last)
}

fn check_with(
    context: &Context<'_>,
    objective: &Objective,
    last_communicated: Option<NaiveDate>,
) -> ObjectiveCheck {
    let today = context.today;
    let mut results = vec![
        policy(objective),
        measurable(objective),
        requirements(objective),
        monitored(objective, today),
        communicated(objective, last_communicated),
        updated(objective, today),
        documented(objective),
    ];
    results.extend(plan(context, objective));
    ObjectiveCheck {
        objective: objective.id,
        results,
    }
}
