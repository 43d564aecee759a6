//! One line of text in Khmer, Lao, Thai or Latin script (Vietnamese
//! included), shaped and drawn onto RGB pixels with embedded Noto fonts.
//!
//! - [`draw_text`] / [`draw_text_weighted`]: shape (rustybuzz, a port of
//!   HarfBuzz: Khmer reordering and subscript consonants, Thai and Lao mark
//!   placement, Vietnamese stacked diacritics), fill the outlines with
//!   anti-aliasing, blend with a colour and an alpha.
//! - [`measure_text`] / [`measure_text_weighted`]: the same line's box
//!   without drawing.
//! - The font of each run is chosen by script ([`script_runs`]): Khmer
//!   U+1780–17FF and U+19E0–19FF, Lao U+0E80–0EFF, Thai U+0E00–0E7F,
//!   everything else Noto Sans (Latin with Vietnamese).
//!
//! No layout beyond one line: no wrapping, no bidirectional text, no
//! justification. The fonts are compiled in; nothing is read from the
//! machine or the network.

mod fonts;
mod layout;
mod raster;

pub use fonts::{EMBEDDED_FONT_BYTES, Script, Weight, script_runs};
pub use layout::{MAX_SIZE_PX, ShapedRun, TextBox, shape_runs};
pub use raster::Canvas;

/// Draws `text` in Regular with its box's top left at `(x, y)`, in
/// `color` blended at `alpha` (255 opaque), and returns its box (the same
/// as [`measure_text`]). Parts off the canvas are cut; an empty string,
/// a size that is not a positive number, or coordinates that are not
/// finite draw nothing.
pub fn draw_text(canvas: &mut Canvas, text: &str, x: f32, y: f32, size_px: f32, color: [u8; 3], alpha: u8) -> TextBox {
    draw_text_weighted(canvas, text, x, y, size_px, Weight::Regular, color, alpha)
}

/// [`draw_text`] in a chosen weight.
#[allow(clippy::too_many_arguments)] // the contract's draw_text plus a weight
pub fn draw_text_weighted(
    canvas: &mut Canvas,
    text: &str,
    x: f32,
    y: f32,
    size_px: f32,
    weight: Weight,
    color: [u8; 3],
    alpha: u8,
) -> TextBox {
    let Some(size) = layout::clamp_size(size_px) else {
        return TextBox::default();
    };
    let line = layout::layout(text, size, weight);
    raster::draw_line(canvas, &line, x, y, color, alpha);
    line.size
}

/// The box that [`draw_text`] would fill, in Regular.
pub fn measure_text(text: &str, size_px: f32) -> TextBox {
    measure_text_weighted(text, size_px, Weight::Regular)
}

/// The box that [`draw_text_weighted`] would fill.
pub fn measure_text_weighted(text: &str, size_px: f32, weight: Weight) -> TextBox {
    match layout::clamp_size(size_px) {
        Some(size) => layout::layout(text, size, weight).size,
        None => TextBox::default(),
    }
}
