//! The field rules of every record: text lengths, number ranges, dates and the order of pairs
//! of values. One rule set serves both sides: the commands refuse a change with the first
//! problem of the record it writes ([`first_problem`]), and [`super::validate`] lists every
//! problem of stored data and files with its JSON path.
//!
//! Rules that need the rest of the workspace (unique ids and codes, links, parents) live in
//! `validate`; rules that only forms need (a required title, a reviewer's name) stay in the
//! commands.

use super::model::{
    Action, Answer, Approval, Assessment, Communication, CommunicationPlan, Contribution,
    Direction, DocumentControl, Evaluation, EvaluationResult, FunctionNotRelevant,
    ImprovementAction, Kpi, LevelNotRelevant, Measurement, Monitoring, Objective, Organisation,
    Plan, PolicyStatement, Requirement, Resource, Review, Revision, Settings, UpdatePolicy,
};
pub use super::problem::FieldProblem;
use super::problem::{Problem, ProblemKind};
use super::progress::{DEFAULT_AT_RISK_BELOW, DEFAULT_OFF_TRACK_BELOW};
use chrono::{Datelike, NaiveDate};

/// The longest title, reference, name or other one-line text accepted, in characters.
pub const MAX_SHORT_TEXT: usize = 300;
/// The longest free text (descriptions, notes, findings, summaries) accepted, in characters.
pub const MAX_LONG_TEXT: usize = 20_000;
/// The largest size of a KPI's baseline, target, measured value or a roll-up weight, either
/// side of zero: far beyond any real indicator, and small enough that differences, sums and
/// ratios of such values stay finite.
pub const MAX_MAGNITUDE: f64 = 1e15;
/// The earliest year of any date in the workspace.
pub const MIN_YEAR: i32 = 1900;
/// The latest year of any date in the workspace.
pub const MAX_YEAR: i32 = 2999;

/// Turns a field's name into its full path. It is called only when a field has a problem, so
/// checking a sound record builds no text.
pub type At<'a> = &'a dyn Fn(&str) -> String;

/// A record with field rules.
pub trait Rules {
    /// Adds every problem of this record's fields (and of the records inside it) to `found`,
    /// in field order, each at `at(field)`.
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>);
}

/// The first problem of `record`, which refuses the command writing it.
pub fn first_problem(record: &impl Rules) -> Result<(), FieldProblem> {
    let mut found = Vec::new();
    record.check(&|field: &str| field.to_string(), &mut found);
    match found.into_iter().next() {
        Some(Problem {
            kind: ProblemKind::Field(problem),
            ..
        }) => Err(problem),
        _ => Ok(()),
    }
}

/// Every problem of `record`, with paths below `prefix` (such as `objectives[3]`).
pub fn problems_at(record: &impl Rules, prefix: &str, found: &mut Vec<Problem>) {
    record.check(&|field: &str| format!("{prefix}.{field}"), found);
}

/// Whether `text` has more than `max` characters. A text of at most `max` bytes cannot, so
/// most texts are decided without counting.
pub fn too_long(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

/// Whether `date` lies in the years SixTwo accepts.
pub fn date_in_range(date: NaiveDate) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&date.year())
}

/// The problem of a number that must be finite and at most [`MAX_MAGNITUDE`] in size.
pub fn number_problem(value: f64) -> Option<FieldProblem> {
    if !value.is_finite() {
        Some(FieldProblem::NotFinite)
    } else if value.abs() > MAX_MAGNITUDE {
        Some(FieldProblem::TooLarge)
    } else {
        None
    }
}

/// Collects the problems of one record.
struct Checker<'a, 'b> {
    at: At<'a>,
    found: &'b mut Vec<Problem>,
}

impl Checker<'_, '_> {
    fn push(&mut self, field: &str, problem: FieldProblem) {
        self.found.push(Problem {
            path: (self.at)(field),
            kind: ProblemKind::Field(problem),
        });
    }

    fn text(&mut self, field: &str, text: &str, max: usize) {
        if too_long(text, max) {
            self.push(field, FieldProblem::TooLong { max });
        }
    }

    fn short(&mut self, field: &str, text: &str) {
        self.text(field, text, MAX_SHORT_TEXT);
    }

    fn long(&mut self, field: &str, text: &str) {
        self.text(field, text, MAX_LONG_TEXT);
    }

    fn short_list(&mut self, field: &str, texts: &[String]) {
        for (i, text) in texts.iter().enumerate() {
            if too_long(text, MAX_SHORT_TEXT) {
                let max = MAX_SHORT_TEXT;
                self.push(&format!("{field}[{i}]"), FieldProblem::TooLong { max });
            }
        }
    }

