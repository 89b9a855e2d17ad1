//! [`UnsavedBuffer`] over the browser's IndexedDB: one database (`sixtwo`) with one object
//! store (`unsaved`) of texts keyed by the workspace's storage key. IndexedDB has a quota of
//! its own (a share of the disk), so it still takes changes when `localStorage` is full. Every
//! failure becomes a [`StoreError`]; nothing panics.

use super::unsaved::{Done, UnsavedBuffer};
use super::StoreError;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "sixtwo";
const OBJECT_STORE: &str = "unsaved";

thread_local! {
    /// The open database, once opened: opening takes a few milliseconds, every operation needs it.
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The browser's IndexedDB.
#[derive(Clone, Copy, Debug, Default)]
pub struct IndexedDbBuffer;

fn failure(what: &str, error: JsValue) -> StoreError {
    let detail = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser gave no reason".into());
    StoreError::Other(format!("IndexedDB {what}: {detail}"))
}

/// Waits for `request` to succeed or fail; its error (not the event) on failure.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result(),
        Err(_) => Err(request
            .error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL)),
    }
}

/// Waits until `transaction` is committed (so the data survives a reload) or has failed.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    transaction.set_oncomplete(None);
    transaction.set_onerror(None);
    transaction.set_onabort(None);
    outcome.map(|_| ()).map_err(|_| {
        transaction
            .error()
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL)
    })
}

async fn database() -> Result<IdbDatabase, StoreError> {
    if let Some(database) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(database);
    }
    let unavailable = |error: JsValue| StoreError::Unavailable(format!("{:?}", error.as_string()));
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    let factory = window
        .indexed_db()
        .map_err(unavailable)?
        .ok_or_else(|| StoreError::Unavailable("IndexedDB is missing".into()))?;
    let request: IdbOpenDbRequest = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|e| failure("open", e))?;
    // The first open creates the object store; the closure runs at most once.
    let upgrade = wasm_bindgen::closure::Closure::once_into_js({
        let request = request.clone();
        move || {
            if let Ok(result) = request.result() {
                if let Ok(database) = result.dyn_into::<IdbDatabase>() {
                    let _ = database.create_object_store(OBJECT_STORE);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let result = finished(&request).await;
    request.set_onupgradeneeded(None);
    let database = result
        .map_err(|e| failure("open", e))?
        .dyn_into::<IdbDatabase>()
        .map_err(|e| failure("open", e))?;
    OPEN.with(|open| *open.borrow_mut() = Some(database.clone()));
    Ok(database)
}

fn transaction(
    database: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<IdbTransaction, StoreError> {
    database
        .transaction_with_str_and_mode(OBJECT_STORE, mode)
        .map_err(|e| failure("transaction", e))
}

async fn read(key: String) -> Result<Option<String>, StoreError> {
    let database = database().await?;
    let transaction = transaction(&database, IdbTransactionMode::Readonly)?;
    let store = transaction
        .object_store(OBJECT_STORE)
        .map_err(|e| failure("read", e))?;
    let request = store
        .get(&JsValue::from_str(&key))
        .map_err(|e| failure("read", e))?;
    let value = finished(&request).await.map_err(|e| failure("read", e))?;
    Ok(value.as_string())
}

async fn write(key: String, record: Option<String>) -> Result<(), StoreError> {
    let database = database().await?;
    let transaction = transaction(&database, IdbTransactionMode::Readwrite)?;
    let store = transaction
        .object_store(OBJECT_STORE)
        .map_err(|e| failure("write", e))?;
    let key = JsValue::from_str(&key);
    match record {
        Some(record) => store.put_with_key(&JsValue::from_str(&record), &key),
        None => store.delete(&key),
    }
    .map_err(|e| failure("write", e))?;
    committed(&transaction)
        .await
        .map_err(|e| failure("write", e))
}

impl UnsavedBuffer for IndexedDbBuffer {
    fn read(&self, key: &str, done: Done<Option<String>>) {
        let key = key.to_string();
        wasm_bindgen_futures::spawn_local(async move { done(read(key).await) });
    }

    fn write(&self, key: &str, record: String, done: Done<()>) {
        let key = key.to_string();
        wasm_bindgen_futures::spawn_local(async move { done(write(key, Some(record)).await) });
    }

    fn remove(&self, key: &str, done: Done<()>) {
        let key = key.to_string();
        wasm_bindgen_futures::spawn_local(async move { done(write(key, None).await) });
    }
}
