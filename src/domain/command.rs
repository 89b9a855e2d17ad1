//! Every change to the workspace is a [`Command`] applied by [`apply`], the one place that
//! mutates the document. A command either succeeds and keeps every invariant of
//! [`super::validate`], or fails with a [`CommandError`] and changes nothing.
//!
//! Applying returns a [`Snapshot`] of exactly the parts it touched, taken before the change;
//! the undo history restores it.

use super::code::{normalise_code, same_code, CodeProblem};
use super::ids::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use super::model::FieldChange;
use super::model::{
    Approval, Communication, CommunicationPlan, Contribution, Kpi, Level, Monitoring, Objective,
    Organisation, Plan, PolicyStatement, Requirement, Review, ReviewDecision, Revision,
    RevisionReason, Status, Timestamp, UpdatePolicy, Workspace,
};
use super::model::{Measurement, Settings};
use super::revision::{self, RevertError};
use super::rules::{first_problem, FieldProblem, Rules};
use super::validate::{validate, Problem};
use std::collections::HashSet;

/// A user's intent to change the workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetOrganisation(Organisation),
    AddPolicy(PolicyStatement),
    EditPolicy(PolicyStatement),
    /// Removes a statement and unlinks it from every objective.
    RemovePolicy(PolicyId),
    MovePolicy {
        id: PolicyId,
        to: usize,
    },
    AddRequirement(Requirement),
    EditRequirement(Requirement),
    /// Removes a requirement and unlinks it from every objective.
    RemoveRequirement(RequirementId),
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
    AddKpi {
        objective: ObjectiveId,
        kpi: Kpi,
    },
    /// Replaces the KPI with the same id.
    EditKpi {
        objective: ObjectiveId,
        kpi: Kpi,
    },
    RemoveKpi {
        objective: ObjectiveId,
        kpi: KpiId,
    },
    /// Loads the example, imports a file or starts afresh.
    ReplaceWorkspace(Box<Workspace>),
    /// Records a review (monitoring record). When it is the objective's latest review it sets
    /// the last-reviewed and next review dates, and a closing decision closes the objective.
    AddReview {
        objective: ObjectiveId,
        review: Review,
    },
    /// Replaces the review with the same id (the same effects as adding it).
    EditReview {
        objective: ObjectiveId,
        review: Review,
    },
    /// Removes a review; the objective's dates follow the latest review left.
    RemoveReview {
        objective: ObjectiveId,
        review: RecordId,
    },
    /// Adds a record to the communication register (clause 6.2.1 e).
    AddCommunication(Communication),
    /// Replaces the communication record with the same id.
    EditCommunication(Communication),
    RemoveCommunication(RecordId),
    /// Records a measurement of a KPI.
    AddMeasurement {
        objective: ObjectiveId,
        kpi: KpiId,
        measurement: Measurement,
    },
    /// Replaces the KPI's measurement with the same id.
    EditMeasurement {
        objective: ObjectiveId,
        kpi: KpiId,
        measurement: Measurement,
    },
    RemoveMeasurement {
        objective: ObjectiveId,
        kpi: KpiId,
        measurement: RecordId,
    },
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
    /// Several commands applied as one: all succeed, or none has any effect. The change is
    /// labelled by the last command.
    Batch(Vec<Command>),
}

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

