//! KPI measurements on an objective's detail view: each KPI's progress line, its recorded
//! measurements (date, value, note, who) and adding, editing or deleting one (each undoable);
//! and reading typed measurements, shared with the check-in page.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState};
use crate::domain::progress::last_recorded_by;
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{Command, KpiId, Measurement, ObjectiveId, RandomIds, RecordId, Workspace};
use crate::i18n::{self, Msg};
use crate::ui::components::form::{
    date_until, focus_after_paint, needed, trimmed_within, FormErrors, FormField, FormSummary,
    Problem, Problems, Refusal,
};
use crate::ui::components::format::{number, parse_number};
use crate::ui::components::show_all::{latest, ShowAllToggle};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldKind, TextField};
use crate::ui::panels::progress::{value_with_unit, KpiProgressLine};
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

/// The fields of a measurement; their ids name the field within a form's element ids.
pub const VALUE: FormField = FormField::new("value", Msg::CheckInValue);
pub const DATE: FormField = FormField::new("date", Msg::CheckInDate);
pub const NOTE: FormField = FormField::new("note", Msg::CheckInNote);
pub const WHO: FormField = FormField::new("who", Msg::CheckInWho);

/// Reads a draft into a measurement with `id`. An empty value is `Ok(None)` ("not measured
/// this time") when `required` is false and no note was written; otherwise every problem is
/// reported with its field, in the form's order.
pub fn read_draft(
    draft: &MeasurementDraft,
    today: NaiveDate,
    required: bool,
    id: RecordId,
) -> Result<Option<Measurement>, Vec<(FormField, Problem)>> {
    let value = match parse_number(&draft.value) {
        Ok(Some(value)) => Ok(value),
        Ok(None) if required => Err(Problem::Says(Msg::ErrValueRequired)),
        Ok(None) if !draft.note.trim().is_empty() => Err(Problem::Says(Msg::ErrNoteWithoutValue)),
        Ok(None) => return Ok(None),
        Err(problem) => Err(problem.into()),
    };
    let mut found = Problems::default();
    let value = found.check(VALUE, value);
    let date = found.check(
        DATE,
        date_until(&draft.date, today, Msg::ErrDateInFuture)
            .and_then(|date| needed(date, Msg::ErrDateNeeded)),
    );
    let note = found.check(NOTE, trimmed_within(&draft.note, MAX_LONG_TEXT));
    let who = found.check(WHO, trimmed_within(&draft.who, MAX_SHORT_TEXT));
    let read = value.zip(date).zip(note.zip(who));
    found.finish(read.map(|((value, date), (note, recorded_by))| {
        Some(Measurement {
            id,
            date,
            value,
            note,
            recorded_by,
        })
    }))
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
    crate::domain::sorting::sort(&mut names);
    names.dedup();
    names
}

/// What the form is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    New,
    Existing(RecordId),
}

