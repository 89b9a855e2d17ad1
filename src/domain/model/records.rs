//! The records around objectives: the organisation and its document control, approvals, functions
//! and levels not relevant, policy statements, requirements, KPIs and their measurements.

use super::choices::*;
use super::is_default;
use crate::domain::ids::{KpiId, PolicyId, RecordId, RequirementId};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The organisation and the control block of its objectives document (clause 7.5).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct FunctionNotRelevant {
    pub function: String,
    /// Why no objective is set there.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// A level at which no objective is needed (clause 6.2.1: "relevant levels").
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct LevelNotRelevant {
    pub level: Level,
    /// Why no objective is set there.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// Who approved something, and when (documented information is approved, clause 7.5.2).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Approval {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub approved_by: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub approved_on: Option<NaiveDate>,
}

/// One numbered commitment of the service management policy.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    pub id: RecordId,
    #[serde(deserialize_with = "super::time::read_date")]
    pub date: NaiveDate,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
}
