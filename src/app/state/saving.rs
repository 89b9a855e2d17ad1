//! Saving the workspace: after a pause in typing (compressed a slice at a time, so a large
//! workspace never holds up the page for long) or at once, what a failed save means for the
//! status, and the stored text the data page and recovery screen show.

use super::{AppState, NotSavedReason, SaveState, StorageView};
use crate::app::clock;
use crate::domain::{Timestamp, Workspace};
use crate::io::envelope::{encode_stored, SlicedEncoding, Version};
use crate::storage::persistence::{Mode, Saved};
use crate::storage::{Persistence, SaveError};
use leptos::prelude::*;

/// How long typing must pause before the workspace is stored.
#[cfg(target_arch = "wasm32")]
const SAVE_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(400);

/// How many objectives one slice of a save writes out as JSON, and how many bytes of JSON one
/// slice compresses: each about 10 ms of work on a slow machine (10,000 objectives are about
/// 17 MB of JSON, so about 10 slices of writing and 17 of compressing).
const SAVE_SLICE_OBJECTIVES: usize = 1_000;
const SAVE_SLICE_BYTES: usize = 1 << 20;

/// A save after a pause in typing, encoded a slice at a time and stored in a task of its own.
pub(super) struct SlicedSave {
    encoding: SlicedEncoding,
    /// Whether all is encoded, so that the next slice stores it.
    encoded: bool,
    /// The version this tab knew when the save started; the save is stored only if it still is.
    base: Version,
    version: Version,
    at: Timestamp,
    /// The workspace's write count when its JSON was taken: a later change makes it old.
    writes: u64,
}

impl AppState {
    /// Saves after a short pause in editing (the browser build), a slice at a time; native
    /// tests call [`Self::flush`] or the slices themselves.
    pub(super) fn schedule_save(&self) {
        // A save in progress holds the workspace as it was: this change makes it old.
        self.sliced_save.set_value(None);
        #[cfg(target_arch = "wasm32")]
        {
            let state = *self;
            let started = crate::app::browser::restart_save_timer(SAVE_DEBOUNCE, move || {
                state.start_save_in_slices();
                state.continue_save_in_slices();
            });
            if !started {
                // Without a timer, save at once rather than not at all.
                self.flush();
            }
        }
    }

    /// Compresses the next slice after the browser's turn, until the save is stored.
    #[cfg(target_arch = "wasm32")]
    fn continue_save_in_slices(&self) {
        let state = *self;
        let scheduled = crate::app::browser::after_a_turn(move || {
            if state.save_next_slice() {
                state.continue_save_in_slices();
            }
        });
        if !scheduled {
            while self.save_next_slice() {}
        }
    }

    /// Starts a save of the workspace as it is now, if anything is unsaved;
    /// [`Self::save_next_slice`] encodes and stores it. When saving cannot work (unreadable or
    /// unavailable storage) this reports that at once instead.
    pub fn start_save_in_slices(&self) {
        self.sliced_save.set_value(None);
        if !self.dirty.get_value() {
            return;
        }
        let writable = self
            .persistence
            .with_value(|persistence| persistence.mode() == Mode::Writable);
        if !writable {
            self.flush();
            return;
        }
        let at = clock::now();
        let (base, version) = self.persistence.with_value(|persistence| {
            (
                persistence.known_version().clone(),
                persistence.next_version(),
            )
        });
        let encoding = self
            .workspace
            .with_untracked(|workspace| SlicedEncoding::new(workspace, &version, at));
        self.sliced_save.set_value(Some(SlicedSave {
            encoding,
            encoded: false,
            base,
            version,
            at,
            writes: self.writes.get_value(),
        }));
    }

    /// Encodes the next slice of the save in progress or, once it is all encoded, stores it
    /// (checking first, as every save does, that storage still holds the version this tab
    /// knows). Returns whether slices remain. A change to the workspace since the save started
    /// (the slices read it as it is), or another tab's version taken in, drops the save: the
    /// workspace is saved again after the next pause.
    pub fn save_next_slice(&self) -> bool {
        let Some(mut save) = self.sliced_save.try_update_value(Option::take).flatten() else {
            return false;
        };
        if save.writes != self.writes.get_value() {
            self.schedule_save();
            return false;
        }
        if !save.encoded {
            save.encoded = self.workspace.with_untracked(|workspace| {
                save.encoding
                    .step(workspace, SAVE_SLICE_OBJECTIVES, SAVE_SLICE_BYTES)
            });
            self.sliced_save.set_value(Some(save));
            return true;
        }
        let SlicedSave {
            encoding,
            base,
            version,
            at,
            ..
        } = save;
        let text = self
            .workspace
            .with_untracked(|workspace| encoding.finish(workspace));
        let stored = self
            .persistence
            .try_update_value(|persistence| persistence.save_encoded(&base, version, text));
        match stored {
            Some(Some(result)) => self.after_save(result, at),
            Some(None) => self.schedule_save(),
            None => {}
        }
        false
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
        // Saved here whole: a save in progress would only store the same again.
        self.sliced_save.set_value(None);
        let now = clock::now();
        let result = self.persistence.try_update_value(|persistence| {
            self.workspace
                .with_untracked(|workspace| persistence.save(workspace, now))
        });
        if let Some(result) = result {
            self.after_save(result, now);
        }
    }

    /// What a save's outcome means for the status and the kept changes.
    fn after_save(&self, result: Result<Saved, SaveError>, at: Timestamp) {
        match result {
            Ok(_) => {
                self.dirty.set_value(false);
                self.save.set(SaveState::Saved { at });
                self.on_saved_unsaved();
                self.ask_for_persistent_storage();
            }
            Err(error) => self.on_save_error(error),
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
