//! The ingest pipeline for any exhibit reader (a folder, a disk image):
//! list, skip what an earlier run finished, process the rest on every
//! core, and commit as it goes.
//!
//! Workers (a rayon pool) write contents to the evidence store themselves,
//! since blobs are content-addressed and idempotent; records go through a
//! bounded channel to one writer, which makes the blobs durable and then
//! commits the records in batches. A content is therefore durable in the
//! evidence store before any row refers to it.
//!
//! What counts as done: a file is done when it was read whole, stored, and
//! met no transient error (a failed read or write, a full disk, memory);
//! only then does the ledger record it, in the transaction of its last
//! records. Errors of the content itself (it does not decode, the archive
//! is corrupt) are final and do not keep a file from being done. A run
//! whose files hit transient errors ends [`RunStatus::Incomplete`], and the
//! next run tries them again; records already written are never written
//! twice (the store's keys make every write idempotent).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crossbeam_channel::{Sender, bounded};
use rayon::prelude::*;
use sha2::Digest as _;
use vilab_core::Sha256;
use vilab_core::model::{IngestErrorCode, OccurrenceKey};
use vilab_store::{BlobStore, DoneFile, Exhibit, IngestBatch, RunCounters, RunId, RunOutcome, RunStatus, Store};

use crate::archive::ArchiveBudget;
use crate::budget::MemoryBudget;
use crate::content::{Collected, ContentContext, Place, Times};
use crate::exhibit::{Content, ExhibitReader};
use crate::onepass::{self, Opener, Todo};
use crate::walk::FolderReader;
use crate::{IngestOptions, PipelineError, ProgressEvent};

/// What one ingest run did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct IngestSummary {
    /// The run.
    pub run: i64,
    /// How it ended.
    pub status: Option<RunStatus>,
    /// Regular files found under the root.
    pub files_found: u64,
    /// Files skipped because an earlier run had finished them unchanged.
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
    /// Files left not done by a transient error: the next run retries them.
    pub files_to_retry: u64,
    /// Transient errors of earlier runs whose files are now done.
    pub resolved_errors: u64,
    /// Files (archives) whose walk a stop cut short: the next run resumes them.
    pub files_cut_short: u64,
    /// Whether the run was stopped before the end (run it again to resume).
    pub interrupted: bool,
    /// Most memory the budget granted at once, bytes.
    pub peak_granted: u64,
    /// Wall time of the run, seconds.
    pub seconds: f64,
}

/// How long the writer waits before committing a partial batch, so that
/// progress is durable even when files are slow.
const COMMIT_INTERVAL: Duration = Duration::from_millis(500);

/// What a worker sends the writer.
enum Chunk {
    /// Records of a large archive, sent as its walk goes.
    Part(Collected),
    /// The last records of one file and how it ended.
    Last(Collected, FileEnd),
}

/// How one file ended.
struct FileEnd {
    /// Its size on disk.
    bytes: u64,
    /// Its ledger row, when it is done.
    done: Option<DoneFile>,
    /// Whether it was found unchanged by its content (a file in doubt).
    unchanged: bool,
    /// Whether a stop cut its walk short (an archive): the next run resumes it.
    cut_short: bool,
}

/// What the ledger says of a file found now.
enum Ledger<'a> {
    /// Done and unchanged by size and time: skip it.
    Done,
    /// Done with this size, but its time cannot tell (unknown, changed, or
    /// too close to its read): its content decides.
    InDoubt(&'a [DoneFile]),
    /// New or changed.
    ToDo,
}

fn ledger_says<'a>(done: &'a HashMap<Vec<u8>, Vec<DoneFile>>, file: &Content, repair: bool) -> Ledger<'a> {
    let Some(rows) = done.get(&file.ledger_path) else {
        return Ledger::ToDo;
    };
    if repair {
        return Ledger::ToDo;
    }
    if rows.iter().any(|d| d.same_as(file.size, file.modified, file.modified_nanos)) {
        return Ledger::Done;
    }
    if rows.iter().any(|d| d.size == file.size && d.sha256.is_some()) { Ledger::InDoubt(rows) } else { Ledger::ToDo }
}

/// The source folder as recorded: its bytes, escaped where not UTF-8.
pub fn source_text(root: &Path) -> String {
    vilab_core::name::escape_utf8(root.as_os_str().as_encoded_bytes())
}

