//! Prints what each decompression bomb of `vilab_synth::bombs` and a
//! normal 12 MP camera JPEG cost `analyze`: the estimate from the first
//! 256 KiB (`decode_cost`) and the peak resident set measured in a child
//! process, without a cap and with `max_alloc` at a quarter of the
//! estimate (which must refuse, and stay small).
//!
//! `cargo run --release -p vilab-media --example decode_peak`
//! (with a 12 MP HEIC too when `heif-enc` is installed)

#[path = "../tests/support/peak.rs"]
mod peak;

use std::process::Command;

use vilab_core::model::MediaKind;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if peak::child_main(None) {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let mut inputs: Vec<(String, MediaKind, Vec<u8>)> = vilab_synth::bombs::all()?
        .into_iter()
        .filter(|b| b.kind != MediaKind::Zip)
        .map(|b| (b.name.to_string(), b.kind, b.bytes))
        .collect();
    inputs.push(("jpeg-12mp-camera".into(), MediaKind::Jpeg, vilab_synth::benchmark_jpeg(7, 4000, 3000)));
    // A 12 MP HEIC when Debian's heif-enc is installed.
    let png = dir.path().join("scene.png");
    let heic = dir.path().join("scene.heic");
    vilab_synth::scene(7, 4000, 3000).save(&png)?;
    let encoded = Command::new("heif-enc").arg("-q").arg("80").arg(&png).arg("-o").arg(&heic).status();
    if encoded.is_ok_and(|s| s.success()) {
        inputs.push(("heic-12mp".into(), MediaKind::Heif, std::fs::read(&heic)?));
    }
    let mb = |b: u64| format!("{:.1}", b as f64 / 1e6);
    println!(
        "| input | kind | file bytes | pixels | estimate MB | peak RSS MB | cap MB | peak RSS with cap MB | with cap |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, kind, bytes) in &inputs {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes)?;
        let child = || Command::new(std::env::current_exe().expect("this example's path"));
        let free = peak::measure_in_child(child(), &path, None);
        let estimate = free.estimate.unwrap_or(0);
        let cap = estimate / 4;
        let capped = peak::measure_in_child(child(), &path, Some(cap));
        let outcome = if capped.decoded { "decoded".to_string() } else { capped.problem.clone() };
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} |",
            kind.as_str(),
            bytes.len(),
            free.pixels,
            mb(estimate),
            mb(free.rss),
            mb(cap),
            mb(capped.rss),
            outcome.chars().take(90).collect::<String>(),
        );
    }
    let zip = vilab_synth::bombs::nested_stored_zip(vilab_synth::bombs::NESTED_ZIP_DEPTH)?;
    let held = vilab_synth::bombs::nested_zip_held_bytes(&zip)?;
    println!(
        "\nzip-nested-stored: {} bytes on disk, {} levels, {} MB held when every level is kept while the next is read",
        zip.len(),
        vilab_synth::bombs::NESTED_ZIP_DEPTH,
        mb(held)
    );
    Ok(())
}
