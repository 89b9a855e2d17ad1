//! The form kit, shared by every form and wizard step: refusals keyed by field (shown next to
//! the field and listed in an error summary whose entries take the keyboard to their field),
//! focus on the first problem once the page is painted, number and date fields whose text must
//! parse, and the readers forms share (dates, required and bounded texts).

use crate::app::AppState;
use crate::i18n::{self, Lang, Msg};
use crate::ui::components::format::{parse_date, ParseProblem};
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{FieldKind, Icon, IconKind, TextField};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Moves keyboard focus to the element `id` once the browser has painted the current changes
/// (the element may only just have appeared). Does nothing outside the browser.
pub fn focus_after_paint(id: impl Into<String>) {
    let id: String = id.into();
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(move || crate::app::browser::focus_element(&id));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

// ----- reading what was typed -----

/// Why typed text cannot be used: a sentence of its own, or a text over its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Says(Msg),
    TooLong(usize),
}

impl Problem {
    /// The sentence shown next to the field.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Problem::Says(msg) => msg.text(lang).to_string(),
            Problem::TooLong(max) => {
                i18n::format(lang, Msg::ErrTooLong, &[("max", &max.to_string())])
            }
        }
    }
}

impl From<ParseProblem> for Problem {
    fn from(problem: ParseProblem) -> Self {
        Problem::Says(match problem {
            ParseProblem::NotANumber => Msg::ErrNotANumber,
            ParseProblem::NotADate => Msg::ErrNotADate,
        })
    }
}

/// The problems found while reading a form, each with its field, in the form's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Problems<K>(pub Vec<(K, Problem)>);

impl<K> Default for Problems<K> {
    fn default() -> Self {
        Problems(Vec::new())
    }
}

impl<K> Problems<K> {
    /// The value read for `field`, or `None` with the problem noted.
    pub fn check<T>(&mut self, field: K, read: Result<T, Problem>) -> Option<T> {
        read.map_err(|problem| self.0.push((field, problem))).ok()
    }

    /// `value` when nothing was refused; otherwise every problem.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<(K, Problem)>> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

/// A date field: empty is no date; a date after `today` is refused with `future`.
pub fn date_until(text: &str, today: NaiveDate, future: Msg) -> Result<Option<NaiveDate>, Problem> {
    match parse_date(text)? {
        Some(date) if date > today => Err(Problem::Says(future)),
        date => Ok(date),
    }
}

/// A value the form cannot do without: `missing` says so.
pub fn needed<T>(value: Option<T>, missing: Msg) -> Result<T, Problem> {
    value.ok_or(Problem::Says(missing))
}

/// `text` trimmed, refused when longer than `max` characters.
pub fn trimmed_within(text: &str, max: usize) -> Result<String, Problem> {
    within(text.trim(), max).map(str::to_string)
}

/// `text` as typed, refused when longer than `max` characters.
pub fn within(text: &str, max: usize) -> Result<&str, Problem> {
    if text.chars().count() > max {
        Err(Problem::TooLong(max))
    } else {
        Ok(text)
    }
}

/// `text` trimmed, refused with `empty` when nothing is left, or when too long.
pub fn required_text(text: &str, empty: Msg, max: usize) -> Result<String, Problem> {
    trimmed_within(text, max).and_then(|text| {
        if text.is_empty() {
            Err(Problem::Says(empty))
        } else {
            Ok(text)
        }
    })
}

// ----- showing refusals -----

/// A field of a form: its element id (or the part of it that names the field, where one
/// form holds several records) and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormField {
    pub id: &'static str,
    pub label: Msg,
}

impl FormField {
    pub const fn new(id: &'static str, label: Msg) -> Self {
        FormField { id, label }
    }
}

/// A refusal shown at a field: the field's element id, what the field is called, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub id: String,
    pub label: String,
    pub message: String,
}

impl Refusal {
    pub fn new(id: impl Into<String>, label: impl Into<String>, message: String) -> Self {
        Refusal {
            id: id.into(),
            label: label.into(),
            message,
        }
    }

    /// The refusal as a line of an error summary: "Baseline: Enter a number…".
    pub fn line(&self, lang: Lang) -> (String, String) {
        let text = i18n::format(
            lang,
            Msg::EstablishIssue,
            &[("field", &self.label), ("message", &self.message)],
        );
        (self.id.clone(), text)
    }
}

