//! What happens to one content, wherever it came from (a file, an archive
//! member): digests, evidence store, analysis, and the records that say so.
//!
//! A content is read once. Its first bytes tell its kind; an image small
//! enough to decode is read whole into memory, within the ingest's memory
//! budget, and analysed; anything else streams into the evidence store
//! while its digests are taken, whatever its size, and an archive is then
//! walked from the evidence store's copy. So no content is ever skipped
//! for its size, and memory never grows with the nesting of archives.

use std::collections::HashSet;
use std::io::{self, Read};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use vilab_core::model::{
    DiskPlace, ErrorStage, IngestError, IngestErrorCode, MediaKind, MediaRecord, Occurrence, OccurrenceKey,
    OccurrenceNote,
};
use vilab_core::{Digests, Hashed, Md5Sha1Builder, Sha256};
use vilab_media::analyze;
use vilab_store::{BlobStore, StoreError};

use crate::archive::{ArchiveBudget, ExpansionSpent, walk_zip};
use crate::budget::MemoryBudget;
use crate::source::{is_out_of_space, is_transient, read_head};
use crate::{IngestOptions, cost};

/// Bytes read before deciding what a content is: enough for every magic
/// number and, in nearly every image, the header that tells its size.
pub const HEAD_BYTES: usize = 256 * 1024;

/// The records of one top-level file, or of part of a large archive;
/// written in one transaction.
#[derive(Debug, Default)]
pub struct Collected {
    /// Unique contents (possibly the same one twice; the store dedups).
    pub media: Vec<MediaRecord>,
    /// Every place a content was found.
    pub occurrences: Vec<Occurrence>,
    /// Everything that went wrong.
    pub errors: Vec<IngestError>,
    /// Set when a stop cut an archive's walk short: its file is not done.
    pub cut_short: bool,
    /// Set when a transient error was recorded, even if its row has since
    /// been handed on in a part of a large archive.
    pub transient_seen: bool,
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

    /// Whether an error here leaves its file to be tried again.
    pub fn has_transient(&self) -> bool {
        self.transient_seen || self.errors.iter().any(|e| e.transient)
    }

    /// Records an error; a transient one leaves its file to be tried again.
    pub(crate) fn push(&mut self, error: IngestError) {
        self.transient_seen |= error.transient;
        self.errors.push(error);
    }

    /// Records a failed open or read (`code` says which): transient unless
    /// the reader said the bytes themselves are bad (a corrupt compressed
    /// stream). An archive whose expansion budget ran out while a member
    /// was read is the zip-bomb guard's refusal, not a failed read.
    pub(crate) fn read_failed(
        &mut self,
        key: &OccurrenceKey,
        code: IngestErrorCode,
        e: &io::Error,
        sha256: Option<Sha256>,
    ) {
        if let Some(spent) = e.get_ref().and_then(|inner| inner.downcast_ref::<ExpansionSpent>()) {
            let error = IngestError::new(key.clone(), ErrorStage::Archive, IngestErrorCode::ArchiveBombExpansion)
                .with_param("limit", spent.limit)
                .with_sha256(sha256);
            return self.push(error);
        }
        let error = IngestError::new(key.clone(), ErrorStage::Read, code)
            .with_detail(e.to_string())
            .with_sha256(sha256)
            .with_transient(is_transient(e));
        self.push(error);
    }

    /// Records a failed write to the evidence store (transient: a full or
    /// failing disk); `blob` names what was written when it was not the
    /// content itself (`thumbnail`).
    pub(crate) fn store_failed(
        &mut self,
        key: &OccurrenceKey,
        e: &StoreError,
        sha256: Option<Sha256>,
        blob: Option<&str>,
    ) {
        let mut error = match e {
            StoreError::Io { path, source, .. } => {
                let code =
                    if is_out_of_space(source) { IngestErrorCode::OutOfSpace } else { IngestErrorCode::StoreFailed };
                IngestError::new(key.clone(), ErrorStage::Store, code)
                    .with_param("file", path.display())
                    .with_detail(source.to_string())
            }
            other => IngestError::new(key.clone(), ErrorStage::Store, IngestErrorCode::StoreFailed)
                .with_detail(other.to_string()),
        };
        if let Some(blob) = blob {
            error = error.with_param("blob", blob);
        }
        self.push(error.with_sha256(sha256).with_transient(true));
    }

