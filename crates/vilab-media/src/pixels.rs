//! Decoded pixels as analysis holds them: RGB or grey, and for a GIF only
//! the first frame's part of the logical screen (the rest of the screen is
//! black), so that neither a grey picture nor a small frame on a huge
//! screen costs three bytes for every pixel of the picture. PDQ and the
//! thumbnail read them as the full RGB picture they stand for, and get the
//! same result bit for bit (`tests` below compare).

use vilab_core::DihedralHashes;
use vilab_core::pdq;

use crate::{DecodedImage, MediaError};

/// Where the stored pixels lie in the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Area {
    pub(crate) left: u32,
    pub(crate) top: u32,
    pub(crate) width: u32,
    pub(crate) height: u32,
}

/// A decoded picture: `data` holds `area` (`channels` bytes a pixel, 1
/// for grey, 3 for RGB); every pixel outside it is black.
#[derive(Clone, Debug)]
pub(crate) struct Pixels {
    /// Size of the picture (scaled, for a JPEG decoded in the DCT domain).
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// Size as stored in the file.
    pub(crate) full_width: u32,
    pub(crate) full_height: u32,
    pub(crate) channels: u8,
    pub(crate) area: Area,
    pub(crate) data: Vec<u8>,
    /// As [`DecodedImage::damage`].
    pub(crate) damage: Option<crate::error::Damage>,
}

impl Pixels {
    /// A whole picture in RGB.
    pub(crate) fn from_decoded(image: DecodedImage) -> Self {
        Pixels {
            width: image.width,
            height: image.height,
            full_width: image.full_width,
            full_height: image.full_height,
            channels: 3,
            area: Area { left: 0, top: 0, width: image.width, height: image.height },
            data: image.rgb,
            damage: image.damage,
        }
    }

    /// A whole, unscaled picture of `channels` (1 or 3) bytes a pixel.
    pub(crate) fn whole(width: u32, height: u32, channels: u8, data: Vec<u8>) -> Self {
        Pixels {
            width,
            height,
            full_width: width,
            full_height: height,
            channels,
            area: Area { left: 0, top: 0, width, height },
            data,
            damage: None,
        }
    }

    fn is_whole(&self) -> bool {
        self.area == Area { left: 0, top: 0, width: self.width, height: self.height }
    }

    /// The full RGB picture (grey replicated, the area painted on black).
    pub(crate) fn into_decoded(self) -> DecodedImage {
        let rgb = if self.channels == 3 && self.is_whole() {
            self.data
        } else {
            let mut rows = PixelRows::new(&self);
            let mut rgb = Vec::with_capacity(self.width as usize * self.height as usize * 3);
            let black = vec![0u8; self.width as usize * 3];
            for y in 0..self.height as usize {
                rgb.extend_from_slice(rows.row(y).unwrap_or(&black));
            }
            rgb
        };
        DecodedImage {
            width: self.width,
            height: self.height,
            rgb,
            full_width: self.full_width,
            full_height: self.full_height,
            damage: self.damage,
        }
    }

    /// The DCT scale denominator of a JPEG decoded scaled, as
    /// [`DecodedImage::dct_denominator`].
    fn dct_denominator(&self) -> Option<u32> {
        [1, 2, 4, 8]
            .into_iter()
            .find(|&d| self.full_width.div_ceil(d) == self.width && self.full_height.div_ceil(d) == self.height)
    }

    /// PDQ with dihedral variants, as of the full RGB picture.
    pub(crate) fn pdq(&self) -> Result<DihedralHashes, MediaError> {
        let (w, h) = (self.width as usize, self.height as usize);
        let (luma, lw, lh) = if self.channels == 3 && self.is_whole() {
            let full = (self.full_width as usize, self.full_height as usize);
            match self.dct_denominator() {
                Some(d) if d > 1 => pdq::pdq_luma_from_scaled_rgb8(&self.data, (w, h), full, d as usize)?,
                _ => pdq::pdq_luma_from_rgb8(&self.data, w, h)?,
            }
        } else if self.channels == 1
            && self.is_whole()
            && (w, h) == (self.full_width as usize, self.full_height as usize)
        {
            // Grey replicated to RGB is grey everywhere, so the reference
            // takes the grey levels themselves: what this computes.
            pdq::pdq_luma_from_grey8(&self.data, w, h)?
        } else {
            self.sampled_luma()?
        };
        Ok(pdq::hash_luma_dihedral(&luma, lw, lh)?)
    }

    /// The luma `pdq_luma_from_rgb8` computes of the full picture, taken
    /// at its nearest-neighbour grid straight from the area (black
    /// elsewhere). Whether the picture is grey is decided on all of it, as
    /// there: black is grey, so on the area alone.
    fn sampled_luma(&self) -> Result<(Vec<f32>, usize, usize), MediaError> {
        let (w, h) = (self.width as usize, self.height as usize);
        if w == 0 || h == 0 {
            return Err(vilab_core::CoreError::EmptyImage { width: w, height: h }.into());
        }
        let c = usize::from(self.channels);
        let grey = c == 1 || self.data.chunks_exact(3).all(|p| p[0] == p[1] && p[1] == p[2]);
        let (dw, dh) = pdq::pdq_dims(w, h);
        // CImg's nearest-neighbour index, as `vilab_core::pdq` takes it.
        let nearest = |from: usize, to: usize| (0..to).map(move |x| x * from / to);
        let a = self.area;
        let (left, top, aw, ah) = (a.left as usize, a.top as usize, a.width as usize, a.height as usize);
        let cols: Vec<Option<usize>> =
            nearest(w, dw).map(|x| (x >= left && x < left + aw).then(|| (x - left) * c)).collect();
        let mut luma = Vec::with_capacity(dw * dh);
        for y in nearest(h, dh) {
            if y < top || y >= top + ah {
                luma.extend(std::iter::repeat_n(0.0, dw));
                continue;
            }
            let row = &self.data[(y - top) * aw * c..][..aw * c];
            luma.extend(cols.iter().map(|col| match col {
                None => 0.0,
                Some(x) if grey => f32::from(row[*x]),
                Some(x) => rgb_luma(&row[*x..*x + 3]),
            }));
        }
        Ok((luma, dw, dh))
    }
}

