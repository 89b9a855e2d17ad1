//! Self-assessments against clause 6.2 as kept in the workspace: the date, who assessed, and
//! one answer per question on a four-level scale (or not applicable, with the reason), each
//! with the improvement action it calls for. What the questions ask and how answers are
//! proposed and scored is in `domain::assess`.

use super::is_default;
use crate::domain::ids::{ObjectiveId, RecordId};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A question of the self-assessment. The order of [`Question::ALL`] is the order asked.
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
    Serialize,
    Deserialize,
    WriteJson,
    ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// 6.2.1: objectives at the relevant functions and levels.
    Levels,
    /// 6.2.1 a): consistent with the service management policy.
    Policy,
    /// 6.2.1 b): measurable.
    Measurable,
    /// 6.2.1 c): the applicable requirements taken into account.
    Requirements,
    /// 6.2.1 d): monitored.
    Monitored,
    /// 6.2.1 e): communicated.
    Communicated,
    /// 6.2.1 f): updated as appropriate.
    Updated,
    /// 6.2.1: documented information retained (and approved, 7.5).
    Documented,
    /// 6.2.2 a): what will be done.
    Actions,
    /// 6.2.2 b): what resources will be required.
    Resources,
    /// 6.2.2 c): who will be responsible.
    Responsible,
    /// 6.2.2 d): when it will be completed.
    Timing,
    /// 6.2.2 e): how the results will be evaluated.
    Evaluation,
    /// Good practice: the resources are approved or provided.
    ResourcesApproved,
    /// Good practice (9.3): management review considers how far objectives are achieved.
    ManagementReview,
}

impl Question {
    /// Every question, in the order asked: 6.2.1, then 6.2.2, then good practice.
    pub const ALL: [Question; 15] = [
        Question::Levels,
        Question::Policy,
        Question::Measurable,
        Question::Requirements,
        Question::Monitored,
        Question::Communicated,
        Question::Updated,
        Question::Documented,
        Question::Actions,
        Question::Resources,
        Question::Responsible,
        Question::Timing,
        Question::Evaluation,
        Question::ResourcesApproved,
        Question::ManagementReview,
    ];
}

/// How far what a question asks is in place.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    WriteJson,
    ReadJson,
)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerLevel {
    #[default]
    NotInPlace,
    Partly,
    Largely,
    Fully,
    /// Does not apply to the organisation; the answer's reason says why.
    NotApplicable,
}

impl AnswerLevel {
    /// The four levels of the scale, lowest first (not applicable is apart).
    pub const SCALE: [AnswerLevel; 4] = [
        AnswerLevel::NotInPlace,
        AnswerLevel::Partly,
        AnswerLevel::Largely,
        AnswerLevel::Fully,
    ];
}

/// What will be done about an answer below "fully": what, who and when.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct ImprovementAction {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    /// By when it is to be done.
    pub due: Option<NaiveDate>,
    /// The objective whose plan the action was added to, once it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_to: Option<ObjectiveId>,
}

/// One answered question.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub question: Question,
    pub level: AnswerLevel,
    /// Why the question does not apply (required then); otherwise an optional note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub action: ImprovementAction,
}

/// One self-assessment: its date, who took it, and its answers (questions left out are not
/// answered).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub id: RecordId,
    #[serde(deserialize_with = "super::time::read_date")]
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
}

impl Assessment {
    pub fn answer(&self, question: Question) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }
}
