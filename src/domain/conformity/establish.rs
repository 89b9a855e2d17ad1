//! The rules of clause 6.2.1 (a–f) and of documented information, one function per item.

use super::context::*;
use super::items::*;
use crate::domain::model::{Direction, Kpi, Objective, Status};
use crate::domain::progress::objective_start;
use chrono::NaiveDate;

pub(super) fn policy(objective: &Objective) -> ItemResult {
    match objective.policy_links.len() {
        0 => result(CheckItem::Policy, ItemState::Missing, Finding::NoPolicyLink),
        count => result(
            CheckItem::Policy,
            ItemState::Met,
            Finding::PolicyLinked { count },
        ),
    }
}

/// What a KPI lacks to be measurable: a unit, a target (both ends of a range) and a target
/// date; a milestone needs only its date.
pub(super) fn kpi_gaps(kpi: &Kpi) -> Vec<KpiPart> {
    let mut missing = Vec::new();
    if kpi.direction != Direction::Milestone {
        if blank(&kpi.unit) {
            missing.push(KpiPart::Unit);
        }
        let has_target = match kpi.direction {
            Direction::Range => kpi.target.is_some() && kpi.target_upper.is_some(),
            _ => kpi.target.is_some(),
        };
        if !has_target {
            missing.push(KpiPart::Target);
        }
    }
    if kpi.target_date.is_none() {
        missing.push(KpiPart::TargetDate);
    }
    missing
}

/// Good practice for a KPI: a baseline (not for milestones) and a method or data source.
pub(super) fn kpi_practice(kpi: &Kpi) -> Vec<Practice> {
    let mut notes = Vec::new();
    if kpi.direction != Direction::Milestone && kpi.baseline.is_none() {
        notes.push(Practice::NoBaseline {
            kpi: kpi.name.clone(),
        });
    }
    if blank(&kpi.method) && blank(&kpi.data_source) {
        notes.push(Practice::NoMeasurementMethod {
            kpi: kpi.name.clone(),
        });
    }
    notes
}

pub(super) fn measurable(objective: &Objective) -> ItemResult {
    let item = CheckItem::Measurable;
    if objective.kpis.is_empty() {
        return result(item, ItemState::Missing, Finding::NoKpi);
    }
    let practice: Vec<Practice> = objective.kpis.iter().flat_map(kpi_practice).collect();
    let gaps: Vec<(&Kpi, Vec<KpiPart>)> = objective
        .kpis
        .iter()
        .map(|kpi| (kpi, kpi_gaps(kpi)))
        .collect();
    let measurable = gaps
        .iter()
        .filter(|(_, missing)| missing.is_empty())
        .count();
    let first_gap = gaps
        .iter()
        .filter(|(_, missing)| !missing.is_empty())
        // Report the KPI that is closest to measurable.
        .min_by_key(|(_, missing)| missing.len());
    let outcome = match (measurable, first_gap) {
        (_, None) => result(
            item,
            ItemState::Met,
            Finding::KpisMeasurable {
                count: objective.kpis.len(),
            },
        ),
        (0, Some((kpi, missing))) => result(
            item,
            ItemState::Missing,
            Finding::KpiIncomplete {
                kpi: kpi.name.clone(),
                missing: missing.clone(),
            },
        ),
        (_, Some((kpi, missing))) => result(
            item,
            ItemState::Partly,
            Finding::OtherKpiIncomplete {
                kpi: kpi.name.clone(),
                missing: missing.clone(),
            },
        ),
    };
    outcome.with(practice)
}

pub(super) fn requirements(objective: &Objective) -> ItemResult {
    let item = CheckItem::Requirements;
    if !objective.requirement_links.is_empty() {
        let count = objective.requirement_links.len();
        return result(item, ItemState::Met, Finding::RequirementsLinked { count });
    }
    match objective.no_requirements_reason.as_deref() {
        // Stating that none applies answers c); the reason helps an auditor follow it.
        Some(reason) => result(item, ItemState::Met, Finding::NoneApply)
            .with(blank(reason).then_some(Practice::NoneApplyWithoutReason)),
        None => result(item, ItemState::Missing, Finding::NoRequirementLink),
    }
}

