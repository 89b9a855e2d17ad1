//! Where each named workspace lives: the list (`sixtwo.workspaces`), the keys of one
//! workspace (the first keeps the keys used before there were several, the others add
//! `.<id>`), a store that shows one workspace's keys under the usual names (so saving, drafts
//! and sync work unchanged for every workspace), and the changes that touch several keys —
//! create, duplicate, delete and put back — in an order that never loses data: the list is
//! read right before it is written, a list that cannot be read is never written, and data is
//! stored before the list names it.

use super::{
    utf16_cost, KeyValueStore, StoreError, DRAFTS_KEY, PREFS_KEY, SYNC_KEY, WORKSPACE_KEY,
};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use crate::io::registry::{ChangeError, Entry, Registry, RegistryError, WorkspaceId};
use serde::{Deserialize, Serialize};

/// The key holding the list of workspaces.
pub const REGISTRY_KEY: &str = "sixtwo.workspaces";

/// The keys one workspace's data is stored under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceKeys {
    pub workspace: String,
    pub drafts: String,
    pub sync: String,
}

impl WorkspaceKeys {
    /// The first workspace keeps today's keys; the others add their id.
    pub fn of(id: &WorkspaceId) -> Self {
        if id.is_first() {
            WorkspaceKeys {
                workspace: WORKSPACE_KEY.into(),
                drafts: DRAFTS_KEY.into(),
                sync: SYNC_KEY.into(),
            }
        } else {
            WorkspaceKeys {
                workspace: format!("{WORKSPACE_KEY}.{id}"),
                drafts: format!("{DRAFTS_KEY}.{id}"),
                sync: format!("{SYNC_KEY}.{id}"),
            }
        }
    }

    fn all(&self) -> [&str; 3] {
        [&self.workspace, &self.drafts, &self.sync]
    }
}

/// A store that maps the usual workspace, drafts and sync keys to one workspace's keys and
/// passes every other key (preferences, the list, the probe) through unchanged.
#[derive(Clone, Debug)]
pub struct ScopedStore<S> {
    inner: S,
    keys: WorkspaceKeys,
}

impl<S: KeyValueStore> ScopedStore<S> {
    pub fn new(inner: S, id: &WorkspaceId) -> Self {
        ScopedStore {
            inner,
            keys: WorkspaceKeys::of(id),
        }
    }

    pub fn keys(&self) -> &WorkspaceKeys {
        &self.keys
    }

    fn map<'a>(&'a self, key: &'a str) -> &'a str {
        match key {
            WORKSPACE_KEY => &self.keys.workspace,
            DRAFTS_KEY => &self.keys.drafts,
            SYNC_KEY => &self.keys.sync,
            other => other,
        }
    }
}

impl<S: KeyValueStore> KeyValueStore for ScopedStore<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(self.map(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(self.map(key), value)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(self.map(key))
    }
}

/// What is stored under [`REGISTRY_KEY`].
#[derive(Clone, Debug, PartialEq)]
pub enum LoadedRegistry {
    /// Nothing stored yet (a browser from before workspaces, or a first visit): the list
    /// holds just the first workspace. Nothing is written until something changes.
    Absent(Registry),
    Readable(Registry),
    /// The stored list cannot be read; it is kept untouched and never overwritten.
    Unreadable {
        raw: String,
        error: RegistryError,
    },
}

impl LoadedRegistry {
    /// The list to show and use, when it can be read.
    pub fn registry(&self) -> Option<&Registry> {
        match self {
            LoadedRegistry::Absent(registry) | LoadedRegistry::Readable(registry) => Some(registry),
            LoadedRegistry::Unreadable { .. } => None,
        }
    }
}

/// Reads the list. Unavailable storage reads as no list (the first workspace only).
pub fn load_registry(store: &impl KeyValueStore) -> LoadedRegistry {
    match store.get(REGISTRY_KEY) {
        Ok(Some(raw)) => match Registry::decode(&raw) {
            Ok(registry) => LoadedRegistry::Readable(registry),
            Err(error) => LoadedRegistry::Unreadable { raw, error },
        },
        Ok(None) | Err(_) => LoadedRegistry::Absent(Registry::default()),
    }
}

/// Why a change to the workspaces did not happen. Nothing was changed.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkspacesError {
    /// The stored list cannot be read; it is never overwritten.
    Unreadable,
    /// The change itself was refused.
    Refused(ChangeError),
    /// The browser refused to store it.
    Store(StoreError),
}

impl From<ChangeError> for WorkspacesError {
    fn from(error: ChangeError) -> Self {
        WorkspacesError::Refused(error)
    }
}

impl From<StoreError> for WorkspacesError {
    fn from(error: StoreError) -> Self {
        WorkspacesError::Store(error)
    }
}

/// Reads the list fresh from storage (another tab may have changed it), applies `change` and
/// stores the result. A list that cannot be read is left as it is.
pub fn change_registry<R>(
    store: &impl KeyValueStore,
    change: impl FnOnce(&mut Registry) -> Result<R, ChangeError>,
) -> Result<R, WorkspacesError> {
    let loaded = store.get(REGISTRY_KEY)?;
    let mut registry = match loaded {
        None => Registry::default(),
        Some(raw) => Registry::decode(&raw).map_err(|_| WorkspacesError::Unreadable)?,
    };
    let result = change(&mut registry)?;
    store.set(REGISTRY_KEY, &registry.encode())?;
    Ok(result)
}