/// One KPI's progress, its measurements, newest first (the latest few until "Show all"), and
/// the form to add or edit one.
#[component]
pub fn KpiMeasurements(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
    let state = AppState::expect();
    let recorded = Memo::new(move |_| {
        state
            .with_objective(objective, |o| {
                o.kpis.iter().find(|k| k.id == kpi).map(|k| {
                    let mut list: Vec<(usize, Measurement)> =
                        k.measurements.iter().cloned().enumerate().collect();
                    crate::domain::sorting::sort_by(&mut list, |(a, x), (b, y)| {
                        y.date.cmp(&x.date).then(b.cmp(a))
                    });
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
    let errors = FormErrors::default();
    let prefix = format!("measurement-{kpi}-");
    let field_id = move |field: &str| format!("measurement-{kpi}-{field}");
    let add_id = format!("measurement-{kpi}-add");
    let title_id = format!("measurement-{kpi}-form-title");
    let who_suggestions = Signal::derive(move || state.workspace.with(recorders));

    let open = move |mode: Editing, start: MeasurementDraft| {
        draft.set(start);
        errors.show(Vec::new());
        editing.set(Some(mode));
        focus_after_paint(field_id(VALUE.id));
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
            errors.show(Vec::new());
            focus_after_paint(add_id.clone());
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
                Err(problems) => return errors.show_problems_at(&prefix, problems),
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
                    let label = VALUE.label.text(lang);
                    errors.show(vec![Refusal::new(field_id(VALUE.id), label, message)]);
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
                focus_after_paint(add_id.clone());
            }
        }
    };
    let text_field = move |field: FormField,
                           kind: FieldKind,
                           get: fn(&MeasurementDraft) -> String,
                           set: fn(&mut MeasurementDraft, String)| {
        let id = field_id(field.id);
        let error = errors.at(id.clone());
        view! {
            <TextField
                id=id.clone()
                label=t(field.label)
                value=Signal::derive(move || draft.with(get))
                on_change=move |text: String| {
                    draft.update(|d| set(d, text));
                    errors.clear(&id);
                    Ok(())
                }
                kind=kind
                error=error
                class=if field == NOTE { "field--wide" } else { "" }
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
    let show_all = RwSignal::new(false);
    let total = Signal::derive(move || recorded.with(|(_, _, list)| list.len()));
    let rows = move || {
        let (_, unit, list) = recorded.get();
        latest(list, show_all.get())
            .into_iter()
            .map(|m| {
                let date = m.date;
                let id = m.id;
                let context = state.tf(Msg::MeasurementContext, &[("date", &date.to_string())]);
                let context_again = context.clone();
                let remove = remove.clone();
                let start = MeasurementDraft::of(&m);
                view! {
                    <tr>
                        <th scope="row" class="date-text">{date.to_string()}</th>
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
                <span class="visually-hidden">" (" {move || name()} ")"</span>
            </h3>
            <Shown
                when=move || recorded.with(|(_, _, list)| !list.is_empty())
                fallback=|| view! { <p class="empty">{t(Msg::MeasurementsNone)}</p> }
            >
                // Focusable, so the keyboard can scroll it where it is wider than the screen.
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby=format!("measurements-{kpi}-caption")>
                    <table class="measurements__table" id=format!("measurements-{kpi}-table")>
                        <caption class="visually-hidden" id=format!("measurements-{kpi}-caption")>
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
                <ShowAllToggle total=total all=show_all controls=format!("measurements-{kpi}-table")/>
            </Shown>
            <Shown
                when=move || editing.get().is_some()
                fallback={
                    let add_id = add_id.clone();
                    move || view! {
                        <button type="button" class="button button--small" id=add_id.clone() on:click=open_new>
                            {t(Msg::MeasurementAdd)}
                            <span class="visually-hidden">" (" {move || name()} ")"</span>
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
                    <h4 id=title_id.clone()>{move || form_title()}</h4>
                    <FormSummary errors=errors/>
                    <div class="field-grid">
                        {text_field(VALUE, FieldKind::Decimal, |d| d.value.clone(), |d, v| d.value = v)}
                        {text_field(DATE, FieldKind::Date, |d| d.date.clone(), |d, v| d.date = v)}
                        {text_field(NOTE, FieldKind::Line, |d| d.note.clone(), |d, v| d.note = v)}
                        <TextField
                            id=field_id(WHO.id)
                            label=t(WHO.label)
                            value=Signal::derive(move || draft.with(|d| d.who.clone()))
                            on_change=move |text: String| {
                                draft.update(|d| d.who = text);
                                errors.clear(&field_id(WHO.id));
                                Ok(())
                            }
                            error=errors.at(field_id(WHO.id))
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
            </Shown>
        </div>
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
                (VALUE, Problem::Says(Msg::ErrNotANumber)),
                (DATE, Problem::Says(Msg::ErrNotADate)),
            ])
        );
        let problems = read_draft(&draft("", "", ""), today(), true, id());
        assert_eq!(
            problems,
            Err(vec![
                (VALUE, Problem::Says(Msg::ErrValueRequired)),
                (DATE, Problem::Says(Msg::ErrDateNeeded)),
            ])
        );
        let tomorrow = read_draft(&draft("1", "2026-11-25", ""), today(), true, id());
        assert_eq!(
            tomorrow,
            Err(vec![(DATE, Problem::Says(Msg::ErrDateInFuture))])
        );
        let mut long = draft("1", "2026-11-24", "");
        long.who = "x".repeat(MAX_SHORT_TEXT + 1);
        assert_eq!(
            read_draft(&long, today(), true, id()),
            Err(vec![(WHO, Problem::TooLong(MAX_SHORT_TEXT))])
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
            Err(vec![(VALUE, Problem::Says(Msg::ErrNoteWithoutValue))])
        );
    }
}
