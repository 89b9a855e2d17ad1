//! Step b) of the 6.2.2 wizard: the resources of each action (kind, what, how much, approved),
//! added and removed per action.

use super::shared::{action_keys, action_value, edit_action, ActionGroup, Ctx};
use crate::domain::model::{Resource, ResourceKind};
use crate::domain::RecordId;
use crate::i18n::{resource_kind_label, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{enum_choices, parse_choice, t, SelectField, TextField};
use leptos::prelude::*;

/// Every kind of resource, in the order offered.
const RESOURCE_KINDS: [ResourceKind; 6] = [
    ResourceKind::People,
    ResourceKind::Budget,
    ResourceKind::Tool,
    ResourceKind::Supplier,
    ResourceKind::Time,
    ResourceKind::Other,
];

fn edit_resource(ctx: Ctx, action: RecordId, index: usize, change: impl FnOnce(&mut Resource)) {
    edit_action(ctx, action, |found| {
        if let Some(resource) = found.resources.get_mut(index) {
            change(resource);
        }
    });
}

pub fn resources_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let keys = action_keys(ctx);
    view! {
        <Shown when=move || keys.with(Vec::is_empty)>
            <p class="empty">{t(Msg::NoActionsYet)}</p>
        </Shown>
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let count = action_value(ctx, action, |a| a.resources.len());
                let number = (index + 1).to_string();
                let add_id = format!("wizard-action-{index}-add-resource");
                let add_id_for_rows = add_id.clone();
                let rows = move || (0..count.get()).collect::<Vec<usize>>();
                let add = move |_| {
                    let next = count.get_untracked();
                    edit_action(ctx, action, |a| a.resources.push(Resource::default()));
                    focus_after_paint(format!("wizard-action-{index}-resource-{next}-description"));
                };
                view! {
                    <ActionGroup ctx=ctx index=index action=action>
                        <Shown when=move || count.get() == 0>
                            <p class="empty">{t(Msg::NoResourcesYet)}</p>
                        </Shown>
                        <For
                            each=rows
                            key=|j| *j
                            children=move |j| resource_fields(ctx, action, index, j, add_id_for_rows.clone())
                        />
                        <button type="button" id=add_id.clone() class="button button--small" on:click=add>
                            {state.tf(Msg::AddResourceTo, &[("number", &number)])}
                        </button>
                    </ActionGroup>
                }
            }
        />
    }
}

/// One resource of one action; `add_id` is the action's "Add a resource" button, focused
/// after a removal.
fn resource_fields(
    ctx: Ctx,
    action: RecordId,
    action_index: usize,
    index: usize,
    add_id: String,
) -> impl IntoView {
    let state = ctx.state;
    let read = move |read: fn(&Resource) -> String| {
        ctx.value(move |draft| {
            draft
                .plan
                .actions
                .iter()
                .find(|a| a.id == action)
                .and_then(|a| a.resources.get(index))
                .map(read)
                .unwrap_or_default()
        })
    };
    let kind = read(|r| format!("{:?}", r.kind));
    let description = read(|r| r.description.clone());
    let amount = read(|r| r.amount.clone());
    let approved = ctx.value(move |draft| {
        draft
            .plan
            .actions
            .iter()
            .find(|a| a.id == action)
            .and_then(|a| a.resources.get(index))
            .is_some_and(|r| r.approved)
    });
    let (action_number, number) = ((action_index + 1).to_string(), (index + 1).to_string());
    let context = state.tf(
        Msg::ResourceContext,
        &[("action", &action_number), ("number", &number)],
    );
    let prefix = format!("wizard-action-{action_index}-resource-{index}");
    let approved_id = format!("{prefix}-approved");
    let remove = move |_| {
        edit_action(ctx, action, |a| {
            if index < a.resources.len() {
                a.resources.remove(index);
            }
        });
        focus_after_paint(add_id.clone());
    };
    view! {
        <fieldset class="plan-resource">
            <legend>{state.tf(Msg::ResourceNumber, &[("number", &number)])}</legend>
            <div class="field-grid">
                <SelectField
                    id=format!("{prefix}-kind")
                    label=t(Msg::ResourceKindLabel)
                    context=context.clone()
                    choices=enum_choices(&RESOURCE_KINDS, resource_kind_label)
                    selected=kind
                    on_change=Callback::new(move |choice: String| {
                        if let Some(value) = parse_choice(&RESOURCE_KINDS, &choice) {
                            edit_resource(ctx, action, index, |r| r.kind = value);
                        }
                        Ok(())
                    })
                />
                <TextField
                    id=format!("{prefix}-description")
                    label=t(Msg::ResourceDescription)
                    context=context.clone()
                    value=description
                    class="field--wide"
                    on_change=Callback::new(move |text: String| {
                        edit_resource(ctx, action, index, |r| r.description = text);
                        Ok(())
                    })
                />
                <TextField
                    id=format!("{prefix}-amount")
                    label=t(Msg::ResourceAmount)
                    context=context.clone()
                    value=amount
                    on_change=Callback::new(move |text: String| {
                        edit_resource(ctx, action, index, |r| r.amount = text);
                        Ok(())
                    })
                />
            </div>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id=approved_id.clone()
                    prop:checked=move || approved.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit_resource(ctx, action, index, |r| r.approved = on);
                    }
                />
                <label for=approved_id>
                    {t(Msg::ResourceApproved)}
                    <span class="visually-hidden">" (" {context} ")"</span>
                </label>
            </div>
            <button type="button" class="button button--small button--quiet" on:click=remove>
                {state.tf(Msg::RemoveResourceNumber, &[("number", &number), ("action", &action_number)])}
            </button>
        </fieldset>
    }
}
