//! The number formatting behind every printed limit and age (crate-private, so tested here).

use super::{round_sig, trim_number};

#[test]
fn round_sig_keeps_six_significant_digits_at_every_magnitude() {
    assert_eq!(round_sig(7.485_029_940_119_76), 7.485_03);
    assert_eq!(round_sig(0.012_345_678_9), 0.012_345_7);
    assert_eq!(round_sig(123_456_789.0), 123_457_000.0);
    assert_eq!(round_sig(-4.567_891_23), -4.567_89);
    // Already short figures are unchanged.
    assert_eq!(round_sig(2_000_000.0), 2_000_000.0);
    assert_eq!(round_sig(0.5), 0.5);
}

#[test]
fn round_sig_leaves_zero_and_non_finite_values_alone() {
    assert_eq!(round_sig(0.0), 0.0);
    assert_eq!(round_sig(f64::INFINITY), f64::INFINITY);
    assert!(round_sig(f64::NAN).is_nan());
}

#[test]
fn trim_number_rounds_to_three_decimals_without_trailing_zeros() {
    assert_eq!(trim_number(52.0), "52");
    assert_eq!(trim_number(1.6), "1.6");
    assert_eq!(trim_number(0.0254), "0.025");
    assert_eq!(trim_number(2.4996), "2.5");
    assert_eq!(trim_number(-0.0001), "0");
}

#[test]
fn trim_number_without_the_float_formatter_matches_it() {
    use super::push_number_display;
    let through_display = |value: f64| {
        let mut out = String::new();
        push_number_display(&mut out, value);
        out
    };
    let mut values = vec![
        0.0,
        -0.0,
        0.0004,
        -0.0004,
        0.0005,
        -0.0005,
        0.001,
        0.01,
        0.1,
        0.5,
        1.0,
        9.9995,
        10.0,
        99.999,
        100.0,
        2.675,
        1.005,
        1e6,
        123_456.789,
        999_999.999_5,
        4e12,
        -4e12,
        1.1e12 + 0.125,
        1.2e15,
        -1.2e15,
        1e300,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    // Every thousandth up to 20, and a deterministic spread over many magnitudes.
    values.extend((0..20_000).map(|n| f64::from(n) / 1000.0));
    let mut x = 0x9E37_79B9_7F4A_7C15_u64;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mantissa = (x >> 11) as f64 / (1u64 << 53) as f64;
        let exponent = (x % 28) as i32 - 6;
        let sign = if x & 1 == 0 { 1.0 } else { -1.0 };
        values.push(sign * mantissa * 10f64.powi(exponent));
    }
    for value in values {
        assert_eq!(trim_number(value), through_display(value), "{value:e}");
    }
}
