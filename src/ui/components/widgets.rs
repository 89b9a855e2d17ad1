//! Small reusable pieces: labelled fields that show refusals next to themselves, selects,
//! checkboxes, the modal dialog, level and status badges, and decorative icons.

use crate::app::AppState;
use crate::domain::{Level, Status};
use crate::i18n::{level_label, status_label, Msg};
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::shown::Shown;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static NEXT_DOM_ID: Cell<u64> = const { Cell::new(0) };
}

/// A document-unique element id with a readable prefix, for label/for and ARIA references.
pub fn dom_id(prefix: &str) -> String {
    let n = NEXT_DOM_ID.with(|next| {
        let n = next.get() + 1;
        next.set(n);
        n
    });
    format!("{prefix}-{n}")
}

/// `msg` in the current language.
///
/// Text is not reactive to the language: switching language re-renders the whole interface
/// (see `ui::shell`), so each text node is a plain string with no effect behind it.
pub fn t(msg: Msg) -> &'static str {
    AppState::expect().t(msg)
}

/// The kind of text control a [`TextField`] renders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FieldKind {
    #[default]
    Line,
    Multiline,
    /// A text input for decimals (the keyboard on phones shows digits).
    Decimal,
    Date,
}

/// A labelled text control bound to a value of the workspace. Each input is offered to
/// `on_change`; a refusal is shown next to the field (and linked with `aria-describedby`),
/// and the workspace keeps its last valid value.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
pub fn TextField(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The value in the workspace.
    #[prop(into)]
    value: Signal<String>,
    /// Applies a new value, or returns the message explaining why it cannot be used.
    #[prop(into)]
    on_change: Callback<String, Result<(), String>>,
    /// A hint shown under the label.
    #[prop(optional, into)]
    help: MaybeProp<String>,
    #[prop(optional)] kind: FieldKind,
    #[prop(optional)] required: bool,
    /// An explicit element id (for links that jump to the field).
    #[prop(optional, into)]
    id: Option<String>,
    #[prop(optional, into)] class: Option<&'static str>,
    /// A refusal found elsewhere (when a whole form is submitted), shown like the field's own.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Values offered while typing (a `<datalist>`).
    #[prop(optional, into)]
    suggestions: MaybeProp<Vec<String>>,
    /// Context added to the label for assistive technology only, where visible labels
    /// repeat (such as "action 2").
    #[prop(optional, into)]
    context: MaybeProp<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("field"));
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let list_id = format!("{id}-suggestions");
    // Text the user typed that the workspace refused; shown until it is fixed.
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    // Text the user typed that the workspace accepted in a normalised form (a list that
    // drops blank lines, say), with the value it became. The typed text stays on screen
    // while the value is unchanged, so a new empty line or a trailing space survives the
    // keystroke; any other change to the value (undo, another tab) shows the value again.
    let accepted: RwSignal<Option<(String, String)>> = RwSignal::new(None);
    let own_error: RwSignal<Option<String>> = RwSignal::new(None);
    let error = Signal::derive(move || own_error.get().or_else(|| error.get()));
    let shown = move || {
        let current = value.get();
        draft.get().unwrap_or_else(|| {
            accepted.with(|typed| match typed {
                Some((text, became)) if *became == current => text.clone(),
                _ => current,
            })
        })
    };
    let input = move |text: String| match on_change.run(text.clone()) {
        Ok(()) => {
            draft.set(None);
            own_error.set(None);
            let became = value.get_untracked();
            accepted.set((became != text).then_some((text, became)));
        }
        Err(message) => {
            draft.set(Some(text));
            own_error.set(Some(message));
        }
    };
    let has_suggestions = suggestions.get_untracked().is_some();
    let described_by = described_by(&help_id, help, &error_id, error);
    let invalid = move || error.get().is_some().then_some("true");
    let control = match kind {
        FieldKind::Multiline => view! {
            <textarea
                id=id.clone()
                rows="3"
                required=required
                aria-describedby=described_by
                aria-invalid=move || invalid()
                prop:value=move || shown()
                on:input=move |ev| input(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        FieldKind::Line | FieldKind::Decimal | FieldKind::Date => {
            let (input_type, input_mode) = match kind {
                FieldKind::Date => ("date", None),
                FieldKind::Decimal => ("text", Some("decimal")),
                _ => ("text", None),
            };
            view! {
                <input
                    id=id.clone()
                    type=input_type
                    inputmode=input_mode
                    list=has_suggestions.then(|| list_id.clone())
                    required=required
                    aria-describedby=described_by
                    aria-invalid=move || invalid()
                    prop:value=move || shown()
                    on:input=move |ev| input(event_target_value(&ev))
                />
            }
            .into_any()
        }
    };
    view! {
        <div class=format!("field {}", class.unwrap_or_default())>
            <label for=id.clone()>{label}<LabelContext context=context/></label>
            {move || help.get().map(|help| view! { <p class="field__help" id=help_id.clone()>{help}</p> })}
            {control}
            {has_suggestions.then(|| view! {
                <datalist id=list_id.clone()>
                    {move || suggestions.get().unwrap_or_default().into_iter().map(|value| view! { <option value=value></option> }).collect_view()}
                </datalist>
            })}
            <FieldError id=error_id error=error/>
        </div>
    }
}

/// Visually hidden words completing a label, as " (action 2)".
#[component]
fn LabelContext(context: MaybeProp<String>) -> impl IntoView {
    reactive_view(move || {
        context
            .get()
            .map(|context| view! { <span class="visually-hidden">" (" {context} ")"</span> })
    })
}

/// `aria-describedby` for a field: its help when there is one, its error while shown.
fn described_by(
    help_id: &str,
    help: MaybeProp<String>,
    error_id: &str,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    let (help_id, error_id) = (help_id.to_string(), error_id.to_string());
    move || {
        let mut ids = Vec::new();
        if help.get().is_some() {
            ids.push(help_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// Why a field's value was refused, next to the field; hidden while there is nothing to say.
#[component]
pub fn FieldError(
    /// The id the field's `aria-describedby` points at.
    id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="field__error" id=id role="alert" hidden=move || error.get().is_none()>
            <Icon kind=IconKind::Error/>
            " "
            {move || error.get()}
        </p>
    }
}

/// One choice of a [`SelectField`]: its value attribute and its label.
pub type Choice = (String, String);

/// The choices for a small enum (levels, statuses…): each value's name and its label in the
/// current language.
pub fn enum_choices<T: Copy + std::fmt::Debug>(all: &[T], label: fn(T) -> Msg) -> Vec<Choice> {
    all.iter()
        .map(|value| (format!("{value:?}"), t(label(*value)).to_string()))
        .collect()
}

/// The value of `all` that [`enum_choices`] wrote as `choice`.
pub fn parse_choice<T: Copy + std::fmt::Debug>(all: &[T], choice: &str) -> Option<T> {
    all.iter()
        .copied()
        .find(|value| format!("{value:?}") == choice)
}

/// A labelled `<select>`.
#[component]
pub fn SelectField(
    #[prop(into)] label: Signal<String>,
    /// The choices, as (value, label) pairs.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// The value of the selected choice.
    #[prop(into)]
    selected: Signal<String>,
    #[prop(into)] on_change: Callback<String, Result<(), String>>,
    #[prop(optional, into)] help: MaybeProp<String>,
    #[prop(optional, into)] id: Option<String>,
    /// Context added to the label for assistive technology only (see [`TextField`]).
    #[prop(optional, into)]
    context: MaybeProp<String>,
    /// A refusal found elsewhere (a wizard step), shown like the select's own.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| dom_id("select"));
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let own_error: RwSignal<Option<String>> = RwSignal::new(None);
    let error = Signal::derive(move || own_error.get().or_else(|| error.get()));
    let described_by = described_by(&help_id, help, &error_id, error);
    view! {
        <div class="field">
            <label for=id.clone()>{label}<LabelContext context=context/></label>
            {move || help.get().map(|help| view! { <p class="field__help" id=help_id.clone()>{help}</p> })}
            <select
                id=id.clone()
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                on:change=move |ev| {
                    let result = on_change.run(event_target_value(&ev));
                    own_error.set(result.err());
                }
            >
                <For each=move || choices.get() key=|choice| choice.clone() let:choice>
                    {
                        let value = choice.0.clone();
                        view! {
                            <option value=choice.0 prop:selected=move || selected.get() == value>
                                {choice.1}
                            </option>
                        }
                    }
                </For>
            </select>
            <FieldError id=error_id error=error/>
        </div>
    }
}

/// A modal dialog on the native `<dialog>` element: it traps focus, closes on Escape and
/// returns focus to where it was. Its content is only rendered while it is open.
#[component]
pub fn Modal(
    #[prop(into)] open: Signal<bool>,
    /// Called when the dialog closes for any reason (Escape, a button, the app).
    #[prop(into)]
    on_close: Callback<()>,
    #[prop(into)] title: Signal<String>,
    /// Whether the content is still being built (`aria-busy`): the *Move to…* dialog while its
    /// code is fetched.
    #[prop(optional, into)]
    busy: MaybeProp<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let title_id = dom_id("dialog-title");
    let labelled_by = title_id.clone();
    Effect::new(move |_| {
        let open = open.get();
        if let Some(element) = dialog.get() {
            if open && !element.open() {
                let _ = element.show_modal();
            } else if !open && element.open() {
                element.close();
            }
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="modal"
            aria-labelledby=labelled_by
            aria-busy=move || busy.get().unwrap_or(false).then_some("true")
            on:close=move |_| on_close.run(())
        >
            <h2 id=title_id class="modal__title">{title}</h2>
            <Shown when=move || open.get()>{children()}</Shown>
        </dialog>
    }
}

/// How a confirmation's main button looks: destructive actions are red.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConfirmStyle {
    #[default]
    Primary,
    Danger,
}

/// A modal question with a confirming button and Cancel.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open; Cancel, Escape and confirming close it.
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<String>,
    /// The confirming button's text.
    confirm: Msg,
    #[prop(optional)] style: ConfirmStyle,
    /// What confirming does (after the dialog has closed).
    #[prop(into)]
    on_confirm: Callback<()>,
) -> impl IntoView {
    let confirm_class = match style {
        ConfirmStyle::Primary => "button button--primary",
        ConfirmStyle::Danger => "button button--danger",
    };
    view! {
        <Modal open=open on_close=move || open.set(false) title=title>
            <p>{body}</p>
            <div class="button-row">
                <button
                    type="button"
                    class=confirm_class
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {t(confirm)}
                </button>
                <button type="button" class="button" on:click=move |_| open.set(false)>
                    {t(Msg::Cancel)}
                </button>
            </div>
        </Modal>
    }
}

/// The level of an objective as a labelled badge; the text carries the meaning, the colour
/// only repeats it.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
pub fn LevelBadge(#[prop(into)] level: Signal<Level>) -> impl IntoView {
    let state = AppState::expect();
    let class = move || match level.get() {
        Level::Strategic => "badge badge--strategic",
        Level::Tactical => "badge badge--tactical",
        Level::Operational => "badge badge--operational",
    };
    view! { <span class=move || class()>{move || state.t(level_label(level.get()))}</span> }
}

/// The status of an objective as an icon and text.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    let state = AppState::expect();
    let icon = move || match status.get() {
        Status::Draft => IconKind::Draft,
        Status::Active => IconKind::Active,
        Status::Achieved => IconKind::Check,
        Status::NotAchieved => IconKind::Cross,
        Status::Cancelled | Status::Superseded => IconKind::Closed,
    };
    view! {
        <span class="status">
            {move || view! { <Icon kind=icon()/> }}
            {move || state.t(status_label(status.get()))}
        </span>
    }
}

/// The decorative icons the interface uses. They are hidden from assistive technology:
/// every icon stands next to text that says the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    Warning,
    Error,
    Check,
    Cross,
    Draft,
    Active,
    Closed,
    Info,
    Search,
}

/// An inline SVG icon, drawn in the current text colour.
#[component]
pub fn Icon(kind: IconKind) -> impl IntoView {
    let path = match kind {
        IconKind::Warning => "M12 3 2 21h20L12 3zm0 5 6.5 11h-13L12 8zm-1 3v4h2v-4h-2zm0 5v2h2v-2h-2z",
        IconKind::Error => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v7h-2V7zm0 8h2v2h-2v-2z",
        IconKind::Check => "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z",
        IconKind::Cross => "M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z",
        IconKind::Draft => "M3 17.2V21h3.8l11-11-3.8-3.8-11 11zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.8 3.8L20.7 7z",
        IconKind::Active => "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 3a5 5 0 1 1 0 10 5 5 0 0 1 0-10z",
        IconKind::Closed => "M6 11h12v2H6z",
        IconKind::Info => "M11 7h2v2h-2V7zm0 4h2v6h-2v-6zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20z",
        IconKind::Search => "M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=path fill="currentColor"></path>
        </svg>
    }
}