    /// Moves everything into `other`.
    pub fn drain_into(&mut self, other: &mut Collected) {
        other.media.append(&mut self.media);
        other.occurrences.append(&mut self.occurrences);
        other.errors.append(&mut self.errors);
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

/// Where a content was found: its key, its times and what is odd about
/// the place.
#[derive(Clone, Debug)]
pub struct Place {
    /// The occurrence key.
    pub key: OccurrenceKey,
    /// Its times.
    pub times: Times,
    /// Its notes.
    pub notes: Vec<OccurrenceNote>,
    /// Where on a disk image (none in a folder, or inside an archive).
    pub disk: Option<DiskPlace>,
}

impl Place {
    /// The occurrence of a content with these digests here.
    pub fn occurrence(&self, digests: &Digests) -> Occurrence {
        Occurrence {
            key: self.key.clone(),
            sha256: digests.sha256,
            size: digests.size,
            modified: self.times.modified,
            accessed: self.times.accessed,
            created: self.times.created,
            notes: self.notes.clone(),
            disk: self.disk.clone(),
        }
    }
}

/// Shared state of the workers of one ingest.
pub struct ContentContext<'a> {
    /// Where contents and thumbnails go.
    pub blobs: &'a dyn BlobStore,
    /// Limits.
    pub options: &'a IngestOptions,
    /// Contents already stored (and analysed) in this run: an exact
    /// duplicate is recorded again but neither stored nor decoded again.
    pub seen: &'a Mutex<HashSet<Sha256>>,
    /// Set when the user asked to stop.
    pub stop: &'a AtomicBool,
    /// Memory for contents held whole and their decodes.
    pub budget: &'a MemoryBudget,
    /// Takes the records of a large archive part by part, so that they are
    /// committed (and shown) as the walk goes.
    pub flush: &'a (dyn Fn(Collected) + Sync),
}

impl ContentContext<'_> {
    /// Whether the content was already stored in this run; marks it stored.
    fn first_time(&self, sha256: Sha256) -> bool {
        self.seen.lock().map(|mut seen| seen.insert(sha256)).unwrap_or(true)
    }

    fn seen_before(&self, sha256: &Sha256) -> bool {
        self.seen.lock().map(|seen| seen.contains(sha256)).unwrap_or(false)
    }

    /// Hands the records of `out` to [`ContentContext::flush`] once they
    /// are many.
    pub(crate) fn flush_if_large(&self, out: &mut Collected) {
        if out.len() >= self.options.batch_size {
            let mut part = Collected::default();
            out.drain_into(&mut part);
            (self.flush)(part);
        }
    }

