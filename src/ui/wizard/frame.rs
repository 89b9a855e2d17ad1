//! The frame of every wizard step, the same for every wizard: the heading, the step list,
//! the step's heading and guidance, the summary of its refusals, on the last step the
//! refusals that block saving, the step's fields, Back/Next (or Save)/Discard, and whether
//! the draft is kept.

use super::parts::{StepEntry, StepGuide, StepList, StepTitle};
use super::{REVIEW_ERRORS_ID, STEP_TITLE_ID};
use crate::i18n::{Guide, Msg};
use crate::ui::components::form::ErrorSummary;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, ConfirmDialog, ConfirmStyle, FieldError, Icon, IconKind};
use leptos::prelude::*;

/// The id of the Save button, described by the reason saving failed.
const SAVE_ID: &str = "wizard-save";
const SAVE_ERROR_ID: &str = "wizard-save-error";

/// Where the frame's step sits among the wizard's steps, and what it says.
pub struct StepInfo {
    /// The step's name in the address (the form's `data-step`).
    pub slug: &'static str,
    /// The step's number, from 1.
    pub number: usize,
    pub total: usize,
    pub label: &'static str,
    pub guide: Guide,
}

/// What the frame does when the user acts.
#[derive(Clone, Copy)]
pub struct FrameActions {
    /// A step was chosen in the step list (by its index).
    pub go: Callback<usize>,
    pub back: Callback<()>,
    /// Next, or Save on the last step.
    pub submit: Callback<()>,
    /// The discarding was confirmed.
    pub discard: Callback<()>,
}

/// One step of a wizard, framed.
#[component]
pub fn WizardFrame(
    /// The page heading.
    title: String,
    /// A line under the heading naming what the wizard works on.
    subject: Option<String>,
    /// The wizard's class and test id.
    name: &'static str,
    step: StepInfo,
    #[prop(into)] steps: Signal<Vec<StepEntry>>,
    /// The step's refusals: (field id, "Field: message").
    #[prop(into)]
    summary: Signal<Vec<(String, String)>>,
    /// On the last step, the refusals that block saving: (address of their step, words).
    #[prop(into)]
    review_errors: Signal<Vec<(String, String)>>,
    /// The draft's objective was deleted meanwhile.
    #[prop(into)]
    target_gone: Signal<bool>,
    /// "Draft kept in this browser (…)", while it is.
    #[prop(into)]
    kept: Signal<Option<String>>,
    /// The Save button's words.
    save: Msg,
    /// Why saving failed, if it did.
    save_error: RwSignal<Option<String>>,
    actions: FrameActions,
    /// The draft holds nothing the user changed: discarding it asks nothing.
    #[prop(into)]
    unchanged: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let discarding = RwSignal::new(false);
    let last = step.number == step.total;
    let back = (step.number > 1).then(|| {
        view! {
            <button type="button" class="button" on:click=move |_| actions.back.run(())>
                {t(Msg::WizardBack)}
            </button>
        }
    });
    let forward = if last {
        view! {
            <button
                type="submit"
                id=SAVE_ID
                class="button button--primary"
                aria-describedby=move || save_error.get().map(|_| SAVE_ERROR_ID)
            >
                {t(save)}
            </button>
        }
        .into_any()
    } else {
        view! { <button type="submit" class="button button--primary">{t(Msg::WizardNext)}</button> }
            .into_any()
    };
    let step_of = crate::app::AppState::expect().tf(
        Msg::StepOf,
        &[
            ("number", &step.number.to_string()),
            ("total", &step.total.to_string()),
        ],
    );
    // On a phone the step list folds into "Step 2 of 8", so the step's fields come first. The
    // fold follows the window's width (a tablet turned, a window resized) whenever the width
    // crosses a phone's: folded when it becomes narrow, open when it becomes wide (where the
    // fold's summary is not shown, so a closed list could not be opened). Between crossings
    // the fold stays as the user left it.
    let steps_fold = NodeRef::<leptos::html::Details>::new();
    let narrow = StoredValue::new(narrow_screen());
    let resized = window_event_listener_untyped("resize", move |_| {
        let now = narrow_screen();
        if narrow.get_value() == now {
            return;
        }
        narrow.set_value(now);
        if let Some(fold) = steps_fold.get_untracked() {
            let fold: &web_sys::Element = &fold;
            let _ = if now {
                fold.remove_attribute("open")
            } else {
                fold.set_attribute("open", "")
            };
        }
    });
    on_cleanup(move || resized.remove());
    view! {
        <PageTitle text=title/>
        {subject.map(|subject| view! { <p class="lead wizard__subject">{subject}</p> })}
        <div class=format!("wizard {name}") data-testid=name>
            <details class="wizard-steps-fold" open=!narrow.get_value() node_ref=steps_fold>
                <summary class="wizard-steps-fold__summary">{step_of}</summary>
                <StepList steps=steps on_go=actions.go/>
            </details>
            <form
                class="wizard__step"
                novalidate=true
                aria-labelledby=STEP_TITLE_ID
                data-step=step.slug
                on:submit=move |ev| {
                    ev.prevent_default();
                    actions.submit.run(());
                }
            >
                <StepTitle number=step.number total=step.total label=step.label/>
                <StepGuide guide=step.guide/>
                <Shown when=move || target_gone.get()>
                    <p class="warning" role="alert">
                        <Icon kind=IconKind::Warning/>
                        " "
                        {t(Msg::DraftTargetGone)}
                    </p>
                </Shown>
                <ErrorSummary title=t(Msg::StepHasErrors) lines=summary/>
                <ReviewErrors lines=review_errors/>
                {children()}
                <div class="wizard__nav">
                    {back}
                    {forward}
                    <span class="wizard__spacer"></span>
                    <button type="button" class="button button--quiet" on:click=move |_| {
                            if unchanged.get_untracked() {
                                actions.discard.run(());
                            } else {
                                discarding.set(true);
                            }
                        }>
                        // "…" promises a question; with nothing entered there is none.
                        {move || {
                            if unchanged.get() { t(Msg::DiscardDraftNow) } else { t(Msg::DiscardDraft) }
                        }}
                    </button>
                </div>
                <FieldError id=SAVE_ERROR_ID.to_string() error=save_error/>
                <p class="wizard__draft-status" data-testid="draft-status">{move || kept.get()}</p>
            </form>
        </div>
        <ConfirmDialog
            open=discarding
            title=t(Msg::DiscardTitle)
            body=t(Msg::DiscardBody)
            confirm=Msg::DiscardConfirm
            style=ConfirmStyle::Danger
            on_confirm=move || actions.discard.run(())
        />
    }
}

