//! The message catalogue and the functions that turn domain values (levels, errors, undo
//! labels) into sentences in the user's language. Pure Rust, tested natively.

pub mod assess;
mod catalogue;
mod check;
pub mod dashboard;
pub mod example;
pub mod guide;
mod labels;
mod lang;
mod problems;
pub mod records;
pub mod report;
pub mod report_records;
pub mod revision;
pub mod sentence;
pub mod trend;

pub use sentence::kpi_sentence;

pub use catalogue::{CatalogueProblem, Msg, TextGroup};
pub use check::*;
pub use labels::*;
pub use lang::Lang;
pub use problems::*;

use crate::domain::command::{RecordKind, Verb};
use crate::domain::ChangeLabel;

/// Replaces each `{name}` in `template` with its value from `args`. Unknown placeholders are
/// left as they are, so a mistake shows up on screen instead of silently vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `msg` in `lang` with its placeholders filled.
pub fn format(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    fill(msg.text(lang), args)
}

/// `msg` in the plural form `lang` uses for `count` ("1 objective", "2 objectives"), with the
/// placeholder that chooses the form (usually `{count}`) set to `count` and the others filled.
pub fn format_count(lang: Lang, msg: Msg, count: usize, args: &[(&str, &str)]) -> String {
    let count_text = grouped(count as u64);
    let selector = msg.entry(lang).selector().unwrap_or("count");
    let mut all: Vec<(&str, &str)> = Vec::with_capacity(args.len() + 1);
    all.push((selector, &count_text));
    all.extend_from_slice(args);
    fill(msg.for_count(lang, count as u64), &all)
}

/// What an undo step does, as a short phrase ("delete S1").
pub fn describe_change(lang: Lang, label: &ChangeLabel) -> String {
    let code_msg = |msg: Msg, code: &str| format(lang, msg, &[("code", code)]);
    match label {
        ChangeLabel::Organisation => Msg::ChangeOrganisation.text(lang).into(),
        ChangeLabel::PolicyMoved => Msg::ChangePolicyMoved.text(lang).into(),
        ChangeLabel::ObjectiveCreated { code } => code_msg(Msg::ChangeObjectiveCreated, code),
        ChangeLabel::ObjectiveEdited { code } => code_msg(Msg::ChangeObjectiveEdited, code),
        ChangeLabel::ObjectiveMoved { code } => code_msg(Msg::ChangeObjectiveMoved, code),
        ChangeLabel::ObjectiveDeleted { code, count } if *count > 1 => format(
            lang,
            Msg::ChangeObjectivesDeleted,
            &[("code", code), ("more", &(count - 1).to_string())],
        ),
        ChangeLabel::ObjectiveDeleted { code, .. } => code_msg(Msg::ChangeObjectiveDeleted, code),
        ChangeLabel::WorkspaceReplaced => Msg::ChangeWorkspaceReplaced.text(lang).into(),
        ChangeLabel::ThresholdsChanged => Msg::ChangeThresholds.text(lang).into(),
        ChangeLabel::ExerciseFindings => Msg::ExerciseChangeFindings.text(lang).into(),
        ChangeLabel::RevisionRecorded { code } => code_msg(Msg::ChangeRevisionRecorded, code),
        ChangeLabel::RevisionReverted { code } => code_msg(Msg::ChangeRevisionReverted, code),
        ChangeLabel::Record { kind, verb, code } => code_msg(
            record_change(*kind, *verb),
            code.as_deref().unwrap_or_default(),
        ),
    }
}

