//! The top of an objective's page: a summary (status, progress, what is due next and the
//! clause 6.2 score with its gaps, the score hidden during an exercise) and the list of links
//! that take the keyboard and the view to each section of the page.

use crate::app::{clock, AppState};
use crate::domain::agenda::timing;
use crate::domain::conformity::check_objective;
use crate::domain::next_due::{next_due, NextDue, NextDueKind};
use crate::domain::{ObjectiveId, Status};
use crate::i18n::dashboard::describe_timing_in_sentence;
use crate::i18n::{self, Msg};
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, StatusBadge};
use crate::ui::panels::progress::ProgressSummary;
use leptos::prelude::*;

/// The ids of the headings the section links move to. Each heading has `tabindex="-1"` so
/// that it can take focus.
pub mod heading {
    pub const SUMMARY: &str = "summary-title";
    pub const KPIS: &str = "kpis-title";
    pub const PLAN: &str = "plan-title";
    pub const MONITORING: &str = "monitoring-title";
    pub const COMMUNICATION: &str = "communication-title";
    pub const REVIEWS: &str = "reviews-title";
    pub const REVISIONS: &str = "revisions-title";
    pub const CHECK: &str = "check-title";
    pub const DETAILS: &str = "identity-title";
}

/// A link to a heading of this page. The location's fragment holds the route, so the link
/// moves focus (and with it the view) instead of being followed.
#[component]
pub fn SectionLink(target: &'static str, label: Msg) -> impl IntoView {
    view! {
        <a
            href=format!("#{target}")
            on:click=move |ev| {
                ev.prevent_default();
                focus_after_paint(target);
            }
        >
            {t(label)}
        </a>
    }
}

/// The list of the page's sections. The check is left out while an exercise hides it.
#[component]
pub fn SectionNav() -> impl IntoView {
    let state = AppState::expect();
    let link = |target: &'static str, label: Msg| {
        view! { <li><SectionLink target=target label=label/></li> }
    };
    view! {
        <nav class="section-nav" aria-labelledby="section-nav-title" data-testid="section-nav">
            <h2 id="section-nav-title" class="section-nav__title">{t(Msg::ObjpageNavTitle)}</h2>
            <ul class="section-nav__list">
                {link(heading::KPIS, Msg::ObjpageNavKpis)}
                {link(heading::PLAN, Msg::ObjpageNavPlan)}
                {link(heading::MONITORING, Msg::ObjpageNavMonitoring)}
                {link(heading::COMMUNICATION, Msg::ObjpageNavCommunication)}
                {link(heading::REVIEWS, Msg::ObjpageNavReviews)}
                {link(heading::REVISIONS, Msg::ObjpageNavRevisions)}
                <Shown when=move || !state.check_hidden()>
                    {link(heading::CHECK, Msg::ObjpageNavCheck)}
                </Shown>
                {link(heading::DETAILS, Msg::ObjpageNavDetails)}
            </ul>
        </nav>
    }
}

/// What is due next in words, with its date kept on one line and how it stands against today.
fn next_due_view(state: AppState, id: ObjectiveId, next: Option<NextDue>) -> AnyView {
    let Some(next) = next else {
        let closed = state
            .with_objective(id, |o| !matches!(o.status, Status::Draft | Status::Active))
            .unwrap_or(false);
        let msg = if closed {
            Msg::ObjpageNothingDueClosed
        } else {
            Msg::ObjpageNothingDue
        };
        return view! { <span>{state.t(msg)}</span> }.into_any();
    };
    let what = match next.kind {
        NextDueKind::Action(action) => {
            let name = state
                .with_objective(id, |o| {
                    o.plan
                        .as_ref()
                        .and_then(|p| p.actions.iter().find(|a| a.id == action))
                        .map(|a| a.what.trim().to_string())
                })
                .flatten()
                .unwrap_or_default();
            state.tf(Msg::ObjpageNextAction, &[("what", &name)])
        }
        NextDueKind::Measurement(kpi) => {
            let name = state
                .with_objective(id, |o| {
                    o.kpis
                        .iter()
                        .find(|k| k.id == kpi)
                        .map(|k| k.name.trim().to_string())
                })
                .flatten()
                .unwrap_or_default();
            state.tf(Msg::ObjpageNextMeasurement, &[("kpi", &name)])
        }
        NextDueKind::Review => state.t(Msg::ObjpageNextReview).to_string(),
    };
    let when =
        describe_timing_in_sentence(state.lang.get_untracked(), timing(next.due, clock::today()));
    // The date is kept on one line (a date broken at a hyphen reads as two numbers).
    const MARK: &str = "\u{1}";
    let line = state.tf(
        Msg::ObjpageNextDueLine,
        &[("what", &what), ("date", MARK), ("timing", &when)],
    );
    let (before, after) = line.split_once(MARK).unwrap_or((line.as_str(), ""));
    view! {
        <span data-testid="next-due">
            {before.to_string()}
            <span class="date-text">{next.due.to_string()}</span>
            {after.to_string()}
        </span>
    }
    .into_any()
}

/// The summary at the top of an objective's page.
#[component]
pub fn ObjectiveSummary(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let status = Signal::derive(move || state.with_objective(id, |o| o.status).unwrap_or_default());
    let next = Memo::new(move |_| state.with_objective(id, next_due).flatten());
    // The score and the gaps: (met, applicable, partly).
    let score = Memo::new(move |_| {
        let today = clock::today();
        state.index.with(|index| {
            state.workspace.with(|workspace| {
                let objective = index.get(&id).and_then(|&i| workspace.objectives.get(i))?;
                let checked = !matches!(objective.status, Status::Cancelled | Status::Superseded);
                checked.then(|| check_objective(workspace, objective, today).score())
            })
        })
    });
    let score_view = move || {
        score.get().map(|score| {
            let lang = state.lang.get_untracked();
            let gaps = score.applicable - score.met;
            let gaps_text = if gaps == 0 {
                state.t(Msg::ObjpageSummaryNoGaps).to_string()
            } else {
                state.tc(Msg::ObjpageSummaryGaps, gaps, &[])
            };
            view! {
                <div data-testid="summary-score">
                    <dt>{t(Msg::ObjpageSummaryScore)}</dt>
                    <dd>
                        <span data-testid="summary-score-text">{i18n::describe_score(lang, &score)}</span>
                        " "
                        <strong data-testid="summary-gaps">{gaps_text}</strong>
                        " "
                        <SectionLink target=heading::CHECK label=Msg::ObjpageSummarySeeCheck/>
                    </dd>
                </div>
            }
        })
    };
    view! {
        <section class="panel objective-summary" aria-labelledby=heading::SUMMARY data-testid="objective-summary">
            <h2 id=heading::SUMMARY tabindex="-1">{t(Msg::ObjpageSummaryTitle)}</h2>
            <dl class="objective-summary__list">
                <div data-testid="summary-status">
                    <dt>{t(Msg::ObjpageSummaryStatus)}</dt>
                    <dd><StatusBadge status=status/></dd>
                </div>
                <div data-testid="summary-progress">
                    <dt>{t(Msg::ObjpageSummaryProgress)}</dt>
                    <dd><ProgressSummary id=id/></dd>
                </div>
                <div data-testid="summary-next-due">
                    <dt>{t(Msg::ObjpageSummaryNextDue)}</dt>
                    <dd>{move || next_due_view(state, id, next.get())}</dd>
                </div>
                <Shown when=move || !state.check_hidden()>
                    {move || score_view()}
                </Shown>
            </dl>
        </section>
    }
}
