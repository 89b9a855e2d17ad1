//! What the check reports: the items of clause 6.2, their states, the findings and good-practice
//! notes as data, and the scores.

use crate::domain::ids::ObjectiveId;
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use crate::domain::model::Level;
use chrono::NaiveDate;

/// One item of clause 6.2.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    WriteJson,
    ReadJson,
)]
#[serde(rename_all = "kebab-case")]
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

    pub(super) fn add(self, other: Score) -> Score {
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
