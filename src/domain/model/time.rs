//! An instant in UTC, to whole seconds, written as RFC 3339.

use chrono::{DateTime, NaiveDate, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An instant, kept to whole seconds in UTC and written as RFC 3339 (`2026-11-24T09:30:00Z`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The instant `seconds` after the Unix epoch.
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    /// The instant at `millis` after the Unix epoch, truncated to whole seconds.
    pub fn from_unix_millis(millis: f64) -> Self {
        Self((millis / 1000.0).floor() as i64)
    }

    pub fn unix_seconds(self) -> i64 {
        self.0
    }

    fn to_datetime(self) -> Option<DateTime<Utc>> {
        Utc.timestamp_opt(self.0, 0).single()
    }

    /// The calendar date of this instant in UTC.
    pub fn date(self) -> Option<NaiveDate> {
        self.to_datetime().map(|at| at.date_naive())
    }

    /// Parses RFC 3339 text (any offset), dropping fractions of a second.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(fast) = Self::parse_written(text) {
            return Some(fast);
        }
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|at| Self(at.timestamp()))
    }

    /// The form SixTwo writes (`2026-11-24T09:30:00Z`, exactly 20 bytes), read without the
    /// general RFC 3339 parser: files hold thousands of these, and an import reads them all.
    /// Anything else (offsets, fractions, lower-case letters, a leap second, a date that does
    /// not exist) returns `None` and is left to the general parser, so both agree.
    fn parse_written(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return None;
        }
        let number = |from: usize, to: usize| digits(&b[from..to]);
        let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
        let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let at = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?
            .and_hms_opt(hour, minute, second)?;
        Some(Self(at.and_utc().timestamp()))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_datetime() {
            Some(at) => f.write_str(&at.to_rfc3339_opts(SecondsFormat::Secs, true)),
            None => write!(f, "@{}", self.0),
        }
    }
}

/// As its `Serialize` writes it: the RFC 3339 text.
impl crate::domain::json_out::WriteJson for Timestamp {
    fn write_json(&self, out: &mut crate::domain::json_out::JsonWriter<'_>) {
        out.display(self);
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "An instant in UTC to the second, written as RFC 3339 (2026-11-24T09:30:00Z)."
        })
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read the text where it lies (no copy into a `String` per timestamp).
        deserializer.deserialize_str(TimestampVisitor)
    }
}

struct TimestampVisitor;

impl serde::de::Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
        Timestamp::parse(text).ok_or_else(|| {
            E::custom(format!(
                "invalid timestamp {text:?}: expected RFC 3339 such as 2026-11-24T09:30:00Z"
            ))
        })
    }
}

/// Reads a calendar date (`2026-11-24`) exactly as chrono's `NaiveDate::from_str` does, with
/// [`parse_date_text`]. Used as the model's `deserialize_with` on every date field (and the
/// example catalogue's anchor).
pub(crate) fn read_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DateVisitor)
}

/// [`read_date`] for an optional date (`null` or absent is none).
pub(crate) fn read_optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    Ok(Option::<WrittenDate>::deserialize(deserializer)?.map(|date| date.0))
}

/// A date read by [`DateVisitor`].
struct WrittenDate(NaiveDate);

impl<'de> Deserialize<'de> for WrittenDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_date(deserializer).map(WrittenDate)
    }
}

struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        // chrono's words, so that a wrong date reads as it always did.
        formatter.write_str("a formatted date string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse_date_text(text).map_err(E::custom)
    }
}

/// Why a date's text was refused: chrono's `ParseError` kinds that its date reading can give,
/// with chrono's words, so a refused date reads as it did when chrono read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateTextError {
    /// A number too large, a month outside 1–12, a day outside 1–31 or a date that does not
    /// exist (`2026-02-30`).
    OutOfRange,
    /// A character where a digit or the dash belongs.
    Invalid,
    /// The text ends before the date does.
    TooShort,
    /// Something other than white space follows the day.
    TooLong,
}

impl fmt::Display for DateTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::OutOfRange => "input is out of range",
            Self::Invalid => "input contains invalid characters",
            Self::TooShort => "premature end of input",
            Self::TooLong => "trailing input",
        })
    }
}

