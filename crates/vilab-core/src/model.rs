//! Plain data that crosses crate boundaries: what ingest learns about one
//! content and one place it was found, as the store records it.
//!
//! These types carry no behaviour beyond small conversions, so that the
//! media decoder, the ingest pipeline and any store implementation (SQLite
//! now, PostgreSQL later) agree on one vocabulary.

use serde::{Deserialize, Serialize};

mod disk_place;
mod error_code;

pub use disk_place::{Allocation, DiskPlace};
pub use error_code::{ErrorParams, IngestErrorCode};

use crate::name::{NameEncoding, escape, escape_utf8};
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

/// One archive member on the way to a content: its position in the
/// archive's directory and its name. Two members are the same member when
/// both agree: a zip may hold two members of one name (an anti-forensic
/// trick that hides the first from tools that look members up by name),
/// and they stay two.
#[derive(Clone, Debug)]
pub struct Member {
    /// Position of the entry in the archive's directory, from 0.
    pub index: u32,
    /// The name's bytes exactly as stored.
    pub name: Vec<u8>,
    /// The name as shown ([`crate::name::escape`], then `!/` written `!\/`
    /// so that it cannot pose as nesting, and `\#N` after a name an earlier
    /// member already has).
    pub display: String,
}

impl Member {
    /// A member whose name is shown from `text_bytes` (its own bytes, or
    /// the UTF-8 name an archive gives beside them) read as `encoding`.
    pub fn new(index: u32, name: Vec<u8>, text_bytes: &[u8], encoding: NameEncoding) -> Self {
        let display = escape(text_bytes, encoding).replace(OccurrenceKey::NESTED_SEPARATOR, "!\\/");
        Member { index, name, display }
    }

    /// Marks the display of a member whose name an earlier member has.
    pub fn mark_repeated(&mut self) {
        self.display.push_str(&format!("\\#{}", self.index));
    }
}

impl PartialEq for Member {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.name == other.name
    }
}

impl Eq for Member {}

impl std::hash::Hash for Member {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
        self.name.hash(state);
    }
}

/// Where one content was found inside an exhibit: the file's path and the
/// archive members around the content. With the exhibit and the content,
/// the key of an occurrence, which makes re-ingesting idempotent.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "KeyJson", try_from = "KeyJson")]
pub struct OccurrenceKey {
    /// Path relative to the exhibit root, components joined by `/`, as the
    /// file system gave its bytes.
    pub path: Vec<u8>,
    /// Archive members, the outermost first; empty outside archives.
    pub members: Vec<Member>,
}

impl OccurrenceKey {
    /// Separator between the members of nested archives in an archive path
    /// (`outer/inner.zip!/photo.jpg`), as forensic tools write it.
    pub const NESTED_SEPARATOR: &'static str = "!/";

    /// The key of a file at `path` (bytes relative to the exhibit root).
    pub fn file(path: impl Into<Vec<u8>>) -> Self {
        OccurrenceKey { path: path.into(), members: Vec::new() }
    }

    /// The key of `member` of the archive at this key.
    pub fn member(&self, member: Member) -> Self {
        let mut members = self.members.clone();
        members.push(member);
        OccurrenceKey { path: self.path.clone(), members }
    }

    /// The key of the file these members are in.
    pub fn top(&self) -> Self {
        OccurrenceKey::file(self.path.clone())
    }

    /// The path as shown ([`escape_utf8`]).
    pub fn path_display(&self) -> String {
        escape_utf8(&self.path)
    }

    /// The members as shown, joined by `!/`; empty outside archives.
    pub fn archive_display(&self) -> String {
        let shown: Vec<&str> = self.members.iter().map(|m| m.display.as_str()).collect();
        shown.join(Self::NESTED_SEPARATOR)
    }

    /// The place as one line for people: `path`, or `path!/members`. A
    /// `!/` in the path itself (a folder named `x!`) is written `!\/`, as
    /// in member names, so that no path poses as an archive member: the
    /// file `x!/y` and the member `y` of the zip `x` stay two lines.
    pub fn display_path(&self) -> String {
        let path = self.path_display().replace(Self::NESTED_SEPARATOR, "!\\/");
        if self.members.is_empty() {
            path
        } else {
            format!("{path}{}{}", Self::NESTED_SEPARATOR, self.archive_display())
        }
    }

    /// The members as stored: for each, its index and the length of its
    /// name (both `u32`, big-endian), then the name's bytes. Empty outside
    /// archives.
    pub fn archive_key(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for m in &self.members {
            out.extend_from_slice(&m.index.to_be_bytes());
            out.extend_from_slice(&(m.name.len() as u32).to_be_bytes());
            out.extend_from_slice(&m.name);
        }
        out
    }

    /// The key from its stored parts: the raw path, [`OccurrenceKey::archive_key`]
    /// and [`OccurrenceKey::archive_display`]. `None` when they do not fit
    /// together.
    pub fn from_stored(path: Vec<u8>, archive_key: &[u8], archive_display: &str) -> Option<Self> {
        let mut members = Vec::new();
        let mut rest = archive_key;
        while !rest.is_empty() {
            let index = u32::from_be_bytes(rest.get(0..4)?.try_into().ok()?);
            let len = u32::from_be_bytes(rest.get(4..8)?.try_into().ok()?) as usize;
            let name = rest.get(8..8 + len)?.to_vec();
            rest = &rest[8 + len..];
            members.push(Member { index, name, display: String::new() });
        }
        if !members.is_empty() {
            let shown: Vec<&str> = archive_display.split(Self::NESTED_SEPARATOR).collect();
            if shown.len() != members.len() {
                return None;
            }
            for (m, d) in members.iter_mut().zip(shown) {
                m.display = d.to_string();
            }
        } else if !archive_display.is_empty() {
            return None;
        }
        Some(OccurrenceKey { path, members })
    }
}

