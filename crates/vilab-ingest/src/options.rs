//! Limits and knobs of an ingest, with defaults fit for a laptop.

use vilab_media::AnalyzeOptions;

/// How an ingest runs.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Per-content analysis (pixel limit, thumbnail size).
    pub analyze: AnalyzeOptions,
    /// Images larger than this are digested and stored by streaming, without
    /// being decoded (no seized photo comes near it); every other content
    /// streams whatever its size.
    pub max_in_memory: u64,
    /// How deep zip archives inside zip archives are opened; deeper ones are
    /// recorded as contents with an error, not walked.
    pub max_archive_depth: u32,
    /// Zip-bomb guard: most bytes decompressed from one top-level archive,
    /// all nested members included.
    pub max_archive_expanded: u64,
    /// Zip-bomb guard: a member whose declared ratio of expanded to
    /// compressed size exceeds this (and that expands past 1 MiB) is refused.
    pub max_compression_ratio: u64,
    /// Records written to the store per transaction.
    pub batch_size: usize,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// Bytes the whole ingest may hold in memory for contents read whole
    /// and their decodes, whatever the number of workers.
    pub memory_budget: u64,
    /// The exhibit's folder is the one first ingested, mounted elsewhere:
    /// a root other than the recorded one is refused without it.
    pub remounted: bool,
    /// Read every file again, even those the ledger says are done, and
    /// replace stored blobs found damaged (after `vilab verify` found some).
    pub repair: bool,
}

/// The memory budget when the machine's memory is not known.
pub const DEFAULT_MEMORY_BUDGET: u64 = 2 * 1024 * 1024 * 1024;

/// The memory budget for a machine with `total` bytes of memory: a
/// quarter of it (what remains is the system's, the page cache's and the
/// database's), at least 512 MiB.
pub fn memory_budget_for(total: u64) -> u64 {
    (total / 4).max(512 * 1024 * 1024)
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            analyze: AnalyzeOptions::default(),
            max_in_memory: 256 * 1024 * 1024,
            max_archive_depth: 8,
            max_archive_expanded: 32 * 1024 * 1024 * 1024,
            max_compression_ratio: 1000,
            batch_size: 4096,
            threads: None,
            memory_budget: DEFAULT_MEMORY_BUDGET,
            remounted: false,
            repair: false,
        }
    }
}
