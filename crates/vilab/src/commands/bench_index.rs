//! `vilab bench index`: the PDQ index (`vilab-index`) on N generated codes,
//! uniform and clustered, with planted neighbours and decoys, beside a
//! linear scan and FAISS's binary indexes (bench/index_faiss.py) on the same
//! codes and lookups in the same run.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::Context;
use cpu_time::{ProcessTime, ThreadTime};
use serde::Serialize;
use serde_json::Value;
use vilab_index::{Code, IndexConfig, Match, PdqIndex, scan};

use crate::cli::BenchIndexArgs;

/// The peer's script, embedded so that the benchmark runs from any folder.
const FAISS_SCRIPT: &str = include_str!("../../../../bench/index_faiss.py");

/// One lookup's ground truth: a neighbour planted at `distance` from probe
/// `variant`, and a decoy 32-40 bits from the same probe.
#[derive(Clone, Copy)]
struct Planted {
    id: u32,
    distance: u32,
    variant: u32,
    decoy: u32,
}

struct DataSet {
    name: String,
    codes: Vec<Code>,
    lookups: Vec<[Code; 8]>,
    planted: Vec<Planted>,
}

#[derive(Serialize, Default, Clone)]
struct Row {
    method: String,
    build_wall_s: Option<f64>,
    build_cpu_s: Option<f64>,
    bytes_per_hash: Option<f64>,
    rss_bytes_per_hash: Option<f64>,
    lookups_per_s: f64,
    lookups: usize,
    batch_lookups_per_s: Option<f64>,
    recall: f64,
    decoys_returned: usize,
    agrees_with_scan: Option<String>,
}

#[derive(Serialize)]
struct DataSetResult {
    data_set: String,
    n: usize,
    radius: u32,
    rows: Vec<Row>,
    faiss_note: Option<String>,
    faiss_version: Option<String>,
}

pub fn run(args: &BenchIndexArgs) -> anyhow::Result<ExitCode> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("vilab-bench-index-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let script = dir.join("index_faiss.py");
    std::fs::write(&script, FAISS_SCRIPT)?;
    let mut results = Vec::new();
    for name in args.datasets.split(',') {
        eprintln!("bench index: generating {name}: {} codes, {} lookups", args.n, args.queries);
        let data = generate(name, args.n, args.queries, args.seed)?;
        let mut rows = Vec::new();
        let scan_results = scan_row(&data, args.radius, args.scan_queries, &mut rows);
        for &id_bits in &args.id_bits {
            eprintln!("bench index: vilab-index id_bits {id_bits} on {name}");
            rows.push(index_row(&data, args.radius, id_bits, &scan_results)?);
        }
        let mut result = DataSetResult {
            data_set: name.to_string(),
            n: args.n,
            radius: args.radius,
            rows,
            faiss_note: None,
            faiss_version: None,
        };
        if args.skip_faiss || args.python == "none" {
            result.faiss_note = Some("skipped (--skip-faiss)".into());
        } else {
            write_files(&dir, &data)?;
            drop(data);
            eprintln!("bench index: FAISS on {name} (build on one thread; MultiHash 8x32 takes minutes at 10M)");
            faiss(args, &script, &dir, &mut result);
        }
        results.push(result);
    }
    if args.json {
        super::print_json(&results)?;
    } else {
        print_tables(&results);
    }
    Ok(ExitCode::SUCCESS)
}

/// SplitMix64: reproducible data sets from `--seed`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }
    fn code(&mut self) -> Code {
        [self.next(), self.next(), self.next(), self.next()]
    }
    /// `base` with exactly `d` distinct bits flipped.
    fn near(&mut self, base: &Code, d: u32) -> Code {
        let mut out = *base;
        let mut flipped = 0;
        while flipped < d {
            let bit = self.below(256) as usize;
            if (out[bit / 64] ^ base[bit / 64]) >> (bit % 64) & 1 == 0 {
                out[bit / 64] ^= 1 << (bit % 64);
                flipped += 1;
            }
        }
        out
    }
}

