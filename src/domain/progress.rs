//! How far each KPI has come from its baseline towards its target, whether that is on track
//! for the time that has passed, when it is next due to be measured, and the weighted roll-up
//! of an objective's KPIs and children.
//!
//! The rules, in words (README "Progress and status" repeats them for users):
//! - Progress is the share of the way from the baseline to the target the latest value has
//!   covered, between 0 and 1. Lower-is-better KPIs (MTTR, first response) count a fall as
//!   progress; a range target counts how much of the baseline's distance to the range is gone.
//! - Without a baseline (or when the baseline already meets the target) only "met" or "not
//!   met" can be said: progress is 1 or 0. A value that does not meet the target shows at most
//!   99 % (a value exactly at an exclusive boundary such as "under 15" is not there yet).
//! - A milestone KPI is achieved by a measurement of 1 (progress 1, otherwise 0); nothing is
//!   expected of it before its target date and all of it from that date on.
//! - Expected progress grows linearly from the objective's creation to the KPI's target date
//!   (all of it is expected when there is no target date). A KPI is on track when its progress
//!   is at least `at_risk_below` of what is expected, at risk down to `off_track_below`, and off
//!   track below that. A met target is always on track.

use super::ids::ObjectiveId;
use super::model::{Boundary, Direction, Kpi, Measurement, Objective, Settings, Status, Workspace};
use crate::domain::hashing::HashMap;
use chrono::NaiveDate;

/// The share of expected progress below which a KPI is at risk, unless the workspace says.
pub const DEFAULT_AT_RISK_BELOW: f64 = 0.9;
/// The share of expected progress below which a KPI is off track, unless the workspace says.
pub const DEFAULT_OFF_TRACK_BELOW: f64 = 0.7;

/// The limits between on track, at risk and off track, as shares of the expected progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Thresholds {
    pub at_risk_below: f64,
    pub off_track_below: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            at_risk_below: DEFAULT_AT_RISK_BELOW,
            off_track_below: DEFAULT_OFF_TRACK_BELOW,
        }
    }
}

impl Thresholds {
    /// The workspace's thresholds; a missing, non-finite or inconsistent one falls back to the
    /// default so a hand-edited file can never make every KPI look on track.
    pub fn of(settings: &Settings) -> Self {
        let usable =
            |value: Option<f64>| value.filter(|v| v.is_finite() && (0.0..=1.0).contains(v));
        let at_risk_below = usable(settings.at_risk_below).unwrap_or(DEFAULT_AT_RISK_BELOW);
        let off_track_below = usable(settings.off_track_below)
            .filter(|v| *v <= at_risk_below)
            .unwrap_or(DEFAULT_OFF_TRACK_BELOW.min(at_risk_below));
        Self {
            at_risk_below,
            off_track_below,
        }
    }
}

/// Where a KPI stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiStatus {
    /// The KPI has no target, so there is nothing to be on track for.
    NoTarget,
    /// The KPI has a target but no measurement yet.
    NotMeasured,
    OnTrack,
    AtRisk,
    OffTrack,
}

impl KpiStatus {
    /// Worst first: used to sort and to summarise several KPIs by their worst one.
    pub fn severity(self) -> u8 {
        match self {
            KpiStatus::OffTrack => 4,
            KpiStatus::AtRisk => 3,
            KpiStatus::NotMeasured => 2,
            KpiStatus::OnTrack => 1,
            KpiStatus::NoTarget => 0,
        }
    }
}

/// A KPI's latest value and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiProgress {
    /// The latest measurement (by date; the later-recorded one of two on the same day).
    pub latest: Option<Measurement>,
    /// Share of the way from the baseline to the target, 0–1; `None` without a target or a
    /// measurement.
    pub progress: Option<f64>,
    /// Whether the latest value meets the target.
    pub met: bool,
    /// Share of the way expected by `today`, 0–1.
    pub expected: f64,
    pub status: KpiStatus,
}

/// The value a milestone KPI records when it is achieved (0 while it is not).
pub const MILESTONE_ACHIEVED: f64 = 1.0;

/// Whether `value` meets the KPI's target (`None` when it has no target). A milestone's
/// target is always [`MILESTONE_ACHIEVED`].
pub fn meets_target(kpi: &Kpi, value: f64) -> Option<bool> {
    let exclusive = kpi.boundary == Boundary::Exclusive;
    match (kpi.direction, kpi.target, kpi.target_upper) {
        (Direction::Milestone, _, _) => Some(value >= MILESTONE_ACHIEVED),
        (Direction::HigherIsBetter, Some(target), _) if exclusive => Some(value > target),
        (Direction::HigherIsBetter, Some(target), _) => Some(value >= target),
        (Direction::LowerIsBetter, Some(target), _) if exclusive => Some(value < target),
        (Direction::LowerIsBetter, Some(target), _) => Some(value <= target),
        (Direction::Range, Some(low), Some(high)) => Some(low <= value && value <= high),
        (Direction::Range, Some(low), None) => Some(value >= low),
        (Direction::Range, None, Some(high)) => Some(value <= high),
        (_, None, _) => None,
    }
}

/// How far from meeting the target `value` is (0 when it meets it); `None` without a target.
pub fn shortfall(kpi: &Kpi, value: f64) -> Option<f64> {
    let gap = match (kpi.direction, kpi.target, kpi.target_upper) {
        (Direction::Milestone, _, _) => MILESTONE_ACHIEVED - value.min(MILESTONE_ACHIEVED),
        (Direction::HigherIsBetter, Some(target), _) => target - value,
        (Direction::LowerIsBetter, Some(target), _) => value - target,
        (Direction::Range, low, high) if low.is_some() || high.is_some() => {
            let below = low.map_or(0.0, |low| low - value);
            let above = high.map_or(0.0, |high| value - high);
            below.max(above)
        }
        _ => return None,
    };
    Some(gap.max(0.0))
}

