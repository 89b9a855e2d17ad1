//! Three-way reconciliation of two versions of a workspace that grew from one common version
//! (two tabs that both saved): record by record, a change made on one side only is kept, and a
//! record changed differently on both sides is a conflict for the user to decide.
//!
//! Records are the organisation, the settings, and each policy statement, requirement,
//! objective (with its KPIs, plan, reviews and revisions) and communication, matched by id.
//! Nothing is ever dropped silently: when the common version is unknown (an empty base), every
//! record that differs is a conflict, and a record deleted on one side and changed on the other
//! is a conflict too.

use super::model::{Assessment, Communication, Objective, PolicyStatement, Requirement, Workspace};
use super::validate::{validate, Problem};
use crate::domain::hashing::{HashMap, HashSet};
use uuid::Uuid;

/// Which side wins the records changed on both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// This tab's version.
    Ours,
    /// The version another tab stored.
    Theirs,
}

/// The kind of record a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictKind {
    Organisation,
    Settings,
    PolicyStatement,
    Requirement,
    Objective,
    Communication,
    Assessment,
}

/// A record changed differently on both sides (or deleted on one and changed on the other).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// The record's id (the nil id for the organisation and the settings).
    pub id: Uuid,
    /// How people know it: an objective's code, a reference, a date.
    pub label: String,
}

/// The reconciled workspace, the conflicts decided by [`Prefer`], and the rules the result
/// would break (two objectives given the same code on both sides, say); a result with
/// problems must not be applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Reconciled {
    pub workspace: Workspace,
    pub conflicts: Vec<Conflict>,
    pub problems: Vec<Problem>,
}

/// Reconciles `ours` and `theirs`, two descendants of `base`. Conflicts take the side
/// `prefer` names. Runs in time linear in the number of records.
pub fn reconcile(
    base: &Workspace,
    ours: &Workspace,
    theirs: &Workspace,
    prefer: Prefer,
) -> Reconciled {
    let mut conflicts = Vec::new();
    let mut single = |kind: ConflictKind, label: String, pick: Pick| {
        if pick == Pick::Conflict {
            conflicts.push(Conflict {
                kind,
                id: Uuid::nil(),
                label,
            });
        }
    };
    let organisation = pick_value(&base.organisation, &ours.organisation, &theirs.organisation);
    single(
        ConflictKind::Organisation,
        ours.organisation.name.clone(),
        organisation,
    );
    let settings = pick_value(&base.settings, &ours.settings, &theirs.settings);
    single(ConflictKind::Settings, String::new(), settings);
    // An exercise's findings are one trainee's notes: on a conflict the preferred side's stand.
    let exercise = pick_value(&base.exercise, &ours.exercise, &theirs.exercise);
    let workspace = Workspace {
        exercise: choose(exercise, prefer, &ours.exercise, &theirs.exercise).clone(),
        organisation: choose(
            organisation,
            prefer,
            &ours.organisation,
            &theirs.organisation,
        )
        .clone(),
        settings: choose(settings, prefer, &ours.settings, &theirs.settings).clone(),
        policy: reconcile_records(
            Records::new(&base.policy, &ours.policy, &theirs.policy),
            |p: &PolicyStatement| p.id.0,
            |p| (ConflictKind::PolicyStatement, p.reference.clone()),
            prefer,
            &mut conflicts,
        ),
        requirements: reconcile_records(
            Records::new(&base.requirements, &ours.requirements, &theirs.requirements),
            |r: &Requirement| r.id.0,
            |r| (ConflictKind::Requirement, r.reference.clone()),
            prefer,
            &mut conflicts,
        ),
        objectives: reconcile_records(
            Records::new(&base.objectives, &ours.objectives, &theirs.objectives),
            |o: &Objective| o.id.0,
            |o| (ConflictKind::Objective, o.code.clone()),
            prefer,
            &mut conflicts,
        ),
        communications: reconcile_records(
            Records::new(
                &base.communications,
                &ours.communications,
                &theirs.communications,
            ),
            |c: &Communication| c.id.0,
            |c| (ConflictKind::Communication, c.date.to_string()),
            prefer,
            &mut conflicts,
        ),
        assessments: reconcile_records(
            Records::new(&base.assessments, &ours.assessments, &theirs.assessments),
            |a: &Assessment| a.id.0,
            |a| (ConflictKind::Assessment, a.date.to_string()),
            prefer,
            &mut conflicts,
        ),
    };
    let problems = validate(&workspace);
    Reconciled {
        workspace,
        conflicts,
        problems,
    }
}

