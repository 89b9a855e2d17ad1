//! The one JSON writer of the model's encodings (the stored envelope, the sliced save, the
//! export, the wizard drafts and preferences stored beside them, and the objectives the
//! revision log compares): one serializer type, whose compact or pretty layout is chosen when it runs, so the
//! model's `Serialize` code is compiled once rather than once per layout and output type. The
//! text is byte for byte what `serde_json::to_string` (compact) and
//! `serde_json::to_string_pretty` (two-space indent) write.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io;

/// How the text is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line, no spaces: the stored form.
    Compact,
    /// Two-space indent, `": "` between key and value: exported files.
    Pretty,
}

/// Appends `value` as JSON to `out`.
pub fn append<T: Serialize + ?Sized>(
    out: &mut String,
    value: &T,
    layout: Layout,
) -> Result<(), serde_json::Error> {
    let formatter = LayoutFormatter {
        pretty: layout == Layout::Pretty,
        current_indent: 0,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(StringWriter(out), formatter);
    value.serialize(&mut serializer)
}

/// `value` as compact JSON text, or why it could not be written.
pub fn compact<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut out = String::new();
    append(&mut out, value, Layout::Compact)?;
    Ok(out)
}

/// `value` as JSON text; empty if it could not be written (plain structs with string keys
/// always can).
pub fn to_text<T: Serialize + ?Sized>(value: &T, layout: Layout) -> String {
    let mut out = String::new();
    match append(&mut out, value, layout) {
        Ok(()) => out,
        Err(_) => String::new(),
    }
}

/// Appends to a `String` through `io::Write` (serde_json writes only valid UTF-8, and splits
/// strings only at ASCII characters).
struct StringWriter<'a>(&'a mut String);

impl io::Write for StringWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        self.0.push_str(text);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// serde_json's `CompactFormatter` or `PrettyFormatter` (indent `"  "`), chosen by `pretty`.
struct LayoutFormatter {
    pretty: bool,
    current_indent: usize,
    has_value: bool,
}

impl LayoutFormatter {
    fn new_line<W: ?Sized + io::Write>(&self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b"\n")?;
        for _ in 0..self.current_indent {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        if self.pretty {
            self.current_indent += 1;
            self.has_value = false;
        }
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        if self.pretty {
            self.current_indent = self.current_indent.saturating_sub(1);
            if self.has_value {
                self.new_line(writer)?;
            }
        }
        writer.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.pretty {
            self.new_line(writer)?;
        }
        Ok(())
    }
}

impl Formatter for LayoutFormatter {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(if self.pretty { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
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
        append(&mut out, &sample(), Layout::Compact).unwrap();
        assert_eq!(
            out,
            format!("[{}", serde_json::to_string(&sample()).unwrap())
        );
    }
}
