//! Extra fields (APPNOTE 4.5): the ZIP64 extended information (0x0001),
//! the Info-ZIP Unicode Path (0x7075), and the modification times of the
//! extended timestamp (0x5455) and NTFS (0x000a) fields. Everything else is
//! skipped.

use crate::le::{u16_at, u32_at, u64_at};
use crate::time::filetime_to_unix;

const ZIP64: u16 = 0x0001;
const NTFS: u16 = 0x000a;
const EXTENDED_TIMESTAMP: u16 = 0x5455;
const UNICODE_PATH: u16 = 0x7075;

/// The (id, data) pairs of an extra-field block. A field whose declared
/// length runs past the block ends the walk: the tail is damaged, and what
/// came before it is still good.
pub(crate) fn fields(mut extra: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        if extra.len() < 4 {
            return None;
        }
        let id = u16_at(extra, 0);
        let len = u16_at(extra, 2) as usize;
        let data = extra.get(4..4 + len)?;
        extra = &extra[4 + len..];
        Some((id, data))
    })
}

/// The first field with this id.
pub(crate) fn find(extra: &[u8], id: u16) -> Option<&[u8]> {
    fields(extra).find(|&(i, _)| i == id).map(|(_, d)| d)
}

/// Values a record left saturated (0xFFFFFFFF, or 0xFFFF for the disk) and
/// that the ZIP64 field must then supply, in the order APPNOTE 4.5.3 gives.
pub(crate) struct Zip64Values<'a> {
    pub uncompressed: Option<&'a mut u64>,
    pub compressed: Option<&'a mut u64>,
    pub offset: Option<&'a mut u64>,
    pub disk: Option<&'a mut u32>,
}

/// Fills the saturated values from the ZIP64 field, if there is one.
/// `Err` when the field is present but too short for what it must hold.
/// A missing field leaves the saturated values as they are (the record was
/// written by a tool that did not know ZIP64, and 0xFFFFFFFF may be true).
pub(crate) fn apply_zip64(extra: &[u8], values: Zip64Values<'_>) -> Result<(), ()> {
    let Some(data) = find(extra, ZIP64) else { return Ok(()) };
    let mut at = 0usize;
    for slot in [values.uncompressed, values.compressed, values.offset].into_iter().flatten() {
        *slot = u64_at(data.get(at..at + 8).ok_or(())?, 0);
        at += 8;
    }
    if let Some(disk) = values.disk {
        *disk = u32_at(data.get(at..at + 4).ok_or(())?, 0);
    }
    Ok(())
}

/// The Unicode Path (version 1) when its CRC-32 is that of `raw_name`:
/// a mismatch means the name was changed by a tool that did not update the
/// extra field, and the raw name is then the truer one (APPNOTE 4.6.9).
pub(crate) fn unicode_path(extra: &[u8], raw_name: &[u8]) -> Option<Vec<u8>> {
    let data = find(extra, UNICODE_PATH)?;
    if data.len() < 5 || data[0] != 1 || u32_at(data, 1) != crc32fast::hash(raw_name) {
        return None;
    }
    Some(data[5..].to_vec())
}

/// Modification time in Unix seconds: the extended timestamp if it has one,
/// else the NTFS field's.
pub(crate) fn mtime_unix(extra: &[u8]) -> Option<i64> {
    extended_timestamp_mtime(extra).or_else(|| ntfs_mtime(extra))
}

fn extended_timestamp_mtime(extra: &[u8]) -> Option<i64> {
    let data = find(extra, EXTENDED_TIMESTAMP)?;
    // Flags bit 0: the modification time comes first (and, in a central
    // record, alone).
    if data.len() < 5 || data[0] & 1 == 0 {
        return None;
    }
    Some(i64::from(u32_at(data, 1) as i32))
}

fn ntfs_mtime(extra: &[u8]) -> Option<i64> {
    let data = find(extra, NTFS)?;
    // 4 reserved bytes, then tagged attributes; tag 1 holds mtime, atime,
    // ctime as FILETIMEs.
    let tags = data.get(4..)?;
    let mut at = 0usize;
    while at + 4 <= tags.len() {
        let tag = u16_at(tags, at);
        let len = u16_at(tags, at + 2) as usize;
        let body = tags.get(at + 4..at + 4 + len)?;
        if tag == 1 && len >= 8 {
            return Some(filetime_to_unix(u64_at(body, 0)));
        }
        at += 4 + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(id: u16, data: &[u8]) -> Vec<u8> {
        let mut v = id.to_le_bytes().to_vec();
        v.extend_from_slice(&(data.len() as u16).to_le_bytes());
        v.extend_from_slice(data);
        v
    }

    #[test]
    fn zip64_reads_only_saturated_fields_in_order() {
        // Only the compressed size and the offset are deferred: the field
        // holds those two, in that order.
        let mut data = 7u64.to_le_bytes().to_vec();
        data.extend_from_slice(&9u64.to_le_bytes());
        let extra = field(ZIP64, &data);
        let (mut c, mut o) = (0xFFFF_FFFF, 0xFFFF_FFFF);
        apply_zip64(
            &extra,
            Zip64Values { uncompressed: None, compressed: Some(&mut c), offset: Some(&mut o), disk: None },
        )
        .unwrap();
        assert_eq!((c, o), (7, 9));
    }

    #[test]
    fn zip64_too_short_is_an_error() {
        let extra = field(ZIP64, &7u64.to_le_bytes());
        let (mut u, mut c) = (0, 0);
        let r = apply_zip64(
            &extra,
            Zip64Values { uncompressed: Some(&mut u), compressed: Some(&mut c), offset: None, disk: None },
        );
        assert!(r.is_err());
    }

    #[test]
    fn damaged_tail_keeps_the_fields_before_it() {
        let mut extra = field(EXTENDED_TIMESTAMP, &[1, 0x10, 0, 0, 0]);
        extra.extend_from_slice(&[0x99, 0x99, 0xff, 0xff, 1]);
        assert_eq!(mtime_unix(&extra), Some(16));
    }

    #[test]
    fn ntfs_mtime_converts_from_1601() {
        // 2000-01-01T00:00:00Z = 946684800 s after 1970.
        let ticks = (946_684_800u64 + 11_644_473_600) * 10_000_000 + 1234;
        let mut data = vec![0u8; 4];
        data.extend_from_slice(&1u16.to_le_bytes());
        data.extend_from_slice(&24u16.to_le_bytes());
        data.extend_from_slice(&ticks.to_le_bytes());
        data.extend_from_slice(&[0u8; 16]);
        assert_eq!(mtime_unix(&field(NTFS, &data)), Some(946_684_800));
    }

    #[test]
    fn extended_timestamp_wins_over_ntfs() {
        let mut data = vec![0u8; 4];
        data.extend_from_slice(&1u16.to_le_bytes());
        data.extend_from_slice(&24u16.to_le_bytes());
        data.extend_from_slice(&[0u8; 24]);
        let mut extra = field(NTFS, &data);
        extra.extend(field(EXTENDED_TIMESTAMP, &[1, 5, 0, 0, 0]));
        assert_eq!(mtime_unix(&extra), Some(5));
    }
}
