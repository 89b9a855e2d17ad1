//! A calendar file (iCalendar, RFC 5545) with the dates clause 6.2 work depends on — reviews,
//! measurements (repeating at each KPI's frequency), action due dates and evaluations — so
//! the team's own calendar reminds them without any server.

use crate::domain::model::{Frequency, Kpi, Timestamp, Workspace};
use chrono::NaiveDate;

/// Fills a template's `{name}` placeholders (the views pass `i18n::fill`).
pub type Fill<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> String;

/// The words the events use, in the user's language (the views provide them). Each is a
/// template with `{code}`, `{title}` or `{name}` placeholders, filled by `fill`.
pub struct IcsLabels<'a> {
    /// "Review {code}: {title}"
    pub review: &'a str,
    /// "Measure {name} ({code})"
    pub measurement: &'a str,
    /// "Due: {name} ({code})"
    pub action_due: &'a str,
    /// "Evaluate the results of {code}: {title}"
    pub evaluation: &'a str,
    pub fill: Fill<'a>,
}

/// One day in the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable across exports, so importing again updates events instead of duplicating them.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// Repeats every `Frequency` until the date, if any.
    pub repeat: Option<(Frequency, Option<NaiveDate>)>,
}

/// The next time a KPI is due to be measured — the same date the agenda shows: one period
/// after its latest measurement, or one period after the objective was created (or today, if
/// that is unknown) if it was never measured; today for a KPI without a frequency.
pub fn next_measurement(kpi: &Kpi, created: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    // The start only matters when there is no measurement yet.
    kpi.measurement_due(created.unwrap_or(today))
        .unwrap_or(today)
}

/// Every dated event of `workspace`, in document order.
pub fn calendar_events(
    workspace: &Workspace,
    today: NaiveDate,
    labels: &IcsLabels<'_>,
) -> Vec<CalendarEvent> {
    let mut events = Vec::new();
    for objective in &workspace.objectives {
        if objective.status.is_closed() {
            continue;
        }
        let code = objective.code.as_str();
        let title = objective.title.as_str();
        if let Some(date) = objective.monitoring.next_review {
            events.push(CalendarEvent {
                uid: format!("review-{}@sixtwo", objective.id),
                date,
                summary: (labels.fill)(labels.review, &[("code", code), ("title", title)]),
                description: objective.monitoring.method.clone(),
                repeat: None,
            });
        }
        for kpi in &objective.kpis {
            let Some(frequency) = kpi.frequency else {
                continue;
            };
            events.push(CalendarEvent {
                uid: format!("measure-{}@sixtwo", kpi.id),
                date: next_measurement(kpi, objective.created.date(), today),
                summary: (labels.fill)(labels.measurement, &[("name", &kpi.name), ("code", code)]),
                description: kpi.data_source.clone(),
                repeat: Some((frequency, kpi.target_date)),
            });
        }
        if let Some(plan) = &objective.plan {
            for action in &plan.actions {
                if let Some(due) = action.due {
                    events.push(CalendarEvent {
                        uid: format!("action-{}@sixtwo", action.id),
                        date: due,
                        summary: (labels.fill)(
                            labels.action_due,
                            &[("name", &action.what), ("code", code)],
                        ),
                        description: action.responsible.clone(),
                        repeat: None,
                    });
                }
            }
            if let Some(date) = plan.evaluation.date {
                events.push(CalendarEvent {
                    uid: format!("evaluation-{}@sixtwo", objective.id),
                    date,
                    summary: (labels.fill)(labels.evaluation, &[("code", code), ("title", title)]),
                    description: plan.evaluation.success_criteria.clone(),
                    repeat: None,
                });
            }
        }
    }
    events
}

/// Escapes text for a property value: backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per line, continuing with CRLF and a space, and
/// never splitting a UTF-8 character.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > LIMIT {
            out.push_str("\r\n ");
            // The space that starts a continuation line counts towards its length.
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

