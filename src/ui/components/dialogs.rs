//! Choosing a parent objective: a filterable list of the objectives that may hold a given
//! objective, and the "Move to…" dialog built on it (its controls fetched with the objective
//! page's code the first time the tree opens it).

use crate::app::state::NoticeText;
use crate::app::AppState;
use crate::domain::code::natural_cmp;
use crate::domain::{Command, Level, ObjectiveId};
use crate::i18n::{self, level_word, Msg};
use crate::ui::components::split_code::{self, CodeLoad, SplitView};
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{dom_id, Modal};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::Arc;
#[cfg(sixtwo_split)]
use std::task::Poll;
use wasm_bindgen::JsCast;

/// The most candidates listed at once; typing in the filter narrows the list.
const MAX_LISTED: usize = 200;

/// A filter box and a list box of the objectives that may be the parent of `child` at `level`
/// (same or higher level, outside the child's own branch), plus "no parent".
#[component]
pub fn ParentPicker(
    /// The objective being placed; `None` for one not created yet.
    #[prop(into)]
    child: Signal<Option<ObjectiveId>>,
    #[prop(into)] level: Signal<Level>,
    /// The chosen parent.
    selected: RwSignal<Option<ObjectiveId>>,
    /// A refusal to show under the list.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The id of the list box, for links that jump to it.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let filter = RwSignal::new(String::new());
    let filter_id = dom_id("parent-filter");
    let list_id = id.unwrap_or_else(|| dom_id("parent-list"));
    let error_id = format!("{list_id}-error");
    let candidates = move || {
        let lang = state.lang.get_untracked();
        let words: Vec<String> =
            filter.with(|f| f.split_whitespace().map(str::to_lowercase).collect());
        let child = child.get();
        let level = level.get();
        state.workspace.with(|workspace| {
            let mut list: Vec<&crate::domain::Objective> = workspace
                .valid_parents(child, level)
                .into_iter()
                .filter(|candidate| {
                    words.is_empty() || {
                        let haystack =
                            format!("{} {}", candidate.code, candidate.title).to_lowercase();
                        words.iter().all(|w| haystack.contains(w))
                    }
                })
                .collect();
            crate::domain::sorting::sort_by(&mut list, |a, b| natural_cmp(&a.code, &b.code));
            // Labels are built only for what is listed.
            list.truncate(MAX_LISTED);
            list.into_iter()
                .map(|candidate| {
                    let label = i18n::format(
                        lang,
                        Msg::ParentCandidate,
                        &[
                            ("code", &candidate.code),
                            ("title", &candidate.title),
                            ("level", level_word(candidate.level).text(lang)),
                        ],
                    );
                    (candidate.id.to_string(), label)
                })
                .collect::<Vec<_>>()
        })
    };
    let chosen = move || selected.get().map(|id| id.to_string()).unwrap_or_default();
    let described_error_id = error_id.clone();
    view! {
        <div class="field">
            <label for=filter_id.clone()>{t(Msg::FilterSearch)}</label>
            <input
                id=filter_id.clone()
                type="search"
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    // Enter narrows the list; it must not submit the form around the picker.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                    }
                }
            />
        </div>
        <div class="field">
            <label for=list_id.clone()>{t(Msg::FieldParent)}</label>
            <select
                id=list_id.clone()
                size="8"
                class="parent-list"
                aria-describedby=move || error.get().map(|_| described_error_id.clone())
                aria-invalid=move || error.get().map(|_| "true")
                on:change=move |ev| selected.set(ObjectiveId::parse(&event_target_value(&ev)))
            >
                <option value="" prop:selected=move || chosen().is_empty()>
                    {t(Msg::MoveNoParent)}
                </option>
                {move || {
                    candidates()
                        .into_iter()
                        .map(|(value, label)| {
                            let this = value.clone();
                            view! {
                                <option value=value prop:selected=move || chosen() == this>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field__error" id=error_id role="alert" hidden=move || error.get().is_none()>
                {move || error.get()}
            </p>
        </div>
    }
}

/// What the *Move to…* dialog's controls work on: the same signals each time it opens.
#[derive(Clone, Copy)]
struct MoveParts {
    /// The objective to move; the dialog is open while this is `Some`.
    moving: RwSignal<Option<ObjectiveId>>,
    /// The chosen parent.
    choice: RwSignal<Option<ObjectiveId>>,
    /// Why the move was refused.
    error: RwSignal<Option<String>>,
}

/// "Move to…": pick a new parent for an objective. Works with the keyboard alone.
///
/// The dialog's frame is part of the first download; its controls (the list of parents and
/// the buttons) are the objective page's code (`rare_views`), which the tree fetches the
/// first time the dialog opens: meanwhile the dialog is `aria-busy` and says it is loading,
/// then the focus moves to its first control.
#[component]
pub fn MoveDialog(
    /// The objective to move; the dialog is open while this is `Some`.
    moving: RwSignal<Option<ObjectiveId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let choice: RwSignal<Option<ObjectiveId>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    // Whether the controls' code is being fetched.
    let busy = RwSignal::new(false);

    // Start from the current parent each time the dialog opens.
    Effect::new(move |_| {
        if let Some(id) = moving.get() {
            let current = state
                .workspace
                .with_untracked(|w| w.objective(id).and_then(|o| o.parent));
            choice.set(current);
            error.set(None);
        }
    });
    let parts = MoveParts {
        moving,
        choice,
        error,
    };
    view! {
        <Modal
            open=Signal::derive(move || moving.get().is_some())
            on_close=move || moving.set(None)
            title=Signal::derive(move || state.tf(Msg::MoveDialogTitle, &[("code", &moving_code(state, moving))]))
            busy=busy
        >
            {move_controls_when_loaded(parts, busy)}
        </Modal>
    }
}

/// The code of the objective being moved.
fn moving_code(state: AppState, moving: RwSignal<Option<ObjectiveId>>) -> String {
    moving
        .get()
        .and_then(|id| {
            state
                .workspace
                .with(|w| w.objective(id).map(|o| o.code.clone()))
        })
        .unwrap_or_default()
}

/// The dialog's controls at once when their code is there (always in unsplit builds, and on
/// the objective page); otherwise a loading state until it has been fetched, then the
/// controls with the focus on the first of them (or why they cannot be shown).
fn move_controls_when_loaded(parts: MoveParts, busy: RwSignal<bool>) -> AnyView {
    split_code::when_loaded(SplitView {
        load: Arc::new(|| -> CodeLoad { Box::pin(async { load_move_controls().await.is_ok() }) }),
        build: Arc::new(move || move_controls_now(parts)),
        waiting: Arc::new(move |failed| {
            let cancel = view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| parts.moving.set(None)>
                        {t(Msg::Cancel)}
                    </button>
                </div>
            };
            match failed {
                None => view! {
                    <p class="view-loading" role="status" data-testid="dialog-loading">
                        {t(Msg::MoveDialogLoading)}
                    </p>
                    {cancel}
                }
                .into_any(),
                // No Try again here: closing the dialog and opening it again tries again.
                Some(_) => view! {
                    <p role="alert">{t(Msg::MoveDialogLoadFailed)}</p>
                    {cancel}
                }
                .into_any(),
            }
        }),
        shown: |_| focus_first_control(),
        busy: Some(busy),
    })
}

/// Makes sure the controls' code is loaded (nothing to do in unsplit builds). Each split
/// function has its own loader, so this waits for this one's even when the objective page
/// has loaded the same module.
async fn load_move_controls() -> Result<(), SplitLoaderError> {
    #[cfg(sixtwo_split)]
    {
        move_controls_code().await
    }
    #[cfg(not(sixtwo_split))]
    {
        Ok(())
    }
}

/// The controls, if their code is there.
fn move_controls_now(parts: MoveParts) -> Option<AnyView> {
    #[cfg(sixtwo_split)]
    {
        let mut view = Box::pin(move_controls(parts));
        match split_code::poll_once(view.as_mut()) {
            Poll::Ready(Ok(view)) => Some(view),
            Poll::Ready(Err(_)) | Poll::Pending => None,
        }
    }
    #[cfg(not(sixtwo_split))]
    {
        move_controls(parts).ok()
    }
}

/// Moves the focus to the first control of the open dialog, as opening it does.
fn focus_first_control() {
    if let Some(control) = document()
        .query_selector("dialog[open] :is(input, select, button)")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = control.focus();
    }
}

/// The dialog's controls: built in the objective page's split module (`sixtwo_objective`,
/// `rare_views`), which the objective page and New objective load anyway.
#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_objective,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(move_controls_code)
    )
)]
fn move_controls(parts: MoveParts) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <MoveControls parts=parts/> }.into_any())
}

