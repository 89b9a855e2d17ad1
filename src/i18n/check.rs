//! The clause 6.2 check in words: findings, good-practice notes and scores.

use super::{format, format_count, Lang, Msg};
use crate::domain::conformity::{
    ApprovalPart, CommunicationPart, EvaluationPart, Finding, KpiPart, MonitoringPart, Practice,
    Score,
};

/// "a unit, a target and a target date": the parts joined the way the language joins a list.
pub(crate) fn list(lang: Lang, parts: impl IntoIterator<Item = Msg>) -> String {
    let words: Vec<&str> = parts.into_iter().map(|msg| msg.text(lang)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(Msg::ListSeparator.text(lang)),
            Msg::ListLastSeparator.text(lang)
        ),
    }
}

pub(crate) fn kpi_part(part: KpiPart) -> Msg {
    match part {
        KpiPart::Unit => Msg::PartUnit,
        KpiPart::Target => Msg::PartTarget,
        KpiPart::TargetDate => Msg::PartTargetDate,
    }
}

pub(crate) fn monitoring_part(part: MonitoringPart) -> Msg {
    match part {
        MonitoringPart::MeasurementFrequency => Msg::PartMeasurementFrequency,
        MonitoringPart::ReviewSchedule => Msg::PartReviewSchedule,
        MonitoringPart::Method => Msg::PartMonitoringMethod,
        MonitoringPart::Responsible => Msg::PartMonitor,
    }
}

pub(crate) fn communication_part(part: CommunicationPart) -> Msg {
    match part {
        CommunicationPart::Audiences => Msg::PartAudiences,
        CommunicationPart::Channels => Msg::PartChannels,
    }
}

pub(crate) fn evaluation_part(part: EvaluationPart) -> Msg {
    match part {
        EvaluationPart::Method => Msg::PartEvaluationMethod,
        EvaluationPart::SuccessCriteria => Msg::PartSuccessCriteria,
        EvaluationPart::Evaluator => Msg::PartEvaluator,
        EvaluationPart::Date => Msg::PartDate,
    }
}

pub(crate) fn approval_part(part: ApprovalPart) -> Msg {
    match part {
        ApprovalPart::By => Msg::PartApprovedBy,
        ApprovalPart::On => Msg::PartApprovedOn,
    }
}