    fn number(&mut self, field: &str, value: Option<f64>) {
        if let Some(problem) = value.and_then(number_problem) {
            self.push(field, problem);
        }
    }

    /// A roll-up weight: a number of zero or more (zero leaves the part out).
    fn weight(&mut self, field: &str, value: Option<f64>) {
        match value {
            Some(w) if number_problem(w).is_some() => self.number(field, value),
            Some(w) if w < 0.0 => self.push(field, FieldProblem::WeightNegative),
            _ => {}
        }
    }

    fn date(&mut self, field: &str, date: Option<NaiveDate>) {
        if date.is_some_and(|date| !date_in_range(date)) {
            self.push(field, FieldProblem::DateOutOfRange);
        }
    }

    /// The problems of `record`, which sits at `field`.
    fn record(&mut self, field: &str, record: &impl Rules) {
        let at = self.at;
        record.check(&|inner: &str| at(&format!("{field}.{inner}")), self.found);
    }

    /// The problems of each record of `records`, which sit at `field[i]`.
    fn records<T: Rules>(&mut self, field: &str, records: &[T]) {
        let at = self.at;
        for (i, record) in records.iter().enumerate() {
            record.check(
                &|inner: &str| at(&format!("{field}[{i}].{inner}")),
                self.found,
            );
        }
    }
}

fn checker<'a, 'b>(at: At<'a>, found: &'b mut Vec<Problem>) -> Checker<'a, 'b> {
    Checker { at, found }
}

impl Rules for Organisation {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("name", &self.name);
        c.long("scope", &self.scope);
        c.short_list("functions", &self.functions);
        c.records("functionsNotRelevant", &self.functions_not_relevant);
        c.records("levelsNotRelevant", &self.levels_not_relevant);
        c.record("document", &self.document);
    }
}

impl Rules for FunctionNotRelevant {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("function", &self.function);
        c.long("reason", &self.reason);
    }
}

impl Rules for Assessment {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.date("date", Some(self.date));
        c.short("assessor", &self.assessor);
        c.records("answers", &self.answers);
    }
}

impl Rules for Answer {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.long("note", &self.note);
        c.record("action", &self.action);
    }
}

impl Rules for ImprovementAction {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("what", &self.what);
        c.short("who", &self.who);
        c.date("due", self.due);
    }
}

impl Rules for LevelNotRelevant {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        checker(at, found).long("reason", &self.reason);
    }
}

impl Rules for Approval {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("approvedBy", &self.approved_by);
        c.date("approvedOn", self.approved_on);
    }
}

impl Rules for Contribution {
    /// Which objective it names is a rule of the whole workspace (see `validate`).
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        checker(at, found).weight("weight", self.weight);
    }
}

impl Rules for EvaluationResult {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.date("date", Some(self.date));
        c.long("findings", &self.findings);
    }
}

impl Rules for DocumentControl {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("title", &self.title);
        c.short("version", &self.version);
        c.short("owner", &self.owner);
        c.short("approvedBy", &self.approved_by);
        c.date("approvedOn", self.approved_on);
    }
}

impl Rules for PolicyStatement {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("reference", &self.reference);
        c.long("text", &self.text);
    }
}

impl Rules for Requirement {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("reference", &self.reference);
        c.short("title", &self.title);
        c.long("notes", &self.notes);
    }
}

impl Rules for Kpi {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("name", &self.name);
        c.short("unit", &self.unit);
        c.number("baseline", self.baseline);
        c.number("target", self.target);
        c.number("targetUpper", self.target_upper);
        if self.direction == Direction::Range {
            if let (Some(low), Some(high)) = (self.target, self.target_upper) {
                if low > high {
                    c.push("targetUpper", FieldProblem::RangeInverted);
                }
            }
        }
        c.long("dataSource", &self.data_source);
        c.long("method", &self.method);
        c.date("targetDate", self.target_date);
        c.weight("weight", self.weight);
        c.records("measurements", &self.measurements);
    }
}

impl Rules for Measurement {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.date("date", Some(self.date));
        c.number("value", Some(self.value));
        c.long("note", &self.note);
        c.short("recordedBy", &self.recorded_by);
    }
}

impl Rules for Monitoring {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.long("method", &self.method);
        c.short("responsible", &self.responsible);
        c.date("nextReview", self.next_review);
    }
}

impl Rules for CommunicationPlan {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short_list("audiences", &self.audiences);
        c.short_list("channels", &self.channels);
        c.long("when", &self.when);
        c.short("byWhom", &self.by_whom);
    }
}

