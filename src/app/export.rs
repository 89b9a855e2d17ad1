//! What each export file is — its name, media type and contents — built from the workspace
//! with the pure writers of `io` and the words of the chosen language. Nothing here touches
//! the browser or changes the workspace.

use crate::domain::model::{ActionStatus, Frequency, Level, ResourceKind, Status};
use crate::domain::{Timestamp, Workspace};
use crate::i18n::{
    self, action_status_label, fill, frequency_label, level_label, resource_kind_label,
    status_label, Lang, Msg,
};
use crate::io::csv::{plan_csv, register_csv, CsvLabels};
use crate::io::envelope::encode_export;
use crate::io::ics::{calendar_events, write_ics, IcsLabels};
use crate::io::import::export_file_name;
use chrono::NaiveDate;

/// The four files the Data page offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The whole workspace in the versioned envelope (the only export that counts as a backup).
    Workspace,
    /// The objectives register, one row per objective.
    Register,
    /// The action plan, one row per action.
    Plan,
    /// Review, measurement, action due and evaluation dates.
    Calendar,
}

/// A file ready to be offered for download.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportFile {
    pub name: String,
    pub mime: &'static str,
    pub contents: String,
}

/// The whole workspace as JSON (the backup): what the backup reminder offers, and the
/// [`ExportKind::Workspace`] file. Kept apart from [`export_file`] so the spreadsheet and
/// calendar writers are reached only from the Data page, whose code is fetched when it opens
/// (the first download's size).
pub fn backup_file(workspace: &Workspace, now: Timestamp, today: NaiveDate) -> ExportFile {
    ExportFile {
        name: export_file_name(workspace.organisation.name.as_str(), today, "json"),
        mime: "application/json",
        contents: encode_export(workspace, now),
    }
}

/// Builds the `kind` file of `workspace` in `lang`, exported at `now` on the local date `today`.
pub fn export_file(
    kind: ExportKind,
    workspace: &Workspace,
    lang: Lang,
    now: Timestamp,
    today: NaiveDate,
) -> ExportFile {
    let organisation = workspace.organisation.name.as_str();
    match kind {
        ExportKind::Workspace => backup_file(workspace, now, today),
        ExportKind::Register => ExportFile {
            name: named("register", export_file_name(organisation, today, "csv")),
            mime: "text/csv;charset=utf-8",
            contents: with_csv_labels(lang, |labels| register_csv(workspace, labels)),
        },
        ExportKind::Plan => ExportFile {
            name: named("plan", export_file_name(organisation, today, "csv")),
            mime: "text/csv;charset=utf-8",
            contents: with_csv_labels(lang, |labels| plan_csv(workspace, labels)),
        },
        ExportKind::Calendar => {
            let labels = IcsLabels {
                review: Msg::IcsReview.text(lang),
                measurement: Msg::IcsMeasurement.text(lang),
                action_due: Msg::IcsActionDue.text(lang),
                evaluation: Msg::IcsEvaluation.text(lang),
                fill: &fill,
            };
            let events = calendar_events(workspace, today, &labels);
            let calendar_name = if organisation.trim().is_empty() {
                Msg::AppName.text(lang).to_string()
            } else {
                i18n::format(
                    lang,
                    Msg::IcsCalendarName,
                    &[("organisation", organisation.trim())],
                )
            };
            ExportFile {
                name: named("calendar", export_file_name(organisation, today, "ics")),
                mime: "text/calendar;charset=utf-8",
                contents: write_ics(&events, &calendar_name, now),
            }
        }
    }
}

/// The file name of a `kind` export of the workspace named `workspace` (the name its user gave
/// it on the Workspaces page): "sixtwo-<workspace>-<date>.json", with what the file holds
/// after the prefix as in [`export_file`].
pub fn workspace_file_name(kind: ExportKind, workspace: &str, today: NaiveDate) -> String {
    match kind {
        ExportKind::Workspace => export_file_name(workspace, today, "json"),
        ExportKind::Register => named("register", export_file_name(workspace, today, "csv")),
        ExportKind::Plan => named("plan", export_file_name(workspace, today, "csv")),
        ExportKind::Calendar => named("calendar", export_file_name(workspace, today, "ics")),
    }
}

/// Puts what the file holds after the app's prefix ("sixtwo-register-acme-2026-11-24.csv"),
/// so the two spreadsheets of one day have different names.
fn named(what: &str, file_name: String) -> String {
    match file_name.strip_prefix("sixtwo-") {
        Some(rest) => format!("sixtwo-{what}-{rest}"),
        None => format!("{what}-{file_name}"),
    }
}