/// Ingests the folder `root` as `exhibit`. Returns when every file is
/// recorded or, if `stop` was set, when the files in progress are done; in
/// both cases everything recorded is committed. `root` should be the
/// canonical path: a root other than the one the exhibit was first
/// ingested from is refused unless [`IngestOptions::remounted`] says it is
/// the same exhibit mounted elsewhere.
pub fn ingest_folder(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: &Exhibit,
    root: &Path,
    options: &IngestOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<IngestSummary, PipelineError> {
    let meta =
        std::fs::metadata(root).map_err(|e| PipelineError::Root { path: root.to_path_buf(), reason: e.to_string() })?;
    if !meta.is_dir() {
        return Err(PipelineError::Root { path: root.to_path_buf(), reason: "not a folder".into() });
    }
    let source = source_text(root);
    if exhibit.source_path != source && !options.remounted {
        return Err(PipelineError::SourceChanged {
            exhibit: exhibit.name.clone(),
            recorded: exhibit.source_path.clone(),
            given: source,
        });
    }
    let mut reader = FolderReader::new(root);
    ingest_exhibit(store, blobs, exhibit, &mut reader, &source, options, stop, progress)
}

/// Ingests what `reader` yields as `exhibit`, recording `source` (what
/// was read: a folder, an image file) with the run. Returns when every
/// content is recorded or, if `stop` was set, when the contents in
/// progress are done; in both cases everything recorded is committed, and
/// the same call resumes without duplicates.
#[allow(clippy::too_many_arguments)]
pub fn ingest_exhibit(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: &Exhibit,
    reader: &mut dyn ExhibitReader,
    source: &str,
    options: &IngestOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<IngestSummary, PipelineError> {
    let started = Instant::now();
    let run = store.start_run(exhibit.id, source)?;
    let result = run_ingest(store, blobs, exhibit, run, reader, options, stop, progress);
    let (mut summary, write_result) = match result {
        Ok(pair) => pair,
        Err(e) => {
            let outcome =
                RunOutcome { status: RunStatus::Failed, counters: RunCounters::default(), note: Some(e.to_string()) };
            let _ = store.finish_run(run, &outcome);
            return Err(e);
        }
    };
    summary.seconds = started.elapsed().as_secs_f64();
    let status = match (&write_result, summary.interrupted, summary.files_to_retry) {
        (Err(_), _, _) => RunStatus::Failed,
        (Ok(()), true, _) => RunStatus::Interrupted,
        (Ok(()), false, 0) => RunStatus::Completed,
        (Ok(()), false, _) => RunStatus::Incomplete,
    };
    summary.status = Some(status);
    let counters = RunCounters {
        files_seen: summary.files_processed,
        files_skipped: summary.already_done,
        bytes_read: summary.bytes_processed,
        new_media: summary.new_media,
        new_occurrences: summary.new_occurrences,
        errors: summary.new_errors,
        files_to_retry: summary.files_to_retry,
    };
    let note = write_result.as_ref().err().map(|e| e.to_string());
    store.finish_run(run, &RunOutcome { status, counters, note })?;
    write_result?;
    Ok(summary)
}

/// The run itself, between its start and its end in the store.
#[allow(clippy::too_many_arguments)]
fn run_ingest(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: &Exhibit,
    run: RunId,
    reader: &mut dyn ExhibitReader,
    options: &IngestOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
) -> Result<(IngestSummary, Result<(), PipelineError>), PipelineError> {
    let (files, walk_problems) = reader.list();
    let reader: &dyn ExhibitReader = reader;
    let mut done: HashMap<Vec<u8>, Vec<DoneFile>> = HashMap::new();
    for row in store.done_files(exhibit.id)? {
        done.entry(row.path.clone()).or_default().push(row);
    }
    let files_found = files.len() as u64;
    let mut pending = Vec::new();
    for file in &files {
        match ledger_says(&done, file, options.repair) {
            Ledger::Done => {}
            Ledger::InDoubt(rows) => pending.push((file, rows)),
            Ledger::ToDo => pending.push((file, &[][..])),
        }
    }
    let walk_transient = walk_problems.iter().filter(|p| p.transient).count() as u64;
    let mut summary = IngestSummary {
        run: run.0,
        files_found,
        already_done: files_found - pending.len() as u64,
        files_to_retry: walk_transient,
        ..IngestSummary::default()
    };
    let _ = progress.send(ProgressEvent::Planned {
        files: pending.len() as u64,
        bytes: pending.iter().map(|(f, _)| f.size).sum(),
        already_done: summary.already_done,
    });

    let first = Collected { errors: walk_problems, ..Collected::default() };
    let seen = Mutex::new(HashSet::<Sha256>::new());
    let budget = MemoryBudget::new(options.memory_budget);
    let (sender, receiver) = bounded::<Chunk>(64);
    let writer_failed = AtomicBool::new(false);
    // Contents the pass found (carved items) and of those, the ones the
    // ledger had done.
    let late_found = AtomicU64::new(0);
    let late_done = AtomicU64::new(0);
    let discovery_cut = AtomicBool::new(false);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .thread_name(|i| format!("vilab-ingest-{i}"))
        .build()
        .map_err(|e| PipelineError::Workers { reason: e.to_string() })?;

    let write_result = std::thread::scope(|scope| {
        let workers = scope.spawn(|| {
            // One content, read through `open`, recorded and sent to the
            // writer.
            let handle = |sender: &Sender<Chunk>, file: &Content, doubt: &[DoneFile], open: &Opener<'_>| {
                let parts = sender.clone();
                let flush = move |part: Collected| {
                    let _ = parts.send(Chunk::Part(part));
                };
                let ctx = ContentContext { blobs, options, seen: &seen, stop, budget: &budget, flush: &flush };
                let (collected, end) = process_file(&ctx, open, file, doubt);
                let _ = progress.send(ProgressEvent::FileDone {
                    bytes: file.size,
                    errors: collected.errors.len() as u64,
                    contents: collected.occurrences.len() as u64,
                });
                let _ = sender.send(Chunk::Last(collected, end));
            };
            let halt = || stop.load(Ordering::Relaxed) || writer_failed.load(Ordering::Relaxed);
            match reader.medium() {
                Some(medium) => {
                    let plan: Vec<Todo> = pending
                        .iter()
                        .map(|(file, doubt)| Todo { handle: file.handle, size: file.size, reopen: !doubt.is_empty() })
                        .collect();
                    let open = |i: usize| reader.open(pending[i].0);
                    let work = |i: usize, open: &Opener<'_>| {
                        let (file, doubt) = pending[i];
                        handle(&sender, file, doubt, open);
                    };
                    let threads = options.threads.unwrap_or_else(|| pool.current_num_threads());
                    onepass::run(medium, &plan, threads, &open, &halt, progress, &work);
                    if !halt() {
                        // What the pass found (a disk's carved items): the
                        // ledger decides as for the listed contents, then
                        // each is read by its place.
                        let (found, problems) = reader.discovered();
                        let _ = sender.send(Chunk::Part(Collected { errors: problems, ..Collected::default() }));
                        let mut more = Vec::new();
                        for file in &found {
                            match ledger_says(&done, file, options.repair) {
                                Ledger::Done => {
                                    late_done.fetch_add(1, Ordering::Relaxed);
                                }
                                Ledger::InDoubt(rows) => more.push((file, rows)),
                                Ledger::ToDo => more.push((file, &[][..])),
                            }
                        }
                        late_found.fetch_add(found.len() as u64, Ordering::Relaxed);
                        let _ = progress.send(ProgressEvent::Found {
                            files: more.len() as u64,
                            bytes: more.iter().map(|(f, _)| f.size).sum(),
                            already_done: (found.len() - more.len()) as u64,
                        });
                        pool.install(|| {
                            more.par_iter().with_max_len(1).for_each_with(sender.clone(), |sender, (file, doubt)| {
                                if halt() {
                                    return;
                                }
                                handle(sender, file, doubt, &|| reader.open(file));
                            });
                        });
                    } else {
                        // What the pass would have found is not known: the
                        // run cannot count as complete.
                        discovery_cut.store(true, Ordering::Relaxed);
                    }
                    drop(sender);
                }
                None => pool.install(|| {
                    pending.par_iter().with_max_len(1).for_each_with(sender, |sender, (file, doubt)| {
                        if halt() {
                            return;
                        }
                        handle(sender, file, doubt, &|| reader.open(file));
                    });
                }),
            }
        });

        let mut batch = first;
        let mut ends: Vec<FileEnd> = Vec::new();
        let mut last_commit = Instant::now();
        let mut result = Ok(());
        loop {
            let next = receiver.recv_timeout(COMMIT_INTERVAL);
            let closed = matches!(next, Err(crossbeam_channel::RecvTimeoutError::Disconnected));
            match next {
                Ok(Chunk::Part(mut part)) => {
                    let _ = progress.send(ProgressEvent::Members {
                        contents: part.occurrences.len() as u64,
                        errors: part.errors.len() as u64,
                    });
                    part.drain_into(&mut batch);
                }
                Ok(Chunk::Last(mut last, end)) => {
                    last.drain_into(&mut batch);
                    ends.push(end);
                }
                Err(_) => {}
            }
            let due = batch.len() >= options.batch_size || last_commit.elapsed() >= COMMIT_INTERVAL || closed;
            if due && (!batch.is_empty() || !ends.is_empty()) && result.is_ok() {
                let files_done: Vec<DoneFile> = ends.iter().filter_map(|e| e.done.clone()).collect();
                summary.contents += batch.occurrences.len() as u64;
                match commit(store, blobs, exhibit, run, std::mem::take(&mut batch), files_done) {
                    Ok(outcome) => {
                        summary.new_media += outcome.new_media;
                        summary.new_occurrences += outcome.new_occurrences;
                        summary.new_errors += outcome.new_errors;
                        summary.resolved_errors += outcome.resolved_errors;
                        for end in ends.drain(..) {
                            if end.unchanged {
                                summary.already_done += 1;
                            } else if end.cut_short {
                                summary.files_cut_short += 1;
                            } else {
                                summary.files_processed += 1;
                                summary.bytes_processed += end.bytes;
                                summary.files_to_retry += u64::from(end.done.is_none());
                            }
                        }
                    }
                    Err(e) => {
                        writer_failed.store(true, Ordering::Relaxed);
                        result = Err(e);
                    }
                }
                last_commit = Instant::now();
            }
            if closed {
                break;
            }
        }
        let _ = workers.join();
        result
    });

    summary.files_found += late_found.load(Ordering::Relaxed);
    summary.already_done += late_done.load(Ordering::Relaxed);
    let files_found = summary.files_found;
    let finished = summary.files_processed + summary.already_done;
    summary.interrupted = stop.load(Ordering::Relaxed)
        && (finished < files_found || summary.files_cut_short > 0 || discovery_cut.load(Ordering::Relaxed));
    summary.peak_granted = budget.peak();
    Ok((summary, write_result))
}

