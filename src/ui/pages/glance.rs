//! Clause 6.2 at a glance: every item of 6.2.1 and 6.2.2 on one page, in plain words, with
//! what clause 6.2 requires apart from good practice (the same split as the check), the
//! evidence that shows it, how the managed-services example meets it, and the levels the
//! check and the self-assessment use. The page a trainer projects at the start of a class.

use crate::app::Route;
use crate::domain::model::Question;
use crate::i18n::assess::question_words;
use crate::i18n::Msg;
use crate::ui::components::page::PageTitle;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// One row: the clause reference, the item's name, what it asks, the good practice beside it,
/// the question whose evidence applies, and the example.
struct Row {
    clause: &'static str,
    asks: Msg,
    practice: Msg,
    question: Question,
    example: Msg,
}

const fn row(
    clause: &'static str,
    asks: Msg,
    practice: Msg,
    question: Question,
    example: Msg,
) -> Row {
    Row {
        clause,
        asks,
        practice,
        question,
        example,
    }
}

const ESTABLISH: [Row; 8] = [
    row(
        "6.2.1",
        Msg::GlanceAskLevels,
        Msg::GlanceGpLevels,
        Question::Levels,
        Msg::GlanceExLevels,
    ),
    row(
        "6.2.1 a)",
        Msg::GlanceAskPolicy,
        Msg::GlanceGpPolicy,
        Question::Policy,
        Msg::GlanceExPolicy,
    ),
    row(
        "6.2.1 b)",
        Msg::GlanceAskMeasurable,
        Msg::GlanceGpMeasurable,
        Question::Measurable,
        Msg::GlanceExMeasurable,
    ),
    row(
        "6.2.1 c)",
        Msg::GlanceAskRequirements,
        Msg::GlanceGpRequirements,
        Question::Requirements,
        Msg::GlanceExRequirements,
    ),
    row(
        "6.2.1 d)",
        Msg::GlanceAskMonitored,
        Msg::GlanceGpMonitored,
        Question::Monitored,
        Msg::GlanceExMonitored,
    ),
    row(
        "6.2.1 e)",
        Msg::GlanceAskCommunicated,
        Msg::GlanceGpCommunicated,
        Question::Communicated,
        Msg::GlanceExCommunicated,
    ),
    row(
        "6.2.1 f)",
        Msg::GlanceAskUpdated,
        Msg::GlanceGpUpdated,
        Question::Updated,
        Msg::GlanceExUpdated,
    ),
    row(
        "6.2.1",
        Msg::GlanceAskDocumented,
        Msg::GlanceGpDocumented,
        Question::Documented,
        Msg::GlanceExDocumented,
    ),
];

const PLAN: [Row; 5] = [
    row(
        "6.2.2 a)",
        Msg::GlanceAskActions,
        Msg::GlanceGpActions,
        Question::Actions,
        Msg::GlanceExActions,
    ),
    row(
        "6.2.2 b)",
        Msg::GlanceAskResources,
        Msg::GlanceGpResources,
        Question::Resources,
        Msg::GlanceExResources,
    ),
    row(
        "6.2.2 c)",
        Msg::GlanceAskResponsible,
        Msg::GlanceGpResponsible,
        Question::Responsible,
        Msg::GlanceExResponsible,
    ),
    row(
        "6.2.2 d)",
        Msg::GlanceAskTiming,
        Msg::GlanceGpTiming,
        Question::Timing,
        Msg::GlanceExTiming,
    ),
    row(
        "6.2.2 e)",
        Msg::GlanceAskEvaluation,
        Msg::GlanceGpEvaluation,
        Question::Evaluation,
        Msg::GlanceExEvaluation,
    ),
];

fn table(rows: &[Row], caption: Msg) -> impl IntoView {
    let body = rows
        .iter()
        .map(|row| {
            let (_, evidence, _) = question_words(row.question);
            view! {
                <tr>
                    <th scope="row">{row.clause}</th>
                    <td>{t(row.asks)}</td>
                    <td>{t(row.practice)}</td>
                    <td>{t(evidence)}</td>
                    <td>{t(row.example)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="assess-scroll" tabindex="0" role="region" aria-label=t(caption)>
            <table class="records-table glance-table">
                <caption class="visually-hidden">{t(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::GlanceColItem)}</th>
                        <th scope="col">{t(Msg::GlanceColAsks)} " (" {t(Msg::BasisRequired)} ")"</th>
                        <th scope="col">{t(Msg::GlanceColPractice)}</th>
                        <th scope="col">{t(Msg::GlanceColEvidence)}</th>
                        <th scope="col">{t(Msg::GlanceColExample)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn GlancePage() -> impl IntoView {
    view! {
        <article class="glance" data-testid="glance">
            <PageTitle text=t(Msg::GlanceTitle)/>
            <p class="lead">{t(Msg::GlanceIntro)}</p>
            <section>
                <h2 id="glance-establish">{t(Msg::GlanceEstablishHeading)}</h2>
                <p>{t(Msg::GlanceEstablishLead)}</p>
                {table(&ESTABLISH, Msg::GlanceEstablishHeading)}
            </section>
            <section>
                <h2 id="glance-plan">{t(Msg::GlancePlanHeading)}</h2>
                <p>{t(Msg::GlancePlanLead)}</p>
                {table(&PLAN, Msg::GlancePlanHeading)}
            </section>
            <section aria-labelledby="glance-levels">
                <h2 id="glance-levels">{t(Msg::GlanceLevelsHeading)}</h2>
                <p>{t(Msg::GlanceCheckStates)}</p>
                <p>{t(Msg::GlanceScale)}</p>
            </section>
            <div class="button-row">
                <a class="button" href=Route::Checklist.href()>{t(Msg::GlanceOpenCheck)}</a>
                <a class="button" href=Route::Assess.href()>{t(Msg::GlanceOpenAssess)}</a>
            </div>
        </article>
    }
}
