//! The clause 6.2 conformity check: for every objective, each item of 6.2.1 (a–f and
//! documented information) and of 6.2.2 (a–e) is met, partly met or missing, with the reason
//! as data (the UI words it in the user's language); plus findings about the register as a
//! whole and scores.
//!
//! Every rule is one of two kinds, and the two are never mixed:
//! - **required**: what clause 6.2 asks (and, for documented information, the standard's rules
//!   for documented information: it is approved). Only these decide an item's state and so the
//!   score;
//! - **good practice**: what auditors commonly look for beyond the clause (a baseline, a
//!   communication plan, approved resources…). It is reported beside each item as
//!   [`Practice`] notes and counted apart, never in the score.
//!
//! Open objectives (draft or active) are judged on their arrangements and their records as of
//! `today`. Closed ones (achieved, not achieved) are judged on the records they keep, never on
//! forward-looking items such as a next review or an overdue update. Cancelled and superseded
//! objectives are not checked. README "The clause 6.2 check" lists every rule.

use super::ids::ObjectiveId;
use super::model::{
    ActionStatus, Direction, Kpi, Level, Objective, Plan, ReviewResult, Status, Workspace,
};
use super::progress::{kpi_progress, objective_start, KpiStatus, Thresholds};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

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
    /// 6.2.1: documented information is retained (and, by clause 7.5, approved).
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

/// How far the required part of an item is satisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemState {
    Missing,
    Partly,
    Met,
}

/// A part of a KPI that a measurable objective needs (required).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiPart {
    Unit,
    Target,
    TargetDate,
}

/// A part of the monitoring arrangements (6.2.1 d).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonitoringPart {
    /// How often each KPI is measured (required: measurements are judged against it).
    MeasurementFrequency,
    /// How often, or when next, progress is reviewed (required: reviews are judged against it).
    ReviewSchedule,
    /// How progress is monitored (good practice).
    Method,
    /// Who monitors (good practice).
    Responsible,
}

/// A part of the communication plan (6.2.1 e, good practice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommunicationPart {
    Audiences,
    Channels,
}

/// A part of the evaluation of results (6.2.2 e).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvaluationPart {
    /// Required.
    Method,
    /// Required.
    SuccessCriteria,
    /// Good practice.
    Evaluator,
    /// Good practice.
    Date,
}

/// A part of an approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApprovalPart {
    By,
    On,
}

