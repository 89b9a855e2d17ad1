//! What this browser remembers about syncing, stored apart from the workspace (under its own
//! key): the server's address, database, user name and way of signing in (never the
//! password), and for every document the revision last synced — the parent of the next one
//! this browser writes, which is all of the revision history `_bulk_docs` with `new_edits=false`
//! needs —, the content hash at that time and the rank; the pull and push checkpoints; the
//! documents in conflict or held aside; and leaves still to be closed.
//!
//! Documents are stored compactly, one short string each, because the browser's quota is
//! small: `"o2f…": "3-9a… 41c… 2"` is objective `2f…` at revision `3-9a…`, content hash
//! `41c…`, rank 2.

use super::docs::{parse_doc_id, DocKind, WORKSPACE_DOC_ID};
use super::revs::Rev;
use crate::domain::Timestamp;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;

/// The value of `format` in stored sync data.
pub const META_FORMAT: &str = "sixtwo-sync";
/// The version of the stored sync data this build writes and reads.
pub const META_VERSION: u32 = 1;

/// How requests prove who is asking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    /// A CouchDB session cookie from `POST /_session`.
    #[default]
    Session,
    /// The name and password on every request (`Authorization: Basic`).
    Basic,
    /// No sign-in: the database is open to anyone who can reach it.
    None,
}

/// Where the team's database is. The password is never part of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerSettings {
    /// The server's address, such as `https://couch.example.org` (no trailing slash).
    pub url: String,
    pub database: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub user: String,
    #[serde(default)]
    pub auth: AuthMethod,
}

/// What was last synced of one document.
#[derive(Clone, Debug, PartialEq)]
pub struct DocState {
    pub rev: Rev,
    /// The content hash of the document as this browser had it then.
    pub hash: String,
    pub rank: Option<f64>,
}

/// A checkpoint: the session that wrote it and the sequence reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub session: String,
    /// The server's sequence (a string in CouchDB 2 and later, a number in PouchDB Server),
    /// or for pushes the count of this browser's push batches.
    pub seq: Value,
}

/// Everything remembered about syncing this browser's workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncMeta {
    pub format: String,
    pub version: u32,
    /// `None` when sync is not set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerSettings>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub paused: bool,
    /// A random id for this browser's replication, part of the replication ids.
    #[serde(default)]
    pub instance: String,
    #[serde(
        default,
        serialize_with = "write_docs",
        deserialize_with = "read_docs",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub docs: BTreeMap<String, DocState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull: Option<Checkpoint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push: Option<Checkpoint>,
    /// Documents changed here and on the server: the server's leaves to choose from.
    #[serde(
        default,
        with = "rev_lists",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub conflicts: BTreeMap<String, Vec<Rev>>,
    /// Documents from the server that were held aside (they would break a rule here).
    #[serde(
        default,
        with = "rev_lists",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub held: BTreeMap<String, Vec<Rev>>,
    /// Leaves of the server's documents that a resolved conflict still has to close.
    #[serde(
        default,
        with = "rev_lists",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub tombstones: BTreeMap<String, Vec<Rev>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync: Option<Timestamp>,
    /// How many push batches this browser has written, for the push checkpoint.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pushes: u64,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

impl SyncMeta {
    /// Sync set up for `server`, with nothing synced yet.
    pub fn new(server: ServerSettings, instance: String) -> Self {
        SyncMeta {
            format: META_FORMAT.into(),
            version: META_VERSION,
            server: Some(server),
            paused: false,
            instance,
            docs: BTreeMap::new(),
            pull: None,
            push: None,
            conflicts: BTreeMap::new(),
            held: BTreeMap::new(),
            tombstones: BTreeMap::new(),
            last_sync: None,
            pushes: 0,
        }
    }

    /// The rank a document had when it was last synced.
    pub fn rank(&self, id: &str) -> Option<f64> {
        self.docs.get(id).and_then(|state| state.rank)
    }
}

/// Why stored sync data cannot be used. It is then left untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetaError {
    /// Not JSON, or JSON of the wrong shape: the parser's message.
    Unreadable(String),
    /// Not SixTwo's sync data.
    NotSyncData,
    /// Written by a newer SixTwo.
    TooNew { version: u64 },
}

/// Reads stored sync data.
pub fn decode_meta(text: &str) -> Result<SyncMeta, MetaError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| MetaError::Unreadable(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(META_FORMAT) {
        return Err(MetaError::NotSyncData);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(version) if version > u64::from(META_VERSION) => {
            return Err(MetaError::TooNew { version })
        }
        Some(_) => {}
        None => return Err(MetaError::NotSyncData),
    }
    serde_json::from_value(value).map_err(|e| MetaError::Unreadable(e.to_string()))
}

/// Writes sync data for storage.
pub fn encode_meta(meta: &SyncMeta) -> String {
    serde_json::to_string(meta).unwrap_or_default()
}

/// The one-letter prefix of a document id in stored sync data.
fn letter(kind: DocKind) -> char {
    match kind {
        DocKind::Workspace => 'w',
        DocKind::Policy => 'p',
        DocKind::Requirement => 'q',
        DocKind::Objective => 'o',
        DocKind::Measurement => 'm',
        DocKind::Review => 'r',
        DocKind::Communication => 'c',
    }
}

/// A document id written short (`objective:2f…` → `o2f…`); ids SixTwo does not write are
/// kept whole after `~`.
fn short_id(id: &str) -> String {
    match parse_doc_id(id) {
        Some((kind, record)) => format!("{}{record}", letter(kind)),
        None => format!("~{id}"),
    }
}

