//! Step e) of the 6.2.2 wizard: how the results will be evaluated, by whom and when.

use super::shared::{known_people, Ctx};
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::{t, FieldKind, TextField};
use leptos::prelude::*;

pub fn evaluation_step(ctx: Ctx) -> impl IntoView {
    let people = ctx.state.workspace.with_untracked(known_people);
    view! {
        <TextField
            id="wizard-eval-method"
            label=t(Msg::EvalMethod)
            kind=FieldKind::Multiline
            value=ctx.text(|d| d.plan.evaluation.method.clone())
            on_change=ctx.on_text(|d, text| d.plan.evaluation.method = text)
        />
        <TextField
            id="wizard-eval-criteria"
            label=t(Msg::EvalCriteria)
            kind=FieldKind::Multiline
            value=ctx.text(|d| d.plan.evaluation.success_criteria.clone())
            on_change=ctx.on_text(|d, text| d.plan.evaluation.success_criteria = text)
        />
        <div class="field-grid">
            <TextField
                id="wizard-eval-evaluator"
                label=t(Msg::EvalEvaluator)
                value=ctx.text(|d| d.plan.evaluation.evaluator.clone())
                suggestions=people
                class="field--wide"
                on_change=ctx.on_text(|d, text| d.plan.evaluation.evaluator = text)
            />
            <ParsedField
                unparsed=ctx.unparsed
                id="wizard-eval-date".to_string()
                label=t(Msg::EvalDate)
                kind=FieldKind::Date
                value=ctx.text(|d| d.plan.evaluation.date.map(|d| d.to_string()).unwrap_or_default())
                apply=move |text: String| {
                    let date = parse_date(&text)?;
                    ctx.edit(|d| d.plan.evaluation.date = date);
                    Ok::<(), ParseProblem>(())
                }
            />
        </div>
    }
}
