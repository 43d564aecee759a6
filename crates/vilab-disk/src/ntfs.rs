//! NTFS: every file record of the MFT, in use or not, as a file with its
//! path, MFT reference, size and content (the byte extents of its data
//! runs, or its resident bytes); deleted files are the records not in use,
//! recovered where `$Bitmap` shows their clusters free; the free clusters,
//! for carving.
//!
//! Written from the NTFS documentation of the Linux-NTFS project ("NTFS
//! Documentation", Richard Russon and Yuval Fledel) and Microsoft's
//! structure references: the boot sector (cluster size, MFT location,
//! record size), file records ("FILE", update sequence fixups), attribute
//! headers (resident and non-resident), data runs, `$STANDARD_INFORMATION`,
//! `$FILE_NAME` (parent reference and name), `$DATA`, `$ATTRIBUTE_LIST`
//! (for the MFT's own data runs). Written here rather than through the
//! `ntfs` crate (0.4): it re-reads the MFT's own record for every record
//! asked for, and it cannot read an MFT whose data runs continue in an
//! attribute list (a large, fragmented MFT), which seized disks have.
//!
//! Paths: the MFT is read twice, record by record; the first pass keeps
//! the name and parent of directories only (far fewer than files), the
//! second hands out every file with the path of its parent. A parent that
//! is gone or reused (its sequence number differs) puts the file under
//! `/$OrphanFiles`, as forensic tools do.

use crate::le::{u16_at, u32_at, u64_at};
use std::collections::{HashMap, HashSet};
use std::io;

use crate::fat::Status;
use crate::fs::{FileSystem, FsEntry, FsError, FsKind, FsTimes, RecoveryBudget, collect, filetime, units_of};
use crate::image::{Extent, ReadAt, offset_in};

/// Most records read (2^32: a 4 TiB MFT of 1 KiB records).
const MAX_RECORDS: u64 = 1 << 32;
/// Most data runs of one attribute.
const MAX_RUNS: usize = 1 << 16;
/// Deepest path resolved.
const MAX_DEPTH: usize = 256;
/// Most faults one walk reports (a wrecked MFT would give one per record).
pub const MAX_ERRORS: usize = 10_000;
/// The root directory's record.
const ROOT: u64 = 5;

/// A fault in an NTFS volume; the walk goes on past it where it can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NtfsError {
    /// The boot sector is not a usable NTFS boot sector.
    #[error("not an NTFS file system: {reason}")]
    BadBoot {
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
    /// A file record that cannot be used.
    #[error("MFT record {record} at offset {offset}: {reason}")]
    BadRecord {
        /// The record number.
        record: u64,
        /// Its offset in the volume.
        offset: u64,
        /// What is wrong.
        reason: &'static str,
    },
}

/// One file (or directory) of the MFT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NtfsEntry {
    /// Full path from the root, `/`-separated, as WTF-8 bytes (UTF-16
    /// names; an unpaired surrogate kept as its own three bytes). The
    /// Win32 name where a record has both it and a DOS 8.3 one.
    pub path: Vec<u8>,
    /// The MFT record number.
    pub record: u64,
    /// The record's sequence number (a reference is record + sequence << 48).
    pub sequence: u16,
    /// A directory.
    pub is_dir: bool,
    /// In use, or not in use (deleted) and how recoverable.
    pub status: Status,
    /// Size of the unnamed `$DATA` in bytes.
    pub size: u64,
    /// Offset in the volume of the file record.
    pub record_offset: u64,
    /// Last modification, as a Windows FILETIME (100 ns since 1601), from
    /// `$STANDARD_INFORMATION`.
    pub modified: Option<u64>,
    /// Creation, as a FILETIME.
    pub created: Option<u64>,
    /// Last access (FILETIME) from `$STANDARD_INFORMATION`.
    pub accessed: Option<u64>,
    /// The content of a resident `$DATA` (it lives in the record, which
    /// update sequence fixups alter on disk, so it comes as bytes).
    pub resident: Option<Vec<u8>>,
    /// Where a non-resident `$DATA` is, in volume bytes, in file order.
    pub extents: Vec<Extent>,
    /// Sparse runs (holes) are left out of `extents`.
    pub sparse: bool,
    /// Compressed or encrypted: `extents` hold the stored bytes, not the
    /// content.
    pub compressed: bool,
}

