//! The commands on objectives as a whole (create, replace, edit a field, move, delete) and the
//! checks an objective must pass to sit in the workspace: a free, well-formed code, a title,
//! a parent at or above its level, existing links and unique KPI ids.

use super::error::{check_rules, CommandError};
use super::label::ChangeLabel;
use super::snapshot::Recorder;
use crate::domain::code::{normalise_code, same_code};
use crate::domain::hashing::HashSet;
use crate::domain::ids::{ObjectiveId, PolicyId, RequirementId};
use crate::domain::model::{
    Approval, CommunicationPlan, Contribution, Level, Monitoring, Objective, Plan, Revision,
    RevisionReason, Status, Timestamp, UpdatePolicy, Workspace,
};

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
    /// The "also contributes to" links.
    ContributesTo(Vec<Contribution>),
    /// Who approved the objective, and when.
    Approval(Approval),
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
    // Through parents alone, or through "also contributes to" links as well.
    if workspace.is_ancestor_or_self(id, parent_id) || workspace.reaches(parent_id, id) {
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

/// Checks the "also contributes to" links of `objective` (as it will be stored): each names
/// another existing objective, not its parent, once, at its level or above, without closing a
/// loop of parents and links.
fn check_contributions(workspace: &Workspace, objective: &Objective) -> Result<(), CommandError> {
    let mut linked = HashSet::default();
    for link in &objective.contributes_to {
        if link.objective == objective.id {
            return Err(CommandError::ContributionToSelf);
        }
        let target = workspace
            .objective(link.objective)
            .ok_or(CommandError::ContributionNotFound)?;
        let code = target.code.clone();
        if !linked.insert(link.objective) {
            return Err(CommandError::ContributionDuplicate { code });
        }
        if objective.parent == Some(link.objective) {
            return Err(CommandError::ContributionToParent { code });
        }
        if !target.level.may_parent(objective.level) {
            return Err(CommandError::LevelAboveContribution {
                level: objective.level,
                target_code: code,
                target_level: target.level,
            });
        }
        // The stored links of the other objectives decide whether the target already leads
        // back here; this objective's own links are the ones being checked.
        if workspace.reaches(link.objective, objective.id) {
            return Err(CommandError::ContributionCycle { code });
        }
    }
    Ok(())
}

/// Checks that every objective contributing to `id` may do so once `id` is at `level`.
fn check_contributors(
    workspace: &Workspace,
    id: ObjectiveId,
    level: Level,
) -> Result<(), CommandError> {
    match workspace
        .contributors_to(id)
        .find(|(contributor, _)| !level.may_parent(contributor.level))
    {
        Some((contributor, _)) => Err(CommandError::ContributorAboveLevel {
            level,
            contributor_code: contributor.code.clone(),
            contributor_level: contributor.level,
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
    check_contributions(workspace, objective)?;
    check_contributors(workspace, objective.id, objective.level)?;
    let mut kpi_ids = HashSet::default();
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
    // An objective that came without a log (an older or hand-written file) starts one when it
    // is saved as a whole: the version saved is its first documented one. The wizard's review
    // step shows the check of that version, so the save must record what it showed.
    if objective.revisions.is_empty() {
        objective.revisions.push(first_revision(r.now));
    }
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
            check_contributors(r.workspace, id, level)?;
            let mut changed = current.clone();
            changed.level = level;
            check_contributions(r.workspace, &changed)?;
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
        ObjectiveEdit::ContributesTo(links) => {
            let mut changed = current.clone();
            changed.contributes_to = links;
            check_contributions(r.workspace, &changed)?;
            r.objective_mut(id)?.contributes_to = changed.contributes_to;
        }
        ObjectiveEdit::Approval(approval) => r.objective_mut(id)?.approval = approval,
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
    if let Some(linked) = parent.and_then(|p| {
        r.workspace
            .objective(id)
            .filter(|o| o.contributes_to.iter().any(|link| link.objective == p))
            .and(r.workspace.objective(p))
    }) {
        return Err(CommandError::ContributionToParent {
            code: linked.code.clone(),
        });
    }
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
                let child = r.objective_mut(child)?;
                child.parent = grandparent;
                // A link to the new parent says nothing more than the parent link.
                child
                    .contributes_to
                    .retain(|link| Some(link.objective) != grandparent);
            }
            vec![id]
        }
    };
    for gone in &doomed {
        r.touch_objective(*gone);
    }
    let doomed_set: HashSet<ObjectiveId> = doomed.iter().copied().collect();
    // Links to removed objectives go with them. They are changed before anything is removed,
    // so undo records every objective at its old position.
    let linking: Vec<ObjectiveId> = r
        .workspace
        .objectives
        .iter()
        .filter(|o| !doomed_set.contains(&o.id))
        .filter(|o| {
            o.contributes_to
                .iter()
                .any(|link| doomed_set.contains(&link.objective))
        })
        .map(|o| o.id)
        .collect();
    for objective in linking {
        r.objective_mut(objective)?
            .contributes_to
            .retain(|link| !doomed_set.contains(&link.objective));
    }
    r.workspace
        .objectives
        .retain(|o| !doomed_set.contains(&o.id));
    // Communication records are history: they keep the ids of objectives deleted since.
    Ok(ChangeLabel::ObjectiveDeleted {
        code,
        count: doomed.len(),
    })
}
