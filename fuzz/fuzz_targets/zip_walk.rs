//! Ingest's zip reader on arbitrary bytes: the archive is opened, every
//! member extracted under the zip-bomb guards and handed to the content
//! path (digests, kind, nested archives to the depth limit, analysis), as
//! `ingest_folder` does for a zip file found in an exhibit. Refusals must
//! come back as error rows, never as a panic, an abort or an allocation
//! past the limits.
//!
//! It drives the public `vilab_ingest::content::ContentContext::process_bytes`
//! (which walks a zip with `vilab_ingest::archive::walk_zip`) with a blob
//! store that keeps nothing, so an iteration costs no database, no lab
//! directory and no file writes.
#![no_main]

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use libfuzzer_sys::fuzz_target;
use vilab_core::Sha256;
use vilab_core::model::{MediaKind, OccurrenceKey};
use vilab_ingest::IngestOptions;
use vilab_ingest::archive::ArchiveBudget;
use vilab_ingest::content::{Collected, ContentContext, Times};
use vilab_media::AnalyzeOptions;
use vilab_store::{BlobStore, PutOutcome, StoreError, VerifyProgress, VerifyReport};

/// A blob store that accepts every put and keeps nothing.
struct NullBlobs;

impl BlobStore for NullBlobs {
    fn put(&self, _expected: &Sha256, _bytes: &[u8]) -> vilab_store::Result<PutOutcome> {
        Ok(PutOutcome::Written)
    }

    fn put_stream(&self, reader: &mut dyn Read) -> vilab_store::Result<(Sha256, u64, PutOutcome)> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| StoreError::Io {
            action: "reading",
            path: PathBuf::from("<fuzz>"),
            source,
        })?;
        Ok((Sha256::of(&bytes), bytes.len() as u64, PutOutcome::Written))
    }

    fn get(&self, id: &Sha256) -> vilab_store::Result<Vec<u8>> {
        Err(StoreError::BlobMissing { id: *id, path: PathBuf::from("<fuzz>") })
    }

    fn copy_to(&self, id: &Sha256, _out: &mut dyn Write) -> vilab_store::Result<u64> {
        Err(StoreError::BlobMissing { id: *id, path: PathBuf::from("<fuzz>") })
    }

    fn contains(&self, _id: &Sha256) -> vilab_store::Result<bool> {
        Ok(false)
    }

    fn verify_all(
        &self,
        _stop: &AtomicBool,
        _progress: &mut dyn FnMut(VerifyProgress),
    ) -> vilab_store::Result<VerifyReport> {
        Ok(VerifyReport::default())
    }
}

fn options() -> IngestOptions {
    IngestOptions {
        analyze: AnalyzeOptions { max_pixels: 4_000_000, ..Default::default() },
        // Far below the defaults (256 MiB per member, 32 GiB per archive) so
        // that what the guards let through stays under libFuzzer's 2 GB
        // malloc limit: an allocation past that is then a real bug.
        max_in_memory: 16 * 1024 * 1024,
        max_archive_expanded: 64 * 1024 * 1024,
        ..IngestOptions::default()
    }
}

fuzz_target!(|data: &[u8]| {
    // Ingest only opens what starts like a zip; anything else is the
    // `analyze` target's business.
    if vilab_media::detect_kind(data) != MediaKind::Zip {
        return;
    }
    let options = options();
    let analyzed = Mutex::new(HashSet::new());
    let stop = AtomicBool::new(false);
    let ctx = ContentContext { blobs: &NullBlobs, options: &options, analyzed: &analyzed, stop: &stop };
    let key = OccurrenceKey { path: "exhibit/input.zip".into(), archive_path: String::new() };
    let mut budget = ArchiveBudget::new(options.max_archive_expanded);
    let mut out = Collected::default();
    // Depth 0, as the pipeline hands a top-level file it read to the content
    // path, which walks it as a zip (depth 1) and its nested zips deeper.
    ctx.process_bytes(&key, data, Times::default(), 0, &mut budget, &mut out);

    assert_eq!(out.media.len(), out.occurrences.len());
    // The store keeps one occurrence per (exhibit, path, archive path) and
    // silently drops the others (`ON CONFLICT DO NOTHING`): two occurrences
    // with one key lose a place, and a member keyed like the archive
    // itself takes the archive's place.
    let mut keys = HashSet::new();
    for occurrence in &out.occurrences {
        assert_eq!(occurrence.key.path, key.path);
        assert!(
            keys.insert(&occurrence.key),
            "two occurrences share the key {:?} (archive path {:?})",
            occurrence.key.path,
            occurrence.key.archive_path
        );
    }
    let own = out.occurrences.last().expect("the archive itself is recorded");
    assert_eq!((&own.key, own.sha256), (&key, Sha256::of(data)));
});
