//! Small JPEG thumbnails, made once per unique content, for the review grid.

use image::codecs::jpeg::JpegEncoder;
use image::{ImageBuffer, Rgb};

use crate::{DecodedImage, MediaError};

/// Longest side of a thumbnail, in pixels.
pub const DEFAULT_THUMBNAIL_SIDE: u32 = 256;

/// JPEG quality of thumbnails: small files, faces still unrecognisable at
/// grid size once the review lab blurs them.
const THUMBNAIL_QUALITY: u8 = 80;

/// A JPEG whose longest side is at most `max_side`, keeping the aspect ratio.
/// Images already that small are re-encoded at their own size.
pub fn make_thumbnail(image: &DecodedImage, max_side: u32) -> Result<Vec<u8>, MediaError> {
    let (w, h) = fit_within(image.width, image.height, max_side);
    let buffer: ImageBuffer<Rgb<u8>, &[u8]> =
        ImageBuffer::from_raw(image.width, image.height, image.rgb.as_slice())
            .ok_or_else(|| MediaError::Thumbnail("pixel buffer does not match its size".into()))?;
    let small = image::imageops::thumbnail(&buffer, w, h);
    let mut out = Vec::with_capacity(16 * 1024);
    JpegEncoder::new_with_quality(&mut out, THUMBNAIL_QUALITY)
        .encode_image(&small)
        .map_err(|e| MediaError::Thumbnail(e.to_string()))?;
    Ok(out)
}

/// The largest size with the same aspect ratio whose sides fit `max_side`.
fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max_side {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest))
            .max(1) as u32
    };
    (scale(width), scale(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_keeping_aspect() {
        assert_eq!(fit_within(4000, 3000, 256), (256, 192));
        assert_eq!(fit_within(3000, 4000, 256), (192, 256));
        assert_eq!(fit_within(100, 50, 256), (100, 50));
        assert_eq!(fit_within(10000, 1, 256), (256, 1));
    }

    #[test]
    fn thumbnail_is_a_small_jpeg() {
        let image = DecodedImage {
            width: 600,
            height: 400,
            rgb: vec![128; 600 * 400 * 3],
            full_width: 600,
            full_height: 400,
        };
        let jpeg = make_thumbnail(&image, 256).unwrap();
        assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        let back = image::load_from_memory(&jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (256, 171));
    }
}
