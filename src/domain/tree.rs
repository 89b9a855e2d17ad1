//! The tree of objective levels as pure data: which objectives sit under which, the rows a
//! tree view shows for a given open state, and what each key does (WAI-ARIA tree view pattern).

use super::code::natural_cmp;
use super::ids::ObjectiveId;
use super::model::{Level, Workspace};
use crate::domain::hashing::{HashMap, HashSet};

/// A node of the tree: an objective, or the warning group of objectives without a parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeKey {
    Objective(ObjectiveId),
    /// Tactical and operational objectives not linked to a parent ("not aligned").
    Unaligned,
}

/// Parent → children structure, with siblings in natural code order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Forest {
    /// Objectives at the top: strategic ones without a parent.
    pub roots: Vec<ObjectiveId>,
    /// Tactical and operational objectives without a parent.
    pub unaligned: Vec<ObjectiveId>,
    children: HashMap<ObjectiveId, Vec<ObjectiveId>>,
}

/// The part of an objective the tree's shape depends on. Edits to anything else (a title,
/// a KPI) leave the outline equal, so the tree is not rebuilt while someone types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineItem {
    pub id: ObjectiveId,
    pub parent: Option<ObjectiveId>,
    pub level: Level,
    pub code: String,
}

/// The outline of every objective, in stored order.
pub fn outline(workspace: &Workspace) -> Vec<OutlineItem> {
    workspace
        .objectives
        .iter()
        .map(|o| OutlineItem {
            id: o.id,
            parent: o.parent,
            level: o.level,
            code: o.code.clone(),
        })
        .collect()
}

impl Forest {
    /// Builds the structure of a workspace.
    pub fn build(workspace: &Workspace) -> Forest {
        Forest::from_outline(&outline(workspace))
    }

    /// Builds the structure. Objectives whose parent is missing are treated as unaligned
    /// (or as roots if strategic), so inconsistent data still shows every objective.
    pub fn from_outline(items: &[OutlineItem]) -> Forest {
        let known: HashSet<ObjectiveId> = items.iter().map(|o| o.id).collect();
        let mut forest = Forest::default();
        for item in items {
            match item.parent.filter(|p| known.contains(p) && *p != item.id) {
                Some(parent) => forest.children.entry(parent).or_default().push(item.id),
                None if item.level == Level::Strategic => forest.roots.push(item.id),
                None => forest.unaligned.push(item.id),
            }
        }
        let codes: HashMap<ObjectiveId, &str> =
            items.iter().map(|o| (o.id, o.code.as_str())).collect();
        let by_code = |a: &ObjectiveId, b: &ObjectiveId| {
            natural_cmp(codes.get(a).unwrap_or(&""), codes.get(b).unwrap_or(&""))
        };
        crate::domain::sorting::sort_by(&mut forest.roots, by_code);
        crate::domain::sorting::sort_by(&mut forest.unaligned, by_code);
        for siblings in forest.children.values_mut() {
            crate::domain::sorting::sort_by(siblings, by_code);
        }
        forest
    }

    /// The children of `key`, in display order.
    pub fn children(&self, key: NodeKey) -> &[ObjectiveId] {
        match key {
            NodeKey::Objective(id) => self.children.get(&id).map(Vec::as_slice).unwrap_or(&[]),
            NodeKey::Unaligned => &self.unaligned,
        }
    }

    /// The nodes at the top of the tree: strategic roots, then the "not aligned" group if any.
    pub fn top_level(&self) -> Vec<NodeKey> {
        let mut top: Vec<NodeKey> = self.roots.iter().copied().map(NodeKey::Objective).collect();
        if !self.unaligned.is_empty() {
            top.push(NodeKey::Unaligned);
        }
        top
    }

