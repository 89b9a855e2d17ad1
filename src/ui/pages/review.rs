//! Reviews (monitoring records, clause 6.2.1 d and f): the form that records or edits a review
//! of an objective. The reviews panel of the objective's page is `panels::reviews`.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::command::{closing_status, default_next_review};
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{
    Command, CommandError, ObjectiveId, RandomIds, RecordId, Review, ReviewDecision, ReviewResult,
};
use crate::i18n::records::{
    review_decision_help, review_decision_label, review_result_label, REVIEW_DECISIONS,
    REVIEW_RESULTS,
};
use crate::i18n::{self, frequency_label, Msg};
use crate::ui::components::form::{
    date_until, needed, required_text, within, FormErrors, FormField, FormSummary, Problem,
    Problems, Refusal,
};
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldError, FieldKind, TextField};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The fields of the review form that can be refused, in the order they appear (the first
/// with a problem gets the focus).
const DATE: FormField = FormField::new("review-date", Msg::ReviewDate);
const REVIEWER: FormField = FormField::new("review-reviewer", Msg::ReviewReviewer);
const FINDINGS: FormField = FormField::new("review-findings", Msg::ReviewFindings);
const NEXT: FormField = FormField::new("review-next", Msg::MonitoringNextReview);

/// What was typed into the review form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewInput {
    pub date: String,
    pub reviewer: String,
    pub findings: String,
    pub next_review: String,
}

/// The typed values of the form that need reading, once read.
#[derive(Clone, Debug, PartialEq)]
struct ReadReview {
    date: NaiveDate,
    reviewer: String,
    next_review: Option<NaiveDate>,
}

/// The review's date, reviewer and next review date, or every problem found (by field, in
/// form order). A review cannot be dated after `today`.
fn read_review_input(
    input: &ReviewInput,
    today: NaiveDate,
) -> Result<ReadReview, Vec<(FormField, Problem)>> {
    let mut found = Problems::default();
    let date = found.check(
        DATE,
        date_until(&input.date, today, Msg::ErrRecordDateInFuture)
            .and_then(|date| needed(date, Msg::ErrDateRequired)),
    );
    let reviewer = found.check(
        REVIEWER,
        required_text(&input.reviewer, Msg::ErrReviewerEmpty, MAX_SHORT_TEXT),
    );
    found.check(FINDINGS, within(&input.findings, MAX_LONG_TEXT));
    let next = parse_date(&input.next_review)
        .map_err(Problem::from)
        .and_then(|next| match (next, date) {
            (Some(next), Some(date)) if next <= date => {
                Err(Problem::Says(Msg::ErrNextReviewNotAfter))
            }
            _ => Ok(next),
        });
    let next_review = found.check(NEXT, next).flatten();
    found.finish(date.zip(reviewer).map(|(date, reviewer)| ReadReview {
        date,
        reviewer,
        next_review,
    }))
}

/// `#/objectives/<id>/review` (a new review) and `#/objectives/<id>/reviews/<review>` (editing).
#[component]
pub fn ReviewPage(
    objective: ObjectiveId,
    #[prop(optional)] review: Option<RecordId>,
) -> impl IntoView {
    let state = AppState::expect();
    let found = move || {
        state
            .with_objective(objective, |o| {
                review.is_none_or(|wanted| o.reviews.iter().any(|r| r.id == wanted))
            })
            .unwrap_or(false)
    };
    view! {
        <Shown
            when=found
            fallback=move || {
                let missing = if review.is_some() { Msg::ReviewNotFound } else { Msg::ObjectiveNotFound };
                view! {
                    <PageTitle text=t(Msg::NotFoundTitle)/>
                    <p>{t(missing)}</p>
                    <p><a href=Route::Register.href()>{t(Msg::BackToRegister)}</a></p>
                }
            }
        >
            <ReviewForm objective=objective review=review/>
        </Shown>
    }
}

