//! A JSON reader without serde: the trait [`ReadJson`], its pull [`Reader`], and the readers
//! of the model's leaf types (strings, numbers, ids, times, dates). Records and choices get
//! theirs from `#[derive(ReadJson)]` (crate `sixtwo-json-derive`), which reads the same
//! `#[serde(...)]` attributes as serde's derive, so the format keeps one description. A text is
//! accepted and refused exactly as `serde_json::from_str` with serde's derives does, with errors
//! of its own that say what and where (kind, JSON path, line and column).
//!
//! What "exactly as serde" means, rule by rule (each checked by `tests/json_read.rs`):
//!
//! - JSON syntax as serde_json reads it: white space is space, tab, line feed and carriage
//!   return; strings refuse control characters; escapes are the eight short ones and `\u`
//!   with four hex digits; in a string that is read (and in every object key of a record) a
//!   `\u` surrogate must be half of a pair, while in a value that is skipped (an unknown field)
//!   only the escape's form is checked, as serde_json's `ignore_value` does; numbers are
//!   `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; nothing but white space may follow the
//!   value.
//! - Numbers: a whole number field (`u64`, `u32`) takes only digits without sign, fraction or
//!   exponent, within its range; an `f64` field takes any number, correctly rounded (as
//!   serde_json's `float_roundtrip` reads it), and refuses one that rounds to infinity.
//! - Records (structs with named fields) are read from an object by key or,
//!   as serde's derive also allows, from an array of their fields in order. Unknown keys are
//!   skipped (their value still has to be JSON, to any depth), a key given twice is refused,
//!   a missing field without `#[serde(default)]` is refused unless it is an `Option`, `null`
//!   is only an `Option`'s none.
//! - Choices (enums of unit variants) are read from their name, or from an object with the
//!   name as its only key and `null` as its value, as serde_json reads enums; a variant marked
//!   `#[serde(other)]` takes every unknown name.
//! - Ids and times are read as `domain::ids` and `domain::model::time` read them.
//!
//! Nesting: the model's types nest about ten levels, so reading them recurses no deeper than
//! that; skipped values are walked without recursion, so any depth is safe (serde_json's limit
//! of 128 levels applies only where it recurses, which a valid envelope never reaches).

use crate::domain::ids::{self, KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use crate::domain::model::{parse_date_text, Timestamp};
use crate::domain::{float_read, json_path};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::fmt;

pub use sixtwo_json_derive::ReadJson;

/// Why a text could not be read, and where: the 1-based line and column of the byte at fault
/// (columns counted in bytes, as serde_json counts them) and the JSON path of the value, such
/// as `workspace.objectives[3].kpis[0].name` (empty at the top level).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonReadError {
    pub kind: ErrorKind,
    pub path: String,
    pub line: usize,
    pub column: usize,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is not JSON.
    Syntax(Syntax),
    /// A value of another JSON type than the field takes.
    WrongType { expected: Expected, found: JsonType },
    /// A field the record needs is absent.
    MissingField(&'static str),
    /// A key given twice in one record.
    DuplicateField(&'static str),
    /// A name that is none of the choice's names.
    UnknownVariant {
        found: String,
        expected: &'static [&'static str],
    },
    /// A number outside what the field holds (negative, too large, or beyond `f64`).
    OutOfRange,
    /// Text that is not what the field holds (an id, a date, a time).
    InvalidValue { expected: Expected, found: String },
}

/// The ways a text can fail to be JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The text ends inside a value.
    EndOfText,
    /// No value starts here.
    ExpectedValue,
    /// A word that is not `true`, `false` or `null`.
    InvalidLiteral,
    ExpectedColon,
    /// Neither a comma nor the end of the list or object.
    ExpectedCommaOrEnd,
    KeyMustBeString,
    TrailingComma,
    /// Text after the value.
    TrailingText,
    InvalidNumber,
    InvalidEscape,
    /// A control character (U+0000–U+001F) inside a string.
    ControlCharacter,
    /// A `\u` escape of half a surrogate pair without its other half.
    LoneSurrogate,
    /// Lists and objects nested deeper than [`MAX_VALUE_DEPTH`] in a value read as
    /// `serde_json::Value` (serde_json's recursion limit).
    TooDeep,
}

