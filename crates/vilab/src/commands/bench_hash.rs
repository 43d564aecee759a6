//! `vilab bench hash`: the full per-image ingest work (read, digests,
//! decode, PDQ with dihedral variants, EXIF, thumbnail) on generated 1 MP
//! and 12 MP JPEGs, split by stage, beside Meta's reference PDQ as a Python
//! user runs it (pdqhash fed by Pillow), on the same files in the same run.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::Context;
use cpu_time::ThreadTime;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use vilab_core::{Digests, PdqHash};
use vilab_media::decode::{DEFAULT_MAX_PIXELS, decode_rgb};
use vilab_media::{AnalyzeOptions, StageTimes, analyze, analyze::pdq_of};

use crate::cli::BenchHashArgs;

/// The peer's script, embedded so that the benchmark runs from any folder.
const REFERENCE_SCRIPT: &str = include_str!("../../../../bench/pdq_reference.py");

/// Sizes measured: (label, width, height).
const SIZES: [(&str, u32, u32); 2] = [("1 MP", 1152, 864), ("12 MP", 4000, 3000)];

#[derive(Serialize, Default)]
struct SizeResult {
    label: String,
    files: usize,
    mean_file_bytes: u64,
    vilab_cpu_images_per_s: f64,
    vilab_all_cores_images_per_s: f64,
    cores: usize,
    stage_ms: Vec<(String, f64)>,
    vilab_exact_pdq_images_per_s: f64,
    fast_vs_exact_mean_bits: f64,
    fast_vs_exact_max_bits: u32,
    fast_vs_reference_mean_bits: Option<f64>,
    fast_vs_reference_max_bits: Option<u32>,
    exact_vs_reference_mean_bits: Option<f64>,
    exact_vs_reference_max_bits: Option<u32>,
    peer_plain_images_per_s: Option<f64>,
    peer_draft_images_per_s: Option<f64>,
    peer_reference_images_per_s: Option<f64>,
    peer_note: Option<String>,
}

pub fn run(args: &BenchHashArgs) -> anyhow::Result<ExitCode> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("vilab-bench-hash-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let script = dir.join("pdq_reference.py");
    std::fs::write(&script, REFERENCE_SCRIPT)?;
    let mut results = Vec::new();
    for (i, (label, w, h)) in SIZES.iter().enumerate() {
        eprintln!("bench hash: generating {} {label} JPEGs ({w}x{h}) in {}", args.images, dir.display());
        let files = generate(&dir, label, *w, *h, args.images, i as u64)?;
        eprintln!("bench hash: measuring vilab on {label}");
        let (mut result, hashes) = measure_vilab(label, &files)?;
        if args.python != "none" {
            eprintln!("bench hash: measuring the reference (pdqhash + Pillow) on {label}");
            peer(&args.python, &script, &files, &hashes, &mut result);
        }
        results.push(result);
    }
    if args.json {
        super::print_json(&results)?;
    } else {
        print_table(&results);
    }
    Ok(ExitCode::SUCCESS)
}

fn generate(dir: &Path, label: &str, w: u32, h: u32, n: usize, size_index: u64) -> anyhow::Result<Vec<PathBuf>> {
    let tag = label.replace(' ', "").to_lowercase();
    (0..n)
        .into_par_iter()
        .map(|i| {
            let path = dir.join(format!("bench-{tag}-{i:03}.jpg"));
            if !path.exists() {
                let bytes = vilab_synth::benchmark_jpeg(1000 * size_index + i as u64, w, h);
                std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
            }
            Ok(path)
        })
        .collect()
}

/// vilab's stored (fast-path) and exact-path PDQ of each file.
struct VilabHashes {
    fast: Vec<PdqHash>,
    exact: Vec<PdqHash>,
}

