//! Public renditions: one crop per object region, on its own, refused when
//! it comes near a person region, and made small.
//!
//! The rule: the object's box grown by the margin must not meet any person
//! region's box grown by the margin (boxes, not outlines, so that a
//! polygon's concave bay never lets a crop slip between a person's limbs).
//! Within an accepted crop, text and other regions are still filled, and
//! for a polygon object what lies outside the polygon is filled too, so
//! the crop shows the object and nothing else of the scene.

use crate::raster::{mask, spans};
use crate::{Region, RegionKind, Rgb, SanitizeError, Shape};

/// A region's box `(x0, y0, x1, y1)` grown by `margin` each way, in i64 so
/// that growing never wraps.
fn grown(shape: &Shape, width: u32, height: u32, margin: u32) -> [i64; 4] {
    let (x0, y0, x1, y1) = shape.bounds(width, height);
    let m = i64::from(margin);
    [i64::from(x0) - m, i64::from(y0) - m, i64::from(x1) + m, i64::from(y1) + m]
}

fn meet(a: [i64; 4], b: [i64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The first person region (its index) that the crop of object region
/// `object` would touch on a `width` x `height` picture, or `None`.
/// Regions are taken as valid (see [`Shape::validate`]).
pub fn crop_is_refused(regions: &[Region], object: usize, margin: u32, width: u32, height: u32) -> Option<usize> {
    let target = grown(&regions.get(object)?.shape, width, height, margin);
    regions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind.is_person())
        .find(|(_, r)| meet(target, grown(&r.shape, width, height, margin)))
        .map(|(j, _)| j)
}

/// One result per object region, in the order of `regions`: the crop of
/// its box, resized (area average) so that its longer side is at most
/// `max_side` (at least 1), or why it is refused. Any invalid region
/// refuses every crop, since then the person regions cannot be trusted.
pub fn public_crops(image: &Rgb, regions: &[Region], margin: u32, max_side: u32) -> Vec<Result<Rgb, SanitizeError>> {
    let objects: Vec<usize> = (0..regions.len()).filter(|&i| regions[i].kind == RegionKind::Object).collect();
    objects.iter().map(|&i| crop_one(image, regions, i, margin, max_side)).collect()
}

fn crop_one(image: &Rgb, regions: &[Region], object: usize, margin: u32, max_side: u32) -> Result<Rgb, SanitizeError> {
    image.check()?;
    let (w, h) = (image.width, image.height);
    for (i, region) in regions.iter().enumerate() {
        region.shape.validate(w, h).map_err(|e| e.at(i))?;
    }
    if let Some(person) = crop_is_refused(regions, object, margin, w, h) {
        return Err(SanitizeError::CropTouchesPerson { object, person });
    }
    let shape = &regions[object].shape;
    let (x0, y0, x1, y1) = shape.bounds(w, h);
    let mut crop = image.sub(x0, y0, x1, y1);
    // Text and other regions reaching into the crop stay filled.
    for region in regions.iter().filter(|r| matches!(r.kind, RegionKind::Text | RegionKind::Other)) {
        for (y, a, b) in spans(&region.shape, w, h) {
            let (a, b) = (a.max(x0), b.min(x1));
            if y < y0 || y >= y1 || a >= b {
                continue;
            }
            let row = (y - y0) as usize * crop.width as usize * 3;
            crop.pixels[row + (a - x0) as usize * 3..row + (b - x0) as usize * 3].fill(0);
        }
    }
    if let Shape::Polygon(_) = shape {
        let inside = mask(shape, w, h, x0, y0, x1, y1);
        for (px, &keep) in crop.pixels.chunks_exact_mut(3).zip(&inside) {
            if !keep {
                px.fill(0);
            }
        }
    }
    Ok(shrink(&crop, max_side.max(1)))
}

/// Area-average downscale so that the longer side is at most `max_side`;
/// smaller pictures are returned as they are.
pub(crate) fn shrink(src: &Rgb, max_side: u32) -> Rgb {
    let (sw, sh) = (src.width as usize, src.height as usize);
    let longest = src.width.max(src.height);
    if longest <= max_side || sw == 0 || sh == 0 {
        return src.clone();
    }
    let scale = |side: u32| ((u64::from(side) * u64::from(max_side)).div_ceil(u64::from(longest))).max(1) as usize;
    let (dw, dh) = (scale(src.width).min(max_side as usize), scale(src.height).min(max_side as usize));
    let xb: Vec<usize> = (0..=dw).map(|x| x * sw / dw).collect();
    let mut out = Vec::with_capacity(dw * dh * 3);
    let mut sums = vec![0u64; dw * 3];
    for y in 0..dh {
        let (ya, yb) = (y * sh / dh, ((y + 1) * sh / dh).max(y * sh / dh + 1));
        sums.fill(0);
        for sy in ya..yb {
            let row = &src.pixels[sy * sw * 3..(sy + 1) * sw * 3];
            for x in 0..dw {
                let (a, b) = (xb[x], xb[x + 1].max(xb[x] + 1));
                for px in row[a * 3..b * 3].chunks_exact(3) {
                    sums[x * 3] += u64::from(px[0]);
                    sums[x * 3 + 1] += u64::from(px[1]);
                    sums[x * 3 + 2] += u64::from(px[2]);
                }
            }
        }
        for x in 0..dw {
            let area = ((xb[x + 1].max(xb[x] + 1) - xb[x]) * (yb - ya)) as u64;
            out.extend(sums[x * 3..x * 3 + 3].iter().map(|&s| ((s + area / 2) / area) as u8));
        }
    }
    Rgb { width: dw as u32, height: dh as u32, pixels: out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrink_keeps_aspect_and_averages() {
        let src = Rgb::filled(400, 100, [9, 99, 199]);
        let small = shrink(&src, 64);
        assert_eq!((small.width, small.height), (64, 16));
        assert!(small.pixels.chunks_exact(3).all(|p| p == [9, 99, 199]));
        assert_eq!(shrink(&src, 1000), src);
    }
}
