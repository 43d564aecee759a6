//! One way into any file system of a volume: [`open`] tells FAT, exFAT,
//! NTFS and ext2/3/4 apart by their signatures and gives the reader as a
//! [`FileSystem`], whose [`FileSystem::walk`] hands out every entry as one
//! [`FsEntry`], whatever the file system, for the exhibit reader to record
//! (path, address, allocated or deleted, byte extents, times); and what
//! the readers share (the deleted-unit budget, collecting a walk).

use crate::exfat::ExfatFs;
use crate::ext::{ExtError, ExtFs};
use crate::fat::{FatError, FatFs, FatTime, Status};
use crate::image::{Extent, ReadAt};
use crate::ntfs::{NtfsError, NtfsFs};

/// Which file system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FsKind {
    /// FAT12.
    Fat12,
    /// FAT16.
    Fat16,
    /// FAT32.
    Fat32,
    /// exFAT.
    Exfat,
    /// ext2, ext3 or ext4.
    Ext,
    /// NTFS.
    Ntfs,
}

/// A fault of whichever file system.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FsError {
    /// No known file system's signature.
    #[error("no known file system (FAT, exFAT, NTFS, ext2/3/4) on the volume")]
    Unknown,
    /// From FAT or exFAT.
    #[error(transparent)]
    Fat(#[from] FatError),
    /// From ext2/3/4.
    #[error(transparent)]
    Ext(#[from] ExtError),
    /// From NTFS.
    #[error(transparent)]
    Ntfs(#[from] NtfsError),
}

/// One file or directory, whatever the file system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FsEntry {
    /// Full path from the volume's root, as bytes (see each file system's
    /// entry for how names become bytes).
    pub path: Vec<u8>,
    /// Where the file system keeps the file: the first cluster (FAT,
    /// exFAT), the inode number (ext), the MFT record number (NTFS).
    pub address: u64,
    /// A directory.
    pub is_dir: bool,
    /// Allocated, or deleted and how recoverable.
    pub status: Status,
    /// Size in bytes.
    pub size: u64,
    /// Offset in the volume of the entry's metadata: the directory entry
    /// (FAT, exFAT), the directory record (ext), the MFT record (NTFS).
    pub metadata_offset: u64,
    /// Where the content is, in volume bytes, in file order.
    pub extents: Vec<Extent>,
    /// The content itself where it lives in the metadata (NTFS resident
    /// data).
    pub resident: Option<Vec<u8>>,
    /// The extents leave out holes, or hold compressed or encrypted bytes:
    /// reading them is not reading the content.
    pub partial: bool,
    /// The times the file system keeps for it.
    pub times: FsTimes,
}

/// A file's times as its file system keeps them, as Unix seconds: FAT and
/// exFAT modification, creation and last access (local time read as UTC,
/// 2 s steps for FAT's modification, FAT's access a date alone: midnight),
/// ext's modification, access and (ext4 inodes of 256 bytes) creation,
/// NTFS's modification (with its sub-second part), creation and access
/// from `$STANDARD_INFORMATION`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FsTimes {
    /// Last modification.
    pub modified: Option<i64>,
    /// The sub-second part of the modification, nanoseconds.
    pub modified_nanos: Option<u32>,
    /// Creation (birth).
    pub created: Option<i64>,
    /// Last access, as the file system last wrote it (many systems update
    /// it lazily or never: `relatime`, `noatime`, Windows' default since
    /// Vista).
    pub accessed: Option<i64>,
}

/// Seconds and nanoseconds since 1970 of a Windows FILETIME (100 ns steps
/// since 1601); `None` for zero, the "not set" value.
pub fn filetime(ft: u64) -> Option<(i64, u32)> {
    const TO_1970: i64 = 11_644_473_600;
    if ft == 0 {
        return None;
    }
    let secs = (ft / 10_000_000) as i64 - TO_1970;
    Some((secs, (ft % 10_000_000) as u32 * 100))
}

/// The times of a FAT or exFAT entry.
pub(crate) fn fat_times(modified: Option<FatTime>, created: Option<FatTime>, accessed: Option<FatTime>) -> FsTimes {
    let seconds = |t: Option<FatTime>| t.and_then(|t| t.unix_seconds());
    FsTimes {
        modified: seconds(modified),
        modified_nanos: None,
        created: seconds(created),
        accessed: seconds(accessed),
    }
}

impl FsEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// What every file system reader offers the exhibit reader: which file
/// system it is, the volume below, every entry (allocated and deleted) as
/// one kind of [`FsEntry`], and the free space to carve. Each reader keeps
/// its own `walk` with its own entry type (the fields only it has: a FAT
/// short name, an exFAT set checksum, an ext deletion time); this trait is
/// the common view of them.
///
/// A trait object rather than an enum matched in every method: the calls
/// through it are one per file system and one per entry, against reads of
/// a directory or an inode each, so dispatch costs nothing measurable, and
/// a file system added later touches its own module and [`open`] only.
pub trait FileSystem: Send + Sync {
    /// Which file system this is.
    fn kind(&self) -> FsKind;

