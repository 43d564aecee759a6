//! User-facing sentences of the command line, kept apart from the logic so
//! that the Khmer, Lao, Thai and Vietnamese translations can replace them
//! in one place.

/// First Ctrl-C.
pub const INTERRUPT_REQUESTED: &str =
    "Stopping after the files in progress (press Ctrl-C again to quit at once). Run the same command again to resume.";
/// SIGTERM or SIGHUP.
pub const TERMINATE_REQUESTED: &str =
    "Asked to terminate: stopping after the files in progress. Run the same command again to resume.";
/// Second Ctrl-C.
pub const INTERRUPT_FORCED: &str = "Stopped at once. What was committed is kept; run the same command again to resume.";
/// After an interrupted ingest.
pub const INGEST_INTERRUPTED: &str = "Ingest interrupted: run the same command again to resume without duplicates.";
/// A hash-set import stopped by Ctrl-C.
pub const IMPORT_INTERRUPTED: &str = "import stopped by Ctrl-C; nothing of it was stored, run the same command again";
/// Progress once the whole file is read and the import is being committed.
pub const IMPORT_FINISHING: &str = "file read; indexing digests and committing";
/// After `vilab init` when the password was generated.
pub const GENERATED_PASSWORD: &str = "Password (shown once, store it now):";
/// After a clean verify.
pub const VERIFY_CLEAN: &str = "Evidence store verified: every blob matches its SHA-256.";
/// After a verify that found problems.
pub const VERIFY_PROBLEMS: &str = "EVIDENCE STORE PROBLEMS FOUND:";

/// A note on an occurrence, in words.
pub fn occurrence_note(note: &vilab_core::model::OccurrenceNote) -> String {
    use vilab_core::model::OccurrenceNote;
    match note {
        OccurrenceNote::DuplicateName { first_index } => {
            format!("another member of this archive, entry {first_index}, has the same name")
        }
        OccurrenceNote::LocalNameDiffers => "the member's local header gives another name".to_string(),
    }
}

/// A transient error a later run resolved.
pub fn resolved_by(run: vilab_store::RunId) -> String {
    format!(" (resolved by run {run})")
}

/// How to restore a lost content from its original.
pub fn repair_hint(r: &vilab_store::RepairSource, lab: &str) -> String {
    format!(
        "  REPAIR   {} was found in case '{}', exhibit '{}', at {}: to restore it, ingest the original again with \
         --repair: vilab ingest --lab {} --case {} --exhibit {} --repair {}",
        r.sha256,
        r.case,
        r.exhibit,
        r.key.display_path(),
        shell_quoted(lab),
        shell_quoted(&r.case),
        shell_quoted(&r.exhibit),
        shell_quoted(&r.source_path)
    )
}

/// `text` quoted for a POSIX shell, so that a command shown can be pasted.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// Temporary files of dead writers, removed.
pub fn stale_temps(t: &vilab_store::StaleTemps) -> String {
    let mut text = format!(
        "  removed {} temporary file(s) of {} bytes left by writes that never finished (a crash or a kill)",
        t.removed.len(),
        t.bytes
    );
    for (path, why) in &t.failed {
        text.push_str(&format!("\n  could not remove {}: {why}", path.display()));
    }
    text
}

/// Runs found dead when the lab was opened.
pub fn aborted_runs(runs: &[vilab_store::RunId]) -> String {
    let list: Vec<String> = runs.iter().map(|r| r.to_string()).collect();
    format!(
        "note: ingest run(s) {} had been left running by a process that ended without finishing (a crash or a \
         kill): marked aborted; run the same ingest again to resume",
        list.join(", ")
    )
}

/// One summary line: a label and a value, aligned.
pub fn line(label: &str, value: impl std::fmt::Display) -> String {
    format!("  {label:<28} {value}")
}

/// Summary labels of an ingest.
pub mod ingest {
    /// Heading.
    pub const HEADING: &str = "Ingest summary";
    /// Files found.
    pub const FILES_FOUND: &str = "files found";
    /// Already done.
    pub const ALREADY_DONE: &str = "already ingested (skipped)";
    /// Files processed.
    pub const FILES_PROCESSED: &str = "files processed";
    /// Contents.
    pub const CONTENTS: &str = "contents (with archive members)";
    /// New media.
    pub const NEW_MEDIA: &str = "new media items";
    /// New occurrences.
    pub const NEW_OCCURRENCES: &str = "new occurrences";
    /// New errors.
    pub const NEW_ERRORS: &str = "new ingest errors";
    /// Throughput.
    pub const THROUGHPUT: &str = "throughput";
    /// Earlier transient errors now resolved.
    pub const RESOLVED_ERRORS: &str = "earlier errors resolved";
    /// Files to retry.
    pub const TO_RETRY: &str = "files to retry";
}

