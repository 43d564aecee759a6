//! Recovery without a central directory (a cut download, a carved file):
//! walking the local headers one after the other from the start. An entry's
//! size comes from its local header, or, for a deflate entry written with a
//! data descriptor (bit 3, sizes unknown when the header was written), from
//! where its deflate stream ends.

use std::io::{BufRead, Read, Seek};

use flate2::{Decompress, FlushDecompress, Status};

use crate::archive::ZipArchive;
use crate::entry::Entry;
use crate::error::{EntryProblem, ZipError, io_at};
use crate::extra;
use crate::le::{u16_at, u32_at, u64_at};
use crate::limits::Limits;
use crate::local::{LOCAL_SIG, read_fixed};
use crate::method;
use crate::source::Source;
use crate::time::DosDateTime;

const DESCRIPTOR_SIG: u32 = 0x0807_4b50;
const DATA_DESCRIPTOR_FLAG: u16 = 1 << 3;

impl<R: Read + Seek> ZipArchive<R> {
    /// Recovers the entries of an archive whose end records are lost: walks
    /// local headers from the first one (at offset 0, or after prepended
    /// bytes) for as long as one follows the other's data.
    ///
    /// Entries are [`recovered`](Entry::recovered), indexed in the order
    /// found, with the local header's name and values (there is no central
    /// record). The walk stops at the first thing that is not a local header
    /// (the central directory of an intact archive, or garbage), at an entry
    /// whose end cannot be known (stored or deflate64 with a data
    /// descriptor, damaged deflate data), and at the end of the archive; an
    /// entry cut by the end is kept, with its problem. Entries are read as
    /// usual with [`open_entry`](Self::open_entry).
    ///
    /// Finding the end of a bit-3 deflate entry means inflating it (into a
    /// fixed buffer, and at most the archive's length of input).
    pub fn scan_local_headers(reader: R, limits: &Limits) -> Result<ZipArchive<R>, ZipError> {
        let mut src = Source::new(reader)?;
        let start = first_local_header(&mut src)?;
        let mut entries = Vec::new();
        let mut at = start;
        let mut name = Vec::new();
        let mut extra_buf = Vec::new();
        while let Some(start) = at {
            let Ok((fixed, data_offset)) = read_fixed(&mut src, start)? else { break };
            if entries.len() as u64 >= limits.max_entries.min(u64::from(u32::MAX) + 1) {
                return Err(ZipError::TooManyEntries { count: entries.len() as u64 + 1, limit: limits.max_entries });
            }
            src.read_vec(u16_at(&fixed, 26) as usize, &mut name)?;
            src.read_vec(u16_at(&fixed, 28) as usize, &mut extra_buf)?;
            let mut e = local_entry(&fixed, &name, &extra_buf, entries.len() as u32, start, data_offset);
            let len = src.len();
            at = if e.flags & DATA_DESCRIPTOR_FLAG != 0 {
                if e.method != method::DEFLATE || e.encrypted {
                    break;
                }
                match inflate_to_end(&mut src, data_offset)? {
                    Inflated::Damaged => break,
                    Inflated::Cut { consumed, produced, crc } => {
                        e.compressed_size = consumed;
                        e.uncompressed_size = produced;
                        e.crc32 = crc;
                        e.problem = Some(EntryProblem::StreamCutShort { archive_len: len });
                        None
                    }
                    Inflated::Ended { consumed, produced, crc } => {
                        e.compressed_size = consumed;
                        e.uncompressed_size = produced;
                        e.crc32 = crc;
                        Some(skip_descriptor(&mut src, data_offset + consumed, consumed, produced)?)
                    }
                }
            } else {
                let end = e.data_end();
                if end > len {
                    e.problem = Some(EntryProblem::DataPastEnd { end, archive_len: len });
                    None
                } else {
                    Some(end)
                }
            };
            entries.push(e);
        }
        Ok(ZipArchive {
            src,
            declared_entries: entries.len() as u64,
            entries,
            prepended: start.unwrap_or(0),
            comment: Vec::new(),
            cd_start: None,
            zip64: false,
        })
    }
}

/// Offset 0 when a local header is there; else the first local header
/// signature in the file (a self-extractor's stub, junk before the archive).
fn first_local_header<R: Read + Seek>(src: &mut Source<R>) -> Result<Option<u64>, ZipError> {
    let mut reader = src.borrow_at(0, u64::MAX)?;
    let sig = LOCAL_SIG.to_le_bytes();
    let mut offset = 0u64;
    // The last bytes before `offset` (at most 3), for a signature that
    // straddles two buffers.
    let mut prev: Vec<u8> = Vec::with_capacity(8);
    loop {
        let buf = reader.fill_buf().map_err(io_at(offset))?;
        if buf.is_empty() {
            return Ok(None);
        }
        let mut joint = prev.clone();
        joint.extend_from_slice(&buf[..buf.len().min(3)]);
        if let Some(i) = joint.windows(4).position(|w| w == sig) {
            return Ok(Some(offset - prev.len() as u64 + i as u64));
        }
        if let Some(i) = buf.windows(4).position(|w| w == sig) {
            return Ok(Some(offset + i as u64));
        }
        prev.extend_from_slice(&buf[buf.len().saturating_sub(3)..]);
        prev.drain(..prev.len().saturating_sub(3));
        let n = buf.len();
        reader.consume(n);
        offset += n as u64;
    }
}

