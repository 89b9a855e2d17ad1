//! Team sync in the app, without the state: what the Team sync page shows (status, pending
//! changes, conflicts and documents held aside), what sync keeps while the app runs, and the
//! check of the settings people type. The state's sync methods are in `state/sync.rs`; the
//! requests, timers and long polls in `sync_net` (browser build only); the replication itself
//! is `io::sync`.

use super::clock;
use crate::domain::Timestamp;
use crate::io::sync::backoff::Backoff;
use crate::io::sync::diff::FieldDifference;
use crate::io::sync::docs::{parse_doc_id, DocKind};
use crate::io::sync::endpoint::{check_database, check_server, EndpointProblem};
use crate::io::sync::integrate::{DocConflict, HeldDoc, HoldReason, Integration};
use crate::io::sync::meta::{AuthMethod, ServerSettings, SyncMeta};
use crate::io::sync::protocol::DocRefused;
use crate::io::sync::replicator::{Failure, Replicator};
use crate::storage::sync::LoadedSync;
use serde_json::Value;
use std::collections::BTreeMap;

/// Where sync stands, in words the page can say.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncStatus {
    /// Not set up.
    Off,
    /// Stored sync data could not be read; it is left alone until sync is stopped.
    Unreadable,
    Paused,
    /// A cycle is under way.
    Syncing,
    /// Up to date; listening for the server's changes.
    Watching,
    /// The server cannot be reached; trying again after a wait.
    Offline {
        retry_in_secs: u64,
    },
    /// The server wants a sign-in (a password is needed again).
    SignInNeeded,
    /// The server refused in a way waiting will not fix.
    Failed(Failure),
    /// This browser could not store the workspace or the sync data.
    NotStored,
    /// Another tab of this browser syncs this workspace; this one takes over when it closes.
    OtherTab,
    /// Sync data is stored and the code that reads it is being fetched (split release builds).
    Loading,
    /// The code of team sync could not be fetched (offline before the service worker kept
    /// it); nothing was read or written, and it is tried again later.
    CodeUnavailable,
}

/// What the rest of the app asks of the code of team sync (`sync_loader`), which reads the
/// stored sync data first if it has not been read yet.
pub enum SyncCall {
    /// Start the loop if sync is set up (when the app opens, or on a new try).
    Open,
    /// Something changed here or the network is back: cut a wait short.
    Nudge,
    /// Another tab stored (or removed) this workspace's sync data.
    StoredElsewhere,
    /// Set sync up with these settings and this password (kept in memory only).
    Start(ServerSettings, String),
    /// Sign in again with this password.
    SignIn(String),
    Pause,
    Resume,
    /// Stop syncing: forget the settings, keep the workspace.
    Stop,
    /// "Keep mine" for the conflict of this document.
    KeepMine(String),
    /// "Take theirs" for the conflict of this document.
    TakeTheirs(String),
}

/// Whether this tab is the one of this browser that syncs the workspace. One tab at a time
/// holds the workspace's sync lock (the Web Locks API); the others wait for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leader {
    /// The lock was not asked for (sync off or paused here).
    NotAsked,
    /// Another tab holds the lock; the browser hands it over when that tab closes.
    Waiting,
    /// This tab holds the lock and runs the loop.
    Leading,
}

/// A conflict as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictView {
    pub id: String,
    pub kind: DocKind,
    pub label: String,
    pub fields: Vec<FieldDifference>,
}

/// A document held aside as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldView {
    pub id: String,
    pub kind: DocKind,
    pub label: String,
    pub reason: HoldReason,
}

/// What the Team sync page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncView {
    pub server: Option<ServerSettings>,
    pub status: SyncStatus,
    pub last_sync: Option<Timestamp>,
    /// Changes made here that are not on the server yet.
    pub pending: usize,
    pub conflicts: Vec<ConflictView>,
    pub held: Vec<HeldView>,
    /// Documents the server refused in the last cycle.
    pub refused: Vec<DocRefused>,
}

