//! Sensor-like grain: independent luminance noise on every pixel.
//!
//! Real photographs are never smooth at the pixel level, and the grain is
//! what makes JPEG sizes realistic: without it a 12 MP scene compresses to
//! a few hundred kilobytes instead of the 2 to 3 MB of a phone photo.

use super::canvas::Canvas;
use crate::rng::SynthRng;

/// The grain amplitude [`scene`](super::scene) uses at a given size: 6.6
/// levels up to 1 MP rising to 7.5 at 12 MP and above. High-resolution sensors
/// have smaller, noisier photosites; tuned so a quality-90 JPEG weighs
/// about 250 KB at 1 MP and 2.8 MB at 12 MP, like phone photos.
pub fn default_grain(width: u32, height: u32) -> f32 {
    let megapixels = f64::from(width) * f64::from(height) / 1e6;
    6.6 + 0.9 * ((megapixels - 1.0) / 11.0).clamp(0.0, 1.0) as f32
}

/// Adds noise spread uniformly over `-amplitude..=amplitude` (rounded to
/// whole levels) to each pixel, the same offset on all three channels
/// (luminance grain, as cameras show after their own chroma denoising).
pub(crate) fn add_grain(canvas: &mut Canvas, rng: &mut SynthRng, amplitude: f32) {
    if amplitude <= 0.0 {
        return;
    }
    // One random byte per pixel, mapped through a table to its offset.
    let table: [i16; 256] =
        std::array::from_fn(|b| (((b as f32 + 0.5) / 256.0 * 2.0 - 1.0) * amplitude).round() as i16);
    let mut bits = 0u64;
    for (i, px) in canvas.pixels.chunks_exact_mut(3).enumerate() {
        // One 64-bit draw feeds eight pixels.
        if i % 8 == 0 {
            bits = rng.next_u64();
        }
        let offset = table[(bits & 0xFF) as usize];
        bits >>= 8;
        for channel in px {
            *channel = (i16::from(*channel) + offset).clamp(0, 255) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grain_grows_with_resolution_within_bounds() {
        assert!((default_grain(1000, 1000) - 6.6).abs() < 1e-6);
        assert!((default_grain(4000, 3000) - 7.5).abs() < 1e-6);
        assert!((default_grain(8000, 6000) - 7.5).abs() < 1e-6);
        assert!((default_grain(640, 480) - 6.6).abs() < 1e-6);
    }

    #[test]
    fn noise_stays_within_amplitude_and_averages_near_zero() {
        let mut canvas = Canvas::new(100, 100);
        canvas.pixels.fill(128);
        add_grain(&mut canvas, &mut SynthRng::new(1), 7.0);
        let min = *canvas.pixels.iter().min().unwrap();
        let max = *canvas.pixels.iter().max().unwrap();
        assert!((121..=123).contains(&min) && (133..=135).contains(&max), "{min}..{max}");
        let mean = canvas.pixels.iter().map(|&p| f64::from(p)).sum::<f64>() / canvas.pixels.len() as f64;
        assert!((mean - 128.0).abs() < 0.2, "{mean}");
    }
}
