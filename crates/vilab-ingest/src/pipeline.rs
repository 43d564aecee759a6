//! The ingest pipeline for a folder exhibit: walk, skip what an earlier run
//! recorded, process the rest on every core, and commit file by file.
//!
//! Workers (a rayon pool) write contents to the evidence store themselves,
//! since blobs are content-addressed and idempotent; records go through a
//! bounded channel to one writer, which commits them in batches. A content
//! is therefore in the evidence store before any row refers to it, and a
//! file's records land in one transaction or not at all.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossbeam_channel::{Sender, bounded};
use rayon::prelude::*;
use vilab_core::model::{ErrorStage, MediaKind, OccurrenceKey};
use vilab_core::{DigestsBuilder, Sha256};
use vilab_store::{BlobStore, ExhibitId, IngestBatch, RunCounters, RunId, RunOutcome, RunStatus, Store};

use crate::archive::{ArchiveBudget, walk_zip};
use crate::content::{Collected, ContentContext, Times, bare_record};
use crate::walk::{FileEntry, walk_folder};
use crate::{IngestOptions, PipelineError, ProgressEvent};

/// What one ingest run did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct IngestSummary {
    /// Regular files found under the root.
    pub files_found: u64,
    /// Files skipped because an earlier run had recorded them.
    pub already_done: u64,
    /// Files processed by this run.
    pub files_processed: u64,
    /// Bytes of the processed files.
    pub bytes_processed: u64,
    /// Contents seen (files plus archive members).
    pub contents: u64,
    /// Media items new to the lab.
    pub new_media: u64,
    /// Occurrences new to the lab.
    pub new_occurrences: u64,
    /// Error rows new to the lab.
    pub new_errors: u64,
    /// Whether the run was stopped before the end (run it again to resume).
    pub interrupted: bool,
    /// Wall time of the run, seconds.
    pub seconds: f64,
}

/// How long the writer waits before committing a partial batch, so that
/// progress is durable even when files are slow.
const COMMIT_INTERVAL: Duration = Duration::from_millis(500);

/// Ingests the folder `root` as exhibit `exhibit`. Returns when every file
/// is recorded or, if `stop` was set, when the files in progress are done;
/// in both cases everything recorded is committed.
pub fn ingest_folder(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: ExhibitId,
    root: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<IngestSummary, PipelineError> {
    let started = Instant::now();
    let meta =
        std::fs::metadata(root).map_err(|e| PipelineError::Root { path: root.to_path_buf(), reason: e.to_string() })?;
    if !meta.is_dir() {
        return Err(PipelineError::Root { path: root.to_path_buf(), reason: "not a folder".into() });
    }
    let run = store.start_run(exhibit)?;
    let (files, walk_problems) = walk_folder(root);
    let done = store.done_keys(exhibit)?;
    let files_found = files.len() as u64;
    let pending: Vec<FileEntry> = files.into_iter().filter(|f| !done.contains(&top_key(&f.rel_path))).collect();
    let mut summary =
        IngestSummary { files_found, already_done: files_found - pending.len() as u64, ..IngestSummary::default() };
    let _ = progress.send(ProgressEvent::Planned {
        files: pending.len() as u64,
        bytes: pending.iter().map(|f| f.size).sum(),
        already_done: summary.already_done,
    });

    let first = Collected {
        errors: walk_problems.into_iter().filter(|p| !done.contains(&p.key)).collect(),
        ..Collected::default()
    };

    let analyzed = Mutex::new(HashSet::<Sha256>::new());
    let ctx = ContentContext { blobs, options, analyzed: &analyzed, stop };
    let (sender, receiver) = bounded::<(Collected, u64)>(64);
    let writer_failed = AtomicBool::new(false);
    let threads = options.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("vilab-ingest-{i}"))
        .build()
        .map_err(|e| PipelineError::Root { path: root.to_path_buf(), reason: format!("cannot start workers: {e}") })?;

    let write_result = std::thread::scope(|scope| {
        let workers = scope.spawn(|| {
            pool.install(|| {
                pending.par_iter().with_max_len(1).for_each_with(sender, |sender, file| {
                    if stop.load(Ordering::Relaxed) || writer_failed.load(Ordering::Relaxed) {
                        return;
                    }
                    let collected = process_file(&ctx, file);
                    // A stop inside an archive leaves it half walked: drop it
                    // whole, so that the next run does it again from the start.
                    if stop.load(Ordering::Relaxed) && is_archive_outcome(&collected) {
                        return;
                    }
                    let _ = progress.send(ProgressEvent::FileDone {
                        bytes: file.size,
                        errors: collected.errors.len() as u64,
                        contents: collected.occurrences.len() as u64,
                    });
                    let _ = sender.send((collected, file.size));
                });
            });
        });

        let mut batch = first;
        let mut batch_files = 0u64;
        let mut batch_bytes = 0u64;
        let mut last_commit = Instant::now();
        let mut result = Ok(());
        loop {
            let next = receiver.recv_timeout(COMMIT_INTERVAL);
            let closed = matches!(next, Err(crossbeam_channel::RecvTimeoutError::Disconnected));
            if let Ok((collected, bytes)) = next {
                batch_files += 1;
                batch_bytes += bytes;
                batch.media.extend(collected.media);
                batch.occurrences.extend(collected.occurrences);
                batch.errors.extend(collected.errors);
            }
            let due = batch.len() >= options.batch_size || last_commit.elapsed() >= COMMIT_INTERVAL || closed;
            if due && !batch.is_empty() && result.is_ok() {
                summary.contents += batch.occurrences.len() as u64;
                match commit(store, exhibit, run, std::mem::take(&mut batch)) {
                    Ok(outcome) => {
                        summary.new_media += outcome.new_media;
                        summary.new_occurrences += outcome.new_occurrences;
                        summary.new_errors += outcome.new_errors;
                        summary.files_processed += batch_files;
                        summary.bytes_processed += batch_bytes;
                    }
                    Err(e) => {
                        writer_failed.store(true, Ordering::Relaxed);
                        result = Err(e);
                    }
                }
                batch_files = 0;
                batch_bytes = 0;
                last_commit = Instant::now();
            }
            if closed {
                break;
            }
        }
        let _ = workers.join();
        result
    });

    summary.interrupted = stop.load(Ordering::Relaxed) && summary.files_processed < pending.len() as u64;
    summary.seconds = started.elapsed().as_secs_f64();
    let status = match (&write_result, summary.interrupted) {
        (Err(_), _) => RunStatus::Failed,
        (Ok(()), true) => RunStatus::Interrupted,
        (Ok(()), false) => RunStatus::Completed,
    };
    let counters = RunCounters {
        files_seen: summary.files_processed,
        files_skipped: summary.already_done,
        bytes_read: summary.bytes_processed,
        new_media: summary.new_media,
        new_occurrences: summary.new_occurrences,
        errors: summary.new_errors,
    };
    let note = match (&write_result, summary.interrupted) {
        (Err(e), _) => Some(e.to_string()),
        (Ok(()), true) => Some("stopped on request".to_string()),
        (Ok(()), false) => None,
    };
    store.finish_run(run, &RunOutcome { status, counters, note })?;
    write_result?;
    Ok(summary)
}