/// The most progress a value that does not meet its target shows.
const NOT_MET_AT_MOST: f64 = 0.99;

/// Share of the way from the baseline to the target that `value` has covered, 0–1.
pub fn progress_of(kpi: &Kpi, value: f64) -> Option<f64> {
    if meets_target(kpi, value)? {
        return Some(1.0);
    }
    if kpi.direction == Direction::Milestone {
        return Some(0.0);
    }
    let remaining = shortfall(kpi, value)?;
    let at_start = kpi.baseline.and_then(|baseline| shortfall(kpi, baseline));
    match at_start {
        Some(start) if start > 0.0 && start.is_finite() => {
            Some((1.0 - remaining / start).clamp(0.0, NOT_MET_AT_MOST))
        }
        // No baseline, or the baseline already met the target: only met or not met.
        _ => Some(0.0),
    }
}

/// Share of the way expected by `today`: the time passed from `start` to the target date.
pub fn expected_progress(
    start: NaiveDate,
    target_date: Option<NaiveDate>,
    today: NaiveDate,
) -> f64 {
    let Some(end) = target_date else {
        return 1.0;
    };
    let total = (end - start).num_days();
    if total <= 0 || today >= end {
        return 1.0;
    }
    let passed = (today - start).num_days().max(0);
    passed as f64 / total as f64
}

/// What is expected of a milestone by `today`: nothing before its target date, all of it from
/// then on (and all of it when it has no date).
pub fn milestone_expected(target_date: Option<NaiveDate>, today: NaiveDate) -> f64 {
    match target_date {
        Some(due) if today < due => 0.0,
        _ => 1.0,
    }
}

/// A KPI's progress and status on `today`, for an objective created on `start`.
pub fn kpi_progress(
    kpi: &Kpi,
    start: NaiveDate,
    today: NaiveDate,
    limits: Thresholds,
) -> KpiProgress {
    let latest = kpi.latest_measurement();
    let standing = kpi_standing(kpi, latest, start, today, limits);
    KpiProgress {
        latest: latest.cloned(),
        progress: standing.progress,
        met: standing.met,
        expected: standing.expected,
        status: standing.status,
    }
}

/// A KPI's progress without its latest measurement: what the roll-up needs, without copying
/// the measurement's texts for every KPI of the workspace.
struct KpiStanding {
    progress: Option<f64>,
    met: bool,
    expected: f64,
    status: KpiStatus,
}

fn kpi_standing(
    kpi: &Kpi,
    latest: Option<&Measurement>,
    start: NaiveDate,
    today: NaiveDate,
    limits: Thresholds,
) -> KpiStanding {
    let expected = match kpi.direction {
        Direction::Milestone => milestone_expected(kpi.target_date, today),
        _ => expected_progress(start, kpi.target_date, today),
    };
    let has_target = meets_target(kpi, 0.0).is_some();
    let (progress, met, status) = match (latest, has_target) {
        (_, false) => (None, false, KpiStatus::NoTarget),
        (None, true) => (None, false, KpiStatus::NotMeasured),
        (Some(measurement), true) => {
            let value = measurement.value;
            let met = meets_target(kpi, value).unwrap_or(false);
            let progress = progress_of(kpi, value).unwrap_or(0.0);
            let status = if met || expected <= 0.0 {
                KpiStatus::OnTrack
            } else {
                let share = progress / expected;
                if share >= limits.at_risk_below {
                    KpiStatus::OnTrack
                } else if share >= limits.off_track_below {
                    KpiStatus::AtRisk
                } else {
                    KpiStatus::OffTrack
                }
            };
            (Some(progress), met, status)
        }
    };
    KpiStanding {
        progress,
        met,
        expected,
        status,
    }
}

/// Whether the KPI's next measurement is due before `today`.
pub fn measurement_overdue(kpi: &Kpi, start: NaiveDate, today: NaiveDate) -> bool {
    kpi.measurement_due(start).is_some_and(|due| due < today)
}

/// The weighted mean of `(weight, progress)` parts. A weight of 0 leaves a part out; a missing,
/// negative or non-finite weight counts as the default weight of 1. `None` when nothing counts.
pub fn weighted_mean(parts: impl IntoIterator<Item = (Option<f64>, f64)>) -> Option<f64> {
    let (sum, total) = parts
        .into_iter()
        .fold((0.0, 0.0), |(sum, total), (weight, value)| {
            let weight = weight.filter(|w| w.is_finite() && *w >= 0.0).unwrap_or(1.0);
            (sum + weight * value, total + weight)
        });
    (total > 0.0).then(|| (sum / total).clamp(0.0, 1.0))
}

/// How `progress` compares with what was `expected` by now (both 0–1): on track when it is
/// complete, when nothing is expected yet, or when it is at least `at_risk_below` of what is
/// expected; at risk down to `off_track_below`; off track below that. The same rule as for a
/// single KPI, so a roll-up of one part has that part's status.
pub fn status_of(progress: f64, expected: f64, limits: Thresholds) -> KpiStatus {
    if progress >= 1.0 || expected <= 0.0 {
        return KpiStatus::OnTrack;
    }
    let share = progress / expected;
    if share >= limits.at_risk_below {
        KpiStatus::OnTrack
    } else if share >= limits.off_track_below {
        KpiStatus::AtRisk
    } else {
        KpiStatus::OffTrack
    }
}

