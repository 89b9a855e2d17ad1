//! What stands before a wizard's steps: stored drafts that cannot be read (download them, or
//! discard them after confirming), another unfinished draft (resume it, or discard it and
//! start afresh), and an address whose objective does not exist.

use crate::app::{clock, AppState};
use crate::i18n::Msg;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{dom_id, t, ConfirmDialog, ConfirmStyle, Icon, IconKind};
use leptos::prelude::*;

/// Stored drafts that cannot be read: download them, or discard them after confirming.
#[component]
pub fn UnreadableDrafts(
    /// Called once they are discarded.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let download = move |_| {
        let raw = state.unreadable_drafts.get_untracked().unwrap_or_default();
        let name = format!("sixtwo-drafts-{}.json", clock::today());
        #[cfg(target_arch = "wasm32")]
        let _ = crate::app::browser::download(&name, "application/json", &raw);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (name, raw);
    };
    view! {
        <div class="banner banner--warning" data-testid="drafts-unreadable">
            <p class="banner__title">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftsUnreadable)}
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=download>{t(Msg::DraftsDownload)}</button>
                <button type="button" class="button button--danger" on:click=move |_| confirming.set(true)>
                    {t(Msg::DraftsDiscard)}
                </button>
            </div>
        </div>
        <ConfirmDialog
            open=confirming
            title=t(Msg::EstablishDraftsDiscardTitle)
            body=t(Msg::EstablishDraftsDiscardBody)
            confirm=Msg::DraftsDiscard
            style=ConfirmStyle::Danger
            on_confirm=move || {
                state.discard_unreadable_drafts();
                on_done.run(());
            }
        />
    }
}

/// An unfinished draft for something else: what it is and when it was last changed, then
/// resume it or discard it and start afresh. A draft whose objective was deleted can only be
/// discarded.
#[component]
pub fn DraftFound(
    /// What the draft is for ("O3 Optimise resource allocation", "a new objective").
    name: String,
    /// When it was last changed, in words.
    time: String,
    /// Its objective no longer exists.
    gone: bool,
    #[prop(into)] on_resume: Callback<()>,
    #[prop(into)] on_discard: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let heading_id = dom_id("draft-found");
    let labelled_by = heading_id.clone();
    let body = if gone {
        view! {
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftTargetGone)}
            </p>
        }
        .into_any()
    } else {
        view! { <p>{state.tf(Msg::DraftFoundBody, &[("name", &name), ("time", &time)])}</p> }
            .into_any()
    };
    view! {
        <section class="panel draft-found" aria-labelledby=labelled_by data-testid="draft-found">
            <h2 id=heading_id>{t(Msg::DraftFoundTitle)}</h2>
            {body}
            <div class="button-row">
                {(!gone)
                    .then(|| {
                        view! {
                            <button type="button" class="button button--primary" on:click=move |_| on_resume.run(())>
                                {t(Msg::DraftResume)}
                            </button>
                        }
                    })}
                <button type="button" class="button" on:click=move |_| on_discard.run(())>
                    {t(Msg::DraftDiscardAndStart)}
                </button>
            </div>
        </section>
    }
}

/// The objective the address names does not exist (any more). A draft left for it can be
/// discarded, after confirming.
#[component]
pub fn MissingTarget(
    /// A draft for the missing objective is stored.
    #[prop(into)]
    has_draft: Signal<bool>,
    /// Discards that draft (confirmed).
    #[prop(into)]
    on_discard: Callback<()>,
    /// Ways on: (address, words).
    links: Vec<(String, Msg)>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let links = links
        .into_iter()
        .map(|(href, words)| view! { <a class="button" href=href>{t(words)}</a> })
        .collect_view();
    view! {
        <p>{t(Msg::ObjectiveNotFound)}</p>
        <Shown when=move || has_draft.get()>
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {t(Msg::DraftTargetGone)}
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| confirming.set(true)>
                    {t(Msg::DiscardDraft)}
                </button>
            </div>
        </Shown>
        <div class="button-row">{links}</div>
        <ConfirmDialog
            open=confirming
            title=t(Msg::DiscardTitle)
            body=t(Msg::DiscardBody)
            confirm=Msg::DiscardConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || on_discard.run(())
        />
    }
}
