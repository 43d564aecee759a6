//! Local headers: where each entry's data really starts (the local name and
//! extra lengths need not match the central ones), whether the local name
//! agrees with the central one, and whether the data fits in the archive.

use std::io::{Read, Seek};

use crate::entry::Entry;
use crate::error::{EntryProblem, ZipError};
use crate::le::{u16_at, u32_at};
use crate::source::Source;

pub(crate) const LOCAL_SIG: u32 = 0x0403_4b50;
pub(crate) const FIXED_LEN: u64 = 30;

/// Reads the local header of every entry, in `order` (ascending offsets, so
/// that every seek goes forward), and records what it finds in the entry.
pub(crate) fn read_local_headers<R: Read + Seek>(
    src: &mut Source<R>,
    entries: &mut [Entry],
    order: &[u32],
    cd_start: u64,
) -> Result<(), ZipError> {
    let archive_len = src.len();
    let mut local_name = Vec::new();
    for &i in order {
        let e = &mut entries[i as usize];
        let lho = e.local_header_offset;
        match read_header(src, lho, &mut local_name)? {
            Err(problem) => e.problem = Some(problem),
            Ok(data_offset) => {
                e.data_offset = data_offset;
                e.local_name_differs = local_name != e.name;
                let end = e.data_end();
                if end > archive_len {
                    e.problem = Some(EntryProblem::DataPastEnd { end, archive_len });
                } else if lho < cd_start && end > cd_start {
                    e.problem = Some(EntryProblem::DataIntoCentralDirectory { end, central_directory: cd_start });
                }
            }
        }
    }
    Ok(())
}

/// The data offset of the local header at `lho`, its name left in `name`;
/// or what is wrong with the header.
pub(crate) fn read_header<R: Read + Seek>(
    src: &mut Source<R>,
    lho: u64,
    name: &mut Vec<u8>,
) -> Result<Result<u64, EntryProblem>, ZipError> {
    let (fixed, data_offset) = match read_fixed(src, lho)? {
        Ok(found) => found,
        Err(problem) => return Ok(Err(problem)),
    };
    src.read_vec(u16_at(&fixed, 26) as usize, name)?;
    Ok(Ok(data_offset))
}

/// The fixed part of the local header at `lho` and where its data starts,
/// having checked that signature, name and extra field are all there.
pub(crate) fn read_fixed<R: Read + Seek>(
    src: &mut Source<R>,
    lho: u64,
) -> Result<Result<([u8; FIXED_LEN as usize], u64), EntryProblem>, ZipError> {
    let len = src.len();
    if lho >= len {
        return Ok(Err(EntryProblem::LocalHeaderMissing { offset: lho }));
    }
    if len - lho < FIXED_LEN {
        return Ok(Err(EntryProblem::LocalHeaderTruncated { offset: lho }));
    }
    let mut fixed = [0u8; FIXED_LEN as usize];
    src.read_at(lho, &mut fixed)?;
    let found = u32_at(&fixed, 0);
    if found != LOCAL_SIG {
        return Ok(Err(EntryProblem::BadLocalSignature { offset: lho, found }));
    }
    let data_offset = lho + FIXED_LEN + u64::from(u16_at(&fixed, 26)) + u64::from(u16_at(&fixed, 28));
    if data_offset > len {
        return Ok(Err(EntryProblem::LocalHeaderTruncated { offset: lho }));
    }
    Ok(Ok((fixed, data_offset)))
}
