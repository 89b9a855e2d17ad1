//! Browser tests of the objective tree (WAI-ARIA tree view pattern) in the real app: roles and
//! ARIA attributes, the roving tab stop, and every key the pattern defines.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// The example's tree, depth first, as the tree shows it.
const ALL_CODES: [&str; 9] = ["S1", "T1", "O1", "S2", "T3", "O3", "S3", "T2", "O2"];

/// Mounts the app on an empty storage, loads the example and opens the tree.
async fn open_example_tree() -> Mounted {
    fresh_page().await;
    let app = mount_app().await;
    app.load_example().await;
    go_to("#/tree").await;
    wait_until("the tree shows the example", || {
        app.query_all("[role=treeitem]").len() == 9
    })
    .await;
    app
}

fn items(app: &Mounted) -> Vec<Element> {
    app.query_all("[role=tree] [role=treeitem]")
}

/// The objective code an item shows.
fn code(item: &Element) -> String {
    item.query_selector(".tree-item__code")
        .ok()
        .flatten()
        .map(|c| text(&c))
        .unwrap_or_default()
}

fn codes(app: &Mounted) -> Vec<String> {
    items(app).iter().map(code).collect()
}

fn item(app: &Mounted, wanted: &str) -> Element {
    items(app)
        .into_iter()
        .find(|i| code(i) == wanted)
        .unwrap_or_else(|| panic!("no tree item for {wanted}"))
}

fn numbers(app: &Mounted, attribute: &str) -> Vec<usize> {
    items(app)
        .iter()
        .map(|i| {
            attr(i, attribute)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{} has no numeric {attribute}", code(i)))
        })
        .collect()
}

/// The code of the focused element, if it is a tree item.
fn focused_code() -> Option<String> {
    active_element()
        .filter(|e| attr(e, "role").as_deref() == Some("treeitem"))
        .map(|e| code(&e))
}

/// Checks the roving tab stop: `expected` is the only item with tabindex 0, the only one
/// selected, and it has keyboard focus.
fn assert_current(app: &Mounted, expected: &str) {
    let tab_stops: Vec<String> = items(app)
        .iter()
        .filter(|i| attr(i, "tabindex").as_deref() == Some("0"))
        .map(code)
        .collect();
    assert_eq!(tab_stops, [expected], "the single tab stop");
    for i in items(app) {
        let tabindex = attr(&i, "tabindex");
        assert!(
            tabindex.as_deref() == Some("0") || tabindex.as_deref() == Some("-1"),
            "{} has tabindex {tabindex:?}",
            code(&i)
        );
    }
    let selected: Vec<String> = items(app)
        .iter()
        .filter(|i| attr(i, "aria-selected").as_deref() == Some("true"))
        .map(code)
        .collect();
    assert_eq!(selected, [expected], "the selected item");
    assert_eq!(focused_code().as_deref(), Some(expected), "keyboard focus");
}

/// Focuses the item holding the tab stop, as Tab into the tree would.
async fn focus_tree(app: &Mounted) -> Element {
    let stop = app
        .query("[role=treeitem][tabindex='0']")
        .expect("one item is in the tab order");
    stop.clone()
        .dyn_into::<web_sys::HtmlElement>()
        .expect("tree items are HTML elements")
        .focus()
        .expect("the item takes focus");
    settle().await;
    stop
}

/// Presses `key` on the focused element, asserts the tree handled it and waits for the update
/// and the focus move.
async fn key(key: &str) {
    let target = active_element().expect("something has focus");
    assert_eq!(
        attr(&target, "role").as_deref(),
        Some("treeitem"),
        "keys go to a focused tree item"
    );
    assert!(press(&target, key), "the tree handles {key:?}");
    settle().await;
    settle().await;
}