/// An entry from a local header alone.
fn local_entry(fixed: &[u8], name: &[u8], extra: &[u8], index: u32, lho: u64, data_offset: u64) -> Entry {
    let flags = u16_at(fixed, 6);
    let method = u16_at(fixed, 8);
    let mut uncompressed_size = u64::from(u32_at(fixed, 22));
    let mut compressed_size = u64::from(u32_at(fixed, 18));
    if (uncompressed_size == 0xFFFF_FFFF || compressed_size == 0xFFFF_FFFF)
        && let Some(z) = extra::find(extra, 0x0001).filter(|z| z.len() >= 16)
    {
        // In a local header the ZIP64 field holds both sizes, always
        // (APPNOTE 4.5.3).
        uncompressed_size = u64_at(z, 0);
        compressed_size = u64_at(z, 8);
    }
    Entry {
        index,
        name: name.to_vec(),
        utf8_flag: flags & (1 << 11) != 0,
        unicode_path: extra::unicode_path(extra, name),
        method,
        flags,
        encrypted: flags & 1 != 0 || method == method::AES,
        compressed_size,
        uncompressed_size,
        crc32: u32_at(fixed, 14),
        local_header_offset: lho,
        data_offset,
        dos_time: DosDateTime::from_dos(u16_at(fixed, 12), u16_at(fixed, 10)),
        mtime_unix: extra::mtime_unix(extra),
        is_dir: name.last() == Some(&b'/'),
        local_name_differs: false,
        problem: None,
        recovered: true,
    }
}

enum Inflated {
    Ended { consumed: u64, produced: u64, crc: u32 },
    Cut { consumed: u64, produced: u64, crc: u32 },
    Damaged,
}

/// Inflates from `data_offset` into a fixed buffer to learn where the stream
/// ends, how much it yields, and its CRC-32.
fn inflate_to_end<R: Read + Seek>(src: &mut Source<R>, data_offset: u64) -> Result<Inflated, ZipError> {
    let mut reader = src.borrow_at(data_offset, u64::MAX)?;
    let mut inflater = Decompress::new(false);
    let mut hasher = crc32fast::Hasher::new();
    let mut out = vec![0u8; 64 * 1024];
    loop {
        let at = data_offset + inflater.total_in();
        let input = reader.fill_buf().map_err(io_at(at))?;
        if input.is_empty() {
            return Ok(Inflated::Cut {
                consumed: inflater.total_in(),
                produced: inflater.total_out(),
                crc: hasher.finalize(),
            });
        }
        let (before_in, before_out) = (inflater.total_in(), inflater.total_out());
        let status = inflater.decompress(input, &mut out, FlushDecompress::None);
        let consumed = (inflater.total_in() - before_in) as usize;
        let produced = (inflater.total_out() - before_out) as usize;
        reader.consume(consumed);
        hasher.update(&out[..produced]);
        match status {
            Ok(Status::StreamEnd) => {
                return Ok(Inflated::Ended {
                    consumed: inflater.total_in(),
                    produced: inflater.total_out(),
                    crc: hasher.finalize(),
                });
            }
            Ok(_) if consumed == 0 && produced == 0 => return Ok(Inflated::Damaged),
            Ok(_) => {}
            Err(_) => return Ok(Inflated::Damaged),
        }
    }
}

/// Where the next header starts after the data descriptor at `at`: with or
/// without its signature, with 32-bit sizes, or 64-bit ones (ZIP64) when the
/// 32-bit reading does not give the sizes found by inflating.
fn skip_descriptor<R: Read + Seek>(
    src: &mut Source<R>,
    at: u64,
    consumed: u64,
    produced: u64,
) -> Result<u64, ZipError> {
    let mut d = [0u8; 24];
    let available = src.len().saturating_sub(at).min(24) as usize;
    src.read_at(at, &mut d[..available])?;
    let d = &d[..available];
    let body = if d.len() >= 4 && u32_at(d, 0) == DESCRIPTOR_SIG { 4 } else { 0 };
    let short = d.len() >= body + 12
        && u64::from(u32_at(d, body + 4)) == consumed & 0xFFFF_FFFF
        && u64::from(u32_at(d, body + 8)) == produced & 0xFFFF_FFFF;
    let len = if short { body + 12 } else { body + 20 };
    Ok(at + len as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn first_header_found_across_buffer_boundaries() {
        for junk in [0usize, 1, 65_534, 65_535, 65_536, 65_537, 200_000] {
            let mut bytes = vec![b'P'; junk];
            bytes.extend_from_slice(&LOCAL_SIG.to_le_bytes());
            bytes.extend_from_slice(&[0u8; 40]);
            let mut src = Source::new(Cursor::new(bytes)).unwrap();
            assert_eq!(first_local_header(&mut src).unwrap(), Some(junk as u64), "junk {junk}");
        }
        let mut src = Source::new(Cursor::new(vec![b'K'; 100_000])).unwrap();
        assert_eq!(first_local_header(&mut src).unwrap(), None);
    }
}
