//! Two workspaces side by side (a trainee's and the model answer, or any two copies):
//! objectives are matched by code, since ids differ between copies; for each, what differs
//! and how each clause 6.2 item was judged on either side, and the scores. Nothing is merged.

use super::code::code_key;
use super::conformity::{check_register, CheckItem, ItemState, ObjectiveCheck, Score};
use super::ids::ObjectiveId;
use super::model::{Level, Objective, Status, Workspace};
use crate::domain::hashing::HashMap;
use chrono::NaiveDate;

/// One difference between the two copies of an objective (`a` on the left, `b` on the right).
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    Title {
        a: String,
        b: String,
    },
    Level {
        a: Level,
        b: Level,
    },
    Status {
        a: Status,
        b: Status,
    },
    /// The parent's code on each side.
    Parent {
        a: Option<String>,
        b: Option<String>,
    },
    Owner {
        a: String,
        b: String,
    },
    /// The references of the linked policy statements on each side.
    PolicyLinks {
        a: Vec<String>,
        b: Vec<String>,
    },
    /// The references of the linked requirements on each side.
    RequirementLinks {
        a: Vec<String>,
        b: Vec<String>,
    },
    /// A KPI (matched by name) only one side has; `in_a` says which.
    KpiOnlyOneSide {
        name: String,
        in_a: bool,
    },
    KpiTarget {
        name: String,
        a: Option<f64>,
        b: Option<f64>,
    },
    KpiMeasurements {
        name: String,
        a: usize,
        b: usize,
    },
    /// The number of planned actions.
    Actions {
        a: usize,
        b: usize,
    },
}

/// How one clause item was judged on each side (`None`: the objective is not checked there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemComparison {
    pub item: CheckItem,
    pub a: Option<ItemState>,
    pub b: Option<ItemState>,
}

impl ItemComparison {
    pub fn differs(&self) -> bool {
        self.a != self.b
    }
}

/// One objective code and what the two sides hold under it.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveComparison {
    /// The code as the first side that has it writes it.
    pub code: String,
    /// The title on each side; `None` when that side has no objective with the code.
    pub title_a: Option<String>,
    pub title_b: Option<String>,
    pub differences: Vec<Difference>,
    /// Every item of 6.2.1 and 6.2.2, in the standard's order.
    pub items: Vec<ItemComparison>,
    /// The check's score on each side (`None`: missing or not checked there).
    pub score_a: Option<Score>,
    pub score_b: Option<Score>,
}

impl ObjectiveComparison {
    pub fn in_both(&self) -> bool {
        self.title_a.is_some() && self.title_b.is_some()
    }

    /// Whether anything differs: presence, a field or an item's state.
    pub fn differs(&self) -> bool {
        !self.in_both()
            || !self.differences.is_empty()
            || self.items.iter().any(ItemComparison::differs)
    }
}

/// The comparison of two workspaces.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// The objectives of `a` in its order, then those only `b` has, in `b`'s order.
    pub objectives: Vec<ObjectiveComparison>,
    pub score_a: Score,
    pub score_b: Score,
}

impl Comparison {
    /// The score of `b` minus the score of `a`, in whole percentage points.
    pub fn score_difference(&self) -> i64 {
        i64::from(self.score_b.percent()) - i64::from(self.score_a.percent())
    }

    /// How many objectives differ in any way.
    pub fn differing(&self) -> usize {
        self.objectives.iter().filter(|o| o.differs()).count()
    }
}

struct Side<'w> {
    workspace: &'w Workspace,
    checks: HashMap<ObjectiveId, ObjectiveCheck>,
    score: Score,
}

impl<'w> Side<'w> {
    fn new(workspace: &'w Workspace, today: NaiveDate) -> Self {
        let check = check_register(workspace, today);
        Side {
            workspace,
            score: check.score,
            checks: check
                .objectives
                .into_iter()
                .map(|check| (check.objective, check))
                .collect(),
        }
    }

    fn by_code(&self, code: &str) -> Option<&'w Objective> {
        let key = code_key(code);
        self.workspace
            .objectives
            .iter()
            .find(|o| code_key(&o.code) == key)
    }

    fn parent_code(&self, objective: &Objective) -> Option<String> {
        let parent = self.workspace.objective(objective.parent?)?;
        Some(parent.code.clone())
    }

    fn policy_refs(&self, objective: &Objective) -> Vec<String> {
        let mut refs: Vec<String> = objective
            .policy_links
            .iter()
            .filter_map(|id| self.workspace.policy_statement(*id))
            .map(|p| p.reference.clone())
            .collect();
        refs.sort();
        refs
    }

    fn requirement_refs(&self, objective: &Objective) -> Vec<String> {
        let mut refs: Vec<String> = objective
            .requirement_links
            .iter()
            .filter_map(|id| self.workspace.requirement(*id))
            .map(|r| r.reference.clone())
            .collect();
        refs.sort();
        refs
    }
}

