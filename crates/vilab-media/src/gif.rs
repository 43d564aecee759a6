//! GIF through the `gif` crate, first frame only, keeping only the part of
//! the frame that lies on the logical screen: the `image` crate paints the
//! frame onto an RGBA copy of the whole screen and then converts it to RGB
//! (7 bytes for every screen pixel: 1.37 GB for a 35-byte file declaring a
//! 14000 x 14000 screen). The pixels are those of the `image` crate's
//! decode with the alpha dropped, as the tests compare: a palette colour
//! for every index (the transparent one included), black for an index past
//! the palette and everywhere off the frame.

use std::io::Cursor;

use vilab_core::model::MediaKind;

use crate::MediaError;
use crate::budget::Limits;
use crate::decode::check_pixel_limit;
use crate::error::Allocation;
use crate::pixels::{Area, Pixels};

/// Bytes of the decoder's state besides the pixels: its LZW tables, the
/// buffered reader, the palettes.
const GIF_STATE: u64 = 64 * 1024;

/// Decodes the first frame of a GIF, on its screen.
pub(crate) fn decode_gif(bytes: &[u8], limits: &Limits) -> Result<Pixels, MediaError> {
    let undecodable = |e: gif::DecodingError| MediaError::undecodable(MediaKind::Gif, e);
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::Indexed);
    let mut decoder = options.read_info(Cursor::new(bytes)).map_err(undecodable)?;
    let (sw, sh) = (u32::from(decoder.width()), u32::from(decoder.height()));
    check_pixel_limit(sw, sh, limits.max_pixels)?;
    let Some(frame) = decoder.next_frame_info().map_err(undecodable)? else {
        return Err(MediaError::NoImage { kind: MediaKind::Gif.as_str() });
    };
    let (left, top) = (u32::from(frame.left), u32::from(frame.top));
    let (fw, fh, interlaced) = (usize::from(frame.width), usize::from(frame.height), frame.interlaced);
    let palette = decoder.palette().map_err(undecodable)?.to_vec();

    let (x0, x1) = (left.min(sw), (left + fw as u32).min(sw));
    let (y0, y1) = (top.min(sh), (top + fh as u32).min(sh));
    let area = Area { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
    let held = u64::from(area.width) * u64::from(area.height) * 3;
    limits.check(Allocation::Decode(MediaKind::Gif), held + fw as u64 + GIF_STATE)?;

    let mut data = vec![0u8; held as usize];
    let mut row = vec![0u8; fw];
    let passes: &[(usize, usize)] = if interlaced { &[(0, 8), (4, 8), (2, 4), (1, 2)] } else { &[(0, 1)] };
    // Frame columns before the screen's: none, as a frame's left edge is
    // never left of the screen's; a frame wholly past the screen's right
    // edge has an empty area (and `x0` short of `left`).
    let skip = x0.saturating_sub(left) as usize;
    for &(start, step) in passes {
        for r in (start..fh).step_by(step) {
            if !decoder.fill_buffer(&mut row).map_err(undecodable)? {
                return Err(MediaError::Truncated { kind: MediaKind::Gif.as_str() });
            }
            let y = top + r as u32;
            if y < y0 || y >= y1 {
                continue;
            }
            let out = &mut data[(y - y0) as usize * area.width as usize * 3..][..area.width as usize * 3];
            for (px, &index) in out.chunks_exact_mut(3).zip(&row[skip..]) {
                if let Some(colour) = palette.get(usize::from(index) * 3..usize::from(index) * 3 + 3) {
                    px.copy_from_slice(colour);
                }
            }
        }
    }
    Ok(Pixels { area, data, ..Pixels::whole(sw, sh, 3, Vec::new()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(screen: (u16, u16), frame: gif::Frame<'_>, global: Option<&[u8]>) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = gif::Encoder::new(&mut out, screen.0, screen.1, global.unwrap_or(&[])).unwrap();
            encoder.write_frame(&frame).unwrap();
        }
        out
    }

    fn indexes(w: u16, h: u16) -> Vec<u8> {
        (0..usize::from(w) * usize::from(h)).map(|i| (i * 7 % 8) as u8).collect()
    }

    /// Found by the `analyze` fuzz target: a frame whose left edge lies past
    /// the screen's right edge (a 16 x 12 screen, a frame at x = 46).
    #[test]
    fn a_frame_wholly_off_the_screen_decodes_as_a_black_screen() {
        let bytes = [
            0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x10, 0x00, 0x0c, 0x00, 0x80, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x2c, 0x00, 0x2e, 0x20, 0x90, 0x0e, 0x00, 0x8d, 0x23, 0x4e, 0x08, 0x76,
        ];
        match decode_gif(&bytes, &Limits::pixels(1_000_000)) {
            Ok(pixels) => assert_eq!(pixels.area.width, 0),
            Err(e) => assert!(matches!(e, MediaError::Undecodable { .. }), "{e}"),
        }
    }

    /// Every first-frame layout, compared with the `image` crate's decode
    /// (RGBA, alpha dropped): offsets, a frame past the screen's edge,
    /// interlacing, a local palette and a transparent index.
    #[test]
    fn pixels_match_the_image_crate() {
        let palette: Vec<u8> = (0..8u8).flat_map(|i| [i * 30, 255 - i * 20, i * 9]).collect();
        let frame = |left, top, w, h| gif::Frame {
            left,
            top,
            width: w,
            height: h,
            buffer: std::borrow::Cow::Owned(indexes(w, h)),
            ..gif::Frame::default()
        };
        let cases: Vec<Vec<u8>> = vec![
            encode((40, 30), frame(0, 0, 40, 30), Some(&palette)),
            encode((40, 30), frame(5, 7, 20, 10), Some(&palette)),
            encode((40, 30), frame(30, 25, 20, 10), Some(&palette)),
            encode((40, 30), gif::Frame { interlaced: true, ..frame(3, 2, 17, 23) }, Some(&palette)),
            encode((40, 30), gif::Frame { transparent: Some(3), ..frame(0, 4, 40, 9) }, Some(&palette)),
            encode(
                (40, 30),
                gif::Frame { palette: Some(palette.iter().rev().copied().collect()), ..frame(1, 1, 9, 9) },
                None,
            ),
        ];
        for (i, bytes) in cases.iter().enumerate() {
            let ours = decode_gif(bytes, &Limits::pixels(1 << 30)).unwrap().into_decoded();
            let theirs = image::load_from_memory(bytes).unwrap().into_rgb8();
            assert_eq!((ours.width, ours.height), theirs.dimensions(), "case {i}");
            assert_eq!(ours.rgb, theirs.into_raw(), "case {i}");
        }
    }

    #[test]
    fn a_small_frame_on_a_huge_screen_holds_the_frame_only() {
        let bytes = vilab_synth::bombs::gif_screen(14_000, 14_000);
        let pixels = decode_gif(&bytes, &Limits { max_pixels: 200_000_000, max_alloc: Some(1 << 20) }).unwrap();
        assert_eq!((pixels.width, pixels.height), (14_000, 14_000));
        assert_eq!(pixels.data.len(), 3);
    }
}
