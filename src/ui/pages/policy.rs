//! The organisation (with the functions and levels at which no objective is needed, each with
//! the reason), the control block of its objectives document, and the numbered statements of
//! its service management policy.

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::code::next_free;
use crate::domain::{
    Command, FunctionNotRelevant, Level, LevelNotRelevant, Organisation, PolicyId, PolicyStatement,
    RandomIds, TopLevel,
};
use crate::i18n::{level_word, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{FieldKind, TextField};
use leptos::prelude::*;

#[component]
pub fn PolicyPage() -> impl IntoView {
    let state = AppState::expect();
    let organisation = move |read: fn(&Organisation) -> String| {
        Signal::derive(move || state.workspace.with(|w| read(&w.organisation)))
    };
    let update = move |write: fn(&mut Organisation, String)| {
        Callback::new(move |text: String| {
            let mut organisation = state.workspace.with_untracked(|w| w.organisation.clone());
            write(&mut organisation, text);
            state.dispatch_field(Command::SetOrganisation(organisation))
        })
    };
    let statement_ids = move || {
        state
            .workspace
            .with(|w| w.policy.iter().map(|p| p.id).collect::<Vec<_>>())
    };
    let add = move |_| {
        let reference = state
            .workspace
            .with_untracked(|w| next_free("P", w.policy.iter().map(|p| p.reference.as_str())));
        let statement = PolicyStatement {
            id: PolicyId::new(&mut RandomIds),
            reference,
            text: String::new(),
        };
        let new_id = statement.id;
        if state
            .dispatch_field(Command::add(TopLevel, statement))
            .is_ok()
        {
            focus_after_paint(format!("policy-{new_id}-text"));
        }
    };
    view! {
        <PageTitle text=t(Msg::PolicyTitle)/>
        <section class="panel" aria-labelledby="organisation-title">
            <h2 id="organisation-title">{t(Msg::OrganisationSection)}</h2>
            <TextField id="org-name" label=t(Msg::OrgName) value=organisation(|o| o.name.clone()) on_change=update(|o, v| o.name = v)/>
            <TextField label=t(Msg::OrgScope) value=organisation(|o| o.scope.clone()) on_change=update(|o, v| o.scope = v) kind=FieldKind::Multiline/>
            <TextField
                label=t(Msg::OrgFunctions)
                value=organisation(|o| o.functions.join("\n"))
                on_change=update(|o, v| o.functions = v.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect())
                kind=FieldKind::Multiline
            />
        </section>
        <NotRelevantSection/>
        <section class="panel" aria-labelledby="document-title">
            <h2 id="document-title">{t(Msg::DocumentSection)}</h2>
            <div class="field-grid">
                <TextField label=t(Msg::DocTitle) value=organisation(|o| o.document.title.clone()) on_change=update(|o, v| o.document.title = v) class="field--wide"/>
                <TextField label=t(Msg::DocVersion) value=organisation(|o| o.document.version.clone()) on_change=update(|o, v| o.document.version = v) class="field--narrow"/>
                <TextField label=t(Msg::DocOwner) value=organisation(|o| o.document.owner.clone()) on_change=update(|o, v| o.document.owner = v)/>
                <TextField id="doc-approved-by" label=t(Msg::DocApprovedBy) value=organisation(|o| o.document.approved_by.clone()) on_change=update(|o, v| o.document.approved_by = v)/>
                <TextField
                    label=t(Msg::DocApprovedOn)
                    value=organisation(|o| o.document.approved_on.map(|d| d.to_string()).unwrap_or_default())
                    on_change=move |text: String| match parse_date(&text) {
                        Ok(date) => {
                            let mut organisation = state.workspace.with_untracked(|w| w.organisation.clone());
                            organisation.document.approved_on = date;
                            state.dispatch_field(Command::SetOrganisation(organisation))
                        }
                        Err(_) => Err(Msg::ErrNotADate.text(state.lang.get_untracked()).to_string()),
                    }
                    kind=FieldKind::Date
                />
            </div>
        </section>
        <section class="panel" aria-labelledby="policy-title">
            <h2 id="policy-title">{t(Msg::PolicySection)}</h2>
            <p class="field__help">{t(Msg::PolicyHelp)}</p>
            <Shown when=move || statement_ids().is_empty()>
                <p class="empty">{t(Msg::PolicyEmpty)}</p>
            </Shown>
            <ol class="record-list">
                <For each=statement_ids key=|id| *id let:id>
                    <PolicyItem id=id/>
                </For>
            </ol>
            <button type="button" class="button" on:click=add>{t(Msg::AddPolicy)}</button>
        </section>
    }
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn PolicyItem(id: PolicyId) -> impl IntoView {
    let state = AppState::expect();
    let current = move || state.workspace.with(|w| w.policy_statement(id).cloned());
    let read = move |get: fn(&PolicyStatement) -> String| {
        Signal::derive(move || current().map(|p| get(&p)).unwrap_or_default())
    };
    let write = move |set: fn(&mut PolicyStatement, String)| {
        Callback::new(move |text: String| {
            let Some(mut statement) = state
                .workspace
                .with_untracked(|w| w.policy_statement(id).cloned())
            else {
                return Err(Msg::ErrPolicyNotFound
                    .text(state.lang.get_untracked())
                    .to_string());
            };
            set(&mut statement, text);
            state.dispatch_field(Command::edit(TopLevel, statement))
        })
    };
    let position = move || {
        state
            .workspace
            .with(|w| w.policy.iter().position(|p| p.id == id))
            .unwrap_or(0)
    };
    let count = move || state.workspace.with(|w| w.policy.len());
    let linked = move || {
        state.workspace.with(|w| {
            w.objectives
                .iter()
                .filter(|o| o.policy_links.contains(&id))
                .count()
        })
    };
    let name = move || {
        state.tf(
            Msg::PolicyStatementLabel,
            &[(
                "reference",
                &current().map(|p| p.reference).unwrap_or_default(),
            )],
        )
    };
    view! {
        <li class="record-item" aria-label=move || name()>
            <div class="field-grid">
                <TextField label=t(Msg::PolicyReference) value=read(|p| p.reference.clone()) on_change=write(|p, v| p.reference = v) class="field--narrow"/>
                <TextField id=format!("policy-{id}-text") label=t(Msg::PolicyText) value=read(|p| p.text.clone()) on_change=write(|p, v| p.text = v) kind=FieldKind::Multiline class="field--wide"/>
            </div>
            <p class="field__help">{move || state.tc(Msg::LinkedObjectives, linked(), &[])}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="button button--small"
                    aria-disabled=move || (position() == 0).then_some("true")
                    on:click=move |_| {
                        if position() > 0 {
                            let _ = state.dispatch_field(Command::MovePolicy { id, to: position() - 1 });
                        }
                    }
                >
                    {t(Msg::MoveUp)}
                    <span class="visually-hidden">{move || format!(" {}", name())}</span>
                </button>
                <button
                    type="button"
                    class="button button--small"
                    aria-disabled=move || (position() + 1 >= count()).then_some("true")
                    on:click=move |_| {
                        if position() + 1 < count() {
                            let _ = state.dispatch_field(Command::MovePolicy { id, to: position() + 1 });
                        }
                    }
                >
                    {t(Msg::MoveDown)}
                    <span class="visually-hidden">{move || format!(" {}", name())}</span>
                </button>
                <button
                    type="button"
                    class="button button--small button--danger"
                    on:click=move |_| {
                        let reference = current().map(|p| p.reference).unwrap_or_default();
                        let text = NoticeText::with(Msg::PolicyRemovedNotice, &[("reference", &reference)]);
                        let _ = state.dispatch_with_notice(Command::remove::<PolicyStatement>(TopLevel, id), text);
                    }
                >
                    {t(Msg::RemovePolicy)}
                    <span class="visually-hidden">{move || format!(" {}", name())}</span>
                </button>
            </div>
        </li>
    }
}

/// The levels and declared functions at which no objective is needed ("relevant functions and
/// levels", clause 6.2.1): a reason marks one as not relevant, an empty reason removes the mark.
#[component]
fn NotRelevantSection() -> impl IntoView {
    let state = AppState::expect();
    let set_organisation = move |change: Box<dyn FnOnce(&mut Organisation)>| {
        let mut organisation = state.workspace.with_untracked(|w| w.organisation.clone());
        change(&mut organisation);
        state.dispatch_field(Command::SetOrganisation(organisation))
    };
    let levels = Level::ALL
        .into_iter()
        .map(|level| {
            let label = state.tf(
                Msg::NotRelevantLevel,
                &[("level", state.t(level_word(level)))],
            );
            let value = Signal::derive(move || {
                state.workspace.with(|w| {
                    w.organisation
                        .levels_not_relevant
                        .iter()
                        .find(|mark| mark.level == level)
                        .map(|mark| mark.reason.clone())
                        .unwrap_or_default()
                })
            });
            view! {
                <TextField
                    id=format!("not-relevant-{level:?}").to_lowercase()
                    label=label
                    value=value
                    on_change=move |reason: String| set_organisation(Box::new(move |o| {
                        o.levels_not_relevant.retain(|mark| mark.level != level);
                        if !reason.trim().is_empty() {
                            o.levels_not_relevant.push(LevelNotRelevant { level, reason });
                        }
                    }))
                />
            }
        })
        .collect_view();
    let functions = move || {
        state
            .workspace
            .with(|w| w.organisation.functions.clone())
            .into_iter()
            .enumerate()
            .map(|(i, function)| {
                let key = function.trim().to_lowercase();
                let label = state.tf(Msg::NotRelevantFunction, &[("function", &function)]);
                let value = {
                    let key = key.clone();
                    Signal::derive(move || {
                        state.workspace.with(|w| {
                            w.organisation
                                .functions_not_relevant
                                .iter()
                                .find(|mark| mark.function.trim().to_lowercase() == key)
                                .map(|mark| mark.reason.clone())
                                .unwrap_or_default()
                        })
                    })
                };
                view! {
                    <TextField
                        id=format!("not-relevant-function-{i}")
                        label=label
                        value=value
                        on_change=move |reason: String| {
                            let key = key.clone();
                            let function = function.clone();
                            set_organisation(Box::new(move |o| {
                                o.functions_not_relevant
                                    .retain(|mark| mark.function.trim().to_lowercase() != key);
                                if !reason.trim().is_empty() {
                                    o.functions_not_relevant.push(FunctionNotRelevant { function, reason });
                                }
                            }))
                        }
                    />
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="not-relevant-title">
            <h2 id="not-relevant-title">{t(Msg::NotRelevantSection)}</h2>
            <p class="field__help">{t(Msg::NotRelevantHelp)}</p>
            {levels}
            {move || functions()}
        </section>
    }
}
