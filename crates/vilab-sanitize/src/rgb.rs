//! The pixel buffer every stage works on.

use crate::SanitizeError;

/// An RGB8 picture, row-major, `width * height * 3` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rgb {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Interleaved R, G, B bytes, row after row.
    pub pixels: Vec<u8>,
}

impl Rgb {
    /// A picture of one colour.
    pub fn filled(width: u32, height: u32, colour: [u8; 3]) -> Self {
        let n = width as usize * height as usize;
        Rgb { width, height, pixels: colour.iter().copied().cycle().take(n * 3).collect() }
    }

    /// Whether the buffer holds exactly `width * height` pixels.
    pub fn check(&self) -> Result<(), SanitizeError> {
        let expected = (self.width as usize).checked_mul(self.height as usize).and_then(|n| n.checked_mul(3));
        if expected != Some(self.pixels.len()) {
            return Err(SanitizeError::BadPixels { width: self.width, height: self.height, len: self.pixels.len() });
        }
        Ok(())
    }

    /// The pixel at (x, y); callers keep to the picture.
    pub fn get(&self, x: u32, y: u32) -> [u8; 3] {
        let i = (y as usize * self.width as usize + x as usize) * 3;
        [self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]]
    }

    /// The pixels `x0..x1` by `y0..y1` as a picture of their own.
    pub fn sub(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> Rgb {
        let (w, h) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
        let mut pixels = Vec::with_capacity(w as usize * h as usize * 3);
        let row = self.width as usize * 3;
        for y in y0..y1 {
            let start = y as usize * row + x0 as usize * 3;
            pixels.extend_from_slice(&self.pixels[start..start + w as usize * 3]);
        }
        Rgb { width: w, height: h, pixels }
    }
}
