//! The "Establish an objective" wizard (clause 6.2.1) described to the wizard kit: the
//! objective's place in the hierarchy, then a) to f) of the clause one step at a time (a file
//! each), then the conformity check and saving. The step is part of the address, and the draft
//! is stored with every keystroke, so Back, a reload or a closed tab loses nothing.

mod communication;
mod fields;
mod measurable;
mod monitoring;
mod place;
mod policy;
mod requirements;
mod review;
mod updating;

use super::ctx::StepCtx;
use super::spec::{WizardOf, WizardSpec};
use crate::app::route::establish_slug;
use crate::app::state::NoticeText;
use crate::app::{clock, Route};
use crate::domain::code::suggest_code;
use crate::domain::conformity::{check_objective, CheckItem, ItemState, ObjectiveCheck};
use crate::domain::wizard::{
    default_status, establish_command, fix_at, EstablishDraft, EstablishStep, Field, FixAt, Step,
    WizardDraft,
};
use crate::domain::{Command, Level, ObjectiveId, RandomIds, Status, Timestamp, Workspace};
use crate::i18n::guide::establish_guide;
use crate::i18n::{self, establish_step_label, Guide, Lang, Msg};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The 6.2.1 wizard for the address: the objective revised (or the new one's draft), or a new
/// objective below `parent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Establish {
    pub objective: Option<ObjectiveId>,
    pub parent: Option<ObjectiveId>,
}

/// A fresh draft for a new objective below `parent` (one level below it), with a suggested code.
fn new_objective_draft(
    workspace: &Workspace,
    parent: Option<ObjectiveId>,
    now: Timestamp,
) -> EstablishDraft {
    let parent = parent.and_then(|id| workspace.objective(id));
    let level = match parent.map(|p| p.level) {
        Some(Level::Strategic) => Level::Tactical,
        Some(_) => Level::Operational,
        None => Level::Strategic,
    };
    let code = suggest_code(workspace, level);
    let id = ObjectiveId::new(&mut RandomIds);
    EstablishDraft::new_objective(id, code, level, parent.map(|p| p.id), now)
}

/// Whether a step's part of the clause is fully met (the ✓ in the step list).
fn step_complete(
    step: EstablishStep,
    draft: &EstablishDraft,
    check: &ObjectiveCheck,
    workspace: &Workspace,
) -> bool {
    match step {
        EstablishStep::Review => false,
        EstablishStep::Place => {
            let objective = &draft.objective;
            (objective.level == Level::Strategic || objective.parent.is_some())
                && draft.issues(step, workspace).is_empty()
        }
        _ => {
            let mut items = CheckItem::ESTABLISH
                .iter()
                .filter(|item| fix_at(**item) == FixAt::Establish(step))
                .peekable();
            items.peek().is_some()
                && items.all(|item| check.state(*item) == ItemState::Met)
                && draft.issues(step, workspace).is_empty()
        }
    }
}

impl WizardSpec for Establish {
    type Draft = EstablishDraft;
    /// The status the objective gets when saved (chosen on the last step).
    type Extra = RwSignal<Status>;

    const NAME: &'static str = "establish-wizard";
    const SAVE: Msg = Msg::SaveObjective;

    const STEP_LABEL: fn(EstablishStep) -> Msg = establish_step_label;
    const GUIDE: fn(EstablishStep) -> Guide = establish_guide;
    const SLUG: fn(EstablishStep) -> &'static str = establish_slug;

    fn target_of(draft: &EstablishDraft) -> ObjectiveId {
        draft.objective.id
    }

    fn route(target: ObjectiveId, step: Option<EstablishStep>) -> Route {
        Route::Establish {
            objective: Some(target),
            parent: None,
            step,
        }
    }

    fn target(&self) -> Option<ObjectiveId> {
        self.objective
    }

    fn new_draft(&self, workspace: &Workspace) -> Option<EstablishDraft> {
        match self.objective {
            Some(id) => workspace.objective(id).cloned().map(EstablishDraft::revise),
            None => Some(new_objective_draft(workspace, self.parent, clock::now())),
        }
    }

