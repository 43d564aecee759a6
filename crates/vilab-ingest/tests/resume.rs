//! What counts as done, and what a later run does with it: transient errors
//! retried, changed files recorded again, an exhibit's folder checked.

mod common;

use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::{TestLab, age, write_old};
use vilab_core::model::{ErrorStage, IngestErrorCode};
use vilab_core::{Hashed, Sha256};
use vilab_ingest::{IngestOptions, PipelineError};
use vilab_store::{BlobReader, BlobStore, PutOutcome, RunStatus, StoreError, VerifyProgress, VerifyReport};

/// The lab's evidence store, with writes that fail as a disk fails: each
/// write (put or streamed put) is numbered from 0, and `fails` says which
/// fail, with which `errno` (28 `ENOSPC`, a full disk; 5 `EIO`).
struct Faulty<'a> {
    inner: &'a dyn BlobStore,
    calls: AtomicUsize,
    fails: fn(usize) -> Option<i32>,
}

impl<'a> Faulty<'a> {
    fn new(inner: &'a dyn BlobStore, fails: fn(usize) -> Option<i32>) -> Self {
        Faulty { inner, calls: AtomicUsize::new(0), fails }
    }

    fn fault(&self) -> Option<StoreError> {
        let errno = (self.fails)(self.calls.fetch_add(1, Ordering::SeqCst))?;
        Some(StoreError::Io {
            action: "writing",
            path: "evidence/.tmp/.tmpXXXX".into(),
            source: std::io::Error::from_raw_os_error(errno),
        })
    }
}

impl BlobStore for Faulty<'_> {
    fn put(&self, content: &Hashed<'_>) -> vilab_store::Result<PutOutcome> {
        match self.fault() {
            Some(e) => Err(e),
            None => self.inner.put(content),
        }
    }
    fn put_stream(
        &self,
        reader: &mut dyn Read,
        verified: &dyn Fn(&Sha256) -> bool,
    ) -> vilab_store::Result<(Sha256, u64, PutOutcome)> {
        match self.fault() {
            Some(e) => {
                // A write fails part way: what was read is lost.
                let _ = std::io::copy(&mut reader.take(4096), &mut std::io::sink());
                Err(e)
            }
            None => self.inner.put_stream(reader, verified),
        }
    }
    fn sync(&self) -> vilab_store::Result<()> {
        self.inner.sync()
    }
    fn open_unverified(&self, id: &Sha256) -> vilab_store::Result<Box<dyn BlobReader>> {
        self.inner.open_unverified(id)
    }
    fn get(&self, id: &Sha256) -> vilab_store::Result<Vec<u8>> {
        self.inner.get(id)
    }
    fn copy_to(&self, id: &Sha256, out: &mut dyn std::io::Write) -> vilab_store::Result<u64> {
        self.inner.copy_to(id, out)
    }
    fn contains(&self, id: &Sha256) -> vilab_store::Result<bool> {
        self.inner.contains(id)
    }
    fn verify_all(
        &self,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(VerifyProgress),
    ) -> vilab_store::Result<VerifyReport> {
        self.inner.verify_all(stop, progress)
    }
}

fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        write_old(dir.path(), name, bytes);
    }
    dir
}

