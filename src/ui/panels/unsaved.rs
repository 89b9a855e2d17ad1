//! What the frame says about unsaved changes kept in the browser's database while storage is
//! full: that a copy is kept, that changes from an earlier visit were restored (and where they
//! came from), or that such changes wait for the user's decision.

use crate::app::clock;
use crate::app::state::UnsavedView;
use crate::app::AppState;
use crate::domain::Timestamp;
use crate::i18n::{self, Msg};
use crate::ui::components::banner::Banner;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

fn time_text(state: AppState, at: Option<Timestamp>) -> String {
    at.map(clock::local_date_time)
        .unwrap_or_else(|| state.t(Msg::UnsavedUnknownTime).to_string())
}

/// Offers the kept changes (or the unreadable record) as a file.
fn download_kept(state: AppState) {
    let Some(text) = state.unsaved_download() else {
        return;
    };
    let name = format!("sixtwo-unsaved-changes-{}.json", clock::today());
    #[cfg(target_arch = "wasm32")]
    let _ = crate::app::browser::download(&name, "application/json", &text);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, text);
}

/// The note under the "storage is full" banner, and the banners about changes kept in an
/// earlier visit.
#[component]
pub fn UnsavedChanges() -> impl IntoView {
    let state = AppState::expect();
    reactive_view(move || {
        let lang = state.lang.get();
        match state.unsaved.get() {
            UnsavedView::Nothing => ().into_any(),
            UnsavedView::Kept { at } => {
                let text = i18n::format(
                    lang,
                    Msg::UnsavedKept,
                    &[("time", &clock::local_date_time(at))],
                );
                // A titled section like the other banners, so that it is a landmark region.
                view! {
                    <section
                        class="banner banner--info"
                        aria-labelledby="banner-unsaved-kept"
                        data-testid="unsaved-kept"
                    >
                        <h2 id="banner-unsaved-kept" class="banner__title">
                            {t(Msg::UnsavedKeptTitle)}
                        </h2>
                        <p>{text}</p>
                    </section>
                }
                .into_any()
            }
            UnsavedView::Restored { kept_at } => {
                let body = i18n::format(
                    lang,
                    Msg::UnsavedRestoredBody,
                    &[("time", &time_text(state, kept_at))],
                );
                view! {
                    <section
                        class="banner banner--info"
                        role="status"
                        aria-labelledby="banner-unsaved-restored"
                        data-testid="unsaved-restored"
                    >
                        <h2 id="banner-unsaved-restored" class="banner__title">
                            {t(Msg::UnsavedRestoredTitle)}
                        </h2>
                        <p>{body}</p>
                        <div class="button-row">
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| state.dismiss_unsaved_note()
                            >
                                {t(Msg::UnsavedHideNote)}
                            </button>
                        </div>
                    </section>
                }
                .into_any()
            }
            UnsavedView::Offered(kept) => {
                let body = i18n::format(
                    lang,
                    Msg::UnsavedOfferedBody,
                    &[("time", &time_text(state, kept.kept_at))],
                );
                view! {
                    <Banner
                        id="banner-unsaved-offered"
                        title=Msg::UnsavedOfferedTitle
                        body=body
                        test_id="unsaved-offered"
                    >
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.restore_offered_unsaved()
                        >
                            {t(Msg::UnsavedRestore)}
                        </button>
                        <button type="button" class="button" on:click=move |_| download_kept(state)>
                            {t(Msg::UnsavedDownload)}
                        </button>
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| state.discard_unsaved()
                        >
                            {t(Msg::UnsavedDiscard)}
                        </button>
                    </Banner>
                }
                .into_any()
            }
            UnsavedView::Unreadable { error, .. } => {
                let error = i18n::describe_decode_error(lang, &error).join(" ");
                let body = i18n::format(lang, Msg::UnsavedUnreadableBody, &[("error", &error)]);
                view! {
                    <Banner
                        id="banner-unsaved-unreadable"
                        title=Msg::UnsavedUnreadableTitle
                        body=body
                        test_id="unsaved-unreadable"
                    >
                        <button type="button" class="button" on:click=move |_| download_kept(state)>
                            {t(Msg::UnsavedDownload)}
                        </button>
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| state.discard_unsaved()
                        >
                            {t(Msg::UnsavedDiscard)}
                        </button>
                    </Banner>
                }
                .into_any()
            }
        }
    })
}