/// Runs `write` with the spreadsheet's words in `lang`.
fn with_csv_labels<R>(lang: Lang, write: impl FnOnce(&CsvLabels<'_>) -> R) -> R {
    let text = |msg: Msg| msg.text(lang);
    let level = move |level: Level| level_label(level).text(lang);
    let status = move |status: Status| status_label(status).text(lang);
    let frequency = move |frequency: Frequency| frequency_label(frequency).text(lang);
    let resource_kind = move |kind: ResourceKind| resource_kind_label(kind).text(lang);
    let action_status = move |status: ActionStatus| action_status_label(status).text(lang);
    let labels = CsvLabels {
        register_headers: [
            text(Msg::ColumnCode),
            text(Msg::ColumnTitle),
            text(Msg::ColumnLevel),
            text(Msg::ColumnStatus),
            text(Msg::CsvParentCode),
            text(Msg::FieldParentLink),
            text(Msg::ColumnFunction),
            text(Msg::ColumnOwner),
            text(Msg::CsvPolicyStatements),
            text(Msg::CsvRequirements),
            text(Msg::ColumnKpis),
            text(Msg::KpiTargetDate),
            text(Msg::ColumnUpdated),
        ],
        plan_headers: [
            text(Msg::CsvObjectiveCode),
            text(Msg::CsvObjectiveTitle),
            text(Msg::ActionWhat),
            text(Msg::CsvResources),
            text(Msg::ActionResponsible),
            text(Msg::ActionStart),
            text(Msg::ActionDue),
            text(Msg::ActionStatusLabel),
            text(Msg::CsvEvaluationMethod),
            text(Msg::EvalCriteria),
            text(Msg::EvalEvaluator),
            text(Msg::CsvEvaluationDate),
            text(Msg::KpiTargetDate),
        ],
        level: &level,
        status: &status,
        frequency: &frequency,
        resource_kind: &resource_kind,
        action_status: &action_status,
        approved: [text(Msg::CsvApproved), text(Msg::CsvNotApproved)],
    };
    write(&labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_workspace;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn example(lang: Lang) -> Workspace {
        example_workspace(lang.example_language(), today())
    }

    fn file(kind: ExportKind, workspace: &Workspace, lang: Lang) -> ExportFile {
        export_file(
            kind,
            workspace,
            lang,
            Timestamp::from_unix_seconds(1_764_000_000),
            today(),
        )
    }

    #[test]
    fn the_backup_is_the_workspace_export() {
        let workspace = example(Lang::ZhHans);
        let now = Timestamp::from_unix_seconds(1_764_000_000);
        assert_eq!(
            backup_file(&workspace, now, today()),
            file(ExportKind::Workspace, &workspace, Lang::ZhHans)
        );
    }

    #[test]
    fn each_file_is_named_after_the_organisation_what_it_holds_and_the_date() {
        let workspace = example(Lang::En);
        let names: Vec<String> = [
            ExportKind::Workspace,
            ExportKind::Register,
            ExportKind::Plan,
            ExportKind::Calendar,
        ]
        .into_iter()
        .map(|kind| file(kind, &workspace, Lang::En).name)
        .collect();
        assert_eq!(
            names,
            [
                "sixtwo-example-it-services-ltd-2026-11-24.json",
                "sixtwo-register-example-it-services-ltd-2026-11-24.csv",
                "sixtwo-plan-example-it-services-ltd-2026-11-24.csv",
                "sixtwo-calendar-example-it-services-ltd-2026-11-24.ics",
            ]
        );
        let unnamed = Workspace::default();
        assert_eq!(
            file(ExportKind::Register, &unnamed, Lang::En).name,
            "sixtwo-register-workspace-2026-11-24.csv"
        );
    }

    #[test]
    fn the_workspace_file_is_the_export_envelope() {
        let workspace = example(Lang::En);
        let json = file(ExportKind::Workspace, &workspace, Lang::En);
        assert_eq!(json.mime, "application/json");
        let decoded = crate::io::envelope::decode(&json.contents).expect("readable");
        assert_eq!(decoded.workspace, workspace);
        assert_eq!(
            decoded.exported_at,
            Some(Timestamp::from_unix_seconds(1_764_000_000))
        );
    }

    #[test]
    fn spreadsheets_speak_the_chosen_language() {
        let workspace = example(Lang::ZhHans);
        let register = file(ExportKind::Register, &workspace, Lang::ZhHans);
        assert!(register
            .contents
            .starts_with("\u{feff}代码,标题,层级,状态,上级目标代码,"));
        assert!(register.contents.contains("提升全球市场竞争力"));
        let plan = file(ExportKind::Plan, &workspace, Lang::En);
        assert!(plan
            .contents
            .starts_with("\u{feff}Objective code,Objective,What will be done,Resources,"));
        assert!(plan.contents.contains("(approved)") || plan.contents.contains("(not approved)"));
        assert_eq!(plan.mime, "text/csv;charset=utf-8");
    }

    #[test]
    fn the_calendar_is_named_after_the_organisation() {
        let workspace = example(Lang::En);
        let calendar = file(ExportKind::Calendar, &workspace, Lang::En);
        assert!(calendar
            .contents
            .contains("X-WR-CALNAME:Example IT Services Ltd.: service management objectives"));
        assert!(calendar.contents.contains("SUMMARY:Review S1: "));
        let empty = file(ExportKind::Calendar, &Workspace::default(), Lang::ZhHans);
        assert!(empty.contents.contains("X-WR-CALNAME:SixTwo\r\n"));
        assert!(!empty.contents.contains("BEGIN:VEVENT"));
    }
}
