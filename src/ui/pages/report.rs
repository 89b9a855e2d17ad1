//! The printable clause 6.2 evidence pack: document control and scope, the policy, the
//! applicable requirements, the objectives register by level, the evidence for each item of
//! 6.2.1 and 6.2.2, the action plans and the conformity summary, in the chosen language.
//!
//! The pack is read-only and can be long, so the check and the arrangement are computed once
//! per change of the workspace, and the tables are plain markup with no signal per row.

use crate::app::{clock, AppState};
use crate::domain::conformity::{check_register, CheckItem, ItemResult, ItemState, RegisterCheck};
use crate::domain::report::{arrange, CheckedObjective, ReportLayout};
use crate::domain::{Level, Objective, ObjectiveId, Workspace};
use crate::i18n::report::{
    action_status_text, communication_evidence, kpi_evidence, kpi_line, monitoring_evidence,
    policy_evidence, requirements_evidence, resource_line, revision_line, updating_evidence,
};
use crate::i18n::{
    describe_finding, describe_practice_count, describe_practice_line, describe_register_approval,
    describe_score, format, item_label, level_label, level_word, source_label, state_label,
    status_label, Lang, Msg,
};
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashMap;

/// "6.2.1 a) Consistent with the policy": how the pack names a clause item.
fn item_title(lang: Lang, item: CheckItem) -> String {
    format!("{} {}", item.clause(), item_label(item).text(lang))
}

fn date_or_not_set(lang: Lang, date: Option<NaiveDate>) -> String {
    date.map_or_else(|| Msg::NotSet.text(lang).to_string(), |d| d.to_string())
}

fn text_or_not_set(lang: Lang, text: &str) -> String {
    match text.trim() {
        "" => Msg::NotSet.text(lang).to_string(),
        text => text.to_string(),
    }
}

fn state_class(state: ItemState) -> &'static str {
    match state {
        ItemState::Met => "report-state report-state--met",
        ItemState::Partly => "report-state report-state--partly",
        ItemState::Missing => "report-state report-state--missing",
    }
}

