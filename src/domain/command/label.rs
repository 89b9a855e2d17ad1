//! What a change did, for the undo history and announcements ([`ChangeLabel`]), worded in the
//! user's language by `i18n::describe_change`. Every record command is labelled the same way:
//! by its [`RecordKind`], its [`Verb`] and the objective the record belongs to.

/// The kinds of records kept in lists that the record commands add to, edit and remove from
/// (see `Record`). The interface words each kind's changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Policy,
    Requirement,
    Kpi,
    Measurement,
    Review,
    Communication,
    PlanAction,
    Assessment,
}

impl RecordKind {
    /// Every kind, for checks that each one is worded.
    pub const ALL: [RecordKind; 8] = [
        RecordKind::Policy,
        RecordKind::Requirement,
        RecordKind::Kpi,
        RecordKind::Measurement,
        RecordKind::Review,
        RecordKind::Communication,
        RecordKind::PlanAction,
        RecordKind::Assessment,
    ];
}

/// What a record command did to its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verb {
    Add,
    Edit,
    Remove,
}

impl Verb {
    pub const ALL: [Verb; 3] = [Verb::Add, Verb::Edit, Verb::Remove];
}

/// A short description of a change, rendered in the user's language by the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeLabel {
    Organisation,
    PolicyMoved,
    ObjectiveCreated {
        code: String,
    },
    ObjectiveEdited {
        code: String,
    },
    ObjectiveMoved {
        code: String,
    },
    ObjectiveDeleted {
        code: String,
        count: usize,
    },
    WorkspaceReplaced,
    ThresholdsChanged,
    /// The findings logged on an exercise changed.
    ExerciseFindings,
    RevisionRecorded {
        code: String,
    },
    RevisionReverted {
        code: String,
    },
    /// A record added, edited or removed. `code` is the code of the objective the record
    /// belongs to; records of the workspace itself (policy statements, requirements,
    /// communications) have none.
    Record {
        kind: RecordKind,
        verb: Verb,
        code: Option<String>,
    },
}

impl ChangeLabel {
    /// The label of a change to a record of `kind` in the objective coded `code` (if any).
    pub fn record(kind: RecordKind, verb: Verb, code: Option<&str>) -> ChangeLabel {
        ChangeLabel::Record {
            kind,
            verb,
            code: code.map(str::to_string),
        }
    }
}
