//! The clause 6.2 conformity check: for every objective, each item of 6.2.1 (a–f and
//! documented information) and of 6.2.2 (a–e) is met, partly met or missing, with the reason
//! as data (the UI words it in the user's language); plus findings about the register as a
//! whole and scores.

use super::model::{Direction, Kpi, Level, Objective, Status, Workspace};
use super::ObjectiveId;
use chrono::NaiveDate;
use std::collections::HashSet;

/// One item of clause 6.2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CheckItem {
    /// 6.2.1 a) consistent with the service management policy.
    Policy,
    /// 6.2.1 b) measurable.
    Measurable,
    /// 6.2.1 c) takes into account the applicable requirements.
    Requirements,
    /// 6.2.1 d) monitored.
    Monitored,
    /// 6.2.1 e) communicated.
    Communicated,
    /// 6.2.1 f) updated as appropriate.
    Updated,
    /// 6.2.1: documented information is retained.
    Documented,
    /// 6.2.2 a) what will be done.
    Actions,
    /// 6.2.2 b) what resources will be required.
    Resources,
    /// 6.2.2 c) who will be responsible.
    Responsible,
    /// 6.2.2 d) when it will be completed.
    Timing,
    /// 6.2.2 e) how the results will be evaluated.
    Evaluation,
}

impl CheckItem {
    /// The items of 6.2.1, in the standard's order.
    pub const ESTABLISH: [CheckItem; 7] = [
        CheckItem::Policy,
        CheckItem::Measurable,
        CheckItem::Requirements,
        CheckItem::Monitored,
        CheckItem::Communicated,
        CheckItem::Updated,
        CheckItem::Documented,
    ];
    /// The items of 6.2.2, in the standard's order.
    pub const PLAN: [CheckItem; 5] = [
        CheckItem::Actions,
        CheckItem::Resources,
        CheckItem::Responsible,
        CheckItem::Timing,
        CheckItem::Evaluation,
    ];

    /// Every item, 6.2.1 first.
    pub fn all() -> impl Iterator<Item = CheckItem> {
        Self::ESTABLISH.into_iter().chain(Self::PLAN)
    }

    /// The clause reference, the same in every language ("6.2.1 a)").
    pub fn clause(self) -> &'static str {
        match self {
            CheckItem::Policy => "6.2.1 a)",
            CheckItem::Measurable => "6.2.1 b)",
            CheckItem::Requirements => "6.2.1 c)",
            CheckItem::Monitored => "6.2.1 d)",
            CheckItem::Communicated => "6.2.1 e)",
            CheckItem::Updated => "6.2.1 f)",
            CheckItem::Documented => "6.2.1",
            CheckItem::Actions => "6.2.2 a)",
            CheckItem::Resources => "6.2.2 b)",
            CheckItem::Responsible => "6.2.2 c)",
            CheckItem::Timing => "6.2.2 d)",
            CheckItem::Evaluation => "6.2.2 e)",
        }
    }
}

/// How far an item is satisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemState {
    Missing,
    Partly,
    Met,
}

/// A part of a KPI that a measurable objective needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiPart {
    Unit,
    Target,
    TargetDate,
    Baseline,
    Method,
}

/// A part of the monitoring arrangements (6.2.1 d).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonitoringPart {
    Frequency,
    Method,
    Responsible,
    NextReview,
}

/// A part of the communication plan (6.2.1 e).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommunicationPart {
    Audiences,
    Channels,
}

/// A part of the evaluation of results (6.2.2 e).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvaluationPart {
    Method,
    SuccessCriteria,
    Evaluator,
    Date,
}

