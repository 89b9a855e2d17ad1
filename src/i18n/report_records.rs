//! The wording of the records in the clause 6.2 evidence pack: approvals, a KPI's latest value
//! with progress and status, changed fields old → new, evaluation results, resource totals
//! and corrective actions, as short lines in the user's language.

use super::dashboard::track_label;
use super::report::{action_status_text, label_value, list};
use super::revision::{field_label, value_text as change_value, Names};
use super::trend::value_text;
use super::{format, format_count, Lang, Msg};
use crate::domain::model::{Action, Approval, EvaluationResult, FieldChange, Kpi, Objective};
use crate::domain::progress::{KpiProgress, KpiStatus};
use crate::domain::report_records::KindTotal;
use crate::domain::summary::number;

/// "Q. Chen, 2026-10-01"; "Not recorded" when neither who nor when is.
pub fn approval_text(lang: Lang, approval: &Approval) -> String {
    let name = approval.approved_by.trim();
    match (name, approval.approved_on) {
        ("", None) => Msg::ReportNotRecorded.text(lang).to_string(),
        (name, Some(date)) if !name.is_empty() => format(
            lang,
            Msg::ReportApproval,
            &[("name", name), ("date", &date.to_string())],
        ),
        ("", Some(date)) => date.to_string(),
        (name, _) => name.to_string(),
    }
}

/// A share (0–1) as a whole percentage, rounded down so "100 %" only ever means done.
pub fn percent(lang: Lang, share: f64) -> String {
    let whole = if share >= 1.0 {
        100.0
    } else {
        (share.max(0.0) * 100.0).floor()
    };
    format(lang, Msg::ProgressPercent, &[("percent", &number(whole))])
}

/// "Latest value: 31.5 minutes on 2026-10-31; progress: 34 %; status: Off track".
pub fn kpi_standing(lang: Lang, kpi: &Kpi, progress: &KpiProgress) -> String {
    let status = track_label(progress.status).text(lang);
    match &progress.latest {
        None if progress.status == KpiStatus::NotMeasured => {
            Msg::ReportKpiNoMeasurement.text(lang).to_string()
        }
        None => format(lang, Msg::ReportKpiNotMeasured, &[("status", status)]),
        Some(latest) => format(
            lang,
            Msg::ReportKpiLatest,
            &[
                ("value", &value_text(lang, kpi, latest.value)),
                ("date", &latest.date.to_string()),
                (
                    "progress",
                    &progress.progress.map_or_else(
                        || Msg::NotSet.text(lang).to_string(),
                        |share| percent(lang, share),
                    ),
                ),
                ("status", status),
            ],
        ),
    }
}

/// Each changed field of a revision: "KPI 'MTTR': Target: 20 → 15".
pub fn change_lines(lang: Lang, names: &Names<'_>, changes: &[FieldChange]) -> Vec<String> {
    changes
        .iter()
        .map(|change| {
            format(
                lang,
                Msg::ReportChange,
                &[
                    ("field", &field_label(lang, names, &change.field)),
                    (
                        "old",
                        &change_value(lang, names, &change.field, &change.old),
                    ),
                    (
                        "new",
                        &change_value(lang, names, &change.field, &change.new),
                    ),
                ],
            )
        })
        .collect()
}

/// "Criteria met (2027-07-20); Under 15 minutes since April", or "Not evaluated yet".
pub fn evaluation_result_text(lang: Lang, result: Option<&EvaluationResult>) -> String {
    let Some(result) = result else {
        return Msg::ReportResultPending.text(lang).to_string();
    };
    let verdict = if result.criteria_met {
        Msg::ReportResultMet
    } else {
        Msg::ReportResultNotMet
    };
    let mut text = format(lang, verdict, &[("date", &result.date.to_string())]);
    let findings = result.findings.trim();
    if !findings.is_empty() {
        text.push_str(Msg::ReportPartsSeparator.text(lang));
        text.push_str(findings);
    }
    text
}

/// The amounts of one kind of resource as recorded ("20 days, CNY 50,000").
pub fn amounts_text(lang: Lang, objective: &Objective, total: &KindTotal) -> String {
    let actions: &[Action] = objective.plan.as_ref().map_or(&[], |p| &p.actions);
    list(
        lang,
        total.amounts.iter().filter_map(|&(action, resource)| {
            actions
                .get(action)
                .and_then(|a| a.resources.get(resource))
                .map(|r| r.amount.trim().to_string())
        }),
    )
}