/// How deep lists and objects may nest in a value read as `serde_json::Value`: serde_json's
/// limit of 128 levels, so that both refuse the same texts.
pub const MAX_VALUE_DEPTH: usize = 128;

/// What a value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Bool,
    Number,
    /// A whole number of 0 or more.
    WholeNumber,
    String,
    Array,
    Object,
    Null,
    /// One of a choice's names.
    Name,
    Uuid,
    /// A calendar date such as 2026-11-24.
    Date,
    /// A list of exactly two values.
    Pair,
    /// An RFC 3339 time such as 2026-11-24T09:30:00Z.
    Time,
    /// Any JSON value.
    Value,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Bool => "a boolean",
            Expected::Number => "a number",
            Expected::WholeNumber => "a whole number",
            Expected::String => "a string",
            Expected::Array => "an array",
            Expected::Object => "an object",
            Expected::Null => "null",
            Expected::Name => "a name",
            Expected::Uuid => "a UUID",
            Expected::Date => "a date such as 2026-11-24",
            Expected::Pair => "a list of two values",
            Expected::Time => "an RFC 3339 time such as 2026-11-24T09:30:00Z",
            Expected::Value => "a value",
        })
    }
}

/// The kinds of JSON value, to say what was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonType::Null => "null",
            JsonType::Bool => "a boolean",
            JsonType::Number => "a number",
            JsonType::String => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        })
    }
}

impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Syntax::EndOfText => "the text ends too early",
            Syntax::ExpectedValue => "expected a value",
            Syntax::InvalidLiteral => "expected true, false or null",
            Syntax::ExpectedColon => "expected `:`",
            Syntax::ExpectedCommaOrEnd => "expected `,` or the end of the list or object",
            Syntax::KeyMustBeString => "a key must be a string",
            Syntax::TrailingComma => "a comma before the end of a list or object",
            Syntax::TrailingText => "text after the end of the value",
            Syntax::InvalidNumber => "invalid number",
            Syntax::InvalidEscape => "invalid escape",
            Syntax::ControlCharacter => "a control character in a string",
            Syntax::LoneSurrogate => "half of a surrogate pair in a \\u escape",
            Syntax::TooDeep => "lists and objects nest too deeply",
        })
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(syntax) => syntax.fmt(f),
            ErrorKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ErrorKind::MissingField(field) => write!(f, "missing field `{field}`"),
            ErrorKind::DuplicateField(field) => write!(f, "duplicate field `{field}`"),
            ErrorKind::UnknownVariant { found, expected } => {
                write!(f, "unknown name {found:?}, expected one of {expected:?}")
            }
            ErrorKind::OutOfRange => f.write_str("number out of range"),
            ErrorKind::InvalidValue { expected, found } => {
                write!(f, "invalid value {found:?}, expected {expected}")
            }
        }
    }
}

impl fmt::Display for JsonReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind)?;
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        write!(f, " (line {} column {})", self.line, self.column)
    }
}

impl std::error::Error for JsonReadError {}

/// The reader's result: the error is boxed, so that a result is no larger than its value and
/// the reading code passes it around cheaply (most of it never fails).
pub type Result<T> = std::result::Result<T, Box<JsonReadError>>;

/// A value that can be read from JSON by a [`Reader`].
pub trait ReadJson: Sized {
    /// Reads one value at the reader's position (white space before it is skipped).
    fn read_json(reader: &mut Reader<'_>) -> Result<Self>;

    /// For a record: its JSON keys in field order, each with whether it must be present.
    /// Empty for anything else.
    const FIELDS: &'static [(&'static str, bool)] = &[];

    /// For a choice: its JSON names. Empty for anything else.
    const NAMES: &'static [&'static str] = &[];
}

