//! `vilab verify`: re-hashes the evidence store and checks that every blob
//! the database refers to is present.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use crate::cli::VerifyArgs;
use crate::{lab_path, messages};

pub fn run(args: &VerifyArgs, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let lab = lab_path::open(&args.lab)?;
    let started = Instant::now();
    let mut last = Instant::now();
    let quiet = args.quiet;
    let report = lab.verify(stop, &mut |p| {
        if !quiet && last.elapsed().as_secs() >= 2 {
            last = Instant::now();
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            eprintln!("verify: {}/{} blobs, {:.1} MB/s", p.checked, p.total, p.bytes as f64 / secs / 1e6);
        }
    })?;
    if args.json {
        super::print_json(&report)?;
    } else {
        let b = &report.blobs;
        outln!("{}", messages::line("blobs checked", b.checked));
        outln!("{}", messages::line("bytes hashed", b.bytes));
        if !b.stale_temps.is_empty() {
            outln!("{}", messages::stale_temps(&b.stale_temps));
        }
        if report.is_clean() && !b.stopped {
            outln!("{}", messages::VERIFY_CLEAN);
        } else {
            outln!("{}", messages::VERIFY_PROBLEMS);
            for c in &b.corrupt {
                outln!("  CORRUPT  {}  expected {}  actual {}", c.path.display(), c.expected, c.actual);
            }
            for u in &b.unreadable {
                outln!("  UNREADABLE  {}  {}", u.path.display(), u.reason);
            }
            for s in &b.stray {
                outln!("  STRAY  {}", s.display());
            }
            for m in &report.missing {
                outln!("  MISSING  {m}");
            }
            for r in &report.repair_from {
                outln!("{}", messages::repair_hint(r, &lab.dir().display().to_string()));
            }
            if b.stopped {
                outln!("  (stopped before the end)");
            }
        }
    }
    Ok(if report.is_clean() && !report.blobs.stopped { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
