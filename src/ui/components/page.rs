//! What every page has: its main heading (the target of "skip to content" and of focus after
//! navigation), and the Edit and Delete cell of a row in a records table.

use crate::i18n::Msg;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// The id of every page's main heading.
pub const PAGE_TITLE_ID: &str = "page-title";

/// A page's main heading: the target of "skip to content" and of focus after navigation.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <h1 id=PAGE_TITLE_ID tabindex="-1">{text}</h1> }
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
