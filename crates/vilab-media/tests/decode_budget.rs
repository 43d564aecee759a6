//! The memory budget of `analyze`: for every decompression bomb of
//! `vilab_synth::bombs` and for ordinary synthetic photos in each format,
//! `decode_cost` (from the first 256 KiB, as ingest calls it) is at least
//! the peak measured in a child process (Rust heap counted by `peak_alloc`,
//! the C libraries through the resident set); and with `max_alloc` below
//! the need, `analyze` refuses with `MediaError::OverBudget` and the
//! child's peak stays under the cap plus a small constant.

#[path = "support/peak.rs"]
mod peak;

use std::path::Path;
use std::process::Command;

use peak::{HeapProbe, Peak};
use peak_alloc::PeakAlloc;
use vilab_core::model::{IngestErrorCode, MediaKind};
use vilab_media::{AnalyzeOptions, DecodeCost, analyze, decode_cost, detect_kind};
use vilab_synth::bombs;
use vilab_synth::{Encoding, encode, scene};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

const PROBE: HeapProbe =
    HeapProbe { reset: || HEAP.reset_peak_usage(), read: || (HEAP.peak_usage() as u64, HEAP.current_usage() as u64) };

/// What a child may use over its cap: the few stack and bookkeeping
/// pages a refusal touches.
const SLACK: u64 = 4 << 20;

/// The child side: runs only when the parent set the file to measure.
#[test]
fn peak_child() {
    peak::child_main(Some(&PROBE));
}

fn measure(name: &str, bytes: &[u8], max_alloc: Option<u64>) -> Peak {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    measure_file(&path, max_alloc)
}

fn measure_file(path: &Path, max_alloc: Option<u64>) -> Peak {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["peak_child", "--exact", "--nocapture", "--test-threads=1"]);
    peak::measure_in_child(command, path, max_alloc)
}

/// The estimate covers the measured peak, from the prefix as from the
/// whole file; returns the measure.
fn assert_bounded(name: &str, bytes: &[u8]) -> Peak {
    let peak = measure(name, bytes, None);
    let estimate = peak.estimate.unwrap_or_else(|| panic!("{name}: header never read"));
    assert_eq!(peak.estimate_whole, Some(estimate), "{name}: prefix and whole file disagree");
    assert!(
        estimate >= peak.measured(),
        "{name}: estimate {estimate} under the measured peak (heap {}, resident {})",
        peak.heap,
        peak.rss
    );
    peak
}

/// With a quarter of the estimate as the cap, the decode is refused and
/// the child stays under the cap.
fn assert_refused(name: &str, bytes: &[u8], estimate: u64) {
    let cap = estimate / 4;
    let peak = measure(name, bytes, Some(cap));
    assert!(!peak.decoded, "{name}: decoded under a cap of {cap}");
    assert!(peak.problem.contains("bytes of memory, over the"), "{name}: {}", peak.problem);
    assert!(peak.measured() <= cap + SLACK, "{name}: {} over the cap of {cap}", peak.measured());
}

fn bomb(name: &str) -> bombs::Bomb {
    bombs::all().unwrap().into_iter().find(|b| b.name == name).unwrap()
}

fn bomb_is_bounded(name: &str) {
    let b = bomb(name);
    let peak = assert_bounded(name, &b.bytes);
    assert_eq!(peak.pixels, u64::from(b.width) * u64::from(b.height));
    assert_refused(name, &b.bytes, peak.estimate.unwrap());
}

#[test]
fn gif_screen_bomb_cost_bounds_its_peak() {
    let b = bomb("gif-screen");
    let peak = assert_bounded(b.name, &b.bytes);
    // The screen is never allocated: was 1.37 GB.
    assert!(peak.measured() < 16 << 20, "{peak:?}");
    assert!(peak.decoded);
    assert_refused(b.name, &b.bytes, peak.estimate.unwrap());
}

#[test]
fn progressive_jpeg_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("jpeg-progressive-420");
}

#[test]
fn progressive_444_jpeg_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("jpeg-progressive-444");
}

#[test]
fn png_palette_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("png-palette");
}

#[test]
fn webp_lossless_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("webp-lossless");
}

#[test]
fn tiff_shared_strips_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("tiff-shared-strips");
}

#[test]
fn bmp_rle_bomb_cost_bounds_its_peak() {
    bomb_is_bounded("bmp-rle");
}

