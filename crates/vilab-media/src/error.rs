//! Errors of media analysis, each naming the format and, where the decoder
//! says so, the offset or field at fault.

use vilab_core::model::MediaKind;

/// Why a content could not be analysed (fully).
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The decoder rejected the bytes.
    #[error("undecodable {kind}: {reason}")]
    Undecodable {
        /// The detected kind.
        kind: &'static str,
        /// The decoder's own words.
        reason: String,
    },
    /// This kind is recognised but no decoder is built into this binary.
    #[error("undecodable: {kind} (no decoder in this build)")]
    Unsupported {
        /// The detected kind, upper case as users know it ("HEIC").
        kind: &'static str,
    },
    /// The image is larger than the configured pixel limit.
    #[error("image of {width}x{height} exceeds the limit of {limit} pixels")]
    TooLarge {
        /// Width from the header.
        width: u32,
        /// Height from the header.
        height: u32,
        /// Configured limit.
        limit: u64,
    },
    /// Decoding (or parsing EXIF) would allocate more than the memory
    /// granted to this content (`AnalyzeOptions::max_alloc`); refused from
    /// the header, before the memory was allocated.
    #[error("{what} needs {needed} bytes of memory, over the {allowed} allowed")]
    OverBudget {
        /// What would have allocated it ("GIF decode", "EXIF").
        what: String,
        /// Bytes it needs, from the header.
        needed: u64,
        /// Bytes it may use.
        allowed: u64,
    },
    /// EXIF was present but could not be parsed.
    #[error("malformed EXIF: {0}")]
    Exif(String),
    /// Thumbnail encoding failed.
    #[error("thumbnail: {0}")]
    Thumbnail(String),
    /// PDQ refused the pixels (an empty image).
    #[error("pdq: {0}")]
    Pdq(#[from] vilab_core::CoreError),
}

impl MediaError {
    pub(crate) fn undecodable(kind: MediaKind, reason: impl std::fmt::Display) -> Self {
        MediaError::Undecodable { kind: kind.as_str(), reason: reason.to_string() }
    }
}