    /// Every node that has children: what "expand all" opens.
    pub fn branches(&self) -> Vec<NodeKey> {
        let mut branches: Vec<NodeKey> = self
            .children
            .iter()
            .filter(|(_, children)| !children.is_empty())
            .map(|(id, _)| NodeKey::Objective(*id))
            .collect();
        if !self.unaligned.is_empty() {
            branches.push(NodeKey::Unaligned);
        }
        crate::domain::sorting::sort(&mut branches);
        branches
    }
}

/// One visible line of the tree, with what ARIA needs to describe it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeRow {
    pub key: NodeKey,
    /// 0 at the top; `aria-level` is `depth + 1`.
    pub depth: usize,
    pub has_children: bool,
    pub expanded: bool,
    /// 1-based position among its siblings (`aria-posinset`).
    pub position: usize,
    /// Number of siblings including itself (`aria-setsize`).
    pub set_size: usize,
    pub parent: Option<NodeKey>,
}

/// The rows a tree view shows, depth first, skipping the children of collapsed nodes.
pub fn visible_rows(forest: &Forest, collapsed: &HashSet<NodeKey>) -> Vec<TreeRow> {
    let mut rows = Vec::new();
    let top = forest.top_level();
    // An explicit stack instead of recursion: tree depth comes from user data.
    let mut stack: Vec<(NodeKey, usize, usize, usize, Option<NodeKey>)> = top
        .iter()
        .enumerate()
        .rev()
        .map(|(i, key)| (*key, 0, i + 1, top.len(), None))
        .collect();
    let mut emitted: HashSet<NodeKey> = HashSet::default();
    while let Some((key, depth, position, set_size, parent)) = stack.pop() {
        if !emitted.insert(key) {
            continue; // guards against cycles in inconsistent data
        }
        let children = forest.children(key);
        let expanded = !children.is_empty() && !collapsed.contains(&key);
        rows.push(TreeRow {
            key,
            depth,
            has_children: !children.is_empty(),
            expanded,
            position,
            set_size,
            parent,
        });
        if expanded {
            for (i, child) in children.iter().enumerate().rev() {
                let child_key = NodeKey::Objective(*child);
                stack.push((child_key, depth + 1, i + 1, children.len(), Some(key)));
            }
        }
    }
    rows
}

/// A key press on the focused tree item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeKey {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    Enter,
    /// `*`: expand every sibling of the focused item.
    ExpandSiblings,
    /// Printable characters typed in quick succession (type-ahead).
    TypeAhead(String),
}

/// What the tree view should do in response to a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeMove {
    Focus(NodeKey),
    Expand(NodeKey),
    Collapse(NodeKey),
    Open(ObjectiveId),
    ExpandAll(Vec<NodeKey>),
    Nothing,
}

