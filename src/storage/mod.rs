//! Persistence behind a small key-value trait: a browser implementation over `localStorage`
//! and an in-memory one for tests, plus the save/load rules that never lose data.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod drafts;
#[cfg(target_arch = "wasm32")]
pub mod indexed_db;
pub mod memory;
pub mod persistence;
pub mod prefs;
pub mod sync;
pub mod unsaved;
pub mod workspaces;

pub use memory::MemoryStore;
pub use persistence::{External, Opened, Persistence, SaveError, Saved};

/// The key holding the workspace envelope. One key, so every save is atomic.
pub const WORKSPACE_KEY: &str = "sixtwo.workspace";
/// The key holding interface preferences (language, open tree nodes).
pub const PREFS_KEY: &str = "sixtwo.prefs";
/// The key holding unfinished wizards.
pub const DRAFTS_KEY: &str = "sixtwo.drafts";
/// The key holding what this browser remembers about team sync (never the password).
pub const SYNC_KEY: &str = "sixtwo.sync";
/// A scratch key written and removed at start-up to learn whether writes work at all.
pub const PROBE_KEY: &str = "sixtwo.probe";

/// The origin's Web Storage quota in UTF-16 code units, as Chromium counts it
/// (5 MiB of two-byte units, shared by all keys and values).
pub const QUOTA_UTF16_UNITS: usize = 5 * 1024 * 1024;

/// The share of the quota above which the Data page warns that storage is filling up: room
/// for some months of records at a team's pace, time enough to export and make room.
pub const STORAGE_WARNING_SHARE: f64 = 0.8;

/// Whether `units` stored call for the warning.
pub fn storage_nearly_full(units: usize) -> bool {
    units as f64 >= QUOTA_UTF16_UNITS as f64 * STORAGE_WARNING_SHARE
}

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refuses storage (blocked cookies, sandboxing, private mode).
    Unavailable(String),
    /// The origin's quota is used up; nothing was written.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
}

/// Minimal string storage. Implementations never panic; every failure is a [`StoreError`].
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// A store that refuses everything, for browsers where `localStorage` cannot even be opened.
#[derive(Clone, Debug)]
pub struct Unavailable(pub StoreError);

impl KeyValueStore for Unavailable {
    fn get(&self, _key: &str) -> Result<Option<String>, StoreError> {
        Err(self.0.clone())
    }

    fn set(&self, _key: &str, _value: &str) -> Result<(), StoreError> {
        Err(self.0.clone())
    }

    fn remove(&self, _key: &str) -> Result<(), StoreError> {
        Err(self.0.clone())
    }
}

impl<T: KeyValueStore + ?Sized> KeyValueStore for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
}

impl<T: KeyValueStore + ?Sized> KeyValueStore for std::rc::Rc<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
}

/// How much of the quota `text` under `key` costs, in UTF-16 code units.
pub fn utf16_cost(key: &str, text: &str) -> usize {
    utf16_len(key) + utf16_len(text)
}

/// The length of `text` in UTF-16 code units, counted from its UTF-8 bytes: every character
/// is one unit except those encoded in four bytes, which are two. Counting bytes instead of
/// decoding characters keeps this cheap for megabytes of stored text; eight bytes are looked
/// at together (every save counts the whole stored text).
fn utf16_len(text: &str) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut units = 0;
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        let w = u64::from_le_bytes(eight);
        // Bit 7 of each byte, with bits 6, 5 and 4 shifted onto it.
        let (b6, b5, b4) = (w << 1, w << 2, w << 3);
        let continuation = w & !b6 & HIGH_BITS; // 10xxxxxx
        let four_byte_start = w & b6 & b5 & b4 & HIGH_BITS; // 11110xxx
        units += 8 - continuation.count_ones() as usize + four_byte_start.count_ones() as usize;
    }
    units
        + words
            .remainder()
            .iter()
            .map(|byte| match byte {
                0x80..=0xBF => 0, // continuation byte
                0xF0..=0xFF => 2, // starts a four-byte sequence
                _ => 1,
            })
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_length_matches_the_standard_library() {
        for text in ["", "ascii", "中文目标", "emoji 😀 and 𝄞", "mixé ß 战略 S1"] {
            assert_eq!(utf16_len(text), text.encode_utf16().count(), "{text}");
        }
        // Every character at every offset from an eight-byte boundary.
        let characters = [
            "a",
            "é",
            "战",
            "😀",
            "\u{7f}",
            "\u{80}",
            "\u{7ff}",
            "\u{ffff}",
            "\u{10ffff}",
        ];
        for (i, first) in characters.iter().enumerate() {
            for padding in 0..9 {
                let text: String = std::iter::repeat_n("x", padding)
                    .chain([*first])
                    .chain(characters.iter().cycle().skip(i).take(13).copied())
                    .collect();
                assert_eq!(utf16_len(&text), text.encode_utf16().count(), "{text:?}");
            }
        }
        assert_eq!(utf16_cost("k", "中😀"), 1 + 3);
    }
}
