//! Named workspaces, the state's side: which workspace a page opens, the list as the pages see
//! it, creating, switching (a fresh page load, so no undo step, draft, pending import or sync
//! session of one workspace can reach another), renaming, duplicating, deleting with Undo, and
//! noticing another tab's changes to the list.

use super::{AppState, NoticeText, SaveState};
use crate::app::clock;
use crate::app::trainer::ReadFailure;
use crate::domain::{Timestamp, Workspace};
use crate::i18n::{Lang, Msg};
use crate::io::envelope::{decode, encode_version, Version};
use crate::io::import::FileProblem;
use crate::io::registry::{ChangeError, WorkspaceId};
use crate::storage::workspaces::{
    change_registry, create_workspace, delete_workspace, duplicate_workspace, load_registry,
    restore_workspace, total_units, workspace_units, Deleted, LoadedRegistry, WorkspaceKeys,
    WorkspacesError,
};
use crate::storage::{KeyValueStore, StoreError};
use leptos::prelude::*;

/// The key in the tab's session storage holding a workspace deleted just before the page
/// reloaded into another one, so the new page can still offer Undo.
pub const DELETED_SESSION_KEY: &str = "sixtwo.deleted-workspace";

pub use crate::app::route::WorkspaceRequest;

/// The workspaces as the pages see them.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspacesView {
    /// The workspace this tab shows.
    pub active: WorkspaceId,
    /// The stored list, as last read.
    pub list: LoadedRegistry,
    /// The active workspace was deleted in another tab (with the name it had): this tab no
    /// longer writes it.
    pub gone: Option<String>,
    /// The address named a workspace this browser does not hold.
    pub missing_link: Option<String>,
}

/// One row of the Workspaces page.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspaceRow {
    pub id: WorkspaceId,
    /// The name to show (the default name in the current language when none was given).
    pub name: String,
    pub active: bool,
    /// What it costs against the quota, in UTF-16 code units.
    pub units: usize,
    /// What is stored: `None` when nothing is yet, `Some(Err(()))` when it cannot be read.
    pub stored: Option<Result<StoredSummary, ()>>,
}

/// What a readable stored workspace holds.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredSummary {
    pub objectives: usize,
    pub saved_at: Option<Timestamp>,
}

/// Picks the workspace a page opens from the list and the request, and the id of a requested
/// workspace that does not exist. A list that cannot be read opens the first workspace: its
/// key does not depend on the list.
pub fn choose_workspace(
    list: &LoadedRegistry,
    request: &WorkspaceRequest,
) -> (WorkspaceId, Option<String>) {
    let Some(registry) = list.registry() else {
        let missing = match request {
            WorkspaceRequest::Named(id) if id != crate::io::registry::FIRST_WORKSPACE_ID => {
                Some(id.clone())
            }
            _ => None,
        };
        return (WorkspaceId::first(), missing);
    };
    let fallback = |entry: Option<&crate::io::registry::Entry>| {
        entry.map_or_else(WorkspaceId::first, |entry| entry.id.clone())
    };
    match request {
        WorkspaceRequest::LastUsed => (fallback(registry.last_used_or_first()), None),
        WorkspaceRequest::First => (fallback(registry.first()), None),
        WorkspaceRequest::Named(text) => match WorkspaceId::parse(text) {
            Some(id) if registry.contains(&id) => (id, None),
            _ => (fallback(registry.last_used_or_first()), Some(text.clone())),
        },
    }
}

/// The name shown for a workspace: its own, or the default one in `lang`.
pub fn display_name(name: &str, lang: Lang) -> String {
    if name.trim().is_empty() {
        Msg::WorkspacesDefaultName.text(lang).to_string()
    } else {
        name.to_string()
    }
}

/// How a new workspace starts.
#[derive(Clone, Debug, PartialEq)]
pub enum NewWorkspace {
    Empty,
    /// With this content (an example, or a file that passed the import checks).
    With(Box<Workspace>),
}

