//! `vilab ingest`: a seized folder into a case.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use vilab_ingest::{IngestOptions, IngestSummary, ingest_folder};
use vilab_store::Lab;

use crate::cli::IngestArgs;
use crate::lab_path;
use crate::messages::{self, ingest as label};
use crate::progress_view::ProgressView;

pub fn run(args: &IngestArgs, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let options = IngestOptions { threads: args.threads, ..IngestOptions::default() };
    let summary = ingest_into(&lab, &args.case, &args.exhibit, &args.path, &options, args.quiet, stop)?;
    if args.json {
        super::print_json(&summary)?;
    } else {
        print_summary(&summary);
    }
    if !summary.interrupted {
        // Every ingest ends with a match of the case: what is known shows at once.
        super::matching::match_after_ingest(&lab, &args.case, args.json)?;
    }
    Ok(if summary.interrupted { ExitCode::from(130) } else { ExitCode::SUCCESS })
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
    let source_text = source.display().to_string();
    let exhibit = store.open_exhibit(case.id, exhibit_name, &source_text)?;
    if exhibit.source_path != source_text {
        eprintln!(
            "note: exhibit '{}' was first ingested from {}; resuming from {}",
            exhibit.name, exhibit.source_path, source_text
        );
    }
    let (view, sender) = ProgressView::start(quiet);
    let result = ingest_folder(store, lab.blobs(), exhibit.id, &source, options, stop, &sender);
    drop(sender);
    view.finish();
    Ok(result?)
}

pub fn print_summary(s: &IngestSummary) {
    println!("{}", label::HEADING);
    println!("{}", messages::line(label::FILES_FOUND, s.files_found));
    println!("{}", messages::line(label::ALREADY_DONE, s.already_done));
    println!("{}", messages::line(label::FILES_PROCESSED, s.files_processed));
    println!("{}", messages::line(label::CONTENTS, s.contents));
    println!("{}", messages::line(label::NEW_MEDIA, s.new_media));
    println!("{}", messages::line(label::NEW_OCCURRENCES, s.new_occurrences));
    println!("{}", messages::line(label::NEW_ERRORS, s.new_errors));
    let secs = s.seconds.max(1e-6);
    println!(
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
    if s.interrupted {
        println!("{}", messages::INGEST_INTERRUPTED);
    }
}
