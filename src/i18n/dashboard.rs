//! The wording of the overview: how an agenda item's date stands against today ("3 days
//! overdue", "Due in 5 days"), what is to be done for it, and the progress statuses counted.

use super::{format, Lang, Msg};
use crate::domain::agenda::{AgendaKind, CommunicationDue, Timing};
use crate::domain::model::Objective;
use crate::domain::progress::KpiStatus;

/// "3 days overdue", "1 day overdue", "Due today", "Due tomorrow", "Due in 5 days".
pub fn describe_timing(lang: Lang, timing: Timing) -> String {
    match timing {
        Timing::Overdue(days) => super::format_count(
            lang,
            Msg::DashDaysOverdue,
            days.unsigned_abs() as usize,
            &[],
        ),
        Timing::DueToday => Msg::DashDueToday.text(lang).to_string(),
        Timing::DueIn(1) => Msg::DashDueTomorrow.text(lang).to_string(),
        Timing::DueIn(days) => format(lang, Msg::DashDueInDays, &[("days", &days.to_string())]),
    }
}

/// The same inside a sentence: "3 days overdue", "due today", "due tomorrow", "due in 5 days".
pub fn describe_timing_in_sentence(lang: Lang, timing: Timing) -> String {
    match timing {
        Timing::Overdue(_) => describe_timing(lang, timing),
        Timing::DueToday => Msg::DashDueTodayInline.text(lang).to_string(),
        Timing::DueIn(1) => Msg::DashDueTomorrowInline.text(lang).to_string(),
        Timing::DueIn(days) => format(
            lang,
            Msg::DashDueInDaysInline,
            &[("days", &days.to_string())],
        ),
    }
}

/// What is to be done for an agenda item of `objective`: "Measure MTTR", "Complete the
/// action: …", "Review the objective".
pub fn describe_task(lang: Lang, objective: &Objective, kind: AgendaKind) -> String {
    match kind {
        AgendaKind::Measurement(id) => {
            let name = objective
                .kpis
                .iter()
                .find(|kpi| kpi.id == id)
                .map(|kpi| kpi.name.trim())
                .filter(|name| !name.is_empty());
            match name {
                Some(name) => format(lang, Msg::DashDoMeasure, &[("kpi", name)]),
                None => Msg::DashDoMeasureUnnamed.text(lang).to_string(),
            }
        }
        AgendaKind::Review => Msg::DashDoReview.text(lang).to_string(),
        AgendaKind::Action(id) => {
            let what = objective
                .plan
                .iter()
                .flat_map(|plan| plan.actions.iter())
                .find(|action| action.id == id)
                .map(|action| action.what.trim())
                .filter(|what| !what.is_empty());
            match what {
                Some(what) => format(lang, Msg::DashDoAction, &[("action", what)]),
                None => Msg::DashDoActionUnnamed.text(lang).to_string(),
            }
        }
        AgendaKind::Evaluation => Msg::DashDoEvaluation.text(lang).to_string(),
        AgendaKind::Communication(CommunicationDue::Never) => {
            Msg::DashDoCommunicateNever.text(lang).to_string()
        }
        AgendaKind::Communication(CommunicationDue::ChangedSince) => {
            Msg::DashDoCommunicateChange.text(lang).to_string()
        }
    }
}

/// The name of a progress status as the overview counts it.
pub fn track_label(status: KpiStatus) -> Msg {
    match status {
        KpiStatus::OnTrack => Msg::DashTrackOnTrack,
        KpiStatus::AtRisk => Msg::DashTrackAtRisk,
        KpiStatus::OffTrack => Msg::DashTrackOffTrack,
        KpiStatus::NotMeasured => Msg::DashTrackNotMeasured,
        KpiStatus::NoTarget => Msg::DashTrackNoTarget,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Action, Kpi, Level, Plan, Timestamp};
    use crate::domain::{KpiId, ObjectiveId, RecordId};

    #[test]
    fn timing_reads_naturally_in_both_languages() {
        let en = |t| describe_timing(Lang::En, t);
        let zh = |t| describe_timing(Lang::ZhHans, t);
        assert_eq!(en(Timing::Overdue(3)), "3 days overdue");
        assert_eq!(en(Timing::Overdue(1)), "1 day overdue");
        assert_eq!(en(Timing::DueToday), "Due today");
        assert_eq!(en(Timing::DueIn(1)), "Due tomorrow");
        assert_eq!(en(Timing::DueIn(5)), "Due in 5 days");
        assert_eq!(zh(Timing::Overdue(3)), "逾期 3 天");
        assert_eq!(zh(Timing::DueIn(5)), "5 天后到期");
        assert_eq!(zh(Timing::DueToday), "今天到期");
    }

    #[test]
    fn timing_inside_a_sentence_starts_in_lower_case() {
        let en = |t| describe_timing_in_sentence(Lang::En, t);
        let zh = |t| describe_timing_in_sentence(Lang::ZhHans, t);
        assert_eq!(en(Timing::Overdue(3)), "3 days overdue");
        assert_eq!(en(Timing::DueToday), "due today");
        assert_eq!(en(Timing::DueIn(1)), "due tomorrow");
        assert_eq!(en(Timing::DueIn(12)), "due in 12 days");
        assert_eq!(zh(Timing::DueIn(12)), "12 天后到期");
        assert_eq!(zh(Timing::DueToday), "今天到期");
    }

    #[test]
    fn tasks_name_the_kpi_or_the_action() {
        let mut ids = SequentialIds::default();
        let mut objective = Objective::new(
            ObjectiveId::new(&mut ids),
            "O1",
            "Faster answers",
            Level::Operational,
            Timestamp::default(),
        );
        let kpi = Kpi::named(KpiId::new(&mut ids), "MTTR");
        let unnamed = Kpi::named(KpiId::new(&mut ids), " ");
        let (kpi_id, unnamed_id) = (kpi.id, unnamed.id);
        objective.kpis = vec![kpi, unnamed];
        let action = Action {
            id: RecordId::new(&mut ids),
            what: "Introduce chat".into(),
            responsible: String::new(),
            start: None,
            due: None,
            resources: Vec::new(),
            status: Default::default(),
            corrective: false,
        };
        let action_id = action.id;
        objective.plan = Some(Plan {
            actions: vec![action],
            ..Plan::default()
        });
        let en = |kind| describe_task(Lang::En, &objective, kind);
        assert_eq!(en(AgendaKind::Measurement(kpi_id)), "Measure MTTR");
        assert_eq!(en(AgendaKind::Measurement(unnamed_id)), "Measure a KPI");
        assert_eq!(
            en(AgendaKind::Action(action_id)),
            "Complete the action: Introduce chat"
        );
        let gone = RecordId::new(&mut ids);
        assert_eq!(en(AgendaKind::Action(gone)), "Complete an action");
        assert_eq!(
            describe_task(Lang::ZhHans, &objective, AgendaKind::Measurement(kpi_id)),
            "测量“MTTR”"
        );
    }
}
