//! Unsaved changes kept outside `localStorage` while they cannot be stored there (the quota is
//! full, or the browser refused the write), so that a reload or a closed tab does not lose them:
//! the small store they are kept in ([`UnsavedBuffer`]; the browser's IndexedDB in the app, a
//! map in tests), the record's format, and what to do with a record found when the app starts.
//!
//! A record is the workspace in the stored form (`io::envelope::encode_version`), whose header
//! names the stored version the changes were made on (their base) and whose save time is when
//! they were kept. It is keyed by the workspace's storage key, so each workspace has its own.

use super::StoreError;
use crate::domain::{Timestamp, Workspace};
use crate::io::envelope::{decode, encode_version, DecodeError, Version};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Called once when an operation of an [`UnsavedBuffer`] has finished.
pub type Done<T> = Box<dyn FnOnce(Result<T, StoreError>)>;

/// A store of one text per key that survives a reload and does not share `localStorage`'s
/// quota. Its operations may finish later (IndexedDB is asynchronous): each reports through
/// `done`, exactly once, and never panics.
pub trait UnsavedBuffer {
    fn read(&self, key: &str, done: Done<Option<String>>);
    fn write(&self, key: &str, record: String, done: Done<()>);
    fn remove(&self, key: &str, done: Done<()>);
}

/// An [`UnsavedBuffer`] in memory for tests: operations finish at once, clones share one map
/// (as tabs share one database), and it can refuse everything like a blocked database.
#[derive(Clone, Debug, Default)]
pub struct MemoryBuffer {
    shared: Rc<RefCell<MemoryBufferState>>,
}

#[derive(Debug, Default)]
struct MemoryBufferState {
    records: BTreeMap<String, String>,
    unavailable: bool,
}

impl MemoryBuffer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes every operation fail as if the browser blocked the database.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.shared.borrow_mut().unavailable = unavailable;
    }

    /// The record kept under `key` (for assertions).
    pub fn peek(&self, key: &str) -> Option<String> {
        self.shared.borrow().records.get(key).cloned()
    }

    /// Keeps `record` under `key` directly, as an earlier visit would have.
    pub fn poke(&self, key: &str, record: &str) {
        self.shared
            .borrow_mut()
            .records
            .insert(key.to_string(), record.to_string());
    }

    fn refused(&self) -> Option<StoreError> {
        self.shared
            .borrow()
            .unavailable
            .then(|| StoreError::Unavailable("database disabled".into()))
    }
}

impl UnsavedBuffer for MemoryBuffer {
    fn read(&self, key: &str, done: Done<Option<String>>) {
        let result = match self.refused() {
            Some(error) => Err(error),
            None => Ok(self.peek(key)),
        };
        done(result);
    }

    fn write(&self, key: &str, record: String, done: Done<()>) {
        let result = match self.refused() {
            Some(error) => Err(error),
            None => {
                self.shared
                    .borrow_mut()
                    .records
                    .insert(key.to_string(), record);
                Ok(())
            }
        };
        done(result);
    }

    fn remove(&self, key: &str, done: Done<()>) {
        let result = match self.refused() {
            Some(error) => Err(error),
            None => {
                self.shared.borrow_mut().records.remove(key);
                Ok(())
            }
        };
        done(result);
    }
}

/// Changes that were kept because they could not be stored.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptChanges {
    /// The workspace with the changes.
    pub workspace: Workspace,
    /// The stored version the changes were made on.
    pub base: Version,
    /// When they were kept.
    pub kept_at: Option<Timestamp>,
}

/// The record that keeps `workspace`, changed from the stored version `base`, at `now`.
pub fn encode_kept(workspace: &Workspace, base: &Version, now: Timestamp) -> String {
    encode_version(workspace, base, now)
}

/// What to do with a record found when the app starts.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// The record holds what is stored already (the changes were stored after all): it can go.
    AlreadyStored,
    /// The changes were made on exactly the version that is stored, and this tab has changed
    /// nothing yet: put them back into the tab. Storage keeps its version until the next save,
    /// which stores them on top of it as the user meant to.
    Restore(Box<KeptChanges>),
    /// Storage holds another version than the one the changes were made on (another tab saved,
    /// or the data was replaced), or this tab has changes of its own: putting them back would
    /// replace something, so the user is asked.
    Offer(Box<KeptChanges>),
    /// The record cannot be read (written by a newer build, or damaged): it is kept untouched
    /// and offered as a download.
    Unreadable(DecodeError),
}

