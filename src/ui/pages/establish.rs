//! The "Establish an objective" wizard (clause 6.2.1) (work in progress).

use super::PageTitle;
use crate::domain::wizard::EstablishStep;
use crate::domain::ObjectiveId;
use crate::i18n::Msg;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn EstablishPage(
    objective: Option<ObjectiveId>,
    parent: Option<ObjectiveId>,
    step: Option<EstablishStep>,
) -> impl IntoView {
    let _ = (objective, parent, step);
    view! { <PageTitle text=t(Msg::EstablishTitle)/> }
}
