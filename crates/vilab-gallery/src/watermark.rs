//! Visible watermarks: the recipient's name and the bundle's id drawn
//! across the whole rendition, semi-transparent, in rows shifted like
//! bricks so that the marks run diagonally and no large part of the image
//! is free of them (a crop still names its recipient). Text in any of the
//! five scripts is shaped and drawn by vilab-glyphs.

use vilab_glyphs::{Canvas, draw_text, measure_text};

use crate::BundleError;

/// Opacity of the light text (of 255): readable, yet the image shows through.
const TEXT_ALPHA: u8 = 110;
/// Opacity of the dark outline under it, so the mark shows on light areas too.
const SHADOW_ALPHA: u8 = 90;

/// Draws `recipient` and `bundle_id` repeatedly over an RGB8 image
/// (`width * height * 3` bytes, row-major).
pub fn watermark(rgb: &mut [u8], width: u32, height: u32, recipient: &str, bundle_id: &str) -> Result<(), BundleError> {
    let expected = u64::from(width) * u64::from(height) * 3;
    if rgb.len() as u64 != expected {
        return Err(BundleError::spec(
            "rgb",
            format!("{} bytes for {width} x {height} RGB ({expected} expected)", rgb.len()),
        ));
    }
    if width == 0 || height == 0 {
        return Ok(());
    }
    let text = format!("{} · {}", recipient.trim(), bundle_id.trim());
    // About 1/30 of the shorter side: 53 px on a 1600 x 1200 rendition,
    // never under 12 px, where small Khmer subscripts stop being legible.
    let size = (width.min(height) as f32 / 30.0).max(12.0);
    let text_box = measure_text(&text, size);
    let step_x = (text_box.width + size * 2.0).max(size * 4.0);
    let step_y = text_box.height.max(size) * 2.5;
    // Each row starts a third of a step further right: diagonal bands.
    let shift = step_x / 3.0;
    let mut canvas = Canvas { width, height, rgb };
    let mut row = 0u32;
    let mut y = -text_box.height / 2.0;
    while y < height as f32 {
        let mut x = -step_x + (row as f32 * shift) % step_x;
        while x < width as f32 {
            draw_text(&mut canvas, &text, x + 1.5, y + 1.5, size, [0, 0, 0], SHADOW_ALPHA);
            draw_text(&mut canvas, &text, x, y, size, [255, 255, 255], TEXT_ALPHA);
            x += step_x;
        }
        y += step_y;
        row += 1;
    }
    Ok(())
}
