//! "Keep mine / Take theirs": one record's two versions with a choice between them, and the
//! fields that differ side by side when they are known. The import's merge preview and the
//! conflicts of team sync both show their differences with it.

use crate::domain::merge::Side;
use crate::i18n::Msg;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// One field that differs, with both versions' values as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldRow {
    pub field: String,
    pub mine: String,
    pub theirs: String,
}

/// The two versions' labels, the fields that differ (none when the caller compares whole
/// records) and the choice; `side` is `None` until a side is chosen.
#[component]
pub fn SideChoice(
    /// The record, as the group's name.
    legend: String,
    /// The radio group's name, unique on the page.
    name: String,
    /// The label of "keep this version" (with what this side's version is, when known).
    mine: String,
    theirs: String,
    #[prop(into)] side: Signal<Option<Side>>,
    #[prop(into)] on_choose: Callback<Side>,
    #[prop(optional)] fields: Vec<FieldRow>,
    /// The column headings of the field table: this version, the other.
    #[prop(optional)]
    columns: Option<(Msg, Msg)>,
) -> impl IntoView {
    let mine_id = format!("{name}-mine");
    let theirs_id = format!("{name}-theirs");
    let table = (!fields.is_empty()).then(|| {
        let (mine_heading, theirs_heading) = columns.unwrap_or((Msg::SyncMine, Msg::SyncTheirs));
        let rows = fields
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row">{row.field}</th>
                        <td>{row.mine}</td>
                        <td>{row.theirs}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="records-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::SyncField)}</th>
                        <th scope="col">{t(mine_heading)}</th>
                        <th scope="col">{t(theirs_heading)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <fieldset class="checklist import-difference">
            <legend>{legend}</legend>
            {table}
            <div class="checkbox">
                <input
                    type="radio"
                    name=name.clone()
                    id=mine_id.clone()
                    prop:checked=move || side.get() == Some(Side::Current)
                    on:change=move |_| on_choose.run(Side::Current)
                />
                <label for=mine_id>{mine}</label>
            </div>
            <div class="checkbox">
                <input
                    type="radio"
                    name=name
                    id=theirs_id.clone()
                    prop:checked=move || side.get() == Some(Side::Incoming)
                    on:change=move |_| on_choose.run(Side::Incoming)
                />
                <label for=theirs_id>{theirs}</label>
            </div>
        </fieldset>
    }
}
