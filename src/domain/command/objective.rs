//! The commands on objectives as a whole (create, replace, edit a field, move, delete) and the
//! checks an objective must pass to sit in the workspace: a free, well-formed code, a title,
//! a parent at or above its level, existing links and unique KPI ids.

use super::error::{check_rules, CommandError};
use super::label::ChangeLabel;
use super::snapshot::Recorder;
use crate::domain::code::{normalise_code, same_code};
use crate::domain::ids::{ObjectiveId, PolicyId, RequirementId};
use crate::domain::model::{
    CommunicationPlan, Level, Monitoring, Objective, Plan, Revision, RevisionReason, Status,
    Timestamp, UpdatePolicy, Workspace,
};
use std::collections::HashSet;

/// A change to one field of an objective.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjectiveEdit {
    Code(String),
    Title(String),
    Description(String),
    Level(Level),
    ParentLink(String),
    Function(String),
    Owner(String),
    Status(Status),
    PolicyLinks(Vec<PolicyId>),
    RequirementLinks(Vec<RequirementId>),
    NoRequirementsReason(Option<String>),
    Monitoring(Monitoring),
    Communication(CommunicationPlan),
    Updating(UpdatePolicy),
    Plan(Option<Plan>),
    /// The objective's weight in its parent's progress roll-up (`None`: the default, 1).
    Weight(Option<f64>),
}

/// What happens to the children of a deleted objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChildrenOnDelete {
    /// Delete them and everything below them too.
    DeleteAll,
    /// Attach them to the deleted objective's parent (or leave them without a parent).
    MoveUp,
}

/// Checks that `code` is well formed and not used by any objective other than `except`.
pub(super) fn check_code(
    workspace: &Workspace,
    code: &str,
    except: Option<ObjectiveId>,
) -> Result<String, CommandError> {
    let code = normalise_code(code).map_err(CommandError::BadCode)?;
    let taken = workspace
        .objectives
        .iter()
        .any(|o| Some(o.id) != except && same_code(&o.code, &code));
    if taken {
        return Err(CommandError::CodeTaken { code });
    }
    Ok(code)
}

/// An objective needs a title: a form's rule (its length is a field rule).
fn check_title(title: &str) -> Result<(), CommandError> {
    if title.trim().is_empty() {
        return Err(CommandError::TitleEmpty);
    }
    Ok(())
}

/// Checks that `id` (at `level`) may sit below `parent`.
fn check_parent(
    workspace: &Workspace,
    id: ObjectiveId,
    parent: Option<ObjectiveId>,
    level: Level,
) -> Result<(), CommandError> {
    let Some(parent_id) = parent else {
        return Ok(());
    };
    let parent = workspace
        .objective(parent_id)
        .ok_or(CommandError::ParentNotFound)?;
    if workspace.is_ancestor_or_self(id, parent_id) {
        return Err(CommandError::Cycle);
    }
    if !parent.level.may_parent(level) {
        return Err(CommandError::LevelAboveParent {
            level,
            parent_code: parent.code.clone(),
            parent_level: parent.level,
        });
    }
    Ok(())
}

/// Checks that every child of `id` may sit below an objective at `level`.
pub(super) fn check_children(
    workspace: &Workspace,
    id: ObjectiveId,
    level: Level,
) -> Result<(), CommandError> {
    match workspace
        .children_of(id)
        .find(|child| !level.may_parent(child.level))
    {
        Some(child) => Err(CommandError::ChildAboveLevel {
            level,
            child_code: child.code.clone(),
            child_level: child.level,
        }),
        None => Ok(()),
    }
}

fn check_links(workspace: &Workspace, objective: &Objective) -> Result<(), CommandError> {
    if objective
        .policy_links
        .iter()
        .any(|p| workspace.policy_statement(*p).is_none())
    {
        return Err(CommandError::PolicyNotFound);
    }
    if objective
        .requirement_links
        .iter()
        .any(|q| workspace.requirement(*q).is_none())
    {
        return Err(CommandError::RequirementNotFound);
    }
    Ok(())
}