/// One part of a roll-up (a measured KPI, or a child objective with progress).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    /// `None` is the default weight of 1; 0 leaves the part out.
    pub weight: Option<f64>,
    pub progress: f64,
    pub expected: f64,
}

/// Progress and expected progress combined over several parts, and the status they give.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    pub progress: f64,
    pub expected: f64,
    pub status: KpiStatus,
}

/// The weighted means of the parts' progress and expected progress, and their status;
/// `None` when no part counts (no parts, or all weighted 0).
pub fn combine(parts: &[Part], limits: Thresholds) -> Option<Share> {
    let progress = weighted_mean(parts.iter().map(|p| (p.weight, p.progress)))?;
    let expected = weighted_mean(parts.iter().map(|p| (p.weight, p.expected)))?;
    Some(Share {
        progress,
        expected,
        status: status_of(progress, expected, limits),
    })
}

/// Where an objective stands: its own KPIs, its children's roll-up, and both together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectiveProgress {
    /// Its own KPIs that have a target and a measurement, weighted by the KPIs' weights.
    pub own: Option<Share>,
    /// Its children's overall progress, weighted by the children's weights.
    pub children: Option<Share>,
    /// Every measured KPI of its own and every child with progress, as parts of one weighted
    /// mean: the objective's progress and status.
    pub overall: Option<Share>,
    /// How many of its KPIs have a target, and how many of those are measured.
    pub kpis_with_target: usize,
    pub kpis_measured: usize,
    /// How many children count in the roll-up (with progress and a weight above 0).
    pub children_counted: usize,
    /// How many objectives count through a weighted "also contributes to" link (with progress
    /// and a weight above 0). Links without a weight are shown but never counted.
    pub contributions_counted: usize,
    /// How many of its KPIs are overdue for a measurement (active objectives only).
    pub overdue: usize,
}

impl ObjectiveProgress {
    /// The objective's status; `NotMeasured` ("no data") when nothing can be said yet.
    pub fn status(&self) -> KpiStatus {
        self.overall
            .map_or(KpiStatus::NotMeasured, |share| share.status)
    }

    /// The objective's progress, 0–1, when there is any data.
    pub fn progress(&self) -> Option<f64> {
        self.overall.map(|share| share.progress)
    }
}

/// Every objective's progress, by id.
pub type RollUp = HashMap<ObjectiveId, ObjectiveProgress>;

/// The date progress is measured from: the day the objective was created.
pub fn objective_start(objective: &Objective) -> Option<NaiveDate> {
    objective.created.date()
}

/// An objective's own part of the roll-up: its KPIs' progress and overdue measurements, and
/// the measured KPIs as parts for the overall mean.
fn own_progress(
    objective: &Objective,
    today: NaiveDate,
    limits: Thresholds,
) -> (ObjectiveProgress, Vec<Part>) {
    let start = objective_start(objective).unwrap_or(today);
    let mut parts = Vec::new();
    let mut result = ObjectiveProgress::default();
    for kpi in &objective.kpis {
        let progress = kpi_standing(kpi, kpi.latest_measurement(), start, today, limits);
        if progress.status != KpiStatus::NoTarget {
            result.kpis_with_target += 1;
        }
        if let Some(value) = progress.progress {
            result.kpis_measured += 1;
            parts.push(Part {
                weight: kpi.weight,
                progress: value,
                expected: progress.expected,
            });
        }
        if objective.status == Status::Active && measurement_overdue(kpi, start, today) {
            result.overdue += 1;
        }
    }
    result.own = combine(&parts, limits);
    (result, parts)
}

/// Whether a child still counts in its parent's roll-up: cancelled and superseded objectives
/// are no longer pursued, so they leave it.
fn counts_in_roll_up(objective: &Objective) -> bool {
    !matches!(objective.status, Status::Cancelled | Status::Superseded)
}