    /// A draft that holds nothing the user typed is replaced without asking.
    fn disposable(wizard: &WizardOf<Self>, workspace: &Workspace) -> bool {
        wizard.draft.is_unchanged(workspace)
    }

    fn target_gone(draft: &EstablishDraft, workspace: &Workspace) -> bool {
        draft.existing && workspace.objective(draft.objective.id).is_none()
    }

    fn draft_name(lang: Lang, draft: &EstablishDraft, _: &Workspace) -> String {
        let objective = &draft.objective;
        if objective.title.trim().is_empty() && !draft.existing {
            Msg::DraftNewObjective.text(lang).to_string()
        } else {
            format!("{} {}", objective.code.trim(), objective.title.trim())
        }
    }

    fn heading(&self, lang: Lang, workspace: &Workspace) -> String {
        match self.objective.and_then(|id| workspace.objective(id)) {
            Some(objective) => i18n::format(
                lang,
                Msg::EstablishReviseTitle,
                &[("code", &objective.code)],
            ),
            None => Msg::EstablishTitle.text(lang).to_string(),
        }
    }

    fn missing_links() -> Vec<(Route, Msg)> {
        let start = Route::Establish {
            objective: None,
            parent: None,
            step: None,
        };
        vec![
            (Route::Register, Msg::BackToRegister),
            (start, Msg::EstablishGuided),
        ]
    }

    fn completion(draft: &EstablishDraft, workspace: &Workspace, today: NaiveDate) -> Vec<bool> {
        let check = check_objective(workspace, &draft.objective, today);
        EstablishStep::ALL
            .iter()
            .map(|step| step_complete(*step, draft, &check, workspace))
            .collect()
    }

    fn field_name(lang: Lang, field: Field, draft: &EstablishDraft) -> Option<String> {
        let kpi = |msg: Msg, i: usize| {
            i18n::format(
                lang,
                Msg::EstablishKpiField,
                &[("field", msg.text(lang)), ("number", &(i + 1).to_string())],
            )
        };
        let added = |msg: Msg, reference: Option<&String>| {
            let reference = reference.map(String::as_str).unwrap_or_default();
            i18n::format(lang, msg, &[("reference", reference)])
        };
        Some(match field {
            Field::Code => Msg::FieldCode.text(lang).to_string(),
            Field::Title => Msg::FieldTitle.text(lang).to_string(),
            Field::Parent => Msg::FieldParent.text(lang).to_string(),
            Field::Level => Msg::FieldLevel.text(lang).to_string(),
            Field::NewPolicy(i) => added(
                Msg::NewStatementLabel,
                draft.new_policy.get(i).map(|p| &p.reference),
            ),
            Field::NewRequirement(i) => added(
                Msg::NewRequirementLabel,
                draft.new_requirements.get(i).map(|r| &r.reference),
            ),
            Field::KpiName(i) => kpi(Msg::KpiName, i),
            Field::KpiTarget(i) => kpi(Msg::KpiTarget, i),
            Field::ActionWhat(_) | Field::ActionDates(_) | Field::General => return None,
        })
    }

    fn extra(draft: Option<&EstablishDraft>) -> RwSignal<Status> {
        RwSignal::new(draft.map_or(Status::Active, default_status))
    }

    fn body(
        step: EstablishStep,
        ctx: StepCtx<EstablishDraft>,
        status: RwSignal<Status>,
    ) -> AnyView {
        match step {
            EstablishStep::Place => place::place_step(ctx).into_any(),
            EstablishStep::Policy => policy::policy_step(ctx).into_any(),
            EstablishStep::Measurable => measurable::measurable_step(ctx).into_any(),
            EstablishStep::Requirements => requirements::requirements_step(ctx).into_any(),
            EstablishStep::Monitoring => monitoring::monitoring_step(ctx).into_any(),
            EstablishStep::Communication => communication::communication_step(ctx).into_any(),
            EstablishStep::Updating => updating::updating_step(ctx).into_any(),
            EstablishStep::Review => review::review_step(ctx, status).into_any(),
        }
    }

