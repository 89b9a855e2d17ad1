//! The two guided wizards as pure state machines: "Establish an objective" (clause 6.2.1)
//! and "Plan to achieve an objective" (clause 6.2.2). A wizard holds a draft, the current
//! step and the steps visited; it validates a step before moving forward, never loses input
//! going back, serialises as a whole (so drafts survive a reload) and finishes as one command.

use super::code::{normalise_code, same_code};
use super::command::{first_revision, Command, CommandError, TopLevel};
use super::conformity::CheckItem;
use super::model::{
    Action, Direction, Level, Objective, Plan, PolicyStatement, Requirement, Status, Timestamp,
    Workspace,
};
use super::validate::MAX_SHORT_TEXT;
use super::{ObjectiveEdit, ObjectiveId};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use serde::{Deserialize, Serialize};

/// A wizard's steps, in order.
pub trait Step: Copy + Eq + Ord + Sized + 'static {
    /// Every step, first to last.
    const ALL: &'static [Self];

    fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    fn previous(self) -> Option<Self> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i))
            .copied()
    }

    fn first() -> Self;

    fn is_last(self) -> bool {
        self.next().is_none()
    }
}

/// The steps of the 6.2.1 wizard.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    WriteJson,
    ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum EstablishStep {
    /// Level, parent and how the objective supports it, function, owner, code.
    Place,
    /// a) the policy statements it serves.
    Policy,
    /// b) title and KPIs.
    Measurable,
    /// c) the requirements it takes into account.
    Requirements,
    /// d) how it is monitored.
    Monitoring,
    /// e) how it is communicated.
    Communication,
    /// f) when it is reviewed and updated.
    Updating,
    /// The conformity check, then save.
    Review,
}

impl Step for EstablishStep {
    const ALL: &'static [Self] = &[
        EstablishStep::Place,
        EstablishStep::Policy,
        EstablishStep::Measurable,
        EstablishStep::Requirements,
        EstablishStep::Monitoring,
        EstablishStep::Communication,
        EstablishStep::Updating,
        EstablishStep::Review,
    ];

    fn first() -> Self {
        EstablishStep::Place
    }
}

/// The steps of the 6.2.2 wizard.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    WriteJson,
    ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStep {
    /// a) what will be done.
    Actions,
    /// b) the resources each action needs.
    Resources,
    /// c) who is responsible.
    Responsible,
    /// d) when each action starts and is due.
    Dates,
    /// e) how the results will be evaluated.
    Evaluation,
    /// The 6.2.2 check, then save.
    Review,
}

impl Step for PlanStep {
    const ALL: &'static [Self] = &[
        PlanStep::Actions,
        PlanStep::Resources,
        PlanStep::Responsible,
        PlanStep::Dates,
        PlanStep::Evaluation,
        PlanStep::Review,
    ];

    fn first() -> Self {
        PlanStep::Actions
    }
}

/// Where a gap of the conformity check is fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixAt {
    Establish(EstablishStep),
    Plan(PlanStep),
}

/// The wizard step at which `item` is dealt with.
pub fn fix_at(item: CheckItem) -> FixAt {
    match item {
        CheckItem::Policy => FixAt::Establish(EstablishStep::Policy),
        CheckItem::Measurable => FixAt::Establish(EstablishStep::Measurable),
        CheckItem::Requirements => FixAt::Establish(EstablishStep::Requirements),
        CheckItem::Monitored => FixAt::Establish(EstablishStep::Monitoring),
        CheckItem::Communicated => FixAt::Establish(EstablishStep::Communication),
        CheckItem::Updated => FixAt::Establish(EstablishStep::Updating),
        CheckItem::Documented => FixAt::Establish(EstablishStep::Review),
        CheckItem::Actions => FixAt::Plan(PlanStep::Actions),
        CheckItem::Resources => FixAt::Plan(PlanStep::Resources),
        CheckItem::Responsible => FixAt::Plan(PlanStep::Responsible),
        CheckItem::Timing => FixAt::Plan(PlanStep::Dates),
        CheckItem::Evaluation => FixAt::Plan(PlanStep::Evaluation),
    }
}

