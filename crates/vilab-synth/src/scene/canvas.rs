//! An RGB pixel buffer with the few drawing primitives the scenes need.
//!
//! Every primitive walks only its own bounding box, row by row, so painting
//! a 12-megapixel scene stays well under a second. Coordinates are floats
//! in pixels so that the same scene description paints at any resolution.

use image::RgbImage;

use super::math::{Rgb, to_byte};

/// A row-major RGB8 buffer being painted.
pub(crate) struct Canvas {
    pub(crate) width: usize,
    pub(crate) height: usize,
    pub(crate) pixels: Vec<u8>,
}

impl Canvas {
    /// A black canvas.
    pub(crate) fn new(width: u32, height: u32) -> Self {
        let (width, height) = (width as usize, height as usize);
        Self { width, height, pixels: vec![0; width * height * 3] }
    }

    /// The finished picture.
    pub(crate) fn into_image(self) -> RgbImage {
        RgbImage::from_raw(self.width as u32, self.height as u32, self.pixels)
            .expect("buffer length is width * height * 3 by construction")
    }

    /// The three-byte-per-pixel slice of row `y`.
    pub(crate) fn row_mut(&mut self, y: usize) -> &mut [u8] {
        let stride = self.width * 3;
        &mut self.pixels[y * stride..(y + 1) * stride]
    }

    /// Clamps a float span `[lo, hi)` to whole pixels inside `0..limit`.
    fn span(lo: f32, hi: f32, limit: usize) -> (usize, usize) {
        let lo = lo.round().clamp(0.0, limit as f32) as usize;
        let hi = hi.round().clamp(0.0, limit as f32) as usize;
        (lo, hi.max(lo))
    }

    /// Fills every row with the colour `color_of_row(y)`.
    pub(crate) fn fill_rows(&mut self, mut color_of_row: impl FnMut(usize) -> Rgb) {
        for y in 0..self.height {
            let c = color_of_row(y).map(to_byte);
            for px in self.row_mut(y).chunks_exact_mut(3) {
                px.copy_from_slice(&c);
            }
        }
    }

    /// Fills the axis-aligned rectangle `[x0, x1) x [y0, y1)`.
    pub(crate) fn fill_rect(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, color: Rgb) {
        let (xa, xb) = Self::span(x0, x1, self.width);
        let (ya, yb) = Self::span(y0, y1, self.height);
        let c = color.map(to_byte);
        for y in ya..yb {
            for px in self.row_mut(y)[xa * 3..xb * 3].chunks_exact_mut(3) {
                px.copy_from_slice(&c);
            }
        }
    }

    /// Fills a disc of radius `r` centred on `(cx, cy)`.
    pub(crate) fn fill_disc(&mut self, cx: f32, cy: f32, r: f32, color: Rgb) {
        self.fill_ring(cx, cy, r, 0.0, color);
    }

    /// Fills the ring between radii `inner` and `outer` (a disc when `inner`
    /// is zero), one horizontal span (or two) per row.
    pub(crate) fn fill_ring(&mut self, cx: f32, cy: f32, outer: f32, inner: f32, color: Rgb) {
        let c = color.map(to_byte);
        let (ya, yb) = Self::span(cy - outer, cy + outer + 1.0, self.height);
        for y in ya..yb {
            let dy = y as f32 + 0.5 - cy;
            let outer_sq = outer * outer - dy * dy;
            if outer_sq <= 0.0 {
                continue;
            }
            let half = outer_sq.sqrt();
            let inner_sq = inner * inner - dy * dy;
            let hole = if inner_sq > 0.0 { inner_sq.sqrt() } else { 0.0 };
            let width = self.width;
            let row = self.row_mut(y);
            for (lo, hi) in [(cx - half, cx - hole), (cx + hole, cx + half)] {
                let (xa, xb) = Self::span(lo, hi, width);
                for px in row[xa * 3..xb * 3].chunks_exact_mut(3) {
                    px.copy_from_slice(&c);
                }
            }
        }
    }

    /// Blends `color` over a disc with strength falling from `strength` at
    /// the centre to zero at radius `r`: glows and soft clouds.
    pub(crate) fn glow(&mut self, cx: f32, cy: f32, r: f32, color: Rgb, strength: f32) {
        let (ya, yb) = Self::span(cy - r, cy + r + 1.0, self.height);
        let (xa, xb) = Self::span(cx - r, cx + r + 1.0, self.width);
        let inv_r2 = 1.0 / (r * r).max(1.0);
        for y in ya..yb {
            let dy = y as f32 + 0.5 - cy;
            let row = self.row_mut(y);
            for x in xa..xb {
                let dx = x as f32 + 0.5 - cx;
                let d2 = (dx * dx + dy * dy) * inv_r2;
                if d2 >= 1.0 {
                    continue;
                }
                // Squared falloff on squared distance: smooth, and no sqrt.
                let falloff = 1.0 - d2;
                let a = strength * falloff * falloff;
                for (channel, target) in row[x * 3..x * 3 + 3].iter_mut().zip(color) {
                    let v = f32::from(*channel);
                    *channel = to_byte(v + (target - v) * a);
                }
            }
        }
    }

    /// Fills the triangle `a, b, c` (any winding) by testing pixel centres
    /// against its three edges.
    pub(crate) fn fill_triangle(&mut self, a: (f32, f32), b: (f32, f32), c: (f32, f32), color: Rgb) {
        let (ya, yb) = Self::span(a.1.min(b.1).min(c.1), a.1.max(b.1).max(c.1) + 1.0, self.height);
        let (xa, xb) = Self::span(a.0.min(b.0).min(c.0), a.0.max(b.0).max(c.0) + 1.0, self.width);
        let edge = |p: (f32, f32), q: (f32, f32), x: f32, y: f32| (q.0 - p.0) * (y - p.1) - (q.1 - p.1) * (x - p.0);
        let area = edge(a, b, c.0, c.1);
        if area == 0.0 {
            return;
        }
        let sign = area.signum();
        let col = color.map(to_byte);
        for y in ya..yb {
            let py = y as f32 + 0.5;
            let row = self.row_mut(y);
            for x in xa..xb {
                let px = x as f32 + 0.5;
                if edge(a, b, px, py) * sign >= 0.0
                    && edge(b, c, px, py) * sign >= 0.0
                    && edge(c, a, px, py) * sign >= 0.0
                {
                    row[x * 3..x * 3 + 3].copy_from_slice(&col);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_clipped_to_the_canvas() {
        let mut canvas = Canvas::new(10, 8);
        canvas.fill_rect(-5.0, -5.0, 50.0, 50.0, [255.0, 0.0, 0.0]);
        canvas.fill_disc(0.0, 0.0, 30.0, [0.0, 255.0, 0.0]);
        canvas.glow(9.0, 7.0, 40.0, [0.0, 0.0, 255.0], 1.0);
        canvas.fill_triangle((-10.0, -10.0), (30.0, 0.0), (0.0, 30.0), [9.0, 9.0, 9.0]);
        assert_eq!(canvas.pixels.len(), 10 * 8 * 3);
    }

    #[test]
    fn ring_leaves_its_hole() {
        let mut canvas = Canvas::new(21, 21);
        canvas.fill_ring(10.5, 10.5, 10.0, 5.0, [255.0, 255.0, 255.0]);
        let at = |x: usize, y: usize| canvas.pixels[(y * 21 + x) * 3];
        assert_eq!(at(10, 10), 0, "centre stays empty");
        assert_eq!(at(10, 3), 255, "band is painted");
    }
}
