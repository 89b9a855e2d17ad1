//! The "Plan to achieve an objective" wizard (clause 6.2.2) described to the wizard kit:
//! a) actions, b) their resources, c) who is responsible, d) when (with a timeline against the
//! objective's target date), e) how results are evaluated, and a review with the 6.2.2 check
//! before saving, a file each. The step is part of the address; every edit is stored at once
//! as a draft, so a reload or a closed tab loses nothing.

mod actions;
mod dates;
mod evaluation;
mod resources;
mod responsible;
mod review;
pub mod shared;
mod timeline;

use super::ctx::StepCtx;
use super::spec::{WizardOf, WizardSpec};
use crate::app::route::plan_slug;
use crate::app::state::NoticeText;
use crate::app::Route;
use crate::domain::conformity::{check_objective, CheckItem, ItemState};
use crate::domain::wizard::{plan_command, Field, PlanDraft, PlanStep, Step};
use crate::domain::{Command, ObjectiveId, Workspace};
use crate::i18n::guide::plan_guide;
use crate::i18n::{self, plan_step_label, Guide, Lang, Msg};
use chrono::NaiveDate;
use leptos::prelude::*;
use shared::{blank_action, is_blank, ADD_ACTION_ID};

/// The 6.2.2 wizard for the objective in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    pub objective: ObjectiveId,
}

/// The 6.2.2 item a step completes.
fn step_item(step: PlanStep) -> Option<CheckItem> {
    match step {
        PlanStep::Actions => Some(CheckItem::Actions),
        PlanStep::Resources => Some(CheckItem::Resources),
        PlanStep::Responsible => Some(CheckItem::Responsible),
        PlanStep::Dates => Some(CheckItem::Timing),
        PlanStep::Evaluation => Some(CheckItem::Evaluation),
        PlanStep::Review => None,
    }
}

/// "O2 Raise the problem resolution rate", or nothing when the objective is gone.
fn objective_name(workspace: &Workspace, id: ObjectiveId) -> Option<String> {
    workspace
        .objective(id)
        .map(|o| format!("{} {}", o.code, o.title))
}

impl WizardSpec for Plan {
    type Draft = PlanDraft;
    type Extra = ();

    const NAME: &'static str = "plan-wizard";
    const SAVE: Msg = Msg::SavePlan;

    const STEP_LABEL: fn(PlanStep) -> Msg = plan_step_label;
    const GUIDE: fn(PlanStep) -> Guide = plan_guide;
    const SLUG: fn(PlanStep) -> &'static str = plan_slug;

    fn target_of(draft: &PlanDraft) -> ObjectiveId {
        draft.objective
    }

    fn route(target: ObjectiveId, step: Option<PlanStep>) -> Route {
        Route::Plan {
            objective: Some(target),
            step,
        }
    }

    fn target(&self) -> Option<ObjectiveId> {
        Some(self.objective)
    }

    /// Its saved plan and owner, or one empty action to start with.
    fn new_draft(&self, workspace: &Workspace) -> Option<PlanDraft> {
        let mut draft = workspace
            .objective(self.objective)
            .map(PlanDraft::for_objective)?;
        if draft.plan.actions.is_empty() {
            draft.plan.actions.push(blank_action());
        }
        Some(draft)
    }

    /// A draft that only repeats its objective's saved plan (plus empty actions) holds nothing
    /// the user typed: it is replaced without asking.
    fn disposable(wizard: &WizardOf<Self>, workspace: &Workspace) -> bool {
        let Some(objective) = workspace.objective(wizard.draft.objective) else {
            return false;
        };
        let strip = |mut draft: PlanDraft| {
            draft.plan.actions.retain(|a| !is_blank(a));
            draft.owner = draft.owner.trim().to_string();
            draft
        };
        strip(wizard.draft.clone()) == strip(PlanDraft::for_objective(objective))
    }

    fn target_gone(draft: &PlanDraft, workspace: &Workspace) -> bool {
        workspace.objective(draft.objective).is_none()
    }

    fn draft_name(_: Lang, draft: &PlanDraft, workspace: &Workspace) -> String {
        objective_name(workspace, draft.objective).unwrap_or_default()
    }

    fn heading(&self, lang: Lang, workspace: &Workspace) -> String {
        match workspace.objective(self.objective) {
            Some(objective) => i18n::format(lang, Msg::PlanTitle, &[("code", &objective.code)]),
            None => Msg::PlanChooseTitle.text(lang).to_string(),
        }
    }

    fn subject(&self, workspace: &Workspace) -> Option<String> {
        objective_name(workspace, self.objective)
    }

    fn missing_links() -> Vec<(Route, Msg)> {
        let choose = Route::Plan {
            objective: None,
            step: None,
        };
        vec![(choose, Msg::PlanChoose)]
    }

    fn completion(draft: &PlanDraft, workspace: &Workspace, today: NaiveDate) -> Vec<bool> {
        let check = workspace.objective(draft.objective).map(|objective| {
            check_objective(workspace, &draft.preview_objective(objective), today)
        });
        PlanStep::ALL
            .iter()
            .map(|step| {
                step_item(*step).is_some_and(|item| {
                    check
                        .as_ref()
                        .is_some_and(|c| c.state(item) == ItemState::Met)
                })
            })
            .collect()
    }

    /// "Action 2" for an action's fields.
    fn field_name(lang: Lang, field: Field, _: &PlanDraft) -> Option<String> {
        match field {
            Field::ActionWhat(i) | Field::ActionDates(i) => Some(i18n::format(
                lang,
                Msg::ActionNumber,
                &[("number", &(i + 1).to_string())],
            )),
            _ => None,
        }
    }

    /// The plan must say what will be done.
    fn step_blockers(step: PlanStep, draft: &PlanDraft) -> Vec<(&'static str, Msg)> {
        // A plan delivered through child objectives needs no actions of its own.
        if step == PlanStep::Actions
            && !draft.plan.through_children
            && draft.plan.actions.is_empty()
        {
            vec![(ADD_ACTION_ID, Msg::PlanNeedsAction)]
        } else {
            Vec::new()
        }
    }

    fn extra(_: Option<&PlanDraft>) {}

    fn body(step: PlanStep, ctx: StepCtx<PlanDraft>, (): ()) -> AnyView {
        match step {
            PlanStep::Actions => actions::actions_step(ctx).into_any(),
            PlanStep::Resources => resources::resources_step(ctx).into_any(),
            PlanStep::Responsible => responsible::responsible_step(ctx).into_any(),
            PlanStep::Dates => dates::dates_step(ctx).into_any(),
            PlanStep::Evaluation => evaluation::evaluation_step(ctx).into_any(),
            PlanStep::Review => review::review_step(ctx).into_any(),
        }
    }

    fn save(draft: &PlanDraft, (): (), workspace: &Workspace) -> (Command, NoticeText, Route) {
        let code = workspace
            .objective(draft.objective)
            .map(|o| o.code.clone())
            .unwrap_or_default();
        let notice = NoticeText::with(Msg::PlanSaved, &[("code", &code)]);
        (
            plan_command(draft, workspace),
            notice,
            Route::Objective(draft.objective),
        )
    }

    fn discarded(draft: &PlanDraft, workspace: &Workspace) -> Route {
        if workspace.objective(draft.objective).is_some() {
            Route::Objective(draft.objective)
        } else {
            Route::Plan {
                objective: None,
                step: None,
            }
        }
    }
}
