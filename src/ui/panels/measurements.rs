//! KPI measurements on an objective's detail view: each KPI's progress line, its recorded
//! measurements (date, value, note, who) and adding, editing or deleting one (each undoable);
//! and reading typed measurements, shared with the check-in page.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState};
use crate::domain::progress::last_recorded_by;
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{Command, KpiId, Measurement, ObjectiveId, RandomIds, RecordId, Workspace};
use crate::i18n::{self, Lang, Msg};
use crate::ui::components::format::{number, parse_date, parse_number};
use crate::ui::components::widgets::{t, FieldKind, TextField};
use crate::ui::panels::progress::{focus_later, value_with_unit, KpiProgressLine};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The text typed for one measurement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeasurementDraft {
    pub value: String,
    pub date: String,
    pub note: String,
    pub who: String,
}

impl MeasurementDraft {
    /// An empty draft dated `today`, recorded by `who`.
    pub fn new(today: NaiveDate, who: &str) -> Self {
        MeasurementDraft {
            value: String::new(),
            date: today.to_string(),
            note: String::new(),
            who: who.to_string(),
        }
    }

    /// A draft showing a recorded measurement, to edit it.
    pub fn of(measurement: &Measurement) -> Self {
        MeasurementDraft {
            value: number(measurement.value),
            date: measurement.date.to_string(),
            note: measurement.note.clone(),
            who: measurement.recorded_by.clone(),
        }
    }
}

/// A field of a measurement form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    Value,
    Date,
    Note,
    Who,
}

/// Why typed text is not a usable measurement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// A single measurement needs its value.
    ValueRequired,
    /// A check-in needs at least one value.
    NothingEntered,
    NotANumber,
    DateNeeded,
    NotADate,
    DateInFuture,
    NoteWithoutValue,
    TooLong {
        max: usize,
    },
}

/// A problem with one field.
pub type FieldProblem = (DraftField, DraftProblem);

/// The sentence shown next to the field.
pub fn describe_problem(lang: Lang, problem: DraftProblem) -> String {
    let msg = match problem {
        DraftProblem::ValueRequired => Msg::ErrValueRequired,
        DraftProblem::NothingEntered => Msg::ErrValueNeeded,
        DraftProblem::NotANumber => Msg::ErrNotANumber,
        DraftProblem::DateNeeded => Msg::ErrDateNeeded,
        DraftProblem::NotADate => Msg::ErrNotADate,
        DraftProblem::DateInFuture => Msg::ErrDateInFuture,
        DraftProblem::NoteWithoutValue => Msg::ErrNoteWithoutValue,
        DraftProblem::TooLong { max } => {
            return i18n::format(lang, Msg::ErrTooLong, &[("max", &max.to_string())]);
        }
    };
    msg.text(lang).to_string()
}

/// Reads a draft into a measurement with `id`. An empty value is `Ok(None)` ("not measured
/// this time") when `required` is false and no note was written; otherwise every problem is
/// reported with its field, in the form's order.
pub fn read_draft(
    draft: &MeasurementDraft,
    today: NaiveDate,
    required: bool,
    id: RecordId,
) -> Result<Option<Measurement>, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let value = match parse_number(&draft.value) {
        Ok(Some(value)) => Some(value),
        Ok(None) if required => {
            problems.push((DraftField::Value, DraftProblem::ValueRequired));
            None
        }
        Ok(None) if !draft.note.trim().is_empty() => {
            problems.push((DraftField::Value, DraftProblem::NoteWithoutValue));
            None
        }
        Ok(None) => return Ok(None),
        Err(_) => {
            problems.push((DraftField::Value, DraftProblem::NotANumber));
            None
        }
    };
    let date = match parse_date(&draft.date) {
        Ok(Some(date)) if date > today => {
            problems.push((DraftField::Date, DraftProblem::DateInFuture));
            None
        }
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            problems.push((DraftField::Date, DraftProblem::DateNeeded));
            None
        }
        Err(_) => {
            problems.push((DraftField::Date, DraftProblem::NotADate));
            None
        }
    };
    let note = draft.note.trim().to_string();
    if note.chars().count() > MAX_LONG_TEXT {
        let max = MAX_LONG_TEXT;
        problems.push((DraftField::Note, DraftProblem::TooLong { max }));
    }
    let who = draft.who.trim().to_string();
    if who.chars().count() > MAX_SHORT_TEXT {
        let max = MAX_SHORT_TEXT;
        problems.push((DraftField::Who, DraftProblem::TooLong { max }));
    }
    match (value, date) {
        (Some(value), Some(date)) if problems.is_empty() => Ok(Some(Measurement {
            id,
            date,
            value,
            note,
            recorded_by: who,
        })),
        _ => Err(problems),
    }
}