impl AppState {
    /// The keys the workspace on screen is stored under.
    pub fn workspace_keys(&self) -> WorkspaceKeys {
        self.workspaces
            .with_untracked(|view| WorkspaceKeys::of(&view.active))
    }

    /// The id of the workspace on screen.
    pub fn active_workspace(&self) -> WorkspaceId {
        self.workspaces.with_untracked(|view| view.active.clone())
    }

    /// The name of the workspace on screen (reactive).
    pub fn active_workspace_name(&self) -> String {
        let lang = self.lang.get_untracked();
        self.workspaces.with(|view| {
            let name = view
                .list
                .registry()
                .and_then(|registry| registry.entry(&view.active))
                .map(|entry| entry.name.clone())
                .unwrap_or_default();
            display_name(&name, lang)
        })
    }

    /// The name the user gave the workspace on screen, if any (for export file names).
    pub fn active_workspace_given_name(&self) -> Option<String> {
        self.workspaces.with_untracked(|view| {
            view.list
                .registry()
                .and_then(|registry| registry.entry(&view.active))
                .map(|entry| entry.name.trim().to_string())
                .filter(|name| !name.is_empty())
        })
    }

    /// Reads the list again (another tab changed it, or this tab did). When the workspace on
    /// screen has left the list, this tab stops writing it: its data stays in this tab until
    /// the user keeps it or leaves.
    pub fn refresh_workspaces(&self) {
        let list = self.root_store.with_value(load_registry);
        let (active, was_gone, old_name) = self.workspaces.with_untracked(|view| {
            let old_name = view
                .list
                .registry()
                .and_then(|registry| registry.entry(&view.active))
                .map(|entry| entry.name.clone());
            (view.active.clone(), view.gone.is_some(), old_name)
        });
        let gone = list
            .registry()
            .is_some_and(|registry| !registry.contains(&active));
        if gone && !was_gone {
            self.persistence.update_value(|p| p.protect());
            self.show_notice(NoticeText::plain(Msg::WorkspacesGoneNotice), false);
        } else if !gone && was_gone {
            // Put back (Undo in another tab): writing is allowed again.
            self.persistence.update_value(|p| {
                let known = p.known_version().clone();
                p.adopt(known);
            });
            if matches!(self.save.get_untracked(), SaveState::ReadOnly) {
                self.save.set(SaveState::Fresh);
            }
            self.on_external_change();
        }
        self.workspaces.update(|view| {
            view.list = list;
            view.gone = match (gone, view.gone.take()) {
                (false, _) => None,
                (true, Some(name)) => Some(name),
                (true, None) => Some(old_name.unwrap_or_default()),
            };
        });
    }

    /// The rows of the Workspaces page, read from storage (reactive in the list and in saves).
    pub fn workspace_rows(&self) -> Vec<WorkspaceRow> {
        self.save.track();
        let lang = self.lang.get_untracked();
        self.workspaces.with(|view| {
            let Some(registry) = view.list.registry() else {
                return Vec::new();
            };
            self.root_store.with_value(|store| {
                registry
                    .entries()
                    .map(|entry| {
                        let key = WorkspaceKeys::of(&entry.id).workspace;
                        let stored = store.get(&key).ok().flatten().map(|raw| {
                            decode(&raw)
                                .map(|decoded| StoredSummary {
                                    objectives: decoded.workspace.objectives.len(),
                                    saved_at: decoded.saved_at,
                                })
                                .map_err(|_| ())
                        });
                        WorkspaceRow {
                            id: entry.id.clone(),
                            name: display_name(&entry.name, lang),
                            active: entry.id == view.active,
                            units: workspace_units(store, &entry.id),
                            stored,
                        }
                    })
                    .collect()
            })
        })
    }

    /// What everything SixTwo stores costs against the quota, in UTF-16 code units
    /// (reactive in the list and in saves).
    pub fn total_stored_units(&self) -> usize {
        self.save.track();
        self.workspaces.with(|view| {
            self.root_store
                .with_value(|store| total_units(store, view.list.registry()))
        })
    }

