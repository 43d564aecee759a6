//! FAT12, FAT16 and FAT32 file systems: every allocated file with its path,
//! first cluster, size and byte extents; deleted directory entries (0xE5)
//! with their bytes recovered where the clusters are still free; the
//! unallocated clusters, for carving.
//!
//! Written from Microsoft's "FAT: General Overview of On-Disk Format"
//! (v1.03). Written here rather than through `fatfs`: that crate skips
//! deleted entries, follows chains without a loop guard and is built for
//! mounting, not for reading a hostile volume.
//!
//! Streaming: the walk hands each entry to a callback; the FAT is read a
//! window at a time ([`FAT_WINDOW`]), never whole; one directory is held at
//! a time, at most [`MAX_DIR_BYTES`]. Loops: a visited set of directory
//! clusters, a depth limit ([`MAX_DEPTH`]), chains cut at the cluster count.
//!
//! Deleted entries are recovered as forensic tools do: the FAT chain of a
//! deleted file is zeroed, so its clusters are assumed contiguous from the
//! first cluster for the file's size, and the recovery is "likely intact"
//! when all those clusters are still free, "overwritten" otherwise. On
//! FAT32 some systems clear the high 16 bits of the first cluster on
//! deletion; such entries then point at the wrong place (not guessed here).

use crate::le::{u16_at, u32_at};
use std::collections::HashSet;
use std::io;
use std::sync::{Mutex, PoisonError};

use crate::fs::{FileSystem, FsEntry, FsError, FsKind, RecoveryBudget, collect, fat_times};
use crate::image::{Extent, LoopGuard, ReadAt, distinct_in_loop, truncate_extents};

/// Bytes of the FAT read and kept at a time.
pub const FAT_WINDOW: usize = 64 << 10;
/// Largest directory read (the format's own limit: 65536 entries).
pub const MAX_DIR_BYTES: u64 = 65_536 * 32;
/// Deepest directory followed.
pub const MAX_DEPTH: usize = 64;
/// Most entries one walk reports.
pub const MAX_ENTRIES: u64 = 50_000_000;
pub use crate::fs::MAX_RECOVERY_CHECKS;

/// Which FAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FatType {
    /// 12-bit entries (fewer than 4085 clusters).
    Fat12,
    /// 16-bit entries (fewer than 65525 clusters).
    Fat16,
    /// 28-bit entries.
    Fat32,
}

/// A fault in the file system; the walk goes on past it where it can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FatError {
    /// The boot sector is not a usable FAT boot sector.
    #[error("not a FAT file system: {reason}")]
    NotFat {
        /// Which field is wrong.
        reason: &'static str,
    },
    /// A read failed.
    #[error("read at offset {offset}: {source}")]
    Io {
        /// Offset in the volume.
        offset: u64,
        /// Why.
        source: io::Error,
    },
    /// A cluster chain ends early, loops, or points outside the volume.
    #[error("{path}: cluster chain broken at cluster {cluster}: {reason}")]
    Chain {
        /// The file or directory (display form).
        path: String,
        /// The last good cluster, or the bad one.
        cluster: u32,
        /// What was found.
        reason: &'static str,
    },
    /// A directory whose cluster was already walked (a loop in the tree).
    #[error("{path}: directory at cluster {cluster} already walked")]
    DirectoryLoop {
        /// The directory (display form).
        path: String,
        /// Its first cluster.
        cluster: u32,
    },
    /// Deeper than [`MAX_DEPTH`].
    #[error("{path}: deeper than {MAX_DEPTH} directories; not walked")]
    TooDeep {
        /// The directory (display form).
        path: String,
    },
    /// More than [`MAX_ENTRIES`] entries.
    #[error("more than {MAX_ENTRIES} entries; walk stopped")]
    TooManyEntries,
}