/// The refusals of a form, keyed by the element id of their field.
#[derive(Clone, Copy, Debug)]
pub struct FormErrors(RwSignal<Vec<Refusal>>);

impl Default for FormErrors {
    fn default() -> Self {
        FormErrors(RwSignal::new(Vec::new()))
    }
}

impl FormErrors {
    /// The message shown next to the field `id`, while there is one.
    pub fn at(self, id: impl Into<String>) -> Signal<Option<String>> {
        let id: String = id.into();
        Signal::derive(move || {
            self.0.with(|all| {
                all.iter()
                    .find(|refusal| refusal.id == id)
                    .map(|refusal| refusal.message.clone())
            })
        })
    }

    /// The field `id` was changed: its refusal no longer stands.
    pub fn clear(self, id: &str) {
        self.0
            .try_update(|all| all.retain(|refusal| refusal.id != id));
    }

    /// Something changed that may answer every refusal: none stands any more.
    pub fn clear_all(self) {
        self.0.update(Vec::clear);
    }

    /// Replaces (or adds) the refusal of one field.
    pub fn set(self, refusal: Refusal) {
        self.0.update(|all| {
            all.retain(|known| known.id != refusal.id);
            all.push(refusal);
        });
    }

    /// Shows `found` at their fields (and nothing else), and moves focus to the first.
    pub fn show(self, found: Vec<Refusal>) {
        if let Some(first) = found.first() {
            focus_after_paint(first.id.clone());
        }
        self.0.set(found);
    }

    /// Shows the problems found reading a form, at their fields.
    pub fn show_problems(self, found: Vec<(FormField, Problem)>) {
        self.show_problems_at("", found);
    }

    /// Shows the problems found reading one record of a form whose fields' element ids
    /// start with `prefix`.
    pub fn show_problems_at(self, prefix: &str, found: Vec<(FormField, Problem)>) {
        let lang = AppState::expect().lang.get_untracked();
        self.show(
            found
                .into_iter()
                .map(|(field, problem)| {
                    let id = format!("{prefix}{}", field.id);
                    Refusal::new(id, field.label.text(lang), problem.text(lang))
                })
                .collect(),
        );
    }

    /// A text field's `on_change`: keeps the text in `value` and clears the field's refusal.
    pub fn input(
        self,
        value: RwSignal<String>,
        field: FormField,
    ) -> Callback<String, Result<(), String>> {
        Callback::new(move |text: String| {
            value.set(text);
            self.clear(field.id);
            Ok(())
        })
    }

    /// The element id of the first refusal, if any (not tracked).
    pub fn first(self) -> Option<String> {
        self.0
            .with_untracked(|all| all.first().map(|refusal| refusal.id.clone()))
    }

    /// The refusals as lines of an error summary.
    pub fn lines(self, lang: Lang) -> Vec<(String, String)> {
        self.0
            .with(|all| all.iter().map(|refusal| refusal.line(lang)).collect())
    }

    /// How many refusals are shown.
    pub fn count(self) -> usize {
        self.0.with(Vec::len)
    }
}

