//! Why an ingest error happened, as a stable code with named parameters
//! rather than a sentence: the store keeps the code, a catalog per language
//! (en, km, lo, th, vi) words it. [`IngestErrorCode::describe_en`] is the
//! English fallback until the catalogs take over.
//!
//! A code names one cause; its parameters (offsets, sizes, limits, entry
//! numbers) are the values a sentence about it needs, each written as
//! decimal text unless its variant says otherwise. Where a library said
//! something (the operating system's error, libjpeg's warning, the zip
//! reader's description), its words travel beside the code as `detail`,
//! as the library wrote them.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Named values an error's message needs, ordered by name.
pub type ErrorParams = BTreeMap<String, String>;

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal,)*) => {
        /// What went wrong in an ingest, one variant per cause. Stored as
        /// [`IngestErrorCode::as_str`], which never changes once released;
        /// the parameters each variant carries are listed with it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum IngestErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl IngestErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [IngestErrorCode] = &[$(IngestErrorCode::$variant,)*];

            /// Stable snake_case name, as stored and as serialized.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IngestErrorCode::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    // --- Reading the exhibit's files ---
    /// A folder (or an entry of it) could not be listed while walking the
    /// exhibit. Transient. No params; `detail`: the walker's and operating
    /// system's words.
    WalkFailed = "walk_failed",
    /// A symbolic link, which ingest never follows (it could lead outside
    /// the exhibit). Param `target`: where it points (escaped as names are,
    /// `vilab_core::name`), absent when the link could not be read, then
    /// `detail` holds the operating system's words.
    SymlinkNotFollowed = "symlink_not_followed",
    /// A device, socket or pipe: nothing to read as a content. No params.
    NotARegularFile = "not_a_regular_file",
    /// The file's metadata could not be read. Transient. `detail`: the
    /// operating system's words.
    StatFailed = "stat_failed",
    /// The file could not be opened. Transient. `detail`: the operating
    /// system's words.
    OpenFailed = "open_failed",
    /// Reading a file or member failed part way. Transient unless the
    /// reader said the bytes themselves are bad. `detail`: the reader's
    /// words.
    ReadFailed = "read_failed",
    /// The memory to hold a content whole could not be allocated.
    /// Transient. Param `bytes`: what was asked for; `detail`: the
    /// allocator's words.
    OutOfMemory = "out_of_memory",
    /// A content yielded more bytes than its container declared; it is
    /// stored, not decoded. Params `size` (bytes read), `declared`.
    LongerThanDeclared = "longer_than_declared",
    /// A content of zero bytes: usually a wiped, carved or failed copy. No
    /// params.
    EmptyFile = "empty_file",

    // --- Decoding images ---
    /// The picture needs more memory than the ingest's whole memory
    /// budget: stored with its digests, not decoded. Params `needed`,
    /// `budget` (bytes).
    OverMemoryBudget = "over_memory_budget",
    /// The image is larger than what ingest holds in memory: stored, not
    /// decoded. Params `size`, `limit` (bytes).
    OverInMemoryLimit = "over_in_memory_limit",
    /// The decoder rejected the bytes. Param `format` (a
    /// [`super::MediaKind::as_str`]); `detail`: the decoder's words.
    DecodeFailed = "decode_failed",
    /// The image's data ends before its last row. Param `format`.
    DecodeTruncated = "decode_truncated",
    /// The file holds no picture to decode (a GIF without a frame). Param
    /// `format`.
    NoImage = "no_image",
    /// The decoder recovered from damaged data (libjpeg's warnings): the
    /// picture is hashed but partly filled. Params `format`, `warnings`
    /// (how many); `detail`: the first warning, in libjpeg's words.
    DecodeDamaged = "decode_damaged",
    /// The format is recognised but this build has no decoder for it.
    /// Param `format`.
    UnsupportedFormat = "unsupported_format",
    /// The image's header declares more pixels than the limit. Params
    /// `width`, `height`, `limit` (pixels).
    TooManyPixels = "too_many_pixels",
    /// One step of the analysis would allocate more than the memory
    /// granted to this content; refused from the header. Params
    /// `allocation` (`decode`, `conversion`, `exif_parse`, `exif_copy`,
    /// `jpeg_output` or `jpeg_coefficients`), `format` (for `decode` and
    /// `conversion`), `needed`, `allowed` (bytes).
    OverMemoryGrant = "over_memory_grant",
    /// EXIF is present but cannot be parsed. `detail`: the parser's words.
    ExifUnreadable = "exif_unreadable",
    /// The thumbnail could not be made. `detail`: the encoder's words.
    ThumbnailFailed = "thumbnail_failed",
    /// PDQ refused the decoded pixels. `detail`: why.
    PdqFailed = "pdq_failed",

    // --- The evidence store ---
    /// Writing to the evidence store failed. Transient. Param `blob`:
    /// `thumbnail` when it was the thumbnail, absent for the content
    /// itself; `file` where the store names one; `detail`: the store's or
    /// operating system's words.
    StoreFailed = "store_failed",
    /// The evidence store's disk is full (or over its quota). Transient.
    /// Param `blob` as for `store_failed`; `detail`: the operating
    /// system's words (`No space left on device (os error 28)`).
    OutOfSpace = "out_of_space",
    /// An archive's copy in the evidence store could not be opened to walk
    /// it. Transient. `detail`: the store's words.
    StoreReadFailed = "store_read_failed",

    // --- Archives ---
    /// Reading the archive's stored copy failed. Transient. Param
    /// `offset`: where the read was aimed; `detail`: the operating
    /// system's words.
    ArchiveReadFailed = "archive_read_failed",
    /// The archive cannot be opened: not a zip, cut short, or its directory
    /// is damaged. `detail`: the zip reader's description.
    ArchiveUnreadable = "archive_unreadable",
    /// Two entries share bytes (David Fifield's "better zip bomb"): the
    /// whole archive is refused. Params `first`, `second` (entry numbers),
    /// `offset` (where the second starts).
    ArchiveEntriesOverlap = "archive_entries_overlap",
    /// The archive is split over several files. Params `disk` (the disk
    /// its end record is on), `offset` (where that record is).
    ArchiveSplit = "archive_split",
    /// More entries than the zip reader's limit. Params `count`, `limit`.
    ArchiveTooManyEntries = "archive_too_many_entries",
    /// A central directory larger than the zip reader's limit. Params
    /// `size`, `limit` (bytes).
    ArchiveDirectoryTooLarge = "archive_directory_too_large",
    /// An archive nested deeper than the limit: recorded, not opened.
    /// Param `limit` (levels).
    ArchiveTooDeep = "archive_too_deep",
    /// Zip-bomb guard: a member's declared size is too many times its
    /// compressed size. Params `size`, `compressed` (bytes), `limit` (the
    /// ratio).
    ArchiveBombRatio = "archive_bomb_ratio",
    /// Zip-bomb guard: the top-level archive, nested archives included,
    /// expands past the limit. Param `limit` (bytes).
    ArchiveBombExpansion = "archive_bomb_expansion",
    /// A member whose data cannot be located or extracted (its local
    /// header is missing or cut, its data runs past the archive). Param
    /// `entry` (its number in the central directory) where known;
    /// `detail`: the zip reader's description.
    MemberUnreadable = "member_unreadable",
    /// A member compressed with a method vilab does not decompress. Params
    /// `entry`, `method` (the zip method number); `detail`: the method's
    /// name as the zip reader knows it (`bzip2`), when it has one.
    MemberUnsupportedMethod = "member_unsupported_method",
    /// An encrypted member (vilab does not decrypt). Param `entry`.
    MemberEncrypted = "member_encrypted",
    /// A member's bytes do not match its CRC-32; what was read is stored as
    /// it came. Params `entry`, `expected`, `actual` (8 hex digits each),
    /// `stored` (bytes stored).
    MemberCrcMismatch = "member_crc_mismatch",
    /// A member ends before its declared size; what was read is stored.
    /// Params `entry`, `expected`, `actual`, `stored` (bytes).
    MemberShorterThanDeclared = "member_shorter_than_declared",
    /// A member yields more than its declared size; reading stopped there
    /// and what was read is stored. Params `entry`, `expected`, `actual`
    /// (at least), `stored` (bytes).
    MemberLongerThanDeclared = "member_longer_than_declared",
    /// A member's compressed data is damaged or cut short; what was read is
    /// stored. Params `entry`, `produced`, `stored` (bytes); `detail`: the
    /// decompressor's words.
    MemberDamaged = "member_damaged",

    // --- Disk images (issue 23) ---
    /// Reading the disk image itself failed (a chunk of an E01 fails its
    /// checksum, a segment is cut short). Param `offset`: the image byte
    /// where the read was aimed; `detail`: the image reader's words.
    DiskImageUnreadable = "disk_image_unreadable",
    /// The partition table is damaged; what could be read is used. No
    /// params; `detail`: what is wrong.
    DiskPartitionTable = "disk_partition_table",
    /// A volume holds no file system vilab reads, or it cannot be opened:
    /// its space is carved instead. Param `volume`; `detail`: why.
    DiskNoFileSystem = "disk_no_file_system",
    /// A fault inside a file system (a looping directory, a damaged
    /// record): the rest of it is still read. Param `volume`; `detail`:
    /// the file system reader's words.
    DiskFileSystemDamaged = "disk_file_system_damaged",
    /// A file whose bytes on disk are not its content as stored (sparse,
    /// compressed or encrypted): what lies in its extents is stored. No
    /// params.
    DiskContentPartial = "disk_content_partial",

    // --- Rows of earlier versions ---
    /// An error recorded by a vilab before codes whose sentence matches no
    /// known pattern; `detail` keeps the sentence. Never produced by an
    /// ingest.
    Legacy = "legacy",
}

