//! Step 8 of the 6.2.1 wizard: the clause 6.2.1 check of the objective as it would be saved
//! (required items and good practice apart), its approval and its status after saving. (The
//! kit lists what must still be corrected above it.)

use crate::app::clock;
use crate::domain::command::first_revision;
use crate::domain::conformity::check_objective;
use crate::domain::wizard::EstablishDraft;
use crate::domain::{Objective, Status, Timestamp};
use crate::i18n::{status_label, Msg};
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::{FieldKind, TextField};
use crate::ui::panels::check::CheckResults;
use crate::ui::panels::exercise_guard::HideDuringExercise;
use crate::ui::wizard::ctx::StepCtx;
use leptos::prelude::*;

/// The objective as saving would record it: with the chosen status and, when new, revision 1.
fn as_saved(objective: &mut Objective, status: Status, now: Timestamp) {
    objective.status = status;
    if objective.revisions.is_empty() {
        objective.revisions.push(first_revision(now));
    }
}

pub fn review_step(ctx: StepCtx<EstablishDraft>, status: RwSignal<Status>) -> impl IntoView {
    let state = ctx.state;
    let check = move || {
        let today = clock::today();
        let chosen = status.get();
        state.drafts.with(|d| {
            d.establish.as_ref().map(|w| {
                let mut draft = w.draft.clone();
                as_saved(&mut draft.objective, chosen, w.changed);
                let preview = state.workspace.with(|ws| draft.preview_workspace(ws));
                check_objective(&preview, &draft.objective, today)
            })
        })
    };
    let current = ctx.peek(|d| d.objective.status).unwrap_or_default();
    let mut choices = vec![Status::Draft, Status::Active];
    if !choices.contains(&current) {
        choices.push(current);
    }
    let radios = choices
        .into_iter()
        .map(|choice| {
            let radio_id = format!("wizard-status-{choice:?}");
            view! {
                <div class="checkbox">
                    <input
                        type="radio"
                        name="wizard-status"
                        id=radio_id.clone()
                        prop:checked=move || status.get() == choice
                        on:change=move |_| status.set(choice)
                    />
                    <label for=radio_id>{ctx.t(status_label(choice))}</label>
                </div>
            }
        })
        .collect_view();
    let people = state.workspace.with_untracked(|w| w.owner_names());
    // Documented information is approved (7.5.2): the approval is recorded with the objective.
    let approval = view! {
        <fieldset class="objective-approval" data-testid="objective-approval">
            <legend>{ctx.t(Msg::SectionApproval)}</legend>
            <p class="field__help">{ctx.t(Msg::ApprovalHelp)}</p>
            <div class="field-grid">
                <TextField
                    id="wizard-approved-by"
                    label=ctx.t(Msg::DocApprovedBy)
                    value=ctx.text(|d| d.objective.approval.approved_by.clone())
                    suggestions=people
                    class="field--wide"
                    on_change=ctx.on_text(|d, text| d.objective.approval.approved_by = text)
                />
                <ParsedField
                    unparsed=ctx.unparsed
                    id="wizard-approved-on".to_string()
                    label=ctx.t(Msg::DocApprovedOn)
                    kind=FieldKind::Date
                    value=ctx.text(|d| d.objective.approval.approved_on.map(|d| d.to_string()).unwrap_or_default())
                    apply=move |text: String| {
                        let date = parse_date(&text)?;
                        ctx.edit(|d| d.objective.approval.approved_on = date);
                        Ok::<(), ParseProblem>(())
                    }
                />
            </div>
        </fieldset>
    };
    view! {
        // An exercise hides the check until the reveal, here as on every other page.
        <HideDuringExercise>
            {move || check().map(|check| {
                let open = check.has_gaps();
                view! {
                    <CheckResults check=check establish_only=true/>
                    <p class="review__summary">
                        {ctx.t(if open { Msg::ReviewCanSave } else { Msg::ReviewAllMet })}
                    </p>
                }
            })}
        </HideDuringExercise>
        {approval}
        <fieldset class="checklist">
            <legend>{ctx.t(Msg::StatusAfterSaving)}</legend>
            {radios}
        </fieldset>
    }
}
