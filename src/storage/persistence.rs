//! The rules that keep stored data safe, over any [`KeyValueStore`]:
//!
//! - read before any write; until [`Persistence::open`] has read the stored data, nothing is
//!   written;
//! - data that cannot be read is never overwritten until the user explicitly gives it up;
//! - every save checks that storage still holds the version this tab last read or wrote
//!   (revision and id), so a save from another tab is never silently replaced, even when two
//!   tabs save the same revision a millisecond apart;
//! - the versions this tab has seen are remembered (a few), so that when two tabs did save
//!   over each other the app can reconcile both from their common version;
//! - when storage is blocked or full, the caller learns it and keeps working in memory.

use super::{utf16_cost, KeyValueStore, StoreError, PROBE_KEY, WORKSPACE_KEY};
use crate::domain::{Timestamp, Workspace};
use crate::io::envelope::{decode, encode_version, peek_version, DecodeError, Decoded, Version};
use std::collections::VecDeque;

/// What was found when storage was opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Nothing stored yet: a first visit.
    Fresh,
    /// A readable workspace.
    Loaded(Box<Decoded>),
    /// Stored data that cannot be read. It is kept untouched and nothing will be written
    /// until [`Persistence::give_up_unreadable`] is called.
    Unreadable { raw: String, error: DecodeError },
    /// Storage cannot be used at all; the app works in memory only.
    Unavailable(StoreError),
}

/// What the persistence layer is allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Reads and writes work.
    Writable,
    /// Unreadable data is stored; writing would destroy it.
    Protecting,
    /// Storage is unavailable; the workspace lives only in this tab.
    MemoryOnly,
}

/// A successful save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub version: Version,
    /// What the stored workspace costs against the origin quota, in UTF-16 code units.
    pub units: usize,
}

/// Why a save did not happen. In every case the stored data is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Unreadable data is stored and the user has not decided what to do with it.
    Protecting,
    /// Storage is unavailable; keep working in memory.
    MemoryOnly,
    /// The quota is full; keep working in memory and retry later.
    QuotaExceeded,
    /// Another tab saved revision `theirs` since this tab last read or wrote.
    Conflict { theirs: Option<u64> },
    /// Any other storage failure.
    Failed(String),
}

/// What a change notification from another tab turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// The stored version is the one this tab already has.
    Unchanged,
    /// Another tab saved a readable workspace.
    Changed(Box<Decoded>),
    /// Another tab (or a person) removed the stored workspace.
    Removed,
    /// What is stored now cannot be read.
    Unreadable { raw: String, error: DecodeError },
}

/// How many stored versions a tab remembers as possible common ancestors.
const REMEMBERED_VERSIONS: usize = 4;

/// Loads and saves the workspace envelope under [`WORKSPACE_KEY`].
#[derive(Debug)]
pub struct Persistence<S> {
    store: S,
    mode: Mode,
    /// The version this tab last read or wrote; the stored one must still be it to save.
    known: Version,
    /// Whether this tab wrote the known version (so another tab's save that does not
    /// descend from it has replaced this tab's work).
    known_is_ours: bool,
    /// The stored texts of the versions this tab has seen, newest first: the candidates for
    /// the common version when two tabs have to be reconciled.
    seen: VecDeque<(Version, String)>,
    /// Set when the user chose to replace unreadable data: the next save may overwrite it.
    overwrite_once: bool,
}