/// Whether an entry is in use, and for a deleted one what its bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// In use.
    Allocated,
    /// Marked deleted; its bytes assumed contiguous from its first cluster
    /// and all those clusters still free.
    DeletedLikelyIntact,
    /// Marked deleted; some of those clusters are in use again.
    DeletedOverwritten,
    /// Marked deleted; no data to recover (empty, or first cluster outside
    /// the volume).
    DeletedNoData,
    /// Marked deleted; the extents are the contiguous guess, but whether its
    /// clusters are free was not checked ([`MAX_RECOVERY_CHECKS`] spent).
    DeletedNotChecked,
}

impl Status {
    /// Whether the entry is marked deleted (or lies in a deleted directory).
    pub fn is_deleted(self) -> bool {
        self != Self::Allocated
    }
}

/// A FAT date and time (local time of the writer, no zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FatTime {
    /// 1980..=2107.
    pub year: u16,
    /// 1..=12 (as stored; not checked).
    pub month: u8,
    /// 1..=31 (as stored; not checked).
    pub day: u8,
    /// 0..=23.
    pub hour: u8,
    /// 0..=59.
    pub minute: u8,
    /// 0..=58, even.
    pub second: u8,
}

impl FatTime {
    /// Seconds since 1970-01-01 00:00:00 of this time read as UTC (FAT
    /// keeps the writer's local time and no zone: the hours may be off by
    /// the writer's offset); `None` for a month or day out of range.
    pub fn unix_seconds(&self) -> Option<i64> {
        if !(1..=12).contains(&self.month) || !(1..=31).contains(&self.day) || self.hour > 23 || self.minute > 59 {
            return None;
        }
        // Days from the civil date (Howard Hinnant's algorithm).
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        Some(days * 86_400 + i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second))
    }

    pub(crate) fn from_raw(date: u16, time: u16) -> Option<Self> {
        (date != 0).then(|| Self {
            year: 1980 + (date >> 9),
            month: ((date >> 5) & 0x0f) as u8,
            day: (date & 0x1f) as u8,
            hour: (time >> 11) as u8,
            minute: ((time >> 5) & 0x3f) as u8,
            second: ((time & 0x1f) * 2) as u8,
        })
    }
}

/// One directory entry found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FatEntry {
    /// Full path from the root, `/`-separated, as bytes: long names as
    /// WTF-8 (UTF-8, with any unpaired UTF-16 surrogate kept as its own
    /// three bytes, so that distinct names stay distinct), short names from
    /// code page 437. Show it with `vilab_core::name::escape_utf8`. A
    /// deleted short name's lost first byte is `_`.
    pub path: Vec<u8>,
    /// The 8.3 name as stored (11 bytes, first byte 0xE5 when deleted).
    pub short_name: [u8; 11],
    /// Whether a long name was found (and its checksum matched).
    pub has_long_name: bool,
    /// A directory.
    pub is_dir: bool,
    /// Allocated, or deleted and how recoverable.
    pub status: Status,
    /// First cluster (the high word included on FAT32).
    pub first_cluster: u32,
    /// Size in bytes (0 for directories).
    pub size: u32,
    /// The attribute byte.
    pub attributes: u8,
    /// Offset in the volume of the 32-byte short entry.
    pub entry_offset: u64,
    /// Last modification.
    pub modified: Option<FatTime>,
    /// Creation.
    pub created: Option<FatTime>,
    /// Last access: a date alone (the time reads 00:00:00).
    pub accessed: Option<FatTime>,
    /// Where the content is, in volume bytes; their lengths add up to `size`
    /// unless the chain is broken (an error says so) or, for a deleted
    /// entry, the guessed clusters leave the volume.
    pub extents: Vec<Extent>,
}

impl FatEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// An open FAT file system over a volume.
#[derive(Debug)]
pub struct FatFs<R> {
    img: R,
    fat_type: FatType,
    bytes_per_sector: u32,
    cluster_size: u32,
    fat_offset: u64,
    fat_bytes: u64,
    root_offset: u64,
    root_bytes: u64,
    root_cluster: u32,
    data_offset: u64,
    /// Highest valid cluster number (clusters run from 2).
    max_cluster: u32,
    window: Mutex<Option<(u64, Vec<u8>)>>,
}