impl IngestErrorCode {
    /// Inverse of [`IngestErrorCode::as_str`].
    pub fn parse(text: &str) -> Option<IngestErrorCode> {
        Self::ALL.iter().copied().find(|c| c.as_str() == text)
    }

    /// An English sentence for an error of this code with these params and
    /// detail: the fallback of the language catalogs, for logs and tests.
    /// A missing param shows as `?`.
    pub fn describe_en(self, params: &ErrorParams, detail: Option<&str>) -> String {
        use IngestErrorCode as C;
        let p = |name: &str| params.get(name).map(String::as_str).unwrap_or("?");
        // "words: detail", or the words alone when there is no detail.
        let with = |words: String| match detail {
            Some(d) => format!("{words}: {d}"),
            None => words,
        };
        let blob = if params.get("blob").is_some_and(|b| b == "thumbnail") { " the thumbnail" } else { "" };
        let file = params.get("file").map(|f| format!(" ({f})")).unwrap_or_default();
        let stored = || format!("the {} bytes read are stored as they came", p("stored"));
        match self {
            C::WalkFailed => with("cannot walk".into()),
            C::SymlinkNotFollowed => match params.get("target") {
                Some(target) => format!("symbolic link to {target} not followed"),
                None => with("symbolic link not followed, unreadable link".into()),
            },
            C::NotARegularFile => "not a regular file (device, socket or pipe)".into(),
            C::StatFailed => with("cannot stat".into()),
            C::OpenFailed => with("cannot open".into()),
            C::ReadFailed => with("cannot read".into()),
            C::OutOfMemory => with(format!("out of memory for {} bytes", p("bytes"))),
            C::LongerThanDeclared => {
                format!("{} bytes where {} were declared: stored, not decoded", p("size"), p("declared"))
            }
            C::EmptyFile => "empty file (0 bytes)".into(),
            C::OverMemoryBudget => format!(
                "not decoded: needs {} bytes of memory, more than the ingest's whole memory budget of {} bytes",
                p("needed"),
                p("budget")
            ),
            C::OverInMemoryLimit => format!(
                "image of {} bytes exceeds the in-memory limit of {}: stored, not decoded",
                p("size"),
                p("limit")
            ),
            C::DecodeFailed => with(format!("undecodable {}", p("format"))),
            C::DecodeTruncated => format!("undecodable {}: image truncated", p("format")),
            C::NoImage => format!("undecodable {}: no image in the file", p("format")),
            C::DecodeDamaged => {
                let warnings = p("warnings");
                format!(
                    "damaged {} data ({}; {warnings} warning{}): the picture is partly filled",
                    p("format").to_uppercase(),
                    detail.unwrap_or_default(),
                    if warnings == "1" { "" } else { "s" }
                )
            }
            C::UnsupportedFormat => {
                format!("undecodable: {} (no decoder in this build)", format_label(p("format")))
            }
            C::TooManyPixels => {
                format!("image of {}x{} exceeds the limit of {} pixels", p("width"), p("height"), p("limit"))
            }
            C::OverMemoryGrant => format!(
                "{} needs {} bytes of memory, over the {} allowed",
                allocation_en(p("allocation"), p("format")),
                p("needed"),
                p("allowed")
            ),
            C::ExifUnreadable => with("malformed EXIF".into()),
            C::ThumbnailFailed => with("thumbnail".into()),
            C::PdqFailed => with("pdq".into()),
            C::StoreFailed => with(format!("cannot write{blob} to the evidence store{file}")),
            C::OutOfSpace => with(format!("the evidence store is out of space, cannot write{blob}{file}")),
            C::StoreReadFailed => with("cannot read the archive back from the evidence store".into()),
            C::ArchiveReadFailed => with(format!("reading the archive failed near byte {}", p("offset"))),
            C::ArchiveUnreadable => with("cannot open zip".into()),
            C::ArchiveEntriesOverlap => {
                format!("cannot open zip: entries {} and {} overlap at byte {}", p("first"), p("second"), p("offset"))
            }
            C::ArchiveSplit => format!(
                "cannot open zip: the archive is split over several files (its end record at byte {} is on disk {}); \
                 join the parts first",
                p("offset"),
                p("disk")
            ),
            C::ArchiveTooManyEntries => format!(
                "cannot open zip: the archive has {} entries or more, more than the limit of {}",
                p("count"),
                p("limit")
            ),
            C::ArchiveDirectoryTooLarge => format!(
                "cannot open zip: the central directory is {} bytes, more than the limit of {}",
                p("size"),
                p("limit")
            ),
            C::ArchiveTooDeep => format!("archive nested deeper than {} levels: recorded, not opened", p("limit")),
            C::ArchiveBombRatio => format!(
                "zip-bomb guard: {} bytes from {} compressed (ratio over {})",
                p("size"),
                p("compressed"),
                p("limit")
            ),
            C::ArchiveBombExpansion => format!("zip-bomb guard: archive expands past {} bytes in all", p("limit")),
            C::MemberUnreadable => match params.get("entry") {
                Some(entry) => with(format!("zip entry {entry} cannot be read")),
                None => with("zip entry cannot be read".into()),
            },
            C::MemberUnsupportedMethod => {
                let method = match detail {
                    Some(name) => format!("method {} ({name})", p("method")),
                    None => format!("method {}", p("method")),
                };
                format!("zip entry {} is compressed with {method}, which vilab cannot decompress", p("entry"))
            }
            C::MemberEncrypted => format!("zip entry {} is encrypted", p("entry")),
            C::MemberCrcMismatch => format!(
                "entry {} has CRC-32 {}, not the {} declared: {}",
                p("entry"),
                p("actual"),
                p("expected"),
                stored()
            ),
            C::MemberShorterThanDeclared => format!(
                "entry {} yields {} bytes, fewer than the {} declared: {}",
                p("entry"),
                p("actual"),
                p("expected"),
                stored()
            ),
            C::MemberLongerThanDeclared => format!(
                "entry {} yields at least {} bytes, more than the {} declared: {}",
                p("entry"),
                p("actual"),
                p("expected"),
                stored()
            ),
            C::MemberDamaged => format!(
                "entry {} has damaged or cut-short compressed data after {} bytes ({}): {}",
                p("entry"),
                p("produced"),
                detail.unwrap_or("?"),
                stored()
            ),
            C::DiskImageUnreadable => with(format!("cannot read the disk image at byte {}", p("offset"))),
            C::DiskPartitionTable => with("damaged partition table".into()),
            C::DiskNoFileSystem => {
                with(format!("no readable file system on volume {}: its space is carved", p("volume")))
            }
            C::DiskFileSystemDamaged => with(format!("damaged file system on volume {}", p("volume"))),
            C::DiskContentPartial => {
                "sparse, compressed or encrypted on disk: the bytes stored are not the whole content".into()
            }
            C::Legacy => detail.unwrap_or("error recorded by an earlier vilab").to_string(),
        }
    }
}

