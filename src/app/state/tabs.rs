//! Another tab's save: taken over, combined record by record, or shown as a conflict for the user to decide.

use super::{AppState, ConflictChoice, NoticeText, SaveState, StorageView, TabConflict};
use crate::app::clock;
use crate::domain::reconcile::{reconcile, Prefer};
use crate::domain::{History, Workspace};
use crate::i18n::Msg;
use crate::io::envelope::Decoded;
use crate::storage::External;
use leptos::prelude::*;

impl AppState {
    /// Reacts to another tab's save: a clean tab takes it over, a tab with unsaved changes
    /// asks the user.
    pub fn on_external_change(&self) {
        let result = self
            .persistence
            .try_update_value(|persistence| persistence.read_external());
        let Some(Ok(external)) = result else {
            return;
        };
        let dirty = self.dirty.with_value(|dirty| *dirty);
        match external {
            External::Unchanged => {}
            External::Changed(decoded) => {
                let recovering = self
                    .storage
                    .with_untracked(|s| matches!(s, StorageView::Recovery(_)));
                let can_take_over = self
                    .persistence
                    .with_value(|persistence| persistence.can_take_over(&decoded.version));
                if recovering || (!dirty && can_take_over) {
                    self.take_over(*decoded);
                    if !recovering {
                        self.show_notice(NoticeText::plain(Msg::ExternalReloaded), false);
                    }
                } else {
                    // This tab has changes the other tab's save does not include (unsaved ones,
                    // or a save of this tab's that the other replaced unseen): combine them.
                    self.reconcile_with(*decoded);
                }
            }
            External::Removed => {
                self.dirty.set_value(true);
                self.show_notice(NoticeText::plain(Msg::ExternalRemoved), false);
            }
            External::Unreadable { .. } => {
                // Whatever revision the unreadable text claims, nothing may overwrite it
                // until the user chooses to keep this tab's version.
                self.persistence
                    .update_value(|persistence| persistence.protect());
                if !self
                    .storage
                    .with_untracked(|s| matches!(s, StorageView::Recovery(_)))
                {
                    self.storage.set(StorageView::Conflict(None));
                }
            }
        }
    }

    /// Shows a workspace read from storage, replacing what this tab had.
    pub(super) fn take_over(&self, decoded: Decoded) {
        self.persistence
            .update_value(|persistence| persistence.adopt(decoded.version));
        self.note_change_beyond_wording();
        self.workspace.set(decoded.workspace);
        self.history.update_value(History::clear);
        self.refresh_undo_info();
        self.dirty.set_value(false);
        self.storage.set(StorageView::Normal);
        // What this tab shows is what is stored: saved when the other tab saved it.
        let at = decoded.saved_at.unwrap_or_else(clock::now);
        self.save.set(SaveState::Saved { at });
    }

    /// Combines this tab's workspace with `theirs`, another tab's save that does not include
    /// this tab's changes, record by record from the version both grew from. Changes to
    /// different records are all kept (and stored at once); records both tabs changed are left
    /// for the user to decide.
    pub(super) fn reconcile_with(&self, theirs: Decoded) {
        let base = self
            .persistence
            .with_value(|persistence| persistence.common_version(&theirs.version))
            .unwrap_or_default();
        let reconciled = self
            .workspace
            .with_untracked(|ours| reconcile(&base, ours, &theirs.workspace, Prefer::Ours));
        if reconciled.problems.is_empty() && reconciled.conflicts.is_empty() {
            self.adopt_reconciled(theirs, reconciled.workspace);
            self.show_notice(NoticeText::plain(Msg::ExternalMerged), false);
            return;
        }
        self.storage
            .set(StorageView::Conflict(Some(Box::new(TabConflict {
                theirs,
                base,
                records: reconciled.conflicts,
                problems: reconciled.problems,
            }))));
    }

    /// Shows `combined`, made from this tab's workspace and the other tab's stored `theirs`,
    /// and stores it at once unless it is exactly what the other tab stored.
    pub(super) fn adopt_reconciled(&self, theirs: Decoded, combined: Workspace) {
        if combined == theirs.workspace {
            self.take_over(theirs);
            return;
        }
        self.persistence
            .update_value(|persistence| persistence.adopt(theirs.version));
        self.note_change_beyond_wording();
        self.workspace.set(combined);
        // Undo steps recorded before would restore records as they were before the other
        // tab's changes were taken in.
        self.history.update_value(History::clear);
        self.refresh_undo_info();
        self.storage.set(StorageView::Normal);
        self.dirty.set_value(true);
        self.flush();
    }

    /// Applies the user's answer to a conflict between tabs.
    pub fn resolve_conflict(&self, choice: ConflictChoice) {
        let conflict = match self.storage.get_untracked() {
            StorageView::Conflict(conflict) => conflict,
            _ => return,
        };
        match (choice, conflict) {
            (_, Some(conflict)) => self.resolve_tab_conflict(choice, *conflict),
            (ConflictChoice::UseTheirs, None) => {}
            (ConflictChoice::KeepMine, None) => {
                let now = clock::now();
                let result = self.persistence.try_update_value(|persistence| {
                    // Choosing this tab's version is the decision that releases unreadable data.
                    persistence.give_up_unreadable();
                    self.workspace
                        .with_untracked(|workspace| persistence.save_over_conflict(workspace, now))
                });
                self.storage.set(StorageView::Normal);
                match result {
                    Some(Ok(_)) => {
                        self.dirty.set_value(false);
                        self.save.set(SaveState::Saved { at: now });
                    }
                    Some(Err(error)) => self.on_save_error(error),
                    None => {}
                }
            }
        }
    }

    /// The records both tabs changed take the chosen side; every other change of both tabs is
    /// kept. When the two cannot be combined, the chosen whole version is kept.
    pub(super) fn resolve_tab_conflict(&self, choice: ConflictChoice, conflict: TabConflict) {
        let prefer = match choice {
            ConflictChoice::UseTheirs => Prefer::Theirs,
            ConflictChoice::KeepMine => Prefer::Ours,
        };
        let reconciled = self.workspace.with_untracked(|ours| {
            reconcile(&conflict.base, ours, &conflict.theirs.workspace, prefer)
        });
        let combined = if reconciled.problems.is_empty() {
            reconciled.workspace
        } else {
            match choice {
                ConflictChoice::UseTheirs => conflict.theirs.workspace.clone(),
                ConflictChoice::KeepMine => self.workspace.get_untracked(),
            }
        };
        self.adopt_reconciled(conflict.theirs, combined);
    }
}
