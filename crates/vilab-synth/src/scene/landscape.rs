//! The landscape family: sky, sun, clouds, two to four hill layers, and
//! buildings and trees standing on the nearest ridge.

use super::canvas::Canvas;
use super::elements::{fill_terrain, paint_clouds, paint_sky, paint_sun, ridge, streaks, unit};
use super::math::{Rgb, mix, scale};
use super::palette::Palette;
use crate::rng::SynthRng;

/// Paints a landscape over the whole canvas.
pub(crate) fn paint(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette) {
    let (w, h) = (canvas.width, canvas.height as f32);
    let horizon = h * rng.range_f32(0.3, 0.65);
    paint_sky(canvas, palette, horizon);
    paint_sun(canvas, rng, palette, horizon);
    paint_clouds(canvas, rng, palette, horizon);

    let layers = rng.range_u32(2, 4) as usize;
    let mut front = Vec::new();
    for layer in 0..layers {
        // Later layers sit lower and are painted over the earlier ones.
        let depth = layer as f32 / layers as f32;
        let base = horizon + (h - horizon) * depth * 0.7;
        let amplitude = h * rng.range_f32(0.04, 0.16) * (1.0 - 0.5 * depth);
        let tops = ridge(rng, w, base, amplitude);
        let texture = streaks(rng, w, depth);
        let color = palette.ground[4 - layers + layer];
        fill_terrain(canvas, &tops, h, color, &texture);
        front = tops;
    }

    for _ in 0..rng.below(9) {
        let x = w as f32 * rng.unit();
        let ground = front[(x as usize).min(w - 1)];
        if rng.chance(0.5) {
            building(canvas, rng, palette, x, ground);
        } else {
            tree(canvas, rng, palette, x, ground);
        }
    }
}

/// A rectangular building with a grid of lit and dark windows, standing on
/// the ground at `(x, ground)`.
fn building(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, x: f32, ground: f32) {
    let u = unit(canvas);
    let bw = u * rng.range_f32(0.05, 0.18);
    let bh = u * rng.range_f32(0.08, 0.4);
    let wall = *rng.pick(&palette.accents);
    let (left, top) = (x - bw / 2.0, ground - bh);
    canvas.fill_rect(left, top, left + bw, ground + u * 0.02, wall);
    let lit: Rgb = mix([255.0, 230.0, 150.0], wall, 0.2);
    let dark = scale(wall, 0.45);
    let cell = u * rng.range_f32(0.012, 0.025);
    let cols = ((bw / cell / 1.6) as usize).max(1);
    let rows = ((bh / cell / 1.8) as usize).max(1);
    for r in 0..rows {
        for c in 0..cols {
            let wx = left + cell * 0.5 + c as f32 * cell * 1.6;
            let wy = top + cell * 0.6 + r as f32 * cell * 1.8;
            let color = if rng.chance(0.4) { lit } else { dark };
            canvas.fill_rect(wx, wy, wx + cell, wy + cell * 1.1, color);
        }
    }
}

/// A tree: a trunk under either a round crown or a pointed (pine) crown.
fn tree(canvas: &mut Canvas, rng: &mut SynthRng, palette: &Palette, x: f32, ground: f32) {
    let u = unit(canvas);
    let height = u * rng.range_f32(0.06, 0.25);
    let trunk = height * 0.08;
    let bark = [70.0, 50.0, 35.0];
    canvas.fill_rect(x - trunk, ground - height * 0.5, x + trunk, ground + u * 0.01, bark);
    let leaves = scale(palette.ground[3], rng.range_f32(0.6, 1.1));
    if rng.chance(0.5) {
        canvas.fill_disc(x, ground - height * 0.65, height * 0.35, leaves);
    } else {
        let half = height * 0.3;
        canvas.fill_triangle(
            (x - half, ground - height * 0.35),
            (x + half, ground - height * 0.35),
            (x, ground - height),
            leaves,
        );
    }
}
