//! The organisation, the control block of its objectives document, and the numbered
//! statements of its service management policy.

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::code::next_free;
use crate::domain::{Command, Organisation, PolicyId, PolicyStatement, RandomIds, TopLevel};
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
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
        <section class="panel" aria-labelledby="document-title">
            <h2 id="document-title">{t(Msg::DocumentSection)}</h2>
            <div class="field-grid">
                <TextField label=t(Msg::DocTitle) value=organisation(|o| o.document.title.clone()) on_change=update(|o, v| o.document.title = v) class="field--wide"/>
                <TextField label=t(Msg::DocVersion) value=organisation(|o| o.document.version.clone()) on_change=update(|o, v| o.document.version = v) class="field--narrow"/>
                <TextField label=t(Msg::DocOwner) value=organisation(|o| o.document.owner.clone()) on_change=update(|o, v| o.document.owner = v)/>
                <TextField label=t(Msg::DocApprovedBy) value=organisation(|o| o.document.approved_by.clone()) on_change=update(|o, v| o.document.approved_by = v)/>
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
            <Show when=move || statement_ids().is_empty()>
                <p class="empty">{t(Msg::PolicyEmpty)}</p>
            </Show>
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
        <li class="record-item" aria-label=name>
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