/// Why a command was refused. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandError {
    ObjectiveNotFound,
    PolicyNotFound,
    RequirementNotFound,
    KpiNotFound,
    ParentNotFound,
    DuplicateId,
    BadCode(CodeProblem),
    CodeTaken {
        code: String,
    },
    TitleEmpty,
    KpiNameEmpty,
    /// A required text (a statement, a requirement, an action) is empty.
    TextEmpty,
    /// A start date falls after its due date.
    DatesInverted,
    TooLong {
        max: usize,
    },
    /// The objective would sit above its parent's level.
    LevelAboveParent {
        level: Level,
        parent_code: String,
        parent_level: Level,
    },
    /// A child would end up above the objective's new level.
    ChildAboveLevel {
        level: Level,
        child_code: String,
        child_level: Level,
    },
    /// The new parent is the objective itself or one of its descendants.
    Cycle,
    /// An "also contributes to" link names an objective that does not exist.
    ContributionNotFound,
    /// An objective cannot contribute to itself.
    ContributionToSelf,
    /// The link names the parent (`code`), to which the objective contributes already.
    ContributionToParent {
        code: String,
    },
    /// The same objective (`code`) is linked twice.
    ContributionDuplicate {
        code: String,
    },
    /// The linked objective is below the objective's level.
    LevelAboveContribution {
        level: Level,
        target_code: String,
        target_level: Level,
    },
    /// An objective that contributes to this one would sit above its new level.
    ContributorAboveLevel {
        level: Level,
        contributor_code: String,
        contributor_level: Level,
    },
    /// The link (to `code`) would close a loop of parents and links.
    ContributionCycle {
        code: String,
    },
    /// A function or level marked not relevant needs the reason.
    NotRelevantReasonEmpty,
    RangeInverted,
    NotFinite,
    /// A number larger than [`super::rules::MAX_MAGNITUDE`] either side of zero.
    NumberTooLarge,
    /// A date outside the years [`super::rules::MIN_YEAR`]–[`super::rules::MAX_YEAR`].
    DateOutOfRange,
    /// A replacement workspace breaks invariants; the first few problems are listed.
    Inconsistent(Vec<Problem>),
    /// An empty batch: there is nothing to apply.
    NothingToDo,
    MeasurementNotFound,
    /// A roll-up weight below zero.
    WeightNegative,
    /// A progress threshold outside 0–1 (0 % to 100 % of the expected progress).
    ThresholdOutOfRange,
    /// The off-track threshold is not below the at-risk threshold.
    ThresholdsInverted,
    ReviewNotFound,
    CommunicationNotFound,
    /// A review without the name of who reviewed.
    ReviewerEmpty,
    /// A review's next review date is not after the review.
    NextReviewNotAfter,
    /// A communication record names no objective.
    NoObjectives,
    /// A communication record without its audience.
    AudienceEmpty,
    /// An acknowledgement dated before the communication.
    AcknowledgedBefore,
    RevisionNotFound,
    /// The revision's reason was already given; the log is not rewritten.
    RevisionClosed,
    /// No reason was chosen for a revision (or one only commands may give).
    RevisionReasonMissing,
    /// The reason "other" needs a note saying what it is.
    RevisionNoteMissing,
    /// The objective has changes whose reason is not yet recorded: a revert would mix them up.
    RevisionOpen {
        number: u32,
    },
    /// The revision changed nothing that a revert could set back (such as the creation), or
    /// its fields already have their earlier values.
    NothingToRevert,
    /// A field the revision changed belongs to a record (a KPI, an action) removed since.
    RevertMissing {
        field: String,
    },
    /// The revision log holds a value that cannot be restored.
    RevertMalformed {
        field: String,
    },
}

impl From<FieldProblem> for CommandError {
    fn from(problem: FieldProblem) -> Self {
        match problem {
            FieldProblem::TooLong { max } => CommandError::TooLong { max },
            FieldProblem::NotFinite => CommandError::NotFinite,
            FieldProblem::TooLarge => CommandError::NumberTooLarge,
            FieldProblem::WeightNegative => CommandError::WeightNegative,
            FieldProblem::ThresholdOutOfRange => CommandError::ThresholdOutOfRange,
            FieldProblem::ThresholdsInverted => CommandError::ThresholdsInverted,
            FieldProblem::RangeInverted => CommandError::RangeInverted,
            FieldProblem::DatesInverted => CommandError::DatesInverted,
            FieldProblem::NextReviewNotAfter => CommandError::NextReviewNotAfter,
            FieldProblem::AcknowledgedBefore => CommandError::AcknowledgedBefore,
            FieldProblem::DateOutOfRange => CommandError::DateOutOfRange,
        }
    }
}

/// What a successful command did, for the undo history and for announcements.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub before: Snapshot,
    pub label: ChangeLabel,
}

/// A short description of a change, rendered in the user's language by the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeLabel {
    Organisation,
    PolicyAdded,
    PolicyEdited,
    PolicyRemoved,
    PolicyMoved,
    RequirementAdded,
    RequirementEdited,
    RequirementRemoved,
    ObjectiveCreated { code: String },
    ObjectiveEdited { code: String },
    ObjectiveMoved { code: String },
    ObjectiveDeleted { code: String, count: usize },
    KpiAdded { code: String },
    KpiEdited { code: String },
    KpiRemoved { code: String },
    WorkspaceReplaced,
    MeasurementAdded { code: String },
    MeasurementEdited { code: String },
    MeasurementRemoved { code: String },
    ThresholdsChanged,
    ReviewAdded { code: String },
    ReviewEdited { code: String },
    ReviewRemoved { code: String },
    CommunicationAdded,
    CommunicationEdited,
    CommunicationRemoved,
    RevisionRecorded { code: String },
    RevisionReverted { code: String },
}

/// Groups consecutive edits of the same thing into one undo step (typing a title is one step).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoalesceKey {
    Organisation,
    Policy(PolicyId),
    Requirement(RequirementId),
    ObjectiveField(ObjectiveId, std::mem::Discriminant<ObjectiveEdit>),
    Kpi(ObjectiveId, KpiId),
}

