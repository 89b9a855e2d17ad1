//! What a wizard step's fields work with: the draft (read, tracked or not, and changed, which
//! stores it at once), the step's refusals by field while they are shown, and number and date
//! text that does not parse.

use crate::app::{clock, AppState};
use crate::domain::wizard::{Field, FieldIssue, WizardDraft};
use crate::i18n::{self, Lang, Msg};
use crate::ui::components::form::FormErrors;
use leptos::prelude::*;
use std::marker::PhantomData;

/// The context of one step of a wizard whose draft is a `D`.
pub struct StepCtx<D: WizardDraft> {
    pub state: AppState,
    pub lang: Lang,
    /// The step's refusals, while they are shown.
    pub issues: Memo<Vec<FieldIssue>>,
    /// Number and date text that does not parse; it keeps the step from being left.
    pub unparsed: FormErrors,
    draft: PhantomData<fn() -> D>,
}

impl<D: WizardDraft> Clone for StepCtx<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D: WizardDraft> Copy for StepCtx<D> {}

impl<D: WizardDraft> StepCtx<D> {
    pub fn new(state: AppState, issues: Memo<Vec<FieldIssue>>, unparsed: FormErrors) -> Self {
        StepCtx {
            state,
            lang: state.lang.get_untracked(),
            issues,
            unparsed,
            draft: PhantomData,
        }
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    /// Reads the draft, tracking it.
    pub fn read<R>(self, read: impl FnOnce(&D) -> R) -> Option<R> {
        self.state
            .drafts
            .with(|drafts| D::slot(drafts).map(|wizard| read(&wizard.draft)))
    }

    /// Reads the draft without tracking it.
    pub fn peek<R>(self, read: impl FnOnce(&D) -> R) -> Option<R> {
        self.state
            .drafts
            .with_untracked(|drafts| D::slot(drafts).map(|wizard| read(&wizard.draft)))
    }

    /// Changes the draft (with the time of the change); it is stored at once.
    pub fn edit(self, change: impl FnOnce(&mut D)) {
        self.state.update_drafts(|drafts| {
            if let Some(wizard) = D::slot_mut(drafts).as_mut() {
                wizard.edit(clock::now(), change);
            }
        });
    }

    /// A value of the draft, as a memo (an unchanged value does not re-render).
    pub fn value<T: Clone + PartialEq + Default + Send + Sync + 'static>(
        self,
        read: impl Fn(&D) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        Memo::new(move |_| self.read(&read).unwrap_or_default())
    }

    /// A text of the draft, as a field's value.
    pub fn text(self, read: impl Fn(&D) -> String + Send + Sync + 'static) -> Signal<String> {
        self.value(read).into()
    }

    /// Stores a field's text in the draft.
    pub fn on_text(
        self,
        write: impl Fn(&mut D, String) + Send + Sync + 'static,
    ) -> Callback<String, Result<(), String>> {
        Callback::new(move |text: String| {
            self.edit(|draft| write(draft, text));
            Ok(())
        })
    }

    /// The refusal of `field` on this step, while it is shown.
    pub fn error(self, field: Field) -> Signal<Option<String>> {
        let lang = self.lang;
        Signal::derive(move || {
            self.issues.with(|issues| {
                issues
                    .iter()
                    .find(|issue| issue.field == field)
                    .map(|issue| i18n::describe_command_error(lang, &issue.error))
            })
        })
    }
}
