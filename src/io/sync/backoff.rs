//! How long to wait before trying the server again after a failure: doubling from one second
//! up to a minute, with random spread so that a team's browsers do not all come back at once
//! after the server restarts. A success starts again from the shortest wait.

use std::time::Duration;

/// The first wait after a failure.
pub const FIRST_WAIT: Duration = Duration::from_secs(1);
/// The longest wait between tries.
pub const LONGEST_WAIT: Duration = Duration::from_secs(60);

/// Failures since the last success, and the wait they call for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// Records a failure and returns how long to wait before the next try. `spread` is a
    /// random number in `0..1`: the wait is between half and all of the doubled wait.
    pub fn failed(&mut self, spread: f64) -> Duration {
        let doubled = FIRST_WAIT
            .checked_mul(1u32 << self.failures.min(16))
            .unwrap_or(LONGEST_WAIT)
            .min(LONGEST_WAIT);
        self.failures = self.failures.saturating_add(1);
        let spread = if spread.is_finite() {
            spread.clamp(0.0, 1.0)
        } else {
            0.0
        };
        doubled.mul_f64(0.5 + spread / 2.0)
    }

    /// A request succeeded: the next failure waits the shortest time again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_a_minute_and_start_again_after_a_success() {
        let mut backoff = Backoff::default();
        let waits: Vec<u64> = (0..9).map(|_| backoff.failed(1.0).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(backoff.failures(), 9);
        backoff.succeeded();
        assert_eq!(backoff.failed(1.0), FIRST_WAIT);
    }

    #[test]
    fn the_spread_keeps_waits_between_half_and_all() {
        let mut low = Backoff::default();
        let mut high = Backoff::default();
        for _ in 0..5 {
            let (a, b) = (low.failed(0.0), high.failed(1.0));
            assert_eq!(a * 2, b);
        }
        assert_eq!(Backoff::default().failed(f64::NAN), FIRST_WAIT / 2);
        assert_eq!(Backoff::default().failed(7.0), FIRST_WAIT);
        let mut many = Backoff::default();
        for _ in 0..100 {
            assert!(many.failed(0.5) <= LONGEST_WAIT);
        }
    }
}