/// Why an item has its state: the facts the one-line reason is written from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    PolicyLinked {
        count: usize,
    },
    NoPolicyLink,

    NoKpi,
    /// No KPI has a unit, a target and a target date; `kpi` is the closest one.
    KpiIncomplete {
        kpi: String,
        missing: Vec<KpiPart>,
    },
    /// Measurable, but `kpi` lacks a baseline or a method.
    KpiWithoutBasis {
        kpi: String,
        missing: Vec<KpiPart>,
    },
    KpisComplete {
        count: usize,
    },

    RequirementsLinked {
        count: usize,
    },
    NoneApply,
    NoneApplyWithoutReason,
    NoRequirementLink,

    MonitoringSet {
        next_review: NaiveDate,
    },
    MonitoringIncomplete {
        missing: Vec<MonitoringPart>,
    },
    NoMonitoring,
    ReviewOverdue {
        since: NaiveDate,
    },

    CommunicatedOn {
        last: NaiveDate,
    },
    /// Audiences and channels are planned but nothing has been communicated yet.
    NotYetCommunicated,
    CommunicationIncomplete {
        missing: Vec<CommunicationPart>,
    },
    NoCommunicationPlan,

    UpdateRulesSet,
    NoUpdateRules,
    UpdateOverdue {
        due: NaiveDate,
    },

    ActiveWithRevision,
    StillDraft,
    NoRevision,
    DraftWithoutRevision,

    NoPlan,
    ActionsPlanned {
        count: usize,
    },
    NoActions,

    ResourcesComplete,
    ActionsWithoutResources {
        count: usize,
    },
    ResourcesWithoutAmount {
        count: usize,
    },
    ResourcesNotApproved {
        count: usize,
    },
    NoResources,

    ResponsibleComplete,
    NoObjectiveOwner,
    ActionsWithoutResponsible {
        count: usize,
    },
    NoResponsible,

    TimingComplete,
    ActionsWithoutDueDate {
        count: usize,
    },
    /// Actions due after the objective's target date (a warning).
    ActionsAfterTarget {
        count: usize,
        target: NaiveDate,
    },
    NoDueDates,

    EvaluationComplete,
    EvaluationIncomplete {
        missing: Vec<EvaluationPart>,
    },
    NoEvaluation,
}

/// The outcome of one item for one objective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemResult {
    pub item: CheckItem,
    pub state: ItemState,
    pub finding: Finding,
}

/// Every item for one objective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectiveCheck {
    pub objective: ObjectiveId,
    pub results: Vec<ItemResult>,
}

impl ObjectiveCheck {
    pub fn result(&self, item: CheckItem) -> Option<&ItemResult> {
        self.results.iter().find(|r| r.item == item)
    }

    pub fn state(&self, item: CheckItem) -> ItemState {
        self.result(item).map_or(ItemState::Missing, |r| r.state)
    }

    /// Items met and items checked.
    pub fn score(&self) -> Score {
        Score::of(self.results.iter().map(|r| r.state))
    }

    /// Whether any item is not fully met.
    pub fn has_gaps(&self) -> bool {
        self.results.iter().any(|r| r.state != ItemState::Met)
    }
}

/// Items met, partly met and applicable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub met: usize,
    pub partly: usize,
    pub applicable: usize,
}

impl Score {
    fn of(states: impl Iterator<Item = ItemState>) -> Score {
        let mut score = Score::default();
        for state in states {
            score.applicable += 1;
            match state {
                ItemState::Met => score.met += 1,
                ItemState::Partly => score.partly += 1,
                ItemState::Missing => {}
            }
        }
        score
    }

    fn add(self, other: Score) -> Score {
        Score {
            met: self.met + other.met,
            partly: self.partly + other.partly,
            applicable: self.applicable + other.applicable,
        }
    }

    /// Whole percent of the applicable items that are met (0 when nothing applies).
    pub fn percent(self) -> u32 {
        if self.applicable == 0 {
            return 0;
        }
        ((self.met * 100) / self.applicable) as u32
    }
}

/// Findings about the register as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterFindings {
    /// Levels at which no (open) objective exists.
    pub empty_levels: Vec<Level>,
    /// Declared functions and units no objective is set for.
    pub functions_without_objectives: Vec<String>,
    /// Tactical and operational objectives without a parent.
    pub unaligned: Vec<ObjectiveId>,
}

impl RegisterFindings {
    pub fn is_clear(&self) -> bool {
        self.empty_levels.is_empty()
            && self.functions_without_objectives.is_empty()
            && self.unaligned.is_empty()
    }
}

/// The check of the whole register.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterCheck {
    /// One check per objective, in stored order; cancelled and superseded ones are left out.
    pub objectives: Vec<ObjectiveCheck>,
    pub findings: RegisterFindings,
    pub score: Score,
}

/// Whether an objective is still pursued, and so checked.
fn is_checked(objective: &Objective) -> bool {
    !matches!(objective.status, Status::Cancelled | Status::Superseded)
}

/// Checks every open objective and the register as a whole, as of `today`.
pub fn check_register(workspace: &Workspace, today: NaiveDate) -> RegisterCheck {
    // A map, not a list: with every objective communicated, looking each one up in a list
    // made the check quadratic in the size of the register.
    let communicated = workspace.last_communicated();
    let objectives: Vec<ObjectiveCheck> = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .map(|o| check_with(o, communicated.get(&o.id).copied(), today))
        .collect();
    let score = objectives
        .iter()
        .fold(Score::default(), |total, check| total.add(check.score()));
    RegisterCheck {
        findings: register_findings(workspace),
        objectives,
        score,
    }
}

