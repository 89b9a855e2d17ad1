//! Taking the server's documents into this browser's workspace, as the pull half of
//! replication: for each document, whether the server's version simply follows what this
//! browser last synced (take it), whether both sides changed it (a conflict for the person
//! to decide: never picked silently), or nothing happened. Everything taken is put together
//! with the rest of the workspace and must pass the same checks as an imported file (field
//! types, field rules, references, codes, cycles); a document that would break one is held
//! aside with the reason, and the workspace keeps what it had.

use super::docs::{assemble, split, Assembled, BodyProblem, DocKind, Docs};
use super::hash::content_hash;
use super::meta::{DocState, SyncMeta};
use super::revs::{winner, Leaf, Rev};
use crate::domain::validate::{validate, Problem};
use crate::domain::Workspace;
use crate::io::envelope::DecodeError;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

mod checks;
use checks::checked;

/// A document as the server holds it: the leaves the changes feed named, with the bodies
/// that were fetched.
#[derive(Clone, Debug, PartialEq)]
pub struct RemoteDoc {
    pub id: String,
    pub leaves: Vec<Leaf>,
}

/// A document as this browser has it now.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalDoc {
    pub body: Value,
    pub hash: String,
}

/// This browser's documents: the workspace cut up with the ranks last synced.
pub fn local_docs(
    workspace: &Workspace,
    meta: &SyncMeta,
) -> Result<BTreeMap<String, LocalDoc>, String> {
    let docs = split(workspace, &|id| meta.rank(id))?;
    Ok(docs
        .into_iter()
        .map(|(id, body)| {
            let hash = content_hash(&body);
            (id, LocalDoc { body, hash })
        })
        .collect())
}

/// A document changed here and on the server since it was last synced.
#[derive(Clone, Debug, PartialEq)]
pub struct DocConflict {
    pub id: String,
    /// The server's version to compare with (the winning leaf other than this browser's).
    pub theirs_rev: Rev,
    /// Its body; `None` when the server deleted the document.
    pub theirs: Option<Value>,
    /// The other leaves the server holds, closed when the conflict is resolved.
    pub others: Vec<Rev>,
}

/// Why a document from the server was not taken.
#[derive(Clone, Debug, PartialEq)]
pub enum HoldReason {
    /// Not a document SixTwo can read.
    Unreadable(BodyProblem),
    /// Written by a newer SixTwo.
    TooNew { version: u64 },
    /// A field of the wrong kind, or a migration that failed: as an import would say it.
    Decode(DecodeError),
    /// A measurement or review whose objective or KPI is not in this workspace.
    Orphan,
    /// Taking it would break these rules (paths within the document's record).
    Breaks(Vec<Problem>),
    /// The workspace put together could not be read (a problem no single document explains).
    Unexplained(String),
}

/// A document from the server held aside.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldDoc {
    pub id: String,
    pub rev: Rev,
    pub body: Option<Value>,
    pub reason: HoldReason,
}

/// What taking a batch of the server's documents gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Integration {
    /// The new workspace, when anything in it changed.
    pub workspace: Option<Workspace>,
    /// What to remember as synced once the workspace is stored (`None` forgets a document).
    pub synced: Vec<(String, Option<DocState>)>,
    pub conflicts: Vec<DocConflict>,
    pub held: Vec<HeldDoc>,
    /// Documents no longer in conflict or held aside.
    pub settled: Vec<String>,
    /// Server leaves to close (after "take theirs").
    pub tombstones: Vec<(String, Vec<Rev>)>,
    /// How many documents changed the workspace.
    pub applied: usize,
}

/// What to do with one document.
#[derive(Clone, Debug, PartialEq)]
enum Decision {
    /// Nothing changed that concerns this browser.
    UpToDate,
    /// Take the server's leaf.
    Forward(Leaf),
    /// Both sides hold the same content: remember the server's revision.
    Same(Rev),
    Conflict(DocConflict),
}

