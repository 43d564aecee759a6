//! `vilab bench crypt`: what encryption at rest costs, side by side in one
//! run: ingest of the demo seizure (and, with `--big N`, of N 12 MP
//! photos), `verify`, and the import of a generated hash set, into plain
//! and encrypted scratch labs. A developer's table, in English, for
//! BENCHMARKS.md.

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context;
use vilab_lab::bench_crypt::{CryptBench, median};

use crate::cli::BenchCryptArgs;

pub fn run(args: &BenchCryptArgs) -> anyhow::Result<ExitCode> {
    let scratch = tempfile::tempdir().context("creating a temporary folder")?;
    let seizure = scratch.path().join("seizure");
    vilab_synth::generate_seizure(&seizure, &vilab_synth::SeizureSpec::new(args.seed))
        .context("generating the seizure")?;
    let big = scratch.path().join("big");
    std::fs::create_dir_all(&big).context("creating the 12 MP set's folder")?;
    for i in 0..args.big {
        let jpeg = vilab_synth::benchmark_jpeg(args.seed + i, 4000, 3000);
        std::fs::write(big.join(format!("photo-{i:03}.jpg")), jpeg).context("writing the 12 MP set")?;
    }
    let hashset = scratch.path().join("hashes.txt");
    write_md5_list(&hashset, args.hashset_entries, args.seed).context("writing the hash set")?;
    let runs = args.runs.max(1);
    let labs = scratch.path().join("labs");
    let before_verify = || if args.cold { drop_page_cache() } else { Ok(()) };
    let demo = vilab_lab::bench_crypt::crypt(&seizure, &hashset, args.hashset_entries, &labs, runs, &before_verify)?;
    let photos = if args.big > 0 {
        Some(vilab_lab::bench_crypt::crypt(&big, &hashset, args.hashset_entries, &labs, runs, &before_verify)?)
    } else {
        None
    };
    if args.json {
        return super::print_json(&serde_json::json!({ "demo": demo, "photos": photos }));
    }
    outln!("| {runs} runs each, medians | plain s | encrypted s | encrypted throughput |");
    outln!("|---|---|---|---|");
    let cache = if args.cold { "cold" } else { "warm" };
    rows(
        &format!("demo seizure ({} files, {:.1} MB stored)", demo.files, demo.stored_bytes as f64 / 1e6),
        &demo,
        true,
        cache,
    );
    if let Some(p) = &photos {
        rows(&format!("{} photos of 12 MP ({:.1} MB)", args.big, p.stored_bytes as f64 / 1e6), p, false, cache);
    }
    Ok(ExitCode::SUCCESS)
}

/// Table rows; the hash-set import once (it does not depend on the seizure).
fn rows(what: &str, b: &CryptBench, with_import: bool, cache: &str) {
    let row = |label: String, plain: &[f64], enc: &[f64]| {
        let (p, e) = (median(plain), median(enc));
        outln!("| {label} | {p:.3} | {e:.3} | {:.2}x |", p / e.max(1e-9));
    };
    row(format!("ingest + match, {what}"), &b.plain.ingest, &b.encrypted.ingest);
    row(format!("verify ({cache} page cache), {what}"), &b.plain.verify, &b.encrypted.verify);
    if with_import {
        row(format!("hash-set import ({} MD5 lines)", b.hashset_entries), &b.plain.import, &b.encrypted.import);
    }
}

/// A list of `n` distinct pseudo-random MD5s, one per line.
fn write_md5_list(path: &std::path::Path, n: u64, seed: u64) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    for i in 0..n {
        // splitmix64, twice: 128 bits per line, distinct by the counter.
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let (a, b) = (next(), next() ^ i);
        writeln!(out, "{a:016x}{b:016x}")?;
    }
    out.flush()
}

/// Writes dirty pages out and empties the page cache (Linux, as root), so
/// that the next read comes from the disk.
fn drop_page_cache() -> std::io::Result<()> {
    let status = std::process::Command::new("sync").status()?;
    if !status.success() {
        return Err(std::io::Error::other("sync failed"));
    }
    std::fs::write("/proc/sys/vm/drop_caches", b"1")
        .map_err(|e| std::io::Error::new(e.kind(), format!("emptying the page cache (/proc/sys/vm/drop_caches): {e}")))
}