/// A file whose write to the evidence store failed is not done: the run
/// ends incomplete, and the next run stores it and resolves the error.
#[test]
fn a_store_failure_leaves_the_file_to_retry_and_the_run_incomplete() {
    let picture = vilab_synth::jpeg_bytes(&vilab_synth::scene(5, 320, 240), 90);
    let dir = folder(&[("a.txt", b"first"), ("b.txt", b"second"), ("c.jpg", &picture), ("d.bin", &[7u8; 5000])]);
    let lab = TestLab::new();
    let full = Faulty::new(lab.lab.blobs(), |_| Some(28));
    let stop = AtomicBool::new(false);
    let (sender, _events) = crossbeam_channel::unbounded();
    let first = lab.try_ingest(dir.path(), &IngestOptions::default(), &stop, &sender, &full).unwrap();
    assert_eq!(first.status, Some(RunStatus::Incomplete), "{first:?}");
    assert_eq!(first.files_to_retry, 4);
    let errors = lab.errors();
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(errors.iter().all(|e| e.transient && e.stage == ErrorStage::Store), "{errors:?}");
    assert!(errors.iter().all(|e| e.code == IngestErrorCode::OutOfSpace), "{errors:?}");
    assert_eq!(errors[0].detail, Some(std::io::Error::from_raw_os_error(28).to_string()));
    assert_eq!(errors[0].param("file"), Some("evidence/.tmp/.tmpXXXX"));
    assert!(errors[0].describe_en().contains("No space left on device"), "{}", errors[0].describe_en());
    assert_eq!(lab.counts().files, 0, "nothing was recorded as found");
    let runs = lab.lab.store().runs(lab.exhibit().id).unwrap();
    assert_eq!(runs[0].status, RunStatus::Incomplete);
    assert_eq!(runs[0].counters.files_to_retry, 4);

    // Space is freed: the same command stores everything it could not.
    let second = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!(second.status, Some(RunStatus::Completed), "{second:?}");
    assert_eq!((second.already_done, second.files_processed), (0, 4));
    assert_eq!(second.resolved_errors, 4);
    assert!(lab.errors().is_empty(), "every transient error is resolved: {:?}", lab.errors());
    assert_eq!(lab.counts().files, 4);
    assert!(lab.media(&Sha256::of(&picture)).record.pdq.is_some());
    // A picture held whole was hashed before its write failed: the resolved
    // error stays in its history. A streamed content's write failed before
    // the store had its whole digest, so its error names the file only.
    let detail = lab.media(&Sha256::of(&picture));
    assert_eq!(detail.errors.len(), 1, "the resolved error stays in the history");
    assert!(detail.errors[0].resolved_by.is_some());
    assert!(lab.media(&Sha256::of(b"first")).errors.is_empty());

    let third = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!((third.already_done, third.files_processed), (4, 0));
}

/// A failure inside an archive (one member could not be stored) leaves the
/// whole archive to retry; the members already recorded are not recorded twice.
#[test]
fn a_failed_member_leaves_its_archive_to_retry() {
    let members: Vec<(String, Vec<u8>)> =
        (0..10).map(|i| (format!("m{i}.txt"), format!("member {i}").into_bytes())).collect();
    let refs: Vec<(&str, &[u8], bool)> = members.iter().map(|(n, b)| (n.as_str(), b.as_slice(), true)).collect();
    let dir = folder(&[("set.zip", &common::zip_of(&refs))]);
    let lab = TestLab::new();
    // The archive is stored (first write), its first member too; the
    // second member's write fails.
    let flaky = Faulty::new(lab.lab.blobs(), |call| (call == 2).then_some(5));
    let stop = AtomicBool::new(false);
    let (sender, _events) = crossbeam_channel::unbounded();
    let first = lab.try_ingest(dir.path(), &IngestOptions::default(), &stop, &sender, &flaky).unwrap();
    assert_eq!(first.status, Some(RunStatus::Incomplete));
    assert_eq!(lab.counts().files, 10, "the archive and the nine members that were stored");
    let second = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!(second.status, Some(RunStatus::Completed));
    assert_eq!(second.new_occurrences, 1, "only the member that failed is new");
    assert_eq!(lab.counts().files, 11);
    assert!(lab.errors().is_empty());
}

/// A file edited between two ingests is read again and becomes a new
/// occurrence beside the old one; an unchanged file is skipped.
#[test]
fn a_changed_file_becomes_a_new_occurrence() {
    let dir = folder(&[("notes.txt", b"version one"), ("same.txt", b"unchanged")]);
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());
    write_old(dir.path(), "notes.txt", b"version two, longer");
    let second = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!((second.already_done, second.files_processed, second.new_occurrences), (1, 1, 1), "{second:?}");
    let at = lab.contents_at();
    let mut held = at[&("notes.txt".to_string(), String::new())].clone();
    held.sort();
    let mut wanted = vec![Sha256::of(b"version one"), Sha256::of(b"version two, longer")];
    wanted.sort();
    assert_eq!(held, wanted, "both versions were found at notes.txt");
}