fn commit(
    store: &dyn Store,
    blobs: &dyn BlobStore,
    exhibit: &Exhibit,
    run: RunId,
    collected: Collected,
    files_done: Vec<DoneFile>,
) -> Result<vilab_store::BatchOutcome, PipelineError> {
    if !collected.media.is_empty() {
        // Every blob these rows name must be durable before they are.
        blobs.sync()?;
    }
    let batch = IngestBatch {
        exhibit: exhibit.id,
        run: Some(run),
        media: collected.media,
        occurrences: collected.occurrences,
        errors: collected.errors,
        files_done,
    };
    Ok(store.write_batch(&batch)?)
}

/// Everything one top-level content yields, and how it ended.
fn process_file(
    ctx: &ContentContext<'_>,
    open: &Opener<'_>,
    file: &Content,
    doubt: &[DoneFile],
) -> (Collected, FileEnd) {
    let key = OccurrenceKey::file(file.path.clone());
    let times = Times { modified: file.modified, accessed: file.accessed, created: file.created };
    let place = Place { key: key.clone(), times, notes: Vec::new(), disk: file.disk.clone() };
    let mut out = Collected::default();
    let checked_at = vilab_store::now_unix();
    let mut end = FileEnd { bytes: file.size, done: None, unchanged: false, cut_short: false };
    let mut reader = match open() {
        Ok(reader) => reader,
        Err(e) => {
            out.read_failed(&key, IngestErrorCode::OpenFailed, &e, None);
            return (out, end);
        }
    };
    if !doubt.is_empty() {
        match content_hash(&mut reader) {
            Ok(sha256) if doubt.iter().any(|d| d.sha256 == Some(sha256) && d.size == file.size) => {
                end.unchanged = true;
                end.done = Some(done_row(file, Some(sha256), checked_at));
                return (out, end);
            }
            Ok(_) => {}
            Err(e) => {
                out.read_failed(&key, IngestErrorCode::ReadFailed, &e, None);
                return (out, end);
            }
        }
        // Read again from the start: the content was not the one done.
        reader = match open() {
            Ok(reader) => reader,
            Err(e) => {
                out.read_failed(&key, IngestErrorCode::OpenFailed, &e, None);
                return (out, end);
            }
        };
    }
    let budget = ArchiveBudget::new(ctx.options.max_archive_expanded);
    let stored = ctx.process_stream(&place, &mut reader, file.size, 0, &budget, &mut out).map(|d| d.sha256);
    end.cut_short = out.cut_short;
    if stored.is_some() && !out.has_transient() && !out.cut_short {
        end.done = Some(done_row(file, stored, checked_at));
    }
    (out, end)
}

fn done_row(file: &Content, sha256: Option<Sha256>, checked_at: i64) -> DoneFile {
    DoneFile {
        path: file.ledger_path.clone(),
        size: file.size,
        modified: file.modified,
        modified_nanos: file.modified_nanos,
        sha256,
        checked_at,
    }
}

/// The SHA-256 of what `reader` yields.
fn content_hash(reader: &mut dyn Read) -> std::io::Result<Sha256> {
    let mut hasher = sha2::Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => return Ok(Sha256(hasher.finalize().into())),
            Ok(n) => hasher.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}