/// Decides what one document's leaves mean for this browser. `forced` is the revision the
/// person chose to take ("take theirs").
fn decide(
    remote: &RemoteDoc,
    local: Option<&LocalDoc>,
    synced: Option<&DocState>,
    forced: Option<&Rev>,
) -> Decision {
    let leaves = &remote.leaves;
    if let Some(rev) = forced {
        return match leaves.iter().find(|leaf| leaf.rev == *rev) {
            Some(leaf) => Decision::Forward(leaf.clone()),
            None => Decision::UpToDate,
        };
    }
    let Some(top) = winner(leaves) else {
        return Decision::UpToDate;
    };
    let live: Vec<&Leaf> = leaves.iter().filter(|leaf| !leaf.deleted).collect();
    let same_content = |leaf: &Leaf| match (&leaf.body, local) {
        (None, None) => leaf.deleted,
        (Some(body), Some(local)) => !leaf.deleted && content_hash(body) == local.hash,
        _ => false,
    };
    if live.len() > 1 {
        // The server holds a conflict: show the side that is not this browser's own.
        let ours = synced.map(|s| &s.rev);
        let theirs = live
            .iter()
            .filter(|leaf| Some(&leaf.rev) != ours)
            .max_by(|a, b| (a.rev.generation, &a.rev.hash).cmp(&(b.rev.generation, &b.rev.hash)))
            .copied()
            .unwrap_or(top);
        return Decision::Conflict(DocConflict {
            id: remote.id.clone(),
            theirs_rev: theirs.rev.clone(),
            theirs: theirs.body.clone(),
            others: live
                .iter()
                .filter(|leaf| leaf.rev != theirs.rev)
                .map(|leaf| leaf.rev.clone())
                .collect(),
        });
    }
    if synced.is_some_and(|s| s.rev == top.rev) {
        return Decision::UpToDate;
    }
    if top.deleted && local.is_none() && synced.is_none() {
        return Decision::UpToDate;
    }
    if same_content(top) {
        return Decision::Same(top.rev.clone());
    }
    let changed_here = match (local, synced) {
        (Some(local), Some(synced)) => local.hash != synced.hash,
        (None, None) => false,
        _ => true,
    };
    // The server's version grew from what was synced, or this browser's branch was closed by
    // a resolved conflict (a deleted leaf above it).
    let moved_on = match synced {
        None => true,
        Some(synced) => leaves
            .iter()
            .any(|leaf| leaf.descends_from(&synced.rev) && (leaf.rev == top.rev || leaf.deleted)),
    };
    if !changed_here && moved_on {
        return Decision::Forward(top.clone());
    }
    Decision::Conflict(DocConflict {
        id: remote.id.clone(),
        theirs_rev: top.rev.clone(),
        theirs: top.body.clone().filter(|_| !top.deleted),
        others: Vec::new(),
    })
}

