//! The page for addresses that lead nowhere.

use super::PageTitle;
use crate::app::{AppState, Route};
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <PageTitle text=Signal::derive(move || state.t(Msg::NotFoundTitle).to_string())/>
        <p>{move || state.t(Msg::NotFoundBody)}</p>
        <p>
            <a href=Route::Home.href()>{move || state.t(Msg::GoHome)}</a>
        </p>
    }
}
