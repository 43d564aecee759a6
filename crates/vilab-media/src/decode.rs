//! Decoding of still images to 8-bit RGB, with a pixel limit against
//! decompression bombs: JPEG through libjpeg-turbo (scaled in the DCT
//! domain on the fast path), HEIC through libheif, the rest through the
//! `image` crate.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};
use vilab_core::model::MediaKind;

use crate::MediaError;

/// Default limit on decoded pixels: larger than any phone or camera sensor
/// (a 200 MP image is 600 MB of RGB), small enough that two workers cannot
/// exhaust a laptop's memory.
pub const DEFAULT_MAX_PIXELS: u64 = 200_000_000;

/// An image decoded to interleaved 8-bit RGB.
#[derive(Clone, Debug)]
pub struct DecodedImage {
    /// Width of `rgb` in pixels.
    pub width: u32,
    /// Height of `rgb` in pixels.
    pub height: u32,
    /// Interleaved RGB, `width * height * 3` bytes.
    pub rgb: Vec<u8>,
    /// Width of the image as stored in the file (differs from `width` when
    /// the decoder scaled in the DCT domain).
    pub full_width: u32,
    /// Height of the image as stored in the file.
    pub full_height: u32,
    /// Set when the decoder recovered from damaged data (a truncated or
    /// corrupt JPEG): the picture is partly filled, and this says why.
    pub damage: Option<String>,
}

impl DecodedImage {
    /// Whether the pixels were decoded at a reduced scale.
    pub fn is_scaled(&self) -> bool {
        self.width != self.full_width || self.height != self.full_height
    }
}

/// The `image` crate's format for a kind it decodes.
fn image_format(kind: MediaKind) -> Option<ImageFormat> {
    Some(match kind {
        MediaKind::Png => ImageFormat::Png,
        MediaKind::Gif => ImageFormat::Gif,
        MediaKind::Bmp => ImageFormat::Bmp,
        MediaKind::Webp => ImageFormat::WebP,
        MediaKind::Tiff => ImageFormat::Tiff,
        MediaKind::Jpeg | MediaKind::Heif | MediaKind::Zip | MediaKind::Other => return None,
    })
}

/// Decodes the whole image at full resolution to RGB (the first frame of an
/// animation, the first page of a TIFF): the exact path, pixel for pixel
/// what the PDQ reference hashes. Alpha is dropped, as the reference drops
/// it; grey is replicated to three channels.
pub fn decode_rgb(bytes: &[u8], kind: MediaKind, max_pixels: u64) -> Result<DecodedImage, MediaError> {
    match kind {
        MediaKind::Jpeg => return jpeg_image(bytes, max_pixels, |_, _| 1),
        MediaKind::Heif => return crate::heif::decode_heif(bytes, max_pixels),
        _ => {}
    }
    let Some(format) = image_format(kind) else {
        return Err(MediaError::undecodable(kind, "not an image"));
    };
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| MediaError::undecodable(kind, e))?;
    check_pixel_limit(width, height, max_pixels)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    // Bound the decoder's own allocations too: a lying header must not get
    // past the check above by way of a larger internal buffer.
    limits.max_alloc = Some(max_pixels.saturating_mul(8));
    reader.limits(limits);
    let image = reader.decode().map_err(|e| MediaError::undecodable(kind, e))?;
    let rgb = image.into_rgb8();
    Ok(DecodedImage { width, height, rgb: rgb.into_raw(), full_width: width, full_height: height, damage: None })
}

/// Decodes for ingest: the fastest path whose PDQ stays within the
/// conformance bound. A JPEG larger than PDQ's 512 x 512 working size is
/// decoded scaled in the DCT domain (see [`fast_jpeg_denominator`]); every
/// other image is decoded as [`decode_rgb`] does.
pub fn decode_for_analysis(bytes: &[u8], kind: MediaKind, max_pixels: u64) -> Result<DecodedImage, MediaError> {
    match kind {
        MediaKind::Jpeg => jpeg_image(bytes, max_pixels, fast_jpeg_denominator),
        _ => decode_rgb(bytes, kind, max_pixels),
    }
}

/// The DCT scale denominator of the fast path: the largest of 8, 4, 2 whose
/// scaled image keeps both sides at 512 pixels or more, so that PDQ's
/// nearest-neighbour step to 512 x 512 samples block means where the
/// reference samples single pixels; 1 (full size) when none does.
pub fn fast_jpeg_denominator(width: u32, height: u32) -> u32 {
    let side = vilab_core::pdq::PDQ_RESIZE_SIDE as u32;
    [8, 4, 2].into_iter().find(|&d| width.div_ceil(d) >= side && height.div_ceil(d) >= side).unwrap_or(1)
}

fn jpeg_image(
    bytes: &[u8],
    max_pixels: u64,
    denominator: impl Fn(u32, u32) -> u32,
) -> Result<DecodedImage, MediaError> {
    let decoded = crate::jpeg::decode_jpeg(bytes, max_pixels, denominator)?;
    let mut image = decoded.image;
    if decoded.warnings > 0 {
        image.damage = Some(format!(
            "damaged JPEG data ({}; {} warning{}): the picture is partly filled",
            decoded.first_warning.unwrap_or_default(),
            decoded.warnings,
            if decoded.warnings == 1 { "" } else { "s" }
        ));
    }
    Ok(image)
}

/// Refuses images whose stated size exceeds the pixel limit.
pub(crate) fn check_pixel_limit(width: u32, height: u32, max_pixels: u64) -> Result<(), MediaError> {
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(MediaError::TooLarge { width, height, limit: max_pixels });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_scale_keeps_both_sides_at_least_512() {
        assert_eq!(fast_jpeg_denominator(4000, 3000), 4);
        assert_eq!(fast_jpeg_denominator(4032, 3024), 4);
        assert_eq!(fast_jpeg_denominator(8000, 6000), 8);
        assert_eq!(fast_jpeg_denominator(1600, 1004), 1);
        assert_eq!(fast_jpeg_denominator(1200, 1100), 2);
        assert_eq!(fast_jpeg_denominator(300, 200), 1);
    }
}
