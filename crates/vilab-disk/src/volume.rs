//! Volumes of a disk image: an MBR with its extended (logical) chain, a
//! GPT (header and entries checked by CRC-32, the backup read when the
//! primary fails), or, with neither, the whole disk as one volume.
//!
//! Written here rather than through `mbrman` / `gpt`: those refuse a table
//! at the first fault, where a seized disk needs what can still be read
//! beside what is wrong (a damaged primary GPT with a good backup, an EBR
//! chain that loops after three good logical partitions).

use crate::le::{u32_at, u64_at};
use std::collections::HashSet;
use std::io;

use crate::image::ReadAt;

/// How the disk is divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// A DOS partition table (MBR), with any logical partitions.
    Mbr,
    /// A GUID partition table.
    Gpt,
    /// No table: the disk is one volume.
    None,
}

/// What a volume's entry says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolumeKind {
    /// An MBR entry.
    Mbr {
        /// The partition type byte (0x07 NTFS/exFAT, 0x0c FAT32 LBA, 0x83 Linux, …).
        type_byte: u8,
        /// The boot flag (0x80).
        bootable: bool,
        /// A logical partition in the extended chain.
        logical: bool,
    },
    /// A GPT entry.
    Gpt {
        /// The partition type GUID, as text.
        type_guid: String,
        /// The partition's own GUID, as text.
        unique_guid: String,
        /// The name (UTF-16 in the entry).
        name: String,
        /// The attribute bits.
        attributes: u64,
    },
    /// The whole disk, there being no table.
    Whole,
}

/// One volume: where its bytes are in the image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volume {
    /// Its number: MBR entries 1-4, logical partitions from 5 (as Linux
    /// numbers them); GPT entries from 1 by their slot; 0 for a whole disk.
    pub index: u32,
    /// First byte in the image.
    pub start: u64,
    /// Length in bytes (cut to the image's end; see `errors`).
    pub len: u64,
    /// What its table entry says.
    pub kind: VolumeKind,
}

/// A fault in the partition tables; what could be read is still returned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VolumeError {
    /// A read failed.
    #[error("read at offset {offset}: {source}")]
    Io {
        /// Where.
        offset: u64,
        /// Why.
        source: io::Error,
    },
    /// A GPT header that cannot be used.
    #[error("GPT header at offset {offset}: {reason}")]
    GptHeader {
        /// The header's offset.
        offset: u64,
        /// What is wrong.
        reason: &'static str,
    },
    /// The GPT entries fail their CRC-32.
    #[error("GPT entries at offset {offset} fail their CRC-32")]
    GptEntries {
        /// The entries' offset.
        offset: u64,
    },
    /// An extended boot record without its 0x55AA signature.
    #[error("extended boot record at offset {offset} has no signature")]
    EbrSignature {
        /// The record's offset.
        offset: u64,
    },
    /// The logical chain comes back to a record already read.
    #[error("extended partition chain loops back to offset {offset}")]
    EbrLoop {
        /// The record pointed to again.
        offset: u64,
    },
    /// More logical partitions than [`MAX_LOGICAL`].
    #[error("more than {max} logical partitions; chain stopped at offset {offset}")]
    TooManyLogical {
        /// The record where the walk stopped.
        offset: u64,
        /// The limit.
        max: usize,
    },
    /// A partition reaches past the image's end (it is cut there).
    #[error("partition {index} ({start}..{end}) passes the end of the image ({image_len} bytes)")]
    PastEnd {
        /// The partition's number.
        index: u32,
        /// Its first byte.
        start: u64,
        /// Its end as the table says.
        end: u64,
        /// The image's size.
        image_len: u64,
    },
}

/// The volumes found and the faults met.
#[derive(Debug)]
pub struct VolumeTable {
    /// How the disk is divided.
    pub scheme: Scheme,
    /// The sector size the table was read with.
    pub sector_size: u64,
    /// The volumes, in table order.
    pub volumes: Vec<Volume>,
    /// What was wrong.
    pub errors: Vec<VolumeError>,
}

/// Most logical partitions followed in an extended chain.
pub const MAX_LOGICAL: usize = 1024;
/// Most GPT entries read (the bytes of entries are bounded to 4 MiB too).
const MAX_GPT_ENTRIES: u32 = 16_384;
const MAX_GPT_ENTRY_BYTES: u64 = 4 << 20;

