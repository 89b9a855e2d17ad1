//! Unpacking the stored workspace before the app starts, with the browser's native inflater
//! (`DecompressionStream("deflate-raw")`), which is several times faster than miniz_oxide in
//! wasm. It only reads. The text read here is handed to the state's first read of the workspace
//! key ([`with_preread`]) unless a `storage` event came in between (another tab wrote): then the
//! state reads storage again. A write whose event comes later reaches the app's own listener,
//! installed in the task that creates the state, as any change by another tab does. The JSON
//! unpacked here is used only for exactly the text it was unpacked from
//! (`io::compact::offer_unpacked`). Whenever anything here fails (no stream API, damaged data,
//! more bytes than the header announces), nothing is offered and miniz_oxide unpacks as before,
//! giving the same result or the same error.

use crate::app::route::WorkspaceRequest;
use crate::app::state::workspaces::choose_workspace;
use crate::io::compact;
use crate::storage::workspaces::{load_registry, WorkspaceKeys};
use crate::storage::KeyValueStore;
use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the `storage` listener of the wait before the app starts is kept as.
type StorageListener = Closure<dyn FnMut()>;

thread_local! {
    /// The key and the text read before the app started, for the state's first read of it.
    static PREREAD: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// Forgets [`PREREAD`] on any `storage` event until the state is created.
    static GAP_LISTENER: RefCell<Option<StorageListener>> = const { RefCell::new(None) };
}

/// The stored workspace a page opens, ready for the native inflater: its text, its header and
/// its DEFLATE bytes. `None` when nothing is stored, the text is not in the compact form or
/// is damaged before its DEFLATE data (the synchronous path says what is wrong), or the
/// browser has no `DecompressionStream`.
pub struct ToUnpack {
    raw: String,
    header: compact::CompactHeader,
    deflated: Vec<u8>,
}

/// Reads the workspace `request` opens from `root`, if it is worth unpacking natively.
pub fn stored_to_unpack(
    root: &Rc<dyn KeyValueStore>,
    request: &WorkspaceRequest,
) -> Option<ToUnpack> {
    decompression_stream()?;
    let list = load_registry(root);
    let (active, _) = choose_workspace(&list, request);
    let key = WorkspaceKeys::of(&active).workspace;
    let raw = root.get(&key).ok()??;
    if !compact::is_compact(&raw) {
        return None;
    }
    let (header, deflated) = compact::deflated(&raw).ok()?;
    watch_the_gap();
    PREREAD.with(|preread| *preread.borrow_mut() = Some((key, raw.clone())));
    Some(ToUnpack {
        raw,
        header,
        deflated,
    })
}

/// Inflates natively and, when the result passes the checks, offers it to the next unpack.
pub async fn unpack_ahead(to_unpack: ToUnpack) {
    let ToUnpack {
        raw,
        header,
        deflated,
    } = to_unpack;
    let Some(bytes) = inflate(&deflated, header.json_bytes).await else {
        return;
    };
    if let Ok(json) = compact::checked_json(&header, bytes) {
        compact::offer_unpacked(raw, json);
    }
}

/// Listens for `storage` events (another tab wrote) until the state is created.
fn watch_the_gap() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let forget = StorageListener::new(|| {
        PREREAD.with(|preread| preread.borrow_mut().take());
    });
    if window
        .add_event_listener_with_callback("storage", forget.as_ref().unchecked_ref())
        .is_ok()
    {
        GAP_LISTENER.with(|listener| *listener.borrow_mut() = Some(forget));
    } else {
        // Without the listener a change in between could go unseen: read again.
        PREREAD.with(|preread| preread.borrow_mut().take());
    }
}

/// `root`, whose first read of the key read before the app started is answered with that text
/// (when no `storage` event came since), so the state does not copy it out of storage again.
/// Called in the task that creates the state and installs its listeners.
pub fn with_preread(root: Rc<dyn KeyValueStore>) -> Rc<dyn KeyValueStore> {
    if let Some(forget) = GAP_LISTENER.with(|listener| listener.borrow_mut().take()) {
        if let Some(window) = web_sys::window() {
            let _ = window
                .remove_event_listener_with_callback("storage", forget.as_ref().unchecked_ref());
        }
    }
    match PREREAD.with(|preread| preread.borrow_mut().take()) {
        Some((key, raw)) => Rc::new(Preread {
            inner: root,
            first: RefCell::new(Some((key, raw))),
        }),
        None => root,
    }
}

/// A store whose first read of one key gives the text read before the app started.
struct Preread {
    inner: Rc<dyn KeyValueStore>,
    first: RefCell<Option<(String, String)>>,
}

impl KeyValueStore for Preread {
    fn get(&self, key: &str) -> Result<Option<String>, crate::storage::StoreError> {
        let mut first = self.first.borrow_mut();
        if first.as_ref().is_some_and(|(read, _)| read == key) {
            if let Some((_, raw)) = first.take() {
                return Ok(Some(raw));
            }
        }
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), crate::storage::StoreError> {
        self.first.borrow_mut().take();
        self.inner.set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), crate::storage::StoreError> {
        self.first.borrow_mut().take();
        self.inner.remove(key)
    }
}

/// The browser's `DecompressionStream` constructor, if it has one.
fn decompression_stream() -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("DecompressionStream"))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Calls `target.name(args…)`.
fn call(target: &JsValue, name: &str, args: &Array) -> Option<JsValue> {
    let method = Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Reflect::apply(&method, target, args).ok()
}

/// Raw DEFLATE data inflated by the browser, at most `limit` bytes: `None` when the data is
/// damaged, gives more than `limit` bytes (the stream is cancelled there, so a hostile text
/// cannot make the page allocate more than its header announces) or the API fails.
pub async fn inflate(deflated: &[u8], limit: usize) -> Option<Vec<u8>> {
    let constructor = decompression_stream()?;
    let format = Array::of1(&JsValue::from_str("deflate-raw"));
    let decompressor = Reflect::construct(&constructor, &format).ok()?;
    let input = Array::of1(&Uint8Array::from(deflated));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&input).ok()?;
    let stream = call(&blob, "stream", &Array::new())?;
    let inflated = call(&stream, "pipeThrough", &Array::of1(&decompressor))?;
    let reader = call(&inflated, "getReader", &Array::new())?;
    let mut out: Vec<u8> = Vec::with_capacity(limit);
    loop {
        let read = call(&reader, "read", &Array::new())?
            .dyn_into::<Promise>()
            .ok()?;
        let result = JsFuture::from(read).await.ok()?;
        if Reflect::get(&result, &JsValue::from_str("done"))
            .ok()?
            .is_truthy()
        {
            return Some(out);
        }
        let chunk = Reflect::get(&result, &JsValue::from_str("value"))
            .ok()?
            .dyn_into::<Uint8Array>()
            .ok()?;
        let start = out.len();
        let end = start.saturating_add(chunk.length() as usize);
        if end > limit {
            // Cancelling is a courtesy: the stream is dropped either way.
            let _ = call(&reader, "cancel", &Array::new());
            return None;
        }
        out.resize(end, 0);
        chunk.copy_to(&mut out[start..end]);
    }
}
