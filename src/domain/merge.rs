//! What an import would change, and the two ways of combining a file with the workspace:
//! merging by id (the newer change wins, differences listed for the user to decide) and
//! importing as a copy (every record gets a new id, for trainers' templates).
//!
//! Files can hold tens of thousands of records, so every function here is linear: records are
//! found through maps by id, and taken codes through a set of code keys.

use super::code::{code_key, next_free_among};
use super::ids::IdSource;
use super::model::{
    Assessment, Communication, Contribution, Level, Objective, PolicyStatement, Requirement,
    Workspace,
};
use super::validate::{validate, Problem};
use super::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use crate::domain::hashing::{HashMap, HashSet};
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
///
/// One map of the workspace's objectives by id, each marked when a file's objective matches
/// it: those left unmarked are the removed ones, without a second set of the file's ids.
pub fn compare(current: &Workspace, incoming: &Workspace) -> Comparison {
    let mine: HashMap<ObjectiveId, usize> = current
        .objectives
        .iter()
        .enumerate()
        .map(|(position, o)| (o.id, position))
        .collect();
    let mut matched = vec![false; current.objectives.len()];
    let mut comparison = Comparison::default();
    for objective in &incoming.objectives {
        match mine.get(&objective.id) {
            None => comparison.added.push(ObjectiveRef::of(objective)),
            Some(&position) => {
                matched[position] = true;
                if current.objectives[position] == *objective {
                    comparison.unchanged += 1;
                } else {
                    comparison.changed.push(ObjectiveRef::of(objective));
                }
            }
        }
    }
    comparison.removed = current
        .objectives
        .iter()
        .zip(matched)
        .filter(|(_, matched)| !matched)
        .map(|(o, _)| ObjectiveRef::of(o))
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

/// The records of `list` by id.
fn by_id<T>(list: &[T], id: impl Fn(&T) -> Uuid) -> HashMap<Uuid, &T> {
    list.iter().map(|record| (id(record), record)).collect()
}

/// The differences a merge by id has to decide, in the file's order: the organisation, then
/// objectives, policy statements, requirements and communications.
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
    let mine = by_id(&current.objectives, |o| o.id.0);
    for theirs in &incoming.objectives {
        if let Some(mine) = mine.get(&theirs.id.0).filter(|mine| **mine != theirs) {
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
    // Records without a time of change: mine stays unless the user takes theirs.
    let mut plain = |kind: RecordKind, id: Uuid, label: String| {
        found.push(Difference {
            kind,
            id,
            label,
            default: Side::Current,
            newer: None,
        })
    };
    let mine = by_id(&current.policy, |p| p.id.0);
    for theirs in &incoming.policy {
        if mine.get(&theirs.id.0).is_some_and(|mine| *mine != theirs) {
            plain(
                RecordKind::PolicyStatement,
                theirs.id.0,
                theirs.reference.clone(),
            );
        }
    }
    let mine = by_id(&current.requirements, |r| r.id.0);
    for theirs in &incoming.requirements {
        if mine.get(&theirs.id.0).is_some_and(|mine| *mine != theirs) {
            plain(
                RecordKind::Requirement,
                theirs.id.0,
                theirs.reference.clone(),
            );
        }
    }
    let mine = by_id(&current.communications, |c| c.id.0);
    for theirs in &incoming.communications {
        if mine.get(&theirs.id.0).is_some_and(|mine| *mine != theirs) {
            plain(
                RecordKind::Communication,
                theirs.id.0,
                theirs.date.to_string(),
            );
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

/// Merges `incoming` into `current` by id: records only in one of them are kept, records in
/// both take the side `choices` names (or the difference's default).
pub fn merge(current: &Workspace, incoming: &Workspace, choices: &HashMap<Uuid, Side>) -> Merged {
    merge_with(current, incoming, &differences(current, incoming), choices)
}

/// [`merge`] with the differences already found (the preview lists them first, and each
/// choice made there merges again without finding them again).
pub fn merge_with(
    current: &Workspace,
    incoming: &Workspace,
    differences: &[Difference],
    choices: &HashMap<Uuid, Side>,
) -> Merged {
    let sides: HashMap<(RecordKind, Uuid), Side> = differences
        .iter()
        .map(|d| {
            let side = choices.get(&d.id).copied().unwrap_or(d.default);
            ((d.kind, d.id), side)
        })
        .collect();
    // A record that does not differ is the same on both sides: keeping mine is keeping it.
    let side =
        |kind: RecordKind, id: Uuid| sides.get(&(kind, id)).copied().unwrap_or(Side::Current);
    let mut workspace = current.clone();

    if side(RecordKind::Organisation, Uuid::nil()) == Side::Incoming {
        workspace.organisation = incoming.organisation.clone();
    }
    merge_records(
        &mut workspace.policy,
        &incoming.policy,
        |p: &PolicyStatement| p.id.0,
        |id| side(RecordKind::PolicyStatement, id),
    );
    merge_records(
        &mut workspace.requirements,
        &incoming.requirements,
        |r: &Requirement| r.id.0,
        |id| side(RecordKind::Requirement, id),
    );
    merge_records(
        &mut workspace.communications,
        &incoming.communications,
        |c: &Communication| c.id.0,
        |id| side(RecordKind::Communication, id),
    );
    // Self-assessments are history: new ones are added, and one in both is kept as it is.
    merge_records(
        &mut workspace.assessments,
        &incoming.assessments,
        |a: &Assessment| a.id.0,
        |_| Side::Current,
    );

    // Objectives in both first, so that the codes they end up with are known to be taken
    // before the added ones are given theirs.
    let positions: HashMap<ObjectiveId, usize> = workspace
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    let mut added = Vec::new();
    for theirs in &incoming.objectives {
        match positions.get(&theirs.id) {
            Some(&index) => {
                if side(RecordKind::Objective, theirs.id.0) == Side::Incoming {
                    workspace.objectives[index] = theirs.clone();
                }
            }
            None => added.push(theirs),
        }
    }
    let mut codes = TakenCodes::of(&workspace.objectives);
    let mut renamed = Vec::new();
    for theirs in added {
        codes.push(&mut workspace.objectives, theirs.clone(), &mut renamed);
    }
    let problems = validate(&workspace);
    Merged {
        workspace,
        renamed,
        problems,
    }
}

/// The codes objectives use, as code keys, for giving added objectives a free one.
struct TakenCodes(HashSet<String>);

impl TakenCodes {
    fn of(objectives: &[Objective]) -> Self {
        TakenCodes(objectives.iter().map(|o| code_key(&o.code)).collect())
    }

    /// Adds `objective` to `objectives`; when its code is taken it gets the next free
    /// `CODE-n` instead, and the change is recorded in `renamed` as (old code, new code).
    fn push(
        &mut self,
        objectives: &mut Vec<Objective>,
        mut objective: Objective,
        renamed: &mut Vec<(String, String)>,
    ) {
        if self.0.contains(&code_key(&objective.code)) {
            let new_code = next_free_among(&format!("{}-", objective.code.trim()), &self.0);
            let old = std::mem::replace(&mut objective.code, new_code);
            renamed.push((old, objective.code.clone()));
        }
        self.0.insert(code_key(&objective.code));
        objectives.push(objective);
    }
}

/// Adds records of `incoming` missing from `current`, and replaces those `side` says to take.
fn merge_records<T: Clone>(
    current: &mut Vec<T>,
    incoming: &[T],
    id: impl Fn(&T) -> Uuid,
    side: impl Fn(Uuid) -> Side,
) {
    let positions: HashMap<Uuid, usize> = current
        .iter()
        .enumerate()
        .map(|(i, mine)| (id(mine), i))
        .collect();
    for theirs in incoming {
        let key = id(theirs);
        match positions.get(&key) {
            Some(&index) => {
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
    let mut objective_ids: HashMap<ObjectiveId, ObjectiveId> = HashMap::default();
    for objective in &incoming.objectives {
        objective_ids.insert(objective.id, ObjectiveId::new(ids));
    }
    let mut policy_ids: HashMap<PolicyId, PolicyId> = HashMap::default();
    let mut workspace = current.clone();
    for statement in &incoming.policy {
        let id = PolicyId::new(ids);
        policy_ids.insert(statement.id, id);
        workspace.policy.push(PolicyStatement {
            id,
            ..statement.clone()
        });
    }
    let mut requirement_ids: HashMap<RequirementId, RequirementId> = HashMap::default();
    for requirement in &incoming.requirements {
        let id = RequirementId::new(ids);
        requirement_ids.insert(requirement.id, id);
        workspace.requirements.push(Requirement {
            id,
            ..requirement.clone()
        });
    }
    let mut codes = TakenCodes::of(&workspace.objectives);
    let mut renamed = Vec::new();
    for objective in &incoming.objectives {
        let mut copy = objective.clone();
        copy.id = objective_ids.get(&objective.id).copied().unwrap_or(copy.id);
        copy.parent = objective
            .parent
            .and_then(|p| objective_ids.get(&p).copied());
        copy.contributes_to = objective
            .contributes_to
            .iter()
            .filter_map(|link| {
                let objective = objective_ids.get(&link.objective).copied()?;
                Some(Contribution { objective, ..*link })
            })
            .collect();
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
        codes.push(&mut workspace.objectives, copy, &mut renamed);
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
    for assessment in &incoming.assessments {
        let mut copy = assessment.clone();
        copy.id = RecordId::new(ids);
        for answer in &mut copy.answers {
            answer.action.added_to = answer
                .action
                .added_to
                .and_then(|o| objective_ids.get(&o).copied());
        }
        workspace.assessments.push(copy);
    }
    let problems = validate(&workspace);
    Merged {
        workspace,
        renamed,
        problems,
    }
}