fn long_id(short: &str) -> Option<String> {
    let mut chars = short.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if first == '~' {
        return Some(rest.to_string());
    }
    let kind = DocKind::ALL
        .into_iter()
        .find(|kind| letter(*kind) == first)?;
    Some(match kind {
        DocKind::Workspace => WORKSPACE_DOC_ID.to_string(),
        _ => format!("{}:{rest}", kind.name()),
    })
}

fn write_docs<S: Serializer>(docs: &BTreeMap<String, DocState>, s: S) -> Result<S::Ok, S::Error> {
    let short: BTreeMap<String, String> = docs
        .iter()
        .map(|(id, state)| {
            let mut text = format!("{} {}", state.rev, state.hash);
            if let Some(rank) = state.rank {
                text.push(' ');
                text.push_str(&Value::from(rank).to_string());
            }
            (short_id(id), text)
        })
        .collect();
    short.serialize(s)
}

fn read_docs<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, DocState>, D::Error> {
    let short: BTreeMap<String, String> = BTreeMap::deserialize(d)?;
    short
        .into_iter()
        .map(|(key, text)| {
            let id = long_id(&key).ok_or_else(|| D::Error::custom(format!("bad id {key:?}")))?;
            let mut parts = text.split(' ');
            let rev = parts
                .next()
                .and_then(Rev::parse)
                .ok_or_else(|| D::Error::custom(format!("bad revision for {id}")))?;
            let hash = parts.next().unwrap_or_default().to_string();
            let rank = match parts.next() {
                Some(rank) => Some(
                    rank.parse::<f64>()
                        .map_err(|_| D::Error::custom(format!("bad rank for {id}")))?,
                ),
                None => None,
            };
            Ok((id, DocState { rev, hash, rank }))
        })
        .collect()
}

/// Revision lists by document id, written with short ids and revisions as text.
mod rev_lists {
    use crate::io::sync::revs::Rev;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    use super::{long_id, short_id};

    pub fn serialize<S: Serializer>(
        lists: &BTreeMap<String, Vec<Rev>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let short: BTreeMap<String, Vec<String>> = lists
            .iter()
            .map(|(id, revs)| (short_id(id), revs.iter().map(Rev::to_string).collect()))
            .collect();
        short.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Vec<Rev>>, D::Error> {
        let short: BTreeMap<String, Vec<String>> = BTreeMap::deserialize(d)?;
        short
            .into_iter()
            .map(|(key, revs)| {
                let id =
                    long_id(&key).ok_or_else(|| D::Error::custom(format!("bad id {key:?}")))?;
                let revs = revs
                    .iter()
                    .map(|text| {
                        Rev::parse(text)
                            .ok_or_else(|| D::Error::custom(format!("bad revision for {id}")))
                    })
                    .collect::<Result<Vec<Rev>, D::Error>>()?;
                Ok((id, revs))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(text: &str) -> Rev {
        Rev::parse(text).unwrap()
    }

    fn sample() -> SyncMeta {
        let mut meta = SyncMeta::new(
            ServerSettings {
                url: "https://couch.example.org".into(),
                database: "acme".into(),
                user: "alice".into(),
                auth: AuthMethod::Session,
            },
            "a1b2c3".into(),
        );
        meta.docs.insert(
            "objective:2f1e".into(),
            DocState {
                rev: rev("3-9a8b"),
                hash: "41c0".into(),
                rank: Some(2.5),
            },
        );
        meta.docs.insert(
            "workspace".into(),
            DocState {
                rev: rev("1-aa"),
                hash: "bb".into(),
                rank: None,
            },
        );
        meta.pull = Some(Checkpoint {
            session: "s1".into(),
            seq: Value::from("12-g1AAAA"),
        });
        meta.conflicts
            .insert("measurement:9".into(), vec![rev("2-x"), rev("2-y")]);
        meta
    }

    #[test]
    fn sync_data_reads_back_exactly() {
        let meta = sample();
        let text = encode_meta(&meta);
        assert_eq!(decode_meta(&text), Ok(meta));
    }

    #[test]
    fn documents_are_stored_short_and_without_the_password() {
        let text = encode_meta(&sample());
        assert!(text.contains(r#""o2f1e":"3-9a8b 41c0 2.5""#), "{text}");
        assert!(text.contains(r#""w":"1-aa bb""#), "{text}");
        assert!(text.contains(r#""m9":["2-x","2-y"]"#), "{text}");
        assert!(!text.to_lowercase().contains("password"));
    }

    #[test]
    fn unreadable_foreign_and_newer_data_are_refused() {
        assert!(matches!(decode_meta("{"), Err(MetaError::Unreadable(_))));
        assert_eq!(decode_meta("{}"), Err(MetaError::NotSyncData));
        assert_eq!(
            decode_meta(r#"{"format":"sixtwo-sync","version":9}"#),
            Err(MetaError::TooNew { version: 9 })
        );
        assert!(matches!(
            decode_meta(r#"{"format":"sixtwo-sync","version":1,"docs":{"o1":"nonsense"}}"#),
            Err(MetaError::Unreadable(_))
        ));
        assert!(matches!(
            decode_meta(r#"{"format":"sixtwo-sync","version":1,"docs":{"z1":"1-a b"}}"#),
            Err(MetaError::Unreadable(_))
        ));
    }
}
