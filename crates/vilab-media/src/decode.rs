//! Decoding of still images to 8-bit RGB, with a pixel limit against
//! decompression bombs.

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
        MediaKind::Jpeg => ImageFormat::Jpeg,
        MediaKind::Png => ImageFormat::Png,
        MediaKind::Gif => ImageFormat::Gif,
        MediaKind::Bmp => ImageFormat::Bmp,
        MediaKind::Webp => ImageFormat::WebP,
        MediaKind::Tiff => ImageFormat::Tiff,
        MediaKind::Heif | MediaKind::Zip | MediaKind::Other => return None,
    })
}

/// Decodes the whole image at full resolution to RGB (the first frame of an
/// animation, the first page of a TIFF). Alpha is dropped, as the PDQ
/// reference drops it; grey is replicated to three channels.
pub fn decode_rgb(
    bytes: &[u8],
    kind: MediaKind,
    max_pixels: u64,
) -> Result<DecodedImage, MediaError> {
    let Some(format) = image_format(kind) else {
        return Err(match kind {
            MediaKind::Heif => MediaError::Unsupported { kind: "HEIC" },
            other => MediaError::undecodable(other, "not an image"),
        });
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let (width, height) = reader
        .into_dimensions()
        .map_err(|e| MediaError::undecodable(kind, e))?;
    check_pixel_limit(width, height, max_pixels)?;
    reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    // Bound the decoder's own allocations too: a lying header must not get
    // past the check above by way of a larger internal buffer.
    limits.max_alloc = Some(max_pixels.saturating_mul(8));
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|e| MediaError::undecodable(kind, e))?;
    let rgb = image.into_rgb8();
    Ok(DecodedImage {
        width,
        height,
        rgb: rgb.into_raw(),
        full_width: width,
        full_height: height,
    })
}

/// Refuses images whose stated size exceeds the pixel limit.
pub(crate) fn check_pixel_limit(
    width: u32,
    height: u32,
    max_pixels: u64,
) -> Result<(), MediaError> {
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(MediaError::TooLarge {
            width,
            height,
            limit: max_pixels,
        });
    }
    Ok(())
}

/// Decodes for ingest: the fastest path whose PDQ stays within the
/// conformance bound. Until a DCT-scaled JPEG path lands this is the full
/// decode.
pub fn decode_for_analysis(
    bytes: &[u8],
    kind: MediaKind,
    max_pixels: u64,
) -> Result<DecodedImage, MediaError> {
    decode_rgb(bytes, kind, max_pixels)
}
