//! Filling shaped glyph outlines with anti-aliasing and blending them onto
//! RGB pixels.

use ab_glyph_rasterizer::{Point, Rasterizer, point};
use rustybuzz::ttf_parser::OutlineBuilder;

use crate::fonts::face;
use crate::layout::Line;

/// RGB8 pixels, row-major, that text is drawn onto.
///
/// A buffer shorter than `width * height * 3` is drawn into only as far as
/// it has whole rows; nothing panics.
pub struct Canvas<'a> {
    /// Pixels per row.
    pub width: u32,
    /// Rows.
    pub height: u32,
    /// `width * height * 3` bytes, R, G, B per pixel.
    pub rgb: &'a mut [u8],
}

impl Canvas<'_> {
    /// The rows that the buffer really holds.
    fn usable_height(&self) -> u32 {
        let row = u64::from(self.width) * 3;
        if row == 0 {
            return 0;
        }
        let rows = self.rgb.len() as u64 / row;
        u32::try_from(rows.min(u64::from(self.height))).unwrap_or(0)
    }
}

/// Turns a glyph outline in font units into rasteriser lines in bitmap
/// pixels (y flipped, moved by the glyph's bitmap origin).
struct Pen<'r> {
    raster: &'r mut Rasterizer,
    scale: f32,
    dx: f32,
    dy: f32,
    start: Point,
    last: Point,
}

impl Pen<'_> {
    fn map(&self, x: f32, y: f32) -> Point {
        point(x * self.scale + self.dx, self.dy - y * self.scale)
    }
}

impl OutlineBuilder for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.map(x, y);
        self.start = p;
        self.last = p;
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.map(x, y);
        self.raster.draw_line(self.last, p);
        self.last = p;
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let c = self.map(x1, y1);
        let p = self.map(x, y);
        self.raster.draw_quad(self.last, c, p);
        self.last = p;
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let c1 = self.map(x1, y1);
        let c2 = self.map(x2, y2);
        let p = self.map(x, y);
        self.raster.draw_cubic(self.last, c1, c2, p);
        self.last = p;
    }
    fn close(&mut self) {
        // An open contour would leave coverage running to the row's end.
        if self.last != self.start {
            self.raster.draw_line(self.last, self.start);
        }
        self.last = self.start;
    }
}

/// Draws a laid-out line with its box's top left at `(x, y)`.
///
/// Coverage of all glyphs is summed into one mask over the part of the
/// canvas the line can touch, then blended once, so that glyphs which
/// overlap (a Khmer subscript under its base) are not darkened twice when
/// `alpha` is below 255.
pub(crate) fn draw_line(canvas: &mut Canvas, line: &Line, x: f32, y: f32, color: [u8; 3], alpha: u8) {
    let height = canvas.usable_height();
    if line.glyphs.is_empty() || alpha == 0 || canvas.width == 0 || height == 0 {
        return;
    }
    if !(x.is_finite() && y.is_finite()) {
        return;
    }
    // The baseline on a whole pixel keeps horizontal strokes crisp.
    let baseline = (y + line.size.baseline).round();
    // The mask covers the line's box (plus a pixel of anti-aliasing) cut
    // to the canvas; a box wholly off the canvas draws nothing.
    let left = (x.floor() - 1.0).max(0.0);
    let top = (y.floor() - 1.0).max(0.0);
    let right = ((x + line.size.width).ceil() + 2.0).min(canvas.width as f32);
    let bottom = ((y + line.size.height).ceil() + 2.0).min(height as f32);
    if right <= left || bottom <= top {
        return;
    }
    // Bounded by the canvas, so these casts cannot overflow.
    let (mx, my) = (left as u32, top as u32);
    let (mw, mh) = ((right - left) as u32, (bottom - top) as u32);
    let mut mask = vec![0.0f32; mw as usize * mh as usize];
    for glyph in &line.glyphs {
        let face = face(glyph.script, line.weight);
        let Some(rect) = face.glyph_bounding_box(glyph.glyph) else {
            continue; // a space or other empty glyph
        };
        let s = glyph.scale;
        let ox = x + glyph.x;
        let oy = baseline + glyph.y;
        // The glyph's bitmap: its ink box in canvas pixels, whole pixels.
        let gx0 = (ox + f32::from(rect.x_min) * s).floor();
        let gy0 = (oy - f32::from(rect.y_max) * s).floor();
        let gx1 = (ox + f32::from(rect.x_max) * s).ceil() + 1.0;
        let gy1 = (oy - f32::from(rect.y_min) * s).ceil() + 1.0;
        if gx1 <= left || gy1 <= top || gx0 >= right || gy0 >= bottom {
            continue; // off the canvas
        }
        let (gw, gh) = ((gx1 - gx0) as usize, (gy1 - gy0) as usize);
        let mut raster = Rasterizer::new(gw, gh);
        let mut pen = Pen {
            raster: &mut raster,
            scale: s,
            dx: ox - gx0,
            dy: oy - gy0,
            start: point(0.0, 0.0),
            last: point(0.0, 0.0),
        };
        if face.outline_glyph(glyph.glyph, &mut pen).is_none() {
            continue;
        }
        raster.for_each_pixel_2d(|px, py, coverage| {
            let cx = gx0 + px as f32;
            let cy = gy0 + py as f32;
            if cx < left || cy < top || cx >= right || cy >= bottom || coverage <= 0.0 {
                return;
            }
            let i = (cy - top) as usize * mw as usize + (cx - left) as usize;
            mask[i] = (mask[i] + coverage).min(1.0);
        });
    }
    let a = f32::from(alpha) / 255.0;
    let stride = canvas.width as usize * 3;
    for row in 0..mh as usize {
        for col in 0..mw as usize {
            let coverage = mask[row * mw as usize + col];
            if coverage <= 0.0 {
                continue;
            }
            let k = coverage * a;
            let at = (my as usize + row) * stride + (mx as usize + col) * 3;
            for (channel, &c) in canvas.rgb[at..at + 3].iter_mut().zip(&color) {
                let d = f32::from(*channel);
                *channel = (d + (f32::from(c) - d) * k).round().clamp(0.0, 255.0) as u8;
            }
        }
    }
}
