//! The printable clause 6.2 evidence pack: document control and scope, a contents list, the
//! policy, the applicable requirements, the objectives register by level, the evidence for
//! each item of 6.2.1 and 6.2.2, the action plans with their evaluations and the conformity
//! summary, in the chosen language. The records between them are in `report_records`, the
//! 6.2.2 part in `report_plan` and the summary in `report_summary`.
//!
//! The pack is read-only and can be long, so the check and the arrangement are computed once
//! per change of the workspace, and the tables are plain markup with no signal per row.

use super::report_parts::{
    date_or_not_set, header_row, item_title, lines_view, section_title, text_or_not_set, Context,
    Pack,
};
use crate::app::{clock, AppState};
use crate::domain::conformity::{check_register, CheckItem, ItemResult, ItemState};
use crate::domain::report::{arrange, CheckedObjective, ReportSection};
use crate::domain::{Level, Objective};
use crate::i18n::report::{
    communication_evidence, kpi_evidence, kpi_line, monitoring_evidence, policy_evidence,
    requirements_evidence, revision_line, updating_evidence,
};
use crate::i18n::{
    describe_finding, describe_practice_line, format, level_label, level_word, source_label,
    state_label, status_label, Msg,
};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

fn state_class(state: ItemState) -> &'static str {
    match state {
        ItemState::Met => "report-state report-state--met",
        ItemState::Partly => "report-state report-state--partly",
        ItemState::Missing => "report-state report-state--missing",
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let pack = Memo::new(move |_| {
        state.workspace.with(|workspace| {
            let check = check_register(workspace, today);
            let layout = arrange(workspace, &check, today);
            Pack { check, layout }
        })
    });
    let lang = state.lang.get_untracked();
    view! {
        <article class="report" data-testid="report">
            <PageTitle text=t(Msg::ReportTitle)/>
            <p class="lead">{t(Msg::ReportIntro)}</p>
            <div class="report-print">
                <button type="button" class="button button--primary" on:click=move |_| print_page()>
                    {t(Msg::ReportPrint)}
                </button>
                <p class="report-print__help">{t(Msg::ReportPrintHelp)}</p>
            </div>
            {move || {
                pack.with(|pack| {
                    state.index.with(|index| {
                        state.workspace.with(|workspace| {
                            let context = Context { lang, today, workspace, index, pack };
                            context.render()
                        })
                    })
                })
            }}
        </article>
    }
}

