//! Taking a self-assessment: one page of fieldsets, one per question, each with what to look
//! for, the evidence this workspace holds and the answer it proposes, a radio group of the
//! four levels and "not applicable" (native radios: arrow keys move within a question, Tab
//! from one question to the next), a note (the reason, required for "not applicable") and,
//! for an answer below "fully", the improvement action (what, who, by when). Saving records
//! the assessment as one undoable change and opens its result.

use crate::app::state::NoticeText;
use crate::app::{clock, AppState, Route};
use crate::domain::assess::{evidence, info, needs_action, slug, Evidence, Kind};
use crate::domain::validate::{MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::{
    Answer, AnswerLevel, Assessment, Command, ImprovementAction, Question, RandomIds, RecordId,
    TopLevel,
};
use crate::i18n::assess::{answer_level_label, describe_fact, question_words};
use crate::i18n::{self, Msg};
use crate::ui::components::form::{
    date_until, needed, trimmed_within, within, FormErrors, FormField, FormSummary, Problem,
    Problems, Refusal,
};
use crate::ui::components::format::parse_date;
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, FieldError, FieldKind, TextField};
use leptos::prelude::*;

const DATE: FormField = FormField::new("assess-date", Msg::AssessDate);
const ASSESSOR: FormField = FormField::new("assess-assessor", Msg::AssessAssessor);

/// What is typed for one question.
#[derive(Clone, Copy)]
struct QuestionInput {
    question: Question,
    level: RwSignal<Option<AnswerLevel>>,
    note: RwSignal<String>,
    what: RwSignal<String>,
    who: RwSignal<String>,
    due: RwSignal<String>,
    /// The question's suggested action, in the interface's language.
    suggestion: &'static str,
}

impl QuestionInput {
    fn new(state: AppState, question: Question) -> Self {
        let (_, _, suggested) = question_words(question);
        QuestionInput {
            question,
            suggestion: state.t(suggested),
            level: RwSignal::new(None),
            note: RwSignal::new(String::new()),
            what: RwSignal::new(String::new()),
            who: RwSignal::new(String::new()),
            due: RwSignal::new(String::new()),
        }
    }

    /// The element id of one of this question's fields.
    fn dom_id(self, part: &str) -> String {
        format!("assess-{}-{part}", slug(self.question))
    }

    /// Sets the answer; an answer that calls for an action starts with the question's
    /// suggested action, unless one is written already.
    fn choose(self, level: AnswerLevel) {
        self.level.set(Some(level));
        if needs_action(level) && self.what.with_untracked(|w| w.trim().is_empty()) {
            self.what.set(self.suggestion.to_string());
        }
    }
}

/// The answer typed for `input`, or the problems found, each with its element id.
fn read_answer(input: QuestionInput) -> Result<Option<Answer>, Vec<(String, Problem)>> {
    let Some(level) = input.level.get_untracked() else {
        return Ok(None);
    };
    let mut found: Problems<String> = Problems::default();
    let note = input.note.get_untracked();
    let note = if level == AnswerLevel::NotApplicable {
        found.check(
            input.dom_id("note"),
            trimmed_within(&note, MAX_LONG_TEXT).and_then(|note| {
                needed(
                    (!note.is_empty()).then_some(note),
                    Msg::ErrNotApplicableReasonEmpty,
                )
            }),
        )
    } else {
        found.check(input.dom_id("note"), trimmed_within(&note, MAX_LONG_TEXT))
    };
    let action = if needs_action(level) {
        let what = found.check(
            input.dom_id("what"),
            trimmed_within(&input.what.get_untracked(), MAX_SHORT_TEXT),
        );
        let who = found.check(
            input.dom_id("who"),
            trimmed_within(&input.who.get_untracked(), MAX_SHORT_TEXT),
        );
        let due = found.check(
            input.dom_id("due"),
            parse_date(&input.due.get_untracked()).map_err(Problem::from),
        );
        match (what, who, due) {
            (Some(what), Some(who), Some(due)) => Some(ImprovementAction {
                what,
                who,
                due,
                added_to: None,
            }),
            _ => None,
        }
    } else {
        Some(ImprovementAction::default())
    };
    found.finish(note.zip(action)).map(|(note, action)| {
        Some(Answer {
            question: input.question,
            level,
            note,
            action,
        })
    })
}