/// The latest measurement of any of the objective's KPIs.
pub(super) fn last_measured(objective: &Objective) -> Option<NaiveDate> {
    objective
        .kpis
        .iter()
        .filter_map(|kpi| kpi.latest_measurement().map(|m| m.date))
        .max()
}

pub(super) fn monitored(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Monitored;
    let monitoring = &objective.monitoring;
    let never_measured = objective
        .kpis
        .iter()
        .find(|kpi| kpi.latest_measurement().is_none());
    let measured = last_measured(objective);
    let reviewed = objective.reviews.iter().map(|r| r.date).max();

    if is_finished(objective) {
        // Judged on what it keeps: measurements and reviews.
        return match (measured, reviewed, never_measured) {
            (None, None, _) => result(item, ItemState::Missing, Finding::NoMonitoringRecords),
            (_, Some(reviewed), None) => result(
                item,
                ItemState::Met,
                Finding::MonitoredOn { measured, reviewed },
            ),
            (_, _, Some(kpi)) => result(
                item,
                ItemState::Partly,
                Finding::NotMeasuredYet {
                    kpi: kpi.name.clone(),
                },
            ),
            (_, None, None) => result(item, ItemState::Partly, Finding::NoReviewYet),
        };
    }

    let mut details = Vec::new();
    if blank(&monitoring.method) {
        details.push(MonitoringPart::Method);
    }
    if blank(&monitoring.responsible) {
        details.push(MonitoringPart::Responsible);
    }
    let practice =
        (!details.is_empty()).then_some(Practice::MonitoringDetails { missing: details });

    let mut missing = Vec::new();
    if objective.kpis.iter().any(|kpi| kpi.frequency.is_none()) {
        missing.push(MonitoringPart::MeasurementFrequency);
    }
    if monitoring.frequency.is_none() && monitoring.next_review.is_none() {
        missing.push(MonitoringPart::ReviewSchedule);
    }
    let arranged = objective.kpis.iter().any(|kpi| kpi.frequency.is_some())
        || monitoring.frequency.is_some()
        || monitoring.next_review.is_some()
        || !blank(&monitoring.method)
        || !blank(&monitoring.responsible);
    let recorded = measured.is_some() || reviewed.is_some();

    // Only an active objective is due to be measured and reviewed (as on the agenda).
    let pursued = objective.status == Status::Active;
    let start = objective_start(objective).unwrap_or(today);
    let overdue = objective
        .kpis
        .iter()
        .filter(|_| pursued)
        .filter_map(|kpi| {
            kpi.measurement_due(start)
                .filter(|due| *due < today)
                .map(|due| (kpi, due))
        })
        .min_by_key(|(_, due)| *due);

    let outcome = if !arranged && !recorded {
        result(item, ItemState::Missing, Finding::NoMonitoring)
    } else if let Some((kpi, due)) = overdue {
        let finding = Finding::MeasurementOverdue {
            kpi: kpi.name.clone(),
            due,
        };
        result(item, ItemState::Partly, finding)
    } else if let Some(since) = monitoring
        .next_review
        .filter(|next| pursued && *next < today)
    {
        result(item, ItemState::Partly, Finding::ReviewOverdue { since })
    } else if !missing.is_empty() {
        result(
            item,
            ItemState::Partly,
            Finding::MonitoringIncomplete { missing },
        )
    } else if !recorded {
        result(item, ItemState::Partly, Finding::NotYetMonitored)
    } else if let Some(kpi) = never_measured {
        let finding = Finding::NotMeasuredYet {
            kpi: kpi.name.clone(),
        };
        result(item, ItemState::Partly, finding)
    } else if let Some(reviewed) = reviewed {
        result(
            item,
            ItemState::Met,
            Finding::MonitoredOn { measured, reviewed },
        )
    } else {
        result(item, ItemState::Partly, Finding::NoReviewYet)
    };
    outcome.with(practice)
}

/// The latest revision that changed the objective, by date.
pub(super) fn last_changed(objective: &Objective) -> Option<NaiveDate> {
    objective
        .revisions
        .iter()
        .filter_map(|revision| revision.at.date())
        .max()
}

