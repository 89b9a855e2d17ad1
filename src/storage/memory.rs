//! An in-memory [`KeyValueStore`] for tests: clones share one map, like tabs sharing one
//! origin, and it can simulate a quota and unavailable storage.

use super::{utf16_cost, KeyValueStore, StoreError};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Shared {
    entries: BTreeMap<String, String>,
    quota_units: Option<usize>,
    unavailable: bool,
    writes: usize,
}

/// A map in memory. Cloning gives another handle on the same data.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    shared: Rc<RefCell<Shared>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Refuses writes that would take all entries above `units` UTF-16 code units.
    pub fn with_quota(units: usize) -> Self {
        let store = Self::default();
        store.shared.borrow_mut().quota_units = Some(units);
        store
    }

    /// Makes every operation fail as if the browser blocked storage.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.shared.borrow_mut().unavailable = unavailable;
    }

    /// How many successful writes happened (to assert that nothing was written).
    pub fn write_count(&self) -> usize {
        self.shared.borrow().writes
    }

    /// Reads a value directly, bypassing availability (for assertions).
    pub fn peek(&self, key: &str) -> Option<String> {
        self.shared.borrow().entries.get(key).cloned()
    }

    /// Writes a value directly, as another program or a hand edit would.
    pub fn poke(&self, key: &str, value: &str) {
        self.shared
            .borrow_mut()
            .entries
            .insert(key.to_string(), value.to_string());
    }

    fn used_units_without(shared: &Shared, key: &str) -> usize {
        shared
            .entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| utf16_cost(k, v))
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let shared = self.shared.borrow();
        if shared.unavailable {
            return Err(StoreError::Unavailable("storage disabled".into()));
        }
        Ok(shared.entries.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut shared = self.shared.borrow_mut();
        if shared.unavailable {
            return Err(StoreError::Unavailable("storage disabled".into()));
        }
        if let Some(quota) = shared.quota_units {
            let needed = Self::used_units_without(&shared, key) + utf16_cost(key, value);
            if needed > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        shared.entries.insert(key.to_string(), value.to_string());
        shared.writes += 1;
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let mut shared = self.shared.borrow_mut();
        if shared.unavailable {
            return Err(StoreError::Unavailable("storage disabled".into()));
        }
        shared.entries.remove(key);
        Ok(())
    }
}
