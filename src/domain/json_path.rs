//! Finds the JSON path (such as `workspace.objectives[3].level`) of a position in JSON text,
//! so a type error reported by the parser at a line and column can say which field is wrong,
//! and finds where text nests deeper than a limit before any parser recurses into it.
//!
//! This walks the text once with a tiny scanner instead of tracking paths during typed
//! deserialisation, which would duplicate the deserialisation code for every record type.

/// One level of nesting while scanning.
#[derive(Clone, Debug)]
enum Frame {
    /// Inside an object: the last key read, and whether its value has started.
    Object { key: Option<String>, in_value: bool },
    /// Inside an array: the index of the current element.
    Array { index: usize },
}

/// The byte offset of a 1-based `line` and a `column` counted in bytes from the line start,
/// as serde_json reports positions.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (number, content) in text.split_inclusive('\n').enumerate() {
        if number + 1 == line {
            return (offset + column).min(text.len());
        }
        offset += content.len();
    }
    text.len()
}

/// The path of the value being read at `line`/`column` in `text`. The text is assumed to be
/// syntactically valid JSON up to that point; an empty string means the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    path_before(text, offset_of(text, line, column))
}

/// The path of the value at byte `offset` of `text` (assumed valid JSON up to there), as
/// [`path_at`] gives it for a line and column.
/// Between two members of an object (before a key, at a comma) the path is the object's.
pub fn path_at_offset(text: &str, offset: usize) -> String {
    path_of(text, offset.min(text.len()), true)
}

/// The path of the value that starts at byte `end` of `text`.
fn path_before(text: &str, end: usize) -> String {
    path_of(text, end, false)
}

/// [`path_before`]; with `members`, a position between an object's members has the object's
/// path rather than that of the member before it.
fn path_of(text: &str, end: usize, members: bool) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'{' => stack.push(Frame::Object {
                key: None,
                in_value: false,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { in_value, .. }) => *in_value = false,
                None => {}
            },
            b'"' => {
                let (content, next) = read_string(text, at);
                if let Some(Frame::Object {
                    key,
                    in_value: false,
                }) = stack.last_mut()
                {
                    *key = Some(content);
                }
                at = next;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    if members {
        if let Some(Frame::Object { key, in_value }) = stack.last_mut() {
            if !*in_value {
                *key = None;
            }
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Where text nests deeper than allowed: the path of the first value too deep, and its
/// 1-based line and column (in bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeepPlace {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

/// The first place where lists and objects in `text` nest more than `limit` levels deep, if
/// any. One pass without recursion, so any depth is safe; strings are skipped, so brackets
/// inside them do not count.
pub fn deeper_than(text: &str, limit: usize) -> Option<DeepPlace> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                at = string_end(bytes, at);
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > limit {
                    let line_start = bytes[..at]
                        .iter()
                        .rposition(|b| *b == b'\n')
                        .map_or(0, |newline| newline + 1);
                    let line = 1 + bytes[..line_start].iter().filter(|b| **b == b'\n').count();
                    return Some(DeepPlace {
                        path: path_before(text, at),
                        line,
                        column: at - line_start + 1,
                    });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
    }
    None
}

/// The offset just after the string whose opening quote is at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// Reads the string starting at the quote at `start`; returns its raw content (escapes left as
/// written, which is enough for keys) and the offset just after the closing quote.
fn read_string(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => {
                let content = text.get(start + 1..at).unwrap_or_default().to_string();
                return (content, at + 1);
            }
            _ => at += 1,
        }
    }
    (
        text.get(start + 1..).unwrap_or_default().to_string(),
        bytes.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_position(text: &str) -> (usize, usize) {
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct Item {
            level: Level,
            n: f64,
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "kebab-case")]
        enum Level {
            Strategic,
        }
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct Doc {
            items: Vec<Item>,
        }
        match serde_json::from_str::<Doc>(text) {
            Err(error) => (error.line(), error.column()),
            Ok(_) => (0, 0),
        }
    }

    #[test]
    fn a_wrong_value_is_found_inside_arrays_and_objects() {
        let text = r#"{"items":[{"level":"strategic","n":1},{"n":2,"level":"strategik"}]}"#;
        let (line, column) = error_position(text);
        assert_eq!(path_at(text, line, column), "items[1].level");
    }

    #[test]
    fn a_wrong_type_on_a_later_line_is_found() {
        let text = "{\n  \"items\": [\n    {\"level\": \"strategic\", \"n\": \"one\"}\n  ]\n}";
        let (line, column) = error_position(text);
        assert_eq!(path_at(text, line, column), "items[0].n");
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        let text = r#"{"items":[{"level":"strategic","n":1},{"level":"strategic"}]}"#;
        let (line, column) = error_position(text);
        assert_eq!(path_at(text, line, column), "items[1]");
    }

    #[test]
    fn strings_with_brackets_and_escaped_quotes_do_not_confuse_the_scanner() {
        let text = r#"{"a":"x]}\"{[","b":[1,2,{"c":"}"}]}"#;
        let end = text.find("\"c\"").map_or(0, |i| i + 5);
        assert_eq!(path_at(text, 1, end), "b[2].c");
    }

    #[test]
    fn nesting_is_measured_without_recursion_and_strings_do_not_count() {
        assert_eq!(deeper_than(r#"{"a":[[1]],"b":"[[[[[["}"#, 3), None);
        let deep = format!(
            "{{\n  \"x\": {}1{}}}",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        assert_eq!(
            deeper_than(&deep, 4),
            Some(DeepPlace {
                path: "x[0][0][0]".into(),
                line: 2,
                column: 11,
            })
        );
        let objects = r#"{"a":{"b":{"c":{}}}}"#;
        assert_eq!(deeper_than(objects, 4), None);
        assert_eq!(
            deeper_than(objects, 3).map(|place| place.path),
            Some("a.b.c".into())
        );
    }
}
