//! The central directory, read record by record through the archive's
//! buffer: a directory of any size costs memory for its entries only, and
//! every record becomes an entry, whatever its name.

use std::io::{Read, Seek};

use crate::entry::Entry;
use crate::eocd::{CENTRAL_SIG, End};
use crate::error::ZipError;
use crate::extra::{Zip64Values, apply_zip64, mtime_unix, unicode_path};
use crate::le::{u16_at, u32_at};
use crate::limits::Limits;
use crate::method;
use crate::source::Source;
use crate::time::DosDateTime;

const FIXED_LEN: u64 = 46;
/// A digital signature record (APPNOTE 4.3.13) may close the directory.
const DIGITAL_SIGNATURE_SIG: u32 = 0x0505_4b50;
const MS_DOS_DIRECTORY: u32 = 0x10;

pub(crate) fn read_central<R: Read + Seek>(
    src: &mut Source<R>,
    end: &End,
    limits: &Limits,
) -> Result<Vec<Entry>, ZipError> {
    // Indices are u32: no more records than that, whatever the limit says.
    let limit = limits.max_entries.min(u64::from(u32::MAX) + 1);
    // Never reserve by the declared count alone: it is bounded by what the
    // directory's bytes can hold, and by a start small enough that a lying
    // count costs nothing; the vector grows with the records found.
    let capacity = end.entries.min(end.cd_size / FIXED_LEN).min(1 << 16);
    let mut entries = Vec::with_capacity(capacity as usize);
    let mut extra = Vec::new();
    let stop = end.cd_start + end.cd_size;
    let mut at = end.cd_start;
    src.seek_to(at)?;
    while at < stop {
        let index = u32::try_from(entries.len()).unwrap_or(u32::MAX);
        let remaining = stop - at;
        let mut fixed = [0u8; FIXED_LEN as usize];
        if remaining < 4 {
            return Err(ZipError::BadCentralSignature { index, offset: at });
        }
        src.read_exact(&mut fixed[..4])?;
        match u32_at(&fixed, 0) {
            CENTRAL_SIG => {}
            DIGITAL_SIGNATURE_SIG => break,
            _ => return Err(ZipError::BadCentralSignature { index, offset: at }),
        }
        if remaining < FIXED_LEN {
            return Err(ZipError::TruncatedCentralDirectory { index, offset: at });
        }
        src.read_exact(&mut fixed[4..])?;
        let name_len = u16_at(&fixed, 28) as usize;
        let extra_len = u16_at(&fixed, 30) as usize;
        let comment_len = u16_at(&fixed, 32) as u64;
        let record_len = FIXED_LEN + name_len as u64 + extra_len as u64 + comment_len;
        if record_len > remaining {
            return Err(ZipError::TruncatedCentralDirectory { index, offset: at });
        }
        if entries.len() as u64 >= limit {
            return Err(ZipError::TooManyEntries { count: entries.len() as u64 + 1, limit });
        }
        let mut name = vec![0u8; name_len];
        src.read_exact(&mut name)?;
        src.read_vec(extra_len, &mut extra)?;
        // The entry comment is not kept: memory per entry is its struct and name.
        src.seek_to(at + record_len)?;

        entries.push(parse_record(&fixed, name, &extra, index, at, end.shift)?);
        at += record_len;
    }
    Ok(entries)
}

fn parse_record(fixed: &[u8], name: Vec<u8>, extra: &[u8], index: u32, at: u64, shift: u64) -> Result<Entry, ZipError> {
    let flags = u16_at(fixed, 8);
    let method = u16_at(fixed, 10);
    let (time, date) = (u16_at(fixed, 12), u16_at(fixed, 14));
    let crc32 = u32_at(fixed, 16);
    let mut compressed_size = u64::from(u32_at(fixed, 20));
    let mut uncompressed_size = u64::from(u32_at(fixed, 24));
    let mut disk = u32::from(u16_at(fixed, 34));
    let external = u32_at(fixed, 38);
    let mut offset = u64::from(u32_at(fixed, 42));

    let saturated = |v: u64| v == 0xFFFF_FFFF;
    let (su, sc, so, sd) =
        (saturated(uncompressed_size), saturated(compressed_size), saturated(offset), disk == 0xFFFF);
    if su || sc || so || sd {
        let values = Zip64Values {
            uncompressed: su.then_some(&mut uncompressed_size),
            compressed: sc.then_some(&mut compressed_size),
            offset: so.then_some(&mut offset),
            disk: sd.then_some(&mut disk),
        };
        apply_zip64(extra, values).map_err(|()| ZipError::BadZip64Extra { index, offset: at })?;
    }
    // An offset pushed past u64 by the shift points nowhere: the local
    // header check reports it as missing.
    let local_header_offset = offset.saturating_add(shift);

    let is_dir = name.last() == Some(&b'/') || (external & MS_DOS_DIRECTORY != 0 && uncompressed_size == 0);
    Ok(Entry {
        index,
        utf8_flag: flags & (1 << 11) != 0,
        unicode_path: unicode_path(extra, &name),
        name,
        method,
        flags,
        encrypted: flags & 1 != 0 || method == method::AES,
        compressed_size,
        uncompressed_size,
        crc32,
        local_header_offset,
        data_offset: local_header_offset,
        dos_time: DosDateTime::from_dos(date, time),
        mtime_unix: mtime_unix(extra),
        is_dir,
        local_name_differs: false,
        problem: None,
        recovered: false,
    })
}
