//! Team sync in the app: what the Team sync page shows (status, pending changes, conflicts
//! and documents held aside), and what it does (set up, pause, resume, stop syncing, sign
//! in, resolve a conflict). The replication itself is `io::sync`; the requests, timers and
//! long polls are `sync_net` (browser build only).
//!
//! Order of writes, so that nothing is lost: a pulled workspace is stored before the sync
//! data says it was synced; sync data that cannot be stored stops sync; a workspace that
//! cannot be stored stops sync and nothing is remembered as synced.

use super::clock;
use super::state::{AppState, SaveState};
use crate::domain::{Command, Timestamp, Workspace};
use crate::io::sync::backoff::Backoff;
use crate::io::sync::diff::{differences, FieldDifference};
use crate::io::sync::docs::{parse_doc_id, split, DocKind};
use crate::io::sync::endpoint::{check_database, check_server, EndpointProblem};
use crate::io::sync::integrate::{commit, DocConflict, HeldDoc, HoldReason, Integration};
use crate::io::sync::meta::{AuthMethod, ServerSettings, SyncMeta};
use crate::io::sync::protocol::DocRefused;
use crate::io::sync::push::pending_count;
use crate::io::sync::replicator::{Failure, Replicator};
use crate::io::sync::resolve::{keep_mine, take_theirs};
use crate::storage::sync::{remove_sync, save_sync, LoadedSync};
use leptos::prelude::*;
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
    #[cfg(target_arch = "wasm32")]
    pub abort: Option<web_sys::AbortController>,
}

