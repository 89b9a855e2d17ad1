//! The records the clause 6.2 evidence pack shows beside the arrangements: each KPI's
//! measurements (the latest ones, with progress, status and trend) and the overdue ones, the
//! reviews, the communication log, the revisions, the resources per objective and the
//! off-track objectives with their corrective actions, each in report order.
//!
//! Indices point into the workspace, so the pack copies no text; a KPI with a long history
//! shows its latest [`MAX_MEASUREMENT_ROWS`] measurements and says how many it leaves out.

use super::model::{ActionStatus, Objective, ResourceKind, ReviewResult, Status, Workspace};
use super::progress::{
    kpi_progress, measurement_overdue, objective_start, roll_up, KpiProgress, KpiStatus, Thresholds,
};
use super::trend::{summarise, TrendSummary};
use chrono::NaiveDate;

/// At most this many measurements of one KPI are listed in the pack (the latest ones); the
/// JSON export keeps every one.
pub const MAX_MEASUREMENT_ROWS: usize = 12;

/// One KPI's measurements as the pack lists them.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiRecords {
    /// The objective's index in `workspace.objectives`.
    pub objective: usize,
    /// The KPI's index in the objective's KPIs.
    pub kpi: usize,
    /// The measurements listed, as indices into the KPI's measurements, oldest first.
    pub shown: Vec<usize>,
    /// How many earlier measurements are left out.
    pub left_out: usize,
    pub progress: KpiProgress,
    /// `None` while the KPI has no measurement.
    pub trend: Option<TrendSummary>,
}

/// A KPI whose next measurement is overdue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverdueMeasurement {
    pub objective: usize,
    pub kpi: usize,
    /// The day the measurement was due.
    pub due: NaiveDate,
}

/// A record of an objective: its index, then the record's index in the objective's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectiveRecord {
    pub objective: usize,
    pub record: usize,
}

/// The resources of one kind that an objective's plan requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindTotal {
    pub kind: ResourceKind,
    /// How many resources of this kind the actions list.
    pub count: usize,
    /// How many of them are approved.
    pub approved: usize,
    /// Their amounts as recorded ("2 engineers", "CNY 50,000"), in plan order, empty ones left
    /// out: amounts are free text, so they are listed, never added up.
    pub amounts: Vec<(usize, usize)>,
}

/// The resources an objective's plan requires, by kind (in [`RESOURCE_KINDS`] order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceTotals {
    pub objective: usize,
    pub kinds: Vec<KindTotal>,
}

/// An objective that is off track, and the corrective actions of its plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OffTrackObjective {
    pub objective: usize,
    /// The progress of its own KPIs is off track.
    pub by_progress: bool,
    /// Its latest review found it off track.
    pub by_review: bool,
    /// Indices of its plan's corrective actions (cancelled ones left out).
    pub corrective: Vec<usize>,
}

/// Every record the pack lists, in report order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackRecords {
    pub measurements: Vec<KpiRecords>,
    pub overdue: Vec<OverdueMeasurement>,
    /// Reviews by objective, oldest first within an objective.
    pub reviews: Vec<ObjectiveRecord>,
    /// Indices into `workspace.communications`, oldest first.
    pub communications: Vec<usize>,
    /// Revisions by objective, by number.
    pub revisions: Vec<ObjectiveRecord>,
    pub resources: Vec<ResourceTotals>,
    pub off_track: Vec<OffTrackObjective>,
}

/// The kinds of resources in the order the pack lists them.
pub const RESOURCE_KINDS: [ResourceKind; 6] = [
    ResourceKind::People,
    ResourceKind::Budget,
    ResourceKind::Tool,
    ResourceKind::Supplier,
    ResourceKind::Time,
    ResourceKind::Other,
];

fn kpi_records(
    objective_index: usize,
    objective: &Objective,
    today: NaiveDate,
    limits: Thresholds,
) -> impl Iterator<Item = KpiRecords> + '_ {
    let start = objective_start(objective).unwrap_or(today);
    objective
        .kpis
        .iter()
        .enumerate()
        .map(move |(kpi_index, kpi)| {
            // The indices of the finite measurements in date order (as the trend reads them).
            let mut ordered: Vec<usize> = (0..kpi.measurements.len())
                .filter(|&i| kpi.measurements[i].value.is_finite())
                .collect();
            // A stable sort keeps the recording order within a day, as `trend::series` does.
            crate::domain::sorting::sort_by_key(&mut ordered, |&i| kpi.measurements[i].date);
            let left_out = ordered.len().saturating_sub(MAX_MEASUREMENT_ROWS);
            KpiRecords {
                objective: objective_index,
                kpi: kpi_index,
                shown: ordered[left_out..].to_vec(),
                left_out,
                progress: kpi_progress(kpi, start, today, limits),
                trend: summarise(kpi),
            }
        })
}

