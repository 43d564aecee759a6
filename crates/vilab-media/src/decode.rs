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

    /// The DCT scale denominator (1, 2, 4 or 8) that gives the stored size
    /// this image's size (`ceil(full / d)` on both sides); `None` when no
    /// such scale does.
    pub fn dct_denominator(&self) -> Option<u32> {
        [1, 2, 4, 8]
            .into_iter()
            .find(|&d| self.full_width.div_ceil(d) == self.width && self.full_height.div_ceil(d) == self.height)
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
/// decoded scaled in the DCT domain (see [`fast_jpeg_denominator`]), at
/// 1/8 by the DC-only decoder of [`crate::jpeg_dc`] when it handles the
/// file (the same pixels as libjpeg at 1/8, several times faster), else
/// by libjpeg; every other image is decoded as [`decode_rgb`] does.
pub fn decode_for_analysis(bytes: &[u8], kind: MediaKind, max_pixels: u64) -> Result<DecodedImage, MediaError> {
    match kind {
        MediaKind::Jpeg => {
            let eighth = crate::jpeg_dc::dimensions(bytes).is_ok_and(|(w, h)| fast_jpeg_denominator(w, h) == 8);
            // Whatever the DC decoder declines (other formats, damage)
            // libjpeg decodes at the same scale, and words any damage.
            if eighth && let Ok(image) = crate::jpeg_dc::decode_eighth(bytes, max_pixels) {
                return Ok(image);
            }
            jpeg_image(bytes, max_pixels, fast_jpeg_denominator)
        }
        _ => decode_rgb(bytes, kind, max_pixels),
    }
}

/// Smallest side of a 1/8-scale decode, in pixels: there each pixel (an
/// 8 x 8 block mean) spans at most two steps of the reference's 512-point
/// sampling grid, half of PDQ's first box-filter window (4 steps at 512),
/// so the block mean only adds a little blur inside a blur PDQ applies
/// anyway. A 12 MP photo (4000 x 3000 or 4032 x 3024) decodes at 1/8.
pub const MIN_EIGHTH_SIDE: u32 = 256;

/// The DCT scale denominator of the fast path: 8 when both sides stay at
/// [`MIN_EIGHTH_SIDE`] or more; else 2 when both halves stay at 512 or more
/// (each pixel within one grid step: the earlier rule, kept for mid-sized
/// images, whose conformance images it leaves identical to the reference);
/// else 1 (full size). A quarter would need both sides at 2045 or more,
/// where an eighth already applies. PDQ samples a scaled image at the
/// reference's grid of the full one
/// ([`vilab_core::pdq::pdq_luma_from_scaled_rgb8`]).
pub fn fast_jpeg_denominator(width: u32, height: u32) -> u32 {
    let fits = |d: u32, side: u32| width.div_ceil(d) >= side && height.div_ceil(d) >= side;
    if fits(8, MIN_EIGHTH_SIDE) {
        8
    } else if fits(2, vilab_core::pdq::PDQ_RESIZE_SIDE as u32) {
        2
    } else {
        1
    }
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

    /// A 12 MP-class JPEG goes through the DC decoder: the same pixels as
    /// libjpeg at 1/8; damaged, the same pixels and words as before.
    #[test]
    fn eighths_come_from_the_dc_decoder_and_damage_from_libjpeg() {
        let (w, h) = (2048u16, 2056u16);
        let pixels: Vec<u8> =
            (0..usize::from(w) * usize::from(h)).flat_map(|i| [(i % 251) as u8, (i / 2048 % 253) as u8, 90]).collect();
        let mut jpeg = Vec::new();
        jpeg_encoder::Encoder::new(&mut jpeg, 85).encode(&pixels, w, h, jpeg_encoder::ColorType::Rgb).unwrap();
        assert_eq!(fast_jpeg_denominator(u32::from(w), u32::from(h)), 8);
        assert!(crate::jpeg_dc::decode_eighth(&jpeg, DEFAULT_MAX_PIXELS).is_ok());
        let libjpeg = jpeg_image(&jpeg, DEFAULT_MAX_PIXELS, fast_jpeg_denominator).unwrap();
        let ours = decode_for_analysis(&jpeg, MediaKind::Jpeg, DEFAULT_MAX_PIXELS).unwrap();
        assert_eq!((ours.width, ours.height, ours.damage), (256, 257, None));
        assert_eq!(ours.rgb, libjpeg.rgb);

        let cut = &jpeg[..jpeg.len() * 2 / 3];
        assert!(crate::jpeg_dc::decode_eighth(cut, DEFAULT_MAX_PIXELS).is_err());
        let libjpeg = jpeg_image(cut, DEFAULT_MAX_PIXELS, fast_jpeg_denominator).unwrap();
        let ours = decode_for_analysis(cut, MediaKind::Jpeg, DEFAULT_MAX_PIXELS).unwrap();
        assert!(ours.damage.as_deref().is_some_and(|d| d.starts_with("damaged JPEG data")), "{:?}", ours.damage);
        assert_eq!((ours.damage, ours.rgb), (libjpeg.damage, libjpeg.rgb));
    }

    #[test]
    fn fast_scale_keeps_sides_at_256_for_eighths_and_512_otherwise() {
        assert_eq!(fast_jpeg_denominator(4000, 3000), 8);
        assert_eq!(fast_jpeg_denominator(4032, 3024), 8);
        assert_eq!(fast_jpeg_denominator(8000, 6000), 8);
        assert_eq!(fast_jpeg_denominator(2048, 2048), 8);
        assert_eq!(fast_jpeg_denominator(3000, 2000), 2);
        assert_eq!(fast_jpeg_denominator(2041, 4000), 8);
        assert_eq!(fast_jpeg_denominator(2040, 4000), 2);
        assert_eq!(fast_jpeg_denominator(2048, 4000), 8);
        assert_eq!(fast_jpeg_denominator(1600, 1004), 1);
        assert_eq!(fast_jpeg_denominator(1200, 1100), 2);
        assert_eq!(fast_jpeg_denominator(300, 200), 1);
    }
}
