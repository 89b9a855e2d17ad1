//! Decimal text to `f64`, correctly rounded, without core's 10 KB power-of-five table.
//!
//! Common short numbers take Clinger's fast path (exact float arithmetic); everything
//! else is settled exactly with a small big integer, so results match `str::parse::<f64>`
//! bit for bit.

use std::cmp::Ordering;

/// Powers of ten that are exact in an `f64` (10^22 is the largest one).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// Integers below this are exact in an `f64`.
const EXACT_INTEGER_LIMIT: u64 = 1 << 53;
/// A u64 holds any 19-digit decimal.
const FAST_PATH_MAX_DIGITS: i64 = 19;
/// 768 significant digits decide every f64 rounding; one extra sticky digit stands for the rest.
const MAX_KEPT_DIGITS: usize = 768;
/// Exponent literals are clamped here: far beyond any finite non-zero result, far from i64 overflow.
const EXPONENT_CLAMP: i64 = 1 << 40;
/// The quotient is made to have 55 or 56 bits: 53 kept plus a round bit plus spare.
const QUOTIENT_BITS: i64 = 55;
const MANTISSA_BITS: i64 = 53;
/// Binary exponent of the least significant mantissa bit of the smallest subnormal.
const MIN_EXPONENT: i64 = -1074;
/// Binary exponent of the least significant mantissa bit of f64::MAX.
const MAX_EXPONENT: i64 = 971;