pub(super) fn communicated(objective: &Objective, last: Option<NaiveDate>) -> ItemResult {
    let item = CheckItem::Communicated;
    let closed = is_finished(objective);
    let plan = &objective.communication;
    let mut missing = Vec::new();
    if plan.audiences.iter().all(|a| blank(a)) {
        missing.push(CommunicationPart::Audiences);
    }
    if plan.channels.iter().all(|c| blank(c)) {
        missing.push(CommunicationPart::Channels);
    }
    // A plan for future communication means nothing once the objective is closed.
    let practice =
        (!closed && !missing.is_empty()).then_some(Practice::NoCommunicationPlan { missing });
    let outcome = match last {
        None => result(item, ItemState::Missing, Finding::NotCommunicated),
        Some(last) => match last_changed(objective).filter(|changed| *changed > last) {
            Some(changed) if !closed => result(
                item,
                ItemState::Partly,
                Finding::ChangedSinceCommunicated { last, changed },
            ),
            _ => result(item, ItemState::Met, Finding::CommunicatedOn { last }),
        },
    };
    outcome.with(practice)
}

pub(super) fn updated(objective: &Objective, today: NaiveDate) -> ItemResult {
    let item = CheckItem::Updated;
    let rules = &objective.updating;
    let open_revision = objective
        .revisions
        .iter()
        .filter(|revision| revision.is_open())
        .map(|revision| revision.number)
        .max();
    if is_finished(objective) {
        return match open_revision {
            Some(number) => result(item, ItemState::Partly, Finding::OpenRevision { number }),
            None => result(
                item,
                ItemState::Met,
                Finding::UpdatesRecorded {
                    count: objective.revisions.len(),
                },
            ),
        };
    }
    let practice = (rules.review_cadence.is_some() && rules.triggers.is_empty())
        .then_some(Practice::NoUpdateTriggers);
    let Some(cadence) = rules.review_cadence else {
        return if rules.triggers.is_empty() {
            result(item, ItemState::Missing, Finding::NoUpdateRules)
        } else {
            result(item, ItemState::Partly, Finding::NoUpdateCadence)
        };
    };
    // Never reviewed: the cadence runs from the day the objective was created.
    let since = rules
        .last_reviewed
        .or_else(|| objective.created.date())
        .unwrap_or(today);
    let due = cadence.after(since).unwrap_or(today);
    let outcome = if due < today {
        result(item, ItemState::Partly, Finding::UpdateOverdue { due })
    } else if let Some(number) = open_revision {
        result(item, ItemState::Partly, Finding::OpenRevision { number })
    } else {
        result(item, ItemState::Met, Finding::UpdateCadenceKept { due })
    };
    outcome.with(practice)
}

pub(super) fn documented(objective: &Objective) -> ItemResult {
    let item = CheckItem::Documented;
    let draft = objective.status == Status::Draft;
    match (draft, objective.revisions.is_empty()) {
        (true, true) => return result(item, ItemState::Missing, Finding::DraftWithoutRevision),
        (true, false) => return result(item, ItemState::Partly, Finding::StillDraft),
        (false, true) => return result(item, ItemState::Partly, Finding::NoRevision),
        (false, false) => {}
    }
    let approval = &objective.approval;
    let (Some(on), false) = (approval.approved_on, blank(&approval.approved_by)) else {
        let mut missing = Vec::new();
        if blank(&approval.approved_by) {
            missing.push(ApprovalPart::By);
        }
        if approval.approved_on.is_none() {
            missing.push(ApprovalPart::On);
        }
        return result(item, ItemState::Partly, Finding::NotApproved { missing });
    };
    // A change recorded after the approval needs its own approver.
    let unapproved = objective
        .revisions
        .iter()
        .filter(|revision| revision.at.date().is_some_and(|at| at > on))
        .filter(|revision| blank(&revision.approved_by))
        .map(|revision| revision.number)
        .max();
    match unapproved {
        Some(number) => result(
            item,
            ItemState::Partly,
            Finding::ChangedSinceApproval { number },
        ),
        None => result(
            item,
            ItemState::Met,
            Finding::Approved {
                by: approval.approved_by.trim().to_string(),
                on,
            },
        ),
    }
}