/// `uniform`: n random codes. `clustered`: n/10 random centres, each with
/// nine near copies 1-20 bits away, as collections of re-encoded, resized
/// and cropped copies look. Each lookup has eight random probes (an image's
/// dihedral hashes are about 128 bits apart); in the clustered set the
/// matching probe is itself a near copy of a stored centre, so its buckets
/// hold that whole cluster. Planted per lookup, at random ids: a neighbour
/// at distance `lookup % 32` (0..=31) from probe `lookup % 8`, and a decoy
/// at 32..=40 from the same probe.
fn generate(name: &str, n: usize, queries: usize, seed: u64) -> anyhow::Result<DataSet> {
    anyhow::ensure!(n >= 2 * queries + 10, "--n must be at least twice --queries");
    let mut rng = Rng(seed ^ name.len() as u64);
    let clustered = match name {
        "uniform" => false,
        "clustered" => true,
        other => anyhow::bail!("unknown data set {other:?} (uniform, clustered)"),
    };
    let mut codes = Vec::with_capacity(n);
    if clustered {
        while codes.len() < n {
            let centre = rng.code();
            codes.push(centre);
            for _ in 0..9 {
                if codes.len() < n {
                    let d = 1 + rng.below(20) as u32;
                    codes.push(rng.near(&centre, d));
                }
            }
        }
        // Copies sit at random ids, as in a store filled over time.
        for i in (1..n).rev() {
            codes.swap(i, rng.below(i as u64 + 1) as usize);
        }
    } else {
        codes.extend((0..n).map(|_| rng.code()));
    }
    let mut lookups = Vec::with_capacity(queries);
    let mut planted = Vec::with_capacity(queries);
    let mut used = std::collections::HashSet::new();
    let mut fresh_id = |rng: &mut Rng| loop {
        let id = rng.below(n as u64) as u32;
        if used.insert(id) {
            return id;
        }
    };
    for q in 0..queries {
        let mut probes: [Code; 8] = std::array::from_fn(|_| rng.code());
        let variant = (q % 8) as u32;
        if clustered {
            let centre = codes[rng.below(n as u64) as usize];
            let d = 1 + rng.below(20) as u32;
            probes[variant as usize] = rng.near(&centre, d);
        }
        let distance = (q % 32) as u32;
        let id = fresh_id(&mut rng);
        codes[id as usize] = rng.near(&probes[variant as usize], distance);
        let decoy = fresh_id(&mut rng);
        let dd = 32 + rng.below(9) as u32;
        codes[decoy as usize] = rng.near(&probes[variant as usize], dd);
        lookups.push(probes);
        planted.push(Planted { id, distance, variant, decoy });
    }
    Ok(DataSet { name: name.to_string(), codes, lookups, planted })
}

/// Whether one lookup's matches have the planted neighbour (at its distance
/// and variant) and whether they have the decoy.
fn check(matches: &[Match], p: &Planted) -> (bool, bool) {
    let found = matches.iter().any(|m| m.id == p.id && m.distance == p.distance && m.dihedral as u32 == p.variant);
    (found, matches.iter().any(|m| m.id == p.decoy))
}

/// The linear scan over the first `queries` lookups; its results are the
/// oracle the index rows are compared with.
fn scan_row(data: &DataSet, radius: u32, queries: usize, rows: &mut Vec<Row>) -> Vec<Vec<Match>> {
    let queries = queries.min(data.lookups.len());
    eprintln!("bench index: linear scan, {queries} lookups on {}", data.name);
    let cpu = ThreadTime::now();
    let results: Vec<Vec<Match>> = data.lookups[..queries].iter().map(|p| scan(&data.codes, 0, p, radius)).collect();
    let secs = cpu.elapsed().as_secs_f64();
    let (found, decoys) = tally(&results, &data.planted);
    rows.push(Row {
        method: "linear scan (8 probes in one pass)".into(),
        bytes_per_hash: Some(32.0),
        lookups_per_s: queries as f64 / secs,
        lookups: queries,
        recall: found as f64 / queries.max(1) as f64,
        decoys_returned: decoys,
        ..Row::default()
    });
    results
}

