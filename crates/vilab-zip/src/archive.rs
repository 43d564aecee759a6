//! Opening an archive: end records, central directory, local headers and
//! the overlap check, in that order; then handing out member readers.

use std::io::{Read, Seek};

use crate::central::read_central;
use crate::entry::Entry;
use crate::entry_reader::{Decoder, EntryReader};
use crate::eocd::find_end;
use crate::error::ZipError;
use crate::limits::Limits;
use crate::local::read_local_headers;
use crate::method;
use crate::overlap::{check_ranges, check_shared_headers, offset_order};
use crate::source::Source;

/// An opened zip archive: its entries, and the reader it reads them from.
pub struct ZipArchive<R> {
    pub(crate) src: Source<R>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) prepended: u64,
    pub(crate) comment: Vec<u8>,
    pub(crate) declared_entries: u64,
    pub(crate) cd_start: Option<u64>,
    pub(crate) zip64: bool,
}

impl<R: Read + Seek> ZipArchive<R> {
    /// Reads the end records, every central-directory record and every
    /// local header, and checks that no two entries share bytes.
    ///
    /// Fails on anything that makes the directory untrustworthy as a whole
    /// (no end record, a directory that is not where it should be, a damaged
    /// record, overlapping entries, a limit exceeded); defects of single
    /// entries are left in [`Entry::problem`].
    pub fn open(reader: R, limits: &Limits) -> Result<ZipArchive<R>, ZipError> {
        let mut src = Source::new(reader)?;
        let end = find_end(&mut src)?;
        if end.cd_size > limits.max_central_directory {
            return Err(ZipError::CentralDirectoryTooLarge { size: end.cd_size, limit: limits.max_central_directory });
        }
        if end.entries > limits.max_entries {
            return Err(ZipError::TooManyEntries { count: end.entries, limit: limits.max_entries });
        }
        let mut entries = read_central(&mut src, &end, limits)?;
        let order = offset_order(&entries);
        check_shared_headers(&entries, &order)?;
        read_local_headers(&mut src, &mut entries, &order, end.cd_start)?;
        check_ranges(&entries, &order)?;
        Ok(ZipArchive {
            src,
            entries,
            prepended: end.shift,
            comment: end.comment,
            declared_entries: end.entries,
            cd_start: Some(end.cd_start),
            zip64: end.zip64,
        })
    }

    /// Every central-directory record, in directory order
    /// (`entries()[i].index == i`), duplicate names included.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many bytes precede the archive proper (a self-extractor's
    /// program, junk): the shift applied to every recorded offset.
    pub fn prepended_bytes(&self) -> u64 {
        self.prepended
    }

    /// The archive comment's raw bytes.
    pub fn comment(&self) -> &[u8] {
        &self.comment
    }

    /// The entry count the end record declares, which may differ from
    /// `entries().len()` in a damaged or hostile archive.
    pub fn declared_entries(&self) -> u64 {
        self.declared_entries
    }

    /// Where the central directory starts in the reader's bytes; `None` for
    /// an archive recovered by [`scan_local_headers`](Self::scan_local_headers).
    pub fn central_directory_offset(&self) -> Option<u64> {
        self.cd_start
    }

    /// Whether the archive has a ZIP64 end-of-central-directory record.
    pub fn is_zip64(&self) -> bool {
        self.zip64
    }

    /// The reader's length in bytes.
    pub fn archive_len(&self) -> u64 {
        self.src.len()
    }

    /// A reader of the entry's uncompressed bytes (see [`EntryReader`]).
    ///
    /// `entry` must be one of [`entries`](Self::entries) (a clone will do).
    /// Fails for an encrypted entry, a method other than stored, deflate and
    /// deflate64, and an entry whose local header is unusable. An entry
    /// whose data runs past the end of the archive can still be read: the
    /// reader yields what there is, then fails.
    pub fn open_entry(&mut self, entry: &Entry) -> Result<EntryReader<'_, R>, ZipError> {
        match self.entries.get(entry.index as usize) {
            Some(own) if own == entry => self.open_index(entry.index),
            _ => Err(ZipError::NotInArchive { index: entry.index }),
        }
    }

    /// [`open_entry`](Self::open_entry) by index, without holding an [`Entry`].
    pub fn open_index(&mut self, index: u32) -> Result<EntryReader<'_, R>, ZipError> {
        let e = self.entries.get(index as usize).ok_or(ZipError::NotInArchive { index })?;
        if e.encrypted {
            return Err(ZipError::Encrypted { index });
        }
        if !method::is_supported(e.method) {
            return Err(ZipError::UnsupportedMethod { index, method: e.method });
        }
        if let Some(problem) = e.problem.filter(|p| p.is_local_header()) {
            return Err(ZipError::EntryUnreadable { index, problem });
        }
        let (m, csize, usize_, crc) = (e.method, e.compressed_size, e.uncompressed_size, e.crc32);
        let input = self.src.borrow_at(e.data_offset, csize)?;
        let decoder = match m {
            method::STORED => Decoder::Stored(input),
            _ if csize == 0 && usize_ == 0 => Decoder::Empty,
            method::DEFLATE => Decoder::Deflate(flate2::bufread::DeflateDecoder::new(input)),
            _ => Decoder::Deflate64(deflate64::Deflate64Decoder::with_buffer(input)),
        };
        Ok(EntryReader::new(decoder, index, usize_, crc))
    }

    /// Gives the reader back.
    pub fn into_inner(self) -> R {
        self.src.into_inner()
    }
}
