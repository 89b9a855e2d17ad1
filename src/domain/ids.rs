//! Typed, globally unique identifiers (UUIDs) for every record that can be linked or merged.
//!
//! Ids are created outside the domain (the app asks the browser's crypto source) and passed in,
//! so domain code stays deterministic and testable.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

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
