//! The one JSON writer of the model's encodings (the stored envelope, the sliced save, the
//! export, the wizard drafts and preferences stored beside them, and the objectives the
//! revision log compares). Types are written through [`WriteJson`], derived from their serde
//! attributes (`sixtwo_json_derive`), so the browser's first download carries one small
//! function per type instead of serde's serializer machinery. The text is byte for byte what
//! `serde_json::to_string` (compact) and `serde_json::to_string_pretty` (two-space indent)
//! write, which the tests hold it to.

use chrono::NaiveDate;
use std::fmt::{self, Write as _};
use uuid::Uuid;

pub use sixtwo_json_derive::WriteJson;

/// How the text is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line, no spaces: the stored form.
    Compact,
    /// Two-space indent, `": "` between key and value: exported files.
    Pretty,
}

/// A value that can be written as JSON.
pub trait WriteJson {
    fn write_json(&self, out: &mut JsonWriter<'_>);
}

/// Appends `value` as JSON to `out`.
pub fn append<T: WriteJson + ?Sized>(out: &mut String, value: &T, layout: Layout) {
    let mut writer = JsonWriter {
        text: out,
        pretty: layout == Layout::Pretty,
        depth: 0,
    };
    value.write_json(&mut writer);
}

/// `value` as compact JSON text.
pub fn compact<T: WriteJson + ?Sized>(value: &T) -> String {
    to_text(value, Layout::Compact)
}

/// `value` as JSON text laid out as `layout` says.
pub fn to_text<T: WriteJson + ?Sized>(value: &T, layout: Layout) -> String {
    let mut out = String::new();
    append(&mut out, value, layout);
    out
}

/// Writes JSON text into a `String`, laid out as serde_json's `CompactFormatter` or
/// `PrettyFormatter` lays it out.
pub struct JsonWriter<'a> {
    text: &'a mut String,
    pretty: bool,
    /// How many objects and arrays are open.
    depth: usize,
}

/// An object or array being written: whether it has an item yet.
pub struct Open {
    items: bool,
}

impl JsonWriter<'_> {
    pub fn begin_object(&mut self) -> Open {
        self.open('{')
    }

    /// Starts the member `key` of an object; its value is written next.
    pub fn key(&mut self, object: &mut Open, key: &str) {
        self.item(object);
        self.string(key);
        self.text.push_str(if self.pretty { ": " } else { ":" });
    }

    pub fn end_object(&mut self, object: Open) {
        self.close(object, '}');
    }

    pub fn begin_array(&mut self) -> Open {
        self.open('[')
    }

    /// Starts an item of an array; its value is written next.
    pub fn element(&mut self, array: &mut Open) {
        self.item(array);
    }

    pub fn end_array(&mut self, array: Open) {
        self.close(array, ']');
    }

    fn open(&mut self, bracket: char) -> Open {
        self.depth += 1;
        self.text.push(bracket);
        Open { items: false }
    }

    fn item(&mut self, open: &mut Open) {
        if open.items {
            self.text.push(',');
        }
        open.items = true;
        if self.pretty {
            self.new_line();
        }
    }

    fn close(&mut self, open: Open, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && open.items {
            self.new_line();
        }
        self.text.push(bracket);
    }

    fn new_line(&mut self) {
        self.text.push('\n');
        for _ in 0..self.depth {
            self.text.push_str("  ");
        }
    }

    pub fn null(&mut self) {
        self.text.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.text.push_str(if value { "true" } else { "false" });
    }

    /// A whole number, as `itoa` (and so serde_json) writes it.
    pub fn integer(&mut self, value: impl fmt::Display) {
        let _ = write!(self.text, "{value}");
    }

    /// A float as serde_json writes one: the shortest text that reads back as the same number,
    /// `null` for NaN and the infinities.
    pub fn float(&mut self, value: f64) {
        if value.is_finite() {
            self.text.push_str(zmij::Buffer::new().format_finite(value));
        } else {
            self.null();
        }
    }

    /// A string, escaped as serde_json escapes it.
    pub fn string(&mut self, value: &str) {
        self.text.push('"');
        self.escaped(value);
        self.text.push('"');
    }

    /// The text `value` displays as, as a string (serde's `collect_str`).
    pub fn display(&mut self, value: &dyn fmt::Display) {
        self.text.push('"');
        let _ = write!(Escaping(self), "{value}");
        self.text.push('"');
    }

    /// `value` with `"`, `\\` and control characters escaped: the short escapes where JSON
    /// has them, `\u00XX` in lower-case hex for the others.
    fn escaped(&mut self, value: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let bytes = value.as_bytes();
        let mut start = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0x00..=0x1f => "",
                _ => continue,
            };
            // Every byte escaped is ASCII, so `start..at` lies on character boundaries.
            self.text.push_str(value.get(start..at).unwrap_or_default());
            if escape.is_empty() {
                self.text.push_str("\\u00");
                self.text.push(char::from(HEX[usize::from(byte >> 4)]));
                self.text.push(char::from(HEX[usize::from(byte & 0xf)]));
            } else {
                self.text.push_str(escape);
            }
            start = at + 1;
        }
        self.text.push_str(value.get(start..).unwrap_or_default());
    }
}

