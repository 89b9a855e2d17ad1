//! Step 3 of the 6.2.1 wizard, b): title, description and KPIs, with hints about vague
//! wording and each KPI read back as a sentence. A milestone asks for its date only; a higher-
//! or lower-is-better target says whether its value counts.

use super::fields::frequency_field;
use crate::domain::wizard::{EstablishDraft, Field};
use crate::domain::wording::{wording_hints, WordingHint};
use crate::domain::{Boundary, Direction, Kpi, KpiId, RandomIds};
use crate::i18n::guide::hint_text;
use crate::i18n::{boundary_label, direction_label, kpi_sentence, Msg};
use crate::ui::components::form::{focus_after_paint, ParsedField};
use crate::ui::components::format::{number, number_text, parse_date, parse_number, ParseProblem};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{
    enum_choices, parse_choice, FieldKind, Icon, IconKind, SelectField, TextField,
};
use crate::ui::wizard::ctx::StepCtx;
use crate::ui::wizard::parts::field_dom_id;
use leptos::prelude::*;

type Ctx = StepCtx<EstablishDraft>;

const ADD_KPI_ID: &str = "wizard-add-kpi";

pub fn measurable_step(ctx: Ctx) -> impl IntoView {
    let hints = Memo::new(move |_| {
        ctx.read(|d| wording_hints(&d.objective))
            .unwrap_or_default()
    });
    let kpis = move || {
        ctx.read(|d| {
            d.objective
                .kpis
                .iter()
                .enumerate()
                .map(|(i, k)| (i, k.id))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let mut index = 0;
        ctx.edit(|d| {
            d.objective
                .kpis
                .push(Kpi::named(KpiId::new(&mut RandomIds), ""));
            index = d.objective.kpis.len() - 1;
        });
        focus_after_paint(field_dom_id(Field::KpiName(index)));
    };
    view! {
        <TextField
            id=field_dom_id(Field::Title)
            label=ctx.t(Msg::FieldTitle)
            value=ctx.text(|d| d.objective.title.clone())
            on_change=ctx.on_text(|d, text| d.objective.title = text)
            error=ctx.error(Field::Title)
            required=true
        />
        <TextField
            id="wizard-description"
            label=ctx.t(Msg::FieldDescription)
            value=ctx.text(|d| d.objective.description.clone())
            on_change=ctx.on_text(|d, text| d.objective.description = text)
            kind=FieldKind::Multiline
        />
        <div class="hints" aria-live="polite" data-testid="hints">
            <Shown when=move || !hints.with(Vec::is_empty)>
                <div class="hints__box">
                <h3 class="hints__title">
                    <Icon kind=IconKind::Info/>
                    " "
                    {ctx.t(Msg::HintsLabel)}
                </h3>
                <ul>
                    {move || {
                        hints
                            .get()
                            .into_iter()
                            .map(|hint: WordingHint| view! { <li>{ctx.t(hint_text(hint))}</li> })
                            .collect_view()
                    }}
                </ul>
                </div>
            </Shown>
        </div>
        <h3>{ctx.t(Msg::SectionKpis)}</h3>
        <Shown when=move || kpis().is_empty()>
            <p class="warning">
                <Icon kind=IconKind::Warning/>
                " "
                {ctx.t(Msg::NoKpis)}
            </p>
        </Shown>
        <For each=kpis key=|row| *row let:row>
            {kpi_editor(ctx, row.0, row.1)}
        </For>
        <button type="button" id=ADD_KPI_ID class="button" on:click=add>
            {ctx.t(Msg::AddKpi)}
        </button>
    }
}

/// One KPI of the draft: its fields, the KPI read back as a sentence, and Remove.
fn kpi_editor(ctx: Ctx, index: usize, id: KpiId) -> impl IntoView {
    let find = move |d: &EstablishDraft| d.objective.kpis.iter().find(|k| k.id == id).cloned();
    let current = move || ctx.read(find).flatten();
    let text = move |get: fn(&Kpi) -> String| {
        ctx.text(move |d| find(d).map(|k| get(&k)).unwrap_or_default())
    };
    let change = move |modify: Box<dyn FnOnce(&mut Kpi)>| {
        ctx.edit(|d| {
            if let Some(kpi) = d.objective.kpis.iter_mut().find(|k| k.id == id) {
                modify(kpi);
            }
        });
    };
    let on_text = move |set: fn(&mut Kpi, String)| {
        Callback::new(move |value: String| {
            change(Box::new(move |k| set(k, value)));
            Ok(())
        })
    };
    let on_number = move |set: fn(&mut Kpi, Option<f64>)| {
        Callback::new(move |value: String| -> Result<(), ParseProblem> {
            let parsed = parse_number(&value)?;
            change(Box::new(move |k| set(k, parsed)));
            Ok(())
        })
    };
    let direction = Signal::derive(move || current().map(|k| k.direction).unwrap_or_default());
    let is_range = move || direction.get() == Direction::Range;
    let is_milestone = move || direction.get() == Direction::Milestone;
    let has_boundary = move || {
        matches!(
            direction.get(),
            Direction::HigherIsBetter | Direction::LowerIsBetter
        )
    };
    let boundary =
        Signal::derive(move || format!("{:?}", current().map(|k| k.boundary).unwrap_or_default()));
    let legend = move || {
        let number = (index + 1).to_string();
        let name = current()
            .map(|k| k.name.trim().to_string())
            .unwrap_or_default();
        if name.is_empty() {
            ctx.state.tf(Msg::KpiNumber, &[("number", &number)])
        } else {
            ctx.state.tf(
                Msg::EstablishKpiLegend,
                &[("number", &number), ("name", &name)],
            )
        }
    };
    let sentence = move || current().and_then(|k| kpi_sentence(ctx.lang, &k, number));
    let remove = move |_| {
        ctx.edit(|d| d.objective.kpis.retain(|k| k.id != id));
        focus_after_paint(ADD_KPI_ID);
    };
    let prefix = format!("wizard-kpi-{index}");
    let high_id = format!("{prefix}-high");
    let unit_id = format!("{prefix}-unit");
    let baseline_id = format!("{prefix}-baseline");
    let boundary_id = format!("{prefix}-boundary");
    let unparsed = ctx.unparsed;
    view! {
        <fieldset class="kpi" data-testid="kpi">
            <legend>{move || legend()}</legend>
            <div class="field-grid">
                <TextField
                    id=field_dom_id(Field::KpiName(index))
                    label=ctx.t(Msg::KpiName)
                    value=text(|k| k.name.clone())
                    on_change=on_text(|k, v| k.name = v)
                    error=ctx.error(Field::KpiName(index))
                    required=true
                    class="field--wide"
                />
                <Shown when=move || !is_milestone()>
                    <TextField
                        id=unit_id.clone()
                        label=ctx.t(Msg::KpiUnit)
                        value=text(|k| k.unit.clone())
                        on_change=on_text(|k, v| k.unit = v)
                        class="field--narrow"
                    />
                </Shown>
                <SelectField
                    id=format!("{prefix}-direction")
                    label=ctx.t(Msg::KpiDirection)
                    choices=enum_choices(&Direction::ALL, direction_label)
                    selected=Signal::derive(move || format!("{:?}", direction.get()))
                    on_change=move |value: String| {
                        if let Some(new) = parse_choice(&Direction::ALL, &value) {
                            change(Box::new(move |k| k.direction = new));
                        }
                        Ok::<(), String>(())
                    }
                />
                <Shown when=move || !is_milestone()>
                    <ParsedField
                        unparsed=unparsed
                        id=baseline_id.clone()
                        label=ctx.t(Msg::KpiBaseline)
                        value=text(|k| number_text(k.baseline))
                        kind=FieldKind::Decimal
                        apply=on_number(|k, v| k.baseline = v)
                        class="field--narrow"
                    />
                    <ParsedField
                        unparsed=unparsed
                        id=field_dom_id(Field::KpiTarget(index))
                        label=Signal::derive(move || {
                            ctx.t(if is_range() { Msg::KpiTargetLow } else { Msg::KpiTarget }).to_string()
                        })
                        value=text(|k| number_text(k.target))
                        kind=FieldKind::Decimal
                        apply=on_number(|k, v| k.target = v)
                        error=ctx.error(Field::KpiTarget(index))
                        class="field--narrow"
                    />
                </Shown>
                <Shown when=has_boundary>
                    <SelectField
                        id=boundary_id.clone()
                        label=ctx.t(Msg::KpiBoundary)
                        choices=enum_choices(&Boundary::ALL, boundary_label)
                        selected=boundary
                        on_change=move |value: String| {
                            if let Some(new) = parse_choice(&Boundary::ALL, &value) {
                                change(Box::new(move |k| k.boundary = new));
                            }
                            Ok::<(), String>(())
                        }
                    />
                </Shown>
                <Shown when=is_range>
                    <ParsedField
                        unparsed=unparsed
                        id=high_id.clone()
                        label=ctx.t(Msg::KpiTargetHigh)
                        value=text(|k| number_text(k.target_upper))
                        kind=FieldKind::Decimal
                        apply=on_number(|k, v| k.target_upper = v)
                        class="field--narrow"
                    />
                </Shown>
                <ParsedField
                    unparsed=unparsed
                    id=format!("{prefix}-date")
                    label=ctx.t(Msg::KpiTargetDate)
                    value=text(|k| k.target_date.map(|d| d.to_string()).unwrap_or_default())
                    kind=FieldKind::Date
                    apply=move |value: String| {
                        let date = parse_date(&value)?;
                        change(Box::new(move |k| k.target_date = date));
                        Ok::<(), ParseProblem>(())
                    }
                />
                {frequency_field(
                    format!("{prefix}-frequency"),
                    ctx.t(Msg::KpiFrequency),
                    move || current().and_then(|k| k.frequency),
                    move |frequency| change(Box::new(move |k| k.frequency = frequency)),
                )}
            </div>
            <Shown when=is_milestone>
                <p class="field__help" data-testid="milestone-help">{ctx.t(Msg::KpiMilestoneHelp)}</p>
            </Shown>
            <div class="field-grid">
                <TextField
                    id=format!("{prefix}-source")
                    label=ctx.t(Msg::KpiSource)
                    value=text(|k| k.data_source.clone())
                    on_change=on_text(|k, v| k.data_source = v)
                    class="field--wide"
                />
                <TextField
                    id=format!("{prefix}-method")
                    label=ctx.t(Msg::KpiMethod)
                    value=text(|k| k.method.clone())
                    on_change=on_text(|k, v| k.method = v)
                    class="field--wide"
                />
            </div>
            <div class="preview" data-testid="kpi-preview">
                <p class="preview__label">{ctx.t(Msg::PreviewLabel)}</p>
                <p class="preview__text">
                    {move || sentence().unwrap_or_else(|| ctx.t(Msg::EstablishPreviewNeedsTarget).to_string())}
                </p>
            </div>
            <button type="button" class="button button--small button--danger" on:click=remove>
                {ctx.t(Msg::RemoveKpi)}
                <span class="visually-hidden">" " {move || legend()}</span>
            </button>
        </fieldset>
    }
}