impl NtfsEntry {
    /// The path's display form.
    pub fn path_display(&self) -> String {
        vilab_core::name::escape_utf8(&self.path)
    }
}

/// An open NTFS volume.
#[derive(Debug)]
pub struct NtfsFs<R> {
    img: R,
    cluster: u64,
    record_size: u64,
    clusters: u64,
    /// The MFT's data, in volume bytes.
    mft: Vec<Extent>,
    mft_size: u64,
    /// `$Bitmap`'s data, in volume bytes.
    bitmap: Vec<Extent>,
}

/// One attribute of a record, as found.
struct Attr<'a> {
    kind: u32,
    named: bool,
    flags: u16,
    body: AttrBody<'a>,
}

enum AttrBody<'a> {
    Resident(&'a [u8]),
    NonResident { start_vcn: u64, runs: &'a [u8], data_size: u64 },
}

/// What one record says.
#[derive(Default)]
struct Parsed {
    in_use: bool,
    is_dir: bool,
    sequence: u16,
    base: u64,
    /// (parent reference, namespace, name units)
    names: Vec<(u64, u8, Vec<u16>)>,
    modified: Option<u64>,
    created: Option<u64>,
    accessed: Option<u64>,
    data: Option<Data>,
}

struct Data {
    resident: Option<Vec<u8>>,
    /// (start VCN, run bytes) of each piece, size of the data.
    runs: Vec<(u64, Vec<u8>)>,
    size: u64,
    compressed: bool,
}

/// Decodes data runs into (LCN or None for sparse, cluster count), from VCN `start`.
fn decode_runs(runs: &[u8]) -> Option<Vec<(Option<u64>, u64)>> {
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut lcn: i64 = 0;
    while i < runs.len() && runs[i] != 0 {
        if out.len() >= MAX_RUNS {
            return None;
        }
        let h = runs[i];
        let (len_size, off_size) = (usize::from(h & 0x0f), usize::from(h >> 4));
        if len_size == 0 || len_size > 8 || off_size > 8 || i + 1 + len_size + off_size > runs.len() {
            return None;
        }
        let mut len = 0u64;
        for k in 0..len_size {
            len |= u64::from(runs[i + 1 + k]) << (8 * k);
        }
        let mut delta: i64 = 0;
        for k in 0..off_size {
            delta |= i64::from(runs[i + 1 + len_size + k]) << (8 * k);
        }
        if off_size > 0 && off_size < 8 && runs[i + len_size + off_size] & 0x80 != 0 {
            delta -= 1i64 << (8 * off_size);
        }
        if off_size == 0 {
            out.push((None, len));
        } else {
            lcn = lcn.checked_add(delta)?;
            out.push((u64::try_from(lcn).ok(), len));
        }
        i += 1 + len_size + off_size;
    }
    Some(out)
}

/// Applies the update sequence fixups of a record in place.
fn fixup(rec: &mut [u8], sector: usize) -> Result<(), &'static str> {
    let usa = usize::from(u16_at(rec, 4));
    let count = usize::from(u16_at(rec, 6));
    if count == 0 || usa + 2 * count > rec.len() || (count - 1) * sector > rec.len() {
        return Err("update sequence out of bounds");
    }
    let usn = [rec[usa], rec[usa + 1]];
    for k in 1..count {
        let end = k * sector;
        if rec[end - 2..end] != usn {
            return Err("update sequence mismatch (torn write)");
        }
        let (a, b) = (rec[usa + 2 * k], rec[usa + 2 * k + 1]);
        rec[end - 2] = a;
        rec[end - 1] = b;
    }
    Ok(())
}

