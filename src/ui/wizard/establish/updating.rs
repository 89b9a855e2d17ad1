//! Step 7 of the 6.2.1 wizard, f): how often the objective is reviewed, what calls for a
//! review at once, and (when revising) when it was last reviewed.

use super::fields::frequency_field;
use crate::domain::wizard::EstablishDraft;
use crate::domain::UpdateTrigger;
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::FieldKind;
use crate::ui::wizard::ctx::StepCtx;
use leptos::prelude::*;

/// The events that call for a review at once, in the order they are offered.
const TRIGGERS: [UpdateTrigger; 5] = [
    UpdateTrigger::ServiceChange,
    UpdateTrigger::ContractChange,
    UpdateTrigger::RiskChange,
    UpdateTrigger::AuditFinding,
    UpdateTrigger::MissedTarget,
];

fn trigger_label(trigger: UpdateTrigger) -> Msg {
    match trigger {
        UpdateTrigger::ServiceChange => Msg::TriggerServiceChange,
        UpdateTrigger::ContractChange => Msg::TriggerContractChange,
        UpdateTrigger::RiskChange => Msg::TriggerRiskChange,
        UpdateTrigger::AuditFinding => Msg::TriggerAuditFinding,
        UpdateTrigger::MissedTarget => Msg::TriggerMissedTarget,
    }
}

pub fn updating_step(ctx: StepCtx<EstablishDraft>) -> impl IntoView {
    let existing = ctx.peek(|d| d.existing).unwrap_or(false);
    let triggers = TRIGGERS
        .into_iter()
        .map(|trigger| {
            let checkbox_id = format!("wizard-trigger-{trigger:?}");
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=checkbox_id.clone()
                        prop:checked=move || {
                            ctx.read(|d| d.objective.updating.triggers.contains(&trigger)).unwrap_or(false)
                        }
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.edit(|d| {
                                let triggers = &mut d.objective.updating.triggers;
                                triggers.retain(|t| *t != trigger);
                                if on {
                                    triggers.push(trigger);
                                    crate::domain::sorting::sort(triggers);
                                }
                            });
                        }
                    />
                    <label for=checkbox_id>{ctx.t(trigger_label(trigger))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        {frequency_field(
            "wizard-review-cadence".to_string(),
            ctx.t(Msg::UpdateCadence),
            move || ctx.read(|d| d.objective.updating.review_cadence).flatten(),
            move |cadence| ctx.edit(|d| d.objective.updating.review_cadence = cadence),
        )}
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::UpdateTriggers)}</legend>
            {triggers}
        </fieldset>
        {existing.then(|| view! {
            <ParsedField
                unparsed=ctx.unparsed
                id="wizard-last-reviewed".to_string()
                label=ctx.t(Msg::UpdateLastReviewed)
                value=ctx.text(|d| {
                    d.objective.updating.last_reviewed.map(|date| date.to_string()).unwrap_or_default()
                })
                kind=FieldKind::Date
                apply=move |value: String| {
                    let date = parse_date(&value)?;
                    ctx.edit(|d| d.objective.updating.last_reviewed = date);
                    Ok::<(), ParseProblem>(())
                }
            />
        })}
    }
}
