//! Revision ids and revision trees as the CouchDB replication protocol has them.
//!
//! A revision id is `<generation>-<hash>`. SixTwo makes its own ids deterministically from the
//! document id, the parent revision and the content (as CouchDB does), so two browsers that
//! write the same content on the same parent make the same revision. A document's revisions
//! form a tree: edits made apart from each other branch it, each branch ends in a leaf, and
//! the server picks a winner among the leaves by CouchDB's rule (leaves not deleted first,
//! then the longest branch, then the greater hash).

use super::hash::{canonical_json, fnv64, hex16};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A revision id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rev {
    pub generation: u64,
    pub hash: String,
}

impl Rev {
    /// Reads `3-a1b2…`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Rev> {
        let (generation, hash) = text.split_once('-')?;
        let generation: u64 = generation.parse().ok()?;
        (generation > 0 && !hash.is_empty() && !hash.contains(char::is_whitespace)).then(|| Rev {
            generation,
            hash: hash.to_string(),
        })
    }

    /// The revision SixTwo writes after `parent` for document `id`: `body` is the new content,
    /// `None` for a deletion.
    pub fn next(id: &str, parent: Option<&Rev>, body: Option<&Value>) -> Rev {
        let parent_text = parent.map(Rev::to_string).unwrap_or_default();
        let content = body.map_or_else(|| "deleted".to_string(), canonical_json);
        let hash = fnv64(&[id.as_bytes(), parent_text.as_bytes(), content.as_bytes()]);
        Rev {
            generation: parent.map_or(1, |p| p.generation + 1),
            hash: hex16(hash),
        }
    }
}

impl fmt::Display for Rev {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.generation, self.hash)
    }
}

/// Reads a document's `_revisions` (`{"start": 3, "ids": ["c", "b", "a"]}`) as the path from
/// the revision back towards the root, newest first.
pub fn parse_revisions(value: &Value) -> Option<Vec<Rev>> {
    let start = value.get("start")?.as_u64()?;
    let ids = value.get("ids")?.as_array()?;
    if ids.is_empty() || start < ids.len() as u64 {
        return None;
    }
    ids.iter()
        .enumerate()
        .map(|(offset, id)| {
            let hash = id.as_str().filter(|h| !h.is_empty())?;
            Some(Rev {
                generation: start - offset as u64,
                hash: hash.to_string(),
            })
        })
        .collect()
}

/// `_revisions` for a path (newest first, generations one apart).
pub fn revisions_json(path: &[Rev]) -> Value {
    let start = path.first().map_or(0, |rev| rev.generation);
    let ids: Vec<&str> = path.iter().map(|rev| rev.hash.as_str()).collect();
    json!({"start": start, "ids": ids})
}

/// One leaf of a document's revision tree as the server sent it.
#[derive(Clone, Debug, PartialEq)]
pub struct Leaf {
    pub rev: Rev,
    pub deleted: bool,
    /// The content without the underscore fields; `None` for a deletion or when it was not
    /// fetched.
    pub body: Option<Value>,
    /// The revisions from this leaf back towards the root, newest first (this leaf first).
    pub path: Vec<Rev>,
}

impl Leaf {
    /// Whether `rev` is this leaf or one of its ancestors.
    pub fn descends_from(&self, rev: &Rev) -> bool {
        self.rev == *rev || self.path.contains(rev)
    }
}

/// The leaf the server shows as the document: CouchDB's rule.
pub fn winner(leaves: &[Leaf]) -> Option<&Leaf> {
    leaves.iter().max_by(|a, b| {
        (!a.deleted, a.rev.generation, &a.rev.hash).cmp(&(
            !b.deleted,
            b.rev.generation,
            &b.rev.hash,
        ))
    })
}

/// A document's revision tree, put together from the paths of its leaves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RevTree {
    parent: BTreeMap<Rev, Option<Rev>>,
    deleted: BTreeSet<Rev>,
}

impl RevTree {
    /// The tree of `leaves`' paths. Paths may be stemmed (start below the root): their oldest
    /// revision is then a root of its own.
    pub fn from_leaves(leaves: &[Leaf]) -> RevTree {
        let mut tree = RevTree::default();
        for leaf in leaves {
            tree.add_path(&leaf.path);
            if leaf.deleted {
                tree.deleted.insert(leaf.rev.clone());
            }
        }
        tree
    }

    /// Adds a path, newest first.
    pub fn add_path(&mut self, path: &[Rev]) {
        for (at, rev) in path.iter().enumerate() {
            let parent = path.get(at + 1).cloned();
            let known = self.parent.entry(rev.clone()).or_insert(None);
            if known.is_none() {
                *known = parent;
            }
        }
    }

    /// Revisions no other revision grows from.
    pub fn leaves(&self) -> Vec<&Rev> {
        let parents: BTreeSet<&Rev> = self.parent.values().flatten().collect();
        self.parent
            .keys()
            .filter(|rev| !parents.contains(rev))
            .collect()
    }