    /// What the workspace on screen costs (reactive in saves).
    pub fn active_stored_units(&self) -> usize {
        self.save.track();
        let active = self.active_workspace();
        self.root_store
            .with_value(|store| workspace_units(store, &active))
    }

    /// The stored text of workspace `id` exactly as stored (readable JSON when it is in the
    /// compact form), for a backup download; `None` when nothing is stored.
    pub fn workspace_backup(&self, id: &WorkspaceId) -> Option<String> {
        let key = WorkspaceKeys::of(id).workspace;
        self.root_store
            .with_value(|store| store.get(&key).ok().flatten())
            .map(|raw| crate::io::compact::readable(&raw))
    }

    /// Workspace `id` as stored, with its display name, read with the checks of a page
    /// opening it (nothing stored is an empty workspace). Only read, never written.
    pub fn read_stored_workspace(
        &self,
        id: &WorkspaceId,
    ) -> (String, Result<Workspace, ReadFailure>) {
        let lang = self.lang.get_untracked();
        let name = self.workspaces.with_untracked(|view| {
            let given = view
                .list
                .registry()
                .and_then(|registry| registry.entry(id))
                .map(|entry| entry.name.clone())
                .unwrap_or_default();
            display_name(&given, lang)
        });
        let key = WorkspaceKeys::of(id).workspace;
        let read = match self.root_store.with_value(|store| store.get(&key)) {
            Ok(None) => Ok(Workspace::default()),
            Ok(Some(raw)) => decode(&raw)
                .map(|decoded| decoded.workspace)
                .map_err(|error| ReadFailure::File(FileProblem::Unreadable(error))),
            Err(StoreError::QuotaExceeded) => Err(ReadFailure::Browser(
                Msg::WorkspacesErrorFull.text(lang).to_string(),
            )),
            Err(StoreError::Unavailable(detail) | StoreError::Other(detail)) => {
                Err(ReadFailure::Browser(detail))
            }
        };
        (name, read)
    }

    /// The stored list exactly as stored, for download when it cannot be read.
    pub fn registry_raw(&self) -> Option<String> {
        self.workspaces.with_untracked(|view| match &view.list {
            LoadedRegistry::Unreadable { raw, .. } => Some(raw.clone()),
            _ => None,
        })
    }

    /// Creates a workspace named `name` and opens it. Nothing changes when it is refused.
    pub fn create_workspace(
        &self,
        name: &str,
        content: NewWorkspace,
    ) -> Result<WorkspaceId, WorkspacesError> {
        let stored = match content {
            NewWorkspace::Empty => None,
            NewWorkspace::With(workspace) => {
                let version = Version::default().successor(new_version_id());
                Some(encode_version(&workspace, &version, clock::now()))
            }
        };
        let entry = self
            .root_store
            .with_value(|store| create_workspace(store, name, stored.as_deref()))?;
        self.refresh_workspaces();
        self.switch_workspace(&entry.id);
        Ok(entry.id)
    }

    /// Opens workspace `id` in this tab: everything is stored first; when something cannot
    /// be stored, nothing happens and the notice says why. Returns whether it opens.
    pub fn switch_workspace(&self, id: &WorkspaceId) -> bool {
        // A workspace deleted in another tab is not stored any more: leaving it is the user's
        // choice after the banner offered to keep or download it.
        let gone = self.workspaces.with_untracked(|view| view.gone.is_some());
        if !gone && self.prepare_reload().is_err() {
            // The banners already say what could not be stored.
            self.show_notice(NoticeText::plain(Msg::WorkspacesSwitchBlocked), false);
            return false;
        }
        self.remember_last_used(id);
        self.open_page_of(id);
        true
    }

    /// Remembers `id` as the workspace to open when the app starts without an address.
    fn remember_last_used(&self, id: &WorkspaceId) {
        let _ = self
            .root_store
            .with_value(|store| change_registry(store, |registry| registry.set_last_used(id)));
    }

