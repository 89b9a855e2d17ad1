//! Dropping the layout of a JSON text (the indentation and line breaks of a pretty-printed
//! export) in one tight pass, so that the parsers after it read a third fewer bytes.
//!
//! The result means exactly what the text means, or there is none: whitespace is only removed
//! between tokens, never inside a string, and where removing it would join two tokens into one
//! (`1 2`, `tru e`) the text is given back as it is (`None`), to be read, and refused, with its
//! own line and column numbers.
//!
//! The same pass finds the fields the file format does not know (as `shape::unknown_fields`
//! does), since it sees every key anyway.

use super::shape::{Shape, UnknownFields};

/// A JSON text without its layout, and the fields it holds that its shape does not allow.
#[derive(Debug, PartialEq)]
pub struct WithoutLayout {
    /// The text without the whitespace between its tokens.
    pub text: String,
    /// The unknown fields, as `shape::unknown_fields` finds them; `None` when a key that had
    /// to be compared holds an escape (`\"`, `\u…`), which only the full walk reads.
    pub unknown: Option<UnknownFields>,
}

/// `text` without the whitespace between its tokens, with the fields `shape` does not allow
/// (keeping at most `keep` paths), or `None` when dropping the whitespace could change what
/// the text means, when there is nothing to drop, or when lists and objects nest more than
/// `max_depth` levels (counted as `json_path::deeper_than` counts them, which then says where).
///
/// The fields are found in the same pass, as `shape::unknown_fields` walks them: keys are
/// compared with the shape only where the shape knows the record, and values of unknown or
/// plain fields are skipped. The text is expected to be JSON (the caller decodes it); for text
/// that is not, the fields found mean nothing.
pub fn without_layout(
    text: &str,
    max_depth: usize,
    shape: &'static Shape,
    keep: usize,
) -> Option<WithoutLayout> {
    let bytes = text.as_bytes();
    // Built from slices of `text` that start and end at ASCII bytes (a quote, whitespace or
    // punctuation) or at its ends, so every slice is whole characters and the copy needs no
    // UTF-8 check of its own: `text` was checked once, where the file's bytes became text.
    let mut out = String::with_capacity(bytes.len());
    let mut at = 0;
    let mut dropped = false;
    let mut walk = ShapeWalk {
        frames: Vec::with_capacity(max_depth.min(64)),
        top: Some(shape),
        keep,
        found: UnknownFields::default(),
        escaped_key: false,
    };
    while at < bytes.len() {
        match bytes[at] {
            b' ' | b'\n' | b'\r' | b'\t' => {
                let start = at;
                while at < bytes.len() && matches!(bytes[at], b' ' | b'\n' | b'\r' | b'\t') {
                    at += 1;
                }
                let before = out.as_bytes().last().copied();
                let after = bytes.get(at).copied();
                if before.is_some_and(joins) && after.is_some_and(joins) {
                    // Two words or numbers side by side: keep the text as it is.
                    return None;
                }
                dropped |= at > start;
            }
            b'"' => {
                // A string, copied as it is up to its closing quote (a quote after a
                // backslash does not close it).
                let start = at;
                let mut escaped = false;
                at += 1;
                while at < bytes.len() {
                    match bytes[at] {
                        b'"' => break,
                        b'\\' => {
                            escaped = true;
                            at += 2;
                        }
                        _ => at += 1,
                    }
                }
                // An unterminated string: copy the rest; the parser reports it.
                let end = (at + 1).min(bytes.len());
                out.push_str(text.get(start..end)?);
                if let Some(content) = text.get(start + 1..at) {
                    walk.string(content, escaped);
                }
                at = end;
            }
            _ => {
                // A run of punctuation, digits or letters outside strings.
                let start = at;
                while at < bytes.len() {
                    match bytes[at] {
                        b' ' | b'\n' | b'\r' | b'\t' | b'"' => break,
                        b'{' => {
                            walk.open(true);
                            if walk.frames.len() > max_depth {
                                return None;
                            }
                        }
                        b'[' => {
                            walk.open(false);
                            if walk.frames.len() > max_depth {
                                return None;
                            }
                        }
                        b'}' | b']' => {
                            walk.frames.pop();
                        }
                        b',' => walk.next(),
                        _ => {}
                    }
                    at += 1;
                }
                out.push_str(text.get(start..at)?);
            }
        }
    }
    if !dropped {
        return None;
    }
    let unknown = (!walk.escaped_key).then_some(walk.found);
    Some(WithoutLayout { text: out, unknown })
}

/// The records the scan is inside, each with what its shape allows.
struct ShapeWalk<'t> {
    frames: Vec<Frame<'t>>,
    /// The shape of the document, until its first value opens.
    top: Option<&'static Shape>,
    keep: usize,
    found: UnknownFields,
    /// A key that had to be compared holds an escape.
    escaped_key: bool,
}

