//! The replication state machine, without any input or output of its own: it says which
//! request to send next, reads the server's answers, and hands the documents to take in and
//! the documents to write out to whoever drives it (the browser, or a native test with
//! recorded answers).
//!
//! One cycle: check the database; read both checkpoints (`_local/<replication id>`) and
//! compare them with this browser's; fetch the documents in conflict or held aside again;
//! pull — `_changes?style=all_docs` since the checkpoint, page by page, fetch the leaves this
//! browser lacks (`_bulk_get?revs=true`, or `open_revs` where a server has no `_bulk_get`),
//! take them in, write the pull checkpoint on the server and here —; then push — the pending
//! changes, `_revs_diff`, `_bulk_docs` with `new_edits=false`, the push checkpoint. Between
//! cycles, [`Replicator::wait`] long-polls the changes feed.

use super::docs::parse_doc_id;
use super::endpoint::percent_encode;
use super::endpoint::Endpoint;
use super::integrate::{HeldDoc, RemoteDoc};
use super::meta::{Checkpoint, SyncMeta};
use super::protocol::{
    bulk_get_body, checkpoint_body, parse_bulk_get, parse_changes, parse_checkpoint, parse_error,
    parse_open_revs, seq_text, ChangeRow, RemoteCheckpoint, Request, Response,
};
use super::push::Outgoing;
use super::revs::{Leaf, Rev};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

mod outcome;
mod pushing;

pub use outcome::{Action, CycleReport, Failure};

/// How many changes one page of the feed brings.
pub const CHANGES_PAGE: usize = 200;
/// How many documents one `_bulk_docs` request writes.
pub const PUSH_BATCH: usize = 100;
/// How many revisions one `_revs_diff` request asks about.
pub const DIFF_BATCH: usize = 1000;
/// How long the server holds a long poll open, in milliseconds.
pub const LONG_POLL_MS: u64 = 25_000;

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Idle,
    Database,
    PullCheckpoint,
    PushCheckpoint,
    Recheck,
    Changes,
    Fetch,
    OpenRevs,
    Apply,
    PullCheckpointWrite,
    Collect,
    RevsDiff,
    BulkDocs,
    PushCheckpointWrite,
}

/// One browser's replication with one database.
#[derive(Clone, Debug)]
pub struct Replicator {
    endpoint: Endpoint,
    pull_id: String,
    push_id: String,
    session: String,
    /// Whether this session has read the checkpoints (once per session).
    started: bool,
    phase: Phase,
    since: Value,
    remote_pull: Option<RemoteCheckpoint>,
    remote_push: Option<RemoteCheckpoint>,
    resend_all: bool,
    use_bulk_get: bool,
    /// The page of changes being taken in: its last sequence and whether it was full.
    page_seq: Value,
    page_full: bool,
    /// Leaves known for the documents of the page (or of the recheck).
    leaves: BTreeMap<String, Vec<Leaf>>,
    /// Documents still to fetch one by one (`open_revs`), with the revisions wanted.
    queue: Vec<(String, Option<Vec<Rev>>)>,
    /// Documents held aside, kept to be tried again with every page.
    held: BTreeMap<String, RemoteDoc>,
    /// What was applied last, to keep what was held aside.
    applying: Vec<RemoteDoc>,
    after_apply: Phase,
    outgoing: Vec<Outgoing>,
    to_send: Vec<Outgoing>,
    diff_from: usize,
    report: CycleReport,
    meta_changed: bool,
    now: String,
}

