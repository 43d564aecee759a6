//! Measures the generator: `synth_stats sizes` prints benchmark JPEG sizes
//! and painting times, `synth_stats grain N` the
//! same at another grain, `synth_stats seizure DIR` times a default seizure,
//! `synth_stats preview DIR` writes PNG previews of a few scenes.

use std::path::Path;
use std::time::Instant;

use vilab_synth::{
    Encoding, SeizureSpec, benchmark_jpeg, encode, generate_seizure, jpeg_bytes, scene, scene_with_grain,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("sizes") => sizes(),
        Some("formats") => formats()?,
        Some("grain") => grain(args.get(1).ok_or("grain needs a value")?.parse()?),
        Some("seizure") => seizure(Path::new(args.get(1).ok_or("seizure needs a directory")?))?,
        Some("preview") => preview(Path::new(args.get(1).ok_or("preview needs a directory")?))?,
        _ => return Err("usage: synth_stats sizes | grain N | seizure DIR | preview DIR".into()),
    }
    Ok(())
}

/// Benchmark JPEG sizes over a few seeds at 12 MP and 1 MP.
fn sizes() {
    for (w, h) in [(4000, 3000), (1155, 866), (1000, 1000)] {
        let mut total = 0;
        for seed in 0..8 {
            let start = Instant::now();
            let img = scene(seed, w, h);
            let painted = start.elapsed();
            let bytes = jpeg_bytes(&img, 90);
            let encoded = start.elapsed() - painted;
            assert_eq!(bytes, benchmark_jpeg(seed, w, h));
            total += bytes.len();
            println!("{w}x{h} seed {seed}: {} bytes, paint {painted:?}, encode {encoded:?}", bytes.len());
        }
        println!("{w}x{h} mean: {} bytes", total / 8);
    }
}

/// Mean quality-90 sizes at another grain amplitude, for tuning.
fn grain(amplitude: f32) {
    for (w, h) in [(4000, 3000), (1155, 866)] {
        let total: usize = (0..6).map(|seed| jpeg_bytes(&scene_with_grain(seed, w, h, amplitude), 90).len()).sum();
        println!("grain {amplitude} {w}x{h} mean: {} bytes", total / 6);
    }
}

/// Encoding time and size per format at 800x600.
fn formats() -> Result<(), Box<dyn std::error::Error>> {
    let img = scene(3, 800, 600);
    let clean = scene_with_grain(3, 800, 600, 0.0);
    for encoding in [
        Encoding::Jpeg { quality: 90 },
        Encoding::Png,
        Encoding::Gif,
        Encoding::Bmp,
        Encoding::WebpLossless,
        Encoding::Tiff,
    ] {
        for (label, picture) in [("grain", &img), ("clean", &clean)] {
            let start = Instant::now();
            let bytes = encode(picture, encoding)?;
            println!("{encoding:?} {label}: {} bytes in {:?}", bytes.len(), start.elapsed());
        }
    }
    Ok(())
}

/// Times the default seizure.
fn seizure(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let manifest = generate_seizure(dir, &SeizureSpec::default())?;
    println!("generated in {:?}", start.elapsed());
    println!("{:#?}", manifest.counts);
    Ok(())
}

/// PNG previews of a few scenes, for looking at.
fn preview(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(dir)?;
    for seed in 0..12 {
        std::fs::write(dir.join(format!("scene_{seed:02}.png")), encode(&scene(seed, 480, 360), Encoding::Png)?)?;
    }
    Ok(())
}