/// What sync keeps while the app runs (not signals: the page reads [`SyncView`]).
#[derive(Debug)]
pub struct SyncRuntime {
    /// The storage key of this workspace's sync data; the name of its sync lock too.
    pub key: String,
    pub meta: Option<SyncMeta>,
    pub unreadable: bool,
    pub replicator: Option<Replicator>,
    /// Held in memory only, for basic authentication or a new session; never stored.
    pub password: String,
    pub backoff: Backoff,
    /// Raised to end the running loop (pause, stop, new settings).
    pub run: u64,
    /// Raised to cut a wait or a long poll short (a change here, the network back).
    pub nudges: u64,
    /// Whether the loop is waiting (a long poll or a back-off) rather than working.
    pub waiting: bool,
    pub conflicts: BTreeMap<String, DocConflict>,
    pub held: BTreeMap<String, HeldDoc>,
    pub refused: Vec<DocRefused>,
    pub status: SyncStatus,
    pub leader: Leader,
    /// Whether the stored sync data has been read. Until then (only while the code of team
    /// sync is being fetched) `meta` says nothing, and nothing is written under `key`.
    pub opened: bool,
    /// Whether the code of team sync is being fetched (a call waits for it).
    pub fetching: bool,
    #[cfg(target_arch = "wasm32")]
    pub abort: Option<web_sys::AbortController>,
    /// Gives the sync lock back (resolves the promise the lock is held with).
    #[cfg(target_arch = "wasm32")]
    pub release: Option<js_sys::Function>,
}

/// The sync data found under a key: the settings and what was synced, and whether something
/// unreadable is stored there.
fn read_loaded(loaded: LoadedSync) -> (Option<SyncMeta>, bool) {
    match loaded {
        LoadedSync::Off => (None, false),
        LoadedSync::Readable(meta) => (Some(*meta), false),
        LoadedSync::Unreadable(_) => (None, true),
    }
}

impl SyncRuntime {
    /// What sync keeps before the sync data under `key` is read: `stored` says whether there
    /// is any. With nothing stored there is nothing to read, so sync is simply off.
    pub fn unopened(key: String, stored: bool) -> Self {
        SyncRuntime {
            key,
            meta: None,
            unreadable: false,
            replicator: None,
            password: String::new(),
            backoff: Backoff::default(),
            run: 0,
            nudges: 0,
            waiting: false,
            conflicts: BTreeMap::new(),
            held: BTreeMap::new(),
            refused: Vec::new(),
            status: if stored {
                SyncStatus::Loading
            } else {
                SyncStatus::Off
            },
            leader: Leader::NotAsked,
            opened: !stored,
            fetching: false,
            #[cfg(target_arch = "wasm32")]
            abort: None,
            #[cfg(target_arch = "wasm32")]
            release: None,
        }
    }

    /// What sync keeps for the sync data `loaded` from under `key`.
    pub fn from_loaded(key: String, loaded: LoadedSync) -> Self {
        let mut runtime = Self::unopened(key, false);
        runtime.reload(loaded);
        runtime
    }

    /// The status before the loop has run: from the settings alone.
    fn resting_status(&self) -> SyncStatus {
        match &self.meta {
            _ if self.unreadable => SyncStatus::Unreadable,
            None => SyncStatus::Off,
            Some(meta) if meta.paused => SyncStatus::Paused,
            Some(_) => SyncStatus::Syncing,
        }
    }

    /// Takes the sync data another tab stored (`loaded`) in place of this tab's: what was
    /// synced, the checkpoints and the settings are the other tab's now. What this tab had
    /// worked out from its own (the replicator, conflicts, documents held aside) is dropped;
    /// the next cycle works it out again.
    pub fn reload(&mut self, loaded: LoadedSync) {
        let (meta, unreadable) = read_loaded(loaded);
        self.meta = meta;
        self.unreadable = unreadable;
        self.opened = true;
        self.replicator = None;
        self.conflicts.clear();
        self.held.clear();
        self.refused.clear();
        self.status = match self.leader {
            Leader::Waiting if self.meta.as_ref().is_some_and(|m| !m.paused) => {
                SyncStatus::OtherTab
            }
            _ => self.resting_status(),
        };
    }

    /// Whether anything needs the code of team sync now: stored sync data not read yet, or
    /// sync set up. Without either there is nothing to send, take or show.
    pub fn needs_code(&self) -> bool {
        !self.opened || self.meta.is_some()
    }

    /// What the page shows before anything was computed.
    pub fn initial_view(&self) -> SyncView {
        SyncView {
            server: self.meta.as_ref().and_then(|m| m.server.clone()),
            status: self.status.clone(),
            last_sync: self.meta.as_ref().and_then(|m| m.last_sync),
            pending: 0,
            conflicts: Vec::new(),
            held: Vec::new(),
            refused: Vec::new(),
        }
    }

    /// Takes what an integration decided into the conflicts and held documents shown.
    pub fn note(&mut self, integration: &Integration) {
        for id in &integration.settled {
            self.conflicts.remove(id);
            self.held.remove(id);
        }
        for conflict in &integration.conflicts {
            self.held.remove(&conflict.id);
            self.conflicts.insert(conflict.id.clone(), conflict.clone());
        }
        for held in &integration.held {
            self.conflicts.remove(&held.id);
            self.held.insert(held.id.clone(), held.clone());
        }
    }
}

