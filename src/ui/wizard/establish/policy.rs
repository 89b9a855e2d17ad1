//! Step 2 of the 6.2.1 wizard, a): the policy statements the objective serves; a missing one
//! can be added here.

use crate::domain::wizard::{EstablishDraft, Field};
use crate::domain::{PolicyId, PolicyStatement, RandomIds};
use crate::i18n::Msg;
use crate::ui::wizard::ctx::StepCtx;
use crate::ui::wizard::link_records::{link_records_step, records, LinkRecords, Linkable, Record};
use leptos::prelude::*;

/// Policy statements, linked from the objective and added to the draft.
static POLICY: LinkRecords<EstablishDraft> = LinkRecords {
    legend: Msg::SectionPolicy,
    none_yet: Msg::NoPolicyYet,
    add: (Msg::AddStatementHere, "wizard-add-policy"),
    added_legend: Msg::NewStatementLabel,
    text_label: Msg::PolicyText,
    test_id: "new-statement",
    prefix: "P",
    field: Field::NewPolicy,
    existing: |w| records(&w.policy),
    added: |d| records(&d.new_policy),
    linked: |d| d.objective.policy_links.iter().map(|p| p.0).collect(),
    set_linked: |d, record, on| {
        d.objective.policy_links.retain(|p| p.0 != record);
        if on {
            d.objective.policy_links.push(PolicyId(record));
        }
    },
    add_record: |d, reference| {
        let statement = PolicyStatement {
            id: PolicyId::new(&mut RandomIds),
            reference,
            text: String::new(),
        };
        d.objective.policy_links.push(statement.id);
        d.new_policy.push(statement);
    },
    remove: |d, record| {
        d.new_policy.retain(|p| p.id.0 != record);
        d.objective.policy_links.retain(|p| p.0 != record);
    },
    set_text: |d, record, text| {
        if let Some(p) = d.new_policy.iter_mut().find(|p| p.id.0 == record) {
            p.text = text;
        }
    },
    more: None,
};

impl Linkable for PolicyStatement {
    fn record(&self) -> Record {
        (self.id.0, self.reference.clone(), self.text.clone())
    }
}

pub fn policy_step(ctx: StepCtx<EstablishDraft>) -> impl IntoView {
    link_records_step(ctx, &POLICY)
}
