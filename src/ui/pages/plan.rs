//! The "Plan to achieve an objective" wizard (clause 6.2.2) (work in progress).

use super::PageTitle;
use crate::domain::wizard::PlanStep;
use crate::domain::ObjectiveId;
use crate::i18n::Msg;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn PlanPage(objective: Option<ObjectiveId>, step: Option<PlanStep>) -> impl IntoView {
    let _ = (objective, step);
    view! { <PageTitle text=t(Msg::PlanChooseTitle)/> }
}