/// Reads a date as chrono's `NaiveDate::from_str` does (its items `%Y`, space, `-`, `%m`,
/// space, `-`, `%d`, space), accepting and refusing the same texts with the same error, without
/// chrono's general item parser (`chrono::format::parse`), which otherwise stays in the first
/// download for this one use. What that means, step by step as chrono goes:
///
/// - white space (Unicode's) is skipped before each number, before each dash and at the end;
/// - the year is up to four digits, or, after `+` or `-`, any number of digits that fits an
///   `i32`; the month and the day are one or two digits (`2026-1-5` is a date);
/// - a year, month or day out of range is refused as soon as it is read, before the rest;
/// - anything after the day but white space is "trailing input".
pub fn parse_date_text(text: &str) -> Result<NaiveDate, DateTextError> {
    if let Some(date) = written_date(text) {
        return Ok(date);
    }
    let rest = text.trim_start();
    let (rest, year) = match rest.as_bytes().first() {
        Some(b'-') => {
            let (rest, magnitude) = leading_number(&rest[1..], usize::MAX)?;
            (rest, -magnitude)
        }
        Some(b'+') => leading_number(&rest[1..], usize::MAX)?,
        _ => leading_number(rest, 4)?,
    };
    let year = i32::try_from(year).map_err(|_| DateTextError::OutOfRange)?;
    let rest = after_dash(rest.trim_start())?;
    let (rest, month) = leading_number(rest.trim_start(), 2)?;
    if !(1..=12).contains(&month) {
        return Err(DateTextError::OutOfRange);
    }
    let rest = after_dash(rest.trim_start())?;
    let (rest, day) = leading_number(rest.trim_start(), 2)?;
    if !(1..=31).contains(&day) {
        return Err(DateTextError::OutOfRange);
    }
    if !rest.trim_start().is_empty() {
        return Err(DateTextError::TooLong);
    }
    // Both checked to be within 1–31 above.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(DateTextError::OutOfRange)
}

/// The form SixTwo writes (`2026-11-24`, exactly 10 bytes) when it is a date that exists, read
/// without the trimming and scanning of the general reading below: a workspace holds thousands
/// of dates, and a first visit reads them as the browser's baseline code. Anything else is left
/// to the general reading, so both agree.
fn written_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (year, month, day) = (
        digits(b.get(0..4)?)?,
        digits(b.get(5..7)?)?,
        digits(b.get(8..10)?)?,
    );
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// At least one and at most `most` ASCII digits at the start of `text`, and what follows them
/// (chrono's `scan::number` with a minimum of one digit).
fn leading_number(text: &str, most: usize) -> Result<(&str, i64), DateTextError> {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(DateTextError::TooShort);
    }
    let mut value = 0i64;
    for (at, &byte) in bytes.iter().take(most).enumerate() {
        if !byte.is_ascii_digit() {
            return match at {
                0 => Err(DateTextError::Invalid),
                _ => Ok((&text[at..], value)),
            };
        }
        value = value
            .checked_mul(10)
            .and_then(|value| value.checked_add(i64::from(byte - b'0')))
            .ok_or(DateTextError::OutOfRange)?;
    }
    Ok((&text[most.min(bytes.len())..], value))
}

/// `text` after its leading dash (chrono's literal item).
fn after_dash(text: &str) -> Result<&str, DateTextError> {
    match text.as_bytes().first() {
        None => Err(DateTextError::TooShort),
        Some(b'-') => Ok(&text[1..]),
        Some(_) => Err(DateTextError::Invalid),
    }
}

/// The value of a run of ASCII digits, or `None` if any byte is not one.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |sum, &digit| {
        digit
            .is_ascii_digit()
            .then(|| sum * 10 + u32::from(digit - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the general RFC 3339 parser makes of `text`.
    fn general(text: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(text.trim())
            .ok()
            .map(|at| Timestamp(at.timestamp()))
    }

    #[test]
    fn the_written_form_reads_as_the_general_parser_reads_it() {
        let texts = [
            "2026-11-24T09:30:00Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "2024-02-29T12:00:00Z",
            "2023-02-29T12:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z",
            "2026-11-00T00:00:00Z",
            "2026-11-24T24:00:00Z",
            "2026-11-24T23:60:00Z",
            "2016-12-31T23:59:60Z",
            "2026-11-24t09:30:00z",
            "2026-11-24 09:30:00Z",
            "2026-11-24T09:30:00+08:00",
            "2026-11-24T09:30:00.999Z",
            "2026-11-24T9:30:00Z ",
            " 2026-11-24T09:30:00Z ",
            "2026-1a-24T09:30:00Z",
            "+2026-11-24T09:30:0Z",
            "２０２６-11-24T09:30:00Z",
            "",
        ];
        for text in texts {
            assert_eq!(Timestamp::parse(text), general(text), "{text:?}");
        }
        for seconds in (-3_000_000_000_i64..4_000_000_000).step_by(7_777_777) {
            let text = Timestamp(seconds).to_string();
            assert_eq!(
                Timestamp::parse_written(&text),
                Some(Timestamp(seconds)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_timestamp_that_is_not_one_says_what_it_holds() {
        let error = serde_json::from_str::<Timestamp>("\"yesterday\"")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("invalid timestamp \"yesterday\""), "{error}");
        let error = serde_json::from_str::<Timestamp>("5")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("invalid type: integer `5`, expected a string"),
            "{error}"
        );
        let escaped = serde_json::from_str::<Timestamp>("\"2026-11-24T09:30:00\\u005A\"");
        assert_eq!(escaped.ok(), Timestamp::parse("2026-11-24T09:30:00Z"));
    }
}
