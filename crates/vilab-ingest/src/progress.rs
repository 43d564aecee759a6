//! Progress events an ingest sends while it runs; the binary turns them into
//! a progress bar or periodic lines.

/// One step of an ingest.
#[derive(Clone, Debug)]
pub enum ProgressEvent {
    /// The pass over a disk image (the acquisition check and the contents'
    /// reads) reached this far; `bytes == total` when it ended.
    Image {
        /// Bytes read so far.
        bytes: u64,
        /// The image's size.
        total: u64,
    },
    /// The walk finished: this much work lies ahead (already ingested files
    /// excluded).
    Planned {
        /// Files to process.
        files: u64,
        /// Their bytes on disk.
        bytes: u64,
        /// Files skipped because an earlier run recorded them.
        already_done: u64,
    },
    /// The pass over a disk image found more work (its carved items):
    /// added to what [`ProgressEvent::Planned`] said.
    Found {
        /// Files to process.
        files: u64,
        /// Their bytes.
        bytes: u64,
        /// Files skipped because an earlier run recorded them.
        already_done: u64,
    },
    /// Members of a large archive were recorded, before the archive is done.
    Members {
        /// Contents recorded.
        contents: u64,
        /// Problems recorded.
        errors: u64,
    },
    /// One file (an archive with everything in it counts as one) is done.
    FileDone {
        /// Its size on disk.
        bytes: u64,
        /// Problems recorded for it and its members.
        errors: u64,
        /// Contents found in it (1, or 1 + members for an archive).
        contents: u64,
    },
}
