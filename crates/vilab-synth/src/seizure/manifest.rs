//! The manifest of a synthetic seizure: every file written and every
//! archive member, with its role, and the counts an ingest of the folder
//! must reproduce.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use vilab_core::Sha256;
use vilab_core::model::{MediaKind, OccurrenceKey};

use super::spec::SeizureSpec;
use crate::exif_write::ExifTags;
use crate::transform::Transform;

/// Why a file is corrupt, and so which error an ingest should report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorruptReason {
    /// The first half of a valid JPEG: no EOI, scan data cut short.
    /// Lenient decoders may still return a partly grey picture; a strict
    /// ingest flags it.
    TruncatedJpeg,
    /// A JPEG's header segments (up to, not including, SOS) followed by
    /// random bytes with no marker: there is no scan to decode.
    GarbageAfterJpegHeader,
    /// A zero-byte file with a `.jpg` name.
    EmptyFile,
    /// A valid PNG whose IHDR chunk CRC was altered.
    BadPngCrc,
    /// The four-byte JPEG signature (`FF D8 FF E0`) followed by random
    /// bytes with no marker.
    JpegMagicThenGarbage,
    /// A zip whose first local header is intact but which stops in the
    /// middle of its first member: no central directory.
    TruncatedZip,
}

/// Where a file or member is, as an ingest shows it: the path and the
/// archive path in their display forms (the seizure's names are plain
/// UTF-8, so they display as themselves).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlaceName {
    /// Path relative to the seizure root.
    pub path: String,
    /// Path inside the archive(s), members joined by `!/`; empty on disk.
    pub archive_path: String,
}

impl PlaceName {
    /// Whether an ingest's occurrence key names this place.
    pub fn matches(&self, key: &OccurrenceKey) -> bool {
        key.path_display() == self.path && key.archive_display() == self.archive_path
    }

    /// The place of an occurrence key.
    pub fn of(key: &OccurrenceKey) -> Self {
        PlaceName { path: key.path_display(), archive_path: key.archive_display() }
    }
}

/// What a file (or archive member) is in the seizure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Role {
    /// A picture whose content appears nowhere earlier.
    Unique,
    /// The same bytes as `original`.
    ExactDupOf {
        /// Where the first copy is.
        original: PlaceName,
    },
    /// `original` decoded, edited by `transform` and saved again as JPEG
    /// (quality 80; a recompression at its own quality).
    NearDupOf {
        /// The unique picture it was made from.
        original: PlaceName,
        /// The edit.
        transform: Transform,
    },
    /// A damaged file.
    Corrupt {
        /// How it is damaged.
        reason: CorruptReason,
    },
    /// A file that is not a picture (text, PDF, binary).
    NonImage {
        /// What it is, in words.
        description: String,
    },
    /// A valid zip archive.
    Archive {
        /// Members directly inside (a nested archive counts as one).
        members: usize,
    },
}

/// One file on disk or one member of an archive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Path relative to the seizure root, `/`-separated. For an archive
    /// member, the path of the archive file on disk.
    pub path: String,
    /// Empty for a file on disk; for an archive member its path inside
    /// the archive, members of nested archives joined by `!/` (as in
    /// `vilab_core::model::OccurrenceKey`).
    pub archive_path: String,
    /// SHA-256 of the bytes.
    pub sha256: Sha256,
    /// Size in bytes.
    pub size: u64,
    /// The kind detection from the bytes (magic) should report.
    pub kind: MediaKind,
    /// What it is in the seizure.
    pub role: Role,
    /// Whether a correct decoder decodes it into a picture.
    pub decodable: bool,
    /// Pixel width, for decodable pictures.
    pub width: Option<u32>,
    /// Pixel height, for decodable pictures.
    pub height: Option<u32>,
    /// Seed of the scene painted in it (for near duplicates, the
    /// original's), when it holds a scene.
    pub scene_seed: Option<u64>,
    /// EXIF written into it, when any.
    pub exif: Option<ExifTags>,
    /// Whether the name's extension hides what the content is (a JPEG
    /// named `.dat`, a PNG named `.jpg`, a picture with no extension).
    pub misleading_extension: bool,
    /// Modification time set on the file, seconds since the Unix epoch;
    /// `None` for archive members.
    pub modified: Option<i64>,
}

impl ManifestEntry {
    /// The (path, archive path) pair that identifies this occurrence.
    pub fn key(&self) -> PlaceName {
        PlaceName { path: self.path.clone(), archive_path: self.archive_path.clone() }
    }

    /// Whether this is a file on disk rather than an archive member.
    pub fn on_disk(&self) -> bool {
        self.archive_path.is_empty()
    }
}

