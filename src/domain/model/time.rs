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
        Self::parse_written_form(text).or_else(|| {
            DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|at| Self(at.timestamp()))
        })
    }

    /// The form this app writes (`2026-11-24T09:30:00Z`), read without chrono's general
    /// parser: a stored workspace holds one or more per record, and opening reads them all.
    /// Anything else (offsets, fractions, a leap second) is left to the general parser.
    fn parse_written_form(text: &str) -> Option<Self> {
        let b: &[u8; 20] = text.as_bytes().try_into().ok()?;
        let separators = [
            (4, b'-'),
            (7, b'-'),
            (10, b'T'),
            (13, b':'),
            (16, b':'),
            (19, b'Z'),
        ];
        if separators
            .iter()
            .any(|&(at, separator)| !b[at].eq_ignore_ascii_case(&separator))
        {
            return None;
        }
        let number = |from: usize, to: usize| -> Option<u32> {
            b[from..to].iter().try_fold(0u32, |value, &digit| {
                digit
                    .is_ascii_digit()
                    .then(|| value * 10 + u32::from(digit - b'0'))
            })
        };
        let year = i32::try_from(number(0, 4)?).ok()?;
        let at = NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)?.and_hms_opt(
            number(11, 13)?,
            number(14, 16)?,
            number(17, 19)?,
        )?;
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
        deserializer.deserialize_str(TimestampVisitor)
    }
}

/// Reads a timestamp from a string, borrowed when the input allows (no copy per timestamp).
struct TimestampVisitor;

impl serde::de::Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 time such as 2026-11-24T09:30:00Z")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
        Timestamp::parse(text).ok_or_else(|| {
            E::custom(format!(
                "invalid timestamp {text:?}: expected RFC 3339 such as 2026-11-24T09:30:00Z"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn general(text: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(text.trim())
            .ok()
            .map(|at| Timestamp(at.timestamp()))
    }

    #[test]
    fn the_written_form_reads_as_the_general_parser_reads_it() {
        // Every day of four years (a leap year among them) at several times of day, as written.
        let start = Timestamp::parse("2023-01-01T00:00:00Z")
            .unwrap()
            .unix_seconds();
        for day in 0..(4 * 366) {
            for seconds in [0, 1, 59, 3_599, 43_210, 86_399] {
                let at = Timestamp::from_unix_seconds(start + day * 86_400 + seconds);
                let text = at.to_string();
                assert_eq!(Timestamp::parse_written_form(&text), Some(at), "{text}");
                assert_eq!(Timestamp::parse(&text), general(&text), "{text}");
            }
        }
    }

    #[test]
    fn other_forms_and_impossible_times_go_to_the_general_parser() {
        for text in [
            "2026-11-24T09:30:00+08:00",
            "2026-11-24T09:30:00.250Z",
            "2026-11-24t09:30:00z",
            " 2026-11-24T09:30:00Z ",
            "2016-12-31T23:59:60Z",
            "2026-02-29T09:30:00Z",
            "2026-13-01T09:30:00Z",
            "2026-11-24T24:00:00Z",
            "2026-11-24 09:30:00Z",
            "2026-11-2AT09:30:00Z",
            "+026-11-24T09:30:00Z",
            "2026-11-24T09:30:0Z",
            "",
        ] {
            assert_eq!(Timestamp::parse(text), general(text), "{text:?}");
        }
    }

    #[test]
    fn a_wrong_value_says_what_was_expected() {
        let error = serde_json::from_str::<Timestamp>("\"yesterday\"").unwrap_err();
        assert!(error
            .to_string()
            .contains("invalid timestamp \"yesterday\""));
        let error = serde_json::from_str::<Timestamp>("5").unwrap_err();
        assert!(error.to_string().contains("expected an RFC 3339 time"));
        assert_eq!(
            serde_json::from_str::<Timestamp>("\"2026-11-24T09:30:00Z\"").unwrap(),
            Timestamp::parse("2026-11-24T09:30:00+00:00").unwrap()
        );
    }
}