impl Rules for UpdatePolicy {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        checker(at, found).date("lastReviewed", self.last_reviewed);
    }
}

impl Rules for Resource {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.long("description", &self.description);
        c.short("amount", &self.amount);
    }
}

impl Rules for Action {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("what", &self.what);
        c.short("responsible", &self.responsible);
        c.date("start", self.start);
        c.date("due", self.due);
        if let (Some(start), Some(due)) = (self.start, self.due) {
            if start > due {
                c.push("due", FieldProblem::DatesInverted);
            }
        }
        c.records("resources", &self.resources);
    }
}

impl Rules for Evaluation {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.long("method", &self.method);
        c.long("successCriteria", &self.success_criteria);
        c.short("evaluator", &self.evaluator);
        c.date("date", self.date);
        if let Some(result) = &self.result {
            c.record("result", result);
        }
    }
}

impl Rules for Plan {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.records("actions", &self.actions);
        c.record("evaluation", &self.evaluation);
        c.record("approval", &self.approval);
    }
}

impl Rules for Review {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.date("date", Some(self.date));
        c.short("reviewer", &self.reviewer);
        c.long("findings", &self.findings);
        c.date("nextReview", self.next_review);
        if self.next_review.is_some_and(|next| next <= self.date) {
            c.push("nextReview", FieldProblem::NextReviewNotAfter);
        }
    }
}

impl Rules for Revision {
    /// The old and new values of each change are the app's own JSON of whole fields (a whole
    /// plan or KPI when one is added or removed): they are bounded by the file size only.
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.long("note", &self.note);
        c.short("approvedBy", &self.approved_by);
        for (i, change) in self.changes.iter().enumerate() {
            c.text(
                &format!("changes[{i}].field"),
                &change.field,
                MAX_SHORT_TEXT,
            );
        }
    }
}

impl Rules for Objective {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.short("title", &self.title);
        c.long("description", &self.description);
        c.long("parentLink", &self.parent_link);
        c.records("contributesTo", &self.contributes_to);
        c.short("function", &self.function);
        c.short("owner", &self.owner);
        c.record("approval", &self.approval);
        if let Some(reason) = &self.no_requirements_reason {
            c.long("noRequirementsReason", reason);
        }
        c.records("kpis", &self.kpis);
        c.weight("weight", self.weight);
        c.record("monitoring", &self.monitoring);
        c.record("communication", &self.communication);
        c.record("updating", &self.updating);
        if let Some(plan) = &self.plan {
            c.record("plan", plan);
        }
        c.records("reviews", &self.reviews);
        c.records("revisions", &self.revisions);
    }
}

impl Rules for Communication {
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        c.date("date", Some(self.date));
        c.short("audience", &self.audience);
        c.short("channel", &self.channel);
        c.short("byWhom", &self.by_whom);
        c.long("summary", &self.summary);
        c.date("acknowledgedOn", self.acknowledged_on);
        if self.acknowledged_on.is_some_and(|on| on < self.date) {
            c.push("acknowledgedOn", FieldProblem::AcknowledgedBefore);
        }
    }
}

