//! Exports offered for download and the reminder to make a backup.

use super::{AppState, NoticeText};
use crate::app::clock;
use crate::app::export::{backup_file, export_file, ExportFile, ExportKind};
use crate::domain::{Timestamp, Workspace};
use crate::i18n::Msg;
use crate::storage::prefs::{export_reminder_due, reload_prefs, ExportRecord};
use leptos::prelude::*;

impl AppState {
    /// Builds the `kind` file from the current workspace and offers it for download, then
    /// says how it went. The workspace is never changed; a JSON export is recorded (in the
    /// preferences) as the latest backup.
    pub fn export(&self, kind: ExportKind) {
        let lang = self.lang.get_untracked();
        let now = clock::now();
        let file = self
            .workspace
            .with_untracked(|workspace| export_file(kind, workspace, lang, now, clock::today()));
        self.offer_export(kind, file, now);
    }

    /// Exports the whole workspace as JSON (the backup reminder's button): like
    /// `export(ExportKind::Workspace)`, without the other kinds' writers.
    pub fn export_backup(&self) {
        let now = clock::now();
        let file = self
            .workspace
            .with_untracked(|workspace| backup_file(workspace, now, clock::today()));
        self.offer_export(ExportKind::Workspace, file, now);
    }

    /// Offers `file`, the `kind` export made at `now`, for download and says how it went.
    fn offer_export(&self, kind: ExportKind, mut file: ExportFile, now: Timestamp) {
        // A workspace with a name of its own gives the file that name, so exports of several
        // workspaces of one organisation are told apart.
        if let Some(name) = self.active_workspace_given_name() {
            file.name = crate::app::export::workspace_file_name(kind, &name, clock::today());
        }
        match offer_download(&file) {
            Ok(()) => {
                if kind == ExportKind::Workspace {
                    self.update_export_record(|record| record.note_export(now));
                }
                let text = NoticeText::with(Msg::ExportDone, &[("file", &file.name)]);
                self.show_notice(text, false);
            }
            Err(detail) => {
                let text = NoticeText::with(Msg::ExportFailed, &[("detail", &detail)]);
                self.show_notice(text, false);
            }
        }
    }

    /// Whether to remind the user to export (reactive in the record and the workspace).
    pub fn export_reminder_due(&self) -> bool {
        let record = self.export_record.get();
        let empty = self.workspace.with(Workspace::is_empty);
        export_reminder_due(&record, empty, clock::now())
    }

    /// "Not now": the reminder stays hidden for seven days, in this and later visits.
    pub fn snooze_export_reminder(&self) {
        let now = clock::now();
        self.update_export_record(|record| record.snooze(now));
        self.show_notice(NoticeText::plain(Msg::ReminderSnoozed), false);
    }

    /// Starts the reminder's clock with the first change after an export (or the oldest
    /// change known from an earlier visit) and remembers it.
    pub(super) fn note_unexported_change(&self) {
        if self
            .prefs
            .with_value(|prefs| prefs.export.unexported_since.is_some())
        {
            return;
        }
        let since = self
            .export_record
            .with_untracked(|record| record.unexported_since)
            .unwrap_or_else(clock::now);
        self.update_export_record(|record| record.note_change(since));
    }

    pub(super) fn update_export_record(&self, change: impl FnOnce(&mut ExportRecord)) {
        self.update_prefs(|prefs| change(&mut prefs.export));
        self.export_record
            .set(self.prefs.with_value(|prefs| prefs.export));
    }

    /// Another tab changed the preferences: take over its record of exports.
    pub fn on_prefs_changed(&self) {
        let stored = self
            .persistence
            .with_value(|persistence| reload_prefs(persistence.store()));
        if let Some(stored) = stored {
            let record = stored.export;
            // A colour scheme or a language chosen in another tab applies here too.
            if self.theme.get_untracked() != stored.theme {
                self.theme.set(stored.theme);
            }
            if let Some(lang) = stored
                .lang
                .filter(|lang| *lang != self.lang.get_untracked())
            {
                self.follow_language(lang);
            }
            self.prefs.set_value(stored);
            let known = record.last_at.is_some() || record.unexported_since.is_some();
            if known {
                self.export_record.set(record);
            }
        }
    }
}

/// Offers `file` for download.
#[cfg(target_arch = "wasm32")]
fn offer_download(file: &ExportFile) -> Result<(), String> {
    crate::app::browser::download(&file.name, file.mime, &file.contents)
        .map_err(|error| crate::app::browser::describe_error(&error))
}

/// Native builds (tests) have no browser to download with: the file counts as offered.
#[cfg(not(target_arch = "wasm32"))]
fn offer_download(file: &ExportFile) -> Result<(), String> {
    let _ = file;
    Ok(())
}