/// Applies the WAI-ARIA tree view keyboard rules to the visible `rows`.
/// `matches(key, prefix)` tells whether a node's name starts with the typed prefix.
pub fn navigate(
    rows: &[TreeRow],
    focused: NodeKey,
    key: TreeKey,
    matches: impl Fn(NodeKey, &str) -> bool,
) -> TreeMove {
    let Some(at) = rows.iter().position(|r| r.key == focused) else {
        return rows
            .first()
            .map_or(TreeMove::Nothing, |r| TreeMove::Focus(r.key));
    };
    let row = rows[at];
    match key {
        TreeKey::Down => rows
            .get(at + 1)
            .map_or(TreeMove::Nothing, |r| TreeMove::Focus(r.key)),
        TreeKey::Up => at
            .checked_sub(1)
            .map_or(TreeMove::Nothing, |i| TreeMove::Focus(rows[i].key)),
        TreeKey::Right if row.has_children && !row.expanded => TreeMove::Expand(row.key),
        TreeKey::Right if row.expanded => rows
            .get(at + 1)
            .map_or(TreeMove::Nothing, |r| TreeMove::Focus(r.key)),
        TreeKey::Right => TreeMove::Nothing,
        TreeKey::Left if row.expanded => TreeMove::Collapse(row.key),
        TreeKey::Left => row.parent.map_or(TreeMove::Nothing, TreeMove::Focus),
        TreeKey::Home => TreeMove::Focus(rows[0].key),
        TreeKey::End => rows
            .last()
            .map_or(TreeMove::Nothing, |r| TreeMove::Focus(r.key)),
        TreeKey::Enter => match row.key {
            NodeKey::Objective(id) => TreeMove::Open(id),
            NodeKey::Unaligned if row.expanded => TreeMove::Collapse(row.key),
            NodeKey::Unaligned => TreeMove::Expand(row.key),
        },
        TreeKey::ExpandSiblings => {
            let siblings: Vec<NodeKey> = rows
                .iter()
                .filter(|r| r.parent == row.parent && r.has_children && !r.expanded)
                .map(|r| r.key)
                .collect();
            if siblings.is_empty() {
                TreeMove::Nothing
            } else {
                TreeMove::ExpandAll(siblings)
            }
        }
        TreeKey::TypeAhead(prefix) => {
            let prefix = prefix.to_lowercase();
            // A single repeated character cycles through matches starting after the focus;
            // a longer prefix may keep matching the focused item itself.
            let start = if prefix.chars().count() == 1 {
                at + 1
            } else {
                at
            };
            (0..rows.len())
                .map(|offset| rows[(start + offset) % rows.len()].key)
                .find(|key| matches(*key, &prefix))
                .map_or(TreeMove::Nothing, TreeMove::Focus)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Objective, Timestamp};

    fn objective(ids: &mut SequentialIds, code: &str, level: Level) -> Objective {
        Objective::new(
            ObjectiveId::new(ids),
            code,
            code,
            level,
            Timestamp::default(),
        )
    }

    /// S1 ─ T1 ─ O1, S2, and an unaligned O2.
    fn sample() -> (Workspace, [ObjectiveId; 5]) {
        let mut ids = SequentialIds::default();
        let s1 = objective(&mut ids, "S1", Level::Strategic);
        let s2 = objective(&mut ids, "S2", Level::Strategic);
        let mut t1 = objective(&mut ids, "T1", Level::Tactical);
        t1.parent = Some(s1.id);
        let mut o1 = objective(&mut ids, "O1", Level::Operational);
        o1.parent = Some(t1.id);
        let o2 = objective(&mut ids, "O2", Level::Operational);
        let keys = [s1.id, s2.id, t1.id, o1.id, o2.id];
        // Stored out of order on purpose: display order comes from the codes.
        let workspace = Workspace {
            objectives: vec![o2, o1, t1, s2, s1],
            ..Workspace::default()
        };
        (workspace, keys)
    }

    #[test]
    fn rows_follow_levels_and_codes() {
        let (workspace, [s1, s2, t1, o1, o2]) = sample();
        let rows = visible_rows(&Forest::build(&workspace), &HashSet::default());
        let keys: Vec<NodeKey> = rows.iter().map(|r| r.key).collect();
        use NodeKey::*;
        assert_eq!(
            keys,
            [
                Objective(s1),
                Objective(t1),
                Objective(o1),
                Objective(s2),
                Unaligned,
                Objective(o2)
            ]
        );
        let depths: Vec<usize> = rows.iter().map(|r| r.depth).collect();
        assert_eq!(depths, [0, 1, 2, 0, 0, 1]);
        assert_eq!((rows[0].position, rows[0].set_size), (1, 3));
        assert_eq!((rows[4].position, rows[4].set_size), (3, 3));
        assert_eq!(rows[2].parent, Some(Objective(t1)));
    }

    #[test]
    fn collapsed_nodes_hide_their_subtree() {
        let (workspace, [s1, ..]) = sample();
        let collapsed = HashSet::from_iter([NodeKey::Objective(s1)]);
        let rows = visible_rows(&Forest::build(&workspace), &collapsed);
        assert_eq!(rows.len(), 4);
        assert!(rows[0].has_children && !rows[0].expanded);
    }

    #[test]
    fn arrow_keys_follow_the_aria_pattern() {
        let (workspace, [s1, s2, t1, ..]) = sample();
        let forest = Forest::build(&workspace);
        let rows = visible_rows(&forest, &HashSet::default());
        let none = |_: NodeKey, _: &str| false;
        let s1k = NodeKey::Objective(s1);
        let t1k = NodeKey::Objective(t1);
        assert_eq!(
            navigate(&rows, s1k, TreeKey::Down, none),
            TreeMove::Focus(t1k)
        );
        assert_eq!(navigate(&rows, s1k, TreeKey::Up, none), TreeMove::Nothing);
        assert_eq!(
            navigate(&rows, s1k, TreeKey::Left, none),
            TreeMove::Collapse(s1k)
        );
        assert_eq!(
            navigate(&rows, t1k, TreeKey::Left, none),
            TreeMove::Collapse(t1k)
        );
        assert_eq!(
            navigate(&rows, s1k, TreeKey::Right, none),
            TreeMove::Focus(t1k)
        );
        assert_eq!(
            navigate(&rows, s1k, TreeKey::Enter, none),
            TreeMove::Open(s1)
        );
        let last = rows.last().map(|r| r.key).unwrap_or(s1k);
        assert_eq!(
            navigate(&rows, t1k, TreeKey::End, none),
            TreeMove::Focus(last)
        );
        assert_eq!(
            navigate(&rows, last, TreeKey::Home, none),
            TreeMove::Focus(s1k)
        );

        let collapsed = HashSet::from_iter([s1k]);
        let rows = visible_rows(&forest, &collapsed);
        assert_eq!(
            navigate(&rows, s1k, TreeKey::Right, none),
            TreeMove::Expand(s1k)
        );
        let s2k = NodeKey::Objective(s2);
        assert_eq!(navigate(&rows, s2k, TreeKey::Left, none), TreeMove::Nothing);
        assert_eq!(
            navigate(&rows, s2k, TreeKey::ExpandSiblings, none),
            TreeMove::ExpandAll(vec![s1k])
        );
    }

    #[test]
    fn type_ahead_wraps_and_skips_the_focused_item_for_one_character() {
        let (workspace, [s1, s2, ..]) = sample();
        let rows = visible_rows(&Forest::build(&workspace), &HashSet::default());
        let codes: HashMap<NodeKey, String> = workspace
            .objectives
            .iter()
            .map(|o| (NodeKey::Objective(o.id), o.code.to_lowercase()))
            .collect();
        let matches =
            |key: NodeKey, prefix: &str| codes.get(&key).is_some_and(|c| c.starts_with(prefix));
        let s1k = NodeKey::Objective(s1);
        let s2k = NodeKey::Objective(s2);
        let typed = |text: &str| TreeKey::TypeAhead(text.to_string());
        assert_eq!(
            navigate(&rows, s1k, typed("s"), matches),
            TreeMove::Focus(s2k)
        );
        assert_eq!(
            navigate(&rows, s2k, typed("S"), matches),
            TreeMove::Focus(s1k)
        );
        assert_eq!(
            navigate(&rows, s1k, typed("s1"), matches),
            TreeMove::Focus(s1k)
        );
        assert_eq!(navigate(&rows, s1k, typed("x"), matches), TreeMove::Nothing);
    }

    #[test]
    fn a_corrupt_cycle_still_terminates() {
        let (mut workspace, [s1, _, t1, ..]) = sample();
        if let Some(s) = workspace.objectives.iter_mut().find(|o| o.id == s1) {
            s.parent = Some(t1);
        }
        let rows = visible_rows(&Forest::build(&workspace), &HashSet::default());
        assert!(rows.len() <= workspace.objectives.len() + 1);
    }
}
