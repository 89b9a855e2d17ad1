//! The words of the model's closed choices, the check's items and states, and the wizards' steps
//! (their guidance is `i18n::guide`).

use super::Msg;
use crate::domain::conformity::{CheckItem, ItemState};
use crate::domain::model::{
    ActionStatus, Boundary, Direction, Frequency, Level, RequirementSource, ResourceKind, Status,
};
use crate::domain::wizard::{EstablishStep, PlanStep};

pub fn level_label(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelStrategic,
        Level::Tactical => Msg::LevelTactical,
        Level::Operational => Msg::LevelOperational,
    }
}

/// The level as it reads inside a sentence ("a tactical objective").
pub fn level_word(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelWordStrategic,
        Level::Tactical => Msg::LevelWordTactical,
        Level::Operational => Msg::LevelWordOperational,
    }
}

pub fn level_help(level: Level) -> Msg {
    match level {
        Level::Strategic => Msg::LevelHelpStrategic,
        Level::Tactical => Msg::LevelHelpTactical,
        Level::Operational => Msg::LevelHelpOperational,
    }
}

pub fn status_label(status: Status) -> Msg {
    match status {
        Status::Draft => Msg::StatusDraft,
        Status::Active => Msg::StatusActive,
        Status::Achieved => Msg::StatusAchieved,
        Status::NotAchieved => Msg::StatusNotAchieved,
        Status::Cancelled => Msg::StatusCancelled,
        Status::Superseded => Msg::StatusSuperseded,
    }
}

pub fn direction_label(direction: Direction) -> Msg {
    match direction {
        Direction::HigherIsBetter => Msg::DirectionHigher,
        Direction::LowerIsBetter => Msg::DirectionLower,
        Direction::Range => Msg::DirectionRange,
        Direction::Milestone => Msg::DirectionMilestone,
    }
}

pub fn boundary_label(boundary: Boundary) -> Msg {
    match boundary {
        Boundary::Inclusive => Msg::BoundaryInclusive,
        Boundary::Exclusive => Msg::BoundaryExclusive,
    }
}

pub fn frequency_label(frequency: Frequency) -> Msg {
    match frequency {
        Frequency::Daily => Msg::FrequencyDaily,
        Frequency::Weekly => Msg::FrequencyWeekly,
        Frequency::Monthly => Msg::FrequencyMonthly,
        Frequency::Quarterly => Msg::FrequencyQuarterly,
        Frequency::HalfYearly => Msg::FrequencyHalfYearly,
        Frequency::Yearly => Msg::FrequencyYearly,
    }
}

pub fn source_label(source: RequirementSource) -> Msg {
    match source {
        RequirementSource::ServiceRequirement => Msg::SourceServiceRequirement,
        RequirementSource::Contract => Msg::SourceContract,
        RequirementSource::LegalRegulatory => Msg::SourceLegalRegulatory,
        RequirementSource::RiskOpportunity => Msg::SourceRiskOpportunity,
        RequirementSource::InterestedParty => Msg::SourceInterestedParty,
        RequirementSource::Internal => Msg::SourceInternal,
    }
}

pub fn resource_kind_label(kind: ResourceKind) -> Msg {
    match kind {
        ResourceKind::People => Msg::ResourcePeople,
        ResourceKind::Budget => Msg::ResourceBudget,
        ResourceKind::Tool => Msg::ResourceTool,
        ResourceKind::Supplier => Msg::ResourceSupplier,
        ResourceKind::Time => Msg::ResourceTime,
        ResourceKind::Other => Msg::ResourceOther,
    }
}

pub fn action_status_label(status: ActionStatus) -> Msg {
    match status {
        ActionStatus::Planned => Msg::ActionPlanned,
        ActionStatus::InProgress => Msg::ActionInProgress,
        ActionStatus::Done => Msg::ActionDone,
        ActionStatus::Cancelled => Msg::ActionCancelled,
    }
}

pub fn item_label(item: CheckItem) -> Msg {
    match item {
        CheckItem::Policy => Msg::ItemPolicy,
        CheckItem::Measurable => Msg::ItemMeasurable,
        CheckItem::Requirements => Msg::ItemRequirements,
        CheckItem::Monitored => Msg::ItemMonitored,
        CheckItem::Communicated => Msg::ItemCommunicated,
        CheckItem::Updated => Msg::ItemUpdated,
        CheckItem::Documented => Msg::ItemDocumented,
        CheckItem::Actions => Msg::ItemActions,
        CheckItem::Resources => Msg::ItemResources,
        CheckItem::Responsible => Msg::ItemResponsible,
        CheckItem::Timing => Msg::ItemTiming,
        CheckItem::Evaluation => Msg::ItemEvaluation,
    }
}

pub fn state_label(state: ItemState) -> Msg {
    match state {
        ItemState::Met => Msg::StateMet,
        ItemState::Partly => Msg::StatePartly,
        ItemState::Missing => Msg::StateMissing,
    }
}

pub fn establish_step_label(step: EstablishStep) -> Msg {
    match step {
        EstablishStep::Place => Msg::StepPlace,
        EstablishStep::Policy => Msg::StepPolicy,
        EstablishStep::Measurable => Msg::StepMeasurable,
        EstablishStep::Requirements => Msg::StepRequirements,
        EstablishStep::Monitoring => Msg::StepMonitoring,
        EstablishStep::Communication => Msg::StepCommunication,
        EstablishStep::Updating => Msg::StepUpdating,
        EstablishStep::Review => Msg::StepReview,
    }
}

pub fn plan_step_label(step: PlanStep) -> Msg {
    match step {
        PlanStep::Actions => Msg::StepActions,
        PlanStep::Resources => Msg::StepResources,
        PlanStep::Responsible => Msg::StepResponsible,
        PlanStep::Dates => Msg::StepDates,
        PlanStep::Evaluation => Msg::StepEvaluation,
        PlanStep::Review => Msg::StepReview,
    }
}

/// The guidance of a step: what the standard asks, how to do it, and an example from the
/// source guide's table (the review steps have no example).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub rule: Msg,
    pub how: Msg,
    pub example: Option<Msg>,
}
