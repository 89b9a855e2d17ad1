//! A field several 6.2.1 steps share: how often something happens (KPIs measured, progress
//! monitored, the objective reviewed), or not set.

use crate::domain::Frequency;
use crate::i18n::{frequency_label, Msg};
use crate::ui::components::widgets::{enum_choices, parse_choice, t, SelectField};
use leptos::prelude::*;

/// A select of every frequency, starting with "not set".
pub fn frequency_field(
    id: String,
    label: &'static str,
    value: impl Fn() -> Option<Frequency> + Send + Sync + 'static,
    set: impl Fn(Option<Frequency>) + Send + Sync + 'static,
) -> impl IntoView {
    let mut choices = enum_choices(&Frequency::ALL, frequency_label);
    choices.insert(0, (String::new(), t(Msg::NotSet).to_string()));
    let selected = Signal::derive(move || value().map(|f| format!("{f:?}")).unwrap_or_default());
    view! {
        <SelectField
            id=id
            label=label
            choices=choices
            selected=selected
            on_change=move |choice: String| {
                set(parse_choice(&Frequency::ALL, &choice));
                Ok::<(), String>(())
            }
        />
    }
}
