//! Step e) of the 6.2.2 wizard: how the results will be evaluated, by whom and when, and, once
//! it is done, the result of the evaluation against the success criteria.

use super::shared::{known_people, Ctx};
use crate::app::clock;
use crate::domain::model::EvaluationResult;
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldKind, SelectField, TextField};
use leptos::prelude::*;

/// Whether the plan was evaluated, and how it came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    NotYet,
    Met,
    NotMet,
}

impl Outcome {
    const ALL: [Outcome; 3] = [Outcome::NotYet, Outcome::Met, Outcome::NotMet];

    fn of(result: Option<&EvaluationResult>) -> Outcome {
        match result {
            None => Outcome::NotYet,
            Some(result) if result.criteria_met => Outcome::Met,
            Some(_) => Outcome::NotMet,
        }
    }

    fn label(self) -> Msg {
        match self {
            Outcome::NotYet => Msg::EvalResultNone,
            Outcome::Met => Msg::EvalResultMet,
            Outcome::NotMet => Msg::EvalResultNotMet,
        }
    }
}

/// The result's fields: whether it was evaluated and how it came out; once it was, when and
/// what was found.
fn result_fields(ctx: Ctx) -> impl IntoView {
    let outcome = ctx.value(|d| format!("{:?}", Outcome::of(d.plan.evaluation.result.as_ref())));
    let evaluated = ctx.value(|d| d.plan.evaluation.result.is_some());
    let choices: Vec<(String, String)> = Outcome::ALL
        .iter()
        .map(|o| (format!("{o:?}"), t(o.label()).to_string()))
        .collect();
    let choose = move |choice: String| {
        let chosen = Outcome::ALL
            .into_iter()
            .find(|o| format!("{o:?}") == choice);
        ctx.edit(|d| {
            let result = &mut d.plan.evaluation.result;
            match (chosen, result.as_mut()) {
                (Some(Outcome::NotYet) | None, _) => *result = None,
                (Some(outcome), Some(found)) => found.criteria_met = outcome == Outcome::Met,
                (Some(outcome), None) => {
                    *result = Some(EvaluationResult {
                        date: clock::today(),
                        criteria_met: outcome == Outcome::Met,
                        findings: String::new(),
                    })
                }
            }
        });
        Ok(())
    };
    view! {
        <fieldset class="evaluation-result" data-testid="evaluation-result">
            <legend>{t(Msg::EvalResult)}</legend>
            <SelectField
                id="wizard-eval-result".to_string()
                label=t(Msg::EvalResultChoice)
                choices=choices
                selected=outcome
                on_change=Callback::new(choose)
            />
            <Shown when=move || evaluated.get()>
                <div class="field-grid">
                    <ParsedField
                        unparsed=ctx.unparsed
                        id="wizard-eval-result-date".to_string()
                        label=t(Msg::EvalResultDate)
                        kind=FieldKind::Date
                        value=ctx.text(|d| d.plan.evaluation.result.as_ref().map(|r| r.date.to_string()).unwrap_or_default())
                        apply=move |text: String| {
                            // The result is dated: an empty date is not one.
                            let date = parse_date(&text)?.ok_or(ParseProblem::NotADate)?;
                            ctx.edit(|d| {
                                if let Some(result) = d.plan.evaluation.result.as_mut() {
                                    result.date = date;
                                }
                            });
                            Ok::<(), ParseProblem>(())
                        }
                    />
                </div>
                <TextField
                    id="wizard-eval-result-findings"
                    label=t(Msg::EvalResultFindings)
                    kind=FieldKind::Multiline
                    value=ctx.text(|d| d.plan.evaluation.result.as_ref().map(|r| r.findings.clone()).unwrap_or_default())
                    on_change=ctx.on_text(|d, text| {
                        if let Some(result) = d.plan.evaluation.result.as_mut() {
                            result.findings = text;
                        }
                    })
                />
            </Shown>
        </fieldset>
    }
}

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
        {result_fields(ctx)}
    }
}