impl Command {
    /// The key under which this command merges with the previous undo step, if it may.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Command::SetOrganisation(_) => Some(CoalesceKey::Organisation),
            Command::EditPolicy(p) => Some(CoalesceKey::Policy(p.id)),
            Command::EditRequirement(r) => Some(CoalesceKey::Requirement(r.id)),
            Command::EditObjective { id, edit } => match edit {
                // Choices are deliberate single steps; only typed text merges.
                ObjectiveEdit::Level(_)
                | ObjectiveEdit::Status(_)
                | ObjectiveEdit::PolicyLinks(_)
                | ObjectiveEdit::RequirementLinks(_)
                | ObjectiveEdit::Plan(_) => None,
                _ => Some(CoalesceKey::ObjectiveField(
                    *id,
                    std::mem::discriminant(edit),
                )),
            },
            Command::EditKpi { objective, kpi } => Some(CoalesceKey::Kpi(*objective, kpi.id)),
            _ => None,
        }
    }
}

/// The state of exactly the parts of a workspace that a command touched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Each touched objective with its position and value, or `None` if it did not exist.
    objectives: Vec<(ObjectiveId, Option<(usize, Objective)>)>,
    organisation: Option<Organisation>,
    policy: Option<Vec<PolicyStatement>>,
    requirements: Option<Vec<Requirement>>,
    communications: Option<Vec<Communication>>,
    settings: Option<Settings>,
    workspace: Option<Box<Workspace>>,
}

impl Snapshot {
    /// The same parts as `self`, as they are in `workspace` now.
    pub fn capture_like(&self, workspace: &Workspace) -> Snapshot {
        Snapshot {
            objectives: self
                .objectives
                .iter()
                .map(|(id, _)| (*id, current_objective(workspace, *id)))
                .collect(),
            organisation: self
                .organisation
                .as_ref()
                .map(|_| workspace.organisation.clone()),
            policy: self.policy.as_ref().map(|_| workspace.policy.clone()),
            requirements: self
                .requirements
                .as_ref()
                .map(|_| workspace.requirements.clone()),
            communications: self
                .communications
                .as_ref()
                .map(|_| workspace.communications.clone()),
            settings: self.settings.as_ref().map(|_| workspace.settings.clone()),
            workspace: self.workspace.as_ref().map(|_| Box::new(workspace.clone())),
        }
    }

    /// Puts the recorded parts back into `workspace`.
    ///
    /// Commands never reorder untouched objectives, so removing every touched objective and
    /// re-inserting the recorded ones at their old positions, lowest first, rebuilds the
    /// exact old order.
    pub fn restore(self, workspace: &mut Workspace) {
        if let Some(whole) = self.workspace {
            *workspace = *whole;
            return;
        }
        if let Some(organisation) = self.organisation {
            workspace.organisation = organisation;
        }
        if let Some(policy) = self.policy {
            workspace.policy = policy;
        }
        if let Some(requirements) = self.requirements {
            workspace.requirements = requirements;
        }
        if let Some(communications) = self.communications {
            workspace.communications = communications;
        }
        if let Some(settings) = self.settings {
            workspace.settings = settings;
        }
        if self.objectives.is_empty() {
            return;
        }
        let touched: HashSet<ObjectiveId> = self.objectives.iter().map(|(id, _)| *id).collect();
        workspace.objectives.retain(|o| !touched.contains(&o.id));
        let mut previous: Vec<(usize, Objective)> = self
            .objectives
            .into_iter()
            .filter_map(|(_, old)| old)
            .collect();
        previous.sort_by_key(|(index, _)| *index);
        for (index, objective) in previous {
            let index = index.min(workspace.objectives.len());
            workspace.objectives.insert(index, objective);
        }
    }

    /// Adds the parts `later` recorded that `self` lacks. `self` was taken first, so its
    /// values win: the merged snapshot is the state before both changes.
    pub fn absorb(&mut self, later: Snapshot) {
        for (id, old) in later.objectives {
            if !self.objectives.iter().any(|(known, _)| *known == id) {
                self.objectives.push((id, old));
            }
        }
        if self.organisation.is_none() {
            self.organisation = later.organisation;
        }
        if self.policy.is_none() {
            self.policy = later.policy;
        }
        if self.requirements.is_none() {
            self.requirements = later.requirements;
        }
        if self.communications.is_none() {
            self.communications = later.communications;
        }
        if self.settings.is_none() {
            self.settings = later.settings;
        }
        if self.workspace.is_none() {
            self.workspace = later.workspace;
        }
    }
}

