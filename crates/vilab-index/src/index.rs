//! [`PdqIndex`]: codes, sealed segments of tables, an unsealed tail, and the
//! query paths (one image on the calling thread, a batch on every core).

use rayon::prelude::*;
use vilab_core::{DihedralHashes, PdqHash};

use crate::code::{Code, code_of};
use crate::plan::{MAX_RADIUS, Plan};
use crate::scan::scan_into;
use crate::segment::{Hit, Scratch, Segment};
use crate::{Match, dihedral_of};

/// Default split of a table entry: 22 bits of position in the segment
/// (segments of up to 4,194,304 hashes) and 10 filter bits. Chosen in
/// `vilab bench index` (BENCHMARKS.md): fewer filter bits let more
/// non-matches through to a random read of their code; more make segments
/// smaller, and each segment's offsets (4.2 MB) cost more per hash.
pub const DEFAULT_ID_BITS: u32 = 22;

/// Hashes added since the last fold stay in a tail that every query scans
/// linearly; at this many they are folded into the tables, which rebuilds
/// the last, unfilled segment only.
pub const TAIL_LIMIT: usize = 1 << 16;

/// Errors of the index.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IndexError {
    /// The radius is beyond what the index serves.
    #[error("radius {radius} is beyond the index's maximum of {max}")]
    RadiusTooLarge {
        /// The radius asked for.
        radius: u32,
        /// [`MAX_RADIUS`].
        max: u32,
    },
    /// The entry layout is out of range.
    #[error("id_bits {0} is outside 16..=28")]
    BadLayout(u32),
    /// The hash's quality is below the cutoff: it was not added, or the
    /// query was not run (a low-quality hash matches noise).
    #[error("quality {quality} is below the cutoff {cutoff}")]
    LowQuality {
        /// The hash's quality.
        quality: u8,
        /// The index's cutoff.
        cutoff: u8,
    },
    /// The index holds `u32::MAX` hashes already.
    #[error("the index is full ({0} hashes)")]
    Full(usize),
}

/// Settings of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexConfig {
    /// Matches have distance `<= radius` (inclusive). Default 31; at most
    /// [`MAX_RADIUS`]. Above 31 each table is probed at key distance 2 or 3
    /// (137 or 697 buckets instead of 17): the slower path.
    pub radius: u32,
    /// Hashes of lower quality are neither added nor queried. Default 50
    /// (the reference discards quality <= 49).
    pub quality_cutoff: u8,
    /// Bits of segment position per table entry (16..=28); the remaining
    /// `32 - id_bits` carry filter bits. Default [`DEFAULT_ID_BITS`].
    pub id_bits: u32,
}

impl Default for IndexConfig {
    fn default() -> Self {
        IndexConfig { radius: 31, quality_cutoff: 50, id_bits: DEFAULT_ID_BITS }
    }
}

/// An in-memory exact radius index over PDQ hashes.
///
/// Ids are positions: the first hash added is 0, the next 1, and so on
/// (hashes refused for quality take no id); the caller keeps the map from
/// id to its own item. About 97 bytes per hash at 10M: the 32-byte code,
/// 16 table entries of 4 bytes, and 16 offsets arrays per segment.
pub struct PdqIndex {
    config: IndexConfig,
    plan: Plan,
    codes: Vec<Code>,
    segments: Vec<Segment>,
    /// Codes from this id on are the tail, scanned linearly.
    sealed: usize,
}

impl PdqIndex {
    /// An empty index.
    pub fn new(config: IndexConfig) -> Result<PdqIndex, IndexError> {
        if config.radius > MAX_RADIUS {
            return Err(IndexError::RadiusTooLarge { radius: config.radius, max: MAX_RADIUS });
        }
        if !(16..=28).contains(&config.id_bits) {
            return Err(IndexError::BadLayout(config.id_bits));
        }
        Ok(PdqIndex {
            config,
            plan: Plan::new(config.radius, 32 - config.id_bits),
            codes: Vec::new(),
            segments: Vec::new(),
            sealed: 0,
        })
    }

    /// An index over codes that already passed the quality cutoff (ids are
    /// their positions), built on every core.
    pub fn from_codes(config: IndexConfig, codes: Vec<Code>) -> Result<PdqIndex, IndexError> {
        let mut index = PdqIndex::new(config)?;
        if codes.len() > u32::MAX as usize {
            return Err(IndexError::Full(codes.len()));
        }
        index.codes = codes;
        index.seal();
        Ok(index)
    }

    /// The settings.
    pub fn config(&self) -> IndexConfig {
        self.config
    }

    /// Changes the radius; the tables do not depend on it.
    pub fn set_radius(&mut self, radius: u32) -> Result<(), IndexError> {
        if radius > MAX_RADIUS {
            return Err(IndexError::RadiusTooLarge { radius, max: MAX_RADIUS });
        }
        self.config.radius = radius;
        self.plan = Plan::new(radius, 32 - self.config.id_bits);
        Ok(())
    }

