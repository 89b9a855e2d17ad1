//! An in-memory server speaking the parts of the CouchDB replication protocol SixTwo uses
//! (database info, `_local` checkpoints, `_changes?style=all_docs`, `_bulk_get`, `open_revs`,
//! `_revs_diff`, `_bulk_docs` with `new_edits=false`), keeping real revision trees; and a
//! browser that drives the replicator against it the way the app does.
#![allow(dead_code)]

use serde_json::{json, Map, Value};
use sixtwo::domain::Workspace;
use sixtwo::io::sync::endpoint::Endpoint;
use sixtwo::io::sync::integrate::{commit, integrate, DocConflict, HeldDoc, Integration};
use sixtwo::io::sync::meta::{decode_meta, encode_meta, AuthMethod, ServerSettings, SyncMeta};
use sixtwo::io::sync::protocol::{Method, Request, Response};
use sixtwo::io::sync::push::outgoing;
use sixtwo::io::sync::replicator::{Action, CycleReport, Failure, Replicator};
use sixtwo::io::sync::revs::{parse_revisions, Rev};
use std::collections::BTreeMap;

pub const SERVER: &str = "http://127.0.0.1:5984";
pub const DATABASE: &str = "acme";

#[derive(Clone, Debug)]
struct Node {
    parent: Option<Rev>,
    body: Option<Value>,
    deleted: bool,
}

#[derive(Clone, Debug, Default)]
struct Doc {
    nodes: BTreeMap<Rev, Node>,
    seq: u64,
}

impl Doc {
    fn leaves(&self) -> Vec<&Rev> {
        self.nodes
            .keys()
            .filter(|rev| {
                !self
                    .nodes
                    .values()
                    .any(|node| node.parent.as_ref() == Some(*rev))
            })
            .collect()
    }

    fn winner(&self) -> Option<&Rev> {
        self.leaves().into_iter().max_by(|a, b| {
            let key = |rev: &Rev| (!self.nodes[rev].deleted, rev.generation, rev.hash.clone());
            key(a).cmp(&key(b))
        })
    }

    fn path(&self, rev: &Rev) -> Vec<Rev> {
        let mut path = vec![rev.clone()];
        let mut at = self.nodes.get(rev).and_then(|n| n.parent.clone());
        while let Some(rev) = at {
            at = self.nodes.get(&rev).and_then(|n| n.parent.clone());
            path.push(rev);
        }
        path
    }

    fn json(&self, id: &str, rev: &Rev) -> Option<Value> {
        let node = self.nodes.get(rev)?;
        let mut object = match &node.body {
            Some(Value::Object(map)) => map.clone(),
            _ => Map::new(),
        };
        object.insert("_id".into(), json!(id));
        object.insert("_rev".into(), json!(rev.to_string()));
        if node.deleted {
            object.insert("_deleted".into(), json!(true));
        }
        let path = self.path(rev);
        let ids: Vec<&str> = path.iter().map(|r| r.hash.as_str()).collect();
        object.insert(
            "_revisions".into(),
            json!({"start": rev.generation, "ids": ids}),
        );
        Some(Value::Object(object))
    }
}

/// The server.
#[derive(Clone, Debug, Default)]
pub struct FakeCouch {
    docs: BTreeMap<String, Doc>,
    local: BTreeMap<String, Value>,
    seq: u64,
    /// Answer `_bulk_get` with 404, as servers without it do.
    pub no_bulk_get: bool,
    /// Requests answered so far.
    pub answered: usize,
    /// Stop answering (the network is down) once this many requests were answered.
    pub down_after: Option<usize>,
    /// The paths of the requests answered, for assertions.
    pub log: Vec<String>,
}

fn ok(value: Value) -> Response {
    Response {
        status: 200,
        body: value.to_string(),
    }
}

fn status(status: u16, error: &str) -> Response {
    Response {
        status,
        body: json!({"error": error, "reason": error}).to_string(),
    }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' && at + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[at + 1..at + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn query(text: &str) -> BTreeMap<String, String> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k.to_string(), decode(v))
        })
        .collect()
}