    fn save(
        draft: &EstablishDraft,
        status: RwSignal<Status>,
        _: &Workspace,
    ) -> (Command, NoticeText, Route) {
        // Lists are typed one per line; empty lines and stray spaces are not kept.
        let mut draft = draft.clone();
        let plan = &mut draft.objective.communication;
        plan.audiences = communication::tidy_lines(&plan.audiences);
        plan.channels = communication::tidy_lines(&plan.channels);
        let command = establish_command(&draft, status.get_untracked(), clock::now());
        let notice = NoticeText::with(
            Msg::ObjectiveSaved,
            &[("code", draft.objective.code.trim())],
        );
        (command, notice, Route::Objective(draft.objective.id))
    }

    fn discarded(draft: &EstablishDraft, workspace: &Workspace) -> Route {
        let id = draft.objective.id;
        if draft.existing && workspace.objective(id).is_some() {
            Route::Objective(id)
        } else {
            Route::Register
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{Objective, PolicyId, PolicyStatement};

    fn objective(ids: &mut SequentialIds, code: &str, level: Level) -> Objective {
        Objective::new(
            ObjectiveId::new(ids),
            code,
            "x",
            level,
            Timestamp::default(),
        )
    }

    #[test]
    fn a_new_objective_sits_one_level_below_its_parent_with_the_next_free_code() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        let s1 = objective(&mut ids, "S1", Level::Strategic);
        let t1 = objective(&mut ids, "T1", Level::Tactical);
        let (s1_id, t1_id) = (s1.id, t1.id);
        workspace.objectives.extend([s1, t1]);

        let top = new_objective_draft(&workspace, None, Timestamp::default());
        assert_eq!(top.objective.level, Level::Strategic);
        assert_eq!(top.objective.code, "S2");

        let below_s1 = new_objective_draft(&workspace, Some(s1_id), Timestamp::default());
        assert_eq!(below_s1.objective.level, Level::Tactical);
        assert_eq!(below_s1.objective.parent, Some(s1_id));
        assert_eq!(below_s1.objective.code, "T2");

        let below_t1 = new_objective_draft(&workspace, Some(t1_id), Timestamp::default());
        assert_eq!(below_t1.objective.level, Level::Operational);
        assert_eq!(below_t1.objective.code, "O1");

        let unknown_parent = ObjectiveId::new(&mut ids);
        let orphan = new_objective_draft(&workspace, Some(unknown_parent), Timestamp::default());
        assert_eq!(
            orphan.objective.parent, None,
            "an unknown parent is dropped"
        );
        assert!(!orphan.existing);
    }

    #[test]
    fn a_step_is_complete_only_when_its_items_are_met_and_it_has_no_refusal() {
        let mut ids = SequentialIds::default();
        let workspace = Workspace::default();
        let mut draft = EstablishDraft::new_objective(
            ObjectiveId::new(&mut ids),
            "S1".into(),
            Level::Strategic,
            None,
            Timestamp::default(),
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let check = |draft: &EstablishDraft| check_objective(&workspace, &draft.objective, today);
        assert!(step_complete(
            EstablishStep::Place,
            &draft,
            &check(&draft),
            &workspace
        ));
        assert!(!step_complete(
            EstablishStep::Policy,
            &draft,
            &check(&draft),
            &workspace
        ));

        let statement = PolicyStatement {
            id: PolicyId::new(&mut ids),
            reference: "P1".into(),
            text: String::new(),
        };
        draft.objective.policy_links.push(statement.id);
        draft.new_policy.push(statement);
        let preview = draft.preview_workspace(&workspace);
        let linked = check_objective(&preview, &draft.objective, today);
        assert!(
            !step_complete(EstablishStep::Policy, &draft, &linked, &workspace),
            "an added statement without text is refused"
        );
        draft.new_policy[0].text = "Meet the agreed service levels.".into();
        assert!(step_complete(
            EstablishStep::Policy,
            &draft,
            &linked,
            &workspace
        ));
        assert!(!step_complete(
            EstablishStep::Review,
            &draft,
            &linked,
            &workspace
        ));

        draft.objective.level = Level::Tactical;
        assert!(
            !step_complete(EstablishStep::Place, &draft, &check(&draft), &workspace),
            "a tactical objective without a parent is not placed yet"
        );
    }
}
