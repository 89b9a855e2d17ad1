//! The one place that owns signals. Components read from [`AppState`] and change the workspace
//! only through [`AppState::dispatch`] (or the undo, redo and sync methods here), so every
//! change goes through the domain's command function and the same save path. Its methods are
//! grouped by concern in the files of `state/` (saving, other tabs, exports, preferences,
//! reloading into a newer build).

use super::clock;
use super::route::Route;
use crate::domain::command::CoalesceKey;
use crate::domain::hashing::{HashMap, HashSet};
use crate::domain::tree::{outline, Forest, NodeKey, OutlineItem};
use crate::domain::wizard::Drafts;
use crate::domain::{
    apply, ChangeLabel, Command, CommandError, History, ObjectiveId, Timestamp, Workspace,
};
use crate::i18n::{self, Lang, Msg};
use crate::io::envelope::{DecodeError, Decoded};
use crate::storage::drafts::stored_drafts_text;
use crate::storage::persistence::Mode;
use crate::storage::prefs::{load_prefs, ExportRecord, Prefs};
use crate::storage::{KeyValueStore, Opened, Persistence};
use leptos::prelude::*;

mod exports;
mod preferences;
use preferences::HeldDrafts;
mod reload;
mod saving;
mod sync;
mod tabs;
mod unsaved;
pub mod workspaces;

pub use unsaved::UnsavedView;
pub use workspaces::{WorkspaceRequest, WorkspacesView};

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing has been stored yet and there is nothing to store.
    Fresh,
    /// A change is waiting for the debounce to end.
    Pending,
    /// Stored at `at` (by this tab, or by another tab whose save this tab took over).
    Saved { at: Timestamp },
    /// The last save failed; the change is kept in memory.
    NotSaved(NotSavedReason),
    /// Unreadable stored data is protected; nothing is written.
    ReadOnly,
    /// Storage is unavailable; the workspace lives in this tab only.
    MemoryOnly,
}

/// Why the last save failed.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSavedReason {
    StorageFull,
    Conflict,
    Failed(String),
}

/// Whether a newer build of SixTwo is waiting, and what became of reloading into it.
#[derive(Clone, Debug, PartialEq)]
pub enum AppUpdate {
    /// This tab runs the newest build the browser knows of.
    Current,
    /// A newer build is installed and starts with a reload.
    Available,
    /// The user chose to reload, but the work could not be saved first; nothing was reloaded.
    Blocked(ReloadBlocker),
    /// The work is saved and the page is reloading into the new build.
    Reloading,
}

/// Why reloading would lose work.
#[derive(Clone, Debug, PartialEq)]
pub enum ReloadBlocker {
    /// The browser's storage is full: the latest changes live only in this tab.
    StorageFull,
    /// Another tab saved too; the user has not chosen which version to keep.
    Conflict,
    /// Storage is unavailable: everything lives only in this tab.
    MemoryOnly,
    /// The browser refused to store the work, with its reason.
    Failed(String),
}

/// Whether the workspace can be shown normally.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageView {
    Normal,
    /// Stored data could not be read; the recovery screen replaces the app.
    Recovery(DecodeError),
    /// Another tab saved changes this tab cannot take in without asking; `None` when what it
    /// stored cannot be read.
    Conflict(Option<Box<TabConflict>>),
}

/// What another tab stored that collides with this tab's changes.
#[derive(Clone, Debug, PartialEq)]
pub struct TabConflict {
    /// The other tab's stored version.
    pub theirs: Decoded,
    /// The version both grew from (empty when it is not known).
    pub base: Workspace,
    /// The records both tabs changed differently.
    pub records: Vec<crate::domain::reconcile::Conflict>,
    /// The rules that combining the two would break (both gave an objective the same code,
    /// say): when there are any, only one whole version can be kept.
    pub problems: Vec<crate::domain::validate::Problem>,
}