impl FakeCouch {
    /// Answers a request, or `None` when the network is down.
    pub fn handle(&mut self, request: &Request) -> Option<Response> {
        if self.down_after.is_some_and(|limit| self.answered >= limit) {
            return None;
        }
        self.answered += 1;
        self.log
            .push(format!("{} {}", request.method.as_str(), request.path));
        let prefix = format!("/{DATABASE}");
        let rest = request.path.strip_prefix(&prefix)?;
        let (path, query_text) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query(query_text);
        let body: Value = request
            .body
            .as_deref()
            .map(|b| serde_json::from_str(b).unwrap())
            .unwrap_or(Value::Null);
        Some(match (request.method, path) {
            (Method::Get, "") => ok(json!({"db_name": DATABASE, "update_seq": self.seq})),
            (Method::Get, "/_changes") => self.changes(&query),
            (Method::Post, "/_bulk_get") if self.no_bulk_get => status(404, "not_found"),
            (Method::Post, "/_bulk_get") => self.bulk_get(&body),
            (Method::Post, "/_revs_diff") => self.revs_diff(&body),
            (Method::Post, "/_bulk_docs") => self.bulk_docs(&body),
            (method, local) if local.starts_with("/_local/") => {
                let id = decode(&local["/_local/".len()..]);
                self.checkpoint(method, id, body)
            }
            (Method::Get, doc) => self.open_revs(&decode(&doc[1..]), &query),
            _ => status(405, "method_not_allowed"),
        })
    }

    fn changes(&self, query: &BTreeMap<String, String>) -> Response {
        let since: u64 = query.get("since").map_or(0, |s| s.parse().unwrap());
        let limit: usize = query
            .get("limit")
            .map_or(usize::MAX, |l| l.parse().unwrap());
        assert_eq!(query.get("style").map(String::as_str), Some("all_docs"));
        let mut rows: Vec<(&String, &Doc)> =
            self.docs.iter().filter(|(_, d)| d.seq > since).collect();
        rows.sort_by_key(|(_, d)| d.seq);
        rows.truncate(limit);
        let last_seq = rows.last().map_or(self.seq, |(_, d)| d.seq);
        let results: Vec<Value> = rows
            .iter()
            .map(|(id, doc)| {
                let changes: Vec<Value> = doc
                    .leaves()
                    .iter()
                    .map(|r| json!({"rev": r.to_string()}))
                    .collect();
                let mut row = json!({"seq": doc.seq, "id": id, "changes": changes});
                if doc.winner().is_some_and(|w| doc.nodes[w].deleted) {
                    row["deleted"] = json!(true);
                }
                row
            })
            .collect();
        ok(json!({"results": results, "last_seq": last_seq}))
    }