/// Reads a whole text as one `T`: white space may surround it, nothing else may follow it.
pub fn read_text<T: ReadJson>(text: &str) -> Result<T> {
    let mut reader = Reader::new(text);
    let value = T::read_json(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// A position in a JSON text, read forwards.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// Where the last record read ended (its `}` or `]`), for a missing field's error.
    end: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            at: 0,
            end: 0,
        }
    }

    /// Checks that only white space is left.
    pub fn finish(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax(Syntax::TrailingText)),
        }
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The next byte after white space (which tells the kind of the next value).
    pub fn peek(&mut self) -> Option<u8> {
        let rest = self.text.as_bytes().get(self.at..).unwrap_or_default();
        let space = rest
            .iter()
            .position(|byte| !matches!(byte, b' ' | b'\n' | b'\t' | b'\r'))
            .unwrap_or(rest.len());
        self.at += space;
        self.byte()
    }

    /// An error of `kind` at byte `at`.
    fn error_at(&self, kind: ErrorKind, at: usize) -> Box<JsonReadError> {
        self.error_with_path(kind, at, at)
    }

    /// An error of `kind` at byte `at`, about the value whose path is that at byte `path_at`.
    fn error_with_path(&self, kind: ErrorKind, at: usize, path_at: usize) -> Box<JsonReadError> {
        let before = self
            .text
            .as_bytes()
            .get(..at)
            .unwrap_or(self.text.as_bytes());
        let line_start = before
            .iter()
            .rposition(|byte| *byte == b'\n')
            .map_or(0, |newline| newline + 1);
        Box::new(JsonReadError {
            kind,
            path: json_path::path_at_offset(self.text, path_at),
            line: before.iter().filter(|byte| **byte == b'\n').count() + 1,
            column: before.len() - line_start + 1,
        })
    }

    fn syntax(&self, syntax: Syntax) -> Box<JsonReadError> {
        self.error_at(ErrorKind::Syntax(syntax), self.at)
    }

    /// The next value is not of the type `expected`: a wrong-type error, or a syntax error
    /// when no value starts here.
    pub fn wrong_type(&mut self, expected: Expected) -> Box<JsonReadError> {
        let found = match self.peek() {
            None => return self.syntax(Syntax::EndOfText),
            Some(b'n') => JsonType::Null,
            Some(b't' | b'f') => JsonType::Bool,
            Some(b'-' | b'0'..=b'9') => JsonType::Number,
            Some(b'"') => JsonType::String,
            Some(b'[') => JsonType::Array,
            Some(b'{') => JsonType::Object,
            Some(_) => return self.syntax(Syntax::ExpectedValue),
        };
        self.error_at(ErrorKind::WrongType { expected, found }, self.at)
    }

    /// `word` (`null`, `true`, `false`) at the position.
    fn literal(&mut self, word: &[u8]) -> Result<()> {
        for expected in word {
            match self.byte() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(byte) if byte == *expected => self.at += 1,
                Some(_) => return Err(self.syntax(Syntax::InvalidLiteral)),
            }
        }
        Ok(())
    }

    /// Whether the next value is `null` (then read).
    fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn read_bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.literal(b"true").map(|()| true),
            Some(b'f') => self.literal(b"false").map(|()| false),
            _ => Err(self.wrong_type(Expected::Bool)),
        }
    }

    /// The text of a number at the position, and whether it is a whole number (no fraction,
    /// no exponent).
    fn number_text(&mut self) -> Result<(&'a str, bool)> {
        let start = self.at;
        if self.byte() == Some(b'-') {
            self.at += 1;
        }
        match self.byte() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.byte() {
                    return Err(self.syntax(Syntax::InvalidNumber));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            None => return Err(self.syntax(Syntax::EndOfText)),
            Some(_) => return Err(self.syntax(Syntax::InvalidNumber)),
        }
        let mut whole = true;
        if self.byte() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
            whole = false;
        }
        if let Some(b'e' | b'E') = self.byte() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.byte() {
                self.at += 1;
            }
            self.some_digits()?;
            whole = false;
        }
        Ok((self.text.get(start..self.at).unwrap_or_default(), whole))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.byte() {
            self.at += 1;
        }
    }

    /// At least one digit.
    fn some_digits(&mut self) -> Result<()> {
        match self.byte() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            None => Err(self.syntax(Syntax::EndOfText)),
            Some(_) => Err(self.syntax(Syntax::InvalidNumber)),
        }
    }

    pub fn read_f64(&mut self) -> Result<f64> {
        let Some(b'-' | b'0'..=b'9') = self.peek() else {
            return Err(self.wrong_type(Expected::Number));
        };
        let start = self.at;
        let (text, _) = self.number_text()?;
        match float_read::parse_f64(text) {
            value if value.is_finite() => Ok(value),
            _ => Err(self.error_at(ErrorKind::OutOfRange, start)),
        }
    }

    pub fn read_u64(&mut self) -> Result<u64> {
        let Some(b'-' | b'0'..=b'9') = self.peek() else {
            return Err(self.wrong_type(Expected::WholeNumber));
        };
        let start = self.at;
        let (text, whole) = self.number_text()?;
        if !whole {
            let found = JsonType::Number;
            let expected = Expected::WholeNumber;
            return Err(self.error_at(ErrorKind::WrongType { expected, found }, start));
        }
        // A minus sign, or more than `u64` holds.
        text.parse::<u64>()
            .map_err(|_| self.error_at(ErrorKind::OutOfRange, start))
    }

    pub fn read_u32(&mut self) -> Result<u32> {
        self.read_narrower()
    }

    /// A whole number read as `u64`, refused as out of range when `T` cannot hold it.
    fn read_narrower<T: TryFrom<u64>>(&mut self) -> Result<T> {
        self.peek();
        let start = self.at;
        let value = self.read_u64()?;
        T::try_from(value).map_err(|_| self.error_at(ErrorKind::OutOfRange, start))
    }

    /// A string, unescaped; borrowed from the text when it has no escapes.
    pub fn read_str(&mut self) -> Result<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type(Expected::String));
        }
        self.at += 1;
        self.string_body()
    }

    /// The rest of a string whose opening quote is read.
    fn string_body(&mut self) -> Result<Cow<'a, str>> {
        let start = self.at;
        loop {
            self.plain_run();
            match self.byte() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(b'"') => {
                    let text = self.text.get(start..self.at).unwrap_or_default();
                    self.at += 1;
                    return Ok(Cow::Borrowed(text));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(self.syntax(Syntax::ControlCharacter)),
                Some(_) => self.at += 1,
            }
        }
        let mut out = String::from(self.text.get(start..self.at).unwrap_or_default());
        loop {
            let run = self.at;
            self.plain_run();
            out.push_str(self.text.get(run..self.at).unwrap_or_default());
            match self.byte() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.syntax(Syntax::ControlCharacter)),
            }
        }
    }

    /// Moves past the bytes of a string that need no attention: anything but a quote, a
    /// backslash or a control character.
    fn plain_run(&mut self) {
        let rest = self.text.as_bytes().get(self.at..).unwrap_or_default();
        let plain = rest
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
            .unwrap_or(rest.len());
        self.at += plain;
    }

    /// One escape after its backslash, appended to `out`; a `\u` surrogate must be paired.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(byte) = self.byte() else {
            return Err(self.syntax(Syntax::EndOfText));
        };
        self.at += 1;
        let short = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xdc00..=0xdfff => return Err(self.syntax(Syntax::LoneSurrogate)),
                    0xd800..=0xdbff => {
                        if self.byte() != Some(b'\\') {
                            return Err(self.syntax(Syntax::LoneSurrogate));
                        }
                        self.at += 1;
                        if self.byte() != Some(b'u') {
                            return Err(self.syntax(Syntax::LoneSurrogate));
                        }
                        self.at += 1;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            return Err(self.syntax(Syntax::LoneSurrogate));
                        }
                        0x1_0000
                            + ((u32::from(first) - 0xd800) << 10)
                            + (u32::from(second) - 0xdc00)
                    }
                    other => u32::from(other),
                };
                char::from_u32(code).ok_or_else(|| self.syntax(Syntax::LoneSurrogate))?
            }
            _ => {
                self.at -= 1;
                return Err(self.syntax(Syntax::InvalidEscape));
            }
        };
        out.push(short);
        Ok(())
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u16> {
        let mut value = 0u16;
        for _ in 0..4 {
            let digit = match self.byte() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(byte @ b'0'..=b'9') => byte - b'0',
                Some(byte @ b'a'..=b'f') => byte - b'a' + 10,
                Some(byte @ b'A'..=b'F') => byte - b'A' + 10,
                Some(_) => return Err(self.syntax(Syntax::InvalidEscape)),
            };
            self.at += 1;
            value = (value << 4) | u16::from(digit);
        }
        Ok(value)
    }

    /// The rest of a skipped string: escapes are checked for their form only.
    fn skip_string_body(&mut self) -> Result<()> {
        loop {
            match self.byte() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.byte() {
                        None => return Err(self.syntax(Syntax::EndOfText)),
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1;
                        }
                        Some(b'u') => {
                            self.at += 1;
                            self.hex4()?;
                        }
                        Some(_) => return Err(self.syntax(Syntax::InvalidEscape)),
                    }
                }
                Some(0..=0x1f) => return Err(self.syntax(Syntax::ControlCharacter)),
                Some(_) => self.at += 1,
            }
        }
    }

    /// Skips one value of any kind and depth, without recursion.
    pub fn skip_value(&mut self) -> Result<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            let mut after_value = true;
            match self.peek() {
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(b'n') => self.literal(b"null")?,
                Some(b't') => self.literal(b"true")?,
                Some(b'f') => self.literal(b"false")?,
                Some(b'-' | b'0'..=b'9') => {
                    self.number_text()?;
                }
                Some(b'"') => {
                    self.at += 1;
                    self.skip_string_body()?;
                }
                Some(bracket @ (b'[' | b'{')) => {
                    self.at += 1;
                    open.push(bracket);
                    after_value = false;
                }
                Some(_) => return Err(self.syntax(Syntax::ExpectedValue)),
            }
            // Close what ends here, up to the next value.
            let object = loop {
                let Some(&bracket) = open.last() else {
                    return Ok(());
                };
                let close = if bracket == b'[' { b']' } else { b'}' };
                match self.peek() {
                    None => return Err(self.syntax(Syntax::EndOfText)),
                    Some(byte) if byte == close => {
                        self.at += 1;
                        open.pop();
                        after_value = true;
                    }
                    Some(b',') if after_value => {
                        self.at += 1;
                        break bracket == b'{';
                    }
                    Some(_) if !after_value => break bracket == b'{',
                    Some(_) => return Err(self.syntax(Syntax::ExpectedCommaOrEnd)),
                }
            };
            if object {
                match self.peek() {
                    None => return Err(self.syntax(Syntax::EndOfText)),
                    Some(b'"') => {
                        self.at += 1;
                        self.skip_string_body()?;
                    }
                    Some(_) => return Err(self.syntax(Syntax::KeyMustBeString)),
                }
                self.colon()?;
            }
        }
    }

    fn colon(&mut self) -> Result<()> {
        match self.peek() {
            Some(b':') => {
                self.at += 1;
                Ok(())
            }
            None => Err(self.syntax(Syntax::EndOfText)),
            Some(_) => Err(self.syntax(Syntax::ExpectedColon)),
        }
    }

    /// Whether another element of a list follows (`first` before the first one); at the end,
    /// the `]` is left for [`Self::close`].
    fn next_element(&mut self, first: &mut bool) -> Result<bool> {
        match self.peek() {
            None => return Err(self.syntax(Syntax::EndOfText)),
            Some(b']') => return Ok(false),
            Some(b',') if !*first => {
                self.at += 1;
                if self.peek() == Some(b']') {
                    return Err(self.syntax(Syntax::TrailingComma));
                }
            }
            Some(_) if *first => {}
            Some(_) => return Err(self.syntax(Syntax::ExpectedCommaOrEnd)),
        }
        *first = false;
        Ok(true)
    }

    /// Whether another key of an object follows (then read, with its colon).
    fn next_key(&mut self, first: &mut bool) -> Result<Option<Cow<'a, str>>> {
        match self.peek() {
            None => return Err(self.syntax(Syntax::EndOfText)),
            Some(b'}') => return Ok(None),
            Some(b',') if !*first => {
                self.at += 1;
                match self.peek() {
                    Some(b'}') => return Err(self.syntax(Syntax::TrailingComma)),
                    None => return Err(self.syntax(Syntax::EndOfText)),
                    Some(_) => {}
                }
            }
            Some(_) if *first => {}
            Some(_) => return Err(self.syntax(Syntax::ExpectedCommaOrEnd)),
        }
        *first = false;
        if self.byte() != Some(b'"') {
            return Err(self.syntax(Syntax::KeyMustBeString));
        }
        self.at += 1;
        let key = self.string_body()?;
        self.colon()?;
        Ok(Some(key))
    }

    /// The `close` bracket ending a list or object.
    fn close(&mut self, close: u8) -> Result<()> {
        match self.peek() {
            Some(byte) if byte == close => {
                self.end = self.at;
                self.at += 1;
                Ok(())
            }
            None => Err(self.syntax(Syntax::EndOfText)),
            Some(b',') if close == b']' => {
                self.at += 1;
                match self.peek() {
                    Some(b']') => Err(self.syntax(Syntax::TrailingComma)),
                    _ => Err(self.syntax(Syntax::TrailingText)),
                }
            }
            Some(_) => Err(self.syntax(Syntax::ExpectedCommaOrEnd)),
        }
    }

    /// Reads an object, calling `entry` with each key; `entry` reads (or skips) its value.
    pub fn read_object(
        &mut self,
        entry: &mut dyn FnMut(&mut Reader<'a>, &str) -> Result<()>,
    ) -> Result<()> {
        if self.peek() != Some(b'{') {
            return Err(self.wrong_type(Expected::Object));
        }
        self.at += 1;
        let mut first = true;
        while let Some(key) = self.next_key(&mut first)? {
            entry(self, &key)?;
        }
        self.close(b'}')
    }

    /// Reads a list, calling `element` for each element.
    pub fn read_list(
        &mut self,
        element: &mut dyn FnMut(&mut Reader<'a>) -> Result<()>,
    ) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.wrong_type(Expected::Array));
        }
        self.at += 1;
        let mut first = true;
        while self.next_element(&mut first)? {
            element(self)?;
        }
        self.close(b']')
    }

    /// Reads a record with the JSON `keys`, calling `field` with the index of each key found
    /// (each at most once); unknown keys are skipped. From an array, the elements are the
    /// fields in order.
    pub fn read_record(
        &mut self,
        keys: &'static [(&'static str, bool)],
        field: &mut dyn FnMut(&mut Reader<'a>, usize) -> Result<()>,
    ) -> Result<()> {
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                let mut seen = 0u64;
                let mut first = true;
                let mut next = 0;
                while let Some(key) = self.next_key(&mut first)? {
                    // Keys usually come in field order: look from the one after the last.
                    let found = (next..keys.len())
                        .chain(0..next)
                        .find(|index| keys.get(*index).is_some_and(|(name, _)| *name == key));
                    let Some(index) = found else {
                        self.skip_value()?;
                        continue;
                    };
                    let bit = 1u64.checked_shl(index as u32).unwrap_or(0);
                    if seen & bit != 0 {
                        // Reported at the second value, whose path names the key.
                        let name = keys.get(index).map_or("", |(name, _)| name);
                        self.peek();
                        return Err(self.error_at(ErrorKind::DuplicateField(name), self.at));
                    }
                    seen |= bit;
                    next = index + 1;
                    field(self, index)?;
                }
                self.close(b'}')
            }
            Some(b'[') => {
                self.at += 1;
                let mut first = true;
                let mut index = 0;
                while index < keys.len() && self.next_element(&mut first)? {
                    field(self, index)?;
                    index += 1;
                }
                self.close(b']')
            }
            _ => Err(self.wrong_type(Expected::Object)),
        }
    }

    /// The index of the choice's name among `names` (a name, or `{"name": null}`); a name not
    /// among them is `other`'s, or refused when there is none.
    pub fn read_variant(
        &mut self,
        names: &'static [&'static str],
        other: Option<usize>,
    ) -> Result<usize> {
        let object = match self.peek() {
            Some(b'"') => false,
            Some(b'{') => {
                self.at += 1;
                if self.peek() != Some(b'"') {
                    return Err(self.wrong_type(Expected::String));
                }
                true
            }
            _ => return Err(self.wrong_type(Expected::String)),
        };
        let at = self.at;
        let name = self.read_str()?;
        let Some(index) = names.iter().position(|known| *known == name).or(other) else {
            let found = name.into_owned();
            let kind = ErrorKind::UnknownVariant {
                found,
                expected: names,
            };
            return Err(self.error_at(kind, at));
        };
        if object {
            self.colon()?;
            if !self.null()? {
                return Err(self.wrong_type(Expected::Null));
            }
            match self.peek() {
                Some(b'}') => self.at += 1,
                None => return Err(self.syntax(Syntax::EndOfText)),
                Some(_) => return Err(self.syntax(Syntax::ExpectedCommaOrEnd)),
            }
        }
        Ok(index)
    }

    /// A missing field's error, at the end of the record just read (the path is the
    /// record's: the one just after its end).
    pub fn missing(&self, field: &'static str) -> Box<JsonReadError> {
        let kind = ErrorKind::MissingField(field);
        self.error_with_path(kind, self.end, self.end + 1)
    }

    /// A string read with `parse`; `expected` names what it should hold.
    pub fn read_parsed<T>(
        &mut self,
        expected: Expected,
        parse: fn(&str) -> Option<T>,
    ) -> Result<T> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type(expected));
        }
        let at = self.at;
        let text = self.read_str()?;
        parse(&text).ok_or_else(|| {
            let found = text.into_owned();
            self.error_at(ErrorKind::InvalidValue { expected, found }, at)
        })
    }
}

