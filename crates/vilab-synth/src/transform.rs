//! Near-duplicate transforms: the edits a picture goes through as it is
//! shared and re-saved (resizing, recompression, a small crop) plus the
//! two geometric ones that perceptual hashing must see through with its
//! dihedral variants (mirror, quarter turn).

use image::RgbImage;
use image::imageops::{self, FilterType};
use serde::{Deserialize, Serialize};

use crate::encode::jpeg_bytes;

/// One near-duplicate edit, as recorded in the seizure manifest.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Transform {
    /// Scale both sides by `scale` (0.5 halves them).
    Resize {
        /// Factor applied to width and height.
        scale: f32,
    },
    /// Encode as JPEG at `quality` and decode again.
    Recompress {
        /// JPEG quality of the round trip.
        quality: u8,
    },
    /// Remove `fraction` of the width from the left and the right and of
    /// the height from the top and the bottom (0.03 keeps the middle 94 %).
    Crop {
        /// Fraction removed on each side.
        fraction: f32,
    },
    /// Mirror left to right.
    FlipHorizontal,
    /// Turn a quarter clockwise.
    Rotate90,
}

impl Transform {
    /// Applies this edit to `img`.
    pub fn apply(self, img: &RgbImage) -> RgbImage {
        match self {
            Transform::Resize { scale } => resize(img, scale),
            Transform::Recompress { quality } => recompress(img, quality),
            Transform::Crop { fraction } => crop(img, fraction),
            Transform::FlipHorizontal => flip_horizontal(img),
            Transform::Rotate90 => rotate90(img),
        }
    }

    /// A short name for file names and reports: `resize`, `recompress`,
    /// `crop`, `flip_horizontal` or `rotate90`.
    pub fn name(self) -> &'static str {
        match self {
            Transform::Resize { .. } => "resize",
            Transform::Recompress { .. } => "recompress",
            Transform::Crop { .. } => "crop",
            Transform::FlipHorizontal => "flip_horizontal",
            Transform::Rotate90 => "rotate90",
        }
    }
}

/// `img` scaled by `scale` on both sides (at least 1x1), with a triangle
/// (bilinear) filter as typical sharing apps use.
pub fn resize(img: &RgbImage, scale: f32) -> RgbImage {
    let side = |n: u32| ((n as f32 * scale).round() as u32).max(1);
    imageops::resize(img, side(img.width()), side(img.height()), FilterType::Triangle)
}

/// `img` after a JPEG round trip at `quality`: blocking and ringing, same size.
pub fn recompress(img: &RgbImage, quality: u8) -> RgbImage {
    let bytes = jpeg_bytes(img, quality);
    image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)
        .expect("a JPEG this crate just encoded decodes")
        .to_rgb8()
}

/// `img` with `fraction` (clamped to `0..0.45`) of each side cut away.
pub fn crop(img: &RgbImage, fraction: f32) -> RgbImage {
    let fraction = fraction.clamp(0.0, 0.45);
    let (w, h) = img.dimensions();
    let dx = (w as f32 * fraction).round() as u32;
    let dy = (h as f32 * fraction).round() as u32;
    let (cw, ch) = ((w - 2 * dx).max(1), (h - 2 * dy).max(1));
    imageops::crop_imm(img, dx, dy, cw, ch).to_image()
}

/// `img` mirrored left to right.
pub fn flip_horizontal(img: &RgbImage) -> RgbImage {
    imageops::flip_horizontal(img)
}

/// `img` turned a quarter clockwise (width and height swap).
pub fn rotate90(img: &RgbImage) -> RgbImage {
    imageops::rotate90(img)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::scene;

    #[test]
    fn transforms_change_sizes_as_documented() {
        let img = scene(9, 200, 100);
        assert_eq!(resize(&img, 0.5).dimensions(), (100, 50));
        assert_eq!(recompress(&img, 40).dimensions(), (200, 100));
        assert_eq!(crop(&img, 0.05).dimensions(), (180, 90));
        assert_eq!(flip_horizontal(&img).dimensions(), (200, 100));
        assert_eq!(rotate90(&img).dimensions(), (100, 200));
    }

    #[test]
    fn flip_and_rotate_move_pixels_exactly() {
        let img = scene(10, 30, 20);
        assert_eq!(flip_horizontal(&img).get_pixel(0, 5), img.get_pixel(29, 5));
        // Clockwise: source (x, y) lands at (h - 1 - y, x).
        assert_eq!(rotate90(&img).get_pixel(19 - 3, 7), img.get_pixel(7, 3));
    }

    #[test]
    fn apply_matches_the_functions() {
        let img = scene(11, 40, 30);
        assert_eq!(Transform::Crop { fraction: 0.1 }.apply(&img), crop(&img, 0.1));
        assert_eq!(Transform::Rotate90.apply(&img), rotate90(&img));
        assert_eq!(Transform::Resize { scale: 0.75 }.name(), "resize");
    }
}
