//! Browser tests of unpacking the stored workspace with the browser's own inflater
//! (`app::opening`): the JSON it gives, and the errors after it, are exactly what miniz_oxide's
//! unpack gives, on good, random and damaged texts; more bytes than the header announces are
//! refused; and the stored text is only read.
#![cfg(target_arch = "wasm32")]

mod example_support;

use example_support::example_workspace;
use sixtwo::app::clock;
use sixtwo::app::opening::{inflate, stored_to_unpack, unpack_ahead, with_preread};
use sixtwo::app::route::WorkspaceRequest;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::Timestamp;
use sixtwo::io::compact;
use sixtwo::io::envelope::encode_stored;
use sixtwo::storage::{KeyValueStore, MemoryStore, WORKSPACE_KEY};
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A small xorshift generator: the same texts and damage on every run.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// The example as stored, random texts with Chinese and emoji, and an empty text.
fn texts(random: &mut Random) -> Vec<String> {
    let workspace = example_workspace(ExampleLanguage::English, clock::today());
    let mut texts = vec![
        encode_stored(&workspace, 3, Timestamp::from_unix_seconds(1_750_000_000)),
        String::new(),
    ];
    for length in [1usize, 40, 2_000, 90_000] {
        let mut text = String::new();
        while text.len() < length {
            let piece = [
                "a",
                "目标",
                "\u{1F600}",
                "\"code\":",
                "O-12",
                " ",
                "\n",
                "✓",
            ];
            text.push_str(piece[random.below(piece.len())]);
        }
        texts.push(text);
    }
    texts
}

/// What opening a store holding `raw` unpacks: the native path first, then `compact::unpack`
/// as `Persistence::open` calls it.
async fn unpack_as_opening_does(raw: &str) -> Result<String, compact::CompactError> {
    let store: Rc<dyn KeyValueStore> = Rc::new(MemoryStore::new());
    store
        .set(WORKSPACE_KEY, raw)
        .expect("the memory store takes it");
    if let Some(to_unpack) = stored_to_unpack(&store, &WorkspaceRequest::LastUsed) {
        unpack_ahead(to_unpack).await;
    }
    // The state's store: its first read is the text read before, then storage as it is.
    let opened = with_preread(store.clone());
    assert_eq!(opened.get(WORKSPACE_KEY), Ok(Some(raw.to_string())));
    assert_eq!(opened.get(WORKSPACE_KEY), Ok(Some(raw.to_string())));
    compact::unpack(raw)
}

#[wasm_bindgen_test]
async fn the_browsers_inflater_gives_what_miniz_gives() {
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    for json in texts(&mut random) {
        let packed = compact::pack(&json, 2, "w", &[]);
        let (header, deflated) = compact::deflated(&packed).expect("a packed text");
        let native = inflate(&deflated, header.json_bytes).await;
        assert_eq!(
            native.as_deref(),
            Some(json.as_bytes()),
            "{} bytes",
            json.len()
        );
        assert_eq!(unpack_as_opening_does(&packed).await, Ok(json));
    }
}

#[wasm_bindgen_test]
async fn damaged_texts_give_the_same_result_or_error_as_before() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    for json in texts(&mut random) {
        let packed = compact::pack(&json, 2, "w", &[]);
        let (head, body) = packed.split_once('\n').expect("a header line");
        let units: Vec<char> = body.chars().collect();
        if units.is_empty() {
            continue;
        }
        for _ in 0..24 {
            let mut damaged = units.clone();
            for _ in 0..=random.below(3) {
                let at = random.below(damaged.len());
                damaged[at] = char::from_u32(0x20 + random.below(0x8000) as u32).expect("a unit");
            }
            let text = format!("{head}\n{}", damaged.iter().collect::<String>());
            // Nothing offered: miniz's own answer.
            let before = compact::unpack(&text);
            assert_eq!(unpack_as_opening_does(&text).await, before);
        }
        // Cut short, and a unit outside the packed range: refused before inflating.
        let half: String = units[..units.len() / 2].iter().collect();
        let cut = format!("{head}\n{half}");
        assert_eq!(unpack_as_opening_does(&cut).await, compact::unpack(&cut));
    }
}

#[wasm_bindgen_test]
async fn more_bytes_than_the_header_announces_are_refused() {
    let json = "目标 ".repeat(50_000);
    let packed = compact::pack(&json, 1, "w", &[]);
    let (header, deflated) = compact::deflated(&packed).expect("a packed text");
    assert_eq!(inflate(&deflated, header.json_bytes - 1).await, None);
    let smaller = packed.replace(
        &format!("\"jsonBytes\":{}", json.len()),
        &format!("\"jsonBytes\":{}", json.len() - 1),
    );
    let expected = compact::unpack(&smaller);
    assert!(matches!(
        expected,
        Err(compact::CompactError::Length { .. })
    ));
    assert_eq!(unpack_as_opening_does(&smaller).await, expected);
}

#[wasm_bindgen_test]
async fn a_change_by_another_tab_before_the_app_starts_is_read_from_storage() {
    let store: Rc<dyn KeyValueStore> = Rc::new(MemoryStore::new());
    let first = compact::pack("{\"a\":1}", 1, "w", &[]);
    let newer = compact::pack("{\"a\":2}", 2, "w", &[]);
    store
        .set(WORKSPACE_KEY, &first)
        .expect("the memory store takes it");
    let to_unpack = stored_to_unpack(&store, &WorkspaceRequest::LastUsed).expect("compact");
    unpack_ahead(to_unpack).await;
    // Another tab writes; this page hears of it by a `storage` event.
    store
        .set(WORKSPACE_KEY, &newer)
        .expect("the memory store takes it");
    let event = web_sys::StorageEvent::new("storage").expect("an event");
    web_sys::window()
        .expect("a window")
        .dispatch_event(&event)
        .expect("dispatched");
    let opened = with_preread(store.clone());
    assert_eq!(opened.get(WORKSPACE_KEY), Ok(Some(newer.clone())));
    // The JSON unpacked ahead belongs to the older text: the newer one is unpacked afresh.
    assert_eq!(compact::unpack(&newer), Ok("{\"a\":2}".to_string()));
}