/// What a FAT entry says of the next cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Free,
    Cluster(u32),
    End,
    Bad,
}

impl<R: ReadAt> FatFs<R> {
    /// Reads the boot sector of the volume `img`.
    pub fn open(img: R) -> Result<Self, FatError> {
        let mut b = [0u8; 512];
        img.read_at(0, &mut b).map_err(|source| FatError::Io { offset: 0, source })?;
        let not = |reason| FatError::NotFat { reason };
        let bps = u32::from(u16_at(&b, 11));
        if !matches!(bps, 512 | 1024 | 2048 | 4096) {
            return Err(not("bytes per sector"));
        }
        let spc = u32::from(b[13]);
        if spc == 0 || !spc.is_power_of_two() {
            return Err(not("sectors per cluster"));
        }
        let reserved = u64::from(u16_at(&b, 14));
        let fats = u64::from(b[16]);
        if reserved == 0 || fats == 0 {
            return Err(not("reserved sectors or number of FATs"));
        }
        let root_entries = u64::from(u16_at(&b, 17));
        let total = match u16_at(&b, 19) {
            0 => u64::from(u32_at(&b, 32)),
            n => u64::from(n),
        };
        let fat_sectors = match u16_at(&b, 22) {
            0 => u64::from(u32_at(&b, 36)),
            n => u64::from(n),
        };
        if total == 0 || fat_sectors == 0 {
            return Err(not("total sectors or FAT size"));
        }
        let bps64 = u64::from(bps);
        let root_sectors = (root_entries * 32).div_ceil(bps64);
        let data_sector = reserved + fats * fat_sectors + root_sectors;
        if data_sector >= total {
            return Err(not("no data region"));
        }
        let clusters = (total - data_sector) / u64::from(spc);
        let fat_type = if clusters < 4085 {
            FatType::Fat12
        } else if clusters < 65525 {
            FatType::Fat16
        } else {
            FatType::Fat32
        };
        if fat_type == FatType::Fat32 && root_entries != 0 || fat_type != FatType::Fat32 && root_entries == 0 {
            return Err(not("root directory entries against FAT type"));
        }
        let fat_bytes = fat_sectors * bps64;
        // No more clusters than the FAT can describe, nor than 28 bits.
        let fat_capacity = match fat_type {
            FatType::Fat12 => fat_bytes * 2 / 3,
            FatType::Fat16 => fat_bytes / 2,
            FatType::Fat32 => fat_bytes / 4,
        };
        let clusters = clusters.min(fat_capacity.saturating_sub(2)).min(0x0FFF_FFF5);
        let root_cluster = if fat_type == FatType::Fat32 { u32_at(&b, 44) } else { 0 };
        Ok(Self {
            img,
            fat_type,
            bytes_per_sector: bps,
            cluster_size: bps * spc,
            fat_offset: reserved * bps64,
            fat_bytes,
            root_offset: (reserved + fats * fat_sectors) * bps64,
            root_bytes: root_sectors * bps64,
            root_cluster,
            data_offset: data_sector * bps64,
            max_cluster: clusters as u32 + 1,
            window: Mutex::new(None),
        })
    }

    /// Which FAT this is.
    pub fn fat_type(&self) -> FatType {
        self.fat_type
    }

    /// Bytes per cluster.
    pub fn cluster_size(&self) -> u32 {
        self.cluster_size
    }

    /// Bytes per sector.
    pub fn sector_size(&self) -> u32 {
        self.bytes_per_sector
    }

    /// Number of data clusters.
    pub fn cluster_count(&self) -> u32 {
        self.max_cluster - 1
    }

    /// The volume below.
    pub fn image(&self) -> &R {
        &self.img
    }

