//! The clause 6.2 checklist of the whole register (work in progress).

use super::PageTitle;
use crate::i18n::Msg;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn ChecklistPage() -> impl IntoView {
    view! { <PageTitle text=t(Msg::ChecklistTitle)/> }
}
