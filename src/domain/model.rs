//! The workspace document (schema version 2): organisation, policy, requirements, objectives
//! with their KPIs, plans (6.2.2), monitoring records, reviews, communications and revisions.
//!
//! These are plain serde structs with no reactive or browser types. The stored form is compact:
//! empty strings, empty lists and default values are omitted, and every field has a default,
//! so records written with fewer fields still load. Version 2 added milestone KPIs, strict
//! target boundaries, "also contributes to" links, approvals of objectives and plans, plans
//! delivered through child objectives, evaluation results, corrective actions and functions
//! and levels marked not relevant; `io::migrate` lifts version 1 documents.

use super::ids::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use chrono::{DateTime, NaiveDate, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// An instant, kept to whole seconds in UTC and written as RFC 3339 (`2026-11-24T09:30:00Z`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The instant `seconds` after the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    /// The instant at `millis` after the Unix epoch, truncated to whole seconds.
    pub fn from_unix_millis(millis: f64) -> Self {
        Self((millis / 1000.0).floor() as i64)
    }

    pub fn unix_seconds(self) -> i64 {
        self.0
    }

    fn to_datetime(self) -> Option<DateTime<Utc>> {
        Utc.timestamp_opt(self.0, 0).single()
    }

    /// The calendar date of this instant in UTC.
    pub fn date(self) -> Option<NaiveDate> {
        self.to_datetime().map(|at| at.date_naive())
    }

    /// Parses RFC 3339 text (any offset), dropping fractions of a second.
    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text.trim())
            .ok()
            .map(|at| Self(at.timestamp()))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_datetime() {
            Some(at) => f.write_str(&at.to_rfc3339_opts(SecondsFormat::Secs, true)),
            None => write!(f, "@{}", self.0),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "An instant in UTC to the second, written as RFC 3339 (2026-11-24T09:30:00Z)."
        })
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid timestamp {text:?}: expected RFC 3339 such as 2026-11-24T09:30:00Z"
            ))
        })
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The strategic → tactical → operational hierarchy of clause 6.2 objectives.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Long-range direction of the service management system, tied to the business strategy.
    Strategic,
    /// Medium-term results in specific areas or key processes that carry the strategy.
    Tactical,
    /// Day-to-day running and delivery of services.
    Operational,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Strategic, Level::Tactical, Level::Operational];

    /// 0 for strategic (the top), 2 for operational.
    pub fn rank(self) -> u8 {
        match self {
            Level::Strategic => 0,
            Level::Tactical => 1,
            Level::Operational => 2,
        }
    }

    /// Whether an objective at `self` may have a child at `child`: a child is never of a
    /// higher level than its parent.
    pub fn may_parent(self, child: Level) -> bool {
        child.rank() >= self.rank()
    }

    /// The letter that starts suggested codes (S1, T2, O3).
    pub fn code_prefix(self) -> char {
        match self {
            Level::Strategic => 'S',
            Level::Tactical => 'T',
            Level::Operational => 'O',
        }
    }
}

/// Life-cycle status of an objective.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Draft,
    Active,
    Achieved,
    NotAchieved,
    Cancelled,
    Superseded,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Draft,
        Status::Active,
        Status::Achieved,
        Status::NotAchieved,
        Status::Cancelled,
        Status::Superseded,
    ];

    /// Closed objectives are kept as documented information but no longer pursued.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Status::Achieved | Status::NotAchieved | Status::Cancelled | Status::Superseded
        )
    }
}

/// Which way a KPI's values are better.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    #[default]
    HigherIsBetter,
    /// Times and counts such as MTTR or first response time.
    LowerIsBetter,
    /// The value should stay between `target` (low end) and `target_upper` (high end).
    Range,
    /// A yes/no result due by the target date ("certification audit passed by 2027-06-30"):
    /// a measurement of 1 means achieved, 0 not yet. It needs no unit, target or baseline.
    Milestone,
}

impl Direction {
    pub const ALL: [Direction; 4] = [
        Direction::HigherIsBetter,
        Direction::LowerIsBetter,
        Direction::Range,
        Direction::Milestone,
    ];
}

/// Whether a KPI's target value itself meets the target: "at most 15" (inclusive, the default)
/// or "under 15" (exclusive). A range always includes both ends; a milestone has no boundary.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Boundary {
    /// At least / at most: the target value meets the target.
    #[default]
    Inclusive,
    /// Above / under: only values beyond the target meet it.
    Exclusive,
}

impl Boundary {
    pub const ALL: [Boundary; 2] = [Boundary::Inclusive, Boundary::Exclusive];
}

