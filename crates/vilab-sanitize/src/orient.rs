//! EXIF orientation applied to the pixels, so that renditions, which carry
//! no EXIF, show the picture the right way up.

use crate::Rgb;

/// The picture as a viewer shows an original whose EXIF orientation is
/// `orientation` (1: as stored; 2: mirrored; 3: turned 180°; 4: flipped;
/// 5: transposed; 6: turned 90° clockwise; 7: transversed; 8: turned 90°
/// anticlockwise). Other values, and a buffer that does not match its
/// size, leave the picture as it is.
pub fn orient(image: Rgb, orientation: u16) -> Rgb {
    if !(2..=8).contains(&orientation) || image.check().is_err() {
        return image;
    }
    let (w, h) = (image.width as usize, image.height as usize);
    let swap = orientation >= 5;
    let (ow, oh) = if swap { (h, w) } else { (w, h) };
    let mut out = vec![0u8; image.pixels.len()];
    for y in 0..oh {
        for x in 0..ow {
            // Where output pixel (x, y) comes from in the stored picture.
            let (sx, sy) = match orientation {
                2 => (w - 1 - x, y),
                3 => (w - 1 - x, h - 1 - y),
                4 => (x, h - 1 - y),
                5 => (y, x),
                6 => (y, h - 1 - x),
                7 => (w - 1 - y, h - 1 - x),
                _ => (w - 1 - y, x),
            };
            let s = (sy * w + sx) * 3;
            let o = (y * ow + x) * 3;
            out[o..o + 3].copy_from_slice(&image.pixels[s..s + 3]);
        }
    }
    Rgb { width: ow as u32, height: oh as u32, pixels: out }
}