/// The one-line reason of a check result (what clause 6.2 requires).
pub fn describe_finding(lang: Lang, finding: &Finding) -> String {
    let plain = |msg: Msg| msg.text(lang).to_string();
    let count = |msg: Msg, count: &usize| format_count(lang, msg, *count, &[]);
    let on = |msg: Msg, date: &chrono::NaiveDate| format(lang, msg, &[("date", &date.to_string())]);
    let missing = |msg: Msg, parts: String| format(lang, msg, &[("missing", &parts)]);
    let number = |msg: Msg, n: &u32| format(lang, msg, &[("number", &n.to_string())]);
    match finding {
        Finding::PolicyLinked { count: n } => count(Msg::FindPolicyLinked, n),
        Finding::NoPolicyLink => plain(Msg::FindNoPolicyLink),
        Finding::NoKpi => plain(Msg::FindNoKpi),
        Finding::KpiIncomplete { kpi, missing } => format(
            lang,
            Msg::FindKpiIncomplete,
            &[
                ("kpi", kpi),
                ("missing", &list(lang, missing.iter().map(|p| kpi_part(*p)))),
            ],
        ),
        Finding::OtherKpiIncomplete { kpi, missing } => format(
            lang,
            Msg::FindOtherKpiIncomplete,
            &[
                ("kpi", kpi),
                ("missing", &list(lang, missing.iter().map(|p| kpi_part(*p)))),
            ],
        ),
        Finding::KpisMeasurable { count: n } => count(Msg::FindKpisMeasurable, n),
        Finding::RequirementsLinked { count: n } => count(Msg::FindRequirementsLinked, n),
        Finding::NoneApply => plain(Msg::FindNoneApply),
        Finding::NoRequirementLink => plain(Msg::FindNoRequirementLink),
        Finding::MonitoredOn {
            measured: Some(measured),
            reviewed,
        } => format(
            lang,
            Msg::FindMonitoredOn,
            &[
                ("measured", &measured.to_string()),
                ("reviewed", &reviewed.to_string()),
            ],
        ),
        Finding::MonitoredOn {
            measured: None,
            reviewed,
        } => format(
            lang,
            Msg::FindReviewedOn,
            &[("reviewed", &reviewed.to_string())],
        ),
        Finding::MonitoringIncomplete { missing: parts } => missing(
            Msg::FindMonitoringIncomplete,
            list(lang, parts.iter().map(|p| monitoring_part(*p))),
        ),
        Finding::NoMonitoring => plain(Msg::FindNoMonitoring),
        Finding::NoMonitoringRecords => plain(Msg::FindNoMonitoringRecords),
        Finding::NotYetMonitored => plain(Msg::FindNotYetMonitored),
        Finding::NotMeasuredYet { kpi } => format(lang, Msg::FindNotMeasuredYet, &[("kpi", kpi)]),
        Finding::NoReviewYet => plain(Msg::FindNoReviewYet),
        Finding::MeasurementOverdue { kpi, due } => format(
            lang,
            Msg::FindMeasurementOverdue,
            &[("kpi", kpi), ("date", &due.to_string())],
        ),
        Finding::ReviewOverdue { since } => on(Msg::FindReviewOverdue, since),
        Finding::CommunicatedOn { last } => on(Msg::FindCommunicatedOn, last),
        Finding::NotCommunicated => plain(Msg::FindNotCommunicated),
        Finding::ChangedSinceCommunicated { last, changed } => format(
            lang,
            Msg::FindChangedSinceCommunicated,
            &[
                ("last", &last.to_string()),
                ("changed", &changed.to_string()),
            ],
        ),
        Finding::UpdateCadenceKept { due } => on(Msg::FindUpdateCadenceKept, due),
        Finding::NoUpdateCadence => plain(Msg::FindNoUpdateCadence),
        Finding::NoUpdateRules => plain(Msg::FindNoUpdateRules),
        Finding::UpdateOverdue { due } => on(Msg::FindUpdateOverdue, due),
        Finding::OpenRevision { number: n } => number(Msg::FindOpenRevision, n),
        Finding::UpdatesRecorded { count: n } => count(Msg::FindUpdatesRecorded, n),
        Finding::Approved { by, on } => format(
            lang,
            Msg::FindApproved,
            &[("by", by), ("date", &on.to_string())],
        ),
        Finding::StillDraft => plain(Msg::FindStillDraft),
        Finding::NoRevision => plain(Msg::FindNoRevision),
        Finding::DraftWithoutRevision => plain(Msg::FindDraftWithoutRevision),
        Finding::NotApproved { missing: parts } => missing(
            Msg::FindNotApproved,
            list(lang, parts.iter().map(|p| approval_part(*p))),
        ),
        Finding::ChangedSinceApproval { number: n } => number(Msg::FindChangedSinceApproval, n),
        Finding::NoPlan => plain(Msg::FindNoPlan),
        Finding::ActionsPlanned { count: n } => count(Msg::FindActionsPlanned, n),
        Finding::NoActions => plain(Msg::FindNoActions),
        Finding::ThroughChildren { count: n } => count(Msg::FindThroughChildren, n),
        // "1 of the 1 child objectives" says less than "none of them".
        Finding::ChildrenNotPlanned { count: n, total } if n == total => {
            count(Msg::FindNoChildPlanned, n)
        }
        Finding::ChildrenNotPlanned { count: n, total } => format_count(
            lang,
            Msg::FindChildrenNotPlanned,
            *n,
            &[("total", &total.to_string())],
        ),
        Finding::ThroughChildrenWithoutChildren => plain(Msg::FindThroughChildrenWithoutChildren),
        Finding::ResourcesNamed => plain(Msg::FindResourcesNamed),
        Finding::ActionsWithoutResources { count: n } => count(Msg::FindActionsWithoutResources, n),
        Finding::NoResources => plain(Msg::FindNoResources),
        Finding::ResponsibleComplete => plain(Msg::FindResponsibleComplete),
        Finding::OwnerResponsible => plain(Msg::FindOwnerResponsible),
        Finding::NoObjectiveOwner => plain(Msg::FindNoObjectiveOwner),
        Finding::ActionsWithoutResponsible { count: n } => {
            count(Msg::FindActionsWithoutResponsible, n)
        }
        Finding::NoResponsible => plain(Msg::FindNoResponsible),
        Finding::TimingComplete => plain(Msg::FindTimingComplete),
        Finding::ActionsWithoutDueDate { count: n } => count(Msg::FindActionsWithoutDueDate, n),
        Finding::NoDueDates => plain(Msg::FindNoDueDates),
        Finding::EvaluationDefined => plain(Msg::FindEvaluationDefined),
        Finding::EvaluationIncomplete { missing: parts } => missing(
            Msg::FindEvaluationIncomplete,
            list(lang, parts.iter().map(|p| evaluation_part(*p))),
        ),
        Finding::NoEvaluation => plain(Msg::FindNoEvaluation),
    }
}

