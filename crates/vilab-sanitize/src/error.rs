//! The errors of sanitization, each naming the region and field or the
//! stage that failed.

use vilab_media::MediaError;

/// Why a rendition could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SanitizeError {
    /// A region is not usable on this image; `field` is its path, e.g.
    /// `regions[2].shape.w` (or `shape.w` from [`crate::Shape::validate`]).
    #[error("{field}: {reason}")]
    InvalidRegion {
        /// Path of the field, e.g. `regions[2].shape.points[3].x`.
        field: String,
        /// What is wrong with it, in English (the lab maps the error to
        /// its catalog code).
        reason: String,
    },
    /// A public crop of object region `object` would show part of person
    /// region `person` (their boxes, each grown by the margin, meet).
    #[error(
        "regions[{object}]: the crop of this object region touches person region regions[{person}] (margin included)"
    )]
    CropTouchesPerson {
        /// Index of the object region in the slice given.
        object: usize,
        /// Index of the person region it touches.
        person: usize,
    },
    /// The pixel buffer does not match its stated size.
    #[error("pixels: {len} bytes are not {width}x{height} RGB")]
    BadPixels {
        /// Stated width.
        width: u32,
        /// Stated height.
        height: u32,
        /// Length of the buffer.
        len: usize,
    },
    /// The original could not be decoded.
    #[error("original: {0}")]
    Decode(#[source] MediaError),
    /// The encoder failed, or produced something other than a bare JFIF.
    #[error("encode: {0}")]
    Encode(String),
    /// A JPEG quality outside 1..=100.
    #[error("quality {0} is outside 1..=100")]
    Quality(u8),
}

impl SanitizeError {
    pub(crate) fn region(field: impl Into<String>, reason: impl Into<String>) -> Self {
        SanitizeError::InvalidRegion { field: field.into(), reason: reason.into() }
    }

    /// The same error with its field prefixed by `regions[index].`.
    pub(crate) fn at(self, index: usize) -> Self {
        match self {
            SanitizeError::InvalidRegion { field, reason } => {
                SanitizeError::InvalidRegion { field: format!("regions[{index}].{field}"), reason }
            }
            other => other,
        }
    }
}
