//! Interface preferences kept beside the workspace: the chosen language and colour scheme, which tree nodes
//! are collapsed, and this browser's record of JSON exports with the rule that decides when
//! to remind the user to export. They are not part of the workspace and never travel in
//! exported files.

use super::{KeyValueStore, StoreError, PREFS_KEY};
use crate::domain::hashing::HashSet;
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::{read_text, ReadJson};
use crate::domain::tree::NodeKey;
use crate::domain::{ObjectiveId, Timestamp};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

const UNALIGNED_NODE: &str = "unaligned";

/// What the interface remembers between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Prefs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Collapsed tree nodes: objective ids, or "unaligned" for the warning group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub collapsed: Vec<String>,
    /// When this workspace was last exported from this browser, and what changed since.
    #[serde(skip_serializing_if = "ExportRecord::is_empty")]
    pub export: ExportRecord,
    /// Register columns the user chose to hide, by key ("function", "owner", …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub register_hidden: Vec<String>,
    /// Light or dark colours, or the system's preference (the default).
    #[serde(skip_serializing_if = "Theme::is_system")]
    pub theme: Theme,
}

/// The colour scheme the person chose. Written on `<html data-theme>`, where the style sheets
/// follow it; `System` leaves the choice to the browser's `prefers-color-scheme`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, WriteJson, ReadJson,
)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    Light,
    Dark,
    /// Follows the system (and a value stored by a later version that this one does not know).
    #[default]
    #[serde(other)]
    System,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn is_system(&self) -> bool {
        *self == Theme::System
    }

    /// The value of `<html data-theme>` and of the option in the menu.
    pub fn tag(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.tag() == tag)
    }
}

/// How long changes may go unexported before the reminder appears, and how long "Not now"
/// hides it: seven days.
pub const EXPORT_REMINDER_AFTER_SECONDS: i64 = 7 * 24 * 60 * 60;

/// This browser's bookkeeping of JSON exports. The times belong to the browser, not to the
/// document: another browser holding the same workspace has its own record.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, WriteJson, ReadJson,
)]
#[serde(default, rename_all = "camelCase")]
pub struct ExportRecord {
    /// When the workspace was last exported as JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_at: Option<Timestamp>,
    /// When the oldest change not in any export was made; `None` when every change has been
    /// exported (or nothing has changed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<Timestamp>,
    /// "Not now" hides the reminder until this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<Timestamp>,
}

impl ExportRecord {
    pub fn is_empty(&self) -> bool {
        *self == ExportRecord::default()
    }

    /// A change was made at `at`; only the first one after an export starts the clock.
    pub fn note_change(&mut self, at: Timestamp) {
        self.unexported_since.get_or_insert(at);
    }

    /// The workspace was exported at `at`: every change so far is in a file.
    pub fn note_export(&mut self, at: Timestamp) {
        *self = ExportRecord {
            last_at: Some(at),
            unexported_since: None,
            snoozed_until: None,
        };
    }

    /// "Not now" at `now`: the reminder stays hidden for the next seven days.
    pub fn snooze(&mut self, now: Timestamp) {
        self.snoozed_until = Some(Timestamp::from_unix_seconds(
            now.unix_seconds()
                .saturating_add(EXPORT_REMINDER_AFTER_SECONDS),
        ));
    }
}

/// Whether to remind the user to export: the workspace holds something, some change is in
/// no exported file, the oldest such change is more than seven days old, and "Not now" is
/// not in force. A workspace never exported is reminded about the same way.
pub fn export_reminder_due(record: &ExportRecord, workspace_empty: bool, now: Timestamp) -> bool {
    if workspace_empty {
        return false;
    }
    let Some(since) = record.unexported_since else {
        return false;
    };
    if record.snoozed_until.is_some_and(|until| now < until) {
        return false;
    }
    now.unix_seconds().saturating_sub(since.unix_seconds()) > EXPORT_REMINDER_AFTER_SECONDS
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
        crate::domain::sorting::sort(&mut collapsed);
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
        .and_then(|text| read_text(&text).ok())
        .unwrap_or_default()
}

/// Reads the stored preferences only if they can be read, so that a change made in this tab
/// starts from what other tabs stored without replacing this tab's copy by defaults.
pub fn reload_prefs(store: &impl KeyValueStore) -> Option<Prefs> {
    store
        .get(PREFS_KEY)
        .ok()
        .flatten()
        .and_then(|text| read_text(&text).ok())
}

