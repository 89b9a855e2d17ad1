//! The words of a KPI's trend: the chart's accessible name and one-line summary, the short
//! text that stands beside each sparkline, and values with their unit, in the user's language.

use super::{format, Lang, Msg};
use crate::domain::model::{Direction, Kpi};
use crate::domain::progress::meets_target;
use crate::domain::summary::{kpi_target, number};
use crate::domain::trend::{Trend, TrendSummary};

pub fn trend_label(trend: Trend) -> Msg {
    match trend {
        Trend::Improving => Msg::TrendImproving,
        Trend::Worsening => Msg::TrendWorsening,
        Trend::Steady => Msg::TrendSteady,
        Trend::Rising => Msg::TrendRising,
        Trend::Falling => Msg::TrendFalling,
    }
}

/// "22 min", or "22" without a unit.
pub fn value_with_unit(kpi: &Kpi, value: f64) -> String {
    let unit = kpi.unit.trim();
    if unit.is_empty() {
        number(value)
    } else {
        format!("{} {unit}", number(value))
    }
}

/// A measured value as it reads: "22 min", or for a milestone "achieved" / "not yet achieved".
pub fn value_text(lang: Lang, kpi: &Kpi, value: f64) -> String {
    if kpi.direction != Direction::Milestone {
        return value_with_unit(kpi, value);
    }
    match meets_target(kpi, value) {
        Some(true) => Msg::MilestoneAchieved.text(lang).to_string(),
        _ => Msg::MilestoneNotYet.text(lang).to_string(),
    }
}

/// The KPI's name for the chart's headline texts ("Trend of MTTR").
pub fn chart_name(lang: Lang, kpi: &Kpi) -> String {
    format(lang, Msg::TrendChartName, &[("name", kpi.name.trim())])
}

/// Where the latest value stands against the target, as a sentence.
fn target_sentence(lang: Lang, kpi: &Kpi, summary: &TrendSummary) -> String {
    if kpi.direction == Direction::Milestone {
        let msg = match summary.meets_target {
            Some(true) => Msg::TrendMilestoneAchieved,
            _ => Msg::TrendMilestoneNotYet,
        };
        return msg.text(lang).to_string();
    }
    let target = kpi_target(kpi);
    match (summary.meets_target, summary.gap) {
        (Some(true), _) => format(lang, Msg::TrendTargetMet, &[("target", &target)]),
        (Some(false), Some(gap)) => format(
            lang,
            Msg::TrendTargetGap,
            &[("target", &target), ("gap", &value_with_unit(kpi, gap))],
        ),
        _ => Msg::TrendNoTarget.text(lang).to_string(),
    }
}

/// The chart's one-line summary: how many measurements over which dates, which way the KPI
/// went, and where the latest value stands against the target.
pub fn describe_trend(lang: Lang, kpi: &Kpi, summary: &TrendSummary) -> String {
    let value = value_text(lang, kpi, summary.latest_value);
    let target = target_sentence(lang, kpi, summary);
    match summary.trend {
        None => format(
            lang,
            Msg::TrendSummaryOne,
            &[
                ("date", &summary.latest_date.to_string()),
                ("value", &value),
                ("target", &target),
            ],
        ),
        Some(trend) => format(
            lang,
            Msg::TrendSummaryMany,
            &[
                ("count", &summary.count.to_string()),
                ("first", &summary.first_date.to_string()),
                ("last", &summary.latest_date.to_string()),
                ("trend", trend_label(trend).text(lang)),
                ("first_value", &value_text(lang, kpi, summary.first_value)),
                ("value", &value),
                ("target", &target),
            ],
        ),
    }
}

