//! What the app remembers besides the workspace: unfinished wizards, the language, the colour scheme, the tree's open branches.

use super::AppState;
use crate::domain::hashing::HashSet;
use crate::domain::tree::NodeKey;
use crate::domain::wizard::Drafts;
use crate::i18n::Lang;
use crate::storage::drafts::{read_drafts, save_drafts, LoadedDrafts};
use crate::storage::prefs::{reload_prefs, save_prefs, Prefs};
use crate::storage::StoreError;
use leptos::prelude::*;

/// The wizards' drafts as this tab holds them.
pub(crate) enum HeldDrafts {
    /// Not read yet (no wizard has opened in this tab): the stored text as found at start,
    /// `None` when nothing was stored. Reading it takes the drafts' serde code, which comes
    /// with the wizards' code; until then a reload stores this text back unchanged.
    Unread(Option<String>),
    /// Read: `drafts` and `unreadable_drafts` hold them, and `store` stores them. A pointer
    /// into the wizards' code, so that writing drafts is not in the first download either.
    Read {
        store: fn(&AppState) -> Result<(), StoreError>,
    },
}

impl AppState {
    // ----- wizard drafts -----

    /// Reads the stored drafts into `drafts` (or `unreadable_drafts`) the first time a wizard
    /// opens; nothing to do after that.
    pub fn read_stored_drafts(&self) {
        let text = self
            .held_drafts
            .try_update_value(|held| match held {
                HeldDrafts::Unread(text) => {
                    let text = text.take();
                    *held = HeldDrafts::Read {
                        store: store_drafts,
                    };
                    Some(text)
                }
                HeldDrafts::Read { .. } => None,
            })
            .flatten();
        if let Some(text) = text {
            match read_drafts(text) {
                LoadedDrafts::Readable(drafts) => self.drafts.set(*drafts),
                LoadedDrafts::Unreadable { raw } => self.unreadable_drafts.set(Some(raw)),
            }
        }
    }

    /// Stores the drafts for a reload: as they were found if no wizard has read them,
    /// otherwise as they are now (unreadable ones are never written over).
    pub(super) fn store_drafts_again(&self) -> Result<(), StoreError> {
        let store = self.held_drafts.with_value(|held| match held {
            HeldDrafts::Unread(text) => Err(text.clone()),
            HeldDrafts::Read { store } => Ok(*store),
        });
        match store {
            Err(text) => self.persistence.with_value(|persistence| {
                crate::storage::drafts::store_unread_drafts(persistence.store(), text.as_deref())
            }),
            Ok(store) => store(self),
        }
    }

    /// Changes the unfinished wizards and stores them at once: a draft must survive the tab
    /// being closed a moment later. Unreadable stored drafts are never written over.
    pub fn update_drafts(&self, change: impl FnOnce(&mut Drafts)) {
        self.read_stored_drafts();
        self.drafts.update(change);
        // Storage problems are reported by the workspace's save status; a draft that cannot
        // be stored lives on in this tab.
        let _ = store_drafts(self);
    }

    /// The user gave up stored drafts that could not be read (after being offered them): the
    /// drafts this tab holds (none, if none were readable) take their place in storage.
    pub fn discard_unreadable_drafts(&self) {
        self.read_stored_drafts();
        self.unreadable_drafts.set(None);
        // Storage problems are reported by the workspace's save status, as in `update_drafts`.
        let _ = store_drafts(self);
    }

    // ----- preferences -----

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.update_prefs(|prefs| prefs.lang = Some(lang));
    }

    /// Light, dark or the system's colours, remembered for the next visit.
    pub fn set_theme(&self, theme: crate::storage::prefs::Theme) {
        self.theme.set(theme);
        self.update_prefs(|prefs| prefs.theme = theme);
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
        self.collapsed.set(HashSet::default());
        self.remember_collapsed();
    }

    pub fn collapse_all(&self) {
        let branches: HashSet<NodeKey> = self
            .forest
            .with_untracked(|f| f.branches().into_iter().collect());
        self.collapsed.set(branches);
        self.remember_collapsed();
    }

    /// Shows or hides a register column (by key) and remembers the choice.
    pub fn set_register_column_shown(&self, key: &str, shown: bool) {
        self.register_hidden.update(|hidden| {
            hidden.retain(|k| k != key);
            if !shown {
                hidden.push(key.to_string());
                hidden.sort();
            }
        });
        let hidden = self.register_hidden.get_untracked();
        self.update_prefs(|prefs| prefs.register_hidden = hidden);
    }

    pub(super) fn remember_collapsed(&self) {
        let collapsed = self.collapsed.get_untracked();
        self.update_prefs(|prefs| prefs.set_collapsed_nodes(&collapsed));
    }

    pub(super) fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) {
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
}

/// Stores the drafts as they are now, unless stored ones could not be read (never written
/// over until the user discards them).
fn store_drafts(state: &AppState) -> Result<(), StoreError> {
    if state.unreadable_drafts.with_untracked(Option::is_some) {
        return Ok(());
    }
    let drafts = state.drafts.get_untracked();
    state
        .persistence
        .with_value(|persistence| save_drafts(persistence.store(), &drafts))
}
