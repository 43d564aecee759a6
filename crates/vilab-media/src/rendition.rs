//! Renditions for review: a stored thumbnail made smaller, grey and
//! blurred on the server, so that what reaches a reviewer's browser is
//! only as much of a picture as their settings ask for. A CSS filter would
//! not do: the sharp bytes would sit in the browser unaudited.

use vilab_core::model::MediaKind;

use crate::MediaError;

/// How a rendition looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RenditionOptions {
    /// Longest side, in pixels (at most the thumbnail's).
    pub max_side: u32,
    /// Blurred so that faces and text cannot be read at any zoom.
    pub blur: bool,
    /// Grey instead of colour.
    pub greyscale: bool,
}

impl RenditionOptions {
    /// The sharp, colour rendition (a reveal).
    pub fn sharp(max_side: u32) -> Self {
        RenditionOptions { max_side, blur: false, greyscale: false }
    }
}

/// JPEG quality of renditions.
const QUALITY: u8 = 75;

/// The most pixels a thumbnail may decode to: 256 x 256 and then some, so
/// that a thumbnail that is not one is refused rather than decoded.
const MAX_THUMBNAIL_PIXELS: u64 = 1024 * 1024;

/// Makes a rendition of a stored JPEG thumbnail.
pub fn render(thumbnail_jpeg: &[u8], options: RenditionOptions) -> Result<Vec<u8>, MediaError> {
    let image = crate::decode_rgb(thumbnail_jpeg, MediaKind::Jpeg, MAX_THUMBNAIL_PIXELS)?;
    let (w, h) = crate::thumbnail::fit_within(image.width, image.height, options.max_side.max(1));
    let mut rows = crate::thumbnail::SliceRows { rgb: &image.rgb, row: image.width as usize * 3 };
    let mut rgb =
        crate::thumbnail::box_downscale(&mut rows, image.width as usize, image.height as usize, w as usize, h as usize);
    if options.greyscale {
        to_grey(&mut rgb);
    }
    if options.blur {
        // Three box passes approximate a Gaussian; the radius grows with the
        // picture so that a small tile and a large one are equally unreadable.
        let radius = (w.max(h) as usize / 24).max(2);
        for _ in 0..3 {
            box_blur(&mut rgb, w as usize, h as usize, radius);
        }
    }
    crate::jpeg::encode_rgb(&rgb, w, h, QUALITY)
}

/// Rec. 601 luma in every channel.
fn to_grey(rgb: &mut [u8]) {
    for px in rgb.chunks_exact_mut(3) {
        let y = (299 * u32::from(px[0]) + 587 * u32::from(px[1]) + 114 * u32::from(px[2]) + 500) / 1000;
        px.fill(y as u8);
    }
}

/// One horizontal and one vertical box pass of `radius`, edges clamped.
fn box_blur(rgb: &mut [u8], w: usize, h: usize, radius: usize) {
    let mut line = vec![0u8; w.max(h) * 3];
    for y in 0..h {
        let row = &mut rgb[y * w * 3..(y + 1) * w * 3];
        line[..w * 3].copy_from_slice(row);
        blur_line(&line[..w * 3], radius, |i, px| row[i * 3..i * 3 + 3].copy_from_slice(&px));
    }
    for x in 0..w {
        for y in 0..h {
            let p = (y * w + x) * 3;
            line[y * 3..y * 3 + 3].copy_from_slice(&rgb[p..p + 3]);
        }
        blur_line(&line[..h * 3], radius, |i, px| {
            let p = (i * w + x) * 3;
            rgb[p..p + 3].copy_from_slice(&px);
        });
    }
}

/// A running-sum box filter along one line of RGB pixels (`src`), each
/// result handed to `put` with its index.
fn blur_line(src: &[u8], radius: usize, mut put: impl FnMut(usize, [u8; 3])) {
    let n = src.len() / 3;
    if n == 0 {
        return;
    }
    let get = |i: isize| {
        let i = i.clamp(0, n as isize - 1) as usize * 3;
        [u32::from(src[i]), u32::from(src[i + 1]), u32::from(src[i + 2])]
    };
    let r = radius as isize;
    let width = (2 * r + 1) as u32;
    let mut sum = [0u32; 3];
    for i in -r..=r {
        let p = get(i);
        (0..3).for_each(|c| sum[c] += p[c]);
    }
    for i in 0..n as isize {
        put(i as usize, [0, 1, 2].map(|c| ((sum[c] + width / 2) / width) as u8));
        let (add, sub) = (get(i + r + 1), get(i - r));
        (0..3).for_each(|c| sum[c] = sum[c] + add[c] - sub[c]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 200 x 100 test card: a sharp white square on black, left half red.
    fn card() -> Vec<u8> {
        let (w, h) = (200u32, 100u32);
        let mut rgb = vec![0u8; (w * h * 3) as usize];
        for y in 0..h {
            for x in 0..w {
                let p = ((y * w + x) * 3) as usize;
                if x < 100 {
                    rgb[p] = 200;
                }
                if (40..60).contains(&x) && (40..60).contains(&y) {
                    rgb[p..p + 3].fill(255);
                }
            }
        }
        crate::jpeg::encode_rgb(&rgb, w, h, 95).unwrap()
    }

    fn decoded(jpeg: &[u8]) -> crate::DecodedImage {
        crate::decode_rgb(jpeg, MediaKind::Jpeg, 1 << 20).unwrap()
    }

    #[test]
    fn a_rendition_fits_the_side_and_keeps_the_aspect() {
        let out = decoded(&render(&card(), RenditionOptions::sharp(64)).unwrap());
        assert_eq!((out.width, out.height), (64, 32));
    }

    #[test]
    fn grey_has_no_colour_and_sharp_keeps_it() {
        let grey = decoded(&render(&card(), RenditionOptions { max_side: 200, blur: false, greyscale: true }).unwrap());
        let spread = grey.rgb.chunks_exact(3).map(|p| p.iter().max().unwrap() - p.iter().min().unwrap()).max();
        assert!(spread.unwrap() <= 6, "JPEG noise only: {spread:?}");
        let sharp = decoded(&render(&card(), RenditionOptions::sharp(200)).unwrap());
        assert!(sharp.rgb[0] > 150 && sharp.rgb[1] < 40, "red stays red: {:?}", &sharp.rgb[..3]);
    }

    #[test]
    fn blur_removes_the_sharp_edges() {
        let edge = |img: &crate::DecodedImage| {
            // The largest step between neighbours along the square's middle row.
            let y = 50usize;
            (0..img.width as usize - 1)
                .map(|x| {
                    let a = img.rgb[(y * img.width as usize + x) * 3 + 1];
                    let b = img.rgb[(y * img.width as usize + x + 1) * 3 + 1];
                    a.abs_diff(b)
                })
                .max()
                .unwrap()
        };
        let sharp = decoded(&render(&card(), RenditionOptions::sharp(200)).unwrap());
        let blurred =
            decoded(&render(&card(), RenditionOptions { max_side: 200, blur: true, greyscale: false }).unwrap());
        assert!(edge(&sharp) > 150, "the test card has a sharp edge: {}", edge(&sharp));
        assert!(edge(&blurred) < 40, "no sharp edge survives the blur: {}", edge(&blurred));
    }

    #[test]
    fn bytes_that_are_not_a_jpeg_are_an_error() {
        assert!(render(b"not a jpeg", RenditionOptions::sharp(64)).is_err());
    }
}
