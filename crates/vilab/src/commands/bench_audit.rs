//! `vilab bench audit`: what the application layer (permission check and
//! audit chain) costs an ingest of the demo seizure, and how fast audit
//! records are appended. A developer's table, in English, for
//! BENCHMARKS.md.

use std::process::ExitCode;

use anyhow::Context;
use vilab_lab::bench::AuditBench;

use crate::cli::BenchAuditArgs;

pub fn run(args: &BenchAuditArgs) -> anyhow::Result<ExitCode> {
    let scratch = tempfile::tempdir().context("creating a temporary folder")?;
    let seizure = scratch.path().join("seizure");
    vilab_synth::generate_seizure(&seizure, &vilab_synth::SeizureSpec::new(args.seed))
        .context("generating the seizure")?;
    let bench = vilab_lab::bench::audit(&seizure, scratch.path(), args.runs.max(1), args.calls, args.appends)?;
    if args.json {
        return super::print_json(&bench);
    }
    let plain = AuditBench::median(&bench.plain_seconds);
    let audited = AuditBench::median(&bench.audited_seconds);
    outln!("| ingest and match of {} files ({} runs each) | median s | runs (s) |", bench.files, args.runs);
    outln!("|---|---|---|");
    outln!("| without the application layer | {plain:.3} | {} |", runs(&bench.plain_seconds));
    outln!("| through vilab-lab (check + audit) | {audited:.3} | {} |", runs(&bench.audited_seconds));
    outln!();
    outln!("overhead: {:+.2} % ({} audit records per ingest)", bench.overhead() * 100.0, bench.records_per_ingest);
    outln!("audited calls (list_hashsets: check + one record): {:.0} per second", bench.audited_calls_per_second);
    outln!("raw audit appends (one transaction each): {:.0} per second", bench.appends_per_second);
    Ok(ExitCode::SUCCESS)
}

fn runs(seconds: &[f64]) -> String {
    seconds.iter().map(|s| format!("{s:.3}")).collect::<Vec<_>>().join(" ")
}