/// An object or a list the scan is inside.
struct Frame<'t> {
    /// For an object: its keys when the shape knows it. For a list: its elements' shape when
    /// the shape walks it. `None`: nothing inside is looked at.
    shape: Option<&'static Shape>,
    object: bool,
    /// Objects: the next string is a key.
    expecting_key: bool,
    /// Objects: the last key read (for paths) and the shape of its value.
    key: &'t str,
    value: Option<&'static Shape>,
    /// Lists: the position of the current element.
    index: usize,
}

impl<'t> ShapeWalk<'t> {
    /// The shape of the value that starts now.
    fn value_shape(&mut self) -> Option<&'static Shape> {
        match self.frames.last() {
            None => self.top.take(),
            Some(frame) if frame.object => frame.value,
            Some(frame) => frame.shape,
        }
    }

    fn open(&mut self, object: bool) {
        let shape = match (self.value_shape(), object) {
            (Some(shape @ Shape::Object(_)), true) => Some(shape),
            (Some(Shape::List(element)), false) => Some(*element),
            _ => None,
        };
        self.frames.push(Frame {
            shape,
            object,
            expecting_key: object,
            key: "",
            value: None,
            index: 0,
        });
    }

    fn next(&mut self) {
        if let Some(frame) = self.frames.last_mut() {
            if frame.object {
                frame.expecting_key = true;
            } else {
                frame.index += 1;
            }
        }
    }

    fn string(&mut self, content: &'t str, escaped: bool) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        if !(frame.object && frame.expecting_key) {
            return;
        }
        frame.expecting_key = false;
        frame.key = content;
        frame.value = None;
        let Some(Shape::Object(keys)) = frame.shape else {
            return;
        };
        if escaped {
            self.escaped_key = true;
            return;
        }
        match keys.iter().find(|(known, _)| *known == content) {
            Some((_, shape)) => frame.value = Some(shape),
            None => {
                if self.found.shown.len() < self.keep {
                    let path = self.path();
                    self.found.shown.push(path);
                }
                self.found.total += 1;
            }
        }
    }

    /// The JSON path of the current key of the innermost object.
    fn path(&self) -> String {
        let mut path = String::new();
        for frame in &self.frames {
            if frame.object {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(frame.key);
            } else {
                path.push_str(&format!("[{}]", frame.index));
            }
        }
        path
    }
}

