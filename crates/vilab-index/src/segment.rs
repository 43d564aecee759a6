//! One sealed segment: sixteen tables of the same run of codes, each sorted
//! by one 16-bit chunk with a counting sort.
//!
//! Table `i` is an offsets array (65,537 `u32`, one bucket per chunk value)
//! and one `u32` entry per code: the code's position in the segment in the
//! high `32 - F` bits, the top `F` filter bits of chunk `i + 1` in the low
//! bits (see `plan.rs`). A segment holds at most `2^(32 - F)` codes.

use rayon::prelude::*;

use crate::code::{CHUNKS, Code, chunk, distance, filter};
use crate::plan::Plan;

/// Buckets per table: one per value of a 16-bit chunk.
const BUCKETS: usize = 1 << 16;

/// A hit found while probing: (id, distance, variant index).
pub(crate) type Hit = (u32, u32, u32);

/// Tables over `codes[base .. base + len]`.
pub(crate) struct Segment {
    pub base: u32,
    pub len: u32,
    /// `CHUNKS` tables of `BUCKETS + 1` offsets each.
    offsets: Vec<u32>,
    /// `CHUNKS` tables of `len` entries each.
    entries: Vec<u32>,
}

impl Segment {
    /// Builds the sixteen tables of `codes` (which start at id `base`), one
    /// table per rayon task.
    pub(crate) fn build(codes: &[Code], base: u32, filter_bits: u32) -> Segment {
        let len = codes.len();
        let mut offsets = vec![0u32; CHUNKS * (BUCKETS + 1)];
        let mut entries = vec![0u32; CHUNKS * len];
        offsets.par_chunks_mut(BUCKETS + 1).zip(entries.par_chunks_mut(len.max(1))).enumerate().for_each(
            |(i, (offs, ents))| {
                for c in codes {
                    offs[chunk(c, i) as usize + 1] += 1;
                }
                for b in 0..BUCKETS {
                    offs[b + 1] += offs[b];
                }
                // Fill positions run from each bucket's start; `offs[b]`
                // serves as the cursor and is restored afterwards.
                let mut cursor: Vec<u32> = offs[..BUCKETS].to_vec();
                for (pos, c) in codes.iter().enumerate() {
                    let slot = &mut cursor[chunk(c, i) as usize];
                    ents[*slot as usize] = ((pos as u32) << filter_bits) | filter(c, i, filter_bits);
                    *slot += 1;
                }
            },
        );
        Segment { base, len: len as u32, offsets, entries }
    }

    /// Heap bytes of the tables.
    pub(crate) fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.entries.capacity()) * 4
    }

    /// Appends to `out` every code of this segment within the plan's radius
    /// of `probe`, reported by the first table that keeps it.
    #[inline]
    pub(crate) fn probe(
        &self,
        codes: &[Code],
        probe: &Code,
        variant: u32,
        plan: &Plan,
        filter_pop: &[u8],
        out: &mut Vec<Hit>,
    ) {
        let len = self.len as usize;
        let f = plan.filter_bits;
        let fmask = (1u32 << f) - 1;
        let seg_codes = &codes[self.base as usize..self.base as usize + len];
        for i in 0..CHUNKS {
            let key = chunk(probe, i);
            let qf = filter(probe, i, f);
            let offs = &self.offsets[i * (BUCKETS + 1)..(i + 1) * (BUCKETS + 1)];
            let ents = &self.entries[i * len..(i + 1) * len];
            for &(mask, limit) in &plan.masks {
                let b = (key ^ mask) as usize;
                let bucket = &ents[offs[b] as usize..offs[b + 1] as usize];
                for &e in bucket {
                    if u32::from(filter_pop[((e ^ qf) & fmask) as usize]) > limit {
                        continue;
                    }
                    let pos = (e >> f) as usize;
                    let code = &seg_codes[pos];
                    let d = distance(code, probe);
                    if d <= plan.radius {
                        let x = [code[0] ^ probe[0], code[1] ^ probe[1], code[2] ^ probe[2], code[3] ^ probe[3]];
                        // Report a pair only from the first table that
                        // keeps it: no seen-set, no duplicates.
                        if !(0..i).any(|j| plan.kept_by(&x, j)) {
                            out.push((self.base + pos as u32, d, variant));
                        }
                    }
                }
            }
        }
    }
}