/// The `f64` nearest to the decimal number `text`, ties to even, as `text.parse::<f64>()` gives it,
/// for text of JSON number syntax: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
/// Values beyond f64::MAX round to infinity; tiny values round to subnormals or (signed) zero.
/// Other text gives some value but never panics.
pub fn parse_f64(text: &str) -> f64 {
    let (negative, rest) = match text.as_bytes().split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text.as_bytes()),
    };
    let (integer_digits, rest) = split_leading_digits(rest);
    let (fraction_digits, rest) = match rest.split_first() {
        Some((b'.', rest)) => split_leading_digits(rest),
        _ => (&[][..], rest),
    };
    let exponent_literal = match rest.split_first() {
        Some((b'e' | b'E', rest)) => parse_exponent(rest),
        _ => 0,
    };
    // value = (integer digits followed by fraction digits) * 10^decimal_exponent
    let decimal_exponent = exponent_literal.saturating_sub(length_as_i64(fraction_digits));
    let significant_digits = || {
        integer_digits
            .iter()
            .chain(fraction_digits)
            .skip_while(|&&digit| digit == b'0')
            .map(|&digit| digit - b'0')
    };

    let mut digit_count: i64 = 0;
    let mut leading_value: u64 = 0;
    for digit in significant_digits() {
        digit_count += 1;
        if digit_count <= FAST_PATH_MAX_DIGITS {
            leading_value = leading_value * 10 + u64::from(digit);
        }
    }

    let fast = if digit_count == 0 {
        Some(0.0)
    } else if digit_count <= FAST_PATH_MAX_DIGITS {
        fast_path(leading_value, decimal_exponent)
    } else {
        None
    };
    // value >= 10^(order - 1) and < 10^order: decide overflow and underflow before any bignum.
    let order = digit_count.saturating_add(decimal_exponent);
    let magnitude = match fast {
        Some(value) => value,
        None if order >= 310 => f64::INFINITY,
        None if order <= -324 => 0.0,
        None => slow_path(significant_digits(), decimal_exponent),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// A number typed by a person, in the syntax `str::parse::<f64>` reads apart from its words
/// (`inf`, `NaN`): an optional `+` or `-`, digits with an optional point (`5.`, `.5`; at least
/// one digit), an optional exponent. `None` for anything else; the same value as `str::parse`
/// otherwise, so fields keep core's reading without its table.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, unsigned) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    let (whole, rest) = split_leading_digits(unsigned);
    let (fraction, rest) = match rest.split_first() {
        Some((b'.', rest)) => split_leading_digits(rest),
        _ => (&[][..], rest),
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    match rest.split_first() {
        None => {}
        Some((b'e' | b'E', exponent)) => {
            let digits = match exponent.split_first() {
                Some((b'+' | b'-', digits)) => digits,
                _ => exponent,
            };
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
        }
        Some(_) => return None,
    }
    let magnitude = parse_f64(text.get(bytes.len() - unsigned.len()..)?);
    Some(if negative { -magnitude } else { magnitude })
}

fn split_leading_digits(bytes: &[u8]) -> (&[u8], &[u8]) {
    let count = bytes
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .count();
    bytes.split_at_checked(count).unwrap_or((bytes, &[]))
}

fn length_as_i64(bytes: &[u8]) -> i64 {
    i64::try_from(bytes.len()).unwrap_or(i64::MAX)
}

/// Exponent digits after `e`, clamped so huge exponents cannot overflow the arithmetic.
fn parse_exponent(bytes: &[u8]) -> i64 {
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    let magnitude = digits
        .iter()
        .take_while(|byte| byte.is_ascii_digit())
        .fold(0i64, |acc, &digit| {
            (acc * 10 + i64::from(digit - b'0')).min(EXPONENT_CLAMP)
        });
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// Clinger: when the mantissa and the power of ten are both exact doubles, one IEEE
/// multiplication or division rounds correctly.
fn fast_path(mantissa: u64, decimal_exponent: i64) -> Option<f64> {
    let power = |exponent: i64| {
        usize::try_from(exponent)
            .ok()
            .and_then(|index| EXACT_POWERS_OF_TEN.get(index).copied())
    };
    if mantissa >= EXACT_INTEGER_LIMIT {
        return None;
    }
    if decimal_exponent >= 0 {
        if let Some(scale) = power(decimal_exponent) {
            return Some(mantissa as f64 * scale);
        }
        // Extended range: move surplus powers of ten into the mantissa while it stays exact.
        // 10^16 > 2^53, so larger exponents never qualify (and a zero mantissa cannot loop long).
        if decimal_exponent > 22 + 15 {
            return None;
        }
        let mut shifted = mantissa;
        for _ in 22..decimal_exponent {
            shifted = shifted
                .checked_mul(10)
                .filter(|&v| v < EXACT_INTEGER_LIMIT)?;
        }
        return Some(shifted as f64 * 1e22);
    }
    power(-decimal_exponent).map(|scale| mantissa as f64 / scale)
}

/// Exact rounding of `digits * 10^decimal_exponent` (digits without leading zeros, non-empty,
/// order of magnitude already known to be within f64 reach or near it).
fn slow_path(digits: impl Iterator<Item = u8>, decimal_exponent: i64) -> f64 {
    let mut digit_value = BigUint::default();
    let mut chunk: u32 = 0;
    let mut chunk_len: u32 = 0;
    let mut kept: usize = 0;
    let mut dropped: i64 = 0;
    let mut dropped_nonzero = false;
    for digit in digits {
        if kept == MAX_KEPT_DIGITS {
            dropped += 1;
            dropped_nonzero |= digit != 0;
            continue;
        }
        kept += 1;
        chunk = chunk * 10 + u32::from(digit);
        chunk_len += 1;
        if chunk_len == 9 {
            digit_value.mul_add_small(1_000_000_000, chunk);
            chunk = 0;
            chunk_len = 0;
        }
    }
    digit_value.mul_add_small(10u32.pow(chunk_len), chunk);
    let mut decimal_exponent = decimal_exponent.saturating_add(dropped);
    if dropped_nonzero {
        // A trailing non-zero digit below all kept ones: never a tie, and the side is right.
        digit_value.mul_add_small(10, 1);
        decimal_exponent = decimal_exponent.saturating_sub(1);
    }

    // value = numerator / denominator exactly.
    let mut numerator = digit_value;
    let mut denominator = BigUint::from_small(1);
    let power_target = if decimal_exponent >= 0 {
        &mut numerator
    } else {
        &mut denominator
    };
    power_target.mul_pow10(decimal_exponent.unsigned_abs());

    // Scale by 2^scale so the quotient lands in [2^54, 2^56).
    let bit_gap = length_as_bits(&numerator) - length_as_bits(&denominator);
    let scale = QUOTIENT_BITS - bit_gap;
    numerator.shift_left(scale.max(0).unsigned_abs());
    denominator.shift_left((-scale).max(0).unsigned_abs());
    let (quotient, remainder_nonzero) = divide_small_quotient(numerator, denominator);
    round_to_f64(quotient, -scale, remainder_nonzero)
}

fn length_as_bits(value: &BigUint) -> i64 {
    i64::try_from(value.bit_len()).unwrap_or(i64::MAX)
}

/// floor(numerator / denominator) for quotients below 2^56, by shift-and-subtract,
/// plus whether anything remained.
fn divide_small_quotient(mut numerator: BigUint, mut denominator: BigUint) -> (u64, bool) {
    const TOP_BIT: u32 = 55;
    denominator.shift_left(u64::from(TOP_BIT));
    let mut quotient: u64 = 0;
    for bit in (0..=TOP_BIT).rev() {
        if numerator.cmp(&denominator) != Ordering::Less {
            numerator.sub_assign(&denominator);
            quotient |= 1 << bit;
        }
        denominator.shift_right_one();
    }
    (quotient, !numerator.is_zero())
}

/// Rounds `quotient * 2^binary_exponent` (+ a sticky fraction below it) to f64, ties to even.
fn round_to_f64(quotient: u64, binary_exponent: i64, sticky: bool) -> f64 {
    let quotient_bits = i64::from(64 - quotient.leading_zeros());
    let mut drop = quotient_bits - MANTISSA_BITS;
    let mut exponent = binary_exponent + drop;
    if exponent < MIN_EXPONENT {
        // Subnormal: the last kept bit is fixed at 2^-1074.
        drop += MIN_EXPONENT - exponent;
        exponent = MIN_EXPONENT;
    }
    if drop > 60 {
        // Even the round bit is above every quotient bit: below half the smallest subnormal.
        return 0.0;
    }
    if drop < 1 {
        // Cannot happen: the quotient always has at least 55 bits.
        return f64::NAN;
    }
    let mut mantissa = quotient >> drop;
    let round_bit = (quotient >> (drop - 1)) & 1 == 1;
    let below_round_bit = quotient & ((1u64 << (drop - 1)) - 1) != 0 || sticky;
    if round_bit && (below_round_bit || mantissa & 1 == 1) {
        mantissa += 1;
        if mantissa == 1 << MANTISSA_BITS {
            mantissa >>= 1;
            exponent += 1;
        }
    }
    if exponent > MAX_EXPONENT {
        return f64::INFINITY;
    }
    let hidden_bit = 1u64 << (MANTISSA_BITS - 1);
    if mantissa < hidden_bit {
        // Subnormal (exponent is MIN_EXPONENT): biased exponent field 0.
        return f64::from_bits(mantissa);
    }
    let biased_exponent = (exponent - MIN_EXPONENT + 1).unsigned_abs();
    f64::from_bits((biased_exponent << (MANTISSA_BITS - 1)) | (mantissa & (hidden_bit - 1)))
}

/// Unsigned big integer: little-endian 32-bit limbs, no zero limbs at the top.
#[derive(Default)]
struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    fn from_small(value: u32) -> Self {
        let mut result = Self::default();
        result.mul_add_small(0, value);
        result
    }

    fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// self = self * factor + addend
    fn mul_add_small(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.limbs {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
        self.trim();
    }

    fn mul_pow10(&mut self, mut exponent: u64) {
        while exponent >= 9 {
            self.mul_add_small(1_000_000_000, 0);
            exponent -= 9;
        }
        // exponent < 9 here, so the power fits a u32.
        self.mul_add_small(10u32.pow(exponent as u32), 0);
    }

    fn bit_len(&self) -> u64 {
        match self.limbs.last() {
            None => 0,
            Some(top) => (self.limbs.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }

    fn shift_left(&mut self, bits: u64) {
        if self.is_zero() {
            return;
        }
        let bit_shift = (bits % 32) as u32;
        if bit_shift != 0 {
            let mut carry = 0u32;
            for limb in &mut self.limbs {
                let shifted = (u64::from(*limb) << bit_shift) | u64::from(carry);
                *limb = shifted as u32;
                carry = (shifted >> 32) as u32;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        let limb_shift = usize::try_from(bits / 32).unwrap_or(0);
        self.limbs.splice(0..0, std::iter::repeat_n(0, limb_shift));
    }

    fn shift_right_one(&mut self) {
        let mut carry = 0u32;
        for limb in self.limbs.iter_mut().rev() {
            let next_carry = *limb << 31;
            *limb = (*limb >> 1) | carry;
            carry = next_carry;
        }
        self.trim();
    }

    fn cmp(&self, other: &Self) -> Ordering {
        self.limbs
            .len()
            .cmp(&other.limbs.len())
            .then_with(|| self.limbs.iter().rev().cmp(other.limbs.iter().rev()))
    }

    /// self -= other; callers guarantee self >= other.
    fn sub_assign(&mut self, other: &Self) {
        let mut borrow = false;
        for (index, limb) in self.limbs.iter_mut().enumerate() {
            let subtrahend = other.limbs.get(index).copied().unwrap_or(0);
            let (partial, borrow_a) = limb.overflowing_sub(subtrahend);
            let (difference, borrow_b) = partial.overflowing_sub(u32::from(borrow));
            *limb = difference;
            borrow = borrow_a || borrow_b;
        }
        self.trim();
    }
}
