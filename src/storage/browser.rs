//! [`KeyValueStore`] over the browser's `localStorage`. Every failure the browser can raise
//! (storage blocked, quota full, security errors) becomes a [`StoreError`]; nothing panics.

use super::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// The origin's `localStorage`.
#[derive(Clone, Debug)]
pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// Opens `localStorage`. Reading the property itself throws when the user blocks storage.
    pub fn open() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StoreError::Unavailable("localStorage is missing".into())),
            Err(error) => Err(StoreError::Unavailable(describe(&error))),
        }
    }

    /// Opens the tab's `sessionStorage` (kept across reloads of this tab only).
    pub fn open_session() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.session_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StoreError::Unavailable("sessionStorage is missing".into())),
            Err(error) => Err(StoreError::Unavailable(describe(&error))),
        }
    }
}

/// Classifies a thrown value by its DOMException name.
fn classify(error: JsValue) -> StoreError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StoreError::Unavailable(describe(&error)),
        _ => StoreError::Other(describe(&error)),
    }
}

fn describe(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(classify)
    }
}
