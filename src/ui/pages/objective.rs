//! One objective: where it stands against clause 6.2 (every gap linked to its wizard step) and
//! the ways into the wizards, every field editable in place, its links to the policy and
//! requirements, its KPIs, the objectives below it, and moving or deleting it (both undoable).

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::conformity::check_objective;
use crate::domain::{
    ChildrenOnDelete, Command, Direction, Frequency, Kpi, KpiId, Level, Objective, ObjectiveEdit,
    ObjectiveId, PolicyId, RandomIds, RequirementId, Status,
};
use crate::i18n::{direction_label, frequency_label, level_label, status_label, Msg};
use crate::ui::components::dialogs::MoveDialog;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::format::{number_text, parse_date, parse_number, ParseProblem};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{
    dom_id, FieldKind, Icon, IconKind, LevelBadge, Modal, SelectField, StatusBadge, TextField,
};
use crate::ui::components::widgets::{enum_choices, parse_choice, t};
use crate::ui::panels::check::CheckResults;
use leptos::prelude::*;
use uuid::Uuid;

/// Turns a refused command into the message shown next to the field.
fn parse_message(state: AppState, problem: ParseProblem) -> String {
    let msg = match problem {
        ParseProblem::NotANumber => Msg::ErrNotANumber,
        ParseProblem::NotADate => Msg::ErrNotADate,
    };
    msg.text(state.lang.get_untracked()).to_string()
}

#[component]
pub fn ObjectivePage(id: ObjectiveId) -> impl IntoView {
    view! {
        <crate::ui::panels::with_objective::WithObjective id=id>
            <ObjectiveEditor id=id/>
        </crate::ui::panels::with_objective::WithObjective>
    }
}