/// Why an item has its state: the facts the one-line reason is written from. Every finding
/// is about what 6.2 requires; good practice is in [`Practice`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    PolicyLinked {
        count: usize,
    },
    NoPolicyLink,

    NoKpi,
    /// No KPI is measurable yet; `kpi` is the closest one and `missing` what it lacks.
    KpiIncomplete {
        kpi: String,
        missing: Vec<KpiPart>,
    },
    /// Some KPIs are measurable, but `kpi` lacks `missing`.
    OtherKpiIncomplete {
        kpi: String,
        missing: Vec<KpiPart>,
    },
    KpisMeasurable {
        count: usize,
    },

    RequirementsLinked {
        count: usize,
    },
    /// Marked as having no applicable requirement.
    NoneApply,
    NoRequirementLink,

    /// Measurements and reviews are recorded as arranged; the latest of each.
    MonitoredOn {
        measured: Option<NaiveDate>,
        reviewed: NaiveDate,
    },
    /// Required arrangements are missing.
    MonitoringIncomplete {
        missing: Vec<MonitoringPart>,
    },
    /// No arrangements and no records.
    NoMonitoring,
    /// A closed objective with no measurement and no review on record.
    NoMonitoringRecords,
    /// Arrangements are made but nothing is recorded yet.
    NotYetMonitored,
    /// `kpi` was never measured.
    NotMeasuredYet {
        kpi: String,
    },
    /// Measurements are recorded, but no review was held.
    NoReviewYet,
    /// `kpi` was due to be measured on `due` and was not.
    MeasurementOverdue {
        kpi: String,
        due: NaiveDate,
    },
    ReviewOverdue {
        since: NaiveDate,
    },

    CommunicatedOn {
        last: NaiveDate,
    },
    /// Never communicated (no record in the communication register).
    NotCommunicated,
    /// A recorded revision on `changed` came after the last communication on `last`.
    ChangedSinceCommunicated {
        last: NaiveDate,
        changed: NaiveDate,
    },

    /// A review cadence is set and kept; the next update review is due on `due`.
    UpdateCadenceKept {
        due: NaiveDate,
    },
    /// Update triggers are set, but no review cadence.
    NoUpdateCadence,
    NoUpdateRules,
    UpdateOverdue {
        due: NaiveDate,
    },
    /// Revision `number` is open: the objective changed and the reason is not recorded.
    OpenRevision {
        number: u32,
    },
    /// A closed objective whose revision log holds `count` revisions, all recorded.
    UpdatesRecorded {
        count: usize,
    },

    /// In force (or closed), with revisions, approved by `by` on `on`.
    Approved {
        by: String,
        on: NaiveDate,
    },
    StillDraft,
    NoRevision,
    DraftWithoutRevision,
    NotApproved {
        missing: Vec<ApprovalPart>,
    },
    /// Revision `number` changed the objective after it was approved, and no one approved it.
    ChangedSinceApproval {
        number: u32,
    },

    NoPlan,
    ActionsPlanned {
        count: usize,
    },
    NoActions,
    /// The plan is delivered through `count` child objectives, all planned.
    ThroughChildren {
        count: usize,
    },
    /// `count` of the `total` child objectives carrying the plan have no plan yet.
    ChildrenNotPlanned {
        count: usize,
        total: usize,
    },
    /// The plan is to be delivered through child objectives, but there are none.
    ThroughChildrenWithoutChildren,

    ResourcesNamed,
    ActionsWithoutResources {
        count: usize,
    },
    NoResources,

    ResponsibleComplete,
    /// The objective's owner is responsible; there are no actions to assign yet.
    OwnerResponsible,
    NoObjectiveOwner,
    ActionsWithoutResponsible {
        count: usize,
    },
    NoResponsible,

    TimingComplete,
    ActionsWithoutDueDate {
        count: usize,
    },
    NoDueDates,

    EvaluationDefined,
    EvaluationIncomplete {
        missing: Vec<EvaluationPart>,
    },
    NoEvaluation,
}

/// Good practice not yet followed: reported beside an item, never counted in the score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Practice {
    /// 6.2.1 b): a baseline shows where the KPI starts.
    NoBaseline { kpi: String },
    /// 6.2.1 b): a method or data source says how a value is obtained.
    NoMeasurementMethod { kpi: String },
    /// 6.2.1 c): the reason why no requirement applies.
    NoneApplyWithoutReason,
    /// 6.2.1 d): the monitoring method and who monitors.
    MonitoringDetails { missing: Vec<MonitoringPart> },
    /// 6.2.1 e): a communication plan (audiences and channels).
    NoCommunicationPlan { missing: Vec<CommunicationPart> },
    /// 6.2.1 f): events that trigger an update besides the cadence.
    NoUpdateTriggers,
    /// 6.2.2: the plan's approval.
    PlanNotApproved { missing: Vec<ApprovalPart> },
    /// 10.2: the objective is off track and no corrective action is planned.
    NoCorrectiveAction,
    /// 6.2.2 b): how much of each resource.
    ResourcesWithoutAmount { count: usize },
    /// 6.2.2 b): approval (or provision) of the resources.
    ResourcesNotApproved { count: usize },
    /// 6.2.2 d): actions due after the objective's target date.
    ActionsAfterTarget { count: usize, target: NaiveDate },
    /// 6.2.2 e): who evaluates, and when.
    EvaluationDetails { missing: Vec<EvaluationPart> },
    /// 6.2.2 e): the evaluation's date has passed (or the objective is closed) and no result is
    /// recorded.
    NoEvaluationResult,
}

/// The outcome of one item for one objective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemResult {
    pub item: CheckItem,
    /// The state of what clause 6.2 requires: the only part the score counts.
    pub state: ItemState,
    pub finding: Finding,
    /// Good practice not yet followed for this item.
    pub practice: Vec<Practice>,
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

    /// Required items met and checked (good practice is not part of it).
    pub fn score(&self) -> Score {
        Score::of(self.results.iter().map(|r| r.state))
    }

    /// Whether any required item is not fully met.
    pub fn has_gaps(&self) -> bool {
        self.results.iter().any(|r| r.state != ItemState::Met)
    }

    /// How many good-practice notes the items have.
    pub fn practice_count(&self) -> usize {
        self.results.iter().map(|r| r.practice.len()).sum()
    }
}