    /// Records the content `reader` yields, found at `place`: `declared` is
    /// its size as its container states it (the file system, the archive),
    /// trusted for nothing but a first guess. `depth` counts the archives
    /// around it. Returns its digests when it was stored.
    pub fn process_stream(
        &self,
        place: &Place,
        reader: &mut dyn Read,
        declared: u64,
        depth: u32,
        budget: &ArchiveBudget,
        out: &mut Collected,
    ) -> Option<Digests> {
        let head = match read_head(reader, HEAD_BYTES) {
            Ok(head) => head,
            Err(e) => {
                out.read_failed(&place.key, IngestErrorCode::ReadFailed, &e, None);
                return None;
            }
        };
        let kind = vilab_media::detect_kind(&head);
        if kind.is_image() && declared <= self.options.max_in_memory {
            let need = cost::memory_needed(&head, declared, kind, &self.options.analyze, self.budget.total());
            match self.budget.acquire(need) {
                Ok(grant) => {
                    return match read_whole(head, reader, declared) {
                        Whole::Bytes(bytes) => self.process_image(place, &bytes, kind, grant.bytes() - declared, out),
                        Whole::Longer(bytes) => {
                            drop(grant);
                            let mut rest = io::Cursor::new(bytes).chain(reader);
                            self.process_streamed(place, &mut rest, kind, depth, budget, out, Some(declared))
                        }
                        Whole::Failed(e) => {
                            out.read_failed(&place.key, IngestErrorCode::ReadFailed, &e, None);
                            None
                        }
                        Whole::NoMemory(e) => {
                            let error =
                                IngestError::new(place.key.clone(), ErrorStage::Read, IngestErrorCode::OutOfMemory)
                                    .with_param("bytes", declared)
                                    .with_detail(e.to_string())
                                    .with_transient(true);
                            out.push(error);
                            None
                        }
                    };
                }
                Err(over) => {
                    let mut rest = io::Cursor::new(head).chain(reader);
                    let digests = self.process_streamed(place, &mut rest, kind, depth, budget, out, None);
                    if let Some(digests) = digests {
                        let error =
                            IngestError::new(place.key.clone(), ErrorStage::Decode, IngestErrorCode::OverMemoryBudget)
                                .with_param("needed", over.needed)
                                .with_param("budget", over.total)
                                .with_sha256(Some(digests.sha256));
                        out.push(error);
                    }
                    return digests;
                }
            }
        }
        let mut rest = io::Cursor::new(head).chain(reader);
        let digests = self.process_streamed(place, &mut rest, kind, depth, budget, out, None);
        if let Some(digests) = digests
            && kind.is_image()
        {
            let error = IngestError::new(place.key.clone(), ErrorStage::Decode, IngestErrorCode::OverInMemoryLimit)
                .with_param("size", digests.size)
                .with_param("limit", self.options.max_in_memory)
                .with_sha256(Some(digests.sha256));
            out.push(error);
        }
        digests
    }

    /// An image held whole: digests, evidence store, analysis (once per
    /// run), within `decode_bytes` of memory for the decode.
    fn process_image(
        &self,
        place: &Place,
        bytes: &[u8],
        kind: MediaKind,
        decode_bytes: u64,
        out: &mut Collected,
    ) -> Option<Digests> {
        let (content, digests) = Hashed::with_digests(bytes);
        let sha256 = digests.sha256;
        if !self.first_time(sha256) {
            out.media.push(bare_record(digests, kind));
            out.occurrences.push(place.occurrence(&digests));
            return Some(digests);
        }
        if let Err(e) = self.blobs.put(&content) {
            self.forget(&sha256);
            out.store_failed(&place.key, &e, Some(sha256), None);
            return None;
        }
        let record = self.analyze_content(&place.key, bytes, digests, kind, decode_bytes, out);
        out.media.push(record);
        out.occurrences.push(place.occurrence(&digests));
        Some(digests)
    }

    /// A content streamed into the evidence store while its digests are
    /// taken; an archive is then walked from the stored copy. `declared`,
    /// when given, is a size the content turned out to exceed.
    #[allow(clippy::too_many_arguments)]
    fn process_streamed(
        &self,
        place: &Place,
        reader: &mut dyn Read,
        kind: MediaKind,
        depth: u32,
        budget: &ArchiveBudget,
        out: &mut Collected,
        declared: Option<u64>,
    ) -> Option<Digests> {
        // The store takes the SHA-256 of what it writes; MD5 and SHA-1 are
        // taken here, in the same pass, so no digest is computed twice.
        let mut digesting = DigestingReader { inner: reader, digests: Md5Sha1Builder::new(), failed: None };
        let stored = self.blobs.put_stream(&mut digesting, &|id| self.seen_before(id));
        if let Some(e) = digesting.failed.take() {
            out.read_failed(&place.key, IngestErrorCode::ReadFailed, &e, None);
            return None;
        }
        let sha256 = match stored {
            Ok((sha256, _, _)) => sha256,
            Err(e) => {
                // A write that failed midway has no whole content's digest.
                out.store_failed(&place.key, &e, None, None);
                return None;
            }
        };
        let digests = digesting.digests.finish_with(sha256);
        // Marked stored only once it is: a failed write is tried again by
        // the next duplicate.
        self.first_time(sha256);
        if let Some(declared) = declared {
            let error = IngestError::new(place.key.clone(), ErrorStage::Read, IngestErrorCode::LongerThanDeclared)
                .with_param("size", digests.size)
                .with_param("declared", declared)
                .with_sha256(Some(sha256));
            out.push(error);
        }
        if digests.size == 0 {
            // Recorded like any content, and flagged: a zero-byte file is
            // usually a wiped, carved or failed copy, worth a look.
            out.push(
                IngestError::new(place.key.clone(), ErrorStage::Read, IngestErrorCode::EmptyFile)
                    .with_sha256(Some(sha256)),
            );
        }
        out.media.push(bare_record(digests, kind));
        out.occurrences.push(place.occurrence(&digests));
        if kind == MediaKind::Zip {
            self.open_archive(place, sha256, depth, budget, out);
        }
        Some(digests)
    }

