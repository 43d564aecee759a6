//! Queries about media items: list pages, keys to look one up, and the
//! detail of one item with every place it was found.

use std::fmt;

use serde::{Deserialize, Serialize};
use vilab_core::model::{IngestError, MediaKind, MediaRecord, Occurrence, OccurrenceKey};
use vilab_core::{Md5, PdqHash, Sha1, Sha256};

use crate::{CaseId, ExhibitId, MediaRowId, Result, RunId, StoreError};

/// One page of the media of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaQuery {
    /// Page size.
    pub limit: u32,
    /// Items to skip (page number times page size).
    pub offset: u64,
    /// Only this kind, when given.
    pub kind: Option<MediaKind>,
}

impl Default for MediaQuery {
    fn default() -> Self {
        MediaQuery { limit: 100, offset: 0, kind: None }
    }
}

/// One line of a media list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaSummary {
    /// Row id.
    pub id: MediaRowId,
    /// Content id.
    pub sha256: Sha256,
    /// MD5 (for hash-set matching and display).
    pub md5: Md5,
    /// Detected kind.
    pub kind: MediaKind,
    /// Size in bytes.
    pub size: u64,
    /// Pixel width, when decoded.
    pub width: Option<u32>,
    /// Pixel height, when decoded.
    pub height: Option<u32>,
    /// PDQ of the original orientation, when decoded.
    pub pdq: Option<PdqHash>,
    /// PDQ quality (0..=100), when decoded.
    pub quality: Option<u8>,
    /// Stored thumbnail, when made.
    pub thumbnail: Option<Sha256>,
    /// Number of occurrences in the case.
    pub occurrences: u64,
    /// The first place it was recorded in the case.
    pub first_path: OccurrenceKey,
    /// EXIF camera make.
    pub camera_make: Option<String>,
    /// EXIF camera model.
    pub camera_model: Option<String>,
    /// EXIF body serial number.
    pub body_serial: Option<String>,
    /// EXIF DateTimeOriginal as the camera wrote it.
    pub taken: Option<String>,
    /// Whether its EXIF gives a GPS position.
    pub has_gps: bool,
}

/// How to name a media item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MediaKey {
    /// Its row id (`#12`).
    RowId(MediaRowId),
    /// Its SHA-256 (its id).
    Sha256(Sha256),
    /// Its MD5; refused as ambiguous if two items share it.
    Md5(Md5),
    /// Its SHA-1; refused as ambiguous if two items share it.
    Sha1(Sha1),
    /// The first hex digits (8 to 64) of its SHA-256; refused as ambiguous
    /// if more than one item starts with them.
    HexPrefix(String),
}

/// Fewest hex digits accepted as a SHA-256 prefix: 32 bits, enough to be
/// unique in a lab of tens of thousands of items and short enough to type.
pub const MIN_PREFIX_DIGITS: usize = 8;

impl MediaKey {
    /// Reads a key as a user types it: `#N` (or a number of fewer than 8
    /// digits) is a row id; 32, 40 and 64 hex digits are MD5, SHA-1 and
    /// SHA-256; 8 to 63 hex digits are a SHA-256 prefix.
    pub fn parse(text: &str) -> Result<MediaKey> {
        let text = text.trim();
        let bad = |reason: &str| StoreError::invalid("media key", format!("'{text}': {reason}"));
        if let Some(n) = text.strip_prefix('#') {
            return n.parse::<i64>().map(|n| MediaKey::RowId(MediaRowId(n))).map_err(|_| bad("not a row number"));
        }
        if !text.is_empty() && text.len() < MIN_PREFIX_DIGITS && text.bytes().all(|b| b.is_ascii_digit()) {
            return text.parse::<i64>().map(|n| MediaKey::RowId(MediaRowId(n))).map_err(|_| bad("not a row number"));
        }
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad("expected #row, a hex digest or at least 8 hex digits of a SHA-256"));
        }
        let lower = text.to_ascii_lowercase();
        Ok(match lower.len() {
            32 => MediaKey::Md5(Md5::from_hex(&lower).map_err(|e| bad(&e.to_string()))?),
            40 => MediaKey::Sha1(Sha1::from_hex(&lower).map_err(|e| bad(&e.to_string()))?),
            64 => MediaKey::Sha256(Sha256::from_hex(&lower).map_err(|e| bad(&e.to_string()))?),
            n if (MIN_PREFIX_DIGITS..64).contains(&n) => MediaKey::HexPrefix(lower),
            _ => {
                return Err(bad("expected #row, a hex digest or at least 8 hex digits of a SHA-256"));
            }
        })
    }
}

impl fmt::Display for MediaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MediaKey::RowId(id) => write!(f, "#{id}"),
            MediaKey::Sha256(h) => write!(f, "{h}"),
            MediaKey::Md5(h) => write!(f, "{h}"),
            MediaKey::Sha1(h) => write!(f, "{h}"),
            MediaKey::HexPrefix(p) => f.write_str(p),
        }
    }
}

/// One occurrence with where it sits in the lab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OccurrenceDetail {
    /// The occurrence.
    pub occurrence: Occurrence,
    /// Its exhibit.
    pub exhibit_id: ExhibitId,
    /// Its exhibit's name.
    pub exhibit: String,
    /// Its case.
    pub case_id: CaseId,
    /// Its case's name.
    pub case: String,
    /// The run that recorded it.
    pub run: Option<RunId>,
}

/// One ingest error with where it sits in the lab.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// The error.
    pub error: IngestError,
    /// Its exhibit.
    pub exhibit_id: ExhibitId,
    /// Its exhibit's name.
    pub exhibit: String,
    /// Its case.
    pub case_id: CaseId,
    /// Its case's name.
    pub case: String,
    /// The run that resolved it (a transient error whose file a later run
    /// did whole), if any.
    pub resolved_by: Option<RunId>,
}

/// Everything known about one media item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaDetail {
    /// Row id.
    pub id: MediaRowId,
    /// The record: digests, kind, size, the eight dihedral PDQ, EXIF, thumbnail.
    pub record: MediaRecord,
    /// When the lab first recorded it, seconds since the Unix epoch (UTC).
    pub first_seen_at: i64,
    /// Every place it was found, in every case, in the order recorded.
    pub occurrences: Vec<OccurrenceDetail>,
    /// Errors recorded for this content (for example a failed decode).
    pub errors: Vec<ErrorDetail>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_key_parses_what_users_type() {
        let p = |s: &str| MediaKey::parse(s).unwrap();
        assert_eq!(p("#12"), MediaKey::RowId(MediaRowId(12)));
        assert_eq!(p("42"), MediaKey::RowId(MediaRowId(42)));
        assert_eq!(p("12345678"), MediaKey::HexPrefix("12345678".into()));
        assert_eq!(p("ABCDEF01"), MediaKey::HexPrefix("abcdef01".into()));
        assert!(matches!(p(&"a".repeat(32)), MediaKey::Md5(_)));
        assert!(matches!(p(&"b".repeat(40)), MediaKey::Sha1(_)));
        assert!(matches!(p(&"c".repeat(64)), MediaKey::Sha256(_)));
        assert!(MediaKey::parse("abc").is_err());
        assert!(MediaKey::parse("xyz12345").is_err());
        assert!(MediaKey::parse(&"d".repeat(65)).is_err());
        assert_eq!(p("#7").to_string(), "#7");
    }
}