fn resource_totals(objective_index: usize, objective: &Objective) -> Option<ResourceTotals> {
    let actions = &objective.plan.as_ref()?.actions;
    let kinds: Vec<KindTotal> = RESOURCE_KINDS
        .into_iter()
        .filter_map(|kind| {
            let mut total = KindTotal {
                kind,
                count: 0,
                approved: 0,
                amounts: Vec::new(),
            };
            for (action_index, action) in actions.iter().enumerate() {
                if action.status == ActionStatus::Cancelled {
                    continue;
                }
                for (resource_index, resource) in action.resources.iter().enumerate() {
                    if resource.kind != kind {
                        continue;
                    }
                    total.count += 1;
                    total.approved += usize::from(resource.approved);
                    if !resource.amount.trim().is_empty() {
                        total.amounts.push((action_index, resource_index));
                    }
                }
            }
            (total.count > 0).then_some(total)
        })
        .collect();
    (!kinds.is_empty()).then_some(ResourceTotals {
        objective: objective_index,
        kinds,
    })
}

/// The latest review of an objective (the latest date; of two on a day, the later stored).
fn latest_review_result(objective: &Objective) -> Option<ReviewResult> {
    objective
        .reviews
        .iter()
        .enumerate()
        .max_by_key(|(index, review)| (review.date, *index))
        .map(|(_, review)| review.result)
}

/// Collects the records of the objectives `order` names (indices into the workspace, in
/// report order) as of `today`.
pub fn collect(workspace: &Workspace, order: &[usize], today: NaiveDate) -> PackRecords {
    let limits = Thresholds::of(&workspace.settings);
    let progress = roll_up(workspace, today);
    let mut records = PackRecords::default();
    for &index in order {
        let Some(objective) = workspace.objectives.get(index) else {
            continue;
        };
        records
            .measurements
            .extend(kpi_records(index, objective, today, limits));
        if objective.status == Status::Active {
            let start = objective_start(objective).unwrap_or(today);
            for (kpi_index, kpi) in objective.kpis.iter().enumerate() {
                if measurement_overdue(kpi, start, today) {
                    if let Some(due) = kpi.measurement_due(start) {
                        records.overdue.push(OverdueMeasurement {
                            objective: index,
                            kpi: kpi_index,
                            due,
                        });
                    }
                }
            }
        }
        let mut reviews: Vec<usize> = (0..objective.reviews.len()).collect();
        crate::domain::sorting::sort_by_key(&mut reviews, |&r| objective.reviews[r].date);
        records
            .reviews
            .extend(reviews.into_iter().map(|record| ObjectiveRecord {
                objective: index,
                record,
            }));
        let mut revisions: Vec<usize> = (0..objective.revisions.len()).collect();
        crate::domain::sorting::sort_by_key(&mut revisions, |&r| objective.revisions[r].number);
        records
            .revisions
            .extend(revisions.into_iter().map(|record| ObjectiveRecord {
                objective: index,
                record,
            }));
        records.resources.extend(resource_totals(index, objective));
        // Its own KPIs, not the roll-up: an objective off track through a child is listed
        // through that child, with the child's corrective actions.
        let by_progress = !objective.status.is_closed()
            && progress
                .get(&objective.id)
                .and_then(|p| p.own)
                .is_some_and(|own| own.status == KpiStatus::OffTrack);
        let by_review = !objective.status.is_closed()
            && latest_review_result(objective) == Some(ReviewResult::OffTrack);
        if by_progress || by_review {
            let corrective = objective
                .plan
                .iter()
                .flat_map(|plan| plan.actions.iter().enumerate())
                .filter(|(_, a)| a.corrective && a.status != ActionStatus::Cancelled)
                .map(|(i, _)| i)
                .collect();
            records.off_track.push(OffTrackObjective {
                objective: index,
                by_progress,
                by_review,
                corrective,
            });
        }
    }
    let mut communications: Vec<usize> = (0..workspace.communications.len()).collect();
    crate::domain::sorting::sort_by_key(&mut communications, |&c| workspace.communications[c].date);
    records.communications = communications;
    records
}
