//! Redaction of partner and trainee renditions: every region but objects
//! hidden, by fill (the default, and always for text and other), or for
//! person regions by pixelation or blur never weaker than the floor.
//!
//! A fill paints a constant (black): the pixels inside keep nothing of the
//! original. Pixelation keeps each block's mean colour and blur keeps a
//! local average: both leak coarse information (skin tone, a silhouette,
//! and a blur can be partly undone by deconvolution), which is why they
//! are weaker than a fill, never the default, and why the lab warns when
//! an analyst chooses them.

use crate::raster::{mask, spans};
use crate::{Region, Rgb, SanitizeError, Shape, Treatment};

/// The colour of a fill.
const FILL: [u8; 3] = [0, 0, 0];

/// The smallest pixelation block side and blur radius for a picture:
/// 1/16 of its shorter side, rounded up (at least 1).
pub fn block_floor(width: u32, height: u32) -> u32 {
    width.min(height).div_ceil(16).max(1)
}

/// Applies every redaction region (all kinds but `object`) to `image`.
/// All regions are checked first: on an error nothing is changed, and the
/// error names the region (`regions[2].shape.w`).
pub fn redact(image: &mut Rgb, regions: &[Region]) -> Result<(), SanitizeError> {
    image.check()?;
    for (i, region) in regions.iter().enumerate() {
        region.shape.validate(image.width, image.height).map_err(|e| e.at(i))?;
    }
    let floor = block_floor(image.width, image.height);
    for region in regions.iter().filter(|r| r.kind.is_redaction()) {
        match treatment_of(region) {
            Treatment::Fill => fill(image, &region.shape),
            Treatment::Pixelate => pixelate(image, &region.shape, floor),
            Treatment::Blur => blur(image, &region.shape, floor),
        }
    }
    Ok(())
}

/// Text and other regions are filled whatever their treatment says.
fn treatment_of(region: &Region) -> Treatment {
    if region.kind.is_person() { region.treatment } else { Treatment::Fill }
}

pub(crate) fn fill(image: &mut Rgb, shape: &Shape) {
    let row = image.width as usize * 3;
    for (y, x0, x1) in spans(shape, image.width, image.height) {
        let start = y as usize * row;
        for px in image.pixels[start + x0 as usize * 3..start + x1 as usize * 3].chunks_exact_mut(3) {
            px.copy_from_slice(&FILL);
        }
    }
}

/// `a..b` grown about its middle to at least `side`, kept within
/// `0..limit` (`side` never exceeds `limit`: it is at most the shorter
/// side of the picture).
fn grow_to(a: u32, b: u32, side: u32, limit: u32) -> (u32, u32) {
    if b - a >= side || side > limit {
        return (a, b.max(a));
    }
    let start = a.saturating_sub((side - (b - a)) / 2);
    let start = start.min(limit - side);
    (start, start + side)
}

/// `a..b` cut into blocks of `side`, the last taking the remainder, so
/// that every block is at least `side` long when `b - a` is.
fn blocks(a: u32, b: u32, side: u32) -> Vec<(u32, u32)> {
    let n = ((b - a) / side).max(1);
    (0..n).map(|i| (a + i * side, if i + 1 == n { b } else { a + (i + 1) * side })).collect()
}

/// Blocks aligned to the region's box (grown to one block where smaller),
/// each painted with its mean wherever it meets the region: a block is
/// never partly painted, so no edge inside a block survives.
fn pixelate(image: &mut Rgb, shape: &Shape, side: u32) {
    let (w, h) = (image.width, image.height);
    let (bx0, by0, bx1, by1) = shape.bounds(w, h);
    if bx0 >= bx1 || by0 >= by1 {
        return;
    }
    let (x0, x1) = grow_to(bx0, bx1, side, w);
    let (y0, y1) = grow_to(by0, by1, side, h);
    let covered = match shape {
        Shape::Rect { .. } => None,
        Shape::Polygon(_) => Some(mask(shape, w, h, x0, y0, x1, y1)),
    };
    let box_w = (x1 - x0) as usize;
    let row = w as usize * 3;
    for (ya, yb) in blocks(y0, y1, side) {
        for (xa, xb) in blocks(x0, x1, side) {
            if let Some(m) = &covered {
                let meets = (ya..yb).any(|y| {
                    let r = (y - y0) as usize * box_w;
                    m[r + (xa - x0) as usize..r + (xb - x0) as usize].contains(&true)
                });
                if !meets {
                    continue;
                }
            }
            let mut sum = [0u64; 3];
            for y in ya..yb {
                let start = y as usize * row;
                for px in image.pixels[start + xa as usize * 3..start + xb as usize * 3].chunks_exact(3) {
                    sum[0] += u64::from(px[0]);
                    sum[1] += u64::from(px[1]);
                    sum[2] += u64::from(px[2]);
                }
            }
            let n = u64::from(xb - xa) * u64::from(yb - ya);
            if n == 0 {
                continue;
            }
            let mean = sum.map(|s| ((s + n / 2) / n) as u8);
            for y in ya..yb {
                let start = y as usize * row;
                for px in image.pixels[start + xa as usize * 3..start + xb as usize * 3].chunks_exact_mut(3) {
                    px.copy_from_slice(&mean);
                }
            }
        }
    }
}

