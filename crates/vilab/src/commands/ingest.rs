//! `vilab ingest`: a seized folder or disk image into a case, then the case's match and
//! triage.

use std::process::ExitCode;

use vilab_lab::ops::ingest::{IngestReport, IngestRequest};
use vilab_lab::types::RunStatus;
use vilab_lab::types::{IngestOptions, IngestSummary, memory_budget_for};

use crate::cli::IngestArgs;
use crate::progress_view::ProgressView;
use crate::signals::Stop;
use crate::ui::{count, labelled};
use crate::{auth, lab_path};

/// Exit status of an ingest that left files to retry.
pub const EXIT_INCOMPLETE: u8 = 3;

pub fn run(args: &IngestArgs, user: Option<&str>, stop: &Stop) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let session = auth::session(&lab, user)?;
    let options = IngestOptions {
        threads: args.threads,
        memory_budget: args.memory_budget.unwrap_or_else(default_memory_budget),
        remounted: args.remounted,
        repair: args.repair,
        ..IngestOptions::default()
    };
    let request = IngestRequest { case: &args.case, exhibit: &args.exhibit, source: &args.path, options };
    let (view, sender) = ProgressView::start(args.quiet || args.json);
    let report = session.ingest(&request, stop.flag(), &sender);
    drop(sender);
    view.finish();
    let report = report?;
    if args.json {
        super::print_shaped(&report)?;
    } else {
        print_report(&report);
    }
    Ok(exit_status(&report.ingest, stop))
}

/// The exit status an ingest ends with.
pub fn exit_status(summary: &IngestSummary, stop: &Stop) -> ExitCode {
    match summary.status {
        Some(RunStatus::Interrupted) => ExitCode::from(stop.exit_status()),
        Some(RunStatus::Incomplete) => ExitCode::from(EXIT_INCOMPLETE),
        _ => ExitCode::SUCCESS,
    }
}

/// A quarter of the machine's memory, where it can be read.
fn default_memory_budget() -> u64 {
    machine_memory().map_or(vilab_lab::types::DEFAULT_MEMORY_BUDGET, memory_budget_for)
}

/// The machine's memory in bytes (Linux: `MemTotal` of `/proc/meminfo`).
pub fn machine_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// The summary, the match and the triage's counts, as text.
pub fn print_report(report: &IngestReport) {
    if let Some(check) = report.image.as_ref().and_then(|c| serde_json::to_value(c).ok()) {
        super::exhibit::print_check(&check);
    }
    if let Some(layout) = report.layout.as_ref().and_then(|l| serde_json::to_value(l).ok()) {
        super::exhibit::print_layout(&layout);
    }
    print_summary(&report.ingest);
    if let Some(matched) = &report.matched {
        super::matching::print_match(matched);
    }
}

pub fn print_summary(s: &IngestSummary) {
    outln!("{}", tr!("ingest-summary-heading"));
    outln!("{}", labelled("ingest-label-files-found", count(s.files_found)));
    outln!("{}", labelled("ingest-label-already-done", count(s.already_done)));
    outln!("{}", labelled("ingest-label-files-processed", count(s.files_processed)));
    outln!("{}", labelled("ingest-label-contents", count(s.contents)));
    outln!("{}", labelled("ingest-label-new-media", count(s.new_media)));
    outln!("{}", labelled("ingest-label-new-occurrences", count(s.new_occurrences)));
    outln!("{}", labelled("ingest-label-new-errors", count(s.new_errors)));
    if s.resolved_errors > 0 {
        outln!("{}", labelled("ingest-label-resolved-errors", count(s.resolved_errors)));
    }
    if s.files_to_retry > 0 {
        outln!("{}", labelled("ingest-label-to-retry", count(s.files_to_retry)));
    }
    let secs = s.seconds.max(1e-6);
    let rate = tr!(
        "ingest-throughput",
        files_per_second = crate::ui::measure(s.files_processed as f64 / secs),
        mb_per_second = crate::ui::measure(s.bytes_processed as f64 / secs / 1e6),
        seconds = crate::ui::measure(s.seconds)
    );
    outln!("{}", labelled("ingest-label-throughput", rate));
    match s.status {
        Some(RunStatus::Interrupted) => outln!("{}", tr!("ingest-interrupted")),
        Some(RunStatus::Incomplete) => outln!("{}", tr!("ingest-incomplete", count = s.files_to_retry)),
        _ => {}
    }
}
