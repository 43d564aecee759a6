//! Ingest of seized material into a vilab lab.
//!
//! An *exhibit reader* ([`ExhibitReader`]) turns a seized item into
//! contents with their places: a folder, walked recursively, and the zip
//! archives found in it, opened recursively with a nesting limit and a
//! zip-bomb guard; a disk image ([`disk::DiskReader`]: raw, split or E01)
//! with its volumes, file systems (allocated and deleted files) and the
//! items carved from free space. The *pipeline* hashes and analyses every content on all cores,
//! writes each unique content once to the evidence store, records every
//! occurrence and every error through the [`vilab_store::Store`] trait, and
//! stops cleanly when asked, so that running it again resumes without
//! duplicates.
//!
//! The pipeline never touches SQL or the evidence store's layout: it only
//! speaks the store traits, so a server-mode store can replace SQLite
//! without a change here.

pub mod archive;
pub mod budget;
pub mod carving;
pub mod content;
mod cost;
pub mod disk;
pub mod disk_ingest;
pub mod error;
pub mod exhibit;
pub mod onepass;
pub mod options;
pub mod pipeline;
pub mod progress;
pub mod source;
pub mod walk;

pub use budget::MemoryBudget;

/// Bytes of the memory budget an ingest asks for to analyse `bytes`: the
/// content held whole and its decode.
pub fn cost_of_analysis(bytes: &[u8], options: &IngestOptions) -> u64 {
    let kind = vilab_media::detect_kind(bytes);
    let head = &bytes[..bytes.len().min(content::HEAD_BYTES)];
    cost::memory_needed(head, bytes.len() as u64, kind, &options.analyze, u64::MAX)
}
pub use error::PipelineError;
pub use exhibit::{Content, ExhibitReader};
pub use options::{IngestOptions, memory_budget_for};
pub use pipeline::{IngestSummary, ingest_exhibit, ingest_folder};
pub use progress::ProgressEvent;
