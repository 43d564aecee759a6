//! The abstract family: a gradient at a random angle covered with random
//! rectangles, discs, rings, bands and triangles, like a poster or a
//! screenshot of a drawing program.

use super::canvas::Canvas;
use super::elements::unit;
use super::math::{mix, to_byte};
use super::palette::Palette;
use crate::rng::SynthRng;
use std::f32::consts::TAU;

/// Paints an abstract composition over the whole canvas.
pub(crate) fn paint(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette) {
    gradient(canvas, rng, palette);
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    let u = unit(canvas);
    for _ in 0..rng.range_u32(8, 30) {
        let color = *rng.pick(&palette.accents);
        let (x, y) = (w * rng.unit(), h * rng.unit());
        let size = u * rng.range_f32(0.03, 0.3);
        match rng.below(5) {
            0 => {
                let aspect = rng.range_f32(0.3, 3.0);
                canvas.fill_rect(x, y, x + size * aspect, y + size, color);
            }
            1 => canvas.fill_disc(x, y, size * 0.6, color),
            2 => canvas.fill_ring(x, y, size * 0.7, size * rng.range_f32(0.3, 0.6), color),
            3 => {
                // A full-width or full-height band.
                if rng.chance(0.5) {
                    canvas.fill_rect(0.0, y, w, y + size * 0.2, color);
                } else {
                    canvas.fill_rect(x, 0.0, x + size * 0.2, h, color);
                }
            }
            _ => {
                let mut corner = || (x + size * rng.range_f32(-1.0, 1.0), y + size * rng.range_f32(-1.0, 1.0));
                let (a, b, c) = (corner(), corner(), corner());
                canvas.fill_triangle(a, b, c, color);
            }
        }
    }
}

/// A two-colour linear gradient across the canvas at a random angle.
fn gradient(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette) {
    let from = *rng.pick(&palette.accents);
    let to = mix(palette.sky_horizon, *rng.pick(&palette.accents), 0.5);
    let angle = rng.range_f32(0.0, TAU);
    // Unit direction from the same wave approximation used everywhere.
    let (dx, dy) = (super::math::wave(angle + TAU / 4.0), super::math::wave(angle));
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    // Project the corners to normalise t into 0..=1 over the canvas.
    let corners = [0.0, dx * w, dy * h, dx * w + dy * h];
    let lo = corners.iter().copied().fold(f32::INFINITY, f32::min);
    let hi = corners.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let inv = 1.0 / (hi - lo).max(1.0);
    for y in 0..canvas.height {
        let base = dy * y as f32 - lo;
        for (x, px) in canvas.row_mut(y).chunks_exact_mut(3).enumerate() {
            let c = mix(from, to, (dx * x as f32 + base) * inv);
            px[0] = to_byte(c[0]);
            px[1] = to_byte(c[1]);
            px[2] = to_byte(c[2]);
        }
    }
}
