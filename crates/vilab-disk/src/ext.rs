//! ext2, ext3 and ext4 file systems: every allocated file with its path,
//! inode, size and byte extents (extent trees, block maps, inline data);
//! deleted directory entries found in the slack of their neighbours'
//! records, with what their inode still tells; the free blocks, for
//! carving.
//!
//! Written from the kernel's "ext4 Data Structures and Algorithms"
//! (Documentation/filesystems/ext4): the superblock at byte 1024, group
//! descriptors (32 or 64 bytes), inodes in their group's table, extent
//! trees (magic 0xF30A) or the twelve direct and three indirect block
//! pointers, linear directory records (an htree directory reads the same
//! way; its index blocks are skipped). Written here rather than through
//! `ext4-view`, which lists no deleted entries.
//!
//! Deleted files: removing a name merges its record into the one before,
//! so the name, its inode number and type stay in that record's slack
//! until overwritten. ext3 and ext4 zero a deleted inode's block pointers
//! or extents, so their content is seldom recoverable (the entry comes as
//! [`Status::DeletedNoData`]); ext2 keeps them, and the blocks are checked
//! against the block bitmap. An inode in use again by another file marks
//! the entry [`Status::DeletedOverwritten`] with no extents.
//!
//! Bounds: a directory is read a block at a time; extent trees at most 5
//! deep; block maps and extents cut at the file's size; visited directory
//! inodes; a depth limit.

use crate::le::{u16_at, u32_at};
use std::collections::HashSet;
use std::io;

use crate::fat::Status;
use crate::fs::{FileSystem, FsEntry, FsError, FsKind, FsTimes, RecoveryBudget, collect, units_of};
use crate::image::{Extent, ReadAt};

/// Deepest directory followed.
pub const MAX_DEPTH: usize = 64;
/// Most entries one walk reports.
pub const MAX_ENTRIES: u64 = 50_000_000;
/// Most blocks of one file mapped (a 16 TiB file of 4 KiB blocks).
const MAX_FILE_BLOCKS: u64 = 1 << 32;
/// Most extent tree nodes read for one file.
const MAX_EXTENT_NODES: usize = 1 << 20;