impl Rules for Settings {
    /// Thresholds are shares of the expected progress between 0 and 1, and a KPI is at risk
    /// before it is off track: off track below a strictly lower share than at risk. A missing
    /// threshold stands for its default.
    fn check(&self, at: At<'_>, found: &mut Vec<Problem>) {
        let mut c = checker(at, found);
        let mut sound = true;
        for (field, value) in [
            ("atRiskBelow", self.at_risk_below),
            ("offTrackBelow", self.off_track_below),
        ] {
            match value {
                Some(v) if !v.is_finite() => c.push(field, FieldProblem::NotFinite),
                Some(v) if !(0.0..=1.0).contains(&v) => {
                    c.push(field, FieldProblem::ThresholdOutOfRange)
                }
                _ => continue,
            }
            sound = false;
        }
        let at_risk = self.at_risk_below.unwrap_or(DEFAULT_AT_RISK_BELOW);
        let off_track = self.off_track_below.unwrap_or(DEFAULT_OFF_TRACK_BELOW);
        if sound && off_track >= at_risk {
            c.push("offTrackBelow", FieldProblem::ThresholdsInverted);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{KpiId, SequentialIds};

    #[test]
    fn a_sound_record_has_no_problems_and_builds_no_paths() {
        let kpi = Kpi::named(KpiId::new(&mut SequentialIds::default()), "Availability");
        let mut found = Vec::new();
        kpi.check(&|_: &str| panic!("no path is built"), &mut found);
        assert!(found.is_empty());
        assert_eq!(first_problem(&kpi), Ok(()));
    }

    #[test]
    fn nested_problems_carry_their_whole_path_and_the_first_refuses_a_command() {
        let mut kpi = Kpi::named(KpiId::new(&mut SequentialIds::default()), "K");
        kpi.unit = "x".repeat(MAX_SHORT_TEXT + 1);
        kpi.weight = Some(-1.0);
        kpi.measurements.push(Measurement {
            id: crate::domain::RecordId::new(&mut SequentialIds::starting_at(9)),
            date: NaiveDate::from_ymd_opt(3000, 1, 1).unwrap_or_default(),
            value: -2e15,
            note: String::new(),
            recorded_by: String::new(),
        });
        let mut found = Vec::new();
        problems_at(&kpi, "kpis[2]", &mut found);
        let paths: Vec<(&str, FieldProblem)> = found
            .iter()
            .filter_map(|p| match p.kind {
                ProblemKind::Field(problem) => Some((p.path.as_str(), problem)),
                _ => None,
            })
            .collect();
        assert_eq!(
            paths,
            [
                ("kpis[2].unit", FieldProblem::TooLong { max: 300 }),
                ("kpis[2].weight", FieldProblem::WeightNegative),
                ("kpis[2].measurements[0].date", FieldProblem::DateOutOfRange),
                ("kpis[2].measurements[0].value", FieldProblem::TooLarge),
            ]
        );
        assert_eq!(first_problem(&kpi), Err(FieldProblem::TooLong { max: 300 }));
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        assert!(!too_long(&"目".repeat(MAX_SHORT_TEXT), MAX_SHORT_TEXT));
        assert!(too_long(&"目".repeat(MAX_SHORT_TEXT + 1), MAX_SHORT_TEXT));
        assert_eq!(number_problem(MAX_MAGNITUDE), None);
        assert_eq!(
            number_problem(-MAX_MAGNITUDE * 1.01),
            Some(FieldProblem::TooLarge)
        );
        assert_eq!(number_problem(f64::NAN), Some(FieldProblem::NotFinite));
    }

    #[test]
    fn the_fields_of_schema_2_have_their_rules() {
        use crate::domain::model::{Level, Objective, Timestamp};
        use crate::domain::ObjectiveId;
        let mut ids = SequentialIds::default();
        let far = NaiveDate::from_ymd_opt(3000, 1, 1);
        let mut objective = Objective::new(
            ObjectiveId::new(&mut ids),
            "S1",
            "T",
            Level::Strategic,
            Timestamp::default(),
        );
        objective.contributes_to = vec![Contribution {
            objective: ObjectiveId::new(&mut ids),
            weight: Some(-1.0),
        }];
        objective.approval = Approval {
            approved_by: "x".repeat(MAX_SHORT_TEXT + 1),
            approved_on: far,
        };
        objective.plan = Some(Plan {
            approval: Approval {
                approved_by: String::new(),
                approved_on: far,
            },
            evaluation: Evaluation {
                result: Some(EvaluationResult {
                    date: NaiveDate::from_ymd_opt(1800, 1, 1).unwrap_or_default(),
                    criteria_met: true,
                    findings: "x".repeat(MAX_LONG_TEXT + 1),
                }),
                ..Evaluation::default()
            },
            ..Plan::default()
        });
        let organisation = Organisation {
            functions_not_relevant: vec![FunctionNotRelevant {
                function: "x".repeat(MAX_SHORT_TEXT + 1),
                reason: "x".repeat(MAX_LONG_TEXT + 1),
            }],
            levels_not_relevant: vec![LevelNotRelevant {
                level: Level::Tactical,
                reason: "x".repeat(MAX_LONG_TEXT + 1),
            }],
            ..Organisation::default()
        };
        let mut found = Vec::new();
        problems_at(&objective, "objectives[0]", &mut found);
        problems_at(&organisation, "organisation", &mut found);
        let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "objectives[0].contributesTo[0].weight",
                "objectives[0].approval.approvedBy",
                "objectives[0].approval.approvedOn",
                "objectives[0].plan.evaluation.result.date",
                "objectives[0].plan.evaluation.result.findings",
                "objectives[0].plan.approval.approvedOn",
                "organisation.functionsNotRelevant[0].function",
                "organisation.functionsNotRelevant[0].reason",
                "organisation.levelsNotRelevant[0].reason",
            ]
        );
    }
}
