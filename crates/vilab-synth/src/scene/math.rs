//! Small numeric helpers shared by the scene painters.
//!
//! `wave` replaces `f32::sin`: the standard library calls the platform's
//! libm, whose last bit may differ between systems, and a single flipped
//! rounding would change the bytes that tests pin to a seed. Plain IEEE
//! adds and multiplies are the same everywhere.

use std::f32::consts::{PI, TAU};

/// An RGB colour with channels in `0.0..=255.0` (kept as floats while painting).
pub(crate) type Rgb = [f32; 3];

/// A sine approximation (error about 0.001) built from adds and multiplies
/// only, so it gives the same bits on every platform.
pub(crate) fn wave(x: f32) -> f32 {
    // Reduce to [-PI, PI]; `round` is exact, so this stays deterministic.
    let x = x - TAU * (x / TAU).round();
    // Bhaskara-style parabola, then one refinement step.
    let y = (4.0 / PI) * x - (4.0 / (PI * PI)) * x * x.abs();
    0.225 * (y * y.abs() - y) + y
}

/// Linear interpolation between two colours, `t` in `0..=1`.
pub(crate) fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

/// A colour with every channel multiplied by `k`.
pub(crate) fn scale(c: Rgb, k: f32) -> Rgb {
    [c[0] * k, c[1] * k, c[2] * k]
}

/// Hue, saturation, value (each `0..=1`) to an [`Rgb`] colour.
pub(crate) fn hsv(h: f32, s: f32, v: f32) -> Rgb {
    let h = (h - h.floor()) * 6.0;
    let sector = h.floor();
    let f = h - sector;
    let (p, q, t) = (v * (1.0 - s), v * (1.0 - s * f), v * (1.0 - s * (1.0 - f)));
    let (r, g, b) = match sector as u32 {
        0 => (v, t, p),
        1 => (q, v, p),
        2 => (p, v, t),
        3 => (p, q, v),
        4 => (t, p, v),
        _ => (v, p, q),
    };
    [r * 255.0, g * 255.0, b * 255.0]
}

/// A float colour channel to a byte, clamped.
pub(crate) fn to_byte(v: f32) -> u8 {
    v.clamp(0.0, 255.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wave_is_close_to_sine() {
        for i in -2000..2000 {
            let x = i as f32 * 0.01;
            assert!((wave(x) - x.sin()).abs() < 0.002, "at {x}");
        }
    }

    #[test]
    fn hsv_primaries() {
        assert_eq!(hsv(0.0, 1.0, 1.0), [255.0, 0.0, 0.0]);
        assert_eq!(hsv(1.0 / 3.0, 1.0, 1.0).map(|c| c.round()), [0.0, 255.0, 0.0]);
    }
}
