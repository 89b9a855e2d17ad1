//! Browser tests of the recovery screen: unreadable stored data (broken JSON, a wrong field
//! type, a newer schema version) is explained, offered for download and never written over
//! until the user starts afresh and then changes something.
#![cfg(target_arch = "wasm32")]

mod example_support;

mod web_support;

use example_support::example_workspace;
use sixtwo::app::clock;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::Timestamp;
use sixtwo::io::envelope::{decode, encode_stored};
use sixtwo::storage::WORKSPACE_KEY;
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Broken JSON (a bare word where a key belongs, on line 5), with non-ASCII text so the
/// byte-for-byte checks cover more than ASCII.
const BROKEN_JSON: &str = "{\n  \"format\": \"sixtwo-workspace\",\n  \"schemaVersion\": 1,\n  \"workspace\": {\"organisation\": {\"name\": \"目标 ✓ \u{1F600}\"}},\n  oops\n}";

/// An envelope from a future SixTwo.
const NEWER_VERSION: &str = r#"{"format":"sixtwo-workspace","schemaVersion":99,"appVersion":"9.0.0","rev":4,"workspace":{"hologram":true}}"#;

/// The example as stored, with the first objective's level replaced by a number.
fn wrong_field_type() -> String {
    let workspace = example_workspace(ExampleLanguage::English, clock::today());
    let text = encode_stored(&workspace, 3, Timestamp::from_unix_seconds(1_750_000_000));
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("stored form is JSON");
    value["workspace"]["objectives"][0]["level"] = serde_json::json!(42);
    value.to_string()
}

/// Puts `raw` in storage and mounts the app on it.
async fn mount_on(raw: &str) -> Mounted {
    fresh_page().await;
    local_storage()
        .set_item(WORKSPACE_KEY, raw)
        .expect("the corrupt text can be stored");
    mount_app().await
}

fn assert_untouched(raw: &str, snapshot: &[(String, String)], when: &str) {
    assert_eq!(
        stored(WORKSPACE_KEY).as_deref(),
        Some(raw),
        "the stored text is unchanged {when}"
    );
    assert_eq!(
        storage_snapshot(),
        snapshot,
        "nothing at all was written {when}"
    );
}

fn is_recovery_screen(app: &Mounted) -> bool {
    app.query("[data-testid=recovery]").is_some()
}

/// Sends Ctrl+`key` to the page, as the undo and redo shortcuts are typed.
fn press_ctrl(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event can be created");
    document()
        .body()
        .expect("the page has a body")
        .dispatch_event(&event)
        .expect("the event can be dispatched");
}

/// The whole recovery check for one kind of unreadable data: what is shown, what is offered,
/// and that nothing is written while the user looks around or leaves.
async fn check_recovery(raw: &str, problem: &[&str]) {
    let app = mount_on(raw).await;
    let snapshot = storage_snapshot();
    assert_untouched(raw, &snapshot, "after mounting");

    assert!(is_recovery_screen(&app), "the recovery screen is shown");
    assert_eq!(
        app.heading().as_deref(),
        Some("Stored data could not be read")
    );
    let problems: Vec<String> = app.query_all(".problem-list li").iter().map(text).collect();
    assert!(
        problems
            .iter()
            .any(|line| problem.iter().all(|part| line.contains(part))),
        "the problem is explained with {problem:?}: {problems:?}"
    );
    assert!(
        app.query("nav").is_none(),
        "the main navigation is not offered"
    );
    assert!(
        app.find_control("Undo").is_none(),
        "undo is not offered while recovering"
    );
    let status = app
        .query("[data-testid=save-status]")
        .map(|s| text(&s))
        .unwrap_or_default();
    assert!(status.contains("Read-only"), "{status:?}");

    // The stored text is offered for download exactly as it is.
    let downloads = DownloadCatcher::install();
    app.click("Download the stored data").await;
    let caught = downloads.caught();
    downloads.remove();
    assert_eq!(caught.len(), 1, "one download: {caught:?}");
    let (name, url) = &caught[0];
    assert!(
        name.starts_with("sixtwo-stored-data-") && name.ends_with(".json"),
        "{name:?}"
    );
    assert_eq!(
        fetch_text(url).await,
        raw,
        "the download is the stored text"
    );
    assert_untouched(raw, &snapshot, "after the download");

    // Opening the confirmation and cancelling changes nothing.
    app.click("Start an empty workspace…").await;
    let dialog = app.query("dialog[open]").expect("a confirmation opens");
    assert!(text(&dialog).contains("Replace the unreadable data?"));
    app.click("Cancel").await;
    assert!(app.query("dialog[open]").is_none(), "the dialog closed");
    assert!(is_recovery_screen(&app), "still recovering");

    // Shortcuts, the skip link and the page being hidden write nothing either.
    press_ctrl("z");
    press_ctrl("y");
    app.click("Skip to main content").await;
    fire_pagehide();
    sleep(600).await;
    settle().await;
    assert!(is_recovery_screen(&app), "still recovering");
    assert_untouched(raw, &snapshot, "after clicking around");

    app.unmount().await;
    assert_untouched(raw, &snapshot, "after unmounting");
    clear_storage();
}

#[wasm_bindgen_test]
async fn broken_json_is_explained_with_its_line_and_column() {
    check_recovery(BROKEN_JSON, &["It is not valid JSON", "(line 5, column 3)"]).await;
}

#[wasm_bindgen_test]
async fn a_field_of_the_wrong_type_is_explained_with_its_path() {
    let raw = wrong_field_type();
    assert!(decode(&raw).is_err(), "the test data is unreadable");
    check_recovery(&raw, &["workspace.objectives[0].level", "is invalid"]).await;
}

#[wasm_bindgen_test]
async fn data_from_a_newer_version_is_explained_and_kept() {
    check_recovery(NEWER_VERSION, &["newer version", "schema version 99"]).await;
}

#[wasm_bindgen_test]
async fn starting_empty_shows_the_app_and_replaces_the_data_only_after_a_change() {
    let app = mount_on(NEWER_VERSION).await;
    let snapshot = storage_snapshot();
    assert!(is_recovery_screen(&app));

    app.click("Start an empty workspace…").await;
    assert!(app.query("dialog[open]").is_some(), "a confirmation opens");
    app.click("Start empty").await;
    wait_until("the normal app is shown", || {
        !is_recovery_screen(&app) && app.query("nav").is_some()
    })
    .await;
    assert_eq!(app.heading().as_deref(), Some("Overview"));
    assert!(app.query("dialog[open]").is_none(), "the dialog closed");
    assert!(
        app.find_control("Load the example").is_some(),
        "the empty workspace offers a start"
    );

    // Giving up the data is not a change: nothing is written yet.
    sleep(600).await;
    fire_pagehide();
    assert_untouched(NEWER_VERSION, &snapshot, "after starting empty");

    app.load_example().await;
    wait_until("the new workspace is stored", || {
        stored(WORKSPACE_KEY).as_deref() != Some(NEWER_VERSION)
    })
    .await;
    let raw = stored(WORKSPACE_KEY).expect("a workspace is stored");
    let decoded = decode(&raw).expect("what is stored now is readable");
    assert_eq!(decoded.workspace.objectives.len(), 9);
    assert_eq!(decoded.version.rev, 1);

    app.unmount().await;
    clear_storage();
}
