//! `vilab bench gallery`: an offline gallery bundle of N items (default
//! 200) made from generated scenes (vilab-synth; renditions about 1600 px on
//! the long side, watermarked as the lab would), then the time to build
//! and write it, its size on disk, and the time of `gallery verify` on the
//! folder. A developer's table, in English, for BENCHMARKS.md.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;
use vilab_gallery::{BundleItem, BundleSpec, SigningKey};

use crate::cli::BenchGalleryArgs;

#[derive(Serialize)]
struct Report {
    items: usize,
    width: u32,
    height: u32,
    renditions_s: f64,
    watermark_s: f64,
    build_s: f64,
    write_s: f64,
    files: usize,
    bytes_on_disk: u64,
    renditions_bytes: u64,
    read_verify_s: f64,
}

pub fn run(args: &BenchGalleryArgs) -> anyhow::Result<ExitCode> {
    let scratch;
    let root = match &args.scratch {
        Some(dir) => dir.clone(),
        None => {
            scratch = tempfile::tempdir().context("creating a temporary folder")?;
            scratch.path().to_path_buf()
        }
    };
    let out = root.join(format!("bench-gallery-{}", std::process::id()));
    let (width, height) = (args.side, args.side * 3 / 4);
    let uid = "bench0123456789abcdef0123456789ab";
    let recipient = "សុខ ចាន់ណា (Partner agency)";

    // Renditions as the lab would hand them over: pixels, watermarked,
    // encoded. Scene making and encoding are timed apart from the mark.
    let mut items = Vec::with_capacity(args.items);
    let (mut scenes_s, mut watermark_s) = (0.0, 0.0);
    for i in 0..args.items {
        let t = Instant::now();
        let mut img = vilab_synth::scene(args.seed + i as u64, width, height);
        scenes_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        vilab_gallery::watermark(&mut img, width, height, recipient, uid)?;
        watermark_s += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let jpeg = vilab_synth::jpeg_bytes(&img, 85);
        scenes_s += t.elapsed().as_secs_f64();
        items.push(BundleItem { id: format!("item-{i:04}"), jpeg, caption: format!("Item {}: which country?", i + 1) });
    }
    let renditions_bytes: u64 = items.iter().map(|i| i.jpeg.len() as u64).sum();
    let spec = BundleSpec {
        uid: uid.into(),
        title: "Benchmark gallery".into(),
        recipient: recipient.into(),
        lab: "Bench lab".into(),
        created: "2026-12-07".into(),
        expires: "2027-12-07".into(),
        items,
        exercise: None,
    };
    let key = SigningKey::from_bytes(&[42; 32]);
    let t = Instant::now();
    let files = vilab_gallery::build(&spec, &key)?;
    let build_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    vilab_gallery::write_dir(&out, &files)?;
    let write_s = t.elapsed().as_secs_f64();
    let bytes_on_disk = disk_bytes(&out)?;
    let t = Instant::now();
    let read = vilab_gallery::read_dir(&out)?;
    vilab_gallery::verify(&read, Some(&key.verifying_key().to_bytes()))?;
    let read_verify_s = t.elapsed().as_secs_f64();
    std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    let report = Report {
        items: args.items,
        width,
        height,
        renditions_s: scenes_s,
        watermark_s,
        build_s,
        write_s,
        files: files.len(),
        bytes_on_disk,
        renditions_bytes,
        read_verify_s,
    };
    if args.json {
        return super::print_json(&report);
    }
    let n = args.items.max(1) as f64;
    outln!("| {} items, {width} x {height} | total | per item |", args.items);
    outln!("|---|---|---|");
    outln!("| scene + JPEG encode (not the bundle's work) | {:.2} s | {:.1} ms |", scenes_s, scenes_s / n * 1e3);
    outln!("| watermark (recipient in Khmer + bundle id) | {:.2} s | {:.1} ms |", watermark_s, watermark_s / n * 1e3);
    outln!("| build (pages, data.js, hashes, signature) | {:.3} s | {:.2} ms |", build_s, build_s / n * 1e3);
    outln!("| write to disk (fsync per file) | {:.3} s | {:.2} ms |", write_s, write_s / n * 1e3);
    outln!("| read + verify (gallery verify) | {:.3} s | {:.2} ms |", read_verify_s, read_verify_s / n * 1e3);
    outln!(
        "| size on disk ({} files; renditions {:.1} MB) | {:.1} MB | {:.0} KB |",
        files.len(),
        renditions_bytes as f64 / 1e6,
        bytes_on_disk as f64 / 1e6,
        bytes_on_disk as f64 / n / 1e3
    );
    Ok(ExitCode::SUCCESS)
}

/// Bytes of the files under `dir` (apparent sizes).
fn disk_bytes(dir: &std::path::Path) -> anyhow::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() { disk_bytes(&entry.path())? } else { meta.len() };
    }
    Ok(total)
}
