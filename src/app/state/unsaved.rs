//! Unsaved changes kept in the browser's database (see `storage::unsaved`) while storage is
//! full: kept after each save that fails, removed once a save succeeds, and looked for when the
//! app starts, where they are put back (changes made on the stored version) or offered.

use super::AppState;
use crate::app::clock;
use crate::domain::{Command, Timestamp};
use crate::io::envelope::{encode_stored, DecodeError};
use crate::storage::unsaved::{encode_kept, judge, KeptChanges, Verdict};
use crate::storage::Persistence;
use leptos::prelude::*;

/// What the app shows about unsaved changes kept outside storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum UnsavedView {
    /// Nothing kept, or nothing to say.
    #[default]
    Nothing,
    /// This tab's unsaved changes are kept in the database, as of `at`.
    Kept { at: Timestamp },
    /// Changes kept in an earlier visit were put back into this tab when it opened; storage
    /// still holds the version they were made on until a save succeeds.
    Restored { kept_at: Option<Timestamp> },
    /// Changes kept in an earlier visit that would replace another version: the user decides.
    Offered(Box<KeptChanges>),
    /// A kept record this build cannot read: kept untouched, offered as a download.
    Unreadable { raw: String, error: DecodeError },
}

impl UnsavedView {
    /// Whether the kept record holds something the user has not decided about, which the
    /// tab's own saves must therefore neither replace nor remove.
    fn awaits_decision(&self) -> bool {
        matches!(
            self,
            UnsavedView::Offered(_) | UnsavedView::Unreadable { .. }
        )
    }
}

impl AppState {
    /// The key the kept changes of this workspace are filed under: its storage key.
    fn unsaved_key(&self) -> String {
        self.workspace_keys().workspace
    }

    /// Looks for changes kept in an earlier visit and restores or offers them. Called once
    /// the state is built; the answer may come after the first paint.
    pub fn look_for_unsaved(&self) {
        let state = *self;
        let key = self.unsaved_key();
        self.unsaved_buffer.with_value(|buffer| {
            buffer.read(
                &key,
                Box::new(move |result| {
                    if let Ok(Some(record)) = result {
                        state.on_unsaved_found(&record);
                    }
                }),
            )
        });
    }

    fn on_unsaved_found(&self, record: &str) {
        let stored = self
            .persistence
            .with_value(|persistence| persistence.known_version().clone());
        let tab_changed = self.dirty.with_value(|dirty| *dirty)
            || self
                .history
                .with_value(|history| history.next_undo().is_some());
        let verdict = self
            .workspace
            .with_untracked(|workspace| judge(record, &stored, workspace, tab_changed));
        match verdict {
            Verdict::AlreadyStored => self.remove_unsaved(),
            Verdict::Restore(kept) => {
                let kept_at = kept.kept_at;
                // Shown before the change, so that the save the change triggers (which may
                // fail again and keep the changes anew) does not hide where they came from.
                self.unsaved.set(UnsavedView::Restored { kept_at });
                // The record is removed once the restored changes are stored.
                self.unsaved_written.set_value(true);
                let _ = self.dispatch(Command::ReplaceWorkspace(Box::new(kept.workspace)));
            }
            Verdict::Offer(kept) => self.unsaved.set(UnsavedView::Offered(kept)),
            Verdict::Unreadable(error) => self.unsaved.set(UnsavedView::Unreadable {
                raw: record.to_string(),
                error,
            }),
        }
    }

    /// The user chose to put the offered changes back (an undoable change of the tab; the
    /// next save stores them).
    pub fn restore_offered_unsaved(&self) {
        let UnsavedView::Offered(kept) = self.unsaved.get_untracked() else {
            return;
        };
        self.unsaved.set(UnsavedView::Restored {
            kept_at: kept.kept_at,
        });
        self.unsaved_written.set_value(true);
        let _ = self.dispatch(Command::ReplaceWorkspace(Box::new(kept.workspace)));
    }

    /// The user chose to give up the kept changes (offered or unreadable).
    pub fn discard_unsaved(&self) {
        self.unsaved.set(UnsavedView::Nothing);
        self.remove_unsaved();
    }

    /// Hides the note about restored changes.
    pub fn dismiss_unsaved_note(&self) {
        if matches!(self.unsaved.get_untracked(), UnsavedView::Restored { .. }) {
            self.unsaved.set(UnsavedView::Nothing);
        }
    }

    /// The kept changes as a file to download: the workspace in the stored envelope format
    /// (offered changes), or the record as it is (when it cannot be read).
    pub fn unsaved_download(&self) -> Option<String> {
        match self.unsaved.get_untracked() {
            UnsavedView::Offered(kept) => Some(encode_stored(
                &kept.workspace,
                kept.base.rev,
                kept.kept_at.unwrap_or_else(clock::now),
            )),
            UnsavedView::Unreadable { raw, .. } => Some(raw),
            _ => None,
        }
    }

    /// After a failed save: keeps the tab's workspace in the database, unless the record there
    /// awaits the user's decision.
    pub(super) fn keep_unsaved(&self) {
        if self.unsaved.with_untracked(UnsavedView::awaits_decision) {
            return;
        }
        let now = clock::now();
        let base = self
            .persistence
            .with_value(|persistence: &Persistence<_>| persistence.known_version().clone());
        let record = self
            .workspace
            .with_untracked(|workspace| encode_kept(workspace, &base, now));
        let state = *self;
        let key = self.unsaved_key();
        self.unsaved_written.set_value(true);
        self.unsaved_buffer.with_value(|buffer| {
            buffer.write(
                &key,
                record,
                Box::new(move |result| {
                    // A save may have succeeded meanwhile; then the record is not needed.
                    if result.is_err() || !state.dirty.try_with_value(|d| *d).unwrap_or(false) {
                        return;
                    }
                    let _ = state.unsaved.try_update(|view| {
                        if !matches!(view, UnsavedView::Restored { .. }) {
                            *view = UnsavedView::Kept { at: now };
                        }
                    });
                }),
            )
        });
    }

    /// After a successful save: the kept record, if any, is no longer needed.
    pub(super) fn on_saved_unsaved(&self) {
        if !self.unsaved_written.get_value() {
            return;
        }
        self.unsaved_written.set_value(false);
        if self.unsaved.with_untracked(UnsavedView::awaits_decision) {
            return;
        }
        // The note about restored changes stays until it is hidden: it says where they came from.
        if matches!(self.unsaved.get_untracked(), UnsavedView::Kept { .. }) {
            self.unsaved.set(UnsavedView::Nothing);
        }
        self.remove_unsaved();
    }

    fn remove_unsaved(&self) {
        let key = self.unsaved_key();
        self.unsaved_buffer
            .with_value(|buffer| buffer.remove(&key, Box::new(|_| {})));
    }
}
