//! Ingest runs and the batches an ingest writes.

use serde::{Deserialize, Serialize};
use vilab_core::model::{IngestError, MediaRecord, Occurrence};

use crate::{ExhibitId, RunId};

/// How an ingest run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Started and not finished: still going, or the process died (a crash
    /// leaves this; the next run resumes from `done_keys`).
    Running,
    /// Every file of the exhibit was processed.
    Completed,
    /// Stopped on request (Ctrl-C); can be resumed.
    Interrupted,
    /// Stopped by an error that concerns the whole run (not one file).
    Failed,
}

impl RunStatus {
    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Completed => "completed",
            RunStatus::Interrupted => "interrupted",
            RunStatus::Failed => "failed",
        }
    }

    /// Inverse of [`RunStatus::as_str`].
    pub fn parse(text: &str) -> Option<RunStatus> {
        [Self::Running, Self::Completed, Self::Interrupted, Self::Failed].into_iter().find(|s| s.as_str() == text)
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
}

impl IngestBatch {
    /// An empty batch for an exhibit.
    pub fn new(exhibit: ExhibitId, run: Option<RunId>) -> Self {
        IngestBatch { exhibit, run, media: Vec::new(), occurrences: Vec::new(), errors: Vec::new() }
    }

    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.media.is_empty() && self.occurrences.is_empty() && self.errors.is_empty()
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
}