fn date_value(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

fn stamp(at: Timestamp) -> String {
    // "2026-11-24T09:30:00Z" → "20261124T093000Z"
    at.to_string().replace(['-', ':'], "")
}

fn rule(frequency: Frequency, until: Option<NaiveDate>) -> String {
    let (freq, interval) = match frequency {
        Frequency::Daily => ("DAILY", 1),
        Frequency::Weekly => ("WEEKLY", 1),
        Frequency::Monthly => ("MONTHLY", 1),
        Frequency::Quarterly => ("MONTHLY", 3),
        Frequency::HalfYearly => ("MONTHLY", 6),
        Frequency::Yearly => ("YEARLY", 1),
    };
    let mut rule = format!("FREQ={freq}");
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    if let Some(until) = until {
        rule.push_str(&format!(";UNTIL={}", date_value(until)));
    }
    rule
}

/// Writes `events` as an iCalendar file (CRLF line ends, folded lines), stamped `now`.
pub fn write_ics(events: &[CalendarEvent], calendar_name: &str, now: Timestamp) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//SixTwo//Clause 6.2 objectives planner//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(calendar_name)),
    ];
    let dtstamp = stamp(now);
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("DTSTAMP:{dtstamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", date_value(event.date)));
        if let Some(end) = event.date.succ_opt() {
            lines.push(format!("DTEND;VALUE=DATE:{}", date_value(end)));
        }
        if let Some((frequency, until)) = event.repeat {
            // A repeat that would end before it starts is left out.
            if until.is_none_or(|until| until >= event.date) {
                lines.push(format!("RRULE:{}", rule(frequency, until)));
            }
        }
        lines.push(format!("SUMMARY:{}", escape_text(&event.summary)));
        if !event.description.trim().is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&event.description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape_text(&event.summary)));
        lines.push("TRIGGER:-P1D".into());
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            escape_text("中文，标点；"),
            "中文，标点；",
            "full-width punctuation is text"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "目标".repeat(40));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold("short"), "short");
    }

    #[test]
    fn repeats_follow_the_frequency() {
        let until = NaiveDate::from_ymd_opt(2027, 6, 30);
        assert_eq!(
            rule(Frequency::Quarterly, until),
            "FREQ=MONTHLY;INTERVAL=3;UNTIL=20270630"
        );
        assert_eq!(rule(Frequency::Weekly, None), "FREQ=WEEKLY");
    }

    #[test]
    fn the_next_measurement_is_one_period_after_the_latest_or_after_creation() {
        use crate::domain::ids::{KpiId, RecordId, SequentialIds};
        use crate::domain::model::Measurement;
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let today = date(2026, 11, 24);
        let mut ids = SequentialIds::default();
        let mut kpi = Kpi::named(KpiId::new(&mut ids), "MTTR");
        kpi.frequency = Some(Frequency::Monthly);
        assert_eq!(
            next_measurement(&kpi, Some(date(2025, 12, 31)), today),
            date(2026, 1, 31),
            "never measured: one period after creation"
        );
        kpi.measurements.push(Measurement {
            id: RecordId::new(&mut ids),
            date: date(2026, 1, 31),
            value: 20.0,
            note: String::new(),
            recorded_by: String::new(),
        });
        assert_eq!(
            next_measurement(&kpi, Some(date(2025, 12, 31)), today),
            date(2026, 2, 28),
            "month ends are clamped"
        );
        assert_eq!(next_measurement(&kpi, None, today), date(2026, 2, 28));
        kpi.measurements.clear();
        assert_eq!(
            next_measurement(&kpi, None, today),
            date(2026, 12, 24),
            "no creation date: one period from today"
        );
        kpi.frequency = None;
        kpi.measurements.clear();
        assert_eq!(
            next_measurement(&kpi, Some(date(2025, 12, 31)), today),
            today
        );
    }
}
