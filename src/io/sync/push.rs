//! The push half of replication: which documents changed here since they were last synced
//! (the pending changes), each as a new revision on top of the one last synced, and the
//! `_bulk_docs` body that writes them with `new_edits=false` and their `_revisions`, as the
//! protocol has replicators write. Pending changes are worked out from the stored workspace
//! and what was last synced, so nothing needs queueing: a change made offline, or before the
//! tab was closed mid-sync, is still pending the next time.

use super::integrate::local_docs;
use super::meta::{DocState, SyncMeta};
use super::revs::{revisions_json, Rev};
use crate::domain::Workspace;
use serde_json::{json, Value};

/// What a document written to the server does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteKind {
    /// New content (or a new document).
    Write,
    /// The document was deleted here.
    Delete,
    /// Closes a leaf of a resolved conflict with a deletion.
    CloseLeaf,
    /// Content already synced, offered again because the server may have lost it.
    Resend,
}

/// A document to write to the server.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub id: String,
    pub kind: WriteKind,
    pub rev: Rev,
    /// `_revisions`: the new revision, then its parent when there is one.
    pub path: Vec<Rev>,
    /// `None` for deletions.
    pub body: Option<Value>,
    pub hash: String,
    pub rank: Option<f64>,
}

/// The documents to write: the pending changes (documents in conflict or held aside wait for
/// the person), the leaves resolved conflicts still have to close and, when `resend_all`, every
/// document already synced too (after the server lost this browser's checkpoint).
pub fn outgoing(
    workspace: &Workspace,
    meta: &SyncMeta,
    resend_all: bool,
) -> Result<Vec<Outgoing>, String> {
    let local = local_docs(workspace, meta)?;
    let waiting = |id: &str| meta.conflicts.contains_key(id) || meta.held.contains_key(id);
    let mut out = Vec::new();
    for (id, doc) in &local {
        if waiting(id) {
            continue;
        }
        let rank = doc.body.get("rank").and_then(Value::as_f64);
        match meta.docs.get(id) {
            Some(synced) if synced.hash == doc.hash => {
                if resend_all {
                    out.push(Outgoing {
                        id: id.clone(),
                        kind: WriteKind::Resend,
                        rev: synced.rev.clone(),
                        path: vec![synced.rev.clone()],
                        body: Some(doc.body.clone()),
                        hash: doc.hash.clone(),
                        rank,
                    });
                }
            }
            synced => {
                let parent = synced.map(|s| &s.rev);
                let rev = Rev::next(id, parent, Some(&doc.body));
                let mut path = vec![rev.clone()];
                path.extend(parent.cloned());
                out.push(Outgoing {
                    id: id.clone(),
                    kind: WriteKind::Write,
                    rev,
                    path,
                    body: Some(doc.body.clone()),
                    hash: doc.hash.clone(),
                    rank,
                });
            }
        }
    }
    for (id, synced) in &meta.docs {
        if local.contains_key(id) || waiting(id) {
            continue;
        }
        out.push(deletion(id, &synced.rev, WriteKind::Delete));
    }
    for (id, leaves) in &meta.tombstones {
        for leaf in leaves {
            out.push(deletion(id, leaf, WriteKind::CloseLeaf));
        }
    }
    Ok(out)
}

fn deletion(id: &str, parent: &Rev, kind: WriteKind) -> Outgoing {
    let rev = Rev::next(id, Some(parent), None);
    Outgoing {
        id: id.to_string(),
        kind,
        path: vec![rev.clone(), parent.clone()],
        rev,
        body: None,
        hash: String::new(),
        rank: None,
    }
}

/// How many changes made here are not on the server yet.
pub fn pending_count(workspace: &Workspace, meta: &SyncMeta) -> Result<usize, String> {
    Ok(outgoing(workspace, meta, false)?
        .iter()
        .filter(|o| o.kind != WriteKind::CloseLeaf)
        .count())
}

/// The body of `_bulk_docs` writing `batch` as a replicator does: `new_edits=false`, each
/// document with its revision and `_revisions`.
pub fn bulk_docs_body(batch: &[&Outgoing]) -> Value {
    let docs: Vec<Value> = batch
        .iter()
        .map(|doc| {
            let mut value = doc.body.clone().unwrap_or_else(|| json!({}));
            if let Some(object) = value.as_object_mut() {
                object.insert("_id".into(), Value::from(doc.id.clone()));
                object.insert("_rev".into(), Value::from(doc.rev.to_string()));
                object.insert("_revisions".into(), revisions_json(&doc.path));
                if doc.body.is_none() {
                    object.insert("_deleted".into(), Value::from(true));
                }
            }
            value
        })
        .collect();
    json!({"new_edits": false, "docs": docs})
}

/// Remembers that the server now has `written`.
pub fn record_written(meta: &mut SyncMeta, written: &Outgoing) {
    match written.kind {
        WriteKind::Write | WriteKind::Resend => {
            meta.docs.insert(
                written.id.clone(),
                DocState {
                    rev: written.rev.clone(),
                    hash: written.hash.clone(),
                    rank: written.rank,
                },
            );
        }
        WriteKind::Delete => {
            if meta
                .docs
                .get(&written.id)
                .is_some_and(|s| written.path.get(1) == Some(&s.rev))
            {
                meta.docs.remove(&written.id);
            }
        }
        WriteKind::CloseLeaf => {
            if let Some(leaves) = meta.tombstones.get_mut(&written.id) {
                leaves.retain(|leaf| written.path.get(1) != Some(leaf));
                if leaves.is_empty() {
                    meta.tombstones.remove(&written.id);
                }
            }
        }
    }
}
