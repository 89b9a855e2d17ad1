//! The one hasher behind every hash map and set of SixTwo: foldhash, keyed with a secret drawn
//! once per run from the platform's secure random source.
//!
//! Why one hasher: the standard library's tables are generic over the hasher, so each hasher in
//! the build compiles every map operation again; with SipHash for some maps and a second hasher
//! for others the first download carried both (measured at stop 22: +3.6 KB gzip). Every map and
//! set in `src/` therefore uses [`HashMap`] and [`HashSet`] from here, never the standard
//! library's defaults.
//!
//! Why keyed: most keys are ids and codes read from files someone else may have written. With a
//! hash function whose key an attacker knows, a file can be built whose ids all land in one
//! bucket, and every check, merge and roll-up over it turns quadratic (hash flooding). The secret
//! is drawn the first time a map hashes anything, through `Uuid::new_v4` (the same source that
//! makes new ids: the operating system natively, `crypto.getRandomValues` in the browser), so it
//! differs on every visit and nothing a file contains can reveal it; no map's order is written
//! anywhere a file's author could read it back. In the browser the standard library has no random
//! source, so its SipHash keys were the same on every visit: this is stronger there than what it
//! replaces, and faster everywhere.

use foldhash::fast::FoldHasher;
use foldhash::SharedSeed;
use std::hash::BuildHasher;
use std::sync::OnceLock;
use uuid::Uuid;

/// A hash map keyed with the run's secret.
pub type HashMap<K, V> = std::collections::HashMap<K, V, KeyedState>;

/// A hash set keyed with the run's secret.
pub type HashSet<T> = std::collections::HashSet<T, KeyedState>;

/// Builds every map's hashers from the run's secret. It holds nothing itself (the secret is
/// global), so maps are no larger than with a fixed hasher.
#[derive(Debug, Clone, Copy, Default)]
pub struct KeyedState;

impl BuildHasher for KeyedState {
    type Hasher = FoldHasher<'static>;

    #[inline]
    fn build_hasher(&self) -> FoldHasher<'static> {
        let secret = secret();
        FoldHasher::with_seed(secret.start, &secret.seed)
    }
}

/// The secret every hash folds in: foldhash's start value and its shared seed.
struct Secret {
    start: u64,
    seed: SharedSeed,
}

fn secret() -> &'static Secret {
    static SECRET: OnceLock<Secret> = OnceLock::new();
    SECRET.get_or_init(|| {
        // A version 4 UUID holds 122 random bits: 60 in the first half, 62 in the second.
        let (start, seed) = Uuid::new_v4().as_u64_pair();
        Secret {
            start,
            seed: SharedSeed::from_u64(seed),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_different_keys_apart() {
        let state = KeyedState;
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        assert_eq!(state.hash_one(a), KeyedState.hash_one(a));
        assert_ne!(state.hash_one(a), state.hash_one(b));
        assert_eq!(
            state.hash_one("CODE-1"),
            state.hash_one(String::from("CODE-1"))
        );
    }

    #[test]
    fn maps_and_sets_work_as_the_standard_ones() {
        let mut map: HashMap<Uuid, usize> = HashMap::default();
        for n in 0..1_000u128 {
            map.insert(Uuid::from_u128(n), n as usize);
        }
        assert_eq!(map.len(), 1_000);
        assert_eq!(map.get(&Uuid::from_u128(999)), Some(&999));
        let set: HashSet<&str> = ["a", "b", "a"].into_iter().collect();
        assert_eq!(set.len(), 2);
    }
}
