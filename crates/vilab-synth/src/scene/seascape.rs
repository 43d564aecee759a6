//! The seascape family: sky, sun, rippled water with the sun's glitter on
//! it, islands on the horizon and a few boats.

use super::canvas::Canvas;
use super::elements::{fill_terrain, paint_clouds, paint_sky, paint_sun, ridge, streaks, unit};
use super::math::{mix, scale, to_byte, wave};
use super::palette::Palette;
use crate::rng::SynthRng;
use std::f32::consts::TAU;

/// Paints a seascape over the whole canvas.
pub(crate) fn paint(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette) {
    let h = canvas.height as f32;
    let horizon = h * rng.range_f32(0.35, 0.6);
    paint_sky(canvas, palette, horizon);
    let sun_x = paint_sun(canvas, rng, palette, horizon);
    paint_clouds(canvas, rng, palette, horizon);
    water(canvas, rng, palette, horizon);
    glitter(canvas, rng, palette, horizon, sun_x);

    for _ in 0..rng.range_u32(1, 3) {
        island(canvas, rng, palette, horizon);
    }
    for _ in 0..rng.below(5) {
        let waterline = horizon + (h - horizon) * rng.range_f32(0.1, 0.9);
        boat(canvas, rng, palette, waterline);
    }
}

/// Water below the horizon: far-to-near colour gradient with ripples whose
/// phase drifts from row to row, like waves seen at a low angle.
fn water(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, horizon: f32) {
    let start = horizon.max(0.0) as usize;
    let depth = (canvas.height as f32 - horizon).max(1.0);
    let k = TAU * rng.range_f32(8.0, 25.0) / canvas.width as f32;
    let row_k = TAU * rng.range_f32(30.0, 90.0) / depth;
    for y in start..canvas.height {
        let t = (y as f32 - horizon) / depth;
        let color = mix(palette.water_far, palette.water_near, t);
        // Ripples grow (lower frequency, more contrast) toward the viewer.
        let freq = k / (0.3 + t);
        let phase = wave(y as f32 * row_k) * 3.0;
        let contrast = 0.05 + 0.12 * t;
        for (x, px) in canvas.row_mut(y).chunks_exact_mut(3).enumerate() {
            let m = 1.0 + contrast * wave(x as f32 * freq + phase);
            px[0] = to_byte(color[0] * m);
            px[1] = to_byte(color[1] * m);
            px[2] = to_byte(color[2] * m);
        }
    }
}

/// Short bright dashes under the sun: its reflection on the ripples.
fn glitter(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, horizon: f32, sun_x: f32) {
    let u = unit(canvas);
    let h = canvas.height as f32;
    let bright = mix(palette.sun, palette.water_far, 0.3);
    for _ in 0..rng.range_u32(20, 60) {
        let t = rng.unit();
        let y = horizon + (h - horizon) * t;
        let spread = u * (0.02 + 0.15 * t);
        let x = sun_x + rng.range_f32(-spread, spread);
        let len = u * rng.range_f32(0.01, 0.05) * (0.3 + t);
        canvas.fill_rect(x - len, y, x + len, y + u * 0.004 * (1.0 + 2.0 * t), bright);
    }
}

/// An island: a hill ridge cut to a stretch of the horizon.
fn island(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, horizon: f32) {
    let w = canvas.width;
    let left = (w as f32 * rng.range_f32(-0.1, 0.8)).max(0.0) as usize;
    let right = ((left as f32 + w as f32 * rng.range_f32(0.1, 0.5)) as usize).min(w);
    let amplitude = canvas.height as f32 * rng.range_f32(0.03, 0.1);
    let mut tops = ridge(rng, w, horizon, amplitude);
    for (x, top) in tops.iter_mut().enumerate() {
        if x < left || x >= right {
            *top = f32::INFINITY;
        } else {
            // Taper both ends down to the waterline.
            let s = (x - left) as f32 / (right - left).max(1) as f32;
            let taper = (4.0 * s * (1.0 - s)).min(1.0);
            *top = horizon - (horizon - *top).abs() * taper - 1.0;
        }
    }
    let texture = streaks(rng, w, 0.2);
    fill_terrain(canvas, &tops, horizon + 1.0, palette.ground[1], &texture);
}

/// A boat: a hull rectangle with a triangular sail.
fn boat(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, waterline: f32) {
    let u = unit(canvas);
    let x = canvas.width as f32 * rng.unit();
    let size = u * rng.range_f32(0.03, 0.1) * (waterline / canvas.height as f32);
    let hull = scale(*rng.pick(&palette.accents), 0.7);
    canvas.fill_rect(x - size, waterline - size * 0.25, x + size, waterline, hull);
    let sail = mix([245.0, 245.0, 240.0], *rng.pick(&palette.accents), 0.25);
    canvas.fill_triangle(
        (x, waterline - size * 1.6),
        (x, waterline - size * 0.3),
        (x + size * 0.8, waterline - size * 0.3),
        sail,
    );
}
