//! Every message this crate shows a person: the archive-level errors, the
//! per-entry problems and the errors of a member's data. They are kept in
//! this one file so that they can be translated together.

use std::io;

use crate::method::method_label;

/// Why an archive could not be opened, or an entry not be read.
///
/// Each variant names the byte offset in the archive and/or the 0-based
/// index of the central-directory record where they are known.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ZipError {
    /// Reading from the underlying reader failed.
    #[error("reading the archive failed near byte {offset}: {source}")]
    Io {
        /// Where the failed read or seek was aimed.
        offset: u64,
        /// The reader's own error.
        source: io::Error,
    },

    /// No end-of-central-directory record in the searched tail of the file.
    #[error(
        "no end-of-central-directory record in the last {searched} bytes: this is not a zip archive, or it is cut short"
    )]
    NoEndOfCentralDirectory {
        /// How many bytes at the end of the archive were searched.
        searched: u64,
    },

    /// A ZIP64 locator was found but the ZIP64 end record it points to was not,
    /// while the plain end record needs it.
    #[error("the ZIP64 end-of-central-directory record is not at byte {offset}")]
    Zip64EndMissing {
        /// Where the locator says the record is (before any shift).
        offset: u64,
    },

    /// The archive is split over several files (disks).
    #[error(
        "the archive is split over several files (its end record at byte {offset} is on disk {disk}); join the parts first"
    )]
    MultiDisk {
        /// Where the end record is.
        offset: u64,
        /// The disk number the end record gives.
        disk: u32,
    },

    /// The central directory is neither where the end record says nor right
    /// before the end record.
    #[error(
        "the central directory ({size} bytes) is neither at byte {offset} nor right before the end record at byte {end}"
    )]
    CentralDirectoryNotFound {
        /// The offset the end record gives.
        offset: u64,
        /// The size the end record gives.
        size: u64,
        /// Where the end record (ZIP64 or plain) starts.
        end: u64,
    },

    /// The central directory is larger than [`Limits::max_central_directory`](crate::Limits).
    #[error("the central directory is {size} bytes, more than the limit of {limit}")]
    CentralDirectoryTooLarge {
        /// The size the end record declares.
        size: u64,
        /// The limit in force.
        limit: u64,
    },

    /// More entries than [`Limits::max_entries`](crate::Limits).
    #[error("the archive has {count} entries or more, more than the limit of {limit}")]
    TooManyEntries {
        /// How many entries were declared or found.
        count: u64,
        /// The limit in force.
        limit: u64,
    },

    /// Something other than a central-directory record inside the central directory.
    #[error("central-directory record {index} at byte {offset} does not start with its signature")]
    BadCentralSignature {
        /// The index the record would have had.
        index: u32,
        /// Where it should start.
        offset: u64,
    },

    /// A central-directory record runs past the end of the central directory.
    #[error("central-directory record {index} at byte {offset} runs past the end of the central directory")]
    TruncatedCentralDirectory {
        /// The index of the cut record.
        index: u32,
        /// Where it starts.
        offset: u64,
    },

    /// A ZIP64 extended-information field lacks a value the record defers to it.
    #[error(
        "entry {index} (central record at byte {offset}) has a ZIP64 extra field too short for the sizes or offset it must hold"
    )]
    BadZip64Extra {
        /// The entry.
        index: u32,
        /// Where its central record starts.
        offset: u64,
    },

    /// Two entries share bytes: a zip bomb made of overlapping entries, or a
    /// damaged directory. The whole archive is refused.
    #[error("entries {first} and {second} overlap at byte {offset}")]
    Overlap {
        /// The entry that starts first (or the lower index, when both start together).
        first: u32,
        /// The entry that starts inside the first (or at the same place).
        second: u32,
        /// Where the second one starts.
        offset: u64,
    },

    /// The entry is compressed with a method this reader does not decode.
    #[error("entry {index} is compressed with {}, which this reader cannot decompress", method_label(*method))]
    UnsupportedMethod {
        /// The entry.
        index: u32,
        /// The method number from its central record.
        method: u16,
    },

    /// The entry is encrypted.
    #[error("entry {index} is encrypted")]
    Encrypted {
        /// The entry.
        index: u32,
    },

    /// The entry's local header is unusable, so where its data starts is unknown.
    #[error("entry {index} cannot be read: {problem}")]
    EntryUnreadable {
        /// The entry.
        index: u32,
        /// What is wrong with it.
        problem: EntryProblem,
    },

    /// The entry handed to [`ZipArchive::open_entry`](crate::ZipArchive::open_entry) is not one of this archive's.
    #[error("entry {index} is not an entry of this archive")]
    NotInArchive {
        /// The index the entry gave.
        index: u32,
    },
}

