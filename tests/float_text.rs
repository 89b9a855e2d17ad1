//! `domain::float_text::display` writes every float exactly as `format!("{value}")` does: edge
//! cases written out, every power of two and of ten, numbers as people type them, and random
//! bit patterns (subnormals, huge and tiny values, NaN and infinities included).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sixtwo::domain::float_text::display;

fn assert_same(value: f64) {
    assert_eq!(
        display(value),
        format!("{value}"),
        "{:?} ({:#x})",
        value,
        value.to_bits()
    );
}

#[test]
fn edge_cases_read_as_display_writes_them() {
    let values = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.2,
        0.30000000000000004,
        1.0 / 3.0,
        2.0 / 3.0,
        99.99,
        100.0,
        1e15,
        1e16,
        1e21,
        1e22,
        1e23,
        123_456_789_012_345_680.0,
        9_007_199_254_740_993.0,
        0.000_001,
        0.000_000_1,
        1e-5,
        1.5e-5,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::MIN_POSITIVE / 2.0,
        f64::from_bits(1),
        f64::from_bits(2),
        f64::from_bits(0x000f_ffff_ffff_ffff),
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1.0 + f64::EPSILON,
        1.0 - f64::EPSILON / 2.0,
        5e-324,
        1.7976931348623157e308,
        2.2250738585072014e-308,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        std::f64::consts::PI,
        std::f64::consts::E,
        12.5,
        -273.15,
        33.333333333333336,
        66.66666666666667,
        // Exact ties between two shortest forms (Display rounds away from zero, zmij to even).
        // 1829004233626435.25, 582670760698779.25 and 2^-25 exactly.
        7_316_016_934_505_741.0 / 4.0,
        2_330_683_042_795_117.0 / 4.0,
        1.0 / 33_554_432.0,
        -7_316_016_934_505_741.0 / 4.0,
    ];
    for value in values {
        assert_same(value);
    }
}

#[test]
fn powers_of_two_and_ten_and_their_neighbours_read_as_display_writes_them() {
    for exponent in -1074..=1023 {
        let value = 2f64.powi(exponent);
        for candidate in [value, -value] {
            assert_same(candidate);
            assert_same(f64::from_bits(candidate.to_bits() + 1));
            assert_same(f64::from_bits(candidate.to_bits().wrapping_sub(1)));
        }
    }
    for exponent in -325..=308 {
        let value: f64 = format!("1e{exponent}").parse().unwrap();
        assert_same(value);
        assert_same(f64::from_bits(value.to_bits() + 1));
        assert_same(f64::from_bits(value.to_bits().wrapping_sub(1)));
    }
}

#[test]
fn numbers_as_people_type_them_read_as_display_writes_them() {
    // Every hundredth from -1,000 to 1,000, and every thousandth from 0 to 100.
    for hundredths in -100_000..=100_000 {
        assert_same(hundredths as f64 / 100.0);
    }
    for thousandths in 0..=100_000 {
        assert_same(thousandths as f64 / 1000.0);
        assert_same(thousandths as f64 * 0.001);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200_000))]

    #[test]
    fn any_bit_pattern_reads_as_display_writes_it(bits in any::<u64>()) {
        let value = f64::from_bits(bits);
        prop_assert_eq!(display(value), format!("{value}"));
    }

    #[test]
    fn any_ratio_reads_as_display_writes_it(numerator in any::<i64>(), denominator in 1i64..1_000_000) {
        let value = numerator as f64 / denominator as f64;
        prop_assert_eq!(display(value), format!("{value}"));
    }

    #[test]
    fn any_decimal_text_reads_as_display_writes_it(digits in 0u64..100_000_000_000, scale in 0i32..20) {
        let value: f64 = format!("{digits}e-{scale}").parse().unwrap();
        prop_assert_eq!(display(value), format!("{value}"));
    }
}
