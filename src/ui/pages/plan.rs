//! `#/plan`: the "Plan to achieve an objective" wizard (clause 6.2.2). With an objective in the
//! address, the wizard for it (described in `ui::wizard::plan`, rendered by the wizard kit);
//! without one, the choice of the objective to plan for, after offering an unfinished draft.

use crate::app::{AppState, Route};
use crate::domain::wizard::{PlanDraft, PlanStep, WizardDraft};
use crate::domain::ObjectiveId;
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, SelectField};
use crate::ui::wizard::gate::UnreadableDrafts;
use crate::ui::wizard::page::{draft_found, wizard_page};
use crate::ui::wizard::plan::Plan;
use crate::ui::wizard::spec::WizardSpec;
use leptos::prelude::*;

#[component]
pub fn PlanPage(objective: Option<ObjectiveId>, step: Option<PlanStep>) -> impl IntoView {
    match objective {
        None => view! { <ChooseObjective/> }.into_any(),
        Some(objective) => wizard_page(Plan { objective }, step).into_any(),
    }
}

/// Without an objective in the address: resume a draft, or choose the objective to plan for.
#[component]
fn ChooseObjective() -> impl IntoView {
    let state = AppState::expect();
    let choices = Memo::new(move |_| {
        state.workspace.with(|w| {
            let mut objectives: Vec<(String, String, String)> = w
                .objectives
                .iter()
                .map(|o| (o.id.to_string(), o.code.clone(), o.title.clone()))
                .collect();
            crate::domain::sorting::sort_by(&mut objectives, |a, b| {
                crate::domain::code::natural_cmp(&a.1, &b.1)
            });
            objectives
                .into_iter()
                .map(|(id, code, title)| (id, format!("{code} {title}")))
                .collect::<Vec<_>>()
        })
    });
    let selected = RwSignal::new(String::new());
    let chosen = move || {
        let current = selected.get_untracked();
        choices.with_untracked(|list| {
            list.iter()
                .find(|(id, _)| *id == current)
                .or_else(|| list.first())
                .and_then(|(id, _)| ObjectiveId::parse(id))
        })
    };
    let shown = Signal::derive(move || {
        let current = selected.get();
        choices.with(|list| {
            if list.iter().any(|(id, _)| *id == current) {
                current
            } else {
                list.first().map(|(id, _)| id.clone()).unwrap_or_default()
            }
        })
    });
    let offer = Memo::new(move |_| {
        let wizard = state.drafts.with(|d| PlanDraft::slot(d).cloned())?;
        let pristine = state.workspace.with(|w| Plan::disposable(&wizard, w));
        (!pristine).then_some(wizard)
    });
    let select_id = "plan-choose-objective";
    view! {
        <PageTitle text=t(Msg::PlanChooseTitle)/>
        <Shown when=move || state.unreadable_drafts.with(Option::is_some)>
            <UnreadableDrafts on_done=|| ()/>
        </Shown>
        {move || {
            offer.get().map(|wizard| {
                let discard = move || {
                    state.update_drafts(|d| d.plan = None);
                    focus_after_paint(select_id);
                };
                untrack(|| draft_found::<Plan>(wizard, discard))
            })
        }}
        <Shown
            when=move || !choices.with(Vec::is_empty)
            fallback=move || {
                view! {
                    <p class="empty">{t(Msg::PlanNoObjectives)}</p>
                    <p>
                        <a class="button" href=Route::NewObjective { parent: None, level: None }.href()>
                            {t(Msg::NewObjective)}
                        </a>
                    </p>
                }
            }
        >
            <form
                class="panel plan-choose"
                on:submit=move |ev| {
                    ev.prevent_default();
                    if let Some(id) = chosen() {
                        state.navigate(Route::Plan { objective: Some(id), step: None });
                    }
                }
            >
                <SelectField
                    id=select_id
                    label=t(Msg::PlanChoose)
                    choices=choices
                    selected=shown
                    on_change=Callback::new(move |value: String| {
                        selected.set(value);
                        Ok(())
                    })
                />
                <div class="button-row">
                    <button type="submit" class="button button--primary">
                        {t(Msg::PlanChooseButton)}
                    </button>
                </div>
            </form>
        </Shown>
    }
}