fn current_objective(workspace: &Workspace, id: ObjectiveId) -> Option<(usize, Objective)> {
    workspace
        .objective_index(id)
        .map(|index| (index, workspace.objectives[index].clone()))
}

/// Records the prior state of everything a command touches, so it can be undone or rolled back.
struct Recorder<'a> {
    workspace: &'a mut Workspace,
    before: Snapshot,
    now: Timestamp,
    /// Each objective the current command (not the whole batch) touched, as it was before
    /// that command: what the revision log compares with.
    step: Vec<(ObjectiveId, Option<Objective>)>,
}

impl Recorder<'_> {
    fn touch_objective(&mut self, id: ObjectiveId) {
        if !self.before.objectives.iter().any(|(known, _)| *known == id) {
            let old = current_objective(self.workspace, id);
            self.before.objectives.push((id, old));
        }
        if !self.step.iter().any(|(known, _)| *known == id) {
            let old = self.workspace.objective(id).cloned();
            self.step.push((id, old));
        }
    }

    fn touch_organisation(&mut self) {
        if self.before.organisation.is_none() {
            self.before.organisation = Some(self.workspace.organisation.clone());
        }
    }

    fn touch_policy(&mut self) {
        if self.before.policy.is_none() {
            self.before.policy = Some(self.workspace.policy.clone());
        }
    }

    fn touch_requirements(&mut self) {
        if self.before.requirements.is_none() {
            self.before.requirements = Some(self.workspace.requirements.clone());
        }
    }

    fn touch_settings(&mut self) {
        if self.before.settings.is_none() {
            self.before.settings = Some(self.workspace.settings.clone());
        }
    }

    fn touch_communications(&mut self) {
        if self.before.communications.is_none() {
            self.before.communications = Some(self.workspace.communications.clone());
        }
    }

    /// The objective with `id`, recorded and stamped as changed now.
    fn objective_mut(&mut self, id: ObjectiveId) -> Result<&mut Objective, CommandError> {
        let index = self
            .workspace
            .objective_index(id)
            .ok_or(CommandError::ObjectiveNotFound)?;
        self.touch_objective(id);
        let objective = &mut self.workspace.objectives[index];
        objective.updated = self.now;
        Ok(objective)
    }

    fn objective(&self, id: ObjectiveId) -> Result<&Objective, CommandError> {
        self.workspace
            .objective(id)
            .ok_or(CommandError::ObjectiveNotFound)
    }
}

