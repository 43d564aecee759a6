//! `vilab bench review`: the review lab's calls at a million items, p50 /
//! p95 / p99, and renditions per second. A developer's table, in English,
//! for BENCHMARKS.md.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use vilab_lab::bench_review::{ReviewBench, fill, measure, renditions, thumbnail_ids};

use crate::cli::BenchReviewArgs;

pub fn run(args: &BenchReviewArgs) -> anyhow::Result<ExitCode> {
    let scratch = tempfile::tempdir().context("creating a temporary folder")?;
    let dir = args.dir.clone().unwrap_or_else(|| scratch.path().join("lab"));
    let done = AtomicU64::new(0);
    let started = Instant::now();
    // A lab this command filled before (its password kept beside it) is
    // measured again without filling it again; encrypted since (`vilab lab
    // encrypt`), it is unlocked as any command unlocks a lab, which gives
    // the grid's latency on an encrypted lab beside the plain one.
    let kept = dir.join("bench-password");
    if let (true, Ok(password)) = (dir.join("lab.db").is_file(), std::fs::read_to_string(&kept)) {
        let lab = crate::lab_path::open_dir(&dir)?;
        return report(args, &dir, lab, password.trim(), 0.0);
    }
    let (lab, password) = std::thread::scope(|scope| {
        let filler = scope.spawn(|| fill(&dir, args.items, args.thumbnails, &done));
        while !filler.is_finished() {
            std::thread::sleep(Duration::from_millis(500));
            let n = done.load(Ordering::Relaxed);
            let rate = n as f64 / started.elapsed().as_secs_f64().max(1e-9);
            eprint!("\rfilling: {n} of {} items ({rate:.0}/s)   ", args.items);
        }
        eprintln!();
        filler.join().map_err(|_| anyhow::anyhow!("the fill panicked"))
    })??;
    let fill_seconds = started.elapsed().as_secs_f64();
    if args.dir.is_some() {
        std::fs::write(&kept, &password).context("keeping the bench lab's password")?;
    }
    report(args, &dir, lab, &password, fill_seconds)
}

fn report(
    args: &BenchReviewArgs,
    dir: &std::path::Path,
    lab: vilab_lab::Lab,
    password: &str,
    fill_seconds: f64,
) -> anyhow::Result<ExitCode> {
    let database_bytes = std::fs::metadata(dir.join("lab.db")).map(|m| m.len()).unwrap_or(0);
    eprintln!("measuring...");
    let latencies = measure(&lab, password, args.items, args.calls)?;
    let sample = thumbnail_ids(args.items, args.thumbnails);
    let (served, made) = renditions(&lab, password, &sample, args.threads)?;
    let bench = ReviewBench {
        items: args.items,
        fill_seconds,
        database_bytes,
        latencies,
        renditions_per_second: served,
        renditions_made_per_second: made,
        threads: args.threads,
    };
    let http = if args.http {
        eprintln!("measuring over HTTP...");
        let sample: Vec<i64> = sample.iter().map(|id| id.0).collect();
        Some(vilab_server::bench::measure(lab, "analyst", password, args.items, args.calls, &sample, args.threads)?)
    } else {
        None
    };
    if args.json {
        #[derive(serde::Serialize)]
        struct Both<'a> {
            #[serde(flatten)]
            app: &'a ReviewBench,
            http: &'a Option<vilab_server::bench::HttpBench>,
        }
        return super::print_json(&Both { app: &bench, http: &http });
    }
    outln!(
        "{} items in one case; filled in {:.0} s (0: filled before); database {:.0} MiB",
        bench.items,
        bench.fill_seconds,
        bench.database_bytes as f64 / 1048576.0
    );
    outln!();
    latency_table("through vilab-lab: check, query, audit record", &bench.latencies);
    outln!();
    outln!(
        "masked renditions on {} threads: {:.0}/s served (each made once, then from the cache), {:.0}/s made",
        bench.threads,
        bench.renditions_per_second,
        bench.renditions_made_per_second
    );
    if let Some(http) = &http {
        outln!();
        latency_table("over HTTP on loopback: request to last byte", &http.latencies);
        outln!();
        outln!(
            "masked renditions over HTTP on {} connections: {:.0}/s (each made once before, then from the cache)",
            http.connections,
            http.renditions_per_second
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// One Markdown table of latencies, `how` they were timed in its header.
fn latency_table(how: &str, latencies: &[vilab_lab::bench_review::Latency]) {
    outln!("| call ({how}) | calls | p50 ms | p95 ms | p99 ms |");
    outln!("|---|---|---|---|---|");
    for l in latencies {
        outln!("| {} | {} | {:.2} | {:.2} | {:.2} |", l.call, l.calls, l.p50, l.p95, l.p99);
    }
}