#[wasm_bindgen_test]
async fn the_tree_is_named_and_shows_three_levels_with_their_positions() {
    let app = open_example_tree().await;

    let trees = app.query_all("[role=tree]");
    assert_eq!(trees.len(), 1, "one tree");
    let tree = &trees[0];
    assert_eq!(
        attr(tree, "aria-label").as_deref(),
        Some("Objectives by level")
    );
    let help_id = attr(tree, "aria-describedby").expect("the tree is described");
    let help = document()
        .get_element_by_id(&help_id)
        .expect("the description exists");
    assert!(!text(&help).is_empty(), "the description says something");

    assert_eq!(codes(&app), ALL_CODES);
    assert_eq!(numbers(&app, "aria-level"), [1, 2, 3, 1, 2, 3, 1, 2, 3]);
    assert_eq!(numbers(&app, "aria-setsize"), [3, 1, 1, 3, 1, 1, 3, 1, 1]);
    assert_eq!(numbers(&app, "aria-posinset"), [1, 1, 1, 2, 1, 1, 3, 1, 1]);
    for i in items(&app) {
        let label_id = attr(&i, "aria-labelledby").expect("items are labelled");
        let label = document()
            .get_element_by_id(&label_id)
            .expect("the label exists");
        assert!(
            text(&label).starts_with(&code(&i)),
            "the label of {} names it: {:?}",
            code(&i),
            text(&label)
        );
    }

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn exactly_one_item_is_in_the_tab_order_and_branches_alone_are_expandable() {
    let app = open_example_tree().await;

    let tab_stops = app.query_all("[role=treeitem][tabindex='0']");
    assert_eq!(tab_stops.len(), 1, "one tab stop");
    assert_eq!(code(&tab_stops[0]), "S1", "the first item holds it");
    assert_eq!(app.query_all("[role=treeitem][tabindex='-1']").len(), 8);

    for i in items(&app) {
        let expanded = attr(&i, "aria-expanded");
        if code(&i).starts_with('O') {
            assert_eq!(expanded, None, "leaf {} has no aria-expanded", code(&i));
        } else {
            assert_eq!(
                expanded.as_deref(),
                Some("true"),
                "branch {} is open",
                code(&i)
            );
        }
    }

    focus_tree(&app).await;
    assert_current(&app, "S1");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_focus_and_the_tab_stop() {
    let app = open_example_tree().await;
    focus_tree(&app).await;

    key("ArrowDown").await;
    assert_current(&app, "T1");
    key("ArrowDown").await;
    assert_current(&app, "O1");
    key("ArrowDown").await;
    assert_current(&app, "S2");
    key("ArrowUp").await;
    assert_current(&app, "O1");
    key("End").await;
    assert_current(&app, "O2");
    // At the end, Down stays put.
    key("ArrowDown").await;
    assert_current(&app, "O2");
    key("Home").await;
    assert_current(&app, "S1");
    // At the top, Up stays put.
    key("ArrowUp").await;
    assert_current(&app, "S1");
    let selected = app
        .query("[data-testid=tree-selected]")
        .map(|p| text(&p))
        .unwrap_or_default();
    assert!(
        selected.contains("S1 Raise global market competitiveness"),
        "the selection is announced: {selected:?}"
    );

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn left_collapses_and_moves_to_the_parent_right_expands_and_moves_to_the_child() {
    let app = open_example_tree().await;
    focus_tree(&app).await;

    // Left on an open branch closes it: its children leave the tree, focus stays.
    key("ArrowLeft").await;
    assert_eq!(
        attr(&item(&app, "S1"), "aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(codes(&app), ["S1", "S2", "T3", "O3", "S3", "T2", "O2"]);
    assert_current(&app, "S1");
    // Down now skips the hidden children.
    key("ArrowDown").await;
    assert_current(&app, "S2");
    key("ArrowUp").await;

    // Right on a closed branch opens it; focus stays.
    key("ArrowRight").await;
    assert_eq!(
        attr(&item(&app, "S1"), "aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(codes(&app), ALL_CODES);
    assert_current(&app, "S1");
    // Right on an open branch moves to its first child.
    key("ArrowRight").await;
    assert_current(&app, "T1");
    key("ArrowRight").await;
    assert_current(&app, "O1");
    // Right on a leaf does nothing.
    key("ArrowRight").await;
    assert_current(&app, "O1");
    // Left on a leaf moves to its parent.
    key("ArrowLeft").await;
    assert_current(&app, "T1");
    // Left on the open parent closes it, a second Left moves up again.
    key("ArrowLeft").await;
    assert_eq!(
        attr(&item(&app, "T1"), "aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!codes(&app).contains(&"O1".to_string()), "O1 is hidden");
    assert_current(&app, "T1");
    key("ArrowLeft").await;
    assert_current(&app, "S1");

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn type_ahead_moves_to_the_next_item_whose_code_or_title_starts_with_the_typed_text() {
    let app = open_example_tree().await;
    focus_tree(&app).await;

    // "o" from S1: the next item whose code or title starts with "o" is O1.
    key("o").await;
    assert_current(&app, "O1");
    // Typed quickly, characters form one prefix: "s" finds S2, then "s3" finds S3.
    sleep(900).await;
    key("s").await;
    assert_current(&app, "S2");
    key("3").await;
    assert_current(&app, "S3");
    // After a pause a new search starts after the focused item and wraps around: "s" from
    // S3 passes T2 and O2 and finds S1.
    sleep(900).await;
    key("s").await;
    assert_current(&app, "S1");
    // Titles count too: "imp" finds T3 "Improve operational efficiency".
    sleep(900).await;
    for c in ["i", "m", "p"] {
        key(c).await;
    }
    assert_current(&app, "T3");
    // A search that matches nothing leaves focus where it is.
    sleep(900).await;
    key("x").await;
    assert_current(&app, "T3");

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn star_expands_every_sibling_of_the_focused_item() {
    let app = open_example_tree().await;
    app.click("Collapse all").await;
    wait_until("only the strategic objectives are shown", || {
        codes(&app) == ["S1", "S2", "S3"]
    })
    .await;
    for i in items(&app) {
        assert_eq!(attr(&i, "aria-expanded").as_deref(), Some("false"));
    }
    focus_tree(&app).await;
    assert_current(&app, "S1");

    key("*").await;
    // The siblings open one level; the tactical objectives below stay closed.
    assert_eq!(codes(&app), ["S1", "T1", "S2", "T3", "S3", "T2"]);
    for code in ["S1", "S2", "S3"] {
        assert_eq!(
            attr(&item(&app, code), "aria-expanded").as_deref(),
            Some("true")
        );
    }
    for code in ["T1", "T2", "T3"] {
        assert_eq!(
            attr(&item(&app, code), "aria-expanded").as_deref(),
            Some("false")
        );
    }
    assert_current(&app, "S1");
    assert_eq!(numbers(&app, "aria-level"), [1, 2, 1, 2, 1, 2]);

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn enter_opens_the_focused_objective() {
    let app = open_example_tree().await;
    focus_tree(&app).await;
    key("ArrowDown").await;
    assert_current(&app, "T1");
    let id = item(&app, "T1")
        .id()
        .strip_prefix("tree-node-")
        .expect("tree item ids name the objective")
        .to_string();

    key("Enter").await;
    assert_eq!(
        window().location().hash().ok(),
        Some(format!("#/objectives/{id}"))
    );
    wait_until("the objective page is shown", || {
        app.query("[data-testid=objective]").is_some()
    })
    .await;
    assert!(app.query("[role=tree]").is_none(), "the tree is gone");
    let heading = app.heading().unwrap_or_default();
    assert!(heading.contains("T1"), "the page is T1's: {heading:?}");

    app.unmount().await;
}

#[wasm_bindgen_test]
async fn keys_the_tree_does_not_use_are_left_to_the_browser() {
    let app = open_example_tree().await;
    let item = focus_tree(&app).await;
    for key in ["Tab", " ", "Escape"] {
        assert!(!press(&item, key), "{key:?} is not taken over");
    }
    settle().await;
    assert_current(&app, "S1");
    assert_eq!(codes(&app), ALL_CODES);
    app.unmount().await;
}