/// A field of a wizard, for placing a refusal next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Code,
    Title,
    Parent,
    Level,
    /// The text of the n-th statement added in the wizard.
    NewPolicy(usize),
    /// The title of the n-th requirement added in the wizard.
    NewRequirement(usize),
    KpiName(usize),
    KpiTarget(usize),
    ActionWhat(usize),
    ActionDates(usize),
    /// Anything else (shown at the top of the step).
    General,
}

/// A refusal found while validating a step.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldIssue {
    pub field: Field,
    pub error: CommandError,
}

fn issue(field: Field, error: CommandError) -> FieldIssue {
    FieldIssue { field, error }
}

/// A kind of wizard draft: its steps, where it is kept among the [`Drafts`], and what each
/// step refuses. The interface adds the words, the fields and the saving.
pub trait WizardDraft: Clone + PartialEq + Send + Sync + Sized + 'static {
    type Step: Step + Send + Sync;

    /// The unfinished wizard of this kind, if any.
    fn slot(drafts: &Drafts) -> Option<&Wizard<Self::Step, Self>>;

    fn slot_mut(drafts: &mut Drafts) -> &mut Option<Wizard<Self::Step, Self>>;

    /// The refusals that keep the wizard from leaving `step`.
    fn issues(&self, step: Self::Step, workspace: &Workspace) -> Vec<FieldIssue>;

    /// Every refusal of the whole draft, each with the step where it is fixed.
    fn all_issues(&self, workspace: &Workspace) -> Vec<(Self::Step, FieldIssue)> {
        Self::Step::ALL
            .iter()
            .flat_map(|step| {
                self.issues(*step, workspace)
                    .into_iter()
                    .map(move |issue| (*step, issue))
            })
            .collect()
    }
}

/// A wizard in progress: where it is, where it has been, and the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Wizard<S, D> {
    pub step: S,
    /// Steps the user has reached; any of them can be revisited directly.
    pub visited: Vec<S>,
    pub draft: D,
    /// When the draft was last changed, shown when offering to resume it.
    pub changed: Timestamp,
    /// Opened but not changed by the user yet: it is not a draft to keep, resume or ask about
    /// (opening a wizard from a gap link and leaving leaves nothing behind). Never stored, so
    /// a stored draft is always one the user changed.
    #[serde(skip)]
    pub untouched: bool,
}

impl<S: Step, D> Wizard<S, D> {
    /// A wizard at its first step.
    pub fn start(draft: D, now: Timestamp) -> Self {
        Wizard {
            step: S::first(),
            visited: vec![S::first()],
            draft,
            changed: now,
            untouched: true,
        }
    }

    /// A wizard opened at `step` (from a gap link): every step before it counts as visited.
    pub fn start_at(draft: D, step: S, now: Timestamp) -> Self {
        Wizard {
            step,
            visited: S::ALL.iter().copied().filter(|s| *s <= step).collect(),
            draft,
            changed: now,
            untouched: true,
        }
    }

    pub fn has_visited(&self, step: S) -> bool {
        self.visited.contains(&step)
    }

    fn arrive(&mut self, step: S) {
        self.step = step;
        if !self.visited.contains(&step) {
            self.visited.push(step);
            crate::domain::sorting::sort(&mut self.visited);
        }
    }

    /// Moves on when the current step has no issues; otherwise stays and returns them.
    pub fn next(&mut self, issues: Vec<FieldIssue>) -> Result<S, Vec<FieldIssue>> {
        if !issues.is_empty() {
            return Err(issues);
        }
        let next = self.step.next().unwrap_or(self.step);
        self.arrive(next);
        Ok(next)
    }

    /// Goes back one step. Nothing typed is lost: the draft is untouched.
    pub fn back(&mut self) -> S {
        let previous = self.step.previous().unwrap_or(self.step);
        self.step = previous;
        previous
    }

