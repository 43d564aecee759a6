//! Colour palettes: one random "light" per scene (day, dusk, night,
//! overcast, or an unreal hue) so that seeds differ in overall brightness
//! and colour, not only in layout.

use super::math::{Rgb, hsv, mix, scale};
use crate::rng::SynthRng;

/// The colours one scene is painted with.
pub(crate) struct Palette {
    pub(crate) sky_top: Rgb,
    pub(crate) sky_horizon: Rgb,
    pub(crate) sun: Rgb,
    pub(crate) cloud: Rgb,
    /// Ground layers from far (index 0) to near.
    pub(crate) ground: [Rgb; 4],
    pub(crate) water_far: Rgb,
    pub(crate) water_near: Rgb,
    /// Colours for buildings, boats and abstract shapes.
    pub(crate) accents: [Rgb; 6],
}

/// The overall light of a scene.
#[derive(Clone, Copy)]
enum Light {
    Day,
    Dusk,
    Night,
    Overcast,
    Unreal,
}

impl Palette {
    /// A random palette; every colour depends only on `rng`.
    pub(crate) fn random(rng: &mut SynthRng) -> Self {
        let light = *rng.pick(&[Light::Day, Light::Day, Light::Dusk, Light::Night, Light::Overcast, Light::Unreal]);
        let hue = rng.unit();
        let (sky_top, sky_horizon, sun, brightness) = match light {
            Light::Day => (
                hsv(0.55 + rng.range_f32(-0.05, 0.05), rng.range_f32(0.5, 0.9), rng.range_f32(0.6, 0.9)),
                hsv(0.55 + rng.range_f32(-0.05, 0.05), rng.range_f32(0.1, 0.35), rng.range_f32(0.85, 1.0)),
                hsv(0.14, 0.15, 1.0),
                1.0,
            ),
            Light::Dusk => (
                hsv(0.7 + rng.range_f32(-0.06, 0.06), rng.range_f32(0.4, 0.8), rng.range_f32(0.25, 0.5)),
                hsv(0.05 + rng.range_f32(-0.04, 0.06), rng.range_f32(0.6, 0.95), rng.range_f32(0.8, 1.0)),
                hsv(0.1, 0.7, 1.0),
                0.6,
            ),
            Light::Night => (
                hsv(0.65, rng.range_f32(0.5, 0.9), rng.range_f32(0.03, 0.12)),
                hsv(0.62, rng.range_f32(0.3, 0.7), rng.range_f32(0.15, 0.3)),
                hsv(0.15, 0.05, 0.95),
                0.25,
            ),
            Light::Overcast => {
                let grey = rng.range_f32(0.55, 0.8);
                (hsv(hue, 0.05, grey), hsv(hue, 0.05, grey + 0.15), hsv(0.0, 0.0, 1.0), 0.75)
            }
            Light::Unreal => (
                hsv(hue, rng.range_f32(0.5, 1.0), rng.range_f32(0.4, 0.9)),
                hsv(hue + 0.3, rng.range_f32(0.3, 0.9), rng.range_f32(0.7, 1.0)),
                hsv(hue + 0.5, 0.4, 1.0),
                rng.range_f32(0.5, 1.0),
            ),
        };
        let ground_hue = if matches!(light, Light::Unreal) {
            hue + 0.6
        } else {
            // Greens, olives, sand and rock.
            *rng.pick(&[0.25, 0.3, 0.33, 0.18, 0.1, 0.08])
        };
        let ground_sat = rng.range_f32(0.3, 0.8);
        let ground = [0, 1, 2, 3].map(|layer| {
            // Far layers are hazier (mixed toward the horizon) and lighter.
            let near = hsv(ground_hue + rng.range_f32(-0.04, 0.04), ground_sat, rng.range_f32(0.35, 0.7));
            let haze = 0.55 - 0.17 * layer as f32;
            scale(mix(near, sky_horizon, haze.max(0.0)), brightness.max(0.35))
        });
        let water_hue = 0.55 + rng.range_f32(-0.08, 0.05);
        let water_far = mix(hsv(water_hue, 0.6, 0.6), sky_horizon, 0.4);
        let water_near = scale(hsv(water_hue, 0.8, rng.range_f32(0.3, 0.55)), brightness.max(0.4));
        let accents = [0, 1, 2, 3, 4, 5]
            .map(|_| hsv(rng.unit(), rng.range_f32(0.2, 1.0), rng.range_f32(0.2, 1.0) * brightness.max(0.5)));
        let cloud = mix(hsv(0.0, 0.0, 1.0), sky_horizon, 0.3);
        Self { sky_top, sky_horizon, sun, cloud, ground, water_far, water_near, accents }
    }
}
