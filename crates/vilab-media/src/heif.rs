//! HEIC/HEIF decoding (phone photos) through the system's libheif, when
//! vilab is built with the `heif` feature (the default; it needs Debian's
//! `libheif-dev`). Without it, HEIC files are still recorded with their
//! digests and EXIF, and an error row says `undecodable: HEIC`.

use crate::MediaError;
use crate::decode::DecodedImage;

/// Decodes the primary image of a HEIF file to RGB, with the file's own
/// rotation, mirroring and crop applied as libheif applies them.
#[cfg(feature = "heif")]
pub fn decode_heif(bytes: &[u8], max_pixels: u64) -> Result<DecodedImage, MediaError> {
    use libheif_rs::{ColorSpace, HeifContext, LibHeif, RgbChroma};
    use vilab_core::model::MediaKind;

    let undecodable = |e: libheif_rs::HeifError| MediaError::undecodable(MediaKind::Heif, e);
    let context = HeifContext::read_from_bytes(bytes).map_err(undecodable)?;
    let handle = context.primary_image_handle().map_err(undecodable)?;
    let (width, height) = (handle.width(), handle.height());
    crate::decode::check_pixel_limit(width, height, max_pixels)?;
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
pub fn decode_heif(_bytes: &[u8], _max_pixels: u64) -> Result<DecodedImage, MediaError> {
    Err(MediaError::Unsupported { kind: "HEIC" })
}
