//! Spreadsheet exports: the objectives register (one row per objective with its KPIs) and
//! the action plan (one row per action). UTF-8 with a byte order mark and CRLF line ends, so
//! Excel and LibreOffice open them correctly, Chinese included; every text cell that a
//! spreadsheet would run as a formula is neutralised.

use crate::domain::conformity::target_date;
use crate::domain::model::{ActionStatus, Frequency, Level, ResourceKind, Status, Workspace};
use crate::domain::summary::{kpi_target, number};
use chrono::NaiveDate;

/// The words a spreadsheet shows, in the user's language (the views provide them).
pub struct CsvLabels<'a> {
    pub register_headers: [&'a str; 13],
    pub plan_headers: [&'a str; 13],
    pub level: &'a dyn Fn(Level) -> &'a str,
    pub status: &'a dyn Fn(Status) -> &'a str,
    pub frequency: &'a dyn Fn(Frequency) -> &'a str,
    pub resource_kind: &'a dyn Fn(ResourceKind) -> &'a str,
    pub action_status: &'a dyn Fn(ActionStatus) -> &'a str,
    /// "approved" / "not approved", for resources.
    pub approved: [&'a str; 2],
}

/// A cell of user text, safe to open in a spreadsheet: text that starts like a formula
/// (`=`, `+`, `-`, `@`, or a tab or carriage return) is prefixed with an apostrophe, so it is
/// shown as text instead of being run (OWASP's advice for CSV injection).
pub fn text_cell(text: &str) -> String {
    let starts_like_formula = text
        .trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@'])
        || text.starts_with(['\t', '\r', '\0']);
    if starts_like_formula {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn date_cell(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

/// Quotes a field as RFC 4180 says: when it holds a separator, a quote or a line break.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Writes rows as CSV text with a byte order mark and CRLF line ends.
fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let line: Vec<String> = row.iter().map(|field| quote(field)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The objectives register: one row per objective, its KPIs one per line in one cell.
pub fn register_csv(workspace: &Workspace, labels: &CsvLabels<'_>) -> String {
    let mut rows = vec![labels
        .register_headers
        .iter()
        .map(|h| h.to_string())
        .collect()];
    for objective in &workspace.objectives {
        let parent = objective
            .parent
            .and_then(|p| workspace.objective(p))
            .map(|p| p.code.clone())
            .unwrap_or_default();
        let policy: Vec<&str> = objective
            .policy_links
            .iter()
            .filter_map(|id| workspace.policy_statement(*id))
            .map(|p| p.reference.as_str())
            .collect();
        let requirements: Vec<&str> = objective
            .requirement_links
            .iter()
            .filter_map(|id| workspace.requirement(*id))
            .map(|r| r.reference.as_str())
            .collect();
        let kpis: Vec<String> = objective
            .kpis
            .iter()
            .map(|kpi| {
                // "MTTR: 40 → ≤ 15 minutes, 2027-06-30, Monthly"
                let mut line = format!("{}: ", kpi.name);
                if let Some(baseline) = kpi.baseline {
                    line.push_str(&format!("{} → ", number(baseline)));
                }
                line.push_str(&kpi_target(kpi));
                if let Some(date) = kpi.target_date {
                    line.push_str(&format!(", {date}"));
                }
                if let Some(frequency) = kpi.frequency {
                    line.push_str(&format!(", {}", (labels.frequency)(frequency)));
                }
                line
            })
            .collect();
        rows.push(vec![
            text_cell(&objective.code),
            text_cell(&objective.title),
            (labels.level)(objective.level).to_string(),
            (labels.status)(objective.status).to_string(),
            text_cell(&parent),
            text_cell(&objective.parent_link),
            text_cell(&objective.function),
            text_cell(&objective.owner),
            text_cell(&policy.join(" ")),
            text_cell(&requirements.join(" ")),
            text_cell(&kpis.join("\n")),
            date_cell(target_date(objective)),
            date_cell(objective.updated.date()),
        ]);
    }
    write(&rows)
}

/// The action plan: one row per action, with its objective, resources, dates and how the
/// objective's results are evaluated.
pub fn plan_csv(workspace: &Workspace, labels: &CsvLabels<'_>) -> String {
    let mut rows = vec![labels.plan_headers.iter().map(|h| h.to_string()).collect()];
    for objective in &workspace.objectives {
        let Some(plan) = &objective.plan else {
            continue;
        };
        let evaluation = &plan.evaluation;
        for action in &plan.actions {
            let resources: Vec<String> = action
                .resources
                .iter()
                .map(|r| {
                    let approved = labels.approved[usize::from(!r.approved)];
                    format!(
                        "{}: {} — {} ({approved})",
                        (labels.resource_kind)(r.kind),
                        r.description,
                        r.amount
                    )
                })
                .collect();
            rows.push(vec![
                text_cell(&objective.code),
                text_cell(&objective.title),
                text_cell(&action.what),
                text_cell(&resources.join("\n")),
                text_cell(&action.responsible),
                date_cell(action.start),
                date_cell(action.due),
                (labels.action_status)(action.status).to_string(),
                text_cell(&evaluation.method),
                text_cell(&evaluation.success_criteria),
                text_cell(&evaluation.evaluator),
                date_cell(evaluation.date),
                date_cell(target_date(objective)),
            ]);
        }
    }
    write(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for dangerous in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "  =1+1",
        ] {
            assert!(text_cell(dangerous).starts_with('\''), "{dangerous:?}");
        }
        for safe in ["Cut MTTR", "99.9 %", "S1", "提升客户满意度", ""] {
            assert_eq!(text_cell(safe), safe);
        }
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn output_has_a_byte_order_mark_and_crlf() {
        let text = write(&[
            vec!["a".into(), "b".into()],
            vec!["中文".into(), "x,y".into()],
        ]);
        assert_eq!(text, "\u{feff}a,b\r\n中文,\"x,y\"\r\n");
    }
}
