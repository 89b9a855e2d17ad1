//! What is overdue and what falls due soon across the register: measurements, reviews, action
//! due dates, plan evaluations and communications. Computed afresh on every open, which is how
//! SixTwo reminds people without a server.
//!
//! Only active objectives are on the agenda: a draft is not yet pursued and a closed one no
//! longer is.

use super::ids::{KpiId, ObjectiveId, RecordId};
use super::model::{ActionStatus, Objective, Status, Workspace};
use chrono::{Days, NaiveDate};

/// How far ahead the agenda looks, in days.
pub const HORIZON_DAYS: u64 = 30;

/// Why a communication is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommunicationDue {
    /// The objective was never communicated.
    Never,
    /// The objective changed (a revision) after it was last communicated.
    ChangedSince,
}

/// Something to be done for an objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    Measurement(KpiId),
    Review,
    Action(RecordId),
    Evaluation,
    Communication(CommunicationDue),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub objective: ObjectiveId,
    pub kind: AgendaKind,
    pub due: NaiveDate,
}

/// The agenda on a given day: items due before it, and items due within the horizon.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Oldest first.
    pub overdue: Vec<AgendaItem>,
    /// Soonest first; today included.
    pub upcoming: Vec<AgendaItem>,
}

/// How an item's date stands against today, in whole calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Due this many days before today (at least 1).
    Overdue(i64),
    DueToday,
    /// Due this many days after today (at least 1).
    DueIn(i64),
}

/// How `due` stands against `today`: "3 days overdue", "due today", "due in 5 days".
pub fn timing(due: NaiveDate, today: NaiveDate) -> Timing {
    let days = (due - today).num_days();
    match days {
        0 => Timing::DueToday,
        d if d < 0 => Timing::Overdue(-d),
        d => Timing::DueIn(d),
    }
}

/// The date an objective was created (its start for measurements and communication).
fn created_on(objective: &Objective) -> Option<NaiveDate> {
    objective.created.date()
}

/// Whether (and since when) an objective needs communicating: never communicated, or changed
/// by a revision after it was last communicated.
pub fn communication_due(
    objective: &Objective,
    last: Option<NaiveDate>,
) -> Option<(CommunicationDue, NaiveDate)> {
    let latest_change = objective
        .revisions
        .iter()
        .filter_map(|revision| revision.at.date())
        .max();
    match last {
        None => created_on(objective).map(|date| (CommunicationDue::Never, date)),
        Some(last) => latest_change
            .filter(|changed| *changed > last)
            .map(|changed| (CommunicationDue::ChangedSince, changed)),
    }
}

/// Every dated thing to do for one active objective, whatever its date.
pub fn objective_items(
    objective: &Objective,
    last_communication: Option<NaiveDate>,
) -> Vec<AgendaItem> {
    let mut items = Vec::new();
    if objective.status != Status::Active {
        return items;
    }
    let mut push = |kind: AgendaKind, due: NaiveDate| {
        items.push(AgendaItem {
            objective: objective.id,
            kind,
            due,
        })
    };
    if let Some(start) = created_on(objective) {
        for kpi in &objective.kpis {
            if let Some(due) = kpi.measurement_due(start) {
                push(AgendaKind::Measurement(kpi.id), due);
            }
        }
    }
    if let Some(due) = objective.monitoring.next_review {
        push(AgendaKind::Review, due);
    }
    if let Some(plan) = &objective.plan {
        for action in &plan.actions {
            let open = !matches!(action.status, ActionStatus::Done | ActionStatus::Cancelled);
            if let (true, Some(due)) = (open, action.due) {
                push(AgendaKind::Action(action.id), due);
            }
        }
        // An evaluation is done once a review on or after its date is recorded.
        if let Some(due) = plan.evaluation.date {
            if !objective.reviews.iter().any(|review| review.date >= due) {
                push(AgendaKind::Evaluation, due);
            }
        }
    }
    if let Some((why, since)) = communication_due(objective, last_communication) {
        push(AgendaKind::Communication(why), since);
    }
    items
}

