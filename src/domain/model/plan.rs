//! How an objective is monitored, communicated, updated and achieved (clause 6.2.2): plans,
//! actions, resources, evaluation, reviews and revisions.

use super::choices::*;
use super::is_default;
use super::records::*;
use super::time::*;
use crate::domain::ids::RecordId;
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How an objective is monitored (clause 6.2.1 d).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Monitoring {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// The method or data source used to monitor progress.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub next_review: Option<NaiveDate>,
}

/// How an objective is communicated (clause 6.2.1 e).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct UpdatePolicy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_cadence: Option<Frequency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<UpdateTrigger>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub last_reviewed: Option<NaiveDate>,
}

/// Kinds of resources an action needs (clause 6.2.2 b).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub id: RecordId,
    #[serde(default)]
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Evaluation {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub success_criteria: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evaluator: String,
    /// When the results are to be evaluated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub date: Option<NaiveDate>,
    /// What the evaluation found, once it is done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<EvaluationResult>,
}

/// The recorded result of evaluating a plan against its success criteria.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationResult {
    /// When the evaluation was done.
    #[serde(deserialize_with = "super::time::read_date")]
    pub date: NaiveDate,
    /// Whether the success criteria were met.
    pub criteria_met: bool,
    /// What was found.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub findings: String,
}

/// The plan to achieve an objective (clause 6.2.2).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewResult {
    #[default]
    OnTrack,
    AtRisk,
    OffTrack,
}

/// What a review decided.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, WriteJson, ReadJson,
)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: RecordId,
    #[serde(deserialize_with = "super::time::read_date")]
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub result: ReviewResult,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub findings: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub decision: ReviewDecision,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub next_review: Option<NaiveDate>,
}

/// One field's change within a revision.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
