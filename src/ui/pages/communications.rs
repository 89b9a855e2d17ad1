//! The communication register (clause 6.2.1 e): what was communicated about which objectives,
//! to whom, through which channel, when and by whom, with optional acknowledgement. The
//! register page (sortable by date, filterable by objective, with the objectives awaiting
//! communication), the form that records or edits a record, and the communication panel and
//! register marker of each objective.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::agenda::{communication_due, CommunicationDue};
use crate::domain::code::natural_cmp;
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{
    Command, CommandError, Communication, CommunicationPlan, Objective, ObjectiveId, RandomIds,
    RecordId, Status, TopLevel, Workspace,
};
use crate::i18n::records::communication_due_label;
use crate::i18n::{self, Msg};
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{
    t, Choice, FieldError, FieldKind, Icon, IconKind, SelectField, TextField,
};
use chrono::NaiveDate;
use leptos::prelude::*;

// ----- what an objective's communication status is -----

/// Where an objective stands with communication: when it was last communicated, and whether
/// it needs communicating (never done, or changed since).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommunicationStatus {
    pub last: Option<NaiveDate>,
    pub due: Option<CommunicationDue>,
}

/// The communication status of `objective` in `workspace`.
pub fn communication_status(workspace: &Workspace, objective: &Objective) -> CommunicationStatus {
    let last = workspace
        .communications
        .iter()
        .filter(|c| c.objectives.contains(&objective.id))
        .map(|c| c.date)
        .max();
    CommunicationStatus {
        last,
        due: communication_due(objective, last).map(|(why, _)| why),
    }
}

/// Active objectives that need communicating, in code order, with why.
pub fn awaiting_communication(workspace: &Workspace) -> Vec<(ObjectiveId, CommunicationDue)> {
    let last = workspace.last_communicated();
    let mut waiting: Vec<(&Objective, CommunicationDue)> = workspace
        .objectives
        .iter()
        .filter(|o| o.status == Status::Active)
        .filter_map(|o| communication_due(o, last.get(&o.id).copied()).map(|(why, _)| (o, why)))
        .collect();
    waiting.sort_by(|(a, _), (b, _)| natural_cmp(&a.code, &b.code));
    waiting.into_iter().map(|(o, why)| (o.id, why)).collect()
}

/// A flag for an objective that needs communicating: an icon and the words.
#[component]
fn DueFlag(due: CommunicationDue) -> impl IntoView {
    view! {
        <span class="comm-flag comm-flag--due">
            <Icon kind=IconKind::Warning/>
            " "
            {t(communication_due_label(due))}
        </span>
    }
}

// ----- on an objective's detail view and in the objectives register -----

/// "Last communicated <date>" or "Never communicated", the "changed since" flag, and the way
/// to record a communication, on an objective's detail view.
#[component]
pub fn CommunicationPanel(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let status = Memo::new(move |_| {
        state.index.with(|index| {
            state.workspace.with(|w| {
                let objective = index.get(&id).and_then(|&i| w.objectives.get(i))?;
                Some(communication_status(w, objective))
            })
        })
    });
    let records = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.communications
                .iter()
                .filter(|c| c.objectives.contains(&id))
                .count()
        })
    });
    view! {
        <section class="panel" aria-labelledby="communicated-title" data-testid="communication-status">
            <h2 id="communicated-title">{t(Msg::CommPanelTitle)}</h2>
            <p class="comm-status">
                {move || status.get().map(|status| {
                    let last = match status.last {
                        Some(date) => view! {
                            <span class="comm-flag">
                                <Icon kind=IconKind::Check/>
                                " "
                                {state.tf(Msg::CommLastCommunicated, &[("date", &date.to_string())])}
                            </span>
                        }.into_any(),
                        None => ().into_any(),
                    };
                    view! {
                        {last}
                        {status.due.map(|due| view! { " " <DueFlag due=due/> })}
                    }
                })}
            </p>
            <p class="result-count">
                {move || state.tf(Msg::CommRecordCount, &[("count", &records.get().to_string())])}
            </p>
            <div class="button-row">
                <a class="button" href=Route::NewCommunication { objective: Some(id) }.href()>
                    {t(Msg::RecordCommunication)}
                </a>
                <a class="button button--quiet" href=Route::Communications.href()>
                    {t(Msg::CommRegisterTitle)}
                </a>
            </div>
        </section>
    }
}

