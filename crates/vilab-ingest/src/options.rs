//! Limits and knobs of an ingest, with defaults fit for a laptop.

use vilab_media::AnalyzeOptions;

/// How an ingest runs.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Per-content analysis (pixel limit, thumbnail size).
    pub analyze: AnalyzeOptions,
    /// Files larger than this are digested and stored by streaming, without
    /// being decoded (no seized photo comes near it; videos and disk images do).
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
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            analyze: AnalyzeOptions::default(),
            max_in_memory: 256 * 1024 * 1024,
            max_archive_depth: 8,
            max_archive_expanded: 32 * 1024 * 1024 * 1024,
            max_compression_ratio: 1000,
            batch_size: 256,
            threads: None,
        }
    }
}
