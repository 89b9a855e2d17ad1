//! The wording of the clause 6.2 evidence pack: KPIs, the policy and requirement links,
//! monitoring, communication, updating, revisions and resources as short lines of text in
//! the user's language. `None` means nothing is recorded, which the pack says in words.

use super::{
    action_status_label, direction_label, format, frequency_label, kpi_sentence,
    resource_kind_label, Lang, Msg,
};
use crate::domain::model::{
    ActionStatus, CommunicationPlan, Kpi, Monitoring, Objective, Resource, Revision,
    RevisionReason, UpdatePolicy, UpdateTrigger, Workspace,
};
use crate::domain::summary::{kpi_summary, number};
use chrono::NaiveDate;

pub fn trigger_label(trigger: UpdateTrigger) -> Msg {
    match trigger {
        UpdateTrigger::ServiceChange => Msg::TriggerServiceChange,
        UpdateTrigger::ContractChange => Msg::TriggerContractChange,
        UpdateTrigger::RiskChange => Msg::TriggerRiskChange,
        UpdateTrigger::AuditFinding => Msg::TriggerAuditFinding,
        UpdateTrigger::MissedTarget => Msg::TriggerMissedTarget,
    }
}

pub fn revision_reason_label(reason: RevisionReason) -> Msg {
    match reason {
        RevisionReason::Created => Msg::RevisionCreated,
        RevisionReason::ServiceChange => Msg::RevisionServiceChange,
        RevisionReason::ContractChange => Msg::RevisionContractChange,
        RevisionReason::RiskChange => Msg::RevisionRiskChange,
        RevisionReason::AuditFinding => Msg::RevisionAuditFinding,
        RevisionReason::ReviewDecision => Msg::RevisionReviewDecision,
        RevisionReason::Correction => Msg::RevisionCorrection,
        RevisionReason::Revert => Msg::RevisionRevert,
        RevisionReason::Other => Msg::RevisionOther,
        RevisionReason::Unstated => Msg::RevisionUnstated,
    }
}

/// "Baseline: 40" ("基准值：40").
pub fn label_value(lang: Lang, label: Msg, value: &str) -> String {
    format(
        lang,
        Msg::ReportLabelValue,
        &[("label", label.text(lang)), ("value", value)],
    )
}

/// Items of a list ("P1, P3"; "P1、P3").
pub fn list(lang: Lang, items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .collect::<Vec<_>>()
        .join(Msg::ListSeparator.text(lang))
}

/// Labelled parts of one record ("Method: …; Next review: …"), or `None` when every part is
/// empty.
fn parts(lang: Lang, parts: Vec<(Msg, String)>) -> Option<String> {
    let written: Vec<String> = parts
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| label_value(lang, label, value.trim()))
        .collect();
    (!written.is_empty()).then(|| written.join(Msg::ReportPartsSeparator.text(lang)))
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// A KPI as the register shows it: its sentence ("Cut MTTR from 40 to under 15 minutes by
/// 2027-06-30."), or its name while it has no target.
pub fn kpi_line(lang: Lang, kpi: &Kpi) -> String {
    kpi_sentence(lang, kpi, number)
        .unwrap_or_else(|| format(lang, Msg::ReportNoTarget, &[("name", kpi.name.trim())]))
}

/// A KPI as evidence of 6.2.1 b): its target, then the baseline, direction, target date,
/// data source, method and measurement frequency that are recorded.
pub fn kpi_evidence(lang: Lang, kpi: &Kpi) -> String {
    let summary = kpi_summary(kpi);
    let details = parts(
        lang,
        vec![
            (
                Msg::KpiBaseline,
                kpi.baseline.map(number).unwrap_or_default(),
            ),
            (
                Msg::KpiDirection,
                direction_label(kpi.direction).text(lang).into(),
            ),
            (Msg::KpiTargetDate, date_text(kpi.target_date)),
            (Msg::KpiSource, kpi.data_source.clone()),
            (Msg::KpiMethod, kpi.method.clone()),
            (
                Msg::KpiFrequency,
                kpi.frequency
                    .map(|f| frequency_label(f).text(lang).to_string())
                    .unwrap_or_default(),
            ),
        ],
    );
    match details {
        Some(details) => format(
            lang,
            Msg::ReportKpiEvidence,
            &[("kpi", summary.trim()), ("details", &details)],
        ),
        None => summary,
    }
}

