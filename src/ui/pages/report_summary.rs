//! The conformity summary of the evidence pack: the score on the day it is printed (required
//! items only) with the good-practice count beside it, how many objectives meet each item, and
//! the findings about the register as a whole, required ones and good practice apart.

use super::report_parts::{header_row, item_title, Context};
use crate::i18n::{
    describe_practice_count, describe_register_approval, describe_score, format, level_word, Msg,
};
use leptos::prelude::*;

impl Context<'_> {
    pub(super) fn summary(&self) -> impl IntoView {
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
                <h2 id="report-summary" tabindex="-1">{self.text(Msg::ReportSummaryTitle)}</h2>
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

    /// The findings about the register as a whole, required ones and good practice apart.
    fn register_findings(&self) -> AnyView {
        let lang = self.lang;
        let findings = &self.pack.check.findings;
        if findings.is_clear() {
            return view! { <p data-testid="report-findings">{self.text(Msg::FindingsClear)}</p> }
                .into_any();
        }
        let mut required: Vec<String> = findings
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
        required.extend(
            findings
                .functions_without_objectives
                .iter()
                .map(|function| {
                    format(lang, Msg::FindingFunctionWithout, &[("function", function)])
                }),
        );
        if !findings.register_not_approved.is_empty() {
            required.push(describe_register_approval(
                lang,
                &findings.register_not_approved,
            ));
        }
        if required.is_empty() {
            required.push(self.text(Msg::FindingsRequiredClear).to_string());
        }
        let practice = if findings.unaligned.is_empty() {
            self.text(Msg::FindingsPracticeClear).to_string()
        } else {
            let codes = crate::i18n::report::list(
                lang,
                findings
                    .unaligned
                    .iter()
                    .filter_map(|id| self.code_of(*id))
                    .map(str::to_string),
            );
            format(lang, Msg::ReportUnaligned, &[("codes", &codes)])
        };
        view! {
            <div data-testid="report-findings">
                <p class="report-group">{self.text(Msg::BasisRequired)}</p>
                <ul class="report-findings">
                    {required.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <p class="report-group">{self.text(Msg::BasisPractice)}</p>
                <ul class="report-findings">
                    <li>{practice}</li>
                </ul>
            </div>
        }
        .into_any()
    }
}
