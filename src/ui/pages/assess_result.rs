//! One self-assessment's result, printable on one page: the score (required questions only,
//! good practice apart), every answer with its note, and the improvement actions, each of
//! which can be added to an open objective's plan (one undoable change through the plan's
//! command). The controls are left out of the printout.

use crate::app::state::NoticeText;
use crate::app::{AppState, Route};
use crate::domain::assess::{add_to_plan, improvement_actions, info, score, slug, ActionItem};
use crate::domain::code::natural_cmp;
use crate::domain::{
    Assessment, Command, ObjectiveId, Question, RandomIds, RecordId, Status, TopLevel,
};
use crate::i18n::assess::{answer_level_label, answer_text, question_words};
use crate::i18n::{self, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::{t, Choice, FieldError, SelectField};
use leptos::prelude::*;

#[component]
pub fn AssessResultPage(id: RecordId) -> impl IntoView {
    let state = AppState::expect();
    let assessment = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.assessments.iter().find(|a| a.id == id).cloned())
    });
    reactive_view(move || match assessment.get() {
        Some(assessment) => view! { <AssessmentResult assessment=assessment/> }.into_any(),
        None => view! {
            <PageTitle text=t(Msg::AssessTitle)/>
            <p>{t(Msg::ErrAssessmentNotFound)}</p>
            <p><a href=Route::Assess.href()>{t(Msg::AssessBack)}</a></p>
        }
        .into_any(),
    })
}

/// "6.2.1 b) Is each objective measurable…?"
fn question_line(state: AppState, question: Question) -> String {
    let (words, _, _) = question_words(question);
    format!("{} {}", info(question).clause, state.t(words))
}

