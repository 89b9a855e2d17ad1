//! Every change to the workspace is a [`Command`] applied by [`apply`], the one place that
//! mutates the document. A command either succeeds and keeps every invariant of
//! [`crate::domain::validate`], or fails with a [`CommandError`] and changes nothing.
//!
//! Applying returns a [`Snapshot`] of exactly the parts it touched, taken before the change;
//! the undo history restores it.
//!
//! Records kept in lists (policy statements, requirements, KPIs, measurements, reviews,
//! communications, plan actions) share one shape: [`Command::Record`] carries a [`Change`]
//! of one record of a [`Record`] kind, applied by one function (see `record`).

mod error;
mod label;
mod objective;
mod record;
mod records;
mod revisions;
mod snapshot;

pub use error::CommandError;
pub use label::{ChangeLabel, RecordKind, Verb};
pub use objective::{first_revision, ChildrenOnDelete, ObjectiveEdit};
pub use record::{Change, Done, Place, Record, RecordChange, RecordKey, RecordOp, TopLevel};
pub use records::{closing_status, default_next_review, latest_review};
pub use revisions::revert_preview;
pub use snapshot::{Recorder, Snapshot, TopList};

use crate::domain::exercise::ExerciseLog;
use crate::domain::ids::{ObjectiveId, PolicyId};
use crate::domain::model::{
    Objective, Organisation, PolicyStatement, RevisionReason, Settings, Timestamp, Workspace,
};
use crate::domain::validate::validate;
use error::check_rules;

/// A user's intent to change the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetOrganisation(Organisation),
    MovePolicy {
        id: PolicyId,
        to: usize,
    },
    /// Adds an objective; it gets revision 1 if it has no revision yet.
    CreateObjective(Box<Objective>),
    /// Replaces the objective with the same id as a whole (a wizard's save), keeping its
    /// place in the register and its creation time.
    ReplaceObjective(Box<Objective>),
    EditObjective {
        id: ObjectiveId,
        edit: ObjectiveEdit,
    },
    MoveObjective {
        id: ObjectiveId,
        parent: Option<ObjectiveId>,
    },
    DeleteObjective {
        id: ObjectiveId,
        children: ChildrenOnDelete,
    },
    /// Adds, edits or removes one record of a list; built with [`Command::add`],
    /// [`Command::edit`] and [`Command::remove`].
    Record(RecordChange),
    /// Loads the example, imports a file or starts afresh.
    ReplaceWorkspace(Box<Workspace>),
    /// Sets the progress thresholds: shares (0–1) of the expected progress below which a KPI
    /// is at risk and off track; `None` uses the default.
    SetThresholds {
        at_risk_below: Option<f64>,
        off_track_below: Option<f64>,
    },
    /// Gives the reason of an open revision (one whose edits still fold into it), which
    /// closes it: later edits start a new revision.
    StateRevisionReason {
        objective: ObjectiveId,
        number: u32,
        reason: RevisionReason,
        note: String,
        approved_by: String,
    },
    /// Sets the fields a revision changed back to their values before it, as a new revision
    /// whose reason is the revert.
    RevertRevision {
        objective: ObjectiveId,
        number: u32,
        note: String,
        approved_by: String,
    },
    /// Sets the exercise the workspace was loaded from and the findings logged on it (`None`
    /// leaves exercise mode).
    SetExercise(Option<Box<ExerciseLog>>),
    /// Several commands applied as one: all succeed, or none has any effect. The change is
    /// labelled by the last command.
    Batch(Vec<Command>),
}

/// What a successful command did, for the undo history and for announcements.
#[derive(Clone, Debug)]
pub struct Applied {
    pub before: Snapshot,
    pub label: ChangeLabel,
}

/// Groups consecutive edits of the same thing into one undo step (typing a title is one step).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoalesceKey {
    Organisation,
    ObjectiveField(ObjectiveId, std::mem::Discriminant<ObjectiveEdit>),
    /// Typing in a record whose kind merges typing (see [`Record::MERGES_TYPING`]).
    Record(RecordKey),
}

impl Command {
    /// Adds `record` at the end of its list at `at` (the workspace's, an objective's or a
    /// KPI's); its id must be new.
    pub fn add<R: Record>(at: R::Place, record: R) -> Command {
        Command::Record(R::wrap(Change {
            at,
            op: RecordOp::Add(record),
        }))
    }

    /// Replaces the record with the same id as `record` in its list at `at`.
    pub fn edit<R: Record>(at: R::Place, record: R) -> Command {
        Command::Record(R::wrap(Change {
            at,
            op: RecordOp::Edit(record),
        }))
    }

    /// Removes the record `id` of kind `R` from its list at `at`.
    pub fn remove<R: Record>(at: R::Place, id: R::Id) -> Command {
        Command::Record(R::wrap(Change {
            at,
            op: RecordOp::Remove(id),
        }))
    }