/// How a key reads in JSON: the display forms, with the raw bytes in hex
/// beside any name that does not display as itself.
#[derive(Serialize, Deserialize)]
struct KeyJson {
    path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path_hex: Option<String>,
    archive_path: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    members: Vec<MemberJson>,
}

#[derive(Serialize, Deserialize)]
struct MemberJson {
    index: u32,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name_hex: Option<String>,
}

fn hex_unless_plain(bytes: &[u8], display: &str) -> Option<String> {
    (std::str::from_utf8(bytes) != Ok(display)).then(|| hex::encode(bytes))
}

impl From<OccurrenceKey> for KeyJson {
    fn from(key: OccurrenceKey) -> Self {
        let path = key.path_display();
        KeyJson {
            path_hex: hex_unless_plain(&key.path, &path),
            archive_path: key.archive_display(),
            members: key
                .members
                .iter()
                .map(|m| MemberJson {
                    index: m.index,
                    name_hex: hex_unless_plain(&m.name, &m.display),
                    name: m.display.clone(),
                })
                .collect(),
            path,
        }
    }
}

impl TryFrom<KeyJson> for OccurrenceKey {
    type Error = String;

    fn try_from(json: KeyJson) -> Result<Self, String> {
        let raw = |text: &str, hex_text: Option<&String>| match hex_text {
            Some(h) => hex::decode(h).map_err(|e| format!("bad hex name {h:?}: {e}")),
            None => Ok(text.as_bytes().to_vec()),
        };
        let path = raw(&json.path, json.path_hex.as_ref())?;
        let members = json
            .members
            .iter()
            .map(|m| Ok(Member { index: m.index, name: raw(&m.name, m.name_hex.as_ref())?, display: m.name.clone() }))
            .collect::<Result<_, String>>()?;
        Ok(OccurrenceKey { path, members })
    }
}

/// What is worth knowing about one place beyond its content.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum OccurrenceNote {
    /// An earlier member of the same archive has the same name: tools that
    /// look members up by name show only one of them.
    DuplicateName {
        /// The index of the first member of that name.
        first_index: u32,
    },
    /// The member's local header gives another name than the archive's
    /// directory: tools that read one or the other show different names.
    LocalNameDiffers,
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
    /// What is odd about this place, if anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<OccurrenceNote>,
    /// Where on a disk image, for an exhibit read from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disk: Option<DiskPlace>,
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
///
/// Why is a [`IngestErrorCode`] with the values its message needs
/// (`params`) and, where a library spoke, its own words (`detail`): never
/// a sentence of vilab's, so that it can be shown in any language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestError {
    /// Where, inside the exhibit.
    pub key: OccurrenceKey,
    /// At which stage.
    pub stage: ErrorStage,
    /// Why: the cause, stable across versions and languages.
    pub code: IngestErrorCode,
    /// Named values the message needs (offsets, sizes, limits, entry
    /// numbers), as the code's documentation lists them.
    #[serde(default)]
    pub params: ErrorParams,
    /// The words of the library that failed, as it wrote them (the
    /// operating system's error, libjpeg's warning, the zip reader's
    /// description), where there is one.
    #[serde(default)]
    pub detail: Option<String>,
    /// The content's SHA-256 when it could be read.
    pub sha256: Option<Sha256>,
    /// Whether the cause lies outside the content (a read or write that
    /// failed, a full disk, memory): such a file is not done, and the next
    /// run retries it. Errors of the content itself (it does not decode, the
    /// archive is corrupt) are final.
    pub transient: bool,
}

impl IngestError {
    /// A final error of `code` at `key` and `stage`, with no params, detail
    /// or content yet.
    pub fn new(key: OccurrenceKey, stage: ErrorStage, code: IngestErrorCode) -> Self {
        IngestError { key, stage, code, params: ErrorParams::new(), detail: None, sha256: None, transient: false }
    }

    /// Adds the param `name`.
    pub fn with_param(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    /// Adds every param of `params`.
    pub fn with_params(mut self, params: ErrorParams) -> Self {
        self.params.extend(params);
        self
    }

    /// Sets the library's words.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the library's words, if any.
    pub fn with_opt_detail(mut self, detail: Option<String>) -> Self {
        self.detail = detail;
        self
    }

    /// Names the content the error is about.
    pub fn with_sha256(mut self, sha256: Option<Sha256>) -> Self {
        self.sha256 = sha256;
        self
    }

    /// Marks the error transient (or not).
    pub fn with_transient(mut self, transient: bool) -> Self {
        self.transient = transient;
        self
    }

    /// The value of param `name`, if given.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.get(name).map(String::as_str)
    }

    /// The error in English ([`IngestErrorCode::describe_en`]), for logs,
    /// tests and the command line until the language catalogs take over.
    pub fn describe_en(&self) -> String {
        self.code.describe_en(&self.params, self.detail.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_ending_in_a_bang_never_shows_as_an_archive_member() {
        let file = OccurrenceKey::file(b"x!/y".to_vec());
        let member = OccurrenceKey::file(b"x".to_vec()).member(Member::new(0, b"y".to_vec(), b"y", NameEncoding::Utf8));
        assert_eq!(member.display_path(), "x!/y");
        assert_eq!(file.display_path(), "x!\\/y");
        let nested =
            OccurrenceKey::file(b"x!/z.zip".to_vec()).member(Member::new(0, b"y".to_vec(), b"y", NameEncoding::Utf8));
        assert_eq!(nested.display_path(), "x!\\/z.zip!/y");
    }
}
