//! The overview of a register on one day: the agenda (overdue and due soon), how many
//! objectives each level has in each status, how the active ones are tracking, the register's
//! clause 6.2 score and the objectives that need attention (off track, then at risk).
//!
//! Every part is one pass over the objectives (plus sorting the agenda), so the overview of
//! 10,000 objectives costs about ten times that of 1,000.

use super::agenda::{agenda, Agenda};
use super::conformity::{check_register, Score};
use super::ids::ObjectiveId;
use super::model::{Level, Objective, Status, Workspace};
use super::progress::{KpiStatus, RollUp};
use crate::domain::hashing::HashSet;
use chrono::NaiveDate;

/// The progress statuses the overview counts, in the order it shows them.
pub const TRACKS: [KpiStatus; 5] = [
    KpiStatus::OnTrack,
    KpiStatus::AtRisk,
    KpiStatus::OffTrack,
    KpiStatus::NotMeasured,
    KpiStatus::NoTarget,
];

fn level_index(level: Level) -> usize {
    usize::from(level.rank())
}

fn status_index(status: Status) -> usize {
    Status::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or_default()
}

fn track_index(track: KpiStatus) -> usize {
    TRACKS.iter().position(|t| *t == track).unwrap_or_default()
}

/// Counts of objectives by level (rows) and some column kind, with totals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally<const COLUMNS: usize> {
    cells: [[usize; COLUMNS]; 3],
}

impl<const COLUMNS: usize> Default for Tally<COLUMNS> {
    fn default() -> Self {
        Self {
            cells: [[0; COLUMNS]; 3],
        }
    }
}

impl<const COLUMNS: usize> Tally<COLUMNS> {
    fn add(&mut self, level: Level, column: usize) {
        if let Some(cell) = self
            .cells
            .get_mut(level_index(level))
            .and_then(|row| row.get_mut(column))
        {
            *cell += 1;
        }
    }

    fn cell(&self, level: Level, column: usize) -> usize {
        self.cells
            .get(level_index(level))
            .and_then(|row| row.get(column))
            .copied()
            .unwrap_or_default()
    }

    /// Objectives of `level`, whatever the column.
    pub fn level_total(&self, level: Level) -> usize {
        self.cells
            .get(level_index(level))
            .map_or(0, |row| row.iter().sum())
    }

    fn column_total(&self, column: usize) -> usize {
        self.cells.iter().filter_map(|row| row.get(column)).sum()
    }

    /// Every objective counted.
    pub fn total(&self) -> usize {
        self.cells.iter().flatten().sum()
    }
}

/// Objectives by level and lifecycle status.
pub type StatusCounts = Tally<6>;

impl StatusCounts {
    pub fn count(&self, level: Level, status: Status) -> usize {
        self.cell(level, status_index(status))
    }

    pub fn status_total(&self, status: Status) -> usize {
        self.column_total(status_index(status))
    }
}

/// Active objectives by level and progress status.
pub type TrackCounts = Tally<5>;

impl TrackCounts {
    pub fn count(&self, level: Level, track: KpiStatus) -> usize {
        self.cell(level, track_index(track))
    }

    pub fn track_total(&self, track: KpiStatus) -> usize {
        self.column_total(track_index(track))
    }
}

/// An objective that needs attention and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attention {
    pub objective: ObjectiveId,
    /// Off track or at risk.
    pub status: KpiStatus,
}

/// The overview of the register on one day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dashboard {
    pub agenda: Agenda,
    pub statuses: StatusCounts,
    /// Active objectives only: the others are not being pursued.
    pub tracks: TrackCounts,
    /// The register's clause 6.2 score of the required items (as on the checklist page).
    pub score: Score,
    /// The good-practice suggestions beside the score.
    pub practice: usize,
    /// Active objectives off track (first) or at risk, each group in register order.
    pub attention: Vec<Attention>,
}

/// How an objective is tracking from its roll-up (its own KPIs and its children, as the
/// register and the tree show it). Without any data yet it is "not measured" when it has a KPI
/// with a target or children to roll up, and "no target" when it has neither.
pub fn tracking(
    objective: &Objective,
    roll_up: &RollUp,
    parents: &HashSet<ObjectiveId>,
) -> KpiStatus {
    let progress = roll_up.get(&objective.id);
    match progress.and_then(|p| p.overall) {
        Some(share) => share.status,
        None if progress.is_some_and(|p| p.kpis_with_target > 0)
            || parents.contains(&objective.id) =>
        {
            KpiStatus::NotMeasured
        }
        None => KpiStatus::NoTarget,
    }
}

