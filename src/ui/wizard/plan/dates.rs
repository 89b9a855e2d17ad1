//! Step d) of the 6.2.2 wizard: when each action starts and is due, with the timeline against
//! the objective's target date.

use super::shared::{action_context, action_keys, action_value, edit_action, ActionGroup, Ctx};
use super::timeline::timeline;
use crate::domain::wizard::Field;
use crate::domain::RecordId;
use crate::i18n::Msg;
use crate::ui::components::form::ParsedField;
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::widgets::{t, FieldKind};
use crate::ui::wizard::parts::field_dom_id;
use chrono::NaiveDate;
use leptos::prelude::*;

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Parses a date typed for `action` and stores it with `set`.
fn apply_date(
    ctx: Ctx,
    action: RecordId,
    set: fn(&mut crate::domain::model::Action, Option<NaiveDate>),
) -> Callback<String, Result<(), ParseProblem>> {
    Callback::new(move |text: String| {
        let date = parse_date(&text)?;
        edit_action(ctx, action, |a| set(a, date));
        Ok(())
    })
}

pub fn dates_step(ctx: Ctx) -> impl IntoView {
    let keys = action_keys(ctx);
    view! {
        <For
            each=move || keys.get()
            key=|key| *key
            children=move |(index, action)| {
                let context = action_context(ctx.state, index);
                let field = Field::ActionDates(index);
                view! {
                    <ActionGroup ctx=ctx index=index action=action>
                        <div class="field-grid">
                            <ParsedField
                                unparsed=ctx.unparsed
                                id=field_dom_id(field)
                                label=t(Msg::ActionStart)
                                context=context.clone()
                                kind=FieldKind::Date
                                value=action_value(ctx, action, |a| date_text(a.start))
                                error=ctx.error(field)
                                apply=apply_date(ctx, action, |a, date| a.start = date)
                            />
                            <ParsedField
                                unparsed=ctx.unparsed
                                id=format!("wizard-action-{index}-due")
                                label=t(Msg::ActionDue)
                                context=context
                                kind=FieldKind::Date
                                value=action_value(ctx, action, |a| date_text(a.due))
                                apply=apply_date(ctx, action, |a, date| a.due = date)
                            />
                        </div>
                    </ActionGroup>
                }
            }
        />
        {timeline(ctx)}
    }
}
