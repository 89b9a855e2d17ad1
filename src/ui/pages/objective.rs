//! One objective: a summary (status, progress, next due, clause 6.2 score) and links to its
//! sections; its progress and KPIs with their charts; its plan, monitoring, communication,
//! reviews and revisions in reading form, each linked to the wizard step that edits it; where
//! it stands against clause 6.2 (every gap linked to its wizard step); every field editable in
//! place, its links to the policy and requirements, the objectives below it, and moving or
//! deleting it (both undoable).

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::conformity::check_objective;
use crate::domain::{
    ChildrenOnDelete, Command, Kpi, KpiId, Level, Objective, ObjectiveEdit, ObjectiveId, RandomIds,
    Status,
};
use crate::i18n::{level_label, status_label, Msg};
use crate::ui::components::dialogs::MoveDialog;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::format::{number_text, parse_date, parse_number, ParseProblem};
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{enum_choices, parse_choice, t};
use crate::ui::components::widgets::{
    FieldKind, Icon, IconKind, LevelBadge, Modal, SelectField, StatusBadge, TextField,
};
use crate::ui::panels::check::CheckResults;
use crate::ui::panels::contributions::ContributionsEditor;
use crate::ui::panels::kpi::KpiEditor;
use crate::ui::panels::links::{PolicyLinks, RequirementLinks};
use crate::ui::panels::objective_sections::{
    CommunicationSection, MonitoringSection, PlanSection, RevisionsSection,
};
use crate::ui::panels::objective_summary::{ObjectiveSummary, SectionNav};
use leptos::prelude::*;

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
    // Memos over other objectives' codes and titles: typing this objective's own title or
    // description moves neither the structure nor the others' wording, so no keystroke scans
    // the workspace for them (and the view reads each list twice).
    let others_wording = state.others_wording(id);
    let children = Memo::new(move |_| {
        state.structure.get();
        others_wording.get();
        state.workspace.with_untracked(|w| {
            let mut children: Vec<(ObjectiveId, String, String)> = w
                .children_of(id)
                .map(|c| (c.id, c.code.clone(), c.title.clone()))
                .collect();
            crate::domain::sorting::sort_by(&mut children, |a, b| {
                crate::domain::code::natural_cmp(&a.1, &b.1)
            });
            children
        })
    });
    // The objectives that also contribute to this one: (id, "code title", weight).
    let contributors = Memo::new(move |_| {
        state.structure.get();
        others_wording.get();
        state.workspace.with_untracked(|w| {
            w.contributors_to(id)
                .map(|(o, link)| (o.id, format!("{} {}", o.code, o.title), link.weight))
                .collect::<Vec<_>>()
        })
    });
    let link_items = move |links: Vec<(ObjectiveId, String, Option<f64>)>| {
        links
            .into_iter()
            .map(|(target, name, weight)| {
                let counted = match weight {
                    Some(weight) => state.tf(
                        Msg::ContributionWeight,
                        &[("weight", &number_text(Some(weight)))],
                    ),
                    None => state.t(Msg::ContributionUnweighted).to_string(),
                };
                view! {
                    <li><a href=Route::Objective(target).href()>{name}</a> " (" {counted} ")"</li>
                }
            })
            .collect_view()
    };
    let place_reading = move || {
        let not_set = state.t(Msg::NotSet).to_string();
        state
            .with_objective(id, |o| {
                let or_not_set = |text: &str| {
                    if text.is_empty() {
                        not_set.clone()
                    } else {
                        text.to_string()
                    }
                };
                state.tf(
                    Msg::ObjpagePlaceReading,
                    &[
                        ("function", &or_not_set(&o.function)),
                        ("owner", &or_not_set(&o.owner)),
                    ],
                )
            })
            .unwrap_or_default()
    };
    let functions: Signal<Vec<String>> = state.function_names.into();
    let owners: Signal<Vec<String>> = state.owner_names.into();

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
                <a class="button" href=Route::Establish { objective: None, parent: Some(id), step: None }.href()>
                    {t(Msg::AddChild)}
                </a>
                <a class="button button--quiet" href=Route::NewObjective { parent: Some(id), level: None }.href()>
                    {t(Msg::QuickAddChildLighter)}
                </a>
                <button type="button" class="button button--danger" on:click=move |_| deleting.set(true)>
                    {t(Msg::Delete)}
                </button>
            </div>

            <ObjectiveSummary id=id/>
            <SectionNav/>
            <crate::ui::panels::progress::ProgressPanel id=id/>
            <KpiList id=id/>
            <PlanSection id=id/>
            <MonitoringSection id=id/>
            <CommunicationSection id=id/>
            <crate::ui::panels::reviews::ReviewsPanel id=id/>
            <RevisionsSection id=id/>
            <crate::ui::panels::revisions::OpenRevisionPanel objective=id focus_after="history-link"/>
            <crate::ui::panels::exercise_guard::HideDuringExercise>
                <CheckPanel id=id/>
            </crate::ui::panels::exercise_guard::HideDuringExercise>

            <section class="panel" aria-labelledby="identity-title">
                <h2 id="identity-title" tabindex="-1">{t(Msg::SectionIdentity)}</h2>
                <p class="objective__reading" data-testid="description-reading">
                    {move || state.with_objective(id, |o| o.description.clone()).filter(|d| !d.is_empty()).unwrap_or_else(|| state.t(Msg::NotSet).to_string())}
                </p>
                // Folded: the heading shows the code and title, the line above the description.
                <details class="fold" data-testid="identity-fold">
                <summary class="fold__summary">
                    {t(Msg::ObjpageEditDetails)}
                    <span class="visually-hidden">{move || format!(" {}", state.t(Msg::SectionIdentity))}</span>
                </summary>
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
                </details>
            </section>

            <section class="panel" aria-labelledby="approval-title">
                <h2 id="approval-title">{t(Msg::SectionApproval)}</h2>
                <p class="field__help">{t(Msg::ApprovalHelp)}</p>
                <div class="field-grid">
                    <TextField
                        id="objective-approved-by"
                        label=t(Msg::DocApprovedBy)
                        value=get(|o| o.approval.approved_by.clone())
                        on_change=move |text: String| {
                            let mut approval = state.with_objective(id, |o| o.approval.clone()).unwrap_or_default();
                            approval.approved_by = text;
                            state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::Approval(approval) })
                        }
                    />
                    <TextField
                        id="objective-approved-on"
                        label=t(Msg::DocApprovedOn)
                        value=get(|o| o.approval.approved_on.map(|d| d.to_string()).unwrap_or_default())
                        on_change=move |text: String| match parse_date(&text) {
                            Ok(date) => {
                                let mut approval = state.with_objective(id, |o| o.approval.clone()).unwrap_or_default();
                                approval.approved_on = date;
                                state.dispatch_field(Command::EditObjective { id, edit: ObjectiveEdit::Approval(approval) })
                            }
                            Err(problem) => Err(parse_message(state, problem)),
                        }
                        kind=FieldKind::Date
                        class="field--narrow"
                    />
                </div>
            </section>

            <section class="panel" aria-labelledby="place-title">
                <h2 id="place-title">{t(Msg::SectionPlace)}</h2>
                <p class="objective__reading" data-testid="place-reading">{move || place_reading()}</p>
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
                // Folded: the badges show the level and status, the line above who owns it.
                <details class="fold" data-testid="place-fold">
                <summary class="fold__summary">
                    {t(Msg::ObjpageEditDetails)}
                    <span class="visually-hidden">{move || format!(" {}", state.t(Msg::SectionPlace))}</span>
                </summary>
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
                <Shown when=move || parent().is_some()>
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
                </Shown>
                <TextField
                    id="objective-parent-link"
                    label=t(Msg::FieldParentLink)
                    value=get(|o| o.parent_link.clone())
                    on_change=edit(ObjectiveEdit::ParentLink)
                    kind=FieldKind::Multiline
                />
                <ContributionsEditor id=id/>
                </details>
                <Shown when=move || !contributors.with(Vec::is_empty)>
                    <div class="parent-line" data-testid="contributors">
                        <span class="parent-line__label">{t(Msg::FieldContributors)} ": "</span>
                        <ul class="link-list">{move || link_items(contributors.get())}</ul>
                    </div>
                </Shown>
                <Shown when=move || !children.with(Vec::is_empty)>
                    <h3>{t(Msg::ChildrenList)}</h3>
                    <ul class="child-list">
                        {move || children.get().into_iter().map(|(child, code, title)| view! {
                            <li><a href=Route::Objective(child).href()>{code} " " {title}</a></li>
                        }).collect_view()}
                    </ul>
                </Shown>
            </section>

            <PolicyLinks id=id/>
            <RequirementLinks id=id/>

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
            <h2 id="check-title" tabindex="-1">{t(Msg::CheckPanelTitle)}</h2>
            <Shown when=left_out>
                <p class="warning">
                    <Icon kind=IconKind::Info/>
                    <span>{t(Msg::ChecklistNotChecked)}</span>
                </p>
            </Shown>
            // Every item is folded: the summary at the top shows the score and links each gap.
            <details class="fold" data-testid="check-fold">
                <summary class="fold__summary">{t(Msg::ObjpageShowCheck)}</summary>
                {move || check.get().map(|check| view! { <CheckResults check=check/> })}
            </details>
        </section>
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
            <h2 id="kpis-title" tabindex="-1">{t(Msg::ObjpageSectionKpis)}</h2>
            <Shown when=move || kpi_ids().is_empty()>
                <p class="warning">{t(Msg::NoKpis)}</p>
            </Shown>
            <For each=kpi_ids key=|kpi_id| *kpi_id let:kpi_id>
                <KpiEditor objective=id kpi=kpi_id/>
            </For>
            <button type="button" class="button" on:click=add>{t(Msg::AddKpi)}</button>
        </section>
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
            <Shown
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
            </Shown>
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
