//! The commands' part in the revision log (clause 6.2.1 f): after each command, what it changed
//! in every objective it touched is logged ([`log_revisions`]); stating a revision's reason
//! closes it; reverting sets a revision's fields back as a new revision.

use super::error::{check_rules, CommandError};
use super::label::ChangeLabel;
use super::objective::{check_children, check_code, check_whole_objective};
use super::snapshot::Recorder;
use crate::domain::hashing::HashSet;
use crate::domain::ids::ObjectiveId;
use crate::domain::model::{FieldChange, Objective, Revision, RevisionReason, Workspace};
use crate::domain::revision::{self, RevertError};

/// Records in the revision log of every objective the last command edited what it changed
/// (see [`revision::log_edit`]). Objectives created by this change (even earlier in its
/// batch) have revision 1 already; commands that wrote the log themselves (stating a reason,
/// reverting) are left as they are.
pub(super) fn log_revisions(r: &mut Recorder<'_>, decided: Option<(RevisionReason, String)>) {
    let created: HashSet<ObjectiveId> = r.before.created_objectives().collect();
    for (id, before) in std::mem::take(&mut r.step) {
        let Some(before) = before else { continue };
        if created.contains(&id) {
            continue;
        }
        let Some(index) = r.workspace.objective_index(id) else {
            continue;
        };
        let after = &mut r.workspace.objectives[index];
        if after.revisions != before.revisions {
            continue;
        }
        match &decided {
            Some((reason, approved_by)) => {
                revision::log_decided(&before, after, r.now, *reason, approved_by)
            }
            None => revision::log_edit(&before, after, r.now),
        }
    }
}

pub(super) fn state_revision_reason(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    number: u32,
    reason: RevisionReason,
    note: String,
    approved_by: String,
) -> Result<ChangeLabel, CommandError> {
    if !RevisionReason::STATED.contains(&reason) {
        return Err(CommandError::RevisionReasonMissing);
    }
    let note = note.trim().to_string();
    if reason == RevisionReason::Other && note.is_empty() {
        return Err(CommandError::RevisionNoteMissing);
    }
    let approved_by = approved_by.trim().to_string();
    let stated = Revision {
        number,
        at: r.now,
        reason,
        note,
        approved_by,
        changes: Vec::new(),
    };
    check_rules(&stated)?;
    let index = r
        .objective(id)?
        .revisions
        .iter()
        .position(|revision| revision.number == number)
        .ok_or(CommandError::RevisionNotFound)?;
    let now = r.now;
    let objective = r.objective_mut(id)?;
    let revision = &mut objective.revisions[index];
    if !revision.is_open() {
        return Err(CommandError::RevisionClosed);
    }
    revision.reason = reason;
    revision.note = stated.note;
    revision.approved_by = stated.approved_by;
    // The revision is dated when its reason is recorded: that is when it takes effect.
    revision.at = now;
    Ok(ChangeLabel::RevisionRecorded {
        code: objective.code.clone(),
    })
}

/// The objective as reverting revision `number` would leave it, and the changes that makes,
/// or why it cannot be reverted. The history view uses it to show what a revert will do
/// before the user confirms.
pub fn revert_preview(
    workspace: &Workspace,
    id: ObjectiveId,
    number: u32,
) -> Result<(Objective, Vec<FieldChange>), CommandError> {
    let current = workspace
        .objective(id)
        .ok_or(CommandError::ObjectiveNotFound)?;
    if let Some(open) = current.revisions.iter().find(|r| r.is_open()) {
        return Err(CommandError::RevisionOpen {
            number: open.number,
        });
    }
    let reverted = current
        .revisions
        .iter()
        .find(|r| r.number == number)
        .ok_or(CommandError::RevisionNotFound)?;
    if reverted.changes.is_empty() {
        return Err(CommandError::NothingToRevert);
    }
    let mut result =
        revision::undo_changes(current, &reverted.changes).map_err(|error| match error {
            RevertError::Missing { field } => CommandError::RevertMissing { field },
            RevertError::Malformed { field } => CommandError::RevertMalformed { field },
        })?;
    let found = revision::changes(current, &result);
    if found.is_empty() {
        return Err(CommandError::NothingToRevert);
    }
    // The same rules as for any whole objective: the code may have been taken since, a
    // parent or policy statement removed, a child put at a level the old one cannot hold.
    result.code = check_code(workspace, &result.code, Some(id))?;
    check_whole_objective(workspace, &result)?;
    check_children(workspace, id, result.level)?;
    Ok((result, found))
}

pub(super) fn revert_revision(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    number: u32,
    note: String,
    approved_by: String,
) -> Result<ChangeLabel, CommandError> {
    let mut revert = Revision {
        number: 0,
        at: r.now,
        reason: RevisionReason::Revert,
        note: note.trim().to_string(),
        approved_by: approved_by.trim().to_string(),
        changes: Vec::new(),
    };
    check_rules(&revert)?;
    let (mut result, found) = revert_preview(r.workspace, id, number)?;
    revert.number = revision::next_number(&result);
    revert.changes = found;
    result.revisions.push(revert);
    result.updated = r.now;
    let code = result.code.clone();
    let slot = r.objective_mut(id)?;
    *slot = result;
    Ok(ChangeLabel::RevisionReverted { code })
}
