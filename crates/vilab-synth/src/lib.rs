//! Deterministic synthetic test material for vilab: benign, generated
//! pictures and fake seized-media folders, never real photographs.
//!
//! Everything here is painted in code from a seed (gradients, geometric
//! landscapes, shapes and noise), so the same seed always gives the same
//! bytes, and no real image of anyone ever enters the test suite, the
//! benchmarks or the `vilab demo` command.
//!
//! - [`scene()`]: a photo-like abstract picture of any size.
//! - [`jpeg_bytes`], [`encode`] and [`with_exif`]: files in the formats
//!   found on seized media, with camera EXIF and GPS.
//! - [`transform`]: near-duplicate edits (resize, recompress, crop, flip,
//!   rotate).
//! - [`benchmark_jpeg`]: JPEGs sized like real phone photos.
//! - [`exfat`]: files written into (and deleted from) an exFAT volume
//!   that `mkfs.exfat` made, since no tool does it without mounting.
//! - [`bombs`]: decompression bombs (tiny files that decode to hundreds of
//!   megabytes) for the memory-budget tests.
//! - [`generate_seizure`]: a whole fake laptop folder tree with exact and
//!   near duplicates, disguised and corrupt files and nested zip archives,
//!   with a manifest of what an ingest must find.
//! - [`training::training_pack`]: street, room and shop scenes of Cambodia,
//!   Laos, Thailand and Vietnam with planted clues (signs in the country's
//!   script, sockets, plates, banknote-like papers, labels) and their answers.

mod benchmark;
pub mod bombs;
mod encode;
mod error;
pub mod exfat;
mod exif_write;
mod rng;
pub mod scene;
pub mod seizure;
pub mod training;
pub mod transform;

pub use benchmark::{BENCHMARK_QUALITY, benchmark_jpeg};
pub use encode::{Encoding, encode, jpeg_bytes};
pub use error::SynthError;
pub use exif_write::{ExifTags, GpsPosition, exif_payload, with_exif};
pub use scene::{default_grain, scene, scene_with_grain};
pub use seizure::{
    CorruptReason, ExpectedCounts, ManifestEntry, PlaceName, Role, SeizureManifest, SeizureSpec, generate_seizure,
};
pub use transform::Transform;