/// Per-image work on one thread in CPU time, then on every core in wall time.
fn measure_vilab(label: &str, files: &[PathBuf]) -> anyhow::Result<(SizeResult, VilabHashes)> {
    let options = AnalyzeOptions::default();
    // One untimed pass warms the page cache and the lazily built tables.
    full_work(&files[0], &options)?;

    let mut stages = StageTimes::default();
    let (mut read, mut digest) = (Duration::ZERO, Duration::ZERO);
    let mut fast_hashes = Vec::new();
    let mut bytes_total = 0u64;
    let cpu = ThreadTime::now();
    for path in files {
        let work = full_work(path, &options)?;
        read += work.read;
        digest += work.digest;
        stages += work.stages;
        bytes_total += work.bytes;
        fast_hashes.push(work.pdq);
    }
    let cpu_secs = cpu.elapsed().as_secs_f64();

    let wall = Instant::now();
    let rounds = 2;
    for _ in 0..rounds {
        files.par_iter().try_for_each(|p| full_work(p, &options).map(drop))?;
    }
    let all_cores = (rounds * files.len()) as f64 / wall.elapsed().as_secs_f64();

    let cpu = ThreadTime::now();
    let mut exact_hashes = Vec::new();
    for path in files {
        let bytes = std::fs::read(path)?;
        let image = decode_rgb(&bytes, vilab_media::detect_kind(&bytes), DEFAULT_MAX_PIXELS)?;
        exact_hashes.push(pdq_of(&image)?.hashes[0]);
    }
    let exact_secs = cpu.elapsed().as_secs_f64();

    let n = files.len() as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0 / n;
    let (mean, max) = distances(&fast_hashes, &exact_hashes);
    let result = SizeResult {
        label: label.to_string(),
        files: files.len(),
        mean_file_bytes: bytes_total / files.len() as u64,
        vilab_cpu_images_per_s: n / cpu_secs,
        vilab_all_cores_images_per_s: all_cores,
        cores: rayon::current_num_threads(),
        stage_ms: vec![
            ("read".into(), ms(read)),
            ("digests".into(), ms(digest)),
            ("exif".into(), ms(stages.exif)),
            ("decode".into(), ms(stages.decode)),
            ("pdq+dihedral".into(), ms(stages.pdq)),
            ("thumbnail".into(), ms(stages.thumbnail)),
        ],
        vilab_exact_pdq_images_per_s: n / exact_secs,
        fast_vs_exact_mean_bits: mean,
        fast_vs_exact_max_bits: max,
        ..SizeResult::default()
    };
    Ok((result, VilabHashes { fast: fast_hashes, exact: exact_hashes }))
}

struct Work {
    read: Duration,
    digest: Duration,
    stages: StageTimes,
    bytes: u64,
    pdq: PdqHash,
}

/// Exactly what ingest does per image, minus the store writes.
fn full_work(path: &Path, options: &AnalyzeOptions) -> anyhow::Result<Work> {
    let t = ThreadTime::now();
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let read = t.elapsed();
    let t = ThreadTime::now();
    let digests = Digests::of(&bytes);
    let digest = t.elapsed();
    let analysis = analyze(&bytes, options);
    anyhow::ensure!(analysis.problems.is_empty(), "{}: {:?}", path.display(), analysis.problems);
    let pdq = analysis.pdq.context("no PDQ")?.hashes[0];
    std::hint::black_box((&digests, &analysis.thumbnail));
    Ok(Work { read, digest, stages: analysis.times, bytes: digests.size, pdq })
}

fn distances(a: &[PdqHash], b: &[PdqHash]) -> (f64, u32) {
    let d: Vec<u32> = a.iter().zip(b).map(|(x, y)| x.distance(y)).collect();
    let mean = d.iter().sum::<u32>() as f64 / d.len().max(1) as f64;
    (mean, d.into_iter().max().unwrap_or(0))
}