#[component]
fn AssessmentResult(assessment: Assessment) -> impl IntoView {
    let state = AppState::expect();
    let date = assessment.date.to_string();
    let result = score(&assessment);
    let count = |msg: Msg, n: usize| (n > 0).then(|| view! { <p>{state.tc(msg, n, &[])}</p> });
    let answers = Question::ALL
        .into_iter()
        .filter_map(|question| assessment.answer(question).cloned())
        .map(|answer| {
            view! {
                <tr data-testid=format!("assess-answer-{}", slug(answer.question))>
                    <th scope="row">{question_line(state, answer.question)}</th>
                    <td>{t(answer_level_label(answer.level))}</td>
                    <td>{answer.note.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let actions = improvement_actions(&assessment);
    let action_list = if actions.is_empty() {
        view! { <p>{t(Msg::AssessNoActions)}</p> }.into_any()
    } else {
        let items = actions
            .into_iter()
            .map(|item| view! { <ActionEntry assessment=assessment.clone() item=item/> })
            .collect_view();
        view! { <ol class="assess-actions">{items}</ol> }.into_any()
    };
    let id = assessment.id;
    let remove = move |_| {
        let command = Command::remove::<Assessment>(TopLevel, id);
        if state
            .dispatch_with_notice(command, NoticeText::plain(Msg::AssessDeleted))
            .is_ok()
        {
            state.navigate(Route::Assess);
        }
    };
    let practice = (result.practice_scored > 0).then(|| {
        let fully = result.practice_fully.to_string();
        view! { <p>{state.tc(Msg::AssessPracticeCount, result.practice_scored, &[("fully", &fully)])}</p> }
    });
    view! {
        <article class="assess-result" data-testid="assess-result">
            <PageTitle text=state.tf(Msg::AssessResultTitle, &[("date", &date)])/>
            {(!assessment.assessor.is_empty()).then(|| view! {
                <p>{state.tf(Msg::AssessResultBy, &[("name", &assessment.assessor)])}</p>
            })}
            <div class="button-row">
                <button type="button" class="button button--primary" on:click=move |_| print_page()>
                    {t(Msg::AssessPrint)}
                </button>
                <a class="button" href=Route::Assess.href()>{t(Msg::AssessBack)}</a>
                <button type="button" class="button button--danger" on:click=remove>
                    {t(Msg::AssessDelete)}
                </button>
            </div>
            <section class="panel assess-score" aria-labelledby="assess-score-title">
                <h2 id="assess-score-title">{t(Msg::AssessColScore)}</h2>
                <p class="assess-score__total" data-testid="assess-score">
                    {state.tc(Msg::AssessScore, result.max, &[
                        ("percent", &result.percent().to_string()),
                        ("points", &result.points.to_string()),
                    ])}
                </p>
                {count(Msg::AssessUnansweredCount, result.unanswered)}
                {count(Msg::AssessNotApplicableCount, result.not_applicable)}
                {practice}
                <p class="field__help">{t(Msg::AssessScaleNote)}</p>
            </section>
            <section class="panel" aria-labelledby="assess-actions-title">
                <h2 id="assess-actions-title">{t(Msg::AssessActionsHeading)}</h2>
                {action_list}
            </section>
            <section class="panel">
                <h2 id="assess-answers-title">{t(Msg::AssessAnswersHeading)}</h2>
                <div class="assess-scroll" tabindex="0" role="region" aria-label=t(Msg::AssessAnswersHeading)>
                    <table class="records-table assess-answers">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::AssessColQuestion)}</th>
                                <th scope="col">{t(Msg::AssessColAnswer)}</th>
                                <th scope="col">{t(Msg::AssessColNote)}</th>
                            </tr>
                        </thead>
                        <tbody>{answers}</tbody>
                    </table>
                </div>
            </section>
        </article>
    }
}

/// Opens the browser's print dialog, where "Save as PDF" is one of the destinations.
fn print_page() {
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::print_page();
}

/// Open objectives (draft or active) by code, as choices of the objective whose plan takes
/// an action.
fn plan_choices(state: AppState) -> Vec<Choice> {
    state.workspace.with(|w| {
        let mut open: Vec<(String, String, ObjectiveId)> = w
            .objectives
            .iter()
            .filter(|o| matches!(o.status, Status::Draft | Status::Active))
            .map(|o| (o.code.clone(), o.title.clone(), o.id))
            .collect();
        open.sort_by(|a, b| natural_cmp(&a.0, &b.0));
        let first: Choice = (
            String::new(),
            state.t(Msg::AssessChooseObjective).to_string(),
        );
        std::iter::once(first)
            .chain(
                open.into_iter()
                    .map(|(code, title, id)| (id.to_string(), format!("{code} {title}"))),
            )
            .collect()
    })
}

#[component]
fn ActionEntry(assessment: Assessment, item: ActionItem) -> impl IntoView {
    let state = AppState::expect();
    let question = item.question;
    let key = slug(question);
    let not_set = state.t(Msg::AssessNotSet).to_string();
    let who = if item.action.who.is_empty() {
        not_set.clone()
    } else {
        item.action.who.clone()
    };
    let due = item.action.due.map_or(not_set, |d| d.to_string());
    let what = if item.action.what.is_empty() {
        view! { <p><em>{t(Msg::AssessActionWhatMissing)}</em></p> }.into_any()
    } else {
        view! { <p class="assess-action__what">{item.action.what.clone()}</p> }.into_any()
    };
    let added = item.action.added_to.map(|objective| {
        let code = state
            .workspace
            .with_untracked(|w| w.objective(objective).map(|o| o.code.clone()))
            .unwrap_or_default();
        view! {
            <p>
                <a href=Route::Objective(objective).href()>
                    {state.tf(Msg::AssessAddedTo, &[("code", &code)])}
                </a>
            </p>
        }
    });
    let adder = item.action.added_to.is_none().then(|| {
        let chosen = RwSignal::new(String::new());
        let refusal: RwSignal<Option<String>> = RwSignal::new(None);
        let select_id = format!("assess-plan-{key}");
        let error_id = format!("assess-plan-{key}-refusal");
        let context = format!("({})", state.t(answer_level_label(item.level)));
        let add = move |_| {
            let lang = state.lang.get_untracked();
            let Some(objective) = ObjectiveId::parse(&chosen.get_untracked()) else {
                refusal.set(Some(state.t(Msg::AssessChooseObjective).to_string()));
                return;
            };
            let code = state
                .workspace
                .with_untracked(|w| w.objective(objective).map(|o| o.code.clone()))
                .unwrap_or_default();
            let command = add_to_plan(
                &assessment,
                question,
                objective,
                RecordId::new(&mut RandomIds),
            );
            let text = NoticeText::with(Msg::AssessAdded, &[("code", &code)]);
            let outcome = command.and_then(|command| state.dispatch_with_notice(command, text));
            refusal.set(
                outcome
                    .err()
                    .map(|e| i18n::describe_command_error(lang, &e)),
            );
        };
        view! {
            <div class="assess-add" data-testid=format!("assess-add-{key}")>
                <SelectField
                    id=select_id
                    label=t(Msg::AssessPlanObjective)
                    choices=Signal::derive(move || plan_choices(state))
                    selected=chosen
                    on_change=Callback::new(move |value: String| {
                        chosen.set(value);
                        refusal.set(None);
                        Ok(())
                    })
                    context=context
                />
                <button type="button" class="button" on:click=add>
                    {t(Msg::AssessAddToPlan)}
                    <span class="visually-hidden">" " {question_line(state, question)}</span>
                </button>
                <FieldError id=error_id error=refusal/>
            </div>
        }
    });
    view! {
        <li class="assess-action" data-testid=format!("assess-action-{key}")>
            <h3 class="assess-sub">
                {question_line(state, question)}
                " — "
                {answer_text(state.lang.get_untracked(), Some(item.level))}
            </h3>
            {what}
            <p>{state.tf(Msg::AssessActionWhoWhen, &[("who", &who), ("when", &due)])}</p>
            {added}
            {adder}
        </li>
    }
}