/// A fresh random id candidate (8 hex characters: short enough for addresses).
fn random_id() -> String {
    let mut id = uuid::Uuid::new_v4().simple().to_string();
    id.truncate(8);
    id
}

/// Creates a workspace named `name` holding `stored` (a workspace in its stored form), or
/// nothing (an empty workspace). The data is stored before the list names it; when the list
/// cannot be stored, the data is removed again.
pub fn create_workspace(
    store: &impl KeyValueStore,
    name: &str,
    stored: Option<&str>,
) -> Result<Entry, WorkspacesError> {
    create_with(store, stored, |registry| registry.create(name, random_id))
}

/// Creates a copy of `source` named `name`, right after it. The workspace is copied exactly as
/// stored (unreadable data too); unfinished wizards and team sync settings are not: a copy
/// synced to the same team database would mix the two.
pub fn duplicate_workspace(
    store: &impl KeyValueStore,
    source: &WorkspaceId,
    name: &str,
) -> Result<Entry, WorkspacesError> {
    let text = store.get(&WorkspaceKeys::of(source).workspace)?;
    create_with(store, text.as_deref(), |registry| {
        registry.duplicate(source, name, random_id)
    })
}

fn create_with(
    store: &impl KeyValueStore,
    stored: Option<&str>,
    change: impl FnOnce(&mut Registry) -> Result<Entry, ChangeError>,
) -> Result<Entry, WorkspacesError> {
    // Learn the id first without storing the list, so the data can go in before it.
    let raw = store.get(REGISTRY_KEY)?;
    let mut registry = match &raw {
        None => Registry::default(),
        Some(raw) => Registry::decode(raw).map_err(|_| WorkspacesError::Unreadable)?,
    };
    let entry = change(&mut registry)?;
    let keys = WorkspaceKeys::of(&entry.id);
    if let Some(text) = stored {
        store.set(&keys.workspace, text)?;
    }
    if let Err(error) = store.set(REGISTRY_KEY, &registry.encode()) {
        let _ = store.remove(&keys.workspace);
        return Err(error.into());
    }
    Ok(entry)
}

/// A deleted workspace, kept in memory (and, when the page reloads, in the tab's session) so
/// that Undo can put it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, WriteJson, ReadJson)]
pub struct Deleted {
    pub position: usize,
    pub entry: Entry,
    /// Every key the workspace had, with its stored text.
    pub texts: Vec<(String, String)>,
}

/// Deletes `id`: the list stops naming it first (so a tab showing it learns it is gone before
/// its data disappears and stops saving), then its keys are removed. Returns what Undo needs.
pub fn delete_workspace(
    store: &impl KeyValueStore,
    id: &WorkspaceId,
) -> Result<Deleted, WorkspacesError> {
    let keys = WorkspaceKeys::of(id);
    let mut texts = Vec::new();
    for key in keys.all() {
        if let Some(text) = store.get(key)? {
            texts.push((key.to_string(), text));
        }
    }
    let (position, entry) = change_registry(store, |registry| registry.remove(id))?;
    for key in keys.all() {
        // The list no longer names these keys; one left behind only costs space.
        let _ = store.remove(key);
    }
    Ok(Deleted {
        position,
        entry,
        texts,
    })
}

/// Puts a deleted workspace back: its data first, then its place in the list. When the list
/// refuses it, the data written is removed again.
pub fn restore_workspace(
    store: &impl KeyValueStore,
    deleted: &Deleted,
) -> Result<(), WorkspacesError> {
    let keys = WorkspaceKeys::of(&deleted.entry.id);
    for key in keys.all() {
        if store.get(key)?.is_some() {
            return Err(ChangeError::IdTaken(deleted.entry.id.to_string()).into());
        }
    }
    let mut written = Vec::new();
    let mut outcome = Ok(());
    for (key, text) in &deleted.texts {
        match store.set(key, text) {
            Ok(()) => written.push(key),
            Err(error) => {
                outcome = Err(WorkspacesError::Store(error));
                break;
            }
        }
    }
    if outcome.is_ok() {
        outcome = change_registry(store, |registry| {
            registry.restore(deleted.position, deleted.entry.clone())
        });
    }
    if outcome.is_err() {
        for key in written {
            let _ = store.remove(key);
        }
    }
    outcome
}

/// What one workspace costs against the quota, in UTF-16 code units (its workspace, drafts
/// and sync keys).
pub fn workspace_units(store: &impl KeyValueStore, id: &WorkspaceId) -> usize {
    WorkspaceKeys::of(id)
        .all()
        .iter()
        .map(|key| units_of(store, key))
        .sum()
}

/// What everything SixTwo stores costs: every workspace in the list, the list and the
/// preferences.
pub fn total_units(store: &impl KeyValueStore, registry: Option<&Registry>) -> usize {
    let workspaces: usize = match registry {
        Some(registry) => registry
            .entries()
            .map(|entry| workspace_units(store, &entry.id))
            .sum(),
        None => workspace_units(store, &WorkspaceId::first()),
    };
    workspaces + units_of(store, REGISTRY_KEY) + units_of(store, PREFS_KEY)
}

fn units_of(store: &impl KeyValueStore, key: &str) -> usize {
    store
        .get(key)
        .ok()
        .flatten()
        .map_or(0, |text| utf16_cost(key, &text))
}
