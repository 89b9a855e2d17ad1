//! A float's text exactly as `format!("{value}")` writes it, produced with zmij (serde_json's
//! shortest-float writer, already in the build) so that `core::fmt`'s float formatting
//! (Grisu and Dragon for the shortest form, and the exact form its `Display` also reaches
//! through a precision) stays out of the first download.

/// `value` as `format!("{value}")` writes it: the shortest digits that read back as `value`,
/// never an exponent ("100000000000000000000", "0.0000001"), no ".0" for whole numbers, "-0",
/// "NaN", "inf" and "-inf".
pub fn display(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let mut buffer = zmij::Buffer::new();
    let written = buffer.format_finite(value);
    let (negative, unsigned) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written),
    };
    // zmij writes "12.34", "1200.0", "0.001234", "1.234e33" or "1e-7".
    let (mantissa, exponent) = match unsigned.split_once('e') {
        Some((mantissa, exponent)) => (mantissa, exponent_value(exponent)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = whole.bytes().chain(fraction.bytes());
    let mut digits: Vec<u8> = all.skip_while(|digit| *digit == b'0').collect();
    let leading_zeros = whole.len() + fraction.len() - digits.len();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    // How many of `digits` stand before the decimal point (none or fewer than none: "0.00…").
    let mut point = whole.len() as i64 + exponent - leading_zeros as i64;
    if let Some((rounded_up, rounded_point)) = tie_rounded_up(value, digits.len()) {
        digits = rounded_up;
        point = rounded_point;
    }

    let mut text = String::with_capacity(digits.len() + 8);
    if negative {
        text.push('-');
    }
    if digits.is_empty() {
        text.push('0');
    } else if point <= 0 {
        text.push_str("0.");
        push_zeros(&mut text, point.unsigned_abs());
        push_digits(&mut text, &digits);
    } else if point as usize >= digits.len() {
        push_digits(&mut text, &digits);
        push_zeros(&mut text, point as u64 - digits.len() as u64);
    } else {
        let (before, after) = digits.split_at(point as usize);
        push_digits(&mut text, before);
        text.push('.');
        push_digits(&mut text, after);
    }
    text
}

/// When `value` lies exactly halfway between the two shortest forms of `shortest` digits (its
/// exact decimal expansion has one digit more, a 5), `Display` takes the one further from zero
/// and zmij the one with an even last digit: `Display`'s digits (trailing zeros dropped) and
/// how many stand before the point. `None` when there is no such tie.
///
/// Only a value with a binary fraction, `m / 2^q = m·5^q / 10^q` with `m` odd, can tie: an
/// integer's expansion has no digit after its last, and a tie needs at most 18 digits, so
/// `m·5^q < 10^19`.
fn tie_rounded_up(value: f64, shortest: usize) -> Option<(Vec<u8>, i64)> {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return None;
    }
    while mantissa % 2 == 0 && exponent < 0 {
        mantissa /= 2;
        exponent += 1;
    }
    if exponent >= 0 {
        return None;
    }
    // The exact value is `exact / 10^scale`.
    let scale = -exponent;
    let mut exact = mantissa;
    for _ in 0..scale {
        exact = exact
            .checked_mul(5)
            .filter(|e| *e < 10_000_000_000_000_000_000)?;
    }
    let exact_digits = exact.to_string();
    if exact_digits.len() != shortest + 1 {
        return None;
    }
    let rounded_up = (exact / 10 + 1).to_string();
    let point = rounded_up.len() as i64 - scale + 1;
    let mut digits = rounded_up.into_bytes();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, point))
}

/// The exponent zmij writes after "e" ("33", "-7", "+7").
fn exponent_value(text: &str) -> i64 {
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'-') => (-1, &text[1..]),
        Some(b'+') => (1, &text[1..]),
        _ => (1, text),
    };
    sign * digits.bytes().fold(0i64, |value, digit| {
        value * 10 + i64::from(digit.wrapping_sub(b'0'))
    })
}

fn push_digits(text: &mut String, digits: &[u8]) {
    text.extend(digits.iter().map(|digit| char::from(*digit)));
}

fn push_zeros(text: &mut String, count: u64) {
    text.extend((0..count).map(|_| '0'));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_values_read_as_display_writes_them() {
        for value in [
            0.0, -0.0, 1.0, -1.0, 15.0, 99.99, -0.5, 0.1, 1e20, 1e-7, 123456.789,
        ] {
            assert_eq!(display(value), format!("{value}"), "{value:?}");
        }
        assert_eq!(display(1e20), "100000000000000000000");
        assert_eq!(display(1e-7), "0.0000001");
        assert_eq!(display(-0.0), "-0");
        assert_eq!(display(f64::NAN), "NaN");
        assert_eq!(display(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn an_exact_tie_rounds_away_from_zero_as_display_does() {
        // 2^-25 = 0.0000000298023223876953125: zmij's shortest form ends in 2, Display's in 3.
        assert_eq!(display(2f64.powi(-25)), "0.000000029802322387695313");
        assert_eq!(display(-2f64.powi(-25)), "-0.000000029802322387695313");
        // 1829004233626435.25 exactly.
        assert_eq!(display(7_316_016_934_505_741.0 / 4.0), "1829004233626435.3");
        assert_eq!(display(0.5), "0.5");
    }
}