impl<S: KeyValueStore> Persistence<S> {
    /// Reads what is stored and checks that writes are possible.
    pub fn open(store: S) -> (Self, Opened) {
        let mut persistence = Persistence {
            store,
            mode: Mode::Writable,
            known: Version::default(),
            known_is_ours: false,
            seen: VecDeque::new(),
            overwrite_once: false,
        };
        let opened = match persistence.store.get(WORKSPACE_KEY) {
            Err(error) => Opened::Unavailable(error),
            Ok(None) => Opened::Fresh,
            Ok(Some(raw)) => match decode(&raw) {
                Ok(decoded) => {
                    persistence.known = decoded.version.clone();
                    persistence.remember(decoded.version.clone(), raw);
                    Opened::Loaded(Box::new(decoded))
                }
                Err(error) => Opened::Unreadable { raw, error },
            },
        };
        persistence.mode = match &opened {
            Opened::Unavailable(_) => Mode::MemoryOnly,
            Opened::Unreadable { .. } => Mode::Protecting,
            Opened::Fresh | Opened::Loaded(_) => Mode::Writable,
        };
        // A store that reads but refuses every write (a zero quota in some private modes)
        // is as good as none. A full quota is different: saving may work after clean-up.
        if persistence.mode != Mode::MemoryOnly {
            let probe = persistence
                .store
                .set(PROBE_KEY, "1")
                .and_then(|()| persistence.store.remove(PROBE_KEY));
            if let Err(StoreError::Unavailable(reason)) = probe {
                persistence.mode = Mode::MemoryOnly;
                if matches!(opened, Opened::Fresh) {
                    return (
                        persistence,
                        Opened::Unavailable(StoreError::Unavailable(reason)),
                    );
                }
            }
        }
        (persistence, opened)
    }

    /// The underlying store, for keys other than the workspace (preferences).
    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn known_rev(&self) -> u64 {
        self.known.rev
    }

    /// The version this tab last read or wrote.
    pub fn known_version(&self) -> &Version {
        &self.known
    }

    /// Whether another tab's stored `theirs` may simply replace what this tab holds when this
    /// tab has no unsaved changes: it descends from the version this tab knows, or that version
    /// was not written by this tab (so nothing of this tab's is lost).
    pub fn can_take_over(&self, theirs: &Version) -> bool {
        theirs.descends_from(&self.known) || !self.known_is_ours
    }

    /// Saves `workspace` as the next version, unless that would overwrite something this tab
    /// has not seen.
    pub fn save(&mut self, workspace: &Workspace, now: Timestamp) -> Result<Saved, SaveError> {
        self.check_writable()?;
        self.check_stored_is_known()?;
        let version = self.known.successor(new_version_id());
        self.write(workspace, version, now)
    }

    /// The version a save started now stores, for a caller that encodes it a slice at a time
    /// (`io::envelope::begin_version`) and then calls [`Self::save_encoded`].
    pub fn next_version(&self) -> Version {
        self.known.successor(new_version_id())
    }

    /// Stores `text`, the encoding of `version` from [`Self::next_version`], under the same
    /// rules as [`Self::save`]. `None` when this tab no longer knows `base`, the version it knew
    /// when `version` was chosen (it took in another tab's save since): nothing is written, and
    /// the workspace must be encoded again.
    pub fn save_encoded(
        &mut self,
        base: &Version,
        version: Version,
        text: String,
    ) -> Option<Result<Saved, SaveError>> {
        if !base.same_as(&self.known) {
            return None;
        }
        let checked = self
            .check_writable()
            .and_then(|()| self.check_stored_is_known());
        Some(checked.and_then(|()| self.write_text(text, version)))
    }

    /// Refuses to write when storage holds another version than the one this tab last read or
    /// wrote (unless the user chose to replace unreadable data).
    fn check_stored_is_known(&mut self) -> Result<(), SaveError> {
        if !self.overwrite_once {
            let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
            if let Some(raw) = stored {
                // A version that cannot be read counts as a conflict: never overwrite it.
                match peek_version(&raw) {
                    Some(theirs) if theirs.same_as(&self.known) => {}
                    theirs => {
                        return Err(SaveError::Conflict {
                            theirs: theirs.map(|v| v.rev),
                        })
                    }
                }
            }
        }
        Ok(())
    }

    /// Saves `workspace` over whatever another tab stored (the user chose "keep mine" over
    /// data this tab cannot read).
    pub fn save_over_conflict(
        &mut self,
        workspace: &Workspace,
        now: Timestamp,
    ) -> Result<Saved, SaveError> {
        self.check_writable()?;
        let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
        let theirs = stored.as_deref().and_then(peek_version).unwrap_or_default();
        let mut over = self.known.clone();
        over.rev = over.rev.max(theirs.rev);
        let mut version = over.successor(new_version_id());
        if !theirs.id.is_empty() && !version.lineage.contains(&theirs.id) {
            // The other tab learns that this save was made knowing its version.
            version.lineage.insert(0, theirs.id);
            version.lineage.truncate(Version::LINEAGE_LENGTH);
        }
        self.write(workspace, version, now)
    }