/// The people who have recorded measurements, sorted, for suggestions.
pub fn recorders(workspace: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = workspace
        .objectives
        .iter()
        .flat_map(|o| &o.kpis)
        .flat_map(|k| &k.measurements)
        .map(|m| m.recorded_by.trim())
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The form's errors, by field, as sentences.
pub type FieldErrors = RwSignal<Vec<(DraftField, String)>>;

/// The error shown next to `field`.
pub fn error_of(errors: FieldErrors, field: DraftField) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
    })
}

/// What the form is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    New,
    Existing(RecordId),
}

/// One KPI's progress, its measurements, newest first, and the form to add or edit one.
#[component]
pub fn KpiMeasurements(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
    let state = AppState::expect();
    let recorded = Memo::new(move |_| {
        state
            .with_objective(objective, |o| {
                o.kpis.iter().find(|k| k.id == kpi).map(|k| {
                    let mut list: Vec<(usize, Measurement)> =
                        k.measurements.iter().cloned().enumerate().collect();
                    list.sort_by(|(a, x), (b, y)| y.date.cmp(&x.date).then(b.cmp(a)));
                    let list: Vec<Measurement> = list.into_iter().map(|(_, m)| m).collect();
                    (k.name.clone(), k.unit.clone(), list)
                })
            })
            .flatten()
            .unwrap_or_default()
    });
    let name = move || recorded.with(|(name, _, _)| name.clone());
    let editing: RwSignal<Option<Editing>> = RwSignal::new(None);
    let draft = RwSignal::new(MeasurementDraft::default());
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let field_id = move |field: &str| format!("measurement-{kpi}-{field}");
    let add_id = format!("measurement-{kpi}-add");
    let title_id = format!("measurement-{kpi}-form-title");
    let who_suggestions = Signal::derive(move || state.workspace.with(recorders));

    let open = move |mode: Editing, start: MeasurementDraft| {
        draft.set(start);
        errors.set(Vec::new());
        editing.set(Some(mode));
        focus_later(field_id("value"));
    };
    let open_new = move |_| {
        let who = state
            .workspace
            .with_untracked(|w| last_recorded_by(w).unwrap_or_default().to_string());
        open(Editing::New, MeasurementDraft::new(clock::today(), &who));
    };
    let close = {
        let add_id = add_id.clone();
        move || {
            editing.set(None);
            errors.set(Vec::new());
            focus_later(add_id.clone());
        }
    };
    let save = {
        let close = close.clone();
        move || {
            let Some(mode) = editing.get_untracked() else {
                return;
            };
            let lang = state.lang.get_untracked();
            let id = match mode {
                Editing::New => RecordId::new(&mut RandomIds),
                Editing::Existing(id) => id,
            };
            let typed = draft.get_untracked();
            let measurement = match read_draft(&typed, clock::today(), true, id) {
                Ok(Some(measurement)) => measurement,
                Ok(None) => return,
                Err(problems) => {
                    let first = problems.first().map(|(field, _)| *field);
                    errors.set(
                        problems
                            .into_iter()
                            .map(|(field, problem)| (field, describe_problem(lang, problem)))
                            .collect(),
                    );
                    if let Some(field) = first {
                        focus_later(field_id(field_name(field)));
                    }
                    return;
                }
            };
            let (command, text) = match mode {
                Editing::New => {
                    let (name, unit, _) = recorded.get_untracked();
                    let value = value_with_unit(measurement.value, &unit);
                    let text = NoticeText::with(
                        Msg::MeasurementAdded,
                        &[("value", &value), ("name", &name)],
                    );
                    let command = Command::add((objective, kpi), measurement);
                    (command, text)
                }
                Editing::Existing(_) => {
                    let date = measurement.date.to_string();
                    let text = NoticeText::with(Msg::MeasurementUpdated, &[("date", &date)]);
                    let command = Command::edit((objective, kpi), measurement);
                    (command, text)
                }
            };
            match state.dispatch_with_notice(command, text) {
                Ok(_) => close(),
                Err(error) => {
                    let message = i18n::describe_command_error(lang, &error);
                    errors.set(vec![(DraftField::Value, message)]);
                    focus_later(field_id("value"));
                }
            }
        }
    };
    let remove = {
        let add_id = add_id.clone();
        move |measurement: RecordId, date: NaiveDate| {
            let text = NoticeText::with(Msg::MeasurementDeleted, &[("date", &date.to_string())]);
            let command = Command::remove::<Measurement>((objective, kpi), measurement);
            if state.dispatch_with_notice(command, text).is_ok() {
                if editing.get_untracked() == Some(Editing::Existing(measurement)) {
                    editing.set(None);
                }
                // The row is gone: focus goes to the button that stays.
                focus_later(add_id.clone());
            }
        }
    };
    let text_field = move |field: DraftField,
                           label: Msg,
                           kind: FieldKind,
                           get: fn(&MeasurementDraft) -> String,
                           set: fn(&mut MeasurementDraft, String)| {
        view! {
            <TextField
                id=field_id(field_name(field))
                label=t(label)
                value=Signal::derive(move || draft.with(get))
                on_change=move |text: String| {
                    draft.update(|d| set(d, text));
                    errors.update(|e| e.retain(|(f, _)| *f != field));
                    Ok(())
                }
                kind=kind
                error=error_of(errors, field)
                class=if field == DraftField::Note { "field--wide" } else { "" }
            />
        }
    };
    let form_title = move || match editing.get() {
        Some(Editing::Existing(id)) => {
            let date = recorded.with(|(_, _, list)| {
                list.iter()
                    .find(|m| m.id == id)
                    .map(|m| m.date.to_string())
                    .unwrap_or_default()
            });
            state.tf(Msg::MeasurementEditTitle, &[("date", &date)])
        }
        _ => state.tf(Msg::MeasurementAddTitle, &[("name", &name())]),
    };
    let rows = move || {
        let (_, unit, list) = recorded.get();
        list.into_iter()
            .map(|m| {
                let date = m.date;
                let id = m.id;
                let context = state.tf(Msg::MeasurementContext, &[("date", &date.to_string())]);
                let context_again = context.clone();
                let remove = remove.clone();
                let start = MeasurementDraft::of(&m);
                view! {
                    <tr>
                        <th scope="row">{date.to_string()}</th>
                        <td>{value_with_unit(m.value, &unit)}</td>
                        <td class="measurements__note">{m.note}</td>
                        <td>{m.recorded_by}</td>
                        <td class="measurements__actions">
                            <button
                                type="button"
                                class="button button--small"
                                on:click=move |_| open(Editing::Existing(id), start.clone())
                            >
                                {t(Msg::MeasurementEdit)}
                                <span class="visually-hidden">" " {context}</span>
                            </button>
                            " "
                            <button
                                type="button"
                                class="button button--small button--danger"
                                on:click=move |_| remove(id, date)
                            >
                                {t(Msg::MeasurementDelete)}
                                <span class="visually-hidden">" " {context_again}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let heading_id = format!("measurements-{kpi}-title");
    view! {
        <div class="measurements" data-testid="measurements">
            <KpiProgressLine objective=objective kpi=kpi/>
            <h3 class="measurements__title" id=heading_id.clone()>
                {t(Msg::MeasurementsTitle)}
                <span class="visually-hidden">" (" {name} ")"</span>
            </h3>
            <Show
                when=move || recorded.with(|(_, _, list)| !list.is_empty())
                fallback=|| view! { <p class="empty">{t(Msg::MeasurementsNone)}</p> }
            >
                <div class="table-wrap">
                    <table class="measurements__table">
                        <caption class="visually-hidden">
                            {move || state.tf(Msg::MeasurementsCaption, &[("name", &name())])}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::CheckInDate)}</th>
                                <th scope="col">{t(Msg::CheckInValue)}</th>
                                <th scope="col">{t(Msg::CheckInNote)}</th>
                                <th scope="col">{t(Msg::CheckInWho)}</th>
                                <th scope="col">{t(Msg::MeasurementColumnActions)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows.clone()}</tbody>
                    </table>
                </div>
            </Show>
            <Show
                when=move || editing.get().is_some()
                fallback={
                    let add_id = add_id.clone();
                    move || view! {
                        <button type="button" class="button button--small" id=add_id.clone() on:click=open_new>
                            {t(Msg::MeasurementAdd)}
                            <span class="visually-hidden">" (" {name} ")"</span>
                        </button>
                    }
                }
            >
                <form
                    class="measurement-form"
                    aria-labelledby=title_id.clone()
                    on:submit={
                        let save = save.clone();
                        move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            save();
                        }
                    }
                >
                    <h4 id=title_id.clone()>{form_title}</h4>
                    <div class="field-grid">
                        {text_field(DraftField::Value, Msg::CheckInValue, FieldKind::Decimal, |d| d.value.clone(), |d, v| d.value = v)}
                        {text_field(DraftField::Date, Msg::CheckInDate, FieldKind::Date, |d| d.date.clone(), |d, v| d.date = v)}
                        {text_field(DraftField::Note, Msg::CheckInNote, FieldKind::Line, |d| d.note.clone(), |d, v| d.note = v)}
                        <TextField
                            id=field_id("who")
                            label=t(Msg::CheckInWho)
                            value=Signal::derive(move || draft.with(|d| d.who.clone()))
                            on_change=move |text: String| {
                                draft.update(|d| d.who = text);
                                errors.update(|e| e.retain(|(f, _)| *f != DraftField::Who));
                                Ok(())
                            }
                            error=error_of(errors, DraftField::Who)
                            suggestions=who_suggestions
                        />
                    </div>
                    <div class="button-row">
                        <button type="submit" class="button button--primary">{t(Msg::MeasurementSave)}</button>
                        <button type="button" class="button" on:click={
                            let close = close.clone();
                            move |_| close()
                        }>
                            {t(Msg::Cancel)}
                        </button>
                    </div>
                </form>
            </Show>
        </div>
    }
}

/// The part of a field's element id that names the field.
pub fn field_name(field: DraftField) -> &'static str {
    match field {
        DraftField::Value => "value",
        DraftField::Date => "date",
        DraftField::Note => "note",
        DraftField::Who => "who",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn id() -> RecordId {
        RecordId::new(&mut SequentialIds::default())
    }

    fn draft(value: &str, date: &str, note: &str) -> MeasurementDraft {
        MeasurementDraft {
            value: value.into(),
            date: date.into(),
            note: note.into(),
            who: " Lee ".into(),
        }
    }

    #[test]
    fn a_typed_measurement_is_read_and_trimmed() {
        let read = read_draft(
            &draft("１５.5", "2026-11-20", " slow week "),
            today(),
            true,
            id(),
        );
        let measurement = read.ok().flatten();
        assert_eq!(measurement.as_ref().map(|m| m.value), Some(15.5));
        assert_eq!(
            measurement
                .as_ref()
                .map(|m| (m.note.as_str(), m.recorded_by.as_str())),
            Some(("slow week", "Lee"))
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let problems = read_draft(&draft("fast", "2026-11-31", ""), today(), true, id());
        assert_eq!(
            problems,
            Err(vec![
                (DraftField::Value, DraftProblem::NotANumber),
                (DraftField::Date, DraftProblem::NotADate),
            ])
        );
        let problems = read_draft(&draft("", "", ""), today(), true, id());
        assert_eq!(
            problems,
            Err(vec![
                (DraftField::Value, DraftProblem::ValueRequired),
                (DraftField::Date, DraftProblem::DateNeeded),
            ])
        );
        let tomorrow = read_draft(&draft("1", "2026-11-25", ""), today(), true, id());
        assert_eq!(
            tomorrow,
            Err(vec![(DraftField::Date, DraftProblem::DateInFuture)])
        );
        let mut long = draft("1", "2026-11-24", "");
        long.who = "x".repeat(MAX_SHORT_TEXT + 1);
        assert_eq!(
            read_draft(&long, today(), true, id()),
            Err(vec![(
                DraftField::Who,
                DraftProblem::TooLong {
                    max: MAX_SHORT_TEXT
                }
            )])
        );
    }

    #[test]
    fn an_optional_empty_value_is_skipped_unless_a_note_was_written() {
        assert_eq!(
            read_draft(&draft("", "2026-11-24", ""), today(), false, id()),
            Ok(None)
        );
        assert_eq!(
            read_draft(&draft(" ", "2026-11-24", "why?"), today(), false, id()),
            Err(vec![(DraftField::Value, DraftProblem::NoteWithoutValue)])
        );
    }

    #[test]
    fn every_problem_reads_in_both_languages() {
        let problems = [
            DraftProblem::ValueRequired,
            DraftProblem::NothingEntered,
            DraftProblem::NotANumber,
            DraftProblem::DateNeeded,
            DraftProblem::NotADate,
            DraftProblem::DateInFuture,
            DraftProblem::NoteWithoutValue,
            DraftProblem::TooLong { max: 300 },
        ];
        for &lang in Lang::ALL {
            for problem in problems {
                assert!(!describe_problem(lang, problem).is_empty());
            }
        }
        assert!(describe_problem(Lang::En, DraftProblem::TooLong { max: 300 }).contains("300"));
    }
}