/// What an ingest of the seizure must find. Derived from the entries
/// themselves, never predicted, so it is right by construction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedCounts {
    /// Regular files written under the root (all of them; nothing else is
    /// there).
    pub files_on_disk: usize,
    /// Their total size in bytes.
    pub bytes_on_disk: u64,
    /// Members of valid archives at any depth, nested archives included.
    pub archive_members: usize,
    /// Files on disk plus archive members: the occurrences ingest records.
    pub occurrences: usize,
    /// Distinct SHA-256 over all occurrences (archives, corrupt, empty and
    /// non-image files included): the media items ingest records.
    pub distinct_contents: usize,
    /// Distinct SHA-256 over the files on disk only.
    pub distinct_contents_on_disk: usize,
    /// Occurrences that decode as pictures.
    pub decodable_images: usize,
    /// Distinct contents that decode as pictures: the ones to hash.
    pub distinct_decodable_images: usize,
    /// Occurrences with role `unique`.
    pub unique_images: usize,
    /// Occurrences with role `exact_dup_of`.
    pub exact_duplicates: usize,
    /// Occurrences with role `near_dup_of`.
    pub near_duplicates: usize,
    /// Occurrences with role `corrupt` (pictures and archives).
    pub corrupt: usize,
    /// Of those, corrupt archives (ingest reports them at the archive
    /// stage, the others at decode or read).
    pub corrupt_archives: usize,
    /// Occurrences with role `non_image`.
    pub non_images: usize,
    /// Valid archives, nested ones included.
    pub archives: usize,
    /// Valid archives found inside other archives.
    pub nested_archives: usize,
    /// Occurrences whose extension hides their content.
    pub misleading_extensions: usize,
    /// Distinct contents carrying EXIF.
    pub distinct_with_exif: usize,
    /// Distinct contents carrying GPS.
    pub distinct_with_gps: usize,
    /// Distinct contents carrying a body serial number.
    pub distinct_with_body_serial: usize,
    /// The distinct body serial numbers (one per camera).
    pub body_serials: BTreeSet<String>,
    /// Distinct contents per detected kind (`MediaKind::as_str`).
    pub distinct_by_kind: BTreeMap<String, usize>,
}

impl ExpectedCounts {
    /// Counts over `entries` (files on disk and archive members).
    pub fn tally(entries: &[ManifestEntry]) -> Self {
        let mut counts = ExpectedCounts::default();
        let mut all = BTreeSet::new();
        let mut on_disk = BTreeSet::new();
        let mut images = BTreeSet::new();
        for entry in entries {
            let first_time = all.insert(entry.sha256);
            if entry.on_disk() {
                counts.files_on_disk += 1;
                counts.bytes_on_disk += entry.size;
                on_disk.insert(entry.sha256);
            } else {
                counts.archive_members += 1;
                if matches!(entry.role, Role::Archive { .. }) {
                    counts.nested_archives += 1;
                }
            }
            if entry.decodable {
                counts.decodable_images += 1;
                images.insert(entry.sha256);
            }
            counts.misleading_extensions += usize::from(entry.misleading_extension);
            match &entry.role {
                Role::Unique => counts.unique_images += 1,
                Role::ExactDupOf { .. } => counts.exact_duplicates += 1,
                Role::NearDupOf { .. } => counts.near_duplicates += 1,
                Role::Corrupt { reason } => {
                    counts.corrupt += 1;
                    counts.corrupt_archives += usize::from(*reason == CorruptReason::TruncatedZip);
                }
                Role::NonImage { .. } => counts.non_images += 1,
                Role::Archive { .. } => counts.archives += 1,
            }
            if first_time {
                *counts.distinct_by_kind.entry(entry.kind.as_str().to_string()).or_default() += 1;
                if let Some(exif) = &entry.exif {
                    counts.distinct_with_exif += 1;
                    counts.distinct_with_gps += usize::from(exif.gps.is_some());
                    if let Some(serial) = &exif.body_serial {
                        counts.distinct_with_body_serial += 1;
                        counts.body_serials.insert(serial.clone());
                    }
                }
            }
        }
        counts.occurrences = entries.len();
        counts.distinct_contents = all.len();
        counts.distinct_contents_on_disk = on_disk.len();
        counts.distinct_decodable_images = images.len();
        counts
    }
}

/// Everything [`generate_seizure`](crate::generate_seizure) wrote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeizureManifest {
    /// The spec it was generated from.
    pub spec: SeizureSpec,
    /// Files on disk (sorted by path) followed by archive members (in
    /// archive order).
    pub entries: Vec<ManifestEntry>,
    /// What an ingest must find.
    pub counts: ExpectedCounts,
}

impl SeizureManifest {
    /// The entry at `path` (on disk) and `archive_path` (empty for a file
    /// on disk).
    pub fn find(&self, path: &str, archive_path: &str) -> Option<&ManifestEntry> {
        self.entries.iter().find(|e| e.path == path && e.archive_path == archive_path)
    }

    /// The files on disk.
    pub fn files_on_disk(&self) -> impl Iterator<Item = &ManifestEntry> {
        self.entries.iter().filter(|e| e.on_disk())
    }

    /// The members of archives, nested ones included.
    pub fn archive_members(&self) -> impl Iterator<Item = &ManifestEntry> {
        self.entries.iter().filter(|e| !e.on_disk())
    }
}