    /// Reads what is stored after another tab announced a change.
    pub fn read_external(&mut self) -> Result<External, SaveError> {
        if self.mode == Mode::MemoryOnly {
            return Err(SaveError::MemoryOnly);
        }
        let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
        Ok(match stored {
            None => External::Removed,
            Some(raw) => {
                if self.mode == Mode::Writable
                    && peek_version(&raw).is_some_and(|v| v.same_as(&self.known))
                {
                    return Ok(External::Unchanged);
                }
                match decode(&raw) {
                    Ok(decoded) => {
                        self.remember(decoded.version.clone(), raw);
                        External::Changed(Box::new(decoded))
                    }
                    Err(error) => External::Unreadable { raw, error },
                }
            }
        })
    }

    /// Records that this tab now shows `version` read from storage (another tab's save, or
    /// readable data that replaced unreadable data). Writing is allowed again.
    pub fn adopt(&mut self, version: Version) {
        self.known = version;
        self.known_is_ours = false;
        self.overwrite_once = false;
        if self.mode == Mode::Protecting {
            self.mode = Mode::Writable;
        }
    }

    /// The workspace of the newest version this tab has seen that `theirs` was written
    /// knowing: the common version from which this tab and another tab's save both grew.
    /// `None` when there is none (the versions have no ids, or too much happened unheard);
    /// then nothing is common, and an empty workspace is the only safe base.
    pub fn common_version(&self, theirs: &Version) -> Option<Workspace> {
        self.seen
            .iter()
            .filter(|(seen, _)| !seen.same_as(theirs) && theirs.descends_from(seen))
            .find_map(|(_, text)| decode(text).ok())
            .map(|decoded| decoded.workspace)
    }

    /// Records that another tab stored data this tab cannot read: stop writing.
    pub fn protect(&mut self) {
        if self.mode == Mode::Writable {
            self.mode = Mode::Protecting;
        }
    }

    /// The user decided to give up the unreadable stored data (after being offered a
    /// download): the next save may replace it.
    pub fn give_up_unreadable(&mut self) {
        if self.mode == Mode::Protecting {
            self.mode = Mode::Writable;
            self.overwrite_once = true;
        }
    }

    /// The raw stored text, for "download what is stored".
    pub fn raw_stored(&self) -> Option<String> {
        self.store.get(WORKSPACE_KEY).ok().flatten()
    }

    fn check_writable(&self) -> Result<(), SaveError> {
        match self.mode {
            Mode::Writable => Ok(()),
            Mode::Protecting => Err(SaveError::Protecting),
            Mode::MemoryOnly => Err(SaveError::MemoryOnly),
        }
    }

    fn write(
        &mut self,
        workspace: &Workspace,
        version: Version,
        now: Timestamp,
    ) -> Result<Saved, SaveError> {
        self.write_text(encode_version(workspace, &version, now), version)
    }

    fn write_text(&mut self, text: String, version: Version) -> Result<Saved, SaveError> {
        self.store
            .set(WORKSPACE_KEY, &text)
            .map_err(|e| self.failure(e))?;
        let units = utf16_cost(WORKSPACE_KEY, &text);
        self.known = version.clone();
        self.known_is_ours = true;
        self.overwrite_once = false;
        self.remember(version.clone(), text);
        Ok(Saved { version, units })
    }

    /// Keeps `text` as a version this tab has seen (newest first, a few at most).
    fn remember(&mut self, version: Version, text: String) {
        self.seen.retain(|(seen, _)| !seen.same_as(&version));
        self.seen.push_front((version, text));
        self.seen.truncate(REMEMBERED_VERSIONS);
    }

    /// Maps a store failure to a save error, switching to memory-only when storage vanished.
    fn failure(&mut self, error: StoreError) -> SaveError {
        match error {
            StoreError::QuotaExceeded => SaveError::QuotaExceeded,
            StoreError::Unavailable(_) => {
                self.mode = Mode::MemoryOnly;
                SaveError::MemoryOnly
            }
            StoreError::Other(message) => SaveError::Failed(message),
        }
    }
}

/// A fresh id for a stored version: 48 random bits, so two tabs never pick the same one.
fn new_version_id() -> String {
    let mut id = uuid::Uuid::new_v4().simple().to_string();
    id.truncate(12);
    id
}
