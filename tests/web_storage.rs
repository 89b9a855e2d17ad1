//! Browser tests of storage against the real `localStorage`: the `BrowserStore` round trip,
//! saving and reopening through `Persistence`, a real quota failure, and the app's autosave
//! (debounce, `pagehide`, unmount) and reload.
#![cfg(target_arch = "wasm32")]

mod example_support;

mod web_support;

use example_support::example_workspace;
use sixtwo::app::clock;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::{Timestamp, Workspace};
use sixtwo::io::envelope::decode;
use sixtwo::storage::browser::BrowserStore;
use sixtwo::storage::persistence::Mode;
use sixtwo::storage::{
    utf16_cost, KeyValueStore, Opened, Persistence, SaveError, StoreError, PROBE_KEY, WORKSPACE_KEY,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store() -> BrowserStore {
    BrowserStore::open().expect("localStorage opens in the test browser")
}

fn example() -> Workspace {
    example_workspace(ExampleLanguage::English, clock::today())
}

fn small_workspace() -> Workspace {
    let mut workspace = Workspace::default();
    workspace.organisation.name = "Small Ltd".into();
    workspace
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_750_000_000 + seconds)
}

/// The workspace stored under [`WORKSPACE_KEY`], decoded.
fn stored_workspace() -> Option<sixtwo::io::envelope::Decoded> {
    stored(WORKSPACE_KEY).map(|raw| decode(&raw).expect("the stored workspace is readable"))
}

const FILL_PREFIX: &str = "webtest.fill.";

/// Fills `localStorage` until not even a one-character value fits. Returns the keys used.
fn fill_storage() -> Vec<String> {
    let storage = local_storage();
    let mut keys = Vec::new();
    let mut refusals = Vec::new();
    let mut size = 1usize << 20;
    while size > 0 {
        let key = format!("{FILL_PREFIX}{}", keys.len());
        match storage.set_item(&key, &"x".repeat(size)) {
            Ok(()) => keys.push(key),
            Err(error) => {
                refusals.push(
                    error
                        .dyn_ref::<web_sys::DomException>()
                        .map(|e| e.name())
                        .unwrap_or_default(),
                );
                size /= 2;
            }
        }
    }
    assert!(
        refusals.iter().all(|name| name == "QuotaExceededError"),
        "the browser refused for lack of space: {refusals:?}"
    );
    assert!(
        !keys.is_empty(),
        "something was stored before the quota ran out"
    );
    keys
}

fn empty_filled_storage(keys: &[String]) {
    let storage = local_storage();
    for key in keys {
        storage.remove_item(key).expect("a filler can be removed");
    }
}

#[wasm_bindgen_test]
async fn browser_store_sets_gets_and_removes_real_items() {
    fresh_page().await;
    let store = store();
    let key = "webtest.round-trip";

    assert_eq!(store.get(key), Ok(None), "a missing key reads as None");
    let value = "目标 ✓ \u{1F600} \"quoted\"\nnew line";
    assert_eq!(store.set(key, value), Ok(()));
    assert_eq!(store.get(key), Ok(Some(value.to_string())));
    assert_eq!(
        stored(key).as_deref(),
        Some(value),
        "the value is really in localStorage"
    );
    assert_eq!(store.set(key, "second"), Ok(()));
    assert_eq!(store.get(key), Ok(Some("second".to_string())));
    // Another handle on the same origin sees the same data.
    assert_eq!(self::store().get(key), Ok(Some("second".to_string())));
    assert_eq!(store.remove(key), Ok(()));
    assert_eq!(store.get(key), Ok(None));
    assert_eq!(stored(key), None);
    assert_eq!(store.remove(key), Ok(()), "removing a missing key is fine");

    clear_storage();
}