/// A fault in an ext file system; the walk goes on past it where it can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtError {
    /// The superblock is not a usable ext superblock.
    #[error("not an ext2/3/4 file system: {reason}")]
    BadSuperblock {
        /// Which field.
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
    /// An inode number outside the table.
    #[error("{path}: inode {inode} outside the inode tables")]
    BadInode {
        /// The entry (display form).
        path: String,
        /// The inode number.
        inode: u32,
    },
    /// A file's block map or extent tree is damaged.
    #[error("{path}: inode {inode}: {reason}")]
    BadMap {
        /// The file (display form).
        path: String,
        /// Its inode.
        inode: u32,
        /// What is wrong.
        reason: &'static str,
    },
    /// A directory record that cannot be right.
    #[error("{path}: directory record at offset {offset}: {reason}")]
    BadRecord {
        /// The directory (display form).
        path: String,
        /// The record's offset in the volume.
        offset: u64,
        /// What is wrong.
        reason: &'static str,
    },
    /// A directory already walked (a loop, or a hard link to a directory).
    #[error("{path}: directory inode {inode} already walked")]
    DirectoryLoop {
        /// The directory (display form).
        path: String,
        /// Its inode.
        inode: u32,
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

/// An inode as read from its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inode {
    /// Its number.
    pub number: u32,
    /// Type and permission bits (0x4000 directory, 0x8000 regular file, 0xA000 symlink).
    pub mode: u16,
    /// Size in bytes.
    pub size: u64,
    /// Hard links; 0 once deleted.
    pub links: u16,
    /// Deletion time (Unix seconds), 0 if never deleted.
    pub dtime: u32,
    /// Modification time (Unix seconds).
    pub mtime: u32,
    /// Inode change time (Unix seconds).
    pub ctime: u32,
    /// Last access.
    pub atime: u32,
    /// Creation (`i_crtime`), where the inode is large enough to hold it
    /// (ext4's 256-byte inodes); `None` where it is not, or is 0.
    pub crtime: Option<u32>,
    /// The inode flags (0x80000 extents, 0x10000000 inline data, 0x1000 htree).
    pub flags: u32,
    /// Offset of the inode in the volume.
    pub offset: u64,
    block: [u8; 60],
}

impl Inode {
    /// A directory.
    pub fn is_dir(&self) -> bool {
        self.mode & 0xF000 == 0x4000
    }
    /// In use: linked and not deleted.
    pub fn in_use(&self) -> bool {
        self.links > 0 && self.dtime == 0 && self.mode != 0
    }
}

/// One directory entry found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtEntry {
    /// Full path from the root, `/`-separated, as the name bytes (ext names
    /// are bytes; show them with `vilab_core::name::escape_utf8`).
    pub path: Vec<u8>,
    /// The inode number the record names (0 when a deleted first record
    /// of a block lost it).
    pub inode: u32,
    /// A directory (by the record's type, or its inode's mode).
    pub is_dir: bool,
    /// Allocated, or deleted and how recoverable.
    pub status: Status,
    /// Size in bytes, from the inode (0 when unknown).
    pub size: u64,
    /// Modification time (Unix seconds), from the inode.
    pub mtime: Option<u32>,
    /// Last access (from the inode).
    pub atime: Option<u32>,
    /// Creation (from the inode, ext4's large inodes only).
    pub crtime: Option<u32>,
    /// Deletion time (Unix seconds), from the inode.
    pub dtime: Option<u32>,
    /// Offset in the volume of the directory record.
    pub record_offset: u64,
    /// Whether the file has holes or unwritten extents (the extents then
    /// leave out ranges that read as zeros).
    pub sparse: bool,
    /// Where the content is, in volume bytes, in file order.
    pub extents: Vec<Extent>,
}

impl ExtEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// An open ext2/3/4 file system over a volume.
#[derive(Debug)]
pub struct ExtFs<R> {
    img: R,
    block_size: u64,
    blocks_count: u64,
    first_data_block: u64,
    blocks_per_group: u64,
    inodes_per_group: u32,
    inodes_count: u32,
    inode_size: u64,
    desc_size: u64,
    groups: u64,
    gdt_offset: u64,
}

/// A mapped run of a file: logical block, physical block, count, written.
#[derive(Debug, Clone, Copy)]
struct Run {
    logical: u64,
    physical: u64,
    count: u64,
    written: bool,
}

impl<R: ReadAt> ExtFs<R> {
    /// Reads the superblock of the volume `img`.
    pub fn open(img: R) -> Result<Self, ExtError> {
        let mut s = [0u8; 1024];
        img.read_at(1024, &mut s).map_err(|source| ExtError::Io { offset: 1024, source })?;
        let bad = |reason| ExtError::BadSuperblock { reason };
        if u16_at(&s, 56) != 0xEF53 {
            return Err(bad("no magic"));
        }
        let log = u32_at(&s, 24);
        if log > 6 {
            return Err(bad("block size"));
        }
        let block_size = 1024u64 << log;
        let incompat = u32_at(&s, 96);
        let is64 = incompat & 0x80 != 0;
        let blocks_count = u64::from(u32_at(&s, 4)) | if is64 { u64::from(u32_at(&s, 0x150)) << 32 } else { 0 };
        let first_data_block = u64::from(u32_at(&s, 20));
        let blocks_per_group = u64::from(u32_at(&s, 32));
        let inodes_per_group = u32_at(&s, 40);
        let inodes_count = u32_at(&s, 0);
        let inode_size = if u32_at(&s, 76) == 0 { 128 } else { u64::from(u16_at(&s, 88)) };
        let desc_size = if is64 { u64::from(u16_at(&s, 0xFE)).max(32) } else { 32 };
        // Every block number below the count is then a byte offset that fits.
        if blocks_count.checked_mul(block_size).is_none() {
            return Err(bad("block count"));
        }
        if blocks_per_group == 0 || inodes_per_group == 0 || blocks_count <= first_data_block {
            return Err(bad("group sizes or block count"));
        }
        if !(128..=block_size).contains(&inode_size) || !inode_size.is_power_of_two() || desc_size > 1024 {
            return Err(bad("inode or descriptor size"));
        }
        let groups = (blocks_count - first_data_block).div_ceil(blocks_per_group);
        if u64::from(inodes_count) > groups.saturating_mul(u64::from(inodes_per_group)) || inodes_count < 2 {
            return Err(bad("inode count"));
        }
        Ok(Self {
            img,
            block_size,
            blocks_count,
            first_data_block,
            blocks_per_group,
            inodes_per_group,
            inodes_count,
            inode_size,
            desc_size,
            groups,
            gdt_offset: (first_data_block + 1) * block_size,
        })
    }