/// What a notice says, kept as data so that it reads in whatever language is current.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeText {
    Message(Msg, Vec<(&'static str, String)>),
    /// A message in its plural form for a number.
    Counted(Msg, usize, Vec<(&'static str, String)>),
    Undone(ChangeLabel),
    Redone(ChangeLabel),
}

impl NoticeText {
    /// `msg` with its placeholders' values.
    pub fn with(msg: Msg, args: &[(&'static str, &str)]) -> Self {
        NoticeText::Message(msg, args.iter().map(|(k, v)| (*k, v.to_string())).collect())
    }

    pub fn plain(msg: Msg) -> Self {
        NoticeText::Message(msg, Vec::new())
    }

    /// `msg` in its plural form for `count`, with its other placeholders' values.
    pub fn counted(msg: Msg, count: usize, args: &[(&'static str, &str)]) -> Self {
        NoticeText::Counted(
            msg,
            count,
            args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        )
    }

    /// The notice in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            NoticeText::Message(msg, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                i18n::format(lang, *msg, &args)
            }
            NoticeText::Counted(msg, count, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                i18n::format_count(lang, *msg, *count, &args)
            }
            NoticeText::Undone(label) => {
                let what = i18n::describe_change(lang, label);
                i18n::format(lang, Msg::Undone, &[("what", &what)])
            }
            NoticeText::Redone(label) => {
                let what = i18n::describe_change(lang, label);
                i18n::format(lang, Msg::Redone, &[("what", &what)])
            }
        }
    }
}

/// The catalogue of example organisations, fetched the first time an example is offered.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExampleCatalog {
    #[default]
    NotFetched,
    Fetching,
    Ready(std::sync::Arc<crate::io::example::Catalog>),
    /// Why it could not be fetched or read; asking again tries again.
    Failed(crate::io::example::ExampleProblem),
}

/// Whether an example is being loaded, or why the last attempt failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ExampleLoad {
    #[default]
    Idle,
    Fetching,
    Failed(crate::io::example::ExampleProblem),
}

/// The example loaded in this visit: what the note after loading says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedExample {
    pub entry: crate::io::example::CatalogEntry,
    /// The language of the file that was loaded.
    pub language: crate::domain::example::ExampleLanguage,
}

/// A short message shown (and announced) after something happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Distinguishes repeated identical notices so they are announced again.
    pub serial: u64,
    pub text: NoticeText,
    /// Whether the notice offers Undo.
    pub offers_undo: bool,
    /// Whether the notice offers to put back the workspace deleted last.
    pub restores_workspace: bool,
}

/// The user's answer to a conflict between tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    UseTheirs,
    KeepMine,
}

/// Undo and redo availability, mirrored from the history for the toolbar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UndoInfo {
    pub undo: Option<ChangeLabel>,
    pub redo: Option<ChangeLabel>,
}

type Store = Box<dyn KeyValueStore>;
type Buffer = Box<dyn crate::storage::unsaved::UnsavedBuffer>;

