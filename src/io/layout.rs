//! Dropping the layout of a JSON text (the indentation and line breaks of a pretty-printed
//! export) in one tight pass, so that the parsers after it read a third fewer bytes.
//!
//! The result means exactly what the text means, or there is none: whitespace is only removed
//! between tokens, never inside a string, and where removing it would join two tokens into one
//! (`1 2`, `tru e`) the text is given back as it is (`None`), to be read, and refused, with its
//! own line and column numbers.

/// `text` without the whitespace between its tokens, or `None` when that could change what
/// it means, when there is nothing to drop, or when lists and objects nest more than
/// `max_depth` levels (counted as `json_path::deeper_than` counts them, which then says where).
pub fn without_layout(text: &str, max_depth: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut at = 0;
    let mut dropped = false;
    let mut depth = 0usize;
    while at < bytes.len() {
        match bytes[at] {
            b' ' | b'\n' | b'\r' | b'\t' => {
                let start = at;
                while at < bytes.len() && matches!(bytes[at], b' ' | b'\n' | b'\r' | b'\t') {
                    at += 1;
                }
                let before = out.last().copied();
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
                at += 1;
                while at < bytes.len() {
                    match bytes[at] {
                        b'"' => break,
                        b'\\' => at += 2,
                        _ => at += 1,
                    }
                }
                // An unterminated string: copy the rest; the parser reports it.
                let end = (at + 1).min(bytes.len());
                out.extend_from_slice(&bytes[start..end]);
                at = end;
            }
            _ => {
                // A run of punctuation, digits or letters outside strings.
                let start = at;
                while at < bytes.len() {
                    match bytes[at] {
                        b' ' | b'\n' | b'\r' | b'\t' | b'"' => break,
                        b'{' | b'[' => {
                            depth += 1;
                            if depth > max_depth {
                                return None;
                            }
                        }
                        b'}' | b']' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    at += 1;
                }
                out.extend_from_slice(&bytes[start..at]);
            }
        }
    }
    if !dropped {
        return None;
    }
    // Only ASCII whitespace outside strings was removed, and every string and every other
    // run of bytes was copied whole, so the bytes are still UTF-8.
    String::from_utf8(out).ok()
}

/// Whether a byte can be part of a literal or a number, so that dropping the whitespace
/// between two of them would join two tokens.
fn joins(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'+' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indentation_is_dropped_and_strings_are_kept() {
        let text = "{\n  \"a b\": [\n    1,\n    \"x \\\" \\n y\"\n  ],\r\n\t\"c\": true\n}\n";
        assert_eq!(
            without_layout(text, 32).as_deref(),
            Some("{\"a b\":[1,\"x \\\" \\n y\"],\"c\":true}")
        );
    }

    #[test]
    fn text_without_layout_is_given_back_as_none() {
        assert_eq!(without_layout("{\"a\":[1,2]}", 32), None);
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
            assert_eq!(without_layout(text, 32), None, "{text}");
        }
        assert_eq!(without_layout("[1 ,2]", 32).as_deref(), Some("[1,2]"));
    }

    #[test]
    fn broken_strings_stay_broken() {
        // A raw line break inside a string is not JSON; it stays inside the string.
        let text = "[\"a\n   b\", 1]";
        assert_eq!(without_layout(text, 32).as_deref(), Some("[\"a\n   b\",1]"));
        // An unterminated string, and a backslash at the very end.
        assert_eq!(without_layout("[ \"abc", 32).as_deref(), Some("[\"abc"));
        assert_eq!(without_layout("[ \"abc\\", 32).as_deref(), Some("[\"abc\\"));
        assert!(serde_json::from_str::<serde_json::Value>("[\"a\n   b\",1]").is_err());
    }

    #[test]
    fn text_nested_too_deep_is_given_back_as_none() {
        let deep = format!("[ {}1{} ]", "[".repeat(32), "]".repeat(32));
        assert_eq!(without_layout(&deep, 32), None);
        let fits = format!("[ {}1{} ]", "[".repeat(31), "]".repeat(31));
        assert!(without_layout(&fits, 32).is_some());
        // Brackets inside strings do not count.
        let quoted = format!("[ \"{}\" ]", "[".repeat(40));
        assert!(without_layout(&quoted, 32).is_some());
        for text in [deep, fits, quoted] {
            assert_eq!(
                without_layout(&text, 32).is_none(),
                crate::io::json_path::deeper_than(&text, 32).is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn multibyte_text_survives() {
        let text = "{ \"名称\" : \"服务台 \u{1F3AF}\" }";
        assert_eq!(
            without_layout(text, 32).as_deref(),
            Some("{\"名称\":\"服务台 \u{1F3AF}\"}")
        );
    }
}
