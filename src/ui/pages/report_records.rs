//! The records in the clause 6.2 evidence pack: the objectives in detail, the measurements of
//! each KPI and the overdue ones, the review records, the communication log, the revisions
//! (old → new, reason, approver), the resources per objective, the approvals and the off-track
//! objectives with their corrective actions.
//!
//! Plain markup with no signal per row, as in the rest of the pack.

use super::report_parts::{
    date_or_not_set, header_row, lines_view, section_title, text_or_not_set, Context,
};
use crate::domain::report::ReportSection;
use crate::domain::report_records::KpiRecords;
use crate::domain::Objective;
use crate::i18n::records::{review_decision_label, review_result_label};
use crate::i18n::report::{list, revision_reason_label};
use crate::i18n::report_records::{
    amounts_text, approval_text, approved_count, change_lines, corrective_line, kpi_standing,
};
use crate::i18n::revision::Names;
use crate::i18n::trend::{describe_trend, value_text};
use crate::i18n::{format, format_count, resource_kind_label, Msg};
use leptos::prelude::*;

impl Context<'_> {
    /// A section with its heading (focusable, for the contents links) and its body.
    fn records_section(
        &self,
        section: ReportSection,
        intro: Option<Msg>,
        body: impl IntoView,
    ) -> impl IntoView {
        let anchor = section.anchor();
        view! {
            <section class="report-section" aria-labelledby=anchor>
                <h2 id=anchor tabindex="-1">{self.text(section_title(section))}</h2>
                {intro.map(|msg| view! { <p>{self.text(msg)}</p> })}
                {body}
            </section>
        }
    }

    fn empty(&self, msg: Msg) -> AnyView {
        view! { <p class="empty">{self.text(msg)}</p> }.into_any()
    }

    /// The checked objectives, in report order.
    fn checked_objectives(&self) -> impl Iterator<Item = &Objective> + '_ {
        self.pack
            .layout
            .checked
            .iter()
            .filter_map(|c| self.objective(c.objective))
    }

    pub fn objective_details(&self) -> impl IntoView {
        let lang = self.lang;
        let rows = self
            .pack
            .layout
            .levels
            .iter()
            .flat_map(|(_, indices)| indices)
            .filter_map(|&index| self.objective(index))
            .map(|objective| {
                let parent = objective.parent.and_then(|id| self.code_of(id));
                let linkage = match (parent, objective.parent_link.trim()) {
                    (None, _) => self.text(Msg::FieldParentNone).to_string(),
                    (Some(code), "") => code.to_string(),
                    (Some(code), link) => format(
                        lang,
                        Msg::ReportLinkage,
                        &[("parent", code), ("link", link)],
                    ),
                };
                let contributes = list(
                    lang,
                    objective
                        .contributes_to
                        .iter()
                        .filter_map(|link| self.code_of(link.objective))
                        .map(str::to_string),
                );
                let contributes = if contributes.is_empty() {
                    self.text(Msg::FieldContributesNone).to_string()
                } else {
                    contributes
                };
                view! {
                    <tr>
                        {Self::objective_name(objective)}
                        <td class="report-pre">{text_or_not_set(lang, &objective.description)}</td>
                        <td class="report-text">{linkage}</td>
                        <td>{contributes}</td>
                        <td>{approval_text(lang, &objective.approval)}</td>
                    </tr>
                }
            })
            .collect_view();
        let body = if self.workspace.objectives.is_empty() {
            self.empty(Msg::ChecklistEmpty)
        } else {
            view! {
                <table class="report-table report-table--details">
                    <caption class="visually-hidden">{self.text(Msg::ReportObjectivesTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ChecklistObjective,
                            Msg::FieldDescription,
                            Msg::ReportColumnLinkage,
                            Msg::FieldContributesTo,
                            Msg::ReportColumnApproval,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(
            ReportSection::ObjectiveDetails,
            Some(Msg::ReportObjectivesIntro),
            body,
        )
    }

    fn overdue(&self) -> AnyView {
        let lang = self.lang;
        let overdue = &self.pack.layout.records.overdue;
        if overdue.is_empty() {
            return self.empty(Msg::ReportOverdueNone);
        }
        let rows = overdue
            .iter()
            .filter_map(|entry| {
                let objective = self.objective(entry.objective)?;
                let kpi = objective.kpis.get(entry.kpi)?;
                Some(view! {
                    <tr>
                        {Self::objective_name(objective)}
                        <td class="report-text">{kpi.name.clone()}</td>
                        <td class="report-date">{entry.due.to_string()}</td>
                    </tr>
                })
            })
            .collect_view();
        view! {
            <table class="report-table report-table--overdue" data-testid="report-overdue">
                <caption class="visually-hidden">{self.text(Msg::ReportOverdueTitle)}</caption>
                {header_row(lang, &[Msg::ChecklistObjective, Msg::ProgressColumnKpi, Msg::ReportColumnDue])}
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    }

    fn kpi_block(&self, records: &KpiRecords) -> Option<impl IntoView> {
        let lang = self.lang;
        let objective = self.objective(records.objective)?;
        let kpi = objective.kpis.get(records.kpi)?;
        let heading = format(
            lang,
            Msg::ReportKpiHeading,
            &[
                ("code", &objective.code),
                ("title", objective.title.trim()),
                ("kpi", kpi.name.trim()),
            ],
        );
        let trend = records
            .trend
            .as_ref()
            .map(|summary| view! { <p>{describe_trend(lang, kpi, summary)}</p> });
        let left_out = (records.left_out > 0).then(|| {
            let text = format_count(lang, Msg::ReportMeasurementsLeftOut, records.left_out, &[]);
            view! { <p class="report-note">{text}</p> }
        });
        let table = (!records.shown.is_empty()).then(|| {
            let rows = records
                .shown
                .iter()
                .filter_map(|&index| kpi.measurements.get(index))
                .map(|m| {
                    view! {
                        <tr>
                            <th scope="row" class="report-date">{m.date.to_string()}</th>
                            <td class="report-number">{value_text(lang, kpi, m.value)}</td>
                            <td>{m.recorded_by.clone()}</td>
                            <td class="report-pre">{m.note.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="report-table report-table--measurements">
                    <caption class="visually-hidden">{heading.clone()}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ColumnDate,
                            Msg::ReportColumnValue,
                            Msg::ReportColumnRecordedBy,
                            Msg::ReportColumnNote,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        Some(view! {
            <div class="report-kpi">
                <h3>{heading}</h3>
                <p class="report-kpi__standing">{kpi_standing(lang, kpi, &records.progress)}</p>
                {trend}
                {left_out}
                {table}
            </div>
        })
    }

    pub fn measurements(&self) -> impl IntoView {
        let measurements = &self.pack.layout.records.measurements;
        let kpis = if measurements.is_empty() {
            self.empty(Msg::ReportNoKpis)
        } else {
            measurements
                .iter()
                .filter_map(|records| self.kpi_block(records))
                .collect_view()
                .into_any()
        };
        let body = view! {
            <h3>{self.text(Msg::ReportOverdueTitle)}</h3>
            {self.overdue()}
            {kpis}
        };
        self.records_section(
            ReportSection::Measurements,
            Some(Msg::ReportMeasurementsIntro),
            body,
        )
    }

    pub fn reviews(&self) -> impl IntoView {
        let lang = self.lang;
        let reviews = &self.pack.layout.records.reviews;
        let body = if reviews.is_empty() {
            self.empty(Msg::ReviewsNone)
        } else {
            let rows = reviews
                .iter()
                .filter_map(|entry| {
                    let objective = self.objective(entry.objective)?;
                    let review = objective.reviews.get(entry.record)?;
                    Some(view! {
                        <tr>
                            {Self::objective_name(objective)}
                            <td class="report-date">{review.date.to_string()}</td>
                            <td>{text_or_not_set(lang, &review.reviewer)}</td>
                            <td>{review_result_label(review.result).text(lang)}</td>
                            <td class="report-pre">{text_or_not_set(lang, &review.findings)}</td>
                            <td>{review_decision_label(review.decision).text(lang)}</td>
                            <td class="report-date">{date_or_not_set(lang, review.next_review)}</td>
                        </tr>
                    })
                })
                .collect_view();
            view! {
                <table class="report-table report-table--reviews">
                    <caption class="visually-hidden">{self.text(Msg::ReportReviewsTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ChecklistObjective,
                            Msg::ColumnDate,
                            Msg::ReviewReviewer,
                            Msg::ReviewResult,
                            Msg::ReviewFindings,
                            Msg::ReviewDecision,
                            Msg::MonitoringNextReview,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(ReportSection::Reviews, None, body)
    }

    pub fn communications(&self) -> impl IntoView {
        let lang = self.lang;
        let log = &self.pack.layout.records.communications;
        let body = if log.is_empty() {
            self.empty(Msg::CommRegisterEmpty)
        } else {
            let rows = log
                .iter()
                .filter_map(|&index| self.workspace.communications.get(index))
                .map(|record| {
                    let codes = list(
                        lang,
                        record.objectives.iter().map(|id| {
                            self.code_of(*id).map_or_else(
                                || self.text(Msg::CommDeletedObjective).to_string(),
                                str::to_string,
                            )
                        }),
                    );
                    view! {
                        <tr>
                            <th scope="row" class="report-date">{record.date.to_string()}</th>
                            <td>{codes}</td>
                            <td>{text_or_not_set(lang, &record.audience)}</td>
                            <td>{text_or_not_set(lang, &record.channel)}</td>
                            <td>{text_or_not_set(lang, &record.by_whom)}</td>
                            <td class="report-pre">{text_or_not_set(lang, &record.summary)}</td>
                            <td class="report-date">
                                {record.acknowledged_on.map_or_else(
                                    || self.text(Msg::CommNotAcknowledged).to_string(),
                                    |d| d.to_string(),
                                )}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="report-table report-table--communications">
                    <caption class="visually-hidden">{self.text(Msg::ReportCommunicationsTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::CommDate,
                            Msg::CommObjectives,
                            Msg::CommAudience,
                            Msg::CommChannel,
                            Msg::CommByWhom,
                            Msg::CommSummary,
                            Msg::CommAcknowledgedOn,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(ReportSection::Communications, None, body)
    }

    pub fn revisions(&self) -> impl IntoView {
        let lang = self.lang;
        let revisions = &self.pack.layout.records.revisions;
        let body = if revisions.is_empty() {
            self.empty(Msg::ReportRevisionsNone)
        } else {
            let mut names: Option<(usize, Names<'_>)> = None;
            let rows = revisions
                .iter()
                .filter_map(|entry| {
                    let objective = self.objective(entry.objective)?;
                    let revision = objective.revisions.get(entry.record)?;
                    if names.as_ref().is_none_or(|(at, _)| *at != entry.objective) {
                        names = Some((entry.objective, Names::new(self.workspace, objective)));
                    }
                    let changes = names
                        .as_ref()
                        .map(|(_, names)| change_lines(lang, names, &revision.changes))
                        .unwrap_or_default();
                    let changes = if changes.is_empty() {
                        view! { <span class="report-none">{self.text(Msg::ReportNoChanges)}</span> }
                            .into_any()
                    } else {
                        lines_view(lang, changes)
                    };
                    Some(view! {
                        <tr>
                            {Self::objective_name(objective)}
                            <td class="report-number">{revision.number}</td>
                            <td class="report-date">{date_or_not_set(lang, revision.at.date())}</td>
                            <td>{revision_reason_label(revision.reason).text(lang)}</td>
                            <td>{text_or_not_set(lang, &revision.approved_by)}</td>
                            <td class="report-long">{changes}</td>
                            <td class="report-pre">{revision.note.clone()}</td>
                        </tr>
                    })
                })
                .collect_view();
            view! {
                <table class="report-table report-table--revisions">
                    <caption class="visually-hidden">{self.text(Msg::ReportRevisionsTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ChecklistObjective,
                            Msg::ColumnRevision,
                            Msg::ColumnDate,
                            Msg::ReportColumnReason,
                            Msg::DocApprovedBy,
                            Msg::ReportColumnChanges,
                            Msg::ReportColumnNote,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(
            ReportSection::Revisions,
            Some(Msg::ReportRevisionsIntro),
            body,
        )
    }

    pub fn resources(&self) -> impl IntoView {
        let lang = self.lang;
        let totals = &self.pack.layout.records.resources;
        let body = if totals.is_empty() {
            self.empty(Msg::ReportResourcesNone)
        } else {
            let rows = totals
                .iter()
                .filter_map(|entry| {
                    let objective = self.objective(entry.objective)?;
                    let kinds = entry
                        .kinds
                        .iter()
                        .map(|total| {
                            view! {
                                <tr>
                                    {Self::objective_name(objective)}
                                    <td>{resource_kind_label(total.kind).text(lang)}</td>
                                    <td class="report-number">{total.count}</td>
                                    <td class="report-text">{amounts_text(lang, objective, total)}</td>
                                    <td>{approved_count(lang, total)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    Some(kinds)
                })
                .collect_view();
            view! {
                <table class="report-table report-table--resources">
                    <caption class="visually-hidden">{self.text(Msg::ReportResourcesTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ChecklistObjective,
                            Msg::ReportColumnKind,
                            Msg::ReportColumnResources,
                            Msg::ReportColumnAmounts,
                            Msg::ReportColumnApproval,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(
            ReportSection::Resources,
            Some(Msg::ReportResourcesIntro),
            body,
        )
    }

    pub fn approvals(&self) -> impl IntoView {
        let lang = self.lang;
        let document = &self.workspace.organisation.document;
        let document_approval = crate::domain::Approval {
            approved_by: document.approved_by.clone(),
            approved_on: document.approved_on,
        };
        let rows = self
            .checked_objectives()
            .map(|objective| {
                let plan = match &objective.plan {
                    None => self.text(Msg::ReportNoPlan).to_string(),
                    Some(plan) => approval_text(lang, &plan.approval),
                };
                view! {
                    <tr>
                        {Self::objective_name(objective)}
                        <td>{approval_text(lang, &objective.approval)}</td>
                        <td>{plan}</td>
                    </tr>
                }
            })
            .collect_view();
        let table = (!self.pack.layout.checked.is_empty()).then(|| {
            view! {
                <table class="report-table report-table--approvals">
                    <caption class="visually-hidden">{self.text(Msg::ReportApprovalsTitle)}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ChecklistObjective,
                            Msg::ReportColumnObjectiveApproval,
                            Msg::ReportColumnPlanApproval,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        let document_line = crate::i18n::report::label_value(
            lang,
            Msg::ReportDocumentApproval,
            &approval_text(lang, &document_approval),
        );
        let body = view! {
            <p data-testid="report-document-approval">{document_line}</p>
            {table}
        };
        self.records_section(
            ReportSection::Approvals,
            Some(Msg::ReportApprovalsIntro),
            body,
        )
    }

    pub fn off_track(&self) -> impl IntoView {
        let lang = self.lang;
        let off_track = &self.pack.layout.records.off_track;
        let body = if off_track.is_empty() {
            self.empty(Msg::ReportOffTrackNone)
        } else {
            let rows = off_track
                .iter()
                .filter_map(|entry| {
                    let objective = self.objective(entry.objective)?;
                    let mut why = Vec::new();
                    if entry.by_progress {
                        why.push(self.text(Msg::ReportOffTrackProgress).to_string());
                    }
                    if entry.by_review {
                        why.push(self.text(Msg::ReportOffTrackReview).to_string());
                    }
                    let actions: Vec<String> = entry
                        .corrective
                        .iter()
                        .filter_map(|&i| objective.plan.as_ref()?.actions.get(i))
                        .map(|action| corrective_line(lang, action))
                        .collect();
                    let actions = if actions.is_empty() {
                        view! { <span class="report-none">{self.text(Msg::ReportNoCorrective)}</span> }
                            .into_any()
                    } else {
                        lines_view(lang, actions)
                    };
                    Some(view! {
                        <tr>
                            {Self::objective_name(objective)}
                            <td class="report-text">{lines_view(lang, why)}</td>
                            <td class="report-long">{actions}</td>
                        </tr>
                    })
                })
                .collect_view();
            view! {
                <table class="report-table report-table--off-track">
                    <caption class="visually-hidden">{self.text(Msg::ReportOffTrackTitle)}</caption>
                    {header_row(
                        lang,
                        &[Msg::ChecklistObjective, Msg::ReportColumnWhy, Msg::ReportColumnCorrective],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        self.records_section(
            ReportSection::OffTrack,
            Some(Msg::ReportOffTrackIntro),
            body,
        )
    }
}