/// The overview of `workspace` on `today`; `status_of` says how an active objective is
/// tracking (see [`tracking`]).
pub fn dashboard(
    workspace: &Workspace,
    today: NaiveDate,
    status_of: impl Fn(&Objective) -> KpiStatus,
) -> Dashboard {
    let mut statuses = StatusCounts::default();
    let mut tracks = TrackCounts::default();
    let mut off_track = Vec::new();
    let mut at_risk = Vec::new();
    for objective in &workspace.objectives {
        statuses.add(objective.level, status_index(objective.status));
        if objective.status != Status::Active {
            continue;
        }
        let status = status_of(objective);
        tracks.add(objective.level, track_index(status));
        let attention = Attention {
            objective: objective.id,
            status,
        };
        match status {
            KpiStatus::OffTrack => off_track.push(attention),
            KpiStatus::AtRisk => at_risk.push(attention),
            _ => {}
        }
    }
    off_track.append(&mut at_risk);
    let check = check_register(workspace, today);
    Dashboard {
        agenda: agenda(workspace, today),
        statuses,
        tracks,
        score: check.score,
        practice: check.practice,
        attention: off_track,
    }
}

/// The overview of `workspace` on `today`, each active objective tracking as its roll-up
/// (computed once for the whole workspace by `progress::roll_up`).
pub fn overview(workspace: &Workspace, today: NaiveDate, roll_up: &RollUp) -> Dashboard {
    let parents: HashSet<ObjectiveId> = workspace
        .objectives
        .iter()
        .filter_map(|objective| objective.parent)
        .collect();
    dashboard(workspace, today, |objective| {
        tracking(objective, roll_up, &parents)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::AgendaKind;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Direction, Kpi, Measurement, Timestamp};
    use crate::domain::progress::roll_up;
    use crate::domain::{KpiId, RecordId};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn on(day: NaiveDate) -> Timestamp {
        let seconds = day
            .and_hms_opt(9, 0, 0)
            .expect("a real time")
            .and_utc()
            .timestamp();
        Timestamp::from_unix_seconds(seconds)
    }

    fn objective(ids: &mut SequentialIds, code: &str, level: Level, status: Status) -> Objective {
        let mut objective = Objective::new(
            ObjectiveId::new(ids),
            code,
            "Objective",
            level,
            on(date(2026, 1, 1)),
        );
        objective.status = status;
        objective
    }

    /// A higher-is-better KPI from 0 to 100 by the end of 2026, measured at `value` on
    /// 1 July (half the time gone).
    fn kpi_at(ids: &mut SequentialIds, value: Option<f64>) -> Kpi {
        let mut kpi = Kpi::named(KpiId::new(ids), "Availability");
        kpi.direction = Direction::HigherIsBetter;
        kpi.baseline = Some(0.0);
        kpi.target = Some(100.0);
        kpi.target_date = Some(date(2026, 12, 31));
        if let Some(value) = value {
            kpi.measurements.push(Measurement {
                id: RecordId::new(ids),
                date: date(2026, 7, 1),
                value,
                note: String::new(),
                recorded_by: String::new(),
            });
        }
        kpi
    }

    /// Half the time from 1 January to 31 December 2026 has passed.
    fn midyear() -> NaiveDate {
        date(2026, 7, 2)
    }

    /// The overview as the app computes it: statuses from the workspace's roll-up.
    fn overview_on(workspace: &Workspace, today: NaiveDate) -> Dashboard {
        overview(workspace, today, &roll_up(workspace, today))
    }

    /// How the objective with `code` tracks in `workspace` at midyear.
    fn tracking_of(workspace: &Workspace, code: &str) -> KpiStatus {
        let parents = workspace
            .objectives
            .iter()
            .filter_map(|o| o.parent)
            .collect();
        let rolled = roll_up(workspace, midyear());
        let objective = workspace
            .objectives
            .iter()
            .find(|o| o.code == code)
            .expect("the objective");
        tracking(objective, &rolled, &parents)
    }

    #[test]
    fn an_objective_tracks_as_its_roll_up_or_says_why_it_cannot() {
        let mut ids = SequentialIds::default();
        let mut parent = objective(&mut ids, "T1", Level::Tactical, Status::Active);
        let mut child = objective(&mut ids, "O1", Level::Operational, Status::Active);
        child.parent = Some(parent.id);
        let lone = objective(&mut ids, "O2", Level::Operational, Status::Active);
        let mut workspace = Workspace {
            objectives: vec![parent.clone(), child.clone(), lone],
            ..Workspace::default()
        };
        // Nothing to track: no KPI with a target, no children.
        assert_eq!(tracking_of(&workspace, "O2"), KpiStatus::NoTarget);
        // A parent whose children have no data yet is waiting for measurements.
        assert_eq!(tracking_of(&workspace, "T1"), KpiStatus::NotMeasured);
        child.kpis.push(kpi_at(&mut ids, None));
        workspace.objectives[1] = child.clone();
        assert_eq!(tracking_of(&workspace, "O1"), KpiStatus::NotMeasured);
        // About half the way is expected by July: 10 is a fifth of that, off track, and the
        // parent without KPIs of its own rolls it up.
        child.kpis.push(kpi_at(&mut ids, Some(10.0)));
        workspace.objectives[1] = child.clone();
        assert_eq!(tracking_of(&workspace, "O1"), KpiStatus::OffTrack);
        assert_eq!(tracking_of(&workspace, "T1"), KpiStatus::OffTrack);
        // The parent's own KPI at 90 % lifts the mean to (10 + 90) / 2 = 50: on track.
        parent.kpis.push(kpi_at(&mut ids, Some(90.0)));
        workspace.objectives[0] = parent;
        assert_eq!(tracking_of(&workspace, "T1"), KpiStatus::OnTrack);
        // 40 is 80 % of what is expected: at risk.
        child.kpis = vec![kpi_at(&mut ids, Some(40.0))];
        workspace.objectives[1] = child;
        assert_eq!(tracking_of(&workspace, "O1"), KpiStatus::AtRisk);
    }

    #[test]
    fn counts_by_level_and_status_add_up() {
        let mut ids = SequentialIds::default();
        let mut objectives = vec![
            objective(&mut ids, "S1", Level::Strategic, Status::Active),
            objective(&mut ids, "S2", Level::Strategic, Status::Draft),
            objective(&mut ids, "T1", Level::Tactical, Status::Active),
            objective(&mut ids, "T2", Level::Tactical, Status::Achieved),
            objective(&mut ids, "O1", Level::Operational, Status::Cancelled),
            objective(&mut ids, "O2", Level::Operational, Status::Active),
            objective(&mut ids, "O3", Level::Operational, Status::Active),
        ];
        let on_track = kpi_at(&mut ids, Some(90.0));
        objectives[0].kpis.push(on_track);
        let off = kpi_at(&mut ids, Some(5.0));
        objectives[5].kpis.push(off);
        let workspace = Workspace {
            objectives,
            ..Workspace::default()
        };
        let result = overview_on(&workspace, midyear());
        let s = &result.statuses;
        assert_eq!(s.count(Level::Strategic, Status::Active), 1);
        assert_eq!(s.count(Level::Strategic, Status::Draft), 1);
        assert_eq!(s.count(Level::Tactical, Status::Achieved), 1);
        assert_eq!(s.count(Level::Operational, Status::Cancelled), 1);
        assert_eq!(s.count(Level::Operational, Status::Active), 2);
        assert_eq!(s.status_total(Status::Active), 4);
        assert_eq!(s.level_total(Level::Operational), 3);
        assert_eq!(s.total(), 7);
        let t = &result.tracks;
        assert_eq!(t.count(Level::Strategic, KpiStatus::OnTrack), 1);
        assert_eq!(t.count(Level::Tactical, KpiStatus::NoTarget), 1);
        assert_eq!(t.count(Level::Operational, KpiStatus::OffTrack), 1);
        assert_eq!(t.count(Level::Operational, KpiStatus::NoTarget), 1);
        assert_eq!(t.total(), 4, "only active objectives are tracked");
        assert_eq!(t.track_total(KpiStatus::NoTarget), 2);
    }

    #[test]
    fn off_track_objectives_come_before_those_at_risk_and_closed_ones_never_show() {
        let mut ids = SequentialIds::default();
        let mut risky = objective(&mut ids, "O1", Level::Operational, Status::Active);
        risky.kpis.push(kpi_at(&mut ids, Some(40.0)));
        let mut off = objective(&mut ids, "O2", Level::Operational, Status::Active);
        off.kpis.push(kpi_at(&mut ids, Some(5.0)));
        let mut closed = objective(&mut ids, "O3", Level::Operational, Status::NotAchieved);
        closed.kpis.push(kpi_at(&mut ids, Some(5.0)));
        let mut fine = objective(&mut ids, "O4", Level::Operational, Status::Active);
        fine.kpis.push(kpi_at(&mut ids, Some(95.0)));
        let expected = vec![
            Attention {
                objective: off.id,
                status: KpiStatus::OffTrack,
            },
            Attention {
                objective: risky.id,
                status: KpiStatus::AtRisk,
            },
        ];
        let workspace = Workspace {
            objectives: vec![risky, off, closed, fine],
            ..Workspace::default()
        };
        let result = overview_on(&workspace, midyear());
        assert_eq!(result.attention, expected);
    }

    #[test]
    fn the_status_of_an_objective_comes_from_the_caller() {
        let mut ids = SequentialIds::default();
        let parent = objective(&mut ids, "S1", Level::Strategic, Status::Active);
        let id = parent.id;
        let workspace = Workspace {
            objectives: vec![parent],
            ..Workspace::default()
        };
        // A roll-up may find a parent without KPIs off track because of its children.
        let result = dashboard(&workspace, midyear(), |_| KpiStatus::OffTrack);
        assert_eq!(
            result.attention,
            vec![Attention {
                objective: id,
                status: KpiStatus::OffTrack
            }]
        );
    }

    #[test]
    fn the_overview_holds_the_agenda_and_the_register_score() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids, "O1", Level::Operational, Status::Active);
        o.monitoring.next_review = Some(date(2026, 6, 1));
        let id = o.id;
        let workspace = Workspace {
            objectives: vec![o],
            ..Workspace::default()
        };
        let result = dashboard(&workspace, midyear(), |_| KpiStatus::NoTarget);
        assert!(result
            .agenda
            .overdue
            .iter()
            .any(|item| item.objective == id && item.kind == AgendaKind::Review));
        assert_eq!(result.score, check_register(&workspace, midyear()).score);
        assert!(result.score.applicable > 0);
    }

    /// A register of `count` active objectives, each with a KPI, a review date and a plan
    /// action, a third of them off track.
    fn big_workspace(count: usize) -> Workspace {
        let mut ids = SequentialIds::default();
        let objectives = (0..count)
            .map(|i| {
                let level = Level::ALL[i % 3];
                let mut o = objective(&mut ids, &format!("X{i}"), level, Status::Active);
                let value = if i % 3 == 0 { 5.0 } else { 80.0 };
                o.kpis.push(kpi_at(&mut ids, Some(value)));
                o.monitoring.next_review =
                    date(2026, 6, 1).checked_add_days(chrono::Days::new((i % 90) as u64));
                o
            })
            .collect();
        Workspace {
            objectives,
            ..Workspace::default()
        }
    }

    #[test]
    fn ten_thousand_objectives_each_communicated_are_looked_up_not_searched() {
        // Every objective has its own communication record: the register check and the agenda
        // find each objective's latest one through a map (a list made this quadratic).
        let mut workspace = big_workspace(10_000);
        let mut ids = SequentialIds::default();
        workspace.communications = workspace
            .objectives
            .iter()
            .map(|o| crate::domain::model::Communication {
                id: RecordId::new(&mut ids),
                date: date(2026, 3, 1),
                objectives: vec![o.id],
                audience: "Team".into(),
                channel: "Meeting".into(),
                by_whom: String::new(),
                summary: String::new(),
                acknowledged_on: None,
            })
            .collect();
        let result = overview_on(&workspace, midyear());
        assert!(!result
            .agenda
            .overdue
            .iter()
            .chain(&result.agenda.upcoming)
            .any(|item| matches!(item.kind, AgendaKind::Communication(_))));
        let register = check_register(&workspace, midyear());
        assert_eq!(result.score, register.score);
        for at in [0, 4_321, 9_999] {
            let objective = &workspace.objectives[at];
            assert_eq!(
                register.objectives[at],
                crate::domain::conformity::check_objective(&workspace, objective, midyear())
            );
        }
    }

    #[test]
    fn ten_thousand_objectives_are_counted_in_one_pass_each() {
        // Counting calls of the status function shows the work grows with the register,
        // once per active objective (timings are never asserted).
        for count in [1_000, 10_000] {
            let workspace = big_workspace(count);
            let calls = std::cell::Cell::new(0usize);
            let rolled = roll_up(&workspace, midyear());
            let parents = HashSet::default();
            let result = dashboard(&workspace, midyear(), |o| {
                calls.set(calls.get() + 1);
                tracking(o, &rolled, &parents)
            });
            assert_eq!(result, overview(&workspace, midyear(), &rolled));
            assert_eq!(calls.get(), count);
            assert_eq!(result.statuses.total(), count);
            assert_eq!(result.attention.len(), count.div_ceil(3));
            let reviews = |items: &[crate::domain::agenda::AgendaItem]| {
                items
                    .iter()
                    .filter(|item| item.kind == AgendaKind::Review)
                    .count()
            };
            // Reviews fall due from 1 June over 90 days; on 2 July, 31 of those days are past
            // and 31 more fall within the next 30 days (2 July to 1 August).
            assert_eq!(
                reviews(&result.agenda.overdue),
                (0..count).filter(|i| i % 90 < 31).count()
            );
            assert_eq!(
                reviews(&result.agenda.upcoming),
                (0..count).filter(|i| (31..62).contains(&(i % 90))).count()
            );
            assert!(result
                .agenda
                .overdue
                .windows(2)
                .all(|pair| pair[0].due <= pair[1].due));
        }
    }
}
