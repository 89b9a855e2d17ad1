//! How a wizard is described to the kit: its words and guidance per step, the address of each
//! step, how a draft starts and what it is for, when a step is complete, what its refused
//! fields are called, the view of each step, and the command that saves it. A new wizard is
//! an implementation of [`WizardSpec`] plus its step views.

use super::ctx::StepCtx;
use crate::app::state::NoticeText;
use crate::app::Route;
use crate::domain::wizard::{Field, Wizard, WizardDraft};
use crate::domain::{Command, ObjectiveId, Workspace};
use crate::i18n::{Guide, Lang, Msg};
use chrono::NaiveDate;
use leptos::prelude::AnyView;

/// The step type of the wizard `W`.
pub type StepOf<W> = <<W as WizardSpec>::Draft as WizardDraft>::Step;

/// The stored state of the wizard `W`: step, steps reached and draft.
pub type WizardOf<W> = Wizard<StepOf<W>, <W as WizardSpec>::Draft>;

/// One wizard, described once. A value of it is what the address asks for (which objective).
pub trait WizardSpec: Copy + Send + Sync + 'static {
    /// The draft the wizard edits (and, through it, the steps and their checks).
    type Draft: WizardDraft;
    /// What one step's view keeps besides the draft, such as the status chosen before saving.
    type Extra: Copy + Send + Sync + 'static;

    /// The wizard's class and test id ("establish-wizard").
    const NAME: &'static str;
    /// The words of the Save button on the last step.
    const SAVE: Msg;

    /// A step's name ("b) Measurable").
    const STEP_LABEL: fn(StepOf<Self>) -> Msg;
    /// What the standard asks at a step, how to do it, and an example.
    const GUIDE: fn(StepOf<Self>) -> Guide;
    /// A step's name in addresses.
    const SLUG: fn(StepOf<Self>) -> &'static str;

    /// The objective a draft is for.
    fn target_of(draft: &Self::Draft) -> ObjectiveId;
    /// The address of `step` (or of the draft's current step) of the draft for `target`.
    fn route(target: ObjectiveId, step: Option<StepOf<Self>>) -> Route;

    /// The objective the address names; none for a new one.
    fn target(&self) -> Option<ObjectiveId>;
    /// A fresh draft for the address, or none when the objective it names does not exist.
    fn new_draft(&self, workspace: &Workspace) -> Option<Self::Draft>;
    /// Whether a stored draft for something else holds nothing worth asking about.
    fn disposable(_wizard: &WizardOf<Self>, _workspace: &Workspace) -> bool {
        false
    }
    /// The draft's objective was deleted meanwhile: the draft cannot be saved any more.
    fn target_gone(draft: &Self::Draft, workspace: &Workspace) -> bool;
    /// How the question about another unfinished draft names it.
    fn draft_name(lang: Lang, draft: &Self::Draft, workspace: &Workspace) -> String;

    /// The page heading.
    fn heading(&self, lang: Lang, workspace: &Workspace) -> String;
    /// A line under the heading naming what the wizard works on.
    fn subject(&self, _workspace: &Workspace) -> Option<String> {
        None
    }
    /// Ways on from an address whose objective does not exist.
    fn missing_links() -> Vec<(Route, Msg)>;

    /// For each step in order, whether its part is complete (the mark in the step list).
    fn completion(draft: &Self::Draft, workspace: &Workspace, today: NaiveDate) -> Vec<bool>;
    /// What a refused field is called in lists of refusals; none for the step as a whole.
    fn field_name(lang: Lang, field: Field, draft: &Self::Draft) -> Option<String>;
    /// What keeps `step` from being left besides refused fields: the element that fixes it
    /// (focused) and what to do.
    fn step_blockers(_step: StepOf<Self>, _draft: &Self::Draft) -> Vec<(&'static str, Msg)> {
        Vec::new()
    }

    /// The state a step's view starts with.
    fn extra(draft: Option<&Self::Draft>) -> Self::Extra;
    /// The fields of `step`.
    fn body(step: StepOf<Self>, ctx: StepCtx<Self::Draft>, extra: Self::Extra) -> AnyView;
    /// The one command that saves the draft, the notice saying so, and where to go then.
    fn save(
        draft: &Self::Draft,
        extra: Self::Extra,
        workspace: &Workspace,
    ) -> (Command, NoticeText, Route);
    /// Where to go once the draft is discarded.
    fn discarded(draft: &Self::Draft, workspace: &Workspace) -> Route;
}