    /// Jumps to `step`: backwards always, forwards to any step (reached or not) when the
    /// current step has no issues. The steps jumped over count as reached, so their refusals
    /// show there and the last step lists what is still missing.
    pub fn go_to(&mut self, step: S, issues: Vec<FieldIssue>) -> Result<S, Vec<FieldIssue>> {
        if step <= self.step {
            self.step = step;
            return Ok(step);
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        self.reach(step);
        Ok(step)
    }

    /// Makes `step` current, counting it and every step before it as reached (as
    /// [`Wizard::start_at`] does): the address opened it, from a gap link or the browser's Back.
    pub fn reach(&mut self, step: S) {
        for earlier in S::ALL.iter().copied().filter(|s| *s <= step) {
            if !self.visited.contains(&earlier) {
                self.visited.push(earlier);
            }
        }
        crate::domain::sorting::sort(&mut self.visited);
        self.step = step;
    }

    /// Changes the draft and records when: from now on it is a draft worth keeping.
    pub fn edit(&mut self, now: Timestamp, change: impl FnOnce(&mut D)) {
        change(&mut self.draft);
        self.changed = now;
        self.untouched = false;
    }

    /// Fills in what the wizard proposes (values taken from elsewhere) without counting it as
    /// the user's change: an untouched draft stays untouched.
    pub fn propose(&mut self, change: impl FnOnce(&mut D)) {
        change(&mut self.draft);
    }
}

/// What the 6.2.1 wizard edits: the objective itself, plus policy statements and requirements
/// added on the spot (saved together with it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct EstablishDraft {
    pub objective: Objective,
    /// Whether the objective already exists (the wizard was opened to fix it).
    #[serde(default)]
    pub existing: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_policy: Vec<PolicyStatement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_requirements: Vec<Requirement>,
}

/// The "Establish an objective" wizard.
pub type EstablishWizard = Wizard<EstablishStep, EstablishDraft>;

impl EstablishDraft {
    /// A new objective at `level`, below `parent`, with a suggested `code`.
    pub fn new_objective(
        id: ObjectiveId,
        code: String,
        level: Level,
        parent: Option<ObjectiveId>,
        now: Timestamp,
    ) -> Self {
        let mut objective = Objective::new(id, code, "", level, now);
        objective.parent = parent;
        EstablishDraft {
            objective,
            existing: false,
            new_policy: Vec::new(),
            new_requirements: Vec::new(),
        }
    }

    /// The existing objective, to be revised.
    pub fn revise(objective: Objective) -> Self {
        EstablishDraft {
            objective,
            existing: true,
            new_policy: Vec::new(),
            new_requirements: Vec::new(),
        }
    }

    /// Whether the draft holds nothing the user typed: it repeats the saved objective, or (for
    /// a new one) says no more than where it goes and its suggested code.
    pub fn is_unchanged(&self, workspace: &Workspace) -> bool {
        if !self.new_policy.is_empty() || !self.new_requirements.is_empty() {
            return false;
        }
        let objective = &self.objective;
        if self.existing {
            return workspace.objective(objective.id) == Some(objective);
        }
        let blank = EstablishDraft::new_objective(
            objective.id,
            objective.code.clone(),
            objective.level,
            objective.parent,
            objective.created,
        );
        blank.objective == *objective
    }

    /// The workspace as it would be with the draft saved: the added statements and
    /// requirements included, for checks and pickers.
    pub fn preview_workspace(&self, workspace: &Workspace) -> Workspace {
        let mut preview = workspace.clone();
        preview.policy.extend(self.new_policy.iter().cloned());
        preview
            .requirements
            .extend(self.new_requirements.iter().cloned());
        match preview.objective_index(self.objective.id) {
            Some(i) => preview.objectives[i] = self.objective.clone(),
            None => preview.objectives.push(self.objective.clone()),
        }
        preview
    }
}

