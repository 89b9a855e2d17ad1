//! Typed, globally unique identifiers (UUIDs) for every record that can be linked or merged.
//!
//! Ids are created outside the domain (the app asks the browser's crypto source) and passed in,
//! so domain code stays deterministic and testable.

use crate::domain::json_out::WriteJson;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// Reads an id exactly as `Uuid`'s own `Deserialize` does (the same values accepted, the same
/// errors), with the canonical hyphenated text, which is what every id in a workspace is, read
/// by [`parse_hyphenated`] first: ids are most of the text a workspace holds, and the `uuid`
/// crate's parser, written for optimising compilers, is slow as the browser's baseline code
/// that a first visit runs.
fn deserialize_uuid<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Uuid, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_str(UuidText)
    } else {
        Uuid::deserialize(deserializer)
    }
}

/// [`deserialize_uuid`]'s visitor: anything but hyphenated text goes to `Uuid`'s own.
struct UuidText;

impl<'de> Visitor<'de> for UuidText {
    type Value = Uuid;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Uuid`'s own words, so that a wrong value reads as it always did.
        formatter.write_str("a formatted UUID string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Uuid, E> {
        match parse_hyphenated(value.as_bytes()) {
            Some(uuid) => Ok(uuid),
            None => Uuid::deserialize(de::value::StrDeserializer::<E>::new(value)),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Uuid, E> {
        Uuid::deserialize(de::value::BytesDeserializer::<E>::new(value))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Uuid, A::Error> {
        Uuid::deserialize(de::value::SeqAccessDeserializer::new(seq))
    }
}

/// The canonical hyphenated form, `8-4-4-4-12` hexadecimal digits of either case, as
/// `Uuid::parse_str` reads it; `None` for anything else (which `Uuid` may still accept in
/// another form).
fn parse_hyphenated(text: &[u8]) -> Option<Uuid> {
    if text.len() != 36 {
        return None;
    }
    let mut high: u64 = 0;
    let mut low: u64 = 0;
    let mut digits = 0;
    let mut index = 0;
    while let Some(&byte) = text.get(index) {
        if matches!(index, 8 | 13 | 18 | 23) {
            if byte != b'-' {
                return None;
            }
        } else {
            let nibble = match byte {
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' => byte - b'a' + 10,
                b'A'..=b'F' => byte - b'A' + 10,
                _ => return None,
            };
            if digits < 16 {
                high = (high << 4) | u64::from(nibble);
            } else {
                low = (low << 4) | u64::from(nibble);
            }
            digits += 1;
        }
        index += 1;
    }
    Some(Uuid::from_u64_pair(high, low))
}

/// The UUID an id's text holds, read as ids are read from JSON (the hyphenated form by
/// [`parse_hyphenated`], anything else by `Uuid`'s own rules); `None` where they refuse it.
pub fn uuid_from_text(text: &str) -> Option<Uuid> {
    parse_hyphenated(text.as_bytes()).or_else(|| Uuid::parse_str(text).ok())
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, WriteJson)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_uuid(deserializer).map(Self)
            }
        }

        impl $name {
            /// Wraps a UUID produced by an [`IdSource`].
            pub fn new(ids: &mut dyn IdSource) -> Self {
                Self(ids.next_uuid())
            }

            /// Parses the canonical hyphenated form used in URLs and files.
            pub fn parse(text: &str) -> Option<Self> {
                Uuid::parse_str(text.trim()).ok().map(Self)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

typed_id!(
    /// Identifies a service management objective.
    ObjectiveId
);
typed_id!(
    /// Identifies a statement of the service management policy.
    PolicyId
);
typed_id!(
    /// Identifies an applicable requirement.
    RequirementId
);
typed_id!(
    /// Identifies a key performance indicator of an objective.
    KpiId
);
typed_id!(
    /// Identifies any other record: actions, measurements, reviews, communications.
    RecordId
);

/// Where new UUIDs come from. The browser uses its crypto source; tests use a counter.
pub trait IdSource {
    fn next_uuid(&mut self) -> Uuid;
}

/// Random version-4 UUIDs from the platform's secure random source.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomIds;

impl IdSource for RandomIds {
    fn next_uuid(&mut self) -> Uuid {
        Uuid::new_v4()
    }
}

/// Predictable UUIDs (`00000000-0000-4000-8000-00000000000n`) for tests and fixtures.
#[derive(Debug, Default, Clone)]
pub struct SequentialIds {
    next: u128,
}

impl SequentialIds {
    pub fn starting_at(next: u128) -> Self {
        Self { next }
    }
}

impl IdSource for SequentialIds {
    fn next_uuid(&mut self) -> Uuid {
        self.next += 1;
        // Keep the version and variant bits of a v4 UUID so the ids look like real ones.
        Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0000 | self.next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `Uuid`'s own `Deserialize` gives for `json`, as text (value or error).
    fn as_uuid_reads(json: &str) -> Result<String, String> {
        serde_json::from_str::<Uuid>(json)
            .map(|uuid| uuid.to_string())
            .map_err(|error| error.to_string())
    }

    fn as_ids_read(json: &str) -> Result<String, String> {
        serde_json::from_str::<ObjectiveId>(json)
            .map(|id| id.0.to_string())
            .map_err(|error| error.to_string())
    }

    #[test]
    fn ids_read_exactly_what_uuid_reads() {
        let mut cases: Vec<String> = [
            "\"936da01f-9abd-4d9d-80c7-02af85c822a8\"",
            "\"936DA01F-9ABD-4D9D-80C7-02AF85C822A8\"",
            "\"00000000-0000-0000-0000-000000000000\"",
            "\"ffffffff-ffff-ffff-ffff-ffffffffffff\"",
            "\"936da01f9abd4d9d80c702af85c822a8\"",
            "\"{936da01f-9abd-4d9d-80c7-02af85c822a8}\"",
            "\"urn:uuid:936da01f-9abd-4d9d-80c7-02af85c822a8\"",
            "\"936da01f-9abd-4d9d-80c7-02af85c822a\"",
            "\"936da01f-9abd-4d9d-80c7-02af85c822a8a\"",
            "\"936da01f+9abd-4d9d-80c7-02af85c822a8\"",
            "\"936da01f-9abd-4d9d-80c7-02af85c822ag\"",
            "\"936da01f-9abd-4d9d-80c7_02af85c822a8\"",
            "\" 936da01f-9abd-4d9d-80c7-02af85c822a\"",
            "\"936da01f-9abd-4d9d-80c7-02af85c822é\"",
            "\"\"",
            "12",
            "null",
            "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]",
            "[1,2]",
            "{}",
        ]
        .iter()
        .map(|case| case.to_string())
        .collect();
        // Every position of a valid id, changed to each kind of character.
        let valid = "936da01f-9abd-4d9d-80c7-02af85c822a8";
        for position in 0..valid.len() {
            for replacement in ['-', '0', 'a', 'F', 'g', 'G', '/', ':', '@', '`', ' '] {
                let mut text: Vec<char> = valid.chars().collect();
                text[position] = replacement;
                cases.push(format!("\"{}\"", text.into_iter().collect::<String>()));
            }
        }
        for case in &cases {
            assert_eq!(as_ids_read(case), as_uuid_reads(case), "{case}");
        }
        // Random ids in both cases read back as themselves.
        let mut seed: u64 = 0x1d50_f5e7_2026_0001;
        for _ in 0..2_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let uuid = Uuid::from_u64_pair(seed, seed.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15);
            for text in [uuid.to_string(), uuid.to_string().to_uppercase()] {
                let json = format!("\"{text}\"");
                assert_eq!(as_ids_read(&json), Ok(uuid.to_string()), "{json}");
            }
        }
    }

    #[test]
    fn sequential_ids_are_distinct_and_parse_back() {
        let mut ids = SequentialIds::default();
        let a = ObjectiveId::new(&mut ids);
        let b = ObjectiveId::new(&mut ids);
        assert_ne!(a, b);
        assert_eq!(ObjectiveId::parse(&a.to_string()), Some(a));
        assert_eq!(a.0.get_version_num(), 4);
    }

    #[test]
    fn parse_rejects_garbage() {
        assert_eq!(ObjectiveId::parse("not-a-uuid"), None);
        assert_eq!(ObjectiveId::parse(""), None);
    }
}
