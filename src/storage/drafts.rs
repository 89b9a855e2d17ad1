//! Unfinished wizards, kept under their own key so a reload or a closed tab does not lose
//! what was typed. Like the workspace, drafts that cannot be read are never overwritten
//! until the user discards them. The app keeps the stored text unread until a wizard first
//! opens (the drafts' serde code comes with the wizards' code).

use super::{KeyValueStore, StoreError, DRAFTS_KEY};
use crate::domain::wizard::Drafts;

/// What was found under the drafts key.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadedDrafts {
    Readable(Box<Drafts>),
    /// Something is stored that cannot be read; it is left alone.
    Unreadable {
        raw: String,
    },
}

/// The drafts' stored text, not read: `None` when nothing is stored or storage is
/// unavailable.
pub fn stored_drafts_text(store: &impl KeyValueStore) -> Option<String> {
    store.get(DRAFTS_KEY).ok().flatten()
}

/// Reads the text [`stored_drafts_text`] found; nothing stored means no drafts.
pub fn read_drafts(text: Option<String>) -> LoadedDrafts {
    match text {
        Some(raw) => match crate::domain::json_read::read_text(&raw) {
            Ok(drafts) => LoadedDrafts::Readable(Box::new(drafts)),
            Err(_) => LoadedDrafts::Unreadable { raw },
        },
        None => LoadedDrafts::Readable(Box::default()),
    }
}

/// Stores drafts that were never read exactly as [`stored_drafts_text`] found them, byte for
/// byte (readable or not); nothing found removes the key, as storing no drafts does.
pub fn store_unread_drafts(
    store: &impl KeyValueStore,
    text: Option<&str>,
) -> Result<(), StoreError> {
    match text {
        Some(text) => store.set(DRAFTS_KEY, text),
        None => store.remove(DRAFTS_KEY),
    }
}

/// Stores the drafts the user changed, or removes the key when there are none (a wizard only
/// opened is not a draft).
pub fn save_drafts(store: &impl KeyValueStore, drafts: &Drafts) -> Result<(), StoreError> {
    let drafts = drafts.worth_keeping();
    if drafts == Drafts::default() {
        return store.remove(DRAFTS_KEY);
    }
    let text = crate::io::json_out::compact(&drafts);
    store.set(DRAFTS_KEY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::wizard::{EstablishDraft, EstablishWizard};
    use crate::domain::{Level, ObjectiveId, Timestamp};
    use crate::storage::MemoryStore;

    /// The stored drafts read as the app reads them when a wizard opens.
    fn load_drafts(store: &MemoryStore) -> LoadedDrafts {
        read_drafts(stored_drafts_text(store))
    }

    #[test]
    fn drafts_round_trip_and_an_empty_set_removes_the_key() {
        let store = MemoryStore::new();
        assert_eq!(load_drafts(&store), LoadedDrafts::Readable(Box::default()));
        let id = ObjectiveId::new(&mut SequentialIds::default());
        let draft = EstablishDraft::new_objective(
            id,
            "S1".into(),
            Level::Strategic,
            None,
            Timestamp::default(),
        );
        let mut wizard = EstablishWizard::start(draft, Timestamp::default());
        let opened = Drafts {
            establish: Some(wizard.clone()),
            plan: None,
        };
        save_drafts(&store, &opened).expect("saved");
        assert_eq!(
            store.peek(DRAFTS_KEY),
            None,
            "a wizard only opened is not stored"
        );
        wizard.edit(Timestamp::default(), |d| {
            d.objective.title = "Faster".into()
        });
        let drafts = Drafts {
            establish: Some(wizard),
            plan: None,
        };
        save_drafts(&store, &drafts).expect("saved");
        assert_eq!(
            load_drafts(&store),
            LoadedDrafts::Readable(Box::new(drafts))
        );
        save_drafts(&store, &Drafts::default()).expect("cleared");
        assert_eq!(store.peek(DRAFTS_KEY), None);
    }

    #[test]
    fn unreadable_drafts_are_reported_with_their_text() {
        let store = MemoryStore::new();
        store.poke(DRAFTS_KEY, "{broken");
        assert_eq!(
            load_drafts(&store),
            LoadedDrafts::Unreadable {
                raw: "{broken".into()
            }
        );
    }
}
