//! Step c) of the 6.2.2 wizard: the owner of the objective and who is responsible for each
//! action.

use super::shared::{
    action_context, action_keys, action_value, edit_action, known_people, ActionGroup, Ctx,
};
use crate::i18n::Msg;
use crate::ui::components::widgets::{t, TextField};
use leptos::prelude::*;

pub fn responsible_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let keys = action_keys(ctx);
    let people = state.workspace.with_untracked(known_people);
    let owner = ctx.value(|draft| draft.owner.clone());
    let people_for_actions = people.clone();
    view! {
        <div class="field-grid">
            <TextField
                id="wizard-owner"
                label=t(Msg::ObjectiveOwnerLabel)
                value=owner
                suggestions=people
                class="field--wide"
                on_change=ctx.on_text(|draft, text| draft.owner = text)
            />
        </div>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let responsible = action_value(ctx, action, |a| a.responsible.clone());
                let people = people_for_actions.clone();
                view! {
                    <ActionGroup ctx=ctx index=index action=action>
                        <TextField
                            id=format!("wizard-action-{index}-responsible")
                            label=t(Msg::ActionResponsible)
                            context=action_context(state, index)
                            value=responsible
                            suggestions=people
                            on_change=Callback::new(move |text: String| {
                                edit_action(ctx, action, |a| a.responsible = text);
                                Ok(())
                            })
                        />
                    </ActionGroup>
                }
            }
        />
    }
}
