//! A PDQ hash as four 64-bit words, with the bit fields the index keys on.

use vilab_core::PdqHash;

/// A 256-bit PDQ hash as four words (`PdqHash::words`): what the index
/// stores and compares. Hamming distance does not depend on the bit order,
/// so any fixed conversion works; this one is `PdqHash::words`.
pub type Code = [u64; 4];

/// The words of a PDQ hash.
pub fn code_of(hash: &PdqHash) -> Code {
    hash.words()
}

/// Number of differing bits between two codes (0..=256).
#[inline(always)]
pub fn distance(a: &Code, b: &Code) -> u32 {
    (a[0] ^ b[0]).count_ones() + (a[1] ^ b[1]).count_ones() + (a[2] ^ b[2]).count_ones() + (a[3] ^ b[3]).count_ones()
}

/// Number of 16-bit chunks a code is split into (one table each).
pub(crate) const CHUNKS: usize = 16;

/// Chunk `i` (0..16) of a code: 16 bits.
#[inline(always)]
pub(crate) fn chunk(code: &Code, i: usize) -> u32 {
    ((code[i >> 2] >> ((i & 3) * 16)) & 0xFFFF) as u32
}

/// The filter bits stored beside an id in table `i`: the top `filter_bits`
/// bits of the next chunk (cyclically). `filter_bits` is 0..=16.
#[inline(always)]
pub(crate) fn filter(code: &Code, i: usize, filter_bits: u32) -> u32 {
    // Shifting by 16 would give 0 anyway, but written out so that
    // `filter_bits == 0` needs no special case.
    ((chunk(code, (i + 1) & (CHUNKS - 1)) as u64) >> (16 - filter_bits)) as u32
}
