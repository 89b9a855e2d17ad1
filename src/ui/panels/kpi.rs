//! One KPI of an objective, editable in place on the objective's page: its name, unit,
//! direction, baseline, target (a range's two ends; a boundary for higher- or lower-is-better;
//! nothing but the date for a milestone), target date, frequency, source, method and weight,
//! with its trend chart first and its measurements (the latest first, the rest behind "Show all").

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::{Boundary, Command, Direction, Frequency, Kpi, KpiId, ObjectiveId};
use crate::i18n::{boundary_label, direction_label, frequency_label, Msg};
use crate::ui::components::format::{number_text, parse_date, parse_number, ParseProblem};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{enum_choices, parse_choice, t};
use crate::ui::components::widgets::{FieldKind, SelectField, TextField};
use leptos::prelude::*;

/// Turns a refused number or date into the message shown next to the field.
fn parse_message(state: AppState, problem: ParseProblem) -> String {
    let msg = match problem {
        ParseProblem::NotANumber => Msg::ErrNotANumber,
        ParseProblem::NotADate => Msg::ErrNotADate,
    };
    msg.text(state.lang.get_untracked()).to_string()
}

#[component]
pub fn KpiEditor(objective: ObjectiveId, kpi: KpiId) -> impl IntoView {
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
    // A milestone is achieved or not: it has no unit, baseline or target value.
    let is_milestone = move || direction.get() == Direction::Milestone;
    // Only a higher- or lower-is-better target has a boundary to include or exclude.
    let has_boundary = move || {
        matches!(
            direction.get(),
            Direction::HigherIsBetter | Direction::LowerIsBetter
        )
    };
    let boundary_choices = enum_choices(&Boundary::ALL, boundary_label);
    // One line that reads the KPI's definition: unit, baseline → target by date, frequency
    // and data source; what is not set says so.
    let reading = move || {
        let Some(k) = current() else {
            return String::new();
        };
        let not_set = state.t(Msg::NotSet).to_string();
        let or_not_set = |text: String| {
            if text.is_empty() {
                not_set.clone()
            } else {
                text
            }
        };
        let date = or_not_set(k.target_date.map(|d| d.to_string()).unwrap_or_default());
        let mut parts = Vec::new();
        if k.direction == Direction::Milestone {
            parts.push(state.tf(Msg::ObjpageKpiMilestoneGoal, &[("date", &date)]));
        } else {
            if !k.unit.is_empty() {
                parts.push(state.tf(Msg::ObjpageKpiUnit, &[("unit", &k.unit)]));
            }
            let target = match k.direction {
                Direction::Range => format!(
                    "{}–{}",
                    or_not_set(number_text(k.target)),
                    or_not_set(number_text(k.target_upper))
                ),
                _ => or_not_set(number_text(k.target)),
            };
            let baseline = or_not_set(number_text(k.baseline));
            parts.push(state.tf(
                Msg::ObjpageKpiGoal,
                &[
                    ("baseline", &baseline),
                    ("target", &target),
                    ("date", &date),
                ],
            ));
        }
        let frequency = k
            .frequency
            .map(|f| state.t(frequency_label(f)).to_string())
            .unwrap_or_else(|| not_set.clone());
        parts.push(state.tf(Msg::ObjpageKpiFrequency, &[("frequency", &frequency)]));
        parts.push(state.tf(
            Msg::ObjpageKpiSource,
            &[("source", &or_not_set(k.data_source.clone()))],
        ));
        parts.join(" · ")
    };
    view! {
        <fieldset class="kpi" data-testid="kpi">
            <legend>{move || legend()}</legend>
            // The trend first: it is what people come to see; the fields that define the KPI follow.
            <crate::ui::panels::chart::KpiTrend objective=objective kpi=kpi/>
            <p class="kpi__reading" data-testid="kpi-reading">{move || reading()}</p>
            // The fields that define the KPI, its measurements (the chart above shows them) and
            // removing it are folded: reading the page needs only the chart and the line above. `browser::focus_element` opens the fold for a link or a search landing here.
            <details class="fold" data-testid="kpi-fold">
            <summary class="fold__summary">
                {t(Msg::ObjpageEditKpi)}
                <span class="visually-hidden">{move || format!(" {}", legend())}</span>
            </summary>
            <div class="field-grid">
                <TextField id=format!("kpi-{kpi}-name") label=t(Msg::KpiName) value=read(|k| k.name.clone()) on_change=text_edit(|k, v| k.name = v) required=true class="field--wide"/>
                <Shown when=move || !is_milestone()>
                    <TextField label=t(Msg::KpiUnit) value=read(|k| k.unit.clone()) on_change=text_edit(|k, v| k.unit = v) class="field--narrow"/>
                </Shown>
                <SelectField
                    label=t(Msg::KpiDirection)
                    choices=direction_choices
                    selected=Signal::derive(move || format!("{:?}", direction.get()))
                    on_change=move |value: String| {
                        let Some(new) = parse_choice(&Direction::ALL, &value) else { return Ok(()) };
                        change(Box::new(move |k| k.direction = new))
                    }
                />
                <Shown when=move || !is_milestone()>
                    <TextField label=t(Msg::KpiBaseline) value=read(|k| number_text(k.baseline)) on_change=number_edit(|k, v| k.baseline = v) kind=FieldKind::Decimal class="field--narrow"/>
                    <TextField
                        label=Signal::derive(move || state.t(if is_range() { Msg::KpiTargetLow } else { Msg::KpiTarget }).to_string())
                        value=read(|k| number_text(k.target))
                        on_change=number_edit(|k, v| k.target = v)
                        kind=FieldKind::Decimal
                        class="field--narrow"
                    />
                </Shown>
                <Shown when=has_boundary>
                    <SelectField
                        label=t(Msg::KpiBoundary)
                        choices=boundary_choices.clone()
                        selected=Signal::derive(move || format!("{:?}", current().map(|k| k.boundary).unwrap_or_default()))
                        on_change=move |value: String| {
                            let Some(new) = parse_choice(&Boundary::ALL, &value) else { return Ok(()) };
                            change(Box::new(move |k| k.boundary = new))
                        }
                    />
                </Shown>
                <Shown when=is_range>
                    <TextField label=t(Msg::KpiTargetHigh) value=read(|k| number_text(k.target_upper)) on_change=number_edit(|k, v| k.target_upper = v) kind=FieldKind::Decimal class="field--narrow"/>
                </Shown>
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
            <Shown when=is_milestone>
                <p class="field__help" data-testid="milestone-help">{t(Msg::KpiMilestoneHelp)}</p>
            </Shown>
            <div class="field-grid">
                <TextField label=t(Msg::KpiSource) value=read(|k| k.data_source.clone()) on_change=text_edit(|k, v| k.data_source = v) class="field--wide"/>
                <TextField label=t(Msg::KpiMethod) value=read(|k| k.method.clone()) on_change=text_edit(|k, v| k.method = v) class="field--wide"/>
                <TextField label=t(Msg::KpiWeight) help=t(Msg::KpiWeightHelp) value=read(|k| number_text(k.weight)) on_change=number_edit(|k, v| k.weight = v) kind=FieldKind::Decimal class="field--narrow"/>
            </div>
            <crate::ui::panels::measurements::KpiMeasurements objective=objective kpi=kpi/>
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
            </details>
        </fieldset>
    }
}