/// The policy statements an objective supports, by number ("P1, P3"); a statement without a
/// number is cited by its text.
pub fn policy_evidence(lang: Lang, workspace: &Workspace, objective: &Objective) -> Option<String> {
    let cited: Vec<String> = objective
        .policy_links
        .iter()
        .filter_map(|id| workspace.policy_statement(*id))
        .map(|p| cite(&p.reference, &p.text))
        .collect();
    (!cited.is_empty()).then(|| list(lang, cited))
}

/// The requirements an objective takes into account, by reference, or that none apply and
/// why.
pub fn requirements_evidence(
    lang: Lang,
    workspace: &Workspace,
    objective: &Objective,
) -> Option<String> {
    let cited: Vec<String> = objective
        .requirement_links
        .iter()
        .filter_map(|id| workspace.requirement(*id))
        .map(|r| cite(&r.reference, &r.title))
        .collect();
    if !cited.is_empty() {
        return Some(list(lang, cited));
    }
    objective.no_requirements_reason.as_deref().map(|reason| {
        let reason = match reason.trim() {
            "" => Msg::NotSet.text(lang),
            reason => reason,
        };
        format(lang, Msg::ReportNoneApply, &[("reason", reason)])
    })
}

fn cite(reference: &str, text: &str) -> String {
    match reference.trim() {
        "" => text.trim().to_string(),
        reference => reference.to_string(),
    }
}

/// How an objective is monitored (6.2.1 d).
pub fn monitoring_evidence(lang: Lang, monitoring: &Monitoring) -> Option<String> {
    parts(
        lang,
        vec![
            (
                Msg::MonitoringFrequency,
                monitoring
                    .frequency
                    .map(|f| frequency_label(f).text(lang).to_string())
                    .unwrap_or_default(),
            ),
            (Msg::MonitoringMethod, monitoring.method.clone()),
            (Msg::MonitoringResponsible, monitoring.responsible.clone()),
            (Msg::MonitoringNextReview, date_text(monitoring.next_review)),
        ],
    )
}

