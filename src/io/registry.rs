//! The list of named workspaces a browser holds (the registry): its stored form, how it is
//! read (every entry checked on its own, so one bad entry never hides the others and is
//! written back exactly as found), and the pure changes to it — create, rename, duplicate,
//! remove, put back and remember the last one used. Where each workspace's data lives is
//! `storage::workspaces`' part.

use crate::domain::json_out::WriteJson;
use crate::domain::json_read::JsonReadError;
use crate::domain::json_read::ReadJson;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The id of the first workspace: the one stored under the key SixTwo used before there were
/// several, so existing data is the first workspace without any migration.
pub const FIRST_WORKSPACE_ID: &str = "main";
/// The most workspaces (readable or not) one browser keeps; they all share the origin quota.
pub const MAX_WORKSPACES: usize = 50;
/// The longest workspace name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest id, in characters (ids are short: they appear in addresses).
pub const MAX_ID_CHARS: usize = 32;

const FORMAT: &str = "sixtwo-workspaces";
const VERSION: u64 = 1;

/// A workspace's id: lower-case letters, digits and `-`, at most [`MAX_ID_CHARS`] long.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, WriteJson, ReadJson,
)]
pub struct WorkspaceId(String);

impl WorkspaceId {
    /// The id if `text` is a valid one.
    pub fn parse(text: &str) -> Option<Self> {
        let valid = !text.is_empty()
            && text.chars().count() <= MAX_ID_CHARS
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        valid.then(|| WorkspaceId(text.to_string()))
    }

    /// The first workspace's id.
    pub fn first() -> Self {
        WorkspaceId(FIRST_WORKSPACE_ID.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_first(&self) -> bool {
        self.0 == FIRST_WORKSPACE_ID
    }
}

impl std::fmt::Display for WorkspaceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One named workspace. An empty name (only the first workspace before it is renamed) is
/// shown as the interface's default name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, WriteJson, ReadJson)]
pub struct Entry {
    pub id: WorkspaceId,
    pub name: String,
}

/// Why one entry of the list cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// Not an object with a text `id` and a text `name`.
    NotAnEntry,
    /// The id is not made of lower-case letters, digits and `-` (or is too long).
    BadId(String),
    /// An earlier entry has the same id.
    DuplicateId(String),
    /// The name is too long.
    BadName(String),
}

/// A place in the list: a usable entry, or one that cannot be read, kept exactly as stored.
#[derive(Clone, Debug, PartialEq)]
pub enum Slot {
    Entry(Entry),
    Unreadable {
        /// The entry's JSON as stored; written back unchanged.
        raw: Value,
        problem: EntryProblem,
    },
}

/// Why the stored list as a whole cannot be read. It is kept and never overwritten.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegistryError {
    /// Not JSON: what is wrong and where.
    NotJson(JsonReadError),
    /// JSON, but not SixTwo's list of workspaces.
    NotRegistry,
    /// Written by a newer SixTwo.
    NewerVersion(u64),
}

/// Why a change to the list was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// The name is empty (after trimming).
    EmptyName,
    /// The name is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// Another workspace has this name (names are compared trimmed, ignoring case).
    NameTaken(String),
    /// There are already [`MAX_WORKSPACES`].
    TooMany,
    /// No workspace has this id.
    NotFound(String),
    /// The last readable workspace cannot be removed.
    LastOne,
    /// A workspace with this id exists again (it cannot be put back twice).
    IdTaken(String),
    /// No unused id could be made (the generator kept repeating itself).
    NoFreeId,
}

/// The list of workspaces, in the order shown, and the one used last.
#[derive(Clone, Debug, PartialEq)]
pub struct Registry {
    slots: Vec<Slot>,
    last_used: Option<WorkspaceId>,
    /// Fields of the stored object this version does not know, written back unchanged.
    other: Map<String, Value>,
}

impl Default for Registry {
    /// The list of a browser that never stored one: just the first workspace.
    fn default() -> Self {
        Registry {
            slots: vec![Slot::Entry(Entry {
                id: WorkspaceId::first(),
                name: String::new(),
            })],
            last_used: None,
            other: Map::new(),
        }
    }
}

/// An entry as stored, built by hand: `json!` would go through serde's `Serialize` into a
/// `Value`, and `Map::from_iter` through a sort, neither otherwise in the first download.
fn entry_value(entry: &Entry) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), Value::from(entry.id.0.as_str()));
    object.insert("name".into(), Value::from(entry.name.as_str()));
    Value::Object(object)
}

