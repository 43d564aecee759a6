//! The end of the archive: the end-of-central-directory record (searched
//! backwards past a comment of up to 65,535 bytes), the ZIP64 locator and
//! record, and where the central directory really is once data prepended to
//! the archive (a self-extractor's stub, junk) has shifted every offset.

use std::io::{Read, Seek};

use crate::error::ZipError;
use crate::le::{u16_at, u32_at, u64_at};
use crate::source::Source;

const EOCD_SIG: u32 = 0x0605_4b50;
const LOCATOR_SIG: u32 = 0x0706_4b50;
const EOCD64_SIG: u32 = 0x0606_4b50;
pub(crate) const CENTRAL_SIG: u32 = 0x0201_4b50;

const EOCD_LEN: usize = 22;
const LOCATOR_LEN: u64 = 20;
const EOCD64_LEN: usize = 56;
/// The record and the longest comment it can announce.
pub(crate) const SEARCH_LEN: u64 = EOCD_LEN as u64 + 65_535;

/// Where the central directory is and what the end records declare.
#[derive(Debug)]
pub(crate) struct End {
    /// Where the central directory really starts in the reader's bytes.
    pub cd_start: u64,
    pub cd_size: u64,
    /// Entries the end record declares.
    pub entries: u64,
    /// Bytes before the archive proper: add to every recorded offset.
    pub shift: u64,
    pub comment: Vec<u8>,
    pub zip64: bool,
}

struct Eocd {
    offset: u64,
    disk: u16,
    entries: u16,
    cd_size: u32,
    cd_offset: u32,
    comment: Vec<u8>,
}

pub(crate) fn find_end<R: Read + Seek>(src: &mut Source<R>) -> Result<End, ZipError> {
    let eocd = find_eocd(src)?;
    if eocd.disk != 0 && eocd.disk != 0xFFFF {
        return Err(ZipError::MultiDisk { offset: eocd.offset, disk: eocd.disk.into() });
    }
    let saturated = eocd.entries == 0xFFFF || eocd.cd_size == 0xFFFF_FFFF || eocd.cd_offset == 0xFFFF_FFFF;

    let (cd_end, entries, cd_size, cd_offset, zip64) = match find_eocd64(src, eocd.offset, saturated)? {
        Some(z) => (z.offset, z.entries, z.cd_size, z.cd_offset, true),
        None => (eocd.offset, eocd.entries.into(), eocd.cd_size.into(), eocd.cd_offset.into(), false),
    };

    let (cd_start, shift) = locate_central(src, cd_end, cd_size, cd_offset)?;
    Ok(End { cd_start, cd_size, entries, shift, comment: eocd.comment, zip64 })
}

/// The last record whose comment length reaches exactly to the end of the
/// file; failing that, the last signature with room for a record (trailing
/// bytes after the comment, or a cut comment).
fn find_eocd<R: Read + Seek>(src: &mut Source<R>) -> Result<Eocd, ZipError> {
    let len = src.len();
    let searched = len.min(SEARCH_LEN);
    let start = len - searched;
    let mut tail = vec![0u8; searched as usize];
    src.read_at(start, &mut tail)?;

    let mut fallback = None;
    let mut exact = None;
    for i in (0..tail.len().saturating_sub(EOCD_LEN - 1)).rev() {
        if u32_at(&tail, i) != EOCD_SIG {
            continue;
        }
        let comment_len = u16_at(&tail, i + 20) as usize;
        if i + EOCD_LEN + comment_len == tail.len() {
            exact = Some(i);
            break;
        }
        fallback.get_or_insert(i);
    }
    let i = exact.or(fallback).ok_or(ZipError::NoEndOfCentralDirectory { searched })?;
    let r = &tail[i..];
    let comment_len = u16_at(r, 20) as usize;
    let comment_end = (EOCD_LEN + comment_len).min(r.len());
    Ok(Eocd {
        offset: start + i as u64,
        disk: u16_at(r, 4),
        entries: u16_at(r, 10),
        cd_size: u32_at(r, 12),
        cd_offset: u32_at(r, 16),
        comment: r[EOCD_LEN..comment_end].to_vec(),
    })
}

