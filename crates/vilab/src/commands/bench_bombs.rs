//! `vilab bench bombs`: decompression bombs just under the pixel limit
//! (vilab-synth's `bombs`), several copies each, ingested on many workers,
//! once within a memory budget and once without one, in the same process;
//! the table gives the peak resident memory of each run beside the budget.

use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vilab_lab::ops::ingest::IngestRequest;
use vilab_lab::types::IngestOptions;

use crate::cli::BenchBombsArgs;

#[derive(Serialize)]
struct RunResult {
    run: String,
    threads: usize,
    budget_bytes: Option<u64>,
    files: u64,
    peak_rss_bytes: u64,
    peak_granted_bytes: u64,
    seconds: f64,
    decoded: u64,
    not_decoded: u64,
}

#[derive(Serialize)]
struct Report {
    bombs: Vec<(String, usize)>,
    machine_memory_bytes: Option<u64>,
    runs: Vec<RunResult>,
}

pub fn run(args: &BenchBombsArgs) -> anyhow::Result<ExitCode> {
    let scratch = tempfile::tempdir().context("creating a temporary folder")?;
    let base = args.dir.clone().unwrap_or_else(|| scratch.path().to_path_buf());
    let seized = base.join("seized");
    std::fs::create_dir_all(&seized)?;
    let bombs: Vec<_> = vilab_synth::bombs::all()?.into_iter().filter(|b| b.name != "jpeg-exif-ascii").collect();
    let mut listed = Vec::new();
    for bomb in &bombs {
        for copy in 0..args.copies {
            // Each copy differs by a trailing byte, so that each is decoded.
            let mut bytes = bomb.bytes.clone();
            bytes.push(copy as u8);
            std::fs::write(seized.join(format!("{}-{copy}.bin", bomb.name)), bytes)?;
        }
        listed.push((bomb.name.to_string(), bomb.bytes.len()));
    }
    let mut runs = Vec::new();
    runs.push(measure(&base, &seized, "within the budget", args.threads, Some(args.budget))?);
    if !args.skip_unbounded {
        runs.push(measure(&base, &seized, "no budget (as before)", args.threads, None)?);
    }
    let report = Report { bombs: listed, machine_memory_bytes: super::ingest::machine_memory(), runs };
    if args.json {
        super::print_json(&report)?;
    } else {
        print_table(&report);
    }
    Ok(ExitCode::SUCCESS)
}

fn measure(dir: &Path, seized: &Path, label: &str, threads: usize, budget: Option<u64>) -> anyhow::Result<RunResult> {
    let lab_dir = dir.join(format!("lab-{}", budget.map_or("none".to_string(), |b| b.to_string())));
    let (lab, password) = vilab_lab::bench::scratch_lab(&lab_dir)?;
    let analyst = lab.authenticate("analyst", &password, "bench")?;
    analyst.create_case("BOMBS")?;
    let options =
        IngestOptions { threads: Some(threads), memory_budget: budget.unwrap_or(u64::MAX), ..IngestOptions::default() };
    let request = IngestRequest { case: "BOMBS", exhibit: "bombs", source: seized, options };
    reset_peak_rss();
    let started = Instant::now();
    let (sender, receiver) = crossbeam_channel::unbounded();
    let drain = std::thread::spawn(move || receiver.iter().count());
    let summary = analyst.ingest(&request, &AtomicBool::new(false), &sender)?.ingest;
    drop(sender);
    let _ = drain.join();
    let seconds = started.elapsed().as_secs_f64();
    let peak = peak_rss().context("reading VmHWM from /proc/self/status")?;
    let counts = analyst.case_view("BOMBS")?.counts;
    let images = counts.by_kind.iter().filter(|(k, _)| k.is_image()).map(|(_, n)| *n).sum::<u64>();
    Ok(RunResult {
        run: label.to_string(),
        threads,
        budget_bytes: budget,
        files: summary.files_processed,
        peak_rss_bytes: peak,
        peak_granted_bytes: summary.peak_granted,
        seconds,
        decoded: counts.images_decoded,
        not_decoded: images - counts.images_decoded,
    })
}

/// Resets this process's peak resident set to its current one (Linux:
/// `5` written to `/proc/self/clear_refs`), so that each run is measured
/// on its own.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The peak resident set of this process since the last reset, bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn mib(bytes: u64) -> String {
    format!("{:.0} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn print_table(report: &Report) {
    let names: Vec<&str> = report.bombs.iter().map(|(n, _)| n.as_str()).collect();
    outln!("bombs: {}", names.join(", "));
    if let Some(m) = report.machine_memory_bytes {
        outln!("machine memory: {}", mib(m));
    }
    outln!(
        "{:<24} {:>7} {:>10} {:>6} {:>12} {:>13} {:>8} {:>8} {:>12}",
        "run",
        "threads",
        "budget",
        "files",
        "peak RSS",
        "peak granted",
        "seconds",
        "decoded",
        "not decoded"
    );
    for r in &report.runs {
        outln!(
            "{:<24} {:>7} {:>10} {:>6} {:>12} {:>13} {:>8.1} {:>8} {:>12}",
            r.run,
            r.threads,
            r.budget_bytes.map_or("none".to_string(), mib),
            r.files,
            mib(r.peak_rss_bytes),
            mib(r.peak_granted_bytes),
            r.seconds,
            r.decoded,
            r.not_decoded
        );
    }
}
