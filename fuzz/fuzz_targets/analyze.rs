//! The whole per-content analysis of ingest on arbitrary bytes: kind
//! detection, EXIF, decoding (JPEG through libjpeg with its unwinding error
//! handler, PNG/GIF/BMP/WebP/TIFF through `image`, HEIC through libheif),
//! PDQ and the thumbnail. Whatever the bytes, it must return an `Analysis`
//! (problems are recorded in it), never panic or abort.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vilab_media::{AnalyzeOptions, analyze};

fuzz_target!(|data: &[u8]| {
    // 4 MP keeps one iteration's memory well under libFuzzer's 2 GB limit
    // while still reaching the scaled-JPEG path (sides over 1024).
    let options = AnalyzeOptions { max_pixels: 4_000_000, ..Default::default() };
    let analysis = analyze(data, &options);
    // What ingest relies on: dimensions and hashes only come with a decode.
    if analysis.pdq.is_some() || analysis.thumbnail.is_some() {
        assert!(analysis.width.is_some() && analysis.height.is_some());
    }
    if let Some(pdq) = &analysis.pdq {
        assert!(pdq.quality <= 100);
    }
});
