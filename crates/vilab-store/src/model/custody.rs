//! The custody log of an exhibit: what an ingest learnt of the exhibit
//! itself (the image's acquisition hashes and their verification, the
//! volumes and file systems of a disk), appended as events and never
//! changed, and the counts of what a disk yielded.

use serde::{Deserialize, Serialize};

use crate::{ExhibitId, RunId};

/// An event to append to an exhibit's custody log.
#[derive(Clone, Debug, PartialEq)]
pub struct NewCustody {
    /// The exhibit.
    pub exhibit: ExhibitId,
    /// The run that recorded it, if any.
    pub run: Option<RunId>,
    /// When, Unix seconds.
    pub at: i64,
    /// What happened (`image.verified`, `disk.layout`).
    pub event: String,
    /// Its details.
    pub details: serde_json::Value,
}

/// An event of an exhibit's custody log, as recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustodyEvent {
    /// Row id (the order of recording).
    pub id: i64,
    /// The run that recorded it, if any.
    pub run: Option<i64>,
    /// When, Unix seconds.
    pub at: i64,
    /// What happened.
    pub event: String,
    /// Its details.
    pub details: serde_json::Value,
}

/// How many occurrences of an exhibit were found on a disk, by how.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiskCounts {
    /// Files the file systems list as in use.
    pub allocated: u64,
    /// Deleted files recovered from their entries.
    pub deleted: u64,
    /// Items carved from unallocated space.
    pub carved: u64,
    /// Open (unresolved) error rows of the exhibit.
    pub errors: u64,
}
