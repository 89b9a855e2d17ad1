//! A wizard step that links the draft to records of one kind (policy statements,
//! requirements): a checkbox per record, existing or added in the draft, and records added on
//! the spot, each with its text (and whatever else the kind asks for) and a way to remove it.

use super::ctx::StepCtx;
use super::parts::field_dom_id;
use crate::app::AppState;
use crate::domain::code::next_free;
use crate::domain::wizard::{Field, WizardDraft};
use crate::domain::Workspace;
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{dom_id, TextField};
use leptos::prelude::*;
use uuid::Uuid;

/// A record that can be linked: its id, reference and text.
pub type Record = (Uuid, String, String);

/// A kind of record that can be linked.
pub trait Linkable {
    fn record(&self) -> Record;
}

/// The linkable `list`, as records.
pub fn records<T: Linkable>(list: &[T]) -> Vec<Record> {
    list.iter().map(Linkable::record).collect()
}

/// How a kind of record is linked from a draft `D`, and added to it.
pub struct LinkRecords<D: WizardDraft> {
    /// The checklist's legend.
    pub legend: Msg,
    /// Said while there is no record at all.
    pub none_yet: Msg,
    /// The words and element id of the button that adds a record here.
    pub add: (Msg, &'static str),
    /// The legend of a record added here, with its `{reference}`.
    pub added_legend: Msg,
    /// The label of an added record's text.
    pub text_label: Msg,
    /// The test id of an added record's group.
    pub test_id: &'static str,
    /// The prefix of the references given to added records ("P" gives P1, P2…).
    pub prefix: &'static str,
    /// The refused field of the n-th added record.
    pub field: fn(usize) -> Field,
    /// The records already in the workspace.
    pub existing: fn(&Workspace) -> Vec<Record>,
    /// The records added in the draft, in order.
    pub added: fn(&D) -> Vec<Record>,
    /// The ids of the records the draft links to.
    pub linked: fn(&D) -> Vec<Uuid>,
    /// Links (true) or unlinks a record.
    pub set_linked: fn(&mut D, Uuid, bool),
    /// Adds a record with the reference given, linked.
    pub add_record: fn(&mut D, String),
    /// Removes an added record and its link.
    pub remove: fn(&mut D, Uuid),
    /// Sets an added record's text.
    pub set_text: fn(&mut D, Uuid, String),
    /// More fields of an added record, next to its text.
    pub more: Option<fn(StepCtx<D>, Uuid) -> AnyView>,
}

/// The step: the records to link, those added here, and the button that adds one.
pub fn link_records_step<D: WizardDraft>(
    ctx: StepCtx<D>,
    kind: &'static LinkRecords<D>,
) -> impl IntoView {
    let state = ctx.state;
    let records = Memo::new(move |_| {
        let mut all = state.workspace.with(kind.existing);
        let added = ctx.read(kind.added).unwrap_or_default();
        let first_added = all.len();
        all.extend(added);
        (all, first_added)
    });
    let linked = Signal::derive(move || ctx.read(kind.linked).unwrap_or_default());
    let added = move || {
        ctx.read(|d| {
            (kind.added)(d)
                .into_iter()
                .enumerate()
                .map(|(i, record)| (i, record.0))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let taken: Vec<String> = state
            .workspace
            .with_untracked(|w| (kind.existing)(w).into_iter().map(|r| r.1).collect());
        let mut index = 0;
        ctx.edit(|d| {
            let added = (kind.added)(d);
            let references = taken.iter().chain(added.iter().map(|r| &r.1));
            let reference = next_free(kind.prefix, references.map(String::as_str));
            (kind.add_record)(d, reference);
            index = added.len();
        });
        focus_after_paint(field_dom_id((kind.field)(index)));
    };
    let checkboxes = move || {
        let (all, first_added) = records.get();
        all.into_iter()
            .enumerate()
            .map(|(at, (record, reference, text))| {
                let checkbox_id = dom_id("wizard-link");
                let note =
                    (at >= first_added).then(|| format!(" {}", ctx.t(Msg::EstablishAddedHere)));
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=checkbox_id.clone()
                            prop:checked=move || linked.with(|l| l.contains(&record))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ctx.edit(|d| (kind.set_linked)(d, record, on));
                            }
                        />
                        <label for=checkbox_id>
                            <strong>{reference}</strong>
                            " "
                            {text}
                            {note}
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="checklist">
            <legend>{ctx.t(kind.legend)}</legend>
            <Shown when=move || records.with(|(all, _)| all.is_empty())>
                <p>{ctx.t(kind.none_yet)}</p>
            </Shown>
            {move || checkboxes()}
        </fieldset>
        <For each=added key=|row| *row let:row>
            {added_record(ctx, kind, row.0, row.1)}
        </For>
        <button type="button" id=kind.add.1 class="button" on:click=add>
            {ctx.t(kind.add.0)}
        </button>
    }
}

/// A record added in the draft: its text (required), more fields, and Remove.
fn added_record<D: WizardDraft>(
    ctx: StepCtx<D>,
    kind: &'static LinkRecords<D>,
    index: usize,
    id: Uuid,
) -> impl IntoView {
    let find = move |d: &D| (kind.added)(d).into_iter().find(|r| r.0 == id);
    let legend = move || {
        let reference = ctx.read(find).flatten().map(|r| r.1).unwrap_or_default();
        AppState::expect().tf(kind.added_legend, &[("reference", &reference)])
    };
    let remove = move |_| {
        ctx.edit(|d| (kind.remove)(d, id));
        focus_after_paint(kind.add.1);
    };
    let field = (kind.field)(index);
    view! {
        <fieldset class="wizard-row" data-testid=kind.test_id>
            <legend>{move || legend()}</legend>
            <div class="field-grid">
                <TextField
                    id=field_dom_id(field)
                    label=ctx.t(kind.text_label)
                    value=ctx.text(move |d| find(d).map(|r| r.2).unwrap_or_default())
                    on_change=ctx.on_text(move |d, text| (kind.set_text)(d, id, text))
                    error=ctx.error(field)
                    required=true
                    class="field--wide"
                />
                {kind.more.map(|more| more(ctx, id))}
            </div>
            <button type="button" class="button button--small button--danger" on:click=remove>
                {ctx.t(Msg::RemoveRow)}
                <span class="visually-hidden">" " {move || legend()}</span>
            </button>
        </fieldset>
    }
}