#[wasm_bindgen_test]
async fn persistence_saves_and_reopens_the_same_workspace() {
    fresh_page().await;
    let workspace = example();

    let (mut persistence, opened) = Persistence::open(store());
    assert_eq!(opened, Opened::Fresh);
    assert_eq!(persistence.mode(), Mode::Writable);
    assert_eq!(
        stored(PROBE_KEY),
        None,
        "the write probe leaves nothing behind"
    );
    assert_eq!(stored(WORKSPACE_KEY), None, "opening writes nothing");

    let saved = persistence.save(&workspace, at(1)).expect("the save works");
    assert_eq!(saved.version.rev, 1);
    let raw = stored(WORKSPACE_KEY).expect("the workspace is stored");
    assert_eq!(saved.units, utf16_cost(WORKSPACE_KEY, &raw));

    let (mut reopened, opened) = Persistence::open(store());
    let Opened::Loaded(decoded) = opened else {
        panic!("the stored workspace loads, got {opened:?}");
    };
    assert_eq!(decoded.workspace, workspace);
    assert_eq!(decoded.workspace.objectives.len(), 9);
    assert_eq!(decoded.version.rev, 1);
    assert_eq!(decoded.saved_at, Some(at(1)));
    assert_eq!(reopened.known_rev(), 1);

    let mut changed = workspace.clone();
    changed.organisation.name = "Renamed".into();
    assert_eq!(reopened.save(&changed, at(2)).map(|s| s.version.rev), Ok(2));
    // The first handle has not seen revision 2: it must not overwrite it.
    assert_eq!(
        persistence.save(&workspace, at(3)),
        Err(SaveError::Conflict { theirs: Some(2) })
    );
    let (_, opened) = Persistence::open(store());
    let Opened::Loaded(decoded) = opened else {
        panic!("the stored workspace loads, got {opened:?}");
    };
    assert_eq!(decoded.workspace, changed);
    assert_eq!(decoded.version.rev, 2);

    clear_storage();
}