impl SyncRuntime {
    pub fn from_loaded(loaded: LoadedSync) -> Self {
        let (meta, unreadable) = match loaded {
            LoadedSync::Off => (None, false),
            LoadedSync::Readable(meta) => (Some(*meta), false),
            LoadedSync::Unreadable(_) => (None, true),
        };
        let status = match &meta {
            _ if unreadable => SyncStatus::Unreadable,
            None => SyncStatus::Off,
            Some(meta) if meta.paused => SyncStatus::Paused,
            Some(_) => SyncStatus::Syncing,
        };
        SyncRuntime {
            meta,
            unreadable,
            replicator: None,
            password: String::new(),
            backoff: Backoff::default(),
            run: 0,
            nudges: 0,
            waiting: false,
            conflicts: BTreeMap::new(),
            held: BTreeMap::new(),
            refused: Vec::new(),
            status,
            #[cfg(target_arch = "wasm32")]
            abort: None,
        }
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

fn kind_of(id: &str) -> DocKind {
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

impl AppState {
    /// Builds what the page shows from what sync keeps.
    pub fn refresh_sync_view(&self) {
        let view = self.sync_runtime.with_value(|runtime| {
            let local = self.workspace.with_untracked(|workspace| {
                runtime
                    .meta
                    .as_ref()
                    .map(|meta| (split(workspace, &|id| meta.rank(id)), meta))
                    .map(|(docs, meta)| (docs.unwrap_or_default(), pending(workspace, meta)))
            });
            let (docs, pending) = local.unwrap_or_default();
            let conflicts = runtime
                .conflicts
                .values()
                .map(|conflict| {
                    let mine = docs.get(&conflict.id);
                    ConflictView {
                        id: conflict.id.clone(),
                        kind: kind_of(&conflict.id),
                        label: record_label(mine.or(conflict.theirs.as_ref())),
                        fields: differences(mine, conflict.theirs.as_ref()),
                    }
                })
                .collect();
            let held = runtime
                .held
                .values()
                .map(|held| HeldView {
                    id: held.id.clone(),
                    kind: kind_of(&held.id),
                    label: record_label(held.body.as_ref()),
                    reason: held.reason.clone(),
                })
                .collect();
            SyncView {
                server: runtime.meta.as_ref().and_then(|m| m.server.clone()),
                status: runtime.status.clone(),
                last_sync: runtime.meta.as_ref().and_then(|m| m.last_sync),
                pending,
                conflicts,
                held,
                refused: runtime.refused.clone(),
            }
        });
        if self.sync.with_untracked(|current| *current != view) {
            self.sync.set(view);
        }
    }

    pub(super) fn set_sync_status(&self, status: SyncStatus) {
        self.sync_runtime
            .update_value(|runtime| runtime.status = status);
        self.refresh_sync_view();
    }

    /// Stores the sync data; `false` (and sync stopped, status `NotStored`) when it could not.
    pub(super) fn store_sync_meta(&self) -> bool {
        let meta = self.sync_runtime.with_value(|runtime| runtime.meta.clone());
        let Some(meta) = meta else {
            return true;
        };
        let stored = self
            .persistence
            .with_value(|persistence| save_sync(persistence.store(), &meta));
        if stored.is_err() {
            self.sync_runtime.update_value(|runtime| {
                runtime.run += 1;
                runtime.status = SyncStatus::NotStored;
            });
            self.refresh_sync_view();
        }
        stored.is_ok()
    }

    /// Whether the workspace has changes not stored yet.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(super) fn has_unsaved_changes(&self) -> bool {
        self.dirty.get_value()
    }

    /// Puts a workspace taken from the server in place and stores it at once. `false` when it
    /// could not be stored (nothing is then remembered as synced).
    pub(super) fn store_synced_workspace(&self, workspace: Workspace) -> bool {
        if self
            .dispatch(Command::ReplaceWorkspace(Box::new(workspace)))
            .is_err()
        {
            return false;
        }
        self.flush_now();
        matches!(self.save.get_untracked(), SaveState::Saved { .. })
    }

    /// Whether this browser may take the server's documents in: its own storage works and
    /// holds what it shows.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(super) fn sync_may_store(&self) -> bool {
        matches!(
            self.save.get_untracked(),
            SaveState::Fresh | SaveState::Saved { .. } | SaveState::Pending
        )
    }

    /// Sets sync up with `settings` and starts it; `password` is kept in memory only.
    pub fn start_sync(&self, settings: ServerSettings, password: String) {
        let instance = uuid::Uuid::new_v4().simple().to_string();
        let keep = self.sync_runtime.with_value(|runtime| {
            runtime
                .meta
                .as_ref()
                .filter(|meta| meta.server.as_ref() == Some(&settings))
                .cloned()
        });
        let meta = keep.unwrap_or_else(|| SyncMeta::new(settings, instance));
        self.sync_runtime.update_value(|runtime| {
            runtime.meta = Some(meta);
            runtime.unreadable = false;
            runtime.password = password;
            runtime.replicator = None;
            runtime.conflicts.clear();
            runtime.held.clear();
            runtime.backoff.succeeded();
        });
        if self.store_sync_meta() {
            self.run_sync();
        }
    }

    /// Signs in again with `password` (kept in memory only) and syncs.
    pub fn sync_sign_in(&self, password: String) {
        self.sync_runtime
            .update_value(|runtime| runtime.password = password);
        self.run_sync();
    }

    /// Pauses: nothing is sent or taken until resumed; changes here stay pending.
    pub fn pause_sync(&self) {
        self.sync_runtime.update_value(|runtime| {
            if let Some(meta) = runtime.meta.as_mut() {
                meta.paused = true;
            }
        });
        self.stop_loop(SyncStatus::Paused);
        self.store_sync_meta();
    }

    pub fn resume_sync(&self) {
        self.sync_runtime.update_value(|runtime| {
            if let Some(meta) = runtime.meta.as_mut() {
                meta.paused = false;
            }
        });
        if self.store_sync_meta() {
            self.run_sync();
        }
    }

    /// Stops syncing: the sync data is forgotten, the workspace stays as it is.
    pub fn stop_sync(&self) {
        let removed = self
            .persistence
            .with_value(|persistence| remove_sync(persistence.store()));
        if removed.is_err() {
            self.set_sync_status(SyncStatus::NotStored);
            return;
        }
        self.sync_runtime.update_value(|runtime| {
            runtime.meta = None;
            runtime.unreadable = false;
            runtime.password.clear();
            runtime.replicator = None;
            runtime.conflicts.clear();
            runtime.held.clear();
            runtime.refused.clear();
        });
        self.stop_loop(SyncStatus::Off);
    }

    fn stop_loop(&self, status: SyncStatus) {
        self.sync_runtime.update_value(|runtime| {
            runtime.run += 1;
            runtime.status = status;
            #[cfg(target_arch = "wasm32")]
            if let Some(abort) = runtime.abort.take() {
                abort.abort();
            }
        });
        self.refresh_sync_view();
    }

    /// "Keep mine": this browser's version goes out on top of the server's.
    pub fn sync_keep_mine(&self, id: &str) {
        self.sync_runtime.update_value(|runtime| {
            if let (Some(conflict), Some(meta)) =
                (runtime.conflicts.remove(id), runtime.meta.as_mut())
            {
                keep_mine(meta, &conflict);
            }
        });
        if self.store_sync_meta() {
            self.nudge_sync();
        }
    }

    /// "Take theirs": the server's version replaces this browser's, through the same checks as
    /// any pull. Returns `false` when it could not be taken (it is then held aside).
    pub fn sync_take_theirs(&self, id: &str) -> bool {
        let outcome = self.sync_runtime.with_value(|runtime| {
            let conflict = runtime.conflicts.get(id)?;
            let meta = runtime.meta.as_ref()?;
            let result = self
                .workspace
                .with_untracked(|workspace| take_theirs(workspace, meta, conflict));
            Some(result)
        });
        let Some(Ok(integration)) = outcome else {
            return false;
        };
        if let Some(workspace) = integration.workspace.clone() {
            if !self.store_synced_workspace(workspace) {
                self.set_sync_status(SyncStatus::NotStored);
                return false;
            }
        }
        self.sync_runtime.update_value(|runtime| {
            if let Some(meta) = runtime.meta.as_mut() {
                commit(meta, &integration);
            }
            runtime.note(&integration);
        });
        let taken = integration.held.is_empty();
        if self.store_sync_meta() {
            self.nudge_sync();
        }
        self.refresh_sync_view();
        taken
    }

    /// Starts the sync loop when sync is set up and not paused (at start-up too).
    pub fn run_sync(&self) {
        let ready = self.sync_runtime.with_value(|runtime| {
            runtime
                .meta
                .as_ref()
                .is_some_and(|meta| !meta.paused && meta.server.is_some())
        });
        if !ready {
            self.refresh_sync_view();
            return;
        }
        self.sync_runtime.update_value(|runtime| {
            runtime.run += 1;
            runtime.status = SyncStatus::Syncing;
            #[cfg(target_arch = "wasm32")]
            if let Some(abort) = runtime.abort.take() {
                abort.abort();
            }
        });
        self.refresh_sync_view();
        #[cfg(target_arch = "wasm32")]
        super::sync_net::spawn_loop(*self);
    }

    /// Cuts a wait or a long poll short: something changed here, or the network is back.
    pub fn nudge_sync(&self) {
        self.sync_runtime.update_value(|runtime| {
            runtime.nudges += 1;
            // A request under way is left to finish; only a wait is cut short.
            #[cfg(target_arch = "wasm32")]
            if runtime.waiting {
                if let Some(abort) = runtime.abort.take() {
                    abort.abort();
                }
            }
        });
        self.refresh_sync_view();
    }
}

fn pending(workspace: &Workspace, meta: &SyncMeta) -> usize {
    pending_count(workspace, meta).unwrap_or_default()
}

/// Starts sync if it is set up, and cuts its waits short whenever a change is stored here.
pub fn watch(state: AppState) {
    state.run_sync();
    Effect::new(move |_| {
        if matches!(state.save.get(), SaveState::Saved { .. }) {
            state.nudge_sync();
        }
    });
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
    fn records_are_named_by_code_or_date_and_title() {
        let body = serde_json::json!({"record": {"id": "x", "code": "S1", "title": "Faster"}});
        assert_eq!(record_label(Some(&body)), "S1 Faster");
        let body = serde_json::json!({"record": {"id": "x", "date": "2026-01-02", "value": 3}});
        assert_eq!(record_label(Some(&body)), "2026-01-02");
        assert_eq!(record_label(None), "");
    }
}
