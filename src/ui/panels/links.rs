//! An objective's links to the policy statements it supports (6.2.1 a) and the requirements it
//! takes into account (6.2.1 c), as checkboxes on its page.

use crate::app::{AppState, Route};
use crate::domain::{Command, ObjectiveEdit, ObjectiveId, PolicyId, RequirementId};
use crate::i18n::Msg;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{dom_id, FieldKind, TextField};
use leptos::prelude::*;
use uuid::Uuid;

/// Checkboxes for the policy statements an objective supports (6.2.1 a).
#[component]
pub fn PolicyLinks(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let statements = move || {
        state.workspace.with(|w| {
            w.policy
                .iter()
                .map(|p| (p.id.0, p.reference.clone(), p.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    let linked = Signal::derive(move || {
        state
            .with_objective(id, |o| o.policy_links.iter().map(|p| p.0).collect())
            .unwrap_or_default()
    });
    let change = move |links: Vec<Uuid>| {
        let links = links.into_iter().map(PolicyId).collect();
        state.dispatch_field(Command::EditObjective {
            id,
            edit: ObjectiveEdit::PolicyLinks(links),
        })
    };
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section class="panel" aria-labelledby="policy-links-title">
            <h2 id="policy-links-title">{t(Msg::SectionPolicy)}</h2>
            <Shown
                when=move || !statements().is_empty()
                fallback=move || view! {
                    <p>
                        {t(Msg::NoPolicyYet)} " "
                        <a href=Route::Policy.href()>{t(Msg::AddPolicyStatements)}</a>
                    </p>
                }
            >
                <LinkedReading records=Signal::derive(statements) linked=linked/>
                <details class="fold" data-testid="policy-fold">
                    <summary class="fold__summary">
                        {t(Msg::ObjpageEditDetails)}
                        <span class="visually-hidden">{move || format!(" {}", state.t(Msg::SectionPolicy))}</span>
                    </summary>
                    <fieldset class="checklist">
                        <legend class="visually-hidden">{t(Msg::SectionPolicy)}</legend>
                        <LinkBoxes records=Signal::derive(statements) linked=linked on_change=change error=error/>
                    </fieldset>
                </details>
            </Shown>
            <p class="field__error" role="alert" hidden=move || error.get().is_none()>{move || error.get()}</p>
        </section>
    }
}

/// Checkboxes for the requirements an objective takes into account (6.2.1 c), or the
/// statement that none apply, with its reason.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
pub fn RequirementLinks(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let requirements = move || {
        state.workspace.with(|w| {
            w.requirements
                .iter()
                .map(|r| (r.id.0, r.reference.clone(), r.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let none_apply = move || {
        state
            .with_objective(id, |o| o.no_requirements_reason.is_some())
            .unwrap_or(false)
    };
    let none_apply_id = dom_id("none-apply");
    let linked = Signal::derive(move || {
        state
            .with_objective(id, |o| o.requirement_links.iter().map(|r| r.0).collect())
            .unwrap_or_default()
    });
    let change = move |links: Vec<Uuid>| {
        let links = links.into_iter().map(RequirementId).collect();
        state.dispatch_field(Command::EditObjective {
            id,
            edit: ObjectiveEdit::RequirementLinks(links),
        })
    };
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section class="panel" aria-labelledby="requirement-links-title">
            <h2 id="requirement-links-title">{t(Msg::SectionRequirements)}</h2>
            <Shown when=move || requirements().is_empty()>
                <p>
                    {t(Msg::NoRequirementsYet)} " "
                    <a href=Route::Requirements.href()>{t(Msg::AddRequirements)}</a>
                </p>
            </Shown>
            <Shown
                when=none_apply
                fallback=move || view! { <LinkedReading records=Signal::derive(requirements) linked=linked/> }
            >
                <p class="objective__reading">
                    {t(Msg::NoneApply)}
                    {move || state.with_objective(id, |o| o.no_requirements_reason.clone()).flatten().filter(|r| !r.is_empty()).map(|r| format!(": {r}"))}
                </p>
            </Shown>
            <details class="fold" data-testid="requirements-fold">
            <summary class="fold__summary">
                {t(Msg::ObjpageEditDetails)}
                <span class="visually-hidden">{move || format!(" {}", state.t(Msg::SectionRequirements))}</span>
            </summary>
            <fieldset class="checklist">
                <legend class="visually-hidden">{t(Msg::SectionRequirements)}</legend>
                <LinkBoxes records=Signal::derive(requirements) linked=linked on_change=change error=error/>
                <div class="checkbox checkbox--separate">
                    <input
                        type="checkbox"
                        id=none_apply_id.clone()
                        prop:checked=move || none_apply()
                        on:change=move |ev| {
                            let reason = event_target_checked(&ev).then(String::new);
                            error.set(state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::NoRequirementsReason(reason) }).err());
                        }
                    />
                    <label for=none_apply_id>{t(Msg::NoneApply)}</label>
                </div>
            </fieldset>
            <Shown when=none_apply>
                <TextField
                    label=t(Msg::NoneApplyReason)
                    value=Signal::derive(move || state.with_objective(id, |o| o.no_requirements_reason.clone()).flatten().unwrap_or_default())
                    on_change=move |text: String| state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::NoRequirementsReason(Some(text)) })
                    kind=FieldKind::Multiline
                />
            </Shown>
            </details>
            <p class="field__error" role="alert" hidden=move || error.get().is_none()>{move || error.get()}</p>
        </section>
    }
}

/// The records an objective links to, in reading form: each one's reference and text, or
/// "(not set)" when there are none.
#[component]
fn LinkedReading(
    /// Each record's id, reference and text.
    #[prop(into)]
    records: Signal<Vec<(Uuid, String, String)>>,
    /// The records linked now.
    #[prop(into)]
    linked: Signal<Vec<Uuid>>,
) -> impl IntoView {
    let state = AppState::expect();
    let shown = move || {
        let linked = linked.get();
        records
            .get()
            .into_iter()
            .filter(|(record, _, _)| linked.contains(record))
            .map(|(_, reference, text)| format!("{reference} {text}").trim().to_string())
            .collect::<Vec<_>>()
    };
    reactive_view(move || {
        let shown = shown();
        if shown.is_empty() {
            view! { <p class="objective__reading" data-testid="links-reading">{state.t(Msg::NotSet)}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list objective__reading" data-testid="links-reading">
                    {shown.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    })
}

/// One checkbox per record an objective can link to (policy statements, requirements).
#[component]
fn LinkBoxes(
    /// Each record's id, reference and text.
    #[prop(into)]
    records: Signal<Vec<(Uuid, String, String)>>,
    /// The records linked now.
    #[prop(into)]
    linked: Signal<Vec<Uuid>>,
    /// Applies a new set of links, or explains why not.
    #[prop(into)]
    on_change: Callback<Vec<Uuid>, Result<(), String>>,
    /// Where a refusal is shown.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    reactive_view(move || {
        records
            .get()
            .into_iter()
            .map(|(record, reference, text)| {
                let checkbox_id = dom_id("link");
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=checkbox_id.clone()
                            prop:checked=move || linked.with(|l| l.contains(&record))
                            on:change=move |ev| {
                                let mut links = linked.get_untracked();
                                links.retain(|l| *l != record);
                                if event_target_checked(&ev) {
                                    links.push(record);
                                }
                                error.set(on_change.run(links).err());
                            }
                        />
                        <label for=checkbox_id><strong>{reference}</strong> " " {text}</label>
                    </div>
                }
            })
            .collect_view()
    })
}