    #[cfg(target_arch = "wasm32")]
    fn open_page_of(&self, id: &WorkspaceId) {
        // The current page must not save over the workspace it leaves while unloading.
        self.dirty.set_value(false);
        crate::app::browser::open_workspace(id);
    }

    /// Native builds (tests) have no page to reload: they open a new state for `id`.
    #[cfg(not(target_arch = "wasm32"))]
    fn open_page_of(&self, id: &WorkspaceId) {
        self.workspaces.update(|view| view.missing_link = None);
        let _ = id;
    }

    /// Renames workspace `id`.
    pub fn rename_workspace(&self, id: &WorkspaceId, name: &str) -> Result<(), WorkspacesError> {
        let outcome = self
            .root_store
            .with_value(|store| change_registry(store, |registry| registry.rename(id, name)));
        self.refresh_workspaces();
        outcome
    }

    /// Copies workspace `id` (as stored; the one on screen is stored first) under `name`.
    pub fn duplicate_workspace(
        &self,
        id: &WorkspaceId,
        name: &str,
    ) -> Result<WorkspaceId, WorkspacesError> {
        if *id == self.active_workspace() {
            self.flush_now();
        }
        let entry = self
            .root_store
            .with_value(|store| duplicate_workspace(store, id, name))?;
        self.refresh_workspaces();
        Ok(entry.id)
    }

    /// Deletes workspace `id` (the page has offered a backup download first). Undo in the
    /// notice puts it back. Deleting the workspace on screen opens another one, where the
    /// notice still offers Undo.
    pub fn delete_workspace(&self, id: &WorkspaceId) -> Result<(), WorkspacesError> {
        self.offer_undo_of_deleted_in_session();
        let active = *id == self.active_workspace();
        if active {
            // What is on screen is what Undo must bring back.
            self.flush_now();
        }
        let deleted = self
            .root_store
            .with_value(|store| delete_workspace(store, id))?;
        let name = display_name(&deleted.entry.name, self.lang.get_untracked());
        self.deleted.set_value(Some(deleted.clone()));
        self.refresh_workspaces();
        if active {
            let text = crate::io::json_out::compact(&deleted);
            // Without room in the session, Undo is lost with the page; the backup download
            // was offered before.
            let _ = self
                .session_store
                .with_value(|store| store.set(DELETED_SESSION_KEY, &text));
            let next = self.workspaces.with_untracked(|view| {
                view.list
                    .registry()
                    .and_then(|registry| registry.last_used_or_first())
                    .map(|entry| entry.id.clone())
            });
            if let Some(next) = next {
                self.remember_last_used(&next);
                self.open_page_of(&next);
            }
        } else {
            self.show_restore_notice(NoticeText::with(
                Msg::WorkspacesDeletedNotice,
                &[("name", &name)],
            ));
        }
        Ok(())
    }

    /// Offers Undo for a workspace deleted just before this page was opened (it was on screen).
    /// Looks once: the browser build calls it after its first paint, and a deletion before
    /// that looks first, so the record kept in the session is never overwritten unread.
    pub fn offer_undo_of_deleted_in_session(&self) {
        // Not `get_value`: the call after the first paint may find the app unmounted (tests).
        if self.session_consulted.try_get_value() != Some(false) {
            return;
        }
        self.session_consulted.set_value(true);
        let stored = self
            .session_store
            .with_value(|store| store.get(DELETED_SESSION_KEY).ok().flatten());
        let Some(text) = stored else {
            return;
        };
        let _ = self
            .session_store
            .with_value(|store| store.remove(DELETED_SESSION_KEY));
        if let Ok(deleted) = crate::domain::json_read::read_text::<Deleted>(&text) {
            let name = display_name(&deleted.entry.name, self.lang.get_untracked());
            self.deleted.set_value(Some(deleted));
            self.show_restore_notice(NoticeText::with(
                Msg::WorkspacesDeletedNotice,
                &[("name", &name)],
            ));
        }
    }