impl ReadJson for String {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_str().map(Cow::into_owned)
    }
}

impl ReadJson for bool {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_bool()
    }
}

impl ReadJson for f64 {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_f64()
    }
}

impl ReadJson for u64 {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_u64()
    }
}

impl ReadJson for u32 {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_u32()
    }
}

impl ReadJson for usize {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_narrower()
    }
}

/// A pair, from a list of exactly two values (as serde reads a tuple).
impl<A: ReadJson, B: ReadJson> ReadJson for (A, B) {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        if reader.peek() != Some(b'[') {
            return Err(reader.wrong_type(Expected::Pair));
        }
        let start = reader.at;
        // A list of another length than two: refused where the list starts.
        let wrong_length = |reader: &Reader<'_>| {
            let kind = ErrorKind::WrongType {
                expected: Expected::Pair,
                found: JsonType::Array,
            };
            reader.error_at(kind, start)
        };
        let (mut first, mut second) = (None, None);
        reader.read_list(&mut |reader| {
            if first.is_none() {
                first = Some(A::read_json(reader)?);
            } else if second.is_none() {
                second = Some(B::read_json(reader)?);
            } else {
                return Err(wrong_length(reader));
            }
            Ok(())
        })?;
        match (first, second) {
            (Some(first), Some(second)) => Ok((first, second)),
            _ => Err(wrong_length(reader)),
        }
    }
}

