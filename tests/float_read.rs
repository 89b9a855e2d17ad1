//! Native proofs that `domain::float_read::parse_f64`, the JSON reader's table-free float
//! parser, gives core's `str::parse::<f64>` result bit for bit: edge cases, exact midpoints
//! between neighbouring doubles and their neighbours, random doubles in several notations, random
//! digit strings, inputs of 100,000 digits and text that is not a number.
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::domain::float_read::{parse_decimal, parse_f64};

/// The random rounds run in full in a release build (`cargo test --release --test float_read`,
/// about 13 million cases); a debug build, as `cargo test` runs, takes every 20th.
const ROUNDS_DIVISOR: u64 = if cfg!(debug_assertions) { 20 } else { 1 };

/// splitmix64: small, good enough for test inputs.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn finite_double(&mut self) -> f64 {
        loop {
            let x = f64::from_bits(self.next());
            if x.is_finite() {
                return x;
            }
        }
    }
}

#[track_caller]
fn check(text: &str) {
    let expected = text
        .parse::<f64>()
        .unwrap_or_else(|e| panic!("core refuses {text:?}: {e}"));
    let got = parse_f64(text);
    assert_eq!(
        got.to_bits(),
        expected.to_bits(),
        "text {text:?}: got {got:e}, core {expected:e}"
    );
}

// ---- test-side bignum for exact midpoints ----
fn big_mul_add(limbs: &mut Vec<u32>, factor: u32, addend: u32) {
    let mut carry = addend as u64;
    for limb in limbs.iter_mut() {
        let p = *limb as u64 * factor as u64 + carry;
        *limb = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        limbs.push(carry as u32);
    }
}
fn big_to_decimal(mut limbs: Vec<u32>) -> String {
    let mut chunks = Vec::new();
    while limbs.iter().any(|&l| l != 0) {
        let mut rem = 0u64;
        for limb in limbs.iter_mut().rev() {
            let cur = (rem << 32) | *limb as u64;
            *limb = (cur / 1_000_000_000) as u32;
            rem = cur % 1_000_000_000;
        }
        chunks.push(rem as u32);
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
    }
    let mut s = chunks
        .pop()
        .map(|c| c.to_string())
        .unwrap_or_else(|| "0".into());
    for c in chunks.iter().rev() {
        s.push_str(&format!("{c:09}"));
    }
    s
}
fn big_from_u64(v: u64) -> Vec<u32> {
    vec![v as u32, (v >> 32) as u32]
}

/// Exact decimal (digits, exponent) of the midpoint between positive finite x and the next double up.
fn midpoint_decimal(x: f64) -> (String, i64) {
    let bits = x.to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let mut n = big_from_u64(2 * m + 1);
    let e = e - 1; // midpoint = (2m+1) * 2^e
    if e >= 0 {
        for _ in 0..e {
            big_mul_add(&mut n, 2, 0);
        }
        (big_to_decimal(n), 0)
    } else {
        for _ in 0..(-e) {
            big_mul_add(&mut n, 5, 0);
        }
        (big_to_decimal(n), e)
    }
}

