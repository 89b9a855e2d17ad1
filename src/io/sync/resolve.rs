//! Resolving a conflict the person decided: "keep mine" writes this browser's version as the
//! next revision of the server's and closes the server's other leaves; "take theirs" takes
//! the server's version in (through the same checks as any pull) and closes the leaves it
//! does not continue. Either way the server ends with one leaf, and nothing was picked
//! without the person.

use super::integrate::{integrate, DocConflict, Integration, RemoteDoc};
use super::meta::{DocState, SyncMeta};
use super::revs::{Leaf, Rev};
use crate::domain::Workspace;
use std::collections::BTreeMap;

/// "Keep mine": the next push writes this browser's version (or its deletion) on top of the
/// server's, and closes the server's other leaves.
pub fn keep_mine(meta: &mut SyncMeta, conflict: &DocConflict) {
    let rank = meta.rank(&conflict.id);
    meta.docs.insert(
        conflict.id.clone(),
        DocState {
            rev: conflict.theirs_rev.clone(),
            // No content hashes to nothing: this browser's version counts as a change.
            hash: String::new(),
            rank,
        },
    );
    if !conflict.others.is_empty() {
        meta.tombstones
            .entry(conflict.id.clone())
            .or_default()
            .extend(conflict.others.iter().cloned());
    }
    meta.conflicts.remove(&conflict.id);
}

/// The server's side of a conflict as a document to take in with "take theirs".
pub fn theirs_as_remote(conflict: &DocConflict) -> RemoteDoc {
    let mut leaves = vec![Leaf {
        rev: conflict.theirs_rev.clone(),
        deleted: conflict.theirs.is_none(),
        body: conflict.theirs.clone(),
        path: vec![conflict.theirs_rev.clone()],
    }];
    leaves.extend(conflict.others.iter().map(|rev: &Rev| Leaf {
        rev: rev.clone(),
        deleted: false,
        body: None,
        path: vec![rev.clone()],
    }));
    RemoteDoc {
        id: conflict.id.clone(),
        leaves,
    }
}

/// "Take theirs": the server's side of `conflict` taken into `workspace` through the same
/// checks as any pull. The caller stores the new workspace, then passes the result to
/// [`commit`](super::integrate::commit); the next push closes the leaves it does not continue.
pub fn take_theirs(
    workspace: &Workspace,
    meta: &SyncMeta,
    conflict: &DocConflict,
) -> Result<Integration, String> {
    let forced = BTreeMap::from([(conflict.id.clone(), conflict.theirs_rev.clone())]);
    integrate(workspace, meta, &[theirs_as_remote(conflict)], &forced)
}
