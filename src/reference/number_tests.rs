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
