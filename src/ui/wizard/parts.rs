//! The pieces of a wizard's frame: the list of steps (with `aria-current="step"` and the
//! steps that are complete), the step heading that receives focus, the guidance box of a step,
//! and the element id of each field a refusal points at.

use super::STEP_TITLE_ID;
use crate::app::AppState;
use crate::domain::wizard::Field;
use crate::i18n::{Guide, Msg};
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

/// How one entry of the step list looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepEntry {
    pub label: &'static str,
    pub current: bool,
    /// The step's part of the clause is fully met.
    pub complete: bool,
}

/// The list of a wizard's steps: where you are (`aria-current="step"`), which steps are
/// complete, and a button to open every other step, reached yet or not.
#[component]
pub fn StepList(
    #[prop(into)] steps: Signal<Vec<StepEntry>>,
    /// Called with the index of the step the user chose.
    #[prop(into)]
    on_go: Callback<usize>,
) -> impl IntoView {
    view! {
        <nav class="wizard-steps" aria-label=t(Msg::StepsLabel)>
            <ol>
                {move || {
                    steps
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, step)| {
                            let marker = step
                                .complete
                                .then(|| {
                                    view! {
                                        <span class="wizard-steps__done">
                                            <Icon kind=IconKind::Check/>
                                            <span class="visually-hidden">" (" {t(Msg::StepDone)} ")"</span>
                                        </span>
                                    }
                                });
                            let class = if step.current {
                                "wizard-steps__item wizard-steps__item--current"
                            } else {
                                "wizard-steps__item"
                            };
                            let number = format!("{}.", index + 1);
                            let body = if step.current {
                                view! {
                                    <span
                                        class="wizard-steps__label"
                                        aria-current=step.current.then_some("step")
                                    >
                                        <span class="wizard-steps__number">{number}</span>
                                        " "
                                        {step.label}
                                        {marker}
                                    </span>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <button
                                        type="button"
                                        class="wizard-steps__button"
                                        on:click=move |_| on_go.run(index)
                                    >
                                        <span class="wizard-steps__number">{number}</span>
                                        " "
                                        {step.label}
                                        {marker}
                                    </button>
                                }
                                    .into_any()
                            };
                            view! { <li class=class>{body}</li> }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}

/// A step's heading ("Step 3 of 8: b) Measurable"), focused after every step change.
#[component]
pub fn StepTitle(number: usize, total: usize, label: &'static str) -> impl IntoView {
    let state = AppState::expect();
    let of = state.tf(
        Msg::StepOf,
        &[
            ("number", &number.to_string()),
            ("total", &total.to_string()),
        ],
    );
    view! {
        <h2 id=STEP_TITLE_ID tabindex="-1" class="wizard__step-title">
            <span class="wizard__step-count">{of}</span>
            " "
            {label}
        </h2>
    }
}

/// What the standard asks at this step, how to do it, and an example from the source guide.
#[component]
pub fn StepGuide(guide: Guide) -> impl IntoView {
    view! {
        <aside class="guide" aria-label=t(Msg::GuideAdvice)>
            <dl>
                <dt>{t(Msg::GuideRequirement)}</dt>
                <dd>{t(guide.rule)}</dd>
                <dt>{t(Msg::GuideAdvice)}</dt>
                <dd>{t(guide.how)}</dd>
                {guide
                    .example
                    .map(|example| {
                        view! {
                            <dt>{t(Msg::GuideExample)}</dt>
                            <dd class="guide__example">{t(example)}</dd>
                        }
                    })}
            </dl>
        </aside>
    }
}

/// The element id of a wizard field, so a refusal can be linked to it and focused.
pub fn field_dom_id(field: Field) -> String {
    match field {
        Field::Code => "wizard-code".into(),
        Field::Title => "wizard-title".into(),
        Field::Parent => "wizard-parent".into(),
        Field::Level => "wizard-level".into(),
        Field::NewPolicy(i) => format!("wizard-new-policy-{i}"),
        Field::NewRequirement(i) => format!("wizard-new-requirement-{i}"),
        Field::KpiName(i) => format!("wizard-kpi-{i}-name"),
        Field::KpiTarget(i) => format!("wizard-kpi-{i}-target"),
        Field::ActionWhat(i) => format!("wizard-action-{i}-what"),
        Field::ActionDates(i) => format!("wizard-action-{i}-start"),
        Field::General => STEP_TITLE_ID.into(),
    }
}
