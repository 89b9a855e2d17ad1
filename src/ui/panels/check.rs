//! How results of the clause 6.2 check look everywhere: a state written out with an icon
//! (never colour alone), a score of the required items with a bar and, beside it in words, the
//! good-practice suggestions, and the list of one objective's items with a link from every gap
//! to the wizard step where it is completed and the item's good-practice notes.

use crate::app::{AppState, Route};
use crate::domain::conformity::{CheckItem, Finding, ItemResult, ItemState, ObjectiveCheck, Score};
use crate::domain::wizard::{fix_at, FixAt};
use crate::domain::ObjectiveId;
use crate::i18n::{self, establish_step_label, item_label, plan_step_label, state_label, Msg};
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

/// The address that opens the right wizard at the step where `item` is completed.
pub fn fix_route(objective: ObjectiveId, item: CheckItem) -> Route {
    match fix_at(item) {
        FixAt::Establish(step) => Route::Establish {
            objective: Some(objective),
            parent: None,
            step: Some(step),
        },
        FixAt::Plan(step) => Route::Plan {
            objective: Some(objective),
            step: Some(step),
        },
    }
}

/// The name of the step where `item` is completed.
pub fn fix_step_label(item: CheckItem) -> Msg {
    match fix_at(item) {
        FixAt::Establish(step) => establish_step_label(step),
        FixAt::Plan(step) => plan_step_label(step),
    }
}

/// A state written out, with an icon and a class for its colour.
#[component]
pub fn StateBadge(state: ItemState) -> impl IntoView {
    let (icon, class) = match state {
        ItemState::Met => (IconKind::Check, "check-state check-state--met"),
        ItemState::Partly => (IconKind::Active, "check-state check-state--partly"),
        ItemState::Missing => (IconKind::Cross, "check-state check-state--missing"),
    };
    view! {
        <span class=class>
            <Icon kind=icon/>
            " "
            {t(state_label(state))}
        </span>
    }
}

/// A score of the required items as a sentence and a bar; with `practice`, the number of
/// good-practice suggestions beside it, in words and never in the bar.
#[component]
pub fn ScoreBar(score: Score, #[prop(optional)] practice: Option<usize>) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let text = i18n::describe_score(lang, &score);
    let practice = practice.map(|count| {
        view! {
            <span class="score__practice" data-testid="score-practice">
                {i18n::describe_practice_count(lang, count)}
            </span>
        }
    });
    view! {
        <div class="score">
            <progress
                class="score__bar"
                max=score.applicable.max(1)
                value=score.met
                aria-label=t(Msg::ScoreLabel)
            ></progress>
            <span class="score__text" data-testid="score-text">{text}</span>
            {practice}
        </div>
    }
}

/// One objective's items of 6.2.1 and 6.2.2 with their state, reason and, for every gap,
/// a link to the wizard step where it is completed.
#[component]
pub fn CheckResults(
    check: ObjectiveCheck,
    /// Only the items of 6.2.2 (and their score), as in the plan wizard's review.
    #[prop(optional)]
    plan_only: bool,
    /// Only the items of 6.2.1 (and their score), as in the establish wizard's review.
    #[prop(optional)]
    establish_only: bool,
) -> impl IntoView {
    let check = if establish_only {
        ObjectiveCheck {
            objective: check.objective,
            results: check
                .results
                .into_iter()
                .filter(|r| CheckItem::ESTABLISH.contains(&r.item))
                .collect(),
        }
    } else if plan_only {
        ObjectiveCheck {
            objective: check.objective,
            results: check
                .results
                .into_iter()
                .filter(|r| CheckItem::PLAN.contains(&r.item))
                .collect(),
        }
    } else {
        check
    };
    let objective = check.objective;
    let section = |title: Msg, items: &[CheckItem]| {
        let rows = items
            .iter()
            .filter_map(|item| check.result(*item).cloned())
            .map(|result| view! { <CheckRow objective=objective result=result/> })
            .collect_view();
        view! {
            <h3 class="check__group">{t(title)}</h3>
            <ul class="check__list">{rows}</ul>
        }
    };
    let practice = check.practice_count();
    view! {
        <div class="check">
            <ScoreBar score=check.score() practice=practice/>
            <p class="check__basis">{t(Msg::BasisRequiredNote)}</p>
            {(!plan_only).then(|| section(Msg::CheckEstablish, &CheckItem::ESTABLISH))}
            {(!establish_only).then(|| section(Msg::CheckPlan, &CheckItem::PLAN))}
        </div>
    }
}

#[component]
fn CheckRow(objective: ObjectiveId, result: ItemResult) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    let reason = i18n::describe_finding(lang, &result.finding);
    let fix = (result.state != ItemState::Met).then(|| {
        // A change whose reason is not recorded is completed in the revision history, not in
        // a wizard.
        let (label, route) = if matches!(result.finding, Finding::OpenRevision { .. }) {
            (
                t(Msg::FixOpenRevision).to_string(),
                Route::History(objective),
            )
        } else {
            let label = state.tf(Msg::FixLink, &[("step", t(fix_step_label(result.item)))]);
            (label, fix_route(objective, result.item))
        };
        view! { <a class="check__fix" href=route.href()>{label}</a> }
    });
    let practice = (!result.practice.is_empty()).then(|| {
        let notes = result
            .practice
            .iter()
            .map(|note| view! { <li>{i18n::describe_practice_line(lang, note)}</li> })
            .collect_view();
        view! { <ul class="check__practice" data-testid="check-practice">{notes}</ul> }
    });
    view! {
        <li class="check__item" data-item=format!("{:?}", result.item)>
            <span class="check__clause">{result.item.clause()}</span>
            " "
            <span class="check__name">{t(item_label(result.item))}</span>
            " "
            <StateBadge state=result.state/>
            <span class="check__reason">{reason}</span>
            {fix}
            {practice}
        </li>
    }
}
