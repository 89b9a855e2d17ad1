//! Step 1 of the 6.2.1 wizard: the objective's level, its parent and how it supports it, its
//! function, owner and code.

use crate::domain::code::{same_code, suggest_code};
use crate::domain::wizard::{EstablishDraft, Field};
use crate::domain::Level;
use crate::i18n::{level_help, level_label, Msg};
use crate::ui::components::dialogs::ParentPicker;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{
    enum_choices, parse_choice, FieldKind, SelectField, TextField,
};
use crate::ui::wizard::ctx::StepCtx;
use crate::ui::wizard::parts::field_dom_id;
use leptos::prelude::*;

type Ctx = StepCtx<EstablishDraft>;

/// A new level: a code still as suggested follows it (S1 becomes T1), and a parent that may
/// no longer be above the objective is dropped.
fn change_level(ctx: Ctx, parent: RwSignal<Option<crate::domain::ObjectiveId>>, value: &str) {
    let Some(new_level) = parse_choice(&Level::ALL, value) else {
        return;
    };
    let Some((old_level, code, existing, current_parent)) = ctx.peek(|d| {
        (
            d.objective.level,
            d.objective.code.clone(),
            d.existing,
            d.objective.parent,
        )
    }) else {
        return;
    };
    let (suggested_before, suggested_now, parent_fits) = ctx.state.workspace.with_untracked(|w| {
        (
            suggest_code(w, old_level),
            suggest_code(w, new_level),
            current_parent.is_none_or(|p| {
                w.objective(p)
                    .is_some_and(|o| o.level.may_parent(new_level))
            }),
        )
    });
    ctx.edit(|d| {
        d.objective.level = new_level;
        if !existing && same_code(&code, &suggested_before) {
            d.objective.code = suggested_now;
        }
        if !parent_fits {
            d.objective.parent = None;
        }
    });
    if !parent_fits {
        parent.set(None);
    }
}

pub fn place_step(ctx: Ctx) -> impl IntoView {
    let state = ctx.state;
    let level = Signal::derive(move || ctx.read(|d| d.objective.level).unwrap_or(Level::Strategic));
    let id = ctx.peek(|d| d.objective.id);
    let parent = RwSignal::new(ctx.peek(|d| d.objective.parent).flatten());
    // The picker writes the chosen parent here; the draft follows.
    Effect::new(move |_| {
        let chosen = parent.get();
        if ctx.peek(|d| d.objective.parent).flatten() != chosen {
            ctx.edit(|d| d.objective.parent = chosen);
        }
    });
    let functions = Signal::<Vec<String>>::from(state.function_names);
    let owners = Signal::<Vec<String>>::from(state.owner_names);
    view! {
        <SelectField
            id=field_dom_id(Field::Level)
            label=ctx.t(Msg::FieldLevel)
            help=Signal::derive(move || ctx.t(level_help(level.get())).to_string())
            choices=enum_choices(&Level::ALL, level_label)
            selected=Signal::derive(move || format!("{:?}", level.get()))
            on_change=move |value: String| {
                change_level(ctx, parent, &value);
                Ok::<(), String>(())
            }
            error=ctx.error(Field::Level)
        />
        <ParentPicker
            id=field_dom_id(Field::Parent)
            child=Signal::derive(move || id)
            level=level
            selected=parent
            error=ctx.error(Field::Parent)
        />
        <Shown when=move || parent.get().is_some()>
            <TextField
                id="wizard-parent-link"
                label=ctx.t(Msg::FieldParentLink)
                value=ctx.text(|d| d.objective.parent_link.clone())
                on_change=ctx.on_text(|d, text| d.objective.parent_link = text)
                kind=FieldKind::Multiline
            />
        </Shown>
        <div class="field-grid">
            <TextField
                id="wizard-function"
                label=ctx.t(Msg::FieldFunction)
                value=ctx.text(|d| d.objective.function.clone())
                on_change=ctx.on_text(|d, text| d.objective.function = text)
                suggestions=functions
            />
            <TextField
                id="wizard-owner"
                label=ctx.t(Msg::FieldOwner)
                value=ctx.text(|d| d.objective.owner.clone())
                on_change=ctx.on_text(|d, text| d.objective.owner = text)
                suggestions=owners
            />
            <TextField
                id=field_dom_id(Field::Code)
                label=ctx.t(Msg::FieldCode)
                help=ctx.t(Msg::FieldCodeHelp)
                value=ctx.text(|d| d.objective.code.clone())
                on_change=ctx.on_text(|d, text| d.objective.code = text)
                error=ctx.error(Field::Code)
                required=true
                class="field--narrow"
            />
        </div>
    }
}