/// A GUID as text (the first three fields little-endian, as GPT stores them).
pub fn guid_text(g: &[u8]) -> String {
    format!(
        "{:08X}-{:04X}-{:04X}-{:02X}{:02X}-{:02X}{:02X}{:02X}{:02X}{:02X}{:02X}",
        u32_at(g, 0),
        u16::from_le_bytes([g[4], g[5]]),
        u16::from_le_bytes([g[6], g[7]]),
        g[8],
        g[9],
        g[10],
        g[11],
        g[12],
        g[13],
        g[14],
        g[15]
    )
}

/// Whether a first sector is a file system's boot sector rather than an
/// MBR (a disk formatted without a table also ends its sector in 0x55AA).
fn looks_like_boot_sector(s: &[u8]) -> bool {
    let jump = s[0] == 0xEB || s[0] == 0xE9;
    jump && (&s[3..11] == b"NTFS    "
        || &s[3..11] == b"EXFAT   "
        || &s[0x36..0x39] == b"FAT"
        || &s[0x52..0x57] == b"FAT32"
        || (s[13] != 0 && u16::from_le_bytes([s[11], s[12]]).is_power_of_two() && s[21] >= 0xF0))
}

/// Reads the partition tables of a disk image with 512-byte sectors (a GPT
/// of 4096-byte sectors is found too). Never fails: faults are in
/// `errors`, with what could still be read.
pub fn read_volumes(img: &dyn ReadAt) -> VolumeTable {
    let mut t = VolumeTable { scheme: Scheme::None, sector_size: 512, volumes: Vec::new(), errors: Vec::new() };
    let mut s0 = [0u8; 512];
    if let Err(source) = img.read_at(0, &mut s0) {
        t.errors.push(VolumeError::Io { offset: 0, source });
        return whole(t, img);
    }
    let signed = s0[510] == 0x55 && s0[511] == 0xAA;
    let entries: Vec<&[u8]> = (0..4).map(|i| &s0[446 + 16 * i..462 + 16 * i]).collect();
    let protective = signed && entries.iter().any(|e| e[4] == 0xEE);
    // A GPT at 512-byte or 4096-byte sectors, protective MBR or not (a
    // wiped MBR leaves the GPT).
    for sector in [512u64, 4096] {
        let mut sig = [0u8; 8];
        let signature = img.read_at(sector, &mut sig).is_ok() && &sig == b"EFI PART";
        if (signature || protective && sector == 512)
            && let Some(volumes) = read_gpt(img, sector, &mut t.errors)
        {
            t.scheme = Scheme::Gpt;
            t.sector_size = sector;
            t.volumes = volumes;
            return t;
        }
    }
    let sane = entries.iter().all(|e| e[0] == 0 || e[0] == 0x80);
    let any = entries.iter().any(|e| e[4] != 0 && u32_at(e, 12) != 0);
    if signed && sane && any && !looks_like_boot_sector(&s0) {
        t.scheme = Scheme::Mbr;
        read_mbr(img, &s0, &mut t);
        return t;
    }
    whole(t, img)
}

fn whole(mut t: VolumeTable, img: &dyn ReadAt) -> VolumeTable {
    t.scheme = Scheme::None;
    t.volumes = vec![Volume { index: 0, start: 0, len: img.len(), kind: VolumeKind::Whole }];
    t
}

/// Adds a volume of `count` sectors at sector `lba`, cut to the image.
fn push(t: &mut VolumeTable, img_len: u64, index: u32, lba: u64, count: u64, kind: VolumeKind) {
    let ss = t.sector_size;
    let start = lba.saturating_mul(ss);
    let end = start.saturating_add(count.saturating_mul(ss));
    if end > img_len {
        t.errors.push(VolumeError::PastEnd { index, start, end, image_len: img_len });
    }
    let start_cut = start.min(img_len);
    t.volumes.push(Volume { index, start: start_cut, len: end.min(img_len) - start_cut, kind });
}

fn is_extended(type_byte: u8) -> bool {
    matches!(type_byte, 0x05 | 0x0F | 0x85)
}