/// Decimal digit string minus or plus one in the last place (digits non-zero, no leading zeros kept).
fn adjust_last(digits: &str, up: bool) -> String {
    let mut bytes: Vec<u8> = digits.bytes().collect();
    let mut i = bytes.len();
    loop {
        i -= 1;
        if up {
            if bytes[i] == b'9' {
                bytes[i] = b'0';
                if i == 0 {
                    bytes.insert(0, b'1');
                    break;
                }
            } else {
                bytes[i] += 1;
                break;
            }
        } else if bytes[i] == b'0' {
            bytes[i] = b'9';
        } else {
            bytes[i] -= 1;
            break;
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// Write digits * 10^exp in a random but valid JSON form.
fn render(rng: &mut Rng, digits: &str, exp: i64, negative: bool) -> String {
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    let len = digits.len() as i64;
    match rng.below(3) {
        0 => format!("{sign}{digits}e{exp}"),
        1 => {
            // d.ddd e X
            let rest = &digits[1..];
            let frac = if rest.is_empty() {
                String::new()
            } else {
                format!(".{rest}")
            };
            format!("{sign}{}{frac}E{:+}", &digits[..1], exp + len - 1)
        }
        _ => {
            if (0..400).contains(&exp) {
                format!("{sign}{digits}{}", "0".repeat(exp as usize))
            } else if exp < 0 && -exp < len {
                let split = (len + exp) as usize;
                format!("{sign}{}.{}", &digits[..split], &digits[split..])
            } else if exp < 0 && -exp < 1200 {
                format!("{sign}0.{}{digits}", "0".repeat((-exp - len) as usize))
            } else {
                format!("{sign}{digits}e{exp}")
            }
        }
    }
}

#[test]
fn hand_picked_edges() {
    let cases = [
        "0", "-0", "0.0", "-0.0", "0e0", "-0e0", "0e999999999999", "0.000e-5", "1", "-1", "1e308",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2e308",
        "-2e308", "4.9e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "2.225073858507201136057409796709131975934819546351645648e-308", "1e-400", "-1e-400",
        "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000001",
        "18014398509481985", "0.1", "0.3", "123456789012345678901234567890", "1e23", "8.41e21",
        "1e22", "1e-22", "1e-23", "4503599627370497.5", "4503599627370496.5", "1e999999999999",
        "-1e999999999999", "1e-999999999999", "-1e-999999999999",
        "1e99999999999999999999999999999999999999", "1e-99999999999999999999999999999999999",
        "0.00000000000000000000000000000000000000000000000000000000000000001", "1.5e-323",
        "2.5e-324", "7.4109846876186982e-324", "4.4501477170144023e-308", "6.0", "95.5", "0.8",
        "1234.25", "-3", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "9.999999999999999e22", "9999999999999999999", "10000000000000000000000",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "1.00000000000000033306690738754696212708950042724609375",
    ];
    for c in cases {
        check(c);
    }
    // Long runs of 9s and 0s in many positions.
    for n in 1..=800 {
        let nines = "9".repeat(n);
        check(&nines);
        check(&format!("0.{nines}"));
        check(&format!("{nines}e-{n}"));
        check(&format!("{nines}e{}", 308 - n as i64));
        check(&format!("{nines}e-{}", 324 + n));
        check(&format!("1{}1", "0".repeat(n)));
        check(&format!("0.{}1", "0".repeat(n)));
    }
    // Only a digit beyond the 768th decides.
    for tail in ["", "0", "1", "000000000000000000000000000000001", "5", "9"] {
        let base = "1.00000000000000011102230246251565404236316680908203125";
        check(&format!("{base}{}{tail}", "0".repeat(800)));
        check(&format!("{base}{}{tail}e-300", "0".repeat(900)));
    }
    let below = "1.00000000000000011102230246251565404236316680908203124";
    check(&format!("{below}{}", "9".repeat(1000)));
}

#[test]
fn midpoints_exact_and_neighbours() {
    let mut rng = Rng(0x5157_0042);
    let mut count = 0u64;
    let mut extremes = vec![
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::from_bits(0),
        1.0,
        0.5,
        9007199254740992.0,
    ];
    for _ in 0..200_000 / ROUNDS_DIVISOR {
        extremes.push(rng.finite_double().abs());
    }
    for _ in 0..20_000 / ROUNDS_DIVISOR {
        extremes.push(f64::from_bits(rng.below(1 << 52))); // subnormals
    }
    for x in extremes {
        let (digits, exp) = midpoint_decimal(x);
        let negative = rng.below(2) == 0;
        let variants = [
            digits.clone(),
            adjust_last(&digits, true),
            adjust_last(&digits, false),
        ];
        for v in &variants {
            let text = render(&mut rng, v, exp, negative);
            check(&text);
            count += 1;
        }
        // Tie with trailing zeros; a sticky 1 far past the 768th digit.
        let pad = 800usize.saturating_sub(digits.len());
        check(&format!("{digits}{}e{}", "0".repeat(pad), exp - pad as i64));
        check(&format!(
            "{digits}{}1e{}",
            "0".repeat(pad),
            exp - pad as i64 - 1
        ));
        check(&format!(
            "{}{}e{}",
            adjust_last(&digits, false),
            "9".repeat(pad),
            exp - pad as i64
        ));
        count += 3;
    }
    println!("midpoint cases: {count}");
}

#[test]
fn random_doubles_formatted() {
    let mut rng = Rng(0xF10A_7BAD);
    let mut count = 0u64;
    for i in 0..2_000_000 / ROUNDS_DIVISOR {
        let x = if i % 10 == 0 {
            f64::from_bits(rng.below(1 << 52)) // subnormal
        } else if i % 10 == 1 {
            // typical app-sized numbers
            (rng.below(2_000_000) as f64 - 1_000_000.0)
                / [1.0, 4.0, 10.0, 100.0, 1000.0][rng.below(5) as usize]
        } else {
            rng.finite_double()
        };
        for text in [format!("{x:e}"), format!("{x}"), format!("{x:.17e}")] {
            check(&text);
            count += 1;
        }
        // Truncate or perturb the shortest digits.
        let sci = format!("{x:e}");
        let (mantissa, exponent) = sci.split_once('e').unwrap();
        let negative = mantissa.starts_with('-');
        let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
        let exp: i64 = exponent.parse::<i64>().unwrap() - (digits.len() as i64 - 1);
        if digits.len() > 1 {
            let keep = 1 + rng.below(digits.len() as u64 - 1) as usize;
            let dropped = (digits.len() - keep) as i64;
            check(&render(&mut rng, &digits[..keep], exp + dropped, negative));
            count += 1;
        }
        if digits != "0" {
            let up = rng.below(2) == 0;
            check(&render(&mut rng, &adjust_last(&digits, up), exp, negative));
            count += 1;
        }
    }
    println!("random double cases: {count}");
}

#[test]
fn random_digit_strings() {
    let mut rng = Rng(0xD161_7500);
    let mut count = 0u64;
    for _ in 0..2_000_000 / ROUNDS_DIVISOR {
        let len = 1 + rng.below(40) as usize;
        let digits: String = (0..len)
            .map(|_| (b'0' + rng.below(10) as u8) as char)
            .collect();
        let exp = rng.below(701) as i64 - 350;
        let negative = rng.below(4) == 0;
        check(&render(&mut rng, &digits, exp, negative));
        count += 1;
    }
    println!("random digit string cases: {count}");
}

#[test]
fn inputs_of_100_000_digits_are_read_exactly() {
    let mut rng = Rng(7);
    let digits: String = (0..100_000)
        .map(|_| (b'0' + rng.below(10) as u8) as char)
        .collect();
    for text in [
        digits.clone(),
        format!("0.{digits}"),
        format!("0.{}{digits}", "0".repeat(100_000)),
        format!("{digits}e-100300"),
        format!("{digits}e-99700"),
        format!("1{}", "0".repeat(100_000)),
        format!("1{}e-100000", "0".repeat(100_000)),
        format!("0.{}1e100300", "0".repeat(100_000)),
    ] {
        check(&text);
    }
}

#[test]
fn text_that_is_not_a_number_never_panics_and_numbers_among_it_read_as_core_reads_them() {
    let mut rng = Rng(99);
    let alphabet = b"0123456789.eE+-x ";
    let mut numbers = 0;
    for _ in 0..200_000 {
        let len = rng.below(30) as usize;
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize] as char)
            .collect();
        let value = parse_f64(&text);
        // Text of JSON number syntax that core reads must read alike (the reader checks the
        // syntax before it calls the parser; anything else only has to return).
        if json_number(&text) {
            assert_eq!(
                value.to_bits(),
                text.parse::<f64>().map_or(0, f64::to_bits),
                "{text:?}"
            );
            numbers += 1;
        }
    }
    assert!(numbers > 1_000, "{numbers}");
    for text in [
        "", "-", ".", "e", "-e5", "1e", "1e+", ".5", "5.", "--1", "1e-", "\u{e9}1",
    ] {
        let _ = parse_f64(text);
    }
}

/// Whether `text` is a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = usize::from(bytes.first() == Some(&b'-'));
    let digits = |at: &mut usize| {
        let start = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - start
    };
    let whole_start = at;
    let whole = digits(&mut at);
    if whole == 0 || (whole > 1 && bytes.get(whole_start) == Some(&b'0')) {
        return false;
    }
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        if digits(&mut at) == 0 {
            return false;
        }
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == bytes.len()
}

/// Typed numbers: `parse_decimal` accepts exactly the texts of this alphabet that `str::parse`
/// accepts (signs, points and exponents in every place), with the same bits.
#[test]
fn typed_numbers_read_as_core_reads_them() {
    let mut rng = Rng(0x7e57_2026);
    let alphabet = b"0123456789.eE+-";
    let mut accepted = 0;
    let mut texts: Vec<String> = [
        "", "+", "-", ".", "+.5", "-.5", "5.", "-5.", ".e1", "5.e3", ".5e-3", "+0", "-0", "1e",
        "1e+", "1e+5", "1E-5", "+-1", "1.2.3", "00012", "0.000", "1_000", " 1",
    ]
    .iter()
    .map(|text| text.to_string())
    .collect();
    for _ in 0..200_000 / ROUNDS_DIVISOR {
        let len = rng.below(12) as usize;
        texts.push(
            (0..len)
                .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize] as char)
                .collect(),
        );
    }
    for text in &texts {
        let core = text.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(parse_decimal(text).map(f64::to_bits), core, "{text:?}");
        accepted += usize::from(core.is_some());
    }
    assert!(accepted > 1_000, "{accepted}");
}