fn tally(results: &[Vec<Match>], planted: &[Planted]) -> (usize, usize) {
    results
        .iter()
        .zip(planted)
        .map(|(m, p)| check(m, p))
        .fold((0, 0), |(f, d), (a, b)| (f + a as usize, d + b as usize))
}

fn index_row(data: &DataSet, radius: u32, id_bits: u32, oracle: &[Vec<Match>]) -> anyhow::Result<Row> {
    let codes = data.codes.clone();
    let rss_before = rss_bytes();
    let wall = Instant::now();
    let cpu = ProcessTime::now();
    let config = IndexConfig { radius, id_bits, ..IndexConfig::default() };
    let index = PdqIndex::from_codes(config, codes)?;
    let build_cpu = cpu.elapsed().as_secs_f64();
    let build_wall = wall.elapsed().as_secs_f64();
    let n = data.codes.len() as f64;
    // The codes were resident before the build (moved in, not copied).
    let rss = rss_before.zip(rss_bytes()).map(|(a, b)| (b.saturating_sub(a) as f64 + n * 32.0) / n);

    // Warm-up: page in and fault the tables once, untimed.
    for p in data.lookups.iter().take(16) {
        std::hint::black_box(index.query_codes(p));
    }
    let cpu = ThreadTime::now();
    let results: Vec<Vec<Match>> = data.lookups.iter().map(|p| index.query_codes(p)).collect();
    let secs = cpu.elapsed().as_secs_f64();
    let wall = Instant::now();
    let batch = index.query_codes_batch(&data.lookups);
    let batch_secs = wall.elapsed().as_secs_f64();
    anyhow::ensure!(batch == results, "batch results differ from one-by-one results");
    let (found, decoys) = tally(&results, &data.planted);
    let agree = oracle.iter().zip(&results).filter(|(a, b)| a == b).count();
    Ok(Row {
        method: format!("vilab-index (id_bits {id_bits}, {} filter bits)", 32 - id_bits),
        build_wall_s: Some(build_wall),
        build_cpu_s: Some(build_cpu),
        bytes_per_hash: Some(index.heap_bytes() as f64 / n),
        rss_bytes_per_hash: rss,
        lookups_per_s: results.len() as f64 / secs,
        lookups: results.len(),
        batch_lookups_per_s: Some(results.len() as f64 / batch_secs),
        recall: found as f64 / results.len().max(1) as f64,
        decoys_returned: decoys,
        agrees_with_scan: Some(format!("{agree}/{}", oracle.len())),
    })
}

/// Resident set size of this process, from /proc (Linux only).
fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// The data set as index_faiss.py reads it (little-endian, see its header).
fn write_files(dir: &Path, data: &DataSet) -> anyhow::Result<()> {
    let mut codes = std::io::BufWriter::new(std::fs::File::create(dir.join("codes.bin"))?);
    for c in &data.codes {
        for w in c {
            codes.write_all(&w.to_le_bytes())?;
        }
    }
    codes.flush()?;
    let mut queries = std::io::BufWriter::new(std::fs::File::create(dir.join("queries.bin"))?);
    for p in &data.lookups {
        for c in p {
            for w in c {
                queries.write_all(&w.to_le_bytes())?;
            }
        }
    }
    queries.flush()?;
    let mut planted = std::io::BufWriter::new(std::fs::File::create(dir.join("planted.bin"))?);
    for p in &data.planted {
        for v in [p.id, p.distance, p.variant, p.decoy] {
            planted.write_all(&v.to_le_bytes())?;
        }
    }
    planted.flush()?;
    Ok(())
}