fn commit(
    store: &dyn Store,
    exhibit: ExhibitId,
    run: RunId,
    collected: Collected,
) -> Result<vilab_store::BatchOutcome, PipelineError> {
    let batch = IngestBatch {
        exhibit,
        run: Some(run),
        media: collected.media,
        occurrences: collected.occurrences,
        errors: collected.errors,
    };
    Ok(store.write_batch(&batch)?)
}

fn top_key(rel_path: &str) -> OccurrenceKey {
    OccurrenceKey { path: rel_path.to_string(), archive_path: String::new() }
}

fn is_archive_outcome(collected: &Collected) -> bool {
    collected.occurrences.iter().any(|o| !o.key.archive_path.is_empty())
        || collected.media.iter().any(|m| m.kind == MediaKind::Zip)
}

/// Everything one top-level file yields.
fn process_file(ctx: &ContentContext<'_>, file: &FileEntry) -> Collected {
    let key = top_key(&file.rel_path);
    let times = Times { modified: file.modified, accessed: file.accessed, created: file.created };
    let mut out = Collected::default();
    let mut budget = ArchiveBudget::new(ctx.options.max_archive_expanded);
    if file.size > ctx.options.max_in_memory {
        process_large_file(ctx, file, &key, times, &mut budget, &mut out);
        return out;
    }
    match std::fs::read(&file.abs_path) {
        Ok(bytes) => ctx.process_bytes(&key, &bytes, times, 0, &mut budget, &mut out),
        Err(e) => out.error(&key, ErrorStage::Read, format!("cannot read {}: {e}", file.abs_path.display()), None),
    }
    out
}

/// A file too large to hold in memory: digested while it streams into the
/// evidence store, never decoded; a large zip is still walked from disk.
fn process_large_file(
    ctx: &ContentContext<'_>,
    file: &FileEntry,
    key: &OccurrenceKey,
    times: Times,
    budget: &mut ArchiveBudget,
    out: &mut Collected,
) {
    let open = || File::open(&file.abs_path);
    let result = open().map(|f| {
        let mut reader = DigestingReader { inner: f, digests: DigestsBuilder::new(), head: Vec::new() };
        let stored = ctx.blobs.put_stream(&mut reader);
        (stored, reader)
    });
    let (stored, reader) = match result {
        Ok(pair) => pair,
        Err(e) => {
            out.error(key, ErrorStage::Read, format!("cannot read {}: {e}", file.abs_path.display()), None);
            return;
        }
    };
    let digests = reader.digests.finish();
    if let Err(e) = stored {
        out.error(key, ErrorStage::Store, e.to_string(), Some(digests.sha256));
        return;
    }
    let kind = vilab_media::detect_kind(&reader.head);
    if kind == MediaKind::Zip {
        match open() {
            Ok(f) => walk_zip(ctx, key, digests.sha256, std::io::BufReader::new(f), 1, budget, out),
            Err(e) => out.error(key, ErrorStage::Read, format!("cannot reopen archive: {e}"), Some(digests.sha256)),
        }
    } else if kind.is_image() {
        out.error(
            key,
            ErrorStage::Decode,
            format!(
                "image of {} bytes exceeds the in-memory limit of {}: not decoded",
                digests.size, ctx.options.max_in_memory
            ),
            Some(digests.sha256),
        );
    }
    out.media.push(bare_record(digests, kind));
    out.occurrences.push(times.occurrence(key, &digests));
}

/// Feeds everything read through it to the three digests, and keeps the
/// first bytes for kind detection.
struct DigestingReader<R> {
    inner: R,
    digests: DigestsBuilder,
    head: Vec<u8>,
}

impl<R: Read> Read for DigestingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.digests.update(&buf[..n]);
        if self.head.len() < 4096 {
            let take = n.min(4096 - self.head.len());
            self.head.extend_from_slice(&buf[..take]);
        }
        Ok(n)
    }
}
