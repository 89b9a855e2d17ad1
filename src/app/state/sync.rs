//! Team sync, the state's side: building what the Team sync page shows, setting sync up,
//! pausing, resuming and stopping it (stopping keeps the workspace), signing in again, and
//! resolving conflicts. The order of writes keeps everything: a pulled workspace is stored
//! before the sync data says it was synced; sync data that cannot be stored stops sync; a
//! workspace that cannot be stored stops sync and nothing is remembered as synced.

use super::{AppState, SaveState};
use crate::app::sync::{
    kind_of, record_label, ConflictView, HeldView, Leader, SyncCall, SyncStatus, SyncView,
};
use crate::domain::{Command, Workspace};
use crate::io::sync::diff::differences;
use crate::io::sync::docs::split;
use crate::io::sync::integrate::commit;
use crate::io::sync::meta::{ServerSettings, SyncMeta};
use crate::io::sync::push::pending_count;
use crate::io::sync::resolve::{keep_mine, take_theirs};
use crate::storage::sync::{load_sync, remove_sync, save_sync};
use leptos::prelude::*;

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

    pub(crate) fn set_sync_status(&self, status: SyncStatus) {
        self.sync_runtime
            .update_value(|runtime| runtime.status = status);
        self.refresh_sync_view();
    }

    /// Stores the sync data; `false` (and sync stopped, status `NotStored`) when it could not.
    pub(crate) fn store_sync_meta(&self) -> bool {
        let (key, meta) = self
            .sync_runtime
            .with_value(|runtime| (runtime.key.clone(), runtime.meta.clone()));
        let Some(meta) = meta else {
            return true;
        };
        let stored = self
            .persistence
            .with_value(|persistence| save_sync(persistence.store(), &key, &meta));
        if stored.is_err() {
            self.sync_runtime.update_value(|runtime| {
                runtime.run += 1;
                runtime.status = SyncStatus::NotStored;
            });
            self.refresh_sync_view();
        }
        stored.is_ok()
    }

    /// Puts a workspace taken from the server in place and stores it at once. `false` when it
    /// could not be stored (nothing is then remembered as synced).
    pub(crate) fn store_synced_workspace(&self, workspace: Workspace) -> bool {
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
    pub(crate) fn sync_may_store(&self) -> bool {
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
        let key = self.sync_key();
        let removed = self
            .persistence
            .with_value(|persistence| remove_sync(persistence.store(), &key));
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
        self.release_sync_lock();
    }

    /// The storage key of this workspace's sync data.
    pub fn sync_key(&self) -> String {
        self.sync_runtime.with_value(|runtime| runtime.key.clone())
    }

    /// Another tab stored this workspace's sync data (or removed it): this tab takes it in.
    /// A tab that syncs starts its loop again on it (or stops, when sync was paused or stopped
    /// there); a waiting tab shows it, and asks for the sync lock when sync was set up or
    /// resumed there.
    pub fn on_sync_stored_elsewhere(&self) {
        self.reload_stored_sync();
        let (leader, active) = self.sync_runtime.with_value(|runtime| {
            let active = runtime
                .meta
                .as_ref()
                .is_some_and(|meta| !meta.paused && meta.server.is_some());
            (runtime.leader, active)
        });
        match (leader, active) {
            (Leader::Leading, true) | (Leader::NotAsked, true) => self.run_sync(),
            (Leader::Leading, false) => {
                let status = self
                    .sync_runtime
                    .with_value(|runtime| runtime.status.clone());
                self.stop_loop(status);
                // Paused, this tab keeps the lock: resuming in any tab goes on here.
                if self
                    .sync_runtime
                    .with_value(|runtime| runtime.meta.is_none())
                {
                    self.release_sync_lock();
                }
            }
            _ => self.refresh_sync_view(),
        }
    }

    /// This tab got the sync lock (`release` gives it back): it takes in the sync data the
    /// tab before it stored, then runs the loop.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn on_sync_lock(&self, release: Option<js_sys::Function>) {
        self.sync_runtime.update_value(|runtime| {
            runtime.leader = Leader::Leading;
            runtime.release = release;
        });
        self.reload_stored_sync();
        let active = self.sync_runtime.with_value(|runtime| {
            runtime
                .meta
                .as_ref()
                .is_some_and(|meta| !meta.paused && meta.server.is_some())
        });
        if active {
            self.run_sync();
        } else {
            // Paused, this tab keeps the lock; stopped, it gives it back.
            if self
                .sync_runtime
                .with_value(|runtime| runtime.meta.is_none())
            {
                self.release_sync_lock();
            }
            self.refresh_sync_view();
        }
    }

    /// Gives the sync lock back, so that another tab may sync.
    fn release_sync_lock(&self) {
        self.sync_runtime.update_value(|runtime| {
            #[cfg(target_arch = "wasm32")]
            if let Some(release) = runtime.release.take() {
                let _ = release.call0(&wasm_bindgen::JsValue::NULL);
            }
            if runtime.leader == Leader::Leading {
                runtime.leader = Leader::NotAsked;
            }
        });
    }

    /// Whether this tab may run the loop now; when not, it asks for the sync lock (once) and
    /// shows that another tab syncs.
    fn may_lead(&self) -> bool {
        let leader = self.sync_runtime.with_value(|runtime| runtime.leader);
        match leader {
            Leader::Leading => true,
            Leader::Waiting => {
                self.set_sync_status(SyncStatus::OtherTab);
                false
            }
            #[cfg(target_arch = "wasm32")]
            Leader::NotAsked => {
                self.sync_runtime.update_value(|runtime| {
                    runtime.leader = Leader::Waiting;
                    runtime.status = SyncStatus::OtherTab;
                });
                self.refresh_sync_view();
                // The loop starts when the lock is granted (`on_sync_lock`).
                crate::app::sync_net::ask_for_lock(*self);
                false
            }
            // Without a browser there are no other tabs.
            #[cfg(not(target_arch = "wasm32"))]
            Leader::NotAsked => {
                self.sync_runtime
                    .update_value(|runtime| runtime.leader = Leader::Leading);
                true
            }
        }
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
        if !self.may_lead() {
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
        crate::app::sync_net::spawn_loop(*self);
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

    /// Takes in the sync data stored for this workspace (or its absence).
    fn reload_stored_sync(&self) {
        let key = self.sync_key();
        let loaded = self
            .persistence
            .with_value(|persistence| load_sync(persistence.store(), &key));
        self.sync_runtime
            .update_value(|runtime| runtime.reload(loaded));
    }

    /// Reads the stored sync data, once: the workspace's sync settings and what was synced.
    pub(crate) fn read_stored_sync(&self) {
        if self.sync_runtime.with_value(|runtime| runtime.opened) {
            return;
        }
        self.reload_stored_sync();
        self.refresh_sync_view();
    }

    /// Does what the rest of the app asks of team sync (`app::sync_loader`); `false` only when
    /// "Take theirs" could not take the server's version.
    pub(crate) fn run_sync_call(&self, call: SyncCall) -> bool {
        self.read_stored_sync();
        match call {
            SyncCall::Open => self.run_sync(),
            SyncCall::Nudge => self.nudge_sync(),
            SyncCall::StoredElsewhere => self.on_sync_stored_elsewhere(),
            SyncCall::Start(settings, password) => self.start_sync(settings, password),
            SyncCall::SignIn(password) => self.sync_sign_in(password),
            SyncCall::Pause => self.pause_sync(),
            SyncCall::Resume => self.resume_sync(),
            SyncCall::Stop => self.stop_sync(),
            SyncCall::KeepMine(id) => self.sync_keep_mine(&id),
            SyncCall::TakeTheirs(id) => return self.sync_take_theirs(&id),
        }
        true
    }
}

fn pending(workspace: &Workspace, meta: &SyncMeta) -> usize {
    pending_count(workspace, meta).unwrap_or_default()
}