/// Required items met, partly met and applicable.
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
    /// Required (6.2.1, "relevant levels"): levels at which no open objective exists and that
    /// are not marked not relevant with a reason.
    pub empty_levels: Vec<Level>,
    /// Required (6.2.1, "relevant functions"): declared functions no open objective is set
    /// for and that are not marked not relevant with a reason.
    pub functions_without_objectives: Vec<String>,
    /// Required (documented information is approved, clause 7.5): what the register's own
    /// approval lacks; empty when it is approved.
    pub register_not_approved: Vec<ApprovalPart>,
    /// Good practice: tactical and operational objectives linked to no objective above them
    /// (no parent and no "also contributes to" link).
    pub unaligned: Vec<ObjectiveId>,
}

impl RegisterFindings {
    /// Whether nothing is found, required or good practice.
    pub fn is_clear(&self) -> bool {
        self.required_clear() && self.unaligned.is_empty()
    }

    /// Whether nothing required is found.
    pub fn required_clear(&self) -> bool {
        self.empty_levels.is_empty()
            && self.functions_without_objectives.is_empty()
            && self.register_not_approved.is_empty()
    }
}

/// The check of the whole register.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterCheck {
    /// One check per checked objective, in stored order; cancelled and superseded ones are
    /// left out.
    pub objectives: Vec<ObjectiveCheck>,
    pub findings: RegisterFindings,
    /// Required items only.
    pub score: Score,
    /// Good-practice notes over every objective, beside the score.
    pub practice: usize,
}

/// Whether an objective is checked: cancelled and superseded ones are no longer pursued.
fn is_checked(objective: &Objective) -> bool {
    !matches!(objective.status, Status::Cancelled | Status::Superseded)
}

/// Whether an objective is closed with a result (achieved or not): judged on its records.
fn is_finished(objective: &Objective) -> bool {
    matches!(objective.status, Status::Achieved | Status::NotAchieved)
}

/// What the check of one objective needs from the rest of the workspace.
struct Context<'a> {
    workspace: &'a Workspace,
    /// Children by parent; `None` to look them up in the workspace each time (one objective).
    children: Option<HashMap<ObjectiveId, Vec<&'a Objective>>>,
    limits: Thresholds,
    today: NaiveDate,
}

impl<'a> Context<'a> {
    fn new(workspace: &'a Workspace, today: NaiveDate, index_children: bool) -> Self {
        let children = index_children.then(|| {
            let mut children: HashMap<ObjectiveId, Vec<&Objective>> = HashMap::new();
            for objective in &workspace.objectives {
                if let Some(parent) = objective.parent {
                    children.entry(parent).or_default().push(objective);
                }
            }
            children
        });
        Context {
            workspace,
            children,
            limits: Thresholds::of(&workspace.settings),
            today,
        }
    }

    /// The checked children of `id`.
    fn children(&self, id: ObjectiveId) -> Vec<&'a Objective> {
        let all: Vec<&'a Objective> = match &self.children {
            Some(index) => index.get(&id).cloned().unwrap_or_default(),
            None => self.workspace.children_of(id).collect(),
        };
        all.into_iter().filter(|o| is_checked(o)).collect()
    }
}

/// Checks every checked objective and the register as a whole, as of `today`.
pub fn check_register(workspace: &Workspace, today: NaiveDate) -> RegisterCheck {
    // A map, not a list: with every objective communicated, looking each one up in a list
    // made the check quadratic in the size of the register.
    let communicated = workspace.last_communicated();
    let context = Context::new(workspace, today, true);
    let objectives: Vec<ObjectiveCheck> = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .map(|o| check_with(&context, o, communicated.get(&o.id).copied()))
        .collect();
    let score = objectives
        .iter()
        .fold(Score::default(), |total, check| total.add(check.score()));
    let practice = objectives.iter().map(ObjectiveCheck::practice_count).sum();
    RegisterCheck {
        findings: register_findings(workspace),
        objectives,
        score,
        practice,
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
    check_with(&Context::new(workspace, today, false), objective, last)
}

fn check_with(
    context: &Context<'_>,
    objective: &Objective,
    last_communicated: Option<NaiveDate>,
) -> ObjectiveCheck {
    let today = context.today;
    let mut results = vec![
        policy(objective),
        measurable(objective),
        requirements(objective),
        monitored(objective, today),
        communicated(objective, last_communicated),
        updated(objective, today),
        documented(objective),
    ];
    results.extend(plan(context, objective));
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
        practice: Vec::new(),
    }
}

