//! PDQ, Meta's 256-bit perceptual image hash, with quality and the eight
//! dihedral variants computed from one DCT.
//!
//! Conformance: given the same pixels as Meta's reference C++
//! (`pdq/cpp` in facebook/ThreatExchange), [`hash_luma`] returns the identical
//! hash and quality, and [`hash_luma_dihedral`] the identical eight hashes.
//! [`pdq_luma_from_rgb8`] and [`pdq_luma_from_grey8`] turn decoded pixels into
//! the luma the reference hashes (its 512x512 resize and luma conversion).
//! `tests/pdq_conformance.rs` checks this against the reference's output for
//! `../shared/testdata/pdq`.

mod hash;
mod luma;

pub use hash::{hash_luma, hash_luma_dihedral};
pub use luma::{
    PDQ_RESIZE_SIDE, luma_from_grey8, luma_from_rgb8, pdq_dims, pdq_luma_from_grey8, pdq_luma_from_rgb8,
    pdq_luma_from_scaled_rgb8, resize_for_pdq,
};

crate::digest::digest_type!(
    PdqHash,
    32,
    "pdq",
    "A 256-bit PDQ hash. Text form: 64 lowercase hex digits, in the reference's byte order (the reference prints sixteen 16-bit words, most significant word first)."
);

impl Default for PdqHash {
    /// All zeros: what the reference gives an image too small to hash.
    fn default() -> Self {
        PdqHash([0; 32])
    }
}

impl PdqHash {
    /// Hamming distance: number of differing bits (0..=256).
    pub fn distance(&self, other: &PdqHash) -> u32 {
        let a = self.words();
        let b = other.words();
        a.iter().zip(b.iter()).map(|(x, y)| (x ^ y).count_ones()).sum()
    }

    /// The hash as four 64-bit words, for fast distance computations.
    pub fn words(&self) -> [u64; 4] {
        let mut out = [0u64; 4];
        for (i, w) in out.iter_mut().enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&self.0[i * 8..i * 8 + 8]);
            *w = u64::from_be_bytes(b);
        }
        out
    }
}

/// A PDQ hash with its quality (0..=100; the reference discards <= 49).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PdqResult {
    /// The hash.
    pub hash: PdqHash,
    /// Gradient-based quality, 0..=100, as the reference computes it.
    pub quality: u8,
}

/// The eight dihedral PDQ hashes of one image, in the reference's order
/// (`--pdqdih-across`): original, rotate 90, rotate 180, rotate 270,
/// flip x, flip y, flip along the main diagonal, flip along the other diagonal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DihedralHashes {
    /// The eight hashes, in [`Dihedral::ALL`] order.
    pub hashes: [PdqHash; 8],
    /// Quality of the image (the same for all eight).
    pub quality: u8,
}

/// The eight symmetries of the square, named as the reference names them.
///
/// Entry `d` of [`DihedralHashes`] is the hash of the image transformed by
/// `d`, with image rows running top to bottom. The directions below are the
/// reference's (checked in `tests/pdq_properties.rs`); note that its
/// `flipx` mirrors across the horizontal axis and `rot90` turns
/// anticlockwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dihedral {
    /// The image as it is.
    Original,
    /// Rotated 90 degrees anticlockwise (the right column becomes the top row).
    Rotate90,
    /// Rotated 180 degrees.
    Rotate180,
    /// Rotated 90 degrees clockwise (270 anticlockwise).
    Rotate270,
    /// Mirrored top-bottom (reflected across the horizontal axis).
    FlipX,
    /// Mirrored left-right (reflected across the vertical axis).
    FlipY,
    /// Transposed (reflected across the main diagonal, top-left to bottom-right).
    FlipPlus1,
    /// Anti-transposed (reflected across the other diagonal).
    FlipMinus1,
}

impl Dihedral {
    /// All eight, in the reference's order.
    pub const ALL: [Dihedral; 8] = [
        Dihedral::Original,
        Dihedral::Rotate90,
        Dihedral::Rotate180,
        Dihedral::Rotate270,
        Dihedral::FlipX,
        Dihedral::FlipY,
        Dihedral::FlipPlus1,
        Dihedral::FlipMinus1,
    ];

    /// Stable short name, as stored and printed.
    pub fn name(self) -> &'static str {
        match self {
            Dihedral::Original => "orig",
            Dihedral::Rotate90 => "rot90",
            Dihedral::Rotate180 => "rot180",
            Dihedral::Rotate270 => "rot270",
            Dihedral::FlipX => "flipx",
            Dihedral::FlipY => "flipy",
            Dihedral::FlipPlus1 => "flipplus1",
            Dihedral::FlipMinus1 => "flipminus1",
        }
    }
}

impl DihedralHashes {
    /// The hash of the original orientation.
    pub fn original(&self) -> PdqResult {
        PdqResult { hash: self.hashes[0], quality: self.quality }
    }
}
