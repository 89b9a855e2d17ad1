//! What a command touched, as it was before the command ([`Snapshot`]), and the [`Recorder`]
//! through which commands change the workspace, so that the snapshot always holds everything
//! they changed. Undo swaps a snapshot with the current state of the same parts.

use super::error::CommandError;
use crate::domain::exercise::ExerciseLog;
use crate::domain::hashing::HashSet;
use crate::domain::ids::ObjectiveId;
use crate::domain::model::{Objective, Organisation, Settings, Timestamp, Workspace};
use std::any::TypeId;
use std::fmt;

/// A list at the top of the workspace (such as the policy statements) that a snapshot saves
/// whole when a command changes it.
pub trait TopList: Clone + Send + Sync + 'static {
    fn top_list(workspace: &Workspace) -> &[Self];
    fn top_list_mut(workspace: &mut Workspace) -> &mut Vec<Self>;
}

/// A saved top-level list, whichever its type. Its methods are only what undo needs: every
/// method of a trait object is compiled in, so comparing or printing the lists here would add
/// that code to the release build.
trait SavedList: Send + Sync {
    /// The same list as it is in `workspace` now.
    fn capture_like(&self, workspace: &Workspace) -> Box<dyn SavedList>;
    fn restore(self: Box<Self>, workspace: &mut Workspace);
    fn boxed_clone(&self) -> Box<dyn SavedList>;
    /// Which list it is: the type of its records.
    fn list_type(&self) -> TypeId;
}

#[derive(Clone)]
struct Saved<T>(Vec<T>);

impl<T: TopList> SavedList for Saved<T> {
    fn capture_like(&self, workspace: &Workspace) -> Box<dyn SavedList> {
        Box::new(Saved(T::top_list(workspace).to_vec()))
    }

    fn restore(self: Box<Self>, workspace: &mut Workspace) {
        *T::top_list_mut(workspace) = self.0;
    }

    fn boxed_clone(&self) -> Box<dyn SavedList> {
        Box::new(self.clone())
    }

    fn list_type(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

impl Clone for Box<dyn SavedList> {
    fn clone(&self) -> Self {
        self.boxed_clone()
    }
}

impl fmt::Debug for dyn SavedList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SavedList")
    }
}

/// The state of exactly the parts of a workspace that a command touched.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Each touched objective with its position and value, or `None` if it did not exist.
    objectives: Vec<(ObjectiveId, Option<(usize, Objective)>)>,
    organisation: Option<Organisation>,
    /// Each touched top-level list, at most one of each type.
    lists: Vec<Box<dyn SavedList>>,
    settings: Option<Settings>,
    exercise: Option<Option<ExerciseLog>>,
    workspace: Option<Box<Workspace>>,
}

impl Snapshot {
    /// The same parts as `self`, as they are in `workspace` now.
    pub fn capture_like(&self, workspace: &Workspace) -> Snapshot {
        Snapshot {
            objectives: self
                .objectives
                .iter()
                .map(|(id, _)| (*id, current_objective(workspace, *id)))
                .collect(),
            organisation: self
                .organisation
                .as_ref()
                .map(|_| workspace.organisation.clone()),
            lists: self
                .lists
                .iter()
                .map(|list| list.capture_like(workspace))
                .collect(),
            settings: self.settings.as_ref().map(|_| workspace.settings.clone()),
            exercise: self.exercise.as_ref().map(|_| workspace.exercise.clone()),
            workspace: self.workspace.as_ref().map(|_| Box::new(workspace.clone())),
        }
    }

    /// Puts the recorded parts back into `workspace`.
    ///
    /// Commands never reorder untouched objectives, so removing every touched objective and
    /// re-inserting the recorded ones at their old positions, lowest first, rebuilds the
    /// exact old order.
    pub fn restore(self, workspace: &mut Workspace) {
        if let Some(whole) = self.workspace {
            *workspace = *whole;
            return;
        }
        if let Some(organisation) = self.organisation {
            workspace.organisation = organisation;
        }
        for list in self.lists {
            list.restore(workspace);
        }
        if let Some(settings) = self.settings {
            workspace.settings = settings;
        }
        if let Some(exercise) = self.exercise {
            workspace.exercise = exercise;
        }
        if self.objectives.is_empty() {
            return;
        }
        let touched: HashSet<ObjectiveId> = self.objectives.iter().map(|(id, _)| *id).collect();
        workspace.objectives.retain(|o| !touched.contains(&o.id));
        let mut previous: Vec<(usize, Objective)> = self
            .objectives
            .into_iter()
            .filter_map(|(_, old)| old)
            .collect();
        crate::domain::sorting::sort_by_key(&mut previous, |(index, _)| *index);
        for (index, objective) in previous {
            let index = index.min(workspace.objectives.len());
            workspace.objectives.insert(index, objective);
        }
    }

