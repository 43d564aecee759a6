//! exFAT file systems: every allocated file with its path, first cluster,
//! size and byte extents; deleted entry sets (their in-use bits cleared)
//! with their bytes recovered where the allocation bitmap shows the
//! clusters still free; the free clusters, for carving.
//!
//! Written from Microsoft's "exFAT file system specification" (2019): the
//! boot sector's fields, the FAT (32-bit entries), the allocation bitmap
//! (one bit per cluster, what says a cluster is in use), and directory
//! entry sets: a File entry (0x85), a Stream Extension (0xC0: first
//! cluster, data length, and the NoFatChain flag of a contiguous file) and
//! File Name entries (0xC1, 15 UTF-16 units each), checked by the set's
//! checksum. A deleted set keeps its entries with bit 7 of each type byte
//! cleared (0x05, 0x40, 0x41); its checksum is taken with those bits set
//! again, so that a set that still checks is known whole. No crate reads
//! deleted exFAT entries (`exfat` 0.1 is minimal).
//!
//! The same bounds as [`crate::fat`]: windows of the FAT and the bitmap, one
//! directory held at a time (at most [`MAX_DIR_BYTES`]), visited directory
//! clusters, a depth limit, chains cut at the file's size.

use crate::le::{u16_at, u32_at, u64_at};
use std::collections::HashSet;
use std::sync::{Mutex, PoisonError};

use crate::fat::{FatError, FatTime, MAX_DEPTH, MAX_ENTRIES, Status};
use crate::fs::{FileSystem, FsEntry, FsError, FsKind, RecoveryBudget, collect, fat_times};
use crate::image::{Extent, LoopGuard, ReadAt, distinct_in_loop, offset_in, truncate_extents};

/// Largest directory read (the format allows 256 MiB; more is refused as
/// absurd for a hostile image and reported).
pub const MAX_DIR_BYTES: u64 = 64 << 20;
const WINDOW: u64 = 64 << 10;

/// One file or directory of an exFAT volume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExfatEntry {
    /// Full path from the root, `/`-separated, as WTF-8 bytes (UTF-16
    /// names; an unpaired surrogate kept as its own three bytes).
    pub path: Vec<u8>,
    /// A directory.
    pub is_dir: bool,
    /// Allocated, or deleted and how recoverable.
    pub status: Status,
    /// First cluster.
    pub first_cluster: u32,
    /// Data length in bytes.
    pub size: u64,
    /// Valid data length: bytes past it read as zeros.
    pub valid_size: u64,
    /// The file's clusters are contiguous (NoFatChain): no FAT chain.
    pub contiguous: bool,
    /// The attribute bits (0x10 directory).
    pub attributes: u16,
    /// Offset in the volume of the File entry (0x85) that starts the set.
    pub entry_offset: u64,
    /// Last modification (local time; the UTC offset is not applied).
    pub modified: Option<FatTime>,
    /// Creation.
    pub created: Option<FatTime>,
    /// Last access.
    pub accessed: Option<FatTime>,
    /// Whether the entry set's checksum matched (for a deleted set, with its
    /// in-use bits set again).
    pub checksum_ok: bool,
    /// Where the content is, in volume bytes.
    pub extents: Vec<Extent>,
}

impl ExfatEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// A region of the volume read a window at a time.
#[derive(Debug)]
struct Window {
    base: u64,
    len: u64,
    cache: Mutex<Option<(u64, Vec<u8>)>>,
}

impl Window {
    fn new(base: u64, len: u64) -> Self {
        Self { base, len, cache: Mutex::new(None) }
    }

    fn read(&self, img: &dyn ReadAt, at: u64, out: &mut [u8]) -> Result<(), FatError> {
        let end = at.checked_add(out.len() as u64).filter(|&e| e <= self.len);
        let Some(_) = end else {
            return Err(FatError::Io {
                offset: self.base.saturating_add(at),
                source: crate::image::eof(at, out.len(), self.len),
            });
        };
        let mut w = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let hit = w.as_ref().is_some_and(|(s, b)| at >= *s && at + out.len() as u64 <= s + b.len() as u64);
        if !hit {
            let start = at - at % WINDOW;
            let n = (self.len - start).min(WINDOW + 8) as usize;
            let mut buf = vec![0u8; n];
            let offset = self.base + start;
            img.read_at(offset, &mut buf).map_err(|source| FatError::Io { offset, source })?;
            *w = Some((start, buf));
        }
        let Some((s, b)) = w.as_ref() else { unreachable!("window filled above") };
        let i = (at - s) as usize;
        out.copy_from_slice(&b[i..i + out.len()]);
        Ok(())
    }
}