/// A small marker for the objectives register: shown only for an active objective that needs
/// communicating. The icon is an image named for assistive technology and explained by a
/// tooltip; it adds no text to the cell.
#[component]
pub fn CommunicationMarker(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let due = Memo::new(move |_| {
        state.index.with(|index| {
            state.workspace.with(|w| {
                let objective = index.get(&id).and_then(|&i| w.objectives.get(i))?;
                if objective.status != Status::Active {
                    return None;
                }
                communication_status(w, objective).due
            })
        })
    });
    move || {
        due.get().map(|due| {
            let words = state.t(communication_due_label(due));
            // A named image rather than hidden text, so the cell's text stays the title.
            view! {
                <span
                    class="comm-marker"
                    role="img"
                    aria-label=words
                    title=words
                    data-testid="communication-marker"
                >
                    <Icon kind=IconKind::Warning/>
                </span>
            }
        })
    }
}

// ----- the register page -----

/// `#/communications`: the communication register.
#[component]
pub fn CommunicationsPage() -> impl IntoView {
    let state = AppState::expect();
    let objective_filter: RwSignal<Option<ObjectiveId>> = RwSignal::new(None);
    let newest_first = RwSignal::new(true);
    let rows = Memo::new(move |_| {
        let filter = objective_filter.get();
        let newest = newest_first.get();
        state.workspace.with(|w| {
            let mut rows: Vec<(usize, Communication)> = w
                .communications
                .iter()
                .filter(|c| filter.is_none_or(|id| c.objectives.contains(&id)))
                .cloned()
                .enumerate()
                .collect();
            // Records of the same day keep the order they were recorded in.
            rows.sort_by(|(a_at, a), (b_at, b)| a.date.cmp(&b.date).then(a_at.cmp(b_at)));
            if newest {
                rows.reverse();
            }
            rows.into_iter().map(|(_, c)| c).collect::<Vec<_>>()
        })
    });
    let total = move || state.workspace.with(|w| w.communications.len());
    let filter_choices = Signal::derive(move || {
        let mut choices: Vec<Choice> = vec![(String::new(), state.t(Msg::FilterAny).to_string())];
        choices.extend(
            objective_options(state)
                .into_iter()
                .map(|(id, code, title)| (id.to_string(), format!("{code} {title}"))),
        );
        choices
    });
    view! {
        <PageTitle text=t(Msg::CommRegisterTitle)/>
        <p>{t(Msg::CommRegisterIntro)}</p>
        <div class="toolbar">
            <a class="button button--primary" href=Route::NewCommunication { objective: None }.href()>
                {t(Msg::RecordCommunication)}
            </a>
        </div>
        <section class="filters comm-filters" aria-label=t(Msg::Filters)>
            <SelectField
                id="communication-filter"
                label=t(Msg::CommFilterObjective)
                choices=filter_choices
                selected=Signal::derive(move || objective_filter.get().map(|id| id.to_string()).unwrap_or_default())
                on_change=move |value: String| {
                    objective_filter.set(ObjectiveId::parse(&value));
                    Ok(())
                }
            />
        </section>
        <p class="result-count" role="status" data-testid="communication-count">
            {move || state.tf(
                Msg::CommCount,
                &[("shown", &rows.with(Vec::len).to_string()), ("total", &total().to_string())],
            )}
        </p>
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=move || view! {
                <p class="empty">
                    {move || if total() == 0 { state.t(Msg::CommRegisterEmpty) } else { state.t(Msg::CommNoMatch) }}
                </p>
            }
        >
            <CommunicationTable rows=rows newest_first=newest_first/>
        </Show>
        <AwaitingCommunication/>
    }
}

/// Every objective as (id, code, title), in code order.
fn objective_options(state: AppState) -> Vec<(ObjectiveId, String, String)> {
    state.workspace.with(|w| {
        let mut options: Vec<(ObjectiveId, String, String)> = w
            .objectives
            .iter()
            .map(|o| (o.id, o.code.clone(), o.title.clone()))
            .collect();
        options.sort_by(|a, b| natural_cmp(&a.1, &b.1));
        options
    })
}

