//! Damaged files of the kinds found on seized media: cut-off downloads,
//! carved fragments, empty placeholders, bit rot in a PNG chunk.

use crate::rng::SynthRng;

/// The first half of a valid file (a download or copy cut short).
pub(crate) fn first_half(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

/// Random bytes with no `0xFF`, so a JPEG parser looking for the next
/// marker never finds one and must fail instead of resynchronising.
pub(crate) fn garbage(rng: &mut SynthRng, len: usize) -> Vec<u8> {
    let mut bytes = vec![0; len];
    rng.fill_bytes(&mut bytes);
    for b in &mut bytes {
        if *b == 0xFF {
            *b = 0x5A;
        }
    }
    bytes
}

/// The header segments of `jpeg` (everything before its SOS marker), then
/// `garbage` as long as the rest was: no scan left to decode.
pub(crate) fn jpeg_header_then_garbage(rng: &mut SynthRng, jpeg: &[u8]) -> Vec<u8> {
    let header_end = start_of_scan(jpeg).unwrap_or(jpeg.len().min(2));
    let mut out = jpeg[..header_end].to_vec();
    out.extend(garbage(rng, jpeg.len() - header_end));
    out
}

/// The JFIF signature `FF D8 FF E0` followed by `len` garbage bytes.
pub(crate) fn jpeg_magic_then_garbage(rng: &mut SynthRng, len: usize) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0];
    out.extend(garbage(rng, len));
    out
}

/// A copy of `png` with the CRC of its IHDR chunk (bytes 29..33: 8 for the
/// signature, 8 for length and type, 13 of IHDR data) inverted.
pub(crate) fn png_with_bad_ihdr_crc(png: &[u8]) -> Vec<u8> {
    let mut out = png.to_vec();
    for b in &mut out[29..33] {
        *b = !*b;
    }
    out
}

/// Offset of the SOS marker (`FF DA`) in `jpeg`, walking the segment
/// lengths from SOI, or `None` when the structure is not as expected.
fn start_of_scan(jpeg: &[u8]) -> Option<usize> {
    let mut at = 2;
    while at + 4 <= jpeg.len() {
        if jpeg[at] != 0xFF {
            return None;
        }
        if jpeg[at + 1] == 0xDA {
            return Some(at);
        }
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        at += 2 + length;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::{Encoding, encode, jpeg_bytes};
    use crate::scene::scene;

    #[test]
    fn every_damaged_file_fails_to_decode() {
        let mut rng = SynthRng::new(5);
        let jpeg = jpeg_bytes(&scene(1, 120, 90), 90);
        let png = encode(&scene(2, 120, 90), Encoding::Png).unwrap();
        let header = jpeg_header_then_garbage(&mut rng, &jpeg);
        assert_eq!(header.len(), jpeg.len());
        assert_eq!(&header[..start_of_scan(&jpeg).unwrap()], &jpeg[..start_of_scan(&jpeg).unwrap()]);
        for (what, bytes) in [
            ("header then garbage", header),
            ("magic then garbage", jpeg_magic_then_garbage(&mut rng, 4000)),
            ("bad IHDR CRC", png_with_bad_ihdr_crc(&png)),
            ("empty", Vec::new()),
        ] {
            assert!(image::load_from_memory(&bytes).is_err(), "{what} decoded");
        }
        // A cut-off JPEG has no EOI marker; some decoders still return a
        // partly grey picture, so only the structure is asserted here.
        let half = first_half(&jpeg);
        assert!(!half.ends_with(&[0xFF, 0xD9]));
    }
}
