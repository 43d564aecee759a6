//! Pixels to PDQ luma the way the reference's file path does it: the
//! ImageMagick/CImg decode, the nearest-neighbour resize to 512x512 and the
//! float luma conversion of `pdq/cpp/io/pdqio.cpp`.

use std::borrow::Cow;

use crate::CoreError;

/// Side the reference resizes large images to (`DOWNSAMPLE_DIMS` in
/// `pdqio.cpp`), and the largest side it hashes without resizing.
pub const PDQ_RESIZE_SIDE: usize = 512;

// The reference declares its luma weights as `const float` (initialised from
// double literals), multiplies each by the 8-bit sample promoted to float and
// adds R, G and B terms left to right in single precision
// (`fillFloatLumaFromRGB`). Anything wider would change the low bits, and the
// low bits decide the hash of flat images.
const LUMA_R: f32 = 0.299;
const LUMA_G: f32 = 0.587;
const LUMA_B: f32 = 0.114;

/// Luma of one RGB pixel, operation for operation as the reference computes it.
#[inline]
fn luma_of(px: &[u8]) -> f32 {
    LUMA_R * f32::from(px[0]) + LUMA_G * f32::from(px[1]) + LUMA_B * f32::from(px[2])
}

/// Whether every pixel has R = G = B.
///
/// The reference never sees such an image as RGB: CImg decodes through
/// ImageMagick's `convert FILE pnm:-`, and ImageMagick writes a grey image
/// (every pixel grey, whatever the file's colour type) as a one-channel PGM,
/// which `loadFloatLumaFromCImg` turns into luma by a plain cast. For 35 of the
/// 256 grey levels the RGB formula is an ulp away from that cast.
///
/// The scan runs over blocks of 16 pixels with no branch inside (a pixel is
/// grey when each of its first two bytes equals the next byte), which the
/// compiler vectorises, and stops at the first run of blocks holding a colour
/// pixel, so a colour photo costs next to nothing and a grey one a pass at
/// memory speed.
fn all_grey(rgb: &[u8]) -> bool {
    // 0xFF where byte k and byte k + 1 belong to the same pixel.
    const SAME_PIXEL: [u8; 47] = {
        let mut mask = [0u8; 47];
        let mut k = 0;
        while k < 47 {
            if k % 3 != 2 {
                mask[k] = 0xFF;
            }
            k += 1;
        }
        mask
    };
    let (blocks, rest) = rgb.as_chunks::<48>();
    let blocks_grey = blocks.chunks(256).all(|run| {
        let mut diff = 0u8;
        for block in run {
            for (k, &mask) in SAME_PIXEL.iter().enumerate() {
                diff |= (block[k] ^ block[k + 1]) & mask;
            }
        }
        diff == 0
    });
    blocks_grey && rest.chunks_exact(3).all(|p| p[0] == p[1] && p[1] == p[2])
}

/// [`CoreError::EmptyImage`] for a zero side, else [`CoreError::BadBuffer`]
/// unless the buffer holds exactly `width * height * channels` values.
pub(crate) fn check_dims(len: usize, width: usize, height: usize, channels: usize) -> Result<(), CoreError> {
    if width == 0 || height == 0 {
        return Err(CoreError::EmptyImage { width, height });
    }
    let expected = width.checked_mul(height).and_then(|n| n.checked_mul(channels));
    if expected != Some(len) {
        return Err(CoreError::BadBuffer { len, width, height, channels });
    }
    Ok(())
}

/// Float luma (row-major, `width * height` values) of an interleaved 8-bit RGB
/// buffer, as the reference computes it from the image it decoded.
///
/// When every pixel is grey the values are the grey levels themselves, as in
/// the reference (ImageMagick hands CImg a one-channel image then); otherwise
/// each pixel is `0.299 R + 0.587 G + 0.114 B` in single precision.
///
/// Errors: [`CoreError::EmptyImage`] for a zero side, [`CoreError::BadBuffer`]
/// when `rgb.len() != width * height * 3`.
pub fn luma_from_rgb8(rgb: &[u8], width: usize, height: usize) -> Result<Vec<f32>, CoreError> {
    check_dims(rgb.len(), width, height, 3)?;
    if all_grey(rgb) {
        Ok(rgb.iter().step_by(3).map(|&v| f32::from(v)).collect())
    } else {
        Ok(rgb.chunks_exact(3).map(luma_of).collect())
    }
}