#[component]
fn ObjectiveEditor(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let get = move |read: fn(&Objective) -> String| {
        Signal::derive(move || state.with_objective(id, read).unwrap_or_default())
    };
    let edit = move |make: fn(String) -> ObjectiveEdit| {
        Callback::new(move |text: String| {
            state.dispatch_field(Command::EditObjective {
                id,
                edit: make(text),
            })
        })
    };
    let heading = Signal::derive(move || {
        state
            .with_objective(id, |o| format!("{} {}", o.code, o.title))
            .unwrap_or_default()
    });
    let level = Signal::derive(move || {
        state
            .with_objective(id, |o| o.level)
            .unwrap_or(Level::Strategic)
    });
    let status = Signal::derive(move || state.with_objective(id, |o| o.status).unwrap_or_default());
    let moving = RwSignal::new(None);
    let deleting = RwSignal::new(false);

    let level_choices = enum_choices(&Level::ALL, level_label);
    let status_choices = enum_choices(&Status::ALL, status_label);
    let parent = move || {
        state
            .with_objective(id, |o| o.parent)
            .flatten()
            .and_then(|parent_id| {
                state.with_objective(parent_id, |p| {
                    (parent_id, format!("{} {}", p.code, p.title))
                })
            })
    };
    let children = move || {
        state.workspace.with(|w| {
            let mut children: Vec<(ObjectiveId, String, String)> = w
                .children_of(id)
                .map(|c| (c.id, c.code.clone(), c.title.clone()))
                .collect();
            children.sort_by(|a, b| crate::domain::code::natural_cmp(&a.1, &b.1));
            children
        })
    };
    let functions = Signal::derive(move || state.workspace.with(|w| w.function_names()));
    let owners = Signal::derive(move || state.workspace.with(|w| w.owner_names()));

    view! {
        <article class="objective" data-testid="objective">
            <PageTitle text=heading/>
            <p class="objective__badges">
                <LevelBadge level=level/>
                " "
                <StatusBadge status=status/>
            </p>
            <div class="toolbar">
                <a class="button" href=Route::Register.href()>{t(Msg::BackToRegister)}</a>
                <a class="button" href=Route::Establish { objective: Some(id), parent: None, step: None }.href()>
                    {t(Msg::ReviseGuided)}
                </a>
                <a class="button" href=Route::Plan { objective: Some(id), step: None }.href()>
                    {t(Msg::PlanGuided)}
                </a>
                <a class="button" id="history-link" href=Route::History(id).href()>
                    {t(Msg::HistoryLink)}
                </a>
                <button type="button" class="button" on:click=move |_| moving.set(Some(id))>
                    {t(Msg::MoveTo)}
                </button>
                <a class="button" href=Route::NewObjective { parent: Some(id), level: None }.href()>
                    {t(Msg::AddChild)}
                </a>
                <button type="button" class="button button--danger" on:click=move |_| deleting.set(true)>
                    {t(Msg::Delete)}
                </button>
            </div>

            <crate::ui::panels::progress::ProgressPanel id=id/>
            <CheckPanel id=id/>

            <section class="panel" aria-labelledby="identity-title">
                <h2 id="identity-title">{t(Msg::SectionIdentity)}</h2>
                <div class="field-grid">
                    <TextField
                        id="objective-code"
                        label=t(Msg::FieldCode)
                        help=t(Msg::FieldCodeHelp)
                        value=get(|o| o.code.clone())
                        on_change=edit(ObjectiveEdit::Code)
                        required=true
                        class="field--narrow"
                    />
                    <TextField
                        id="objective-title"
                        label=t(Msg::FieldTitle)
                        value=get(|o| o.title.clone())
                        on_change=edit(ObjectiveEdit::Title)
                        required=true
                        class="field--wide"
                    />
                </div>
                <TextField
                    id="objective-description"
                    label=t(Msg::FieldDescription)
                    value=get(|o| o.description.clone())
                    on_change=edit(ObjectiveEdit::Description)
                    kind=FieldKind::Multiline
                />
            </section>

            <section class="panel" aria-labelledby="place-title">
                <h2 id="place-title">{t(Msg::SectionPlace)}</h2>
                <div class="field-grid">
                    <SelectField
                        id="objective-level"
                        label=t(Msg::FieldLevel)
                        choices=level_choices
                        selected=Signal::derive(move || format!("{:?}", level.get()))
                        on_change=move |value: String| {
                            let Some(new_level) = parse_choice(&Level::ALL, &value) else {
                                return Ok(());
                            };
                            state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::Level(new_level) })
                        }
                    />
                    <SelectField
                        id="objective-status"
                        label=t(Msg::FieldStatus)
                        choices=status_choices
                        selected=Signal::derive(move || format!("{:?}", status.get()))
                        on_change=move |value: String| {
                            let Some(new_status) = parse_choice(&Status::ALL, &value) else {
                                return Ok(());
                            };
                            state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::Status(new_status) })
                        }
                    />
                    <TextField
                        id="objective-function"
                        label=t(Msg::FieldFunction)
                        value=get(|o| o.function.clone())
                        on_change=edit(ObjectiveEdit::Function)
                        suggestions=functions
                    />
                    <TextField
                        id="objective-owner"
                        label=t(Msg::FieldOwner)
                        value=get(|o| o.owner.clone())
                        on_change=edit(ObjectiveEdit::Owner)
                        suggestions=owners
                    />
                </div>
                <div class="parent-line">
                    <span class="parent-line__label">{t(Msg::FieldParent)} ": "</span>
                    {move || match parent() {
                        Some((parent_id, name)) => view! { <a href=Route::Objective(parent_id).href()>{name}</a> }.into_any(),
                        None => view! { <span>{state.t(Msg::FieldParentNone)}</span> }.into_any(),
                    }}
                    " "
                    <button type="button" class="button button--small" on:click=move |_| moving.set(Some(id))>
                        {t(Msg::MoveTo)}
                    </button>
                </div>
                <Show when=move || parent().is_some()>
                    <TextField
                        id="objective-weight"
                        label=t(Msg::FieldWeight)
                        help=t(Msg::FieldWeightHelp)
                        value=get(|o| number_text(o.weight))
                        on_change=move |text: String| match parse_number(&text) {
                            Ok(weight) => state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::Weight(weight) }),
                            Err(problem) => Err(parse_message(state, problem)),
                        }
                        kind=FieldKind::Decimal
                        class="field--narrow"
                    />
                </Show>
                <TextField
                    id="objective-parent-link"
                    label=t(Msg::FieldParentLink)
                    value=get(|o| o.parent_link.clone())
                    on_change=edit(ObjectiveEdit::ParentLink)
                    kind=FieldKind::Multiline
                />
                <Show when=move || !children().is_empty()>
                    <h3>{t(Msg::ChildrenList)}</h3>
                    <ul class="child-list">
                        {move || children().into_iter().map(|(child, code, title)| view! {
                            <li><a href=Route::Objective(child).href()>{code} " " {title}</a></li>
                        }).collect_view()}
                    </ul>
                </Show>
            </section>

            <PolicyLinks id=id/>
            <RequirementLinks id=id/>
            <KpiList id=id/>
            <crate::ui::panels::revisions::OpenRevisionPanel objective=id focus_after="history-link"/>

            <crate::ui::pages::review::ReviewsPanel id=id/>
            <crate::ui::pages::communications::CommunicationPanel id=id/>

            <section class="panel" aria-labelledby="record-title">
                <h2 id="record-title">{t(Msg::SectionRecord)}</h2>
                <dl class="record">
                    <dt>{t(Msg::FieldCreated)}</dt>
                    <dd>{move || state.with_objective(id, |o| crate::app::clock::local_date_time(o.created))}</dd>
                    <dt>{t(Msg::FieldUpdated)}</dt>
                    <dd>{move || state.with_objective(id, |o| crate::app::clock::local_date_time(o.updated))}</dd>
                </dl>
            </section>
        </article>
        <MoveDialog moving=moving/>
        <DeleteDialog id=id open=deleting/>
    }
}