    /// Bytes per block.
    pub fn block_size(&self) -> u64 {
        self.block_size
    }

    /// The volume below.
    pub fn image(&self) -> &R {
        &self.img
    }

    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), ExtError> {
        self.img.read_at(offset, buf).map_err(|source| ExtError::Io { offset, source })
    }

    /// Group `g`'s descriptor: (block bitmap, inode table) block numbers.
    fn group(&self, g: u64) -> Result<(u64, u64), ExtError> {
        let mut d = [0u8; 64];
        let n = self.desc_size.min(64) as usize;
        let offset =
            g.checked_mul(self.desc_size).and_then(|o| o.checked_add(self.gdt_offset)).ok_or(ExtError::Io {
                offset: u64::MAX,
                source: io::Error::new(io::ErrorKind::InvalidData, "group descriptor offset overflows"),
            })?;
        self.read(offset, &mut d[..n])?;
        let hi = |at: usize| if n >= 64 { u64::from(u32_at(&d, at)) << 32 } else { 0 };
        Ok((u64::from(u32_at(&d, 0)) | hi(0x20), u64::from(u32_at(&d, 8)) | hi(0x28)))
    }

    /// Reads inode `n` (from 1).
    pub fn inode(&self, n: u32) -> Result<Inode, ExtError> {
        if n == 0 || n > self.inodes_count {
            return Err(ExtError::BadInode { path: String::new(), inode: n });
        }
        let g = u64::from((n - 1) / self.inodes_per_group);
        let index = u64::from((n - 1) % self.inodes_per_group);
        let (_, table) = self.group(g)?;
        let offset = table
            .checked_mul(self.block_size)
            .and_then(|t| t.checked_add(index * self.inode_size))
            .ok_or(ExtError::BadInode { path: String::new(), inode: n })?;
        // The 128 bytes every inode has, and the large inode's fields up to
        // `i_crtime` (0x90) where the inode is that large.
        let mut b = [0u8; 0x98];
        let len = if self.inode_size >= 0x98 { 0x98 } else { 128 };
        self.read(offset, &mut b[..len])?;
        // `i_extra_isize` says how much of the large inode is in use.
        let extra = if len > 128 { usize::from(u16_at(&b, 0x80)) } else { 0 };
        let mut block = [0u8; 60];
        block.copy_from_slice(&b[40..100]);
        Ok(Inode {
            number: n,
            mode: u16_at(&b, 0),
            size: u64::from(u32_at(&b, 4)) | (u64::from(u32_at(&b, 108)) << 32),
            links: u16_at(&b, 26),
            dtime: u32_at(&b, 20),
            mtime: u32_at(&b, 16),
            ctime: u32_at(&b, 12),
            atime: u32_at(&b, 8),
            crtime: (128 + extra >= 0x94).then(|| u32_at(&b, 0x90)).filter(|&t| t != 0),
            flags: u32_at(&b, 32),
            offset,
            block,
        })
    }

    /// Whether block `b` is in use by the block bitmap.
    pub fn block_in_use(&self, b: u64) -> Result<bool, ExtError> {
        if b < self.first_data_block || b >= self.blocks_count {
            return Ok(true);
        }
        let rel = b - self.first_data_block;
        let (bitmap, _) = self.group(rel / self.blocks_per_group)?;
        let bit = rel % self.blocks_per_group;
        let mut byte = [0u8; 1];
        self.read(bitmap.saturating_mul(self.block_size).saturating_add(bit / 8), &mut byte)?;
        Ok(byte[0] >> (bit % 8) & 1 == 1)
    }

    /// The runs of blocks of a file, in logical order, at most `blocks`
    /// logical blocks.
    fn runs(&self, ino: &Inode, blocks: u64) -> Result<Vec<Run>, &'static str> {
        let mut runs = Vec::new();
        if ino.flags & 0x80000 != 0 {
            let mut nodes = 0usize;
            self.extent_node(&ino.block, 5, blocks, &mut runs, &mut nodes)?;
            runs.sort_by_key(|r| r.logical);
        } else {
            let mut logical = 0u64;
            for i in 0..12 {
                if logical >= blocks {
                    break;
                }
                let p = u64::from(u32_at(&ino.block, 4 * i));
                if p != 0 {
                    push_run(&mut runs, logical, p, 1, true);
                }
                logical += 1;
            }
            for (i, depth) in [(12usize, 1u32), (13, 2), (14, 3)] {
                if logical >= blocks {
                    break;
                }
                let p = u64::from(u32_at(&ino.block, 4 * i));
                self.indirect(p, depth, &mut logical, blocks, &mut runs)?;
            }
        }
        Ok(runs)
    }

    fn indirect(
        &self,
        p: u64,
        depth: u32,
        logical: &mut u64,
        blocks: u64,
        runs: &mut Vec<Run>,
    ) -> Result<(), &'static str> {
        let per = self.block_size / 4;
        let span = per.saturating_pow(depth);
        if p == 0 || p >= self.blocks_count {
            *logical = logical.saturating_add(span);
            return if p == 0 { Ok(()) } else { Err("block pointer past the volume") };
        }
        let mut b = vec![0u8; self.block_size as usize];
        self.read(p * self.block_size, &mut b).map_err(|_| "indirect block unreadable")?;
        for k in 0..per as usize {
            if *logical >= blocks {
                break;
            }
            let q = u64::from(u32_at(&b, 4 * k));
            if depth == 1 {
                if q != 0 {
                    push_run(runs, *logical, q, 1, true);
                }
                *logical += 1;
            } else {
                self.indirect(q, depth - 1, logical, blocks, runs)?;
            }
        }
        Ok(())
    }

    fn extent_node(
        &self,
        node: &[u8],
        depth_left: u32,
        blocks: u64,
        runs: &mut Vec<Run>,
        nodes: &mut usize,
    ) -> Result<(), &'static str> {
        *nodes += 1;
        if *nodes > MAX_EXTENT_NODES {
            return Err("extent tree too large");
        }
        if node.len() < 12 || u16_at(node, 0) != 0xF30A {
            return Err("extent header without magic");
        }
        let entries = usize::from(u16_at(node, 2));
        let depth = u16_at(node, 6);
        if u32::from(depth) > depth_left || 12 + 12 * entries > node.len() {
            return Err("extent header out of bounds");
        }
        for k in 0..entries {
            let e = &node[12 + 12 * k..24 + 12 * k];
            let logical = u64::from(u32_at(e, 0));
            if depth == 0 {
                let raw_len = u64::from(u16_at(e, 4));
                let (count, written) = if raw_len > 32768 { (raw_len - 32768, false) } else { (raw_len, true) };
                let physical = (u64::from(u16_at(e, 6)) << 32) | u64::from(u32_at(e, 8));
                if logical >= blocks || count == 0 {
                    continue;
                }
                if physical.checked_add(count).is_none_or(|end| end > self.blocks_count) {
                    return Err("extent past the volume");
                }
                let count = count.min(blocks - logical);
                runs.push(Run { logical, physical, count, written });
            } else {
                let child = (u64::from(u16_at(e, 8)) << 32) | u64::from(u32_at(e, 4));
                if child >= self.blocks_count {
                    return Err("extent index past the volume");
                }
                let mut b = vec![0u8; self.block_size as usize];
                self.read(child * self.block_size, &mut b).map_err(|_| "extent block unreadable")?;
                self.extent_node(&b, u32::from(depth) - 1, blocks, runs, nodes)?;
            }
        }
        Ok(())
    }

    /// A file's byte extents in file order, whether it has holes, and a
    /// fault in its map.
    fn extents(&self, ino: &Inode) -> (Vec<Extent>, bool, Option<&'static str>) {
        if ino.flags & 0x1000_0000 != 0 {
            // Inline data: in the inode's block area (the rest, in an
            // extended attribute, is not read).
            return (vec![Extent { offset: ino.offset + 40, len: ino.size.min(60) }], false, None);
        }
        if ino.mode & 0xF000 == 0xA000 && ino.size < 60 && ino.flags & 0x80000 == 0 {
            // A fast symlink: the target is in the inode.
            return (vec![Extent { offset: ino.offset + 40, len: ino.size }], false, None);
        }
        let bs = self.block_size;
        let blocks = ino.size.div_ceil(bs).min(MAX_FILE_BLOCKS);
        let (runs, fault) = match self.runs(ino, blocks) {
            Ok(r) => (r, None),
            Err(e) => (Vec::new(), Some(e)),
        };
        let mut out: Vec<Extent> = Vec::new();
        let mut sparse = false;
        let mut next_logical = 0u64;
        for r in runs {
            if r.logical != next_logical || !r.written {
                sparse = true;
            }
            next_logical = r.logical + r.count;
            if !r.written {
                continue;
            }
            let start = r.logical * bs;
            let len = (r.count * bs).min(ino.size.saturating_sub(start));
            let offset = r.physical * bs;
            match out.last_mut() {
                Some(last) if last.offset + last.len == offset => last.len += len,
                _ => out.push(Extent { offset, len }),
            }
        }
        if next_logical < blocks {
            sparse = true;
        }
        (out, sparse, fault)
    }

    /// Walks the tree from the root (inode 2), handing every entry
    /// (allocated and deleted) to `visit`; returns the faults met.
    pub fn walk(&self, mut visit: impl FnMut(ExtEntry)) -> Vec<ExtError> {
        let mut errors = Vec::new();
        let mut seen = HashSet::from([2u32]);
        let mut count = 0u64;
        let mut budget = RecoveryBudget::new();
        let mut stack: Vec<(u32, Vec<u8>, usize)> = vec![(2, Vec::new(), 0)];
        while let Some((dir_ino, path, depth)) = stack.pop() {
            let shown = vilab_core::name::escape_utf8(&path);
            let dir = match self.inode(dir_ino) {
                Ok(i) => i,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            // An inline directory: after the parent's inode number (4
            // bytes), its records fill the rest of the inode's 60 bytes
            // (more in an extended attribute, not read).
            let (dir_extents, _, fault) = if dir.flags & 0x1000_0000 != 0 {
                (vec![Extent { offset: dir.offset + 44, len: 56 }], false, None)
            } else {
                self.extents(&dir)
            };
            if let Some(reason) = fault {
                errors.push(ExtError::BadMap { path: shown.clone(), inode: dir_ino, reason });
            }
            let indexed = dir.flags & 0x1000 != 0;
            let mut records = Vec::new();
            let mut block = vec![0u8; self.block_size as usize];
            let mut first_block = true;
            for x in &dir_extents {
                let mut at = 0u64;
                while at < x.len {
                    let n = (x.len - at).min(self.block_size) as usize;
                    if let Err(e) = self.read(x.offset + at, &mut block[..n]) {
                        errors.push(e);
                        break;
                    }
                    parse_block(
                        &block[..n],
                        x.offset + at,
                        indexed,
                        first_block,
                        self.inodes_count,
                        &mut records,
                        &mut errors,
                        &shown,
                    );
                    first_block = false;
                    at += n as u64;
                }
            }
            for rec in records {
                count += 1;
                if count > MAX_ENTRIES {
                    errors.push(ExtError::TooManyEntries);
                    return errors;
                }
                let mut full = path.clone();
                full.push(b'/');
                full.extend_from_slice(&rec.name);
                let ino = if rec.inode != 0 { self.inode(rec.inode).ok() } else { None };
                let type_dir = rec.file_type == 2;
                let mut entry = ExtEntry {
                    path: full.clone(),
                    inode: rec.inode,
                    is_dir: type_dir || ino.as_ref().is_some_and(Inode::is_dir),
                    status: Status::Allocated,
                    size: 0,
                    mtime: None,
                    atime: None,
                    crtime: None,
                    dtime: None,
                    record_offset: rec.offset,
                    sparse: false,
                    extents: Vec::new(),
                };
                match (&ino, rec.deleted) {
                    (Some(i), false) => {
                        entry.size = if i.is_dir() { 0 } else { i.size };
                        entry.mtime = Some(i.mtime);
                        entry.atime = Some(i.atime);
                        entry.crtime = i.crtime;
                        if !i.is_dir() {
                            let (x, sparse, fault) = self.extents(i);
                            entry.extents = x;
                            entry.sparse = sparse;
                            if let Some(reason) = fault {
                                errors.push(ExtError::BadMap {
                                    path: vilab_core::name::escape_utf8(&full),
                                    inode: rec.inode,
                                    reason,
                                });
                            }
                        }
                    }
                    (None, false) => {
                        errors
                            .push(ExtError::BadInode { path: vilab_core::name::escape_utf8(&full), inode: rec.inode });
                    }
                    (Some(i), true) if i.in_use() => entry.status = Status::DeletedOverwritten,
                    (Some(i), true) => {
                        entry.size = if i.is_dir() { 0 } else { i.size };
                        entry.mtime = Some(i.mtime);
                        entry.atime = Some(i.atime);
                        entry.crtime = i.crtime;
                        entry.dtime = Some(i.dtime).filter(|&d| d != 0);
                        entry.status = Status::DeletedNoData;
                        if !i.is_dir() {
                            let (x, sparse, _) = self.extents(i);
                            if !x.is_empty() {
                                entry.status = self.recovery(&x, &mut budget);
                                entry.extents = x;
                                entry.sparse = sparse;
                            }
                        }
                    }
                    (None, true) => entry.status = Status::DeletedNoData,
                }
                if entry.is_dir && !rec.deleted {
                    if depth + 1 > MAX_DEPTH {
                        errors.push(ExtError::TooDeep { path: vilab_core::name::escape_utf8(&full) });
                    } else if !seen.insert(rec.inode) {
                        errors.push(ExtError::DirectoryLoop {
                            path: vilab_core::name::escape_utf8(&full),
                            inode: rec.inode,
                        });
                    } else {
                        stack.push((rec.inode, full, depth + 1));
                    }
                }
                visit(entry);
            }
        }
        errors
    }

    /// All entries of [`walk`](Self::walk), collected.
    pub fn entries(&self) -> (Vec<ExtEntry>, Vec<ExtError>) {
        collect(|visit| self.walk(visit))
    }

    /// Whether a deleted file's blocks are all free again.
    fn recovery(&self, extents: &[Extent], budget: &mut RecoveryBudget) -> Status {
        // A bitmap that cannot be read leaves the question open.
        budget.check(units_of(extents, self.block_size), |b| self.block_in_use(b)).unwrap_or(Status::DeletedNotChecked)
    }

    /// Runs of free blocks by the block bitmaps, as volume byte extents,
    /// group by group (a bitmap block at a time).
    pub fn unallocated(&self) -> impl Iterator<Item = Extent> + '_ {
        let bs = self.block_size;
        let mut g = 0u64;
        let mut pending: Vec<Extent> = Vec::new();
        let mut bitmap = vec![0u8; bs as usize];
        std::iter::from_fn(move || {
            loop {
                if let Some(x) = pending.pop() {
                    return Some(x);
                }
                if g >= self.groups {
                    return None;
                }
                let Ok((bm, _)) = self.group(g) else { return None };
                if self.read(bm.saturating_mul(bs), &mut bitmap).is_err() {
                    return None;
                }
                let base = self.first_data_block + g * self.blocks_per_group;
                let count = self.blocks_per_group.min(self.blocks_count - base).min(bs * 8);
                let mut runs = Vec::new();
                let mut k = 0u64;
                while k < count {
                    if bitmap[(k / 8) as usize] >> (k % 8) & 1 == 1 {
                        k += 1;
                        continue;
                    }
                    let start = k;
                    while k < count && bitmap[(k / 8) as usize] >> (k % 8) & 1 == 0 {
                        k += 1;
                    }
                    runs.push(Extent { offset: (base + start) * bs, len: (k - start) * bs });
                }
                runs.reverse();
                pending = runs;
                g += 1;
            }
        })
    }
}