/// The register's agenda on `today`.
pub fn agenda(workspace: &Workspace, today: NaiveDate) -> Agenda {
    let horizon = today
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let communicated = workspace.last_communicated();
    let mut result = Agenda::default();
    for objective in &workspace.objectives {
        for item in objective_items(objective, communicated.get(&objective.id).copied()) {
            if item.due < today {
                result.overdue.push(item);
            } else if item.due <= horizon {
                result.upcoming.push(item);
            }
        }
    }
    // Stable sorts keep document order among items due the same day.
    crate::domain::sorting::sort_by_key(&mut result.overdue, |item| item.due);
    crate::domain::sorting::sort_by_key(&mut result.upcoming, |item| item.due);
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{
        Action, Communication, Frequency, Kpi, Level, Measurement, Plan, Review, Revision,
        Timestamp,
    };

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn at(day: NaiveDate) -> Timestamp {
        let seconds = day
            .and_hms_opt(9, 0, 0)
            .expect("a real time")
            .and_utc()
            .timestamp();
        Timestamp::from_unix_seconds(seconds)
    }

    fn active(ids: &mut SequentialIds, code: &str, created: NaiveDate) -> Objective {
        let mut objective = Objective::new(
            ObjectiveId::new(ids),
            code,
            "Objective",
            Level::Operational,
            at(created),
        );
        objective.status = Status::Active;
        objective
    }

    fn kinds(items: &[AgendaItem]) -> Vec<(AgendaKind, NaiveDate)> {
        items.iter().map(|item| (item.kind, item.due)).collect()
    }

    #[test]
    fn items_split_into_overdue_and_the_next_thirty_days() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2026, 1, 1));
        o.monitoring.next_review = Some(date(2026, 3, 1));
        let mut plan = Plan::default();
        for (due, status) in [
            (date(2026, 2, 27), ActionStatus::Planned),
            (date(2026, 3, 30), ActionStatus::InProgress),
            (date(2026, 3, 31), ActionStatus::Planned),
            (date(2026, 2, 1), ActionStatus::Done),
        ] {
            plan.actions.push(Action {
                id: RecordId::new(&mut ids),
                what: "Do".into(),
                responsible: String::new(),
                start: None,
                due: Some(due),
                resources: Vec::new(),
                status,
                corrective: false,
            });
        }
        let late = plan.actions[0].id;
        let last_day = plan.actions[1].id;
        o.plan = Some(plan);
        let workspace = Workspace {
            objectives: vec![o.clone()],
            communications: vec![Communication {
                id: RecordId::new(&mut ids),
                date: date(2026, 1, 2),
                objectives: vec![o.id],
                audience: "Team".into(),
                channel: "Meeting".into(),
                by_whom: String::new(),
                summary: String::new(),
                acknowledged_on: None,
            }],
            ..Workspace::default()
        };
        let today = date(2026, 2, 28);
        let agenda = agenda(&workspace, today);
        assert_eq!(
            kinds(&agenda.overdue),
            vec![(AgendaKind::Action(late), date(2026, 2, 27))]
        );
        // Today + 30 days is 2026-03-30: included; the 31st is not; the done action never is.
        assert_eq!(
            kinds(&agenda.upcoming),
            vec![
                (AgendaKind::Review, date(2026, 3, 1)),
                (AgendaKind::Action(last_day), date(2026, 3, 30)),
            ]
        );
    }

    #[test]
    fn only_active_objectives_are_on_the_agenda() {
        let mut ids = SequentialIds::default();
        for status in [
            Status::Draft,
            Status::Achieved,
            Status::NotAchieved,
            Status::Cancelled,
            Status::Superseded,
        ] {
            let mut o = active(&mut ids, "O1", date(2026, 1, 1));
            o.status = status;
            o.monitoring.next_review = Some(date(2026, 1, 2));
            assert!(objective_items(&o, None).is_empty(), "{status:?}");
        }
    }

    #[test]
    fn measurements_fall_due_by_frequency_around_month_ends() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2026, 1, 31));
        let mut kpi = Kpi::named(KpiId::new(&mut ids), "MTTR");
        kpi.frequency = Some(Frequency::Monthly);
        let never = kpi.id;
        o.kpis.push(kpi.clone());
        let mut measured = Kpi::named(KpiId::new(&mut ids), "FCR");
        measured.frequency = Some(Frequency::Quarterly);
        measured.measurements.push(Measurement {
            id: RecordId::new(&mut ids),
            date: date(2027, 11, 30),
            value: 1.0,
            note: String::new(),
            recorded_by: String::new(),
        });
        let quarterly = measured.id;
        o.kpis.push(measured);
        let items = objective_items(&o, Some(date(2026, 2, 1)));
        assert_eq!(
            kinds(&items),
            vec![
                // One month after 31 January 2026 is the last day of February.
                (AgendaKind::Measurement(never), date(2026, 2, 28)),
                // Three months after 30 November 2027 is 29 February 2028, a leap day.
                (AgendaKind::Measurement(quarterly), date(2028, 2, 29)),
            ]
        );
    }

    #[test]
    fn an_evaluation_is_done_once_a_review_on_or_after_its_date_exists() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2026, 1, 1));
        let mut plan = Plan::default();
        plan.evaluation.date = Some(date(2026, 6, 30));
        o.plan = Some(plan);
        let due = objective_items(&o, Some(date(2026, 1, 1)));
        assert_eq!(
            kinds(&due),
            vec![(AgendaKind::Evaluation, date(2026, 6, 30))]
        );
        let review = |day| Review {
            id: RecordId::new(&mut SequentialIds::default()),
            date: day,
            reviewer: String::new(),
            result: Default::default(),
            findings: String::new(),
            decision: Default::default(),
            next_review: None,
        };
        o.reviews.push(review(date(2026, 6, 29)));
        assert_eq!(
            objective_items(&o, Some(date(2026, 1, 1))).len(),
            1,
            "a review before the date does not count"
        );
        o.reviews.push(review(date(2026, 6, 30)));
        assert!(objective_items(&o, Some(date(2026, 1, 1))).is_empty());
    }

    #[test]
    fn communication_is_due_when_never_done_or_when_a_change_came_after_it() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2026, 1, 10));
        o.revisions.push(Revision {
            number: 1,
            at: at(date(2026, 1, 10)),
            reason: Default::default(),
            note: String::new(),
            approved_by: String::new(),
            changes: Vec::new(),
        });
        assert_eq!(
            communication_due(&o, None),
            Some((CommunicationDue::Never, date(2026, 1, 10)))
        );
        assert_eq!(communication_due(&o, Some(date(2026, 1, 10))), None);
        o.revisions.push(Revision {
            number: 2,
            at: at(date(2026, 3, 5)),
            reason: Default::default(),
            note: String::new(),
            approved_by: String::new(),
            changes: Vec::new(),
        });
        assert_eq!(
            communication_due(&o, Some(date(2026, 1, 10))),
            Some((CommunicationDue::ChangedSince, date(2026, 3, 5)))
        );
        assert_eq!(communication_due(&o, Some(date(2026, 3, 5))), None);
    }

    fn monthly_kpi(ids: &mut SequentialIds, measured_on: Option<NaiveDate>) -> Kpi {
        let mut kpi = Kpi::named(KpiId::new(ids), "MTTR");
        kpi.frequency = Some(Frequency::Monthly);
        if let Some(day) = measured_on {
            kpi.measurements.push(Measurement {
                id: RecordId::new(ids),
                date: day,
                value: 1.0,
                note: String::new(),
                recorded_by: String::new(),
            });
        }
        kpi
    }

    #[test]
    fn timing_counts_calendar_days_across_month_ends_and_leap_days() {
        let leap_day = date(2028, 2, 29);
        assert_eq!(timing(leap_day, date(2028, 2, 29)), Timing::DueToday);
        assert_eq!(timing(leap_day, date(2028, 2, 28)), Timing::DueIn(1));
        assert_eq!(timing(leap_day, date(2028, 3, 1)), Timing::Overdue(1));
        assert_eq!(timing(leap_day, date(2028, 1, 31)), Timing::DueIn(29));
        // 2027 has no 29 February: the day after the 28th is 1 March.
        assert_eq!(
            timing(date(2027, 3, 1), date(2027, 2, 28)),
            Timing::DueIn(1)
        );
        assert_eq!(
            timing(date(2028, 2, 28), date(2028, 3, 1)),
            Timing::Overdue(2)
        );
        // Across a year end.
        assert_eq!(
            timing(date(2026, 12, 31), date(2027, 1, 3)),
            Timing::Overdue(3)
        );
        assert_eq!(
            timing(date(2027, 1, 1), date(2026, 12, 31)),
            Timing::DueIn(1)
        );
    }

    #[test]
    fn the_horizon_is_thirty_calendar_days_whatever_the_month() {
        let mut ids = SequentialIds::default();
        let review_on = |ids: &mut SequentialIds, due| {
            let mut o = active(ids, "O1", date(2026, 1, 1));
            o.monitoring.next_review = Some(due);
            o
        };
        let due_dates = |workspace: &Workspace, today| {
            let agenda = agenda(workspace, today);
            agenda
                .upcoming
                .iter()
                .map(|item| item.due)
                .collect::<Vec<_>>()
        };
        for (today, last_in, first_out) in [
            // February 2028 has 29 days: 1 February + 30 days is 2 March.
            (date(2028, 2, 1), date(2028, 3, 2), date(2028, 3, 3)),
            // February 2027 has 28: 1 February + 30 days is 3 March.
            (date(2027, 2, 1), date(2027, 3, 3), date(2027, 3, 4)),
            // Across a year end.
            (date(2026, 12, 15), date(2027, 1, 14), date(2027, 1, 15)),
        ] {
            let objectives = vec![
                review_on(&mut ids, today),
                review_on(&mut ids, last_in),
                review_on(&mut ids, first_out),
            ];
            // Communicated, so only the reviews are on the agenda.
            let communicated = Communication {
                id: RecordId::new(&mut ids),
                date: date(2026, 1, 1),
                objectives: objectives.iter().map(|o| o.id).collect(),
                audience: String::new(),
                channel: String::new(),
                by_whom: String::new(),
                summary: String::new(),
                acknowledged_on: None,
            };
            let workspace = Workspace {
                objectives,
                communications: vec![communicated],
                ..Workspace::default()
            };
            assert_eq!(
                due_dates(&workspace, today),
                vec![today, last_in],
                "{today}"
            );
        }
    }

    #[test]
    fn an_item_due_on_a_leap_day_is_upcoming_that_day_and_overdue_the_next() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2028, 1, 1));
        o.monitoring.next_review = Some(date(2028, 2, 29));
        let workspace = Workspace {
            communications: vec![Communication {
                id: RecordId::new(&mut ids),
                date: date(2028, 1, 1),
                objectives: vec![o.id],
                audience: String::new(),
                channel: String::new(),
                by_whom: String::new(),
                summary: String::new(),
                acknowledged_on: None,
            }],
            objectives: vec![o],
            ..Workspace::default()
        };
        let on_the_day = agenda(&workspace, date(2028, 2, 29));
        assert!(on_the_day.overdue.is_empty());
        assert_eq!(
            kinds(&on_the_day.upcoming),
            vec![(AgendaKind::Review, date(2028, 2, 29))]
        );
        let next_day = agenda(&workspace, date(2028, 3, 1));
        assert!(next_day.upcoming.is_empty());
        assert_eq!(
            kinds(&next_day.overdue),
            vec![(AgendaKind::Review, date(2028, 2, 29))]
        );
    }

    #[test]
    fn monthly_measurements_after_the_31st_fall_on_the_last_day_of_shorter_months() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2027, 12, 31));
        // Measured on 31 January in a leap year: next due 29 February.
        let leap = monthly_kpi(&mut ids, Some(date(2028, 1, 31)));
        // Measured on 31 January in a common year: next due 28 February.
        let common = monthly_kpi(&mut ids, Some(date(2027, 1, 31)));
        // Measured on 31 March: next due 30 April.
        let april = monthly_kpi(&mut ids, Some(date(2028, 3, 31)));
        // Never measured, created on 31 December: next due 31 January.
        let never = monthly_kpi(&mut ids, None);
        let expected = [
            (leap.id, date(2028, 2, 29)),
            (common.id, date(2027, 2, 28)),
            (april.id, date(2028, 4, 30)),
            (never.id, date(2028, 1, 31)),
        ];
        o.kpis = vec![leap, common, april, never];
        let items = objective_items(&o, Some(date(2027, 12, 31)));
        assert_eq!(
            kinds(&items),
            expected
                .iter()
                .map(|(id, due)| (AgendaKind::Measurement(*id), *due))
                .collect::<Vec<_>>()
        );
        // On 1 March 2028 the leap-year KPI is one day overdue.
        let workspace = Workspace {
            objectives: vec![o],
            ..Workspace::default()
        };
        let agenda = agenda(&workspace, date(2028, 3, 1));
        let leap_item = agenda
            .overdue
            .iter()
            .find(|item| item.kind == AgendaKind::Measurement(expected[0].0))
            .expect("the leap-year KPI is overdue");
        assert_eq!(timing(leap_item.due, date(2028, 3, 1)), Timing::Overdue(1));
    }

    #[test]
    fn yearly_and_half_yearly_items_from_a_leap_day_land_on_the_28th() {
        let mut ids = SequentialIds::default();
        let mut o = active(&mut ids, "O1", date(2028, 1, 1));
        let mut yearly = monthly_kpi(&mut ids, Some(date(2028, 2, 29)));
        yearly.frequency = Some(Frequency::Yearly);
        let mut half = monthly_kpi(&mut ids, Some(date(2028, 8, 31)));
        half.frequency = Some(Frequency::HalfYearly);
        let (yearly_id, half_id) = (yearly.id, half.id);
        o.kpis = vec![yearly, half];
        assert_eq!(
            kinds(&objective_items(&o, Some(date(2028, 1, 1)))),
            vec![
                (AgendaKind::Measurement(yearly_id), date(2029, 2, 28)),
                (AgendaKind::Measurement(half_id), date(2029, 2, 28)),
            ]
        );
    }

    #[test]
    fn items_due_the_same_day_keep_the_register_order() {
        let mut ids = SequentialIds::default();
        let mut first = active(&mut ids, "O1", date(2026, 1, 1));
        let mut second = active(&mut ids, "O2", date(2026, 1, 1));
        first.monitoring.next_review = Some(date(2026, 1, 20));
        second.monitoring.next_review = Some(date(2026, 1, 10));
        let mut third = active(&mut ids, "O3", date(2026, 1, 1));
        third.monitoring.next_review = Some(date(2026, 1, 10));
        let order = [second.id, third.id, first.id];
        let workspace = Workspace {
            objectives: vec![first, second, third],
            ..Workspace::default()
        };
        let agenda = agenda(&workspace, date(2026, 2, 1));
        let reviews: Vec<ObjectiveId> = agenda
            .overdue
            .iter()
            .filter(|item| item.kind == AgendaKind::Review)
            .map(|item| item.objective)
            .collect();
        assert_eq!(reviews, order);
    }

    #[test]
    fn the_last_communication_counts_for_every_objective_it_names() {
        let mut ids = SequentialIds::default();
        let a = ObjectiveId::new(&mut ids);
        let b = ObjectiveId::new(&mut ids);
        let record = |day, objectives: Vec<ObjectiveId>| Communication {
            id: RecordId::new(&mut SequentialIds::default()),
            date: day,
            objectives,
            audience: String::new(),
            channel: String::new(),
            by_whom: String::new(),
            summary: String::new(),
            acknowledged_on: None,
        };
        let workspace = Workspace {
            communications: vec![
                record(date(2026, 5, 1), vec![a, b]),
                record(date(2026, 4, 1), vec![a]),
                record(date(2026, 6, 1), vec![b]),
            ],
            ..Workspace::default()
        };
        let last = workspace.last_communicated();
        assert_eq!(last.get(&a), Some(&date(2026, 5, 1)));
        assert_eq!(last.get(&b), Some(&date(2026, 6, 1)));
    }
}