#[component]
fn CommunicationTable(
    rows: Memo<Vec<Communication>>,
    newest_first: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::expect();
    let remove = move |record: Communication| {
        let text = NoticeText::with(
            Msg::CommRemovedNotice,
            &[("date", &record.date.to_string())],
        );
        if state
            .dispatch_with_notice(Command::remove::<Communication>(TopLevel, record.id), text)
            .is_ok()
        {
            #[cfg(target_arch = "wasm32")]
            crate::app::browser::focus_element(crate::ui::components::page::PAGE_TITLE_ID);
        }
    };
    let objective_links = move |ids: Vec<ObjectiveId>| {
        let links: Vec<AnyView> = ids
            .into_iter()
            .map(|id| {
                match state
                    .workspace
                    .with(|w| w.objective(id).map(|o| (o.code.clone(), o.title.clone())))
                {
                    Some((code, title)) => view! {
                        <li><a href=Route::Objective(id).href() title=title>{code}</a></li>
                    }
                    .into_any(),
                    None => view! { <li>{t(Msg::CommDeletedObjective)}</li> }.into_any(),
                }
            })
            .collect();
        view! { <ul class="inline-list">{links}</ul> }
    };
    let row = move |record: Communication| {
        let date = record.date.to_string();
        let context = state.tf(Msg::CommRecordOf, &[("date", &date)]);
        let acknowledged = record
            .acknowledged_on
            .map(|d| d.to_string())
            .unwrap_or_else(|| state.t(Msg::CommNotAcknowledged).to_string());
        let edit = Route::EditCommunication(record.id);
        view! {
            <tr data-testid="communication-row">
                <td class="records-table__date">{date}</td>
                <td>{objective_links(record.objectives.clone())}</td>
                <td>{record.audience.clone()}</td>
                <td>{record.channel.clone()}</td>
                <td>{record.by_whom.clone()}</td>
                <td class="records-table__text">{record.summary.clone()}</td>
                <td>{acknowledged}</td>
                <crate::ui::components::page::RecordActions
                    edit=edit
                    context=context
                    on_delete=move || remove(record.clone())
                />
            </tr>
        }
    };
    let aria_sort = move || {
        if newest_first.get() {
            "descending"
        } else {
            "ascending"
        }
    };
    view! {
        <div class="table-scroll-x">
            <table class="records-table" data-testid="communication-register">
                <caption class="visually-hidden">{t(Msg::CommRegisterTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col" aria-sort=aria_sort>
                            <button type="button" class="sort-button" on:click=move |_| newest_first.update(|n| *n = !*n)>
                                {t(Msg::CommDate)}
                                <span class="sort-mark" aria-hidden="true">
                                    {move || if newest_first.get() { "▼" } else { "▲" }}
                                </span>
                            </button>
                        </th>
                        <th scope="col">{t(Msg::CommObjectives)}</th>
                        <th scope="col">{t(Msg::CommAudience)}</th>
                        <th scope="col">{t(Msg::CommChannel)}</th>
                        <th scope="col">{t(Msg::CommByWhom)}</th>
                        <th scope="col">{t(Msg::CommSummary)}</th>
                        <th scope="col">{t(Msg::CommAcknowledged)}</th>
                        <th scope="col">{t(Msg::RecordActions)}</th>
                    </tr>
                </thead>
                <tbody>{move || rows.get().into_iter().map(row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// Active objectives never communicated, or changed since they last were.
#[component]
fn AwaitingCommunication() -> impl IntoView {
    let state = AppState::expect();
    let waiting = Memo::new(move |_| state.workspace.with(awaiting_communication));
    let item = move |(id, due): (ObjectiveId, CommunicationDue)| {
        let (code, title) = state
            .with_objective(id, |o| (o.code.clone(), o.title.clone()))
            .unwrap_or_default();
        let context = state.tf(Msg::CommAbout, &[("code", &code)]);
        view! {
            <li data-testid="awaiting-communication">
                <a href=Route::Objective(id).href()>{code} " " {title}</a>
                " "
                <DueFlag due=due/>
                " "
                <a class="button button--small" href=Route::NewCommunication { objective: Some(id) }.href()>
                    {t(Msg::RecordCommunication)}
                    <span class="visually-hidden">" " {context}</span>
                </a>
            </li>
        }
    };
    view! {
        <section class="panel" aria-labelledby="awaiting-title">
            <h2 id="awaiting-title">{t(Msg::CommAwaitingTitle)}</h2>
            <Show
                when=move || !waiting.with(Vec::is_empty)
                fallback=move || view! { <p>{t(Msg::CommAwaitingNone)}</p> }
            >
                <ul class="awaiting-list">{move || waiting.get().into_iter().map(item).collect_view()}</ul>
            </Show>
        </section>
    }
}

// ----- the form -----

/// The fields of the communication form, in the order they appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Date,
    Objectives,
    Audience,
    Channel,
    ByWhom,
    Summary,
    Acknowledged,
}

fn field_dom_id(field: Field) -> &'static str {
    match field {
        Field::Date => "communication-date",
        Field::Objectives => "communication-objectives",
        Field::Audience => "communication-audience",
        Field::Channel => "communication-channel",
        Field::ByWhom => "communication-by-whom",
        Field::Summary => "communication-summary",
        Field::Acknowledged => "communication-acknowledged",
    }
}

/// What was typed into the communication form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommunicationInput {
    pub date: String,
    pub objectives: Vec<ObjectiveId>,
    pub audience: String,
    pub channel: String,
    pub by_whom: String,
    pub summary: String,
    pub acknowledged_on: String,
}

/// A problem with one field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommunicationProblem {
    DateRequired,
    NotADate,
    DateInFuture,
    NoObjectives,
    AudienceEmpty,
    TooLong(usize),
    AcknowledgedBefore,
}

/// The record the form describes (with `id`), or every problem found, by field in form order.
/// Neither the communication nor its acknowledgement can be dated after `today`.
fn read_communication_input(
    input: &CommunicationInput,
    id: RecordId,
    today: NaiveDate,
) -> Result<Communication, Vec<(Field, CommunicationProblem)>> {
    use CommunicationProblem as P;
    let read_date = |text: &str, required: bool| match parse_date(text) {
        Ok(Some(date)) if date > today => Err(P::DateInFuture),
        Ok(Some(date)) => Ok(Some(date)),
        Ok(None) if required => Err(P::DateRequired),
        Ok(None) => Ok(None),
        Err(_) => Err(P::NotADate),
    };
    let mut problems = Vec::new();
    let date = read_date(&input.date, true)
        .map_err(|problem| problems.push((Field::Date, problem)))
        .ok()
        .flatten();
    if input.objectives.is_empty() {
        problems.push((Field::Objectives, P::NoObjectives));
    }
    let trimmed = |text: &str| text.trim().to_string();
    let audience = trimmed(&input.audience);
    if audience.is_empty() {
        problems.push((Field::Audience, P::AudienceEmpty));
    }
    for (field, text, max) in [
        (Field::Audience, &audience, MAX_SHORT_TEXT),
        (Field::Channel, &trimmed(&input.channel), MAX_SHORT_TEXT),
        (Field::ByWhom, &trimmed(&input.by_whom), MAX_SHORT_TEXT),
        (Field::Summary, &input.summary, MAX_LONG_TEXT),
    ] {
        if text.chars().count() > max {
            problems.push((field, P::TooLong(max)));
        }
    }
    let acknowledged_on = match read_date(&input.acknowledged_on, false) {
        Ok(Some(acknowledged)) if date.is_some_and(|date| acknowledged < date) => {
            problems.push((Field::Acknowledged, P::AcknowledgedBefore));
            None
        }
        Ok(acknowledged) => acknowledged,
        Err(problem) => {
            problems.push((Field::Acknowledged, problem));
            None
        }
    };
    let problems_in_order = problems;
    match date {
        Some(date) if problems_in_order.is_empty() => Ok(Communication {
            id,
            date,
            objectives: input.objectives.clone(),
            audience,
            channel: trimmed(&input.channel),
            by_whom: trimmed(&input.by_whom),
            summary: input.summary.clone(),
            acknowledged_on,
        }),
        _ => Err(problems_in_order),
    }
}

fn problem_text(state: AppState, problem: CommunicationProblem) -> String {
    use CommunicationProblem as P;
    let msg = match problem {
        P::DateRequired => Msg::ErrDateRequired,
        P::NotADate => Msg::ErrNotADate,
        P::DateInFuture => Msg::ErrRecordDateInFuture,
        P::NoObjectives => Msg::ErrNoObjectives,
        P::AudienceEmpty => Msg::ErrAudienceEmpty,
        P::AcknowledgedBefore => Msg::ErrAcknowledgedBefore,
        P::TooLong(max) => return state.tf(Msg::ErrTooLong, &[("max", &max.to_string())]),
    };
    state.t(msg).to_string()
}

fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::focus_element(id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// `#/communications/new?objective=<id>` and `#/communications/<record>` (editing).
#[component]
pub fn CommunicationFormPage(
    #[prop(optional)] objective: Option<ObjectiveId>,
    #[prop(optional)] record: Option<RecordId>,
) -> impl IntoView {
    let state = AppState::expect();
    let found = move || {
        record.is_none_or(|id| {
            state
                .workspace
                .with(|w| w.communications.iter().any(|c| c.id == id))
        })
    };
    view! {
        <Show
            when=found
            fallback=move || view! {
                <PageTitle text=t(Msg::NotFoundTitle)/>
                <p>{t(Msg::CommNotFound)}</p>
                <p><a href=Route::Communications.href()>{t(Msg::CommBackToRegister)}</a></p>
            }
        >
            <CommunicationForm objective=objective record=record/>
        </Show>
    }
}

/// Distinct non-empty names taken from the communication plans of `chosen` objectives (of
/// every objective while none is chosen).
fn plan_names(
    workspace: &Workspace,
    chosen: &[ObjectiveId],
    pick: fn(&Objective, &CommunicationPlan) -> Vec<String>,
) -> Vec<String> {
    let from: Vec<&Objective> = if chosen.is_empty() {
        workspace.objectives.iter().collect()
    } else {
        chosen
            .iter()
            .filter_map(|id| workspace.objective(*id))
            .collect()
    };
    let mut names: Vec<String> = Vec::new();
    for objective in from {
        for name in pick(objective, &objective.communication) {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|known| known == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

#[component]
fn CommunicationForm(objective: Option<ObjectiveId>, record: Option<RecordId>) -> impl IntoView {
    let state = AppState::expect();
    let existing: Option<Communication> = record.and_then(|id| {
        state
            .workspace
            .with_untracked(|w| w.communications.iter().find(|c| c.id == id).cloned())
    });
    let editing = existing.is_some();
    let about = objective.filter(|id| {
        state
            .workspace
            .with_untracked(|w| w.objective(*id).is_some())
    });
    let text = |read: fn(&Communication) -> String| {
        RwSignal::new(existing.as_ref().map(read).unwrap_or_default())
    };
    let date = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(clock::today, |c| c.date)
            .to_string(),
    );
    let chosen: RwSignal<Vec<ObjectiveId>> = RwSignal::new(match &existing {
        Some(record) => record.objectives.clone(),
        None => about.into_iter().collect(),
    });
    let audience = text(|c| c.audience.clone());
    let channel = text(|c| c.channel.clone());
    let by_whom = text(|c| c.by_whom.clone());
    let summary = text(|c| c.summary.clone());
    let acknowledged = text(|c| c.acknowledged_on.map(|d| d.to_string()).unwrap_or_default());
    let find = RwSignal::new(String::new());

    let problems: RwSignal<Vec<(Field, String)>> = RwSignal::new(Vec::new());
    let refusal: RwSignal<Option<String>> = RwSignal::new(None);
    let error_for = move |field: Field| {
        Signal::derive(move || {
            problems.with(|all| {
                all.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, text)| text.clone())
            })
        })
    };
    let set = move |signal: RwSignal<String>, field: Field| {
        Callback::new(move |text: String| {
            signal.set(text);
            problems.update(|all| all.retain(|(f, _)| *f != field));
            Ok(())
        })
    };
    let suggestions = move |pick: fn(&Objective, &CommunicationPlan) -> Vec<String>| {
        Signal::derive(move || {
            let chosen = chosen.get();
            state.workspace.with(|w| plan_names(w, &chosen, pick))
        })
    };

    // Where to go afterwards: back to the objective the form was opened for, else the register.
    let back = match about {
        Some(id) if !editing => Route::Objective(id),
        _ => Route::Communications,
    };
    let record_id = existing.as_ref().map(|c| c.id);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        refusal.set(None);
        let input = CommunicationInput {
            date: date.get_untracked(),
            objectives: chosen.get_untracked(),
            audience: audience.get_untracked(),
            channel: channel.get_untracked(),
            by_whom: by_whom.get_untracked(),
            summary: summary.get_untracked(),
            acknowledged_on: acknowledged.get_untracked(),
        };
        let id = record_id.unwrap_or_else(|| RecordId::new(&mut RandomIds));
        let record = match read_communication_input(&input, id, clock::today()) {
            Ok(record) => record,
            Err(found) => {
                if let Some((first, _)) = found.first() {
                    focus_first(*first, chosen.get_untracked(), state, find);
                }
                problems.set(
                    found
                        .into_iter()
                        .map(|(field, problem)| (field, problem_text(state, problem)))
                        .collect(),
                );
                return;
            }
        };
        problems.set(Vec::new());
        let (command, msg) = if editing {
            (Command::edit(TopLevel, record), Msg::CommEditedNotice)
        } else {
            (Command::add(TopLevel, record), Msg::CommRecordedNotice)
        };
        match state.dispatch_with_notice(command, NoticeText::plain(msg)) {
            Ok(_) => state.navigate(back),
            Err(error) => {
                let text = i18n::describe_command_error(state.lang.get_untracked(), &error);
                let field = match error {
                    CommandError::NoObjectives | CommandError::ObjectiveNotFound => {
                        Some(Field::Objectives)
                    }
                    CommandError::AudienceEmpty => Some(Field::Audience),
                    CommandError::AcknowledgedBefore => Some(Field::Acknowledged),
                    _ => None,
                };
                match field {
                    Some(field) => {
                        problems.set(vec![(field, text)]);
                        focus_first(field, chosen.get_untracked(), state, find);
                    }
                    None => refusal.set(Some(text)),
                }
            }
        }
    };

    let heading = t(if editing {
        Msg::CommEditTitle
    } else {
        Msg::CommFormTitle
    });
    view! {
        <PageTitle text=heading/>
        <p>{t(Msg::CommFormIntro)}</p>
        <form class="panel communication-form" on:submit=submit novalidate=true data-testid="communication-form">
            <TextField
                id=field_dom_id(Field::Date)
                label=t(Msg::CommDate)
                value=date
                on_change=set(date, Field::Date)
                kind=FieldKind::Date
                required=true
                error=error_for(Field::Date)
            />
            <ObjectivePicker chosen=chosen find=find error=error_for(Field::Objectives) on_change=move || problems.update(|all| all.retain(|(f, _)| *f != Field::Objectives))/>
            <div class="field-grid">
                <TextField
                    id=field_dom_id(Field::Audience)
                    label=t(Msg::CommAudience)
                    help=t(Msg::CommAudienceHelp)
                    value=audience
                    on_change=set(audience, Field::Audience)
                    required=true
                    suggestions=suggestions(|_, plan| plan.audiences.clone())
                    error=error_for(Field::Audience)
                />
                <TextField
                    id=field_dom_id(Field::Channel)
                    label=t(Msg::CommChannel)
                    help=t(Msg::CommChannelHelp)
                    value=channel
                    on_change=set(channel, Field::Channel)
                    suggestions=suggestions(|_, plan| plan.channels.clone())
                    error=error_for(Field::Channel)
                />
                <TextField
                    id=field_dom_id(Field::ByWhom)
                    label=t(Msg::CommByWhom)
                    value=by_whom
                    on_change=set(by_whom, Field::ByWhom)
                    suggestions=suggestions(|objective, plan| vec![plan.by_whom.clone(), objective.owner.clone()])
                    error=error_for(Field::ByWhom)
                />
            </div>
            <TextField
                id=field_dom_id(Field::Summary)
                label=t(Msg::CommSummary)
                help=t(Msg::CommSummaryHelp)
                value=summary
                on_change=set(summary, Field::Summary)
                kind=FieldKind::Multiline
                error=error_for(Field::Summary)
            />
            <TextField
                id=field_dom_id(Field::Acknowledged)
                label=t(Msg::CommAcknowledgedOn)
                help=t(Msg::CommAcknowledgedHelp)
                value=acknowledged
                on_change=set(acknowledged, Field::Acknowledged)
                kind=FieldKind::Date
                error=error_for(Field::Acknowledged)
            />
            <p class="field__error" role="alert" hidden=move || refusal.get().is_none()>
                <Icon kind=IconKind::Error/>
                " "
                {move || refusal.get()}
            </p>
            <div class="button-row">
                <button type="submit" class="button button--primary">
                    {t(if editing { Msg::CommSaveChanges } else { Msg::CommSave })}
                </button>
                <a class="button" href=back.href()>{t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}

/// The DOM id of the checkbox for `id` in the objective picker.
fn checkbox_dom_id(id: ObjectiveId) -> String {
    format!("communication-objective-{id}")
}

/// Moves the focus to `field`; for the objectives, to the first checkbox on screen.
fn focus_first(field: Field, chosen: Vec<ObjectiveId>, state: AppState, find: RwSignal<String>) {
    if field != Field::Objectives {
        focus(field_dom_id(field));
        return;
    }
    let first = visible_options(state, &find.get_untracked(), &chosen)
        .first()
        .map(|(id, _, _)| checkbox_dom_id(*id));
    match first {
        Some(first) => focus(&first),
        None => focus(field_dom_id(Field::Objectives)),
    }
}

/// The objectives offered in the picker: those matching `find` (code or title, any case), and
/// those already chosen.
fn visible_options(
    state: AppState,
    find: &str,
    chosen: &[ObjectiveId],
) -> Vec<(ObjectiveId, String, String)> {
    let find = find.trim().to_lowercase();
    objective_options(state)
        .into_iter()
        .filter(|(id, code, title)| {
            find.is_empty()
                || chosen.contains(id)
                || code.to_lowercase().contains(&find)
                || title.to_lowercase().contains(&find)
        })
        .collect()
}

/// Checkboxes for the objectives a record is about, with a search box that narrows the list.
#[component]
fn ObjectivePicker(
    chosen: RwSignal<Vec<ObjectiveId>>,
    find: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let group_id = field_dom_id(Field::Objectives);
    let error_id = format!("{group_id}-error");
    let find_id = format!("{group_id}-find");
    let options = move || visible_options(state, &find.get(), &chosen.get_untracked());
    let deleted = move || {
        chosen.with(|ids| {
            state
                .workspace
                .with(|w| ids.iter().filter(|id| w.objective(**id).is_none()).count())
        })
    };
    let chosen_codes = move || {
        let ids = chosen.get();
        let codes: Vec<String> = state.workspace.with(|w| {
            ids.iter()
                .filter_map(|id| w.objective(*id).map(|o| o.code.clone()))
                .collect()
        });
        if codes.is_empty() {
            state.t(Msg::CommNoneChosen).to_string()
        } else {
            state.tf(Msg::CommChosen, &[("codes", &codes.join(", "))])
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().is_some().then(|| error_id.clone())
    };
    view! {
        <fieldset class="checklist objective-picker" id=group_id tabindex="-1" aria-describedby=described_by>
            <legend>{t(Msg::CommObjectives)}</legend>
            <div class="field field--search">
                <label for=find_id.clone()>{t(Msg::CommFindObjective)}</label>
                <input
                    id=find_id.clone()
                    type="search"
                    prop:value=move || find.get()
                    on:input=move |ev| find.set(event_target_value(&ev))
                />
            </div>
            <div class="objective-picker__list">
                {move || options().into_iter().map(|(id, code, title)| {
                    let checkbox_id = checkbox_dom_id(id);
                    view! {
                        <div class="checkbox">
                            <input
                                type="checkbox"
                                id=checkbox_id.clone()
                                aria-invalid=invalid
                                prop:checked=move || chosen.with(|ids| ids.contains(&id))
                                on:change=move |ev| {
                                    let checked = event_target_checked(&ev);
                                    chosen.update(|ids| {
                                        ids.retain(|known| *known != id);
                                        if checked {
                                            ids.push(id);
                                        }
                                    });
                                    on_change.run(());
                                }
                            />
                            <label for=checkbox_id><strong>{code}</strong> " " {title}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="field__help">{chosen_codes}</p>
            <Show when=move || { deleted() > 0 }>
                <p class="field__help">{move || state.tf(Msg::CommDeletedKept, &[("count", &deleted().to_string())])}</p>
            </Show>
            <FieldError id=error_id error=error/>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn input(ids: Vec<ObjectiveId>) -> CommunicationInput {
        CommunicationInput {
            date: "2026-11-20".into(),
            objectives: ids,
            audience: " Service teams ".into(),
            channel: "Team meeting".into(),
            by_whom: String::new(),
            summary: "Targets for next year".into(),
            acknowledged_on: String::new(),
        }
    }

    #[test]
    fn active_objectives_await_communication_until_recorded_and_again_after_a_change() {
        use crate::domain::{Level, Revision, Timestamp};
        let mut ids = SequentialIds::default();
        let created = Timestamp::from_unix_seconds(1_767_268_800); // 2026-01-01 12:00 UTC
        let mut objective = |code: &str, status| {
            let mut o = Objective::new(
                ObjectiveId::new(&mut ids),
                code,
                "x",
                Level::Operational,
                created,
            );
            o.status = status;
            o.revisions
                .push(crate::domain::command::first_revision(created));
            o
        };
        let o2 = objective("O2", Status::Active);
        let o10 = objective("O10", Status::Active);
        let draft = objective("O3", Status::Draft);
        let mut workspace = Workspace {
            objectives: vec![o10.clone(), draft.clone(), o2.clone()],
            ..Workspace::default()
        };
        assert_eq!(
            awaiting_communication(&workspace),
            vec![
                (o2.id, CommunicationDue::Never),
                (o10.id, CommunicationDue::Never)
            ],
            "active objectives only, in code order"
        );
        workspace.communications.push(Communication {
            id: RecordId::new(&mut ids),
            date: date(2026, 1, 5),
            objectives: vec![o2.id, o10.id],
            audience: "Teams".into(),
            channel: String::new(),
            by_whom: String::new(),
            summary: String::new(),
            acknowledged_on: None,
        });
        assert!(awaiting_communication(&workspace).is_empty());
        let status = communication_status(&workspace, &workspace.objectives[2]);
        assert_eq!(
            status,
            CommunicationStatus {
                last: Some(date(2026, 1, 5)),
                due: None
            }
        );
        workspace.objectives[2].revisions.push(Revision {
            number: 2,
            at: Timestamp::from_unix_seconds(1_767_268_800 + 86_400 * 40),
            ..crate::domain::command::first_revision(created)
        });
        assert_eq!(
            awaiting_communication(&workspace),
            vec![(o2.id, CommunicationDue::ChangedSince)]
        );
        assert_eq!(
            communication_status(&workspace, &draft),
            CommunicationStatus {
                last: None,
                due: Some(CommunicationDue::Never)
            }
        );
    }

    #[test]
    fn a_complete_record_reads_trimmed() {
        let mut ids = SequentialIds::default();
        let objective = ObjectiveId::new(&mut ids);
        let id = RecordId::new(&mut ids);
        let record = read_communication_input(&input(vec![objective]), id, date(2026, 11, 24))
            .expect("a valid record");
        assert_eq!(record.audience, "Service teams");
        assert_eq!(record.date, date(2026, 11, 20));
        assert_eq!(record.objectives, vec![objective]);
        assert_eq!(record.acknowledged_on, None);
    }

    #[test]
    fn problems_are_reported_per_field_in_form_order() {
        let mut ids = SequentialIds::default();
        let id = RecordId::new(&mut ids);
        let mut bad = input(Vec::new());
        bad.date = "2026-11-30".into();
        bad.audience = "  ".into();
        bad.acknowledged_on = "someday".into();
        assert_eq!(
            read_communication_input(&bad, id, date(2026, 11, 24)),
            Err(vec![
                (Field::Date, CommunicationProblem::DateInFuture),
                (Field::Objectives, CommunicationProblem::NoObjectives),
                (Field::Audience, CommunicationProblem::AudienceEmpty),
                (Field::Acknowledged, CommunicationProblem::NotADate),
            ])
        );
        let objective = ObjectiveId::new(&mut ids);
        let mut early = input(vec![objective]);
        early.acknowledged_on = "2026-11-19".into();
        assert_eq!(
            read_communication_input(&early, id, date(2026, 11, 24)),
            Err(vec![(
                Field::Acknowledged,
                CommunicationProblem::AcknowledgedBefore
            )])
        );
        let mut missing = input(vec![objective]);
        missing.date = String::new();
        assert_eq!(
            read_communication_input(&missing, id, date(2026, 11, 24)),
            Err(vec![(Field::Date, CommunicationProblem::DateRequired)])
        );
    }
}