/// An open exFAT file system over a volume.
#[derive(Debug)]
pub struct ExfatFs<R> {
    img: R,
    cluster_size: u32,
    heap_offset: u64,
    cluster_count: u32,
    root_cluster: u32,
    fat: Window,
    /// The allocation bitmap, once found in the root directory.
    bitmap: Option<Window>,
}

/// The entry set checksum of the specification (bytes 2 and 3 of the
/// first entry, the checksum itself, left out).
fn set_checksum(entries: &[[u8; 32]]) -> u16 {
    let mut sum = 0u16;
    for (i, e) in entries.iter().enumerate() {
        for (j, &b) in e.iter().enumerate() {
            if i == 0 && (j == 2 || j == 3) {
                continue;
            }
            sum = (if sum & 1 != 0 { 0x8000u16 } else { 0 }).wrapping_add(sum >> 1).wrapping_add(u16::from(b));
        }
    }
    sum
}

fn timestamp(t: u32) -> Option<FatTime> {
    FatTime::from_raw((t >> 16) as u16, t as u16)
}

/// One entry set as parsed from a directory's bytes.
struct RawSet {
    index: usize,
    deleted: bool,
    checksum_ok: bool,
    attributes: u16,
    name: Vec<u8>,
    first_cluster: u32,
    size: u64,
    valid_size: u64,
    contiguous: bool,
    modified: Option<FatTime>,
    created: Option<FatTime>,
    accessed: Option<FatTime>,
}

impl<R: ReadAt> ExfatFs<R> {
    /// Reads the boot sector of the volume `img` and finds the allocation
    /// bitmap in the root directory.
    pub fn open(img: R) -> Result<Self, FatError> {
        let mut b = [0u8; 512];
        img.read_at(0, &mut b).map_err(|source| FatError::Io { offset: 0, source })?;
        let not = |reason| FatError::NotFat { reason };
        if &b[3..11] != b"EXFAT   " || b[11..64].iter().any(|&x| x != 0) {
            return Err(not("no exFAT signature"));
        }
        let bps_shift = u32::from(b[108]);
        let spc_shift = u32::from(b[109]);
        if !(9..=12).contains(&bps_shift) || spc_shift > 25 - bps_shift {
            return Err(not("sector or cluster size"));
        }
        let sector = 1u64 << bps_shift;
        let cluster_size = 1u32 << (bps_shift + spc_shift);
        let fat_offset = u64::from(u32_at(&b, 80)) * sector;
        let fat_len = u64::from(u32_at(&b, 84)) * sector;
        let heap_offset = u64::from(u32_at(&b, 88)) * sector;
        let cluster_count = u32_at(&b, 92);
        let root_cluster = u32_at(&b, 96);
        if fat_len == 0 || cluster_count == 0 || cluster_count > 0xFFFF_FFF5 {
            return Err(not("FAT length or cluster count"));
        }
        // No more clusters than the FAT describes.
        let cluster_count = cluster_count.min(u32::try_from((fat_len / 4).saturating_sub(2)).unwrap_or(u32::MAX));
        let mut fs = Self {
            img,
            cluster_size,
            heap_offset,
            cluster_count,
            root_cluster,
            fat: Window::new(fat_offset, fat_len),
            bitmap: None,
        };
        if !fs.valid(root_cluster) {
            return Err(not("root directory cluster"));
        }
        // The bitmap's entry (0x81) in the root directory.
        let (root, _, _) = fs.dir_bytes(root_cluster, u64::MAX, false, b"");
        for e in root.chunks_exact(32) {
            match e[0] {
                0 => break,
                0x81 if e[1] & 1 == 0 => {
                    let (first, len) = (u32_at(e, 20), u64_at(e, 24));
                    if fs.valid(first) && len >= u64::from(fs.cluster_count).div_ceil(8) {
                        fs.bitmap = Some(Window::new(fs.cluster_offset(first), len));
                    }
                    break;
                }
                _ => {}
            }
        }
        if fs.bitmap.is_none() {
            return Err(not("no allocation bitmap in the root directory"));
        }
        Ok(fs)
    }