/// How often something is measured, monitored or reviewed.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

impl Frequency {
    pub const ALL: [Frequency; 6] = [
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::HalfYearly,
        Frequency::Yearly,
    ];

    /// The date one period after `from`. A period after the 31st ends on the last day of a
    /// shorter month (monthly after 31 January is 28 or 29 February).
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        use chrono::{Days, Months};
        match self {
            Frequency::Daily => from.succ_opt(),
            Frequency::Weekly => from.checked_add_days(Days::new(7)),
            Frequency::Monthly => from.checked_add_months(Months::new(1)),
            Frequency::Quarterly => from.checked_add_months(Months::new(3)),
            Frequency::HalfYearly => from.checked_add_months(Months::new(6)),
            Frequency::Yearly => from.checked_add_months(Months::new(12)),
        }
    }
}

/// Where an applicable requirement comes from (clause 6.2.1 c).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum RequirementSource {
    #[default]
    ServiceRequirement,
    /// An SLA or contract clause.
    Contract,
    /// A legal or regulatory duty.
    LegalRegulatory,
    /// A risk or opportunity identified under clause 6.1.
    RiskOpportunity,
    /// A need of an interested party.
    InterestedParty,
    /// An internal management need (improvement, performance, budget).
    Internal,
}

impl RequirementSource {
    pub const ALL: [RequirementSource; 6] = [
        RequirementSource::ServiceRequirement,
        RequirementSource::Contract,
        RequirementSource::LegalRegulatory,
        RequirementSource::RiskOpportunity,
        RequirementSource::InterestedParty,
        RequirementSource::Internal,
    ];
}

/// Events that should make the owner revisit an objective (clause 6.2.1 f).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateTrigger {
    ServiceChange,
    ContractChange,
    RiskChange,
    AuditFinding,
    MissedTarget,
}

/// Why a revision was made (clause 6.2.1 f and the revision log).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevisionReason {
    #[default]
    Created,
    ServiceChange,
    ContractChange,
    RiskChange,
    AuditFinding,
    ReviewDecision,
    Correction,
    Revert,
    Other,
    /// Not given yet: the revision is still open, and further edits fold into it until its
    /// reason is stated.
    Unstated,
}

impl RevisionReason {
    /// The reasons a person may state for a change (creation and reverts are recorded by
    /// the commands that make them).
    pub const STATED: [RevisionReason; 7] = [
        RevisionReason::ServiceChange,
        RevisionReason::ContractChange,
        RevisionReason::RiskChange,
        RevisionReason::AuditFinding,
        RevisionReason::ReviewDecision,
        RevisionReason::Correction,
        RevisionReason::Other,
    ];
}

/// The organisation and the control block of its objectives document (clause 7.5).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Organisation {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The scope of the service management system.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scope: String,
    /// Functions and units at which objectives are set ("relevant functions and levels").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<String>,
    /// Declared functions at which no objective is needed, each with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub functions_not_relevant: Vec<FunctionNotRelevant>,
    /// Levels at which no objective is needed, each with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels_not_relevant: Vec<LevelNotRelevant>,
    #[serde(skip_serializing_if = "is_default")]
    pub document: DocumentControl,
}

impl Organisation {
    /// Whether `function` is marked not relevant with a reason (names compare trimmed and
    /// ignoring case, as in the register check).
    pub fn function_not_relevant(&self, function: &str) -> bool {
        let key = function.trim().to_lowercase();
        self.functions_not_relevant.iter().any(|mark| {
            !mark.reason.trim().is_empty() && mark.function.trim().to_lowercase() == key
        })
    }

    /// Whether `level` is marked not relevant with a reason.
    pub fn level_not_relevant(&self, level: Level) -> bool {
        self.levels_not_relevant
            .iter()
            .any(|mark| mark.level == level && !mark.reason.trim().is_empty())
    }
}

/// A function at which no objective is needed (clause 6.2.1: "relevant functions").
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FunctionNotRelevant {
    pub function: String,
    /// Why no objective is set there.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// A level at which no objective is needed (clause 6.2.1: "relevant levels").
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LevelNotRelevant {
    pub level: Level,
    /// Why no objective is set there.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// Who approved something, and when (documented information is approved, clause 7.5.2).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Approval {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub approved_by: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<NaiveDate>,
}

impl Approval {
    /// Whether both who and when are recorded.
    pub fn is_complete(&self) -> bool {
        !self.approved_by.trim().is_empty() && self.approved_on.is_some()
    }
}

/// Identification and approval of the objectives document.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DocumentControl {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub approved_by: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<NaiveDate>,
}