    /// The objectives that did not exist before the change: it created them.
    pub(super) fn created_objectives(&self) -> impl Iterator<Item = ObjectiveId> + '_ {
        self.objectives
            .iter()
            .filter(|(_, old)| old.is_none())
            .map(|(id, _)| *id)
    }

    /// Adds the parts `later` recorded that `self` lacks. `self` was taken first, so its
    /// values win: the merged snapshot is the state before both changes.
    pub fn absorb(&mut self, later: Snapshot) {
        for (id, old) in later.objectives {
            if !self.objectives.iter().any(|(known, _)| *known == id) {
                self.objectives.push((id, old));
            }
        }
        if self.organisation.is_none() {
            self.organisation = later.organisation;
        }
        for list in later.lists {
            let kind = list.list_type();
            if !self.lists.iter().any(|known| known.list_type() == kind) {
                self.lists.push(list);
            }
        }
        if self.settings.is_none() {
            self.settings = later.settings;
        }
        if self.exercise.is_none() {
            self.exercise = later.exercise;
        }
        if self.workspace.is_none() {
            self.workspace = later.workspace;
        }
    }
}

fn current_objective(workspace: &Workspace, id: ObjectiveId) -> Option<(usize, Objective)> {
    workspace
        .objective_index(id)
        .map(|index| (index, workspace.objectives[index].clone()))
}

/// Records the prior state of everything a command touches, so it can be undone or rolled back.
pub struct Recorder<'a> {
    pub(super) workspace: &'a mut Workspace,
    pub(super) before: Snapshot,
    pub(super) now: Timestamp,
    /// Each objective the current command (not the whole batch) touched, as it was before
    /// that command: what the revision log compares with.
    pub(super) step: Vec<(ObjectiveId, Option<Objective>)>,
}

impl<'a> Recorder<'a> {
    pub(super) fn new(workspace: &'a mut Workspace, now: Timestamp) -> Self {
        Recorder {
            workspace,
            before: Snapshot::default(),
            now,
            step: Vec::new(),
        }
    }
}

impl Recorder<'_> {
    pub(super) fn touch_objective(&mut self, id: ObjectiveId) {
        if !self.before.objectives.iter().any(|(known, _)| *known == id) {
            let old = current_objective(self.workspace, id);
            self.before.objectives.push((id, old));
        }
        if !self.step.iter().any(|(known, _)| *known == id) {
            let old = self.workspace.objective(id).cloned();
            self.step.push((id, old));
        }
    }

    pub(super) fn touch_organisation(&mut self) {
        if self.before.organisation.is_none() {
            self.before.organisation = Some(self.workspace.organisation.clone());
        }
    }

    pub(super) fn touch_exercise(&mut self) {
        if self.before.exercise.is_none() {
            self.before.exercise = Some(self.workspace.exercise.clone());
        }
    }

    pub(super) fn touch_settings(&mut self) {
        if self.before.settings.is_none() {
            self.before.settings = Some(self.workspace.settings.clone());
        }
    }

    /// The top-level list of `T`, recorded for undo before it changes.
    pub(super) fn top_list_mut<T: TopList>(&mut self) -> &mut Vec<T> {
        let saved = self
            .before
            .lists
            .iter()
            .any(|list| list.list_type() == TypeId::of::<T>());
        if !saved {
            let list = T::top_list(self.workspace).to_vec();
            self.before.lists.push(Box::new(Saved(list)));
        }
        T::top_list_mut(self.workspace)
    }

    /// Replaces the whole workspace. The snapshot then holds the workspace as it was before
    /// the whole change: inside a batch, earlier commands may already have changed parts of it.
    pub(super) fn replace_workspace(&mut self, replacement: Workspace) {
        let mut original = self.workspace.clone();
        std::mem::take(&mut self.before).restore(&mut original);
        self.before.workspace = Some(Box::new(original));
        *self.workspace = replacement;
    }

    /// The objective with `id`, recorded and stamped as changed now.
    pub(super) fn objective_mut(
        &mut self,
        id: ObjectiveId,
    ) -> Result<&mut Objective, CommandError> {
        let index = self
            .workspace
            .objective_index(id)
            .ok_or(CommandError::ObjectiveNotFound)?;
        self.touch_objective(id);
        let objective = &mut self.workspace.objectives[index];
        objective.updated = self.now;
        Ok(objective)
    }

    pub(super) fn objective(&self, id: ObjectiveId) -> Result<&Objective, CommandError> {
        self.workspace
            .objective(id)
            .ok_or(CommandError::ObjectiveNotFound)
    }
}
