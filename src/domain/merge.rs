//! What an import would change, and the two ways of combining a file with the workspace:
//! merging by id (the newer change wins, differences listed for the user to decide) and
//! importing as a copy (every record gets a new id, for trainers' templates).

use super::code::{next_free, same_code};
use super::ids::IdSource;
use super::model::{Communication, Level, Objective, PolicyStatement, Requirement, Workspace};
use super::validate::{validate, Problem};
use super::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// An objective as a preview names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectiveRef {
    pub id: ObjectiveId,
    pub code: String,
    pub title: String,
}

impl ObjectiveRef {
    fn of(objective: &Objective) -> Self {
        ObjectiveRef {
            id: objective.id,
            code: objective.code.clone(),
            title: objective.title.clone(),
        }
    }
}

/// How the objectives of a file compare with the workspace's, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// In the file only.
    pub added: Vec<ObjectiveRef>,
    /// In both, different.
    pub changed: Vec<ObjectiveRef>,
    /// In the workspace only.
    pub removed: Vec<ObjectiveRef>,
    pub unchanged: usize,
}

/// Compares the objectives of `incoming` with those of `current`.
pub fn compare(current: &Workspace, incoming: &Workspace) -> Comparison {
    let mine: HashMap<ObjectiveId, &Objective> =
        current.objectives.iter().map(|o| (o.id, o)).collect();
    let theirs: HashSet<ObjectiveId> = incoming.objectives.iter().map(|o| o.id).collect();
    let mut comparison = Comparison::default();
    for objective in &incoming.objectives {
        match mine.get(&objective.id) {
            None => comparison.added.push(ObjectiveRef::of(objective)),
            Some(existing) if *existing == objective => comparison.unchanged += 1,
            Some(_) => comparison.changed.push(ObjectiveRef::of(objective)),
        }
    }
    comparison.removed = current
        .objectives
        .iter()
        .filter(|o| !theirs.contains(&o.id))
        .map(ObjectiveRef::of)
        .collect();
    comparison
}

/// What a file holds, counted for the import preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contents {
    pub policy_statements: usize,
    pub requirements: usize,
    /// Objectives per level, in the order of [`Level::ALL`].
    pub objectives_by_level: [(Level, usize); 3],
    /// Objectives with a plan to achieve them (clause 6.2.2).
    pub plans: usize,
}

/// Counts what `workspace` holds.
pub fn contents(workspace: &Workspace) -> Contents {
    let per_level = |level: Level| {
        let count = workspace
            .objectives
            .iter()
            .filter(|o| o.level == level)
            .count();
        (level, count)
    };
    Contents {
        policy_statements: workspace.policy.len(),
        requirements: workspace.requirements.len(),
        objectives_by_level: Level::ALL.map(per_level),
        plans: workspace
            .objectives
            .iter()
            .filter(|o| o.plan.is_some())
            .count(),
    }
}

/// Which version of a record a merge keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Current,
    Incoming,
}

/// The kind of record a difference is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Objective,
    PolicyStatement,
    Requirement,
    Communication,
    Organisation,
}

/// A record that differs between the workspace and the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub kind: RecordKind,
    /// The record's id (the nil id for the organisation).
    pub id: Uuid,
    /// How people know it: a code or a reference.
    pub label: String,
    /// What the merge keeps unless the user decides otherwise: the newer objective, and the
    /// workspace's version of records that carry no time of change (or the same one).
    pub default: Side,
    /// The side changed last, when the record carries a time of change and the two differ.
    pub newer: Option<Side>,
}

