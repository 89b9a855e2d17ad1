//! The guard that hides the clause 6.2 check and the score while the workspace is an
//! exercise whose answers are not revealed (the dashboard, the objective page, the wizards'
//! reviews and the report use it; kept apart from the Training page so that page's code and
//! texts are fetched only with the exercises' views).

use crate::app::{AppState, Route};
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// Shows `children` unless the workspace is an exercise whose answers are not revealed; then
/// says that the score and the check are hidden (with the page's heading when `title` is
/// given, for pages that are the check).
#[component]
pub fn HideDuringExercise(
    #[prop(optional)] title: Option<Msg>,
    children: ChildrenFn,
) -> impl IntoView {
    let state = AppState::expect();
    reactive_view(move || {
        if state.check_hidden() {
            view! {
                {title.map(|title| view! { <PageTitle text=t(title)/> })}
                <p class="panel" data-testid="check-hidden">
                    {t(Msg::ExerciseCheckHidden)}
                    " "
                    <a href=Route::Training.href()>{t(Msg::ExerciseCheckHiddenLink)}</a>
                </p>
            }
            .into_any()
        } else {
            children().into_any()
        }
    })
}