/// Applies `command` to `workspace` at time `now`. On error the workspace is unchanged.
pub fn apply(
    workspace: &mut Workspace,
    command: Command,
    now: Timestamp,
) -> Result<Applied, CommandError> {
    let mut recorder = Recorder {
        workspace,
        before: Snapshot::default(),
        now,
        step: Vec::new(),
    };
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
    let decided = decided_by(&command);
    r.step.clear();
    let label = run_command(r, command)?;
    log_revisions(r, decided);
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
        Command::AddPolicy(statement) => {
            check_rules(&statement)?;
            if r.workspace.policy_statement(statement.id).is_some() {
                return Err(CommandError::DuplicateId);
            }
            r.touch_policy();
            r.workspace.policy.push(statement);
            Ok(ChangeLabel::PolicyAdded)
        }
        Command::EditPolicy(statement) => {
            check_rules(&statement)?;
            let index = policy_index(r.workspace, statement.id)?;
            r.touch_policy();
            r.workspace.policy[index] = statement;
            Ok(ChangeLabel::PolicyEdited)
        }
        Command::RemovePolicy(id) => {
            let index = policy_index(r.workspace, id)?;
            r.touch_policy();
            r.workspace.policy.remove(index);
            let linked: Vec<ObjectiveId> = r
                .workspace
                .objectives
                .iter()
                .filter(|o| o.policy_links.contains(&id))
                .map(|o| o.id)
                .collect();
            for objective in linked {
                r.objective_mut(objective)?
                    .policy_links
                    .retain(|p| *p != id);
            }
            Ok(ChangeLabel::PolicyRemoved)
        }
        Command::MovePolicy { id, to } => {
            let index = policy_index(r.workspace, id)?;
            r.touch_policy();
            let statement = r.workspace.policy.remove(index);
            let to = to.min(r.workspace.policy.len());
            r.workspace.policy.insert(to, statement);
            Ok(ChangeLabel::PolicyMoved)
        }
        Command::AddRequirement(requirement) => {
            check_rules(&requirement)?;
            if r.workspace.requirement(requirement.id).is_some() {
                return Err(CommandError::DuplicateId);
            }
            r.touch_requirements();
            r.workspace.requirements.push(requirement);
            Ok(ChangeLabel::RequirementAdded)
        }
        Command::EditRequirement(requirement) => {
            check_rules(&requirement)?;
            let index = requirement_index(r.workspace, requirement.id)?;
            r.touch_requirements();
            r.workspace.requirements[index] = requirement;
            Ok(ChangeLabel::RequirementEdited)
        }
        Command::RemoveRequirement(id) => {
            let index = requirement_index(r.workspace, id)?;
            r.touch_requirements();
            r.workspace.requirements.remove(index);
            let linked: Vec<ObjectiveId> = r
                .workspace
                .objectives
                .iter()
                .filter(|o| o.requirement_links.contains(&id))
                .map(|o| o.id)
                .collect();
            for objective in linked {
                r.objective_mut(objective)?
                    .requirement_links
                    .retain(|q| *q != id);
            }
            Ok(ChangeLabel::RequirementRemoved)
        }
        Command::CreateObjective(objective) => create_objective(r, *objective),
        Command::EditObjective { id, edit } => edit_objective(r, id, edit),
        Command::MoveObjective { id, parent } => {
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
        Command::DeleteObjective { id, children } => delete_objective(r, id, children),
        Command::AddKpi { objective, kpi } => {
            check_kpi(&kpi)?;
            if r.workspace
                .objectives
                .iter()
                .any(|o| o.kpis.iter().any(|k| k.id == kpi.id))
            {
                return Err(CommandError::DuplicateId);
            }
            let target = r.objective_mut(objective)?;
            target.kpis.push(kpi);
            Ok(ChangeLabel::KpiAdded {
                code: target.code.clone(),
            })
        }
        Command::EditKpi { objective, kpi } => {
            check_kpi(&kpi)?;
            let target = r.objective(objective)?;
            let index = target
                .kpis
                .iter()
                .position(|k| k.id == kpi.id)
                .ok_or(CommandError::KpiNotFound)?;
            let target = r.objective_mut(objective)?;
            target.kpis[index] = kpi;
            Ok(ChangeLabel::KpiEdited {
                code: target.code.clone(),
            })
        }
        Command::RemoveKpi { objective, kpi } => {
            let target = r.objective(objective)?;
            let index = target
                .kpis
                .iter()
                .position(|k| k.id == kpi)
                .ok_or(CommandError::KpiNotFound)?;
            let target = r.objective_mut(objective)?;
            target.kpis.remove(index);
            Ok(ChangeLabel::KpiRemoved {
                code: target.code.clone(),
            })
        }
        Command::ReplaceObjective(objective) => replace_objective(r, *objective),
        Command::ReplaceWorkspace(replacement) => {
            let problems = validate(&replacement);
            if !problems.is_empty() {
                return Err(CommandError::Inconsistent(
                    problems.into_iter().take(10).collect(),
                ));
            }
            // Inside a batch, earlier commands may already have changed parts of the
            // workspace: the snapshot must hold the workspace as it was before all of them.
            let mut original = r.workspace.clone();
            std::mem::take(&mut r.before).restore(&mut original);
            r.before.workspace = Some(Box::new(original));
            *r.workspace = *replacement;
            Ok(ChangeLabel::WorkspaceReplaced)
        }
        Command::AddReview { objective, review } => add_review(r, objective, review),
        Command::EditReview { objective, review } => edit_review(r, objective, review),
        Command::RemoveReview { objective, review } => remove_review(r, objective, review),
        Command::AddCommunication(record) => {
            check_communication(r.workspace, &record, &[])?;
            if r.workspace.communications.iter().any(|c| c.id == record.id) {
                return Err(CommandError::DuplicateId);
            }
            r.touch_communications();
            r.workspace.communications.push(record);
            Ok(ChangeLabel::CommunicationAdded)
        }
        Command::EditCommunication(record) => {
            let index = communication_index(r.workspace, record.id)?;
            // Objectives deleted since the record was made stay named in it (it is history).
            let kept = r.workspace.communications[index].objectives.clone();
            check_communication(r.workspace, &record, &kept)?;
            r.touch_communications();
            r.workspace.communications[index] = record;
            Ok(ChangeLabel::CommunicationEdited)
        }
        Command::RemoveCommunication(id) => {
            let index = communication_index(r.workspace, id)?;
            r.touch_communications();
            r.workspace.communications.remove(index);
            Ok(ChangeLabel::CommunicationRemoved)
        }
        Command::AddMeasurement {
            objective,
            kpi,
            measurement,
        } => add_measurement(r, objective, kpi, measurement),
        Command::EditMeasurement {
            objective,
            kpi,
            measurement,
        } => edit_measurement(r, objective, kpi, measurement),
        Command::RemoveMeasurement {
            objective,
            kpi,
            measurement,
        } => remove_measurement(r, objective, kpi, measurement),
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
        } => state_revision_reason(r, objective, number, reason, note, approved_by),
        Command::RevertRevision {
            objective,
            number,
            note,
            approved_by,
        } => revert_revision(r, objective, number, note, approved_by),
        Command::Batch(commands) => {
            let mut label = None;
            for command in commands {
                label = Some(run(r, command)?);
            }
            label.ok_or(CommandError::NothingToDo)
        }
    }
}

