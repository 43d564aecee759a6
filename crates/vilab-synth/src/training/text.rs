//! Text on the scene canvas through vilab-glyphs, sized to fit a box.

use vilab_glyphs::{Canvas as GlyphCanvas, Weight, draw_text_weighted, measure_text_weighted};

use crate::scene::canvas::Canvas;
use crate::scene::math::{Rgb, to_byte};

/// Draws `text` as large as fits `w` x `h` (never above `max_size` px),
/// centred on `(cx, cy)`.
#[allow(clippy::too_many_arguments)] // a box, a centre, a size cap, a look
pub(crate) fn centred(
    canvas: &mut Canvas,
    text: &str,
    cx: f32,
    cy: f32,
    w: f32,
    h: f32,
    max_size: f32,
    weight: Weight,
    color: Rgb,
) {
    // Boxes scale with the size (up to whole-pixel rounding), so one
    // measurement at 100 px gives the size that fits.
    let probe = measure_text_weighted(text, 100.0, weight);
    if probe.width <= 0.0 || probe.height <= 0.0 {
        return;
    }
    let size = (100.0 * w / probe.width).min(100.0 * h / probe.height).min(max_size);
    let b = measure_text_weighted(text, size, weight);
    let mut target = GlyphCanvas { width: canvas.width as u32, height: canvas.height as u32, rgb: &mut canvas.pixels };
    draw_text_weighted(
        &mut target,
        text,
        cx - b.width / 2.0,
        cy - b.height / 2.0,
        size,
        weight,
        color.map(to_byte),
        255,
    );
}