    /// Number of stored hashes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The stored code of an id.
    pub fn code(&self, id: u32) -> Option<&Code> {
        self.codes.get(id as usize)
    }

    /// Heap bytes held: codes, tables and offsets (what `bytes per hash`
    /// in BENCHMARKS.md divides).
    pub fn heap_bytes(&self) -> usize {
        self.codes.capacity() * std::mem::size_of::<Code>()
            + self.segments.iter().map(Segment::heap_bytes).sum::<usize>()
    }

    /// Adds one hash; returns its id, or [`IndexError::LowQuality`] below
    /// the cutoff. Visible to queries at once (through the tail).
    pub fn add(&mut self, hash: &PdqHash, quality: u8) -> Result<u32, IndexError> {
        self.check_quality(quality)?;
        let id = self.push(code_of(hash))?;
        if self.codes.len() - self.sealed >= TAIL_LIMIT {
            self.seal();
        }
        Ok(id)
    }

    /// Adds many hashes (an ingest's worth); one result per hash, as
    /// [`PdqIndex::add`]. Tables are rebuilt once at the end, on every core.
    pub fn add_batch(&mut self, hashes: &[(PdqHash, u8)]) -> Vec<Result<u32, IndexError>> {
        self.codes.reserve(hashes.len());
        let out = hashes.iter().map(|(h, q)| self.check_quality(*q).and_then(|_| self.push(code_of(h)))).collect();
        if self.codes.len() - self.sealed >= TAIL_LIMIT {
            self.seal();
        }
        out
    }

    /// Every stored hash within the radius of any of the image's eight
    /// dihedral hashes, one [`Match`] per stored hash, sorted by id; or
    /// [`IndexError::LowQuality`] below the cutoff.
    pub fn query(&self, image: &DihedralHashes) -> Result<Vec<Match>, IndexError> {
        self.check_quality(image.quality)?;
        Ok(self.query_codes(&image.hashes.map(|h| code_of(&h))))
    }

    /// Many images on every core (rayon); the same results as
    /// [`PdqIndex::query`] one by one.
    pub fn query_batch(&self, images: &[DihedralHashes]) -> Vec<Result<Vec<Match>, IndexError>> {
        images.par_iter().map(|image| self.query(image)).collect()
    }

    /// [`PdqIndex::query_batch`] on raw probes (no quality check).
    pub fn query_codes_batch(&self, probes: &[[Code; 8]]) -> Vec<Vec<Match>> {
        probes.par_iter().map(|p| self.query_codes(p)).collect()
    }

    /// [`PdqIndex::query`] on raw probes in `Dihedral::ALL` order, with no
    /// quality check.
    pub fn query_codes(&self, probes: &[Code; 8]) -> Vec<Match> {
        let mut hits: Vec<Hit> = Vec::new();
        let mut scratch = Scratch::default();
        for (v, probe) in probes.iter().enumerate() {
            for segment in &self.segments {
                segment.probe(&self.codes, probe, v as u32, &self.plan, &mut scratch, &mut hits);
            }
        }
        // One match per stored hash: its nearest variant, the first on a tie.
        hits.sort_unstable();
        hits.dedup_by_key(|h| h.0);
        let mut out: Vec<Match> =
            hits.into_iter().map(|(id, distance, v)| Match { id, distance, dihedral: dihedral_of(v) }).collect();
        if self.sealed < self.codes.len() {
            scan_into(&self.codes[self.sealed..], self.sealed as u32, probes, self.config.radius, &mut out);
        }
        out
    }

    fn check_quality(&self, quality: u8) -> Result<(), IndexError> {
        if quality < self.config.quality_cutoff {
            return Err(IndexError::LowQuality { quality, cutoff: self.config.quality_cutoff });
        }
        Ok(())
    }

    fn push(&mut self, code: Code) -> Result<u32, IndexError> {
        let id = self.codes.len();
        if id >= u32::MAX as usize {
            return Err(IndexError::Full(id));
        }
        self.codes.push(code);
        Ok(id as u32)
    }

    /// Folds the tail into the tables: the last segment, if it has room, is
    /// rebuilt with the tail; the rest goes to new segments.
    fn seal(&mut self) {
        let capacity = 1usize << self.config.id_bits;
        let mut start = self.sealed;
        if let Some(last) = self.segments.last()
            && (last.len as usize) < capacity
        {
            start = last.base as usize;
            self.segments.pop();
        }
        let filter_bits = 32 - self.config.id_bits;
        let codes = &self.codes[start..];
        let mut fresh: Vec<Segment> = codes
            .par_chunks(capacity)
            .enumerate()
            .map(|(k, chunk)| Segment::build(chunk, (start + k * capacity) as u32, filter_bits))
            .collect();
        self.segments.append(&mut fresh);
        self.sealed = self.codes.len();
    }
}