/// Application-wide reactive state. Provided once by the app; read with [`AppState::expect`].
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save: RwSignal<SaveState>,
    pub storage: RwSignal<StorageView>,
    pub notice: RwSignal<Option<Notice>>,
    pub undo_info: RwSignal<UndoInfo>,
    pub collapsed: RwSignal<HashSet<NodeKey>>,
    /// The tree item that holds the tree's single tab stop (and the selection).
    pub tree_focus: RwSignal<Option<NodeKey>>,
    pub register_query: RwSignal<crate::domain::register::RegisterQuery>,
    /// Register columns hidden with the column chooser, by key (kept in the preferences).
    pub register_hidden: RwSignal<Vec<String>>,
    /// Light, dark or the system's colours (kept in the preferences, shown on `<html data-theme>`).
    pub theme: RwSignal<crate::storage::prefs::Theme>,
    /// Whether the search dialog is open (the header's button, `/`, Ctrl+K or Cmd+K).
    pub search_open: RwSignal<bool>,
    /// The search index, rebuilt only when the workspace changed and search reads it.
    pub search_index: Memo<crate::domain::search::SearchIndex>,
    /// How the clause 6.2 checklist is sorted and filtered (kept while visiting a wizard).
    pub checklist_query: RwSignal<crate::domain::checklist::ChecklistQuery>,
    /// Follows every change of the workspace except typing an objective's title or description
    /// ([`Command::edits_only_wording`]): the memos that read no wording (the outline, the
    /// roll-up, owners and functions) track this instead of the workspace, so a keystroke in a
    /// title recomputes none of them.
    pub structure: Memo<u64>,
    /// The objective whose title or description was edited last (set at every such edit), for
    /// views that show other objectives' wording but track [`Self::structure`].
    pub wording_edited: RwSignal<Option<ObjectiveId>>,
    /// Counts the changes that may reach beyond an objective's wording: every write of the
    /// workspace adds one first, except a dispatched wording edit.
    changes_beyond_wording: StoredValue<u64>,
    /// Counts every write of the workspace: a save in progress holds the count it started at.
    writes: StoredValue<u64>,
    /// The save after a pause in typing, while it is compressed a slice at a time.
    sliced_save: StoredValue<Option<saving::SlicedSave>, LocalStorage>,
    /// The tree's shape; equal while only titles or KPIs change, so the tree is not rebuilt.
    pub outline: Memo<Vec<OutlineItem>>,
    pub forest: Memo<Forest>,
    /// Position of each objective in `workspace.objectives`.
    pub index: Memo<HashMap<ObjectiveId, usize>>,
    /// Every objective's progress and status, rolled up in one pass over the forest when a
    /// view asks after a change (never per row).
    pub progress: Memo<crate::domain::progress::RollUp>,
    /// Distinct owners and functions, sorted: computed once per change for every view that
    /// offers them, and those views re-render only when the lists differ (not per keystroke).
    pub owner_names: Memo<Vec<String>>,
    pub function_names: Memo<Vec<String>>,
    history: StoredValue<History>,
    dirty: StoredValue<bool>,
    persistence: StoredValue<Persistence<Store>, LocalStorage>,
    prefs: StoredValue<Prefs>,
    /// Unfinished wizards (kept in storage so they survive a reload). Empty until a wizard
    /// first opens and reads them ([`AppState::read_stored_drafts`]).
    pub drafts: RwSignal<Drafts>,
    /// Stored drafts that could not be read: kept untouched until the user discards them.
    pub unreadable_drafts: RwSignal<Option<String>>,
    /// The stored drafts' text until a wizard first opens, then how to store them.
    held_drafts: StoredValue<HeldDrafts>,
    next_serial: StoredValue<u64>,
    /// The file waiting on the import preview. Kept in this tab only: a reload forgets it.
    /// Shared, so that the preview takes it without copying a whole workspace.
    pub pending_import: RwSignal<Option<std::sync::Arc<crate::io::import::PendingImport>>>,
    /// Why the last file chosen for import was refused, shown on the Data page.
    pub import_refusal: RwSignal<Option<crate::io::import::ImportRefusal>>,
    /// This browser's record of JSON exports (mirrors the preferences), for the reminder.
    pub export_record: RwSignal<ExportRecord>,
    /// The day the overview is computed for; brought up to date whenever the overview opens.
    pub overview_day: RwSignal<chrono::NaiveDate>,
    /// The overview (agenda, counts, score, objectives off track). A memo is lazy: it is
    /// recomputed only when it is read after the workspace or the day changed.
    pub dashboard: Memo<crate::domain::dashboard::Dashboard>,
    /// Whether the browser keeps this site's storage even when the disk runs low: `None`
    /// until the browser has answered (or when it cannot say).
    pub persistent_storage: RwSignal<Option<bool>>,
    /// Whether persistent storage was asked for in this visit (once is enough).
    persistence_requested: StoredValue<bool>,
    /// Whether a newer build is waiting (set by the service worker glue in release builds).
    pub update: RwSignal<AppUpdate>,
    /// The catalogue of example organisations (see `app::examples`).
    pub examples: RwSignal<ExampleCatalog>,
    /// Whether an example is being fetched, or why loading one failed.
    pub example_load: RwSignal<ExampleLoad>,
    /// The example loaded in this visit, until its note is hidden.
    pub loaded_example: RwSignal<Option<LoadedExample>>,
    /// Exercise mode, the comparison and the class view (see `app::exercises`).
    pub trainer: RwSignal<super::trainer::TrainerState>,
    /// What the Team sync page shows.
    pub sync: RwSignal<super::sync::SyncView>,
    /// What team sync keeps while the app runs.
    pub(super) sync_runtime: StoredValue<super::sync::SyncRuntime, LocalStorage>,
    /// The named workspaces and which one this tab shows.
    pub workspaces: RwSignal<WorkspacesView>,
    /// The origin's storage with every key as it is (the list, other workspaces).
    root_store: StoredValue<std::rc::Rc<dyn KeyValueStore>, LocalStorage>,
    /// The tab's session storage (a deleted workspace waits there for Undo across a reload).
    session_store: StoredValue<std::rc::Rc<dyn KeyValueStore>, LocalStorage>,
    /// Whether the session storage was looked at for a workspace deleted before a reload.
    session_consulted: StoredValue<bool>,
    /// The workspace deleted last, for Undo.
    deleted: StoredValue<Option<crate::storage::workspaces::Deleted>>,
    /// Where unsaved changes are kept while storage is full (see `state/unsaved.rs`).
    unsaved_buffer: StoredValue<Buffer, LocalStorage>,
    /// Whether a record of kept changes may exist that a successful save makes obsolete.
    unsaved_written: StoredValue<bool>,
    /// What the app says about unsaved changes kept outside storage.
    pub unsaved: RwSignal<UnsavedView>,
}