/// Every objective's progress on `today`, in one pass: each objective after everything that
/// counts in it (its children and the objectives linked to it with a weight), and each
/// objective and KPI looked at once, however deep the tree. A corrupt loop cannot loop:
/// objectives in one get their own KPIs' progress and whatever of their parts was computed
/// before them.
pub fn roll_up(workspace: &Workspace, today: NaiveDate) -> RollUp {
    let limits = Thresholds::of(&workspace.settings);
    let objectives = &workspace.objectives;
    let index: HashMap<ObjectiveId, usize> = objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    // What counts in each objective: children (weighted by their own weight) and weighted
    // contributions (weighted by the link's weight).
    let mut inputs: Vec<Vec<(usize, Option<f64>)>> = vec![Vec::new(); objectives.len()];
    let mut consumers: Vec<Vec<usize>> = vec![Vec::new(); objectives.len()];
    for (i, objective) in objectives.iter().enumerate() {
        if let Some(parent) = objective.parent.and_then(|p| index.get(&p).copied()) {
            if parent != i {
                inputs[parent].push((i, objective.weight));
                consumers[i].push(parent);
            }
        }
        for link in &objective.contributes_to {
            let Some(weight) = link.weight else { continue };
            if let Some(target) = index.get(&link.objective).copied().filter(|t| *t != i) {
                inputs[target].push((i, Some(weight)));
                consumers[i].push(target);
            }
        }
    }
    // Parts before what they count in: Kahn's order from the objectives nothing counts in.
    let mut waiting: Vec<usize> = inputs.iter().map(Vec::len).collect();
    let mut order: Vec<usize> = (0..objectives.len()).filter(|&i| waiting[i] == 0).collect();
    let mut next = 0;
    while let Some(&at) = order.get(next) {
        for &consumer in &consumers[at] {
            waiting[consumer] -= 1;
            if waiting[consumer] == 0 {
                order.push(consumer);
            }
        }
        next += 1;
    }
    let mut placed = vec![false; objectives.len()];
    for &at in &order {
        placed[at] = true;
    }
    order.extend((0..objectives.len()).filter(|&i| !placed[i]));

    let mut results: Vec<Option<ObjectiveProgress>> = vec![None; objectives.len()];
    for &at in &order {
        let objective = &objectives[at];
        let (mut progress, mut parts) = own_progress(objective, today, limits);
        let mut child_parts = Vec::new();
        let mut linked_parts = Vec::new();
        for &(input, weight) in &inputs[at] {
            let Some(share) = results[input].as_ref().and_then(|c| c.overall) else {
                continue;
            };
            if !counts_in_roll_up(&objectives[input]) {
                continue;
            }
            if weight.is_some_and(|w| w == 0.0) {
                continue;
            }
            let part = Part {
                weight,
                progress: share.progress,
                expected: share.expected,
            };
            if objectives[input].parent == Some(objective.id) {
                child_parts.push(part);
            } else {
                linked_parts.push(part);
            }
        }
        progress.children_counted = child_parts.len();
        progress.contributions_counted = linked_parts.len();
        progress.children = combine(&child_parts, limits);
        parts.extend(child_parts);
        parts.extend(linked_parts);
        progress.overall = combine(&parts, limits);
        results[at] = Some(progress);
    }
    objectives
        .iter()
        .zip(results)
        .filter_map(|(objective, result)| result.map(|progress| (objective.id, progress)))
        .collect()
}