fn non_empty(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

/// How an objective is communicated (6.2.1 e), and when it last was.
pub fn communication_evidence(
    lang: Lang,
    plan: &CommunicationPlan,
    last: Option<NaiveDate>,
) -> Option<String> {
    parts(
        lang,
        vec![
            (Msg::ReportAudiences, list(lang, non_empty(&plan.audiences))),
            (Msg::ReportChannels, list(lang, non_empty(&plan.channels))),
            (Msg::CommWhen, plan.when.clone()),
            (Msg::CommByWhom, plan.by_whom.clone()),
            (Msg::ReportLastCommunicated, date_text(last)),
        ],
    )
}

/// How an objective is kept up to date (6.2.1 f).
pub fn updating_evidence(lang: Lang, rules: &UpdatePolicy) -> Option<String> {
    parts(
        lang,
        vec![
            (
                Msg::UpdateCadence,
                rules
                    .review_cadence
                    .map(|f| frequency_label(f).text(lang).to_string())
                    .unwrap_or_default(),
            ),
            (
                Msg::UpdateTriggers,
                list(
                    lang,
                    rules
                        .triggers
                        .iter()
                        .map(|t| trigger_label(*t).text(lang).to_string()),
                ),
            ),
            (Msg::UpdateLastReviewed, date_text(rules.last_reviewed)),
        ],
    )
}

/// One entry of the revision record: "Revision 2, 2026-11-24: review decision; approved by
/// Q. Chen; <note>".
pub fn revision_line(lang: Lang, revision: &Revision) -> String {
    let mut line = format(
        lang,
        Msg::ReportRevision,
        &[
            ("number", &revision.number.to_string()),
            ("date", &date_text(revision.at.date())),
            ("reason", revision_reason_label(revision.reason).text(lang)),
        ],
    );
    let approved = revision.approved_by.trim();
    if !approved.is_empty() {
        line.push_str(Msg::ReportPartsSeparator.text(lang));
        line.push_str(&format(lang, Msg::ReportApprovedBy, &[("name", approved)]));
    }
    let note = revision.note.trim();
    if !note.is_empty() {
        line.push_str(Msg::ReportPartsSeparator.text(lang));
        line.push_str(note);
    }
    line
}

/// One resource of an action (6.2.2 b): "People: service desk agents; 2 people; approved".
pub fn resource_line(lang: Lang, resource: &Resource) -> String {
    let kind = resource_kind_label(resource.kind).text(lang);
    let what = match resource.description.trim() {
        "" => kind.to_string(),
        description => format(
            lang,
            Msg::ReportLabelValue,
            &[("label", kind), ("value", description)],
        ),
    };
    let approval = if resource.approved {
        Msg::ReportApproved
    } else {
        Msg::ReportNotApproved
    };
    let mut pieces = vec![what];
    let amount = resource.amount.trim();
    if !amount.is_empty() {
        pieces.push(amount.to_string());
    }
    pieces.push(approval.text(lang).to_string());
    pieces.join(Msg::ReportPartsSeparator.text(lang))
}

/// An action's progress in words.
pub fn action_status_text(lang: Lang, status: ActionStatus) -> &'static str {
    action_status_label(status).text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{
        Direction, Frequency, Level, PolicyStatement, Requirement, ResourceKind, Timestamp,
    };
    use crate::domain::{KpiId, ObjectiveId, PolicyId, RequirementId};

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn mttr() -> Kpi {
        Kpi {
            unit: "minutes".into(),
            baseline: Some(40.0),
            target: Some(15.0),
            direction: Direction::LowerIsBetter,
            target_date: date(2027, 6, 30),
            data_source: "ITSM tool".into(),
            frequency: Some(Frequency::Monthly),
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "MTTR")
        }
    }

    #[test]
    fn kpis_read_as_a_sentence_and_as_evidence() {
        let kpi = mttr();
        assert_eq!(
            kpi_line(Lang::En, &kpi),
            "Reduce MTTR from 40 to at most 15 minutes by 2027-06-30."
        );
        assert_eq!(
            kpi_evidence(Lang::En, &kpi),
            "MTTR ≤ 15 minutes (Baseline: 40; Direction: Lower is better; Target date: \
             2027-06-30; Data source: ITSM tool; Measured: Monthly)"
        );
        let zh = kpi_evidence(Lang::ZhHans, &kpi);
        assert!(zh.contains("基准值：40；方向：越低越好"), "{zh}");
        let bare = Kpi::named(KpiId::new(&mut SequentialIds::default()), "NPS");
        assert_eq!(kpi_line(Lang::En, &bare), "NPS (no target yet)");
        assert_eq!(
            kpi_evidence(Lang::En, &bare),
            "NPS (Direction: Higher is better)"
        );
    }

    #[test]
    fn links_cite_references_or_why_none_apply() {
        let mut ids = SequentialIds::default();
        let p1 = PolicyStatement {
            id: PolicyId::new(&mut ids),
            reference: "P1".into(),
            text: "Meet agreed service levels".into(),
        };
        let unnumbered = PolicyStatement {
            id: PolicyId::new(&mut ids),
            reference: " ".into(),
            text: "Protect customer data".into(),
        };
        let sla = Requirement {
            id: RequirementId::new(&mut ids),
            reference: "SLA-4".into(),
            title: "Availability".into(),
            source: Default::default(),
            notes: String::new(),
        };
        let mut objective = Objective::new(
            ObjectiveId::new(&mut ids),
            "S1",
            "Lead",
            Level::Strategic,
            Timestamp::default(),
        );
        let workspace = Workspace {
            policy: vec![p1.clone(), unnumbered.clone()],
            requirements: vec![sla.clone()],
            ..Workspace::default()
        };
        assert_eq!(policy_evidence(Lang::En, &workspace, &objective), None);
        assert_eq!(
            requirements_evidence(Lang::En, &workspace, &objective),
            None
        );
        objective.policy_links = vec![p1.id, unnumbered.id];
        assert_eq!(
            policy_evidence(Lang::En, &workspace, &objective).as_deref(),
            Some("P1, Protect customer data")
        );
        assert_eq!(
            policy_evidence(Lang::ZhHans, &workspace, &objective).as_deref(),
            Some("P1、Protect customer data")
        );
        objective.no_requirements_reason = Some("Internal improvement".into());
        assert_eq!(
            requirements_evidence(Lang::En, &workspace, &objective).as_deref(),
            Some("None apply: Internal improvement")
        );
        objective.no_requirements_reason = Some(String::new());
        assert_eq!(
            requirements_evidence(Lang::En, &workspace, &objective).as_deref(),
            Some("None apply: (not set)")
        );
        objective.requirement_links = vec![sla.id];
        assert_eq!(
            requirements_evidence(Lang::En, &workspace, &objective).as_deref(),
            Some("SLA-4")
        );
    }

    #[test]
    fn arrangements_list_only_what_is_recorded() {
        assert_eq!(monitoring_evidence(Lang::En, &Monitoring::default()), None);
        let monitoring = Monitoring {
            frequency: Some(Frequency::Monthly),
            method: "  ".into(),
            responsible: "Head of operations".into(),
            next_review: date(2026, 12, 1),
        };
        assert_eq!(
            monitoring_evidence(Lang::En, &monitoring).as_deref(),
            Some(
                "How often progress is monitored: Monthly; Who monitors it: Head of operations; \
                 Next review: 2026-12-01"
            )
        );
        let plan = CommunicationPlan {
            audiences: vec!["All staff".into(), " ".into(), "Customers".into()],
            channels: vec![],
            when: "Quarterly".into(),
            by_whom: String::new(),
        };
        assert_eq!(
            communication_evidence(Lang::En, &plan, date(2026, 10, 2)).as_deref(),
            Some("Audiences: All staff, Customers; When: Quarterly; Last communicated: 2026-10-02")
        );
        assert_eq!(
            communication_evidence(Lang::En, &CommunicationPlan::default(), None),
            None
        );
        let rules = UpdatePolicy {
            review_cadence: Some(Frequency::Quarterly),
            triggers: vec![UpdateTrigger::ServiceChange, UpdateTrigger::MissedTarget],
            last_reviewed: None,
        };
        assert_eq!(
            updating_evidence(Lang::En, &rules).as_deref(),
            Some("Review cadence: Quarterly; Review at once after: a service change, a missed target")
        );
        assert!(updating_evidence(Lang::ZhHans, &rules)
            .is_some_and(|text| text.contains("服务变更、未达成目标")));
    }

    #[test]
    fn revisions_and_resources_read_as_one_line() {
        let revision = Revision {
            number: 2,
            at: Timestamp::parse("2026-11-24T09:30:00Z").unwrap_or_default(),
            reason: RevisionReason::ReviewDecision,
            note: "Target raised".into(),
            approved_by: "Q. Chen".into(),
            changes: Vec::new(),
        };
        assert_eq!(
            revision_line(Lang::En, &revision),
            "Revision 2, 2026-11-24: review decision; approved by Q. Chen; Target raised"
        );
        let resource = Resource {
            kind: ResourceKind::People,
            description: "Service desk agents".into(),
            amount: "2 people".into(),
            approved: true,
        };
        assert_eq!(
            resource_line(Lang::En, &resource),
            "People: Service desk agents; 2 people; approved"
        );
        let budget = Resource {
            kind: ResourceKind::Budget,
            ..Resource::default()
        };
        assert_eq!(resource_line(Lang::En, &budget), "Budget; not approved");
        assert_eq!(resource_line(Lang::ZhHans, &budget), "预算；未批准");
    }
}