/// The words of a change to a record: each kind's messages `change-<kind>-added`, `-edited`
/// and `-removed`, with the code of the objective the record belongs to as `{ $code }`.
fn record_change(kind: RecordKind, verb: Verb) -> Msg {
    let [added, edited, removed] = match kind {
        RecordKind::Policy => [
            Msg::ChangePolicyAdded,
            Msg::ChangePolicyEdited,
            Msg::ChangePolicyRemoved,
        ],
        RecordKind::Requirement => [
            Msg::ChangeRequirementAdded,
            Msg::ChangeRequirementEdited,
            Msg::ChangeRequirementRemoved,
        ],
        RecordKind::Kpi => [
            Msg::ChangeKpiAdded,
            Msg::ChangeKpiEdited,
            Msg::ChangeKpiRemoved,
        ],
        RecordKind::Measurement => [
            Msg::ChangeMeasurementAdded,
            Msg::ChangeMeasurementEdited,
            Msg::ChangeMeasurementRemoved,
        ],
        RecordKind::Review => [
            Msg::ChangeReviewAdded,
            Msg::ChangeReviewEdited,
            Msg::ChangeReviewRemoved,
        ],
        RecordKind::Communication => [
            Msg::ChangeCommunicationAdded,
            Msg::ChangeCommunicationEdited,
            Msg::ChangeCommunicationRemoved,
        ],
        RecordKind::PlanAction => [
            Msg::ChangePlanActionAdded,
            Msg::ChangePlanActionEdited,
            Msg::ChangePlanActionRemoved,
        ],
        RecordKind::Assessment => [
            Msg::ChangeAssessmentAdded,
            Msg::ChangeAssessmentEdited,
            Msg::ChangeAssessmentRemoved,
        ],
    };
    match verb {
        Verb::Add => added,
        Verb::Edit => edited,
        Verb::Remove => removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conformity::{Finding, KpiPart};
    use crate::domain::json_read::{ErrorKind, Expected, JsonType, Syntax};
    use crate::domain::model::Level;
    use crate::domain::CommandError;
    use crate::io::envelope::DecodeError;
    use crate::io::import::{FileProblem, MAX_FILE_BYTES};

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        let en = |n| format_count(Lang::En, Msg::HomeLevelCount, n, &[]);
        assert_eq!(en(1), "1 objective");
        assert_eq!(en(0), "0 objectives");
        assert_eq!(en(2), "2 objectives");
        assert_eq!(
            format_count(Lang::ZhHans, Msg::HomeLevelCount, 1, &[]),
            "1 个目标"
        );
    }
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            found.insert(after[..close].to_string());
            rest = &after[close + 1..];
        }
        found
    }

    /// Messages that are the same in both languages on purpose (names and the language switch).
    const SAME_IN_BOTH: &[Msg] = &[Msg::AppName, Msg::KpiNumber];

    #[test]
    fn every_message_is_translated_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let en = msg.text(Lang::En);
            let zh = msg.text(Lang::ZhHans);
            assert!(!en.trim().is_empty(), "{msg:?} has no English text");
            assert!(!zh.trim().is_empty(), "{msg:?} has no Chinese text");
            assert_eq!(
                placeholders(en),
                placeholders(zh),
                "{msg:?} placeholders differ"
            );
            if !SAME_IN_BOTH.contains(&msg) {
                assert_ne!(en, zh, "{msg:?} is not translated");
            }
        }
    }

    #[test]
    fn chinese_texts_are_written_in_chinese() {
        // Chinese characters, or the full-width punctuation of a Chinese template such as "KPI：{list}".
        let has_cjk = |text: &str| {
            text.chars().any(|c| {
                ('\u{4e00}'..='\u{9fff}').contains(&c)
                    || ('\u{3000}'..='\u{303f}').contains(&c)
                    || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
        };
        for &msg in Msg::ALL {
            // "KPI" is the same word in Chinese text, and a percentage is written with the
            // ordinary per cent sign (only without the space English puts before it).
            if SAME_IN_BOTH.contains(&msg)
                || msg == Msg::ColumnKpis
                || msg == Msg::SearchKindKpi
                || msg == Msg::ProgressPercent
            {
                continue;
            }
            assert!(
                has_cjk(msg.text(Lang::ZhHans)),
                "{msg:?} has no Chinese characters"
            );
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("Delete {code}?", &[("code", "S1")]), "Delete S1?");
        assert_eq!(fill("{a}{b}{a}", &[("a", "x"), ("b", "y")]), "xyx");
        assert_eq!(fill("keep {other}", &[("code", "S1")]), "keep {other}");
        assert_eq!(fill("broken {code", &[("code", "S1")]), "broken {code");
        assert_eq!(fill("值 {v} 个", &[("v", "三")]), "值 三 个");
    }

    #[test]
    fn errors_read_as_sentences_in_both_languages() {
        let error = CommandError::LevelAboveParent {
            level: Level::Tactical,
            parent_code: "O1".into(),
            parent_level: Level::Operational,
        };
        assert_eq!(
            describe_command_error(Lang::En, &error),
            "A tactical objective cannot sit below O1, which is operational. Choose another parent first."
        );
        assert!(describe_command_error(Lang::ZhHans, &error)
            .contains("战术性目标不能位于运行性目标 O1 之下"));
        let syntax = DecodeError::Syntax {
            line: 3,
            column: 7,
            problem: ErrorKind::Syntax(Syntax::ExpectedValue),
        };
        assert_eq!(
            describe_decode_error(Lang::En, &syntax),
            ["It is not valid JSON: a value was expected here (line 3, column 7)."]
        );
        assert_eq!(
            describe_decode_error(Lang::ZhHans, &syntax),
            ["不是有效的 JSON：此处应为一个值（第 3 行，第 7 列）。"]
        );
        let wrong = DecodeError::Field {
            path: "workspace.objectives[3].kpis[0].target".into(),
            problem: ErrorKind::WrongType {
                expected: Expected::Number,
                found: JsonType::String,
            },
        };
        assert_eq!(
            describe_decode_error(Lang::En, &wrong),
            ["The field workspace.objectives[3].kpis[0].target is invalid: expected a number, found a string"]
        );
        assert_eq!(
            describe_decode_error(Lang::ZhHans, &wrong),
            ["字段 workspace.objectives[3].kpis[0].target 无效：应为数字，实际为字符串"]
        );
        let date = DecodeError::Field {
            path: "workspace.objectives[0].kpis[0].measurements[0].date".into(),
            problem: ErrorKind::InvalidValue {
                expected: Expected::Date,
                found: "2026-02-30".into(),
            },
        };
        assert!(describe_decode_error(Lang::En, &date)[0]
            .ends_with("is invalid: \"2026-02-30\" is not a date such as 2026-11-24"));
    }

    #[test]
    fn file_problems_say_what_and_where() {
        let large = FileProblem::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
        };
        assert_eq!(
            describe_file_problem(Lang::En, &large),
            ["The file has 67,108,865 bytes; SixTwo imports files of up to 64 MB (67,108,864 bytes)."]
        );
        assert!(describe_file_problem(Lang::ZhHans, &large)[0].contains("67,108,865"));
        assert_eq!(
            describe_file_problem(Lang::En, &FileProblem::Unreadable(DecodeError::Empty)),
            ["The file is empty."]
        );
        let newer = FileProblem::Unreadable(DecodeError::TooNew { version: 2 });
        assert!(describe_file_problem(Lang::En, &newer)[0].contains("schema version 2"));
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
    }

    #[test]
    fn findings_list_what_is_missing_in_each_language() {
        let finding = Finding::KpiIncomplete {
            kpi: "MTTR".into(),
            missing: vec![KpiPart::Unit, KpiPart::TargetDate],
        };
        assert_eq!(
            describe_finding(Lang::En, &finding),
            "No KPI is measurable yet: \"MTTR\" lacks a unit and a target date."
        );
        assert_eq!(
            describe_finding(Lang::ZhHans, &finding),
            "尚无可测量的 KPI：“MTTR”缺少单位和目标日期。"
        );
        let three = Finding::OtherKpiIncomplete {
            kpi: "CSAT".into(),
            missing: vec![KpiPart::Unit, KpiPart::Target, KpiPart::TargetDate],
        };
        assert_eq!(
            describe_finding(Lang::En, &three),
            "Measurable, but KPI \"CSAT\" lacks a unit, a target and a target date."
        );
        assert_eq!(
            describe_finding(Lang::ZhHans, &three),
            "可测量，但 KPI“CSAT”缺少单位、目标值和目标日期。"
        );
    }

    #[test]
    fn every_change_to_every_record_kind_has_words_of_its_own() {
        for lang in [Lang::En, Lang::ZhHans] {
            let mut seen = BTreeSet::new();
            for kind in RecordKind::ALL {
                for verb in Verb::ALL {
                    let label = ChangeLabel::record(kind, verb, Some("S1"));
                    let text = describe_change(lang, &label);
                    assert!(!text.contains('{'), "{kind:?} {verb:?}: {text}");
                    assert!(
                        seen.insert(text.clone()),
                        "{kind:?} {verb:?} repeats {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn deleting_several_objectives_says_how_many() {
        let label = ChangeLabel::ObjectiveDeleted {
            code: "S1".into(),
            count: 4,
        };
        assert_eq!(
            describe_change(Lang::En, &label),
            "delete S1 and 3 below it"
        );
        assert_eq!(
            describe_change(Lang::ZhHans, &label),
            "删除 S1 及其下 3 个目标"
        );
    }
}