/// Who recorded the latest measurement anywhere in the workspace (the latest date; of several
/// on that day, the last stored): the default "recorded by" for the next one.
pub fn last_recorded_by(workspace: &Workspace) -> Option<&str> {
    workspace
        .objectives
        .iter()
        .flat_map(|o| &o.kpis)
        .flat_map(|k| &k.measurements)
        .enumerate()
        .filter(|(_, m)| !m.recorded_by.trim().is_empty())
        .max_by_key(|(index, m)| (m.date, *index))
        .map(|(_, m)| m.recorded_by.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{Frequency, KpiId, RecordId};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn kpi(
        direction: Direction,
        baseline: Option<f64>,
        target: Option<f64>,
        upper: Option<f64>,
    ) -> Kpi {
        Kpi {
            direction,
            baseline,
            target,
            target_upper: upper,
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "K")
        }
    }

    fn measured(mut kpi: Kpi, values: &[(NaiveDate, f64)]) -> Kpi {
        let mut ids = SequentialIds::default();
        kpi.measurements = values
            .iter()
            .map(|(date, value)| Measurement {
                id: RecordId::new(&mut ids),
                date: *date,
                value: *value,
                note: String::new(),
                recorded_by: String::new(),
            })
            .collect();
        kpi
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn higher_is_better_counts_the_way_from_baseline_to_target() {
        let k = kpi(Direction::HigherIsBetter, Some(80.0), Some(90.0), None);
        assert!(close(progress_of(&k, 85.0), 0.5));
        assert!(close(progress_of(&k, 90.0), 1.0));
        assert!(
            close(progress_of(&k, 95.0), 1.0),
            "beyond the target is capped"
        );
        assert!(
            close(progress_of(&k, 70.0), 0.0),
            "worse than the baseline is none"
        );
    }

    #[test]
    fn lower_is_better_counts_a_fall_as_progress() {
        // MTTR from 40 minutes to 15.
        let k = kpi(Direction::LowerIsBetter, Some(40.0), Some(15.0), None);
        assert!(close(progress_of(&k, 30.0), 0.4));
        assert!(close(progress_of(&k, 15.0), 1.0));
        assert!(close(progress_of(&k, 50.0), 0.0));
    }

    #[test]
    fn zero_and_negative_baselines_work_like_any_other() {
        let k = kpi(Direction::HigherIsBetter, Some(0.0), Some(10.0), None);
        assert!(close(progress_of(&k, 2.5), 0.25));
        let k = kpi(Direction::HigherIsBetter, Some(-20.0), Some(0.0), None);
        assert!(close(progress_of(&k, -5.0), 0.75));
        let k = kpi(Direction::LowerIsBetter, Some(0.0), Some(-4.0), None);
        assert!(close(progress_of(&k, -1.0), 0.25));
    }

    #[test]
    fn a_range_counts_how_much_of_the_distance_to_it_is_gone() {
        // Utilisation 75–85 %, from 95 %.
        let k = kpi(Direction::Range, Some(95.0), Some(75.0), Some(85.0));
        assert!(close(progress_of(&k, 90.0), 0.5));
        assert!(close(progress_of(&k, 80.0), 1.0));
        assert_eq!(meets_target(&k, 74.9), Some(false));
        assert_eq!(meets_target(&k, 85.0), Some(true));
        // From below the range.
        let k = kpi(Direction::Range, Some(55.0), Some(75.0), Some(85.0));
        assert!(close(progress_of(&k, 70.0), 0.75));
        // Overshooting to the other side by more than the start distance is no progress.
        assert!(close(progress_of(&k, 110.0), 0.0));
    }

    #[test]
    fn without_a_baseline_or_with_the_target_already_met_only_met_counts() {
        let k = kpi(Direction::HigherIsBetter, None, Some(90.0), None);
        assert!(close(progress_of(&k, 89.0), 0.0));
        assert!(close(progress_of(&k, 90.0), 1.0));
        let k = kpi(Direction::HigherIsBetter, Some(95.0), Some(90.0), None);
        assert!(close(progress_of(&k, 92.0), 1.0));
        assert!(close(progress_of(&k, 85.0), 0.0));
        let k = kpi(Direction::HigherIsBetter, Some(90.0), Some(90.0), None);
        assert!(close(progress_of(&k, 89.0), 0.0));
    }

    #[test]
    fn no_target_means_no_progress_and_no_status() {
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(1.0), None, None),
            &[(date(2026, 1, 1), 5.0)],
        );
        assert_eq!(progress_of(&k, 5.0), None);
        let p = kpi_progress(
            &k,
            date(2026, 1, 1),
            date(2026, 2, 1),
            Thresholds::default(),
        );
        assert_eq!(p.status, KpiStatus::NoTarget);
        assert_eq!(p.progress, None);
        assert!(p.latest.is_some());
    }

    #[test]
    fn a_kpi_without_measurements_is_not_measured() {
        let k = kpi(Direction::HigherIsBetter, Some(1.0), Some(2.0), None);
        let p = kpi_progress(
            &k,
            date(2026, 1, 1),
            date(2026, 2, 1),
            Thresholds::default(),
        );
        assert_eq!(p.status, KpiStatus::NotMeasured);
        assert_eq!(p.latest, None);
    }

    #[test]
    fn status_compares_progress_with_the_time_passed() {
        let start = date(2026, 1, 1);
        let mut k = kpi(Direction::LowerIsBetter, Some(40.0), Some(15.0), None);
        k.target_date = Some(date(2026, 12, 31)); // 364 days
        let halfway = date(2026, 7, 2); // 182 days: half expected
        let limits = Thresholds::default();
        let at = |value: f64| {
            let k = measured(k.clone(), &[(date(2026, 6, 30), value)]);
            kpi_progress(&k, start, halfway, limits)
        };
        // 50 % done of 50 % expected: on track.
        let p = at(27.5);
        assert!((p.expected - 0.5).abs() < 1e-9);
        assert_eq!(p.status, KpiStatus::OnTrack);
        // 40 % of 50 %: 0.8 of expected: at risk.
        assert_eq!(at(30.0).status, KpiStatus::AtRisk);
        // 20 % of 50 %: 0.4 of expected: off track.
        assert_eq!(at(35.0).status, KpiStatus::OffTrack);
        // Met early: on track, whatever the time.
        let p = at(14.0);
        assert!(p.met);
        assert_eq!(p.status, KpiStatus::OnTrack);
    }

    #[test]
    fn past_the_target_date_everything_is_expected() {
        let mut k = kpi(Direction::HigherIsBetter, Some(0.0), Some(100.0), None);
        k.target_date = Some(date(2026, 3, 31));
        let k = measured(k, &[(date(2026, 3, 31), 95.0)]);
        let p = kpi_progress(
            &k,
            date(2026, 1, 1),
            date(2026, 4, 1),
            Thresholds::default(),
        );
        assert!((p.expected - 1.0).abs() < 1e-9);
        assert_eq!(p.status, KpiStatus::OnTrack, "95 % of all: above 0.9");
        let k = measured(k, &[(date(2026, 3, 31), 80.0)]);
        let p = kpi_progress(
            &k,
            date(2026, 1, 1),
            date(2026, 4, 1),
            Thresholds::default(),
        );
        assert_eq!(p.status, KpiStatus::AtRisk);
    }

    #[test]
    fn on_the_first_day_nothing_is_expected_yet() {
        let mut k = kpi(Direction::HigherIsBetter, Some(0.0), Some(100.0), None);
        k.target_date = Some(date(2026, 12, 31));
        let k = measured(k, &[(date(2026, 1, 1), 0.0)]);
        let p = kpi_progress(
            &k,
            date(2026, 1, 1),
            date(2026, 1, 1),
            Thresholds::default(),
        );
        assert_eq!(p.expected, 0.0);
        assert_eq!(p.status, KpiStatus::OnTrack);
    }

    #[test]
    fn user_thresholds_move_the_limits() {
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(0.0), Some(100.0), None),
            &[(date(2026, 1, 2), 60.0)],
        );
        let strict = Thresholds::of(&Settings {
            at_risk_below: Some(0.95),
            off_track_below: Some(0.8),
        });
        let lenient = Thresholds::of(&Settings {
            at_risk_below: Some(0.5),
            off_track_below: Some(0.3),
        });
        let today = date(2026, 2, 1);
        assert_eq!(
            kpi_progress(&k, today, today, strict).status,
            KpiStatus::OffTrack
        );
        assert_eq!(
            kpi_progress(&k, today, today, lenient).status,
            KpiStatus::OnTrack
        );
    }

    #[test]
    fn unusable_thresholds_fall_back_to_the_defaults() {
        let t = Thresholds::of(&Settings {
            at_risk_below: Some(f64::NAN),
            off_track_below: Some(2.0),
        });
        assert_eq!(t, Thresholds::default());
        // Off track above at risk is inconsistent: off track falls back, never above at risk.
        let t = Thresholds::of(&Settings {
            at_risk_below: Some(0.5),
            off_track_below: Some(0.8),
        });
        assert_eq!(t.at_risk_below, 0.5);
        assert!(t.off_track_below <= 0.5);
    }

    #[test]
    fn the_latest_measurement_is_by_date_then_by_order() {
        let k = measured(
            kpi(Direction::HigherIsBetter, None, Some(1.0), None),
            &[
                (date(2026, 3, 1), 3.0),
                (date(2026, 1, 1), 1.0),
                (date(2026, 3, 1), 4.0),
                (date(2026, 2, 1), f64::NAN),
            ],
        );
        assert_eq!(k.latest_measurement().map(|m| m.value), Some(4.0));
    }

    #[test]
    fn measurements_fall_due_one_period_after_the_last() {
        let start = date(2026, 1, 31);
        let mut k = kpi(Direction::HigherIsBetter, None, Some(1.0), None);
        assert_eq!(k.measurement_due(start), None, "no frequency, never due");
        k.frequency = Some(Frequency::Monthly);
        // Never measured: one month after the start, clamped to the month's end.
        assert_eq!(k.measurement_due(start), Some(date(2026, 2, 28)));
        assert!(!measurement_overdue(&k, start, date(2026, 2, 28)));
        assert!(measurement_overdue(&k, start, date(2026, 3, 1)));
        // A leap year's February.
        let k = measured(k, &[(date(2028, 1, 31), 1.0)]);
        assert_eq!(k.measurement_due(start), Some(date(2028, 2, 29)));
        let mut weekly = k.clone();
        weekly.frequency = Some(Frequency::Weekly);
        assert_eq!(weekly.measurement_due(start), Some(date(2028, 2, 7)));
    }

    #[test]
    fn roll_ups_weigh_their_parts() {
        assert_eq!(weighted_mean([]), None);
        assert!(close(weighted_mean([(None, 1.0), (None, 0.0)]), 0.5));
        assert!(close(
            weighted_mean([(Some(3.0), 1.0), (Some(1.0), 0.0)]),
            0.75
        ));
        // A zero weight leaves a part out; negative and non-finite ones count as one.
        assert!(close(weighted_mean([(Some(0.0), 1.0), (None, 0.25)]), 0.25));
        assert_eq!(weighted_mean([(Some(0.0), 1.0)]), None);
        assert!(close(
            weighted_mean([(Some(-2.0), 1.0), (Some(f64::INFINITY), 0.0)]),
            0.5
        ));
    }

    // ----- the roll-up -----

    use crate::domain::model::{Level, Timestamp};
    use crate::domain::ObjectiveId;

    /// The day every test objective is created, and the day they are looked at: nothing is
    /// expected yet unless a KPI's target date has passed.
    const DAY_ONE: (i32, u32, u32) = (2026, 1, 1);

    fn day_one() -> NaiveDate {
        date(DAY_ONE.0, DAY_ONE.1, DAY_ONE.2)
    }

    struct Tree {
        ids: SequentialIds,
        workspace: Workspace,
    }

    impl Tree {
        fn new() -> Self {
            Tree {
                ids: SequentialIds::starting_at(1_000),
                workspace: Workspace::default(),
            }
        }

        /// Adds an active objective below `parent`; `values` are the latest values of its
        /// KPIs, each going from 0 to 100 (so the value is the progress in percent).
        fn add(&mut self, parent: Option<ObjectiveId>, values: &[f64]) -> ObjectiveId {
            let id = ObjectiveId::new(&mut self.ids);
            let created = day_one()
                .and_hms_opt(12, 0, 0)
                .map_or(0, |at| at.and_utc().timestamp());
            let code = format!("O{}", self.workspace.objectives.len() + 1);
            let mut objective = Objective::new(
                id,
                code,
                "Objective",
                Level::Operational,
                Timestamp::from_unix_seconds(created),
            );
            objective.parent = parent;
            objective.status = Status::Active;
            for value in values {
                let kpi = kpi(Direction::HigherIsBetter, Some(0.0), Some(100.0), None);
                let mut kpi = measured(kpi, &[(day_one(), *value)]);
                kpi.id = KpiId::new(&mut self.ids);
                objective.kpis.push(kpi);
            }
            self.workspace.objectives.push(objective);
            id
        }

        fn objective_mut(&mut self, id: ObjectiveId) -> &mut Objective {
            let index = self.workspace.objective_index(id).unwrap_or_default();
            &mut self.workspace.objectives[index]
        }

        fn at(&self, today: NaiveDate) -> RollUp {
            roll_up(&self.workspace, today)
        }

        fn progress(&self, id: ObjectiveId) -> Option<f64> {
            self.at(day_one())
                .get(&id)
                .and_then(ObjectiveProgress::progress)
        }
    }

    #[test]
    fn own_kpis_count_equally_unless_weighted() {
        let mut tree = Tree::new();
        let o = tree.add(None, &[20.0, 60.0]);
        assert!(close(tree.progress(o), 0.4));
        tree.objective_mut(o).kpis[1].weight = Some(3.0);
        assert!(close(tree.progress(o), 0.5), "(20 + 3 × 60) / 4");
        let rolled = tree.at(day_one());
        let entry = rolled.get(&o).cloned().unwrap_or_default();
        assert_eq!((entry.kpis_with_target, entry.kpis_measured), (2, 2));
        assert_eq!(entry.children, None);
        assert_eq!(entry.own, entry.overall);
    }

    #[test]
    fn a_parent_rolls_up_its_children_equally_by_default_and_by_their_weights() {
        let mut tree = Tree::new();
        let parent = tree.add(None, &[]);
        let a = tree.add(Some(parent), &[100.0]);
        let b = tree.add(Some(parent), &[0.0]);
        let _c = tree.add(Some(parent), &[50.0]);
        assert!(close(tree.progress(parent), 0.5));
        let entry = tree.at(day_one()).get(&parent).cloned().unwrap_or_default();
        assert_eq!(entry.own, None, "no KPIs of its own");
        assert_eq!(entry.children_counted, 3);
        assert_eq!(entry.children, entry.overall);

        tree.objective_mut(a).weight = Some(2.0);
        assert!(
            close(tree.progress(parent), 0.625),
            "(2 × 100 + 0 + 50) / 4"
        );
        // A weight of 0 leaves the child out.
        tree.objective_mut(b).weight = Some(0.0);
        assert!(close(tree.progress(parent), 250.0 / 300.0));
        let entry = tree.at(day_one()).get(&parent).cloned().unwrap_or_default();
        assert_eq!(entry.children_counted, 2);
    }

    #[test]
    fn own_kpis_and_children_are_parts_of_one_mean() {
        let mut tree = Tree::new();
        let parent = tree.add(None, &[90.0]);
        tree.add(Some(parent), &[30.0]);
        tree.add(Some(parent), &[0.0]);
        let entry = tree.at(day_one()).get(&parent).cloned().unwrap_or_default();
        assert!(close(entry.own.map(|s| s.progress), 0.9));
        assert!(close(entry.children.map(|s| s.progress), 0.15));
        assert!(close(entry.progress(), 0.4), "(90 + 30 + 0) / 3");
    }

    #[test]
    fn missing_data_is_left_out_and_no_data_at_all_is_said() {
        let mut tree = Tree::new();
        let parent = tree.add(None, &[]);
        let measured_child = tree.add(Some(parent), &[40.0]);
        let silent = tree.add(Some(parent), &[]);
        // A KPI with a target but no measurement, and one without a target.
        let mut unmeasured = kpi(Direction::HigherIsBetter, Some(0.0), Some(10.0), None);
        unmeasured.id = KpiId::new(&mut tree.ids);
        let mut untargeted = kpi(Direction::HigherIsBetter, None, None, None);
        untargeted.id = KpiId::new(&mut tree.ids);
        tree.objective_mut(measured_child)
            .kpis
            .push(unmeasured.clone());
        tree.objective_mut(silent).kpis.push(unmeasured);
        tree.objective_mut(silent).kpis.push(untargeted);

        let rolled = tree.at(day_one());
        let silent_entry = rolled.get(&silent).cloned().unwrap_or_default();
        assert_eq!(silent_entry.progress(), None);
        assert_eq!(silent_entry.status(), KpiStatus::NotMeasured);
        assert_eq!(
            (silent_entry.kpis_with_target, silent_entry.kpis_measured),
            (1, 0)
        );
        let child_entry = rolled.get(&measured_child).cloned().unwrap_or_default();
        assert!(
            close(child_entry.progress(), 0.4),
            "the unmeasured KPI is left out"
        );
        assert_eq!(
            (child_entry.kpis_with_target, child_entry.kpis_measured),
            (2, 1)
        );
        let parent_entry = rolled.get(&parent).cloned().unwrap_or_default();
        assert!(
            close(parent_entry.progress(), 0.4),
            "the silent child is left out"
        );
        assert_eq!(parent_entry.children_counted, 1);
        // An empty workspace rolls up to nothing.
        assert!(roll_up(&Workspace::default(), day_one()).is_empty());
    }

    #[test]
    fn cancelled_and_superseded_children_leave_the_roll_up() {
        let mut tree = Tree::new();
        let parent = tree.add(None, &[]);
        tree.add(Some(parent), &[80.0]);
        let dropped = tree.add(Some(parent), &[0.0]);
        assert!(close(tree.progress(parent), 0.4));
        tree.objective_mut(dropped).status = Status::Cancelled;
        assert!(close(tree.progress(parent), 0.8));
        tree.objective_mut(dropped).status = Status::Superseded;
        assert!(close(tree.progress(parent), 0.8));
        tree.objective_mut(dropped).status = Status::Achieved;
        assert!(
            close(tree.progress(parent), 0.4),
            "a closed result still counts"
        );
    }

    #[test]
    fn deep_trees_roll_up_from_the_bottom_in_one_pass() {
        let mut tree = Tree::new();
        let top = tree.add(None, &[]);
        let mut parent = top;
        for _ in 0..5_000 {
            parent = tree.add(Some(parent), &[]);
        }
        tree.add(Some(parent), &[70.0]);
        let rolled = tree.at(day_one());
        assert_eq!(rolled.len(), 5_002);
        assert!(close(
            rolled.get(&top).and_then(ObjectiveProgress::progress),
            0.7
        ));
        // Stored order does not matter: children stored before their parents.
        tree.workspace.objectives.reverse();
        assert!(close(tree.progress(top), 0.7));
    }

    #[test]
    fn a_parent_status_compares_the_weighted_progress_with_the_weighted_expectation() {
        let mut tree = Tree::new();
        let parent = tree.add(None, &[]);
        let a = tree.add(Some(parent), &[80.0]);
        let b = tree.add(Some(parent), &[50.0]);
        // Both KPIs were due a year in: everything is expected by now.
        for id in [a, b] {
            tree.objective_mut(id).kpis[0].target_date = Some(date(2026, 6, 30));
        }
        let later = date(2026, 7, 1);
        let rolled = tree.at(later);
        let status = |id: ObjectiveId| rolled.get(&id).map(ObjectiveProgress::status);
        assert_eq!(
            status(a),
            Some(KpiStatus::AtRisk),
            "0.8 of what is expected"
        );
        assert_eq!(status(b), Some(KpiStatus::OffTrack));
        // (80 + 50) / 2 = 0.65 of everything: off track by default…
        assert_eq!(status(parent), Some(KpiStatus::OffTrack));
        // …at risk when the user's thresholds are more lenient.
        tree.workspace.settings = Settings {
            at_risk_below: Some(0.9),
            off_track_below: Some(0.6),
        };
        let rolled = tree.at(later);
        assert_eq!(
            rolled.get(&parent).map(ObjectiveProgress::status),
            Some(KpiStatus::AtRisk)
        );
        // On the first day nothing is expected yet: on track.
        let rolled = tree.at(day_one());
        assert_eq!(
            rolled.get(&parent).map(ObjectiveProgress::status),
            Some(KpiStatus::OnTrack)
        );
    }

    #[test]
    fn overdue_measurements_are_counted_for_active_objectives_only() {
        let mut tree = Tree::new();
        let o = tree.add(None, &[10.0, 20.0]);
        tree.objective_mut(o).kpis[0].frequency = Some(Frequency::Monthly);
        // Measured on day one: next due a month later.
        let rolled = tree.at(date(2026, 2, 1));
        assert_eq!(rolled.get(&o).map(|p| p.overdue), Some(0));
        let rolled = tree.at(date(2026, 2, 2));
        assert_eq!(rolled.get(&o).map(|p| p.overdue), Some(1));
        tree.objective_mut(o).status = Status::Draft;
        let rolled = tree.at(date(2026, 2, 2));
        assert_eq!(rolled.get(&o).map(|p| p.overdue), Some(0));
    }

    #[test]
    fn a_corrupt_cycle_still_ends() {
        let mut tree = Tree::new();
        let a = tree.add(None, &[10.0]);
        let b = tree.add(Some(a), &[30.0]);
        tree.objective_mut(a).parent = Some(b);
        let rolled = tree.at(day_one());
        assert_eq!(rolled.len(), 2);
        assert!(rolled
            .get(&a)
            .and_then(ObjectiveProgress::progress)
            .is_some());
    }

    #[test]
    fn the_default_recorder_is_whoever_recorded_the_latest_measurement() {
        let mut tree = Tree::new();
        let a = tree.add(None, &[1.0, 2.0]);
        assert_eq!(last_recorded_by(&tree.workspace), None);
        let objective = tree.objective_mut(a);
        objective.kpis[0].measurements[0].recorded_by = "Lee".into();
        objective.kpis[1].measurements[0].recorded_by = "Wang".into();
        assert_eq!(
            last_recorded_by(&tree.workspace),
            Some("Wang"),
            "same day: stored last"
        );
        tree.objective_mut(a).kpis[0].measurements[0].date = date(2026, 3, 1);
        assert_eq!(
            last_recorded_by(&tree.workspace),
            Some("Lee"),
            "the latest date"
        );
    }

    #[test]
    fn a_milestone_is_achieved_by_a_1_and_expected_only_from_its_date() {
        let mut milestone = kpi(Direction::Milestone, None, None, None);
        milestone.target_date = Some(date(2026, 6, 30));
        assert_eq!(meets_target(&milestone, 1.0), Some(true));
        assert_eq!(meets_target(&milestone, 0.0), Some(false));
        assert_eq!(progress_of(&milestone, 0.0), Some(0.0));
        assert_eq!(progress_of(&milestone, 1.0), Some(1.0));
        let start = date(2026, 1, 1);
        let limits = Thresholds::default();
        let not_yet = measured(milestone.clone(), &[(date(2026, 2, 1), 0.0)]);
        let before = kpi_progress(&not_yet, start, date(2026, 5, 1), limits);
        assert_eq!((before.expected, before.status), (0.0, KpiStatus::OnTrack));
        let after = kpi_progress(&not_yet, start, date(2026, 7, 1), limits);
        assert_eq!((after.expected, after.status), (1.0, KpiStatus::OffTrack));
        let achieved = measured(milestone.clone(), &[(date(2026, 6, 1), 1.0)]);
        let done = kpi_progress(&achieved, start, date(2026, 7, 1), limits);
        assert_eq!(
            (done.progress, done.met, done.status),
            (Some(1.0), true, KpiStatus::OnTrack)
        );
        // Not measured yet, it has a target all the same.
        let silent = kpi_progress(&milestone, start, date(2026, 5, 1), limits);
        assert_eq!(silent.status, KpiStatus::NotMeasured);
    }

    #[test]
    fn an_exclusive_boundary_is_not_met_at_the_target_itself() {
        let mut under = kpi(Direction::LowerIsBetter, Some(40.0), Some(15.0), None);
        under.boundary = crate::domain::Boundary::Exclusive;
        assert_eq!(meets_target(&under, 15.0), Some(false));
        assert_eq!(meets_target(&under, 14.9), Some(true));
        assert_eq!(progress_of(&under, 15.0), Some(NOT_MET_AT_MOST));
        assert_eq!(progress_of(&under, 14.0), Some(1.0));
        let mut above = kpi(Direction::HigherIsBetter, None, Some(90.0), None);
        above.boundary = crate::domain::Boundary::Exclusive;
        assert_eq!(meets_target(&above, 90.0), Some(false));
        assert_eq!(meets_target(&above, 90.5), Some(true));
        // Inclusive (the default): the target itself meets it.
        let at_most = kpi(Direction::LowerIsBetter, Some(40.0), Some(15.0), None);
        assert_eq!(progress_of(&at_most, 15.0), Some(1.0));
    }
}