/// The differences a merge by id has to decide.
pub fn differences(current: &Workspace, incoming: &Workspace) -> Vec<Difference> {
    let mut found = Vec::new();
    if current.organisation != incoming.organisation && incoming.organisation != Default::default()
    {
        found.push(Difference {
            kind: RecordKind::Organisation,
            id: Uuid::nil(),
            label: incoming.organisation.name.clone(),
            default: Side::Current,
            newer: None,
        });
    }
    for theirs in &incoming.objectives {
        if let Some(mine) = current.objective(theirs.id).filter(|mine| *mine != theirs) {
            let newer = match theirs.updated.cmp(&mine.updated) {
                std::cmp::Ordering::Greater => Some(Side::Incoming),
                std::cmp::Ordering::Less => Some(Side::Current),
                std::cmp::Ordering::Equal => None,
            };
            found.push(Difference {
                kind: RecordKind::Objective,
                id: theirs.id.0,
                label: mine.code.clone(),
                default: newer.unwrap_or(Side::Current),
                newer,
            });
        }
    }
    for theirs in &incoming.policy {
        if current
            .policy_statement(theirs.id)
            .is_some_and(|mine| mine != theirs)
        {
            found.push(Difference {
                kind: RecordKind::PolicyStatement,
                id: theirs.id.0,
                label: theirs.reference.clone(),
                default: Side::Current,
                newer: None,
            });
        }
    }
    for theirs in &incoming.requirements {
        if current
            .requirement(theirs.id)
            .is_some_and(|mine| mine != theirs)
        {
            found.push(Difference {
                kind: RecordKind::Requirement,
                id: theirs.id.0,
                label: theirs.reference.clone(),
                default: Side::Current,
                newer: None,
            });
        }
    }
    for theirs in &incoming.communications {
        let mine = current.communications.iter().find(|c| c.id == theirs.id);
        if mine.is_some_and(|mine| mine != theirs) {
            found.push(Difference {
                kind: RecordKind::Communication,
                id: theirs.id.0,
                label: theirs.date.to_string(),
                default: Side::Current,
                newer: None,
            });
        }
    }
    found
}

/// The outcome of a merge: the workspace it would give, the codes it had to change, and the
/// problems that keep it from being applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub workspace: Workspace,
    /// (old code, new code) of added objectives whose code was already taken.
    pub renamed: Vec<(String, String)>,
    pub problems: Vec<Problem>,
}

fn choice(choices: &HashMap<Uuid, Side>, difference: Option<&Difference>) -> Side {
    difference.map_or(Side::Current, |d| {
        choices.get(&d.id).copied().unwrap_or(d.default)
    })
}

/// Merges `incoming` into `current` by id: records only in one of them are kept, records in
/// both take the side `choices` names (or the difference's default).
pub fn merge(current: &Workspace, incoming: &Workspace, choices: &HashMap<Uuid, Side>) -> Merged {
    let differences = differences(current, incoming);
    let find =
        |kind: RecordKind, id: Uuid| differences.iter().find(|d| d.kind == kind && d.id == id);
    let mut workspace = current.clone();

    if choice(choices, find(RecordKind::Organisation, Uuid::nil())) == Side::Incoming {
        workspace.organisation = incoming.organisation.clone();
    }
    merge_records(
        &mut workspace.policy,
        &incoming.policy,
        |p: &PolicyStatement| p.id.0,
        |id| choice(choices, find(RecordKind::PolicyStatement, id)),
    );
    merge_records(
        &mut workspace.requirements,
        &incoming.requirements,
        |r: &Requirement| r.id.0,
        |id| choice(choices, find(RecordKind::Requirement, id)),
    );
    merge_records(
        &mut workspace.communications,
        &incoming.communications,
        |c: &Communication| c.id.0,
        |id| choice(choices, find(RecordKind::Communication, id)),
    );

    let mut renamed = Vec::new();
    for theirs in &incoming.objectives {
        match workspace.objective_index(theirs.id) {
            Some(index) => {
                if choice(choices, find(RecordKind::Objective, theirs.id.0)) == Side::Incoming {
                    workspace.objectives[index] = theirs.clone();
                }
            }
            None => {
                let mut added = theirs.clone();
                if workspace
                    .objectives
                    .iter()
                    .any(|o| same_code(&o.code, &added.code))
                {
                    let taken: Vec<String> = workspace
                        .objectives
                        .iter()
                        .map(|o| o.code.clone())
                        .collect();
                    let new_code = next_free(
                        &format!("{}-", added.code.trim()),
                        taken.iter().map(String::as_str),
                    );
                    renamed.push((added.code.clone(), new_code.clone()));
                    added.code = new_code;
                }
                workspace.objectives.push(added);
            }
        }
    }
    let problems = validate(&workspace);
    Merged {
        workspace,
        renamed,
        problems,
    }
}

