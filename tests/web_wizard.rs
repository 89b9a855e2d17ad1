//! Browser tests of the "Establish an objective" wizard (clause 6.2.1) in the real app: the
//! step list marks the current step, a refused Next keeps the step and links the refusal to
//! its field, focus follows the step, Back keeps what was typed, and the draft is stored (and
//! resumed) at once.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Where unfinished wizards are kept (src/storage/mod.rs).
const DRAFTS_KEY: &str = "sixtwo.drafts";

/// The heading of the current step ("Step 1 of 8 Level and place").
fn step_title(app: &Mounted) -> String {
    app.query("#wizard-step-title")
        .map(|h| text(&h))
        .unwrap_or_default()
}

/// Mounts the app on an empty storage and opens the wizard at its first step.
async fn open_wizard() -> Mounted {
    fresh_page().await;
    let app = mount_app().await;
    go_to("#/establish").await;
    wait_until("the wizard shows its first step", || {
        step_title(&app) == "Step 1 of 8 Level and place"
    })
    .await;
    app
}

/// Presses `label` and waits until the wizard shows the step called `step`.
async fn press_to(app: &Mounted, label: &str, step: &str) {
    app.click(label).await;
    wait_until(&format!("the wizard shows {step:?}"), || {
        step_title(app).ends_with(step)
    })
    .await;
}

fn field(app: &Mounted, id: &str) -> Element {
    app.query(&format!("#{id}"))
        .unwrap_or_else(|| panic!("no field #{id}"))
}

/// Types `value` into the field with `id` the way the browser reports typing: the value
/// changes, then an `input` event bubbles up.
fn type_into(app: &Mounted, id: &str, value: &str) {
    let element = field(app, id);
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("#{id} is not a text field");
    }
    let event = document()
        .create_event("Event")
        .expect("an event can be created");
    event.init_event_with_bubbles("input", true);
    element
        .dispatch_event(&event)
        .expect("the event can be dispatched");
}

fn value_of(app: &Mounted, id: &str) -> String {
    let element = field(app, id);
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        panic!("#{id} is not a text field")
    }
}

/// The entries of the step list carrying `aria-current`, with its value.
fn current_entries(app: &Mounted) -> Vec<(String, String)> {
    app.query_all("nav.wizard-steps [aria-current]")
        .iter()
        .map(|e| (text(e), attr(e, "aria-current").unwrap_or_default()))
        .collect()
}

fn focused_id() -> Option<String> {
    active_element().map(|e| e.id())
}

fn is_shown(element: &Element) -> bool {
    !element.has_attribute("hidden")
        && element
            .dyn_ref::<HtmlElement>()
            .is_some_and(|e| e.offset_width() > 0 && e.offset_height() > 0)
}

