//! The words for reviews (monitoring records) and the communication register: review results
//! and decisions, and the communication flags of an objective.

use super::Msg;
use crate::domain::agenda::CommunicationDue;
use crate::domain::model::{ReviewDecision, ReviewResult};

pub const REVIEW_RESULTS: [ReviewResult; 3] = [
    ReviewResult::OnTrack,
    ReviewResult::AtRisk,
    ReviewResult::OffTrack,
];

pub const REVIEW_DECISIONS: [ReviewDecision; 5] = [
    ReviewDecision::Continue,
    ReviewDecision::ChangeTarget,
    ReviewDecision::ChangePlan,
    ReviewDecision::CloseAchieved,
    ReviewDecision::CloseNotAchieved,
];

pub fn review_result_label(result: ReviewResult) -> Msg {
    match result {
        ReviewResult::OnTrack => Msg::ReviewResultOnTrack,
        ReviewResult::AtRisk => Msg::ReviewResultAtRisk,
        ReviewResult::OffTrack => Msg::ReviewResultOffTrack,
    }
}

pub fn review_decision_label(decision: ReviewDecision) -> Msg {
    match decision {
        ReviewDecision::Continue => Msg::ReviewDecisionContinue,
        ReviewDecision::ChangeTarget => Msg::ReviewDecisionChangeTarget,
        ReviewDecision::ChangePlan => Msg::ReviewDecisionChangePlan,
        ReviewDecision::CloseAchieved => Msg::ReviewDecisionCloseAchieved,
        ReviewDecision::CloseNotAchieved => Msg::ReviewDecisionCloseNotAchieved,
    }
}

/// What a decision means for the objective, said under the decision field.
pub fn review_decision_help(decision: ReviewDecision) -> Msg {
    match decision {
        ReviewDecision::Continue => Msg::ReviewDecisionContinueHelp,
        ReviewDecision::ChangeTarget => Msg::ReviewDecisionChangeTargetHelp,
        ReviewDecision::ChangePlan => Msg::ReviewDecisionChangePlanHelp,
        ReviewDecision::CloseAchieved => Msg::ReviewDecisionCloseAchievedHelp,
        ReviewDecision::CloseNotAchieved => Msg::ReviewDecisionCloseNotAchievedHelp,
    }
}

/// The flag shown when an objective needs communicating.
pub fn communication_due_label(due: CommunicationDue) -> Msg {
    match due {
        CommunicationDue::Never => Msg::CommNeverCommunicated,
        CommunicationDue::ChangedSince => Msg::CommChangedSince,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_result_and_decision_has_distinct_words_in_both_languages() {
        for &lang in Lang::ALL {
            let results: crate::domain::hashing::HashSet<&str> = REVIEW_RESULTS
                .iter()
                .map(|r| review_result_label(*r).text(lang))
                .collect();
            assert_eq!(results.len(), REVIEW_RESULTS.len());
            let decisions: crate::domain::hashing::HashSet<&str> = REVIEW_DECISIONS
                .iter()
                .map(|d| review_decision_label(*d).text(lang))
                .collect();
            assert_eq!(decisions.len(), REVIEW_DECISIONS.len());
        }
    }
}
