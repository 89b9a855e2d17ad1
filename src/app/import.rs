//! Importing a file: the file waiting on the preview page, why a file was refused, and the
//! three ways of applying it (replace, merge by id, import as a copy), each one undoable
//! command. Reading the file in the browser is `browser.rs`'s part; the checks are `io`'s.
//!
//! A merge or a copy is worked out once for the choice the user makes: the preview shows the
//! outcome and applying takes that same outcome ([`AppState::apply_merge`],
//! [`AppState::apply_copy`]) instead of working it out again.

use super::clock;
use super::route::Route;
use super::state::{AppState, NoticeText};
use crate::domain::hashing::HashMap;
use crate::domain::merge::{import_as_copy, merge, Merged, Side};
use crate::domain::validate::Problem;
use crate::domain::{Command, CommandError, RandomIds};
use crate::i18n::Msg;
use crate::io::envelope::encode_export;
use crate::io::import::{backup_file_name, FileProblem, ImportedFile};
pub use crate::io::import::{ImportRefusal, PendingImport};
use leptos::prelude::*;
use std::sync::Arc;
use uuid::Uuid;

/// Why an import could not be applied. Nothing changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApplyError {
    /// No file is waiting (the page was reloaded, or the file was already imported).
    NoFile,
    /// The backup asked for could not be downloaded, so the workspace was not replaced.
    BackupFailed(String),
    /// The combined workspace would break the workspace's rules.
    Problems(Vec<Problem>),
    /// The command was refused.
    Refused(CommandError),
}

impl AppState {
    /// Takes the outcome of reading a chosen file: a readable file waits on the preview
    /// page, a refused one is explained on the Data page. The workspace is not touched.
    pub fn offer_import(&self, file_name: String, outcome: Result<ImportedFile, FileProblem>) {
        match outcome {
            Ok(file) => {
                self.import_refusal.set(None);
                self.pending_import
                    .set(Some(Arc::new(PendingImport { file_name, file })));
                self.navigate(Route::Import);
            }
            Err(problem) => self.refuse_import(ImportRefusal::File { file_name, problem }),
        }
    }

    /// Explains on the Data page why a file cannot be imported. The workspace is not touched,
    /// and a file waiting on the preview is forgotten (the user has moved on to another).
    pub fn refuse_import(&self, refusal: ImportRefusal) {
        self.pending_import.set(None);
        self.import_refusal.set(Some(refusal));
        if self.route.get_untracked() != Route::Data {
            self.navigate(Route::Data);
        }
    }

    /// Forgets the waiting file and returns to the Data page; nothing changes.
    pub fn cancel_import(&self) {
        self.pending_import.set(None);
        self.navigate(Route::Data);
        self.show_notice(NoticeText::plain(Msg::ImportCancelled), false);
    }

    /// Replaces the workspace with the file, after downloading a backup of the current
    /// workspace when `backup` is set (if the backup fails, nothing is replaced). Undo
    /// brings the current workspace back.
    pub fn import_replace(&self, backup: bool) -> Result<(), ApplyError> {
        let file_name = self.waiting_file_name()?;
        if backup && !self.workspace.with_untracked(|w| w.is_empty()) {
            let (name, contents) = self.workspace.with_untracked(|workspace| {
                (
                    backup_file_name(&workspace.organisation.name, clock::today()),
                    encode_export(workspace, clock::now()),
                )
            });
            offer_download(&name, &contents).map_err(ApplyError::BackupFailed)?;
        }
        let text = NoticeText::with(Msg::ImportReplaced, &[("file", &file_name)]);
        let incoming = self
            .pending_import
            .with_untracked(|pending| pending.as_ref().map(|p| p.file.workspace.clone()))
            .ok_or(ApplyError::NoFile)?;
        let command = Command::ReplaceWorkspace(Box::new(incoming));
        self.dispatch_with_notice(command, text)
            .map_err(ApplyError::Refused)?;
        self.finish_import();
        Ok(())
    }

