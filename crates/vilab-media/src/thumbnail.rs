//! Small JPEG thumbnails, made once per unique content, for the review grid.

use crate::pixels::{PixelRows, Pixels, Rows};
use crate::{DecodedImage, MediaError};

/// Longest side of a thumbnail, in pixels.
pub const DEFAULT_THUMBNAIL_SIDE: u32 = 256;

/// JPEG quality of thumbnails: small files, faces still unrecognisable at
/// grid size once the review lab blurs them.
const THUMBNAIL_QUALITY: u8 = 80;

/// A JPEG whose longest side is at most `max_side`, keeping the aspect ratio.
/// Images already that small are re-encoded at their own size.
pub fn make_thumbnail(image: &DecodedImage, max_side: u32) -> Result<Vec<u8>, MediaError> {
    if image.rgb.len() != image.width as usize * image.height as usize * 3 {
        return Err(MediaError::Thumbnail("pixel buffer does not match its size".into()));
    }
    let mut rows = SliceRows { rgb: &image.rgb, row: image.width as usize * 3 };
    encode(&mut rows, image.width, image.height, max_side)
}

/// [`make_thumbnail`] of the pixels analysis holds (grey, or a frame on a
/// black screen), the same JPEG as of their full RGB picture.
pub(crate) fn thumbnail_of(pixels: &Pixels, max_side: u32) -> Result<Vec<u8>, MediaError> {
    let a = pixels.area;
    let expected = a.width as usize * a.height as usize * usize::from(pixels.channels);
    if pixels.data.len() != expected {
        return Err(MediaError::Thumbnail("pixel buffer does not match its size".into()));
    }
    encode(&mut PixelRows::new(pixels), pixels.width, pixels.height, max_side)
}

fn encode(rows: &mut impl Rows, width: u32, height: u32, max_side: u32) -> Result<Vec<u8>, MediaError> {
    // A GIF may declare a logical screen 0 pixels wide around a real frame:
    // there is no picture to shrink, and the box sums would index nothing.
    if width == 0 || height == 0 {
        return Err(MediaError::Thumbnail(format!("the picture is {width}x{height} pixels: nothing to show")));
    }
    let (w, h) = fit_within(width, height, max_side);
    let pixels = box_downscale(rows, width as usize, height as usize, w as usize, h as usize);
    crate::jpeg::encode_rgb(&pixels, w, h, THUMBNAIL_QUALITY)
}

/// Rows of an interleaved RGB buffer.
pub(crate) struct SliceRows<'a> {
    pub(crate) rgb: &'a [u8],
    pub(crate) row: usize,
}

impl Rows for SliceRows<'_> {
    fn row(&mut self, y: usize) -> Option<&[u8]> {
        self.rgb.get(y * self.row..(y + 1) * self.row)
    }
}

/// Area-average downscaling of interleaved RGB: each output pixel is the
/// mean of the source pixels its area covers. Written here because the
/// `image` crate's float resampler took 10 ms for a 1 MP source, a third of
/// the whole per-image budget; integer box sums take under 2 ms. Rows come
/// one at a time, in order, each once; a black row (`None`) adds nothing,
/// so a small frame on a huge black screen costs its own rows only.
pub(crate) fn box_downscale(rows: &mut impl Rows, sw: usize, sh: usize, dw: usize, dh: usize) -> Vec<u8> {
    let x_bounds: Vec<usize> = (0..=dw).map(|x| x * sw / dw).collect();
    let mut out = Vec::with_capacity(dw * dh * 3);
    let mut sums = vec![0u32; dw * 3];
    for y in 0..dh {
        let (y0, y1) = (y * sh / dh, ((y + 1) * sh / dh).max(y * sh / dh + 1));
        sums.iter_mut().for_each(|s| *s = 0);
        for sy in y0..y1.min(sh) {
            let Some(row) = rows.row(sy) else { continue };
            for (x, bounds) in x_bounds.windows(2).enumerate() {
                let (x0, x1) = (bounds[0], bounds[1].max(bounds[0] + 1));
                let mut acc = [0u32; 3];
                for px in row[x0 * 3..x1 * 3].chunks_exact(3) {
                    acc[0] += u32::from(px[0]);
                    acc[1] += u32::from(px[1]);
                    acc[2] += u32::from(px[2]);
                }
                sums[x * 3] += acc[0];
                sums[x * 3 + 1] += acc[1];
                sums[x * 3 + 2] += acc[2];
            }
        }
        for (x, bounds) in x_bounds.windows(2).enumerate() {
            let area = ((bounds[1].max(bounds[0] + 1) - bounds[0]) * (y1 - y0)) as u32;
            out.extend(sums[x * 3..x * 3 + 3].iter().map(|&s| ((s + area / 2) / area) as u8));
        }
    }
    out
}

/// The largest size with the same aspect ratio whose sides fit `max_side`.
pub(crate) fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max_side {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest)).max(1) as u32
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
    fn a_picture_without_pixels_is_an_error_not_a_panic() {
        // A GIF's logical screen may be 0 wide while its frame is not (a
        // fuzzer found it); the frame alone was indexed past its row.
        let frame = Pixels {
            width: 0,
            height: 3072,
            full_width: 0,
            full_height: 3072,
            channels: 3,
            area: crate::pixels::Area { left: 0, top: 0, width: 0, height: 12 },
            data: Vec::new(),
            damage: None,
        };
        let err = thumbnail_of(&frame, DEFAULT_THUMBNAIL_SIDE).unwrap_err();
        assert!(err.to_string().contains("0x3072"), "{err}");
    }

    #[test]
    fn box_downscale_averages_areas() {
        // 4x2 source: left half black, right half white, to 2x1.
        let mut src = Vec::new();
        for _ in 0..2 {
            src.extend_from_slice(&[0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255]);
        }
        let mut rows = SliceRows { rgb: &src, row: 12 };
        assert_eq!(box_downscale(&mut rows, 4, 2, 2, 1), vec![0, 0, 0, 255, 255, 255]);
        // A uniform image stays uniform at any size.
        let grey = vec![77u8; 5 * 3 * 3];
        let mut rows = SliceRows { rgb: &grey, row: 15 };
        assert!(box_downscale(&mut rows, 5, 3, 2, 2).iter().all(|&v| v == 77));
    }

    #[test]
    fn thumbnail_is_a_small_jpeg() {
        let image = DecodedImage {
            width: 600,
            height: 400,
            rgb: vec![128; 600 * 400 * 3],
            full_width: 600,
            full_height: 400,
            damage: None,
        };
        let jpeg = make_thumbnail(&image, 256).unwrap();
        assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        let back = image::load_from_memory(&jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (256, 171));
    }

    /// Grey pixels and a frame on a black screen make the thumbnail of
    /// their full RGB picture, byte for byte.
    #[test]
    fn held_pixels_make_the_thumbnail_of_their_picture() {
        use crate::pixels::Area;
        let grey = Pixels::whole(700, 500, 1, (0..700 * 500).map(|i| (i % 253) as u8).collect());
        let framed = Pixels {
            area: Area { left: 300, top: 100, width: 200, height: 150 },
            data: (0..200 * 150 * 3).map(|i| (i % 241) as u8).collect(),
            ..Pixels::whole(1200, 900, 3, Vec::new())
        };
        for pixels in [grey, framed] {
            let full = pixels.clone().into_decoded();
            assert_eq!(thumbnail_of(&pixels, 256).unwrap(), make_thumbnail(&full, 256).unwrap());
        }
    }
}
