//! Sanitized renditions of an original for vilab's audiences, as pure
//! functions of bytes and pixels: redaction regions (fill, pixelate,
//! blur) for partners and trainees, crops of object regions for the
//! public, orientation applied to the pixels, and re-encoding from pixels
//! to a bare JFIF JPEG.
//!
//! Architecture Invariant: every output is re-encoded from pixels; no byte
//! of the original's container (EXIF, XMP, IPTC, ICC, comments, embedded
//! thumbnails, trailing data) reaches it. Only [`Audience::Original`]
//! returns the original's bytes, unchanged.
//!
//! No disk, no store, no face detection: the lab reads the original and
//! the regions, calls [`sanitize`], and stores what it returns.

mod crop;
mod encode;
mod error;
mod orient;
mod raster;
mod redact;
mod region;
mod rgb;
mod sanitize;

pub use crop::{crop_is_refused, public_crops};
pub use encode::{encode_jpeg, jfif_problem};
pub use error::SanitizeError;
pub use orient::orient;
pub use raster::spans;
pub use redact::{block_floor, redact};
pub use region::{Audience, Region, RegionKind, Shape, Treatment};
pub use rgb::Rgb;
pub use sanitize::{Output, SanitizeOptions, sanitize};
