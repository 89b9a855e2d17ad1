//! The clause 6.2 self-assessment: what each question covers ([`QuestionInfo`]), the evidence
//! the workspace already holds and the answer it proposes (`evidence`), the score of an
//! assessment and the trend over several (`score`), and the improvement actions that answers
//! below "fully" call for, with the command that adds one to an objective's plan (`actions`).
//! The stored assessments themselves are `model::Assessment`.

mod actions;
mod evidence;
mod score;

pub use actions::*;
pub use evidence::*;
pub use score::*;

use crate::domain::conformity::CheckItem;
use crate::domain::model::Question;

/// Whether a question asks what clause 6.2 requires or what auditors commonly look for beyond
/// it; the score counts only the required ones (as the check does).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Required,
    GoodPractice,
}

/// What a question covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionInfo {
    pub kind: Kind,
    /// The clause it refers to, the same in every language ("6.2.1 a)").
    pub clause: &'static str,
    /// The item of the check whose result is its evidence, if one is.
    pub item: Option<CheckItem>,
}

/// What `question` covers.
pub fn info(question: Question) -> QuestionInfo {
    let required = |item: CheckItem| QuestionInfo {
        kind: Kind::Required,
        clause: item.clause(),
        item: Some(item),
    };
    match question {
        Question::Levels => QuestionInfo {
            kind: Kind::Required,
            clause: "6.2.1",
            item: None,
        },
        Question::Policy => required(CheckItem::Policy),
        Question::Measurable => required(CheckItem::Measurable),
        Question::Requirements => required(CheckItem::Requirements),
        Question::Monitored => required(CheckItem::Monitored),
        Question::Communicated => required(CheckItem::Communicated),
        Question::Updated => required(CheckItem::Updated),
        Question::Documented => required(CheckItem::Documented),
        Question::Actions => required(CheckItem::Actions),
        Question::Resources => required(CheckItem::Resources),
        Question::Responsible => required(CheckItem::Responsible),
        Question::Timing => required(CheckItem::Timing),
        Question::Evaluation => required(CheckItem::Evaluation),
        Question::ResourcesApproved => QuestionInfo {
            kind: Kind::GoodPractice,
            clause: "6.2.2 b)",
            item: None,
        },
        Question::ManagementReview => QuestionInfo {
            kind: Kind::GoodPractice,
            clause: "9.3",
            item: None,
        },
    }
}

/// The question's name in files and addresses ("resources-approved").
pub fn slug(question: Question) -> &'static str {
    match question {
        Question::Levels => "levels",
        Question::Policy => "policy",
        Question::Measurable => "measurable",
        Question::Requirements => "requirements",
        Question::Monitored => "monitored",
        Question::Communicated => "communicated",
        Question::Updated => "updated",
        Question::Documented => "documented",
        Question::Actions => "actions",
        Question::Resources => "resources",
        Question::Responsible => "responsible",
        Question::Timing => "timing",
        Question::Evaluation => "evaluation",
        Question::ResourcesApproved => "resources-approved",
        Question::ManagementReview => "management-review",
    }
}
