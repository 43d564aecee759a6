//! Photo-like abstract scenes: landscapes, seascapes and abstract
//! compositions built from gradients and geometric primitives, never from
//! real imagery.
//!
//! A scene is a pure function of `(seed, width, height)`. The composition
//! is laid out in fractions of the image size, so one seed paints the same
//! picture at every resolution; only the per-pixel grain differs.

mod abstract_art;
pub(crate) mod canvas;
mod elements;
pub(crate) mod grain;
pub use grain::default_grain;
mod landscape;
pub(crate) mod math;
mod palette;
mod seascape;

use image::RgbImage;

use crate::rng::SynthRng;
use canvas::Canvas;
use palette::Palette;

/// Stream ids, so that layout and grain draw from independent streams.
const LAYOUT_STREAM: u64 = 1;
const GRAIN_STREAM: u64 = 2;

/// A photo-like abstract scene of `width` x `height` pixels, fully
/// determined by `seed`: sky, sun, clouds, hills, water, buildings, trees
/// or abstract shapes, plus sensor-like grain.
///
/// Different seeds give clearly different pictures (layout, light and
/// palette all change), which keeps their perceptual hashes far apart.
/// Painting is a few passes over the pixels: a 4000x3000 scene takes a
/// fraction of a second in a release build.
///
/// # Panics
///
/// If `width` or `height` is zero.
pub fn scene(seed: u64, width: u32, height: u32) -> RgbImage {
    scene_with_grain(seed, width, height, default_grain(width, height))
}

/// [`scene`] with a chosen grain amplitude in 8-bit levels (0 for
/// perfectly clean pixels, larger for noisier, bigger JPEGs; [`scene`]
/// uses [`default_grain`]). The layout does not depend on the
/// grain, so two grains of one seed are the same picture.
///
/// # Panics
///
/// If `width` or `height` is zero.
pub fn scene_with_grain(seed: u64, width: u32, height: u32, grain: f32) -> RgbImage {
    assert!(width > 0 && height > 0, "scene needs a non-empty size, got {width}x{height}");
    let mut canvas = Canvas::new(width, height);
    let mut rng = SynthRng::derive(seed, LAYOUT_STREAM);
    let palette = Palette::random(&mut rng);
    match rng.below(5) {
        0 | 1 => landscape::paint(&mut canvas, &mut rng, &palette),
        2 | 3 => seascape::paint(&mut canvas, &mut rng, &palette),
        _ => abstract_art::paint(&mut canvas, &mut rng, &palette),
    }
    grain::add_grain(&mut canvas, &mut SynthRng::derive(seed, GRAIN_STREAM), grain);
    canvas.into_image()
}
