//! Saving the workspace: after a pause in typing or at once, what a failed save means for the status, and the stored text the data page and recovery screen show.

use super::{AppState, NotSavedReason, SaveState, StorageView};
use crate::app::clock;
use crate::domain::Workspace;
use crate::io::envelope::encode_stored;
use crate::storage::{Persistence, SaveError};
use leptos::prelude::*;

/// How long typing must pause before the workspace is stored.
#[cfg(target_arch = "wasm32")]
const SAVE_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(400);

impl AppState {
    /// Saves after a short pause in editing (the browser build); native tests call
    /// [`Self::flush`] themselves.
    pub(super) fn schedule_save(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let state = *self;
            if !crate::app::browser::restart_save_timer(SAVE_DEBOUNCE, move || state.flush()) {
                // Without a timer, save at once rather than not at all.
                self.flush();
            }
        }
    }

    /// Saves now, without waiting for the pause in editing (the page is being hidden or
    /// closed, or reloaded into a new build).
    pub fn flush_now(&self) {
        #[cfg(target_arch = "wasm32")]
        crate::app::browser::cancel_save_timer();
        self.flush();
    }

    /// Whether this tab holds changes that are not in storage (a save failed, storage is full
    /// or blocked, or another tab's save is in conflict): leaving would lose them.
    pub fn has_unsaved_changes(&self) -> bool {
        self.dirty.with_value(|dirty| *dirty)
    }

    /// Saves now if there are unsaved changes.
    pub fn flush(&self) {
        if !self.dirty.with_value(|dirty| *dirty) {
            return;
        }
        let now = clock::now();
        let result = self.persistence.try_update_value(|persistence| {
            self.workspace
                .with_untracked(|workspace| persistence.save(workspace, now))
        });
        match result {
            Some(Ok(_)) => {
                self.dirty.set_value(false);
                self.save.set(SaveState::Saved { at: now });
                self.on_saved_unsaved();
                self.ask_for_persistent_storage();
            }
            Some(Err(error)) => self.on_save_error(error),
            None => {}
        }
    }

    /// Asks the browser, once per visit and only once the stored workspace holds real data,
    /// not to clear the site's storage when the disk runs low. Browsers that ask the user
    /// (Firefox) would otherwise ask on a first visit with nothing to lose.
    pub(super) fn ask_for_persistent_storage(&self) {
        if self.persistence_requested.get_value()
            || self.persistent_storage.get_untracked() == Some(true)
            || self.workspace.with_untracked(Workspace::is_empty)
        {
            return;
        }
        self.persistence_requested.set_value(true);
        #[cfg(target_arch = "wasm32")]
        crate::app::browser::request_persistent_storage(self.persistent_storage);
    }

    pub(super) fn on_save_error(&self, error: SaveError) {
        let in_conflict = self
            .storage
            .with_untracked(|s| matches!(s, StorageView::Conflict(_)));
        let state = match error {
            SaveError::Protecting if in_conflict => SaveState::NotSaved(NotSavedReason::Conflict),
            SaveError::Protecting => SaveState::ReadOnly,
            SaveError::MemoryOnly => SaveState::MemoryOnly,
            SaveError::QuotaExceeded => {
                self.keep_unsaved();
                SaveState::NotSaved(NotSavedReason::StorageFull)
            }
            SaveError::Failed(message) => {
                self.keep_unsaved();
                SaveState::NotSaved(NotSavedReason::Failed(message))
            }
            SaveError::Conflict { .. } => {
                // Learn what the other tab stored: both versions are combined and stored, or
                // this tab takes the other's over, or the user is asked.
                self.on_external_change();
                if !self.dirty.with_value(|dirty| *dirty) {
                    return;
                }
                if self
                    .storage
                    .with_untracked(|s| matches!(s, StorageView::Normal))
                {
                    self.storage.set(StorageView::Conflict(None));
                }
                SaveState::NotSaved(NotSavedReason::Conflict)
            }
        };
        self.save.set(state);
    }

    /// The user chose to start afresh instead of keeping unreadable stored data.
    pub fn give_up_unreadable(&self) {
        self.persistence
            .update_value(|persistence| persistence.give_up_unreadable());
        self.storage.set(StorageView::Normal);
        self.save.set(SaveState::Fresh);
    }

    /// The raw stored text, for the recovery screen's download.
    pub fn raw_stored(&self) -> Option<String> {
        self.persistence
            .with_value(|persistence| persistence.raw_stored())
    }

    /// What the stored workspace costs against the quota, in UTF-16 code units, if anything
    /// is stored. Re-read whenever the save status changes.
    pub fn stored_units(&self) -> Option<usize> {
        self.save.track();
        self.raw_stored()
            .map(|raw| crate::storage::utf16_cost(crate::storage::WORKSPACE_KEY, &raw))
    }

    /// The current workspace in the stored envelope format, for "download data".
    pub fn workspace_json(&self) -> String {
        let rev = self.persistence.with_value(Persistence::known_rev);
        self.workspace
            .with_untracked(|workspace| encode_stored(workspace, rev, clock::now()))
    }
}