/// After an ingest that left files to retry.
pub fn ingest_incomplete(files: u64) -> String {
    format!(
        "Ingest INCOMPLETE: {files} file(s) could not be read or stored (see `vilab media errors`: a failing disk, \
         a full evidence store, memory). Nothing of them is counted as done: fix the cause and run the same command \
         again; it retries exactly those files."
    )
}

/// After `vilab law compare --output`.
pub fn law_written(path: &std::path::Path) -> String {
    format!("written: {}", path.display())
}

/// After `vilab law import`.
pub fn law_imported(
    name: &str,
    id: i64,
    records: usize,
    replaced: &[(String, vilab_law::Criterion)],
    added: &[(String, vilab_law::Criterion)],
) -> String {
    let list = |items: &[(String, vilab_law::Criterion)]| {
        if items.is_empty() {
            "none".to_string()
        } else {
            items.iter().map(|(j, c)| format!("{j} {c}")).collect::<Vec<_>>().join(", ")
        }
    };
    format!(
        "imported {name} as import {id}: {records} sources, instruments and provisions; \
         values replaced (the old ones kept in the history): {}; values added: {}",
        list(replaced),
        list(added)
    )
}

/// `vilab law imports` in a lab with none.
pub const LAW_NO_IMPORTS: &str = "no imports: the matrix is the bundled facts alone";

/// The heading of `vilab law imports`.
pub fn law_imports_heading() -> String {
    format!("{:>4}  {:<20}  {:>9}  {:<64}  {}", "id", "imported at", "bytes", "sha256", "name")
}

/// One import in `vilab law imports`.
pub fn law_import_line(id: i64, imported_at: &str, size: usize, sha256: &str, name: &str) -> String {
    format!("{id:>4}  {imported_at:<20}  {size:>9}  {sha256:<64}  {name}")
}

/// `vilab law imports remove` of an id the lab does not hold.
pub fn law_import_unknown(id: i64, ids: &[i64]) -> String {
    let held = if ids.is_empty() {
        "it has none".to_string()
    } else {
        format!("its imports: {}", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
    };
    format!("no law import with id {id} in this lab ({held}; see `vilab law imports`)")
}

/// A removal refused because a later import does not apply without it.
pub fn law_import_needed(id: i64, name: &str, later: i64, later_name: &str) -> String {
    format!(
        "import {id} ({name}) is not removed: import {later} ({later_name}) no longer applies without it; \
         remove import {later} first"
    )
}

/// After `vilab law imports remove`.
pub fn law_import_removed(id: i64, name: &str, remaining: &[i64]) -> String {
    if remaining.is_empty() {
        format!("removed import {id} ({name}); the matrix is now the bundled facts alone")
    } else if let [only] = remaining {
        format!("removed import {id} ({name}); the matrix now applies import {only} alone")
    } else {
        let ids: Vec<String> = remaining.iter().map(i64::to_string).collect();
        format!("removed import {id} ({name}); the matrix now applies imports {} in that order", ids.join(", "))
    }
}

/// After `vilab hashset import`.
pub fn hashset_imported(set: &vilab_store::model::Hashset) -> String {
    format!("imported hash set {} ({} entries, profile {}, format {})", set.name, set.entries, set.profile, set.format)
}

/// Labels of a match and a triage.
pub mod matching {
    /// Heading of a match.
    pub const HEADING: &str = "Match";
    /// Exact matches.
    pub const EXACT: &str = "exact hash-set matches";
    /// PDQ matches in hash sets.
    pub const NEAR_KNOWN: &str = "PDQ hash-set matches";
    /// PDQ matches in other cases.
    pub const NEAR_OTHER: &str = "PDQ matches in other cases";
    /// Images probed.
    pub const PROBED: &str = "images probed";
    /// Heading of a triage.
    pub const TRIAGE: &str = "Triage (proposals only; a reviewer's decision is never overwritten)";
    /// Items linked to other cases.
    pub const LINKED: &str = "also in other cases";
}