/// The refusals of a form or step, above its fields: a title, then one entry per refusal that
/// takes the keyboard to its field. Shown only while there is something to correct.
#[component]
pub fn ErrorSummary(
    #[prop(into)] title: Signal<String>,
    /// (field element id, "Field: message") pairs, in the form's order.
    #[prop(into)]
    lines: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <Shown when=move || !lines.with(Vec::is_empty)>
            <div class="error-summary" role="alert" data-testid="error-summary">
                <p class="error-summary__title">
                    <Icon kind=IconKind::Error/>
                    " "
                    {title}
                </p>
                <ul>
                    {move || {
                        lines
                            .get()
                            .into_iter()
                            .map(|(id, line)| {
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="error-summary__link"
                                            on:click=move |_| focus_after_paint(id.clone())
                                        >
                                            {line}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Shown>
    }
}

/// The error summary of a form ("Nothing was saved: 2 fields need attention."), with its
/// refusals.
#[component]
pub fn FormSummary(errors: FormErrors) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    view! {
        <ErrorSummary
            title=Signal::derive(move || state.tc(Msg::FormProblems, errors.count(), &[]))
            lines=Signal::derive(move || errors.lines(lang))
        />
    }
}

/// A number or date field whose text must parse: text that does not is explained next to the
/// field and noted in `unparsed` (which keeps a step from being left), while the value keeps
/// its last valid state.
#[component]
pub fn ParsedField(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    kind: FieldKind,
    /// Parses the text and stores the value.
    #[prop(into)]
    apply: Callback<String, Result<(), ParseProblem>>,
    /// Where unparsed text is noted.
    unparsed: FormErrors,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional, into)] context: MaybeProp<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let gone_id = id.clone();
    // A field that leaves the screen (a removed KPI) no longer holds the step.
    on_cleanup(move || unparsed.clear(&gone_id));
    let field_id = id.clone();
    let on_change = Callback::new(move |text: String| match apply.run(text) {
        Ok(()) => {
            unparsed.clear(&field_id);
            Ok(())
        }
        Err(problem) => {
            let message = Problem::from(problem).text(AppState::expect().lang.get_untracked());
            let label = label.get_untracked();
            unparsed.set(Refusal::new(field_id.clone(), label, message.clone()));
            Err(message)
        }
    });
    view! {
        <TextField
            id=id
            label=label
            value=value
            on_change=on_change
            kind=kind
            error=error
            context=context
            class=class
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_readers_trim_bound_and_refuse_with_their_own_words() {
        let today = date(2026, 11, 24);
        let future = Msg::ErrRecordDateInFuture;
        assert_eq!(date_until("", today, future), Ok(None));
        assert_eq!(
            date_until("2026-11-24", today, future),
            Ok(Some(date(2026, 11, 24)))
        );
        assert_eq!(
            date_until("2026-11-25", today, future),
            Err(Problem::Says(future))
        );
        assert_eq!(
            date_until("soon", today, future),
            Err(Problem::Says(Msg::ErrNotADate))
        );
        assert_eq!(
            needed(None::<u8>, Msg::ErrDateRequired),
            Err(Problem::Says(Msg::ErrDateRequired))
        );
        assert_eq!(
            required_text(" Li ", Msg::ErrReviewerEmpty, 5),
            Ok("Li".into())
        );
        assert_eq!(
            required_text("  ", Msg::ErrReviewerEmpty, 5),
            Err(Problem::Says(Msg::ErrReviewerEmpty))
        );
        assert_eq!(trimmed_within(" abcdef ", 5), Err(Problem::TooLong(5)));
        assert_eq!(within(" abc ", 5), Ok(" abc "));
    }

    #[test]
    fn problems_are_kept_in_order_and_only_a_clean_read_succeeds() {
        let mut found = Problems::default();
        assert_eq!(found.check("a", Ok::<u8, Problem>(1)), Some(1));
        assert_eq!(found.check("b", Err::<u8, _>(Problem::TooLong(3))), None);
        assert_eq!(
            found.check("c", Err::<u8, _>(Problem::Says(Msg::ErrNotADate))),
            None
        );
        assert_eq!(
            found.clone().finish(Some(())),
            Err(vec![
                ("b", Problem::TooLong(3)),
                ("c", Problem::Says(Msg::ErrNotADate))
            ])
        );
        assert_eq!(Problems::<&str>::default().finish(Some(7)), Ok(7));
    }

    #[test]
    fn every_problem_reads_in_every_language() {
        for &lang in Lang::ALL {
            assert!(!Problem::Says(Msg::ErrNotANumber).text(lang).is_empty());
            assert!(Problem::TooLong(300).text(lang).contains("300"));
        }
    }

    #[test]
    fn the_summary_counts_fields_in_the_plural_form_of_the_language() {
        let title = |lang, n| i18n::format_count(lang, Msg::FormProblems, n, &[]);
        assert_eq!(
            title(Lang::En, 1),
            "Nothing was saved: 1 field needs attention."
        );
        assert_eq!(
            title(Lang::En, 3),
            "Nothing was saved: 3 fields need attention."
        );
        assert_eq!(
            title(Lang::ZhHans, 1),
            "未保存任何内容：有 1 个字段需要处理。"
        );
    }
}
