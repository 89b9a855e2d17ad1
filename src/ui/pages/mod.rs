//! One module per view, plus pieces several views share.

pub mod check_in;
pub mod checklist;
pub mod communications;
pub mod dashboard;
pub mod data;
pub mod establish;
pub mod history;
pub mod home;
pub mod import;
pub mod new_objective;
pub mod not_found;
pub mod objective;
pub mod plan;
pub mod policy;
pub mod recovery;
pub mod register;
pub mod report;
pub mod requirements;
pub mod review;
pub mod tree;

use super::shell::PAGE_TITLE_ID;
use super::widgets::ConfirmDialog;
use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::widgets::t;
use leptos::prelude::*;

/// A page's main heading: the target of "skip to content" and of focus after navigation.
/// Shows `children` while the objective `id` exists; once it does not (a stale link, or it was
/// deleted in another tab), says so with a way back to the register.
#[component]
pub fn WithObjective(id: crate::domain::ObjectiveId, children: ChildrenFn) -> impl IntoView {
    let state = AppState::expect();
    let exists = move || state.with_objective(id, |_| ()).is_some();
    view! {
        <Show
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
        </Show>
    }
}

/// The last cell of a record's row in a records table: "Edit" (a link to `edit`) and "Delete"
/// (calls `on_delete`), each completed for screen readers with `context` ("review of
/// 2026-03-01") so that a list of such buttons can be told apart.
#[component]
pub fn RecordActions(
    edit: crate::app::Route,
    context: String,
    on_delete: impl Fn() + 'static,
) -> impl IntoView {
    let delete_context = context.clone();
    view! {
        <td class="records-table__actions">
            <a class="button button--small" href=edit.href()>
                {t(Msg::RecordEdit)}
                <span class="visually-hidden">" " {context}</span>
            </a>
            <button
                type="button"
                class="button button--small button--danger"
                on:click=move |_| on_delete()
            >
                {t(Msg::RecordDelete)}
                <span class="visually-hidden">" " {delete_context}</span>
            </button>
        </td>
    }
}

#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <h1 id=PAGE_TITLE_ID tabindex="-1">{text}</h1> }
}

/// "Load the example": immediate on an empty workspace, otherwise after confirming that the
/// current workspace will be replaced (which Undo reverts).
#[component]
pub fn LoadExampleButton(#[prop(optional)] primary: bool) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let load = move || {
        let _ = state.load_example();
    };
    let count = move || state.workspace.with(|w| w.objectives.len()).to_string();
    view! {
        <button
            type="button"
            class=if primary { "button button--primary" } else { "button" }
            on:click=move |_| {
                if state.workspace.with_untracked(|w| w.is_empty()) {
                    load();
                } else {
                    confirming.set(true);
                }
            }
        >
            {t(Msg::LoadExample)}
        </button>
        <ConfirmDialog
            open=confirming
            title=t(Msg::ReplaceWithExampleTitle)
            body=Signal::derive(move || state.tf(Msg::ReplaceWithExampleBody, &[("count", &count())]))
            confirm=Msg::Replace
            on_confirm=move || load()
        />
    }
}