    /// Leaves that are not deletions: more than one means the document is in conflict.
    pub fn live_leaves(&self) -> Vec<&Rev> {
        self.leaves()
            .into_iter()
            .filter(|rev| !self.deleted.contains(*rev))
            .collect()
    }

    /// Whether `ancestor` is `rev` or lies on the path from `rev` to its root.
    pub fn is_ancestor(&self, ancestor: &Rev, rev: &Rev) -> bool {
        let mut current = Some(rev);
        let mut steps = 0;
        while let Some(at) = current {
            if at == ancestor {
                return true;
            }
            steps += 1;
            if steps > self.parent.len() {
                return false;
            }
            current = self.parent.get(at).and_then(Option::as_ref);
        }
        false
    }

    pub fn contains(&self, rev: &Rev) -> bool {
        self.parent.contains_key(rev)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(text: &str) -> Rev {
        Rev::parse(text).unwrap()
    }

    fn leaf(path: &[&str], deleted: bool) -> Leaf {
        let path: Vec<Rev> = path.iter().map(|r| rev(r)).collect();
        Leaf {
            rev: path[0].clone(),
            deleted,
            body: None,
            path,
        }
    }

    #[test]
    fn revision_ids_read_and_write_back() {
        assert_eq!(rev("3-abc").to_string(), "3-abc");
        assert_eq!(rev("12-9f").generation, 12);
        for bad in ["", "abc", "0-abc", "x-abc", "3-", "3-a b"] {
            assert_eq!(Rev::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn new_revisions_are_deterministic_and_depend_on_parent_and_content() {
        let body = json!({"record": {"id": "a"}});
        let first = Rev::next("objective:a", None, Some(&body));
        assert_eq!(first.generation, 1);
        assert_eq!(first, Rev::next("objective:a", None, Some(&body)));
        let second = Rev::next("objective:a", Some(&first), Some(&body));
        assert_eq!(second.generation, 2);
        assert_ne!(second.hash, first.hash);
        let other = Rev::next("objective:a", None, Some(&json!({"record": {"id": "b"}})));
        assert_ne!(other, first);
        let deletion = Rev::next("objective:a", Some(&first), None);
        assert_ne!(deletion, second);
    }

    #[test]
    fn revisions_fields_read_and_write_back() {
        let value = json!({"start": 3, "ids": ["c", "b", "a"]});
        let path = parse_revisions(&value).unwrap();
        assert_eq!(path, vec![rev("3-c"), rev("2-b"), rev("1-a")]);
        assert_eq!(revisions_json(&path), value);
        assert_eq!(
            parse_revisions(&json!({"start": 1, "ids": ["b", "a"]})),
            None
        );
        assert_eq!(parse_revisions(&json!({"start": 1, "ids": []})), None);
    }

    #[test]
    fn the_winner_follows_couchdbs_rule() {
        let live_short = leaf(&["2-zzz", "1-a"], false);
        let live_long = leaf(&["3-aaa", "2-b", "1-a"], false);
        let deleted_longer = leaf(&["4-fff", "3-aaa2", "2-c", "1-a"], true);
        let leaves = [live_short.clone(), live_long.clone(), deleted_longer];
        assert_eq!(winner(&leaves).unwrap().rev, rev("3-aaa"));
        let tie = [
            leaf(&["2-abc", "1-a"], false),
            leaf(&["2-abd", "1-a"], false),
        ];
        assert_eq!(winner(&tie).unwrap().rev, rev("2-abd"));
    }

    #[test]
    fn the_tree_knows_its_leaves_branches_and_ancestors() {
        let leaves = [
            leaf(&["3-c", "2-b", "1-a"], false),
            leaf(&["2-x", "1-a"], false),
            leaf(&["3-d", "2-y", "1-a"], true),
        ];
        let tree = RevTree::from_leaves(&leaves);
        let mut found: Vec<String> = tree.leaves().iter().map(|r| r.to_string()).collect();
        found.sort();
        assert_eq!(found, ["2-x", "3-c", "3-d"]);
        assert_eq!(tree.live_leaves().len(), 2);
        assert!(tree.is_ancestor(&rev("1-a"), &rev("3-c")));
        assert!(tree.is_ancestor(&rev("2-b"), &rev("3-c")));
        assert!(!tree.is_ancestor(&rev("2-x"), &rev("3-c")));
        assert!(tree.contains(&rev("2-y")));
        assert!(leaves[0].descends_from(&rev("2-b")));
        assert!(!leaves[1].descends_from(&rev("2-b")));
    }

    #[test]
    fn stemmed_paths_join_where_they_meet() {
        let mut tree = RevTree::default();
        tree.add_path(&[rev("5-e"), rev("4-d")]);
        tree.add_path(&[rev("4-d"), rev("3-c"), rev("2-b")]);
        assert!(tree.is_ancestor(&rev("2-b"), &rev("5-e")));
        assert_eq!(tree.leaves(), vec![&rev("5-e")]);
    }
}