    /// Bytes per cluster.
    pub fn cluster_size(&self) -> u32 {
        self.cluster_size
    }

    /// Number of clusters of the heap.
    pub fn cluster_count(&self) -> u32 {
        self.cluster_count
    }

    /// The volume below.
    pub fn image(&self) -> &R {
        &self.img
    }

    fn valid(&self, c: u32) -> bool {
        c >= 2 && c - 2 < self.cluster_count
    }

    /// Offset in the volume of cluster `c` (from 2).
    pub fn cluster_offset(&self, c: u32) -> u64 {
        self.heap_offset + u64::from(c.saturating_sub(2)) * u64::from(self.cluster_size)
    }

    /// Whether the bitmap marks cluster `c` in use.
    pub fn is_allocated(&self, c: u32) -> Result<bool, FatError> {
        let Some(bitmap) = &self.bitmap else { return Ok(true) };
        let bit = c.saturating_sub(2);
        let mut byte = [0u8; 1];
        bitmap.read(&self.img, u64::from(bit / 8), &mut byte)?;
        Ok(byte[0] >> (bit % 8) & 1 == 1)
    }

    /// The FAT entry of `c`: the next cluster, or `None` at the chain's end
    /// or on a bad or out-of-range entry.
    fn next(&self, c: u32) -> Result<Option<u32>, FatError> {
        let mut b = [0u8; 4];
        self.fat.read(&self.img, u64::from(c) * 4, &mut b)?;
        let n = u32::from_le_bytes(b);
        Ok(self.valid(n).then_some(n))
    }

    /// The extents of `len` bytes from `first`: contiguous, or by the FAT.
    fn extents(&self, first: u32, len: u64, contiguous: bool, path: &[u8]) -> (Vec<Extent>, Option<FatError>) {
        let cs = u64::from(self.cluster_size);
        let fault = |cluster, reason| FatError::Chain { path: vilab_core::name::escape_utf8(path), cluster, reason };
        if len == 0 {
            return (Vec::new(), None);
        }
        if !self.valid(first) {
            return (Vec::new(), Some(fault(first, "first cluster outside the volume")));
        }
        if contiguous {
            let avail = u64::from(self.cluster_count - (first - 2)) * cs;
            let err = (avail < len).then(|| fault(first, "contiguous run passes the last cluster"));
            return (vec![Extent { offset: self.cluster_offset(first), len: len.min(avail) }], err);
        }
        let mut extents: Vec<Extent> = Vec::new();
        let mut got = 0u64;
        let mut c = first;
        let mut guard = LoopGuard::new(c);
        loop {
            let take = cs.min(len - got);
            let off = self.cluster_offset(c);
            match extents.last_mut() {
                Some(last) if last.offset + last.len == off => last.len += take,
                _ => extents.push(Extent { offset: off, len: take }),
            }
            got += take;
            if got >= len {
                return (extents, None);
            }
            match self.next(c) {
                Ok(Some(n)) if guard.looped(n) => {
                    // Keep each cluster once: the extents up to where the loop closes.
                    let next = |x| self.next(x).ok().flatten();
                    let distinct = distinct_in_loop(first, n, u64::from(self.cluster_count), next).unwrap_or(0);
                    truncate_extents(&mut extents, distinct.saturating_mul(cs));
                    return (extents, Some(fault(n, "chain loops")));
                }
                Ok(Some(n)) => c = n,
                Ok(None) => return (extents, Some(fault(c, "chain ends before the file's size"))),
                Err(e) => return (extents, Some(e)),
            }
        }
    }

    /// A directory's bytes (at most `len` and [`MAX_DIR_BYTES`]), the
    /// extents they came from, and a fault.
    fn dir_bytes(
        &self,
        first: u32,
        len: u64,
        contiguous: bool,
        path: &[u8],
    ) -> (Vec<u8>, Vec<Extent>, Option<FatError>) {
        let want = len.min(MAX_DIR_BYTES);
        let (extents, mut err) = if len == u64::MAX {
            // The root: a chain to its end.
            let (e, err) = self.extents(first, MAX_DIR_BYTES, false, path);
            let err = err.filter(|e| !matches!(e, FatError::Chain { reason, .. } if reason.starts_with("chain ends")));
            (e, err)
        } else {
            self.extents(first, want, contiguous, path)
        };
        let total: u64 = extents.iter().map(|e| e.len).sum();
        let mut out = vec![0u8; total as usize];
        let mut at = 0usize;
        for e in &extents {
            let n = e.len as usize;
            if let Err(source) = self.img.read_at(e.offset, &mut out[at..at + n]) {
                err = err.or(Some(FatError::Io { offset: e.offset, source }));
                out.truncate(at);
                break;
            }
            at += n;
        }
        (out, extents, err)
    }