pub(super) fn create_objective(
    r: &mut Recorder<'_>,
    mut objective: Objective,
) -> Result<ChangeLabel, CommandError> {
    if r.workspace.objective(objective.id).is_some() {
        return Err(CommandError::DuplicateId);
    }
    objective.code = check_code(r.workspace, &objective.code, None)?;
    check_whole_objective(r.workspace, &objective)?;
    objective.created = r.now;
    objective.updated = r.now;
    if objective.revisions.is_empty() {
        objective.revisions.push(first_revision(r.now));
    }
    let code = objective.code.clone();
    r.touch_objective(objective.id);
    r.workspace.objectives.push(objective);
    Ok(ChangeLabel::ObjectiveCreated { code })
}

/// The revision every objective starts with: documented information from its creation.
pub fn first_revision(at: Timestamp) -> Revision {
    Revision {
        number: 1,
        at,
        reason: RevisionReason::Created,
        note: String::new(),
        approved_by: String::new(),
        changes: Vec::new(),
    }
}

/// Checks everything a whole objective must satisfy to sit in the workspace, except its id.
pub(super) fn check_whole_objective(
    workspace: &Workspace,
    objective: &Objective,
) -> Result<(), CommandError> {
    check_title(&objective.title)?;
    if objective.kpis.iter().any(|kpi| kpi.name.trim().is_empty()) {
        return Err(CommandError::KpiNameEmpty);
    }
    check_rules(objective)?;
    check_parent(workspace, objective.id, objective.parent, objective.level)?;
    check_links(workspace, objective)?;
    let mut kpi_ids = HashSet::new();
    let others = workspace
        .objectives
        .iter()
        .filter(|o| o.id != objective.id)
        .flat_map(|o| &o.kpis);
    if others.chain(&objective.kpis).any(|k| !kpi_ids.insert(k.id)) {
        return Err(CommandError::DuplicateId);
    }
    Ok(())
}

pub(super) fn replace_objective(
    r: &mut Recorder<'_>,
    mut objective: Objective,
) -> Result<ChangeLabel, CommandError> {
    let id = objective.id;
    let current = r.objective(id)?;
    let created = current.created;
    objective.code = check_code(r.workspace, &objective.code, Some(id))?;
    check_whole_objective(r.workspace, &objective)?;
    check_children(r.workspace, id, objective.level)?;
    objective.created = created;
    // The log belongs to the workspace, not to the (possibly older) copy a wizard edited:
    // the replacement is recorded in it like any other edit.
    objective.revisions = current.revisions.clone();
    // So are the reviews: records made since the wizard took its copy must not be lost.
    objective.reviews = current.reviews.clone();
    // And the measurements of every KPI the copy still has (the wizard does not edit them).
    for kpi in &mut objective.kpis {
        if let Some(stored) = current.kpis.iter().find(|k| k.id == kpi.id) {
            kpi.measurements = stored.measurements.clone();
        }
    }
    let code = objective.code.clone();
    let slot = r.objective_mut(id)?;
    objective.updated = slot.updated;
    *slot = objective;
    Ok(ChangeLabel::ObjectiveEdited { code })
}