impl Registry {
    /// Reads the stored list. Entries that cannot be used are kept as [`Slot::Unreadable`];
    /// only a list that is not one at all is an error.
    pub fn decode(text: &str) -> Result<Self, RegistryError> {
        let value: Value = crate::domain::json_read::read_text(text)
            .map_err(|error| RegistryError::NotJson(*error))?;
        let Value::Object(mut object) = value else {
            return Err(RegistryError::NotRegistry);
        };
        if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(RegistryError::NotRegistry);
        }
        match object.get("version").and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(newer) if newer > VERSION => return Err(RegistryError::NewerVersion(newer)),
            _ => return Err(RegistryError::NotRegistry),
        }
        let Some(Value::Array(items)) = object.remove("workspaces") else {
            return Err(RegistryError::NotRegistry);
        };
        let last_used = object
            .remove("lastUsed")
            .and_then(|v| v.as_str().and_then(WorkspaceId::parse));
        object.remove("format");
        object.remove("version");
        let mut slots: Vec<Slot> = Vec::with_capacity(items.len());
        for raw in items {
            let slot = match read_entry(&raw) {
                Ok(entry) if slots.iter().any(|s| slot_id(s) == Some(&entry.id)) => {
                    Slot::Unreadable {
                        problem: EntryProblem::DuplicateId(entry.id.0),
                        raw,
                    }
                }
                Ok(entry) => Slot::Entry(entry),
                Err(problem) => Slot::Unreadable { raw, problem },
            };
            slots.push(slot);
        }
        Ok(Registry {
            slots,
            last_used,
            other: object,
        })
    }

    /// The stored form. Unreadable entries and unknown fields are written back as read.
    pub fn encode(&self) -> String {
        let mut object = self.other.clone();
        object.insert("format".into(), Value::from(FORMAT));
        object.insert("version".into(), Value::from(VERSION));
        if let Some(last) = &self.last_used {
            object.insert("lastUsed".into(), Value::from(last.0.clone()));
        }
        let items = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Entry(entry) => entry_value(entry),
                Slot::Unreadable { raw, .. } => raw.clone(),
            })
            .collect();
        object.insert("workspaces".into(), Value::Array(items));
        super::json_out::compact(&Value::Object(object))
    }

    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The readable entries, in order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Entry(entry) => Some(entry),
            Slot::Unreadable { .. } => None,
        })
    }

    pub fn entry(&self, id: &WorkspaceId) -> Option<&Entry> {
        self.entries().find(|entry| &entry.id == id)
    }

    pub fn contains(&self, id: &WorkspaceId) -> bool {
        self.entry(id).is_some()
    }

    /// The first readable workspace (what links made before there were several open).
    pub fn first(&self) -> Option<&Entry> {
        self.entries().next()
    }

    /// The workspace used last, if it still exists, or else the first.
    pub fn last_used_or_first(&self) -> Option<&Entry> {
        self.last_used
            .as_ref()
            .and_then(|id| self.entry(id))
            .or_else(|| self.first())
    }

    pub fn last_used(&self) -> Option<&WorkspaceId> {
        self.last_used.as_ref()
    }

    /// Remembers `id` as the workspace used last.
    pub fn set_last_used(&mut self, id: &WorkspaceId) -> Result<(), ChangeError> {
        if !self.contains(id) {
            return Err(ChangeError::NotFound(id.0.clone()));
        }
        self.last_used = Some(id.clone());
        Ok(())
    }

    /// Adds a workspace named `name` at the end, with an id from `generate` that no entry
    /// (readable or not) uses.
    pub fn create(
        &mut self,
        name: &str,
        generate: impl FnMut() -> String,
    ) -> Result<Entry, ChangeError> {
        let entry = self.new_entry(name, generate)?;
        self.slots.push(Slot::Entry(entry.clone()));
        Ok(entry)
    }

    /// Adds a workspace named `name` right after `source` (whose data the caller copies).
    pub fn duplicate(
        &mut self,
        source: &WorkspaceId,
        name: &str,
        generate: impl FnMut() -> String,
    ) -> Result<Entry, ChangeError> {
        let position = self
            .position(source)
            .ok_or_else(|| ChangeError::NotFound(source.0.clone()))?;
        let entry = self.new_entry(name, generate)?;
        self.slots.insert(position + 1, Slot::Entry(entry.clone()));
        Ok(entry)
    }

    /// Gives `id` a new name.
    pub fn rename(&mut self, id: &WorkspaceId, name: &str) -> Result<(), ChangeError> {
        let position = self
            .position(id)
            .ok_or_else(|| ChangeError::NotFound(id.0.clone()))?;
        let name = self.check_name(name, Some(id))?;
        if let Some(Slot::Entry(entry)) = self.slots.get_mut(position) {
            entry.name = name;
        }
        Ok(())
    }

    /// Removes `id` and returns where it was and what it was, to put it back on Undo. The
    /// last readable workspace cannot be removed.
    pub fn remove(&mut self, id: &WorkspaceId) -> Result<(usize, Entry), ChangeError> {
        let position = self
            .position(id)
            .ok_or_else(|| ChangeError::NotFound(id.0.clone()))?;
        if self.entries().count() <= 1 {
            return Err(ChangeError::LastOne);
        }
        let Slot::Entry(entry) = self.slots.remove(position) else {
            return Err(ChangeError::NotFound(id.0.clone()));
        };
        if self.last_used.as_ref() == Some(id) {
            self.last_used = None;
        }
        Ok((position, entry))
    }

    /// Puts a removed entry back at `position` (or at the end when the list got shorter).
    /// Refused when its id or name has been taken meanwhile.
    pub fn restore(&mut self, position: usize, entry: Entry) -> Result<(), ChangeError> {
        if self
            .slots
            .iter()
            .any(|slot| slot_id(slot) == Some(&entry.id))
        {
            return Err(ChangeError::IdTaken(entry.id.0));
        }
        if self.slots.len() >= MAX_WORKSPACES {
            return Err(ChangeError::TooMany);
        }
        if !entry.name.is_empty() {
            self.check_name(&entry.name, None)?;
        }
        let position = position.min(self.slots.len());
        self.slots.insert(position, Slot::Entry(entry));
        Ok(())
    }

    fn position(&self, id: &WorkspaceId) -> Option<usize> {
        self.slots.iter().position(|slot| match slot {
            Slot::Entry(entry) => &entry.id == id,
            Slot::Unreadable { .. } => false,
        })
    }

    fn new_entry(
        &self,
        name: &str,
        mut generate: impl FnMut() -> String,
    ) -> Result<Entry, ChangeError> {
        if self.slots.len() >= MAX_WORKSPACES {
            return Err(ChangeError::TooMany);
        }
        let name = self.check_name(name, None)?;
        for _ in 0..16 {
            let Some(id) = WorkspaceId::parse(&generate()) else {
                continue;
            };
            let taken = id.is_first()
                || self.slots.iter().any(|slot| match slot {
                    Slot::Entry(entry) => entry.id == id,
                    // An unreadable entry may still name its id: never reuse it.
                    Slot::Unreadable { raw, .. } => {
                        raw.get("id").and_then(Value::as_str) == Some(id.as_str())
                    }
                });
            if !taken {
                return Ok(Entry { id, name });
            }
        }
        Err(ChangeError::NoFreeId)
    }

    /// The trimmed name if it is usable for `id` (or for a new workspace when `None`).
    fn check_name(&self, name: &str, id: Option<&WorkspaceId>) -> Result<String, ChangeError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ChangeError::EmptyName);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(ChangeError::NameTooLong);
        }
        let folded = name.to_lowercase();
        let taken = self
            .entries()
            .any(|entry| Some(&entry.id) != id && entry.name.trim().to_lowercase() == folded);
        if taken {
            return Err(ChangeError::NameTaken(name.to_string()));
        }
        Ok(name.to_string())
    }
}

fn slot_id(slot: &Slot) -> Option<&WorkspaceId> {
    match slot {
        Slot::Entry(entry) => Some(&entry.id),
        Slot::Unreadable { .. } => None,
    }
}

fn read_entry(raw: &Value) -> Result<Entry, EntryProblem> {
    let (Some(id), Some(name)) = (
        raw.get("id").and_then(Value::as_str),
        raw.get("name").and_then(Value::as_str),
    ) else {
        return Err(EntryProblem::NotAnEntry);
    };
    let id = WorkspaceId::parse(id).ok_or_else(|| EntryProblem::BadId(id.to_string()))?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(EntryProblem::BadName(name.chars().take(20).collect()));
    }
    Ok(Entry {
        id,
        name: name.to_string(),
    })
}