/// The attributes of a fixed-up record.
fn attributes(rec: &[u8]) -> Vec<Attr<'_>> {
    let mut out = Vec::new();
    let mut at = usize::from(u16_at(rec, 20));
    let used = (u32_at(rec, 24) as usize).min(rec.len());
    while at + 16 <= used && out.len() < 512 {
        let kind = u32_at(rec, at);
        if kind == 0xFFFF_FFFF {
            break;
        }
        let len = u32_at(rec, at + 4) as usize;
        if len < 16 || at + len > used {
            break;
        }
        let a = &rec[at..at + len];
        let named = a[9] != 0;
        let flags = u16_at(a, 12);
        let body = if a[8] == 0 {
            if len < 24 {
                break;
            }
            let (vlen, voff) = (u32_at(a, 16) as usize, usize::from(u16_at(a, 20)));
            if voff.checked_add(vlen).is_none_or(|e| e > len) {
                break;
            }
            AttrBody::Resident(&a[voff..voff + vlen])
        } else {
            if len < 64 {
                break;
            }
            let roff = usize::from(u16_at(a, 32));
            if roff > len {
                break;
            }
            AttrBody::NonResident { start_vcn: u64_at(a, 16), runs: &a[roff..], data_size: u64_at(a, 48) }
        };
        out.push(Attr { kind, named, flags, body });
        at += len;
    }
    out
}

fn parse(rec: &[u8]) -> Parsed {
    let flags = u16_at(rec, 22);
    let mut p = Parsed {
        in_use: flags & 1 != 0,
        is_dir: flags & 2 != 0,
        sequence: u16_at(rec, 16),
        base: u64_at(rec, 32) & 0x0000_FFFF_FFFF_FFFF,
        ..Parsed::default()
    };
    for a in attributes(rec) {
        match (a.kind, &a.body) {
            (0x10, AttrBody::Resident(v)) if v.len() >= 16 => {
                p.created = Some(u64_at(v, 0));
                p.modified = Some(u64_at(v, 8));
                // After the MFT record's change time at 16.
                p.accessed = (v.len() >= 32).then(|| u64_at(v, 24));
            }
            (0x30, AttrBody::Resident(v)) if v.len() >= 66 => {
                let n = usize::from(v[64]);
                if 66 + 2 * n <= v.len() {
                    let units = v[66..66 + 2 * n].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
                    p.names.push((u64_at(v, 0), v[65], units));
                }
            }
            (0x80, body) if !a.named => {
                // 0x0001 compressed, 0x4000 encrypted (0x8000, sparse, is not).
                let compressed = a.flags & 0x4001 != 0;
                let d = p.data.get_or_insert(Data { resident: None, runs: Vec::new(), size: 0, compressed });
                match body {
                    AttrBody::Resident(v) => {
                        d.resident = Some(v.to_vec());
                        d.size = v.len() as u64;
                    }
                    AttrBody::NonResident { start_vcn, runs, data_size } => {
                        if *start_vcn == 0 {
                            d.size = *data_size;
                        }
                        d.runs.push((*start_vcn, runs.to_vec()));
                    }
                }
            }
            _ => {}
        }
    }
    p
}

/// The best name of a record: Win32 or POSIX before DOS.
fn best_name(names: &[(u64, u8, Vec<u16>)]) -> Option<&(u64, u8, Vec<u16>)> {
    names.iter().find(|n| n.1 != 2).or_else(|| names.first())
}

