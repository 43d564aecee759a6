//! Errors of media analysis, each naming the format and, where the decoder
//! says so, the offset or field at fault; each maps to a stable
//! [`IngestErrorCode`] with its params ([`MediaError::code`],
//! [`MediaError::params`], [`MediaError::detail`]), so that ingest stores
//! the cause rather than these English words.

use vilab_core::model::{ErrorParams, IngestErrorCode, MediaKind};

/// Why a content could not be analysed (fully).
#[derive(Clone, Debug, thiserror::Error)]
pub enum MediaError {
    /// The decoder rejected the bytes.
    #[error("undecodable {kind}: {reason}")]
    Undecodable {
        /// The detected kind.
        kind: &'static str,
        /// The decoder's own words.
        reason: String,
    },
    /// The image's data ends before its last row.
    #[error("undecodable {kind}: image truncated")]
    Truncated {
        /// The detected kind.
        kind: &'static str,
    },
    /// The file holds no picture (a GIF without a frame).
    #[error("undecodable {kind}: no image in the file")]
    NoImage {
        /// The detected kind.
        kind: &'static str,
    },
    /// This kind is recognised but no decoder is built into this binary.
    #[error("undecodable: {} (no decoder in this build)", kind_label(*kind))]
    Unsupported {
        /// The detected kind.
        kind: MediaKind,
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
        /// What would have allocated it.
        what: Allocation,
        /// Bytes it needs, from the header.
        needed: u64,
        /// Bytes it may use.
        allowed: u64,
    },
    /// The decoder recovered from damaged data: the pixels are there, but
    /// partly filled (analysis still hashes them, and says so).
    #[error("{0}")]
    Damaged(Damage),
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

/// A step of analysis that allocates, as [`MediaError::OverBudget`] names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allocation {
    /// Decoding the pixels of this kind.
    Decode(MediaKind),
    /// Converting decoded pixels of this kind to 8 bits a sample.
    Conversion(MediaKind),
    /// Parsing the EXIF directories.
    ExifParse,
    /// Copying a HEIF's EXIF block out of libheif.
    ExifCopy,
    /// libjpeg's output buffer.
    JpegOutput,
    /// libjpeg's whole-image coefficient buffer (progressive JPEG).
    JpegCoefficients,
}

impl Allocation {
    /// Stable token, the `allocation` param of
    /// [`IngestErrorCode::OverMemoryGrant`].
    pub fn as_str(self) -> &'static str {
        match self {
            Allocation::Decode(_) => "decode",
            Allocation::Conversion(_) => "conversion",
            Allocation::ExifParse => "exif_parse",
            Allocation::ExifCopy => "exif_copy",
            Allocation::JpegOutput => "jpeg_output",
            Allocation::JpegCoefficients => "jpeg_coefficients",
        }
    }

    /// The kind whose pixels it is, for a decode or a conversion.
    pub fn kind(self) -> Option<MediaKind> {
        match self {
            Allocation::Decode(kind) | Allocation::Conversion(kind) => Some(kind),
            _ => None,
        }
    }
}

impl std::fmt::Display for Allocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Allocation::Decode(kind) => write!(f, "{} decode", kind.as_str()),
            Allocation::Conversion(kind) => write!(f, "{} conversion to 8 bits", kind.as_str()),
            Allocation::ExifParse => f.write_str("EXIF parse"),
            Allocation::ExifCopy => f.write_str("EXIF copy"),
            Allocation::JpegOutput => f.write_str("JPEG output"),
            Allocation::JpegCoefficients => f.write_str("JPEG coefficient buffer"),
        }
    }
}

/// Damage a decoder recovered from (libjpeg's warnings on a truncated or
/// corrupt JPEG).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "damaged {} data ({}; {warnings} warning{}): the picture is partly filled",
    kind.as_str().to_uppercase(),
    first_warning.as_deref().unwrap_or_default(),
    if *warnings == 1 { "" } else { "s" }
)]
pub struct Damage {
    /// The kind decoded.
    pub kind: MediaKind,
    /// How many warnings the decoder raised.
    pub warnings: u32,
    /// The first warning, in the decoder's words.
    pub first_warning: Option<String>,
}

/// A kind as people write it: `HEIC` for HEIF (what phones call their
/// photos), the kind in capitals otherwise.
fn kind_label(kind: MediaKind) -> String {
    if kind == MediaKind::Heif { "HEIC".into() } else { kind.as_str().to_uppercase() }
}

impl MediaError {
    pub(crate) fn undecodable(kind: MediaKind, reason: impl std::fmt::Display) -> Self {
        MediaError::Undecodable { kind: kind.as_str(), reason: reason.to_string() }
    }

