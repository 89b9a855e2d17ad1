//! Content hashes for sync: documents' bodies written as canonical JSON (object keys sorted,
//! no spaces) and hashed with 64-bit FNV-1a, so that every browser computes the same hash for
//! the same content, whatever the order its JSON library keeps keys in.

use serde_json::Value;
use std::fmt::Write as _;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of `parts`, each followed by a zero byte so that `["ab", "c"]` and
/// `["a", "bc"]` differ.
pub fn fnv64(parts: &[&[u8]]) -> u64 {
    let mut hash = FNV_OFFSET;
    for part in parts {
        for byte in part.iter().chain(std::iter::once(&0u8)) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(FNV_PRIME);
        }
    }
    hash
}

/// `hash` as 16 lowercase hex digits.
pub fn hex16(hash: u64) -> String {
    format!("{hash:016x}")
}

/// `value` as JSON with every object's keys in sorted order and no whitespace.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            crate::domain::sorting::sort(&mut keys);
            out.push('{');
            for (n, key) in keys.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                if let Some(inner) = map.get(key) {
                    write_canonical(inner, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

/// The content hash of a document body: 16 hex digits.
pub fn content_hash(body: &Value) -> String {
    hex16(fnv64(&[canonical_json(body).as_bytes()]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let a = json!({"b": 1, "a": {"y": [1, {"d": 2, "c": 3}], "x": "é"}});
        assert_eq!(
            canonical_json(&a),
            r#"{"a":{"x":"é","y":[1,{"c":3,"d":2}]},"b":1}"#
        );
    }

    #[test]
    fn fnv_matches_the_reference_values_and_separates_parts() {
        // FNV-1a 64 of "a" followed by the separator byte.
        assert_eq!(fnv64(&[]), FNV_OFFSET);
        assert_ne!(fnv64(&[b"ab", b"c"]), fnv64(&[b"a", b"bc"]));
        assert_eq!(hex16(fnv64(&[b"a"])).len(), 16);
    }

    #[test]
    fn equal_content_has_equal_hashes_and_any_change_shows() {
        let one = json!({"record": {"id": "x", "title": "A"}, "rank": 1.0});
        let same = json!({"rank": 1.0, "record": {"title": "A", "id": "x"}});
        let other = json!({"rank": 1.0, "record": {"title": "B", "id": "x"}});
        assert_eq!(content_hash(&one), content_hash(&same));
        assert_ne!(content_hash(&one), content_hash(&other));
    }
}