impl Replicator {
    /// A replicator for `endpoint`; `session` is a fresh random id for this run.
    pub fn new(endpoint: Endpoint, instance: &str, session: String) -> Self {
        Replicator {
            pull_id: endpoint.replication_id(instance, "pull"),
            push_id: endpoint.replication_id(instance, "push"),
            endpoint,
            session,
            started: false,
            phase: Phase::Idle,
            since: Value::Null,
            remote_pull: None,
            remote_push: None,
            resend_all: false,
            use_bulk_get: true,
            page_seq: Value::Null,
            page_full: false,
            leaves: BTreeMap::new(),
            queue: Vec::new(),
            held: BTreeMap::new(),
            applying: Vec::new(),
            after_apply: Phase::Idle,
            outgoing: Vec::new(),
            to_send: Vec::new(),
            diff_from: 0,
            report: CycleReport::default(),
            meta_changed: false,
            now: String::new(),
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// Whether `meta` changed since this was last asked (the driver then stores it).
    pub fn take_meta_changed(&mut self) -> bool {
        std::mem::take(&mut self.meta_changed)
    }

    /// Whether a cycle is under way.
    pub fn busy(&self) -> bool {
        self.phase != Phase::Idle
    }

    /// Starts a cycle: pull what changed on the server, then push what changed here. `now` is
    /// the time for checkpoint documents.
    pub fn start(&mut self, meta: &SyncMeta, now: &str) -> Action {
        self.report = CycleReport::default();
        self.now = now.to_string();
        if !self.started {
            self.phase = Phase::Database;
            return Action::Send(Request::get(self.endpoint.db_path()));
        }
        self.changes(meta, false)
    }

    /// Waits for the server's next change (a long poll), then runs a cycle from there.
    pub fn wait(&mut self, meta: &SyncMeta, now: &str) -> Action {
        if !self.started {
            return self.start(meta, now);
        }
        self.report = CycleReport::default();
        self.now = now.to_string();
        self.changes(meta, true)
    }

    /// Forgets the cycle under way (a request failed or was cancelled). The next cycle reads
    /// the checkpoints again only if this one had not yet.
    pub fn reset(&mut self) {
        self.phase = Phase::Idle;
        self.leaves.clear();
        self.queue.clear();
        self.applying.clear();
        self.outgoing.clear();
        self.to_send.clear();
    }

    fn fail(&mut self, failure: Failure) -> Action {
        self.reset();
        Action::Fail(failure)
    }

    fn failure_of(response: &Response) -> Failure {
        let (error, reason) = parse_error(&response.body).unwrap_or_default();
        match response.status {
            401 => Failure::Unauthorized,
            403 => Failure::Forbidden(reason),
            _ => Failure::Server {
                status: response.status,
                error,
                reason,
            },
        }
    }

    fn changes(&mut self, meta: &SyncMeta, long_poll: bool) -> Action {
        self.phase = Phase::Changes;
        let since = if self.since.is_null() {
            meta.pull
                .as_ref()
                .map(|cp| cp.seq.clone())
                .unwrap_or(Value::Null)
        } else {
            self.since.clone()
        };
        let mut path = format!(
            "{}/_changes?style=all_docs&since={}&limit={CHANGES_PAGE}",
            self.endpoint.db_path(),
            percent_encode(&seq_text(&since))
        );
        if long_poll {
            path.push_str(&format!("&feed=longpoll&timeout={LONG_POLL_MS}"));
        }
        let mut request = Request::get(path);
        request.long_poll = long_poll;
        Action::Send(request)
    }

    /// Reads the answer to the request last sent.
    pub fn on_response(&mut self, meta: &mut SyncMeta, response: Response) -> Action {
        match self.phase {
            Phase::Database => self.on_database(response),
            Phase::PullCheckpoint => self.on_pull_checkpoint(meta, response),
            Phase::PushCheckpoint => self.on_push_checkpoint(meta, response),
            Phase::Recheck | Phase::OpenRevs => self.on_open_revs(meta, response),
            Phase::Changes => self.on_changes(meta, response),
            Phase::Fetch => self.on_bulk_get(meta, response),
            Phase::PullCheckpointWrite => self.on_pull_checkpoint_written(meta, response),
            Phase::RevsDiff => self.on_revs_diff(meta, response),
            Phase::BulkDocs => self.on_bulk_docs(meta, response),
            Phase::PushCheckpointWrite => self.on_push_checkpoint_written(meta, response),
            Phase::Idle | Phase::Apply | Phase::Collect => {
                self.fail(Failure::Protocol("an answer nobody asked for".into()))
            }
        }
    }

    fn on_database(&mut self, response: Response) -> Action {
        match response.status {
            200 => {
                self.phase = Phase::PullCheckpoint;
                let path = self.endpoint.doc_path(&format!("_local/{}", self.pull_id));
                Action::Send(Request::get(path))
            }
            404 => self.fail(Failure::NoDatabase),
            _ => {
                let failure = Self::failure_of(&response);
                self.fail(failure)
            }
        }
    }

    fn read_checkpoint(response: &Response) -> Result<Option<RemoteCheckpoint>, Failure> {
        match response.status {
            200 => Ok(parse_checkpoint(&response.body)),
            404 => Ok(None),
            _ => Err(Self::failure_of(response)),
        }
    }

    fn on_pull_checkpoint(&mut self, meta: &SyncMeta, response: Response) -> Action {
        let remote = match Self::read_checkpoint(&response) {
            Ok(remote) => remote,
            Err(failure) => return self.fail(failure),
        };
        // Continue from this browser's checkpoint only if the server recorded the same one;
        // otherwise read the whole feed again (taking in is idempotent).
        self.since = match (&meta.pull, &remote) {
            (Some(local), Some(remote)) if remote.records(&local.session, &local.seq) => {
                local.seq.clone()
            }
            _ => Value::from(0),
        };
        self.remote_pull = remote;
        self.phase = Phase::PushCheckpoint;
        let path = self.endpoint.doc_path(&format!("_local/{}", self.push_id));
        Action::Send(Request::get(path))
    }

    fn on_push_checkpoint(&mut self, meta: &SyncMeta, response: Response) -> Action {
        let remote = match Self::read_checkpoint(&response) {
            Ok(remote) => remote,
            Err(failure) => return self.fail(failure),
        };
        let agreed = match (&meta.push, &remote) {
            (Some(local), Some(remote)) => remote.records(&local.session, &local.seq),
            (None, None) => true,
            _ => false,
        };
        // The server does not know what this browser pushed (a new or restored database):
        // offer everything again; `_revs_diff` keeps what it already has from being sent.
        self.resend_all = !agreed && !meta.docs.is_empty();
        self.remote_push = remote;
        self.started = true;
        let mut rechecks: Vec<String> = meta
            .conflicts
            .keys()
            .chain(meta.held.keys())
            .cloned()
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        if rechecks.is_empty() {
            return self.changes(meta, false);
        }
        self.phase = Phase::Recheck;
        self.leaves.clear();
        rechecks.reverse();
        self.queue = rechecks.into_iter().map(|id| (id, None)).collect();
        self.next_open_revs(meta)
    }

    /// Fetches the next queued document's leaves with `open_revs`.
    fn next_open_revs(&mut self, meta: &SyncMeta) -> Action {
        let Some((id, revs)) = self.queue.last().cloned() else {
            let docs = self.take_leaves();
            self.after_apply = if self.phase == Phase::Recheck {
                Phase::Changes
            } else {
                Phase::PullCheckpointWrite
            };
            return self.apply(meta, docs);
        };
        let open = match revs {
            None => "all".to_string(),
            Some(revs) => {
                let list: Vec<Value> = revs.iter().map(|r| Value::from(r.to_string())).collect();
                percent_encode(&Value::Array(list).to_string())
            }
        };
        let path = format!("{}?open_revs={open}&revs=true", self.endpoint.doc_path(&id));
        Action::Send(Request::get(path))
    }

    fn on_open_revs(&mut self, meta: &SyncMeta, response: Response) -> Action {
        let Some((id, _)) = self.queue.pop() else {
            return self.fail(Failure::Protocol("an answer nobody asked for".into()));
        };
        match response.status {
            200 => match parse_open_revs(&response.body) {
                Ok(found) => {
                    let entry = self.leaves.entry(id).or_default();
                    for (_, leaf) in found {
                        if !entry.iter().any(|known| known.rev == leaf.rev) {
                            entry.push(leaf);
                        }
                    }
                }
                Err(message) => return self.fail(Failure::Protocol(message)),
            },
            // Gone from the server altogether: nothing to take.
            404 => {
                self.leaves.entry(id).or_default();
            }
            _ => {
                let failure = Self::failure_of(&response);
                return self.fail(failure);
            }
        }
        self.next_open_revs(meta)
    }

    fn take_leaves(&mut self) -> Vec<RemoteDoc> {
        std::mem::take(&mut self.leaves)
            .into_iter()
            .map(|(id, leaves)| RemoteDoc { id, leaves })
            .collect()
    }

    fn on_changes(&mut self, meta: &SyncMeta, response: Response) -> Action {
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        let page = match parse_changes(&response.body) {
            Ok(page) => page,
            Err(message) => return self.fail(Failure::Protocol(message)),
        };
        self.page_full = page.rows.len() >= CHANGES_PAGE;
        self.page_seq = page.last_seq.clone();
        let moved = page.last_seq != self.since && !page.last_seq.is_null();
        if page.rows.is_empty() && !moved {
            return self.collect();
        }
        self.leaves.clear();
        let mut wanted: Vec<(String, Rev)> = Vec::new();
        for row in &page.rows {
            self.note_row(meta, row, &mut wanted);
        }
        if wanted.is_empty() {
            let docs = self.take_leaves();
            self.after_apply = Phase::PullCheckpointWrite;
            return self.apply(meta, docs);
        }
        if self.use_bulk_get {
            self.phase = Phase::Fetch;
            let path = format!("{}/_bulk_get?revs=true", self.endpoint.db_path());
            self.queue = group_by_doc(&wanted);
            return Action::Send(Request::post(path, &bulk_get_body(&wanted)));
        }
        self.phase = Phase::OpenRevs;
        self.queue = group_by_doc(&wanted);
        self.next_open_revs(meta)
    }

    /// Notes one row of the feed: the leaves already known here, and those to fetch.
    fn note_row(&mut self, meta: &SyncMeta, row: &ChangeRow, wanted: &mut Vec<(String, Rev)>) {
        if parse_doc_id(&row.id).is_none() {
            return;
        }
        let synced = meta.docs.get(&row.id).map(|s| &s.rev);
        let open = meta.conflicts.contains_key(&row.id) || meta.held.contains_key(&row.id);
        if !open && row.revs.len() == 1 && synced == row.revs.first() {
            // This browser's own write coming back.
            return;
        }
        let entry = self.leaves.entry(row.id.clone()).or_default();
        for rev in &row.revs {
            if Some(rev) == synced {
                entry.push(Leaf {
                    rev: rev.clone(),
                    deleted: false,
                    body: None,
                    path: vec![rev.clone()],
                });
            } else {
                wanted.push((row.id.clone(), rev.clone()));
            }
        }
    }

    fn on_bulk_get(&mut self, meta: &SyncMeta, response: Response) -> Action {
        if matches!(response.status, 400 | 404 | 405 | 501) {
            // No `_bulk_get` on this server: fetch each document with `open_revs`.
            self.use_bulk_get = false;
            self.phase = Phase::OpenRevs;
            return self.next_open_revs(meta);
        }
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        match parse_bulk_get(&response.body) {
            Ok(found) => {
                for (id, leaf) in found {
                    let entry = self.leaves.entry(id).or_default();
                    if !entry.iter().any(|known| known.rev == leaf.rev) {
                        entry.push(leaf);
                    }
                }
            }
            Err(message) => return self.fail(Failure::Protocol(message)),
        }
        self.queue.clear();
        let docs = self.take_leaves();
        self.after_apply = Phase::PullCheckpointWrite;
        self.apply(meta, docs)
    }

    /// Hands `docs` (and what is still held aside) to the driver to take in.
    fn apply(&mut self, meta: &SyncMeta, mut docs: Vec<RemoteDoc>) -> Action {
        let fresh: BTreeSet<String> = docs.iter().map(|d| d.id.clone()).collect();
        for (id, held) in &self.held {
            if !fresh.contains(id) && meta.held.contains_key(id) {
                docs.push(held.clone());
            }
        }
        if docs.is_empty() {
            return self.after_applied(meta);
        }
        self.phase = Phase::Apply;
        self.applying = docs.clone();
        Action::Apply(docs)
    }

    /// The driver took the documents in and stored the workspace; `held` are those held aside,
    /// `pulled` how many changed the workspace.
    pub fn on_applied(&mut self, meta: &mut SyncMeta, held: &[HeldDoc], pulled: usize) -> Action {
        if self.phase != Phase::Apply {
            return self.fail(Failure::Protocol("nothing was being taken in".into()));
        }
        self.report.pulled += pulled;
        let held_ids: BTreeSet<&str> = held.iter().map(|h| h.id.as_str()).collect();
        for doc in std::mem::take(&mut self.applying) {
            if held_ids.contains(doc.id.as_str()) {
                self.held.insert(doc.id.clone(), doc);
            } else {
                self.held.remove(&doc.id);
            }
        }
        self.after_applied(meta)
    }

    fn after_applied(&mut self, meta: &SyncMeta) -> Action {
        match self.after_apply {
            Phase::Changes => self.changes(meta, false),
            _ => self.write_pull_checkpoint(meta),
        }
    }

    fn write_pull_checkpoint(&mut self, meta: &SyncMeta) -> Action {
        if self.page_seq.is_null() || self.page_seq == self.since {
            return self.next_page(meta);
        }
        self.phase = Phase::PullCheckpointWrite;
        let body = checkpoint_body(
            self.remote_pull.as_ref(),
            &self.session,
            &self.page_seq,
            &self.now,
        );
        let path = self.endpoint.doc_path(&format!("_local/{}", self.pull_id));
        Action::Send(Request::put(path, &body))
    }

    fn on_pull_checkpoint_written(&mut self, meta: &mut SyncMeta, response: Response) -> Action {
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        let rev = written_rev(&response.body);
        let mut history = vec![(self.session.clone(), self.page_seq.clone())];
        if let Some(previous) = &self.remote_pull {
            history.extend(
                previous
                    .history
                    .iter()
                    .filter(|(s, _)| *s != self.session)
                    .cloned(),
            );
        }
        history.truncate(5);
        self.remote_pull = Some(RemoteCheckpoint {
            rev,
            session: self.session.clone(),
            seq: self.page_seq.clone(),
            history,
        });
        meta.pull = Some(Checkpoint {
            session: self.session.clone(),
            seq: self.page_seq.clone(),
        });
        self.meta_changed = true;
        self.since = self.page_seq.clone();
        self.next_page(meta)
    }

    fn next_page(&mut self, meta: &SyncMeta) -> Action {
        if self.page_full {
            self.changes(meta, false)
        } else {
            self.collect()
        }
    }

    fn collect(&mut self) -> Action {
        self.phase = Phase::Collect;
        Action::Collect {
            resend_all: self.resend_all,
        }
    }

    fn finish(&mut self, _meta: &SyncMeta) -> Action {
        self.phase = Phase::Idle;
        Action::Done(std::mem::take(&mut self.report))
    }
}

/// The `rev` a PUT answered with.
fn written_rev(body: &str) -> String {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v.get("rev").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default()
}

/// The wanted revisions grouped by document, for `open_revs` (last document first).
fn group_by_doc(wanted: &[(String, Rev)]) -> Vec<(String, Option<Vec<Rev>>)> {
    let mut grouped: BTreeMap<&str, Vec<Rev>> = BTreeMap::new();
    for (id, rev) in wanted {
        grouped.entry(id.as_str()).or_default().push(rev.clone());
    }
    let mut queue: Vec<(String, Option<Vec<Rev>>)> = grouped
        .into_iter()
        .map(|(id, revs)| (id.to_string(), Some(revs)))
        .collect();
    queue.reverse();
    queue
}