/// Which side a record's reconciled value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Ours,
    Theirs,
    Conflict,
}

/// The side `pick` names, or the preferred one for a conflict.
fn choose<T>(pick: Pick, prefer: Prefer, ours: T, theirs: T) -> T {
    match (pick, prefer) {
        (Pick::Ours, _) | (Pick::Conflict, Prefer::Ours) => ours,
        (Pick::Theirs, _) | (Pick::Conflict, Prefer::Theirs) => theirs,
    }
}

/// The three-way rule for one value: whichever side changed it wins; both sides changing it
/// alike is no conflict.
fn pick_value<T: PartialEq>(base: &T, ours: &T, theirs: &T) -> Pick {
    if ours == theirs || theirs == base {
        Pick::Ours
    } else if ours == base {
        Pick::Theirs
    } else {
        Pick::Conflict
    }
}

/// One list of records on the three sides.
struct Records<'a, T> {
    base: &'a [T],
    ours: &'a [T],
    theirs: &'a [T],
}

impl<'a, T> Records<'a, T> {
    fn new(base: &'a [T], ours: &'a [T], theirs: &'a [T]) -> Self {
        Records { base, ours, theirs }
    }
}

/// Reconciles one list of records matched by `id`. The order is the stored one (theirs), unless
/// only this tab reordered the list; records added by the other side follow in their order.
fn reconcile_records<T: Clone + PartialEq>(
    records: Records<'_, T>,
    id: impl Fn(&T) -> Uuid,
    describe: impl Fn(&T) -> (ConflictKind, String),
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let index = |list: &'_ [T]| -> HashMap<Uuid, usize> {
        list.iter()
            .enumerate()
            .map(|(at, record)| (id(record), at))
            .collect()
    };
    let (base_at, ours_at, theirs_at) = (
        index(records.base),
        index(records.ours),
        index(records.theirs),
    );
    let base_get = |key: &Uuid| base_at.get(key).map(|&at| &records.base[at]);
    let ours_get = |key: &Uuid| ours_at.get(key).map(|&at| &records.ours[at]);
    let theirs_get = |key: &Uuid| theirs_at.get(key).map(|&at| &records.theirs[at]);

    let order_of = |list: &[T]| -> Vec<Uuid> { list.iter().map(&id).collect() };
    // Whether two lists hold the records they share in the same order.
    let same_order =
        |a: &[T], a_at: &HashMap<Uuid, usize>, b: &[T], b_at: &HashMap<Uuid, usize>| {
            let shared_a = a.iter().map(&id).filter(|k| b_at.contains_key(k));
            let shared_b = b.iter().map(&id).filter(|k| a_at.contains_key(k));
            shared_a.eq(shared_b)
        };
    let ours_reordered = same_order(records.base, &base_at, records.theirs, &theirs_at)
        && !same_order(records.base, &base_at, records.ours, &ours_at);
    let (first, second) = if ours_reordered {
        (order_of(records.ours), order_of(records.theirs))
    } else {
        (order_of(records.theirs), order_of(records.ours))
    };
    let mut seen: HashSet<Uuid> =
        HashSet::with_capacity_and_hasher(first.len() + second.len(), Default::default());
    let mut result = Vec::with_capacity(first.len().max(second.len()));
    for key in first.into_iter().chain(second) {
        if !seen.insert(key) {
            continue;
        }
        let (base, mine, other) = (base_get(&key), ours_get(&key), theirs_get(&key));
        let pick = pick_value(&base, &mine, &other);
        if pick == Pick::Conflict {
            let named = mine.or(other).or(base);
            if let Some(record) = named {
                let (kind, label) = describe(record);
                conflicts.push(Conflict {
                    kind,
                    id: key,
                    label,
                });
            }
        }
        if let Some(record) = choose(pick, prefer, mine, other) {
            result.push(record.clone());
        }
    }
    result
}
