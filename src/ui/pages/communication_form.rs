//! The form that records or edits a communication (clause 6.2.1 e): when, about which
//! objectives (chosen from a searchable list), to whom, through which channel, by whom, what
//! was said and when it was acknowledged; names from the objectives' communication plans are
//! suggested. Every refusal stands next to its field and in the form's summary.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{
    Command, CommandError, Communication, CommunicationPlan, Objective, ObjectiveId, RandomIds,
    RecordId, TopLevel, Workspace,
};
use crate::i18n::{self, Msg};
use crate::ui::components::form::{
    date_until, focus_after_paint, needed, required_text, trimmed_within, within, FormErrors,
    FormField, FormSummary, Problem, Problems, Refusal,
};
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldError, FieldKind, TextField};
use crate::ui::pages::communications::objective_options;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The fields of the communication form that can be refused, in the order they appear.
const DATE: FormField = FormField::new("communication-date", Msg::CommDate);
const OBJECTIVES: FormField = FormField::new("communication-objectives", Msg::CommObjectives);
const AUDIENCE: FormField = FormField::new("communication-audience", Msg::CommAudience);
const CHANNEL: FormField = FormField::new("communication-channel", Msg::CommChannel);
const BY_WHOM: FormField = FormField::new("communication-by-whom", Msg::CommByWhom);
const SUMMARY: FormField = FormField::new("communication-summary", Msg::CommSummary);
const ACKNOWLEDGED: FormField =
    FormField::new("communication-acknowledged", Msg::CommAcknowledgedOn);

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