#[component]
fn ReviewForm(objective: ObjectiveId, review: Option<RecordId>) -> impl IntoView {
    let state = AppState::expect();
    let (code, title, responsible, owner) = state
        .workspace
        .with_untracked(|w| {
            w.objective(objective).map(|o| {
                let o = o.clone();
                (o.code, o.title, o.monitoring.responsible, o.owner)
            })
        })
        .unwrap_or_default();
    let existing: Option<Review> = review.and_then(|wanted| {
        state.workspace.with_untracked(|w| {
            w.objective(objective)
                .and_then(|o| o.reviews.iter().find(|r| r.id == wanted).cloned())
        })
    });
    let editing = existing.is_some();
    let initial_reviewer = match &existing {
        Some(review) => review.reviewer.clone(),
        None if responsible.trim().is_empty() => owner,
        None => responsible,
    };
    let date = RwSignal::new(
        existing
            .as_ref()
            .map_or_else(clock::today, |r| r.date)
            .to_string(),
    );
    let reviewer = RwSignal::new(initial_reviewer);
    let result = RwSignal::new(existing.as_ref().map(|r| r.result).unwrap_or_default());
    let findings = RwSignal::new(
        existing
            .as_ref()
            .map(|r| r.findings.clone())
            .unwrap_or_default(),
    );
    let decision = RwSignal::new(existing.as_ref().map(|r| r.decision).unwrap_or_default());
    // `None` while the next review date follows the suggestion from the cadence; an edited
    // review keeps the date it has.
    let next_typed: RwSignal<Option<String>> = RwSignal::new(
        existing
            .as_ref()
            .map(|r| r.next_review.map(|d| d.to_string()).unwrap_or_default()),
    );
    let suggestion = Memo::new(move |_| {
        let date = parse_date(&date.get()).ok().flatten()?;
        let decision = decision.get();
        state
            .with_objective(objective, |o| default_next_review(o, date, decision))
            .flatten()
    });
    let next_shown = Signal::derive(move || {
        next_typed
            .get()
            .unwrap_or_else(|| suggestion.get().map(|d| d.to_string()).unwrap_or_default())
    });
    let next_help = Signal::derive(move || {
        if closing_status(decision.get()).is_some() {
            return state.t(Msg::ReviewNextClosedHelp).to_string();
        }
        let periods = state
            .with_objective(objective, |o| {
                (o.monitoring.frequency, o.updating.review_cadence)
            })
            .unwrap_or_default();
        match periods {
            (Some(frequency), _) => state.tf(
                Msg::ReviewNextFromMonitoring,
                &[("frequency", state.t(frequency_label(frequency)))],
            ),
            (None, Some(cadence)) => state.tf(
                Msg::ReviewNextFromCadence,
                &[("cadence", state.t(frequency_label(cadence)))],
            ),
            (None, None) => state.t(Msg::ReviewNextNoCadence).to_string(),
        }
    });

    let errors = FormErrors::default();
    let refusal: RwSignal<Option<String>> = RwSignal::new(None);

    let review_id = existing.as_ref().map(|r| r.id);
    let code_for_notice = code.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        refusal.set(None);
        let input = ReviewInput {
            date: date.get_untracked(),
            reviewer: reviewer.get_untracked(),
            findings: findings.get_untracked(),
            next_review: next_shown.get_untracked(),
        };
        let ReadReview {
            date,
            reviewer,
            next_review,
        } = match read_review_input(&input, clock::today()) {
            Ok(read) => read,
            Err(found) => return errors.show_problems(found),
        };
        errors.show(Vec::new());
        let record = Review {
            id: review_id.unwrap_or_else(|| RecordId::new(&mut RandomIds)),
            date,
            reviewer,
            result: result.get_untracked(),
            findings: findings.get_untracked(),
            decision: decision.get_untracked(),
            next_review,
        };
        let (command, msg) = if editing {
            (Command::edit(objective, record), Msg::ReviewEditedNotice)
        } else {
            (Command::add(objective, record), Msg::ReviewRecordedNotice)
        };
        let notice = NoticeText::with(msg, &[("code", &code_for_notice)]);
        match state.dispatch_with_notice(command, notice) {
            Ok(_) => state.navigate(Route::Objective(objective)),
            Err(error) => {
                let text = i18n::describe_command_error(state.lang.get_untracked(), &error);
                let field = match error {
                    CommandError::ReviewerEmpty => Some(REVIEWER),
                    CommandError::NextReviewNotAfter => Some(NEXT),
                    _ => None,
                };
                match field {
                    Some(field) => {
                        errors.show(vec![Refusal::new(field.id, t(field.label), text)]);
                    }
                    None => refusal.set(Some(text)),
                }
            }
        }
    };

    let heading = if editing {
        state.tf(Msg::ReviewEditTitle, &[("code", &code), ("title", &title)])
    } else {
        state.tf(Msg::ReviewFormTitle, &[("code", &code), ("title", &title)])
    };
    let reviewer_names = Signal::derive(move || {
        state.workspace.with(|w| {
            let mut names: Vec<String> = w
                .objective(objective)
                .map(|o| vec![o.monitoring.responsible.clone(), o.owner.clone()])
                .unwrap_or_default();
            names.extend(w.owner_names());
            let mut unique: Vec<String> = Vec::new();
            for name in names {
                let name = name.trim().to_string();
                if !name.is_empty() && !unique.contains(&name) {
                    unique.push(name);
                }
            }
            unique
        })
    });
    let result_choices: Vec<(String, String)> = REVIEW_RESULTS
        .iter()
        .map(|r| {
            (
                format!("{r:?}"),
                state.t(review_result_label(*r)).to_string(),
            )
        })
        .collect();
    let decision_choices: Vec<(String, String)> = REVIEW_DECISIONS
        .iter()
        .map(|d| {
            (
                format!("{d:?}"),
                state.t(review_decision_label(*d)).to_string(),
            )
        })
        .collect();
    view! {
        <PageTitle text=heading/>
        <p>{t(Msg::ReviewFormIntro)}</p>
        <form class="panel review-form" on:submit=submit novalidate=true data-testid="review-form">
            <FormSummary errors=errors/>
            <div class="field-grid">
                <TextField
                    id=DATE.id
                    label=t(DATE.label)
                    value=date
                    on_change=errors.input(date, DATE)
                    kind=FieldKind::Date
                    required=true
                    error=errors.at(DATE.id)
                />
                <TextField
                    id=REVIEWER.id
                    label=t(REVIEWER.label)
                    value=reviewer
                    on_change=errors.input(reviewer, REVIEWER)
                    required=true
                    suggestions=reviewer_names
                    error=errors.at(REVIEWER.id)
                />
            </div>
            <ChoiceGroup
                name="review-result"
                legend=t(Msg::ReviewResult)
                choices=result_choices
                selected=Signal::derive(move || format!("{:?}", result.get()))
                on_change=move |value: String| {
                    if let Some(chosen) = REVIEW_RESULTS.iter().copied().find(|r: &ReviewResult| format!("{r:?}") == value) {
                        result.set(chosen);
                    }
                }
            />
            <TextField
                id=FINDINGS.id
                label=t(FINDINGS.label)
                help=t(Msg::ReviewFindingsHelp)
                value=findings
                on_change=errors.input(findings, FINDINGS)
                kind=FieldKind::Multiline
                error=errors.at(FINDINGS.id)
            />
            <ChoiceGroup
                name="review-decision"
                legend=t(Msg::ReviewDecision)
                choices=decision_choices
                selected=Signal::derive(move || format!("{:?}", decision.get()))
                help=Signal::derive(move || state.t(review_decision_help(decision.get())).to_string())
                on_change=move |value: String| {
                    if let Some(chosen) = REVIEW_DECISIONS.iter().copied().find(|d: &ReviewDecision| format!("{d:?}") == value) {
                        decision.set(chosen);
                    }
                }
            />
            <TextField
                id=NEXT.id
                label=t(NEXT.label)
                help=next_help
                value=next_shown
                on_change=Callback::new(move |text: String| {
                    next_typed.set(Some(text));
                    errors.clear(NEXT.id);
                    Ok(())
                })
                kind=FieldKind::Date
                error=errors.at(NEXT.id)
            />
            <FieldError id="review-refusal".to_string() error=refusal/>
            <div class="button-row">
                <button type="submit" class="button button--primary">
                    {t(if editing { Msg::ReviewSaveChanges } else { Msg::ReviewSave })}
                </button>
                <a class="button" href=Route::Objective(objective).href()>{t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}

/// A group of radio buttons with a legend and, optionally, help about the chosen value.
#[component]
fn ChoiceGroup(
    name: &'static str,
    #[prop(into)] legend: String,
    /// (value, label) pairs.
    choices: Vec<(String, String)>,
    #[prop(into)] selected: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] help: MaybeProp<String>,
) -> impl IntoView {
    let help_id = format!("{name}-help");
    let has_help = help.get_untracked().is_some();
    view! {
        <fieldset class="checklist choice-group" aria-describedby=has_help.then(|| help_id.clone())>
            <legend>{legend}</legend>
            {choices
                .into_iter()
                .map(|(value, label)| {
                    let input_id = format!("{name}-{}", value.to_lowercase());
                    let checked_value = value.clone();
                    view! {
                        <div class="checkbox">
                            <input
                                type="radio"
                                name=name
                                id=input_id.clone()
                                value=value.clone()
                                prop:checked=move || selected.get() == checked_value
                                on:change=move |_| on_change.run(value.clone())
                            />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
            {has_help.then(|| view! { <p class="field__help" id=help_id.clone()>{move || help.get()}</p> })}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::panels::reviews::newest_first;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn input(date: &str, reviewer: &str, next: &str) -> ReviewInput {
        ReviewInput {
            date: date.into(),
            reviewer: reviewer.into(),
            findings: String::new(),
            next_review: next.into(),
        }
    }

    #[test]
    fn a_complete_review_reads_with_trimmed_names() {
        let today = date(2026, 11, 24);
        assert_eq!(
            read_review_input(&input("2026-11-24", "  Li Na ", "2026-12-24"), today),
            Ok(ReadReview {
                date: today,
                reviewer: "Li Na".to_string(),
                next_review: Some(date(2026, 12, 24)),
            })
        );
        assert_eq!(
            read_review_input(&input("2026-11-01", "Li Na", ""), today),
            Ok(ReadReview {
                date: date(2026, 11, 1),
                reviewer: "Li Na".to_string(),
                next_review: None,
            })
        );
    }

    #[test]
    fn every_problem_is_reported_against_its_field_in_form_order() {
        let today = date(2026, 11, 24);
        assert_eq!(
            read_review_input(&input("", " ", "soon"), today),
            Err(vec![
                (DATE, Problem::Says(Msg::ErrDateRequired)),
                (REVIEWER, Problem::Says(Msg::ErrReviewerEmpty)),
                (NEXT, Problem::Says(Msg::ErrNotADate)),
            ])
        );
        assert_eq!(
            read_review_input(&input("2026-11-25", "A", ""), today),
            Err(vec![(DATE, Problem::Says(Msg::ErrRecordDateInFuture))])
        );
        assert_eq!(
            read_review_input(&input("2026-11-20", "A", "2026-11-20"), today),
            Err(vec![(NEXT, Problem::Says(Msg::ErrNextReviewNotAfter))])
        );
        let long = "x".repeat(MAX_SHORT_TEXT + 1);
        assert_eq!(
            read_review_input(&input("2026-11-20", &long, ""), today),
            Err(vec![(REVIEWER, Problem::TooLong(MAX_SHORT_TEXT))])
        );
    }

    #[test]
    fn reviews_are_listed_newest_first_and_the_later_record_first_on_the_same_day() {
        let mut ids = crate::domain::ids::SequentialIds::default();
        let review = |ids: &mut crate::domain::ids::SequentialIds, day: NaiveDate| Review {
            id: RecordId::new(ids),
            date: day,
            reviewer: "A".into(),
            result: ReviewResult::OnTrack,
            findings: String::new(),
            decision: ReviewDecision::Continue,
            next_review: None,
        };
        let first = review(&mut ids, date(2026, 3, 1));
        let second = review(&mut ids, date(2026, 6, 1));
        let same_day = review(&mut ids, date(2026, 3, 1));
        let ordered = newest_first(&[first.clone(), second.clone(), same_day.clone()]);
        let ids: Vec<RecordId> = ordered.iter().map(|r| r.id).collect();
        assert_eq!(ids, vec![second.id, same_day.id, first.id]);
    }
}
