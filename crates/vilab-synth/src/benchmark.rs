//! JPEGs sized like real photographs, for throughput benchmarks: decoding
//! and hashing cost depends on the compressed size, so a benchmark on
//! tiny, smooth synthetic files would flatter the pipeline.

use crate::encode::jpeg_bytes;
use crate::scene::scene;

/// The quality of [`benchmark_jpeg`], a common camera and phone default.
pub const BENCHMARK_QUALITY: u8 = 90;

/// A quality-90 JPEG of [`scene`]`(seed, width, height)`. Its grain is
/// tuned so the size matches a phone photo: about 2.8 MB at 4000x3000
/// (12 MP) and about 250 KB at 1 MP.
///
/// # Panics
///
/// If a side is zero or exceeds 65,535 pixels.
pub fn benchmark_jpeg(seed: u64, width: u32, height: u32) -> Vec<u8> {
    jpeg_bytes(&scene(seed, width, height), BENCHMARK_QUALITY)
}
