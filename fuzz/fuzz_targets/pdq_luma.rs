//! PDQ on an arbitrary float luma buffer: any width, height and values
//! (NaN, infinities and huge values included) must give a result or an
//! error, never a panic or a hang.
//!
//! Input layout: byte 0 picks the mode, bytes 1..3 and 3..5 are the width
//! and height (little-endian u16), the rest feeds the luma values.
//!
//! - mode 0: luma in 0..=255 (one byte per value), repeated to fill
//!   exactly `width * height` values. Sides are mostly under 72 (the
//!   64x64 and under-5 special cases, box-filter window 1), sometimes
//!   72..=512 (windows 2 to 4) and rarely 513..=1023 (the 512x512 resize),
//!   so that most iterations stay cheap;
//! - mode 1: raw f32 bits (four bytes per value), repeated to fill;
//! - mode 2: one byte per value, as many as given (mostly a wrong length);
//! - mode 3: raw f32 bits, as many as given;
//! - bit 2 of the mode, in modes 2 and 3, makes the width huge, for the
//!   overflow check on `width * height`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_core::pdq::{hash_luma, hash_luma_dihedral};

/// A side for the filling modes, from its u16: under 72 for seven values
/// in eight, 72..=512 for most of the rest, 513..=1023 for one in 256.
fn side(v: u16) -> usize {
    let v = usize::from(v);
    match v {
        0..0xE000 => v % 72,
        0xE000..0xFF00 => 72 + v % 441,
        _ => 513 + 2 * (v - 0xFF00),
    }
}

fn bytes_as_luma(bytes: &[u8]) -> impl Iterator<Item = f32> + '_ {
    bytes.iter().map(|&b| f32::from(b))
}

fn bytes_as_f32(bytes: &[u8]) -> impl Iterator<Item = f32> + '_ {
    bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// `values` repeated (or zeros when empty) to exactly `n` values.
fn filled(values: Vec<f32>, n: usize) -> Vec<f32> {
    if values.is_empty() {
        return vec![0.0; n];
    }
    values.iter().copied().cycle().take(n).collect()
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let mode = data[0];
    let raw_w = u16::from_le_bytes([data[1], data[2]]);
    let raw_h = u16::from_le_bytes([data[3], data[4]]);
    let payload = &data[5..];

    let (luma, width, height) = match mode & 3 {
        0 | 1 => {
            let (w, h) = (side(raw_w), side(raw_h));
            let values: Vec<f32> =
                if mode & 3 == 0 { bytes_as_luma(payload).collect() } else { bytes_as_f32(payload).collect() };
            (filled(values, w * h), w, h)
        }
        _ => {
            let values: Vec<f32> =
                if mode & 3 == 2 { bytes_as_luma(payload).collect() } else { bytes_as_f32(payload).collect() };
            let (w, h) = (usize::from(raw_w), usize::from(raw_h));
            (values, if mode & 4 != 0 { usize::MAX - w } else { w }, h)
        }
    };

    let well_formed = width > 0 && height > 0 && width.checked_mul(height) == Some(luma.len());
    let dihedral = hash_luma_dihedral(&luma, width, height);
    let plain = hash_luma(&luma, width, height);
    // Errors are only for a zero side or a buffer of the wrong length.
    assert_eq!(dihedral.is_ok(), well_formed, "{width}x{height}, {} values: {:?}", luma.len(), dihedral.err());
    assert_eq!(plain.is_ok(), well_formed);
    if let (Ok(d), Ok(p)) = (dihedral, plain) {
        assert!(d.quality <= 100 && p.quality <= 100);
    }
});
