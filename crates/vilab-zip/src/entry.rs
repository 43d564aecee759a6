//! One central-directory record as the archive declares it, plus what the
//! local header added (where the data starts, whether the names agree) and
//! what is wrong with it.

use crate::error::EntryProblem;
use crate::time::DosDateTime;

/// One record of the central directory. Several entries may carry the same
/// name: each is its own entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 0-based position of the record in the central directory.
    pub index: u32,
    /// The name's bytes exactly as in the central record (CP437 or UTF-8,
    /// or anything else: nothing is decoded or normalised).
    pub name: Vec<u8>,
    /// General-purpose bit 11: the writer says `name` is UTF-8.
    pub utf8_flag: bool,
    /// The Info-ZIP Unicode Path extra field (0x7075, version 1), as stored
    /// (UTF-8), only when its CRC-32 matches `name`.
    pub unicode_path: Option<Vec<u8>>,
    /// Compression method number (see [`method_name`](crate::method_name)).
    pub method: u16,
    /// General-purpose bit flags as stored.
    pub flags: u16,
    /// Bit 0 of `flags`, or method 99 (WinZip AES).
    pub encrypted: bool,
    /// Compressed size as declared (ZIP64 applied). Not to be trusted for
    /// allocation.
    pub compressed_size: u64,
    /// Uncompressed size as declared (ZIP64 applied). Not to be trusted for
    /// allocation; the reader checks it.
    pub uncompressed_size: u64,
    /// CRC-32 as declared; the reader checks it.
    pub crc32: u32,
    /// Where the local header starts in the reader's bytes (ZIP64 and the
    /// prepended-data shift applied).
    pub local_header_offset: u64,
    /// Where the compressed data starts, from the local header's own name
    /// and extra lengths; equal to `local_header_offset` when the local
    /// header could not be read (see `problem`).
    pub data_offset: u64,
    /// The MS-DOS modification date and time; `None` when invalid.
    pub dos_time: Option<DosDateTime>,
    /// Modification time in Unix seconds, from the extended-timestamp extra
    /// field (0x5455), or else the NTFS one (0x000a), when present.
    pub mtime_unix: Option<i64>,
    /// The name ends with `/`, or the MS-DOS directory attribute is set and
    /// the size is 0.
    pub is_dir: bool,
    /// The local header's name bytes differ from the central record's:
    /// tools that read local headers show another name.
    pub local_name_differs: bool,
    /// A defect of this entry alone, if any.
    pub problem: Option<EntryProblem>,
    /// The entry was found by [`ZipArchive::scan_local_headers`](crate::ZipArchive::scan_local_headers),
    /// from a local header, without a central directory.
    pub recovered: bool,
}

impl Entry {
    /// Where this entry's bytes end: its compressed data's end (saturating).
    pub fn data_end(&self) -> u64 {
        self.data_offset.saturating_add(self.compressed_size)
    }
}