impl AppState {
    /// Opens storage, reads what is there and builds the state for the workspace used last,
    /// with in-memory session storage and an in-memory place for unsaved changes (tests).
    /// Nothing is written here.
    pub fn new<'a>(store: Store, browser_languages: impl IntoIterator<Item = &'a str>) -> Self {
        let buffer = Box::new(crate::storage::unsaved::MemoryBuffer::new());
        Self::with_unsaved_buffer(store, buffer, browser_languages)
    }

    /// Like [`Self::new`], keeping unsaved changes in `buffer` while storage is full. Call
    /// [`Self::look_for_unsaved`] afterwards to learn of changes kept in an earlier visit.
    pub fn with_unsaved_buffer<'a>(
        store: Store,
        buffer: Buffer,
        browser_languages: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let session: std::rc::Rc<dyn KeyValueStore> =
            std::rc::Rc::new(crate::storage::MemoryStore::new());
        Self::open_with_buffer(
            std::rc::Rc::from(store),
            session,
            buffer,
            browser_languages,
            WorkspaceRequest::LastUsed,
        )
    }

    /// Opens storage, reads the list of workspaces and what is stored for the one `request`
    /// names, and builds the state, with an in-memory place for unsaved changes. Nothing is
    /// written here.
    pub fn open<'a>(
        root: std::rc::Rc<dyn KeyValueStore>,
        session: std::rc::Rc<dyn KeyValueStore>,
        browser_languages: impl IntoIterator<Item = &'a str>,
        request: WorkspaceRequest,
    ) -> Self {
        let buffer = Box::new(crate::storage::unsaved::MemoryBuffer::new());
        Self::open_with_buffer(root, session, buffer, browser_languages, request)
    }

    /// Like [`Self::open`], keeping unsaved changes in `buffer` while storage is full.
    pub fn open_with_buffer<'a>(
        root: std::rc::Rc<dyn KeyValueStore>,
        session: std::rc::Rc<dyn KeyValueStore>,
        buffer: Buffer,
        browser_languages: impl IntoIterator<Item = &'a str>,
        request: WorkspaceRequest,
    ) -> Self {
        let list = crate::storage::workspaces::load_registry(&root);
        let (active, missing_link) = workspaces::choose_workspace(&list, &request);
        let store: Store = Box::new(crate::storage::workspaces::ScopedStore::new(
            root.clone(),
            &active,
        ));
        // The one place the sync data's key is chosen: the sync lock is named after it too, so
        // tabs on different workspaces never wait for each other.
        let sync_key = crate::storage::workspaces::WorkspaceKeys::of(&active).sync;
        let workspaces_view = WorkspacesView {
            active,
            list,
            gone: None,
            missing_link,
        };
        let prefs = load_prefs(&store);
        let held_drafts = HeldDrafts::Unread(stored_drafts_text(&store));
        let lang = prefs
            .lang
            .unwrap_or_else(|| Lang::negotiate(browser_languages));
        // Only whether sync data is stored: reading it is the sync code's (`sync_loader`).
        let sync_stored = matches!(store.get(&sync_key), Ok(Some(_)));
        let sync_runtime = super::sync::SyncRuntime::unopened(sync_key, sync_stored);
        let (persistence, opened) = Persistence::open(store);
        let saved_at = match &opened {
            Opened::Loaded(decoded) => decoded.saved_at,
            _ => None,
        };
        let (workspace, save, storage) = match opened {
            Opened::Fresh => (Workspace::default(), SaveState::Fresh, StorageView::Normal),
            Opened::Loaded(decoded) => (decoded.workspace, SaveState::Fresh, StorageView::Normal),
            Opened::Unreadable { error, .. } => (
                Workspace::default(),
                SaveState::ReadOnly,
                StorageView::Recovery(error),
            ),
            Opened::Unavailable(_) => (
                Workspace::default(),
                SaveState::MemoryOnly,
                StorageView::Normal,
            ),
        };
        // Opening may find storage that reads but refuses writes.
        let save = if persistence.mode() == Mode::MemoryOnly {
            SaveState::MemoryOnly
        } else {
            save
        };
        let mut export_record = prefs.export;
        if export_record.last_at.is_none()
            && export_record.unexported_since.is_none()
            && !workspace.is_empty()
        {
            // Stored before this browser kept a record: the last save is the latest change
            // known to be unexported, so the reminder never comes early. It is remembered with
            // the next change; nothing is written here.
            export_record.unexported_since = saved_at;
        }
        let workspace = RwSignal::new(workspace);
        let changes_beyond_wording = StoredValue::new(0u64);
        let structure = Memo::new(move |_| {
            workspace.track();
            changes_beyond_wording.get_value()
        });
        // The memos below read `structure` with `get`, never `track` alone: tracking a memo
        // that nothing has read does not run it, so it would never learn of a change.
        let outline_memo = Memo::new(move |_| {
            structure.get();
            workspace.with_untracked(outline)
        });
        let forest = Memo::new(move |_| outline_memo.with(|items| Forest::from_outline(items)));
        let index = Memo::new(move |_| {
            outline_memo.with(|items| {
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (item.id, i))
                    .collect()
            })
        });
        let progress = Memo::new(move |_| {
            structure.get();
            workspace.with_untracked(|w| crate::domain::progress::roll_up(w, clock::today()))
        });
        let owner_names = Memo::new(move |_| {
            structure.get();
            workspace.with_untracked(Workspace::owner_names)
        });
        let function_names = Memo::new(move |_| {
            structure.get();
            workspace.with_untracked(Workspace::function_names)
        });
        let overview_day = RwSignal::new(clock::today());
        let dashboard = Memo::new(move |_| {
            let day = overview_day.get();
            progress.with(|roll_up| {
                workspace.with(|w| crate::domain::dashboard::overview(w, day, roll_up))
            })
        });
        let state = AppState {
            workspace,
            progress,
            owner_names,
            function_names,
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::Home),
            save: RwSignal::new(save),
            storage: RwSignal::new(storage),
            notice: RwSignal::new(None),
            undo_info: RwSignal::new(UndoInfo::default()),
            collapsed: RwSignal::new(prefs.collapsed_nodes()),
            tree_focus: RwSignal::new(None),
            register_query: RwSignal::new(Default::default()),
            register_hidden: RwSignal::new(prefs.register_hidden.clone()),
            theme: RwSignal::new(prefs.theme),
            search_open: RwSignal::new(false),
            // Compared by nobody: a rebuilt index is taken as changed rather than compared
            // item by item.
            search_index: Memo::new_with_compare(
                move |_| workspace.with(crate::domain::search::SearchIndex::build),
                |_, _| true,
            ),
            checklist_query: RwSignal::new(Default::default()),
            structure,
            wording_edited: RwSignal::new(None),
            changes_beyond_wording,
            writes: StoredValue::new(0),
            sliced_save: StoredValue::new_local(None),
            outline: outline_memo,
            forest,
            index,
            history: StoredValue::new(History::default()),
            dirty: StoredValue::new(false),
            persistence: StoredValue::new_local(persistence),
            prefs: StoredValue::new(prefs),
            drafts: RwSignal::new(Drafts::default()),
            unreadable_drafts: RwSignal::new(None),
            held_drafts: StoredValue::new(held_drafts),
            next_serial: StoredValue::new(0),
            pending_import: RwSignal::new(None),
            import_refusal: RwSignal::new(None),
            export_record: RwSignal::new(export_record),
            overview_day,
            dashboard,
            persistent_storage: RwSignal::new(None),
            persistence_requested: StoredValue::new(false),
            update: RwSignal::new(AppUpdate::Current),
            examples: RwSignal::new(ExampleCatalog::NotFetched),
            example_load: RwSignal::new(ExampleLoad::Idle),
            loaded_example: RwSignal::new(None),
            trainer: RwSignal::new(Default::default()),
            sync: RwSignal::new(sync_runtime.initial_view()),
            sync_runtime: StoredValue::new_local(sync_runtime),
            workspaces: RwSignal::new(workspaces_view),
            root_store: StoredValue::new_local(root),
            session_store: StoredValue::new_local(session),
            session_consulted: StoredValue::new(false),
            deleted: StoredValue::new(None),
            unsaved_buffer: StoredValue::new_local(buffer),
            unsaved_written: StoredValue::new(false),
            unsaved: RwSignal::new(UnsavedView::Nothing),
        };
        // The browser build looks after its first paint (`ui::App`): opening the session
        // storage makes the page wait for the browser's storage service.
        #[cfg(not(target_arch = "wasm32"))]
        state.offer_undo_of_deleted_in_session();
        // Builds without split points read the sync data now; split ones when its code is
        // there (`sync_loader::watch`).
        #[cfg(not(sixtwo_split))]
        state.read_stored_sync();
        state
    }

    /// The state provided by the app.
    pub fn expect() -> Self {
        expect_context()
    }

    /// `msg` in the current language. Not reactive: a language change re-renders the
    /// interface, so text needs no subscription of its own.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get_untracked())
    }

    /// `msg` with placeholders, in the current language (not reactive, as [`Self::t`]).
    pub fn tf(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        i18n::format(self.lang.get_untracked(), msg, args)
    }

    /// `msg` in its plural form for `count`, with `{count}` and the other placeholders filled,
    /// in the current language (not reactive, as [`Self::t`]).
    pub fn tc(&self, msg: Msg, count: usize, args: &[(&str, &str)]) -> String {
        i18n::format_count(self.lang.get_untracked(), msg, count, args)
    }

    /// Reads one objective (reactive), found through the index rather than a scan.
    pub fn with_objective<R>(
        &self,
        id: ObjectiveId,
        read: impl FnOnce(&crate::domain::Objective) -> R,
    ) -> Option<R> {
        self.index.with(|index| {
            let position = *index.get(&id)?;
            self.workspace
                .with(|workspace| workspace.objectives.get(position).map(read))
        })
    }

    /// Counts the edits of any objective's wording but `id`'s own (undo, redo and another tab's
    /// version taken in move [`Self::structure`] instead). A view of other objectives' titles
    /// tracks this and the structure, so typing `id`'s title or description rebuilds none of it.
    pub fn others_wording(&self, id: ObjectiveId) -> Memo<u64> {
        let wording_edited = self.wording_edited;
        Memo::new(move |previous: Option<&u64>| {
            let count = previous.copied().unwrap_or_default();
            match wording_edited.get() {
                Some(edited) if edited == id => count,
                _ => count + 1,
            }
        })
    }

    // ----- changing the workspace -----

    /// Applies `command`. On success the change is recorded for undo and a save is scheduled;
    /// on failure nothing changes and the error says why.
    pub fn dispatch(&self, command: Command) -> Result<ChangeLabel, CommandError> {
        let now = clock::now();
        let coalesce: Option<CoalesceKey> = command.coalesce_key();
        let wording_of = command.edits_only_wording();
        match wording_of {
            Some(_) => self.writes.update_value(|count| *count += 1),
            None => self.note_change_beyond_wording(),
        }
        let mut outcome = None;
        self.workspace.maybe_update(|workspace| {
            let result = apply(workspace, command, now);
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        let applied = outcome.ok_or(CommandError::ObjectiveNotFound)??;
        if wording_of.is_some() {
            self.wording_edited.set(wording_of);
        }
        let label = applied.label.clone();
        self.history
            .update_value(|history| history.record(applied, coalesce, now));
        self.after_change();
        Ok(label)
    }

    /// Like [`Self::dispatch`], then shows `text` as a notice offering Undo.
    pub fn dispatch_with_notice(
        &self,
        command: Command,
        text: NoticeText,
    ) -> Result<ChangeLabel, CommandError> {
        let label = self.dispatch(command)?;
        self.show_notice(text, true);
        Ok(label)
    }

    /// Ends the current typing run so the next edit is a separate undo step.
    pub fn seal_history(&self) {
        self.history.update_value(History::seal);
    }

    pub fn undo(&self) {
        let label = self.travel(History::undo);
        let text = label.map_or(NoticeText::plain(Msg::NothingToUndo), NoticeText::Undone);
        self.show_notice(text, false);
    }

    pub fn redo(&self) {
        let label = self.travel(History::redo);
        let text = label.map_or(NoticeText::plain(Msg::NothingToRedo), NoticeText::Redone);
        self.show_notice(text, false);
    }

    /// Moves through the history with `step` (undo or redo) and saves the result.
    fn travel(
        &self,
        step: fn(&mut History, &mut Workspace) -> Option<ChangeLabel>,
    ) -> Option<ChangeLabel> {
        let mut label = None;
        self.note_change_beyond_wording();
        self.workspace.maybe_update(|workspace| {
            self.history
                .update_value(|history| label = step(history, workspace));
            label.is_some()
        });
        if label.is_some() {
            self.after_change();
        }
        label
    }

    /// Applies `command` for a form field: the refusal, if any, comes back as the sentence
    /// to show next to the field.
    pub fn dispatch_field(&self, command: Command) -> Result<(), String> {
        self.dispatch(command)
            .map(|_| ())
            .map_err(|error| i18n::describe_command_error(self.lang.get_untracked(), &error))
    }

    /// Records, before the workspace is written, that the change may reach beyond an
    /// objective's wording: [`Self::structure`] then changes with it. Every write of the
    /// workspace but a dispatched wording edit calls this.
    pub(super) fn note_change_beyond_wording(&self) {
        self.changes_beyond_wording
            .update_value(|count| *count += 1);
        self.writes.update_value(|count| *count += 1);
    }

    fn after_change(&self) {
        self.note_unexported_change();
        self.refresh_undo_info();
        self.dirty.set_value(true);
        match self.save.get_untracked() {
            SaveState::MemoryOnly | SaveState::ReadOnly => {}
            _ => self.save.set(SaveState::Pending),
        }
        self.schedule_save();
    }

    fn refresh_undo_info(&self) {
        let info = self.history.with_value(|history| UndoInfo {
            undo: history.next_undo().cloned(),
            redo: history.next_redo().cloned(),
        });
        self.undo_info.set(info);
    }

    /// Replaces the workspace with an empty one (undoable).
    pub fn empty_workspace(&self) -> Result<ChangeLabel, CommandError> {
        let text = NoticeText::plain(Msg::WorkspaceEmptied);
        self.dispatch_with_notice(Command::ReplaceWorkspace(Box::default()), text)
    }

    // ----- notices -----

    pub fn show_notice(&self, text: NoticeText, offers_undo: bool) {
        let serial = self.next_serial.with_value(|n| *n) + 1;
        self.next_serial.set_value(serial);
        self.notice.set(Some(Notice {
            serial,
            text,
            offers_undo,
            restores_workspace: false,
        }));
    }

    /// Shows `text` as a notice offering to put back the workspace deleted last.
    pub fn show_restore_notice(&self, text: NoticeText) {
        let serial = self.next_serial.with_value(|n| *n) + 1;
        self.next_serial.set_value(serial);
        self.notice.set(Some(Notice {
            serial,
            text,
            offers_undo: false,
            restores_workspace: true,
        }));
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    // ----- navigation -----

    /// Brings the overview's day up to date (a tab may stay open past midnight); the overview
    /// is then recomputed for the new day.
    pub fn refresh_overview_day(&self) {
        let today = clock::today();
        if self.overview_day.get_untracked() != today {
            self.overview_day.set(today);
        }
    }

    /// Shows `route` (and records it in the address bar in the browser).
    pub fn navigate(&self, route: Route) {
        #[cfg(target_arch = "wasm32")]
        super::browser::set_location_hash(&route.href());
        self.route.set(route);
    }
}