/// One numbered commitment of the service management policy.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyStatement {
    pub id: PolicyId,
    /// The number people cite, such as "P3".
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub text: String,
}

/// A requirement that objectives must take into account (clause 6.2.1 c).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    pub id: RequirementId,
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub source: RequirementSource,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A key performance indicator that makes an objective measurable (clause 6.2.1 b).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    pub id: KpiId,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// The goal; for a range, its low end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The high end of a range target; unused for the other directions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_upper: Option<f64>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub direction: Direction,
    /// Whether the target value itself meets a higher- or lower-is-better target.
    #[serde(default, skip_serializing_if = "is_default")]
    pub boundary: Boundary,
    /// Where the values come from (a tool, a report, a survey).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub data_source: String,
    /// How a value is computed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    /// Relative weight in roll-ups; 1 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

impl Kpi {
    /// The latest measurement: the latest date, and of two on one day the one recorded last.
    /// Measurements with a value that is not a finite number are ignored.
    pub fn latest_measurement(&self) -> Option<&Measurement> {
        self.measurements
            .iter()
            .enumerate()
            .filter(|(_, m)| m.value.is_finite())
            .max_by_key(|(index, m)| (m.date, *index))
            .map(|(_, m)| m)
    }

    /// When the KPI is next due to be measured: one period after its latest measurement, or
    /// one period after `start` if it was never measured. `None` without a frequency.
    pub fn measurement_due(&self, start: NaiveDate) -> Option<NaiveDate> {
        let from = self.latest_measurement().map_or(start, |m| m.date);
        self.frequency?.after(from)
    }

    /// A KPI with only a name; everything else unset.
    pub fn named(id: KpiId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            unit: String::new(),
            baseline: None,
            target: None,
            target_upper: None,
            direction: Direction::default(),
            boundary: Boundary::default(),
            data_source: String::new(),
            method: String::new(),
            frequency: None,
            target_date: None,
            weight: None,
            measurements: Vec::new(),
        }
    }
}

/// One recorded value of a KPI.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    pub id: RecordId,
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
}

/// How an objective is monitored (clause 6.2.1 d).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Monitoring {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// The method or data source used to monitor progress.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_review: Option<NaiveDate>,
}

/// How an objective is communicated (clause 6.2.1 e).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CommunicationPlan {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// When, or how often, it is communicated.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by_whom: String,
}

/// How an objective is kept up to date (clause 6.2.1 f).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct UpdatePolicy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_cadence: Option<Frequency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<UpdateTrigger>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<NaiveDate>,
}

/// Kinds of resources an action needs (clause 6.2.2 b).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceKind {
    #[default]
    People,
    Budget,
    Tool,
    Supplier,
    Time,
    Other,
}

/// A resource required by an action.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Resource {
    #[serde(skip_serializing_if = "is_default")]
    pub kind: ResourceKind,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How much: "2 engineers", "CNY 50,000", "40 hours".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub amount: String,
    #[serde(skip_serializing_if = "is_default")]
    pub approved: bool,
}

/// Progress of a planned action.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// One thing that will be done to achieve an objective (clause 6.2.2 a–d).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub id: RecordId,
    #[serde(default)]
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ActionStatus,
    /// Taken because the objective is off track (a corrective action, clause 10.2).
    #[serde(default, skip_serializing_if = "is_default")]
    pub corrective: bool,
}

/// How the results of a plan are evaluated (clause 6.2.2 e).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Evaluation {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub success_criteria: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evaluator: String,
    /// When the results are to be evaluated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// What the evaluation found, once it is done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<EvaluationResult>,
}

/// The recorded result of evaluating a plan against its success criteria.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationResult {
    /// When the evaluation was done.
    pub date: NaiveDate,
    /// Whether the success criteria were met.
    pub criteria_met: bool,
    /// What was found.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub findings: String,
}

/// The plan to achieve an objective (clause 6.2.2).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Plan {
    /// Set on a parent whose children carry the plans: what will be done, with what, by whom,
    /// when and how it is evaluated is decided in each child objective's plan.
    #[serde(skip_serializing_if = "is_default")]
    pub through_children: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    #[serde(skip_serializing_if = "is_default")]
    pub evaluation: Evaluation,
    /// Who approved the plan, and when.
    #[serde(skip_serializing_if = "is_default")]
    pub approval: Approval,
}

/// The outcome recorded by a review.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewResult {
    #[default]
    OnTrack,
    AtRisk,
    OffTrack,
}

