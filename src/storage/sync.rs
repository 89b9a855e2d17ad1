//! What this browser remembers about team sync, kept under its own key beside the workspace.
//! Like the workspace, sync data that cannot be read is never overwritten: sync stays off
//! until the person stops syncing, which removes it.

use super::{KeyValueStore, StoreError, SYNC_KEY};
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

/// Reads the sync data.
pub fn load_sync(store: &impl KeyValueStore) -> LoadedSync {
    match store.get(SYNC_KEY) {
        Ok(Some(raw)) => match decode_meta(&raw) {
            Ok(meta) => LoadedSync::Readable(Box::new(meta)),
            Err(error) => LoadedSync::Unreadable(error),
        },
        Ok(None) | Err(_) => LoadedSync::Off,
    }
}

/// Stores the sync data.
pub fn save_sync(store: &impl KeyValueStore, meta: &SyncMeta) -> Result<(), StoreError> {
    store.set(SYNC_KEY, &encode_meta(meta))
}

/// Forgets the sync data (stop syncing); the workspace is not touched.
pub fn remove_sync(store: &impl KeyValueStore) -> Result<(), StoreError> {
    store.remove(SYNC_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sync::meta::ServerSettings;
    use crate::storage::{MemoryStore, WORKSPACE_KEY};

    #[test]
    fn sync_data_round_trips_and_stopping_leaves_the_workspace() {
        let store = MemoryStore::new();
        assert_eq!(load_sync(&store), LoadedSync::Off);
        let meta = SyncMeta::new(ServerSettings::default(), "i".into());
        store.set(WORKSPACE_KEY, "kept").unwrap();
        save_sync(&store, &meta).unwrap();
        assert_eq!(load_sync(&store), LoadedSync::Readable(Box::new(meta)));
        remove_sync(&store).unwrap();
        assert_eq!(load_sync(&store), LoadedSync::Off);
        assert_eq!(store.get(WORKSPACE_KEY).unwrap().as_deref(), Some("kept"));
    }

    #[test]
    fn unreadable_sync_data_is_reported() {
        let store = MemoryStore::new();
        store.set(SYNC_KEY, "{nonsense").unwrap();
        assert!(matches!(load_sync(&store), LoadedSync::Unreadable(_)));
        assert_eq!(store.get(SYNC_KEY).unwrap().as_deref(), Some("{nonsense"));
    }
}
