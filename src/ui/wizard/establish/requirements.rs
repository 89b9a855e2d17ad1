//! Step 4 of the 6.2.1 wizard, c): the requirements the objective takes into account, added
//! here when missing (with their source), or that none applies and why.

use crate::domain::wizard::{EstablishDraft, Field};
use crate::domain::{RandomIds, Requirement, RequirementId, RequirementSource};
use crate::i18n::{source_label, Msg};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{
    enum_choices, parse_choice, FieldKind, SelectField, TextField,
};
use crate::ui::wizard::ctx::StepCtx;
use crate::ui::wizard::link_records::{link_records_step, records, LinkRecords, Linkable, Record};
use leptos::prelude::*;
use uuid::Uuid;

type Ctx = StepCtx<EstablishDraft>;

const NONE_APPLY_ID: &str = "wizard-none-apply";

/// Requirements, linked from the objective and added to the draft.
static REQUIREMENTS: LinkRecords<EstablishDraft> = LinkRecords {
    legend: Msg::SectionRequirements,
    none_yet: Msg::NoRequirementsYet,
    add: (Msg::AddRequirementHere, "wizard-add-requirement"),
    added_legend: Msg::NewRequirementLabel,
    text_label: Msg::ReqTitle,
    test_id: "new-requirement",
    prefix: "R",
    field: Field::NewRequirement,
    existing: |w| records(&w.requirements),
    added: |d| records(&d.new_requirements),
    linked: |d| d.objective.requirement_links.iter().map(|r| r.0).collect(),
    set_linked: |d, record, on| {
        d.objective.requirement_links.retain(|r| r.0 != record);
        if on {
            d.objective.requirement_links.push(RequirementId(record));
        }
    },
    add_record: |d, reference| {
        let requirement = Requirement {
            id: RequirementId::new(&mut RandomIds),
            reference,
            title: String::new(),
            source: RequirementSource::default(),
            notes: String::new(),
        };
        d.objective.requirement_links.push(requirement.id);
        d.new_requirements.push(requirement);
    },
    remove: |d, record| {
        d.new_requirements.retain(|r| r.id.0 != record);
        d.objective.requirement_links.retain(|r| r.0 != record);
    },
    set_text: |d, record, text| {
        if let Some(r) = d.new_requirements.iter_mut().find(|r| r.id.0 == record) {
            r.title = text;
        }
    },
    more: Some(|ctx, record| source_field(ctx, record).into_any()),
};

impl Linkable for Requirement {
    fn record(&self) -> Record {
        (self.id.0, self.reference.clone(), self.title.clone())
    }
}

/// Where an added requirement comes from.
fn source_field(ctx: Ctx, record: Uuid) -> impl IntoView {
    let source = ctx.text(move |d| {
        d.new_requirements
            .iter()
            .find(|r| r.id.0 == record)
            .map(|r| format!("{:?}", r.source))
            .unwrap_or_default()
    });
    view! {
        <SelectField
            label=ctx.t(Msg::ReqSource)
            choices=enum_choices(&RequirementSource::ALL, source_label)
            selected=source
            on_change=move |value: String| {
                if let Some(source) = parse_choice(&RequirementSource::ALL, &value) {
                    ctx.edit(|d| {
                        if let Some(r) = d.new_requirements.iter_mut().find(|r| r.id.0 == record) {
                            r.source = source;
                        }
                    });
                }
                Ok::<(), String>(())
            }
        />
    }
}

// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
pub fn requirements_step(ctx: Ctx) -> impl IntoView {
    let none_apply = move || {
        ctx.read(|d| d.objective.no_requirements_reason.is_some())
            .unwrap_or(false)
    };
    view! {
        {link_records_step(ctx, &REQUIREMENTS)}
        <div class="checkbox checkbox--separate">
            <input
                type="checkbox"
                id=NONE_APPLY_ID
                prop:checked=move || none_apply()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.edit(|d| d.objective.no_requirements_reason = on.then(String::new));
                }
            />
            <label for=NONE_APPLY_ID>{ctx.t(Msg::NoneApply)}</label>
        </div>
        <Shown when=none_apply>
            <TextField
                id="wizard-none-apply-reason"
                label=ctx.t(Msg::NoneApplyReason)
                value=ctx.text(|d| d.objective.no_requirements_reason.clone().unwrap_or_default())
                on_change=ctx.on_text(|d, text| d.objective.no_requirements_reason = Some(text))
                kind=FieldKind::Multiline
            />
        </Shown>
    }
}
