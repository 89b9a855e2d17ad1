//! Reading numbers and dates typed into fields; the compact KPI summaries come from the
//! domain and are re-exported here for the views.

pub use crate::domain::summary::{kpi_summary, kpi_target, number};

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
    // Core's reading of decimals without its table (`str::parse` would bring it into every
    // group of views that reads a typed number).
    match crate::domain::float_read::parse_decimal(&text) {
        Some(value) if value.is_finite() => Ok(Some(value)),
        _ => Err(ParseProblem::NotANumber),
    }
}

/// Reads an optional date in ISO form (what date inputs produce).
pub fn parse_date(text: &str) -> Result<Option<chrono::NaiveDate>, ParseProblem> {
    let text = ascii_digits(text);
    if text.is_empty() {
        return Ok(None);
    }
    // The model's reader: what `NaiveDate::from_str` accepts, without chrono's item parser (the
    // first download's size).
    crate::domain::parse_date_text(&text)
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
        assert_eq!(parse_number("+.5"), Ok(Some(0.5)));
        assert_eq!(parse_number("5."), Ok(Some(5.0)));
        assert_eq!(parse_number("1e"), Err(ParseProblem::NotANumber));
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