#[wasm_bindgen_test]
async fn the_step_list_marks_exactly_the_current_step() {
    let app = open_wizard().await;

    let nav = app
        .query("nav.wizard-steps")
        .expect("the steps are a navigation region");
    assert_eq!(attr(&nav, "aria-label").as_deref(), Some("Steps"));
    assert_eq!(
        query_all(&nav, "ol > li").len(),
        8,
        "an ordered list of eight steps"
    );
    let current = current_entries(&app);
    assert_eq!(current.len(), 1, "one current step: {current:?}");
    assert!(
        current[0].0.starts_with("1. Level and place"),
        "{current:?}"
    );
    assert_eq!(current[0].1, "step");

    press_to(&app, "Next", "a) Policy").await;
    let current = current_entries(&app);
    assert_eq!(
        current.len(),
        1,
        "the mark moves with the step: {current:?}"
    );
    assert!(current[0].0.starts_with("2. a) Policy"), "{current:?}");
    assert_eq!(current[0].1, "step");
    // Every other step can be chosen, the one left behind and those not reached yet alike.
    // The page is rebuilt for each step: look at the new step list.
    let buttons: Vec<String> = app
        .query_all("nav.wizard-steps button")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        buttons.len(),
        7,
        "every step but the current one: {buttons:?}"
    );
    assert!(
        buttons.iter().any(|b| b.starts_with("1. Level and place")),
        "{buttons:?}"
    );
    assert!(
        buttons.iter().any(|b| b.contains("Review and save")),
        "{buttons:?}"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_refused_next_keeps_the_step_and_links_the_message_to_the_field() {
    let app = open_wizard().await;
    let code = field(&app, "wizard-code");
    assert_eq!(attr(&code, "aria-invalid"), None, "no refusal before Next");

    type_into(&app, "wizard-code", "");
    settle().await;
    app.click("Next").await;
    wait_until("focus moves to the refused field", || {
        focused_id().as_deref() == Some("wizard-code")
    })
    .await;

    assert_eq!(
        step_title(&app),
        "Step 1 of 8 Level and place",
        "still on step 1"
    );
    assert!(
        window()
            .location()
            .hash()
            .expect("the address can be read")
            .ends_with("step=place"),
        "the address still names step 1"
    );
    let code = field(&app, "wizard-code");
    assert_eq!(attr(&code, "aria-invalid").as_deref(), Some("true"));
    let described = attr(&code, "aria-describedby").expect("the field is described");
    let messages: Vec<String> = described
        .split_whitespace()
        .filter_map(|id| document().get_element_by_id(id))
        .filter(|e| e.class_list().contains("field__error") && is_shown(e))
        .map(|e| text(&e))
        .collect();
    assert_eq!(
        messages.len(),
        1,
        "aria-describedby points at one visible message: {described}"
    );
    assert!(
        messages[0].contains("code"),
        "the message is about the code: {:?}",
        messages[0]
    );
    let summary = app
        .query("[data-testid=error-summary]")
        .expect("a summary of the step's errors");
    assert_eq!(attr(&summary, "role").as_deref(), Some("alert"));
    assert!(text(&summary).contains("Please correct the items marked below"));

    // Fixing the code removes the refusal and lets the wizard move on.
    type_into(&app, "wizard-code", "S9");
    settle().await;
    assert_eq!(attr(&field(&app, "wizard-code"), "aria-invalid"), None);
    press_to(&app, "Next", "a) Policy").await;
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn after_a_valid_next_focus_is_on_the_new_steps_heading() {
    let app = open_wizard().await;
    press_to(&app, "Next", "a) Policy").await;
    wait_until("focus is on the step heading", || {
        focused_id().as_deref() == Some("wizard-step-title")
    })
    .await;
    let heading = field(&app, "wizard-step-title");
    assert_eq!(heading.tag_name(), "H2");
    assert_eq!(text(&heading), "Step 2 of 8 a) Policy");

    press_to(&app, "Next", "b) Measurable").await;
    wait_until("focus is on the next step's heading", || {
        active_element()
            .is_some_and(|e| e.id() == "wizard-step-title" && text(&e).ends_with("b) Measurable"))
    })
    .await;
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn back_keeps_what_was_typed() {
    let app = open_wizard().await;
    type_into(&app, "wizard-owner", "Mei Chen");
    press_to(&app, "Next", "a) Policy").await;
    press_to(&app, "Next", "b) Measurable").await;
    type_into(&app, "wizard-title", "Cut MTTR to 15 minutes by 2027");
    type_into(&app, "wizard-description", "First line\nsecond line");
    settle().await;

    press_to(&app, "Back", "a) Policy").await;
    press_to(&app, "Back", "Level and place").await;
    assert_eq!(value_of(&app, "wizard-owner"), "Mei Chen");
    press_to(&app, "Next", "a) Policy").await;
    press_to(&app, "Next", "b) Measurable").await;
    assert_eq!(
        value_of(&app, "wizard-title"),
        "Cut MTTR to 15 minutes by 2027"
    );
    assert_eq!(
        value_of(&app, "wizard-description"),
        "First line\nsecond line"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn the_draft_is_stored_at_once_and_resumed_after_a_reload() {
    let app = open_wizard().await;
    assert_eq!(
        stored(DRAFTS_KEY),
        None,
        "opening the wizard is no draft until something is changed"
    );

    type_into(&app, "wizard-owner", "Mei Chen");
    // No waiting: the draft is written with the keystroke, not after a pause.
    let after: serde_json::Value =
        serde_json::from_str(&stored(DRAFTS_KEY).expect("the draft is stored"))
            .expect("the drafts are JSON");
    assert_eq!(
        after["establish"]["draft"]["objective"]["owner"],
        "Mei Chen"
    );
    assert_eq!(after["establish"]["step"], "place");

    // Once changed, the draft gets its own address: a new page (as after a reload) at that
    // address resumes it.
    wait_until("the draft has its own address", || {
        window()
            .location()
            .hash()
            .is_ok_and(|hash| hash.contains("objective="))
    })
    .await;
    let address = window().location().hash().expect("the address can be read");
    app.unmount().await;
    go_to(&address).await;
    let app = mount_app().await;
    wait_until("the wizard resumes", || {
        step_title(&app) == "Step 1 of 8 Level and place"
    })
    .await;
    assert_eq!(value_of(&app, "wizard-owner"), "Mei Chen");
    assert!(
        app.query("[data-testid=draft-found]").is_none(),
        "its own draft is resumed without asking"
    );
    app.unmount().await;
}
