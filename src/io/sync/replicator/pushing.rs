//! The push half of a cycle: the pending changes the driver collected, `_revs_diff` in
//! batches, `_bulk_docs` with `new_edits=false` in batches (what the server refused is
//! reported, what it took is remembered as synced), and the push checkpoint.

use super::{written_rev, Action, Failure, Phase, Replicator, DIFF_BATCH, PUSH_BATCH};
use crate::io::sync::meta::{Checkpoint, SyncMeta};
use crate::io::sync::protocol::{
    checkpoint_body, parse_bulk_docs, parse_revs_diff, revs_diff_body, RemoteCheckpoint, Request,
    Response,
};
use crate::io::sync::push::{bulk_docs_body, record_written, Outgoing, WriteKind};
use crate::io::sync::revs::Rev;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

impl Replicator {
    /// The driver worked out the documents to write.
    pub fn on_collected(&mut self, meta: &mut SyncMeta, outgoing: Vec<Outgoing>) -> Action {
        if self.phase != Phase::Collect {
            return self.fail(Failure::Protocol("nothing was being collected".into()));
        }
        self.outgoing = outgoing;
        self.to_send.clear();
        self.diff_from = 0;
        if self.outgoing.is_empty() {
            self.resend_all = false;
            return self.finish(meta);
        }
        self.next_diff()
    }

    fn next_diff(&mut self) -> Action {
        let end = (self.diff_from + DIFF_BATCH).min(self.outgoing.len());
        let mut asked: BTreeMap<String, Vec<Rev>> = BTreeMap::new();
        for doc in &self.outgoing[self.diff_from..end] {
            asked
                .entry(doc.id.clone())
                .or_default()
                .push(doc.rev.clone());
        }
        self.phase = Phase::RevsDiff;
        let path = format!("{}/_revs_diff", self.endpoint.db_path());
        Action::Send(Request::post(path, &revs_diff_body(&asked)))
    }

    pub(super) fn on_revs_diff(&mut self, meta: &mut SyncMeta, response: Response) -> Action {
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        let missing = match parse_revs_diff(&response.body) {
            Ok(missing) => missing,
            Err(message) => return self.fail(Failure::Protocol(message)),
        };
        let end = (self.diff_from + DIFF_BATCH).min(self.outgoing.len());
        for doc in &self.outgoing[self.diff_from..end] {
            let lacks = missing
                .get(&doc.id)
                .is_some_and(|revs| revs.contains(&doc.rev));
            if lacks {
                self.to_send.push(doc.clone());
            } else {
                // The server has this revision already (sent before an answer was lost).
                record_written(meta, doc);
                self.meta_changed = true;
            }
        }
        self.diff_from = end;
        if self.diff_from < self.outgoing.len() {
            return self.next_diff();
        }
        self.to_send.reverse();
        self.next_batch(meta)
    }

    fn next_batch(&mut self, meta: &mut SyncMeta) -> Action {
        if self.to_send.is_empty() {
            self.resend_all = false;
            return self.write_push_checkpoint(meta);
        }
        let start = self.to_send.len().saturating_sub(PUSH_BATCH);
        let batch: Vec<&Outgoing> = self.to_send[start..].iter().rev().collect();
        self.phase = Phase::BulkDocs;
        let path = format!("{}/_bulk_docs", self.endpoint.db_path());
        Action::Send(Request::post(path, &bulk_docs_body(&batch)))
    }

    pub(super) fn on_bulk_docs(&mut self, meta: &mut SyncMeta, response: Response) -> Action {
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        let refused = match parse_bulk_docs(&response.body) {
            Ok(refused) => refused,
            Err(message) => return self.fail(Failure::Protocol(message)),
        };
        let start = self.to_send.len().saturating_sub(PUSH_BATCH);
        let batch: Vec<Outgoing> = self.to_send.drain(start..).collect();
        let refused_ids: BTreeSet<&str> = refused.iter().map(|r| r.id.as_str()).collect();
        for doc in &batch {
            if !refused_ids.contains(doc.id.as_str()) {
                record_written(meta, doc);
                if doc.kind != WriteKind::Resend {
                    self.report.pushed += 1;
                }
            }
        }
        meta.pushes += 1;
        self.meta_changed = true;
        self.report.refused.extend(refused);
        self.next_batch(meta)
    }

    fn write_push_checkpoint(&mut self, meta: &mut SyncMeta) -> Action {
        if meta.push.as_ref().is_some_and(|cp| cp.seq == meta.pushes) && self.remote_push.is_some()
        {
            return self.finish(meta);
        }
        self.phase = Phase::PushCheckpointWrite;
        let seq = Value::from(meta.pushes);
        let body = checkpoint_body(self.remote_push.as_ref(), &self.session, &seq, &self.now);
        let path = self.endpoint.doc_path(&format!("_local/{}", self.push_id));
        Action::Send(Request::put(path, &body))
    }

    pub(super) fn on_push_checkpoint_written(
        &mut self,
        meta: &mut SyncMeta,
        response: Response,
    ) -> Action {
        if !response.ok() {
            let failure = Self::failure_of(&response);
            return self.fail(failure);
        }
        let seq = Value::from(meta.pushes);
        let mut history = vec![(self.session.clone(), seq.clone())];
        if let Some(previous) = &self.remote_push {
            history.extend(
                previous
                    .history
                    .iter()
                    .filter(|(s, _)| *s != self.session)
                    .cloned(),
            );
        }
        history.truncate(5);
        self.remote_push = Some(RemoteCheckpoint {
            rev: written_rev(&response.body),
            session: self.session.clone(),
            seq: seq.clone(),
            history,
        });
        meta.push = Some(Checkpoint {
            session: self.session.clone(),
            seq,
        });
        self.meta_changed = true;
        self.finish(meta)
    }
}
