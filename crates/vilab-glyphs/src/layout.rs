//! Shaping one line of text into positioned glyphs, and its box.

use rustybuzz::ttf_parser::GlyphId;
use rustybuzz::{UnicodeBuffer, shape};

use crate::fonts::{Script, Weight, face, script_runs};

/// Sizes above this are drawn and measured at this size: one glyph's
/// coverage bitmap stays a few megabytes whatever a caller asks for.
pub const MAX_SIZE_PX: f32 = 512.0;

/// The box of one line of text, in pixels. Drawn at `(x, y)`, the text's
/// ink lies within `x..x + width` and `y..y + height`, and its baseline is
/// at `y + baseline`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TextBox {
    /// From the left edge to the furthest of the pen's end and the ink.
    pub width: f32,
    /// From the top of the tallest font's ascender (or the ink, if higher)
    /// to the bottom of the deepest descender (or the ink, if lower).
    pub height: f32,
    /// From the top of the box down to the baseline.
    pub baseline: f32,
}

/// One glyph of a shaped run, with the ids HarfBuzz would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapedRun {
    /// The script whose font shaped the run.
    pub script: Script,
    /// Glyph ids in visual order, in that font.
    pub glyphs: Vec<u16>,
}

/// A glyph placed on the line: its pen origin relative to the box's left
/// edge and baseline (y grows downwards), in pixels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub script: Script,
    pub glyph: GlyphId,
    pub x: f32,
    pub y: f32,
    /// Pixels per font unit of this glyph's face.
    pub scale: f32,
}

/// A shaped line: its glyphs and its box.
pub(crate) struct Line {
    pub weight: Weight,
    pub glyphs: Vec<Placed>,
    pub size: TextBox,
}

/// A usable size, or `None` where nothing should be drawn.
pub(crate) fn clamp_size(size_px: f32) -> Option<f32> {
    if size_px.is_finite() && size_px > 0.0 {
        Some(size_px.min(MAX_SIZE_PX))
    } else {
        // NaN, infinities, zero and negative sizes draw nothing.
        None
    }
}

/// The glyph ids each script run of `text` shapes to (what `hb-shape`
/// prints for the same font), for tests and diagnostics.
pub fn shape_runs(text: &str, weight: Weight) -> Vec<ShapedRun> {
    script_runs(text)
        .into_iter()
        .map(|(script, run)| {
            let glyphs = shape_run(script, weight, run)
                .glyph_infos()
                .iter()
                .map(|g| u16::try_from(g.glyph_id).unwrap_or(0))
                .collect();
            ShapedRun { script, glyphs }
        })
        .collect()
}

fn shape_run(script: Script, weight: Weight, run: &str) -> rustybuzz::GlyphBuffer {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(run);
    // Script, direction and language from the text itself, as hb-shape does.
    buffer.guess_segment_properties();
    shape(face(script, weight), &[], buffer)
}

/// Shapes `text` at `size_px` (already clamped) and measures its box.
pub(crate) fn layout(text: &str, size_px: f32, weight: Weight) -> Line {
    let mut glyphs = Vec::new();
    let mut pen = 0.0f32;
    let mut ascent = 0.0f32;
    let mut descent = 0.0f32;
    // Ink bounds relative to the line origin, y downwards.
    let mut ink: Option<(f32, f32, f32, f32)> = None;
    for (script, run) in script_runs(text) {
        let face = face(script, weight);
        // Every Noto face here has 1000 or 2048 units per em; the scale
        // turns font units into pixels.
        let scale = size_px / face.units_per_em().max(1) as f32;
        ascent = ascent.max(f32::from(face.ascender()) * scale);
        descent = descent.max(-f32::from(face.descender()) * scale);
        let shaped = shape_run(script, weight, run);
        for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            let glyph = GlyphId(u16::try_from(info.glyph_id).unwrap_or(0));
            let x = pen + pos.x_offset as f32 * scale;
            let y = -(pos.y_offset as f32) * scale;
            if let Some(rect) = face.glyph_bounding_box(glyph) {
                let left = x + f32::from(rect.x_min) * scale;
                let right = x + f32::from(rect.x_max) * scale;
                let top = y - f32::from(rect.y_max) * scale;
                let bottom = y - f32::from(rect.y_min) * scale;
                ink = Some(match ink {
                    None => (left, top, right, bottom),
                    Some((l, t, r, b)) => (l.min(left), t.min(top), r.max(right), b.max(bottom)),
                });
            }
            glyphs.push(Placed { script, glyph, x, y, scale });
            pen += pos.x_advance as f32 * scale;
        }
    }
    if glyphs.is_empty() {
        return Line { weight, glyphs, size: TextBox::default() };
    }
    let (ink_left, ink_top, ink_right, ink_bottom) = ink.unwrap_or((0.0, 0.0, pen, 0.0));
    // Ink left of the pen's start (a lone mark, a negative side bearing)
    // moves the whole line right, so that nothing is drawn left of `x`.
    let shift = (-ink_left).max(0.0);
    if shift > 0.0 {
        for g in &mut glyphs {
            g.x += shift;
        }
    }
    let top = (-ascent).min(ink_top);
    let bottom = descent.max(ink_bottom);
    Line { weight, glyphs, size: TextBox { width: pen.max(ink_right) + shift, height: bottom - top, baseline: -top } }
}
