//! What is due next for one objective, as its page's summary shows it: the earliest of its
//! open actions' due dates, its KPIs' next measurements and its next review.
//!
//! The rules:
//! - only an open objective (draft or active) has anything due; a closed, cancelled or
//!   superseded one has nothing;
//! - an action counts while it is planned or in progress and has a due date;
//! - a KPI counts when it has a frequency: it is due one period after its latest measurement,
//!   or one period after the objective was created when never measured (as on the agenda);
//! - the review counts when the monitoring arrangement names its next date;
//! - a date already past counts too (it is overdue, which is what the reader must see first);
//! - the earliest date wins; on one day an action comes before a measurement, a measurement
//!   before the review, and within a kind the first in the objective's order.

use super::ids::{KpiId, RecordId};
use super::model::{ActionStatus, Objective, Status};
use chrono::NaiveDate;

/// What falls due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextDueKind {
    /// An action of the plan reaches its due date.
    Action(RecordId),
    /// A KPI is due to be measured.
    Measurement(KpiId),
    /// The objective is due for review.
    Review,
}

/// The next thing due for an objective, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextDue {
    pub kind: NextDueKind,
    pub due: NaiveDate,
}

/// Whether `status` is one under which the objective is still pursued or being set up.
fn is_open(status: Status) -> bool {
    matches!(status, Status::Draft | Status::Active)
}

