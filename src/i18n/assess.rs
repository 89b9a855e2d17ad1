//! The words of the self-assessment: each question, the evidence to look for and the action
//! it suggests, the answer levels, the facts found in the workspace and the movements of the
//! trend.

use super::{format_count, Lang, Msg};
use crate::domain::assess::{Fact, Movement};
use crate::domain::model::{AnswerLevel, Question};

/// The question, the evidence to look for, and the improvement action it suggests.
pub fn question_words(question: Question) -> (Msg, Msg, Msg) {
    match question {
        Question::Levels => (Msg::AssessQLevels, Msg::AssessELevels, Msg::AssessALevels),
        Question::Policy => (Msg::AssessQPolicy, Msg::AssessEPolicy, Msg::AssessAPolicy),
        Question::Measurable => (
            Msg::AssessQMeasurable,
            Msg::AssessEMeasurable,
            Msg::AssessAMeasurable,
        ),
        Question::Requirements => (
            Msg::AssessQRequirements,
            Msg::AssessERequirements,
            Msg::AssessARequirements,
        ),
        Question::Monitored => (
            Msg::AssessQMonitored,
            Msg::AssessEMonitored,
            Msg::AssessAMonitored,
        ),
        Question::Communicated => (
            Msg::AssessQCommunicated,
            Msg::AssessECommunicated,
            Msg::AssessACommunicated,
        ),
        Question::Updated => (
            Msg::AssessQUpdated,
            Msg::AssessEUpdated,
            Msg::AssessAUpdated,
        ),
        Question::Documented => (
            Msg::AssessQDocumented,
            Msg::AssessEDocumented,
            Msg::AssessADocumented,
        ),
        Question::Actions => (
            Msg::AssessQActions,
            Msg::AssessEActions,
            Msg::AssessAActions,
        ),
        Question::Resources => (
            Msg::AssessQResources,
            Msg::AssessEResources,
            Msg::AssessAResources,
        ),
        Question::Responsible => (
            Msg::AssessQResponsible,
            Msg::AssessEResponsible,
            Msg::AssessAResponsible,
        ),
        Question::Timing => (Msg::AssessQTiming, Msg::AssessETiming, Msg::AssessATiming),
        Question::Evaluation => (
            Msg::AssessQEvaluation,
            Msg::AssessEEvaluation,
            Msg::AssessAEvaluation,
        ),
        Question::ResourcesApproved => (
            Msg::AssessQResourcesApproved,
            Msg::AssessEResourcesApproved,
            Msg::AssessAResourcesApproved,
        ),
        Question::ManagementReview => (
            Msg::AssessQManagementReview,
            Msg::AssessEManagementReview,
            Msg::AssessAManagementReview,
        ),
    }
}

pub fn answer_level_label(level: AnswerLevel) -> Msg {
    match level {
        AnswerLevel::NotInPlace => Msg::AssessLevelNotInPlace,
        AnswerLevel::Partly => Msg::AssessLevelPartly,
        AnswerLevel::Largely => Msg::AssessLevelLargely,
        AnswerLevel::Fully => Msg::AssessLevelFully,
        AnswerLevel::NotApplicable => Msg::AssessLevelNotApplicable,
    }
}

/// The answer's words, or "not answered".
pub fn answer_text(lang: Lang, level: Option<AnswerLevel>) -> &'static str {
    level
        .map_or(Msg::AssessLevelUnanswered, answer_level_label)
        .text(lang)
}

pub fn movement_label(movement: Movement) -> Msg {
    match movement {
        Movement::Up => Msg::AssessMovementUp,
        Movement::Same => Msg::AssessMovementSame,
        Movement::Down => Msg::AssessMovementDown,
    }
}

/// One fact found in the workspace, as a sentence.
pub fn describe_fact(lang: Lang, fact: &Fact) -> String {
    let n = |value: usize| value.to_string();
    match fact {
        Fact::Item {
            item,
            met,
            partly,
            total,
        } => format_count(
            lang,
            Msg::AssessFactItem,
            *total,
            &[
                ("met", &n(*met)),
                ("partly", &n(*partly)),
                ("clause", item.clause()),
            ],
        ),
        Fact::Levels { covered, relevant } => format_count(
            lang,
            Msg::AssessFactLevels,
            *relevant,
            &[("covered", &n(*covered))],
        ),
        Fact::Functions { covered, relevant } => format_count(
            lang,
            Msg::AssessFactFunctions,
            *relevant,
            &[("covered", &n(*covered))],
        ),
        Fact::RegisterApproved(true) => Msg::AssessFactRegisterApproved.text(lang).into(),
        Fact::RegisterApproved(false) => Msg::AssessFactRegisterNotApproved.text(lang).into(),
        Fact::KpisOnSchedule { on_schedule, total } => format_count(
            lang,
            Msg::AssessFactKpis,
            *total,
            &[("done", &n(*on_schedule))],
        ),
        Fact::PlansComplete { complete, total } => format_count(
            lang,
            Msg::AssessFactPlans,
            *total,
            &[("done", &n(*complete))],
        ),
        Fact::ResourcesApproved { approved, total } => format_count(
            lang,
            Msg::AssessFactResources,
            *total,
            &[("done", &n(*approved))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conformity::CheckItem;

    #[test]
    fn facts_read_as_sentences_in_both_languages() {
        let fact = Fact::Item {
            item: CheckItem::Policy,
            met: 3,
            partly: 1,
            total: 4,
        };
        assert_eq!(
            describe_fact(Lang::En, &fact),
            "Of the 4 objectives checked, 3 meet 6.2.1 a) fully and 1 partly."
        );
        assert!(describe_fact(Lang::ZhHans, &fact).contains("6.2.1 a)"));
        let kpis = Fact::KpisOnSchedule {
            on_schedule: 1,
            total: 1,
        };
        assert!(describe_fact(Lang::En, &kpis).starts_with("1 of 1 KPI of active objectives was"));
    }
}
