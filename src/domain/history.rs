//! Undo and redo. Each step holds the [`Snapshot`] of what its change touched; undoing swaps
//! that snapshot with the current state of the same parts, so redo is the same operation.

use super::command::{Applied, ChangeLabel, CoalesceKey, Snapshot};
use super::model::{Timestamp, Workspace};

/// How many steps are kept; older ones are dropped so memory stays bounded.
pub const HISTORY_LIMIT: usize = 100;

/// Consecutive edits of the same field within this many seconds form one undo step.
const COALESCE_SECONDS: i64 = 30;

#[derive(Clone, Debug)]
struct Step {
    label: ChangeLabel,
    coalesce: Option<CoalesceKey>,
    last_change: Timestamp,
    snapshot: Snapshot,
}

/// The undo and redo stacks of one editing session.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Records a change just applied. A new change makes redo impossible.
    pub fn record(&mut self, applied: Applied, coalesce: Option<CoalesceKey>, now: Timestamp) {
        self.redo.clear();
        if let (Some(key), Some(top)) = (&coalesce, self.undo.last_mut()) {
            let recent = now.unix_seconds() - top.last_change.unix_seconds() <= COALESCE_SECONDS;
            if top.coalesce.as_ref() == Some(key) && recent {
                top.snapshot.absorb(applied.before);
                top.label = applied.label;
                top.last_change = now;
                return;
            }
        }
        self.undo.push(Step {
            label: applied.label,
            coalesce,
            last_change: now,
            snapshot: applied.before,
        });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Ends the current typing run, so the next edit starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.coalesce = None;
        }
    }

    /// Reverts the latest change; returns what was undone.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Option<ChangeLabel> {
        let step = self.undo.pop()?;
        let label = step.label.clone();
        self.redo.push(swap(step, workspace));
        Some(label)
    }

    /// Re-applies the latest undone change; returns what was redone.
    pub fn redo(&mut self, workspace: &mut Workspace) -> Option<ChangeLabel> {
        let step = self.redo.pop()?;
        let label = step.label.clone();
        self.undo.push(swap(step, workspace));
        Some(label)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The change Undo would revert.
    pub fn next_undo(&self) -> Option<&ChangeLabel> {
        self.undo.last().map(|s| &s.label)
    }

    /// The change Redo would re-apply.
    pub fn next_redo(&self) -> Option<&ChangeLabel> {
        self.redo.last().map(|s| &s.label)
    }

    /// Forgets everything, for when the workspace was replaced from outside (another tab).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// Restores `step` and returns the opposite step holding the state it replaced.
fn swap(step: Step, workspace: &mut Workspace) -> Step {
    let current = step.snapshot.capture_like(workspace);
    step.snapshot.restore(workspace);
    Step {
        label: step.label,
        coalesce: None,
        last_change: step.last_change,
        snapshot: current,
    }
}