/// The EXIF bomb's parse is priced from its directory and refused without
/// a cap (over `EXIF_PARSE_LIMIT`); the picture is still hashed.
#[test]
fn exif_ascii_bomb_is_refused_before_it_parses() {
    let b = bomb("jpeg-exif-ascii");
    let peak = assert_bounded(b.name, &b.bytes);
    assert!(peak.measured() < 32 << 20, "{peak:?}");
    assert!(peak.decoded);
    assert!(peak.problem.contains("EXIF parse needs"), "{}", peak.problem);
}

/// `parse_cost` is an upper bound of what `kamadak-exif` allocates, and
/// not a loose one, on an EXIF of many ASCII values under the limit.
#[test]
fn exif_parse_cost_bounds_kamadak_exif() {
    let jpeg = bombs::jpeg_exif_ascii(8_000);
    let payload = &jpeg[2 + 4 + 6..][..8 + 54 + 66 + 8_000];
    let priced = vilab_media::exif_read::parse_cost(payload);
    let peak = measure("exif.jpg", &jpeg, None);
    assert!(peak.problem.is_empty(), "{}", peak.problem);
    assert!(peak.heap <= priced + (4 << 20), "heap {} over the priced {priced}", peak.heap);
    assert!(peak.heap >= priced / 4, "heap {} far under the priced {priced}", peak.heap);
}

/// Ordinary pictures in every format: the estimate covers the peak, and
/// stays within a few times of it.
#[test]
fn ordinary_pictures_cost_bounds_their_peak() {
    let photo = scene(11, 1600, 1200);
    let mut grey = photo.clone();
    grey.pixels_mut().for_each(|p| p.0 = [p.0[1]; 3]);
    let tags = vilab_synth::ExifTags {
        make: Some("Canon".into()),
        model: Some("Canon EOS 80D".into()),
        body_serial: Some("083024001234".into()),
        datetime_original: Some("2024:03:01 10:20:30".into()),
        gps: Some(vilab_synth::GpsPosition { latitude: 13.75, longitude: 100.5, altitude: 12.0 }),
        orientation: Some(6),
        ..Default::default()
    };
    let mut cases: Vec<(String, Vec<u8>)> = vec![
        ("camera-12mp.jpg".into(), vilab_synth::benchmark_jpeg(3, 4000, 3000)),
        ("camera-exif.jpg".into(), vilab_synth::with_exif(&vilab_synth::benchmark_jpeg(8, 4032, 3024), &tags)),
        ("camera-2mp.jpg".into(), vilab_synth::benchmark_jpeg(4, 1600, 1200)),
        ("small.jpg".into(), vilab_synth::benchmark_jpeg(5, 400, 300)),
    ];
    for encoding in [Encoding::Png, Encoding::Gif, Encoding::Bmp, Encoding::WebpLossless, Encoding::Tiff] {
        cases.push((format!("photo.{}", encoding.extension()), encode(&photo, encoding).unwrap()));
    }
    cases.push(("grey.png".into(), encode(&grey, Encoding::Png).unwrap()));
    let rgba = image::DynamicImage::ImageRgb8(photo.clone()).into_rgba8();
    let mut rgba_png = Vec::new();
    rgba.write_to(&mut std::io::Cursor::new(&mut rgba_png), image::ImageFormat::Png).unwrap();
    cases.push(("rgba.png".into(), rgba_png));
    let wide = image::DynamicImage::ImageRgb8(photo).into_rgb16();
    let mut wide_png = Vec::new();
    wide.write_to(&mut std::io::Cursor::new(&mut wide_png), image::ImageFormat::Png).unwrap();
    cases.push(("rgb16.png".into(), wide_png));
    for (name, bytes) in &cases {
        let peak = assert_bounded(name, bytes);
        // The `image` crate's TIFF writer puts the directory after the
        // strips: the estimate needs the whole file there.
        let whole = name.ends_with(".tif");
        assert_eq!(peak.prefix > 256 * 1024, whole, "{name}: read {} bytes", peak.prefix);
        assert!(peak.decoded, "{name}: {}", peak.problem);
        let estimate = peak.estimate.unwrap();
        assert!(estimate <= 8 * peak.measured() + (16 << 20), "{name}: estimate {estimate} for {peak:?}");
    }
}