/// What a review decided.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewDecision {
    #[default]
    Continue,
    ChangeTarget,
    ChangePlan,
    CloseAchieved,
    CloseNotAchieved,
}

/// A monitoring record: someone looked at the objective and decided something.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: RecordId,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub result: ReviewResult,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub findings: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub decision: ReviewDecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<NaiveDate>,
}

/// One field's change within a revision.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// A stable field path such as `title` or `kpis[<id>].target`.
    pub field: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub old: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub new: String,
}

/// An entry of an objective's revision log (documented information, clause 6.2.1 f).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub number: u32,
    pub at: Timestamp,
    #[serde(default, skip_serializing_if = "is_default")]
    pub reason: RevisionReason,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub approved_by: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<FieldChange>,
}

impl Revision {
    /// Whether the revision still waits for its reason (and so takes in further edits).
    pub fn is_open(&self) -> bool {
        self.reason == RevisionReason::Unstated
    }
}

/// A service management objective.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    pub id: ObjectiveId,
    /// Short code people cite, such as "S1" or "T1.2". Unique within the workspace.
    pub code: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ObjectiveId>,
    /// How this objective supports its parent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parent_link: String,
    /// Other objectives it also contributes to, besides its parent: the same level rules as a
    /// parent, never itself or its parent, no cycles with the parents. Left out of the
    /// roll-up unless weighted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributes_to: Vec<Contribution>,
    /// The function or unit the objective is set for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Status,
    /// Who approved the objective, and when.
    #[serde(default, skip_serializing_if = "is_default")]
    pub approval: Approval,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_links: Vec<PolicyId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirement_links: Vec<RequirementId>,
    /// Set when the owner states that no requirement applies, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_requirements_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Its weight in the parent's progress roll-up: 1 when absent (children count equally),
    /// 0 to leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub monitoring: Monitoring,
    #[serde(default, skip_serializing_if = "is_default")]
    pub communication: CommunicationPlan,
    #[serde(default, skip_serializing_if = "is_default")]
    pub updating: UpdatePolicy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Objective {
    /// A draft objective with the given identity; everything else empty.
    pub fn new(
        id: ObjectiveId,
        code: impl Into<String>,
        title: impl Into<String>,
        level: Level,
        now: Timestamp,
    ) -> Self {
        Self {
            id,
            code: code.into(),
            title: title.into(),
            description: String::new(),
            level,
            parent: None,
            parent_link: String::new(),
            contributes_to: Vec::new(),
            function: String::new(),
            owner: String::new(),
            status: Status::Draft,
            approval: Approval::default(),
            policy_links: Vec::new(),
            requirement_links: Vec::new(),
            no_requirements_reason: None,
            kpis: Vec::new(),
            weight: None,
            monitoring: Monitoring::default(),
            communication: CommunicationPlan::default(),
            updating: UpdatePolicy::default(),
            plan: None,
            reviews: Vec::new(),
            revisions: Vec::new(),
            created: now,
            updated: now,
        }
    }
}

/// An "also contributes to" link from one objective to another that is not its parent.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    pub objective: ObjectiveId,
    /// Its weight in that objective's roll-up; absent, the link is shown but not counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// A record of something communicated about objectives (clause 6.2.1 e).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Communication {
    pub id: RecordId,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audience: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by_whom: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_on: Option<NaiveDate>,
}

/// Workspace-wide preferences that travel with the data.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// Progress (0–1) below which a KPI is "at risk"; the app's default when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_risk_below: Option<f64>,
    /// Progress (0–1) below which a KPI is "off track"; the app's default when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_track_below: Option<f64>,
}

/// Everything the organisation keeps about its clause 6.2 objectives.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Workspace {
    #[serde(skip_serializing_if = "is_default")]
    pub organisation: Organisation,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub policy: Vec<PolicyStatement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub communications: Vec<Communication>,
    #[serde(skip_serializing_if = "is_default")]
    pub settings: Settings,
}

impl Workspace {
    /// True when there is nothing worth keeping: no objectives, policy, requirements or
    /// organisation details.
    pub fn is_empty(&self) -> bool {
        self.objectives.is_empty()
            && self.policy.is_empty()
            && self.requirements.is_empty()
            && self.communications.is_empty()
            && self.organisation == Organisation::default()
    }

