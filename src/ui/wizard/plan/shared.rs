//! What the 6.2.2 steps share: the draft's actions by position and id, the group of one
//! action's fields with its legend, changing an action, and the names of people to suggest.

use crate::app::AppState;
use crate::domain::model::{Action, ActionStatus};
use crate::domain::wizard::PlanDraft;
use crate::domain::{RandomIds, RecordId, Workspace};
use crate::i18n::Msg;
use crate::ui::wizard::ctx::StepCtx;
use leptos::prelude::*;

pub type Ctx = StepCtx<PlanDraft>;

/// The id of the "Add an action" button.
pub const ADD_ACTION_ID: &str = "wizard-add-action";

/// An action with nothing in it yet.
pub fn blank_action() -> Action {
    Action {
        id: RecordId::new(&mut RandomIds),
        what: String::new(),
        responsible: String::new(),
        start: None,
        due: None,
        resources: Vec::new(),
        status: ActionStatus::default(),
        corrective: false,
    }
}

/// Whether nothing was typed into `action`.
pub fn is_blank(action: &Action) -> bool {
    action.what.trim().is_empty()
        && action.responsible.trim().is_empty()
        && action.start.is_none()
        && action.due.is_none()
        && action.resources.is_empty()
}

/// Changes the action `action` of the draft.
pub fn edit_action(ctx: Ctx, action: RecordId, change: impl FnOnce(&mut Action)) {
    ctx.edit(|draft| {
        if let Some(found) = draft.plan.actions.iter_mut().find(|a| a.id == action) {
            change(found);
        }
    });
}

/// A value of the action `action`, as a memo.
pub fn action_value<T: Clone + PartialEq + Default + Send + Sync + 'static>(
    ctx: Ctx,
    action: RecordId,
    read: fn(&Action) -> T,
) -> Memo<T> {
    ctx.value(move |draft| {
        draft
            .plan
            .actions
            .iter()
            .find(|a| a.id == action)
            .map(read)
            .unwrap_or_default()
    })
}

/// The keys of the draft's actions: position and id, so fields know their number.
pub fn action_keys(ctx: Ctx) -> Memo<Vec<(usize, RecordId)>> {
    ctx.value(|draft| {
        draft
            .plan
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| (i, a.id))
            .collect()
    })
}

/// "(action 2)": what tells repeated labels apart for assistive technology.
pub fn action_context(state: AppState, index: usize) -> String {
    state.tf(Msg::ActionContext, &[("number", &(index + 1).to_string())])
}

/// "Action 2: Publish a knowledge base", or "Action 2" while it says nothing yet.
pub fn action_legend(state: AppState, number: usize, what: &str) -> String {
    let number = number.to_string();
    if what.trim().is_empty() {
        state.tf(Msg::ActionNumber, &[("number", &number)])
    } else {
        state.tf(
            Msg::ActionLegend,
            &[("number", &number), ("what", what.trim())],
        )
    }
}

/// A fieldset per action with its legend, holding `children`.
#[component]
pub fn ActionGroup(ctx: Ctx, index: usize, action: RecordId, children: Children) -> impl IntoView {
    let what = action_value(ctx, action, |a| a.what.clone());
    view! {
        <fieldset class="plan-action" data-testid="plan-action">
            <legend>{move || action_legend(ctx.state, index + 1, &what.get())}</legend>
            {children()}
        </fieldset>
    }
}

/// Names seen as owners or responsible people, offered while typing a name.
pub fn known_people(workspace: &Workspace) -> Vec<String> {
    let mut names = workspace.owner_names();
    for objective in &workspace.objectives {
        let Some(plan) = objective.plan.as_ref() else {
            continue;
        };
        names.push(plan.evaluation.evaluator.clone());
        names.extend(plan.actions.iter().map(|a| a.responsible.clone()));
    }
    let mut names: Vec<String> = names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    crate::domain::sorting::sort(&mut names);
    names.dedup();
    names
}
