//! HEIC/HEIF decoding (phone photos) through the system's libheif, when
//! vilab is built with the `heif` feature (the default; it needs Debian's
//! `libheif-dev`). Without it, HEIC files are still recorded with their
//! digests and EXIF, and an error row says `undecodable: HEIC`.

use vilab_core::model::MediaKind;

use crate::MediaError;
use crate::budget::Limits;
use crate::decode::DecodedImage;

/// Decodes the primary image of a HEIF file to RGB, with the file's own
/// rotation, mirroring and crop applied as libheif applies them.
pub fn decode_heif(bytes: &[u8], max_pixels: u64) -> Result<DecodedImage, MediaError> {
    decode_heif_within(bytes, &Limits::pixels(max_pixels))
}

/// [`decode_heif`] held to a byte cap, checked from the primary image's
/// size before libheif decodes (libheif itself takes no byte limit; its
/// per-side size limit, `heif_context_set_maximum_image_size_limit`, is
/// not reachable through `libheif-rs` 0.20).
#[cfg(feature = "heif")]
pub(crate) fn decode_heif_within(bytes: &[u8], limits: &Limits) -> Result<DecodedImage, MediaError> {
    use libheif_rs::{ColorSpace, HeifContext, LibHeif, RgbChroma};

    let undecodable = |e: libheif_rs::HeifError| MediaError::undecodable(MediaKind::Heif, e);
    let context = HeifContext::read_from_bytes(bytes).map_err(undecodable)?;
    let handle = context.primary_image_handle().map_err(undecodable)?;
    let (width, height) = (handle.width(), handle.height());
    crate::decode::check_pixel_limit(width, height, limits.max_pixels)?;
    let pixels = u64::from(width) * u64::from(height);
    // The coding from the file's properties; the dearest when unreadable.
    let per_pixel = match crate::header::read(bytes, MediaKind::Heif) {
        Ok(crate::header::Facts::Heif(f)) => {
            crate::budget::heif_bytes_per_pixel(f.half_samples, f.sample_bytes, f.auxiliary)
        }
        _ => crate::budget::heif_bytes_per_pixel(6, 2, true),
    };
    limits.check(crate::error::Allocation::Decode(MediaKind::Heif), pixels * per_pixel)?;
    let library = LibHeif::new();
    let image = library.decode(&handle, ColorSpace::Rgb(RgbChroma::Rgb), None).map_err(undecodable)?;
    let planes = image.planes();
    let plane =
        planes.interleaved.ok_or_else(|| MediaError::undecodable(MediaKind::Heif, "no interleaved RGB plane"))?;
    let (w, h) = (plane.width as usize, plane.height as usize);
    let mut rgb = Vec::with_capacity(w * h * 3);
    for row in plane.data.chunks(plane.stride).take(h) {
        let pixels = row
            .get(..w * 3)
            .ok_or_else(|| MediaError::undecodable(MediaKind::Heif, "short row in the decoded plane"))?;
        rgb.extend_from_slice(pixels);
    }
    Ok(DecodedImage {
        width: plane.width,
        height: plane.height,
        rgb,
        full_width: width,
        full_height: height,
        damage: None,
    })
}

/// Without the `heif` feature: HEIC is recognised but not decoded.
#[cfg(not(feature = "heif"))]
pub(crate) fn decode_heif_within(_bytes: &[u8], _limits: &Limits) -> Result<DecodedImage, MediaError> {
    Err(MediaError::Unsupported { kind: MediaKind::Heif })
}