/// Float luma of an 8-bit one-channel (grey) buffer: the grey levels
/// themselves, as the reference's `fillFloatLumaFromGrey`.
///
/// Errors: [`CoreError::EmptyImage`] for a zero side, [`CoreError::BadBuffer`]
/// when `grey.len() != width * height`.
pub fn luma_from_grey8(grey: &[u8], width: usize, height: usize) -> Result<Vec<f32>, CoreError> {
    check_dims(grey.len(), width, height, 1)?;
    Ok(grey.iter().map(|&v| f32::from(v)).collect())
}

/// Source index of each destination index along one axis for CImg's default
/// (nearest-neighbour) resize from `from` to `to` samples.
///
/// CImg (`get_resize`, interpolation 1) walks the source by offsets
/// `floor((x + 1) * from / to) - floor(x * from / to)`, so destination `x`
/// reads source `floor(x * from / to)`. It computes the quotient in double
/// precision, but a non-integral quotient of integers this small is never
/// within rounding of an integer, so integer division gives the same index.
/// An axis already of length `to` is copied as is, which the same formula
/// also gives.
pub(crate) fn nearest_indices(from: usize, to: usize) -> impl Iterator<Item = usize> {
    (0..to).map(move |x| x * from / to)
}

/// The dimensions the reference hashes an image of `width` x `height` at:
/// unchanged up to 512 on both sides, else exactly 512x512.
///
/// `pdqio.cpp` resizes with `input.resize(512, 512)` whenever either side is
/// over 512, so the aspect ratio is not kept and a short side is stretched.
pub fn pdq_dims(width: usize, height: usize) -> (usize, usize) {
    if width > PDQ_RESIZE_SIDE || height > PDQ_RESIZE_SIDE {
        (PDQ_RESIZE_SIDE, PDQ_RESIZE_SIDE)
    } else {
        (width, height)
    }
}

/// Samples `src` (row-major, `channels` values per pixel) at the nearest
/// neighbours of a `dw` x `dh` grid, mapping each sampled pixel with `f`.
fn sample_nearest<T: Copy, U>(
    src: &[T],
    width: usize,
    height: usize,
    channels: usize,
    (dw, dh): (usize, usize),
    f: impl FnMut(&[T]) -> U,
) -> Vec<U> {
    let cols: Vec<usize> = nearest_indices(width, dw).collect();
    let rows: Vec<usize> = nearest_indices(height, dh).collect();
    sample_at(src, width, channels, &cols, &rows, f)
}

/// Samples `src` at the given source columns of each given source row.
fn sample_at<T: Copy, U>(
    src: &[T],
    width: usize,
    channels: usize,
    cols: &[usize],
    rows: &[usize],
    mut f: impl FnMut(&[T]) -> U,
) -> Vec<U> {
    let mut out = Vec::with_capacity(cols.len() * rows.len());
    for &sy in rows {
        let row = &src[sy * width * channels..(sy + 1) * width * channels];
        out.extend(cols.iter().map(|&sx| f(&row[sx * channels..(sx + 1) * channels])));
    }
    out
}

/// The reference's pre-step on a luma buffer: an image with a side over 512
/// becomes exactly 512x512 by nearest neighbour (CImg's default resize; aspect
/// ratio not kept); a smaller one is returned as is, borrowed.
///
/// Nearest neighbour only picks pixels, so resizing luma equals taking the
/// luma of the resized RGB, which is the reference's order. `luma` must hold
/// `width * height` values (this is not checked beyond slicing; the hashing
/// functions check it).
pub fn resize_for_pdq(luma: &[f32], width: usize, height: usize) -> (Cow<'_, [f32]>, usize, usize) {
    let (dw, dh) = pdq_dims(width, height);
    if (dw, dh) == (width, height) {
        return (Cow::Borrowed(luma), width, height);
    }
    let out = sample_nearest(luma, width, height, 1, (dw, dh), |p| p[0]);
    (Cow::Owned(out), dw, dh)
}

/// Interleaved 8-bit RGB to the luma buffer the reference hashes, in one
/// step: the 512x512 nearest-neighbour resize of an image with a side over
/// 512, then [`luma_from_rgb8`]'s conversion of the sampled pixels only (a
/// 12 MP photo converts 262,144 pixels, not 12 million).
///
/// Whether the image is grey is decided on the whole image, as ImageMagick
/// decides it before CImg resizes; the scan stops at the first colour pixel.
///
/// Returns the luma with its width and height. Errors as [`luma_from_rgb8`].
pub fn pdq_luma_from_rgb8(rgb: &[u8], width: usize, height: usize) -> Result<(Vec<f32>, usize, usize), CoreError> {
    check_dims(rgb.len(), width, height, 3)?;
    let dims = pdq_dims(width, height);
    let luma = if all_grey(rgb) {
        sample_nearest(rgb, width, height, 3, dims, |p| f32::from(p[0]))
    } else {
        sample_nearest(rgb, width, height, 3, dims, luma_of)
    };
    Ok((luma, dims.0, dims.1))
}