/// Takes `incoming` into `local`. `forced` names documents whose chosen revision is to be
/// taken whatever changed here (the person chose "take theirs").
pub fn integrate(
    local: &Workspace,
    meta: &SyncMeta,
    incoming: &[RemoteDoc],
    forced: &BTreeMap<String, Rev>,
) -> Result<Integration, String> {
    let mine = local_docs(local, meta)?;
    let mut out = Integration::default();
    let mut forwards: BTreeMap<String, Leaf> = BTreeMap::new();
    for remote in incoming {
        let id = &remote.id;
        let decision = decide(remote, mine.get(id), meta.docs.get(id), forced.get(id));
        let was_open = meta.conflicts.contains_key(id) || meta.held.contains_key(id);
        match decision {
            Decision::UpToDate => {
                if was_open {
                    out.settled.push(id.clone());
                }
            }
            Decision::Same(rev) => {
                let local = mine.get(id);
                out.synced.push((
                    id.clone(),
                    local.map(|doc| DocState {
                        rev,
                        hash: doc.hash.clone(),
                        rank: doc.body.get("rank").and_then(Value::as_f64),
                    }),
                ));
                if was_open {
                    out.settled.push(id.clone());
                }
            }
            Decision::Conflict(conflict) => out.conflicts.push(conflict),
            Decision::Forward(leaf) => match checked(id, leaf) {
                Ok(leaf) => {
                    if let Some(rev) = forced.get(id) {
                        let closing: Vec<Rev> = remote
                            .leaves
                            .iter()
                            .filter(|l| !l.deleted && l.rev != *rev)
                            .map(|l| l.rev.clone())
                            .collect();
                        if !closing.is_empty() {
                            out.tombstones.push((id.clone(), closing));
                        }
                    }
                    forwards.insert(id.clone(), leaf);
                }
                Err(held) => out.held.push(*held),
            },
        }
    }
    let base: Docs = mine
        .iter()
        .map(|(id, doc)| (id.clone(), doc.body.clone()))
        .collect();
    // Taking an objective's new version must not drop records changed here since the last
    // sync (a measurement of a KPI the other side removed): that is a conflict on the objective.
    let pending_here: BTreeSet<&str> = mine
        .iter()
        .filter(|(id, doc)| meta.docs.get(*id).is_none_or(|s| s.hash != doc.hash))
        .map(|(id, _)| id.as_str())
        .collect();
    loop {
        let candidate = with_forwards(&base, &forwards);
        let assembled = assemble(&candidate);
        let mut demoted = false;
        for orphan in &assembled.orphans {
            if pending_here.contains(orphan.as_str()) && !forced.contains_key(orphan) {
                if let Some(parent) = parent_doc(&candidate, &base, orphan) {
                    if let Some(leaf) = forwards.remove(&parent) {
                        out.conflicts.push(DocConflict {
                            id: parent,
                            theirs_rev: leaf.rev.clone(),
                            theirs: leaf.body.clone(),
                            others: Vec::new(),
                        });
                        demoted = true;
                    }
                }
            }
        }
        if !demoted {
            for orphan in &assembled.orphans {
                if let Some(leaf) = forwards.remove(orphan) {
                    out.held.push(HeldDoc {
                        id: orphan.clone(),
                        rev: leaf.rev,
                        body: leaf.body,
                        reason: HoldReason::Orphan,
                    });
                }
            }
            break;
        }
    }
    let accepted = accept_valid(&base, &mut forwards, &mut out.held);
    let Some((workspace, _)) = accepted else {
        return Ok(out);
    };
    // What each taken document looks like as this browser writes it: remembered as synced, so
    // that it does not count as a change here.
    let new_ranks: BTreeMap<&str, f64> = forwards
        .iter()
        .filter_map(|(id, leaf)| {
            let rank = leaf.body.as_ref()?.get("rank")?.as_f64()?;
            Some((id.as_str(), rank))
        })
        .collect();
    let resplit = split(&workspace, &|id| {
        new_ranks.get(id).copied().or_else(|| meta.rank(id))
    })?;
    for (id, leaf) in &forwards {
        let state = resplit.get(id).map(|body| DocState {
            rev: leaf.rev.clone(),
            hash: content_hash(body),
            rank: body.get("rank").and_then(Value::as_f64),
        });
        out.synced.push((id.clone(), state));
        if meta.conflicts.contains_key(id) || meta.held.contains_key(id) {
            out.settled.push(id.clone());
        }
    }
    out.applied = forwards.len();
    if !forwards.is_empty() && workspace != *local {
        out.workspace = Some(workspace);
    }
    Ok(out)
}

/// `base` with the taken leaves written over it (deletions remove).
fn with_forwards(base: &Docs, forwards: &BTreeMap<String, Leaf>) -> Docs {
    let mut docs = base.clone();
    for (id, leaf) in forwards {
        match (&leaf.body, leaf.deleted) {
            (Some(body), false) => {
                docs.insert(id.clone(), body.clone());
            }
            _ => {
                docs.remove(id);
            }
        }
    }
    docs
}

/// The objective document a measurement or review belongs to.
fn parent_doc(candidate: &Docs, base: &Docs, id: &str) -> Option<String> {
    let body = candidate.get(id).or_else(|| base.get(id))?;
    let objective = body.get("objective")?.as_str()?;
    Some(format!("{}:{objective}", DocKind::Objective.name()))
}

/// Reads the assembled workspace and lists the rules it breaks.
fn check(docs: &Docs) -> (Assembled, Result<Workspace, String>, Vec<Problem>) {
    let assembled = assemble(docs);
    match serde_json::from_value::<Workspace>(assembled.workspace.clone()) {
        Ok(workspace) => {
            let problems = validate(&workspace);
            (assembled, Ok(workspace), problems)
        }
        Err(error) => (assembled, Err(error.to_string()), Vec::new()),
    }
}

