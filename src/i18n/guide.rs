//! The wizards' guidance for each step (what clause 6.2 asks, how to meet it, an example from
//! the source guide's table) and the measurable step's wording hints. Only the wizards name
//! this module (not through `i18n`'s re-exports), so its texts are fetched with their code.

use super::{Guide, Msg};
use crate::domain::wizard::{EstablishStep, PlanStep};
use crate::domain::wording::WordingHint;

pub fn establish_guide(step: EstablishStep) -> Guide {
    let (rule, how, example) = match step {
        EstablishStep::Place => (
            Msg::GuidePlaceRule,
            Msg::GuidePlaceHow,
            Some(Msg::GuidePlaceExample),
        ),
        EstablishStep::Policy => (
            Msg::GuidePolicyRule,
            Msg::GuidePolicyHow,
            Some(Msg::GuidePolicyExample),
        ),
        EstablishStep::Measurable => (
            Msg::GuideMeasurableRule,
            Msg::GuideMeasurableHow,
            Some(Msg::GuideMeasurableExample),
        ),
        EstablishStep::Requirements => (
            Msg::GuideRequirementsRule,
            Msg::GuideRequirementsHow,
            Some(Msg::GuideRequirementsExample),
        ),
        EstablishStep::Monitoring => (
            Msg::GuideMonitoringRule,
            Msg::GuideMonitoringHow,
            Some(Msg::GuideMonitoringExample),
        ),
        EstablishStep::Communication => (
            Msg::GuideCommunicationRule,
            Msg::GuideCommunicationHow,
            Some(Msg::GuideCommunicationExample),
        ),
        EstablishStep::Updating => (
            Msg::GuideUpdatingRule,
            Msg::GuideUpdatingHow,
            Some(Msg::GuideUpdatingExample),
        ),
        EstablishStep::Review => (Msg::GuideReviewRule, Msg::GuideReviewHow, None),
    };
    Guide { rule, how, example }
}

pub fn plan_guide(step: PlanStep) -> Guide {
    let (rule, how, example) = match step {
        PlanStep::Actions => (
            Msg::GuideActionsRule,
            Msg::GuideActionsHow,
            Some(Msg::GuideActionsExample),
        ),
        PlanStep::Resources => (
            Msg::GuideResourcesRule,
            Msg::GuideResourcesHow,
            Some(Msg::GuideResourcesExample),
        ),
        PlanStep::Responsible => (
            Msg::GuideResponsibleRule,
            Msg::GuideResponsibleHow,
            Some(Msg::GuideResponsibleExample),
        ),
        PlanStep::Dates => (
            Msg::GuideDatesRule,
            Msg::GuideDatesHow,
            Some(Msg::GuideDatesExample),
        ),
        PlanStep::Evaluation => (
            Msg::GuideEvaluationRule,
            Msg::GuideEvaluationHow,
            Some(Msg::GuideEvaluationExample),
        ),
        PlanStep::Review => (Msg::GuideActionsRule, Msg::GuidePlanReviewHow, None),
    };
    Guide { rule, how, example }
}

pub fn hint_text(hint: WordingHint) -> Msg {
    match hint {
        WordingHint::NoNumber => Msg::HintNoNumber,
        WordingHint::NoUnit => Msg::HintNoUnit,
        WordingHint::NoDate => Msg::HintNoDate,
    }
}
