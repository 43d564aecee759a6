//! `vilab bench records`: the word search over victims, offenders,
//! locations and leads at scale, p50 / p95 / p99. A developer's table, in
//! English, for BENCHMARKS.md.

use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use vilab_lab::bench_records::{RecordsBench, fill, measure};

use crate::cli::BenchRecordsArgs;

pub fn run(args: &BenchRecordsArgs) -> anyhow::Result<ExitCode> {
    let scratch = tempfile::tempdir().context("creating a temporary folder")?;
    let dir = scratch.path().join("lab");
    let done = AtomicU64::new(0);
    let started = Instant::now();
    let total = args.leads + args.persons;
    let (lab, password) = std::thread::scope(|scope| {
        let filler = scope.spawn(|| fill(&dir, args.items, args.leads, args.persons, &done));
        while !filler.is_finished() {
            std::thread::sleep(Duration::from_millis(500));
            let n = done.load(Ordering::Relaxed);
            let rate = n as f64 / started.elapsed().as_secs_f64().max(1e-9);
            eprint!("\rfilling: {n} of {total} records ({rate:.0}/s)   ");
        }
        eprintln!();
        filler.join().map_err(|_| anyhow::anyhow!("the fill panicked"))
    })??;
    let fill_seconds = started.elapsed().as_secs_f64();
    eprintln!("measuring...");
    let searches = measure(&lab, &password, args.calls)?;
    let bench = RecordsBench {
        leads: args.leads,
        persons: args.persons,
        database_bytes: std::fs::metadata(dir.join("lab.db")).map(|m| m.len()).unwrap_or(0),
        fill_seconds,
        searches,
    };
    if args.json {
        return super::print_json(&bench);
    }
    outln!(
        "{} leads and {} persons in one case, notes in en, vi, km, lo, th; filled in {:.0} s; database {:.0} MiB",
        bench.leads,
        bench.persons,
        bench.fill_seconds,
        bench.database_bytes as f64 / 1048576.0
    );
    outln!();
    outln!(
        "| search (through vilab-lab: check, query, hits described, audit record) | calls | hits (mean) | p50 ms | p95 ms | p99 ms |"
    );
    outln!("|---|---|---|---|---|---|");
    for s in &bench.searches {
        let l = &s.latency;
        outln!("| {} | {} | {:.1} | {:.2} | {:.2} | {:.2} |", l.call, l.calls, s.mean_hits, l.p50, l.p95, l.p99);
    }
    Ok(ExitCode::SUCCESS)
}