/// The refusals that keep the 6.2.1 wizard from leaving `step`.
pub fn establish_issues(
    step: EstablishStep,
    draft: &EstablishDraft,
    workspace: &Workspace,
) -> Vec<FieldIssue> {
    let objective = &draft.objective;
    let mut issues = Vec::new();
    match step {
        EstablishStep::Place => {
            match normalise_code(&objective.code) {
                Err(problem) => issues.push(issue(Field::Code, CommandError::BadCode(problem))),
                Ok(code) => {
                    let taken = workspace
                        .objectives
                        .iter()
                        .any(|o| o.id != objective.id && same_code(&o.code, &code));
                    if taken {
                        issues.push(issue(Field::Code, CommandError::CodeTaken { code }));
                    }
                }
            }
            if let Some(parent_id) = objective.parent {
                match workspace.objective(parent_id) {
                    None => issues.push(issue(Field::Parent, CommandError::ParentNotFound)),
                    Some(_) if workspace.is_ancestor_or_self(objective.id, parent_id) => {
                        issues.push(issue(Field::Parent, CommandError::Cycle))
                    }
                    Some(parent) if !parent.level.may_parent(objective.level) => {
                        issues.push(issue(
                            Field::Parent,
                            CommandError::LevelAboveParent {
                                level: objective.level,
                                parent_code: parent.code.clone(),
                                parent_level: parent.level,
                            },
                        ))
                    }
                    Some(_) => {}
                }
            }
            if let Some(child) = workspace
                .children_of(objective.id)
                .find(|child| !objective.level.may_parent(child.level))
            {
                issues.push(issue(
                    Field::Level,
                    CommandError::ChildAboveLevel {
                        level: objective.level,
                        child_code: child.code.clone(),
                        child_level: child.level,
                    },
                ));
            }
        }
        EstablishStep::Policy => {
            for (i, statement) in draft.new_policy.iter().enumerate() {
                if statement.text.trim().is_empty() {
                    issues.push(issue(Field::NewPolicy(i), CommandError::TextEmpty));
                }
            }
        }
        EstablishStep::Measurable => {
            if objective.title.trim().is_empty() {
                issues.push(issue(Field::Title, CommandError::TitleEmpty));
            } else if objective.title.chars().count() > MAX_SHORT_TEXT {
                let max = MAX_SHORT_TEXT;
                issues.push(issue(Field::Title, CommandError::TooLong { max }));
            }
            for (i, kpi) in objective.kpis.iter().enumerate() {
                if kpi.name.trim().is_empty() {
                    issues.push(issue(Field::KpiName(i), CommandError::KpiNameEmpty));
                }
                if kpi.direction == Direction::Range {
                    if let (Some(low), Some(high)) = (kpi.target, kpi.target_upper) {
                        if low > high {
                            issues.push(issue(Field::KpiTarget(i), CommandError::RangeInverted));
                        }
                    }
                }
            }
        }
        EstablishStep::Requirements => {
            for (i, requirement) in draft.new_requirements.iter().enumerate() {
                if requirement.title.trim().is_empty() {
                    issues.push(issue(Field::NewRequirement(i), CommandError::TextEmpty));
                }
            }
        }
        EstablishStep::Monitoring
        | EstablishStep::Communication
        | EstablishStep::Updating
        | EstablishStep::Review => {}
    }
    issues
}

impl WizardDraft for EstablishDraft {
    type Step = EstablishStep;

    fn slot(drafts: &Drafts) -> Option<&EstablishWizard> {
        drafts.establish.as_ref()
    }

    fn slot_mut(drafts: &mut Drafts) -> &mut Option<EstablishWizard> {
        &mut drafts.establish
    }

    fn issues(&self, step: EstablishStep, workspace: &Workspace) -> Vec<FieldIssue> {
        establish_issues(step, self, workspace)
    }
}

/// The one command that saves the 6.2.1 wizard: the added statements and requirements, then
/// the objective created (with revision 1) or replaced.
pub fn establish_command(draft: &EstablishDraft, status: Status, now: Timestamp) -> Command {
    let mut commands: Vec<Command> = Vec::new();
    let policy = draft.new_policy.iter().cloned();
    commands.extend(policy.map(|statement| Command::add(TopLevel, statement)));
    let requirements = draft.new_requirements.iter().cloned();
    commands.extend(requirements.map(|requirement| Command::add(TopLevel, requirement)));
    let mut objective = draft.objective.clone();
    objective.status = status;
    if draft.existing {
        commands.push(Command::ReplaceObjective(Box::new(objective)));
    } else {
        if objective.revisions.is_empty() {
            objective.revisions.push(first_revision(now));
        }
        commands.push(Command::CreateObjective(Box::new(objective)));
    }
    Command::Batch(commands)
}

/// What the 6.2.2 wizard edits: the plan of one objective and who owns the objective.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct PlanDraft {
    pub objective: ObjectiveId,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub plan: Plan,
}