/// The text that says what a sparkline shows ("MTTR: improving, latest 22 min").
pub fn sparkline_text(lang: Lang, kpi: &Kpi, summary: &TrendSummary) -> String {
    let name = kpi.name.trim();
    let value = value_text(lang, kpi, summary.latest_value);
    match summary.trend {
        None => format(
            lang,
            Msg::SparklineOne,
            &[("name", name), ("value", &value)],
        ),
        Some(trend) => format(
            lang,
            Msg::SparklineText,
            &[
                ("name", name),
                ("trend", trend_label(trend).text(lang)),
                ("value", &value),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Direction, Measurement};
    use crate::domain::trend::summarise;
    use crate::domain::{KpiId, RecordId};
    use chrono::NaiveDate;

    fn mttr(values: &[(u32, f64)]) -> Kpi {
        let mut ids = SequentialIds::default();
        Kpi {
            unit: "min".into(),
            direction: Direction::LowerIsBetter,
            target: Some(15.0),
            baseline: Some(40.0),
            measurements: values
                .iter()
                .map(|(month, value)| Measurement {
                    id: RecordId::new(&mut ids),
                    date: NaiveDate::from_ymd_opt(2026, *month, 1).expect("a real date"),
                    value: *value,
                    note: String::new(),
                    recorded_by: String::new(),
                })
                .collect(),
            ..Kpi::named(KpiId::new(&mut ids), "MTTR")
        }
    }

    fn summary_of(kpi: &Kpi) -> TrendSummary {
        summarise(kpi).expect("measured")
    }

    #[test]
    fn the_summary_says_count_dates_direction_and_target_in_english() {
        let k = mttr(&[(1, 40.0), (2, 30.0), (5, 22.0)]);
        assert_eq!(
            describe_trend(Lang::En, &k, &summary_of(&k)),
            "3 measurements from 2026-01-01 to 2026-05-01: improving, from 40 min to 22 min. \
             Target ≤ 15 min not met: 7 min to go."
        );
        let k = mttr(&[(3, 14.0)]);
        assert_eq!(
            describe_trend(Lang::En, &k, &summary_of(&k)),
            "1 measurement, on 2026-03-01: 14 min. Meets the target ≤ 15 min."
        );
        assert_eq!(
            sparkline_text(Lang::En, &k, &summary_of(&k)),
            "MTTR: one measurement, 14 min"
        );
        let k = mttr(&[(1, 12.0), (2, 14.0)]);
        assert_eq!(
            sparkline_text(Lang::En, &k, &summary_of(&k)),
            "MTTR: worsening, latest 14 min"
        );
    }

    #[test]
    fn the_summary_reads_naturally_in_chinese() {
        let k = mttr(&[(1, 40.0), (5, 22.0)]);
        assert_eq!(
            describe_trend(Lang::ZhHans, &k, &summary_of(&k)),
            "2026-01-01 至 2026-05-01 共 2 次测量：从 40 min 到 22 min，正在改善。\
             未达到目标 ≤ 15 min：还差 7 min。"
        );
        assert_eq!(chart_name(Lang::ZhHans, &k), "MTTR的趋势");
        assert_eq!(
            sparkline_text(Lang::ZhHans, &k, &summary_of(&k)),
            "MTTR：正在改善，最新值 22 min"
        );
    }

    #[test]
    fn without_a_target_the_summary_says_so() {
        let mut k = mttr(&[(1, 40.0), (2, 40.0)]);
        k.target = None;
        k.unit.clear();
        let text = describe_trend(Lang::En, &k, &summary_of(&k));
        assert!(text.contains("steady, from 40 to 40"), "{text}");
        assert!(text.ends_with("No target set."), "{text}");
    }

    #[test]
    fn a_milestone_reads_as_achieved_or_not_yet() {
        let mut k = mttr(&[(1, 0.0), (4, 1.0)]);
        k.direction = Direction::Milestone;
        k.name = "Certification audit passed".into();
        assert_eq!(
            describe_trend(Lang::En, &k, &summary_of(&k)),
            "2 measurements from 2026-01-01 to 2026-04-01: improving, from not yet achieved \
             to achieved. Achieved."
        );
        assert_eq!(
            sparkline_text(Lang::ZhHans, &k, &summary_of(&k)),
            "Certification audit passed：正在改善，最新值 已达成"
        );
        let k = {
            let mut k = mttr(&[(2, 0.0)]);
            k.direction = Direction::Milestone;
            k
        };
        assert!(describe_trend(Lang::En, &k, &summary_of(&k)).ends_with("Not achieved yet."));
    }
}
