//! Sensor-like grain: independent luminance noise on every pixel.
//!
//! Real photographs are never smooth at the pixel level, and the grain is
//! what makes JPEG sizes realistic: without it a 12 MP scene compresses to
//! a few hundred kilobytes instead of the 2 to 3 MB of a phone photo.

use super::canvas::Canvas;
use crate::rng::SynthRng;

/// Adds uniform noise in `-amplitude..=amplitude` to each pixel, the same
/// offset on all three channels (luminance grain, as cameras show after
/// their own chroma denoising).
pub(crate) fn add_grain(canvas: &mut Canvas, rng: &mut SynthRng, amplitude: u8) {
    if amplitude == 0 {
        return;
    }
    let levels = 2 * i32::from(amplitude) + 1;
    let amplitude = i32::from(amplitude);
    let mut bits = 0u64;
    for (i, px) in canvas.pixels.chunks_exact_mut(3).enumerate() {
        // One 64-bit draw feeds eight pixels.
        if i % 8 == 0 {
            bits = rng.next_u64();
        }
        let byte = (bits & 0xFF) as i32;
        bits >>= 8;
        let offset = ((byte * levels) >> 8) - amplitude;
        for channel in px {
            *channel = (i32::from(*channel) + offset).clamp(0, 255) as u8;
        }
    }
}