    /// The stable code of this cause, as ingest stores it.
    pub fn code(&self) -> IngestErrorCode {
        match self {
            MediaError::Undecodable { .. } => IngestErrorCode::DecodeFailed,
            MediaError::Truncated { .. } => IngestErrorCode::DecodeTruncated,
            MediaError::NoImage { .. } => IngestErrorCode::NoImage,
            MediaError::Unsupported { .. } => IngestErrorCode::UnsupportedFormat,
            MediaError::TooLarge { .. } => IngestErrorCode::TooManyPixels,
            MediaError::OverBudget { .. } => IngestErrorCode::OverMemoryGrant,
            MediaError::Damaged(_) => IngestErrorCode::DecodeDamaged,
            MediaError::Exif(_) => IngestErrorCode::ExifUnreadable,
            MediaError::Thumbnail(_) => IngestErrorCode::ThumbnailFailed,
            MediaError::Pdq(_) => IngestErrorCode::PdqFailed,
        }
    }

    /// The params of [`MediaError::code`], as its documentation lists them.
    pub fn params(&self) -> ErrorParams {
        let mut params = ErrorParams::new();
        let mut put = |name: &str, value: String| {
            params.insert(name.to_string(), value);
        };
        match self {
            MediaError::Undecodable { kind, .. } | MediaError::Truncated { kind } | MediaError::NoImage { kind } => {
                put("format", kind.to_string())
            }
            MediaError::Unsupported { kind } => put("format", kind.as_str().to_string()),
            MediaError::TooLarge { width, height, limit } => {
                put("width", width.to_string());
                put("height", height.to_string());
                put("limit", limit.to_string());
            }
            MediaError::OverBudget { what, needed, allowed } => {
                put("allocation", what.as_str().to_string());
                if let Some(kind) = what.kind() {
                    put("format", kind.as_str().to_string());
                }
                put("needed", needed.to_string());
                put("allowed", allowed.to_string());
            }
            MediaError::Damaged(damage) => {
                put("format", damage.kind.as_str().to_string());
                put("warnings", damage.warnings.to_string());
            }
            MediaError::Exif(_) | MediaError::Thumbnail(_) | MediaError::Pdq(_) => {}
        }
        params
    }

    /// The library's own words, where a library spoke.
    pub fn detail(&self) -> Option<String> {
        match self {
            MediaError::Undecodable { reason, .. } => Some(reason.clone()),
            MediaError::Damaged(damage) => damage.first_warning.clone(),
            MediaError::Exif(text) | MediaError::Thumbnail(text) => Some(text.clone()),
            MediaError::Pdq(e) => Some(e.to_string()),
            MediaError::Truncated { .. }
            | MediaError::NoImage { .. }
            | MediaError::Unsupported { .. }
            | MediaError::TooLarge { .. }
            | MediaError::OverBudget { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English fallback of a code says what this error's own message
    /// says: one wording, whichever way it is shown.
    #[test]
    fn codes_word_the_same_in_english_as_the_error() {
        let errors = [
            MediaError::undecodable(MediaKind::Png, "Format error decoding Png: CRC error"),
            MediaError::Truncated { kind: "gif" },
            MediaError::NoImage { kind: "gif" },
            MediaError::Unsupported { kind: MediaKind::Heif },
            MediaError::TooLarge { width: 14000, height: 14000, limit: 1_000_000 },
            MediaError::OverBudget { what: Allocation::Decode(MediaKind::Gif), needed: 10, allowed: 5 },
            MediaError::OverBudget { what: Allocation::Conversion(MediaKind::Tiff), needed: 10, allowed: 5 },
            MediaError::OverBudget { what: Allocation::ExifParse, needed: 10, allowed: 5 },
            MediaError::OverBudget { what: Allocation::ExifCopy, needed: 10, allowed: 5 },
            MediaError::OverBudget { what: Allocation::JpegOutput, needed: 10, allowed: 5 },
            MediaError::OverBudget { what: Allocation::JpegCoefficients, needed: 10, allowed: 5 },
            MediaError::Damaged(Damage {
                kind: MediaKind::Jpeg,
                warnings: 2,
                first_warning: Some("Premature end of JPEG file".into()),
            }),
            MediaError::Exif("unexpected end of data".into()),
            MediaError::Thumbnail("encoder failed".into()),
            MediaError::Pdq(vilab_core::CoreError::EmptyImage { width: 0, height: 3 }),
        ];
        for e in errors {
            let english = e.code().describe_en(&e.params(), e.detail().as_deref());
            assert_eq!(english, e.to_string(), "{:?}", e.code());
        }
    }
}