impl ItemResult {
    fn with(mut self, practice: impl IntoIterator<Item = Practice>) -> Self {
        self.practice.extend(practice);
        self
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
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

/// What a KPI lacks to be measurable: a unit, a target (both ends of a range) and a target
/// date; a milestone needs only its date.
fn kpi_gaps(kpi: &Kpi) -> Vec<KpiPart> {
    let mut missing = Vec::new();
    if kpi.direction != Direction::Milestone {
        if blank(&kpi.unit) {
            missing.push(KpiPart::Unit);
        }
        let has_target = match kpi.direction {
            Direction::Range => kpi.target.is_some() && kpi.target_upper.is_some(),
            _ => kpi.target.is_some(),
        };
        if !has_target {
            missing.push(KpiPart::Target);
        }
    }
    if kpi.target_date.is_none() {
        missing.push(KpiPart::TargetDate);
    }
    missing
}

/// Good practice for a KPI: a baseline (not for milestones) and a method or data source.
fn kpi_practice(kpi: &Kpi) -> Vec<Practice> {
    let mut notes = Vec::new();
    if kpi.direction != Direction::Milestone && kpi.baseline.is_none() {
        notes.push(Practice::NoBaseline {
            kpi: kpi.name.clone(),
        });
    }
    if blank(&kpi.method) && blank(&kpi.data_source) {
        notes.push(Practice::NoMeasurementMethod {
            kpi: kpi.name.clone(),
        });
    }
    notes
}

fn measurable(objective: &Objective) -> ItemResult {
    let item = CheckItem::Measurable;
    if objective.kpis.is_empty() {
        return result(item, ItemState::Missing, Finding::NoKpi);
    }
    let practice: Vec<Practice> = objective.kpis.iter().flat_map(kpi_practice).collect();
    let gaps: Vec<(&Kpi, Vec<KpiPart>)> = objective
        .kpis
        .iter()
        .map(|kpi| (kpi, kpi_gaps(kpi)))
        .collect();
    let measurable = gaps
        .iter()
        .filter(|(_, missing)| missing.is_empty())
        .count();
    let first_gap = gaps
        .iter()
        .filter(|(_, missing)| !missing.is_empty())
        // Report the KPI that is closest to measurable.
        .min_by_key(|(_, missing)| missing.len());
    let outcome = match (measurable, first_gap) {
        (_, None) => result(
            item,
            ItemState::Met,
            Finding::KpisMeasurable {
                count: objective.kpis.len(),
            },
        ),
        (0, Some((kpi, missing))) => result(
            item,
            ItemState::Missing,
            Finding::KpiIncomplete {
                kpi: kpi.name.clone(),
                missing: missing.clone(),
            },
        ),
        (_, Some((kpi, missing))) => result(
            item,
            ItemState::Partly,
            Finding::OtherKpiIncomplete {
                kpi: kpi.name.clone(),
                missing: missing.clone(),
            },
        ),
    };
    outcome.with(practice)
}

fn requirements(objective: &Objective) -> ItemResult {
    let item = CheckItem::Requirements;
    if !objective.requirement_links.is_empty() {
        let count = objective.requirement_links.len();
        return result(item, ItemState::Met, Finding::RequirementsLinked { count });
    }
    match objective.no_requirements_reason.as_deref() {
        // Stating that none applies answers c); the reason helps an auditor follow it.
        Some(reason) => result(item, ItemState::Met, Finding::NoneApply)
            .with(blank(reason).then_some(Practice::NoneApplyWithoutReason)),
        None => result(item, ItemState::Missing, Finding::NoRequirementLink),
    }
}

/// The latest measurement of any of the objective's KPIs.
fn last_measured(objective: &Objective) -> Option<NaiveDate> {
    objective
        .kpis
        .iter()
        .filter_map(|kpi| kpi.latest_measurement().map(|m| m.date))
        .max()
}

fn monitored(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Monitored;
    let monitoring = &objective.monitoring;
    let never_measured = objective
        .kpis
        .iter()
        .find(|kpi| kpi.latest_measurement().is_none());
    let measured = last_measured(objective);
    let reviewed = objective.reviews.iter().map(|r| r.date).max();

    if is_finished(objective) {
        // Judged on what it keeps: measurements and reviews.
        return match (measured, reviewed, never_measured) {
            (None, None, _) => result(item, ItemState::Missing, Finding::NoMonitoringRecords),
            (_, Some(reviewed), None) => result(
                item,
                ItemState::Met,
                Finding::MonitoredOn { measured, reviewed },
            ),
            (_, _, Some(kpi)) => result(
                item,
                ItemState::Partly,
                Finding::NotMeasuredYet {
                    kpi: kpi.name.clone(),
                },
            ),
            (_, None, None) => result(item, ItemState::Partly, Finding::NoReviewYet),
        };
    }

    let mut details = Vec::new();
    if blank(&monitoring.method) {
        details.push(MonitoringPart::Method);
    }
    if blank(&monitoring.responsible) {
        details.push(MonitoringPart::Responsible);
    }
    let practice =
        (!details.is_empty()).then_some(Practice::MonitoringDetails { missing: details });

    let mut missing = Vec::new();
    if objective.kpis.iter().any(|kpi| kpi.frequency.is_none()) {
        missing.push(MonitoringPart::MeasurementFrequency);
    }
    if monitoring.frequency.is_none() && monitoring.next_review.is_none() {
        missing.push(MonitoringPart::ReviewSchedule);
    }
    let arranged = objective.kpis.iter().any(|kpi| kpi.frequency.is_some())
        || monitoring.frequency.is_some()
        || monitoring.next_review.is_some()
        || !blank(&monitoring.method)
        || !blank(&monitoring.responsible);
    let recorded = measured.is_some() || reviewed.is_some();

    // Only an active objective is due to be measured and reviewed (as on the agenda).
    let pursued = objective.status == Status::Active;
    let start = objective_start(objective).unwrap_or(today);
    let overdue = objective
        .kpis
        .iter()
        .filter(|_| pursued)
        .filter_map(|kpi| {
            kpi.measurement_due(start)
                .filter(|due| *due < today)
                .map(|due| (kpi, due))
        })
        .min_by_key(|(_, due)| *due);

    let outcome = if !arranged && !recorded {
        result(item, ItemState::Missing, Finding::NoMonitoring)
    } else if let Some((kpi, due)) = overdue {
        let finding = Finding::MeasurementOverdue {
            kpi: kpi.name.clone(),
            due,
        };
        result(item, ItemState::Partly, finding)
    } else if let Some(since) = monitoring
        .next_review
        .filter(|next| pursued && *next < today)
    {
        result(item, ItemState::Partly, Finding::ReviewOverdue { since })
    } else if !missing.is_empty() {
        result(
            item,
            ItemState::Partly,
            Finding::MonitoringIncomplete { missing },
        )
    } else if !recorded {
        result(item, ItemState::Partly, Finding::NotYetMonitored)
    } else if let Some(kpi) = never_measured {
        let finding = Finding::NotMeasuredYet {
            kpi: kpi.name.clone(),
        };
        result(item, ItemState::Partly, finding)
    } else if let Some(reviewed) = reviewed {
        result(
            item,
            ItemState::Met,
            Finding::MonitoredOn { measured, reviewed },
        )
    } else {
        result(item, ItemState::Partly, Finding::NoReviewYet)
    };
    outcome.with(practice)
}

/// The latest revision that changed the objective, by date.
fn last_changed(objective: &Objective) -> Option<NaiveDate> {
    objective
        .revisions
        .iter()
        .filter_map(|revision| revision.at.date())
        .max()
}

fn communicated(objective: &Objective, last: Option<NaiveDate>) -> ItemResult {
    let item = CheckItem::Communicated;
    let closed = is_finished(objective);
    let plan = &objective.communication;
    let mut missing = Vec::new();
    if plan.audiences.iter().all(|a| blank(a)) {
        missing.push(CommunicationPart::Audiences);
    }
    if plan.channels.iter().all(|c| blank(c)) {
        missing.push(CommunicationPart::Channels);
    }
    // A plan for future communication means nothing once the objective is closed.
    let practice =
        (!closed && !missing.is_empty()).then_some(Practice::NoCommunicationPlan { missing });
    let outcome = match last {
        None => result(item, ItemState::Missing, Finding::NotCommunicated),
        Some(last) => match last_changed(objective).filter(|changed| *changed > last) {
            Some(changed) if !closed => result(
                item,
                ItemState::Partly,
                Finding::ChangedSinceCommunicated { last, changed },
            ),
            _ => result(item, ItemState::Met, Finding::CommunicatedOn { last }),
        },
    };
    outcome.with(practice)
}

fn updated(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Updated;
    let rules = &objective.updating;
    let open_revision = objective
        .revisions
        .iter()
        .filter(|revision| revision.is_open())
        .map(|revision| revision.number)
        .max();
    if is_finished(objective) {
        return match open_revision {
            Some(number) => result(item, ItemState::Partly, Finding::OpenRevision { number }),
            None => result(
                item,
                ItemState::Met,
                Finding::UpdatesRecorded {
                    count: objective.revisions.len(),
                },
            ),
        };
    }
    let practice = (rules.review_cadence.is_some() && rules.triggers.is_empty())
        .then_some(Practice::NoUpdateTriggers);
    let Some(cadence) = rules.review_cadence else {
        return if rules.triggers.is_empty() {
            result(item, ItemState::Missing, Finding::NoUpdateRules)
        } else {
            result(item, ItemState::Partly, Finding::NoUpdateCadence)
        };
    };
    // Never reviewed: the cadence runs from the day the objective was created.
    let since = rules
        .last_reviewed
        .or_else(|| objective.created.date())
        .unwrap_or(today);
    let due = cadence.after(since).unwrap_or(today);
    let outcome = if due < today {
        result(item, ItemState::Partly, Finding::UpdateOverdue { due })
    } else if let Some(number) = open_revision {
        result(item, ItemState::Partly, Finding::OpenRevision { number })
    } else {
        result(item, ItemState::Met, Finding::UpdateCadenceKept { due })
    };
    outcome.with(practice)
}

fn documented(objective: &Objective) -> ItemResult {
    let item = CheckItem::Documented;
    let draft = objective.status == Status::Draft;
    match (draft, objective.revisions.is_empty()) {
        (true, true) => return result(item, ItemState::Missing, Finding::DraftWithoutRevision),
        (true, false) => return result(item, ItemState::Partly, Finding::StillDraft),
        (false, true) => return result(item, ItemState::Partly, Finding::NoRevision),
        (false, false) => {}
    }
    let approval = &objective.approval;
    let (Some(on), false) = (approval.approved_on, blank(&approval.approved_by)) else {
        let mut missing = Vec::new();
        if blank(&approval.approved_by) {
            missing.push(ApprovalPart::By);
        }
        if approval.approved_on.is_none() {
            missing.push(ApprovalPart::On);
        }
        return result(item, ItemState::Partly, Finding::NotApproved { missing });
    };
    // A change recorded after the approval needs its own approver.
    let unapproved = objective
        .revisions
        .iter()
        .filter(|revision| revision.at.date().is_some_and(|at| at > on))
        .filter(|revision| blank(&revision.approved_by))
        .map(|revision| revision.number)
        .max();
    match unapproved {
        Some(number) => result(
            item,
            ItemState::Partly,
            Finding::ChangedSinceApproval { number },
        ),
        None => result(
            item,
            ItemState::Met,
            Finding::Approved {
                by: approval.approved_by.trim().to_string(),
                on,
            },
        ),
    }
}

/// The objective's target date: the latest target date of its KPIs.
pub fn target_date(objective: &Objective) -> Option<NaiveDate> {
    objective.kpis.iter().filter_map(|k| k.target_date).max()
}

/// Whether a plan says anything at all.
fn has_content(plan: &Plan) -> bool {
    plan.through_children || !plan.actions.is_empty() || plan.evaluation != Default::default()
}

/// Whether `objective` is planned: its plan has an action, or it is delivered through child
/// objectives that all are. `seen` guards against a corrupt loop of parents.
fn is_planned(
    context: &Context<'_>,
    objective: &Objective,
    seen: &mut HashSet<ObjectiveId>,
) -> bool {
    if !seen.insert(objective.id) {
        return false;
    }
    match &objective.plan {
        Some(plan) if plan.through_children => {
            let children = context.children(objective.id);
            !children.is_empty()
                && children
                    .into_iter()
                    .all(|child| is_planned(context, child, seen))
        }
        Some(plan) => plan.actions.iter().any(|a| !blank(&a.what)),
        None => false,
    }
}

/// Whether the objective is off track now: its latest review found it so, or one of its own
/// KPIs is.
fn off_track(context: &Context<'_>, objective: &Objective) -> bool {
    // The latest review: the latest date, and of two on one day the one recorded last.
    let reviewed_off_track = objective
        .reviews
        .iter()
        .max_by_key(|review| review.date)
        .is_some_and(|review| review.result == ReviewResult::OffTrack);
    let start = objective_start(objective).unwrap_or(context.today);
    reviewed_off_track
        || objective.kpis.iter().any(|kpi| {
            kpi_progress(kpi, start, context.today, context.limits).status == KpiStatus::OffTrack
        })
}

fn plan(context: &Context<'_>, objective: &Objective) -> Vec<ItemResult> {
    let Some(plan) = objective.plan.as_ref().filter(|p| has_content(p)) else {
        return CheckItem::PLAN
            .into_iter()
            .map(|item| result(item, ItemState::Missing, Finding::NoPlan))
            .collect();
    };
    if plan.through_children {
        return through_children(context, objective);
    }
    let actions: Vec<_> = plan.actions.iter().filter(|a| !blank(&a.what)).collect();
    let count = actions.len();
    let mut results = Vec::with_capacity(5);

    let mut plan_practice = Vec::new();
    if !plan.approval.is_complete() {
        let mut missing = Vec::new();
        if blank(&plan.approval.approved_by) {
            missing.push(ApprovalPart::By);
        }
        if plan.approval.approved_on.is_none() {
            missing.push(ApprovalPart::On);
        }
        plan_practice.push(Practice::PlanNotApproved { missing });
    }
    let corrective = actions
        .iter()
        .any(|a| a.corrective && a.status != ActionStatus::Cancelled);
    if objective.status == Status::Active && !corrective && off_track(context, objective) {
        plan_practice.push(Practice::NoCorrectiveAction);
    }
    results.push(
        match count {
            0 => result(CheckItem::Actions, ItemState::Missing, Finding::NoActions),
            count => result(
                CheckItem::Actions,
                ItemState::Met,
                Finding::ActionsPlanned { count },
            ),
        }
        .with(plan_practice),
    );

    let named = |r: &super::model::Resource| !blank(&r.description) || !blank(&r.amount);
    let without_resources = actions
        .iter()
        .filter(|a| !a.resources.iter().any(named))
        .count();
    let resources = actions
        .iter()
        .flat_map(|a| &a.resources)
        .filter(|r| named(r));
    let without_amount = resources.clone().filter(|r| blank(&r.amount)).count();
    let unapproved = resources.clone().filter(|r| !r.approved).count();
    let mut resource_practice = Vec::new();
    if without_amount > 0 {
        resource_practice.push(Practice::ResourcesWithoutAmount {
            count: without_amount,
        });
    }
    if unapproved > 0 {
        resource_practice.push(Practice::ResourcesNotApproved { count: unapproved });
    }
    results.push(
        if count == 0 || without_resources == count {
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
        } else {
            result(
                CheckItem::Resources,
                ItemState::Met,
                Finding::ResourcesNamed,
            )
        }
        .with(resource_practice),
    );

    let has_owner = !blank(&objective.owner);
    let unassigned = actions.iter().filter(|a| blank(&a.responsible)).count();
    let item = CheckItem::Responsible;
    results.push(match (has_owner, unassigned) {
        // No actions yet: the owner answers for the objective (a) reports the missing actions).
        (true, _) if count == 0 => result(item, ItemState::Met, Finding::OwnerResponsible),
        (true, 0) => result(item, ItemState::Met, Finding::ResponsibleComplete),
        (false, n) if n == count => result(item, ItemState::Missing, Finding::NoResponsible),
        (false, _) => result(item, ItemState::Partly, Finding::NoObjectiveOwner),
        (true, count) => result(
            item,
            ItemState::Partly,
            Finding::ActionsWithoutResponsible { count },
        ),
    });

    let undated = actions.iter().filter(|a| a.due.is_none()).count();
    let late = target_date(objective).and_then(|target| {
        let count = actions
            .iter()
            .filter(|a| a.due.is_some_and(|due| due > target))
            .count();
        (count > 0).then_some(Practice::ActionsAfterTarget { count, target })
    });
    results.push(
        if count == 0 || undated == count {
            result(CheckItem::Timing, ItemState::Missing, Finding::NoDueDates)
        } else if undated > 0 {
            let finding = Finding::ActionsWithoutDueDate { count: undated };
            result(CheckItem::Timing, ItemState::Partly, finding)
        } else {
            result(CheckItem::Timing, ItemState::Met, Finding::TimingComplete)
        }
        .with(late),
    );

    results.push(evaluation(context, objective, plan));
    results
}

fn evaluation(context: &Context<'_>, objective: &Objective, plan: &Plan) -> ItemResult {
    let item = CheckItem::Evaluation;
    let evaluation = &plan.evaluation;
    let mut missing = Vec::new();
    if blank(&evaluation.method) {
        missing.push(EvaluationPart::Method);
    }
    if blank(&evaluation.success_criteria) {
        missing.push(EvaluationPart::SuccessCriteria);
    }
    let mut details = Vec::new();
    if blank(&evaluation.evaluator) {
        details.push(EvaluationPart::Evaluator);
    }
    if evaluation.date.is_none() {
        details.push(EvaluationPart::Date);
    }
    let mut practice = Vec::new();
    if !details.is_empty() {
        practice.push(Practice::EvaluationDetails { missing: details });
    }
    let due = is_finished(objective) || evaluation.date.is_some_and(|on| on < context.today);
    if due && evaluation.result.is_none() {
        practice.push(Practice::NoEvaluationResult);
    }
    let outcome = match missing.len() {
        0 => result(item, ItemState::Met, Finding::EvaluationDefined),
        2 => result(item, ItemState::Missing, Finding::NoEvaluation),
        _ => result(
            item,
            ItemState::Partly,
            Finding::EvaluationIncomplete { missing },
        ),
    };
    outcome.with(practice)
}

/// 6.2.2 for a parent whose plan is carried by its children's plans: each item is met when
/// every (checked) child is planned; who is responsible also needs the parent's owner.
fn through_children(context: &Context<'_>, objective: &Objective) -> Vec<ItemResult> {
    let children = context.children(objective.id);
    let total = children.len();
    let planned = children
        .iter()
        .filter(|child| {
            let mut seen = HashSet::from([objective.id]);
            is_planned(context, child, &mut seen)
        })
        .count();
    let (state, finding) = match (total, planned) {
        (0, _) => (ItemState::Missing, Finding::ThroughChildrenWithoutChildren),
        (total, planned) if planned == total => {
            (ItemState::Met, Finding::ThroughChildren { count: total })
        }
        (_, 0) => (
            ItemState::Missing,
            Finding::ChildrenNotPlanned {
                count: total,
                total,
            },
        ),
        (total, planned) => (
            ItemState::Partly,
            Finding::ChildrenNotPlanned {
                count: total - planned,
                total,
            },
        ),
    };
    CheckItem::PLAN
        .into_iter()
        .map(|item| {
            if item == CheckItem::Responsible && blank(&objective.owner) {
                let state = state.min(ItemState::Partly);
                return result(item, state, Finding::NoObjectiveOwner);
            }
            result(item, state, finding.clone())
        })
        .collect()
}

fn register_findings(workspace: &Workspace) -> RegisterFindings {
    let organisation = &workspace.organisation;
    // Objectives still pursued or about to be: closed ones no longer set a direction.
    let open: Vec<&Objective> = workspace
        .objectives
        .iter()
        .filter(|o| !o.status.is_closed())
        .collect();
    let empty_levels = Level::ALL
        .into_iter()
        .filter(|level| !open.iter().any(|o| o.level == *level))
        .filter(|level| !organisation.level_not_relevant(*level))
        .collect();
    let used: HashSet<String> = open
        .iter()
        .map(|o| o.function.trim().to_lowercase())
        .collect();
    let functions_without_objectives = organisation
        .functions
        .iter()
        .filter(|f| !blank(f) && !used.contains(&f.trim().to_lowercase()))
        .filter(|f| !organisation.function_not_relevant(f))
        .cloned()
        .collect();
    let document = &organisation.document;
    let mut register_not_approved = Vec::new();
    if blank(&document.approved_by) {
        register_not_approved.push(ApprovalPart::By);
    }
    if document.approved_on.is_none() {
        register_not_approved.push(ApprovalPart::On);
    }
    let unaligned = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .filter(|o| {
            o.level != Level::Strategic && o.parent.is_none() && o.contributes_to.is_empty()
        })
        .map(|o| o.id)
        .collect();
    RegisterFindings {
        empty_levels,
        functions_without_objectives,
        register_not_approved,
        unaligned,
    }
}