    /// Offset in the volume of cluster `c` (from 2).
    pub fn cluster_offset(&self, c: u32) -> u64 {
        self.data_offset + u64::from(c.saturating_sub(2)) * u64::from(self.cluster_size)
    }

    /// `n` bytes of the first FAT at byte `at`, through the window.
    fn fat_bytes_at(&self, at: u64, out: &mut [u8]) -> Result<(), FatError> {
        let mut w = self.window.lock().unwrap_or_else(PoisonError::into_inner);
        let hit = w.as_ref().is_some_and(|(s, buf)| at >= *s && at + out.len() as u64 <= s + buf.len() as u64);
        if !hit {
            let start = at - at % FAT_WINDOW as u64;
            let len = (self.fat_bytes - start).min(FAT_WINDOW as u64 + 8) as usize;
            let mut buf = vec![0u8; len];
            let offset = self.fat_offset + start;
            self.img.read_at(offset, &mut buf).map_err(|source| FatError::Io { offset, source })?;
            *w = Some((start, buf));
        }
        let (s, buf) = w.as_ref().expect("window just filled");
        let i = (at - s) as usize;
        if i + out.len() > buf.len() {
            return Err(FatError::Io {
                offset: self.fat_offset + at,
                source: crate::image::eof(at, out.len(), self.fat_bytes),
            });
        }
        out.copy_from_slice(&buf[i..i + out.len()]);
        Ok(())
    }

    /// The FAT entry of cluster `c` (2..=max_cluster).
    fn next(&self, c: u32) -> Result<Next, FatError> {
        let raw = match self.fat_type {
            FatType::Fat12 => {
                let mut b = [0u8; 2];
                self.fat_bytes_at(u64::from(c) + u64::from(c) / 2, &mut b)?;
                let v = u16::from_le_bytes(b);
                u32::from(if c % 2 == 1 { v >> 4 } else { v & 0x0fff })
            }
            FatType::Fat16 => {
                let mut b = [0u8; 2];
                self.fat_bytes_at(u64::from(c) * 2, &mut b)?;
                u32::from(u16::from_le_bytes(b))
            }
            FatType::Fat32 => {
                let mut b = [0u8; 4];
                self.fat_bytes_at(u64::from(c) * 4, &mut b)?;
                u32::from_le_bytes(b) & 0x0fff_ffff
            }
        };
        let (bad, end) = match self.fat_type {
            FatType::Fat12 => (0xff7, 0xff8),
            FatType::Fat16 => (0xfff7, 0xfff8),
            FatType::Fat32 => (0x0fff_fff7, 0x0fff_fff8),
        };
        Ok(match raw {
            0 => Next::Free,
            r if r >= end => Next::End,
            r if r == bad => Next::Bad,
            r if r < 2 || r > self.max_cluster => Next::Bad,
            r => Next::Cluster(r),
        })
    }

    /// Whether cluster `c` is free in the FAT.
    pub fn is_free(&self, c: u32) -> Result<bool, FatError> {
        Ok(self.next(c)? == Next::Free)
    }

    fn valid(&self, c: u32) -> bool {
        (2..=self.max_cluster).contains(&c)
    }