    /// Walks the archive stored as `sha256`, found at `place`.
    fn open_archive(&self, place: &Place, sha256: Sha256, depth: u32, budget: &ArchiveBudget, out: &mut Collected) {
        if depth >= self.options.max_archive_depth {
            let error = IngestError::new(place.key.clone(), ErrorStage::Archive, IngestErrorCode::ArchiveTooDeep)
                .with_param("limit", self.options.max_archive_depth)
                .with_sha256(Some(sha256));
            return out.push(error);
        }
        match self.blobs.open_unverified(&sha256) {
            Ok(reader) => walk_zip(self, &place.key, sha256, reader, depth + 1, budget, out),
            Err(e) => {
                let error = IngestError::new(place.key.clone(), ErrorStage::Store, IngestErrorCode::StoreReadFailed)
                    .with_detail(store_words(&e))
                    .with_sha256(Some(sha256))
                    .with_transient(true);
                out.push(error);
            }
        }
    }

    /// Forgets that a content was stored (its write failed).
    fn forget(&self, sha256: &Sha256) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.remove(sha256);
        }
    }

    fn analyze_content(
        &self,
        key: &OccurrenceKey,
        bytes: &[u8],
        digests: Digests,
        kind: MediaKind,
        decode_bytes: u64,
        out: &mut Collected,
    ) -> MediaRecord {
        let options = cost::capped(&self.options.analyze, decode_bytes);
        let analysis = analyze(bytes, &options);
        for (stage, problem) in analysis.problems {
            let error = IngestError::new(key.clone(), stage, problem.code())
                .with_params(problem.params())
                .with_opt_detail(problem.detail())
                .with_sha256(Some(digests.sha256));
            out.push(error);
        }
        let mut thumbnail = None;
        if let Some(jpeg) = analysis.thumbnail {
            let content = Hashed::new(&jpeg);
            match self.blobs.put(&content) {
                Ok(_) => thumbnail = Some(content.sha256()),
                Err(e) => out.store_failed(key, &e, Some(digests.sha256), Some("thumbnail")),
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

/// What reading a content whole gave.
enum Whole {
    /// Its bytes, as many as declared or fewer.
    Bytes(Vec<u8>),
    /// More bytes than declared (a lying archive, a file still growing):
    /// the first declared + 1 of them.
    Longer(Vec<u8>),
    /// The read failed.
    Failed(io::Error),
    /// The memory could not be had.
    NoMemory(std::collections::TryReserveError),
}

/// Reads the rest of a content after its `head`, `declared` bytes in all
/// and at most one more (to notice a lie), without aborting the process if
/// the memory cannot be had.
fn read_whole(mut head: Vec<u8>, reader: &mut dyn Read, declared: u64) -> Whole {
    let want = usize::try_from(declared).unwrap_or(usize::MAX).saturating_add(1);
    if let Err(e) = head.try_reserve_exact(want.saturating_sub(head.len())) {
        return Whole::NoMemory(e);
    }
    let rest = (declared + 1).saturating_sub(head.len() as u64);
    if let Err(e) = reader.take(rest).read_to_end(&mut head) {
        return Whole::Failed(e);
    }
    if head.len() as u64 > declared { Whole::Longer(head) } else { Whole::Bytes(head) }
}

/// Feeds everything read through it to MD5 and SHA-1 (the store that
/// reads it takes the SHA-256), and keeps the reader's own error apart
/// from the writer's.
struct DigestingReader<'r> {
    inner: &'r mut dyn Read,
    digests: Md5Sha1Builder,
    failed: Option<io::Error>,
}

impl Read for DigestingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.digests.update(&buf[..n]);
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let copy = io::Error::new(e.kind(), e.to_string());
                self.failed = Some(e);
                Err(copy)
            }
        }
    }
}