    fn bulk_get(&self, body: &Value) -> Response {
        let results: Vec<Value> = body["docs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|want| {
                let id = want["id"].as_str().unwrap();
                let rev = Rev::parse(want["rev"].as_str().unwrap()).unwrap();
                let found = self.docs.get(id).and_then(|d| d.json(id, &rev));
                let doc = match found {
                    Some(doc) => json!({"ok": doc}),
                    None => {
                        json!({"error": {"id": id, "rev": rev.to_string(), "error": "not_found"}})
                    }
                };
                json!({"id": id, "docs": [doc]})
            })
            .collect();
        ok(json!({ "results": results }))
    }

    fn open_revs(&self, id: &str, query: &BTreeMap<String, String>) -> Response {
        let Some(doc) = self.docs.get(id) else {
            return status(404, "not_found");
        };
        let wanted: Vec<Rev> = match query.get("open_revs").map(String::as_str) {
            Some("all") => doc.leaves().into_iter().cloned().collect(),
            Some(list) => serde_json::from_str::<Vec<String>>(list)
                .unwrap()
                .iter()
                .map(|r| Rev::parse(r).unwrap())
                .collect(),
            None => doc.winner().into_iter().cloned().collect(),
        };
        let items: Vec<Value> = wanted
            .iter()
            .map(|rev| match doc.json(id, rev) {
                Some(found) => json!({ "ok": found }),
                None => json!({ "missing": rev.to_string() }),
            })
            .collect();
        ok(Value::Array(items))
    }

    fn revs_diff(&self, body: &Value) -> Response {
        let mut answer = Map::new();
        for (id, revs) in body.as_object().unwrap() {
            let missing: Vec<&Value> = revs
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| {
                    let rev = Rev::parse(r.as_str().unwrap()).unwrap();
                    !self
                        .docs
                        .get(id)
                        .is_some_and(|d| d.nodes.contains_key(&rev))
                })
                .collect();
            if !missing.is_empty() {
                answer.insert(id.clone(), json!({ "missing": missing }));
            }
        }
        ok(Value::Object(answer))
    }

    fn bulk_docs(&mut self, body: &Value) -> Response {
        assert_eq!(body["new_edits"], json!(false));
        for doc in body["docs"].as_array().unwrap() {
            let id = doc["_id"].as_str().unwrap().to_string();
            let rev = Rev::parse(doc["_rev"].as_str().unwrap()).unwrap();
            let path = parse_revisions(&doc["_revisions"]).unwrap();
            assert_eq!(path[0], rev);
            let stored = self.docs.entry(id).or_default();
            if stored.nodes.contains_key(&rev) {
                continue;
            }
            for (at, step) in path.iter().enumerate() {
                let parent = path.get(at + 1).cloned();
                let node = stored.nodes.entry(step.clone()).or_insert(Node {
                    parent: None,
                    body: None,
                    deleted: false,
                });
                if node.parent.is_none() {
                    node.parent = parent;
                }
            }
            let deleted = doc.get("_deleted").and_then(Value::as_bool) == Some(true);
            let content: Map<String, Value> = doc
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let node = stored.nodes.get_mut(&rev).unwrap();
            node.deleted = deleted;
            node.body = (!deleted).then_some(Value::Object(content));
            self.seq += 1;
            stored.seq = self.seq;
        }
        Response {
            status: 201,
            body: "[]".into(),
        }
    }

    fn checkpoint(&mut self, method: Method, id: String, body: Value) -> Response {
        match method {
            Method::Get => match self.local.get(&id) {
                Some(doc) => ok(doc.clone()),
                None => status(404, "not_found"),
            },
            _ => {
                let count = self
                    .local
                    .get(&id)
                    .and_then(|d| d["_rev"].as_str())
                    .and_then(|r| r.strip_prefix("0-"))
                    .map_or(0, |n| n.parse::<u64>().unwrap());
                assert_eq!(
                    body.get("_rev").and_then(Value::as_str),
                    self.local.get(&id).and_then(|d| d["_rev"].as_str()),
                    "a checkpoint written over the wrong revision"
                );
                let rev = format!("0-{}", count + 1);
                let mut doc = body;
                doc["_id"] = json!(format!("_local/{id}"));
                doc["_rev"] = json!(rev);
                self.local.insert(id.clone(), doc);
                Response {
                    status: 201,
                    body: json!({"ok": true, "id": format!("_local/{id}"), "rev": rev}).to_string(),
                }
            }
        }
    }

    /// The winning body of every live document, by id.
    pub fn winners(&self) -> BTreeMap<String, Value> {
        self.docs
            .iter()
            .filter_map(|(id, doc)| {
                let rev = doc.winner()?;
                let node = &doc.nodes[rev];
                (!node.deleted).then(|| (id.clone(), node.body.clone().unwrap_or_default()))
            })
            .collect()
    }

    /// How many live leaves a document has (more than one: a conflict on the server).
    pub fn live_leaves(&self, id: &str) -> usize {
        self.docs.get(id).map_or(0, |doc| {
            doc.leaves()
                .into_iter()
                .filter(|r| !doc.nodes[*r].deleted)
                .count()
        })
    }

    /// Forgets every `_local` checkpoint (a database restored from a backup, say).
    pub fn forget_checkpoints(&mut self) {
        self.local.clear();
    }
}