/// A map by string key, from an object (a key given twice keeps its last value, as serde's
/// map reading does).
impl<T: ReadJson> ReadJson for std::collections::BTreeMap<String, T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        let mut map = Self::new();
        reader.read_object(&mut |reader, key| {
            map.insert(key.to_owned(), T::read_json(reader)?);
            Ok(())
        })?;
        Ok(map)
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        if reader.null()? {
            return Ok(None);
        }
        T::read_json(reader).map(Some)
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        let mut items = Vec::new();
        reader.read_list(&mut |reader| {
            items.push(T::read_json(reader)?);
            Ok(())
        })?;
        Ok(items)
    }
}

impl ReadJson for Timestamp {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_parsed(Expected::Time, Timestamp::parse)
    }
}

/// A date as `model::time::read_date` reads it (every date field of the model).
impl ReadJson for NaiveDate {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_parsed(Expected::Date, |text| parse_date_text(text).ok())
    }
}

macro_rules! read_ids {
    ($($id:ident),*) => {$(
        impl ReadJson for $id {
            fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
                reader.read_parsed(Expected::Uuid, ids::uuid_from_text).map($id)
            }
        }
    )*};
}

read_ids!(ObjectiveId, PolicyId, RequirementId, KpiId, RecordId);

/// Any JSON value, as `serde_json::from_str::<Value>` reads it: whole numbers as `u64` when
/// they are 0 or more, as `i64` when negative, as `f64` beyond both (and `-0` as `-0.0`); a key
/// given twice keeps its last value; at most [`MAX_VALUE_DEPTH`] levels of nesting.
impl ReadJson for serde_json::Value {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self> {
        reader.read_value(0)
    }
}

