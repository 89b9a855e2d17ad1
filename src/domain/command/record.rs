//! One shape for adding, editing and removing the records of a list. A kind of record says
//! what it is and where its list lives ([`Record`], [`Place`]); a [`Change`] of one record is
//! a command ([`RecordChange`] holds any kind's); one function, `change_record`, applies
//! every kind's changes, with the hooks the kind defines for what else must follow.

use super::error::{check_rules, CommandError};
use super::label::{ChangeLabel, RecordKind, Verb};
use super::snapshot::{Recorder, TopList};
use crate::domain::ids::{KpiId, ObjectiveId};
use crate::domain::model::{
    Action, Assessment, Communication, Kpi, Measurement, Objective, PolicyStatement, Requirement,
    Review, RevisionReason, Workspace,
};
use crate::domain::rules::Rules;
use std::fmt;
use uuid::Uuid;

/// Where a list of records lives.
pub trait Place: Copy + fmt::Debug + PartialEq + Send + Sync + 'static {
    /// What holds the list: the workspace, an objective or a KPI.
    type Holder;

    fn holder(self, workspace: &Workspace) -> Result<&Self::Holder, CommandError>;

    /// The holder of `R`'s list, recorded for undo before it changes.
    fn holder_mut<'r, R: Record<Place = Self>>(
        self,
        r: &'r mut Recorder<'_>,
    ) -> Result<&'r mut Self::Holder, CommandError>;

    /// The objective the records belong to, if they belong to one.
    fn objective(self) -> Option<ObjectiveId>;
}

/// The lists at the top of the workspace (policy statements, requirements, communications).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopLevel;

impl Place for TopLevel {
    type Holder = Workspace;

    fn holder(self, workspace: &Workspace) -> Result<&Workspace, CommandError> {
        Ok(workspace)
    }

    fn holder_mut<'r, R: Record<Place = Self>>(
        self,
        r: &'r mut Recorder<'_>,
    ) -> Result<&'r mut Workspace, CommandError> {
        r.top_list_mut::<R>();
        Ok(r.workspace)
    }

    fn objective(self) -> Option<ObjectiveId> {
        None
    }
}

/// The lists of an objective (KPIs, reviews, plan actions). Changing them stamps the objective
/// as updated and records the change in its revision log where the log tracks it.
impl Place for ObjectiveId {
    type Holder = Objective;

    fn holder(self, workspace: &Workspace) -> Result<&Objective, CommandError> {
        workspace
            .objective(self)
            .ok_or(CommandError::ObjectiveNotFound)
    }

    fn holder_mut<'r, R: Record<Place = Self>>(
        self,
        r: &'r mut Recorder<'_>,
    ) -> Result<&'r mut Objective, CommandError> {
        r.objective_mut(self)
    }

    fn objective(self) -> Option<ObjectiveId> {
        Some(self)
    }
}

/// The lists of a KPI of an objective (measurements).
impl Place for (ObjectiveId, KpiId) {
    type Holder = Kpi;

    fn holder(self, workspace: &Workspace) -> Result<&Kpi, CommandError> {
        let (objective, kpi) = self;
        objective
            .holder(workspace)?
            .kpis
            .iter()
            .find(|k| k.id == kpi)
            .ok_or(CommandError::KpiNotFound)
    }

    fn holder_mut<'r, R: Record<Place = Self>>(
        self,
        r: &'r mut Recorder<'_>,
    ) -> Result<&'r mut Kpi, CommandError> {
        let (objective, kpi) = self;
        r.objective_mut(objective)?
            .kpis
            .iter_mut()
            .find(|k| k.id == kpi)
            .ok_or(CommandError::KpiNotFound)
    }

    fn objective(self) -> Option<ObjectiveId> {
        Some(self.0)
    }
}