/// Scrolls to the heading with `id` and gives it focus (the route stays `#/report`).
fn go_to_heading(id: &'static str) {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::focus_element(id);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Opens the browser's print dialog, where "Save as PDF" is one of the destinations.
fn print_page() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

impl Context<'_> {
    fn render(&self) -> impl IntoView {
        ReportSection::ALL
            .into_iter()
            .map(|section| self.section(section))
            .collect_view()
    }

    fn section(&self, section: ReportSection) -> AnyView {
        match section {
            ReportSection::DocumentControl => self.document_control().into_any(),
            ReportSection::Contents => self.contents().into_any(),
            ReportSection::Policy => self.policy().into_any(),
            ReportSection::Requirements => self.requirements().into_any(),
            ReportSection::Objectives => self.establish().into_any(),
            ReportSection::ObjectiveDetails => self.objective_details().into_any(),
            ReportSection::Measurements => self.measurements().into_any(),
            ReportSection::Reviews => self.reviews().into_any(),
            ReportSection::Communications => self.communications().into_any(),
            ReportSection::Revisions => self.revisions().into_any(),
            ReportSection::Planning => self.planning().into_any(),
            ReportSection::Resources => self.resources().into_any(),
            ReportSection::Approvals => self.approvals().into_any(),
            ReportSection::OffTrack => self.off_track().into_any(),
            ReportSection::Summary => self.summary().into_any(),
        }
    }

    /// The sections after the contents, each a link to its heading. On paper the links lead
    /// to the pages (Chromium keeps same-document links in a PDF); on screen a click scrolls
    /// to the heading and moves focus there without changing the route in the address.
    fn contents(&self) -> impl IntoView {
        let anchor = ReportSection::Contents.anchor();
        let items = ReportSection::ALL
            .into_iter()
            .skip_while(|s| *s != ReportSection::Contents)
            .skip(1)
            .map(|section| {
                let target = section.anchor();
                view! {
                    <li>
                        <a href=format!("#{target}") on:click=move |event| {
                            event.prevent_default();
                            go_to_heading(target);
                        }>{self.text(section_title(section))}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="report-section report-contents" aria-labelledby=anchor>
                <h2 id=anchor>{self.text(Msg::ReportContents)}</h2>
                <ol>{items}</ol>
            </nav>
        }
    }

    fn document_control(&self) -> impl IntoView {
        let lang = self.lang;
        let organisation = &self.workspace.organisation;
        let document = &organisation.document;
        let functions = crate::i18n::report::list(
            lang,
            organisation
                .functions
                .iter()
                .map(|f| f.trim().to_string())
                .filter(|f| !f.is_empty()),
        );
        let rows = [
            (
                Msg::OrganisationSection,
                text_or_not_set(lang, &organisation.name),
            ),
            (Msg::DocTitle, text_or_not_set(lang, &document.title)),
            (Msg::DocVersion, text_or_not_set(lang, &document.version)),
            (
                Msg::DocApprovedOn,
                date_or_not_set(lang, document.approved_on),
            ),
            (Msg::ReportPrintedOn, self.today.to_string()),
            (Msg::DocOwner, text_or_not_set(lang, &document.owner)),
            (
                Msg::DocApprovedBy,
                text_or_not_set(lang, &document.approved_by),
            ),
            (Msg::OrgScope, text_or_not_set(lang, &organisation.scope)),
            (Msg::ReportFunctions, text_or_not_set(lang, &functions)),
        ]
        .into_iter()
        .map(|(label, value)| {
            view! {
                <tr>
                    <th scope="row">{label.text(lang)}</th>
                    <td class="report-pre">{value}</td>
                </tr>
            }
        })
        .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-control">
                <h2 id="report-control" tabindex="-1">{self.text(Msg::DocumentSection)}</h2>
                <table class="report-table report-table--control">
                    <caption class="visually-hidden">{self.text(Msg::DocumentSection)}</caption>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    }

    fn policy(&self) -> impl IntoView {
        let lang = self.lang;
        let body = if self.workspace.policy.is_empty() {
            view! { <p class="empty">{self.text(Msg::PolicyEmpty)}</p> }.into_any()
        } else {
            let rows = self
                .workspace
                .policy
                .iter()
                .map(|statement| {
                    view! {
                        <tr>
                            <th scope="row">{statement.reference.clone()}</th>
                            <td class="report-pre">{statement.text.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="report-table">
                    <caption class="visually-hidden">{self.text(Msg::ReportPolicyCaption)}</caption>
                    {header_row(lang, &[Msg::PolicyReference, Msg::PolicyText])}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        view! {
            <section class="report-section" aria-labelledby="report-policy">
                <h2 id="report-policy" tabindex="-1">{self.text(Msg::PolicySection)}</h2>
                {body}
            </section>
        }
    }

    fn requirements(&self) -> impl IntoView {
        let lang = self.lang;
        let body = if self.workspace.requirements.is_empty() {
            view! { <p class="empty">{self.text(Msg::RequirementsEmpty)}</p> }.into_any()
        } else {
            let rows = self
                .workspace
                .requirements
                .iter()
                .map(|requirement| {
                    view! {
                        <tr>
                            <th scope="row">{requirement.reference.clone()}</th>
                            <td class="report-text">{requirement.title.clone()}</td>
                            <td>{source_label(requirement.source).text(lang)}</td>
                            <td class="report-pre">{requirement.notes.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="report-table">
                    <caption class="visually-hidden">{self.text(Msg::RequirementsTitle)}</caption>
                    {header_row(lang, &[Msg::ReqReference, Msg::ReqTitle, Msg::ReqSource, Msg::ReqNotes])}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        view! {
            <section class="report-section" aria-labelledby="report-requirements">
                <h2 id="report-requirements" tabindex="-1">{self.text(Msg::RequirementsTitle)}</h2>
                {body}
            </section>
        }
    }

    /// A note that cancelled and superseded objectives are left out, when there are any.
    pub(super) fn not_checked_note(&self) -> Option<impl IntoView> {
        (self.pack.layout.not_checked > 0)
            .then(|| view! { <p class="report-note">{self.text(Msg::ChecklistNotChecked)}</p> })
    }

    fn establish(&self) -> impl IntoView {
        let register = self
            .pack
            .layout
            .levels
            .iter()
            .map(|(level, indices)| self.level_table(*level, indices))
            .collect_view();
        let items = CheckItem::ESTABLISH
            .into_iter()
            .map(|item| self.item_section(item, true))
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-establish">
                <h2 id="report-establish" tabindex="-1">{self.text(Msg::ReportEstablishTitle)}</h2>
                <p>{self.text(Msg::ReportEstablishIntro)}</p>
                <h3>{self.text(Msg::RegisterTitle)}</h3>
                {register}
                {self.not_checked_note()}
                {items}
            </section>
        }
    }

    fn level_table(&self, level: Level, indices: &[usize]) -> impl IntoView {
        let lang = self.lang;
        let title = format(
            lang,
            Msg::ReportLevelTitle,
            &[
                ("level", level_label(level).text(lang)),
                ("count", &indices.len().to_string()),
            ],
        );
        let body = if indices.is_empty() {
            let empty = format(
                lang,
                Msg::FindingEmptyLevel,
                &[("level", level_word(level).text(lang))],
            );
            view! { <p class="empty">{empty}</p> }.into_any()
        } else {
            let rows = indices
                .iter()
                .filter_map(|&index| self.objective(index))
                .map(|objective| self.register_row(objective))
                .collect_view();
            view! {
                <table class="report-table report-table--register">
                    <caption class="visually-hidden">{title.clone()}</caption>
                    {header_row(
                        lang,
                        &[
                            Msg::ColumnCode,
                            Msg::ColumnTitle,
                            Msg::ColumnParent,
                            Msg::ColumnOwner,
                            Msg::ColumnFunction,
                            Msg::ColumnStatus,
                            Msg::ColumnKpis,
                        ],
                    )}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        view! {
            <h4>{title}</h4>
            {body}
        }
    }

    fn register_row(&self, objective: &Objective) -> impl IntoView {
        let lang = self.lang;
        let parent = objective
            .parent
            .and_then(|id| self.code_of(id))
            .map_or_else(
                || self.text(Msg::FieldParentNone).to_string(),
                str::to_string,
            );
        let kpis: Vec<String> = objective.kpis.iter().map(|k| kpi_line(lang, k)).collect();
        view! {
            <tr>
                <th scope="row">{objective.code.clone()}</th>
                <td class="report-text">{objective.title.clone()}</td>
                <td>{parent}</td>
                <td>{text_or_not_set(lang, &objective.owner)}</td>
                <td>{text_or_not_set(lang, &objective.function)}</td>
                <td>{status_label(objective.status).text(lang)}</td>
                <td class="report-long">{lines_view(lang, kpis)}</td>
            </tr>
        }
    }

    /// The recorded evidence of a 6.2.1 item for one objective, as lines.
    fn evidence(&self, objective: &Objective, item: CheckItem) -> Vec<String> {
        let lang = self.lang;
        let workspace = self.workspace;
        match item {
            CheckItem::Policy => policy_evidence(lang, workspace, objective)
                .into_iter()
                .collect(),
            CheckItem::Measurable => objective
                .kpis
                .iter()
                .map(|k| kpi_evidence(lang, k))
                .collect(),
            CheckItem::Requirements => requirements_evidence(lang, workspace, objective)
                .into_iter()
                .collect(),
            CheckItem::Monitored => monitoring_evidence(lang, &objective.monitoring)
                .into_iter()
                .collect(),
            CheckItem::Communicated => {
                let last = self
                    .pack
                    .layout
                    .last_communicated
                    .get(&objective.id)
                    .copied();
                communication_evidence(lang, &objective.communication, last)
                    .into_iter()
                    .collect()
            }
            CheckItem::Updated => updating_evidence(lang, &objective.updating)
                .into_iter()
                .collect(),
            CheckItem::Documented => objective
                .revisions
                .iter()
                .map(|r| revision_line(lang, r))
                .collect(),
            CheckItem::Actions
            | CheckItem::Resources
            | CheckItem::Responsible
            | CheckItem::Timing
            | CheckItem::Evaluation => Vec::new(),
        }
    }

    /// One clause item: the result and reason for every checked objective, with the recorded
    /// evidence for the items of 6.2.1 (those of 6.2.2 are in the plans above them).
    pub(super) fn item_section(&self, item: CheckItem, with_evidence: bool) -> impl IntoView {
        let lang = self.lang;
        let title = item_title(lang, item);
        let checked = &self.pack.layout.checked;
        let body = if checked.is_empty() {
            view! { <p class="empty">{self.text(Msg::ChecklistEmpty)}</p> }.into_any()
        } else {
            let mut columns = vec![
                Msg::ColumnCode,
                Msg::ChecklistObjective,
                Msg::ReportColumnResult,
                Msg::ReportColumnReason,
            ];
            if with_evidence {
                columns.push(Msg::ReportColumnEvidence);
            }
            let rows = checked
                .iter()
                .filter_map(|entry| self.item_row(*entry, item, with_evidence))
                .collect_view();
            view! {
                <table class="report-table report-table--item">
                    <caption class="visually-hidden">{title.clone()}</caption>
                    {header_row(lang, &columns)}
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        view! {
            <h3 data-item=format!("{item:?}")>{title}</h3>
            <p class="report-basis">{self.text(Msg::ReportBasisItem)}</p>
            {body}
        }
    }

    fn item_row(
        &self,
        entry: CheckedObjective,
        item: CheckItem,
        with_evidence: bool,
    ) -> Option<impl IntoView> {
        let lang = self.lang;
        let objective = self.objective(entry.objective)?;
        let ItemResult {
            state,
            finding,
            practice,
            ..
        } = self.pack.check.objectives.get(entry.check)?.result(item)?;
        // Good practice follows the reason, each note labelled in words.
        let practice = practice
            .iter()
            .map(|note| view! { <br/> {describe_practice_line(lang, note)} })
            .collect_view();
        let evidence = with_evidence
            .then(|| view! { <td class="report-long">{lines_view(lang, self.evidence(objective, item))}</td> });
        Some(view! {
            <tr>
                <th scope="row">{objective.code.clone()}</th>
                <td class="report-text">{objective.title.clone()}</td>
                <td class=state_class(*state)>{state_label(*state).text(lang)}</td>
                <td class="report-text">{describe_finding(lang, finding)} {practice}</td>
                {evidence}
            </tr>
        })
    }
}
