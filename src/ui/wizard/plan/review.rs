//! The last step of the 6.2.2 wizard: the 6.2.2 check of the objective as the draft would
//! leave it, its owner and the timeline. (The kit lists what must still be corrected above.)

use super::shared::Ctx;
use super::timeline::timeline;
use crate::app::clock;
use crate::domain::conformity::{check_objective, CheckItem, ItemState};
use crate::i18n::Msg;
use crate::ui::components::widgets::t;
use crate::ui::panels::check::CheckResults;
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
    view! {
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
