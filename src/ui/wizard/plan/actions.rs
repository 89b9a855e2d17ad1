//! Step a) of the 6.2.2 wizard: what will be done, one line per action with its progress;
//! actions are added and removed here.

use super::shared::{
    action_context, action_keys, action_value, blank_action, edit_action, ActionGroup, Ctx,
    ADD_ACTION_ID,
};
use crate::domain::model::ActionStatus;
use crate::domain::wizard::Field;
use crate::i18n::{action_status_label, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::widgets::{enum_choices, parse_choice, t, SelectField, TextField};
use crate::ui::wizard::parts::field_dom_id;
use leptos::prelude::*;

/// Every state of an action's progress.
const ACTION_STATUSES: [ActionStatus; 4] = [
    ActionStatus::Planned,
    ActionStatus::InProgress,
    ActionStatus::Done,
    ActionStatus::Cancelled,
];

pub fn actions_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let keys = action_keys(ctx);
    let add = move |_| {
        let index = keys.with_untracked(Vec::len);
        ctx.edit(|draft| draft.plan.actions.push(blank_action()));
        focus_after_paint(field_dom_id(Field::ActionWhat(index)));
    };
    view! {
        <Show when=move || keys.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoActionsYet)}</p>
        </Show>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let number = (index + 1).to_string();
                let context = action_context(state, index);
                let what = action_value(ctx, action, |a| a.what.clone());
                let status = action_value(ctx, action, |a| format!("{:?}", a.status));
                let field = Field::ActionWhat(index);
                let remove = move |_| {
                    ctx.edit(|draft| draft.plan.actions.retain(|a| a.id != action));
                    focus_after_paint(ADD_ACTION_ID);
                };
                view! {
                    <ActionGroup ctx=ctx index=index action=action>
                        <div class="field-grid">
                            <TextField
                                id=field_dom_id(field)
                                label=t(Msg::ActionWhat)
                                context=context.clone()
                                value=what
                                required=true
                                class="field--wide"
                                error=ctx.error(field)
                                on_change=Callback::new(move |text: String| {
                                    edit_action(ctx, action, |a| a.what = text);
                                    Ok(())
                                })
                            />
                            <SelectField
                                id=format!("wizard-action-{index}-status")
                                label=t(Msg::ActionStatusLabel)
                                context=context
                                choices=enum_choices(&ACTION_STATUSES, action_status_label)
                                selected=status
                                on_change=Callback::new(move |choice: String| {
                                    if let Some(value) = parse_choice(&ACTION_STATUSES, &choice) {
                                        edit_action(ctx, action, |a| a.status = value);
                                    }
                                    Ok(())
                                })
                            />
                        </div>
                        <button type="button" class="button button--small button--quiet" on:click=remove>
                            {state.tf(Msg::RemoveActionNumber, &[("number", &number)])}
                        </button>
                    </ActionGroup>
                }
            }
        />
        <div class="button-row">
            <button type="button" id=ADD_ACTION_ID class="button" on:click=add>
                {t(Msg::AddAction)}
            </button>
        </div>
    }
}