    /// The byte extents of the chain from `first`, at most `limit` bytes
    /// (a file's size) or, with `None`, to its end (a directory, bounded by
    /// [`MAX_DIR_BYTES`]). A broken chain gives what it had and an error.
    fn chain_extents(&self, first: u32, limit: Option<u64>, path: &[u8]) -> (Vec<Extent>, Option<FatError>) {
        let cs = u64::from(self.cluster_size);
        let want = limit.unwrap_or(MAX_DIR_BYTES);
        let max_clusters = want.div_ceil(cs);
        let mut extents: Vec<Extent> = Vec::new();
        let mut got = 0u64;
        let mut c = first;
        let fault = |cluster, reason| FatError::Chain { path: vilab_core::name::escape_utf8(path), cluster, reason };
        if !self.valid(c) {
            return (extents, (want > 0).then(|| fault(c, "first cluster outside the volume")));
        }
        let mut guard = LoopGuard::new(c);
        for _ in 0..max_clusters {
            let take = cs.min(want - got);
            let off = self.cluster_offset(c);
            match extents.last_mut() {
                Some(last) if last.offset + last.len == off => last.len += take,
                _ => extents.push(Extent { offset: off, len: take }),
            }
            got += take;
            if got >= want {
                break;
            }
            match self.next(c) {
                Ok(Next::Cluster(n)) if guard.looped(n) => {
                    // Keep each cluster once: the extents up to where the loop closes.
                    let next = |x| match self.next(x) {
                        Ok(Next::Cluster(y)) => Some(y),
                        _ => None,
                    };
                    let distinct = distinct_in_loop(first, n, max_clusters, next).unwrap_or(0);
                    truncate_extents(&mut extents, distinct.saturating_mul(cs));
                    return (extents, Some(fault(n, "chain loops")));
                }
                Ok(Next::Cluster(n)) => c = n,
                Ok(Next::End) if limit.is_none() => break,
                Ok(Next::End) => return (extents, Some(fault(c, "chain ends before the file's size"))),
                Ok(Next::Free) => return (extents, Some(fault(c, "chain reaches a free cluster"))),
                Ok(Next::Bad) => return (extents, Some(fault(c, "chain reaches a bad or out-of-range cluster"))),
                Err(e) => return (extents, Some(e)),
            }
        }
        (extents, None)
    }

    /// Extents of a deleted file: `size` bytes of contiguous clusters from
    /// `first`, cut at the volume's last cluster; and whether they are all
    /// still free.
    fn deleted_extents(
        &self,
        first: u32,
        size: u32,
        budget: &mut RecoveryBudget,
    ) -> Result<(Vec<Extent>, Status), FatError> {
        if size == 0 || !self.valid(first) {
            return Ok((Vec::new(), Status::DeletedNoData));
        }
        let cs = u64::from(self.cluster_size);
        let n = u64::from(size).div_ceil(cs);
        let last = (u64::from(first) + n - 1).min(u64::from(self.max_cluster)) as u32;
        let status = budget.check(u64::from(first)..=u64::from(last), |c| Ok(!self.is_free(c as u32)?))?;
        let avail = u64::from(last - first + 1) * cs;
        let len = avail.min(u64::from(size));
        Ok((vec![Extent { offset: self.cluster_offset(first), len }], status))
    }

    /// The bytes of a directory (the fixed root of FAT12/16, or a chain)
    /// and the extents they were read from.
    fn dir_bytes(&self, first: u32, deleted: bool, path: &[u8], errors: &mut Vec<FatError>) -> (Vec<u8>, Vec<Extent>) {
        let extents = if first == 0 {
            if self.fat_type == FatType::Fat32 {
                self.chain_extents(self.root_cluster, None, path).0
            } else {
                vec![Extent { offset: self.root_offset, len: self.root_bytes.min(MAX_DIR_BYTES) }]
            }
        } else if deleted {
            // The chain is gone: the first cluster only.
            if !self.valid(first) {
                return (Vec::new(), Vec::new());
            }
            vec![Extent { offset: self.cluster_offset(first), len: u64::from(self.cluster_size) }]
        } else {
            let (e, err) = self.chain_extents(first, None, path);
            errors.extend(err);
            e
        };
        let total: u64 = extents.iter().map(|e| e.len).sum();
        let mut out = vec![0u8; total.min(MAX_DIR_BYTES) as usize];
        let mut at = 0usize;
        for e in &extents {
            let n = (e.len as usize).min(out.len() - at);
            if let Err(source) = self.img.read_at(e.offset, &mut out[at..at + n]) {
                errors.push(FatError::Io { offset: e.offset, source });
                out.truncate(at);
                break;
            }
            at += n;
        }
        (out, extents)
    }

