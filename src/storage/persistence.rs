//! The rules that keep stored data safe, over any [`KeyValueStore`]:
//!
//! - read before any write; until [`Persistence::open`] has read the stored data, nothing is
//!   written;
//! - data that cannot be read is never overwritten until the user explicitly gives it up;
//! - every save checks the stored revision first, so a save from another tab is never
//!   silently replaced;
//! - when storage is blocked or full, the caller learns it and keeps working in memory.

use super::{utf16_cost, KeyValueStore, StoreError, PROBE_KEY, WORKSPACE_KEY};
use crate::domain::{Timestamp, Workspace};
use crate::io::envelope::{decode, encode_stored, peek_rev, DecodeError, Decoded};

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    pub rev: u64,
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
    /// The stored revision is the one this tab already has.
    Unchanged,
    /// Another tab saved a readable workspace.
    Changed(Box<Decoded>),
    /// Another tab (or a person) removed the stored workspace.
    Removed,
    /// What is stored now cannot be read.
    Unreadable { raw: String, error: DecodeError },
}

/// Loads and saves the workspace envelope under [`WORKSPACE_KEY`].
#[derive(Debug)]
pub struct Persistence<S> {
    store: S,
    mode: Mode,
    /// The revision this tab last read or wrote; the stored one must still match to save.
    known_rev: u64,
    /// Set when the user chose to replace unreadable data: the next save may overwrite it.
    overwrite_once: bool,
}

impl<S: KeyValueStore> Persistence<S> {
    /// Reads what is stored and checks that writes are possible.
    pub fn open(store: S) -> (Self, Opened) {
        let mut persistence = Persistence {
            store,
            mode: Mode::Writable,
            known_rev: 0,
            overwrite_once: false,
        };
        let opened = match persistence.store.get(WORKSPACE_KEY) {
            Err(error) => Opened::Unavailable(error),
            Ok(None) => Opened::Fresh,
            Ok(Some(raw)) => match decode(&raw) {
                Ok(decoded) => {
                    persistence.known_rev = decoded.rev;
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
        self.known_rev
    }

    /// Saves `workspace` as the next revision, unless that would overwrite something this tab
    /// has not seen.
    pub fn save(&mut self, workspace: &Workspace, now: Timestamp) -> Result<Saved, SaveError> {
        self.check_writable()?;
        if !self.overwrite_once {
            let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
            if let Some(raw) = stored {
                let theirs = peek_rev(&raw);
                // Unknown revisions count as a conflict: never overwrite what we cannot read.
                if theirs != Some(self.known_rev) {
                    return Err(SaveError::Conflict { theirs });
                }
            }
        }
        self.write(workspace, self.known_rev + 1, now)
    }

    /// Saves `workspace` over whatever another tab saved ("keep mine").
    pub fn save_over_conflict(
        &mut self,
        workspace: &Workspace,
        now: Timestamp,
    ) -> Result<Saved, SaveError> {
        self.check_writable()?;
        let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
        let theirs = stored.as_deref().and_then(peek_rev).unwrap_or(0);
        self.write(workspace, theirs.max(self.known_rev) + 1, now)
    }

    /// Reads what is stored after another tab announced a change.
    pub fn read_external(&mut self) -> Result<External, SaveError> {
        if self.mode == Mode::MemoryOnly {
            return Err(SaveError::MemoryOnly);
        }
        let stored = self.store.get(WORKSPACE_KEY).map_err(|e| self.failure(e))?;
        Ok(match stored {
            None => External::Removed,
            Some(raw) => match decode(&raw) {
                Ok(decoded) if decoded.rev == self.known_rev && self.mode == Mode::Writable => {
                    External::Unchanged
                }
                Ok(decoded) => External::Changed(Box::new(decoded)),
                Err(error) => External::Unreadable { raw, error },
            },
        })
    }

    /// Records that this tab now shows revision `rev` read from storage (another tab's save,
    /// or readable data that replaced unreadable data). Writing is allowed again.
    pub fn adopt(&mut self, rev: u64) {
        self.known_rev = rev;
        self.overwrite_once = false;
        if self.mode == Mode::Protecting {
            self.mode = Mode::Writable;
        }
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
        rev: u64,
        now: Timestamp,
    ) -> Result<Saved, SaveError> {
        let text = encode_stored(workspace, rev, now);
        self.store
            .set(WORKSPACE_KEY, &text)
            .map_err(|e| self.failure(e))?;
        self.known_rev = rev;
        self.overwrite_once = false;
        Ok(Saved {
            rev,
            units: utf16_cost(WORKSPACE_KEY, &text),
        })
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
