//! `#/establish`: the "Establish an objective" wizard (clause 6.2.1) for a new objective
//! (below `parent`) or for revising `objective`, at `step`. The wizard itself is described in
//! `ui::wizard::establish` and rendered by the wizard kit.

use crate::domain::wizard::EstablishStep;
use crate::domain::ObjectiveId;
use crate::ui::wizard::establish::Establish;
use crate::ui::wizard::page::wizard_page;
use leptos::prelude::*;

#[component]
pub fn EstablishPage(
    objective: Option<ObjectiveId>,
    parent: Option<ObjectiveId>,
    step: Option<EstablishStep>,
) -> impl IntoView {
    wizard_page(Establish { objective, parent }, step)
}
