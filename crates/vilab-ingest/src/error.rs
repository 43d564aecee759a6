//! Errors that stop an ingest as a whole. Problems with single files never
//! do: they become error rows (see [`vilab_core::model::IngestError`]).

use std::path::PathBuf;

/// Why an ingest could not run or finish.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The exhibit root does not exist or is not a readable folder.
    #[error("cannot read exhibit root {path}: {reason}")]
    Root {
        /// The root as given.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The exhibit was first ingested from another folder.
    #[error(
        "exhibit '{exhibit}' was ingested from {recorded}, not {given}: if it is the same exhibit mounted elsewhere, \
         say so (--remounted); otherwise ingest it as another exhibit"
    )]
    SourceChanged {
        /// The exhibit.
        exhibit: String,
        /// The folder it was first ingested from.
        recorded: String,
        /// The folder given now.
        given: String,
    },
    /// The disk image cannot be opened (not the container it looks like, a
    /// segment missing, its first structures damaged).
    #[error("cannot open disk image {path}: {source}")]
    Image {
        /// The image as given.
        path: PathBuf,
        /// Why, naming the file and offset.
        source: vilab_disk::ImageError,
    },
    /// The worker threads could not be started.
    #[error("cannot start the ingest's workers: {reason}")]
    Workers {
        /// The system's words.
        reason: String,
    },
    /// The lab's store failed; what was committed before stays committed.
    #[error("lab store: {0}")]
    Store(#[from] vilab_store::StoreError),
}
