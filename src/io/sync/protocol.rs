//! The HTTP exchanges of the CouchDB replication protocol as data: requests to send and the
//! server's answers read into plain types (`_changes` rows, fetched leaves with their
//! `_revisions`, `_revs_diff`'s missing revisions, `_bulk_docs` errors, `_local` checkpoint
//! documents). Answers are read leniently where servers differ (a sequence is a string in
//! CouchDB and a number in PouchDB Server) and strictly where it matters (revision ids).

use super::revs::{parse_revisions, Leaf, Rev};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// An HTTP method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
        }
    }
}

/// A request to the server: a path below the server's address and a JSON body.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub method: Method,
    /// Starts with `/`, query included.
    pub path: String,
    pub body: Option<String>,
    /// A long poll: the server answers when something changes or its timeout passes.
    pub long_poll: bool,
}

impl Request {
    pub fn get(path: String) -> Self {
        Request {
            method: Method::Get,
            path,
            body: None,
            long_poll: false,
        }
    }

    pub fn post(path: String, body: &Value) -> Self {
        Request {
            method: Method::Post,
            path,
            body: Some(body.to_string()),
            long_poll: false,
        }
    }

    pub fn put(path: String, body: &Value) -> Self {
        Request {
            method: Method::Put,
            path,
            body: Some(body.to_string()),
            long_poll: false,
        }
    }
}

/// The server's answer: the status and the body's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A sequence as a query parameter.
pub fn seq_text(seq: &Value) -> String {
    match seq {
        Value::String(text) => text.clone(),
        Value::Null => "0".into(),
        other => other.to_string(),
    }
}

/// CouchDB's error body `{"error": …, "reason": …}`.
pub fn parse_error(text: &str) -> Option<(String, String)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let error = value.get("error")?.as_str()?.to_string();
    let reason = value
        .get("reason")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    Some((error, reason))
}

fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("the server's answer is not JSON: {e}"))
}

/// One row of `_changes?style=all_docs`: a document and its leaves now.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeRow {
    pub id: String,
    pub seq: Value,
    pub revs: Vec<Rev>,
    pub deleted: bool,
}

/// One page of the changes feed.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangesPage {
    pub rows: Vec<ChangeRow>,
    pub last_seq: Value,
}