impl<R: ReadAt> NtfsFs<R> {
    /// Reads the boot sector of the volume `img`, the MFT's own record and
    /// `$Bitmap`'s.
    pub fn open(img: R) -> Result<Self, NtfsError> {
        let mut b = [0u8; 512];
        img.read_at(0, &mut b).map_err(|source| NtfsError::Io { offset: 0, source })?;
        let bad = |reason| NtfsError::BadBoot { reason };
        if &b[3..11] != b"NTFS    " {
            return Err(bad("no NTFS signature"));
        }
        let sector = u64::from(u16_at(&b, 11));
        if !matches!(sector, 256 | 512 | 1024 | 2048 | 4096) {
            return Err(bad("bytes per sector"));
        }
        let spc = match b[13] {
            0 => return Err(bad("sectors per cluster")),
            x if x > 0x80 => {
                1u64.checked_shl(256 - u32::from(x)).filter(|&v| v <= 1 << 16).ok_or(bad("sectors per cluster"))?
            }
            x => u64::from(x),
        };
        let cluster = sector * spc;
        let record_size = match b[64] as i8 {
            x if x < 0 => 1u64.checked_shl(u32::from(x.unsigned_abs())).ok_or(bad("record size"))?,
            x => cluster.saturating_mul(x as u64),
        };
        if !(256..=65536).contains(&record_size) || !record_size.is_power_of_two() || record_size % sector != 0 {
            return Err(bad("record size"));
        }
        let clusters = u64_at(&b, 40) / spc;
        // Every cluster number below the count is then a byte offset that fits.
        if clusters.checked_mul(cluster).is_none() {
            return Err(bad("volume size"));
        }
        let mft_lcn = u64_at(&b, 48);
        let mft_at = mft_lcn.checked_mul(cluster).ok_or(bad("MFT location"))?;
        let mut fs = Self {
            img,
            cluster,
            record_size,
            clusters,
            mft: vec![Extent { offset: mft_at, len: record_size * 16 }],
            mft_size: record_size * 16,
            bitmap: Vec::new(),
        };
        // The MFT's own record: its $DATA runs (and those an attribute list
        // sends to other records, read through the runs known so far).
        let rec0 = fs.record(0).map_err(|_| bad("MFT record 0 unreadable"))?;
        let p0 = parse(&rec0);
        let mut pieces = p0.data.map(|d| (d.runs, d.size)).unwrap_or_default();
        if pieces.0.is_empty() {
            return Err(bad("MFT without $DATA"));
        }
        let first = fs.runs_to_extents(&pieces.0, pieces.1).0;
        if !first.is_empty() {
            fs.mft = first;
            fs.mft_size = pieces.1;
        }
        for a in attributes(&rec0) {
            if a.kind != 0x20 {
                continue;
            }
            let list = match a.body {
                AttrBody::Resident(v) => v.to_vec(),
                AttrBody::NonResident { runs, data_size, .. } => {
                    let (x, _, _) = fs.runs_to_extents(&[(0, runs.to_vec())], data_size.min(1 << 20));
                    fs.read_extents(&x).unwrap_or_default()
                }
            };
            let mut i = 0usize;
            while i + 26 <= list.len() {
                let (kind, len) = (u32_at(&list, i), usize::from(u16_at(&list, i + 4)));
                let rec = u64_at(&list, i + 16) & 0x0000_FFFF_FFFF_FFFF;
                if len < 26 {
                    break;
                }
                if kind == 0x80
                    && rec != 0
                    && let Ok(r) = fs.record(rec)
                    && let Some(d) = parse(&r).data
                {
                    pieces.0.extend(d.runs);
                }
                i += len;
            }
            let (x, _, _) = fs.runs_to_extents(&pieces.0, pieces.1);
            fs.mft = x;
        }
        let bitmap = fs.record(6).map(|r| parse(&r)).map_err(|_| bad("$Bitmap record unreadable"))?;
        if let Some(d) = bitmap.data {
            fs.bitmap = fs.runs_to_extents(&d.runs, d.size.min(clusters.div_ceil(8) + 8)).0;
        }
        Ok(fs)
    }

    /// Bytes per cluster.
    pub fn cluster_size(&self) -> u64 {
        self.cluster
    }

    /// The volume below.
    pub fn image(&self) -> &R {
        &self.img
    }

    /// Number of file records the MFT holds.
    pub fn record_count(&self) -> u64 {
        let mapped: u64 = self.mft.iter().map(|e| e.len).sum();
        (self.mft_size.min(mapped) / self.record_size).min(MAX_RECORDS)
    }

    fn read_extents(&self, x: &[Extent]) -> Result<Vec<u8>, NtfsError> {
        let total: u64 = x.iter().map(|e| e.len).sum();
        let mut out = vec![0u8; usize::try_from(total).unwrap_or(0)];
        let mut at = 0usize;
        for e in x {
            let n = e.len as usize;
            self.img
                .read_at(e.offset, &mut out[at..at + n])
                .map_err(|source| NtfsError::Io { offset: e.offset, source })?;
            at += n;
        }
        Ok(out)
    }