/// Why a sync did not finish.
#[derive(Debug, PartialEq)]
pub enum Stopped {
    Offline,
    Failed(Failure),
}

/// One browser: its workspace and sync data as stored, and the replicator of the open tab.
pub struct Browser {
    pub name: String,
    pub workspace: Workspace,
    pub meta: SyncMeta,
    pub replicator: Replicator,
    /// Conflicts waiting for the person, as the last pulls found them.
    pub conflicts: BTreeMap<String, DocConflict>,
    /// Documents held aside, as the last pulls found them.
    pub held: BTreeMap<String, HeldDoc>,
    sessions: u32,
}

pub fn endpoint() -> Endpoint {
    Endpoint {
        server: SERVER.into(),
        database: DATABASE.into(),
    }
}

impl Browser {
    pub fn new(name: &str, workspace: Workspace) -> Self {
        let settings = ServerSettings {
            url: SERVER.into(),
            database: DATABASE.into(),
            user: String::new(),
            auth: AuthMethod::None,
        };
        let meta = SyncMeta::new(settings, format!("instance-{name}"));
        let replicator = Replicator::new(endpoint(), &meta.instance, format!("{name}-1"));
        Browser {
            name: name.into(),
            workspace,
            meta,
            replicator,
            conflicts: BTreeMap::new(),
            held: BTreeMap::new(),
            sessions: 1,
        }
    }

    /// The tab is closed and opened again: only what was stored survives.
    pub fn reopen(&mut self) {
        let stored = encode_meta(&self.meta);
        self.meta = decode_meta(&stored).unwrap();
        self.sessions += 1;
        let session = format!("{}-{}", self.name, self.sessions);
        self.replicator = Replicator::new(endpoint(), &self.meta.instance, session);
        self.conflicts.clear();
        self.held.clear();
    }

    /// Stores what an integration decided, as the app does: the workspace first, then the
    /// sync data.
    pub fn take(&mut self, integration: &Integration) {
        if let Some(workspace) = &integration.workspace {
            self.workspace = workspace.clone();
        }
        commit(&mut self.meta, integration);
        for id in &integration.settled {
            self.conflicts.remove(id);
            self.held.remove(id);
        }
        for conflict in &integration.conflicts {
            self.held.remove(&conflict.id);
            self.conflicts.insert(conflict.id.clone(), conflict.clone());
        }
        for held in &integration.held {
            self.conflicts.remove(&held.id);
            self.held.insert(held.id.clone(), held.clone());
        }
    }

    /// Runs one cycle against `server`.
    pub fn sync(&mut self, server: &mut FakeCouch) -> Result<CycleReport, Stopped> {
        let mut action = self.replicator.start(&self.meta, "2026-12-06T10:00:00Z");
        loop {
            action = match action {
                Action::Send(request) => match server.handle(&request) {
                    Some(response) => self.replicator.on_response(&mut self.meta, response),
                    None => {
                        self.replicator.reset();
                        return Err(Stopped::Offline);
                    }
                },
                Action::Apply(docs) => {
                    let integration =
                        integrate(&self.workspace, &self.meta, &docs, &BTreeMap::new()).unwrap();
                    self.take(&integration);
                    self.replicator.on_applied(
                        &mut self.meta,
                        &integration.held,
                        integration.applied,
                    )
                }
                Action::Collect { resend_all } => {
                    let out = outgoing(&self.workspace, &self.meta, resend_all).unwrap();
                    self.replicator.on_collected(&mut self.meta, out)
                }
                Action::Done(report) => return Ok(report),
                Action::Fail(failure) => return Err(Stopped::Failed(failure)),
            };
        }
    }
}