fn read_mbr(img: &dyn ReadAt, s0: &[u8], t: &mut VolumeTable) {
    let len = img.len();
    let mut extended = None;
    for i in 0..4 {
        let e = &s0[446 + 16 * i..462 + 16 * i];
        let (type_byte, lba, count) = (e[4], u64::from(u32_at(e, 8)), u64::from(u32_at(e, 12)));
        if type_byte == 0 || count == 0 {
            continue;
        }
        if is_extended(type_byte) {
            extended.get_or_insert(lba);
        }
        let kind = VolumeKind::Mbr { type_byte, bootable: e[0] == 0x80, logical: false };
        push(t, len, i as u32 + 1, lba, count, kind);
    }
    let Some(ext_start) = extended else { return };
    let mut seen = HashSet::new();
    let mut ebr = ext_start;
    let mut index = 5u32;
    loop {
        let offset = ebr.saturating_mul(512);
        if !seen.insert(ebr) {
            t.errors.push(VolumeError::EbrLoop { offset });
            return;
        }
        if seen.len() > MAX_LOGICAL {
            t.errors.push(VolumeError::TooManyLogical { offset, max: MAX_LOGICAL });
            return;
        }
        let mut s = [0u8; 512];
        if let Err(source) = img.read_at(offset, &mut s) {
            t.errors.push(VolumeError::Io { offset, source });
            return;
        }
        if s[510] != 0x55 || s[511] != 0xAA {
            t.errors.push(VolumeError::EbrSignature { offset });
            return;
        }
        let (first, link) = (&s[446..462], &s[462..478]);
        if first[4] != 0 && u32_at(first, 12) != 0 {
            let lba = ebr.saturating_add(u64::from(u32_at(first, 8)));
            let kind = VolumeKind::Mbr { type_byte: first[4], bootable: first[0] == 0x80, logical: true };
            push(t, len, index, lba, u64::from(u32_at(first, 12)), kind);
            index += 1;
        }
        if link[4] == 0 || !is_extended(link[4]) || u32_at(link, 12) == 0 {
            return;
        }
        ebr = ext_start.saturating_add(u64::from(u32_at(link, 8)));
    }
}

/// The GPT at sector size `ss`: the primary header, or the backup where the
/// primary or its entries fail. `None` when neither can be used.
fn read_gpt(img: &dyn ReadAt, ss: u64, errors: &mut Vec<VolumeError>) -> Option<Vec<Volume>> {
    let last_lba = (img.len() / ss).checked_sub(1)?;
    let mut tried = Vec::new();
    let mut candidates = vec![1u64];
    while let Some(lba) = candidates.pop() {
        if tried.contains(&lba) || tried.len() >= 3 {
            continue;
        }
        tried.push(lba);
        match gpt_at(img, ss, lba) {
            Ok(volumes) => return Some(volumes),
            Err((e, alternate)) => {
                errors.push(e);
                // The backup: where the primary says, and the last sector.
                candidates.push(last_lba);
                if let Some(alt) = alternate.filter(|&a| a < last_lba) {
                    candidates.push(alt);
                }
            }
        }
    }
    None
}

type GptFault = (VolumeError, Option<u64>);

