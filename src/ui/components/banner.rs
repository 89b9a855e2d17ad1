//! The warning banner: a titled alert region with a body and the ways out, shared by the frame's
//! storage banners and the notes about changes kept while storage was full.

use crate::i18n::Msg;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

/// A storage warning that needs the user: an alert with a heading, an explanation and the
/// ways out.
#[component]
pub fn Banner(
    /// The heading's id, which names the banner.
    id: &'static str,
    title: Msg,
    #[prop(into)] body: Signal<String>,
    /// The `data-testid` end-to-end tests find the banner by.
    #[prop(optional)]
    test_id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="banner banner--warning" role="alert" aria-labelledby=id data-testid=test_id>
            <h2 id=id class="banner__title">
                <Icon kind=IconKind::Warning/>
                " "
                {t(title)}
            </h2>
            <p>{body}</p>
            <div class="button-row">{children()}</div>
        </section>
    }
}