/// A box blur of `radius` (window 2r+1 each way, edges replicated so the
/// window never shrinks), computed from the pixels around the region and
/// written only inside it. Sums are kept whole until the one division, so
/// neighbouring outputs differ by at most 255/(2r+1) (rounded).
// The channel index walks three buffers in step; iterators would hide it.
#[allow(clippy::needless_range_loop)]
fn blur(image: &mut Rgb, shape: &Shape, radius: u32) {
    let (w, h) = (image.width, image.height);
    let (bx0, by0, bx1, by1) = shape.bounds(w, h);
    if bx0 >= bx1 || by0 >= by1 {
        return;
    }
    let r = i64::from(radius);
    let (wi, hi) = (i64::from(w), i64::from(h));
    let sy0 = by0.saturating_sub(radius);
    // One row past the window too: the last slide reads it (unused).
    let sy1 = (u64::from(by1) + u64::from(radius) + 1).min(u64::from(h)) as u32;
    let box_w = (bx1 - bx0) as usize;
    let row = w as usize * 3;
    let px = |x: i64, y: u32| -> usize { y as usize * row + x.clamp(0, wi - 1) as usize * 3 };
    // Horizontal sums for rows sy0..sy1 and columns bx0..bx1.
    let mut across = vec![0u32; (sy1 - sy0) as usize * box_w * 3];
    for y in sy0..sy1 {
        let mut sum = [0u32; 3];
        let first = i64::from(bx0);
        for k in first - r..=first + r {
            let i = px(k, y);
            for c in 0..3 {
                sum[c] += u32::from(image.pixels[i + c]);
            }
        }
        let out_row = (y - sy0) as usize * box_w * 3;
        for (j, x) in (i64::from(bx0)..i64::from(bx1)).enumerate() {
            across[out_row + j * 3..out_row + j * 3 + 3].copy_from_slice(&sum);
            let (add, drop) = (px(x + r + 1, y), px(x - r, y));
            for c in 0..3 {
                sum[c] = sum[c] + u32::from(image.pixels[add + c]) - u32::from(image.pixels[drop + c]);
            }
        }
    }
    // Vertical sums of those, rows clamped to the picture (all within
    // sy0..sy1), divided once.
    let window = (2 * u64::from(radius) + 1).pow(2);
    let at = |y: i64, j: usize| -> usize { (y.clamp(0, hi - 1) as usize - sy0 as usize) * box_w * 3 + j * 3 };
    let mut out = vec![0u8; (by1 - by0) as usize * box_w * 3];
    for j in 0..box_w {
        let mut sum = [0u64; 3];
        let first = i64::from(by0);
        for k in first - r..=first + r {
            let i = at(k, j);
            for c in 0..3 {
                sum[c] += u64::from(across[i + c]);
            }
        }
        for (yi, y) in (i64::from(by0)..i64::from(by1)).enumerate() {
            let o = (yi * box_w + j) * 3;
            for c in 0..3 {
                out[o + c] = ((sum[c] + window / 2) / window) as u8;
            }
            let (add, drop) = (at(y + r + 1, j), at(y - r, j));
            for c in 0..3 {
                sum[c] = sum[c] + u64::from(across[add + c]) - u64::from(across[drop + c]);
            }
        }
    }
    for (y, x0, x1) in spans(shape, w, h) {
        let src = (y - by0) as usize * box_w * 3;
        let (a, b) = ((x0 - bx0) as usize * 3, (x1 - bx0) as usize * 3);
        let dst = y as usize * row;
        image.pixels[dst + x0 as usize * 3..dst + x1 as usize * 3].copy_from_slice(&out[src + a..src + b]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_never_shorter_than_the_side() {
        for len in 7..60 {
            for (a, b) in blocks(3, 3 + len, 7) {
                assert!(b - a >= 7 && b - a < 14, "{len}: {a}..{b}");
            }
        }
        assert_eq!(grow_to(10, 12, 7, 100), (8, 15));
        assert_eq!(grow_to(0, 2, 7, 100), (0, 7));
        assert_eq!(grow_to(97, 99, 7, 100), (93, 100));
        assert_eq!(grow_to(0, 1, 1, 1), (0, 1));
    }
}