#[component]
fn MoveControls(parts: MoveParts) -> impl IntoView {
    let state = AppState::expect();
    let MoveParts {
        moving,
        choice,
        error,
    } = parts;
    let level = Signal::derive(move || {
        moving
            .get()
            .and_then(|id| state.workspace.with(|w| w.objective(id).map(|o| o.level)))
            .unwrap_or(Level::Operational)
    });
    let confirm = move || {
        let Some(id) = moving.get_untracked() else {
            return;
        };
        let lang = state.lang.get_untracked();
        let text = NoticeText::with(Msg::Moved, &[("code", &moving_code(state, moving))]);
        let command = Command::MoveObjective {
            id,
            parent: choice.get_untracked(),
        };
        match state.dispatch_with_notice(command, text) {
            Ok(_) => moving.set(None),
            Err(refusal) => error.set(Some(i18n::describe_command_error(lang, &refusal))),
        }
    };
    view! {
        <p class="field__help">{t(Msg::MoveHelp)}</p>
        <ParentPicker child=Signal::derive(move || moving.get()) level=level selected=choice error=error/>
        <div class="button-row">
            <button type="button" class="button button--primary" on:click=move |_| confirm()>
                {t(Msg::MoveConfirm)}
            </button>
            <button type="button" class="button" on:click=move |_| moving.set(None)>
                {t(Msg::Cancel)}
            </button>
        </div>
    }
}