pub(super) fn edit_objective(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    edit: ObjectiveEdit,
) -> Result<ChangeLabel, CommandError> {
    let current = r.objective(id)?;
    let code = current.code.clone();
    match edit {
        ObjectiveEdit::Code(new_code) => {
            let new_code = check_code(r.workspace, &new_code, Some(id))?;
            r.objective_mut(id)?.code = new_code.clone();
            return Ok(ChangeLabel::ObjectiveEdited { code: new_code });
        }
        ObjectiveEdit::Title(title) => {
            check_title(&title)?;
            r.objective_mut(id)?.title = title;
        }
        ObjectiveEdit::Description(text) => r.objective_mut(id)?.description = text,
        ObjectiveEdit::Level(level) => {
            check_parent(r.workspace, id, current.parent, level)?;
            check_children(r.workspace, id, level)?;
            r.objective_mut(id)?.level = level;
        }
        ObjectiveEdit::ParentLink(text) => r.objective_mut(id)?.parent_link = text,
        ObjectiveEdit::Function(text) => r.objective_mut(id)?.function = text,
        ObjectiveEdit::Owner(text) => r.objective_mut(id)?.owner = text,
        ObjectiveEdit::Status(status) => r.objective_mut(id)?.status = status,
        ObjectiveEdit::PolicyLinks(mut links) => {
            dedup_keep_order(&mut links);
            if links
                .iter()
                .any(|p| r.workspace.policy_statement(*p).is_none())
            {
                return Err(CommandError::PolicyNotFound);
            }
            r.objective_mut(id)?.policy_links = links;
        }
        ObjectiveEdit::RequirementLinks(mut links) => {
            dedup_keep_order(&mut links);
            if links.iter().any(|q| r.workspace.requirement(*q).is_none()) {
                return Err(CommandError::RequirementNotFound);
            }
            r.objective_mut(id)?.requirement_links = links;
        }
        ObjectiveEdit::NoRequirementsReason(reason) => {
            r.objective_mut(id)?.no_requirements_reason = reason
        }
        ObjectiveEdit::Monitoring(monitoring) => r.objective_mut(id)?.monitoring = monitoring,
        ObjectiveEdit::Communication(plan) => r.objective_mut(id)?.communication = plan,
        ObjectiveEdit::Updating(policy) => r.objective_mut(id)?.updating = policy,
        ObjectiveEdit::Plan(plan) => r.objective_mut(id)?.plan = plan,
        ObjectiveEdit::Weight(weight) => r.objective_mut(id)?.weight = weight,
    }
    // The edited objective must meet every field rule; a refusal is rolled back by `apply`.
    check_rules(r.objective(id)?)?;
    Ok(ChangeLabel::ObjectiveEdited { code })
}

pub(super) fn move_objective(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    parent: Option<ObjectiveId>,
) -> Result<ChangeLabel, CommandError> {
    let level = r.objective(id)?.level;
    check_parent(r.workspace, id, parent, level)?;
    let objective = r.objective_mut(id)?;
    objective.parent = parent;
    Ok(ChangeLabel::ObjectiveMoved {
        code: objective.code.clone(),
    })
}

fn dedup_keep_order<T: PartialEq + Copy>(items: &mut Vec<T>) {
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items.iter() {
        if !kept.contains(item) {
            kept.push(*item);
        }
    }
    *items = kept;
}

pub(super) fn delete_objective(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    children: ChildrenOnDelete,
) -> Result<ChangeLabel, CommandError> {
    let deleted = r.objective(id)?;
    let code = deleted.code.clone();
    let grandparent = deleted.parent;
    let doomed: Vec<ObjectiveId> = match children {
        ChildrenOnDelete::DeleteAll => r.workspace.subtree_ids(id),
        ChildrenOnDelete::MoveUp => {
            let orphans: Vec<ObjectiveId> = r.workspace.children_of(id).map(|c| c.id).collect();
            for child in orphans {
                // The grandparent is at or above the deleted objective's level, and so at or
                // above every child's level: moving children up never breaks the level order.
                r.objective_mut(child)?.parent = grandparent;
            }
            vec![id]
        }
    };
    for gone in &doomed {
        r.touch_objective(*gone);
    }
    let doomed_set: HashSet<ObjectiveId> = doomed.iter().copied().collect();
    r.workspace
        .objectives
        .retain(|o| !doomed_set.contains(&o.id));
    // Communication records are history: they keep the ids of objectives deleted since.
    Ok(ChangeLabel::ObjectiveDeleted {
        code,
        count: doomed.len(),
    })
}