impl<R: ReadAt> FileSystem for ExtFs<R> {
    fn kind(&self) -> FsKind {
        FsKind::Ext
    }

    fn volume(&self) -> &dyn ReadAt {
        &self.img
    }

    fn walk(&self, visit: &mut dyn FnMut(FsEntry)) -> Vec<FsError> {
        let errors = ExtFs::walk(self, |e| {
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
                times: FsTimes {
                    modified: e.mtime.map(i64::from),
                    modified_nanos: None,
                    created: e.crtime.map(i64::from),
                    accessed: e.atime.map(i64::from),
                },
            })
        });
        errors.into_iter().map(FsError::from).collect()
    }

    fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_> {
        Box::new(ExtFs::unallocated(self))
    }
}

fn push_run(runs: &mut Vec<Run>, logical: u64, physical: u64, count: u64, written: bool) {
    match runs.last_mut() {
        Some(r) if r.written == written && r.logical + r.count == logical && r.physical + r.count == physical => {
            r.count += count;
        }
        _ => runs.push(Run { logical, physical, count, written }),
    }
}

/// One directory record.
struct Record {
    inode: u32,
    name: Vec<u8>,
    file_type: u8,
    offset: u64,
    deleted: bool,
}

/// A plausible deleted record at `b[at..]` within `end`: its name
/// without NUL or `/`, its type sane, its own old record length within
/// `end`. The kernel leaves the inode number in a record merged into the
/// one before; e2fsprogs' unlink clears it, and then the type must be a
/// known one (1-7) for the bytes to count as a record.
fn deleted_record(b: &[u8], at: usize, end: usize, inodes: u32) -> Option<(u32, usize, u8)> {
    if at + 8 > end {
        return None;
    }
    let inode = u32_at(b, at);
    let rec_len = usize::from(u16_at(b, at + 4));
    let name_len = usize::from(b[at + 6]);
    let file_type = b[at + 7];
    let name = b.get(at + 8..at + 8 + name_len)?;
    let typed = if inode == 0 { (1..=7).contains(&file_type) } else { file_type <= 7 };
    (inode <= inodes
        && typed
        && name_len > 0
        && at + 8 + name_len <= end
        && rec_len >= 8 + name_len
        && rec_len % 4 == 0
        && at + rec_len <= end
        && !name.iter().any(|&c| c == 0 || c == b'/')
        && name != b"."
        && name != b"..")
        .then_some((inode, name_len, file_type))
}