/// [`pdq_luma_from_rgb8`] for pixels decoded at `1 / denominator` scale in
/// the DCT domain (a JPEG decoded scaled: `width = ceil(full_width /
/// denominator)`, each pixel about the mean of a `denominator`-sided block
/// of the full image).
///
/// The reference samples the full image at its 512x512 nearest-neighbour
/// grid; here each of those samples is taken from the scaled pixel that
/// covers it, so PDQ sees block means exactly where the reference sees
/// single pixels. Resizing the scaled image itself to 512x512 would give
/// the same grid only when the sides divide evenly, and hashing a scaled
/// image under 512 as it is would change PDQ's box-filter windows: at 1/8
/// of a 12 MP photo that moved the hash by up to 10 bits where this stays
/// within 2 on the four 12 MP phone photos of the conformance set
/// (`vilab-media`'s conformance test measures it).
///
/// When the reference does not resize (both full sides at most 512), or the
/// sizes do not match the denominator, this is [`pdq_luma_from_rgb8`] of the
/// pixels as they are. Whether the image is grey is decided on all of it.
///
/// Errors as [`luma_from_rgb8`].
pub fn pdq_luma_from_scaled_rgb8(
    rgb: &[u8],
    (width, height): (usize, usize),
    (full_width, full_height): (usize, usize),
    denominator: usize,
) -> Result<(Vec<f32>, usize, usize), CoreError> {
    check_dims(rgb.len(), width, height, 3)?;
    let dims = pdq_dims(full_width, full_height);
    let matches =
        denominator > 1 && full_width.div_ceil(denominator) == width && full_height.div_ceil(denominator) == height;
    if dims == (full_width, full_height) || !matches {
        return pdq_luma_from_rgb8(rgb, width, height);
    }
    let cols: Vec<usize> = nearest_indices(full_width, dims.0).map(|x| x / denominator).collect();
    let rows: Vec<usize> = nearest_indices(full_height, dims.1).map(|y| y / denominator).collect();
    let luma = if all_grey(rgb) {
        sample_at(rgb, width, 3, &cols, &rows, |p| f32::from(p[0]))
    } else {
        sample_at(rgb, width, 3, &cols, &rows, luma_of)
    };
    Ok((luma, dims.0, dims.1))
}