/// Where the objective stands against clause 6.2, kept current while it is edited; every gap
/// links to the wizard step where it is completed.
#[component]
fn CheckPanel(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let check = Memo::new(move |_| {
        let today = clock::today();
        state.index.with(|index| {
            state.workspace.with(|workspace| {
                let objective = index.get(&id).and_then(|&i| workspace.objectives.get(i))?;
                Some(check_objective(workspace, objective, today))
            })
        })
    });
    let left_out = move || {
        state
            .with_objective(id, |o| {
                matches!(o.status, Status::Cancelled | Status::Superseded)
            })
            .unwrap_or(false)
    };
    view! {
        <section class="panel check-panel" aria-labelledby="check-title" data-testid="check-panel">
            <h2 id="check-title">{t(Msg::CheckPanelTitle)}</h2>
            <Show when=left_out>
                <p class="warning">
                    <Icon kind=IconKind::Info/>
                    <span>{t(Msg::ChecklistNotChecked)}</span>
                </p>
            </Show>
            {move || check.get().map(|check| view! { <CheckResults check=check/> })}
        </section>
    }
}

/// Checkboxes for the policy statements an objective supports (6.2.1 a).
#[component]
fn PolicyLinks(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let statements = move || {
        state.workspace.with(|w| {
            w.policy
                .iter()
                .map(|p| (p.id.0, p.reference.clone(), p.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    let linked = Signal::derive(move || {
        state
            .with_objective(id, |o| o.policy_links.iter().map(|p| p.0).collect())
            .unwrap_or_default()
    });
    let change = move |links: Vec<Uuid>| {
        let links = links.into_iter().map(PolicyId).collect();
        state.dispatch_field(Command::EditObjective {
            id,
            edit: ObjectiveEdit::PolicyLinks(links),
        })
    };
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section class="panel" aria-labelledby="policy-links-title">
            <h2 id="policy-links-title">{t(Msg::SectionPolicy)}</h2>
            <Show
                when=move || !statements().is_empty()
                fallback=move || view! {
                    <p>
                        {t(Msg::NoPolicyYet)} " "
                        <a href=Route::Policy.href()>{t(Msg::AddPolicyStatements)}</a>
                    </p>
                }
            >
                <fieldset class="checklist">
                    <legend class="visually-hidden">{t(Msg::SectionPolicy)}</legend>
                    <LinkBoxes records=Signal::derive(statements) linked=linked on_change=change error=error/>
                </fieldset>
            </Show>
            <p class="field__error" role="alert" hidden=move || error.get().is_none()>{move || error.get()}</p>
        </section>
    }
}

/// Checkboxes for the requirements an objective takes into account (6.2.1 c), or the
/// statement that none apply, with its reason.
#[component]
fn RequirementLinks(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let requirements = move || {
        state.workspace.with(|w| {
            w.requirements
                .iter()
                .map(|r| (r.id.0, r.reference.clone(), r.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let none_apply = move || {
        state
            .with_objective(id, |o| o.no_requirements_reason.is_some())
            .unwrap_or(false)
    };
    let none_apply_id = dom_id("none-apply");
    let linked = Signal::derive(move || {
        state
            .with_objective(id, |o| o.requirement_links.iter().map(|r| r.0).collect())
            .unwrap_or_default()
    });
    let change = move |links: Vec<Uuid>| {
        let links = links.into_iter().map(RequirementId).collect();
        state.dispatch_field(Command::EditObjective {
            id,
            edit: ObjectiveEdit::RequirementLinks(links),
        })
    };
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section class="panel" aria-labelledby="requirement-links-title">
            <h2 id="requirement-links-title">{t(Msg::SectionRequirements)}</h2>
            <Show when=move || requirements().is_empty()>
                <p>
                    {t(Msg::NoRequirementsYet)} " "
                    <a href=Route::Requirements.href()>{t(Msg::AddRequirements)}</a>
                </p>
            </Show>
            <fieldset class="checklist">
                <legend class="visually-hidden">{t(Msg::SectionRequirements)}</legend>
                <LinkBoxes records=Signal::derive(requirements) linked=linked on_change=change error=error/>
                <div class="checkbox checkbox--separate">
                    <input
                        type="checkbox"
                        id=none_apply_id.clone()
                        prop:checked=none_apply
                        on:change=move |ev| {
                            let reason = event_target_checked(&ev).then(String::new);
                            error.set(state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::NoRequirementsReason(reason) }).err());
                        }
                    />
                    <label for=none_apply_id>{t(Msg::NoneApply)}</label>
                </div>
            </fieldset>
            <Show when=none_apply>
                <TextField
                    label=t(Msg::NoneApplyReason)
                    value=Signal::derive(move || state.with_objective(id, |o| o.no_requirements_reason.clone()).flatten().unwrap_or_default())
                    on_change=move |text: String| state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::NoRequirementsReason(Some(text)) })
                    kind=FieldKind::Multiline
                />
            </Show>
            <p class="field__error" role="alert" hidden=move || error.get().is_none()>{move || error.get()}</p>
        </section>
    }
}

/// One checkbox per record an objective can link to (policy statements, requirements).
#[component]
fn LinkBoxes(
    /// Each record's id, reference and text.
    #[prop(into)]
    records: Signal<Vec<(Uuid, String, String)>>,
    /// The records linked now.
    #[prop(into)]
    linked: Signal<Vec<Uuid>>,
    /// Applies a new set of links, or explains why not.
    #[prop(into)]
    on_change: Callback<Vec<Uuid>, Result<(), String>>,
    /// Where a refusal is shown.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    move || {
        records
            .get()
            .into_iter()
            .map(|(record, reference, text)| {
                let checkbox_id = dom_id("link");
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=checkbox_id.clone()
                            prop:checked=move || linked.with(|l| l.contains(&record))
                            on:change=move |ev| {
                                let mut links = linked.get_untracked();
                                links.retain(|l| *l != record);
                                if event_target_checked(&ev) {
                                    links.push(record);
                                }
                                error.set(on_change.run(links).err());
                            }
                        />
                        <label for=checkbox_id><strong>{reference}</strong> " " {text}</label>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The KPIs that make an objective measurable (6.2.1 b).
#[component]
fn KpiList(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let kpi_ids = move || {
        state
            .with_objective(id, |o| o.kpis.iter().map(|k| k.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let add = move |_| {
        let name = state.t(Msg::NewKpiName).to_string();
        let kpi = Kpi::named(KpiId::new(&mut RandomIds), name);
        let new_id = kpi.id;
        if state.dispatch_field(Command::add(id, kpi)).is_ok() {
            focus_after_paint(format!("kpi-{new_id}-name"));
        }
    };
    view! {
        <section class="panel" aria-labelledby="kpis-title">
            <h2 id="kpis-title">{t(Msg::SectionKpis)}</h2>
            <Show when=move || kpi_ids().is_empty()>
                <p class="warning">{t(Msg::NoKpis)}</p>
            </Show>
            <For each=kpi_ids key=|kpi_id| *kpi_id let:kpi_id>
                <KpiEditor objective=id kpi=kpi_id/>
            </For>
            <button type="button" class="button" on:click=add>{t(Msg::AddKpi)}</button>
        </section>
    }
}

#[component]
fn KpiEditor(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
    let state = AppState::expect();
    let read = move |get: fn(&Kpi) -> String| {
        Signal::derive(move || {
            state
                .with_objective(objective, |o| o.kpis.iter().find(|k| k.id == kpi).map(get))
                .flatten()
                .unwrap_or_default()
        })
    };
    let current = move || {
        state
            .with_objective(objective, |o| o.kpis.iter().find(|k| k.id == kpi).cloned())
            .flatten()
    };
    // Applies a change to a copy of the KPI as one command, so the whole KPI stays valid.
    let change = move |modify: Box<dyn FnOnce(&mut Kpi)>| -> Result<(), String> {
        let Some(mut updated) = current() else {
            return Err(Msg::ErrKpiNotFound
                .text(state.lang.get_untracked())
                .to_string());
        };
        modify(&mut updated);
        state.dispatch_field(Command::edit(objective, updated))
    };
    let text_edit = move |set: fn(&mut Kpi, String)| {
        Callback::new(move |text: String| change(Box::new(move |k| set(k, text))))
    };
    let number_edit = move |set: fn(&mut Kpi, Option<f64>)| {
        Callback::new(move |text: String| match parse_number(&text) {
            Ok(value) => change(Box::new(move |k| set(k, value))),
            Err(problem) => Err(parse_message(state, problem)),
        })
    };
    let direction = Signal::derive(move || current().map(|k| k.direction).unwrap_or_default());
    let position = move || {
        state
            .with_objective(objective, |o| o.kpis.iter().position(|k| k.id == kpi))
            .flatten()
            .map_or(0, |p| p + 1)
    };
    let legend = move || {
        let number = position().to_string();
        let name = current().map(|k| k.name).unwrap_or_default();
        format!(
            "{}: {name}",
            state.tf(Msg::KpiNumber, &[("number", &number)])
        )
    };
    let direction_choices = enum_choices(&Direction::ALL, direction_label);
    let mut frequency_choices = enum_choices(&Frequency::ALL, frequency_label);
    frequency_choices.insert(0, (String::new(), state.t(Msg::NotSet).to_string()));
    let is_range = move || direction.get() == Direction::Range;
    view! {
        <fieldset class="kpi" data-testid="kpi">
            <legend>{legend}</legend>
            <div class="field-grid">
                <TextField id=format!("kpi-{kpi}-name") label=t(Msg::KpiName) value=read(|k| k.name.clone()) on_change=text_edit(|k, v| k.name = v) required=true class="field--wide"/>
                <TextField label=t(Msg::KpiUnit) value=read(|k| k.unit.clone()) on_change=text_edit(|k, v| k.unit = v) class="field--narrow"/>
                <SelectField
                    label=t(Msg::KpiDirection)
                    choices=direction_choices
                    selected=Signal::derive(move || format!("{:?}", direction.get()))
                    on_change=move |value: String| {
                        let Some(new) = parse_choice(&Direction::ALL, &value) else { return Ok(()) };
                        change(Box::new(move |k| k.direction = new))
                    }
                />
                <TextField label=t(Msg::KpiBaseline) value=read(|k| number_text(k.baseline)) on_change=number_edit(|k, v| k.baseline = v) kind=FieldKind::Decimal class="field--narrow"/>
                <TextField
                    label=Signal::derive(move || state.t(if is_range() { Msg::KpiTargetLow } else { Msg::KpiTarget }).to_string())
                    value=read(|k| number_text(k.target))
                    on_change=number_edit(|k, v| k.target = v)
                    kind=FieldKind::Decimal
                    class="field--narrow"
                />
                <Show when=is_range>
                    <TextField label=t(Msg::KpiTargetHigh) value=read(|k| number_text(k.target_upper)) on_change=number_edit(|k, v| k.target_upper = v) kind=FieldKind::Decimal class="field--narrow"/>
                </Show>
                <TextField
                    label=t(Msg::KpiTargetDate)
                    value=read(|k| k.target_date.map(|d| d.to_string()).unwrap_or_default())
                    on_change=move |text: String| match parse_date(&text) {
                        Ok(date) => change(Box::new(move |k| k.target_date = date)),
                        Err(problem) => Err(parse_message(state, problem)),
                    }
                    kind=FieldKind::Date
                />
                <SelectField
                    label=t(Msg::KpiFrequency)
                    choices=frequency_choices
                    selected=Signal::derive(move || current().and_then(|k| k.frequency).map(|f| format!("{f:?}")).unwrap_or_default())
                    on_change=move |value: String| {
                        let frequency = parse_choice(&Frequency::ALL, &value);
                        change(Box::new(move |k| k.frequency = frequency))
                    }
                />
            </div>
            <div class="field-grid">
                <TextField label=t(Msg::KpiSource) value=read(|k| k.data_source.clone()) on_change=text_edit(|k, v| k.data_source = v) class="field--wide"/>
                <TextField label=t(Msg::KpiMethod) value=read(|k| k.method.clone()) on_change=text_edit(|k, v| k.method = v) class="field--wide"/>
                <TextField label=t(Msg::KpiWeight) help=t(Msg::KpiWeightHelp) value=read(|k| number_text(k.weight)) on_change=number_edit(|k, v| k.weight = v) kind=FieldKind::Decimal class="field--narrow"/>
            </div>
            <crate::ui::panels::measurements::KpiMeasurements objective=objective kpi=kpi/>
            <crate::ui::panels::chart::KpiTrend objective=objective kpi=kpi/>
            <button
                type="button"
                class="button button--small button--danger"
                on:click=move |_| {
                    let name = current().map(|k| k.name).unwrap_or_default();
                    let text = NoticeText::with(Msg::KpiRemovedNotice, &[("name", &name)]);
                    let _ = state.dispatch_with_notice(Command::remove::<Kpi>(objective, kpi), text);
                }
            >
                {t(Msg::RemoveKpi)}
                <span class="visually-hidden">{move || format!(" {}", legend())}</span>
            </button>
        </fieldset>
    }
}

/// Confirms a deletion and, when the objective has children, asks what happens to them.
#[component]
fn DeleteDialog(id: ObjectiveId, open: RwSignal<bool>) -> impl IntoView {
    let state = AppState::expect();
    let choice = RwSignal::new(ChildrenOnDelete::MoveUp);
    let code = move || {
        state
            .with_objective(id, |o| o.code.clone())
            .unwrap_or_default()
    };
    let child_count = move || state.workspace.with(|w| w.children_of(id).count());
    let subtree = move || state.workspace.with(|w| w.subtree_ids(id).len());
    let parent_code = move || {
        state
            .with_objective(id, |o| o.parent)
            .flatten()
            .and_then(|p| state.with_objective(p, |p| p.code.clone()))
    };
    // One delete dialog exists at a time, so fixed ids are unique.
    const MOVE_UP_ID: &str = "delete-choice-move-up";
    const DELETE_ALL_ID: &str = "delete-choice-all";
    let confirm = move |_| {
        let text = NoticeText::with(Msg::Deleted, &[("code", &code())]);
        let command = Command::DeleteObjective {
            id,
            children: choice.get_untracked(),
        };
        open.set(false);
        if state.dispatch_with_notice(command, text).is_ok() {
            state.navigate(Route::Register);
        }
    };
    view! {
        <Modal
            open=open
            on_close=move || open.set(false)
            title=Signal::derive(move || state.tf(Msg::DeleteTitle, &[("code", &code())]))
        >
            <Show
                when=move || { child_count() > 0 }
                fallback=move || view! { <p>{t(Msg::DeleteLeaf)}</p> }
            >
                <fieldset class="checklist">
                    <legend>
                        {move || state.tc(Msg::DeleteWithChildren, child_count(), &[("code", &code())])}
                    </legend>
                    <div class="checkbox">
                        <input
                            type="radio"
                            name="delete-children"
                            id=MOVE_UP_ID
                            prop:checked=move || choice.get() == ChildrenOnDelete::MoveUp
                            on:change=move |_| choice.set(ChildrenOnDelete::MoveUp)
                        />
                        <label for=MOVE_UP_ID>
                            {move || match parent_code() {
                                Some(parent) => state.tc(Msg::DeleteMoveUpTo, child_count(), &[("parent", &parent)]),
                                None => state.tc(Msg::DeleteMoveUpNone, child_count(), &[]),
                            }}
                        </label>
                    </div>
                    <div class="checkbox">
                        <input
                            type="radio"
                            name="delete-children"
                            id=DELETE_ALL_ID
                            prop:checked=move || choice.get() == ChildrenOnDelete::DeleteAll
                            on:change=move |_| choice.set(ChildrenOnDelete::DeleteAll)
                        />
                        <label for=DELETE_ALL_ID>
                            {move || state.tc(Msg::DeleteAll, child_count(), &[("total", &subtree().to_string())])}
                        </label>
                    </div>
                </fieldset>
            </Show>
            <div class="button-row">
                <button type="button" class="button button--danger" on:click=confirm>
                    {t(Msg::DeleteConfirm)}
                </button>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    {t(Msg::Cancel)}
                </button>
            </div>
        </Modal>
    }
}
