//! What a decode will cost in memory, asked of the budget before the
//! content is read whole ([`vilab_media::decode_cost`]), and the cap that
//! holds the decode to what was granted.

use vilab_core::model::MediaKind;
use vilab_media::{AnalyzeOptions, DecodeCost};

/// Bytes of the budget to ask for to hold the image whose first bytes are
/// `head` (`size` in all) and decode it: its size and its decode's cost,
/// read from its header. Where the header is not in `head` (a TIFF's
/// directory may sit at its end), the cost is that of the dearest image of
/// its kind within the pixel limit; if that is more than the whole budget
/// (`total`), the whole budget, within which the decode then refuses what
/// does not fit.
pub fn memory_needed(head: &[u8], size: u64, kind: MediaKind, options: &AnalyzeOptions, total: u64) -> u64 {
    let cost = vilab_media::decode_cost(head, size, kind, options);
    let need = size.saturating_add(cost.request());
    match cost {
        DecodeCost::Unknown { .. } if need > total && size < total => total,
        _ => need,
    }
}

/// The analysis options of one content, its decode held to `bytes`: a
/// decoder that would need more refuses instead of allocating it.
pub fn capped(options: &AnalyzeOptions, bytes: u64) -> AnalyzeOptions {
    AnalyzeOptions { max_alloc: Some(bytes), ..options.clone() }
}
