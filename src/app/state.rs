//! The one place that owns signals. Components read from [`AppState`] and change the workspace
//! only through [`AppState::dispatch`] (or the undo, redo and sync methods here), so every
//! change goes through the domain's command function and the same save path.

use super::clock;
use super::export::{export_file, ExportFile, ExportKind};
use super::route::Route;
use crate::domain::command::CoalesceKey;
use crate::domain::example::example_workspace;
use crate::domain::reconcile::{reconcile, Prefer};
use crate::domain::tree::{outline, Forest, NodeKey, OutlineItem};
use crate::domain::wizard::{establish_command, plan_command, Drafts};
use crate::domain::Status;
use crate::domain::{
    apply, ChangeLabel, Command, CommandError, History, ObjectiveId, RandomIds, Timestamp,
    Workspace,
};
use crate::i18n::{self, Lang, Msg};
use crate::io::envelope::{encode_stored, DecodeError, Decoded};
use crate::storage::drafts::{load_drafts, save_drafts, LoadedDrafts};
use crate::storage::persistence::Mode;
use crate::storage::prefs::{
    export_reminder_due, load_prefs, reload_prefs, save_prefs, ExportRecord, Prefs,
};
use crate::storage::{External, KeyValueStore, Opened, Persistence, SaveError, StoreError};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// How long typing must pause before the workspace is stored.
#[cfg(target_arch = "wasm32")]
const SAVE_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(400);

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

/// A short message shown (and announced) after something happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Distinguishes repeated identical notices so they are announced again.
    pub serial: u64,
    pub text: NoticeText,
    /// Whether the notice offers Undo.
    pub offers_undo: bool,
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
    /// How the clause 6.2 checklist is sorted and filtered (kept while visiting a wizard).
    pub checklist_query: RwSignal<crate::domain::checklist::ChecklistQuery>,
    /// The tree's shape; equal while only titles or KPIs change, so the tree is not rebuilt.
    pub outline: Memo<Vec<OutlineItem>>,
    pub forest: Memo<Forest>,
    /// Position of each objective in `workspace.objectives`.
    pub index: Memo<HashMap<ObjectiveId, usize>>,
    /// Every objective's progress and status, rolled up in one pass over the forest when a
    /// view asks after a change (never per row).
    pub progress: Memo<crate::domain::progress::RollUp>,
    history: StoredValue<History>,
    pub(super) dirty: StoredValue<bool>,
    pub(super) persistence: StoredValue<Persistence<Store>, LocalStorage>,
    prefs: StoredValue<Prefs>,
    /// Unfinished wizards (kept in storage so they survive a reload).
    pub drafts: RwSignal<Drafts>,
    /// Stored drafts that could not be read: kept untouched until the user discards them.
    pub unreadable_drafts: RwSignal<Option<String>>,
    next_serial: StoredValue<u64>,
    /// The file waiting on the import preview. Kept in this tab only: a reload forgets it.
    pub pending_import: RwSignal<Option<crate::io::import::PendingImport>>,
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
    /// What the Team sync page shows.
    pub sync: RwSignal<super::sync::SyncView>,
    /// What team sync keeps while the app runs.
    pub(super) sync_runtime: StoredValue<super::sync::SyncRuntime, LocalStorage>,
}