    /// Walks the whole tree from the root, handing every entry (allocated
    /// and deleted, files and directories) to `visit`, and returns the
    /// faults met. Directories of a deleted directory are read from its
    /// first cluster when that still holds a directory.
    pub fn walk(&self, mut visit: impl FnMut(FatEntry)) -> Vec<FatError> {
        let mut errors = Vec::new();
        let mut seen_dirs = HashSet::new();
        let mut count = 0u64;
        let mut budget = RecoveryBudget::new();
        // (first cluster, path, depth, deleted)
        let mut stack: Vec<(u32, Vec<u8>, usize, bool)> = vec![(0, Vec::new(), 0, false)];
        if self.fat_type == FatType::Fat32 {
            seen_dirs.insert(self.root_cluster);
        }
        while let Some((first, path, depth, deleted_parent)) = stack.pop() {
            let (bytes, dir_extents) = self.dir_bytes(first, deleted_parent, &path, &mut errors);
            let entries = parse_dir(&bytes);
            for raw in entries {
                count += 1;
                if count > MAX_ENTRIES {
                    errors.push(FatError::TooManyEntries);
                    return errors;
                }
                let mut full = path.clone();
                full.push(b'/');
                full.extend_from_slice(&raw.name);
                let is_dir = raw.attributes & 0x10 != 0;
                let deleted = raw.deleted || deleted_parent;
                let (extents, status) = if is_dir {
                    (Vec::new(), if deleted { Status::DeletedNoData } else { Status::Allocated })
                } else if deleted {
                    match self.deleted_extents(raw.first_cluster, raw.size, &mut budget) {
                        Ok(x) => x,
                        Err(e) => {
                            errors.push(e);
                            (Vec::new(), Status::DeletedNoData)
                        }
                    }
                } else {
                    let (e, err) = self.chain_extents(raw.first_cluster, Some(u64::from(raw.size)), &full);
                    errors.extend(err);
                    (e, Status::Allocated)
                };
                if is_dir && raw.first_cluster != 0 {
                    let c = raw.first_cluster;
                    if depth + 1 > MAX_DEPTH {
                        errors.push(FatError::TooDeep { path: vilab_core::name::escape_utf8(&full) });
                    } else if !self.valid(c) {
                        if !deleted {
                            errors.push(FatError::Chain {
                                path: vilab_core::name::escape_utf8(&full),
                                cluster: c,
                                reason: "first cluster outside the volume",
                            });
                        }
                    } else if !seen_dirs.insert(c) {
                        if !deleted {
                            errors.push(FatError::DirectoryLoop {
                                path: vilab_core::name::escape_utf8(&full),
                                cluster: c,
                            });
                        }
                    } else if !deleted || self.looks_like_dir(c) {
                        stack.push((c, full.clone(), depth + 1, deleted));
                    }
                }
                visit(FatEntry {
                    path: full,
                    short_name: raw.short,
                    has_long_name: raw.long,
                    is_dir,
                    status,
                    first_cluster: raw.first_cluster,
                    size: if is_dir { 0 } else { raw.size },
                    attributes: raw.attributes,
                    entry_offset: crate::image::offset_in(&dir_extents, raw.index as u64 * 32).unwrap_or(0),
                    modified: raw.modified,
                    created: raw.created,
                    accessed: raw.accessed,
                    extents,
                });
            }
        }
        errors
    }

    /// All entries of [`walk`](Self::walk), collected.
    pub fn entries(&self) -> (Vec<FatEntry>, Vec<FatError>) {
        collect(|visit| self.walk(visit))
    }

    /// Whether cluster `c` starts with a `.` entry (a directory's first cluster).
    fn looks_like_dir(&self, c: u32) -> bool {
        let mut b = [0u8; 32];
        self.img.read_at(self.cluster_offset(c), &mut b).is_ok() && &b[..11] == b".          " && b[11] & 0x10 != 0
    }

