//! Peak memory of one `analyze` call, measured in a child process: the
//! Rust heap through a counting global allocator, and everything else (the
//! C libraries' `malloc`, touched pages) through the kernel's resident-set
//! high-water mark (`VmHWM`, reset by writing 5 to `/proc/self/clear_refs`).
//!
//! Shared by `tests/decode_budget.rs` and `examples/decode_peak.rs`
//! (`#[path]`). The test counts the heap with `peak_alloc` (its zeroed
//! allocations are written, so every counted page is resident too); the
//! example does not, so that its resident set is what ingest would see.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use vilab_media::{AnalyzeOptions, DecodeCost, analyze, decode_cost, detect_kind};

/// Environment variable naming the file a child process measures.
pub const FILE_VAR: &str = "VILAB_PEAK_FILE";
/// Environment variable with the child's `max_alloc` (absent: none).
pub const CAP_VAR: &str = "VILAB_PEAK_MAX_ALLOC";

/// How a binary counts its Rust heap: reset the peak to the bytes live
/// now, and read (peak, live) bytes. `peak_alloc::PeakAlloc` gives both.
pub struct HeapProbe {
    /// Sets the peak to the bytes live now.
    pub reset: fn(),
    /// The peak and the live bytes.
    pub read: fn() -> (u64, u64),
}

/// A field of `/proc/self/status` in bytes (`VmHWM`, `VmRSS`).
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with(field)).unwrap_or_else(|| panic!("no {field}"));
    let kb: u64 = line.split_whitespace().nth(1).and_then(|v| v.parse().ok()).expect("a number of kB");
    kb * 1024
}

/// What one child measured.
#[derive(Clone, Debug, Default)]
pub struct Peak {
    /// Kind detected.
    pub kind: String,
    /// The prefix `decode_cost` needed: 256 KiB, or more when the header
    /// said where it goes on.
    pub prefix: u64,
    /// Pixels the header declares (0 when unknown).
    pub pixels: u64,
    /// `decode_cost` of the first 256 KiB, read on as far as it asks, in
    /// bytes (`None`: never known).
    pub estimate: Option<u64>,
    /// `decode_cost` of the whole file.
    pub estimate_whole: Option<u64>,
    /// Peak of live Rust-heap bytes during `analyze`, over those before it.
    pub heap: u64,
    /// Peak resident set during `analyze`, over the resident set before it.
    pub rss: u64,
    /// Whether PDQ came out.
    pub decoded: bool,
    /// The first problem, if any.
    pub problem: String,
}

impl Peak {
    /// The larger of the two measures: what the content cost.
    pub fn measured(&self) -> u64 {
        self.heap.max(self.rss)
    }
}

/// The prefix `decode_cost` is given, as ingest reads it.
pub const PREFIX: usize = 256 * 1024;

/// Child side: when [`FILE_VAR`] is set, analyses that file and prints one
/// `PEAK` line; returns whether it did.
pub fn child_main(heap: Option<&HeapProbe>) -> bool {
    let Ok(path) = std::env::var(FILE_VAR) else { return false };
    let bytes = std::fs::read(&path).expect("the file to measure");
    let max_alloc = std::env::var(CAP_VAR).ok().map(|v| v.parse().expect("a byte count"));
    let options = AnalyzeOptions { max_alloc, ..AnalyzeOptions::default() };
    let kind = detect_kind(&bytes);
    let len = bytes.len() as u64;
    // As ingest would: the first 256 KiB, then as far as the header says.
    let mut prefix = PREFIX.min(bytes.len());
    let estimate = loop {
        match decode_cost(&bytes[..prefix], len, kind, &options) {
            DecodeCost::Unknown { need: Some(need), .. } if prefix < bytes.len() && need as usize > prefix => {
                prefix = (need as usize).min(bytes.len());
            }
            cost => break cost,
        }
    };
    let whole = decode_cost(&bytes, len, kind, &options);

    std::fs::write("/proc/self/clear_refs", "5").expect("resetting VmHWM needs Linux 4.0 or later");
    let rss_before = status_bytes("VmRSS");
    let heap_before = heap.map(|probe| {
        (probe.reset)();
        (probe.read)().1
    });
    let analysis = analyze(&bytes, &options);
    let heap = match (heap, heap_before) {
        (Some(probe), Some(before)) => (probe.read)().0.saturating_sub(before),
        _ => 0,
    };
    let rss = status_bytes("VmHWM").saturating_sub(rss_before);

    let problem = analysis.problems.first().map(|(_, p)| p.to_string().replace(['\t', '\n'], " ")).unwrap_or_default();
    println!(
        "\nPEAK\t{}\t{prefix}\t{}\t{}\t{}\t{heap}\t{rss}\t{}\t{problem}",
        kind.as_str(),
        estimate.pixels().unwrap_or(0),
        estimate.bytes().map_or("-".into(), |b| b.to_string()),
        whole.bytes().map_or("-".into(), |b| b.to_string()),
        analysis.pdq.is_some(),
    );
    true
}

/// Parent side: runs `command` (this binary, set up to reach
/// [`child_main`]) on `file` with `max_alloc`, and parses its `PEAK` line.
pub fn measure_in_child(mut command: Command, file: &Path, max_alloc: Option<u64>) -> Peak {
    command.env(FILE_VAR, file);
    match max_alloc {
        Some(cap) => command.env(CAP_VAR, cap.to_string()),
        None => command.env_remove(CAP_VAR),
    };
    let output = command.output().expect("the child process");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(line) = stdout.lines().find_map(|l| l.split_once("PEAK\t").map(|(_, rest)| rest)) else {
        panic!(
            "no PEAK line from the child (status {}):\n{stdout}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let f: Vec<&str> = line.splitn(9, '\t').collect();
    let number = |s: &str| s.parse::<u64>().ok();
    Peak {
        kind: f[0].into(),
        prefix: number(f[1]).unwrap_or(0),
        pixels: number(f[2]).unwrap_or(0),
        estimate: number(f[3]),
        estimate_whole: number(f[4]),
        heap: number(f[5]).unwrap_or(0),
        rss: number(f[6]).unwrap_or(0),
        decoded: f[7] == "true",
        problem: f.get(8).copied().unwrap_or_default().into(),
    }
}