/// The reference's single-precision luma of a colour pixel, operation for
/// operation as `vilab_core::pdq` computes it (weights as `f32`, terms
/// added left to right).
fn rgb_luma(p: &[u8]) -> f32 {
    const R: f32 = 0.299;
    const G: f32 = 0.587;
    const B: f32 = 0.114;
    R * f32::from(p[0]) + G * f32::from(p[1]) + B * f32::from(p[2])
}

/// Rows of a picture in RGB, one at a time, for the thumbnail.
pub(crate) trait Rows {
    /// Row `y` in RGB, or `None` when it is black.
    fn row(&mut self, y: usize) -> Option<&[u8]>;
}

/// [`Rows`] of [`Pixels`]: whole RGB rows are borrowed; grey rows and rows
/// through the area are written into one scratch row.
pub(crate) struct PixelRows<'a> {
    pixels: &'a Pixels,
    scratch: Vec<u8>,
}

impl<'a> PixelRows<'a> {
    pub(crate) fn new(pixels: &'a Pixels) -> Self {
        let direct = pixels.channels == 3 && pixels.is_whole();
        let scratch = if direct { Vec::new() } else { vec![0; pixels.width as usize * 3] };
        PixelRows { pixels, scratch }
    }
}

impl Rows for PixelRows<'_> {
    fn row(&mut self, y: usize) -> Option<&[u8]> {
        let p = self.pixels;
        let a = p.area;
        let (top, ah, aw) = (a.top as usize, a.height as usize, a.width as usize);
        if y < top || y >= top + ah {
            return None;
        }
        let c = usize::from(p.channels);
        let src = &p.data[(y - top) * aw * c..][..aw * c];
        if self.scratch.is_empty() {
            return Some(src);
        }
        // Columns outside the area stay black from the start.
        let out = &mut self.scratch[a.left as usize * 3..][..aw * 3];
        if c == 3 {
            out.copy_from_slice(src);
        } else {
            for (px, &v) in out.chunks_exact_mut(3).zip(src) {
                px.fill(v);
            }
        }
        Some(&self.scratch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb_picture(w: usize, h: usize) -> Vec<u8> {
        (0..w * h).flat_map(|i| [(i * 7 % 251) as u8, (i * 13 % 253) as u8, (i / w * 3 % 256) as u8]).collect()
    }

    /// A frame painted onto a large black screen: PDQ and the full picture
    /// as if the screen had been allocated.
    #[test]
    fn an_area_on_black_hashes_as_the_painted_picture() {
        for (sw, sh, area, grey) in [
            (900, 700, Area { left: 100, top: 50, width: 300, height: 200 }, false),
            (900, 700, Area { left: 100, top: 50, width: 300, height: 200 }, true),
            (300, 200, Area { left: 20, top: 10, width: 50, height: 40 }, false),
            (1500, 600, Area { left: 0, top: 0, width: 1, height: 1 }, false),
        ] {
            let mut data = rgb_picture(area.width as usize, area.height as usize);
            if grey {
                data.chunks_exact_mut(3).for_each(|p| p.fill(p[0]));
            }
            let pixels = Pixels { area, data, ..Pixels::whole(sw, sh, 3, Vec::new()) };
            let full = pixels.clone().into_decoded();
            let direct = Pixels::from_decoded(full.clone());
            assert_eq!(pixels.pdq().unwrap(), direct.pdq().unwrap(), "{sw}x{sh} {area:?}");
            let x = area.left as usize + 1.min(area.width as usize - 1);
            let y = area.top as usize;
            assert_eq!(full.rgb[(y * sw as usize + x) * 3], pixels.data[3 * (x - area.left as usize)]);
            assert!(full.rgb[..3].iter().all(|&v| v == 0) || area.left == 0);
        }
    }

    /// A colour pixel the 512 grid never samples still makes the picture
    /// colour: the sampled path keeps the RGB formula, as the reference.
    #[test]
    fn greyness_is_decided_on_the_whole_area() {
        let (w, h) = (1030usize, 700usize);
        let mut data = vec![128u8; w * h * 3];
        data[(3 * w + 1) * 3] = 200; // column 1 is never on the grid
        let pixels = Pixels::whole(w as u32, h as u32, 3, data);
        let full = pixels.clone().into_decoded();
        assert_eq!(pixels.sampled_luma().unwrap().0, pdq::pdq_luma_from_rgb8(&full.rgb, w, h).unwrap().0);
    }

    #[test]
    fn grey_hashes_as_grey_replicated() {
        let (w, h) = (700u32, 600u32);
        let grey: Vec<u8> = (0..w * h).map(|i| (i * 31 % 256) as u8).collect();
        let pixels = Pixels::whole(w, h, 1, grey);
        let rgb = Pixels::from_decoded(pixels.clone().into_decoded());
        assert_eq!(pixels.pdq().unwrap(), rgb.pdq().unwrap());
    }
}
