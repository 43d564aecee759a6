//! Plain data that crosses crate boundaries: what ingest learns about one
//! content and one place it was found, as the store records it.
//!
//! These types carry no behaviour beyond small conversions, so that the
//! media decoder, the ingest pipeline and any store implementation (SQLite
//! now, PostgreSQL later) agree on one vocabulary.

use serde::{Deserialize, Serialize};

use crate::{Digests, DihedralHashes, Sha256};

/// What a content is, detected from its bytes (magic), never its file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    /// JPEG (JFIF/EXIF).
    Jpeg,
    /// PNG.
    Png,
    /// GIF (first frame is hashed).
    Gif,
    /// Windows bitmap.
    Bmp,
    /// WebP (lossy or lossless).
    Webp,
    /// TIFF (first page).
    Tiff,
    /// HEIC/HEIF from phones.
    Heif,
    /// A zip archive (walked, not stored as an image).
    Zip,
    /// Anything else: recorded with digests only.
    Other,
}

impl MediaKind {
    /// Every kind, for listing and for parsing stored text.
    pub const ALL: [MediaKind; 9] = [
        MediaKind::Jpeg,
        MediaKind::Png,
        MediaKind::Gif,
        MediaKind::Bmp,
        MediaKind::Webp,
        MediaKind::Tiff,
        MediaKind::Heif,
        MediaKind::Zip,
        MediaKind::Other,
    ];

    /// Stable lowercase name, as stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Jpeg => "jpeg",
            MediaKind::Png => "png",
            MediaKind::Gif => "gif",
            MediaKind::Bmp => "bmp",
            MediaKind::Webp => "webp",
            MediaKind::Tiff => "tiff",
            MediaKind::Heif => "heif",
            MediaKind::Zip => "zip",
            MediaKind::Other => "other",
        }
    }

    /// Inverse of [`MediaKind::as_str`].
    pub fn parse(text: &str) -> Option<MediaKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Whether this kind is a still image that vilab decodes and hashes.
    pub fn is_image(self) -> bool {
        !matches!(self, MediaKind::Zip | MediaKind::Other)
    }

    /// The MIME type vilab reports for this kind.
    pub fn mime(self) -> &'static str {
        match self {
            MediaKind::Jpeg => "image/jpeg",
            MediaKind::Png => "image/png",
            MediaKind::Gif => "image/gif",
            MediaKind::Bmp => "image/bmp",
            MediaKind::Webp => "image/webp",
            MediaKind::Tiff => "image/tiff",
            MediaKind::Heif => "image/heif",
            MediaKind::Zip => "application/zip",
            MediaKind::Other => "application/octet-stream",
        }
    }
}

/// Identification leads read from EXIF. Every field is optional: absent tags
/// stay `None`, never a guessed value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExifFields {
    /// Camera make (0x010F).
    pub make: Option<String>,
    /// Camera model (0x0110).
    pub model: Option<String>,
    /// Camera body serial number (BodySerialNumber 0xA431).
    pub body_serial: Option<String>,
    /// Lens serial number (0xA435).
    pub lens_serial: Option<String>,
    /// DateTimeOriginal as written, `YYYY-MM-DDTHH:MM:SS` (local time of the camera).
    pub datetime_original: Option<String>,
    /// OffsetTimeOriginal as written (`+07:00`), when the camera recorded it.
    pub offset_time_original: Option<String>,
    /// GPS latitude in decimal degrees, south negative.
    pub gps_latitude: Option<f64>,
    /// GPS longitude in decimal degrees, west negative.
    pub gps_longitude: Option<f64>,
    /// GPS altitude in metres, below sea level negative.
    pub gps_altitude: Option<f64>,
    /// Orientation tag (1..=8) as written; vilab never rotates before hashing.
    pub orientation: Option<u16>,
    /// Software that wrote the file (0x0131).
    pub software: Option<String>,
}

impl ExifFields {
    /// Whether no field was found.
    pub fn is_empty(&self) -> bool {
        *self == ExifFields::default()
    }
}

/// Everything ingest learned about one unique content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MediaRecord {
    /// Digests and size of the content; `digests.sha256` is the id.
    pub digests: Digests,
    /// Detected kind.
    pub kind: MediaKind,
    /// Pixel width, when decoded.
    pub width: Option<u32>,
    /// Pixel height, when decoded.
    pub height: Option<u32>,
    /// PDQ of the eight orientations, when decoded.
    pub pdq: Option<DihedralHashes>,
    /// EXIF leads, when any were found.
    pub exif: Option<ExifFields>,
    /// SHA-256 of the stored thumbnail (a small JPEG in the evidence store).
    pub thumbnail: Option<Sha256>,
}

/// Where one content was found: the key of an occurrence is
/// (exhibit, path, archive path), which makes re-ingesting idempotent.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OccurrenceKey {
    /// Path relative to the exhibit root, with `/` separators.
    pub path: String,
    /// Path inside the archive(s) at `path`, members of nested archives
    /// joined by `!/`; empty when the file is not inside an archive.
    pub archive_path: String,
}

impl OccurrenceKey {
    /// Separator between the members of nested archives in an archive path
    /// (`outer/inner.zip!/photo.jpg`), as forensic tools write it.
    pub const NESTED_SEPARATOR: &'static str = "!/";

    /// The place as one line for people: `path`, or `path!/archive path`.
    pub fn display_path(&self) -> String {
        if self.archive_path.is_empty() {
            self.path.clone()
        } else {
            format!("{}{}{}", self.path, Self::NESTED_SEPARATOR, self.archive_path)
        }
    }
}

/// One place a content was found, with the file's own metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Where, inside the exhibit.
    pub key: OccurrenceKey,
    /// SHA-256 of the content found there.
    pub sha256: Sha256,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, seconds since the Unix epoch (UTC), if known.
    pub modified: Option<i64>,
    /// Last access time, if known.
    pub accessed: Option<i64>,
    /// Creation (birth) time, if the file system records it.
    pub created: Option<i64>,
}

/// The stage of ingest at which something went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorStage {
    /// The file or archive member could not be read.
    Read,
    /// An archive could not be opened or walked.
    Archive,
    /// The image could not be decoded.
    Decode,
    /// EXIF was present but malformed.
    Exif,
    /// The evidence store refused the content.
    Store,
}

impl ErrorStage {
    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorStage::Read => "read",
            ErrorStage::Archive => "archive",
            ErrorStage::Decode => "decode",
            ErrorStage::Exif => "exif",
            ErrorStage::Store => "store",
        }
    }

    /// Inverse of [`ErrorStage::as_str`].
    pub fn parse(text: &str) -> Option<ErrorStage> {
        [Self::Read, Self::Archive, Self::Decode, Self::Exif, Self::Store].into_iter().find(|s| s.as_str() == text)
    }
}

/// A file that could not be fully ingested. The content itself, when it
/// could be read, is still recorded as a media item with its digests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestError {
    /// Where, inside the exhibit.
    pub key: OccurrenceKey,
    /// At which stage.
    pub stage: ErrorStage,
    /// Why, in words, naming offsets where the parser gives them.
    pub reason: String,
    /// The content's SHA-256 when it could be read.
    pub sha256: Option<Sha256>,
}