/// Adds records of `incoming` missing from `current`, and replaces those `side` says to take.
fn merge_records<T: Clone>(
    current: &mut Vec<T>,
    incoming: &[T],
    id: impl Fn(&T) -> Uuid,
    side: impl Fn(Uuid) -> Side,
) {
    for theirs in incoming {
        let key = id(theirs);
        match current.iter().position(|mine| id(mine) == key) {
            Some(index) => {
                if side(key) == Side::Incoming {
                    current[index] = theirs.clone();
                }
            }
            None => current.push(theirs.clone()),
        }
    }
}

/// Adds everything in `incoming` to `current` as new records: every id is new (so the same
/// template can be imported again), links follow, and codes already used get a suffix. The
/// workspace's organisation and settings are kept.
pub fn import_as_copy(current: &Workspace, incoming: &Workspace, ids: &mut dyn IdSource) -> Merged {
    let mut objective_ids: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
    for objective in &incoming.objectives {
        objective_ids.insert(objective.id, ObjectiveId::new(ids));
    }
    let mut policy_ids: HashMap<PolicyId, PolicyId> = HashMap::new();
    let mut workspace = current.clone();
    for statement in &incoming.policy {
        let id = PolicyId::new(ids);
        policy_ids.insert(statement.id, id);
        workspace.policy.push(PolicyStatement {
            id,
            ..statement.clone()
        });
    }
    let mut requirement_ids: HashMap<RequirementId, RequirementId> = HashMap::new();
    for requirement in &incoming.requirements {
        let id = RequirementId::new(ids);
        requirement_ids.insert(requirement.id, id);
        workspace.requirements.push(Requirement {
            id,
            ..requirement.clone()
        });
    }
    let mut renamed = Vec::new();
    for objective in &incoming.objectives {
        let mut copy = objective.clone();
        copy.id = objective_ids.get(&objective.id).copied().unwrap_or(copy.id);
        copy.parent = objective
            .parent
            .and_then(|p| objective_ids.get(&p).copied());
        copy.policy_links = objective
            .policy_links
            .iter()
            .filter_map(|p| policy_ids.get(p).copied())
            .collect();
        copy.requirement_links = objective
            .requirement_links
            .iter()
            .filter_map(|r| requirement_ids.get(r).copied())
            .collect();
        for kpi in &mut copy.kpis {
            kpi.id = KpiId::new(ids);
            for measurement in &mut kpi.measurements {
                measurement.id = RecordId::new(ids);
            }
        }
        if let Some(plan) = copy.plan.as_mut() {
            for action in &mut plan.actions {
                action.id = RecordId::new(ids);
            }
        }
        for review in &mut copy.reviews {
            review.id = RecordId::new(ids);
        }
        if workspace
            .objectives
            .iter()
            .any(|o| same_code(&o.code, &copy.code))
        {
            let taken: Vec<String> = workspace
                .objectives
                .iter()
                .map(|o| o.code.clone())
                .collect();
            let new_code = next_free(
                &format!("{}-", copy.code.trim()),
                taken.iter().map(String::as_str),
            );
            renamed.push((copy.code.clone(), new_code.clone()));
            copy.code = new_code;
        }
        workspace.objectives.push(copy);
    }
    for communication in &incoming.communications {
        let mut copy = communication.clone();
        copy.id = RecordId::new(ids);
        copy.objectives = communication
            .objectives
            .iter()
            .filter_map(|o| objective_ids.get(o).copied())
            .collect();
        workspace.communications.push(copy);
    }
    let problems = validate(&workspace);
    Merged {
        workspace,
        renamed,
        problems,
    }
}
