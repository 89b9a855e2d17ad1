//! Language-neutral formatting of numbers and KPI targets for compact displays.

use crate::domain::{Direction, Kpi};

/// A number as people write it: no trailing ".0", no exponent for everyday values.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// "≥ 90 %", "≤ 15 minutes", "75–85 %": the target with its direction, or "" without one.
pub fn kpi_target(kpi: &Kpi) -> String {
    let unit = if kpi.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", kpi.unit)
    };
    match (kpi.direction, kpi.target, kpi.target_upper) {
        (Direction::Range, Some(low), Some(high)) => {
            format!("{}–{}{unit}", number(low), number(high))
        }
        (Direction::HigherIsBetter, Some(target), _) => format!("≥ {}{unit}", number(target)),
        (Direction::LowerIsBetter, Some(target), _) => format!("≤ {}{unit}", number(target)),
        (Direction::Range, Some(low), None) => format!("≥ {}{unit}", number(low)),
        (Direction::Range, None, Some(high)) => format!("≤ {}{unit}", number(high)),
        (_, None, _) => String::new(),
    }
}

/// "MTTR ≤ 15 minutes": a KPI's name and target for summaries.
pub fn kpi_summary(kpi: &Kpi) -> String {
    let target = kpi_target(kpi);
    if target.is_empty() {
        kpi.name.clone()
    } else {
        format!("{} {target}", kpi.name)
    }
}

/// Why typed text is not a usable number or date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    NotANumber,
    NotADate,
}

/// Turns full-width digits and punctuation (typed with a Chinese input method) into ASCII.
fn ascii_digits(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            other => other,
        })
        .collect()
}

/// Reads an optional number: empty text is "not set"; anything else must be a finite number.
pub fn parse_number(text: &str) -> Result<Option<f64>, ParseProblem> {
    let text = ascii_digits(text);
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Some(value)),
        _ => Err(ParseProblem::NotANumber),
    }
}

/// Reads an optional date in ISO form (what date inputs produce).
pub fn parse_date(text: &str) -> Result<Option<chrono::NaiveDate>, ParseProblem> {
    let text = ascii_digits(text);
    if text.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ParseProblem::NotADate)
}

/// An optional number as field text.
pub fn number_text(value: Option<f64>) -> String {
    value.map(number).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::KpiId;

    fn kpi(direction: Direction, target: Option<f64>, upper: Option<f64>, unit: &str) -> Kpi {
        Kpi {
            direction,
            target,
            target_upper: upper,
            unit: unit.into(),
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "MTTR")
        }
    }

    #[test]
    fn numbers_drop_needless_decimals() {
        assert_eq!(number(15.0), "15");
        assert_eq!(number(99.99), "99.99");
        assert_eq!(number(-0.5), "-0.5");
    }

    #[test]
    fn targets_show_their_direction() {
        assert_eq!(
            kpi_summary(&kpi(Direction::LowerIsBetter, Some(15.0), None, "min")),
            "MTTR ≤ 15 min"
        );
        assert_eq!(
            kpi_target(&kpi(Direction::HigherIsBetter, Some(90.0), None, "%")),
            "≥ 90 %"
        );
        assert_eq!(
            kpi_target(&kpi(Direction::Range, Some(75.0), Some(85.0), "%")),
            "75–85 %"
        );
        assert_eq!(
            kpi_summary(&kpi(Direction::HigherIsBetter, None, None, "")),
            "MTTR"
        );
    }

    #[test]
    fn numbers_parse_strictly_and_accept_full_width_digits() {
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number(" 15 "), Ok(Some(15.0)));
        assert_eq!(parse_number("99.99"), Ok(Some(99.99)));
        assert_eq!(parse_number("－０．５"), Ok(Some(-0.5)));
        assert_eq!(parse_number("９９。９"), Ok(Some(99.9)));
        assert_eq!(parse_number("15 min"), Err(ParseProblem::NotANumber));
        assert_eq!(parse_number("1e999"), Err(ParseProblem::NotANumber));
        assert_eq!(parse_number("NaN"), Err(ParseProblem::NotANumber));
        assert_eq!(parse_number("inf"), Err(ParseProblem::NotANumber));
    }

    #[test]
    fn dates_parse_in_iso_form() {
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(
            parse_date("2027-06-30"),
            Ok(chrono::NaiveDate::from_ymd_opt(2027, 6, 30))
        );
        assert_eq!(parse_date("2027-02-30"), Err(ParseProblem::NotADate));
        assert_eq!(parse_date("30/06/2027"), Err(ParseProblem::NotADate));
    }
}