    /// Volume extents of data runs (pieces by start VCN), cut at `size`
    /// bytes; whether there were holes; whether the runs were damaged.
    fn runs_to_extents(&self, pieces: &[(u64, Vec<u8>)], size: u64) -> (Vec<Extent>, bool, bool) {
        let mut pieces: Vec<&(u64, Vec<u8>)> = pieces.iter().collect();
        pieces.sort_by_key(|p| p.0);
        let mut out: Vec<Extent> = Vec::new();
        let mut sparse = false;
        let mut damaged = false;
        let mut pos = 0u64;
        for (vcn, runs) in pieces {
            if vcn.saturating_mul(self.cluster) != pos {
                sparse = true;
                pos = vcn.saturating_mul(self.cluster);
            }
            let Some(runs) = decode_runs(runs) else {
                damaged = true;
                break;
            };
            for (lcn, count) in runs {
                if pos >= size {
                    break;
                }
                let len = count.saturating_mul(self.cluster).min(size - pos);
                match lcn {
                    None => sparse = true,
                    Some(l) if l.checked_add(count).is_none_or(|end| end > self.clusters) => {
                        damaged = true;
                        break;
                    }
                    Some(l) => {
                        let offset = l * self.cluster;
                        match out.last_mut() {
                            Some(last) if last.offset + last.len == offset => last.len += len,
                            _ => out.push(Extent { offset, len }),
                        }
                    }
                }
                pos += len;
            }
        }
        (out, sparse, damaged)
    }

    /// File record `n`, its fixups applied.
    fn record(&self, n: u64) -> Result<Vec<u8>, NtfsError> {
        let at = n.checked_mul(self.record_size).and_then(|b| offset_in(&self.mft, b));
        let Some(offset) = at else {
            return Err(NtfsError::BadRecord { record: n, offset: 0, reason: "outside the MFT" });
        };
        let mut rec = vec![0u8; self.record_size as usize];
        // A record may straddle two runs of the MFT: read it in sectors.
        let sector = 512u64;
        for k in 0..self.record_size / sector {
            let o = n * self.record_size + k * sector;
            let Some(v) = offset_in(&self.mft, o) else {
                return Err(NtfsError::BadRecord { record: n, offset, reason: "outside the MFT" });
            };
            let s = (k * sector) as usize;
            self.img
                .read_at(v, &mut rec[s..s + sector as usize])
                .map_err(|source| NtfsError::Io { offset: v, source })?;
        }
        if &rec[..4] != b"FILE" {
            return Err(NtfsError::BadRecord { record: n, offset, reason: "no FILE signature" });
        }
        fixup(&mut rec, sector as usize).map_err(|reason| NtfsError::BadRecord { record: n, offset, reason })?;
        Ok(rec)
    }

    /// Whether cluster `c` is in use by `$Bitmap`.
    pub fn cluster_in_use(&self, c: u64) -> Result<bool, NtfsError> {
        let Some(at) = offset_in(&self.bitmap, c / 8) else { return Ok(true) };
        let mut byte = [0u8; 1];
        self.img.read_at(at, &mut byte).map_err(|source| NtfsError::Io { offset: at, source })?;
        Ok(byte[0] >> (c % 8) & 1 == 1)
    }

