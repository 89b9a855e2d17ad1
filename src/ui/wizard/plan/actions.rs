//! Step a) of the 6.2.2 wizard: what will be done, one line per action with its progress and
//! whether it corrects an objective off track; actions are added and removed here. A parent
//! objective can instead be delivered through its child objectives' plans.

use super::shared::{
    action_context, action_keys, action_value, blank_action, edit_action, is_blank, ActionGroup,
    Ctx, ADD_ACTION_ID,
};
use crate::domain::model::ActionStatus;
use crate::domain::wizard::Field;
use crate::i18n::{action_status_label, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
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

/// The id of the "delivered through child objectives" checkbox.
const THROUGH_CHILDREN_ID: &str = "wizard-through-children";

pub fn actions_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let keys = action_keys(ctx);
    let through = ctx.value(|draft| draft.plan.through_children);
    let children = Memo::new(move |_| {
        let objective = ctx.read(|draft| draft.objective);
        state.workspace.with(|w| {
            objective.map_or(0, |id| {
                w.children_of(id)
                    .filter(|child| !child.status.is_closed())
                    .count()
            })
        })
    });
    // Empty actions would only stand in the way of a plan carried by the children; one comes
    // back, to be filled in, when the plan is the objective's own again.
    let set_through = move |on: bool| {
        ctx.edit(|draft| {
            draft.plan.through_children = on;
            if on {
                draft.plan.actions.retain(|a| !is_blank(a));
            } else if draft.plan.actions.is_empty() {
                draft.plan.actions.push(blank_action());
            }
        });
    };
    let add = move |_| {
        let index = keys.with_untracked(Vec::len);
        ctx.edit(|draft| draft.plan.actions.push(blank_action()));
        focus_after_paint(field_dom_id(Field::ActionWhat(index)));
    };
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id=THROUGH_CHILDREN_ID
                aria-describedby="wizard-through-children-help"
                prop:checked=move || through.get()
                on:change=move |ev| set_through(event_target_checked(&ev))
            />
            <label for=THROUGH_CHILDREN_ID>{t(Msg::PlanThroughChildren)}</label>
        </div>
        <p class="field__help" id="wizard-through-children-help" data-testid="through-children-help">
            {move || if through.get() {
                state.tc(Msg::PlanThroughChildrenOn, children.get(), &[])
            } else {
                t(Msg::PlanThroughChildrenHelp).to_string()
            }}
        </p>
        <Shown when=move || keys.with(Vec::is_empty) && !through.get()>
            <p class="empty">{t(Msg::NoActionsYet)}</p>
        </Shown>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let number = (index + 1).to_string();
                let context = action_context(state, index);
                let what = action_value(ctx, action, |a| a.what.clone());
                let status = action_value(ctx, action, |a| format!("{:?}", a.status));
                let corrective = action_value(ctx, action, |a| a.corrective);
                let corrective_id = format!("wizard-action-{index}-corrective");
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
                                context=context.clone()
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
                        <div class="checkbox">
                            <input
                                type="checkbox"
                                id=corrective_id.clone()
                                prop:checked=move || corrective.get()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit_action(ctx, action, |a| a.corrective = on);
                                }
                            />
                            <label for=corrective_id>
                                {t(Msg::ActionCorrective)}
                                <span class="visually-hidden">" (" {context} ")"</span>
                            </label>
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
