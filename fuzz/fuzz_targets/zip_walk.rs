//! Ingest's zip walk on arbitrary bytes: the archive is opened by entry
//! (`vilab-zip`), every member streamed under the zip-bomb guards into the
//! content path (digests, kind, nested archives to the depth limit, analysis
//! of images), as `ingest_folder` does for a zip file found in an exhibit.
//! Refusals must come back as error rows, never as a panic, an abort or an
//! allocation past the limits.
//!
//! It drives the public `vilab_ingest::content::ContentContext::process_stream`
//! with a blob store held in memory (nested archives are walked from it, as
//! from the evidence store), so an iteration costs no database, no lab
//! directory and no file writes.
#![no_main]

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use libfuzzer_sys::fuzz_target;
use vilab_core::{Hashed, Sha256};
use vilab_core::model::{MediaKind, OccurrenceKey};
use vilab_ingest::archive::ArchiveBudget;
use vilab_ingest::content::{Collected, ContentContext, Place, Times};
use vilab_ingest::{IngestOptions, MemoryBudget};
use vilab_media::AnalyzeOptions;
use vilab_store::{BlobReader, BlobStore, PutOutcome, StoreError, VerifyProgress, VerifyReport};

/// A blob store in memory.
#[derive(Default)]
struct MemBlobs {
    blobs: Mutex<HashMap<Sha256, Arc<Vec<u8>>>>,
}

fn missing(id: &Sha256) -> StoreError {
    StoreError::BlobMissing { id: *id, path: PathBuf::from("<fuzz>") }
}

impl BlobStore for MemBlobs {
    fn put(&self, content: &Hashed<'_>) -> vilab_store::Result<PutOutcome> {
        self.blobs.lock().unwrap().insert(content.sha256(), Arc::new(content.bytes().to_vec()));
        Ok(PutOutcome::Written)
    }

    fn put_stream(
        &self,
        reader: &mut dyn Read,
        _verified: &dyn Fn(&Sha256) -> bool,
    ) -> vilab_store::Result<(Sha256, u64, PutOutcome)> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| StoreError::Io {
            action: "reading",
            path: PathBuf::from("<fuzz>"),
            source,
        })?;
        let id = Sha256::of(&bytes);
        let size = bytes.len() as u64;
        self.blobs.lock().unwrap().insert(id, Arc::new(bytes));
        Ok((id, size, PutOutcome::Written))
    }

    fn sync(&self) -> vilab_store::Result<()> {
        Ok(())
    }

    fn open_unverified(&self, id: &Sha256) -> vilab_store::Result<Box<dyn BlobReader>> {
        let bytes = self.blobs.lock().unwrap().get(id).cloned().ok_or_else(|| missing(id))?;
        Ok(Box::new(Cursor::new(SharedBytes(bytes))))
    }

    fn get(&self, id: &Sha256) -> vilab_store::Result<Vec<u8>> {
        self.blobs.lock().unwrap().get(id).map(|b| b.to_vec()).ok_or_else(|| missing(id))
    }

    fn copy_to(&self, id: &Sha256, out: &mut dyn Write) -> vilab_store::Result<u64> {
        let bytes = self.get(id)?;
        out.write_all(&bytes).map_err(|source| StoreError::Io { action: "writing", path: "<fuzz>".into(), source })?;
        Ok(bytes.len() as u64)
    }

    fn contains(&self, id: &Sha256) -> vilab_store::Result<bool> {
        Ok(self.blobs.lock().unwrap().contains_key(id))
    }

    fn verify_all(
        &self,
        _stop: &AtomicBool,
        _progress: &mut dyn FnMut(VerifyProgress),
    ) -> vilab_store::Result<VerifyReport> {
        Ok(VerifyReport::default())
    }
}

/// Bytes shared with the store, readable through a `Cursor`.
struct SharedBytes(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

fn options() -> IngestOptions {
    IngestOptions {
        analyze: AnalyzeOptions { max_pixels: 4_000_000, ..Default::default() },
        // Far below the defaults (256 MiB per image, 32 GiB per archive) so
        // that what the guards let through stays under libFuzzer's 2 GB
        // malloc limit: an allocation past that is then a real bug.
        max_in_memory: 16 * 1024 * 1024,
        max_archive_expanded: 64 * 1024 * 1024,
        memory_budget: 256 * 1024 * 1024,
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
    let seen = Mutex::new(HashSet::new());
    let stop = AtomicBool::new(false);
    let budget = MemoryBudget::new(options.memory_budget);
    let blobs = MemBlobs::default();
    let parts = Mutex::new(Collected::default());
    let flush = |mut part: Collected| part.drain_into(&mut parts.lock().unwrap());
    let ctx = ContentContext { blobs: &blobs, options: &options, seen: &seen, stop: &stop, budget: &budget, flush: &flush };
    let key = OccurrenceKey::file(&b"exhibit/input.zip"[..]);
    let place = Place { key: key.clone(), times: Times::default(), notes: Vec::new(), disk: None };
    let archive_budget = ArchiveBudget::new(options.max_archive_expanded);
    let mut out = Collected::default();
    // Depth 0, as the pipeline hands a top-level file to the content path,
    // which walks it as a zip (depth 1) and its nested zips deeper.
    let own = ctx.process_stream(&place, &mut Cursor::new(data), data.len() as u64, 0, &archive_budget, &mut out);
    out.drain_into(&mut parts.lock().unwrap());
    let out = parts.into_inner().unwrap();

    assert_eq!(own.map(|d| d.sha256), Some(Sha256::of(data)), "the archive itself is stored");
    assert_eq!(out.media.len(), out.occurrences.len());
    // The store keeps one occurrence per (exhibit, key, content) and
    // silently drops the others (`ON CONFLICT DO NOTHING`): two occurrences
    // with one key lose a place, and a member keyed like the archive
    // itself takes the archive's place.
    let mut keys = HashSet::new();
    for occurrence in &out.occurrences {
        assert_eq!(occurrence.key.path, key.path);
        assert!(keys.insert(&occurrence.key), "two occurrences share the key {:?}", occurrence.key.display_path());
        assert!(occurrence.key == key || !occurrence.key.members.is_empty());
    }
    assert!(keys.contains(&key), "the archive's own occurrence is its own");
    assert!(budget.peak() <= options.memory_budget);
});
