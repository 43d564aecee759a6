//! Scene elements shared by the landscape and seascape painters: sky,
//! sun, clouds, and terrain ridges filled with a streaky ground texture.
//!
//! All sizes are fractions of the image's shorter side (`unit`) or of its
//! width, so one seed paints the same composition at any resolution: the
//! resized near-duplicates and the 1 MP and 12 MP benchmark images of a
//! seed really are the same picture.

use super::canvas::Canvas;
use super::math::{Rgb, mix, scale, to_byte, wave};
use super::palette::Palette;
use crate::rng::SynthRng;
use std::f32::consts::TAU;

/// The shorter side of the canvas, the yardstick for element sizes.
pub(crate) fn unit(canvas: &Canvas) -> f32 {
    canvas.width.min(canvas.height) as f32
}

/// Vertical gradient from the sky's top colour to its horizon colour, then
/// the horizon colour below (ground layers paint over it).
pub(crate) fn paint_sky(canvas: &mut Canvas, palette: &Palette, horizon: f32) {
    let horizon = horizon.max(1.0);
    canvas.fill_rows(|y| mix(palette.sky_top, palette.sky_horizon, (y as f32 / horizon).min(1.0)));
}

/// A sun (or moon) disc with a wide glow, somewhere above the horizon.
/// Returns the disc's centre x, for reflections on water.
pub(crate) fn paint_sun(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, horizon: f32) -> f32 {
    let u = unit(canvas);
    let cx = canvas.width as f32 * rng.range_f32(0.08, 0.92);
    let cy = horizon * rng.range_f32(0.15, 0.8);
    let r = u * rng.range_f32(0.025, 0.08);
    canvas.glow(cx, cy, r * rng.range_f32(3.0, 6.0), palette.sun, rng.range_f32(0.3, 0.7));
    canvas.fill_disc(cx, cy, r, palette.sun);
    cx
}

/// A few clouds, each a cluster of soft discs, above the horizon.
pub(crate) fn paint_clouds(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, horizon: f32) {
    let u = unit(canvas);
    for _ in 0..rng.below(6) {
        let cx = canvas.width as f32 * rng.unit();
        let cy = horizon * rng.range_f32(0.05, 0.7);
        let size = u * rng.range_f32(0.04, 0.12);
        for _ in 0..rng.range_u32(3, 6) {
            let dx = size * rng.range_f32(-1.8, 1.8);
            let dy = size * rng.range_f32(-0.4, 0.3);
            canvas.glow(cx + dx, cy + dy, size * rng.range_f32(0.8, 1.5), palette.cloud, rng.range_f32(0.5, 0.9));
        }
    }
}

/// The top edge of a terrain layer, one y per column: a base height minus
/// three summed waves (broad hills, smaller bumps, fine roughness).
pub(crate) fn ridge(rng: &mut SynthRng, width: usize, base: f32, amplitude: f32) -> Vec<f32> {
    let waves = [(1.0, 3.0, 1.0), (3.0, 8.0, 0.35), (10.0, 30.0, 0.08)].map(|(lo, hi, weight)| {
        // Frequencies in cycles per image width keep the shape resolution-free.
        let cycles = rng.range_f32(lo, hi);
        (TAU * cycles / width as f32, rng.range_f32(0.0, TAU), weight)
    });
    (0..width)
        .map(|x| {
            let h: f32 = waves.iter().map(|&(k, phase, w)| w * wave(k * x as f32 + phase)).sum();
            base - amplitude * h
        })
        .collect()
}

/// Per-column brightness factors around 1.0 that give ground its grassy,
/// streaky look (and the JPEG encoder some real detail to spend bits on).
pub(crate) fn streaks(rng: &mut SynthRng, width: usize, depth: f32) -> Vec<f32> {
    let waves = [(20.0, 60.0, 0.06), (80.0, 240.0, 0.05)].map(|(lo, hi, weight)| {
        let cycles = rng.range_f32(lo, hi) * (0.5 + depth);
        (TAU * cycles / width as f32, rng.range_f32(0.0, TAU), weight)
    });
    (0..width).map(|x| 1.0 + waves.iter().map(|&(k, p, w)| w * wave(k * x as f32 + p)).sum::<f32>()).collect()
}

/// Paints `color` below `tops` (per column) down to row `bottom`, darkening
/// toward the bottom and modulated by `streaks`.
pub(crate) fn fill_terrain(canvas: &mut Canvas, tops: &[f32], bottom: f32, color: Rgb, streaks: &[f32]) {
    let highest = tops.iter().copied().fold(f32::INFINITY, f32::min).max(0.0) as usize;
    let bottom = (bottom.max(0.0) as usize).min(canvas.height);
    let span = (bottom.saturating_sub(highest)).max(1) as f32;
    for y in highest..bottom {
        let fy = y as f32;
        // Nearer (lower) ground is a little darker, as under a sky light.
        let row_color = scale(color, 1.0 - 0.25 * (fy - highest as f32) / span);
        let row = canvas.row_mut(y);
        for (x, px) in row.chunks_exact_mut(3).enumerate() {
            if fy >= tops[x] {
                let k = streaks[x];
                px[0] = to_byte(row_color[0] * k);
                px[1] = to_byte(row_color[1] * k);
                px[2] = to_byte(row_color[2] * k);
            }
        }
    }
}