/// A format as people write it: `HEIC` for HEIF (what phones call their
/// photos), the kind in capitals otherwise.
fn format_label(format: &str) -> String {
    if format == "heif" { "HEIC".into() } else { format.to_uppercase() }
}

/// The English words for an `allocation` param of
/// [`IngestErrorCode::OverMemoryGrant`].
fn allocation_en(allocation: &str, format: &str) -> String {
    match allocation {
        "decode" => format!("{format} decode"),
        "conversion" => format!("{format} conversion to 8 bits"),
        "exif_parse" => "EXIF parse".into(),
        "exif_copy" => "EXIF copy".into(),
        "jpeg_output" => "JPEG output".into(),
        "jpeg_coefficients" => "JPEG coefficient buffer".into(),
        other => other.into(),
    }
}

impl fmt::Display for IngestErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for IngestErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for IngestErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IngestErrorCode::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown ingest error code '{text}'")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_code_text_is_used_twice_and_every_one_parses_back() {
        let mut seen = HashSet::new();
        for &code in IngestErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{} is used twice", code.as_str());
            assert_eq!(IngestErrorCode::parse(code.as_str()), Some(code));
        }
        assert_eq!(IngestErrorCode::parse("Legacy"), None, "parsing is exact");
    }

    #[test]
    fn codes_are_snake_case() {
        for &code in IngestErrorCode::ALL {
            let text = code.as_str();
            assert!(
                text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    && !text.starts_with('_')
                    && !text.ends_with('_'),
                "{text}"
            );
        }
    }

    #[test]
    fn codes_serialize_as_their_stable_text() {
        for &code in IngestErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<IngestErrorCode>(&json).unwrap(), code);
        }
        assert!(serde_json::from_str::<IngestErrorCode>("\"no_such_code\"").is_err());
    }

    #[test]
    fn english_keeps_the_old_sentences() {
        let params = |pairs: &[(&str, &str)]| -> ErrorParams {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        let ratio = params(&[("size", "20971520"), ("compressed", "20380"), ("limit", "100")]);
        assert_eq!(
            IngestErrorCode::ArchiveBombRatio.describe_en(&ratio, None),
            "zip-bomb guard: 20971520 bytes from 20380 compressed (ratio over 100)"
        );
        let damaged = params(&[("format", "jpeg"), ("warnings", "1")]);
        assert_eq!(
            IngestErrorCode::DecodeDamaged.describe_en(&damaged, Some("Premature end of JPEG file")),
            "damaged JPEG data (Premature end of JPEG file; 1 warning): the picture is partly filled"
        );
        assert_eq!(IngestErrorCode::ReadFailed.describe_en(&ErrorParams::new(), None), "cannot read");
        assert_eq!(IngestErrorCode::Legacy.describe_en(&ErrorParams::new(), Some("old words")), "old words");
        assert_eq!(
            IngestErrorCode::TooManyPixels.describe_en(&params(&[("width", "10")]), None),
            "image of 10x? exceeds the limit of ? pixels",
            "a missing param shows as ?"
        );
    }

    #[test]
    fn every_code_has_english() {
        for &code in IngestErrorCode::ALL {
            assert!(!code.describe_en(&ErrorParams::new(), None).is_empty(), "{code}");
        }
    }
}