/// The words of a good-practice note, without the "Good practice:" label (see
/// [`describe_practice_line`]).
pub fn describe_practice(lang: Lang, practice: &Practice) -> String {
    let plain = |msg: Msg| msg.text(lang).to_string();
    let count = |msg: Msg, count: &usize| format_count(lang, msg, *count, &[]);
    let kpi = |msg: Msg, kpi: &str| format(lang, msg, &[("kpi", kpi)]);
    let missing = |msg: Msg, parts: String| format(lang, msg, &[("missing", &parts)]);
    match practice {
        Practice::NoBaseline { kpi: name } => kpi(Msg::PracticeNoBaseline, name),
        Practice::NoMeasurementMethod { kpi: name } => kpi(Msg::PracticeNoMeasurementMethod, name),
        Practice::NoneApplyWithoutReason => plain(Msg::PracticeNoneApplyWithoutReason),
        Practice::MonitoringDetails { missing: parts } => missing(
            Msg::PracticeMonitoringDetails,
            list(lang, parts.iter().map(|p| monitoring_part(*p))),
        ),
        Practice::NoCommunicationPlan { missing: parts } => missing(
            Msg::PracticeNoCommunicationPlan,
            list(lang, parts.iter().map(|p| communication_part(*p))),
        ),
        Practice::NoUpdateTriggers => plain(Msg::PracticeNoUpdateTriggers),
        Practice::PlanNotApproved { missing: parts } => missing(
            Msg::PracticePlanNotApproved,
            list(lang, parts.iter().map(|p| approval_part(*p))),
        ),
        Practice::NoCorrectiveAction => plain(Msg::PracticeNoCorrectiveAction),
        Practice::ResourcesWithoutAmount { count: n } => {
            count(Msg::PracticeResourcesWithoutAmount, n)
        }
        Practice::ResourcesNotApproved { count: n } => count(Msg::PracticeResourcesNotApproved, n),
        Practice::ActionsAfterTarget { count: n, target } => format_count(
            lang,
            Msg::PracticeActionsAfterTarget,
            *n,
            &[("date", &target.to_string())],
        ),
        Practice::EvaluationDetails { missing: parts } => missing(
            Msg::PracticeEvaluationDetails,
            list(lang, parts.iter().map(|p| evaluation_part(*p))),
        ),
        Practice::NoEvaluationResult => plain(Msg::PracticeNoEvaluationResult),
    }
}

/// "Good practice: record a baseline for KPI "MTTR", so that progress can be shown."
pub fn describe_practice_line(lang: Lang, practice: &Practice) -> String {
    let advice = describe_practice(lang, practice);
    format(lang, Msg::PracticeLine, &[("advice", &advice)])
}

/// What the approval of the objectives register lacks, as a finding.
pub fn describe_register_approval(lang: Lang, missing: &[ApprovalPart]) -> String {
    let parts = list(lang, missing.iter().map(|p| approval_part(*p)));
    format(
        lang,
        Msg::FindingRegisterNotApproved,
        &[("missing", &parts)],
    )
}

/// "Good practice: 3 suggestions." (or "nothing to add"), the line beside a score.
pub fn describe_practice_count(lang: Lang, count: usize) -> String {
    if count == 0 {
        Msg::PracticeNone.text(lang).to_string()
    } else {
        format_count(lang, Msg::PracticeCount, count, &[])
    }
}

/// "12 of 108 required items met (11 %); 40 partly met."
pub fn describe_score(lang: Lang, score: &Score) -> String {
    format(
        lang,
        Msg::ScoreText,
        &[
            ("met", &score.met.to_string()),
            ("total", &score.applicable.to_string()),
            ("percent", &score.percent().to_string()),
            ("partly", &score.partly.to_string()),
        ],
    )
}
