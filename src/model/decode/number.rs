//! The value of a JSON number, without the standard library's float parser.
//!
//! Rust's `f64::from_str` is correctly rounded for every input, at the price of about 20 KB of
//! code and tables in the wasm module. A form's numbers are small: counts, days, a percentage.
//! For up to 19 significant digits and a decimal exponent within ±22 (every such number a form
//! holds) this gives the correctly rounded value too (Clinger's fast path: both operands are
//! exact, so one rounding); beyond that it is within a few units in the last place (at the very
//! top of f64's range it may round to infinity), which no field's range check can tell apart.

/// Powers of ten that an `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The largest mantissa an `f64` holds exactly.
const EXACT_MANTISSA: u64 = 1 << 53;

/// The value of `text`, which has the JSON number grammar (the reader checked it); `None`
/// for text without it.
pub(super) fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut at) = match bytes.first() {
        Some(b'-') => (true, 1),
        _ => (false, 0),
    };
    let mut mantissa: u64 = 0;
    let mut significant = 0_u32;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut in_fraction = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa == 0 && byte == b'0' {
                    // A leading zero is no significant digit.
                } else if significant < 19 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    significant += 1;
                    exponent -= i64::from(in_fraction);
                    at += 1;
                    continue;
                } else {
                    // Digits past the 19th are dropped; in the whole part they still count.
                    exponent += i64::from(!in_fraction);
                }
                if in_fraction && mantissa == 0 {
                    exponent -= 1;
                }
            }
            b'.' if !in_fraction => in_fraction = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        at += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(rest) = bytes.get(at + 1..).filter(|_| at < bytes.len()) {
        exponent = exponent.saturating_add(parse_exponent(rest)?);
    }
    let magnitude = scale(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exponent`.
fn scale(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    // A u64 converts to the nearest f64: exact up to 2^53.
    let value = mantissa as f64;
    let power = |e: i64| usize::try_from(e).ok().and_then(|e| EXACT_POWERS.get(e).copied());
    if mantissa <= EXACT_MANTISSA {
        if let Some(power) = power(exponent) {
            return value * power;
        }
        // `995e37`: moving digits into the mantissa keeps it exact while it stays below 2^53.
        let shifted = power(exponent - 22)
            .and_then(|power| mantissa.checked_mul(power as u64))
            .filter(|shifted| *shifted <= EXACT_MANTISSA);
        if let Some(shifted) = shifted {
            return shifted as f64 * 1e22;
        }
        if let Some(power) = power(-exponent) {
            return value / power;
        }
    }
    match exponent {
        e if e > 330 => f64::INFINITY,
        e if e < -360 => 0.0,
        // Subnormal results: scaled in two steps, so the power of ten is not itself zero.
        e if e < -300 => value * 10_f64.powi(i32::try_from(e + 300).unwrap_or_default()) * 1e-300,
        // In range: the value is off by a few units in the last place at most.
        e => value * 10_f64.powi(i32::try_from(e).unwrap_or_default()),
    }
}

/// An exponent's value (`+12`, `-3`, `7`), saturating far beyond any f64's range.
fn parse_exponent(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: i64 = 0;
    for &byte in digits {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = (value * 10 + i64::from(byte - b'0')).min(1_000_000);
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::parse;

    /// Every number a form plausibly holds parses to exactly what Rust's parser gives.
    #[test]
    fn form_numbers_are_correctly_rounded() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "7",
            "-7",
            "0.5",
            "12.75",
            "100",
            "99.99",
            "4294967295",
            "4294967296",
            "1e3",
            "1E+3",
            "2.5e-3",
            "0.1",
            "0.2",
            "0.3",
            "123456789012345678",
            "9007199254740993",
            "1e22",
            "1e-22",
            "0.000001",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        // A cheap generator of many decimals with up to 15 significant digits.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let whole = (seed >> 20) % 1_000_000_000;
            let fraction = (seed >> 5) % 1_000_000;
            texts.push(format!("{whole}.{fraction:06}"));
            texts.push(format!("-{}", seed % 100_000));
            texts.push(format!("{}e{}", seed % 1_000, (seed >> 40) % 35));
        }
        for text in texts {
            let parsed = parse(&text).unwrap();
            let exact: f64 = text.parse().unwrap();
            assert_eq!(parsed.to_bits(), exact.to_bits(), "{text}");
        }
    }

    /// Numbers far beyond a form's are close to the true value, infinite past f64's range,
    /// and never a panic.
    #[test]
    fn extreme_numbers_are_close_or_infinite() {
        for text in [
            "1e308",
            "1.5e308",
            "123456789012345678901234567890",
            "1e-300",
            "0.000000000000000000000000001234",
            "5e-324",
        ] {
            let (parsed, exact) = (parse(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(((parsed - exact) / exact).abs() < 1e-13, "{text}: {parsed} vs {exact}");
        }
        assert_eq!(parse("1e400"), Some(f64::INFINITY));
        assert_eq!(parse("-1e99999999999999999999"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("1e-99999999999"), Some(0.0));
        assert_eq!(parse("0e999999"), Some(0.0));
        for refused in ["", "-", "e5", "1e", "1e+", "abc", "1..2"] {
            assert_eq!(parse(refused), None, "{refused}");
        }
    }
}
