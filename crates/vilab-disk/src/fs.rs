//! One way into any file system of a volume: [`AnyFs::open`] tells FAT,
//! exFAT, NTFS and ext2/3/4 apart by their signatures, and [`AnyFs::walk`]
//! hands out every entry as one [`FsEntry`], whatever the file system, for
//! the exhibit reader to record (path, address, allocated or deleted, byte
//! extents).

use crate::exfat::ExfatFs;
use crate::ext::{ExtError, ExtFs};
use crate::fat::{FatError, FatFs, FatTime, FatType, Status};
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
/// exFAT modification and creation (local time read as UTC, 2 s steps for
/// FAT's modification), ext's modification, NTFS's modification (with its
/// sub-second part) and creation from `$STANDARD_INFORMATION`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FsTimes {
    /// Last modification.
    pub modified: Option<i64>,
    /// The sub-second part of the modification, nanoseconds.
    pub modified_nanos: Option<u32>,
    /// Creation (birth).
    pub created: Option<i64>,
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

fn fat_times(modified: Option<FatTime>, created: Option<FatTime>) -> FsTimes {
    FsTimes {
        modified: modified.and_then(|t| t.unix_seconds()),
        modified_nanos: None,
        created: created.and_then(|t| t.unix_seconds()),
    }
}

impl FsEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// An open file system of any supported kind.
#[derive(Debug)]
pub enum AnyFs<R> {
    /// FAT12/16/32.
    Fat(FatFs<R>),
    /// exFAT.
    Exfat(ExfatFs<R>),
    /// ext2/3/4.
    Ext(ExtFs<R>),
    /// NTFS.
    Ntfs(NtfsFs<R>),
}

impl<R: ReadAt> AnyFs<R> {
    /// Opens the file system of `volume`, told by its signature.
    pub fn open(volume: R) -> Result<Self, FsError> {
        let mut boot = [0u8; 512];
        let _ = volume.read_at(0, &mut boot);
        let mut ext = [0u8; 2];
        let _ = volume.read_at(1024 + 56, &mut ext);
        if &boot[3..11] == b"NTFS    " {
            Ok(Self::Ntfs(NtfsFs::open(volume)?))
        } else if &boot[3..11] == b"EXFAT   " {
            Ok(Self::Exfat(ExfatFs::open(volume)?))
        } else if u16::from_le_bytes(ext) == 0xEF53 {
            Ok(Self::Ext(ExtFs::open(volume)?))
        } else {
            match FatFs::open(volume) {
                Ok(fs) => Ok(Self::Fat(fs)),
                Err(FatError::NotFat { .. }) => Err(FsError::Unknown),
                Err(e) => Err(e.into()),
            }
        }
    }

    /// Which file system this is.
    pub fn kind(&self) -> FsKind {
        match self {
            Self::Fat(fs) => match fs.fat_type() {
                FatType::Fat12 => FsKind::Fat12,
                FatType::Fat16 => FsKind::Fat16,
                FatType::Fat32 => FsKind::Fat32,
            },
            Self::Exfat(_) => FsKind::Exfat,
            Self::Ext(_) => FsKind::Ext,
            Self::Ntfs(_) => FsKind::Ntfs,
        }
    }

    /// The volume below.
    pub fn image(&self) -> &R {
        match self {
            Self::Fat(fs) => fs.image(),
            Self::Exfat(fs) => fs.image(),
            Self::Ext(fs) => fs.image(),
            Self::Ntfs(fs) => fs.image(),
        }
    }

    /// Walks every entry (allocated and deleted), streaming; returns the
    /// faults met.
    pub fn walk(&self, mut visit: impl FnMut(FsEntry)) -> Vec<FsError> {
        match self {
            Self::Fat(fs) => fs
                .walk(|e| {
                    visit(FsEntry {
                        path: e.path,
                        address: u64::from(e.first_cluster),
                        is_dir: e.is_dir,
                        status: e.status,
                        size: u64::from(e.size),
                        metadata_offset: e.entry_offset,
                        extents: e.extents,
                        resident: None,
                        partial: false,
                        times: fat_times(e.modified, e.created),
                    })
                })
                .into_iter()
                .map(FsError::from)
                .collect(),
            Self::Exfat(fs) => fs
                .walk(|e| {
                    visit(FsEntry {
                        path: e.path,
                        address: u64::from(e.first_cluster),
                        is_dir: e.is_dir,
                        status: e.status,
                        size: e.size,
                        metadata_offset: e.entry_offset,
                        extents: e.extents,
                        resident: None,
                        partial: e.valid_size < e.size,
                        times: fat_times(e.modified, e.created),
                    })
                })
                .into_iter()
                .map(FsError::from)
                .collect(),
            Self::Ext(fs) => fs
                .walk(|e| {
                    visit(FsEntry {
                        path: e.path,
                        address: u64::from(e.inode),
                        is_dir: e.is_dir,
                        status: e.status,
                        size: e.size,
                        metadata_offset: e.record_offset,
                        extents: e.extents,
                        resident: None,
                        partial: e.sparse,
                        times: FsTimes { modified: e.mtime.map(i64::from), ..FsTimes::default() },
                    })
                })
                .into_iter()
                .map(FsError::from)
                .collect(),
            Self::Ntfs(fs) => fs
                .walk(|e| {
                    visit(FsEntry {
                        path: e.path,
                        address: e.record,
                        is_dir: e.is_dir,
                        status: e.status,
                        size: e.size,
                        metadata_offset: e.record_offset,
                        extents: e.extents,
                        resident: e.resident,
                        partial: e.sparse || e.compressed,
                        times: FsTimes {
                            modified: e.modified.and_then(filetime).map(|t| t.0),
                            modified_nanos: e.modified.and_then(filetime).map(|t| t.1),
                            created: e.created.and_then(filetime).map(|t| t.0),
                        },
                    })
                })
                .into_iter()
                .map(FsError::from)
                .collect(),
        }
    }

    /// The free space, as volume byte extents in order, streaming.
    pub fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_> {
        match self {
            Self::Fat(fs) => Box::new(fs.unallocated()),
            Self::Exfat(fs) => Box::new(fs.unallocated()),
            Self::Ext(fs) => Box::new(fs.unallocated()),
            Self::Ntfs(fs) => Box::new(fs.unallocated()),
        }
    }
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
