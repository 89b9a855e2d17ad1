//! Reloading into a newer build without losing anything.

use super::{AppState, AppUpdate, NotSavedReason, ReloadBlocker, SaveState, StorageView};
use crate::storage::StoreError;
use leptos::prelude::*;

impl AppState {
    /// A newer build is installed and waiting for this tab to reload.
    pub fn note_update_available(&self) {
        // Also called from browser events that can outlive the app (unmounted in tests).
        let _ = self.update.try_update(|update| {
            if *update == AppUpdate::Current {
                *update = AppUpdate::Available;
            }
        });
    }

    /// The user chose to reload into the new build. Saves everything first and returns
    /// whether the page may reload now; if not, the notice says why.
    pub fn accept_update(&self) -> bool {
        match self.prepare_reload() {
            Ok(()) => {
                self.update.set(AppUpdate::Reloading);
                true
            }
            Err(blocker) => {
                self.update.set(AppUpdate::Blocked(blocker));
                false
            }
        }
    }

    /// Makes sure a reload loses nothing: stores unsaved changes and the wizards' drafts now,
    /// and says why not when that is impossible. Unreadable stored data (the recovery screen)
    /// does not block: nothing of it is in memory, and it stays stored untouched.
    pub fn prepare_reload(&self) -> Result<(), ReloadBlocker> {
        self.flush();
        if self
            .storage
            .with_untracked(|s| matches!(s, StorageView::Conflict(_)))
        {
            return Err(ReloadBlocker::Conflict);
        }
        match self.save.get_untracked() {
            SaveState::MemoryOnly => return Err(ReloadBlocker::MemoryOnly),
            SaveState::NotSaved(NotSavedReason::StorageFull) => {
                return Err(ReloadBlocker::StorageFull)
            }
            SaveState::NotSaved(NotSavedReason::Conflict) => return Err(ReloadBlocker::Conflict),
            SaveState::NotSaved(NotSavedReason::Failed(detail)) => {
                return Err(ReloadBlocker::Failed(detail))
            }
            SaveState::Fresh
            | SaveState::Pending
            | SaveState::Saved { .. }
            | SaveState::ReadOnly => {}
        }
        if self.dirty.with_value(|dirty| *dirty) {
            // Stored data is protected from this tab's changes (another tab wrote something
            // unreadable): only the user's choice in the conflict banner releases it.
            return Err(ReloadBlocker::Conflict);
        }
        // Drafts are stored as they change, but a failure there is silent: store them again
        // (as they were found, if no wizard has read them in this tab).
        match self.store_drafts_again() {
            Ok(()) => {}
            Err(StoreError::QuotaExceeded) => return Err(ReloadBlocker::StorageFull),
            Err(StoreError::Unavailable(_)) => return Err(ReloadBlocker::MemoryOnly),
            Err(StoreError::Other(detail)) => return Err(ReloadBlocker::Failed(detail)),
        }
        Ok(())
    }
}