/// The records of one directory block, the deleted ones in the slack of
/// each record included (not in an htree's index space).
#[allow(clippy::too_many_arguments)]
fn parse_block(
    b: &[u8],
    offset: u64,
    indexed: bool,
    first_block: bool,
    inodes: u32,
    out: &mut Vec<Record>,
    errors: &mut Vec<ExtError>,
    path: &str,
) {
    let mut at = 0usize;
    // An htree's interior block: one empty record over the whole block.
    if indexed && !first_block && b.len() >= 8 && u32_at(b, 0) == 0 && usize::from(u16_at(b, 4)) == b.len() {
        return;
    }
    let mut records_in_block = 0;
    while at + 8 <= b.len() {
        let inode = u32_at(b, at);
        let rec_len = usize::from(u16_at(b, at + 4));
        let name_len = usize::from(b[at + 6]);
        if rec_len < 8 || at + rec_len > b.len() || rec_len % 4 != 0 || 8 + name_len > rec_len {
            errors.push(ExtError::BadRecord {
                path: path.to_string(),
                offset: offset + at as u64,
                reason: "record length",
            });
            return;
        }
        let name = &b[at + 8..at + 8 + name_len];
        let live = inode != 0 && name_len > 0 && name != b"." && name != b"..";
        if live && inode <= inodes {
            out.push(Record {
                inode,
                name: name.to_vec(),
                file_type: b[at + 7],
                offset: offset + at as u64,
                deleted: false,
            });
        } else if inode == 0 && name_len > 0 && b[at + 7] != 0xDE {
            // A deleted first record of a block: its inode was cleared.
            out.push(Record {
                inode: 0,
                name: name.to_vec(),
                file_type: b[at + 7],
                offset: offset + at as u64,
                deleted: true,
            });
        }
        records_in_block += 1;
        // The slack after this record's name: deleted records, unless it
        // is an htree root's `..`, whose slack is the index.
        let skip_slack = indexed && first_block && records_in_block <= 2;
        let end = at + rec_len;
        let mut k = (at + 8 + name_len).next_multiple_of(4);
        while !skip_slack && k + 8 <= end {
            if let Some((ino, len, ft)) = deleted_record(b, k, end, inodes) {
                out.push(Record {
                    inode: ino,
                    name: b[k + 8..k + 8 + len].to_vec(),
                    file_type: ft,
                    offset: offset + k as u64,
                    deleted: true,
                });
                k = (k + 8 + len).next_multiple_of(4);
            } else {
                k += 4;
            }
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_with_a_magic_is_refused_or_walked_without_panic() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for round in 0..60 {
            let mut b: Vec<u8> = (0..65536)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            b[1024 + 56..1024 + 58].copy_from_slice(&0xEF53u16.to_le_bytes());
            b[1024 + 24..1024 + 28].copy_from_slice(&0u32.to_le_bytes());
            b[1024 + 4..1024 + 8].copy_from_slice(&64u32.to_le_bytes());
            b[1024 + 32..1024 + 36].copy_from_slice(&(8192u32 >> (round % 3)).to_le_bytes());
            b[1024 + 40..1024 + 44].copy_from_slice(&16u32.to_le_bytes());
            b[1024..1028].copy_from_slice(&16u32.to_le_bytes());
            b[1024 + 76..1024 + 80].copy_from_slice(&0u32.to_le_bytes());
            if let Ok(fs) = ExtFs::open(crate::MemImage(b)) {
                let _ = fs.entries();
                let _ = fs.unallocated().count();
            }
        }
    }
}