/// The "Plan to achieve an objective" wizard.
pub type PlanWizard = Wizard<PlanStep, PlanDraft>;

impl PlanDraft {
    /// A draft for `objective`, prefilled with its current plan and owner.
    pub fn for_objective(objective: &Objective) -> Self {
        PlanDraft {
            objective: objective.id,
            owner: objective.owner.clone(),
            plan: objective.plan.clone().unwrap_or_default(),
        }
    }

    /// The objective as it would be with the draft saved, for the 6.2.2 check.
    pub fn preview_objective(&self, objective: &Objective) -> Objective {
        let mut preview = objective.clone();
        preview.owner = self.owner.clone();
        preview.plan = Some(self.plan.clone());
        preview
    }
}

/// The refusals that keep the 6.2.2 wizard from leaving `step`.
pub fn plan_issues(step: PlanStep, draft: &PlanDraft) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    let actions: &[Action] = &draft.plan.actions;
    match step {
        PlanStep::Actions => {
            for (i, action) in actions.iter().enumerate() {
                if action.what.trim().is_empty() {
                    issues.push(issue(Field::ActionWhat(i), CommandError::TextEmpty));
                } else if action.what.chars().count() > MAX_SHORT_TEXT {
                    let max = MAX_SHORT_TEXT;
                    issues.push(issue(Field::ActionWhat(i), CommandError::TooLong { max }));
                }
            }
        }
        PlanStep::Dates => {
            for (i, action) in actions.iter().enumerate() {
                if let (Some(start), Some(due)) = (action.start, action.due) {
                    if start > due {
                        issues.push(issue(Field::ActionDates(i), CommandError::DatesInverted));
                    }
                }
            }
        }
        PlanStep::Resources | PlanStep::Responsible | PlanStep::Evaluation | PlanStep::Review => {}
    }
    issues
}

impl WizardDraft for PlanDraft {
    type Step = PlanStep;

    fn slot(drafts: &Drafts) -> Option<&PlanWizard> {
        drafts.plan.as_ref()
    }

    fn slot_mut(drafts: &mut Drafts) -> &mut Option<PlanWizard> {
        &mut drafts.plan
    }

    fn issues(&self, step: PlanStep, _: &Workspace) -> Vec<FieldIssue> {
        plan_issues(step, self)
    }
}

/// The one command that saves the 6.2.2 wizard: the objective's owner and plan, changed
/// together, so that an owner chosen while planning an objective for the first time is part
/// of that first plan (no revision, see `revision::is_first_plan`).
pub fn plan_command(draft: &PlanDraft, workspace: &Workspace) -> Command {
    match workspace.objective(draft.objective) {
        Some(objective) => {
            let mut planned = draft.preview_objective(objective);
            planned.owner = planned.owner.trim().to_string();
            Command::ReplaceObjective(Box::new(planned))
        }
        // Refused as the edits of an objective that does not exist.
        None => Command::Batch(vec![
            Command::EditObjective {
                id: draft.objective,
                edit: ObjectiveEdit::Owner(draft.owner.trim().to_string()),
            },
            Command::EditObjective {
                id: draft.objective,
                edit: ObjectiveEdit::Plan(Some(draft.plan.clone())),
            },
        ]),
    }
}

/// Unfinished wizards, kept between visits. One of each kind at a time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Drafts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub establish: Option<EstablishWizard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanWizard>,
}

impl Drafts {
    /// The drafts worth storing: those the user changed. A wizard only opened is left out.
    pub fn worth_keeping(&self) -> Drafts {
        Drafts {
            establish: self.establish.clone().filter(|w| !w.untouched),
            plan: self.plan.clone().filter(|w| !w.untouched),
        }
    }
}

/// Whether a loaded draft still fits the workspace: a plan for an objective that was deleted
/// meanwhile cannot be saved.
pub fn plan_target_exists(draft: &PlanDraft, workspace: &Workspace) -> bool {
    workspace.objective(draft.objective).is_some()
}

/// The initial status offered when saving: revising keeps the current one, a new objective
/// starts active (a draft can be chosen instead).
pub fn default_status(draft: &EstablishDraft) -> Status {
    if draft.existing {
        draft.objective.status
    } else {
        Status::Active
    }
}