/// A kind of record kept in a list that commands add to, edit and remove from.
///
/// A kind names its id, its place and its list; the defaults of the hooks check the record's
/// field rules ([`crate::domain::rules`]) and keep ids unique in the list. A kind overrides a
/// hook where it has rules of its own: checks against the rest of the workspace, what a change
/// sets elsewhere (a review's dates), what a removal unlinks.
pub trait Record: Rules + Clone + fmt::Debug + PartialEq + Send + Sync + 'static {
    type Id: Copy + fmt::Debug + PartialEq + Into<Uuid>;
    type Place: Place;
    const KIND: RecordKind;
    /// The refusal when the record to edit or remove is not in its list.
    const NOT_FOUND: CommandError;
    /// Whether consecutive edits of one record are one undo step (typing in an editor that
    /// saves every keystroke) rather than one step each (a form's saves).
    const MERGES_TYPING: bool = false;

    fn id(&self) -> Self::Id;
    fn list(holder: &<Self::Place as Place>::Holder) -> &[Self];
    fn list_mut(holder: &mut <Self::Place as Place>::Holder) -> &mut Vec<Self>;
    /// The command that carries `change`.
    fn wrap(change: Change<Self>) -> RecordChange;

    /// Fills in what the record leaves to its place, before it is checked.
    fn complete(&mut self, _workspace: &Workspace, _place: Self::Place) {}

    /// The text the record cannot go without (a form's rule, such as a KPI's name), and the
    /// refusal when it is blank.
    fn required_text(&self) -> Option<(&str, CommandError)> {
        None
    }

    /// Checks the record before it is written; `old` is the version an edit replaces. By
    /// default: its required text, then its field rules.
    fn check_record(
        &self,
        _workspace: &Workspace,
        _place: Self::Place,
        _old: Option<&Self>,
    ) -> Result<(), CommandError> {
        match self.required_text() {
            Some((text, blank)) if text.trim().is_empty() => Err(blank),
            _ => check_rules(self),
        }
    }

    /// Whether a new record could not have `id`: by default, when its list holds it already.
    fn id_taken(
        workspace: &Workspace,
        place: Self::Place,
        id: Self::Id,
    ) -> Result<bool, CommandError> {
        Ok(Self::list(place.holder(workspace)?)
            .iter()
            .any(|record| record.id() == id))
    }

    /// Brings the rest of the workspace in line after the change, which is already written.
    fn follow(
        _r: &mut Recorder<'_>,
        _place: Self::Place,
        _done: Done<'_, Self>,
    ) -> Result<(), CommandError> {
        Ok(())
    }

    /// The reason and approver that adding or editing the record gives the revisions it
    /// makes, if it gives them (a review's decision).
    fn decided(&self) -> Option<(RevisionReason, String)> {
        None
    }
}

/// Writes the items of a [`Record`] impl that every kind writes alike: its id type (read from
/// its field `id`), its place, its [`RecordKind`] (which also names its [`RecordChange`]
/// variant), the refusal when a record is missing and, given `list`, the field of the place's
/// holder that holds the list.
macro_rules! record_basics {
    (
        id: $id:ty, at: $place:ty, kind: $kind:ident, missing: $missing:ident $(,)?
    ) => {
        type Id = $id;
        type Place = $place;
        const KIND: $crate::domain::command::label::RecordKind =
            $crate::domain::command::label::RecordKind::$kind;
        const NOT_FOUND: $crate::domain::command::error::CommandError =
            $crate::domain::command::error::CommandError::$missing;

        fn id(&self) -> $id {
            self.id
        }

        fn wrap(
            change: $crate::domain::command::record::Change<Self>,
        ) -> $crate::domain::command::record::RecordChange {
            $crate::domain::command::record::RecordChange::$kind(change)
        }
    };
    (
        id: $id:ty, at: $place:ty, list: $field:ident, kind: $kind:ident,
        missing: $missing:ident $(,)?
    ) => {
        record_basics!(id: $id, at: $place, kind: $kind, missing: $missing);

        fn list(holder: &<$place as $crate::domain::command::record::Place>::Holder) -> &[Self] {
            &holder.$field
        }

        fn list_mut(
            holder: &mut <$place as $crate::domain::command::record::Place>::Holder,
        ) -> &mut Vec<Self> {
            &mut holder.$field
        }
    };
}
pub(super) use record_basics;

/// Every top-level record list is saved whole by the undo snapshot.
impl<R: Record<Place = TopLevel>> TopList for R {
    fn top_list(workspace: &Workspace) -> &[Self] {
        R::list(workspace)
    }

    fn top_list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        R::list_mut(workspace)
    }
}

/// What a change did, for [`Record::follow`]: where the record sits (sat) in its list, and
/// the version an edit replaced or a removal took away.
pub enum Done<'a, R> {
    Added { index: usize },
    Edited { index: usize, old: &'a R },
    Removed { index: usize, old: &'a R },
}

/// Adds, edits or removes one record.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordOp<R: Record> {
    /// Adds the record at the end of its list; its id must be new.
    Add(R),
    /// Replaces the record with the same id.
    Edit(R),
    Remove(R::Id),
}

impl<R: Record> RecordOp<R> {
    pub fn verb(&self) -> Verb {
        match self {
            RecordOp::Add(_) => Verb::Add,
            RecordOp::Edit(_) => Verb::Edit,
            RecordOp::Remove(_) => Verb::Remove,
        }
    }
}