/// A short name of a record for lists: its code, reference or date and its title.
pub fn record_label(body: Option<&Value>) -> String {
    let Some(record) = body.and_then(|b| b.get("record")) else {
        return String::new();
    };
    let text = |key: &str| record.get(key).and_then(Value::as_str).unwrap_or_default();
    let parts: Vec<&str> = ["code", "reference", "date", "title", "name", "subject"]
        .into_iter()
        .map(text)
        .filter(|t| !t.is_empty())
        .take(2)
        .collect();
    parts.join(" ")
}

/// The kind of a document by its id.
pub fn kind_of(id: &str) -> DocKind {
    parse_doc_id(id).map_or(DocKind::Workspace, |(kind, _)| kind)
}

/// Why the settings typed cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupProblem {
    Server(EndpointProblem),
    Database(EndpointProblem),
    /// Basic authentication sends the password with every request: HTTPS only.
    NoUser,
}

/// Checks the settings typed on the Team sync page.
pub fn check_settings(
    url: &str,
    database: &str,
    user: &str,
    auth: AuthMethod,
) -> Result<ServerSettings, SetupProblem> {
    let url = check_server(url).map_err(SetupProblem::Server)?;
    check_database(database).map_err(SetupProblem::Database)?;
    if auth != AuthMethod::None && user.trim().is_empty() {
        return Err(SetupProblem::NoUser);
    }
    Ok(ServerSettings {
        url,
        database: database.trim().to_string(),
        user: if auth == AuthMethod::None {
            String::new()
        } else {
            user.trim().to_string()
        },
        auth,
    })
}

/// The time for checkpoint documents.
pub fn now_text() -> String {
    clock::now().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_checked_before_anything_is_stored() {
        assert_eq!(
            check_settings("http://couch.example.org", "acme", "li", AuthMethod::Basic),
            Err(SetupProblem::Server(EndpointProblem::NotHttps))
        );
        assert_eq!(
            check_settings("https://couch.example.org", "Acme", "li", AuthMethod::Basic),
            Err(SetupProblem::Database(EndpointProblem::BadDatabase))
        );
        assert_eq!(
            check_settings(
                "https://couch.example.org",
                "acme",
                " ",
                AuthMethod::Session
            ),
            Err(SetupProblem::NoUser)
        );
        let settings =
            check_settings("https://couch.example.org/", "acme", "x", AuthMethod::None).unwrap();
        assert_eq!(settings.url, "https://couch.example.org");
        assert!(settings.user.is_empty());
    }

    #[test]
    fn sync_data_from_another_tab_replaces_what_this_tab_worked_out() {
        let settings =
            check_settings("https://couch.example.org", "acme", "", AuthMethod::None).unwrap();
        let mut meta = SyncMeta::new(settings, "i".into());
        let mut runtime =
            SyncRuntime::from_loaded("k".into(), LoadedSync::Readable(Box::new(meta.clone())));
        assert_eq!(runtime.status, SyncStatus::Syncing);
        runtime.leader = Leader::Waiting;
        runtime.refused.push(DocRefused {
            id: "objective:x".into(),
            error: "forbidden".into(),
            reason: "no".into(),
        });
        meta.last_sync = Some(Timestamp::from_unix_seconds(1_000));
        runtime.reload(LoadedSync::Readable(Box::new(meta.clone())));
        assert_eq!(runtime.status, SyncStatus::OtherTab);
        assert_eq!(
            runtime.meta.as_ref().and_then(|m| m.last_sync),
            meta.last_sync
        );
        assert!(runtime.refused.is_empty());
        // Paused or stopped in the other tab: this tab says so rather than "another tab syncs".
        meta.paused = true;
        runtime.reload(LoadedSync::Readable(Box::new(meta)));
        assert_eq!(runtime.status, SyncStatus::Paused);
        runtime.reload(LoadedSync::Off);
        assert_eq!(runtime.status, SyncStatus::Off);
        assert!(runtime.meta.is_none());
    }

    #[test]
    fn records_are_named_by_code_or_date_and_title() {
        let body = serde_json::json!({"record": {"id": "x", "code": "S1", "title": "Faster"}});
        assert_eq!(record_label(Some(&body)), "S1 Faster");
        let body = serde_json::json!({"record": {"id": "x", "date": "2026-01-02", "value": 3}});
        assert_eq!(record_label(Some(&body)), "2026-01-02");
        assert_eq!(record_label(None), "");
    }
}