#[component]
pub fn AssessFormPage() -> impl IntoView {
    let state = AppState::expect();
    let today = clock::today();
    let found: Vec<Evidence> = state.workspace.with_untracked(|w| evidence(w, today));
    let inputs: Vec<QuestionInput> = Question::ALL
        .into_iter()
        .map(|question| QuestionInput::new(state, question))
        .collect();
    let date = RwSignal::new(today.to_string());
    let assessor = RwSignal::new(String::new());
    let errors = FormErrors::default();
    let refusal: RwSignal<Option<String>> = RwSignal::new(None);

    let all = inputs.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        refusal.set(None);
        let lang = state.lang.get_untracked();
        let mut problems: Vec<Refusal> = Vec::new();
        let mut head: Problems<FormField> = Problems::default();
        let on = head.check(
            DATE,
            date_until(
                &date.get_untracked(),
                clock::today(),
                Msg::ErrRecordDateInFuture,
            )
            .and_then(|d| needed(d, Msg::ErrDateRequired)),
        );
        let by = head.check(
            ASSESSOR,
            within(assessor.get_untracked().trim(), MAX_SHORT_TEXT).map(str::to_string),
        );
        for (field, problem) in head.0 {
            problems.push(Refusal::new(
                field.id,
                field.label.text(lang),
                problem.text(lang),
            ));
        }
        let mut answers = Vec::new();
        for (number, input) in all.iter().enumerate() {
            match read_answer(*input) {
                Ok(answer) => answers.extend(answer),
                Err(found) => {
                    let label = question_label(lang, number, input.question);
                    for (id, problem) in found {
                        problems.push(Refusal::new(id, label.clone(), problem.text(lang)));
                    }
                }
            }
        }
        let (Some(on), Some(by), true) = (on, by, problems.is_empty()) else {
            return errors.show(problems);
        };
        errors.show(Vec::new());
        let assessment = Assessment {
            id: RecordId::new(&mut RandomIds),
            date: on,
            assessor: by,
            answers,
        };
        let id = assessment.id;
        let text = NoticeText::with(Msg::AssessSaved, &[("date", &on.to_string())]);
        match state.dispatch_with_notice(Command::add(TopLevel, assessment), text) {
            Ok(_) => state.navigate(Route::AssessResult(id)),
            Err(error) => refusal.set(Some(i18n::describe_command_error(lang, &error))),
        }
    };

    let questions = inputs
        .into_iter()
        .zip(found)
        .enumerate()
        .map(|(number, (input, evidence))| {
            view! { <QuestionFieldset number=number input=input evidence=evidence errors=errors/> }
        })
        .collect_view();
    view! {
        <PageTitle text=t(Msg::AssessNewTitle)/>
        <p class="lead">{t(Msg::AssessIntro)}</p>
        <form class="assess-form" on:submit=submit novalidate=true data-testid="assess-form">
            <FormSummary errors=errors/>
            <div class="field-grid panel">
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
                    id=ASSESSOR.id
                    label=t(ASSESSOR.label)
                    value=assessor
                    on_change=errors.input(assessor, ASSESSOR)
                    error=errors.at(ASSESSOR.id)
                />
            </div>
            {questions}
            <FieldError id="assess-refusal".to_string() error=refusal/>
            <div class="button-row">
                <button type="submit" class="button button--primary">{t(Msg::AssessSave)}</button>
                <a class="button" href=Route::Assess.href()>{t(Msg::Cancel)}</a>
            </div>
        </form>
    }
}

/// "3. 6.2.1 b) Is each objective measurable…?"
fn question_label(lang: crate::i18n::Lang, number: usize, question: Question) -> String {
    let (words, _, _) = question_words(question);
    i18n::format(
        lang,
        Msg::AssessQuestionLegend,
        &[
            ("number", &(number + 1).to_string()),
            ("clause", info(question).clause),
            ("question", words.text(lang)),
        ],
    )
}