/// Checks one objective of `workspace` as of `today`.
pub fn check_objective(
    workspace: &Workspace,
    objective: &Objective,
    today: NaiveDate,
) -> ObjectiveCheck {
    let last = workspace
        .communications
        .iter()
        .filter(|c| c.objectives.contains(&objective.id))
        .map(|c| c.date)
        .max();
    check_with(objective, last, today)
}

fn check_with(
    objective: &Objective,
    last_communicated: Option<NaiveDate>,
    today: NaiveDate,
) -> ObjectiveCheck {
    let mut results = vec![
        policy(objective),
        measurable(objective),
        requirements(objective),
        monitored(objective, today),
        communicated(objective, last_communicated),
        updated(objective, today),
        documented(objective),
    ];
    results.extend(plan(objective));
    ObjectiveCheck {
        objective: objective.id,
        results,
    }
}

fn result(item: CheckItem, state: ItemState, finding: Finding) -> ItemResult {
    ItemResult {
        item,
        state,
        finding,
    }
}

/// Met when every part is there, missing when none is, partly otherwise.
fn by_parts(present: usize, total: usize) -> ItemState {
    match present {
        0 => ItemState::Missing,
        n if n == total => ItemState::Met,
        _ => ItemState::Partly,
    }
}

fn policy(objective: &Objective) -> ItemResult {
    match objective.policy_links.len() {
        0 => result(CheckItem::Policy, ItemState::Missing, Finding::NoPolicyLink),
        count => result(
            CheckItem::Policy,
            ItemState::Met,
            Finding::PolicyLinked { count },
        ),
    }
}

/// What a KPI lacks to make an objective measurable, and then to be complete.
fn kpi_gaps(kpi: &Kpi) -> (Vec<KpiPart>, Vec<KpiPart>) {
    let mut essential = Vec::new();
    let milestone = kpi.direction == Direction::Milestone;
    if kpi.unit.trim().is_empty() && !milestone {
        essential.push(KpiPart::Unit);
    }
    let has_target = match kpi.direction {
        Direction::Range => kpi.target.is_some() && kpi.target_upper.is_some(),
        Direction::HigherIsBetter | Direction::LowerIsBetter => kpi.target.is_some(),
        Direction::Milestone => true,
    };
    if !has_target {
        essential.push(KpiPart::Target);
    }
    if kpi.target_date.is_none() {
        essential.push(KpiPart::TargetDate);
    }
    let mut basis = Vec::new();
    if kpi.baseline.is_none() && !milestone {
        basis.push(KpiPart::Baseline);
    }
    if kpi.method.trim().is_empty() && kpi.data_source.trim().is_empty() {
        basis.push(KpiPart::Method);
    }
    (essential, basis)
}

fn measurable(objective: &Objective) -> ItemResult {
    let item = CheckItem::Measurable;
    if objective.kpis.is_empty() {
        return result(item, ItemState::Missing, Finding::NoKpi);
    }
    let gaps: Vec<(&Kpi, Vec<KpiPart>, Vec<KpiPart>)> = objective
        .kpis
        .iter()
        .map(|kpi| {
            let (essential, basis) = kpi_gaps(kpi);
            (kpi, essential, basis)
        })
        .collect();
    if gaps.iter().all(|(_, essential, _)| !essential.is_empty()) {
        // Report the KPI that is closest to usable.
        let closest = gaps.iter().min_by_key(|(_, essential, _)| essential.len());
        let finding = match closest {
            Some((kpi, essential, _)) => Finding::KpiIncomplete {
                kpi: kpi.name.clone(),
                missing: essential.clone(),
            },
            None => Finding::NoKpi,
        };
        return result(item, ItemState::Missing, finding);
    }
    match gaps
        .iter()
        .find(|(_, essential, basis)| !essential.is_empty() || !basis.is_empty())
    {
        None => result(
            item,
            ItemState::Met,
            Finding::KpisComplete {
                count: objective.kpis.len(),
            },
        ),
        Some((kpi, essential, basis)) => {
            let missing = essential.iter().chain(basis).copied().collect();
            let finding = Finding::KpiWithoutBasis {
                kpi: kpi.name.clone(),
                missing,
            };
            result(item, ItemState::Partly, finding)
        }
    }
}

fn requirements(objective: &Objective) -> ItemResult {
    let item = CheckItem::Requirements;
    if !objective.requirement_links.is_empty() {
        let count = objective.requirement_links.len();
        return result(item, ItemState::Met, Finding::RequirementsLinked { count });
    }
    match objective.no_requirements_reason.as_deref().map(str::trim) {
        Some(reason) if !reason.is_empty() => result(item, ItemState::Met, Finding::NoneApply),
        Some(_) => result(item, ItemState::Partly, Finding::NoneApplyWithoutReason),
        None => result(item, ItemState::Missing, Finding::NoRequirementLink),
    }
}

