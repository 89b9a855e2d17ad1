//! Interface preferences kept beside the workspace: the chosen language and which tree nodes
//! are collapsed. They are not part of the workspace and never travel in exported files.

use super::{KeyValueStore, StoreError, PREFS_KEY};
use crate::domain::tree::NodeKey;
use crate::domain::ObjectiveId;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

const UNALIGNED_NODE: &str = "unaligned";

/// What the interface remembers between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Prefs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Collapsed tree nodes: objective ids, or "unaligned" for the warning group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub collapsed: Vec<String>,
}

impl Prefs {
    pub fn collapsed_nodes(&self) -> HashSet<NodeKey> {
        self.collapsed
            .iter()
            .filter_map(|text| match text.as_str() {
                UNALIGNED_NODE => Some(NodeKey::Unaligned),
                id => ObjectiveId::parse(id).map(NodeKey::Objective),
            })
            .collect()
    }

    pub fn set_collapsed_nodes(&mut self, nodes: &HashSet<NodeKey>) {
        let mut collapsed: Vec<String> = nodes
            .iter()
            .map(|node| match node {
                NodeKey::Unaligned => UNALIGNED_NODE.to_string(),
                NodeKey::Objective(id) => id.to_string(),
            })
            .collect();
        collapsed.sort();
        self.collapsed = collapsed;
    }
}

/// Reads the preferences. Preferences are conveniences, not user data: unreadable ones fall
/// back to the defaults (and are replaced the next time a preference changes).
pub fn load_prefs(store: &impl KeyValueStore) -> Prefs {
    store
        .get(PREFS_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save_prefs(store: &impl KeyValueStore, prefs: &Prefs) -> Result<(), StoreError> {
    let text = serde_json::to_string(prefs).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(PREFS_KEY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::storage::MemoryStore;

    #[test]
    fn preferences_round_trip() {
        let store = MemoryStore::new();
        let mut prefs = Prefs {
            lang: Some(Lang::ZhHans),
            ..Prefs::default()
        };
        let id = ObjectiveId::new(&mut SequentialIds::default());
        let nodes = HashSet::from([NodeKey::Unaligned, NodeKey::Objective(id)]);
        prefs.set_collapsed_nodes(&nodes);
        save_prefs(&store, &prefs).expect("saved");
        let loaded = load_prefs(&store);
        assert_eq!(loaded, prefs);
        assert_eq!(loaded.collapsed_nodes(), nodes);
    }

    #[test]
    fn unreadable_preferences_fall_back_to_defaults() {
        let store = MemoryStore::new();
        store.poke(PREFS_KEY, "{not json");
        assert_eq!(load_prefs(&store), Prefs::default());
        store.poke(PREFS_KEY, r#"{"lang":"klingon","collapsed":["nope"]}"#);
        assert_eq!(load_prefs(&store), Prefs::default());
    }
}