fn policy_index(workspace: &Workspace, id: PolicyId) -> Result<usize, CommandError> {
    workspace
        .policy
        .iter()
        .position(|p| p.id == id)
        .ok_or(CommandError::PolicyNotFound)
}

fn requirement_index(workspace: &Workspace, id: RequirementId) -> Result<usize, CommandError> {
    workspace
        .requirements
        .iter()
        .position(|q| q.id == id)
        .ok_or(CommandError::RequirementNotFound)
}

/// A KPI needs a name (a form's rule), then meets the KPI's field rules.
/// The record's field rules (shared with the check of files): the first problem refuses the
/// command.
fn check_rules(record: &impl Rules) -> Result<(), CommandError> {
    first_problem(record).map_err(CommandError::from)
}

fn check_kpi(kpi: &Kpi) -> Result<(), CommandError> {
    if kpi.name.trim().is_empty() {
        return Err(CommandError::KpiNameEmpty);
    }
    check_rules(kpi)
}

/// Checks that `code` is well formed and not used by any objective other than `except`.
fn check_code(
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

/// Checks the "also contributes to" links of `objective` (as it will be stored): each names
/// another existing objective, not its parent, once, at its level or above, without closing a
/// loop of parents and links.
fn check_contributions(workspace: &Workspace, objective: &Objective) -> Result<(), CommandError> {
    let mut linked = HashSet::new();
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

fn create_objective(
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
fn check_whole_objective(workspace: &Workspace, objective: &Objective) -> Result<(), CommandError> {
    check_title(&objective.title)?;
    if objective.kpis.iter().any(|kpi| kpi.name.trim().is_empty()) {
        return Err(CommandError::KpiNameEmpty);
    }
    check_rules(objective)?;
    check_parent(workspace, objective.id, objective.parent, objective.level)?;
    check_links(workspace, objective)?;
    check_contributions(workspace, objective)?;
    check_contributors(workspace, objective.id, objective.level)?;
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

fn replace_objective(
    r: &mut Recorder<'_>,
    mut objective: Objective,
) -> Result<ChangeLabel, CommandError> {
    let id = objective.id;
    let current = r.objective(id)?;
    let created = current.created;
    objective.code = check_code(r.workspace, &objective.code, Some(id))?;
    check_whole_objective(r.workspace, &objective)?;
    if let Some(child) = r
        .workspace
        .children_of(id)
        .find(|child| !objective.level.may_parent(child.level))
    {
        return Err(CommandError::ChildAboveLevel {
            level: objective.level,
            child_code: child.code.clone(),
            child_level: child.level,
        });
    }
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

fn edit_objective(
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
            if let Some(child) = r
                .workspace
                .children_of(id)
                .find(|child| !level.may_parent(child.level))
            {
                return Err(CommandError::ChildAboveLevel {
                    level,
                    child_code: child.code.clone(),
                    child_level: child.level,
                });
            }
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

fn dedup_keep_order<T: PartialEq + Copy>(items: &mut Vec<T>) {
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items.iter() {
        if !kept.contains(item) {
            kept.push(*item);
        }
    }
    *items = kept;
}

fn delete_objective(
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

// ----- reviews (monitoring records) and the communication register -----

fn communication_index(workspace: &Workspace, id: RecordId) -> Result<usize, CommandError> {
    workspace
        .communications
        .iter()
        .position(|c| c.id == id)
        .ok_or(CommandError::CommunicationNotFound)
}

/// Checks a communication record. Every objective it names must exist, except those in
/// `kept`: ids an earlier version of the record already held, for objectives deleted since.
fn check_communication(
    workspace: &Workspace,
    record: &Communication,
    kept: &[ObjectiveId],
) -> Result<(), CommandError> {
    if record.objectives.is_empty() {
        return Err(CommandError::NoObjectives);
    }
    if record
        .objectives
        .iter()
        .any(|id| !kept.contains(id) && workspace.objective(*id).is_none())
    {
        return Err(CommandError::ObjectiveNotFound);
    }
    let mut seen = HashSet::new();
    if !record.objectives.iter().all(|id| seen.insert(*id)) {
        return Err(CommandError::DuplicateId);
    }
    if record.audience.trim().is_empty() {
        return Err(CommandError::AudienceEmpty);
    }
    check_rules(record)
}

/// A review needs the name of who reviewed (a form's rule), then meets the review's rules.
fn check_review(review: &Review) -> Result<(), CommandError> {
    if review.reviewer.trim().is_empty() {
        return Err(CommandError::ReviewerEmpty);
    }
    check_rules(review)
}

/// The status a review decision closes the objective with, if it closes it.
pub fn closing_status(decision: ReviewDecision) -> Option<Status> {
    match decision {
        ReviewDecision::CloseAchieved => Some(Status::Achieved),
        ReviewDecision::CloseNotAchieved => Some(Status::NotAchieved),
        ReviewDecision::Continue | ReviewDecision::ChangeTarget | ReviewDecision::ChangePlan => {
            None
        }
    }
}

/// The next review after a review on `date`: one monitoring period later, or one review
/// cadence later when monitoring has no frequency; `None` when neither is set, or when the
/// review closes the objective (a closed objective is not reviewed again).
pub fn default_next_review(
    objective: &Objective,
    date: chrono::NaiveDate,
    decision: ReviewDecision,
) -> Option<chrono::NaiveDate> {
    if closing_status(decision).is_some() {
        return None;
    }
    let period = objective
        .monitoring
        .frequency
        .or(objective.updating.review_cadence)?;
    period.after(date)
}

/// The objective's latest review: the latest date, and of reviews on the same day the one
/// recorded last.
pub fn latest_review(reviews: &[Review]) -> Option<&Review> {
    reviews.iter().max_by_key(|review| review.date)
}

/// Brings the objective in line with its latest review after that review (or the one before
/// it, `previous`) changed: the last-reviewed and next review dates follow it, a closing
/// decision closes the objective, and withdrawing the closing decision that set the status
/// makes it active again.
fn follow_latest_review(objective: &mut Objective, previous: Option<ReviewDecision>) {
    let latest = latest_review(&objective.reviews).map(|r| (r.date, r.next_review, r.decision));
    match latest {
        Some((date, next, _)) => {
            objective.updating.last_reviewed = Some(date);
            objective.monitoring.next_review = next;
        }
        // The dates planned by the last review removed stay: they are still a plan.
        None => objective.updating.last_reviewed = None,
    }
    match latest.and_then(|(_, _, decision)| closing_status(decision)) {
        Some(closed) => objective.status = closed,
        None => {
            let reopened = previous.and_then(closing_status);
            if reopened.is_some_and(|was| was == objective.status) {
                objective.status = Status::Active;
            }
        }
    }
}

fn add_review(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    mut review: Review,
) -> Result<ChangeLabel, CommandError> {
    let current = r.objective(id)?;
    if current.reviews.iter().any(|known| known.id == review.id) {
        return Err(CommandError::DuplicateId);
    }
    if review.next_review.is_none() {
        review.next_review = default_next_review(current, review.date, review.decision);
    }
    check_review(&review)?;
    let previous = latest_review(&current.reviews).map(|latest| latest.decision);
    let added = review.id;
    let objective = r.objective_mut(id)?;
    objective.reviews.push(review);
    if latest_review(&objective.reviews).is_some_and(|latest| latest.id == added) {
        follow_latest_review(objective, previous);
    }
    Ok(ChangeLabel::ReviewAdded {
        code: objective.code.clone(),
    })
}

fn edit_review(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    mut review: Review,
) -> Result<ChangeLabel, CommandError> {
    let current = r.objective(id)?;
    let index = current
        .reviews
        .iter()
        .position(|known| known.id == review.id)
        .ok_or(CommandError::ReviewNotFound)?;
    if review.next_review.is_none() {
        review.next_review = default_next_review(current, review.date, review.decision);
    }
    check_review(&review)?;
    let previous = latest_review(&current.reviews).map(|latest| (latest.id, latest.decision));
    let edited = review.id;
    let objective = r.objective_mut(id)?;
    objective.reviews[index] = review;
    let is_latest = latest_review(&objective.reviews).is_some_and(|latest| latest.id == edited);
    if is_latest || previous.is_some_and(|(latest, _)| latest == edited) {
        follow_latest_review(objective, previous.map(|(_, decision)| decision));
    }
    Ok(ChangeLabel::ReviewEdited {
        code: objective.code.clone(),
    })
}

fn remove_review(
    r: &mut Recorder<'_>,
    id: ObjectiveId,
    review: RecordId,
) -> Result<ChangeLabel, CommandError> {
    let current = r.objective(id)?;
    let index = current
        .reviews
        .iter()
        .position(|known| known.id == review)
        .ok_or(CommandError::ReviewNotFound)?;
    let previous = latest_review(&current.reviews).map(|latest| (latest.id, latest.decision));
    let objective = r.objective_mut(id)?;
    objective.reviews.remove(index);
    if let Some((_, decision)) = previous.filter(|(latest, _)| *latest == review) {
        follow_latest_review(objective, Some(decision));
    }
    Ok(ChangeLabel::ReviewRemoved {
        code: objective.code.clone(),
    })
}

// ----- KPI measurements, roll-up weights and progress thresholds -----

fn check_measurement(measurement: &Measurement) -> Result<(), CommandError> {
    check_rules(measurement)
}

/// Where the KPI `kpi` of `objective` sits in its objective's list.
fn kpi_index(r: &Recorder<'_>, objective: ObjectiveId, kpi: KpiId) -> Result<usize, CommandError> {
    r.objective(objective)?
        .kpis
        .iter()
        .position(|k| k.id == kpi)
        .ok_or(CommandError::KpiNotFound)
}

fn add_measurement(
    r: &mut Recorder<'_>,
    objective: ObjectiveId,
    kpi: KpiId,
    measurement: Measurement,
) -> Result<ChangeLabel, CommandError> {
    check_measurement(&measurement)?;
    let index = kpi_index(r, objective, kpi)?;
    let taken = r.objective(objective)?.kpis[index]
        .measurements
        .iter()
        .any(|m| m.id == measurement.id);
    if taken {
        return Err(CommandError::DuplicateId);
    }
    let target = r.objective_mut(objective)?;
    target.kpis[index].measurements.push(measurement);
    Ok(ChangeLabel::MeasurementAdded {
        code: target.code.clone(),
    })
}

fn edit_measurement(
    r: &mut Recorder<'_>,
    objective: ObjectiveId,
    kpi: KpiId,
    measurement: Measurement,
) -> Result<ChangeLabel, CommandError> {
    check_measurement(&measurement)?;
    let index = kpi_index(r, objective, kpi)?;
    let position = r.objective(objective)?.kpis[index]
        .measurements
        .iter()
        .position(|m| m.id == measurement.id)
        .ok_or(CommandError::MeasurementNotFound)?;
    let target = r.objective_mut(objective)?;
    target.kpis[index].measurements[position] = measurement;
    Ok(ChangeLabel::MeasurementEdited {
        code: target.code.clone(),
    })
}

fn remove_measurement(
    r: &mut Recorder<'_>,
    objective: ObjectiveId,
    kpi: KpiId,
    measurement: RecordId,
) -> Result<ChangeLabel, CommandError> {
    let index = kpi_index(r, objective, kpi)?;
    let position = r.objective(objective)?.kpis[index]
        .measurements
        .iter()
        .position(|m| m.id == measurement)
        .ok_or(CommandError::MeasurementNotFound)?;
    let target = r.objective_mut(objective)?;
    target.kpis[index].measurements.remove(position);
    Ok(ChangeLabel::MeasurementRemoved {
        code: target.code.clone(),
    })
}

// ----- the revision log (clause 6.2.1 f) -----

/// The reason and approver a command itself gives for the changes it makes, if it knows them:
/// a review's decision (such as closing the objective as achieved) is recorded as such.
fn decided_by(command: &Command) -> Option<(RevisionReason, String)> {
    match command {
        Command::AddReview { review, .. } | Command::EditReview { review, .. } => Some((
            RevisionReason::ReviewDecision,
            review.reviewer.trim().to_string(),
        )),
        _ => None,
    }
}

/// Records in the revision log of every objective the last command edited what it changed
/// (see [`revision::log_edit`]). Objectives created by this change (even earlier in its
/// batch) have revision 1 already; commands that wrote the log themselves (stating a reason,
/// reverting) are left as they are.
fn log_revisions(r: &mut Recorder<'_>, decided: Option<(RevisionReason, String)>) {
    let created: HashSet<ObjectiveId> = r
        .before
        .objectives
        .iter()
        .filter(|(_, old)| old.is_none())
        .map(|(id, _)| *id)
        .collect();
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

fn state_revision_reason(
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
    if let Some(child) = workspace
        .children_of(id)
        .find(|child| !result.level.may_parent(child.level))
    {
        return Err(CommandError::ChildAboveLevel {
            level: result.level,
            child_code: child.code.clone(),
            child_level: child.level,
        });
    }
    Ok((result, found))
}

fn revert_revision(
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
