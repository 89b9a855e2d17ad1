//! Step 5 of the 6.2.1 wizard, d): how often, how and by whom progress is monitored, and the
//! next review.

use super::fields::frequency_field;
use crate::domain::monitoring_prefill::propose_monitoring;
use crate::domain::wizard::EstablishDraft;
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::{FieldKind, TextField};
use crate::ui::wizard::ctx::StepCtx;
use leptos::prelude::*;

pub fn monitoring_step(ctx: StepCtx<EstablishDraft>) -> impl IntoView {
    let state = ctx.state;
    let owners = Signal::<Vec<String>>::from(state.owner_names);
    // Empty fields start from the KPIs' frequency and data source; proposing them is not the
    // user's change, so an untouched draft stays one.
    let proposal = ctx.peek(|d| propose_monitoring(&d.objective)).flatten();
    if let Some(proposal) = proposal.as_ref() {
        state.update_drafts(|drafts| {
            if let Some(wizard) = drafts.establish.as_mut() {
                wizard.propose(|d| proposal.apply(&mut d.objective.monitoring));
            }
        });
    }
    let note = proposal.map(|proposal| {
        let msg = match (proposal.frequency.is_some(), proposal.method.is_some()) {
            (true, true) => Msg::MonitoringFromKpisBoth,
            (true, false) => Msg::MonitoringFromKpisFrequency,
            _ => Msg::MonitoringFromKpisMethod,
        };
        let kpis = proposal.kpis.join(ctx.t(Msg::ListSeparator));
        view! {
            <p class="field__help" data-testid="monitoring-from-kpis">
                {state.tf(msg, &[("kpis", &kpis)])}
            </p>
        }
    });
    view! {
        {note}
        {frequency_field(
            "wizard-monitoring-frequency".to_string(),
            ctx.t(Msg::MonitoringFrequency),
            move || ctx.read(|d| d.objective.monitoring.frequency).flatten(),
            move |frequency| ctx.edit(|d| d.objective.monitoring.frequency = frequency),
        )}
        <TextField
            id="wizard-monitoring-method"
            label=ctx.t(Msg::MonitoringMethod)
            value=ctx.text(|d| d.objective.monitoring.method.clone())
            on_change=ctx.on_text(|d, text| d.objective.monitoring.method = text)
        />
        <div class="field-grid">
            <TextField
                id="wizard-monitoring-responsible"
                label=ctx.t(Msg::MonitoringResponsible)
                value=ctx.text(|d| d.objective.monitoring.responsible.clone())
                on_change=ctx.on_text(|d, text| d.objective.monitoring.responsible = text)
                suggestions=owners
            />
            <ParsedField
                unparsed=ctx.unparsed
                id="wizard-monitoring-next-review".to_string()
                label=ctx.t(Msg::MonitoringNextReview)
                value=ctx.text(|d| {
                    d.objective.monitoring.next_review.map(|date| date.to_string()).unwrap_or_default()
                })
                kind=FieldKind::Date
                apply=move |value: String| {
                    let date = parse_date(&value)?;
                    ctx.edit(|d| d.objective.monitoring.next_review = date);
                    Ok::<(), ParseProblem>(())
                }
            />
        </div>
    }
}
