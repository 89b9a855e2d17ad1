//! The "also contributes to" links of one objective, edited on its page: each link to its
//! objective with its weight in that objective's progress (empty: shown but not counted) and a
//! Remove button, and a choice of the objectives it may also contribute to (at its level or
//! above, not itself or its parent, not linked yet, no loop through parents and links).

use crate::app::{AppState, Route};
use crate::domain::{Command, Contribution, ObjectiveEdit, ObjectiveId};
use crate::i18n::Msg;
use crate::ui::components::format::{number_text, parse_number, ParseProblem};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldKind, SelectField, TextField};
use leptos::prelude::*;

/// The positions of the workspace's objectives in natural code order. It changes only when a
/// code or the tree changes (the outline), so typing a title never sorts thousands again.
fn code_order(state: AppState) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
        state.outline.with(|items| {
            let mut order: Vec<usize> = (0..items.len()).collect();
            crate::domain::sorting::sort_by(&mut order, |&a, &b| {
                crate::domain::code::natural_cmp(&items[a].code, &items[b].code)
            });
            order
        })
    })
}

/// The objectives `id` may also contribute to, as (id, "code title"), in code order (`order`,
/// from [`code_order`]). Reads the workspace untracked: callers track what the list depends on.
fn candidates(state: AppState, id: ObjectiveId, order: &[usize]) -> Vec<(String, String)> {
    state.workspace.with_untracked(|w| {
        let Some(objective) = w.objective(id) else {
            return Vec::new();
        };
        // Linking to an objective below this one would make a loop.
        let below = w.reaching(id);
        order
            .iter()
            .filter_map(|&position| w.objectives.get(position))
            .filter(|o| Some(o.id) != objective.parent && !below.contains(&o.id))
            .filter(|o| !objective.contributes_to.iter().any(|l| l.objective == o.id))
            .filter(|o| o.level.may_parent(objective.level))
            .map(|o| (o.id.to_string(), format!("{} {}", o.code, o.title)))
            .collect()
    })
}

/// Stores `links` as the objective's links; a refusal is returned in words.
fn store(state: AppState, id: ObjectiveId, links: Vec<Contribution>) -> Result<(), String> {
    state.dispatch_field(Command::EditObjective {
        id,
        edit: ObjectiveEdit::ContributesTo(links),
    })
}

#[component]
pub fn ContributionsEditor(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let links = move || {
        state
            .with_objective(id, |o| o.contributes_to.clone())
            .unwrap_or_default()
    };
    let chosen = RwSignal::new(String::new());
    let refusal: RwSignal<Option<String>> = RwSignal::new(None);
    // A memo: typing in this objective's fields changes the workspace but not the candidates,
    // and an unchanged list must not redraw a select of thousands of options. It is built
    // again only when the structure changes (links, levels, codes, the tree) or when the
    // wording of another objective (a candidate's label) was edited: never while this
    // objective's own title is typed, which is not a candidate of itself.
    let order = code_order(state);
    let others_wording = state.others_wording(id);
    let choices = Memo::new(move |_| {
        state.structure.get();
        others_wording.get();
        let mut choices = vec![(String::new(), state.t(Msg::ContributionChoose).to_string())];
        choices.extend(order.with(|order| candidates(state, id, order)));
        choices
    });
    let add = move |_| {
        let Some(target) = order
            .with_untracked(|order| candidates(state, id, order))
            .into_iter()
            .find(|(value, _)| *value == chosen.get_untracked())
            .and_then(|(value, _)| ObjectiveId::parse(&value))
        else {
            return;
        };
        let mut updated = links();
        updated.push(Contribution {
            objective: target,
            weight: None,
        });
        match store(state, id, updated) {
            Ok(()) => {
                chosen.set(String::new());
                refusal.set(None);
            }
            Err(message) => refusal.set(Some(message)),
        }
    };
    let rows = move || {
        links()
            .into_iter()
            .map(|link| {
                let name = state
                    .with_objective(link.objective, |o| format!("{} {}", o.code, o.title))
                    .unwrap_or_default();
                let weight = Signal::derive(move || {
                    let weight = state
                        .with_objective(id, |o| {
                            o.contributes_to
                                .iter()
                                .find(|l| l.objective == link.objective)
                                .and_then(|l| l.weight)
                        })
                        .flatten();
                    number_text(weight)
                });
                let set_weight = Callback::new(move |text: String| {
                    let weight = parse_number(&text).map_err(|problem| match problem {
                        ParseProblem::NotANumber | ParseProblem::NotADate => {
                            Msg::ErrNotANumber.text(state.lang.get_untracked()).to_string()
                        }
                    })?;
                    let updated = links()
                        .into_iter()
                        .map(|mut l| {
                            if l.objective == link.objective {
                                l.weight = weight;
                            }
                            l
                        })
                        .collect();
                    store(state, id, updated)
                });
                let remove = move |_| {
                    let updated = links()
                        .into_iter()
                        .filter(|l| l.objective != link.objective)
                        .collect();
                    let _ = store(state, id, updated);
                };
                view! {
                    <li class="contribution" data-testid="contribution">
                        <a href=Route::Objective(link.objective).href()>{name.clone()}</a>
                        <TextField
                            label=t(Msg::ContributionWeightLabel)
                            context=name.clone()
                            help=t(Msg::ContributionWeightHelp)
                            value=weight
                            on_change=set_weight
                            kind=FieldKind::Decimal
                            class="field--narrow"
                        />
                        <button type="button" class="button button--small button--quiet" on:click=remove>
                            {t(Msg::ContributionRemove)}
                            <span class="visually-hidden">" " {name}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="contributions" data-testid="contributes-to">
            <h3>{t(Msg::FieldContributesTo)}</h3>
            <Shown
                when=move || !links().is_empty()
                fallback=move || view! { <p>{t(Msg::FieldContributesNone)}</p> }
            >
                <ul class="contribution-list">{move || rows()}</ul>
            </Shown>
            <div class="field-row">
                <SelectField
                    id="contribution-add".to_string()
                    label=t(Msg::ContributionAddLabel)
                    choices=choices
                    selected=chosen
                    error=refusal
                    on_change=Callback::new(move |value: String| {
                        chosen.set(value);
                        Ok(())
                    })
                />
                <button type="button" class="button" on:click=add>{t(Msg::ContributionAdd)}</button>
            </div>
        </div>
    }
}