/// The next thing due for `objective` (see the module's rules), or `None` when nothing is.
pub fn next_due(objective: &Objective) -> Option<NextDue> {
    if !is_open(objective.status) {
        return None;
    }
    let actions = objective
        .plan
        .iter()
        .flat_map(|plan| &plan.actions)
        .filter(|action| !matches!(action.status, ActionStatus::Done | ActionStatus::Cancelled))
        .filter_map(|action| {
            action.due.map(|due| NextDue {
                kind: NextDueKind::Action(action.id),
                due,
            })
        });
    let start = objective.created.date();
    let measurements = objective.kpis.iter().filter_map(move |kpi| {
        let due = kpi.measurement_due(start?)?;
        Some(NextDue {
            kind: NextDueKind::Measurement(kpi.id),
            due,
        })
    });
    let review = objective.monitoring.next_review.map(|due| NextDue {
        kind: NextDueKind::Review,
        due,
    });
    // Candidates come in the tie-breaking order, so the first of the earliest date wins.
    actions
        .chain(measurements)
        .chain(review)
        .fold(None, |best: Option<NextDue>, candidate| match best {
            Some(best) if best.due <= candidate.due => Some(best),
            _ => Some(candidate),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{ObjectiveId, SequentialIds};
    use crate::domain::model::{Action, Frequency, Kpi, Level, Measurement, Plan, Timestamp};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn created_on(day: NaiveDate) -> Timestamp {
        let seconds = day
            .and_hms_opt(9, 0, 0)
            .expect("a real time")
            .and_utc()
            .timestamp();
        Timestamp::from_unix_seconds(seconds)
    }

    fn objective(ids: &mut SequentialIds) -> Objective {
        let mut objective = Objective::new(
            ObjectiveId::new(ids),
            "T1",
            "Raise satisfaction",
            Level::Tactical,
            created_on(date(2026, 1, 1)),
        );
        objective.status = Status::Active;
        objective
    }

    fn action(ids: &mut SequentialIds, due: Option<NaiveDate>, status: ActionStatus) -> Action {
        Action {
            id: RecordId::new(ids),
            what: "Train the desk".into(),
            responsible: String::new(),
            start: None,
            due,
            resources: Vec::new(),
            status,
            corrective: false,
        }
    }

    fn monthly_kpi(ids: &mut SequentialIds, measured: Option<NaiveDate>) -> Kpi {
        let mut kpi = Kpi::named(KpiId::new(ids), "Satisfaction");
        kpi.frequency = Some(Frequency::Monthly);
        if let Some(day) = measured {
            kpi.measurements.push(Measurement {
                id: RecordId::new(ids),
                date: day,
                value: 4.0,
                note: String::new(),
                recorded_by: String::new(),
            });
        }
        kpi
    }

    #[test]
    fn nothing_is_due_without_dates() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        assert_eq!(next_due(&o), None);
        // A KPI without a frequency and an action without a due date add nothing.
        o.kpis
            .push(Kpi::named(KpiId::new(&mut ids), "Satisfaction"));
        o.plan = Some(Plan {
            actions: vec![action(&mut ids, None, ActionStatus::Planned)],
            ..Plan::default()
        });
        assert_eq!(next_due(&o), None);
    }

    #[test]
    fn the_earliest_of_action_measurement_and_review_wins() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        o.monitoring.next_review = Some(date(2026, 3, 10));
        assert_eq!(
            next_due(&o),
            Some(NextDue {
                kind: NextDueKind::Review,
                due: date(2026, 3, 10)
            })
        );
        // Measured on 1 February, monthly: due on 1 March, before the review.
        let kpi = monthly_kpi(&mut ids, Some(date(2026, 2, 1)));
        let kpi_id = kpi.id;
        o.kpis.push(kpi);
        assert_eq!(
            next_due(&o),
            Some(NextDue {
                kind: NextDueKind::Measurement(kpi_id),
                due: date(2026, 3, 1)
            })
        );
        let soon = action(&mut ids, Some(date(2026, 2, 20)), ActionStatus::InProgress);
        let soon_id = soon.id;
        o.plan = Some(Plan {
            actions: vec![
                action(&mut ids, Some(date(2026, 6, 30)), ActionStatus::Planned),
                soon,
            ],
            ..Plan::default()
        });
        assert_eq!(
            next_due(&o),
            Some(NextDue {
                kind: NextDueKind::Action(soon_id),
                due: date(2026, 2, 20)
            })
        );
    }

    #[test]
    fn a_never_measured_kpi_is_due_one_period_after_the_objective_was_created() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        let kpi = monthly_kpi(&mut ids, None);
        let kpi_id = kpi.id;
        o.kpis.push(kpi);
        assert_eq!(
            next_due(&o),
            Some(NextDue {
                kind: NextDueKind::Measurement(kpi_id),
                due: date(2026, 2, 1)
            })
        );
    }

    #[test]
    fn done_and_cancelled_actions_are_not_due() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        o.monitoring.next_review = Some(date(2026, 9, 1));
        o.plan = Some(Plan {
            actions: vec![
                action(&mut ids, Some(date(2026, 2, 1)), ActionStatus::Done),
                action(&mut ids, Some(date(2026, 2, 2)), ActionStatus::Cancelled),
            ],
            ..Plan::default()
        });
        assert_eq!(next_due(&o).map(|d| d.kind), Some(NextDueKind::Review));
    }

    #[test]
    fn on_one_day_an_action_comes_first_then_a_measurement_then_the_review() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        let day = date(2026, 3, 1);
        o.monitoring.next_review = Some(day);
        let kpi = monthly_kpi(&mut ids, Some(date(2026, 2, 1)));
        let kpi_id = kpi.id;
        o.kpis.push(kpi);
        assert_eq!(
            next_due(&o).map(|d| d.kind),
            Some(NextDueKind::Measurement(kpi_id))
        );
        let first = action(&mut ids, Some(day), ActionStatus::Planned);
        let first_id = first.id;
        let second = action(&mut ids, Some(day), ActionStatus::Planned);
        o.plan = Some(Plan {
            actions: vec![first, second],
            ..Plan::default()
        });
        assert_eq!(
            next_due(&o),
            Some(NextDue {
                kind: NextDueKind::Action(first_id),
                due: day
            })
        );
    }

    #[test]
    fn an_overdue_date_still_counts() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        o.monitoring.next_review = Some(date(2025, 12, 1));
        assert_eq!(next_due(&o).map(|d| d.due), Some(date(2025, 12, 1)));
    }

    #[test]
    fn only_draft_and_active_objectives_have_anything_due() {
        let mut ids = SequentialIds::default();
        let mut o = objective(&mut ids);
        o.monitoring.next_review = Some(date(2026, 3, 10));
        for status in Status::ALL {
            o.status = status;
            let expected = matches!(status, Status::Draft | Status::Active);
            assert_eq!(next_due(&o).is_some(), expected, "{status:?}");
        }
    }
}