    /// The key under which this command merges with the previous undo step, if it may.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Command::SetOrganisation(_) => Some(CoalesceKey::Organisation),
            Command::EditObjective { id, edit } => match edit {
                // Choices are deliberate single steps; only typed text merges.
                ObjectiveEdit::Level(_)
                | ObjectiveEdit::Status(_)
                | ObjectiveEdit::PolicyLinks(_)
                | ObjectiveEdit::RequirementLinks(_)
                | ObjectiveEdit::Plan(_)
                | ObjectiveEdit::ContributesTo(_) => None,
                _ => Some(CoalesceKey::ObjectiveField(
                    *id,
                    std::mem::discriminant(edit),
                )),
            },
            Command::Record(change) => change.merge_key().map(CoalesceKey::Record),
            _ => None,
        }
    }

    /// The objective whose wording alone the command rewrites: its title or description (and
    /// the revision log entry that records the edit). Such a change leaves everything the tree,
    /// the progress roll-up and the lists of owners and functions read as it was, so the app
    /// does not recompute them while someone types a title.
    pub fn edits_only_wording(&self) -> Option<ObjectiveId> {
        match self {
            Command::EditObjective {
                id,
                edit: ObjectiveEdit::Title(_) | ObjectiveEdit::Description(_),
            } => Some(*id),
            _ => None,
        }
    }

    /// The reason and approver the command itself gives for the changes it makes, if it
    /// knows them: a review's decision (such as closing the objective as achieved) is
    /// recorded as such.
    fn decided(&self) -> Option<(RevisionReason, String)> {
        match self {
            Command::Record(change) => change.decided(),
            _ => None,
        }
    }
}

/// Applies `command` to `workspace` at time `now`. On error the workspace is unchanged.
pub fn apply(
    workspace: &mut Workspace,
    command: Command,
    now: Timestamp,
) -> Result<Applied, CommandError> {
    let mut recorder = Recorder::new(workspace, now);
    match run(&mut recorder, command) {
        Ok(label) => Ok(Applied {
            before: recorder.before,
            label,
        }),
        Err(error) => {
            // Roll back whatever was changed before the error was found.
            recorder.before.restore(recorder.workspace);
            Err(error)
        }
    }
}

/// Runs one command, then records what it changed in the revision log of each objective it
/// edited; the commands of a batch are recorded one by one.
fn run(r: &mut Recorder<'_>, command: Command) -> Result<ChangeLabel, CommandError> {
    if matches!(command, Command::Batch(_)) {
        return run_command(r, command);
    }
    let decided = command.decided();
    r.step.clear();
    let label = run_command(r, command)?;
    revisions::log_revisions(r, decided);
    Ok(label)
}

fn run_command(r: &mut Recorder<'_>, command: Command) -> Result<ChangeLabel, CommandError> {
    match command {
        Command::SetOrganisation(organisation) => {
            check_rules(&organisation)?;
            check_not_relevant_marks(&organisation)?;
            r.touch_organisation();
            r.workspace.organisation = organisation;
            Ok(ChangeLabel::Organisation)
        }
        Command::MovePolicy { id, to } => {
            let policy = r.workspace.policy.iter().position(|p| p.id == id);
            let index = policy.ok_or(CommandError::PolicyNotFound)?;
            let policy = r.top_list_mut::<PolicyStatement>();
            let statement = policy.remove(index);
            let to = to.min(policy.len());
            policy.insert(to, statement);
            Ok(ChangeLabel::PolicyMoved)
        }
        Command::CreateObjective(objective) => objective::create_objective(r, *objective),
        Command::ReplaceObjective(objective) => objective::replace_objective(r, *objective),
        Command::EditObjective { id, edit } => objective::edit_objective(r, id, edit),
        Command::MoveObjective { id, parent } => objective::move_objective(r, id, parent),
        Command::DeleteObjective { id, children } => objective::delete_objective(r, id, children),
        Command::Record(change) => change.apply(r),
        Command::ReplaceWorkspace(replacement) => {
            let problems = validate(&replacement);
            if !problems.is_empty() {
                return Err(CommandError::Inconsistent(
                    problems.into_iter().take(10).collect(),
                ));
            }
            r.replace_workspace(*replacement);
            Ok(ChangeLabel::WorkspaceReplaced)
        }
        Command::SetThresholds {
            at_risk_below,
            off_track_below,
        } => {
            check_rules(&Settings {
                at_risk_below,
                off_track_below,
            })?;
            r.touch_settings();
            r.workspace.settings.at_risk_below = at_risk_below;
            r.workspace.settings.off_track_below = off_track_below;
            Ok(ChangeLabel::ThresholdsChanged)
        }
        Command::StateRevisionReason {
            objective,
            number,
            reason,
            note,
            approved_by,
        } => revisions::state_revision_reason(r, objective, number, reason, note, approved_by),
        Command::RevertRevision {
            objective,
            number,
            note,
            approved_by,
        } => revisions::revert_revision(r, objective, number, note, approved_by),
        Command::SetExercise(exercise) => {
            if let Some(exercise) = &exercise {
                let mut found = Vec::new();
                crate::domain::rules::problems_at(exercise.as_ref(), "exercise", &mut found);
                if !found.is_empty() {
                    return Err(CommandError::Inconsistent(found));
                }
            }
            r.touch_exercise();
            r.workspace.exercise = exercise.map(|exercise| *exercise);
            Ok(ChangeLabel::ExerciseFindings)
        }
        Command::Batch(commands) => {
            let mut label = None;
            for command in commands {
                label = Some(run(r, command)?);
            }
            label.ok_or(CommandError::NothingToDo)
        }
    }
}

/// Functions and levels marked not relevant name a function and give the reason (a form's
/// rule: a mark without a reason does not count in the check).
fn check_not_relevant_marks(organisation: &Organisation) -> Result<(), CommandError> {
    if organisation
        .functions_not_relevant
        .iter()
        .any(|mark| mark.function.trim().is_empty())
    {
        return Err(CommandError::TextEmpty);
    }
    let reasons = organisation
        .functions_not_relevant
        .iter()
        .map(|mark| &mark.reason)
        .chain(
            organisation
                .levels_not_relevant
                .iter()
                .map(|mark| &mark.reason),
        );
    if reasons.into_iter().any(|reason| reason.trim().is_empty()) {
        return Err(CommandError::NotRelevantReasonEmpty);
    }
    Ok(())
}
