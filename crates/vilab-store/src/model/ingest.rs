//! Ingest runs and the batches an ingest writes.

use serde::{Deserialize, Serialize};
use vilab_core::model::{IngestError, MediaRecord, Occurrence};

use crate::{ExhibitId, RunId};

/// How an ingest run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Started and not finished: still going (the process holds the run's
    /// lease; see [`Store::start_run`](crate::Store::start_run)).
    Running,
    /// Every file of the exhibit was done.
    Completed,
    /// Every file was tried, but some hit a transient error (a read or a
    /// write that failed, a full disk, memory): run it again to retry them.
    Incomplete,
    /// Stopped on request (Ctrl-C, SIGTERM); run it again to resume.
    Interrupted,
    /// Stopped by an error that concerns the whole run (not one file).
    Failed,
    /// The process ended without finishing the run (a crash, `kill -9`, a
    /// power cut): found so when the lab was next opened.
    Aborted,
}

impl RunStatus {
    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Completed => "completed",
            RunStatus::Incomplete => "incomplete",
            RunStatus::Interrupted => "interrupted",
            RunStatus::Failed => "failed",
            RunStatus::Aborted => "aborted",
        }
    }

    /// Inverse of [`RunStatus::as_str`].
    pub fn parse(text: &str) -> Option<RunStatus> {
        [Self::Running, Self::Completed, Self::Incomplete, Self::Interrupted, Self::Failed, Self::Aborted]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// What a run did. Stored as JSON so that ingest can add counters without a
/// schema change (absent fields read as 0).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunCounters {
    /// Files (and archive members) looked at in this run.
    pub files_seen: u64,
    /// Files skipped because an earlier run had recorded them.
    pub files_skipped: u64,
    /// Bytes read.
    pub bytes_read: u64,
    /// Media items new to the lab.
    pub new_media: u64,
    /// Occurrences recorded.
    pub new_occurrences: u64,
    /// Errors recorded.
    pub errors: u64,
    /// Files left not done by a transient error, to be retried.
    pub files_to_retry: u64,
}

/// How a run ended and what it did, given to `finish_run`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunOutcome {
    /// How it ended (`Running` is refused).
    pub status: RunStatus,
    /// What it did.
    pub counters: RunCounters,
    /// Why it failed or was interrupted, in words; `None` when completed.
    pub note: Option<String>,
}

/// A stored ingest run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestRun {
    /// Row id.
    pub id: RunId,
    /// The exhibit ingested.
    pub exhibit_id: ExhibitId,
    /// Start, seconds since the Unix epoch (UTC).
    pub started_at: i64,
    /// End, when it was finished.
    pub finished_at: Option<i64>,
    /// How it ended.
    pub status: RunStatus,
    /// What it did (as reported at `finish_run`).
    pub counters: RunCounters,
    /// Why it failed or was interrupted.
    pub note: Option<String>,
    /// The folder it read, as the operating system named it.
    pub source_path: Option<String>,
}

/// A file an ingest finished: read whole, stored, with no transient error.
/// A later run skips a file that is the same ([`DoneFile::same_as`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoneFile {
    /// Path relative to the exhibit root, as the file system gave its bytes.
    pub path: Vec<u8>,
    /// Size when it was read.
    pub size: u64,
    /// Modification time when it was read, Unix seconds.
    pub modified: Option<i64>,
    /// The sub-second part of the modification time, where it was kept.
    pub modified_nanos: Option<u32>,
    /// Its content.
    pub sha256: Option<vilab_core::Sha256>,
    /// When it was read, Unix seconds.
    pub checked_at: i64,
}

/// Seconds of a modification time that a file system may round away (FAT
/// keeps two), within which an edit made just after a read may leave the
/// time unchanged.
pub const MTIME_GRANULE_SECS: i64 = 2;

impl DoneFile {
    /// Whether a file found now (`size`, `modified`, `nanos`) is this one,
    /// without reading it: same size, same modification time, and that time
    /// is trustworthy. It is not when it is unknown, or when the file was
    /// read within the file system's granule of its last change (an edit in
    /// the same second would keep the time): then only its content can tell.
    pub fn same_as(&self, size: u64, modified: Option<i64>, nanos: Option<u32>) -> bool {
        let (Some(then), Some(now)) = (self.modified, modified) else {
            return false;
        };
        let nanos_agree = match (self.modified_nanos, nanos) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let settled = self.checked_at > then + MTIME_GRANULE_SECS;
        self.size == size && then == now && nanos_agree && settled
    }
}

/// What an ingest writes in one transaction: media items, the places they
/// were found and the errors met, all for one exhibit.
#[derive(Clone, Debug, PartialEq)]
pub struct IngestBatch {
    /// The exhibit every occurrence and error belongs to.
    pub exhibit: ExhibitId,
    /// The run that found them, when written by an ingest run.
    pub run: Option<RunId>,
    /// Media items (unique contents). An occurrence's content must be here
    /// or already in the lab.
    pub media: Vec<MediaRecord>,
    /// Places found.
    pub occurrences: Vec<Occurrence>,
    /// Errors met.
    pub errors: Vec<IngestError>,
    /// Files now done: written to the ledger, and their earlier transient
    /// errors marked resolved by this batch's run.
    pub files_done: Vec<DoneFile>,
}

impl IngestBatch {
    /// An empty batch for an exhibit.
    pub fn new(exhibit: ExhibitId, run: Option<RunId>) -> Self {
        IngestBatch {
            exhibit,
            run,
            media: Vec::new(),
            occurrences: Vec::new(),
            errors: Vec::new(),
            files_done: Vec::new(),
        }
    }

    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.media.is_empty() && self.occurrences.is_empty() && self.errors.is_empty() && self.files_done.is_empty()
    }
}

/// What a batch changed. Writing the same batch twice gives all zeros the
/// second time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchOutcome {
    /// Media items new to the lab.
    pub new_media: u64,
    /// Media items already present that gained a PDQ, EXIF, size or thumbnail
    /// they lacked.
    pub enriched_media: u64,
    /// Occurrences new to the exhibit.
    pub new_occurrences: u64,
    /// Errors new to the exhibit.
    pub new_errors: u64,
    /// Earlier transient errors resolved by files now done.
    pub resolved_errors: u64,
}