    /// Merges the file into the workspace by id, each differing record taking the side in
    /// `choices` (or the newer change). One undoable change.
    pub fn import_merge(&self, choices: &HashMap<Uuid, Side>) -> Result<(), ApplyError> {
        let merged = self.preview_merge(choices).ok_or(ApplyError::NoFile)?;
        self.apply_merge(&merged)
    }

    /// What merging the waiting file with `choices` would give; `None` without a file.
    pub fn preview_merge(&self, choices: &HashMap<Uuid, Side>) -> Option<Merged> {
        self.pending_import.with_untracked(|pending| {
            let pending = pending.as_ref()?;
            let incoming = &pending.file.workspace;
            Some(
                self.workspace
                    .with_untracked(|current| merge(current, incoming, choices)),
            )
        })
    }

    /// Applies a merge worked out for the waiting file and the workspace as it is now.
    pub fn apply_merge(&self, merged: &Merged) -> Result<(), ApplyError> {
        let file_name = self.waiting_file_name()?;
        if !merged.problems.is_empty() {
            return Err(ApplyError::Problems(merged.problems.clone()));
        }
        let text = NoticeText::with(Msg::ImportMerged, &[("file", &file_name)]);
        let command = Command::ReplaceWorkspace(Box::new(merged.workspace.clone()));
        self.dispatch_with_notice(command, text)
            .map_err(ApplyError::Refused)?;
        self.finish_import();
        Ok(())
    }

    /// Adds everything in the file with new ids (codes already used get a suffix). One
    /// undoable change.
    pub fn import_copy(&self) -> Result<(), ApplyError> {
        let copied = self.preview_copy().ok_or(ApplyError::NoFile)?;
        self.apply_copy(&copied)
    }

    /// What adding the waiting file as a copy would give; `None` without a file.
    pub fn preview_copy(&self) -> Option<Merged> {
        self.pending_import.with_untracked(|pending| {
            let incoming = &pending.as_ref()?.file.workspace;
            Some(
                self.workspace
                    .with_untracked(|current| import_as_copy(current, incoming, &mut RandomIds)),
            )
        })
    }

    /// Applies a copy worked out for the waiting file and the workspace as it is now.
    pub fn apply_copy(&self, copied: &Merged) -> Result<(), ApplyError> {
        let file_name = self.waiting_file_name()?;
        if !copied.problems.is_empty() {
            return Err(ApplyError::Problems(copied.problems.clone()));
        }
        let count = self
            .pending_import
            .with_untracked(|pending| pending.as_ref().map(|p| p.file.workspace.objectives.len()))
            .unwrap_or_default();
        let text = NoticeText::counted(Msg::ImportCopied, count, &[("file", &file_name)]);
        let command = Command::ReplaceWorkspace(Box::new(copied.workspace.clone()));
        self.dispatch_with_notice(command, text)
            .map_err(ApplyError::Refused)?;
        self.finish_import();
        Ok(())
    }

    fn waiting_file_name(&self) -> Result<String, ApplyError> {
        self.pending_import
            .with_untracked(|pending| pending.as_ref().map(|p| p.file_name.clone()))
            .ok_or(ApplyError::NoFile)
    }

    /// The file is imported: forget it and show the register, where the result is.
    fn finish_import(&self) {
        self.pending_import.set(None);
        self.import_refusal.set(None);
        self.navigate(Route::Register);
    }
}

/// Offers `contents` for download as JSON.
#[cfg(target_arch = "wasm32")]
fn offer_download(name: &str, contents: &str) -> Result<(), String> {
    super::browser::download(name, "application/json", contents)
        .map_err(|error| super::browser::describe_error(&error))
}

/// Native builds (tests) have no browser to download with: the file counts as offered.
#[cfg(not(target_arch = "wasm32"))]
fn offer_download(name: &str, contents: &str) -> Result<(), String> {
    let _ = (name, contents);
    Ok(())
}