/// Escapes what `Display` writes into a string being written.
struct Escaping<'w, 'a>(&'w mut JsonWriter<'a>);

impl fmt::Write for Escaping<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.escaped(text);
        Ok(())
    }
}

impl WriteJson for str {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.string(self);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.string(self);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.bool(*self);
    }
}

impl WriteJson for f64 {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.float(*self);
    }
}

macro_rules! integers {
    ($($integer:ty),*) => {$(
        impl WriteJson for $integer {
            fn write_json(&self, out: &mut JsonWriter<'_>) {
                out.integer(*self);
            }
        }
    )*};
}
integers!(u8, u32, u64, usize, i64);

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        match self {
            Some(value) => value.write_json(out),
            None => out.null(),
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        let mut array = out.begin_array();
        for item in self {
            out.element(&mut array);
            item.write_json(out);
        }
        out.end_array(array);
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        self.as_slice().write_json(out);
    }
}

impl<A: WriteJson, B: WriteJson> WriteJson for (A, B) {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        let mut array = out.begin_array();
        out.element(&mut array);
        self.0.write_json(out);
        out.element(&mut array);
        self.1.write_json(out);
        out.end_array(array);
    }
}

/// As `uuid`'s `Serialize` writes it for a human-readable format: hyphenated, lower case.
impl WriteJson for Uuid {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.string(self.hyphenated().encode_lower(&mut Uuid::encode_buffer()));
    }
}

/// As chrono's `Serialize` writes it: the date's `Debug` text (`2026-11-24`).
impl WriteJson for NaiveDate {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        out.display(&DebugText(self));
    }
}

/// Shows a value's `Debug` text through `Display`.
struct DebugText<'a, T>(&'a T);

impl<T: fmt::Debug> fmt::Display for DebugText<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Any JSON value, as serde_json writes it (object members in the map's order).
impl WriteJson for serde_json::Value {
    fn write_json(&self, out: &mut JsonWriter<'_>) {
        use serde_json::Value;
        match self {
            Value::Null => out.null(),
            Value::Bool(value) => out.bool(*value),
            Value::Number(number) => out.text.push_str(&number.to_string()),
            Value::String(text) => out.string(text),
            Value::Array(items) => items.write_json(out),
            Value::Object(members) => {
                let mut object = out.begin_object();
                for (key, value) in members {
                    out.key(&mut object, key);
                    value.write_json(out);
                }
                out.end_object(object);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> serde_json::Value {
        json!({
            "a": [],
            "b": {},
            "c": [1, {"d": "x\"y\u{e9}\u{4e2d}\n", "e": [null, true, 1.5]}, []],
            "f": {"g": {"h": [[], [{}]]}},
            "i": -3
        })
    }

    #[test]
    fn compact_and_pretty_text_is_what_serde_json_writes() {
        let value = sample();
        assert_eq!(
            to_text(&value, Layout::Compact),
            serde_json::to_string(&value).unwrap()
        );
        assert_eq!(
            to_text(&value, Layout::Pretty),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(to_text(&json!([]), Layout::Pretty), "[]");
        assert_eq!(to_text(&json!({}), Layout::Pretty), "{}");
    }

    #[test]
    fn appending_keeps_what_was_there() {
        let mut out = String::from("[");
        append(&mut out, &sample(), Layout::Compact);
        assert_eq!(
            out,
            format!("[{}", serde_json::to_string(&sample()).unwrap())
        );
    }
}