/// Compares `a` with `b` as of `today`: objectives matched by code (trimmed, ignoring case),
/// KPIs within an objective by name, policy and requirement links by reference.
pub fn compare(a: &Workspace, b: &Workspace, today: NaiveDate) -> Comparison {
    let left = Side::new(a, today);
    let right = Side::new(b, today);
    let mut objectives = Vec::new();
    for objective in &a.objectives {
        let other = right.by_code(&objective.code);
        objectives.push(compare_one(&left, &right, Some(objective), other));
    }
    for objective in &b.objectives {
        if left.by_code(&objective.code).is_none() {
            objectives.push(compare_one(&left, &right, None, Some(objective)));
        }
    }
    Comparison {
        objectives,
        score_a: left.score,
        score_b: right.score,
    }
}

fn compare_one(
    left: &Side<'_>,
    right: &Side<'_>,
    a: Option<&Objective>,
    b: Option<&Objective>,
) -> ObjectiveComparison {
    let check_a = a.and_then(|o| left.checks.get(&o.id));
    let check_b = b.and_then(|o| right.checks.get(&o.id));
    let items = CheckItem::all()
        .map(|item| ItemComparison {
            item,
            a: check_a.and_then(|c| c.result(item)).map(|r| r.state),
            b: check_b.and_then(|c| c.result(item)).map(|r| r.state),
        })
        .collect();
    let differences = match (a, b) {
        (Some(a), Some(b)) => differences(left, right, a, b),
        _ => Vec::new(),
    };
    ObjectiveComparison {
        code: a.or(b).map(|o| o.code.clone()).unwrap_or_default(),
        title_a: a.map(|o| o.title.clone()),
        title_b: b.map(|o| o.title.clone()),
        differences,
        items,
        score_a: check_a.map(ObjectiveCheck::score),
        score_b: check_b.map(ObjectiveCheck::score),
    }
}

fn differences(left: &Side<'_>, right: &Side<'_>, a: &Objective, b: &Objective) -> Vec<Difference> {
    let mut found = Vec::new();
    if a.title.trim() != b.title.trim() {
        found.push(Difference::Title {
            a: a.title.clone(),
            b: b.title.clone(),
        });
    }
    if a.level != b.level {
        found.push(Difference::Level {
            a: a.level,
            b: b.level,
        });
    }
    if a.status != b.status {
        found.push(Difference::Status {
            a: a.status,
            b: b.status,
        });
    }
    let (parent_a, parent_b) = (left.parent_code(a), right.parent_code(b));
    let parent_key = |code: &Option<String>| code.as_deref().map(code_key);
    if parent_key(&parent_a) != parent_key(&parent_b) {
        found.push(Difference::Parent {
            a: parent_a,
            b: parent_b,
        });
    }
    if a.owner.trim() != b.owner.trim() {
        found.push(Difference::Owner {
            a: a.owner.clone(),
            b: b.owner.clone(),
        });
    }
    let (policy_a, policy_b) = (left.policy_refs(a), right.policy_refs(b));
    if policy_a != policy_b {
        found.push(Difference::PolicyLinks {
            a: policy_a,
            b: policy_b,
        });
    }
    let (required_a, required_b) = (left.requirement_refs(a), right.requirement_refs(b));
    if required_a != required_b {
        found.push(Difference::RequirementLinks {
            a: required_a,
            b: required_b,
        });
    }
    let name_key = |name: &str| name.trim().to_lowercase();
    for kpi in &a.kpis {
        match b
            .kpis
            .iter()
            .find(|k| name_key(&k.name) == name_key(&kpi.name))
        {
            None => found.push(Difference::KpiOnlyOneSide {
                name: kpi.name.clone(),
                in_a: true,
            }),
            Some(other) => {
                if kpi.target != other.target {
                    found.push(Difference::KpiTarget {
                        name: kpi.name.clone(),
                        a: kpi.target,
                        b: other.target,
                    });
                }
                if kpi.measurements.len() != other.measurements.len() {
                    found.push(Difference::KpiMeasurements {
                        name: kpi.name.clone(),
                        a: kpi.measurements.len(),
                        b: other.measurements.len(),
                    });
                }
            }
        }
    }
    for kpi in &b.kpis {
        if !a
            .kpis
            .iter()
            .any(|k| name_key(&k.name) == name_key(&kpi.name))
        {
            found.push(Difference::KpiOnlyOneSide {
                name: kpi.name.clone(),
                in_a: false,
            });
        }
    }
    let actions = |o: &Objective| o.plan.as_ref().map_or(0, |plan| plan.actions.len());
    if actions(a) != actions(b) {
        found.push(Difference::Actions {
            a: actions(a),
            b: actions(b),
        });
    }
    found
}