fn monitored(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Monitored;
    let monitoring = &objective.monitoring;
    let mut missing = Vec::new();
    if monitoring.frequency.is_none() {
        missing.push(MonitoringPart::Frequency);
    }
    if monitoring.method.trim().is_empty() {
        missing.push(MonitoringPart::Method);
    }
    if monitoring.responsible.trim().is_empty() {
        missing.push(MonitoringPart::Responsible);
    }
    if monitoring.next_review.is_none() {
        missing.push(MonitoringPart::NextReview);
    }
    let state = by_parts(4 - missing.len(), 4);
    match (state, monitoring.next_review) {
        (ItemState::Missing, _) => result(item, state, Finding::NoMonitoring),
        (_, Some(next)) if next < today => result(
            item,
            ItemState::Partly,
            Finding::ReviewOverdue { since: next },
        ),
        (ItemState::Met, Some(next_review)) => {
            result(item, state, Finding::MonitoringSet { next_review })
        }
        _ => result(
            item,
            ItemState::Partly,
            Finding::MonitoringIncomplete { missing },
        ),
    }
}

fn communicated(objective: &Objective, last: Option<NaiveDate>) -> ItemResult {
    let item = CheckItem::Communicated;
    let plan = &objective.communication;
    let mut missing = Vec::new();
    if plan.audiences.iter().all(|a| a.trim().is_empty()) {
        missing.push(CommunicationPart::Audiences);
    }
    if plan.channels.iter().all(|c| c.trim().is_empty()) {
        missing.push(CommunicationPart::Channels);
    }
    match (missing.len(), last) {
        (0, Some(last)) => result(item, ItemState::Met, Finding::CommunicatedOn { last }),
        // Communicated without a recorded plan still counts for something.
        (_, Some(_)) | (1, None) => result(
            item,
            ItemState::Partly,
            Finding::CommunicationIncomplete { missing },
        ),
        (0, None) => result(item, ItemState::Partly, Finding::NotYetCommunicated),
        _ => result(item, ItemState::Missing, Finding::NoCommunicationPlan),
    }
}

fn updated(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Updated;
    let rules = &objective.updating;
    if rules.review_cadence.is_none() && rules.triggers.is_empty() {
        return result(item, ItemState::Missing, Finding::NoUpdateRules);
    }
    if let Some(cadence) = rules.review_cadence {
        // Never reviewed: the cadence runs from the day the objective was created.
        let since = rules
            .last_reviewed
            .or_else(|| objective.created.date())
            .unwrap_or(today);
        if let Some(due) = cadence.after(since) {
            if due < today {
                return result(item, ItemState::Partly, Finding::UpdateOverdue { due });
            }
        }
    }
    result(item, ItemState::Met, Finding::UpdateRulesSet)
}

fn documented(objective: &Objective) -> ItemResult {
    let item = CheckItem::Documented;
    let draft = objective.status == Status::Draft;
    match (draft, objective.revisions.is_empty()) {
        (false, false) => result(item, ItemState::Met, Finding::ActiveWithRevision),
        (true, false) => result(item, ItemState::Partly, Finding::StillDraft),
        (false, true) => result(item, ItemState::Partly, Finding::NoRevision),
        (true, true) => result(item, ItemState::Missing, Finding::DraftWithoutRevision),
    }
}

/// The objective's target date: the latest target date of its KPIs.
pub fn target_date(objective: &Objective) -> Option<NaiveDate> {
    objective.kpis.iter().filter_map(|k| k.target_date).max()
}

