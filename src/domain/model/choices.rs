//! The closed choices of the model: levels, statuses, directions and boundaries, frequencies,
//! requirement sources, update triggers and revision reasons.

use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The strategic → tactical → operational hierarchy of clause 6.2 objectives.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
    Clone,
    Copy,
    Debug,
    Default,
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum UpdateTrigger {
    ServiceChange,
    ContractChange,
    RiskChange,
    AuditFinding,
    MissedTarget,
}

/// Why a revision was made (clause 6.2.1 f and the revision log).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