impl AppState {
    /// Opens storage, reads what is there and builds the state. Nothing is written here.
    pub fn new<'a>(store: Store, browser_languages: impl IntoIterator<Item = &'a str>) -> Self {
        let prefs = load_prefs(&store);
        let (drafts, unreadable_drafts) = match load_drafts(&store) {
            LoadedDrafts::Readable(drafts) => (*drafts, None),
            LoadedDrafts::Unreadable { raw } => (Drafts::default(), Some(raw)),
        };
        let lang = prefs
            .lang
            .unwrap_or_else(|| Lang::negotiate(browser_languages));
        let sync_runtime =
            super::sync::SyncRuntime::from_loaded(crate::storage::sync::load_sync(&store));
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
        let outline_memo = Memo::new(move |_| workspace.with(outline));
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
            workspace.with(|w| crate::domain::progress::roll_up(w, clock::today()))
        });
        let overview_day = RwSignal::new(clock::today());
        let dashboard = Memo::new(move |_| {
            let day = overview_day.get();
            progress.with(|roll_up| {
                workspace.with(|w| crate::domain::dashboard::overview(w, day, roll_up))
            })
        });
        AppState {
            workspace,
            progress,
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::Home),
            save: RwSignal::new(save),
            storage: RwSignal::new(storage),
            notice: RwSignal::new(None),
            undo_info: RwSignal::new(UndoInfo::default()),
            collapsed: RwSignal::new(prefs.collapsed_nodes()),
            tree_focus: RwSignal::new(None),
            register_query: RwSignal::new(Default::default()),
            checklist_query: RwSignal::new(Default::default()),
            outline: outline_memo,
            forest,
            index,
            history: StoredValue::new(History::default()),
            dirty: StoredValue::new(false),
            persistence: StoredValue::new_local(persistence),
            prefs: StoredValue::new(prefs),
            drafts: RwSignal::new(drafts),
            unreadable_drafts: RwSignal::new(unreadable_drafts),
            next_serial: StoredValue::new(0),
            pending_import: RwSignal::new(None),
            import_refusal: RwSignal::new(None),
            export_record: RwSignal::new(export_record),
            overview_day,
            dashboard,
            persistent_storage: RwSignal::new(None),
            persistence_requested: StoredValue::new(false),
            update: RwSignal::new(AppUpdate::Current),
            sync: RwSignal::new(sync_runtime.initial_view()),
            sync_runtime: StoredValue::new_local(sync_runtime),
        }
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

    // ----- changing the workspace -----

    /// Applies `command`. On success the change is recorded for undo and a save is scheduled;
    /// on failure nothing changes and the error says why.
    pub fn dispatch(&self, command: Command) -> Result<ChangeLabel, CommandError> {
        let now = clock::now();
        let coalesce: Option<CoalesceKey> = command.coalesce_key();
        let mut outcome = None;
        self.workspace.maybe_update(|workspace| {
            let result = apply(workspace, command, now);
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        let applied = outcome.ok_or(CommandError::ObjectiveNotFound)??;
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

    /// Fills the workspace with the example organisation in the current language.
    pub fn load_example(&self) -> Result<ChangeLabel, CommandError> {
        let lang = self.lang.get_untracked();
        let example = example_workspace(
            lang.example_language(),
            clock::today(),
            clock::now(),
            &mut RandomIds,
        );
        let text = NoticeText::plain(Msg::ExampleLoaded);
        self.dispatch_with_notice(Command::ReplaceWorkspace(Box::new(example)), text)
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
        }));
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    // ----- saving -----

    /// Saves after a short pause in editing (the browser build); native tests call
    /// [`Self::flush`] themselves.
    fn schedule_save(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let state = *self;
            if !super::browser::restart_save_timer(SAVE_DEBOUNCE, move || state.flush()) {
                // Without a timer, save at once rather than not at all.
                self.flush();
            }
        }
    }

    /// Saves now, without waiting for the pause in editing (the page is being hidden or
    /// closed, or reloaded into a new build).
    pub fn flush_now(&self) {
        #[cfg(target_arch = "wasm32")]
        super::browser::cancel_save_timer();
        self.flush();
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
                self.ask_for_persistent_storage();
            }
            Some(Err(error)) => self.on_save_error(error),
            None => {}
        }
    }

    /// Asks the browser, once per visit and only once the stored workspace holds real data,
    /// not to clear the site's storage when the disk runs low. Browsers that ask the user
    /// (Firefox) would otherwise ask on a first visit with nothing to lose.
    fn ask_for_persistent_storage(&self) {
        if self.persistence_requested.get_value()
            || self.persistent_storage.get_untracked() == Some(true)
            || self.workspace.with_untracked(Workspace::is_empty)
        {
            return;
        }
        self.persistence_requested.set_value(true);
        #[cfg(target_arch = "wasm32")]
        super::browser::request_persistent_storage(self.persistent_storage);
    }

    fn on_save_error(&self, error: SaveError) {
        let in_conflict = self
            .storage
            .with_untracked(|s| matches!(s, StorageView::Conflict(_)));
        let state = match error {
            SaveError::Protecting if in_conflict => SaveState::NotSaved(NotSavedReason::Conflict),
            SaveError::Protecting => SaveState::ReadOnly,
            SaveError::MemoryOnly => SaveState::MemoryOnly,
            SaveError::QuotaExceeded => SaveState::NotSaved(NotSavedReason::StorageFull),
            SaveError::Failed(message) => SaveState::NotSaved(NotSavedReason::Failed(message)),
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
    fn take_over(&self, decoded: Decoded) {
        self.persistence
            .update_value(|persistence| persistence.adopt(decoded.version));
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
    fn reconcile_with(&self, theirs: Decoded) {
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
    fn adopt_reconciled(&self, theirs: Decoded, combined: Workspace) {
        if combined == theirs.workspace {
            self.take_over(theirs);
            return;
        }
        self.persistence
            .update_value(|persistence| persistence.adopt(theirs.version));
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
    fn resolve_tab_conflict(&self, choice: ConflictChoice, conflict: TabConflict) {
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

    // ----- exports -----

    /// Builds the `kind` file from the current workspace and offers it for download, then
    /// says how it went. The workspace is never changed; a JSON export is recorded (in the
    /// preferences) as the latest backup.
    pub fn export(&self, kind: ExportKind) {
        let lang = self.lang.get_untracked();
        let now = clock::now();
        let file = self
            .workspace
            .with_untracked(|workspace| export_file(kind, workspace, lang, now, clock::today()));
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
    fn note_unexported_change(&self) {
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

    fn update_export_record(&self, change: impl FnOnce(&mut ExportRecord)) {
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
            self.prefs.set_value(stored);
            let known = record.last_at.is_some() || record.unexported_since.is_some();
            if known {
                self.export_record.set(record);
            }
        }
    }

    // ----- wizard drafts -----

    /// Changes the unfinished wizards and stores them at once: a draft must survive the tab
    /// being closed a moment later. Unreadable stored drafts are never written over.
    pub fn update_drafts(&self, change: impl FnOnce(&mut Drafts)) {
        self.drafts.update(change);
        if self.unreadable_drafts.with_untracked(Option::is_some) {
            return;
        }
        let drafts = self.drafts.get_untracked();
        // Storage problems are reported by the workspace's save status; a draft that cannot
        // be stored lives on in this tab.
        self.persistence.with_value(|persistence| {
            let _ = save_drafts(persistence.store(), &drafts);
        });
    }

    /// The user gave up stored drafts that could not be read (after being offered them).
    pub fn discard_unreadable_drafts(&self) {
        self.unreadable_drafts.set(None);
        self.update_drafts(|_| {});
    }

    /// Saves the 6.2.1 wizard: one undoable change, then the draft is gone.
    pub fn save_establish(&self, status: Status) -> Result<ObjectiveId, String> {
        let lang = self.lang.get_untracked();
        let Some(wizard) = self.drafts.with_untracked(|d| d.establish.clone()) else {
            return Err(Msg::ErrNothingToDo.text(lang).to_string());
        };
        let draft = &wizard.draft;
        let command = establish_command(draft, status, clock::now());
        let text = NoticeText::with(
            Msg::ObjectiveSaved,
            &[("code", draft.objective.code.trim())],
        );
        self.dispatch_with_notice(command, text)
            .map_err(|error| i18n::describe_command_error(lang, &error))?;
        self.update_drafts(|drafts| drafts.establish = None);
        Ok(draft.objective.id)
    }

    /// Saves the 6.2.2 wizard: one undoable change, then the draft is gone.
    pub fn save_plan(&self) -> Result<ObjectiveId, String> {
        let lang = self.lang.get_untracked();
        let Some(wizard) = self.drafts.with_untracked(|d| d.plan.clone()) else {
            return Err(Msg::ErrNothingToDo.text(lang).to_string());
        };
        let id = wizard.draft.objective;
        let code = self
            .with_objective(id, |o| o.code.clone())
            .unwrap_or_default();
        let text = NoticeText::with(Msg::PlanSaved, &[("code", &code)]);
        self.dispatch_with_notice(plan_command(&wizard.draft), text)
            .map_err(|error| i18n::describe_command_error(lang, &error))?;
        self.update_drafts(|drafts| drafts.plan = None);
        Ok(id)
    }

    // ----- preferences -----

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.update_prefs(|prefs| prefs.lang = Some(lang));
    }

    /// Opens or closes a tree node and remembers it.
    pub fn set_expanded(&self, node: NodeKey, expanded: bool) {
        self.collapsed.update(|collapsed| {
            if expanded {
                collapsed.remove(&node);
            } else {
                collapsed.insert(node);
            }
        });
        self.remember_collapsed();
    }

    pub fn expand_nodes(&self, nodes: &[NodeKey]) {
        self.collapsed.update(|collapsed| {
            for node in nodes {
                collapsed.remove(node);
            }
        });
        self.remember_collapsed();
    }

    pub fn expand_all(&self) {
        self.collapsed.set(HashSet::new());
        self.remember_collapsed();
    }

    pub fn collapse_all(&self) {
        let branches: HashSet<NodeKey> = self
            .forest
            .with_untracked(|f| f.branches().into_iter().collect());
        self.collapsed.set(branches);
        self.remember_collapsed();
    }

    fn remember_collapsed(&self) {
        let collapsed = self.collapsed.get_untracked();
        self.update_prefs(|prefs| prefs.set_collapsed_nodes(&collapsed));
    }

    fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) {
        // Another tab may have stored preferences since this one read them (such as the time
        // of an export): change what is stored rather than this tab's older copy.
        let stored = self
            .persistence
            .with_value(|persistence| reload_prefs(persistence.store()));
        if let Some(stored) = stored {
            self.prefs.set_value(stored);
        }
        self.prefs.update_value(change);
        let prefs = self.prefs.get_value();
        // Preferences are a convenience: if they cannot be stored, the app carries on.
        self.persistence.with_value(|persistence| {
            let _ = save_prefs(persistence.store(), &prefs);
        });
    }

    // ----- a newer build -----

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
        // Drafts are stored as they change, but a failure there is silent: store them again.
        if self.unreadable_drafts.with_untracked(Option::is_none) {
            let drafts = self.drafts.get_untracked();
            let stored = self
                .persistence
                .with_value(|persistence| save_drafts(persistence.store(), &drafts));
            match stored {
                Ok(()) => {}
                Err(StoreError::QuotaExceeded) => return Err(ReloadBlocker::StorageFull),
                Err(StoreError::Unavailable(_)) => return Err(ReloadBlocker::MemoryOnly),
                Err(StoreError::Other(detail)) => return Err(ReloadBlocker::Failed(detail)),
            }
        }
        Ok(())
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

/// Offers `file` for download.
#[cfg(target_arch = "wasm32")]
fn offer_download(file: &ExportFile) -> Result<(), String> {
    super::browser::download(&file.name, file.mime, &file.contents)
        .map_err(|error| super::browser::describe_error(&error))
}

/// Native builds (tests) have no browser to download with: the file counts as offered.
#[cfg(not(target_arch = "wasm32"))]
fn offer_download(file: &ExportFile) -> Result<(), String> {
    let _ = file;
    Ok(())
}
