//! The check-in for an objective (`#/objectives/<id>/check-in`): one row per KPI with its
//! target and latest value, and a value, date, note and who for each; saving records every
//! value entered as one undoable change. Refusals stand next to their fields and focus moves
//! to the first.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::progress::last_recorded_by;
use crate::domain::{Command, IdSource, KpiId, ObjectiveId, RandomIds, RecordId};
use crate::i18n::{self, Msg};
use crate::ui::components::form::{FormErrors, FormField, FormSummary, Problem, Refusal};
use crate::ui::components::format::kpi_target;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::{t, FieldKind, TextField};
use crate::ui::panels::measurements::{
    read_draft, recorders, MeasurementDraft, DATE, NOTE, VALUE, WHO,
};
use crate::ui::panels::progress::value_with_unit;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A refusal in the check-in: the row (KPI) and field it belongs to.
pub type RowProblem = (usize, FormField, Problem);

/// Reads every row and builds the one command that records them: a batch of the values
/// entered, with how many there are. Rows without a value are skipped; nothing entered at
/// all, or any problem in any row, refuses the whole check-in.
pub fn check_in_command(
    objective: ObjectiveId,
    rows: &[(KpiId, MeasurementDraft)],
    today: NaiveDate,
    ids: &mut dyn IdSource,
) -> Result<(Command, usize), Vec<RowProblem>> {
    let mut commands = Vec::new();
    let mut problems = Vec::new();
    for (row, (kpi, draft)) in rows.iter().enumerate() {
        match read_draft(draft, today, false, RecordId::new(ids)) {
            Ok(Some(measurement)) => commands.push(Command::add((objective, *kpi), measurement)),
            Ok(None) => {}
            Err(found) => problems.extend(
                found
                    .into_iter()
                    .map(|(field, problem)| (row, field, problem)),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if commands.is_empty() {
        return Err(vec![(0, VALUE, Problem::Says(Msg::ErrValueNeeded))]);
    }
    let count = commands.len();
    Ok((Command::Batch(commands), count))
}

/// The element id of a row's field.
fn row_field_id(row: usize, field: FormField) -> String {
    format!("check-in-{row}-{}", field.id)
}

#[component]
pub fn CheckInPage(id: ObjectiveId) -> impl IntoView {
    view! {
        <crate::ui::panels::with_objective::WithObjective id=id>
            <CheckInForm id=id/>
        </crate::ui::panels::with_objective::WithObjective>
    }
}

/// What a row shows about its KPI.
#[derive(Clone, Debug, PartialEq)]
struct KpiInfo {
    id: KpiId,
    name: String,
    unit: String,
    target: String,
    latest: Option<(String, NaiveDate)>,
    /// Achieved or not: recorded as 1 or 0.
    milestone: bool,
}

#[component]
fn CheckInForm(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let heading = Signal::derive(move || {
        state
            .with_objective(id, |o| {
                state.tf(
                    Msg::CheckInHeading,
                    &[("code", &o.code), ("title", &o.title)],
                )
            })
            .unwrap_or_default()
    });
    // The rows are the KPIs as they were when the page opened: typing never reorders them.
    let kpis: Vec<KpiInfo> = state
        .with_objective(id, |o| {
            o.kpis
                .iter()
                .map(|k| KpiInfo {
                    id: k.id,
                    name: k.name.clone(),
                    unit: k.unit.clone(),
                    target: kpi_target(k),
                    milestone: k.direction == crate::domain::Direction::Milestone,
                    latest: k
                        .latest_measurement()
                        .map(|m| (value_with_unit(m.value, &k.unit), m.date)),
                })
                .collect()
        })
        .unwrap_or_default();
    let today = clock::today();
    let who = state
        .workspace
        .with_untracked(|w| last_recorded_by(w).unwrap_or_default().to_string());
    let drafts = RwSignal::new(vec![MeasurementDraft::new(today, &who); kpis.len()]);
    let errors = FormErrors::default();
    let who_suggestions = Signal::derive(move || state.workspace.with(recorders));
    let kpi_ids: Vec<KpiId> = kpis.iter().map(|k| k.id).collect();
    let names: Vec<String> = kpis.iter().map(|k| k.name.clone()).collect();
    // "Value (MTTR)": the field and its KPI, for the summary.
    let refusal = move |lang, row: usize, field: FormField, message: String| {
        let name = names.get(row).cloned().unwrap_or_default();
        let label = format!("{} ({name})", field.label.text(lang));
        Refusal::new(row_field_id(row, field), label, message)
    };

    let save = move || {
        let lang = state.lang.get_untracked();
        let rows: Vec<(KpiId, MeasurementDraft)> = kpi_ids
            .iter()
            .copied()
            .zip(drafts.get_untracked())
            .collect();
        match check_in_command(id, &rows, clock::today(), &mut RandomIds) {
            Ok((command, count)) => {
                let code = state
                    .with_objective(id, |o| o.code.clone())
                    .unwrap_or_default();
                let text = NoticeText::counted(Msg::CheckInSaved, count, &[("code", &code)]);
                match state.dispatch_with_notice(command, text) {
                    Ok(_) => state.navigate(Route::Objective(id)),
                    Err(error) => {
                        let message = i18n::describe_command_error(lang, &error);
                        errors.show(vec![refusal(lang, 0, VALUE, message)]);
                    }
                }
            }
            Err(problems) => errors.show(
                problems
                    .into_iter()
                    .map(|(row, field, problem)| refusal(lang, row, field, problem.text(lang)))
                    .collect(),
            ),
        }
    };
    let field = move |row: usize,
                      field: FormField,
                      label: String,
                      context: String,
                      kind: FieldKind,
                      get: fn(&MeasurementDraft) -> String,
                      set: fn(&mut MeasurementDraft, String)| {
        let value =
            Signal::derive(move || drafts.with(|d| d.get(row).map(get).unwrap_or_default()));
        let class = if field == NOTE { "field--wide" } else { "" };
        let id = row_field_id(row, field);
        let error = errors.at(id.clone());
        view! {
            <TextField
                id=id.clone()
                label=label
                context=context
                value=value
                on_change=move |text: String| {
                    drafts.update(|d| {
                        if let Some(draft) = d.get_mut(row) {
                            set(draft, text);
                        }
                    });
                    errors.clear(&id);
                    Ok(())
                }
                kind=kind
                error=error
                class=class
            />
        }
    };
    let rows = kpis
        .into_iter()
        .enumerate()
        .map(|(row, kpi)| {
            let target = if kpi.target.is_empty() {
                state.t(Msg::CheckInNoTarget).to_string()
            } else {
                state.tf(Msg::CheckInTarget, &[("target", &kpi.target)])
            };
            let latest = match &kpi.latest {
                Some((value, date)) => state.tf(
                    Msg::CheckInLatest,
                    &[("value", value), ("date", &date.to_string())],
                ),
                None => state.t(Msg::CheckInNotMeasured).to_string(),
            };
            let value_label = if kpi.milestone {
                state.t(Msg::CheckInValueMilestone).to_string()
            } else if kpi.unit.trim().is_empty() {
                state.t(Msg::CheckInValue).to_string()
            } else {
                state.tf(Msg::CheckInValueUnit, &[("unit", kpi.unit.trim())])
            };
            let name = kpi.name.clone();
            let help_id = format!("check-in-{row}-about");
            let described_by = help_id.clone();
            view! {
                <fieldset class="check-in__kpi" data-testid="check-in-row" aria-describedby=described_by>
                    <legend>{kpi.name}</legend>
                    <p class="field__help" id=help_id>{target} " · " {latest}</p>
                    <div class="field-grid">
                        {field(row, VALUE, value_label, name.clone(), FieldKind::Decimal, |d| d.value.clone(), |d, v| d.value = v)}
                        {field(row, DATE, state.t(Msg::CheckInDate).to_string(), name.clone(), FieldKind::Date, |d| d.date.clone(), |d, v| d.date = v)}
                        {field(row, NOTE, state.t(Msg::CheckInNote).to_string(), name.clone(), FieldKind::Line, |d| d.note.clone(), |d, v| d.note = v)}
                        <TextField
                            id=row_field_id(row, WHO)
                            label=t(Msg::CheckInWho)
                            context=name.clone()
                            value=Signal::derive(move || drafts.with(|d| d.get(row).map(|d| d.who.clone()).unwrap_or_default()))
                            on_change=move |text: String| {
                                drafts.update(|d| {
                                    if let Some(draft) = d.get_mut(row) {
                                        draft.who = text;
                                    }
                                });
                                errors.clear(&row_field_id(row, WHO));
                                Ok(())
                            }
                            error=errors.at(row_field_id(row, WHO))
                            suggestions=who_suggestions
                        />
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    let has_rows = !drafts.with_untracked(Vec::is_empty);
    view! {
        <PageTitle text=heading/>
        <p>
            <a href=Route::Objective(id).href()>{t(Msg::BackToObjective)}</a>
        </p>
        {if has_rows {
            view! {
                <p>{t(Msg::CheckInIntro)}</p>
                <FormSummary errors=errors/>
                <form
                    class="check-in"
                    aria-labelledby=crate::ui::components::page::PAGE_TITLE_ID
                    on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        save();
                    }
                >
                    {rows}
                    <div class="button-row">
                        <button type="submit" class="button button--primary">{t(Msg::CheckInSave)}</button>
                        <a class="button" href=Route::Objective(id).href()>{t(Msg::Cancel)}</a>
                    </div>
                </form>
            }
            .into_any()
        } else {
            view! { <p class="warning">{t(Msg::CheckInNoKpis)}</p> }.into_any()
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{Change, RecordChange, RecordOp};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn rows(values: &[(&str, &str)]) -> (ObjectiveId, Vec<(KpiId, MeasurementDraft)>) {
        let mut ids = SequentialIds::default();
        let objective = ObjectiveId::new(&mut ids);
        let rows = values
            .iter()
            .map(|(value, note)| {
                let mut draft = MeasurementDraft::new(today(), "Lee");
                draft.value = value.to_string();
                draft.note = note.to_string();
                (KpiId::new(&mut ids), draft)
            })
            .collect();
        (objective, rows)
    }

    #[test]
    fn the_values_entered_become_one_batch_and_empty_rows_are_skipped() {
        let (objective, rows) = rows(&[("12", ""), ("", ""), ("97.5", "after the fix")]);
        let result = check_in_command(
            objective,
            &rows,
            today(),
            &mut SequentialIds::starting_at(50),
        );
        let Ok((Command::Batch(commands), count)) = result else {
            panic!("expected a batch, got {result:?}");
        };
        assert_eq!(count, 2);
        let recorded: Vec<(KpiId, f64)> = commands
            .iter()
            .filter_map(|c| match c {
                Command::Record(RecordChange::Measurement(Change {
                    at: (_, kpi),
                    op: RecordOp::Add(measurement),
                })) => Some((*kpi, measurement.value)),
                _ => None,
            })
            .collect();
        assert_eq!(recorded, vec![(rows[0].0, 12.0), (rows[2].0, 97.5)]);
    }

    #[test]
    fn nothing_entered_or_any_problem_refuses_the_whole_check_in() {
        let (objective, empty) = rows(&[("", ""), ("", "")]);
        assert_eq!(
            check_in_command(objective, &empty, today(), &mut SequentialIds::default())
                .map(|(_, n)| n),
            Err(vec![(0, VALUE, Problem::Says(Msg::ErrValueNeeded))])
        );
        let (objective, mut mixed) = rows(&[("12", ""), ("twelve", ""), ("", "a note")]);
        mixed[0].1.date = "2030-01-01".into();
        assert_eq!(
            check_in_command(objective, &mixed, today(), &mut SequentialIds::default())
                .map(|(_, n)| n),
            Err(vec![
                (0, DATE, Problem::Says(Msg::ErrDateInFuture)),
                (1, VALUE, Problem::Says(Msg::ErrNotANumber)),
                (2, VALUE, Problem::Says(Msg::ErrNoteWithoutValue)),
            ])
        );
    }

    #[test]
    fn the_saved_notice_counts_measurements_in_the_plural_form_of_the_language() {
        use crate::i18n::Lang;
        let saved = |n| NoticeText::counted(Msg::CheckInSaved, n, &[("code", "O1")]);
        assert_eq!(
            saved(1).render(Lang::En),
            "Check-in saved for O1: 1 measurement."
        );
        assert_eq!(
            saved(2).render(Lang::En),
            "Check-in saved for O1: 2 measurements."
        );
        assert_eq!(
            saved(1).render(Lang::ZhHans),
            "已保存 O1 的测量值登记：1 个测量值。"
        );
    }
}