struct Eocd64 {
    offset: u64,
    entries: u64,
    cd_size: u64,
    cd_offset: u64,
}

/// The ZIP64 end record, if a locator right before the plain end record
/// points to one. A locator without a record is only an error when the
/// plain record needs ZIP64 values: otherwise the four signature bytes may
/// just be the end of the last member's data.
fn find_eocd64<R: Read + Seek>(
    src: &mut Source<R>,
    eocd_offset: u64,
    saturated: bool,
) -> Result<Option<Eocd64>, ZipError> {
    let Some(locator_at) = eocd_offset.checked_sub(LOCATOR_LEN) else { return Ok(None) };
    let mut loc = [0u8; LOCATOR_LEN as usize];
    src.read_at(locator_at, &mut loc)?;
    if u32_at(&loc, 0) != LOCATOR_SIG {
        return Ok(None);
    }
    let recorded = u64_at(&loc, 8);
    let disks = u32_at(&loc, 16);
    if disks > 1 {
        return Err(ZipError::MultiDisk { offset: locator_at, disk: disks - 1 });
    }
    // Where it says, or (prepended data) right before the locator.
    let candidates = [Some(recorded), locator_at.checked_sub(EOCD64_LEN as u64)];
    for at in candidates.into_iter().flatten() {
        if at.checked_add(EOCD64_LEN as u64).is_none_or(|end| end > locator_at) {
            continue;
        }
        let mut r = [0u8; EOCD64_LEN];
        src.read_at(at, &mut r)?;
        if u32_at(&r, 0) != EOCD64_SIG {
            continue;
        }
        let disk = u32_at(&r, 16);
        if disk != 0 {
            return Err(ZipError::MultiDisk { offset: at, disk });
        }
        return Ok(Some(Eocd64 {
            offset: at,
            entries: u64_at(&r, 32),
            cd_size: u64_at(&r, 40),
            cd_offset: u64_at(&r, 48),
        }));
    }
    if saturated { Err(ZipError::Zip64EndMissing { offset: recorded }) } else { Ok(None) }
}

/// Where the central directory starts, and the shift: at the recorded
/// offset (shift 0), or else right before the end record, which means
/// `start - recorded` bytes were prepended to the archive.
fn locate_central<R: Read + Seek>(
    src: &mut Source<R>,
    cd_end: u64,
    cd_size: u64,
    recorded: u64,
) -> Result<(u64, u64), ZipError> {
    let not_found = ZipError::CentralDirectoryNotFound { offset: recorded, size: cd_size, end: cd_end };
    let Some(actual) = cd_end.checked_sub(cd_size) else { return Err(not_found) };
    if recorded == actual {
        return Ok((actual, 0));
    }
    if cd_size == 0 {
        // Nothing to find; an offset short of the end record is a shift.
        return Ok((actual, actual.saturating_sub(recorded)));
    }
    // A gap between the directory and the end record is tolerated.
    if recorded.checked_add(cd_size).is_some_and(|e| e <= cd_end) && starts_central(src, recorded)? {
        return Ok((recorded, 0));
    }
    if recorded < actual && starts_central(src, actual)? {
        return Ok((actual, actual - recorded));
    }
    Err(not_found)
}

fn starts_central<R: Read + Seek>(src: &mut Source<R>, at: u64) -> Result<bool, ZipError> {
    if at.checked_add(4).is_none_or(|e| e > src.len()) {
        return Ok(false);
    }
    let mut sig = [0u8; 4];
    src.read_at(at, &mut sig)?;
    Ok(u32::from_le_bytes(sig) == CENTRAL_SIG)
}
