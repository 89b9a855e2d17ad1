//! What every rule of the check reads besides the objective: the workspace, its children index,
//! the thresholds and the day; and the helpers rules share.

use super::items::*;
use crate::domain::hashing::HashMap;
use crate::domain::ids::ObjectiveId;
use crate::domain::model::{Objective, Status, Workspace};
use crate::domain::progress::Thresholds;
use chrono::NaiveDate;

/// Whether an objective is checked: cancelled and superseded ones are no longer pursued.
pub(super) fn is_checked(objective: &Objective) -> bool {
    !matches!(objective.status, Status::Cancelled | Status::Superseded)
}

/// Whether an objective is closed with a result (achieved or not): judged on its records.
pub(super) fn is_finished(objective: &Objective) -> bool {
    matches!(objective.status, Status::Achieved | Status::NotAchieved)
}

/// What the check of one objective needs from the rest of the workspace.
pub(super) struct Context<'a> {
    pub(super) workspace: &'a Workspace,
    /// Children by parent; `None` to look them up in the workspace each time (one objective).
    pub(super) children: Option<HashMap<ObjectiveId, Vec<&'a Objective>>>,
    pub(super) limits: Thresholds,
    pub(super) today: NaiveDate,
}

impl<'a> Context<'a> {
    pub(super) fn new(workspace: &'a Workspace, today: NaiveDate, index_children: bool) -> Self {
        let children = index_children.then(|| {
            let mut children: HashMap<ObjectiveId, Vec<&Objective>> = HashMap::default();
            for objective in &workspace.objectives {
                if let Some(parent) = objective.parent {
                    children.entry(parent).or_default().push(objective);
                }
            }
            children
        });
        Context {
            workspace,
            children,
            limits: Thresholds::of(&workspace.settings),
            today,
        }
    }

    /// The checked children of `id`.
    pub(super) fn children(&self, id: ObjectiveId) -> Vec<&'a Objective> {
        let all: Vec<&'a Objective> = match &self.children {
            Some(index) => index.get(&id).cloned().unwrap_or_default(),
            None => self.workspace.children_of(id).collect(),
        };
        all.into_iter().filter(|o| is_checked(o)).collect()
    }
}

pub(super) fn result(item: CheckItem, state: ItemState, finding: Finding) -> ItemResult {
    ItemResult {
        item,
        state,
        finding,
        practice: Vec::new(),
    }
}

impl ItemResult {
    pub(super) fn with(mut self, practice: impl IntoIterator<Item = Practice>) -> Self {
        self.practice.extend(practice);
        self
    }
}

pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}