/// Runs the FAISS script and appends its rows.
fn faiss(args: &BenchIndexArgs, script: &PathBuf, dir: &Path, result: &mut DataSetResult) {
    let output = Command::new(&args.python)
        .arg(script)
        .arg("--dir")
        .arg(dir)
        .arg("--radius")
        .arg(args.radius.to_string())
        .arg("--indexes")
        .arg(&args.faiss_indexes)
        .arg("--max-seconds")
        .arg(args.faiss_seconds.to_string())
        .stderr(std::process::Stdio::inherit())
        .output();
    for f in ["codes.bin", "queries.bin", "planted.bin"] {
        let _ = std::fs::remove_file(dir.join(f));
    }
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            result.faiss_note = Some(format!("{} not runnable: {e}", args.python));
            return;
        }
    };
    let parsed: Value = match serde_json::from_slice(&output.stdout) {
        Ok(v) => v,
        Err(e) => {
            result.faiss_note = Some(format!("no JSON from index_faiss.py ({e})"));
            return;
        }
    };
    if let Some(err) = parsed.get("error") {
        result.faiss_note = Some(format!("{err} ({})", parsed.get("hint").and_then(Value::as_str).unwrap_or("")));
        return;
    }
    result.faiss_version = parsed["faiss"].as_str().map(str::to_string);
    for r in parsed["indexes"].as_array().into_iter().flatten() {
        let name = match r["name"].as_str().unwrap_or("?") {
            "flat" => "FAISS IndexBinaryFlat".to_string(),
            "mh16x16" => "FAISS IndexBinaryMultiHash 16x16, nflip 1".to_string(),
            "mh8x32" => "FAISS IndexBinaryMultiHash 8x32, nflip 3".to_string(),
            other => format!("FAISS {other}"),
        };
        result.rows.push(Row {
            method: name,
            build_wall_s: r["build_wall_s"].as_f64(),
            build_cpu_s: r["build_cpu_s"].as_f64(),
            rss_bytes_per_hash: r["rss_bytes_per_hash"].as_f64(),
            lookups_per_s: r["lookups_per_s"].as_f64().unwrap_or(0.0),
            lookups: r["lookups"].as_u64().unwrap_or(0) as usize,
            recall: r["recall"].as_f64().unwrap_or(0.0),
            decoys_returned: r["decoys_returned"].as_u64().unwrap_or(0) as usize,
            ..Row::default()
        });
    }
}

fn print_tables(results: &[DataSetResult]) {
    let cores = rayon::current_num_threads();
    for r in results {
        outln!("{} data set, n = {}, radius {} (one lookup = 8 dihedral probes)", r.data_set, r.n, r.radius);
        outln!();
        outln!(
            "| method | build s (wall, {cores} cores) | build CPU s | bytes/hash (heap) | bytes/hash (RSS) | lookups/s, 1 thread (CPU) | lookups timed | lookups/s, {cores} cores (wall) | recall planted | decoys returned | agrees with scan |"
        );
        outln!("|---|---|---|---|---|---|---|---|---|---|---|");
        let f = |v: Option<f64>, p: usize| v.map_or("-".to_string(), |v| format!("{v:.p$}"));
        for row in &r.rows {
            outln!(
                "| {} | {} | {} | {} | {} | {:.1} | {} | {} | {:.1}% | {} | {} |",
                row.method,
                f(row.build_wall_s, 1),
                f(row.build_cpu_s, 1),
                f(row.bytes_per_hash, 1),
                f(row.rss_bytes_per_hash, 1),
                row.lookups_per_s,
                row.lookups,
                f(row.batch_lookups_per_s, 0),
                row.recall * 100.0,
                row.decoys_returned,
                row.agrees_with_scan.as_deref().unwrap_or("-"),
            );
        }
        let best_faiss = r
            .rows
            .iter()
            .filter(|row| row.method.starts_with("FAISS") && row.recall == 1.0)
            .max_by(|a, b| a.lookups_per_s.total_cmp(&b.lookups_per_s));
        if let Some(best) = best_faiss {
            for row in r.rows.iter().filter(|row| row.method.starts_with("vilab-index")) {
                outln!();
                outln!(
                    "{}: {:.0}x the lookups/s of the best exact FAISS index ({})",
                    row.method,
                    row.lookups_per_s / best.lookups_per_s,
                    best.method
                );
            }
        }
        if let Some(note) = &r.faiss_note {
            outln!();
            outln!("FAISS side: {note}");
        }
        if let Some(v) = &r.faiss_version {
            outln!();
            outln!("faiss-cpu {v}");
        }
        outln!();
    }
}