    /// Runs of free clusters, as volume byte extents, in cluster order:
    /// the unallocated space to carve. Reads the FAT a window at a time;
    /// a read error ends the runs there.
    pub fn unallocated(&self) -> impl Iterator<Item = Extent> + '_ {
        let cs = u64::from(self.cluster_size);
        let mut c = 2u32;
        std::iter::from_fn(move || {
            while c <= self.max_cluster {
                match self.next(c) {
                    Ok(Next::Free) => {}
                    Ok(_) => {
                        c += 1;
                        continue;
                    }
                    Err(_) => {
                        c = self.max_cluster + 1;
                        return None;
                    }
                }
                let start = c;
                while c <= self.max_cluster && matches!(self.next(c), Ok(Next::Free)) {
                    c += 1;
                }
                return Some(Extent { offset: self.cluster_offset(start), len: u64::from(c - start) * cs });
            }
            None
        })
    }
}

impl<R: ReadAt> FileSystem for FatFs<R> {
    fn kind(&self) -> FsKind {
        match self.fat_type {
            FatType::Fat12 => FsKind::Fat12,
            FatType::Fat16 => FsKind::Fat16,
            FatType::Fat32 => FsKind::Fat32,
        }
    }

    fn volume(&self) -> &dyn ReadAt {
        &self.img
    }

    fn walk(&self, visit: &mut dyn FnMut(FsEntry)) -> Vec<FsError> {
        let errors = FatFs::walk(self, |e| {
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
                times: fat_times(e.modified, e.created, e.accessed),
            })
        });
        errors.into_iter().map(FsError::from).collect()
    }

    fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_> {
        Box::new(FatFs::unallocated(self))
    }
}

/// One 32-byte short entry with the long name before it.
struct RawEntry {
    index: usize,
    short: [u8; 11],
    name: Vec<u8>,
    long: bool,
    deleted: bool,
    attributes: u8,
    first_cluster: u32,
    size: u32,
    modified: Option<FatTime>,
    created: Option<FatTime>,
    accessed: Option<FatTime>,
}

fn short_checksum(short: &[u8]) -> u8 {
    short.iter().fold(0u8, |sum, &b| ((sum & 1) << 7).wrapping_add(sum >> 1).wrapping_add(b))
}

/// The 8.3 name as text: CP437, trailing spaces cut, the case flags of
/// byte 12 applied, a deleted entry's lost first byte as `_`.
fn short_display(short: &[u8; 11], flags: u8, deleted: bool) -> Vec<u8> {
    let mut base: Vec<u8> = short[..8].to_vec();
    if deleted {
        base[0] = b'_';
    } else if base[0] == 0x05 {
        base[0] = 0xE5;
    }
    let trim = |s: &[u8]| s.iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
    let base = &base[..trim(&base)];
    let ext = &short[8..8 + trim(&short[8..])];
    let mut text = String::new();
    let push = |text: &mut String, bytes: &[u8], lower: bool| {
        for &b in bytes {
            let c = vilab_core::name::cp437_char(b);
            text.push(if lower { c.to_ascii_lowercase() } else { c });
        }
    };
    push(&mut text, base, flags & 0x08 != 0);
    if !ext.is_empty() {
        text.push('.');
        push(&mut text, ext, flags & 0x10 != 0);
    }
    text.into_bytes()
}

/// UTF-16 units as WTF-8: UTF-8 for every pair and single unit, an unpaired
/// surrogate as its own three bytes.
pub(crate) fn wtf8(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => {
                let mut b = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            }
            Err(e) => {
                let u = e.unpaired_surrogate();
                out.extend_from_slice(&[
                    0xE0 | (u >> 12) as u8,
                    0x80 | ((u >> 6) & 0x3f) as u8,
                    0x80 | (u & 0x3f) as u8,
                ]);
            }
        }
    }
    out
}