/// The refusals that keep a wizard from saving, each a link to the step that fixes it.
#[component]
fn ReviewErrors(#[prop(into)] lines: Signal<Vec<(String, String)>>) -> impl IntoView {
    let title_id = format!("{REVIEW_ERRORS_ID}-title");
    view! {
        <Shown when=move || !lines.with(Vec::is_empty)>
            <section
                class="error-summary"
                id=REVIEW_ERRORS_ID
                tabindex="-1"
                aria-labelledby=title_id.clone()
                data-testid="review-errors"
            >
                <h3 class="error-summary__title" id=title_id.clone()>
                    <Icon kind=IconKind::Error/>
                    " "
                    {t(Msg::ReviewErrors)}
                </h3>
                <ul>
                    {move || {
                        lines
                            .get()
                            .into_iter()
                            .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Shown>
    }
}

/// The media query of a phone's width, exactly as `style/wizard.css` and `style/responsive.css`
/// write it where they put the step list above the step and show the fold's summary (a test
/// checks): asking the browser the same question agrees with the CSS at exactly 50rem and
/// whatever the default font size is.
const PHONE_WIDTH_QUERY: &str = "(max-width: 50rem)";

/// Whether the window is as narrow as a phone ([`PHONE_WIDTH_QUERY`]).
fn narrow_screen() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|window| window.match_media(PHONE_WIDTH_QUERY).ok().flatten())
            .is_some_and(|query| query.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = PHONE_WIDTH_QUERY;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::PHONE_WIDTH_QUERY;

    #[test]
    fn the_fold_follows_the_same_media_query_as_the_css() {
        for (file, css) in [
            (
                "style/wizard.css",
                include_str!("../../../style/wizard.css"),
            ),
            (
                "style/responsive.css",
                include_str!("../../../style/responsive.css"),
            ),
        ] {
            let rule = format!("@media {PHONE_WIDTH_QUERY} {{");
            assert!(css.contains(&rule), "{file} has no `{rule}`");
        }
    }
}
