//! Media analysis for vilab: what a content is (by its bytes, never its
//! name), its pixels, its PDQ hashes, its EXIF identification leads and a
//! small thumbnail.
//!
//! Everything here is a pure function of the bytes it is given: no file
//! system, no database. The ingest pipeline reads files and archives; this
//! crate only looks at what it is handed.

pub mod analyze;
pub mod budget;
pub mod decode;
pub mod error;
pub mod exif_read;
mod gif;
mod header;
pub mod heif;
pub mod jpeg;
pub mod jpeg_dc;
pub mod kind;
mod pixels;
pub mod rendition;
pub mod thumbnail;

pub use analyze::{Analysis, AnalyzeOptions, StageTimes, analyze};
pub use budget::{DecodeCost, decode_cost, fallback_cost};
pub use decode::{DecodedImage, decode_rgb};
pub use error::{Allocation, Damage, MediaError};
pub use kind::detect_kind;