    /// Walks every file record, handing each file and directory (in use or
    /// not) to `visit`; returns the faults met. System files (`$MFT`, …)
    /// come too; the root itself does not.
    pub fn walk(&self, mut visit: impl FnMut(NtfsEntry)) -> Vec<NtfsError> {
        let mut errors = Vec::new();
        let count = self.record_count();
        // Pass 1: directories' names and parents.
        let mut dirs: HashMap<u64, (u16, u64, Vec<u8>)> = HashMap::new();
        for n in 0..count {
            let Ok(rec) = self.record(n) else { continue };
            let p = parse(&rec);
            if p.is_dir
                && p.base == 0
                && let Some((parent, _, units)) = best_name(&p.names)
            {
                dirs.insert(n, (p.sequence, *parent, crate::fat::wtf8(units)));
            }
        }
        let path_of = |parent_ref: u64| -> Vec<u8> {
            let mut parts: Vec<&[u8]> = Vec::new();
            let mut r = parent_ref;
            let mut seen = HashSet::new();
            loop {
                let rec = r & 0x0000_FFFF_FFFF_FFFF;
                let seq = (r >> 48) as u16;
                if rec == ROOT {
                    break;
                }
                match dirs.get(&rec) {
                    Some((s, up, name)) if (*s == seq || seq == 0) && seen.insert(rec) && parts.len() < MAX_DEPTH => {
                        parts.push(name);
                        r = *up;
                    }
                    _ => {
                        parts.push(b"$OrphanFiles");
                        break;
                    }
                }
            }
            let mut out = Vec::new();
            for p in parts.iter().rev() {
                out.push(b'/');
                out.extend_from_slice(p);
            }
            out
        };
        // Pass 2: every file.
        let mut budget = RecoveryBudget::new();
        for n in 0..count {
            let rec = match self.record(n) {
                Ok(r) => r,
                Err(NtfsError::BadRecord { reason: "no FILE signature", .. }) => continue,
                Err(e) => {
                    if errors.len() < MAX_ERRORS {
                        errors.push(e);
                    }
                    continue;
                }
            };
            let p = parse(&rec);
            if p.base != 0 || n == ROOT {
                continue;
            }
            let Some((parent, _, units)) = best_name(&p.names) else { continue };
            let mut path = path_of(*parent);
            path.push(b'/');
            path.extend_from_slice(&crate::fat::wtf8(units));
            let record_offset = offset_in(&self.mft, n * self.record_size).unwrap_or(0);
            let mut entry = NtfsEntry {
                path,
                record: n,
                sequence: p.sequence,
                is_dir: p.is_dir,
                status: Status::Allocated,
                size: 0,
                record_offset,
                modified: p.modified,
                created: p.created,
                accessed: p.accessed,
                resident: None,
                extents: Vec::new(),
                sparse: false,
                compressed: false,
            };
            if let Some(d) = p.data {
                entry.size = d.size;
                entry.compressed = d.compressed;
                entry.resident = d.resident;
                let (x, sparse, damaged) = self.runs_to_extents(&d.runs, d.size);
                if damaged {
                    errors.push(NtfsError::BadRecord { record: n, offset: record_offset, reason: "data runs damaged" });
                }
                entry.extents = x;
                entry.sparse = sparse;
            }
            if !p.in_use {
                entry.status = if entry.resident.is_some() {
                    Status::DeletedLikelyIntact
                } else if entry.extents.is_empty() {
                    Status::DeletedNoData
                } else {
                    self.recovery(&entry.extents, &mut budget)
                };
            }
            visit(entry);
        }
        errors
    }

    /// All entries of [`walk`](Self::walk), collected.
    pub fn entries(&self) -> (Vec<NtfsEntry>, Vec<NtfsError>) {
        collect(|visit| self.walk(visit))
    }

    fn recovery(&self, extents: &[Extent], budget: &mut RecoveryBudget) -> Status {
        // A bitmap that cannot be read leaves the question open.
        budget.check(units_of(extents, self.cluster), |b| self.cluster_in_use(b)).unwrap_or(Status::DeletedNotChecked)
    }

    /// Runs of clusters `$Bitmap` marks free, as volume byte extents,
    /// reading the bitmap 64 KiB at a time; a read error ends the runs.
    pub fn unallocated(&self) -> impl Iterator<Item = Extent> + '_ {
        let bitmap_bits: u64 = self.bitmap.iter().map(|e| e.len).sum::<u64>().saturating_mul(8);
        let limit = self.clusters.min(bitmap_bits);
        let mut c = 0u64;
        let mut buf = vec![0u8; 64 << 10];
        // (first cluster the buffer holds, clusters it holds)
        let mut held = (0u64, 0u64);
        let mut bit = move |c: u64, buf: &mut Vec<u8>| -> Option<bool> {
            if c < held.0 || c >= held.0 + held.1 {
                let start = c - c % (buf.len() as u64 * 8);
                let bytes = ((limit - start).div_ceil(8)).min(buf.len() as u64) as usize;
                let mut at = 0usize;
                while at < bytes {
                    let pos = start / 8 + at as u64;
                    let off = offset_in(&self.bitmap, pos)?;
                    // The rest of this extent, or of the buffer.
                    let ext = self.bitmap.iter().find(|e| off >= e.offset && off < e.offset + e.len)?;
                    let n = ((ext.offset + ext.len - off) as usize).min(bytes - at);
                    self.img.read_at(off, &mut buf[at..at + n]).ok()?;
                    at += n;
                }
                held = (start, bytes as u64 * 8);
            }
            let i = c - held.0;
            Some(buf[(i / 8) as usize] >> (i % 8) & 1 == 1)
        };
        std::iter::from_fn(move || {
            while c < limit {
                match bit(c, &mut buf)? {
                    true => c += 1,
                    false => {
                        let start = c;
                        while c < limit && bit(c, &mut buf) == Some(false) {
                            c += 1;
                        }
                        return Some(Extent { offset: start * self.cluster, len: (c - start) * self.cluster });
                    }
                }
            }
            None
        })
    }
}