pub fn parse_changes(text: &str) -> Result<ChangesPage, String> {
    let value = parse_json(text)?;
    let results = value
        .get("results")
        .and_then(Value::as_array)
        .ok_or("the changes feed has no results")?;
    let mut rows = Vec::with_capacity(results.len());
    for row in results {
        let id = row
            .get("id")
            .and_then(Value::as_str)
            .ok_or("a change without an id")?;
        let revs = row
            .get("changes")
            .and_then(Value::as_array)
            .map(|changes| {
                changes
                    .iter()
                    .filter_map(|c| c.get("rev").and_then(Value::as_str).and_then(Rev::parse))
                    .collect()
            })
            .unwrap_or_default();
        rows.push(ChangeRow {
            id: id.to_string(),
            seq: row.get("seq").cloned().unwrap_or(Value::Null),
            revs,
            deleted: row.get("deleted").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    Ok(ChangesPage {
        rows,
        last_seq: value.get("last_seq").cloned().unwrap_or(Value::Null),
    })
}

/// A fetched revision of a document: its id and the leaf it is.
pub fn leaf_of(doc: &Value) -> Option<(String, Leaf)> {
    let object = doc.as_object()?;
    let id = object.get("_id")?.as_str()?.to_string();
    let rev = Rev::parse(object.get("_rev")?.as_str()?)?;
    let deleted = object
        .get("_deleted")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut path = object
        .get("_revisions")
        .and_then(parse_revisions)
        .unwrap_or_default();
    if path.first() != Some(&rev) {
        path = vec![rev.clone()];
    }
    let body: Map<String, Value> = object
        .iter()
        .filter(|(key, _)| !key.starts_with('_'))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    Some((
        id,
        Leaf {
            rev,
            deleted,
            body: (!deleted).then_some(Value::Object(body)),
            path,
        },
    ))
}

/// The request body of `_bulk_get` for `wanted` (document id and revision).
pub fn bulk_get_body(wanted: &[(String, Rev)]) -> Value {
    let docs: Vec<Value> = wanted
        .iter()
        .map(|(id, rev)| json!({"id": id, "rev": rev.to_string()}))
        .collect();
    json!({ "docs": docs })
}

/// The leaves `_bulk_get?revs=true` returned, by document id. Revisions the server reports
/// as missing are left out.
pub fn parse_bulk_get(text: &str) -> Result<Vec<(String, Leaf)>, String> {
    let value = parse_json(text)?;
    let results = value
        .get("results")
        .and_then(Value::as_array)
        .ok_or("_bulk_get answered without results")?;
    let mut found = Vec::new();
    for result in results {
        for doc in result
            .get("docs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(leaf) = doc.get("ok").and_then(leaf_of) {
                found.push(leaf);
            }
        }
    }
    Ok(found)
}

/// The leaves `GET /db/id?open_revs=…&revs=true` returned.
pub fn parse_open_revs(text: &str) -> Result<Vec<(String, Leaf)>, String> {
    let value = parse_json(text)?;
    let items = value
        .as_array()
        .ok_or("open_revs answered with something other than a list")?;
    Ok(items
        .iter()
        .filter_map(|item| item.get("ok").and_then(leaf_of))
        .collect())
}

/// The request body of `_revs_diff`.
pub fn revs_diff_body(revs: &BTreeMap<String, Vec<Rev>>) -> Value {
    let map: Map<String, Value> = revs
        .iter()
        .map(|(id, revs)| {
            let list: Vec<Value> = revs.iter().map(|r| Value::from(r.to_string())).collect();
            (id.clone(), Value::Array(list))
        })
        .collect();
    Value::Object(map)
}

/// The revisions `_revs_diff` says the server lacks, by document id.
pub fn parse_revs_diff(text: &str) -> Result<BTreeMap<String, Vec<Rev>>, String> {
    let value = parse_json(text)?;
    let object = value
        .as_object()
        .ok_or("_revs_diff answered with something other than an object")?;
    Ok(object
        .iter()
        .map(|(id, entry)| {
            let missing = entry
                .get("missing")
                .and_then(Value::as_array)
                .map(|revs| {
                    revs.iter()
                        .filter_map(|r| r.as_str().and_then(Rev::parse))
                        .collect()
                })
                .unwrap_or_default();
            (id.clone(), missing)
        })
        .collect())
}

/// A document `_bulk_docs` refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocRefused {
    pub id: String,
    pub error: String,
    pub reason: String,
}

/// The documents `_bulk_docs` refused (with `new_edits=false`, successes may be left out of
/// the answer, as CouchDB does).
pub fn parse_bulk_docs(text: &str) -> Result<Vec<DocRefused>, String> {
    let value = parse_json(text)?;
    let items = value
        .as_array()
        .ok_or("_bulk_docs answered with something other than a list")?;
    Ok(items
        .iter()
        .filter_map(|item| {
            let error = item.get("error")?.as_str()?.to_string();
            Some(DocRefused {
                id: item
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                error,
                reason: item
                    .get("reason")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
            })
        })
        .collect())
}

/// A checkpoint document (`_local/<replication id>`) as the server holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct RemoteCheckpoint {
    /// The `_rev` to write over it.
    pub rev: String,
    pub session: String,
    pub seq: Value,
    /// Earlier sessions and the sequences they recorded, newest first.
    pub history: Vec<(String, Value)>,
}

/// How many earlier sessions a checkpoint document lists.
const CHECKPOINT_HISTORY: usize = 5;

pub fn parse_checkpoint(text: &str) -> Option<RemoteCheckpoint> {
    let value: Value = serde_json::from_str(text).ok()?;
    let history = value
        .get("history")
        .and_then(Value::as_array)
        .map(|entries| {
            entries
                .iter()
                .filter_map(|entry| {
                    let session = entry.get("session_id")?.as_str()?.to_string();
                    Some((session, entry.get("recorded_seq")?.clone()))
                })
                .collect()
        })
        .unwrap_or_default();
    Some(RemoteCheckpoint {
        rev: value.get("_rev")?.as_str()?.to_string(),
        session: value.get("session_id")?.as_str()?.to_string(),
        seq: value.get("source_last_seq").cloned().unwrap_or(Value::Null),
        history,
    })
}

impl RemoteCheckpoint {
    /// Whether this checkpoint records `session` at `seq` (as the latest or in its history).
    pub fn records(&self, session: &str, seq: &Value) -> bool {
        (self.session == session && self.seq == *seq)
            || self
                .history
                .iter()
                .any(|(past, recorded)| past == session && recorded == seq)
    }
}