    /// Puts back the workspace deleted last.
    pub fn undo_delete_workspace(&self) {
        let Some(deleted) = self.deleted.get_value() else {
            return;
        };
        let name = display_name(&deleted.entry.name, self.lang.get_untracked());
        let outcome = self
            .root_store
            .with_value(|store| restore_workspace(store, &deleted));
        match outcome {
            Ok(()) => {
                self.deleted.set_value(None);
                self.refresh_workspaces();
                self.show_notice(
                    NoticeText::with(Msg::WorkspacesRestoredNotice, &[("name", &name)]),
                    false,
                );
            }
            Err(error) => {
                let detail = describe_error(self.lang.get_untracked(), &error);
                self.show_notice(
                    NoticeText::with(Msg::WorkspacesRestoreFailed, &[("detail", &detail)]),
                    false,
                );
            }
        }
    }

    /// The workspace on screen was deleted in another tab and the user keeps it: it goes back
    /// in the list under its id and name, and is stored again.
    pub fn keep_gone_workspace(&self) -> Result<(), WorkspacesError> {
        let active = self.active_workspace();
        let name = self
            .workspaces
            .with_untracked(|view| view.gone.clone())
            .unwrap_or_default();
        self.root_store.with_value(|store| {
            change_registry(store, |registry| {
                let entry = crate::io::registry::Entry {
                    id: active.clone(),
                    name: name.clone(),
                };
                registry
                    .restore(usize::MAX, entry.clone())
                    .or_else(|error| match error {
                        // Its old name was given to another workspace meanwhile.
                        ChangeError::NameTaken(_) => registry.restore(
                            usize::MAX,
                            crate::io::registry::Entry {
                                name: format!("{name} ({active})"),
                                ..entry
                            },
                        ),
                        other => Err(other),
                    })
            })
        })?;
        self.persistence.update_value(|p| p.give_up_unreadable());
        self.refresh_workspaces();
        self.dirty.set_value(true);
        self.flush();
        Ok(())
    }
}

/// A fresh id for the first stored version of a new workspace.
fn new_version_id() -> String {
    let mut id = uuid::Uuid::new_v4().simple().to_string();
    id.truncate(12);
    id
}

/// Why a change to the workspaces did not happen, in `lang`.
pub fn describe_error(lang: Lang, error: &WorkspacesError) -> String {
    use crate::storage::StoreError;
    let text = |msg: Msg| msg.text(lang).to_string();
    match error {
        WorkspacesError::Unreadable => text(Msg::WorkspacesErrorUnreadable),
        WorkspacesError::Refused(change) => match change {
            ChangeError::EmptyName => text(Msg::WorkspacesErrorEmptyName),
            ChangeError::NameTooLong => crate::i18n::format(
                lang,
                Msg::WorkspacesErrorNameTooLong,
                &[("max", &crate::io::registry::MAX_NAME_CHARS.to_string())],
            ),
            ChangeError::NameTaken(name) => {
                crate::i18n::format(lang, Msg::WorkspacesErrorNameTaken, &[("name", name)])
            }
            ChangeError::TooMany => crate::i18n::format(
                lang,
                Msg::WorkspacesErrorTooMany,
                &[("max", &crate::io::registry::MAX_WORKSPACES.to_string())],
            ),
            ChangeError::NotFound(_) | ChangeError::IdTaken(_) => {
                text(Msg::WorkspacesErrorNotFound)
            }
            ChangeError::LastOne => text(Msg::WorkspacesErrorLastOne),
            ChangeError::NoFreeId => text(Msg::WorkspacesErrorNoFreeId),
        },
        WorkspacesError::Store(StoreError::QuotaExceeded) => text(Msg::WorkspacesErrorFull),
        WorkspacesError::Store(StoreError::Unavailable(detail) | StoreError::Other(detail)) => {
            crate::i18n::format(lang, Msg::WorkspacesErrorStore, &[("detail", detail)])
        }
    }
}
