//! The page for addresses that lead nowhere.

use crate::app::Route;
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageTitle text=t(Msg::NotFoundTitle)/>
        <p>{t(Msg::NotFoundBody)}</p>
        <p>
            <a href=Route::Home.href()>{t(Msg::GoHome)}</a>
        </p>
    }
}