/// The body of a checkpoint document recording `session` at `seq`, over `previous`.
pub fn checkpoint_body(
    previous: Option<&RemoteCheckpoint>,
    session: &str,
    seq: &Value,
    time: &str,
) -> Value {
    let mut history = vec![json!({"session_id": session, "recorded_seq": seq, "end_time": time})];
    if let Some(previous) = previous {
        history.extend(
            previous
                .history
                .iter()
                .filter(|(past, _)| past != session)
                .map(|(past, recorded)| json!({"session_id": past, "recorded_seq": recorded})),
        );
    }
    history.truncate(CHECKPOINT_HISTORY);
    let mut body = json!({
        "session_id": session,
        "source_last_seq": seq,
        "replication_id_version": 1,
        "history": history,
    });
    if let (Some(previous), Some(object)) = (previous, body.as_object_mut()) {
        object.insert("_rev".into(), Value::from(previous.rev.clone()));
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_with_string_or_number_sequences() {
        let page = parse_changes(
            r#"{"results":[{"id":"a","changes":[{"rev":"2-def"},{"rev":"2-ghi"}],"seq":3},
                {"id":"b","changes":[{"rev":"3-x"}],"seq":"4-g1AA","deleted":true}],"last_seq":4}"#,
        )
        .unwrap();
        assert_eq!(page.rows.len(), 2);
        assert_eq!(page.rows[0].revs.len(), 2);
        assert!(page.rows[1].deleted);
        assert_eq!(seq_text(&page.last_seq), "4");
        assert_eq!(seq_text(&page.rows[1].seq), "4-g1AA");
        assert!(parse_changes("[]").is_err());
    }

    #[test]
    fn fetched_leaves_carry_their_paths_and_bodies_without_underscore_fields() {
        let found = parse_bulk_get(
            r#"{"results":[{"id":"a","docs":[{"ok":{"x":2,"_id":"a","_rev":"2-def",
                "_revisions":{"start":2,"ids":["def","abc"]}}}]},
                {"id":"gone","docs":[{"error":{"id":"gone","rev":"1-x","error":"not_found"}}]},
                {"id":"nope","docs":[{}]}]}"#,
        )
        .unwrap();
        assert_eq!(found.len(), 1);
        let (id, leaf) = &found[0];
        assert_eq!(id, "a");
        assert_eq!(leaf.path.len(), 2);
        assert_eq!(leaf.body, Some(json!({"x": 2})));
        let deleted = parse_open_revs(
            r#"[{"ok":{"_id":"a","_rev":"3-jkl","_deleted":true,
                "_revisions":{"start":3,"ids":["jkl","ghi","abc"]}}},{"missing":"9-z"}]"#,
        )
        .unwrap();
        assert!(deleted[0].1.deleted);
        assert_eq!(deleted[0].1.body, None);
    }

    #[test]
    fn revs_diff_and_bulk_docs_answers_read() {
        let missing = parse_revs_diff(
            r#"{"a":{"missing":["3-zzz"]},"b":{"missing":["1-q"],"possible_ancestors":["1-p"]}}"#,
        )
        .unwrap();
        assert_eq!(missing["a"], vec![Rev::parse("3-zzz").unwrap()]);
        assert_eq!(parse_bulk_docs("[]").unwrap(), vec![]);
        let refused = parse_bulk_docs(
            r#"[{"id":"a","rev":"2-x"},{"id":"b","error":"forbidden","reason":"Only members"}]"#,
        )
        .unwrap();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].error, "forbidden");
    }

    #[test]
    fn checkpoints_keep_a_short_history_and_recognise_past_sessions() {
        let first = checkpoint_body(None, "s1", &json!(5), "t");
        assert!(first.get("_rev").is_none());
        let stored = parse_checkpoint(
            &json!({"_id": "_local/x", "_rev": "0-1", "session_id": "s1", "source_last_seq": 5,
                "history": first["history"]})
            .to_string(),
        )
        .unwrap();
        let second = checkpoint_body(Some(&stored), "s2", &json!(9), "t");
        assert_eq!(second["_rev"], "0-1");
        let stored = RemoteCheckpoint {
            rev: "0-2".into(),
            session: "s2".into(),
            seq: json!(9),
            history: vec![("s2".into(), json!(9)), ("s1".into(), json!(5))],
        };
        assert!(stored.records("s1", &json!(5)));
        assert!(stored.records("s2", &json!(9)));
        assert!(!stored.records("s1", &json!(9)));
        assert_eq!(second["history"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn couchdb_errors_read() {
        assert_eq!(
            parse_error(r#"{"error":"unauthorized","reason":"Name or password is incorrect."}"#),
            Some((
                "unauthorized".into(),
                "Name or password is incorrect.".into()
            ))
        );
        assert_eq!(parse_error("<html>"), None);
    }
}
