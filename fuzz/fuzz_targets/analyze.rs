//! The whole per-content analysis of ingest on arbitrary bytes: the cost
//! estimate the memory budget asks for (`decode_cost`, on the whole and on
//! a prefix, as ingest calls it), kind detection, EXIF, decoding (JPEG
//! through libjpeg with its unwinding error handler, PNG/GIF/BMP/WebP/TIFF,
//! HEIC through libheif), PDQ and the thumbnail, with and without a memory
//! cap. Whatever the bytes, it must return an `Analysis` (problems are
//! recorded in it), never panic or abort.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_media::{AnalyzeOptions, analyze, decode_cost, detect_kind};

fuzz_target!(|data: &[u8]| {
    // 4 MP keeps one iteration's memory well under libFuzzer's 2 GB limit
    // while still reaching the scaled-JPEG path (sides over 1024).
    let options = AnalyzeOptions { max_pixels: 4_000_000, ..Default::default() };
    let kind = detect_kind(data);
    let len = data.len() as u64;
    let whole = decode_cost(data, len, kind, &options);
    // A prefix may know the header where the whole file, damaged further
    // on, does not (then the whole's fallback is dearer): either way the
    // decode is capped at what is granted, so only a panic is wrong here.
    let _ = decode_cost(&data[..data.len() / 2], len, kind, &options);
    // Under a cap from the estimate (as ingest grants it), and without one.
    let capped = AnalyzeOptions { max_alloc: Some(whole.request()), ..options.clone() };
    for options in [capped, options] {
        let analysis = analyze(data, &options);
        // What ingest relies on: dimensions and hashes only come with a decode.
        if analysis.pdq.is_some() || analysis.thumbnail.is_some() {
            assert!(analysis.width.is_some() && analysis.height.is_some());
        }
        if let Some(pdq) = &analysis.pdq {
            assert!(pdq.quality <= 100);
        }
    }
});