/// The record the form describes (with `id`), or every problem found, by field in form order.
/// Neither the communication nor its acknowledgement can be dated after `today`.
fn read_communication_input(
    input: &CommunicationInput,
    id: RecordId,
    today: NaiveDate,
) -> Result<Communication, Vec<(FormField, Problem)>> {
    let future = Msg::ErrRecordDateInFuture;
    let mut found = Problems::default();
    let date = found.check(
        DATE,
        date_until(&input.date, today, future).and_then(|date| needed(date, Msg::ErrDateRequired)),
    );
    if input.objectives.is_empty() {
        found.check(
            OBJECTIVES,
            Err::<(), _>(Problem::Says(Msg::ErrNoObjectives)),
        );
    }
    let audience = found.check(
        AUDIENCE,
        required_text(&input.audience, Msg::ErrAudienceEmpty, MAX_SHORT_TEXT),
    );
    let channel = found.check(CHANNEL, trimmed_within(&input.channel, MAX_SHORT_TEXT));
    let by_whom = found.check(BY_WHOM, trimmed_within(&input.by_whom, MAX_SHORT_TEXT));
    found.check(SUMMARY, within(&input.summary, MAX_LONG_TEXT));
    let acknowledged =
        date_until(&input.acknowledged_on, today, future).and_then(|on| match (on, date) {
            (Some(on), Some(date)) if on < date => Err(Problem::Says(Msg::ErrAcknowledgedBefore)),
            _ => Ok(on),
        });
    let acknowledged_on = found.check(ACKNOWLEDGED, acknowledged);
    let read = date.zip(audience).zip(channel.zip(by_whom));
    found.finish(read.zip(acknowledged_on).map(
        |(((date, audience), (channel, by_whom)), acknowledged_on)| Communication {
            id,
            date,
            objectives: input.objectives.clone(),
            audience,
            channel,
            by_whom,
            summary: input.summary.clone(),
            acknowledged_on,
        },
    ))
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
        <Shown
            when=found
            fallback=move || view! {
                <PageTitle text=t(Msg::NotFoundTitle)/>
                <p>{t(Msg::CommNotFound)}</p>
                <p><a href=Route::Communications.href()>{t(Msg::CommBackToRegister)}</a></p>
            }
        >
            <CommunicationForm objective=objective record=record/>
        </Shown>
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

    let errors = FormErrors::default();
    let refusal: RwSignal<Option<String>> = RwSignal::new(None);
    // The objectives are a group: the keyboard goes to its first checkbox on screen.
    let show = move |found: Vec<Refusal>| {
        let objectives_first = found.first().is_some_and(|r| r.id == OBJECTIVES.id);
        errors.show(found);
        if objectives_first {
            focus_objectives(chosen.get_untracked(), state, find);
        }
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
        let lang = state.lang.get_untracked();
        let record = match read_communication_input(&input, id, clock::today()) {
            Ok(record) => record,
            Err(found) => {
                let found = found.into_iter().map(|(field, problem)| {
                    Refusal::new(field.id, field.label.text(lang), problem.text(lang))
                });
                return show(found.collect());
            }
        };
        errors.show(Vec::new());
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
                        Some(OBJECTIVES)
                    }
                    CommandError::AudienceEmpty => Some(AUDIENCE),
                    CommandError::AcknowledgedBefore => Some(ACKNOWLEDGED),
                    _ => None,
                };
                match field {
                    Some(field) => show(vec![Refusal::new(field.id, t(field.label), text)]),
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
            <FormSummary errors=errors/>
            <TextField
                id=DATE.id
                label=t(DATE.label)
                value=date
                on_change=errors.input(date, DATE)
                kind=FieldKind::Date
                required=true
                error=errors.at(DATE.id)
            />
            <ObjectivePicker chosen=chosen find=find error=errors.at(OBJECTIVES.id) on_change=move || errors.clear(OBJECTIVES.id)/>
            <div class="field-grid">
                <TextField
                    id=AUDIENCE.id
                    label=t(AUDIENCE.label)
                    help=t(Msg::CommAudienceHelp)
                    value=audience
                    on_change=errors.input(audience, AUDIENCE)
                    required=true
                    suggestions=suggestions(|_, plan| plan.audiences.clone())
                    error=errors.at(AUDIENCE.id)
                />
                <TextField
                    id=CHANNEL.id
                    label=t(CHANNEL.label)
                    help=t(Msg::CommChannelHelp)
                    value=channel
                    on_change=errors.input(channel, CHANNEL)
                    suggestions=suggestions(|_, plan| plan.channels.clone())
                    error=errors.at(CHANNEL.id)
                />
                <TextField
                    id=BY_WHOM.id
                    label=t(BY_WHOM.label)
                    value=by_whom
                    on_change=errors.input(by_whom, BY_WHOM)
                    suggestions=suggestions(|objective, plan| vec![plan.by_whom.clone(), objective.owner.clone()])
                    error=errors.at(BY_WHOM.id)
                />
            </div>
            <TextField
                id=SUMMARY.id
                label=t(SUMMARY.label)
                help=t(Msg::CommSummaryHelp)
                value=summary
                on_change=errors.input(summary, SUMMARY)
                kind=FieldKind::Multiline
                error=errors.at(SUMMARY.id)
            />
            <TextField
                id=ACKNOWLEDGED.id
                label=t(ACKNOWLEDGED.label)
                help=t(Msg::CommAcknowledgedHelp)
                value=acknowledged
                on_change=errors.input(acknowledged, ACKNOWLEDGED)
                kind=FieldKind::Date
                error=errors.at(ACKNOWLEDGED.id)
            />
            <FieldError id="communication-refusal".to_string() error=refusal/>
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

/// Moves the focus to the first objective's checkbox on screen (or the group).
fn focus_objectives(chosen: Vec<ObjectiveId>, state: AppState, find: RwSignal<String>) {
    let first = visible_options(state, &find.get_untracked(), &chosen)
        .first()
        .map(|(id, _, _)| checkbox_dom_id(*id));
    focus_after_paint(first.unwrap_or_else(|| OBJECTIVES.id.to_string()));
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
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn ObjectivePicker(
    chosen: RwSignal<Vec<ObjectiveId>>,
    find: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let group_id = OBJECTIVES.id;
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
                                aria-invalid=move || invalid()
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
            <p class="field__help">{move || chosen_codes()}</p>
            <Shown when=move || { deleted() > 0 }>
                <p class="field__help">{move || state.tc(Msg::CommDeletedKept, deleted(), &[])}</p>
            </Shown>
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
                (DATE, Problem::Says(Msg::ErrRecordDateInFuture)),
                (OBJECTIVES, Problem::Says(Msg::ErrNoObjectives)),
                (AUDIENCE, Problem::Says(Msg::ErrAudienceEmpty)),
                (ACKNOWLEDGED, Problem::Says(Msg::ErrNotADate)),
            ])
        );
        let objective = ObjectiveId::new(&mut ids);
        let mut early = input(vec![objective]);
        early.acknowledged_on = "2026-11-19".into();
        assert_eq!(
            read_communication_input(&early, id, date(2026, 11, 24)),
            Err(vec![(
                ACKNOWLEDGED,
                Problem::Says(Msg::ErrAcknowledgedBefore)
            )])
        );
        let mut missing = input(vec![objective]);
        missing.date = String::new();
        assert_eq!(
            read_communication_input(&missing, id, date(2026, 11, 24)),
            Err(vec![(DATE, Problem::Says(Msg::ErrDateRequired))])
        );
    }

    #[test]
    fn deleted_objectives_kept_are_counted_in_the_plural_form_of_the_language() {
        let kept = |lang, n| i18n::format_count(lang, Msg::CommDeletedKept, n, &[]);
        assert_eq!(
            kept(crate::i18n::Lang::En, 1),
            "This record also names 1 deleted objective; it is kept."
        );
        assert_eq!(
            kept(crate::i18n::Lang::En, 2),
            "This record also names 2 deleted objectives; they are kept."
        );
        assert_eq!(
            kept(crate::i18n::Lang::ZhHans, 1),
            "该记录还包含 1 个已删除的目标，将予以保留。"
        );
    }
}