/// Whether a byte can be part of a literal or a number, so that dropping the whitespace
/// between two of them would join two tokens.
fn joins(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'+' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::shape::{unknown_fields, ENVELOPE};

    /// The text without its layout, as the import reads it.
    fn layout_dropped(text: &str) -> Option<String> {
        without_layout(text, 32, &ENVELOPE, 50).map(|found| found.text)
    }

    /// Checks that the fields found in the pass are the ones the full walk finds.
    fn same_unknown_fields(text: &str, keep: usize) {
        let found = without_layout(text, 32, &ENVELOPE, keep)
            .unwrap_or_else(|| panic!("has layout: {text}"));
        assert_eq!(
            found.unknown,
            Some(unknown_fields(text, &ENVELOPE, keep)),
            "{text}"
        );
    }

    #[test]
    fn indentation_is_dropped_and_strings_are_kept() {
        let text = "{\n  \"a b\": [\n    1,\n    \"x \\\" \\n y\"\n  ],\r\n\t\"c\": true\n}\n";
        assert_eq!(
            layout_dropped(text).as_deref(),
            Some("{\"a b\":[1,\"x \\\" \\n y\"],\"c\":true}")
        );
    }

    #[test]
    fn text_without_layout_is_given_back_as_none() {
        assert_eq!(layout_dropped("{\"a\":[1,2]}"), None);
    }

    #[test]
    fn whitespace_that_separates_two_tokens_keeps_the_text_as_it_is() {
        for text in [
            "[1 2]",
            "[tru e]",
            "[1\n-2]",
            "{\"a\": 1 .5}",
            "[null\ttrue]",
        ] {
            assert_eq!(layout_dropped(text), None, "{text}");
        }
        assert_eq!(layout_dropped("[1 ,2]").as_deref(), Some("[1,2]"));
    }

    #[test]
    fn broken_strings_stay_broken() {
        // A raw line break inside a string is not JSON; it stays inside the string.
        let text = "[\"a\n   b\", 1]";
        assert_eq!(layout_dropped(text).as_deref(), Some("[\"a\n   b\",1]"));
        assert!(serde_json::from_str::<serde_json::Value>("[\"a\n   b\",1]").is_err());
        // An unterminated string, and a backslash at the very end.
        assert_eq!(layout_dropped("[ \"abc").as_deref(), Some("[\"abc"));
        assert_eq!(layout_dropped("[ \"abc\\").as_deref(), Some("[\"abc\\"));
    }

    #[test]
    fn whitespace_at_either_end_and_escaped_backslashes() {
        assert_eq!(layout_dropped("  [1]\n").as_deref(), Some("[1]"));
        assert_eq!(layout_dropped("\n").as_deref(), Some(""));
        // An escaped backslash right before the closing quote: the quote closes the string.
        let text = "[ \"a\\\\\", \"b \\\" c\" ]";
        assert_eq!(
            layout_dropped(text).as_deref(),
            Some("[\"a\\\\\",\"b \\\" c\"]")
        );
    }

    #[test]
    fn the_text_without_layout_means_what_the_fixtures_mean() {
        let fixtures = [
            include_str!("../../tests/fixtures/schema-v1.json"),
            include_str!("../../tests/fixtures/schema-v2.json"),
            include_str!("../../tests/fixtures/schema-v3.json"),
        ];
        for text in fixtures {
            let dropped = layout_dropped(text).unwrap_or_default();
            assert!(dropped.len() < text.len());
            assert!(!dropped.contains("\n"));
            let original: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            let read: serde_json::Value = serde_json::from_str(&dropped).unwrap_or_default();
            assert_eq!(read, original);
            assert_ne!(read, serde_json::Value::Null);
        }
    }

    #[test]
    fn text_nested_too_deep_is_given_back_as_none() {
        let deep = format!("[ {}1{} ]", "[".repeat(32), "]".repeat(32));
        let fits = format!("[ {}1{} ]", "[".repeat(31), "]".repeat(31));
        // Brackets inside strings do not count.
        let quoted = format!("[ \"{}\" ]", "[".repeat(40));
        for text in [deep, fits, quoted] {
            assert_eq!(
                layout_dropped(&text).is_none(),
                crate::io::json_path::deeper_than(&text, 32).is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn multibyte_text_survives() {
        let text = "{ \"名称\" : \"服务台 \u{1F3AF}\" }";
        assert_eq!(
            layout_dropped(text).as_deref(),
            Some("{\"名称\":\"服务台 \u{1F3AF}\"}")
        );
        // A backslash before a character of several bytes (not JSON; the parser says so):
        // the scan steps into the character, and the copy still holds it whole.
        assert_eq!(
            layout_dropped("[ \"\\é\" , \"\\\u{1F3AF}\" ]").as_deref(),
            Some("[\"\\é\",\"\\\u{1F3AF}\"]")
        );
    }

    #[test]
    fn unknown_fields_are_the_ones_the_full_walk_finds() {
        let text = r#"{
            "format": "sixtwo-workspace",
            "colour": "blue",
            "workspace": {
                "objectives": [
                    {"id": "x", "code": "S1", "title": "a, b: {c} [d]"},
                    {"id": "y", "code": "S2", "rating": 5, "kpis": [{"id": "k", "emoji": "🎯"}]},
                    {"kpis": [{"measurements": [{"id": 1, "mood": "ok"}, {"weather": {"x": 1}}]}]}
                ],
                "settings": {"theme": "dark", "atRiskBelow": 0.5},
                "policy": {"id": "a list expected, an object found"},
                "requirements": [[{"odd": 1}], "text", 3, null],
                "organisation": {"name": {"nested": "a plain field holding an object"}},
                "assessments": []
            },
            "last": [1, {"x": 2}]
        }"#;
        for keep in [0, 1, 3, 50] {
            same_unknown_fields(text, keep);
        }
        let found = without_layout(text, 32, &ENVELOPE, 50).and_then(|f| f.unknown);
        assert_eq!(found.map(|f| f.total), Some(7));
    }

    #[test]
    fn the_fixtures_of_every_schema_version_give_the_same_unknown_fields() {
        let fixtures = [
            include_str!("../../tests/fixtures/schema-v1.json"),
            include_str!("../../tests/fixtures/schema-v2.json"),
            include_str!("../../tests/fixtures/schema-v3.json"),
        ];
        for text in fixtures {
            same_unknown_fields(text, 50);
            // With unknown fields at each level of a record.
            let extended = text
                .replacen("\"id\": ", "\"extra\": {\"id\": [1, 2]},\n\"id\": ", 40)
                .replacen("\"date\": ", "\"n\": 1, \"date\": ", 10);
            assert!(unknown_fields(&extended, &ENVELOPE, 50).total >= 9);
            same_unknown_fields(&extended, 50);
            same_unknown_fields(&extended, 3);
        }
    }

    #[test]
    fn escaped_keys_leave_the_fields_to_the_full_walk() {
        let text = "{ \"workspace\": { \"poli\\u0063y\": [] } }";
        let found = without_layout(text, 32, &ENVELOPE, 50);
        assert_eq!(found.map(|f| f.unknown), Some(None));
        // Inside a value that is skipped anyway, an escaped key changes nothing.
        same_unknown_fields("{ \"colour\": { \"a\\\"b\": 1 } }", 50);
    }
}
