//! What this browser remembers about team sync, kept under its own key beside the workspace.
//! Like the workspace, sync data that cannot be read is never overwritten: sync stays off
//! until the person stops syncing, which removes it.

use super::{KeyValueStore, StoreError};
use crate::io::sync::meta::{decode_meta, encode_meta, MetaError, SyncMeta};

/// What was found under the sync key.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadedSync {
    /// Sync was never set up (or was stopped), or storage is unavailable.
    Off,
    Readable(Box<SyncMeta>),
    /// Something is stored that cannot be read; it is left alone.
    Unreadable(MetaError),
}

/// Reads the sync data stored under `key` (the workspace's sync key, [`super::SYNC_KEY`] for
/// the first workspace).
pub fn load_sync(store: &impl KeyValueStore, key: &str) -> LoadedSync {
    match store.get(key) {
        Ok(Some(raw)) => match decode_meta(&raw) {
            Ok(meta) => LoadedSync::Readable(Box::new(meta)),
            Err(error) => LoadedSync::Unreadable(error),
        },
        Ok(None) | Err(_) => LoadedSync::Off,
    }
}

/// Stores the sync data.
pub fn save_sync(store: &impl KeyValueStore, key: &str, meta: &SyncMeta) -> Result<(), StoreError> {
    store.set(key, &encode_meta(meta))
}

/// Forgets the sync data (stop syncing); the workspace is not touched.
pub fn remove_sync(store: &impl KeyValueStore, key: &str) -> Result<(), StoreError> {
    store.remove(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sync::meta::ServerSettings;
    use crate::storage::{MemoryStore, SYNC_KEY, WORKSPACE_KEY};

    #[test]
    fn sync_data_round_trips_and_stopping_leaves_the_workspace() {
        let store = MemoryStore::new();
        assert_eq!(load_sync(&store, SYNC_KEY), LoadedSync::Off);
        let meta = SyncMeta::new(ServerSettings::default(), "i".into());
        store.set(WORKSPACE_KEY, "kept").unwrap();
        save_sync(&store, SYNC_KEY, &meta).unwrap();
        assert_eq!(
            load_sync(&store, SYNC_KEY),
            LoadedSync::Readable(Box::new(meta))
        );
        remove_sync(&store, SYNC_KEY).unwrap();
        assert_eq!(load_sync(&store, SYNC_KEY), LoadedSync::Off);
        assert_eq!(store.get(WORKSPACE_KEY).unwrap().as_deref(), Some("kept"));
    }

    #[test]
    fn each_key_holds_its_own_sync_data() {
        let store = MemoryStore::new();
        let meta = SyncMeta::new(ServerSettings::default(), "i".into());
        save_sync(&store, "sixtwo.sync.w2", &meta).unwrap();
        assert_eq!(load_sync(&store, SYNC_KEY), LoadedSync::Off);
        assert_eq!(
            load_sync(&store, "sixtwo.sync.w2"),
            LoadedSync::Readable(Box::new(meta))
        );
        remove_sync(&store, SYNC_KEY).unwrap();
        assert!(store.get("sixtwo.sync.w2").unwrap().is_some());
    }

    #[test]
    fn unreadable_sync_data_is_reported() {
        let store = MemoryStore::new();
        store.set(SYNC_KEY, "{nonsense").unwrap();
        assert!(matches!(
            load_sync(&store, SYNC_KEY),
            LoadedSync::Unreadable(_)
        ));
        assert_eq!(store.get(SYNC_KEY).unwrap().as_deref(), Some("{nonsense"));
    }
}
