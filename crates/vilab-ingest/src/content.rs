//! What happens to one content, wherever it came from (a file, an archive
//! member): digests, evidence store, analysis, and the records that say so.

use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use vilab_core::model::{ErrorStage, IngestError, MediaKind, MediaRecord, Occurrence, OccurrenceKey};
use vilab_core::{Digests, Sha256};
use vilab_media::analyze;
use vilab_store::BlobStore;

use crate::IngestOptions;
use crate::archive::{ArchiveBudget, walk_zip};

/// The records one top-level file produced; written in one transaction so
/// that a file is either fully recorded or not at all.
#[derive(Debug, Default)]
pub struct Collected {
    /// Unique contents (possibly the same one twice; the store dedups).
    pub media: Vec<MediaRecord>,
    /// Every place a content was found.
    pub occurrences: Vec<Occurrence>,
    /// Everything that went wrong.
    pub errors: Vec<IngestError>,
}

impl Collected {
    /// Number of records, for batching.
    pub fn len(&self) -> usize {
        self.media.len() + self.occurrences.len() + self.errors.len()
    }

    /// Whether nothing was collected.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn error(&mut self, key: &OccurrenceKey, stage: ErrorStage, reason: String, sha256: Option<Sha256>) {
        self.errors.push(IngestError { key: key.clone(), stage, reason, sha256 });
    }
}

/// File-system times of an occurrence.
#[derive(Clone, Copy, Debug, Default)]
pub struct Times {
    /// Modification time, Unix seconds.
    pub modified: Option<i64>,
    /// Access time.
    pub accessed: Option<i64>,
    /// Birth time.
    pub created: Option<i64>,
}

impl Times {
    /// The occurrence of a content with these digests at `key`.
    pub fn occurrence(self, key: &OccurrenceKey, digests: &Digests) -> Occurrence {
        Occurrence {
            key: key.clone(),
            sha256: digests.sha256,
            size: digests.size,
            modified: self.modified,
            accessed: self.accessed,
            created: self.created,
        }
    }
}

/// Shared state of the workers of one ingest.
pub struct ContentContext<'a> {
    /// Where contents and thumbnails go.
    pub blobs: &'a dyn BlobStore,
    /// Limits.
    pub options: &'a IngestOptions,
    /// Contents already analysed in this run: an exact duplicate is recorded
    /// again but not decoded again.
    pub analyzed: &'a Mutex<HashSet<Sha256>>,
    /// Set when the user asked to stop.
    pub stop: &'a AtomicBool,
}

impl ContentContext<'_> {
    /// Records one content held in memory, found at `key`; opens it when it
    /// is an archive. `depth` counts the archives around it.
    pub fn process_bytes(
        &self,
        key: &OccurrenceKey,
        bytes: &[u8],
        times: Times,
        depth: u32,
        budget: &mut ArchiveBudget,
        out: &mut Collected,
    ) {
        let digests = Digests::of(bytes);
        let sha256 = digests.sha256;
        if let Err(e) = self.blobs.put(&sha256, bytes) {
            out.error(key, ErrorStage::Store, e.to_string(), Some(sha256));
            return;
        }
        if bytes.is_empty() {
            // Recorded like any content, and flagged: a zero-byte file is
            // usually a wiped, carved or failed copy, worth a look.
            out.error(key, ErrorStage::Read, "empty file (0 bytes)".to_string(), Some(sha256));
        }
        let kind = vilab_media::detect_kind(bytes);
        if kind == MediaKind::Zip {
            if depth >= self.options.max_archive_depth {
                out.error(
                    key,
                    ErrorStage::Archive,
                    format!(
                        "archive nested deeper than {} levels: recorded, not opened",
                        self.options.max_archive_depth
                    ),
                    Some(sha256),
                );
            } else {
                walk_zip(self, key, sha256, std::io::Cursor::new(bytes), depth + 1, budget, out);
            }
        }
        let first_time = self.analyzed.lock().map(|mut seen| seen.insert(sha256)).unwrap_or(true);
        let record =
            if first_time { self.analyze_content(key, bytes, digests, kind, out) } else { bare_record(digests, kind) };
        out.media.push(record);
        out.occurrences.push(times.occurrence(key, &digests));
    }

    fn analyze_content(
        &self,
        key: &OccurrenceKey,
        bytes: &[u8],
        digests: Digests,
        kind: MediaKind,
        out: &mut Collected,
    ) -> MediaRecord {
        let analysis = analyze(bytes, &self.options.analyze);
        for (stage, reason) in analysis.problems {
            out.error(key, stage, reason, Some(digests.sha256));
        }
        let mut thumbnail = None;
        if let Some(jpeg) = analysis.thumbnail {
            let id = Sha256::of(&jpeg);
            match self.blobs.put(&id, &jpeg) {
                Ok(_) => thumbnail = Some(id),
                Err(e) => out.error(key, ErrorStage::Store, format!("thumbnail: {e}"), Some(digests.sha256)),
            }
        }
        MediaRecord {
            digests,
            kind,
            width: analysis.width,
            height: analysis.height,
            pdq: analysis.pdq,
            exif: analysis.exif,
            thumbnail,
        }
    }
}

/// A record with digests only, for a content another worker analyses.
pub(crate) fn bare_record(digests: Digests, kind: MediaKind) -> MediaRecord {
    MediaRecord { digests, kind, width: None, height: None, pdq: None, exif: None, thumbnail: None }
}
