//! Helpers shared by the tests: noise pictures and decoding.

#![allow(dead_code)]

use vilab_sanitize::Rgb;

/// A picture of deterministic noise (every pixel differs from its
/// neighbours), different for each seed.
pub fn noise(width: u32, height: u32, seed: u64) -> Rgb {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let pixels = (0..width as usize * height as usize * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    Rgb { width, height, pixels }
}

/// A JPEG decoded back to RGB by vilab-media (libjpeg-turbo).
pub fn decode(jpeg: &[u8]) -> Rgb {
    let d = vilab_media::decode_rgb(jpeg, vilab_core::model::MediaKind::Jpeg, 1 << 30).unwrap();
    Rgb { width: d.width, height: d.height, pixels: d.rgb }
}

/// Whether the centre of pixel (x, y) is inside the polygon, by the
/// textbook crossing-number test done point by point (independent of the
/// crate's scanline spans).
pub fn point_in_polygon(points: &[(u32, u32)], x: u32, y: u32) -> bool {
    let (px, py) = (f64::from(x) + 0.5, f64::from(y) + 0.5);
    let mut inside = false;
    let n = points.len();
    for i in 0..n {
        // Each edge from vertex i to i+1, the crossing computed with the
        // same operands as the crate's, so that exact ties round alike.
        let (xi, yi) = (f64::from(points[i].0), f64::from(points[i].1));
        let (xj, yj) = (f64::from(points[(i + 1) % n].0), f64::from(points[(i + 1) % n].1));
        if (yi > py) != (yj > py) && px < xi + (py - yi) * (xj - xi) / (yj - yi) {
            inside = !inside;
        }
    }
    inside
}