impl<R: ReadAt> FileSystem for NtfsFs<R> {
    fn kind(&self) -> FsKind {
        FsKind::Ntfs
    }

    fn volume(&self) -> &dyn ReadAt {
        &self.img
    }

    fn walk(&self, visit: &mut dyn FnMut(FsEntry)) -> Vec<FsError> {
        let errors = NtfsFs::walk(self, |e| {
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
                    accessed: e.accessed.and_then(filetime).map(|t| t.0),
                },
            })
        });
        errors.into_iter().map(FsError::from).collect()
    }

    fn unallocated(&self) -> Box<dyn Iterator<Item = Extent> + '_> {
        Box::new(NtfsFs::unallocated(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_with_a_boot_sector_is_refused_or_walked_without_panic() {
        let mut x = 0x51_7cc1_b727_220au64;
        for round in 0..60u64 {
            let mut b: Vec<u8> = (0..65536)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            b[3..11].copy_from_slice(b"NTFS    ");
            b[11..13].copy_from_slice(&512u16.to_le_bytes());
            b[13] = 1;
            b[40..48].copy_from_slice(&(u64::MAX >> round).to_le_bytes());
            b[48..56].copy_from_slice(&(round % 8 * 4).to_le_bytes());
            b[64] = 0xF6; // 1 KiB records
            // A FILE record at the MFT's place now and then.
            let at = (round % 8 * 4 * 512) as usize;
            b[at..at + 4].copy_from_slice(b"FILE");
            if let Ok(fs) = NtfsFs::open(crate::MemImage(b)) {
                let _ = fs.entries();
                let _ = fs.unallocated().take(10_000).count();
            }
        }
    }

    #[test]
    fn data_runs_decode_with_signed_offsets_and_holes() {
        // 0x21: 1-byte length, 2-byte offset: 8 clusters at 0x1000; then
        // 4 clusters 0x100 back; then a hole of 5; end.
        let runs = [0x21, 0x08, 0x00, 0x10, 0x21, 0x04, 0x00, 0xFF, 0x01, 0x05, 0x00];
        assert_eq!(decode_runs(&runs), Some(vec![(Some(0x1000), 8), (Some(0x0F00), 4), (None, 5)]));
        assert_eq!(decode_runs(&[0x21, 0x08]), None);
        assert_eq!(decode_runs(&[0x09]), None);
    }

    #[test]
    fn fixups_restore_sector_ends_and_catch_torn_writes() {
        let mut rec = vec![0u8; 1024];
        rec[4..6].copy_from_slice(&48u16.to_le_bytes());
        rec[6..8].copy_from_slice(&3u16.to_le_bytes());
        rec[48..54].copy_from_slice(&[0xAB, 0xCD, 1, 2, 3, 4]);
        rec[510..512].copy_from_slice(&[0xAB, 0xCD]);
        rec[1022..1024].copy_from_slice(&[0xAB, 0xCD]);
        let mut ok = rec.clone();
        fixup(&mut ok, 512).unwrap();
        assert_eq!((&ok[510..512], &ok[1022..1024]), (&[1u8, 2][..], &[3u8, 4][..]));
        rec[1023] = 0;
        assert!(fixup(&mut rec, 512).is_err());
    }
}
