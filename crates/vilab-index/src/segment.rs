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
    ///
    /// In phases, so that the random reads overlap instead of stalling one
    /// after another: find every probed bucket and touch its first line;
    /// read the buckets and collect the entries the filter keeps (no code is
    /// read, no branch); touch each kept entry's code; then verify.
    #[inline]
    pub(crate) fn probe(
        &self,
        codes: &[Code],
        probe: &Code,
        variant: u32,
        plan: &Plan,
        scratch: &mut Scratch,
        out: &mut Vec<Hit>,
    ) {
        let len = self.len as usize;
        let f = plan.filter_bits;
        let fmask = (1u32 << f) - 1;
        let seg_codes = &codes[self.base as usize..self.base as usize + len];

        // The offsets of every probed bucket first (independent loads),
        // then one touch of each line of each bucket.
        scratch.ranges.clear();
        for i in 0..CHUNKS {
            let key = chunk(probe, i);
            let qf = filter(probe, i, f);
            let offs = &self.offsets[i * (BUCKETS + 1)..(i + 1) * (BUCKETS + 1)];
            scratch.ranges.extend(plan.masks.iter().map(|&(mask, limit)| {
                let b = (key ^ mask) as usize;
                Range { lo: offs[b] as usize + i * len, hi: offs[b + 1] as usize + i * len, table: i as u32, limit, qf }
            }));
        }
        let mut touch = 0u32;
        for r in &scratch.ranges {
            // Every 64-byte line of the bucket (16 entries each).
            for e in self.entries[r.lo..r.hi].iter().step_by(16) {
                touch = touch.wrapping_add(*e);
            }
        }

        scratch.kept.clear();
        for r in &scratch.ranges {
            let bucket = &self.entries[r.lo..r.hi];
            let base = scratch.kept.len();
            scratch.kept.resize(base + bucket.len(), 0);
            let dst = &mut scratch.kept[base..];
            let mut n = 0;
            for &e in bucket {
                // Written always, kept by advancing: no unpredictable branch.
                dst[n] = (e >> f) << 4 | r.table;
                n += usize::from(u32::from(plan.filter_pop[((e ^ r.qf) & fmask) as usize]) <= r.limit);
            }
            scratch.kept.truncate(base + n);
        }

        for &k in &scratch.kept {
            touch = touch.wrapping_add(seg_codes[(k >> 4) as usize][0] as u32);
        }
        std::hint::black_box(touch);

        for &k in &scratch.kept {
            let (pos, i) = ((k >> 4) as usize, (k & 15) as usize);
            let code = &seg_codes[pos];
            let d = distance(code, probe);
            if d <= plan.radius {
                let x = [code[0] ^ probe[0], code[1] ^ probe[1], code[2] ^ probe[2], code[3] ^ probe[3]];
                // Report a pair only from the first table that keeps it:
                // no seen-set, no duplicates.
                if !(0..i).any(|j| plan.kept_by(&x, j)) {
                    out.push((self.base + pos as u32, d, variant));
                }
            }
        }
    }
}

/// A probed bucket: entries `lo..hi` of the segment, in table `table`.
pub(crate) struct Range {
    lo: usize,
    hi: usize,
    table: u32,
    limit: u32,
    qf: u32,
}

/// Buffers reused across the probes of one query.
#[derive(Default)]
pub(crate) struct Scratch {
    ranges: Vec<Range>,
    /// Kept entries: position in the segment << 4 | table.
    kept: Vec<u32>,
}