fn plan(objective: &Objective) -> Vec<ItemResult> {
    let Some(plan) = objective
        .plan
        .as_ref()
        .filter(|p| !p.actions.is_empty() || p.evaluation != Default::default())
    else {
        return CheckItem::PLAN
            .into_iter()
            .map(|item| result(item, ItemState::Missing, Finding::NoPlan))
            .collect();
    };
    let actions: Vec<_> = plan
        .actions
        .iter()
        .filter(|a| !a.what.trim().is_empty())
        .collect();
    let count = actions.len();
    let mut results = Vec::with_capacity(5);

    results.push(match count {
        0 => result(CheckItem::Actions, ItemState::Missing, Finding::NoActions),
        count => result(
            CheckItem::Actions,
            ItemState::Met,
            Finding::ActionsPlanned { count },
        ),
    });

    let without_resources = actions.iter().filter(|a| a.resources.is_empty()).count();
    let resources = actions.iter().flat_map(|a| &a.resources);
    let without_amount = resources
        .clone()
        .filter(|r| r.amount.trim().is_empty())
        .count();
    let unapproved = resources.clone().filter(|r| !r.approved).count();
    results.push(if count == 0 || without_resources == count {
        result(
            CheckItem::Resources,
            ItemState::Missing,
            Finding::NoResources,
        )
    } else if without_resources > 0 {
        let finding = Finding::ActionsWithoutResources {
            count: without_resources,
        };
        result(CheckItem::Resources, ItemState::Partly, finding)
    } else if without_amount > 0 {
        let finding = Finding::ResourcesWithoutAmount {
            count: without_amount,
        };
        result(CheckItem::Resources, ItemState::Partly, finding)
    } else if unapproved > 0 {
        let finding = Finding::ResourcesNotApproved { count: unapproved };
        result(CheckItem::Resources, ItemState::Partly, finding)
    } else {
        result(
            CheckItem::Resources,
            ItemState::Met,
            Finding::ResourcesComplete,
        )
    });

    let has_owner = !objective.owner.trim().is_empty();
    let unassigned = actions
        .iter()
        .filter(|a| a.responsible.trim().is_empty())
        .count();
    results.push(match (has_owner, unassigned) {
        (true, 0) if count > 0 => result(
            CheckItem::Responsible,
            ItemState::Met,
            Finding::ResponsibleComplete,
        ),
        (false, n) if n == count => result(
            CheckItem::Responsible,
            ItemState::Missing,
            Finding::NoResponsible,
        ),
        (false, _) => result(
            CheckItem::Responsible,
            ItemState::Partly,
            Finding::NoObjectiveOwner,
        ),
        (true, count) => {
            let finding = Finding::ActionsWithoutResponsible { count };
            result(CheckItem::Responsible, ItemState::Partly, finding)
        }
    });

    let undated = actions.iter().filter(|a| a.due.is_none()).count();
    let target = target_date(objective);
    let late = target.map_or(0, |target| {
        actions
            .iter()
            .filter(|a| a.due.is_some_and(|due| due > target))
            .count()
    });
    results.push(if count == 0 || undated == count {
        result(CheckItem::Timing, ItemState::Missing, Finding::NoDueDates)
    } else if undated > 0 {
        let finding = Finding::ActionsWithoutDueDate { count: undated };
        result(CheckItem::Timing, ItemState::Partly, finding)
    } else if let (true, Some(target)) = (late > 0, target) {
        let finding = Finding::ActionsAfterTarget {
            count: late,
            target,
        };
        result(CheckItem::Timing, ItemState::Partly, finding)
    } else {
        result(CheckItem::Timing, ItemState::Met, Finding::TimingComplete)
    });

    let evaluation = &plan.evaluation;
    let mut missing = Vec::new();
    if evaluation.method.trim().is_empty() {
        missing.push(EvaluationPart::Method);
    }
    if evaluation.success_criteria.trim().is_empty() {
        missing.push(EvaluationPart::SuccessCriteria);
    }
    if evaluation.evaluator.trim().is_empty() {
        missing.push(EvaluationPart::Evaluator);
    }
    if evaluation.date.is_none() {
        missing.push(EvaluationPart::Date);
    }
    results.push(match by_parts(4 - missing.len(), 4) {
        ItemState::Met => result(
            CheckItem::Evaluation,
            ItemState::Met,
            Finding::EvaluationComplete,
        ),
        ItemState::Missing => result(
            CheckItem::Evaluation,
            ItemState::Missing,
            Finding::NoEvaluation,
        ),
        ItemState::Partly => result(
            CheckItem::Evaluation,
            ItemState::Partly,
            Finding::EvaluationIncomplete { missing },
        ),
    });
    results
}

fn register_findings(workspace: &Workspace) -> RegisterFindings {
    let open: Vec<&Objective> = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .collect();
    let empty_levels = Level::ALL
        .into_iter()
        .filter(|level| !open.iter().any(|o| o.level == *level))
        .collect();
    let used: HashSet<String> = open
        .iter()
        .map(|o| o.function.trim().to_lowercase())
        .collect();
    let functions_without_objectives = workspace
        .organisation
        .functions
        .iter()
        .filter(|f| !f.trim().is_empty() && !used.contains(&f.trim().to_lowercase()))
        .cloned()
        .collect();
    let unaligned = open
        .iter()
        .filter(|o| o.level != Level::Strategic && o.parent.is_none())
        .map(|o| o.id)
        .collect();
    RegisterFindings {
        empty_levels,
        functions_without_objectives,
        unaligned,
    }
}