/// One-channel 8-bit grey to the luma buffer the reference hashes: the
/// 512x512 nearest-neighbour resize of an image with a side over 512, then the
/// grey levels as floats.
///
/// Returns the luma with its width and height. Errors as [`luma_from_grey8`].
pub fn pdq_luma_from_grey8(grey: &[u8], width: usize, height: usize) -> Result<(Vec<f32>, usize, usize), CoreError> {
    check_dims(grey.len(), width, height, 1)?;
    let dims = pdq_dims(width, height);
    let luma = sample_nearest(grey, width, height, 1, dims, |p| f32::from(p[0]));
    Ok((luma, dims.0, dims.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_matches_cimg_offsets() {
        // CImg's cumulative offsets, in double precision as it does them.
        for (from, to) in [(1600, 512), (37, 512), (513, 512), (1200, 512), (512, 512), (300, 512)] {
            let mut curr = 0usize;
            let mut cimg = Vec::new();
            for x in 0..to {
                cimg.push(curr);
                curr = ((x as f64 + 1.0) * from as f64 / to as f64) as usize;
            }
            let ours: Vec<usize> = nearest_indices(from, to).collect();
            assert_eq!(ours, cimg, "{from} -> {to}");
        }
    }

    #[test]
    fn grey_scan_finds_any_colour_pixel() {
        for len in [1usize, 15, 16, 17, 300, 5000] {
            let grey: Vec<u8> = (0..len).flat_map(|i| [(i % 251) as u8; 3]).collect();
            assert!(all_grey(&grey));
            for at in 0..len.min(40) {
                for channel in 0..3 {
                    let mut rgb = grey.clone();
                    let byte = &mut rgb[3 * (len - 1 - at) + channel];
                    *byte ^= 1;
                    assert!(!all_grey(&rgb), "len {len} pixel {} channel {channel}", len - 1 - at);
                }
            }
        }
    }

    #[test]
    fn grey_rgb_is_cast_not_weighted() {
        // 15 is one of the grey levels the RGB formula gets an ulp wrong.
        assert_ne!(luma_of(&[15, 15, 15]), 15.0);
        assert_eq!(luma_from_rgb8(&[15; 12], 2, 2).unwrap(), vec![15.0; 4]);
        let mixed = [15, 15, 15, 1, 2, 3];
        let luma = luma_from_rgb8(&mixed, 2, 1).unwrap();
        assert_eq!(luma[0], luma_of(&[15, 15, 15]));
    }

    #[test]
    fn one_step_equals_two_steps() {
        let (w, h) = (700, 300);
        let rgb: Vec<u8> = (0..w * h * 3).map(|i| (i * 7 % 251) as u8).collect();
        let full = luma_from_rgb8(&rgb, w, h).unwrap();
        let (two, w2, h2) = resize_for_pdq(&full, w, h);
        let (one, w1, h1) = pdq_luma_from_rgb8(&rgb, w, h).unwrap();
        assert_eq!((w1, h1), (512, 512));
        assert_eq!((w2, h2), (512, 512));
        assert_eq!(one, two.into_owned());
    }

    #[test]
    fn scaled_sampling_takes_the_covering_pixel() {
        // A 1/4-scale decode of 2050 x 1030 (513 x 258): where the sides
        // divide evenly this equals resizing the scaled image; column 2049
        // of the full image lies in scaled column 512.
        let (w, h) = (513, 258);
        let rgb: Vec<u8> = (0..w * h * 3).map(|i| (i * 7 % 251) as u8).collect();
        let (luma, lw, lh) = pdq_luma_from_scaled_rgb8(&rgb, (w, h), (2050, 1030), 4).unwrap();
        assert_eq!((lw, lh), (512, 512));
        let cols: Vec<usize> = nearest_indices(2050, 512).map(|x| x / 4).collect();
        assert_eq!(*cols.last().unwrap(), 2045 / 4);
        let rows: Vec<usize> = nearest_indices(1030, 512).map(|y| y / 4).collect();
        for (i, &sy) in rows.iter().enumerate().step_by(37) {
            for (j, &sx) in cols.iter().enumerate().step_by(41) {
                assert_eq!(luma[i * 512 + j], luma_of(&rgb[(sy * w + sx) * 3..][..3]));
            }
        }
        // Evenly divided sides: the same as resizing the scaled image.
        let rgb: Vec<u8> = (0..250 * 125 * 3).map(|i| (i * 13 % 253) as u8).collect();
        let resized = sample_nearest(&rgb, 250, 125, 3, (512, 512), luma_of);
        assert_eq!(pdq_luma_from_scaled_rgb8(&rgb, (250, 125), (2000, 1000), 8).unwrap(), (resized, 512, 512));
        // No resize in the reference, or sizes that do not fit the scale:
        // the pixels as they are.
        let small = vec![9u8; 100 * 50 * 3];
        assert_eq!(
            pdq_luma_from_scaled_rgb8(&small, (100, 50), (400, 200), 4).unwrap(),
            pdq_luma_from_rgb8(&small, 100, 50).unwrap()
        );
        assert_eq!(
            pdq_luma_from_scaled_rgb8(&small, (100, 50), (4000, 2000), 8).unwrap(),
            pdq_luma_from_rgb8(&small, 100, 50).unwrap()
        );
        assert!(matches!(
            pdq_luma_from_scaled_rgb8(&small, (100, 51), (800, 408), 8),
            Err(CoreError::BadBuffer { .. })
        ));
    }

    #[test]
    fn small_images_are_not_resized() {
        let luma = vec![1.0; 512 * 20];
        let (out, w, h) = resize_for_pdq(&luma, 512, 20);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!((w, h), (512, 20));
    }

    #[test]
    fn bad_buffers_are_rejected() {
        assert!(matches!(luma_from_rgb8(&[0; 5], 1, 2), Err(CoreError::BadBuffer { .. })));
        assert!(matches!(pdq_luma_from_grey8(&[0; 5], 2, 2), Err(CoreError::BadBuffer { .. })));
        assert!(matches!(pdq_luma_from_rgb8(&[], 0, 3), Err(CoreError::EmptyImage { .. })));
        assert!(matches!(luma_from_grey8(&[0; 4], usize::MAX, 2), Err(CoreError::BadBuffer { .. })));
    }
}