/// A file read within seconds of its last change may change again without
/// its size or time showing it (a time kept to the second, or to two on
/// FAT): its content decides, and an edit is caught.
#[test]
fn a_file_read_just_after_its_change_is_checked_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.txt");
    std::fs::write(&path, b"aaaa").unwrap();
    let written = std::fs::metadata(&path).unwrap().modified().unwrap();
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());

    // Unchanged: found so by its content, not read into the lab again.
    let again = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!((again.already_done, again.files_processed, again.new_occurrences), (1, 0, 0), "{again:?}");

    // Same size, same time, other bytes.
    std::fs::write(&path, b"bbbb").unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_times(std::fs::FileTimes::new().set_modified(written)).unwrap();
    drop(file);
    let third = lab.ingest(dir.path(), &IngestOptions::default());
    assert_eq!((third.files_processed, third.new_occurrences), (1, 1), "{third:?}");
    assert!(lab.has_media(&Sha256::of(b"bbbb")));
}

/// Another folder for an existing exhibit is refused, naming both; said to
/// be the same exhibit mounted elsewhere, its changed files are new
/// occurrences and its unchanged ones are skipped.
#[test]
fn another_folder_for_an_exhibit_is_refused_unless_remounted() {
    let a = folder(&[("DCIM/1.jpg", b"same in both"), ("DCIM/2.jpg", b"content in A")]);
    let b = folder(&[("DCIM/1.jpg", b"same in both"), ("DCIM/2.jpg", b"other content in B")]);
    // The same times on both sides, as a copy keeps them.
    age(&b.path().join("DCIM/1.jpg"));
    let lab = TestLab::new();
    lab.ingest(a.path(), &IngestOptions::default());
    let stop = AtomicBool::new(false);
    let (sender, _events) = crossbeam_channel::unbounded();
    let refused = lab.try_ingest(b.path(), &IngestOptions::default(), &stop, &sender, lab.lab.blobs()).unwrap_err();
    match &refused {
        PipelineError::SourceChanged { exhibit, recorded, given } => {
            assert_eq!(exhibit, "laptop-1");
            assert!(recorded.contains(&a.path().file_name().unwrap().to_string_lossy().to_string()), "{recorded}");
            assert!(given.contains(&b.path().file_name().unwrap().to_string_lossy().to_string()), "{given}");
        }
        other => panic!("{other:?}"),
    }
    assert!(refused.to_string().contains("--remounted"), "{refused}");
    assert_eq!(lab.lab.store().runs(lab.exhibit().id).unwrap().len(), 1, "a refused ingest starts no run");

    let remounted = IngestOptions { remounted: true, ..IngestOptions::default() };
    let summary = lab.ingest(b.path(), &remounted);
    assert_eq!((summary.already_done, summary.files_processed, summary.new_occurrences), (1, 1, 1), "{summary:?}");
    let mut held = lab.contents_at()[&("DCIM/2.jpg".to_string(), String::new())].clone();
    held.sort();
    let mut wanted = vec![Sha256::of(b"content in A"), Sha256::of(b"other content in B")];
    wanted.sort();
    assert_eq!(held, wanted);
    let runs = lab.lab.store().runs(lab.exhibit().id).unwrap();
    assert_ne!(runs[0].source_path, runs[1].source_path, "each run records the folder it read");
}

/// Reading an exhibit leaves its files' access times as they were.
#[cfg(target_os = "linux")]
#[test]
fn ingest_leaves_access_times_as_they_were() {
    let dir =
        folder(&[("a.txt", b"some text"), ("b.jpg", &vilab_synth::jpeg_bytes(&vilab_synth::scene(2, 64, 64), 80))]);
    let before: Vec<_> =
        ["a.txt", "b.jpg"].iter().map(|n| std::fs::metadata(dir.path().join(n)).unwrap().accessed().unwrap()).collect();
    let lab = TestLab::new();
    lab.ingest(dir.path(), &IngestOptions::default());
    let after: Vec<_> =
        ["a.txt", "b.jpg"].iter().map(|n| std::fs::metadata(dir.path().join(n)).unwrap().accessed().unwrap()).collect();
    assert_eq!(before, after);
    let recorded = lab.media(&Sha256::of(b"some text")).occurrences[0].occurrence.accessed;
    assert_eq!(recorded, Some(1_700_000_000), "the time recorded is the one before the read");
}
