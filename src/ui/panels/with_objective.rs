//! Pages about one objective: their content while it exists, and a way back to the register
//! once it does not (a stale link, or it was deleted in another tab).

use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// Shows `children` while the objective `id` exists; once it does not (a stale link, or it was
/// deleted in another tab), says so with a way back to the register.
#[component]
pub fn WithObjective(id: crate::domain::ObjectiveId, children: ChildrenFn) -> impl IntoView {
    let state = AppState::expect();
    let exists = move || state.with_objective(id, |_| ()).is_some();
    view! {
        <Shown
            when=exists
            fallback=move || {
                view! {
                    <PageTitle text=t(Msg::NotFoundTitle)/>
                    <p>{t(Msg::ObjectiveNotFound)}</p>
                    <p><a href=crate::app::Route::Register.href()>{t(Msg::BackToRegister)}</a></p>
                }
            }
        >
            {children()}
        </Shown>
    }
}