    pub fn objective(&self, id: ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    pub fn objective_index(&self, id: ObjectiveId) -> Option<usize> {
        self.objectives.iter().position(|o| o.id == id)
    }

    pub fn policy_statement(&self, id: PolicyId) -> Option<&PolicyStatement> {
        self.policy.iter().find(|p| p.id == id)
    }

    pub fn requirement(&self, id: RequirementId) -> Option<&Requirement> {
        self.requirements.iter().find(|r| r.id == id)
    }

    /// Direct children of `id`, in stored order.
    pub fn children_of(&self, id: ObjectiveId) -> impl Iterator<Item = &Objective> {
        self.objectives.iter().filter(move |o| o.parent == Some(id))
    }

    /// `id` and everything below it, parents before children. Each objective is visited
    /// once, so a corrupt cycle cannot loop forever.
    pub fn subtree_ids(&self, id: ObjectiveId) -> Vec<ObjectiveId> {
        let mut children: HashMap<ObjectiveId, Vec<ObjectiveId>> = HashMap::new();
        for objective in &self.objectives {
            if let Some(parent) = objective.parent {
                children.entry(parent).or_default().push(objective.id);
            }
        }
        let mut found = vec![id];
        let mut seen: HashSet<ObjectiveId> = HashSet::from([id]);
        let mut next = 0;
        while let Some(&current) = found.get(next) {
            for child in children.get(&current).into_iter().flatten() {
                if seen.insert(*child) {
                    found.push(*child);
                }
            }
            next += 1;
        }
        found
    }

    /// Whether `ancestor` is `id` itself or above it in the tree.
    pub fn is_ancestor_or_self(&self, ancestor: ObjectiveId, id: ObjectiveId) -> bool {
        let mut current = Some(id);
        let mut steps = 0;
        while let Some(at) = current {
            if at == ancestor {
                return true;
            }
            steps += 1;
            if steps > self.objectives.len() {
                return false;
            }
            current = self.objective(at).and_then(|o| o.parent);
        }
        false
    }

    /// Whether `to` is `from` itself or can be reached from it by following parents and "also
    /// contributes to" links upwards. Each objective is visited once, so a corrupt loop cannot
    /// loop forever.
    pub fn reaches(&self, from: ObjectiveId, to: ObjectiveId) -> bool {
        let by_id: HashMap<ObjectiveId, &Objective> =
            self.objectives.iter().map(|o| (o.id, o)).collect();
        let mut seen: HashSet<ObjectiveId> = HashSet::from([from]);
        let mut next = vec![from];
        while let Some(at) = next.pop() {
            if at == to {
                return true;
            }
            let Some(objective) = by_id.get(&at) else {
                continue;
            };
            let above = objective
                .parent
                .into_iter()
                .chain(objective.contributes_to.iter().map(|link| link.objective));
            for id in above {
                if seen.insert(id) {
                    next.push(id);
                }
            }
        }
        false
    }

    /// The objectives that also contribute to `id` (besides its children), with their links.
    pub fn contributors_to(
        &self,
        id: ObjectiveId,
    ) -> impl Iterator<Item = (&Objective, &Contribution)> {
        self.objectives.iter().flat_map(move |objective| {
            objective
                .contributes_to
                .iter()
                .filter(move |link| link.objective == id)
                .map(move |link| (objective, link))
        })
    }

    /// Objectives that may become the parent of `child` at `level` without breaking the
    /// level order or creating a cycle.
    pub fn valid_parents(&self, child: Option<ObjectiveId>, level: Level) -> Vec<&Objective> {
        // The child's own branch is found once, instead of walking up from every candidate.
        let own_branch: HashSet<ObjectiveId> = child
            .map(|child| self.subtree_ids(child).into_iter().collect())
            .unwrap_or_default();
        self.objectives
            .iter()
            .filter(|candidate| candidate.level.may_parent(level))
            .filter(|candidate| !own_branch.contains(&candidate.id))
            .collect()
    }

    /// Distinct non-empty function names: the declared ones first, then those used by objectives.
    pub fn function_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let declared = self.organisation.functions.iter();
        let used = self.objectives.iter().map(|o| &o.function);
        for name in declared.chain(used) {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// The latest date each objective was communicated, from the communication register.
    pub fn last_communicated(&self) -> HashMap<ObjectiveId, NaiveDate> {
        let mut latest: HashMap<ObjectiveId, NaiveDate> = HashMap::new();
        for record in &self.communications {
            for id in &record.objectives {
                latest
                    .entry(*id)
                    .and_modify(|date| *date = (*date).max(record.date))
                    .or_insert(record.date);
            }
        }
        latest
    }

    /// Distinct non-empty owners, sorted.
    pub fn owner_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .objectives
            .iter()
            .map(|o| o.owner.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        names.sort();
        names.dedup();
        names
    }
}