/// A defect of one entry that does not condemn the rest of the archive
/// ([`Entry::problem`](crate::Entry::problem)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EntryProblem {
    /// The local header would start past the end of the archive.
    #[error("its local header at byte {offset} is past the end of the archive")]
    LocalHeaderMissing {
        /// Where the central record says the header is.
        offset: u64,
    },

    /// The local header runs past the end of the archive.
    #[error("its local header at byte {offset} is cut short by the end of the archive")]
    LocalHeaderTruncated {
        /// Where the header starts.
        offset: u64,
    },

    /// Something other than a local header where the central record points.
    #[error("there is no local header signature at byte {offset} (found {found:#010x})")]
    BadLocalSignature {
        /// Where the central record says the header is.
        offset: u64,
        /// The four bytes found there, little-endian.
        found: u32,
    },

    /// The compressed data would run past the end of the archive.
    #[error("its data would end at byte {end}, past the end of the archive ({archive_len} bytes)")]
    DataPastEnd {
        /// Where the data would end.
        end: u64,
        /// The archive's length.
        archive_len: u64,
    },

    /// The compressed data would run into the central directory.
    #[error("its data would end at byte {end}, inside the central directory that starts at byte {central_directory}")]
    DataIntoCentralDirectory {
        /// Where the data would end.
        end: u64,
        /// Where the central directory starts.
        central_directory: u64,
    },

    /// A recovered entry whose compressed stream the end of the archive cuts
    /// (its sizes are then what was found before the cut).
    #[error("its compressed data is cut short by the end of the archive at byte {archive_len}")]
    StreamCutShort {
        /// The archive's length.
        archive_len: u64,
    },
}

impl EntryProblem {
    /// Whether the local header itself is unusable (so the data cannot be
    /// located), rather than the data being cut short.
    pub fn is_local_header(&self) -> bool {
        matches!(
            self,
            EntryProblem::LocalHeaderMissing { .. }
                | EntryProblem::LocalHeaderTruncated { .. }
                | EntryProblem::BadLocalSignature { .. }
        )
    }
}

/// What is wrong with a member's data, found while reading it through an
/// [`EntryReader`](crate::EntryReader). It reaches the caller inside an
/// [`io::Error`] of kind [`io::ErrorKind::InvalidData`]; get it back with
/// `err.get_ref().and_then(|e| e.downcast_ref::<DataError>())`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// The member yields more bytes than declared; reading stopped there.
    #[error("entry {index} yields at least {actual} bytes, more than the {expected} declared")]
    Longer {
        /// The entry.
        index: u32,
        /// The declared uncompressed size.
        expected: u64,
        /// How many bytes it had yielded when reading stopped.
        actual: u64,
    },

    /// The member ends before its declared size.
    #[error("entry {index} yields {actual} bytes, fewer than the {expected} declared")]
    Shorter {
        /// The entry.
        index: u32,
        /// The declared uncompressed size.
        expected: u64,
        /// How many bytes it yielded.
        actual: u64,
    },

    /// The CRC-32 of the member's bytes is not the declared one.
    #[error("entry {index} has CRC-32 {actual:08x}, not the {expected:08x} declared")]
    Crc {
        /// The entry.
        index: u32,
        /// The declared CRC-32.
        expected: u32,
        /// The CRC-32 of the bytes read.
        actual: u32,
    },

    /// The decompressor refused the compressed data, or it ended too soon.
    #[error("entry {index} has damaged or cut-short compressed data after {produced} bytes ({reason})")]
    Damaged {
        /// The entry.
        index: u32,
        /// How many bytes it had yielded before.
        produced: u64,
        /// What the decompressor said.
        reason: String,
    },
}

impl From<DataError> for io::Error {
    fn from(e: DataError) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, e)
    }
}

/// Wraps a reader error with the offset it was aimed at.
pub(crate) fn io_at(offset: u64) -> impl FnOnce(io::Error) -> ZipError {
    move |source| ZipError::Io { offset, source }
}
