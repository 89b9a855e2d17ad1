//! The last step of the 6.2.2 wizard: the 6.2.2 check of the objective as the draft would
//! leave it (required items and good practice apart), the plan's approval, its owner and the
//! timeline. (The kit lists what must still be corrected above.)

use super::shared::{known_people, Ctx};
use super::timeline::timeline;
use crate::app::clock;
use crate::domain::conformity::{check_objective, CheckItem, ItemState};
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::{t, FieldKind, TextField};
use crate::ui::panels::check::CheckResults;
use crate::ui::panels::exercise_guard::HideDuringExercise;
use leptos::prelude::*;

pub fn review_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let check = Memo::new(move |_| {
        ctx.read(|draft| {
            state.workspace.with(|w| {
                let objective = w.objective(draft.objective)?;
                let preview = draft.preview_objective(objective);
                Some(check_objective(w, &preview, clock::today()))
            })
        })
        .flatten()
    });
    let owner = ctx.value(|d| d.owner.trim().to_string());
    let people = state.workspace.with_untracked(known_people);
    let approval = view! {
        <fieldset class="plan-approval" data-testid="plan-approval">
            <legend>{t(Msg::PlanApproval)}</legend>
            <div class="field-grid">
                <TextField
                    id="wizard-plan-approved-by"
                    label=t(Msg::DocApprovedBy)
                    value=ctx.text(|d| d.plan.approval.approved_by.clone())
                    suggestions=people
                    class="field--wide"
                    on_change=ctx.on_text(|d, text| d.plan.approval.approved_by = text)
                />
                <ParsedField
                    unparsed=ctx.unparsed
                    id="wizard-plan-approved-on".to_string()
                    label=t(Msg::DocApprovedOn)
                    kind=FieldKind::Date
                    value=ctx.text(|d| d.plan.approval.approved_on.map(|d| d.to_string()).unwrap_or_default())
                    apply=move |text: String| {
                        let date = parse_date(&text)?;
                        ctx.edit(|d| d.plan.approval.approved_on = date);
                        Ok::<(), ParseProblem>(())
                    }
                />
            </div>
        </fieldset>
    };
    view! {
        // An exercise hides the check until the reveal, here as on every other page.
        <HideDuringExercise>
            {move || check.get().map(|check| {
                let all_met = CheckItem::PLAN.iter().all(|item| check.state(*item) == ItemState::Met);
                view! {
                    <section class="plan-review" data-testid="plan-check">
                        <CheckResults check=check plan_only=true/>
                        <p class="plan-review__verdict">
                            {if all_met { t(Msg::ReviewAllMet) } else { t(Msg::ReviewCanSave) }}
                        </p>
                    </section>
                }
            })}
        </HideDuringExercise>
        {approval}
        <dl class="record plan-review__owner">
            <dt>{t(Msg::ObjectiveOwnerLabel)}</dt>
            <dd>
                {move || {
                    let owner = owner.get();
                    if owner.is_empty() { t(Msg::NotSet).to_string() } else { owner }
                }}
            </dd>
        </dl>
        {timeline(ctx)}
    }
}