fn gpt_at(img: &dyn ReadAt, ss: u64, lba: u64) -> Result<Vec<Volume>, GptFault> {
    let offset = lba.saturating_mul(ss);
    let bad = |reason| (VolumeError::GptHeader { offset, reason }, None);
    let mut h = vec![0u8; ss as usize];
    img.read_at(offset, &mut h).map_err(|source| (VolumeError::Io { offset, source }, None))?;
    if &h[..8] != b"EFI PART" {
        return Err(bad("no signature"));
    }
    let header_size = u32_at(&h, 12) as usize;
    if !(92..=h.len()).contains(&header_size) {
        return Err(bad("header size out of range"));
    }
    let alternate = u64_at(&h, 32);
    let mut copy = h[..header_size].to_vec();
    copy[16..20].fill(0);
    if crc32fast::hash(&copy) != u32_at(&h, 16) {
        return Err((VolumeError::GptHeader { offset, reason: "header fails its CRC-32" }, Some(alternate)));
    }
    let entries_lba = u64_at(&h, 72);
    let count = u32_at(&h, 80);
    let entry_size = u32_at(&h, 84);
    if entry_size < 128 || !entry_size.is_multiple_of(8) || count > MAX_GPT_ENTRIES {
        return Err((VolumeError::GptHeader { offset, reason: "entry size or count absurd" }, Some(alternate)));
    }
    let bytes = u64::from(count) * u64::from(entry_size);
    if bytes > MAX_GPT_ENTRY_BYTES {
        return Err((VolumeError::GptHeader { offset, reason: "entries too large" }, Some(alternate)));
    }
    let entries_at = entries_lba.saturating_mul(ss);
    let mut e = vec![0u8; bytes as usize];
    img.read_at(entries_at, &mut e)
        .map_err(|source| (VolumeError::Io { offset: entries_at, source }, Some(alternate)))?;
    if crc32fast::hash(&e) != u32_at(&h, 88) {
        return Err((VolumeError::GptEntries { offset: entries_at }, Some(alternate)));
    }
    let mut t = VolumeTable { scheme: Scheme::Gpt, sector_size: ss, volumes: Vec::new(), errors: Vec::new() };
    for (i, entry) in e.chunks_exact(entry_size as usize).enumerate() {
        if entry[..16].iter().all(|&b| b == 0) {
            continue;
        }
        let (first, last) = (u64_at(entry, 32), u64_at(entry, 40));
        let name_units: Vec<u16> =
            entry[56..128].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).take_while(|&u| u != 0).collect();
        let kind = VolumeKind::Gpt {
            type_guid: guid_text(&entry[..16]),
            unique_guid: guid_text(&entry[16..32]),
            name: String::from_utf16_lossy(&name_units),
            attributes: u64_at(entry, 48),
        };
        let count = last.checked_sub(first).map_or(0, |d| d.saturating_add(1));
        push(&mut t, img.len(), i as u32 + 1, first, count, kind);
    }
    Ok(t.volumes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemImage;

    fn mbr_entry(s: &mut [u8], at: usize, type_byte: u8, lba: u32, count: u32) {
        s[at + 4] = type_byte;
        s[at + 8..at + 12].copy_from_slice(&lba.to_le_bytes());
        s[at + 12..at + 16].copy_from_slice(&count.to_le_bytes());
    }

    #[test]
    fn an_extended_chain_that_loops_stops_with_an_error() {
        let mut d = vec![0u8; 1 << 20];
        d[510] = 0x55;
        d[511] = 0xAA;
        mbr_entry(&mut d, 446, 0x0c, 1, 100);
        mbr_entry(&mut d, 462, 0x05, 200, 1000);
        // EBR at 200: a logical at +1, next EBR at ext+300; that one points back to ext+0.
        for (ebr, next) in [(200usize, 300u32), (500, 0)] {
            let s = &mut d[ebr * 512..ebr * 512 + 512];
            s[510] = 0x55;
            s[511] = 0xAA;
            mbr_entry(s, 446, 0x83, 1, 10);
            mbr_entry(s, 462, 0x05, next, 50);
        }
        let t = read_volumes(&MemImage(d));
        assert_eq!(t.scheme, Scheme::Mbr);
        let starts: Vec<_> = t.volumes.iter().map(|v| (v.index, v.start / 512)).collect();
        assert_eq!(starts, [(1, 1), (2, 200), (5, 201), (6, 501)]);
        assert!(matches!(t.errors[..], [VolumeError::EbrLoop { offset: 102_400 }]), "{:?}", t.errors);
    }

    #[test]
    fn a_partition_past_the_end_is_cut_and_reported() {
        let mut d = vec![0u8; 64 * 512];
        d[510] = 0x55;
        d[511] = 0xAA;
        mbr_entry(&mut d, 446, 0x83, 32, u32::MAX);
        let t = read_volumes(&MemImage(d));
        assert_eq!(t.volumes[0].start, 32 * 512);
        assert_eq!(t.volumes[0].len, 32 * 512);
        assert!(matches!(t.errors[..], [VolumeError::PastEnd { index: 1, .. }]));
    }

    #[test]
    fn no_table_is_one_volume() {
        let t = read_volumes(&MemImage(vec![0u8; 4096]));
        assert_eq!(t.scheme, Scheme::None);
        assert_eq!(t.volumes.len(), 1);
        assert_eq!(t.volumes[0].len, 4096);
        let t = read_volumes(&MemImage(vec![0u8; 10]));
        assert_eq!(t.volumes[0].len, 10);
        assert!(!t.errors.is_empty());
    }
}