/// A change to one record of the list at `at`.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<R: Record> {
    pub at: R::Place,
    pub op: RecordOp<R>,
}

/// Which record a typing run edits: consecutive edits with the same key are one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordKey {
    kind: RecordKind,
    objective: Option<ObjectiveId>,
    id: Uuid,
}

impl<R: Record> Change<R> {
    fn merge_key(&self) -> Option<RecordKey> {
        match &self.op {
            RecordOp::Edit(record) if R::MERGES_TYPING => Some(RecordKey {
                kind: R::KIND,
                objective: self.at.objective(),
                id: record.id().into(),
            }),
            _ => None,
        }
    }

    fn decided(&self) -> Option<(RevisionReason, String)> {
        match &self.op {
            RecordOp::Add(record) | RecordOp::Edit(record) => record.decided(),
            RecordOp::Remove(_) => None,
        }
    }
}

/// A change to a record of any kind: what `Command::Record` carries.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordChange {
    Policy(Change<PolicyStatement>),
    Requirement(Change<Requirement>),
    Kpi(Change<Kpi>),
    Measurement(Change<Measurement>),
    Review(Change<Review>),
    Communication(Change<Communication>),
    PlanAction(Change<Action>),
    Assessment(Change<Assessment>),
}

/// Evaluates `$body` with `$change` bound to the typed [`Change`] inside a [`RecordChange`]:
/// the one list of kinds that the commands dispatch over.
macro_rules! with_change {
    ($record:expr, $change:ident => $body:expr) => {
        match $record {
            RecordChange::Policy($change) => $body,
            RecordChange::Requirement($change) => $body,
            RecordChange::Kpi($change) => $body,
            RecordChange::Measurement($change) => $body,
            RecordChange::Review($change) => $body,
            RecordChange::Communication($change) => $body,
            RecordChange::PlanAction($change) => $body,
            RecordChange::Assessment($change) => $body,
        }
    };
}

impl RecordChange {
    pub(super) fn apply(self, r: &mut Recorder<'_>) -> Result<ChangeLabel, CommandError> {
        with_change!(self, change => change_record(r, change))
    }

    /// The key under which an edit merges with the previous undo step, if it may.
    pub fn merge_key(&self) -> Option<RecordKey> {
        with_change!(self, change => change.merge_key())
    }

    /// The reason and approver the change gives the revisions it makes, if it gives them.
    pub fn decided(&self) -> Option<(RevisionReason, String)> {
        with_change!(self, change => change.decided())
    }
}

fn position<R: Record>(list: &[R], id: R::Id) -> Result<usize, CommandError> {
    list.iter()
        .position(|record| record.id() == id)
        .ok_or(R::NOT_FOUND)
}

/// Applies a change to a record of any kind: finds its list (and, to edit or remove, the
/// record), lets the kind complete and check the new version, refuses an id already taken,
/// writes the change (recorded for undo) and runs the kind's follow-up.
pub(super) fn change_record<R: Record>(
    r: &mut Recorder<'_>,
    change: Change<R>,
) -> Result<ChangeLabel, CommandError> {
    let Change { at, op } = change;
    let verb = op.verb();
    let list = R::list(at.holder(r.workspace)?);
    match op {
        RecordOp::Add(mut record) => {
            record.complete(r.workspace, at);
            record.check_record(r.workspace, at, None)?;
            if R::id_taken(r.workspace, at, record.id())? {
                return Err(CommandError::DuplicateId);
            }
            let list = R::list_mut(at.holder_mut::<R>(r)?);
            list.push(record);
            let index = list.len() - 1;
            R::follow(r, at, Done::Added { index })?;
        }
        RecordOp::Edit(mut record) => {
            let index = position(list, record.id())?;
            record.complete(r.workspace, at);
            record.check_record(r.workspace, at, Some(&list[index]))?;
            let slot = &mut R::list_mut(at.holder_mut::<R>(r)?)[index];
            let old = std::mem::replace(slot, record);
            R::follow(r, at, Done::Edited { index, old: &old })?;
        }
        RecordOp::Remove(id) => {
            let index = position(list, id)?;
            let old = R::list_mut(at.holder_mut::<R>(r)?).remove(index);
            R::follow(r, at, Done::Removed { index, old: &old })?;
        }
    }
    let code = at
        .objective()
        .and_then(|id| r.workspace.objective(id))
        .map(|objective| objective.code.clone());
    Ok(ChangeLabel::Record {
        kind: R::KIND,
        verb,
        code,
    })
}
