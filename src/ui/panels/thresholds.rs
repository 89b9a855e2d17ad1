//! The thresholds setting: when progress is on track, at risk or off track, with the default
//! explained. Saving is one undoable change; a refused value changes nothing and is explained
//! next to its field.

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::progress::{Thresholds, DEFAULT_AT_RISK_BELOW, DEFAULT_OFF_TRACK_BELOW};
use crate::domain::{Command, CommandError};
use crate::i18n::Msg;
use crate::ui::components::form::{FormErrors, FormField, FormSummary, Problem, Problems, Refusal};
use crate::ui::components::format::{number, parse_number};
use crate::ui::components::widgets::{t, FieldKind, TextField};
use crate::ui::panels::progress::threshold_texts;
use leptos::prelude::*;

/// The two thresholds, as fields.
const AT_RISK: FormField = FormField::new("threshold-at-risk", Msg::ThresholdsAtRisk);
const OFF_TRACK: FormField = FormField::new("threshold-off-track", Msg::ThresholdsOffTrack);

/// Reads a threshold typed as a percentage into a share; empty means the default.
fn read_percent(text: &str) -> Result<Option<f64>, Problem> {
    Ok(parse_number(text)?.map(|percent| percent / 100.0))
}

/// The setting that decides when progress is on track, at risk or off track, with its
/// default explained. Saving is one undoable change; a refused value changes nothing and is
/// explained next to its field.
#[component]
pub fn ThresholdsSection() -> impl IntoView {
    let state = AppState::expect();
    let limits = Memo::new(move |_| state.workspace.with(|w| Thresholds::of(&w.settings)));
    let as_percent = |share: f64| number((share * 1000.0).round() / 10.0);
    let at_risk = RwSignal::new(as_percent(limits.get_untracked().at_risk_below));
    let off_track = RwSignal::new(as_percent(limits.get_untracked().off_track_below));
    // Undo, another tab or "restore the defaults" change the setting: show what is in use.
    Effect::new(move |_| {
        let limits = limits.get();
        at_risk.set(as_percent(limits.at_risk_below));
        off_track.set(as_percent(limits.off_track_below));
    });
    let errors = FormErrors::default();
    let apply = move |at_risk_below: Option<f64>, off_track_below: Option<f64>| {
        let command = Command::SetThresholds {
            at_risk_below,
            off_track_below,
        };
        let used = Thresholds {
            at_risk_below: at_risk_below.unwrap_or(DEFAULT_AT_RISK_BELOW),
            off_track_below: off_track_below.unwrap_or(DEFAULT_OFF_TRACK_BELOW),
        };
        let (at_risk_text, off_track_text) = threshold_texts(state, used);
        let text = NoticeText::with(
            Msg::ThresholdsSaved,
            &[("at_risk", &at_risk_text), ("off_track", &off_track_text)],
        );
        state.dispatch_with_notice(command, text)
    };
    let save = move |_| {
        let mut found = Problems::default();
        let at_risk_below = found.check(AT_RISK, read_percent(&at_risk.get_untracked()));
        let off_track_below = found.check(OFF_TRACK, read_percent(&off_track.get_untracked()));
        let (at_risk_below, off_track_below) =
            match found.finish(at_risk_below.zip(off_track_below)) {
                Ok(read) => read,
                Err(found) => return errors.show_problems(found),
            };
        match apply(at_risk_below, off_track_below) {
            Ok(_) => errors.clear_all(),
            Err(error) => {
                let out_of_range = |v: Option<f64>| v.is_some_and(|v| !(0.0..=1.0).contains(&v));
                let lang = state.lang.get_untracked();
                let message = crate::i18n::describe_command_error(lang, &error);
                let field = match error {
                    CommandError::ThresholdOutOfRange if !out_of_range(at_risk_below) => OFF_TRACK,
                    CommandError::ThresholdsInverted => OFF_TRACK,
                    _ => AT_RISK,
                };
                errors.show(vec![Refusal::new(field.id, t(field.label), message)]);
            }
        }
    };
    let restore = move |_| {
        errors.clear_all();
        let _ = apply(None, None);
    };
    let in_use = move || {
        let (at_risk, off_track) = threshold_texts(state, limits.get());
        state.tf(
            Msg::ThresholdsInUse,
            &[("at_risk", &at_risk), ("off_track", &off_track)],
        )
    };
    view! {
        <section class="panel" aria-labelledby="thresholds-title" data-testid="thresholds">
            <h2 id="thresholds-title">{t(Msg::ThresholdsTitle)}</h2>
            <p>{t(Msg::ThresholdsIntro)}</p>
            <p data-testid="thresholds-in-use">{move || in_use()}</p>
            <FormSummary errors=errors/>
            <div class="field-grid">
                <TextField
                    id=AT_RISK.id
                    label=t(AT_RISK.label)
                    value=at_risk
                    on_change=errors.input(at_risk, AT_RISK)
                    kind=FieldKind::Decimal
                    error=errors.at(AT_RISK.id)
                />
                <TextField
                    id=OFF_TRACK.id
                    label=t(OFF_TRACK.label)
                    value=off_track
                    on_change=errors.input(off_track, OFF_TRACK)
                    kind=FieldKind::Decimal
                    error=errors.at(OFF_TRACK.id)
                />
            </div>
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=save>{t(Msg::ThresholdsSave)}</button>
                <button type="button" class="button" on:click=restore>{t(Msg::ThresholdsDefaults)}</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_typed_as_percentages() {
        assert_eq!(read_percent("90"), Ok(Some(0.9)));
        assert_eq!(read_percent(" 72.5 "), Ok(Some(0.725)));
        assert_eq!(read_percent(""), Ok(None));
        assert_eq!(
            read_percent("ninety"),
            Err(Problem::Says(Msg::ErrNotANumber))
        );
    }
}