/// A cell's lines: one line as text, several as a list, none as "Nothing recorded".
fn lines_view(lang: Lang, lines: Vec<String>) -> AnyView {
    match lines.len() {
        0 => view! { <span class="report-none">{Msg::ReportNothingRecorded.text(lang)}</span> }
            .into_any(),
        1 => lines.into_iter().collect::<String>().into_any(),
        _ => view! {
            <ul class="report-lines">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

/// A table's column headers.
fn header_row(lang: Lang, columns: &[Msg]) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|column| view! { <th scope="col">{column.text(lang)}</th> })
        .collect_view();
    view! { <thead><tr>{cells}</tr></thead> }
}

/// Everything the pack shows, computed once per change.
#[derive(Clone, Debug, PartialEq)]
struct Pack {
    check: RegisterCheck,
    layout: ReportLayout,
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let pack = Memo::new(move |_| {
        state.workspace.with(|workspace| {
            let check = check_register(workspace, today);
            let layout = arrange(workspace, &check);
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

/// Opens the browser's print dialog, where "Save as PDF" is one of the destinations.
fn print_page() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

/// What every part of the pack reads from.
struct Context<'a> {
    lang: Lang,
    today: NaiveDate,
    workspace: &'a Workspace,
    index: &'a HashMap<ObjectiveId, usize>,
    pack: &'a Pack,
}

impl Context<'_> {
    fn text(&self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    fn render(&self) -> impl IntoView {
        view! {
            {self.document_control()}
            {self.policy()}
            {self.requirements()}
            {self.establish()}
            {self.planning()}
            {self.summary()}
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
                <h2 id="report-control">{self.text(Msg::DocumentSection)}</h2>
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
                <h2 id="report-policy">{self.text(Msg::PolicySection)}</h2>
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
                <h2 id="report-requirements">{self.text(Msg::RequirementsTitle)}</h2>
                {body}
            </section>
        }
    }

    fn objective(&self, index: usize) -> Option<&Objective> {
        self.workspace.objectives.get(index)
    }

    fn code_of(&self, id: ObjectiveId) -> Option<&str> {
        let index = *self.index.get(&id)?;
        self.objective(index).map(|o| o.code.as_str())
    }

    /// A note that cancelled and superseded objectives are left out, when there are any.
    fn not_checked_note(&self) -> Option<impl IntoView> {
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
                <h2 id="report-establish">{self.text(Msg::ReportEstablishTitle)}</h2>
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
    fn item_section(&self, item: CheckItem, with_evidence: bool) -> impl IntoView {
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

    fn planning(&self) -> impl IntoView {
        let items = CheckItem::PLAN
            .into_iter()
            .map(|item| self.item_section(item, false))
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan">{self.text(Msg::ReportPlanTitle)}</h2>
                <p>{self.text(Msg::ReportPlanIntro)}</p>
                {self.not_checked_note()}
                <h3>{self.text(Msg::ReportActionsTitle)}</h3>
                {self.actions()}
                <h3>{self.text(Msg::ReportEvaluationTitle)}</h3>
                {self.evaluations()}
                {items}
            </section>
        }
    }

    /// "O1 Shorten service response time", the objective a plan row belongs to.
    fn objective_name(objective: &Objective) -> impl IntoView {
        view! {
            <th scope="row" class="report-text">
                <span class="report-code">{objective.code.clone()}</span>
                " "
                {objective.title.clone()}
            </th>
        }
    }

    fn actions(&self) -> AnyView {
        let lang = self.lang;
        let actions = &self.pack.layout.actions;
        if actions.is_empty() {
            return view! { <p class="empty">{self.text(Msg::FindNoActions)}</p> }.into_any();
        }
        let rows = actions
            .iter()
            .filter_map(|planned| {
                let objective = self.objective(planned.objective)?;
                let action = objective.plan.as_ref()?.actions.get(planned.action)?;
                let resources: Vec<String> = action
                    .resources
                    .iter()
                    .map(|r| resource_line(lang, r))
                    .collect();
                Some(view! {
                    <tr>
                        {Self::objective_name(objective)}
                        <td class="report-pre">{text_or_not_set(lang, &action.what)}</td>
                        <td class="report-long">{lines_view(lang, resources)}</td>
                        <td>{text_or_not_set(lang, &action.responsible)}</td>
                        <td class="report-date">{date_or_not_set(lang, action.start)}</td>
                        <td class="report-date">{date_or_not_set(lang, action.due)}</td>
                        <td>{action_status_text(lang, action.status)}</td>
                    </tr>
                })
            })
            .collect_view();
        view! {
            <table class="report-table report-table--actions">
                <caption class="visually-hidden">{self.text(Msg::ReportActionsTitle)}</caption>
                {header_row(
                    lang,
                    &[
                        Msg::ChecklistObjective,
                        Msg::ItemActions,
                        Msg::ItemResources,
                        Msg::ActionResponsible,
                        Msg::ActionStart,
                        Msg::ActionDue,
                        Msg::ActionStatusLabel,
                    ],
                )}
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    }

    fn evaluations(&self) -> AnyView {
        let lang = self.lang;
        let evaluations = &self.pack.layout.evaluations;
        if evaluations.is_empty() {
            return view! { <p class="empty">{self.text(Msg::ReportNoEvaluations)}</p> }.into_any();
        }
        let rows = evaluations
            .iter()
            .filter_map(|&index| {
                let objective = self.objective(index)?;
                let evaluation = &objective.plan.as_ref()?.evaluation;
                Some(view! {
                    <tr>
                        {Self::objective_name(objective)}
                        <td class="report-pre">{text_or_not_set(lang, &evaluation.method)}</td>
                        <td class="report-pre">{text_or_not_set(lang, &evaluation.success_criteria)}</td>
                        <td>{text_or_not_set(lang, &evaluation.evaluator)}</td>
                        <td class="report-date">{date_or_not_set(lang, evaluation.date)}</td>
                    </tr>
                })
            })
            .collect_view();
        view! {
            <table class="report-table report-table--evaluation">
                <caption class="visually-hidden">{self.text(Msg::ReportEvaluationTitle)}</caption>
                {header_row(
                    lang,
                    &[
                        Msg::ChecklistObjective,
                        Msg::EvalMethod,
                        Msg::EvalCriteria,
                        Msg::EvalEvaluator,
                        Msg::EvalDate,
                    ],
                )}
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    }

    fn summary(&self) -> impl IntoView {
        let lang = self.lang;
        let check = &self.pack.check;
        let score = format(
            lang,
            Msg::ReportSummaryScore,
            &[
                ("date", &self.today.to_string()),
                ("score", &describe_score(lang, &check.score)),
            ],
        );
        let rows = self
            .pack
            .layout
            .tallies
            .iter()
            .map(|tally| {
                view! {
                    <tr>
                        <th scope="row">{item_title(lang, tally.item)}</th>
                        <td class="report-number">{tally.met}</td>
                        <td class="report-number">{tally.partly}</td>
                        <td class="report-number">{tally.missing}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-summary">
                <h2 id="report-summary">{self.text(Msg::ReportSummaryTitle)}</h2>
                <p class="report-score" data-testid="report-score">{score}</p>
                <p>{describe_practice_count(lang, check.practice)}</p>
                <p>{self.text(Msg::BasisRequiredNote)}</p>
                <table class="report-table report-table--summary">
                    <caption class="visually-hidden">{self.text(Msg::ReportSummaryCaption)}</caption>
                    {header_row(
                        lang,
                        &[Msg::ReportColumnItem, Msg::StateMet, Msg::StatePartly, Msg::StateMissing],
                    )}
                    <tbody>{rows}</tbody>
                </table>
                <h3>{self.text(Msg::ChecklistRegister)}</h3>
                {self.register_findings()}
            </section>
        }
    }

    fn register_findings(&self) -> AnyView {
        let lang = self.lang;
        let findings = &self.pack.check.findings;
        if findings.is_clear() {
            return view! { <p data-testid="report-findings">{self.text(Msg::FindingsClear)}</p> }
                .into_any();
        }
        let mut lines: Vec<String> = findings
            .empty_levels
            .iter()
            .map(|level| {
                format(
                    lang,
                    Msg::FindingEmptyLevel,
                    &[("level", level_word(*level).text(lang))],
                )
            })
            .collect();
        lines.extend(
            findings
                .functions_without_objectives
                .iter()
                .map(|function| {
                    format(lang, Msg::FindingFunctionWithout, &[("function", function)])
                }),
        );
        if !findings.register_not_approved.is_empty() {
            lines.push(describe_register_approval(
                lang,
                &findings.register_not_approved,
            ));
        }
        if !findings.unaligned.is_empty() {
            let codes = crate::i18n::report::list(
                lang,
                findings
                    .unaligned
                    .iter()
                    .filter_map(|id| self.code_of(*id))
                    .map(str::to_string),
            );
            lines.push(format(lang, Msg::ReportUnaligned, &[("codes", &codes)]));
        }
        view! {
            <ul class="report-findings" data-testid="report-findings">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    }
}