#[component]
fn QuestionFieldset(
    number: usize,
    input: QuestionInput,
    evidence: Evidence,
    errors: FormErrors,
) -> impl IntoView {
    let state = AppState::expect();
    let question = input.question;
    let (_, look_for, _) = question_words(question);
    let kind = match info(question).kind {
        Kind::Required => Msg::AssessKindRequired,
        Kind::GoodPractice => Msg::AssessKindPractice,
    };
    let lang = state.lang.get_untracked();
    let legend = question_label(lang, number, question);
    let facts = if evidence.facts.is_empty() {
        view! { <p>{t(Msg::AssessNoEvidence)}</p> }.into_any()
    } else {
        let items = evidence
            .facts
            .iter()
            .map(|fact| view! { <li>{describe_fact(lang, fact)}</li> })
            .collect_view();
        view! { <ul class="assess-facts">{items}</ul> }.into_any()
    };
    let proposal = evidence.proposal.map(|level| {
        view! {
            <p class="assess-proposal">
                <span>{state.tf(Msg::AssessProposal, &[("level", t(answer_level_label(level)))])}</span>
                " "
                <button
                    type="button"
                    class="button button--small"
                    data-testid=format!("assess-use-{}", slug(question))
                    on:click=move |_| input.choose(level)
                >
                    {t(Msg::AssessUseProposal)}
                    <span class="visually-hidden">" " {format!("({})", number + 1)}</span>
                </button>
            </p>
        }
    });
    let levels = AnswerLevel::SCALE
        .into_iter()
        .chain([AnswerLevel::NotApplicable])
        .map(|level| {
            let id = input.dom_id(&format!("level-{}", level_slug(level)));
            let label_for = id.clone();
            view! {
                <label class="assess-level" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=input.dom_id("level")
                        prop:checked=move || input.level.get() == Some(level)
                        on:change=move |_| input.choose(level)
                    />
                    " "
                    {t(answer_level_label(level))}
                </label>
            }
        })
        .collect_view();
    let not_applicable = move || input.level.get() == Some(AnswerLevel::NotApplicable);
    let note_label = Signal::derive(move || {
        state
            .t(if not_applicable() {
                Msg::AssessReason
            } else {
                Msg::AssessNote
            })
            .to_string()
    });
    let field_error = move |part: &str| errors.at(input.dom_id(part));
    let clear = move |value: RwSignal<String>, part: &'static str| {
        Callback::new(move |text: String| {
            value.set(text);
            errors.clear(&input.dom_id(part));
            Ok(())
        })
    };
    let context = format!("({})", number + 1);
    let action_context = context.clone();
    view! {
        <fieldset class="panel assess-question" id=input.dom_id("question") data-testid=format!("assess-question-{}", slug(question))>
            <legend>{legend}</legend>
            <p class=match info(question).kind { Kind::Required => "assess-kind", Kind::GoodPractice => "assess-kind assess-kind--practice" }>
                {t(kind)}
            </p>
            <p class="assess-sub">{t(Msg::AssessLookFor)}</p>
            <p>{t(look_for)}</p>
            <p class="assess-sub">{t(Msg::AssessInWorkspace)}</p>
            {facts}
            {proposal}
            <fieldset class="assess-levels">
                <legend>{t(Msg::AssessColAnswer)}</legend>
                {levels}
            </fieldset>
            <TextField
                id=input.dom_id("note")
                label=note_label
                value=input.note
                on_change=clear(input.note, "note")
                kind=FieldKind::Multiline
                context=context
                error=field_error("note")
            />
            <Shown when=move || input.level.get().is_some_and(needs_action)>
                <div class="assess-action">
                    <p class="assess-sub">{t(Msg::AssessActionHeading)}</p>
                    <div class="field-grid">
                        <TextField
                            id=input.dom_id("what")
                            label=t(Msg::AssessActionWhat)
                            value=input.what
                            on_change=clear(input.what, "what")
                            context=action_context.clone()
                            error=field_error("what")
                        />
                        <TextField
                            id=input.dom_id("who")
                            label=t(Msg::AssessActionWho)
                            value=input.who
                            on_change=clear(input.who, "who")
                            context=action_context.clone()
                            error=field_error("who")
                        />
                        <TextField
                            id=input.dom_id("due")
                            label=t(Msg::AssessActionWhen)
                            value=input.due
                            on_change=clear(input.due, "due")
                            kind=FieldKind::Date
                            context=action_context.clone()
                            error=field_error("due")
                        />
                    </div>
                </div>
            </Shown>
        </fieldset>
    }
}

fn level_slug(level: AnswerLevel) -> &'static str {
    match level {
        AnswerLevel::NotInPlace => "not-in-place",
        AnswerLevel::Partly => "partly",
        AnswerLevel::Largely => "largely",
        AnswerLevel::Fully => "fully",
        AnswerLevel::NotApplicable => "not-applicable",
    }
}