/// Runs the Python reference on the same files and fills the peer columns.
fn peer(python: &str, script: &Path, files: &[PathBuf], vilab: &VilabHashes, result: &mut SizeResult) {
    let output = Command::new(python).arg(script).arg("--json").arg("--no-digests").args(files).output();
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            result.peer_note = Some(format!("{python} not runnable: {e}"));
            return;
        }
    };
    let parsed: Value = match serde_json::from_slice(&output.stdout) {
        Ok(v) => v,
        Err(e) => {
            result.peer_note = Some(format!(
                "no JSON from the reference script ({e}); stderr: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
            return;
        }
    };
    if let Some(err) = parsed.get("error") {
        result.peer_note = Some(format!("{err} ({})", parsed.get("hint").and_then(Value::as_str).unwrap_or("")));
        return;
    }
    let rate = |mode: &str| parsed["modes"][mode]["images_per_s"].as_f64();
    result.peer_plain_images_per_s = rate("plain");
    result.peer_draft_images_per_s = rate("draft");
    result.peer_reference_images_per_s = rate("reference");
    let reference: Vec<Option<PdqHash>> = parsed["results"]
        .as_array()
        .map(|rows| {
            rows.iter().map(|r| r["reference"]["pdq"].as_str().and_then(|h| PdqHash::from_hex(h).ok())).collect()
        })
        .unwrap_or_default();
    let Some(reference) = reference.into_iter().collect::<Option<Vec<_>>>() else {
        result.peer_note = Some("the reference script returned no hash for some files".into());
        return;
    };
    let (m, x) = distances(&vilab.fast, &reference);
    result.fast_vs_reference_mean_bits = Some(m);
    result.fast_vs_reference_max_bits = Some(x);
    let (m, x) = distances(&vilab.exact, &reference);
    result.exact_vs_reference_mean_bits = Some(m);
    result.exact_vs_reference_max_bits = Some(x);
}

fn print_table(results: &[SizeResult]) {
    outln!(
        "| size | files (mean bytes) | vilab full work, images/s per core (CPU) | vilab, images/s on {} cores (wall) | reference (a) plain | reference (b) draft | vilab / (a) | vilab / (b) |",
        results.first().map_or(0, |r| r.cores)
    );
    outln!("|---|---|---|---|---|---|---|---|");
    for r in results {
        let f = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.2}"));
        let ratio =
            |peer: Option<f64>| peer.map_or("-".to_string(), |p| format!("{:.1}x", r.vilab_cpu_images_per_s / p));
        outln!(
            "| {} | {} ({:.2} MB) | {:.2} | {:.2} | {} | {} | {} | {} |",
            r.label,
            r.files,
            r.mean_file_bytes as f64 / 1e6,
            r.vilab_cpu_images_per_s,
            r.vilab_all_cores_images_per_s,
            f(r.peer_plain_images_per_s),
            f(r.peer_draft_images_per_s),
            ratio(r.peer_plain_images_per_s),
            ratio(r.peer_draft_images_per_s),
        );
    }
    outln!();
    outln!("Stage split of vilab's per-image work (ms of one core per image):");
    outln!();
    let header: Vec<&str> =
        results.first().map(|r| r.stage_ms.iter().map(|(s, _)| s.as_str()).collect()).unwrap_or_default();
    outln!("| size | {} | total |", header.join(" | "));
    outln!("|---|{}---|", "---|".repeat(header.len()));
    for r in results {
        let cells: Vec<String> = r.stage_ms.iter().map(|(_, v)| format!("{v:.1}")).collect();
        let total: f64 = r.stage_ms.iter().map(|(_, v)| v).sum();
        outln!("| {} | {} | {total:.1} |", r.label, cells.join(" | "));
    }
    outln!();
    outln!("PDQ distances (bits):");
    outln!();
    outln!(
        "| size | vilab fast vs vilab exact (mean / max) | vilab fast vs reference CLI | vilab exact vs reference CLI | vilab exact path, images/s | reference CLI path (pdqhash + 512 resize), images/s |"
    );
    outln!("|---|---|---|---|---|---|");
    for r in results {
        let pair = |m: Option<f64>, x: Option<u32>| match (m, x) {
            (Some(m), Some(x)) => format!("{m:.2} / {x}"),
            _ => "-".into(),
        };
        outln!(
            "| {} | {:.2} / {} | {} | {} | {:.2} | {} |",
            r.label,
            r.fast_vs_exact_mean_bits,
            r.fast_vs_exact_max_bits,
            pair(r.fast_vs_reference_mean_bits, r.fast_vs_reference_max_bits),
            pair(r.exact_vs_reference_mean_bits, r.exact_vs_reference_max_bits),
            r.vilab_exact_pdq_images_per_s,
            r.peer_reference_images_per_s.map_or("-".into(), |v| format!("{v:.2}")),
        );
    }
    for r in results {
        if let Some(note) = &r.peer_note {
            outln!();
            outln!("reference side skipped for {}: {note}", r.label);
        }
    }
}
