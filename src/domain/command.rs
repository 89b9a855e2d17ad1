//! Every change to the workspace is a [`Command`] applied by [`apply`], the one place that
//! mutates the document. A command either succeeds and keeps every invariant of
//! [`super::validate`], or fails with a [`CommandError`] and changes nothing.
//!
//! Applying returns a [`Snapshot`] of exactly the parts it touched, taken before the change;
//! the undo history restores it.

use super::code::{normalise_code, same_code, CodeProblem};
use super::ids::{KpiId, ObjectiveId, PolicyId, RequirementId};
use super::model::{
    CommunicationPlan, Direction, Kpi, Level, Monitoring, Objective, Organisation, Plan,
    PolicyStatement, Requirement, Revision, RevisionReason, Status, Timestamp, UpdatePolicy,
    Workspace,
};
use super::validate::{validate, Problem, MAX_LONG_TEXT, MAX_SHORT_TEXT};
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
    RangeInverted,
    NotFinite,
    /// A replacement workspace breaks invariants; the first few problems are listed.
    Inconsistent(Vec<Problem>),
    /// An empty batch: there is nothing to apply.
    NothingToDo,
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
}

impl Recorder<'_> {
    fn touch_objective(&mut self, id: ObjectiveId) {
        if !self.before.objectives.iter().any(|(known, _)| *known == id) {
            let old = current_objective(self.workspace, id);
            self.before.objectives.push((id, old));
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

fn run(r: &mut Recorder<'_>, command: Command) -> Result<ChangeLabel, CommandError> {
    match command {
        Command::SetOrganisation(organisation) => {
            check_short(&organisation.name)?;
            check_long(&organisation.scope)?;
            r.touch_organisation();
            r.workspace.organisation = organisation;
            Ok(ChangeLabel::Organisation)
        }
        Command::AddPolicy(statement) => {
            check_policy_text(&statement)?;
            if r.workspace.policy_statement(statement.id).is_some() {
                return Err(CommandError::DuplicateId);
            }
            r.touch_policy();
            r.workspace.policy.push(statement);
            Ok(ChangeLabel::PolicyAdded)
        }
        Command::EditPolicy(statement) => {
            check_policy_text(&statement)?;
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
            check_requirement_text(&requirement)?;
            if r.workspace.requirement(requirement.id).is_some() {
                return Err(CommandError::DuplicateId);
            }
            r.touch_requirements();
            r.workspace.requirements.push(requirement);
            Ok(ChangeLabel::RequirementAdded)
        }
        Command::EditRequirement(requirement) => {
            check_requirement_text(&requirement)?;
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

fn check_short(text: &str) -> Result<(), CommandError> {
    check_length(text, MAX_SHORT_TEXT)
}

fn check_long(text: &str) -> Result<(), CommandError> {
    check_length(text, MAX_LONG_TEXT)
}

fn check_length(text: &str, max: usize) -> Result<(), CommandError> {
    if text.chars().count() > max {
        Err(CommandError::TooLong { max })
    } else {
        Ok(())
    }
}

fn check_policy_text(statement: &PolicyStatement) -> Result<(), CommandError> {
    check_short(&statement.reference)?;
    check_long(&statement.text)
}

fn check_requirement_text(requirement: &Requirement) -> Result<(), CommandError> {
    check_short(&requirement.reference)?;
    check_short(&requirement.title)?;
    check_long(&requirement.notes)
}

fn check_kpi(kpi: &Kpi) -> Result<(), CommandError> {
    if kpi.name.trim().is_empty() {
        return Err(CommandError::KpiNameEmpty);
    }
    check_short(&kpi.name)?;
    check_short(&kpi.unit)?;
    check_long(&kpi.data_source)?;
    check_long(&kpi.method)?;
    let numbers = [kpi.baseline, kpi.target, kpi.target_upper, kpi.weight];
    if numbers.iter().flatten().any(|v| !v.is_finite()) {
        return Err(CommandError::NotFinite);
    }
    if kpi.direction == Direction::Range {
        if let (Some(low), Some(high)) = (kpi.target, kpi.target_upper) {
            if low > high {
                return Err(CommandError::RangeInverted);
            }
        }
    }
    Ok(())
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

fn check_title(title: &str) -> Result<(), CommandError> {
    if title.trim().is_empty() {
        return Err(CommandError::TitleEmpty);
    }
    check_short(title)
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
    check_long(&objective.description)?;
    check_long(&objective.parent_link)?;
    check_short(&objective.function)?;
    check_short(&objective.owner)?;
    check_parent(workspace, objective.id, objective.parent, objective.level)?;
    check_links(workspace, objective)?;
    for kpi in &objective.kpis {
        check_kpi(kpi)?;
    }
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
        ObjectiveEdit::Description(text) => {
            check_long(&text)?;
            r.objective_mut(id)?.description = text;
        }
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
            r.objective_mut(id)?.level = level;
        }
        ObjectiveEdit::ParentLink(text) => {
            check_long(&text)?;
            r.objective_mut(id)?.parent_link = text;
        }
        ObjectiveEdit::Function(text) => {
            check_short(&text)?;
            r.objective_mut(id)?.function = text;
        }
        ObjectiveEdit::Owner(text) => {
            check_short(&text)?;
            r.objective_mut(id)?.owner = text;
        }
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
            if let Some(reason) = &reason {
                check_long(reason)?;
            }
            r.objective_mut(id)?.no_requirements_reason = reason;
        }
        ObjectiveEdit::Monitoring(monitoring) => {
            check_long(&monitoring.method)?;
            check_short(&monitoring.responsible)?;
            r.objective_mut(id)?.monitoring = monitoring;
        }
        ObjectiveEdit::Communication(plan) => {
            check_long(&plan.when)?;
            check_short(&plan.by_whom)?;
            r.objective_mut(id)?.communication = plan;
        }
        ObjectiveEdit::Updating(policy) => r.objective_mut(id)?.updating = policy,
        ObjectiveEdit::Plan(plan) => r.objective_mut(id)?.plan = plan,
    }
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