/// The entries of one directory's bytes: long-name runs joined to their
/// short entry when the checksums agree (deleted runs too), `.` and `..`
/// and volume labels left out, up to the first never-used (0x00) entry.
fn parse_dir(bytes: &[u8]) -> Vec<RawEntry> {
    let mut out = Vec::new();
    // Long-name pieces seen since the last short entry: (checksum, 13 units).
    let mut pieces: Vec<(u8, [u16; 13])> = Vec::new();
    for (index, e) in bytes.chunks_exact(32).enumerate() {
        if e[0] == 0 {
            break;
        }
        let deleted = e[0] == 0xE5;
        let attributes = e[11];
        if attributes & 0x3f == 0x0f {
            let mut units = [0u16; 13];
            for (k, at) in [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30].into_iter().enumerate() {
                units[k] = u16_at(e, at);
            }
            if !deleted && e[0] & 0x40 != 0 {
                pieces.clear();
            }
            pieces.push((e[13], units));
            continue;
        }
        let mut short = [0u8; 11];
        short.copy_from_slice(&e[..11]);
        if attributes & 0x08 != 0 || short[0] == b'.' {
            pieces.clear();
            continue;
        }
        // The pieces just before, with this entry's checksum. A deleted
        // entry lost its first byte to 0xE5; the checksum tells it back
        // (each first byte gives another checksum).
        let sum = match (deleted, pieces.last()) {
            (true, Some(&(want, _))) => (0..=255u8)
                .map(|b| (b, short_checksum(&[&[b], &short[1..]].concat())))
                .find(|&(_, s)| s == want)
                .map(|(_, s)| s),
            _ => Some(short_checksum(&short)),
        };
        let run = sum.map_or(0, |sum| pieces.iter().rev().take_while(|(s, _)| *s == sum).count());
        let long = run > 0;
        let name = if long {
            // Stored last piece first.
            let mut units: Vec<u16> =
                pieces[pieces.len() - run..].iter().rev().flat_map(|(_, u)| u.iter().copied()).collect();
            if let Some(end) = units.iter().position(|&u| u == 0) {
                units.truncate(end);
            }
            wtf8(&units)
        } else {
            short_display(&short, e[12], deleted)
        };
        pieces.clear();
        let first_cluster = u32::from(u16_at(e, 26)) | (u32::from(u16_at(e, 20)) << 16);
        out.push(RawEntry {
            index,
            short,
            name,
            long,
            deleted,
            attributes,
            first_cluster,
            size: u32_at(e, 28),
            modified: FatTime::from_raw(u16_at(e, 24), u16_at(e, 22)),
            created: FatTime::from_raw(u16_at(e, 16), u16_at(e, 14)),
            accessed: FatTime::from_raw(u16_at(e, 18), 0),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_name_checksum_and_display() {
        let short = *b"PHOTO   JPG";
        assert_eq!(short_display(&short, 0x18, false), b"photo.jpg");
        assert_eq!(short_display(&short, 0, true), b"_HOTO.JPG");
        let mut e5 = *b"\x05BC     TXT";
        assert_eq!(short_display(&e5, 0, false), "\u{3c3}BC.TXT".as_bytes()); // 0xE5 is σ in CP437
        e5[0] = b'A';
        assert_ne!(short_checksum(&e5), short_checksum(&short));
    }

    #[test]
    fn unpaired_surrogates_stay_distinct() {
        assert_ne!(wtf8(&[0x61, 0xD800]), wtf8(&[0x61, 0xD801]));
        assert_eq!(wtf8(&[0x61, 0xD83D, 0xDE00]), "a\u{1F600}".as_bytes());
    }

    #[test]
    fn a_boot_sector_of_noise_is_refused_without_panic() {
        for seed in 0..200u32 {
            let mut b = vec![0u8; 4096];
            let mut x = seed.wrapping_mul(2_654_435_761) | 1;
            for v in &mut b {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                *v = x as u8;
            }
            if let Ok(fs) = FatFs::open(crate::MemImage(b)) {
                let _ = fs.entries();
                let _ = fs.unallocated().count();
            }
        }
    }
}