/// The words of a store error for `detail`: the operating system's where
/// it spoke, the store's own otherwise.
fn store_words(e: &StoreError) -> String {
    match e {
        StoreError::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

/// A record with digests only, for a content another worker analyses.
pub(crate) fn bare_record(digests: Digests, kind: MediaKind) -> MediaRecord {
    MediaRecord { digests, kind, width: None, height: None, pdq: None, exif: None, thumbnail: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> OccurrenceKey {
        OccurrenceKey::file(&b"a.jpg"[..])
    }

    #[test]
    fn a_failed_read_keeps_the_readers_words_and_is_transient_unless_the_bytes_are_bad() {
        let mut out = Collected::default();
        out.read_failed(&key(), IngestErrorCode::OpenFailed, &io::Error::from_raw_os_error(13), None);
        let bad = io::Error::new(io::ErrorKind::InvalidData, "corrupt deflate stream");
        out.read_failed(&key(), IngestErrorCode::ReadFailed, &bad, None);
        let [open, read] = &out.errors[..] else { panic!("{:?}", out.errors) };
        assert_eq!((open.code, open.stage, open.transient), (IngestErrorCode::OpenFailed, ErrorStage::Read, true));
        assert_eq!(open.detail, Some(io::Error::from_raw_os_error(13).to_string()));
        assert_eq!((read.code, read.transient), (IngestErrorCode::ReadFailed, false));
        assert_eq!(read.detail.as_deref(), Some("corrupt deflate stream"));
        assert!(out.has_transient());
    }

    #[test]
    fn a_spent_expansion_budget_is_the_zip_bomb_guard_not_a_failed_read() {
        let mut out = Collected::default();
        let spent = io::Error::new(io::ErrorKind::InvalidData, ExpansionSpent { limit: 1_500_000 });
        out.read_failed(&key(), IngestErrorCode::ReadFailed, &spent, None);
        let error = &out.errors[0];
        assert_eq!((error.code, error.stage), (IngestErrorCode::ArchiveBombExpansion, ErrorStage::Archive));
        assert_eq!(error.param("limit"), Some("1500000"));
        assert!(!error.transient && error.detail.is_none());
    }

    #[test]
    fn a_full_disk_is_out_of_space_and_names_the_blob() {
        let mut out = Collected::default();
        let full = StoreError::Io {
            action: "writing",
            path: "evidence/.tmp/x".into(),
            source: io::Error::from(io::ErrorKind::StorageFull),
        };
        out.store_failed(&key(), &full, None, Some("thumbnail"));
        let missing = StoreError::BlobMissing { id: Sha256([0; 32]), path: "evidence/00/00/x".into() };
        out.store_failed(&key(), &missing, Some(Sha256([1; 32])), None);
        let [full, other] = &out.errors[..] else { panic!("{:?}", out.errors) };
        assert_eq!((full.code, full.stage, full.transient), (IngestErrorCode::OutOfSpace, ErrorStage::Store, true));
        assert_eq!((full.param("blob"), full.param("file")), (Some("thumbnail"), Some("evidence/.tmp/x")));
        assert_eq!(full.detail, Some(io::Error::from(io::ErrorKind::StorageFull).to_string()));
        assert_eq!((other.code, other.transient), (IngestErrorCode::StoreFailed, true));
        assert_eq!(other.param("blob"), None);
        assert_eq!(other.detail, Some(missing.to_string()));
    }
}