#[wasm_bindgen_test]
async fn a_full_quota_is_reported_and_leaves_the_stored_workspace_unchanged() {
    fresh_page().await;
    let (mut first, _) = Persistence::open(store());
    first
        .save(&small_workspace(), at(1))
        .expect("the first save fits");
    let before = stored(WORKSPACE_KEY).expect("the workspace is stored");

    let fillers = fill_storage();

    let store = store();
    assert_eq!(
        store.set("webtest.one-more", &"y".repeat(1_000)),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(
        store.get("webtest.one-more"),
        Ok(None),
        "nothing was written"
    );

    // Opening on a full storage still reads the workspace and may write later.
    let (mut persistence, opened) = Persistence::open(self::store());
    assert!(
        matches!(&opened, Opened::Loaded(decoded) if decoded.workspace == small_workspace()),
        "the workspace loads: {opened:?}"
    );
    assert_eq!(persistence.mode(), Mode::Writable);

    let bigger = example();
    assert_eq!(
        persistence.save(&bigger, at(2)),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(
        stored(WORKSPACE_KEY).as_deref(),
        Some(before.as_str()),
        "the stored workspace is unchanged"
    );
    assert_eq!(persistence.known_rev(), 1);

    // Once space is freed, the same save works.
    empty_filled_storage(&fillers);
    assert_eq!(
        persistence.save(&bigger, at(3)).map(|s| s.version.rev),
        Ok(2)
    );
    let decoded = stored_workspace().expect("the workspace is stored");
    assert_eq!(decoded.workspace, bigger);

    clear_storage();
}

#[wasm_bindgen_test]
async fn the_app_saves_the_example_once_editing_pauses() {
    fresh_page().await;
    let app = mount_app().await;
    assert_eq!(stored(WORKSPACE_KEY), None, "mounting writes no workspace");

    let started = js_sys::Date::now();
    app.click_now("Load the example");
    app.wait_for_example().await;
    assert_eq!(
        stored(WORKSPACE_KEY),
        None,
        "the save waits for the debounce"
    );
    // A tick runs no timers: the debounce is still pending.
    leptos::task::tick().await;
    let status = app
        .query("[data-testid=save-status]")
        .expect("a save status");
    assert!(text(&status).contains("Saving…"), "{:?}", text(&status));
    assert_eq!(stored(WORKSPACE_KEY), None, "still in the debounce");

    wait_until("the workspace is stored", || {
        stored(WORKSPACE_KEY).is_some()
    })
    .await;
    let waited = js_sys::Date::now() - started;
    assert!(
        waited >= 390.0,
        "saved after {waited} ms, before the debounce"
    );
    let decoded = stored_workspace().expect("the workspace is stored");
    assert_eq!(decoded.workspace.objectives.len(), 9);
    assert_eq!(decoded.version.rev, 1);
    settle().await;
    assert!(
        text(&status).contains("Saved in this browser at"),
        "{:?}",
        text(&status)
    );

    app.unmount().await;
    clear_storage();
}

#[wasm_bindgen_test]
async fn pagehide_saves_at_once() {
    fresh_page().await;
    let app = mount_app().await;
    app.click_now("Load the example");
    app.wait_for_example().await;
    assert_eq!(stored(WORKSPACE_KEY), None, "still in the debounce");

    fire_pagehide();
    let decoded = stored_workspace().expect("pagehide stored the workspace");
    assert_eq!(decoded.workspace.objectives.len(), 9);
    let raw = stored(WORKSPACE_KEY);
    // The cancelled debounce does not save a second time.
    sleep(600).await;
    assert_eq!(stored(WORKSPACE_KEY), raw, "nothing more was written");

    app.unmount().await;
    clear_storage();
}

#[wasm_bindgen_test]
async fn unmounting_saves_a_pending_change() {
    fresh_page().await;
    let app = mount_app().await;
    app.click_now("Load the example");
    app.wait_for_example().await;
    assert_eq!(stored(WORKSPACE_KEY), None, "still in the debounce");

    app.unmount().await;
    let decoded = stored_workspace().expect("unmounting stored the workspace");
    assert_eq!(decoded.workspace.objectives.len(), 9);

    clear_storage();
}

#[wasm_bindgen_test]
async fn a_remounted_app_shows_the_stored_workspace() {
    fresh_page().await;
    let app = mount_app().await;
    app.load_example().await;
    wait_until("the workspace is stored", || {
        stored(WORKSPACE_KEY).is_some()
    })
    .await;
    app.unmount().await;
    let raw = stored(WORKSPACE_KEY);

    let app = mount_app().await;
    let counts: Vec<String> = app
        .query_all("[data-testid^=count-]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(counts, ["3 objectives", "3 objectives", "3 objectives"]);
    go_to("#/register").await;
    wait_until("the register lists the objectives", || {
        app.query_all("tr[data-row]").len() == 9
    })
    .await;
    go_to("#/tree").await;
    wait_until("the tree shows the objectives", || {
        app.query_all("[role=treeitem]").len() == 9
    })
    .await;
    // Reading and looking around writes nothing.
    sleep(500).await;
    fire_pagehide();
    assert_eq!(stored(WORKSPACE_KEY), raw);

    app.unmount().await;
    assert_eq!(
        stored(WORKSPACE_KEY),
        raw,
        "unmounting a clean app writes nothing"
    );
    go_to("#/").await;
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_app_reports_a_full_storage_and_saves_once_space_is_freed() {
    fresh_page().await;
    let fillers = fill_storage();
    let app = mount_app().await;
    app.load_example().await;

    wait_until("the storage-full warning appears", || {
        app.query_all("[role=alert] h2")
            .iter()
            .any(|h| text(h) == "Browser storage is full")
    })
    .await;
    assert_eq!(stored(WORKSPACE_KEY), None, "nothing was stored");
    let status = app
        .query("[data-testid=save-status]")
        .expect("a save status");
    assert!(
        text(&status).contains("Not saved: browser storage is full"),
        "{:?}",
        text(&status)
    );
    // The warning offers the work as a download.
    let downloads = DownloadCatcher::install();
    app.click("Download data (JSON)").await;
    let caught = downloads.caught();
    downloads.remove();
    assert_eq!(caught.len(), 1, "one download: {caught:?}");
    let offered = decode(&fetch_text(&caught[0].1).await).expect("the download is readable");
    assert_eq!(offered.workspace.objectives.len(), 9);
    // The work is still there.
    let counts: Vec<String> = app
        .query_all("[data-testid^=count-]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(counts, ["3 objectives", "3 objectives", "3 objectives"]);

    empty_filled_storage(&fillers);
    fire_pagehide();
    settle().await;
    let decoded = stored_workspace().expect("the retry stored the workspace");
    assert_eq!(decoded.workspace.objectives.len(), 9);
    assert!(
        app.query_all("[role=alert] h2").is_empty(),
        "the warning is gone"
    );
    assert!(
        text(&status).contains("Saved in this browser at"),
        "{:?}",
        text(&status)
    );

    app.unmount().await;
    clear_storage();
}