impl Reader<'_> {
    fn read_value(&mut self, depth: usize) -> Result<serde_json::Value> {
        use serde_json::Value;
        match self.peek() {
            None => Err(self.syntax(Syntax::EndOfText)),
            Some(b'n') => self.literal(b"null").map(|()| Value::Null),
            Some(b't' | b'f') => self.read_bool().map(Value::Bool),
            Some(b'-' | b'0'..=b'9') => self.read_number().map(Value::Number),
            Some(b'"') => self.read_str().map(|text| Value::String(text.into_owned())),
            Some(b'[') => {
                self.enter(depth)?;
                let mut items = Vec::new();
                self.read_list(&mut |reader| {
                    items.push(reader.read_value(depth + 1)?);
                    Ok(())
                })?;
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.enter(depth)?;
                let mut map = serde_json::Map::new();
                self.read_object(&mut |reader, key| {
                    map.insert(key.to_owned(), reader.read_value(depth + 1)?);
                    Ok(())
                })?;
                Ok(Value::Object(map))
            }
            Some(_) => Err(self.syntax(Syntax::ExpectedValue)),
        }
    }

    /// Refuses a list or object that would nest deeper than serde_json goes.
    fn enter(&self, depth: usize) -> Result<()> {
        if depth + 1 >= MAX_VALUE_DEPTH {
            return Err(self.syntax(Syntax::TooDeep));
        }
        Ok(())
    }

    /// A number as serde_json keeps it in a `Value`.
    fn read_number(&mut self) -> Result<serde_json::Number> {
        let start = self.at;
        let (text, whole) = self.number_text()?;
        if whole {
            match text.strip_prefix('-') {
                None => {
                    if let Ok(value) = text.parse::<u64>() {
                        return Ok(value.into());
                    }
                }
                Some(digits) => match digits.parse::<u64>() {
                    Ok(0) => {
                        return serde_json::Number::from_f64(-0.0)
                            .ok_or_else(|| self.error_at(ErrorKind::OutOfRange, start))
                    }
                    Ok(magnitude) if magnitude <= 1 << 63 => {
                        return Ok((magnitude.wrapping_neg() as i64).into());
                    }
                    _ => {}
                },
            }
        }
        match float_read::parse_f64(text) {
            value if value.is_finite() => serde_json::Number::from_f64(value)
                .ok_or_else(|| self.error_at(ErrorKind::OutOfRange, start)),
            _ => Err(self.error_at(ErrorKind::OutOfRange, start)),
        }
    }
}
