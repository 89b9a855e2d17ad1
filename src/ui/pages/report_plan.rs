//! The clause 6.2.2 part of the evidence pack: every action of the plans (with resources,
//! responsibility and dates), how results are evaluated and the result against the success
//! criteria, then the result of each item of 6.2.2 for every objective.

use super::report_parts::{date_or_not_set, header_row, lines_view, text_or_not_set, Context};
use crate::domain::conformity::CheckItem;
use crate::i18n::report::{action_status_text, resource_line};
use crate::i18n::report_records::evaluation_result_text;
use crate::i18n::Msg;
use leptos::prelude::*;

impl Context<'_> {
    pub(super) fn planning(&self) -> impl IntoView {
        let items = CheckItem::PLAN
            .into_iter()
            .map(|item| self.item_section(item, false))
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan" tabindex="-1">{self.text(Msg::ReportPlanTitle)}</h2>
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
                        <td class="report-text">{evaluation_result_text(lang, evaluation.result.as_ref())}</td>
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
                        Msg::ReportColumnEvaluationResult,
                    ],
                )}
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    }
}