    /// Walks the whole tree from the root, handing every entry (allocated
    /// and deleted) to `visit`, and returns the faults met.
    pub fn walk(&self, mut visit: impl FnMut(ExfatEntry)) -> Vec<FatError> {
        let mut errors = Vec::new();
        let mut seen = HashSet::from([self.root_cluster]);
        let mut count = 0u64;
        let mut budget = RecoveryBudget::new();
        // (first cluster, length (MAX for the root), contiguous, path, depth, in a deleted directory)
        let mut stack: Vec<(u32, u64, bool, Vec<u8>, usize, bool)> =
            vec![(self.root_cluster, u64::MAX, false, Vec::new(), 0, false)];
        while let Some((first, len, contiguous, path, depth, deleted_parent)) = stack.pop() {
            let (bytes, dir_extents, err) = self.dir_bytes(first, len, contiguous, &path);
            errors.extend(err);
            for set in parse_sets(&bytes) {
                count += 1;
                if count > MAX_ENTRIES {
                    errors.push(FatError::TooManyEntries);
                    return errors;
                }
                let mut full = path.clone();
                full.push(b'/');
                full.extend_from_slice(&set.name);
                let is_dir = set.attributes & 0x10 != 0;
                let deleted = set.deleted || deleted_parent;
                let (extents, status) = if deleted {
                    self.deleted(&set, &mut budget).unwrap_or_else(|e| {
                        errors.push(e);
                        (Vec::new(), Status::DeletedNoData)
                    })
                } else {
                    let (e, err) = self.extents(set.first_cluster, set.size, set.contiguous, &full);
                    errors.extend(err);
                    (e, Status::Allocated)
                };
                if is_dir && set.first_cluster != 0 {
                    let c = set.first_cluster;
                    let shown = || vilab_core::name::escape_utf8(&full);
                    if depth + 1 > MAX_DEPTH {
                        errors.push(FatError::TooDeep { path: shown() });
                    } else if !self.valid(c) {
                        if !deleted {
                            errors.push(FatError::Chain {
                                path: shown(),
                                cluster: c,
                                reason: "first cluster outside the volume",
                            });
                        }
                    } else if !seen.insert(c) {
                        if !deleted {
                            errors.push(FatError::DirectoryLoop { path: shown(), cluster: c });
                        }
                    } else if !deleted || status == Status::DeletedLikelyIntact {
                        stack.push((c, set.size, set.contiguous || deleted, full.clone(), depth + 1, deleted));
                    }
                }
                visit(ExfatEntry {
                    path: full,
                    is_dir,
                    status,
                    first_cluster: set.first_cluster,
                    size: set.size,
                    valid_size: set.valid_size,
                    contiguous: set.contiguous,
                    attributes: set.attributes,
                    entry_offset: offset_in(&dir_extents, set.index as u64 * 32).unwrap_or(0),
                    modified: set.modified,
                    created: set.created,
                    accessed: set.accessed,
                    checksum_ok: set.checksum_ok,
                    extents,
                });
            }
        }
        errors
    }

    /// All entries of [`walk`](Self::walk), collected.
    pub fn entries(&self) -> (Vec<ExfatEntry>, Vec<FatError>) {
        collect(|visit| self.walk(visit))
    }

    /// A deleted set's extents (contiguous from its first cluster, which is
    /// exact for a NoFatChain file) and whether the bitmap shows them free.
    fn deleted(&self, set: &RawSet, budget: &mut RecoveryBudget) -> Result<(Vec<Extent>, Status), FatError> {
        if set.size == 0 || !self.valid(set.first_cluster) {
            return Ok((Vec::new(), Status::DeletedNoData));
        }
        let cs = u64::from(self.cluster_size);
        let avail = u64::from(self.cluster_count - (set.first_cluster - 2)) * cs;
        let len = set.size.min(avail);
        let first = u64::from(set.first_cluster);
        let status = budget.check(first..first + len.div_ceil(cs), |c| self.is_allocated(c as u32))?;
        Ok((vec![Extent { offset: self.cluster_offset(set.first_cluster), len }], status))
    }