/// "1 of 2 approved".
pub fn approved_count(lang: Lang, total: &KindTotal) -> String {
    format_count(
        lang,
        Msg::ReportResourcesApproved,
        total.count,
        &[("approved", &total.approved.to_string())],
    )
}

/// A corrective action: "Write runbooks; Responsible: Lee; Due: 2027-02-28; In progress".
pub fn corrective_line(lang: Lang, action: &Action) -> String {
    let mut parts = vec![action.what.trim().to_string()];
    if !action.responsible.trim().is_empty() {
        parts.push(label_value(
            lang,
            Msg::ActionResponsible,
            action.responsible.trim(),
        ));
    }
    if let Some(due) = action.due {
        parts.push(label_value(lang, Msg::ActionDue, &due.to_string()));
    }
    parts.push(action_status_text(lang, action.status).to_string());
    parts.join(Msg::ReportPartsSeparator.text(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{ActionStatus, Direction};
    use crate::domain::{KpiId, Measurement, RecordId};
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn approvals_say_who_and_when_or_that_none_is_recorded() {
        let full = Approval {
            approved_by: "Q. Chen".into(),
            approved_on: Some(date(2026, 10, 1)),
        };
        assert_eq!(approval_text(Lang::En, &full), "Q. Chen, 2026-10-01");
        assert_eq!(approval_text(Lang::ZhHans, &full), "Q. Chen，2026-10-01");
        assert_eq!(
            approval_text(Lang::En, &Approval::default()),
            "Not recorded"
        );
        assert_eq!(approval_text(Lang::ZhHans, &Approval::default()), "未记录");
    }

    #[test]
    fn a_kpi_reads_its_latest_value_progress_and_status() {
        let mut ids = SequentialIds::default();
        let kpi = Kpi {
            unit: "minutes".into(),
            direction: Direction::LowerIsBetter,
            baseline: Some(40.0),
            target: Some(15.0),
            ..Kpi::named(KpiId::new(&mut ids), "MTTR")
        };
        let latest = Measurement {
            id: RecordId::new(&mut ids),
            date: date(2026, 10, 31),
            value: 31.5,
            note: String::new(),
            recorded_by: String::new(),
        };
        let progress = KpiProgress {
            latest: Some(latest),
            progress: Some(0.34),
            met: false,
            expected: 0.8,
            status: KpiStatus::OffTrack,
        };
        assert_eq!(
            kpi_standing(Lang::En, &kpi, &progress),
            "Latest value: 31.5 minutes on 2026-10-31; progress: 34 %; status: Off track"
        );
        let none = KpiProgress {
            latest: None,
            progress: None,
            status: KpiStatus::NotMeasured,
            ..progress
        };
        assert_eq!(kpi_standing(Lang::ZhHans, &kpi, &none), "尚无测量记录。");
        let no_target = KpiProgress {
            status: KpiStatus::NoTarget,
            ..none
        };
        assert_eq!(
            kpi_standing(Lang::En, &kpi, &no_target),
            "No measurement recorded yet; status: No target"
        );
    }

    #[test]
    fn results_and_corrective_actions_read_as_one_line() {
        let result = EvaluationResult {
            date: date(2027, 7, 20),
            criteria_met: true,
            findings: "Under 15 minutes since April".into(),
        };
        assert_eq!(
            evaluation_result_text(Lang::En, Some(&result)),
            "Criteria met (2027-07-20); Under 15 minutes since April"
        );
        assert_eq!(evaluation_result_text(Lang::En, None), "Not evaluated yet");
        let action = Action {
            id: RecordId::new(&mut SequentialIds::default()),
            what: "Write runbooks".into(),
            responsible: "Lee".into(),
            start: None,
            due: Some(date(2027, 2, 28)),
            resources: Vec::new(),
            status: ActionStatus::InProgress,
            corrective: true,
        };
        assert_eq!(
            corrective_line(Lang::En, &action),
            "Write runbooks; Responsible: Lee; Due: 2027-02-28; In progress"
        );
    }
}