/// Keeps the forwards that the workspace can take without breaking a rule: first all at once;
/// when rules break, the documents the problems point at are held aside; when a problem points
/// at a record of this browser (a code taken here, say), the documents are tried one at a
/// time. Returns the workspace with what was kept (`None` when nothing was).
fn accept_valid(
    base: &Docs,
    forwards: &mut BTreeMap<String, Leaf>,
    held: &mut Vec<HeldDoc>,
) -> Option<(Workspace, Assembled)> {
    if forwards.is_empty() {
        return None;
    }
    for _ in 0..=forwards.len() {
        let (assembled, workspace, problems) = check(&with_forwards(base, forwards));
        let workspace = match workspace {
            Ok(workspace) if problems.is_empty() => return Some((workspace, assembled)),
            Ok(workspace) => workspace,
            Err(_) => break,
        };
        let _ = workspace;
        let mut blamed: BTreeMap<String, Vec<Problem>> = BTreeMap::new();
        let mut unexplained = false;
        for problem in problems {
            match assembled.doc_at(&problem.path) {
                Some((id, inner)) if forwards.contains_key(id) => {
                    blamed.entry(id.to_string()).or_default().push(Problem {
                        path: inner,
                        kind: problem.kind,
                    });
                }
                _ => unexplained = true,
            }
        }
        if blamed.is_empty() || unexplained {
            break;
        }
        for (id, problems) in blamed {
            if let Some(leaf) = forwards.remove(&id) {
                held.push(HeldDoc {
                    id,
                    rev: leaf.rev,
                    body: leaf.body,
                    reason: HoldReason::Breaks(problems),
                });
            }
        }
        if forwards.is_empty() {
            return None;
        }
    }
    one_at_a_time(base, forwards, held)
}

/// Adds the forwards to `base` one by one, keeping each that leaves the workspace valid, in
/// passes until no more can be added (a child waits for its parent in a later pass).
fn one_at_a_time(
    base: &Docs,
    forwards: &mut BTreeMap<String, Leaf>,
    held: &mut Vec<HeldDoc>,
) -> Option<(Workspace, Assembled)> {
    let mut kept: BTreeMap<String, Leaf> = BTreeMap::new();
    let mut waiting: BTreeMap<String, Leaf> = std::mem::take(forwards);
    let mut reasons: BTreeMap<String, HoldReason> = BTreeMap::new();
    let mut last_good: Option<(Workspace, Assembled)> = None;
    loop {
        let mut progress = false;
        let ids: Vec<String> = waiting.keys().cloned().collect();
        for id in ids {
            let Some(leaf) = waiting.remove(&id) else {
                continue;
            };
            kept.insert(id.clone(), leaf);
            let (assembled, workspace, problems) = check(&with_forwards(base, &kept));
            match workspace {
                Ok(workspace) if problems.is_empty() => {
                    last_good = Some((workspace, assembled));
                    reasons.remove(&id);
                    progress = true;
                }
                outcome => {
                    let reason = match outcome {
                        Err(message) => HoldReason::Unexplained(message),
                        Ok(_) => HoldReason::Breaks(
                            problems
                                .into_iter()
                                .map(|problem| match assembled.doc_at(&problem.path) {
                                    Some((doc, inner)) if doc == id => Problem {
                                        path: inner,
                                        kind: problem.kind,
                                    },
                                    _ => problem,
                                })
                                .collect(),
                        ),
                    };
                    reasons.insert(id.clone(), reason);
                    if let Some(leaf) = kept.remove(&id) {
                        waiting.insert(id, leaf);
                    }
                }
            }
        }
        if !progress || waiting.is_empty() {
            break;
        }
    }
    for (id, leaf) in waiting {
        let reason = reasons
            .remove(&id)
            .unwrap_or_else(|| HoldReason::Unexplained(String::new()));
        held.push(HeldDoc {
            id,
            rev: leaf.rev,
            body: leaf.body,
            reason,
        });
    }
    *forwards = kept;
    last_good
}

/// Writes what an integration decided into `meta`, once its workspace (if any) is stored.
pub fn commit(meta: &mut SyncMeta, integration: &Integration) {
    for (id, state) in &integration.synced {
        match state {
            Some(state) => {
                meta.docs.insert(id.clone(), state.clone());
            }
            None => {
                meta.docs.remove(id);
            }
        }
    }
    for id in &integration.settled {
        meta.conflicts.remove(id);
        meta.held.remove(id);
    }
    for conflict in &integration.conflicts {
        let mut revs = vec![conflict.theirs_rev.clone()];
        revs.extend(conflict.others.iter().cloned());
        meta.held.remove(&conflict.id);
        meta.conflicts.insert(conflict.id.clone(), revs);
    }
    for held in &integration.held {
        meta.conflicts.remove(&held.id);
        meta.held.insert(held.id.clone(), vec![held.rev.clone()]);
    }
    for (id, revs) in &integration.tombstones {
        meta.tombstones
            .entry(id.clone())
            .or_default()
            .extend(revs.iter().cloned());
        meta.conflicts.remove(id);
    }
}