    /// Runs of clusters the bitmap marks free, as volume byte extents.
    pub fn unallocated(&self) -> impl Iterator<Item = Extent> + '_ {
        let cs = u64::from(self.cluster_size);
        let mut c = 2u32;
        let last = self.cluster_count + 1;
        std::iter::from_fn(move || {
            while c <= last {
                match self.is_allocated(c) {
                    Ok(true) => c += 1,
                    Ok(false) => {
                        let start = c;
                        while c <= last && matches!(self.is_allocated(c), Ok(false)) {
                            c += 1;
                        }
                        return Some(Extent { offset: self.cluster_offset(start), len: u64::from(c - start) * cs });
                    }
                    Err(_) => return None,
                }
            }
            None
        })
    }
}

impl<R: ReadAt> FileSystem for ExfatFs<R> {
    fn kind(&self) -> FsKind {
        FsKind::Exfat
    }

    fn volume(&self) -> &dyn ReadAt {
        &self.img
    }

    fn walk(&self, visit: &mut dyn FnMut(FsEntry)) -> Vec<FsError> {
        let errors = ExfatFs::walk(self, |e| {
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
                times: fat_times(e.modified, e.created, e.accessed),
            })
        });
        errors.into_iter().map(FsError::from).collect()
    }

    fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_> {
        Box::new(ExfatFs::unallocated(self))
    }
}

/// The entry sets of a directory's bytes, allocated and deleted, up to the
/// end-of-directory entry (0x00).
fn parse_sets(bytes: &[u8]) -> Vec<RawSet> {
    let entries: Vec<[u8; 32]> = bytes
        .chunks_exact(32)
        .map(|c| {
            let mut e = [0u8; 32];
            e.copy_from_slice(c);
            e
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < entries.len() {
        let e = &entries[i];
        if e[0] == 0 {
            break;
        }
        let kind = e[0] & 0x7f;
        let deleted = e[0] & 0x80 == 0;
        // A File entry (0x85, or 0x05 deleted) with at least a stream.
        if kind != 0x05 {
            i += 1;
            continue;
        }
        let secondaries = usize::from(e[1]);
        if !(2..=18).contains(&secondaries) || i + secondaries >= entries.len() {
            i += 1;
            continue;
        }
        let set = &entries[i..=i + secondaries];
        let stream = &set[1];
        let same_state = set.iter().all(|x| (x[0] & 0x80 == 0) == deleted);
        if stream[0] & 0x7f != 0x40 || !same_state || set[2..].iter().any(|x| x[0] & 0x7f != 0x41) {
            i += 1;
            continue;
        }
        let mut restored = set.to_vec();
        for x in &mut restored {
            x[0] |= 0x80;
        }
        let checksum_ok = set_checksum(&restored) == u16_at(e, 2);
        let name_len = usize::from(stream[3]);
        let mut units: Vec<u16> = set[2..].iter().flat_map(|x| (0..15).map(move |k| u16_at(x, 2 + 2 * k))).collect();
        units.truncate(name_len);
        out.push(RawSet {
            index: i,
            deleted,
            checksum_ok,
            attributes: u16_at(e, 4),
            name: crate::fat::wtf8(&units),
            first_cluster: u32_at(stream, 20),
            size: u64_at(stream, 24),
            valid_size: u64_at(stream, 8),
            contiguous: stream[1] & 0x02 != 0,
            modified: timestamp(u32_at(e, 12)),
            created: timestamp(u32_at(e, 8)),
            accessed: timestamp(u32_at(e, 16)),
        });
        i += secondaries + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_skips_its_own_bytes() {
        let mut a = [[7u8; 32]; 3];
        let s = set_checksum(&a);
        a[0][2] = 1;
        a[0][3] = 2;
        assert_eq!(set_checksum(&a), s);
        a[2][31] = 8;
        assert_ne!(set_checksum(&a), s);
    }

    #[test]
    fn noise_is_refused_or_walked_without_panic() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..50 {
            let mut b: Vec<u8> = (0..65536)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            b[3..11].copy_from_slice(b"EXFAT   ");
            b[11..64].fill(0);
            b[108] = 9;
            b[109] = 0;
            if let Ok(fs) = ExfatFs::open(crate::MemImage(b)) {
                let _ = fs.entries();
                let _ = fs.unallocated().count();
            }
        }
    }
}