    /// The volume below.
    fn volume(&self) -> &dyn ReadAt;

    /// Walks every entry (allocated and deleted), streaming; returns the
    /// faults met.
    fn walk(&self, visit: &mut dyn FnMut(FsEntry)) -> Vec<FsError>;

    /// The free space, as volume byte extents in order, streaming.
    fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_>;

    /// All entries of [`FileSystem::walk`], collected.
    fn entries(&self) -> (Vec<FsEntry>, Vec<FsError>) {
        collect(|visit| self.walk(visit))
    }
}

/// Opens the file system of `volume`, told by its signature.
pub fn open<'a, R: ReadAt + 'a>(volume: R) -> Result<Box<dyn FileSystem + 'a>, FsError> {
    let mut boot = [0u8; 512];
    let _ = volume.read_at(0, &mut boot);
    let mut ext = [0u8; 2];
    let _ = volume.read_at(1024 + 56, &mut ext);
    if &boot[3..11] == b"NTFS    " {
        Ok(Box::new(NtfsFs::open(volume)?))
    } else if &boot[3..11] == b"EXFAT   " {
        Ok(Box::new(ExfatFs::open(volume)?))
    } else if u16::from_le_bytes(ext) == 0xEF53 {
        Ok(Box::new(ExtFs::open(volume)?))
    } else {
        match FatFs::open(volume) {
            Ok(fs) => Ok(Box::new(fs)),
            Err(FatError::NotFat { .. }) => Err(FsError::Unknown),
            Err(e) => Err(e.into()),
        }
    }
}

/// Collects what a streaming walk hands out, with its faults: every
/// reader's `entries()`.
pub(crate) fn collect<E, F>(walk: impl FnOnce(&mut dyn FnMut(E)) -> Vec<F>) -> (Vec<E>, Vec<F>) {
    let mut out = Vec::new();
    let errors = walk(&mut |e| out.push(e));
    (out, errors)
}

/// Most allocation units one walk looks at to tell whether deleted files'
/// units are free (a hostile directory of many huge deleted entries would
/// otherwise scan the FAT or bitmap once for each).
pub const MAX_RECOVERY_CHECKS: u64 = 1 << 26;

/// The checks left to one walk for telling whether deleted files' units
/// are free again ([`MAX_RECOVERY_CHECKS`] at the start), shared by every
/// reader.
#[derive(Debug)]
pub(crate) struct RecoveryBudget(u64);

impl RecoveryBudget {
    /// A full budget, for one walk.
    pub(crate) fn new() -> Self {
        Self(MAX_RECOVERY_CHECKS)
    }

    /// How recoverable a deleted file is whose bytes lie in `units`:
    /// likely intact when every unit is free (`in_use` false), overwritten
    /// at the first in use, not checked once the budget is spent. A fault
    /// of `in_use` is handed back.
    pub(crate) fn check<E>(
        &mut self,
        units: impl IntoIterator<Item = u64>,
        mut in_use: impl FnMut(u64) -> Result<bool, E>,
    ) -> Result<Status, E> {
        for unit in units {
            if self.0 == 0 {
                return Ok(Status::DeletedNotChecked);
            }
            self.0 -= 1;
            if in_use(unit)? {
                return Ok(Status::DeletedOverwritten);
            }
        }
        Ok(Status::DeletedLikelyIntact)
    }
}

/// The numbers of the `unit`-byte allocation units (counted from the
/// volume's first byte) that `extents` touch, in order.
pub(crate) fn units_of(extents: &[Extent], unit: u64) -> impl Iterator<Item = u64> + '_ {
    extents.iter().flat_map(move |x| x.offset / unit..x.offset.saturating_add(x.len).div_ceil(unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fat_and_ntfs_times_become_unix_seconds() {
        let at = |year, month, day, hour, minute, second| FatTime { year, month, day, hour, minute, second };
        assert_eq!(at(1980, 1, 1, 0, 0, 0).unix_seconds(), Some(315_532_800));
        assert_eq!(at(2000, 3, 1, 0, 0, 0).unix_seconds(), Some(951_868_800), "after a leap day");
        assert_eq!(at(2026, 12, 7, 12, 30, 58).unix_seconds(), Some(1_796_646_658));
        assert_eq!(at(2026, 13, 7, 12, 30, 58).unix_seconds(), None, "month 13 is damage, not a time");
        assert_eq!(at(2026, 2, 0, 0, 0, 0).unix_seconds(), None);
        assert_eq!(filetime(116_444_736_000_000_000), Some((0, 0)));
        assert_eq!(filetime(116_444_736_000_000_000 + 123_456_789), Some((12, 345_678_900)));
        assert_eq!(filetime(0), None);
    }
}