/// Judges `record` against what the tab holds: the stored version `stored` (the default
/// version when nothing is stored), the workspace read from it, and whether this tab has
/// changed anything since it started.
pub fn judge(
    record: &str,
    stored: &Version,
    stored_workspace: &Workspace,
    tab_changed: bool,
) -> Verdict {
    let decoded = match decode(record) {
        Ok(decoded) => decoded,
        Err(error) => return Verdict::Unreadable(error),
    };
    if decoded.workspace == *stored_workspace {
        return Verdict::AlreadyStored;
    }
    let kept = Box::new(KeptChanges {
        workspace: decoded.workspace,
        base: decoded.version,
        kept_at: decoded.saved_at,
    });
    if kept.base.same_as(stored) && !tab_changed {
        Verdict::Restore(kept)
    } else {
        Verdict::Offer(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{Command, Level, Objective, ObjectiveId};

    fn workspace_with(code: &str) -> Workspace {
        let mut workspace = Workspace::default();
        let mut ids = SequentialIds::default();
        let objective = Objective::new(
            ObjectiveId::new(&mut ids),
            code,
            format!("Objective {code}"),
            Level::Strategic,
            Timestamp::default(),
        );
        crate::domain::apply(
            &mut workspace,
            Command::CreateObjective(Box::new(objective)),
            Timestamp::default(),
        )
        .map(|_| ())
        .unwrap_or_else(|error| panic!("created: {error:?}"));
        workspace
    }

    fn version(rev: u64, id: &str) -> Version {
        Version {
            rev,
            id: id.into(),
            lineage: Vec::new(),
        }
    }

    #[test]
    fn changes_made_on_the_stored_version_are_restored() {
        let stored = Workspace::default();
        let changed = workspace_with("S1");
        let base = version(3, "abc");
        let record = encode_kept(&changed, &base, Timestamp::from_unix_seconds(1_700_000_000));
        match judge(&record, &base, &stored, false) {
            Verdict::Restore(kept) => {
                assert_eq!(kept.workspace, changed);
                assert!(kept.base.same_as(&base));
                assert_eq!(
                    kept.kept_at,
                    Some(Timestamp::from_unix_seconds(1_700_000_000))
                );
            }
            other => panic!("restored, not {other:?}"),
        }
    }

    #[test]
    fn changes_made_on_another_version_or_next_to_the_tabs_own_are_offered() {
        let changed = workspace_with("S1");
        let record = encode_kept(&changed, &version(3, "abc"), Timestamp::default());
        let stored = Workspace::default();
        assert!(matches!(
            judge(&record, &version(4, "def"), &stored, false),
            Verdict::Offer(_)
        ));
        assert!(matches!(
            judge(&record, &version(3, "abc"), &stored, true),
            Verdict::Offer(_)
        ));
        // Nothing stored at all (the default version) is another version too.
        assert!(matches!(
            judge(&record, &Version::default(), &stored, false),
            Verdict::Offer(_)
        ));
    }

    #[test]
    fn a_record_of_what_is_stored_already_can_go() {
        let workspace = workspace_with("S1");
        let record = encode_kept(&workspace, &version(1, "a"), Timestamp::default());
        assert_eq!(
            judge(&record, &version(2, "b"), &workspace, false),
            Verdict::AlreadyStored
        );
    }

    #[test]
    fn an_unreadable_record_is_reported() {
        assert!(matches!(
            judge(
                "{not json",
                &Version::default(),
                &Workspace::default(),
                false
            ),
            Verdict::Unreadable(_)
        ));
    }

    #[test]
    fn the_memory_buffer_keeps_records_by_key_and_can_refuse() {
        let buffer = MemoryBuffer::new();
        let seen = Rc::new(RefCell::new(Vec::new()));
        buffer.write("k", "one".into(), Box::new(|r| assert!(r.is_ok())));
        let log = seen.clone();
        buffer.read("k", Box::new(move |r| log.borrow_mut().push(r)));
        let log = seen.clone();
        buffer.read("other", Box::new(move |r| log.borrow_mut().push(r)));
        buffer.set_unavailable(true);
        let log = seen.clone();
        buffer.read("k", Box::new(move |r| log.borrow_mut().push(r)));
        assert_eq!(
            *seen.borrow(),
            vec![
                Ok(Some("one".to_string())),
                Ok(None),
                Err(StoreError::Unavailable("database disabled".into()))
            ]
        );
        buffer.set_unavailable(false);
        buffer.remove("k", Box::new(|r| assert!(r.is_ok())));
        assert_eq!(buffer.peek("k"), None);
    }
}
