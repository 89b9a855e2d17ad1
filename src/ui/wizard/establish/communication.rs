//! Step 6 of the 6.2.1 wizard, e): who hears about the objective, through which channels,
//! when and from whom. Audiences and channels are typed one per line.

use crate::domain::wizard::EstablishDraft;
use crate::i18n::Msg;
use crate::ui::components::widgets::{FieldKind, TextField};
use crate::ui::wizard::ctx::StepCtx;
use leptos::prelude::*;

/// Lines of a text area as a list, kept exactly (empty lines too) while typing, so the text
/// reads back as it was typed; [`tidy_lines`] cleans them when saving.
fn split_lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').map(str::to_string).collect()
    }
}

/// The lines as saved: trimmed, without empty ones.
pub fn tidy_lines(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

pub fn communication_step(ctx: StepCtx<EstablishDraft>) -> impl IntoView {
    view! {
        <div class="field-grid">
            <TextField
                id="wizard-audiences"
                label=ctx.t(Msg::CommAudiences)
                value=ctx.text(|d| d.objective.communication.audiences.join("\n"))
                on_change=ctx.on_text(|d, text| d.objective.communication.audiences = split_lines(&text))
                kind=FieldKind::Multiline
                class="field--wide"
            />
            <TextField
                id="wizard-channels"
                label=ctx.t(Msg::CommChannels)
                value=ctx.text(|d| d.objective.communication.channels.join("\n"))
                on_change=ctx.on_text(|d, text| d.objective.communication.channels = split_lines(&text))
                kind=FieldKind::Multiline
                class="field--wide"
            />
        </div>
        <div class="field-grid">
            <TextField
                id="wizard-comm-when"
                label=ctx.t(Msg::CommWhen)
                value=ctx.text(|d| d.objective.communication.when.clone())
                on_change=ctx.on_text(|d, text| d.objective.communication.when = text)
            />
            <TextField
                id="wizard-comm-by"
                label=ctx.t(Msg::CommByWhom)
                value=ctx.text(|d| d.objective.communication.by_whom.clone())
                on_change=ctx.on_text(|d, text| d.objective.communication.by_whom = text)
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_back_exactly_while_typing_and_are_tidied_for_saving() {
        for text in ["", "Staff", "Staff\n", "Staff\n\nCustomers", " a \n b"] {
            assert_eq!(split_lines(text).join("\n"), text, "{text:?}");
        }
        assert_eq!(
            tidy_lines(&split_lines(" Staff \n\n Customers\n")),
            ["Staff", "Customers"]
        );
    }
}
