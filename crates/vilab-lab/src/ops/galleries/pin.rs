//! A clue's pin, a spot on the rendition a participant saw, mapped back to
//! the stored original's pixels, where leads are drawn. Renditions are
//! turned upright (EXIF orientation applied, then the EXIF dropped), so the
//! pin goes through the inverse of that orientation.

use vilab_store::model::records::Rect;

/// The lead a pin becomes: a square this fraction of the original's
/// shorter side, centred on the spot.
const PIN_SQUARE: f64 = 1.0 / 20.0;

/// The point of the original (fractions of its width and height) shown at
/// `(u, v)` (fractions of the upright rendition's) under EXIF `orientation`
/// (1 to 8; anything else is taken as 1, as the renditions do).
pub fn unrotate(u: f64, v: f64, orientation: Option<u16>) -> (f64, f64) {
    match orientation {
        Some(2) => (1.0 - u, v),
        Some(3) => (1.0 - u, 1.0 - v),
        Some(4) => (u, 1.0 - v),
        Some(5) => (v, u),
        Some(6) => (v, 1.0 - u),
        Some(7) => (1.0 - v, 1.0 - u),
        Some(8) => (1.0 - v, u),
        _ => (u, v),
    }
}

/// The rectangle of the original (`width` x `height` pixels) a pin at
/// `(u, v)` of the upright rendition stands for, inside the picture.
pub fn pin_rect(pin: (f64, f64), width: u32, height: u32, orientation: Option<u16>) -> Option<Rect> {
    if width == 0 || height == 0 {
        return None;
    }
    let (x, y) = unrotate(pin.0.clamp(0.0, 1.0), pin.1.clamp(0.0, 1.0), orientation);
    let side = ((f64::from(width.min(height)) * PIN_SQUARE).round() as u32).clamp(1, width.min(height));
    let centre = |f: f64, extent: u32| (f * f64::from(extent)).floor() as i64;
    let start = |c: i64, extent: u32| (c - i64::from(side / 2)).clamp(0, i64::from(extent - side)) as u32;
    Some(Rect { x: start(centre(x, width), width), y: start(centre(y, height), height), w: side, h: side })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where pixel `(x, y)` of a `w` x `h` original lands once turned
    /// upright, written from the EXIF definitions (row 0 and column 0's
    /// sides), independently of [`unrotate`].
    fn upright(x: u32, y: u32, w: u32, h: u32, orientation: u16) -> (u32, u32) {
        match orientation {
            1 => (x, y),
            2 => (w - 1 - x, y),
            3 => (w - 1 - x, h - 1 - y),
            4 => (x, h - 1 - y),
            5 => (y, x),
            6 => (h - 1 - y, x),
            7 => (h - 1 - y, w - 1 - x),
            8 => (y, w - 1 - x),
            _ => unreachable!(),
        }
    }

    #[test]
    fn every_orientation_maps_the_spot_back_to_its_pixel() {
        let (w, h) = (400u32, 300u32);
        for orientation in 1..=8u16 {
            let (uw, uh) = if orientation >= 5 { (h, w) } else { (w, h) };
            for (x, y) in [(0, 0), (399, 0), (0, 299), (123, 45), (250, 280)] {
                let (ux, uy) = upright(x, y, w, h, orientation);
                // The centre of the upright pixel, as a fraction.
                let u = (f64::from(ux) + 0.5) / f64::from(uw);
                let v = (f64::from(uy) + 0.5) / f64::from(uh);
                let (fx, fy) = unrotate(u, v, Some(orientation));
                let back = ((fx * f64::from(w)).floor() as u32, (fy * f64::from(h)).floor() as u32);
                assert_eq!(back, (x, y), "orientation {orientation}");
            }
        }
    }

    #[test]
    fn a_pin_becomes_a_small_square_inside_the_picture() {
        let r = pin_rect((0.5, 0.5), 400, 300, None).unwrap();
        assert_eq!((r.w, r.h), (15, 15));
        assert_eq!((r.x + r.w / 2, r.y + r.h / 2), (200, 150));
        for corner in [(0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (-3.0, 7.0)] {
            for orientation in [None, Some(6), Some(8)] {
                let r = pin_rect(corner, 400, 300, orientation).unwrap();
                assert!(r.x + r.w <= 400 && r.y + r.h <= 300, "{corner:?} {orientation:?} {r:?}");
            }
        }
        assert_eq!(pin_rect((0.5, 0.5), 1, 1, None), Some(Rect { x: 0, y: 0, w: 1, h: 1 }));
        assert_eq!(pin_rect((0.5, 0.5), 0, 10, None), None);
    }
}