/// The JPEG's frame header behind 300 KB of APP segments: the first 256
/// KiB say how much more to read, and that much gives the estimate.
#[test]
fn decode_cost_asks_for_more_when_the_frame_is_past_the_prefix() {
    let photo = vilab_synth::benchmark_jpeg(6, 800, 600);
    let mut jpeg = photo[..2].to_vec();
    for _ in 0..5 {
        jpeg.extend_from_slice(&[0xFF, 0xE2, 0xFF, 0xF0]);
        jpeg.resize(jpeg.len() + 0xFFF0 - 2, 0x20);
    }
    jpeg.extend_from_slice(&photo[2..]);
    let options = AnalyzeOptions::default();
    let len = jpeg.len() as u64;
    let DecodeCost::Unknown { need: Some(need), fallback } =
        decode_cost(&jpeg[..256 * 1024], len, MediaKind::Jpeg, &options)
    else {
        panic!("the frame is past 256 KiB");
    };
    assert!(fallback > 1 << 30, "the fallback is the cost at 200 MP: {fallback}");
    let mut prefix = need as usize;
    let cost = loop {
        match decode_cost(&jpeg[..prefix.min(jpeg.len())], len, MediaKind::Jpeg, &options) {
            DecodeCost::Unknown { need: Some(more), .. } => prefix = more as usize,
            known => break known,
        }
    };
    assert_eq!(cost, decode_cost(&jpeg, len, MediaKind::Jpeg, &options));
    assert!(cost.bytes().is_some());
    assert!(analyze(&jpeg, &AnalyzeOptions { max_alloc: cost.bytes(), ..options }).pdq.is_some());
}

/// Content that is no image costs nothing; a header that is not one gets
/// the fallback.
#[test]
fn decode_cost_of_non_images_and_damage() {
    let options = AnalyzeOptions::default();
    assert_eq!(decode_cost(b"PK\x03\x04", 4, MediaKind::Zip, &options).bytes(), Some(0));
    let damaged = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x09\x09\0\0\0\0\0\0\0";
    assert!(matches!(decode_cost(damaged, 33, detect_kind(damaged), &options), DecodeCost::Unknown { .. }));
}

/// Over the pixel limit, the decode is refused as before (in the pixel
/// limit's words) and costs only its EXIF phase.
#[test]
fn pixel_limit_still_refuses_first() {
    let b = bomb("png-palette");
    let options = AnalyzeOptions { max_pixels: 1_000_000, max_alloc: Some(64 << 20), ..Default::default() };
    let analysis = analyze(&b.bytes, &options);
    assert!(
        analysis.problems.iter().any(|(_, p)| p.code() == IngestErrorCode::TooManyPixels
            && p.params().get("limit").map(String::as_str) == Some("1000000")),
        "{:?}",
        analysis.problems
    );
    let cost = decode_cost(&b.bytes, b.bytes.len() as u64, MediaKind::Png, &options);
    assert!(cost.bytes().unwrap() < 64 << 20);
}

/// Every bomb under a cap of a quarter of its estimate: refused from the
/// header with the new error, naming the bytes needed and allowed.
#[test]
fn decode_refuses_past_max_alloc() {
    for b in bombs::all().unwrap().into_iter().filter(|b| b.kind.is_image() && b.name != "jpeg-exif-ascii") {
        let options = AnalyzeOptions::default();
        let estimate = decode_cost(&b.bytes, b.bytes.len() as u64, b.kind, &options).bytes().unwrap();
        let cap = estimate / 4;
        let analysis = analyze(&b.bytes, &AnalyzeOptions { max_alloc: Some(cap), ..options });
        assert!(analysis.pdq.is_none(), "{}", b.name);
        let over = analysis.problems.iter().find(|(_, p)| p.code() == IngestErrorCode::OverMemoryGrant);
        let params = over.map(|(_, p)| p.params()).unwrap_or_else(|| panic!("{}: {:?}", b.name, analysis.problems));
        let (needed, allowed) = (estimate.to_string(), cap.to_string());
        assert_eq!(params.get("allocation").map(String::as_str), Some("decode"), "{}", b.name);
        assert_eq!(params.get("format").map(String::as_str), Some(b.kind.as_str()), "{}", b.name);
        assert_eq!((params.get("needed"), params.get("allowed")), (Some(&needed), Some(&allowed)), "{}", b.name);
    }
}

/// A phone's HEIC (made by libheif's own encoder from a synthetic scene):
/// the estimate covers libheif's peak.
#[cfg(feature = "heif")]
#[test]
fn heic_cost_bounds_its_peak() {
    let dir = tempfile::tempdir().unwrap();
    let (png, heic) = (dir.path().join("scene.png"), dir.path().join("scene.heic"));
    scene(9, 1600, 1200).save(&png).unwrap();
    let status = Command::new("heif-enc").arg("-q").arg("80").arg(&png).arg("-o").arg(&heic).status();
    assert!(status.expect("heif-enc (Debian's libheif-examples)").success());
    let bytes = std::fs::read(&heic).unwrap();
    let peak = assert_bounded("scene.heic", &bytes);
    assert!(peak.decoded, "{}", peak.problem);
    assert_refused("scene.heic", &bytes, peak.estimate.unwrap());
}
