//! `vilab ingest`: a seized folder into a case.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use vilab_ingest::{IngestOptions, IngestSummary, ingest_folder, memory_budget_for};
use vilab_store::{Lab, RunStatus};

use crate::cli::IngestArgs;
use crate::lab_path;
use crate::messages::{self, ingest as label};
use crate::progress_view::ProgressView;
use crate::signals::Stop;

/// Exit status of an ingest that left files to retry.
pub const EXIT_INCOMPLETE: u8 = 3;

pub fn run(args: &IngestArgs, stop: &Stop) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let options = IngestOptions {
        threads: args.threads,
        memory_budget: args.memory_budget.unwrap_or_else(default_memory_budget),
        remounted: args.remounted,
        repair: args.repair,
        ..IngestOptions::default()
    };
    let summary = ingest_into(&lab, &args.case, &args.exhibit, &args.path, &options, args.quiet, stop.flag())?;
    if args.json {
        super::print_json(&summary)?;
    } else {
        print_summary(&summary);
    }
    if !summary.interrupted {
        // Every ingest ends with a match of the case: what is known shows at
        // once. (With --json only the ingest's summary is printed; the match
        // is stored, and `vilab triage --json` shows it.)
        super::matching::match_after_ingest(&lab, &args.case, args.json)?;
    }
    Ok(match summary.status {
        Some(RunStatus::Interrupted) => ExitCode::from(stop.exit_status()),
        Some(RunStatus::Incomplete) => ExitCode::from(EXIT_INCOMPLETE),
        _ => ExitCode::SUCCESS,
    })
}

/// A quarter of the machine's memory, where it can be read.
fn default_memory_budget() -> u64 {
    machine_memory().map_or(vilab_ingest::options::DEFAULT_MEMORY_BUDGET, memory_budget_for)
}

/// The machine's memory in bytes (Linux: `MemTotal` of `/proc/meminfo`).
pub fn machine_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// Runs one ingest with a progress display; shared with `vilab demo`.
pub fn ingest_into(
    lab: &Lab,
    case_name: &str,
    exhibit_name: &str,
    path: &std::path::Path,
    options: &IngestOptions,
    quiet: bool,
    stop: &AtomicBool,
) -> anyhow::Result<IngestSummary> {
    let store = lab.store();
    let case = store
        .case_by_name(case_name)?
        .with_context(|| format!("no case '{case_name}' in this lab (create it with `vilab case create`)"))?;
    let source = std::fs::canonicalize(path).with_context(|| format!("cannot open {}", path.display()))?;
    let exhibit = store.open_exhibit(case.id, exhibit_name, &vilab_ingest::pipeline::source_text(&source))?;
    let (view, sender) = ProgressView::start(quiet);
    let result = ingest_folder(store, lab.blobs(), &exhibit, &source, options, stop, &sender);
    drop(sender);
    view.finish();
    Ok(result?)
}

pub fn print_summary(s: &IngestSummary) {
    outln!("{}", label::HEADING);
    outln!("{}", messages::line(label::FILES_FOUND, s.files_found));
    outln!("{}", messages::line(label::ALREADY_DONE, s.already_done));
    outln!("{}", messages::line(label::FILES_PROCESSED, s.files_processed));
    outln!("{}", messages::line(label::CONTENTS, s.contents));
    outln!("{}", messages::line(label::NEW_MEDIA, s.new_media));
    outln!("{}", messages::line(label::NEW_OCCURRENCES, s.new_occurrences));
    outln!("{}", messages::line(label::NEW_ERRORS, s.new_errors));
    if s.resolved_errors > 0 {
        outln!("{}", messages::line(label::RESOLVED_ERRORS, s.resolved_errors));
    }
    if s.files_to_retry > 0 {
        outln!("{}", messages::line(label::TO_RETRY, s.files_to_retry));
    }
    let secs = s.seconds.max(1e-6);
    outln!(
        "{}",
        messages::line(
            label::THROUGHPUT,
            format!(
                "{:.1} files/s, {:.1} MB/s ({:.1} s)",
                s.files_processed as f64 / secs,
                s.bytes_processed as f64 / secs / 1e6,
                s.seconds
            )
        )
    );
    match s.status {
        Some(RunStatus::Interrupted) => outln!("{}", messages::INGEST_INTERRUPTED),
        Some(RunStatus::Incomplete) => outln!("{}", messages::ingest_incomplete(s.files_to_retry)),
        _ => {}
    }
}
