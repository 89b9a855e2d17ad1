//! An objective's reviews on its page: the last and next review dates and the latest reviews
//! (the review form itself is fetched with the records' views).

use crate::app::state::NoticeText;
use crate::app::{AppState, Route};
use crate::domain::{Command, ObjectiveId, Review, ReviewResult};
use crate::i18n::records::{review_decision_label, review_result_label};
use crate::i18n::Msg;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::show_all::{latest, ShowAllToggle};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use leptos::prelude::*;

fn result_icon(result: ReviewResult) -> IconKind {
    match result {
        ReviewResult::OnTrack => IconKind::Check,
        ReviewResult::AtRisk => IconKind::Warning,
        ReviewResult::OffTrack => IconKind::Cross,
    }
}

/// A review's result as an icon and words, never colour alone.
#[component]
pub fn ReviewResultBadge(result: ReviewResult) -> impl IntoView {
    let class = match result {
        ReviewResult::OnTrack => "review-result review-result--on-track",
        ReviewResult::AtRisk => "review-result review-result--at-risk",
        ReviewResult::OffTrack => "review-result review-result--off-track",
    };
    view! {
        <span class=class>
            <Icon kind=result_icon(result)/>
            " "
            {t(review_result_label(result))}
        </span>
    }
}

/// The reviews of one objective, newest first: on the same day, the one recorded last first.
pub fn newest_first(reviews: &[Review]) -> Vec<Review> {
    let mut ordered: Vec<(usize, &Review)> = reviews.iter().enumerate().collect();
    crate::domain::sorting::sort_by(&mut ordered, |(a_at, a), (b_at, b)| {
        b.date.cmp(&a.date).then(b_at.cmp(a_at))
    });
    ordered.into_iter().map(|(_, r)| r.clone()).collect()
}

const REVIEWS_TITLE_ID: &str = "reviews-title";
const REVIEWS_TABLE_ID: &str = "reviews-table";

/// The objective's reviews on its detail view (the latest few until "Show all"), with the
/// last-reviewed and next review dates and the way to record a new one.
#[component]
pub fn ReviewsPanel(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let reviews = Memo::new(move |_| {
        state
            .with_objective(id, |o| newest_first(&o.reviews))
            .unwrap_or_default()
    });
    let dates = move || {
        state
            .with_objective(id, |o| (o.updating.last_reviewed, o.monitoring.next_review))
            .unwrap_or_default()
    };
    let code = move || {
        state
            .with_objective(id, |o| o.code.clone())
            .unwrap_or_default()
    };
    let caption = move || state.tf(Msg::ReviewsCaption, &[("code", &code())]);
    let show_all = RwSignal::new(false);
    let total = Signal::derive(move || reviews.with(Vec::len));
    let remove = move |review: Review| {
        let date = review.date.to_string();
        let text = NoticeText::with(
            Msg::ReviewRemovedNotice,
            &[("code", &code()), ("date", &date)],
        );
        let command = Command::remove::<Review>(id, review.id);
        if state.dispatch_with_notice(command, text).is_ok() {
            // The button is gone: keep the keyboard in the panel.
            focus_after_paint(REVIEWS_TITLE_ID);
        }
    };
    let row = move |review: Review| {
        let date = review.date.to_string();
        let context = state.tf(Msg::ReviewOfDate, &[("date", &date)]);
        let edit = Route::EditReview {
            objective: id,
            review: review.id,
        };
        let next = review
            .next_review
            .map(|d| d.to_string())
            .unwrap_or_else(|| state.t(Msg::NotSet).to_string());
        let decision = state.t(review_decision_label(review.decision));
        view! {
            <tr data-testid="review-row">
                <td class="records-table__date">{date}</td>
                <td>{review.reviewer.clone()}</td>
                <td><ReviewResultBadge result=review.result/></td>
                <td>{decision}</td>
                <td class="records-table__text">{review.findings.clone()}</td>
                <td>{next}</td>
                <crate::ui::components::page::RecordActions
                    edit=edit
                    context=context
                    on_delete=move || remove(review.clone())
                />
            </tr>
        }
    };
    view! {
        <section class="panel" aria-labelledby=REVIEWS_TITLE_ID data-testid="reviews">
            <h2 id=REVIEWS_TITLE_ID tabindex="-1">{t(Msg::ReviewsTitle)}</h2>
            <dl class="record">
                <dt>{t(Msg::UpdateLastReviewed)}</dt>
                <dd data-testid="last-reviewed">
                    {move || dates().0.map(|d| d.to_string()).unwrap_or_else(|| state.t(Msg::ReviewNever).to_string())}
                </dd>
                <dt>{t(Msg::MonitoringNextReview)}</dt>
                <dd data-testid="next-review">
                    {move || dates().1.map(|d| d.to_string()).unwrap_or_else(|| state.t(Msg::NotSet).to_string())}
                </dd>
            </dl>
            <Shown
                when=move || !reviews.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{t(Msg::ReviewsNone)}</p> }
            >
                // Focusable, so the keyboard can scroll it where it is wider than the screen.
                <div class="table-scroll-x" tabindex="0" role="region" aria-labelledby="reviews-caption">
                    <table class="records-table" id=REVIEWS_TABLE_ID>
                        <caption class="visually-hidden" id="reviews-caption">{move || caption()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ReviewDate)}</th>
                                <th scope="col">{t(Msg::ReviewReviewer)}</th>
                                <th scope="col">{t(Msg::ReviewResult)}</th>
                                <th scope="col">{t(Msg::ReviewDecision)}</th>
                                <th scope="col">{t(Msg::ReviewFindings)}</th>
                                <th scope="col">{t(Msg::MonitoringNextReview)}</th>
                                <th scope="col">{t(Msg::RecordActions)}</th>
                            </tr>
                        </thead>
                        <tbody>{move || latest(reviews.get(), show_all.get()).into_iter().map(row).collect_view()}</tbody>
                    </table>
                </div>
                <ShowAllToggle total=total all=show_all controls=REVIEWS_TABLE_ID.to_string()/>
            </Shown>
            <p>
                <a class="button" href=Route::Review(id).href()>{t(Msg::RecordReview)}</a>
            </p>
        </section>
    }
}