pub fn save_prefs(store: &impl KeyValueStore, prefs: &Prefs) -> Result<(), StoreError> {
    let text = crate::io::json_out::compact(prefs);
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
        let nodes = HashSet::from_iter([NodeKey::Unaligned, NodeKey::Objective(id)]);
        prefs.set_collapsed_nodes(&nodes);
        save_prefs(&store, &prefs).expect("saved");
        let loaded = load_prefs(&store);
        assert_eq!(loaded, prefs);
        assert_eq!(loaded.collapsed_nodes(), nodes);
    }

    #[test]
    fn theme_round_trips_and_system_is_not_written() {
        let store = MemoryStore::new();
        save_prefs(&store, &Prefs::default()).expect("saved");
        let text = store.get(PREFS_KEY).expect("read").expect("stored");
        assert!(!text.contains("theme"), "{text}");
        for theme in Theme::ALL {
            let prefs = Prefs {
                theme,
                ..Prefs::default()
            };
            save_prefs(&store, &prefs).expect("saved");
            assert_eq!(load_prefs(&store).theme, theme);
            assert_eq!(Theme::from_tag(theme.tag()), Some(theme));
        }
    }

    #[test]
    fn unknown_theme_falls_back_to_system_and_keeps_the_other_preferences() {
        let store = MemoryStore::new();
        store.poke(PREFS_KEY, r#"{"lang":"zh-Hans","theme":"sepia"}"#);
        let prefs = load_prefs(&store);
        assert_eq!(prefs.theme, Theme::System);
        assert_eq!(prefs.lang, Some(Lang::ZhHans));
        assert_eq!(Theme::from_tag("sepia"), None);
    }

    const DAY: i64 = 24 * 60 * 60;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_800_000_000 + seconds)
    }

    fn changed_at(seconds: i64) -> ExportRecord {
        ExportRecord {
            unexported_since: Some(at(seconds)),
            ..ExportRecord::default()
        }
    }

    #[test]
    fn the_reminder_waits_for_more_than_seven_days_of_unexported_changes() {
        let record = changed_at(0);
        assert!(!export_reminder_due(&record, false, at(0)));
        assert!(!export_reminder_due(&record, false, at(7 * DAY - 1)));
        assert!(
            !export_reminder_due(&record, false, at(7 * DAY)),
            "exactly seven days is not more than seven"
        );
        assert!(export_reminder_due(&record, false, at(7 * DAY + 1)));
        assert!(export_reminder_due(&record, false, at(30 * DAY)));
    }

    #[test]
    fn a_workspace_never_exported_is_reminded_about_too() {
        let record = changed_at(0);
        assert_eq!(record.last_at, None);
        assert!(export_reminder_due(&record, false, at(8 * DAY)));
    }

    #[test]
    fn without_unexported_changes_there_is_no_reminder() {
        let mut record = changed_at(0);
        record.note_export(at(DAY));
        assert_eq!(record.unexported_since, None);
        assert_eq!(record.last_at, Some(at(DAY)));
        assert!(!export_reminder_due(&record, false, at(100 * DAY)));
        assert!(!export_reminder_due(
            &ExportRecord::default(),
            false,
            at(100 * DAY)
        ));
        // Something unexported but an empty workspace: nothing to keep, nothing to say.
        assert!(!export_reminder_due(&changed_at(0), true, at(100 * DAY)));
    }

    #[test]
    fn only_the_first_change_after_an_export_starts_the_clock() {
        let mut record = ExportRecord::default();
        record.note_change(at(0));
        record.note_change(at(5 * DAY));
        assert_eq!(record.unexported_since, Some(at(0)));
        record.note_export(at(6 * DAY));
        record.note_change(at(7 * DAY));
        assert_eq!(record.unexported_since, Some(at(7 * DAY)));
        assert!(!export_reminder_due(&record, false, at(14 * DAY)));
        assert!(export_reminder_due(&record, false, at(14 * DAY + 1)));
    }

    #[test]
    fn not_now_hides_the_reminder_for_seven_days() {
        let mut record = changed_at(0);
        record.snooze(at(10 * DAY));
        assert!(!export_reminder_due(&record, false, at(10 * DAY)));
        assert!(!export_reminder_due(&record, false, at(17 * DAY - 1)));
        assert!(
            export_reminder_due(&record, false, at(17 * DAY)),
            "back once the seven days are over"
        );
        record.note_export(at(18 * DAY));
        assert_eq!(record.snoozed_until, None, "an export ends the snooze");
    }

    #[test]
    fn the_export_record_round_trips_and_is_omitted_when_empty() {
        let store = MemoryStore::new();
        save_prefs(&store, &Prefs::default()).expect("saved");
        assert_eq!(store.peek(PREFS_KEY).as_deref(), Some("{}"));
        let mut prefs = Prefs::default();
        prefs.export.note_export(at(0));
        prefs.export.note_change(at(DAY));
        prefs.export.snooze(at(2 * DAY));
        save_prefs(&store, &prefs).expect("saved");
        assert_eq!(load_prefs(&store), prefs);
        assert_eq!(reload_prefs(&store), Some(prefs));
        store.poke(PREFS_KEY, "{oops");
        assert_eq!(reload_prefs(&store), None);
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
