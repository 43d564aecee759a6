//! Disk images as exhibits: a raw image (one file or a split set
//! `.001`, `.002`, …) or an EWF/E01 segment set, its volumes (MBR with
//! logical partitions, GPT, or the whole disk), every file of each file
//! system (FAT, exFAT, NTFS, ext2/3/4), allocated and deleted, and the
//! pictures and videos carved from each file system's free space.
//!
//! The listing ([`ExhibitReader::list`]) reads only the file systems'
//! metadata and sets out the free space to carve; then one pass reads the
//! image front to back ([`crate::onepass`]: the reader is its
//! [`Medium`]), which is also the acquisition check (the E01's stored MD5
//! / SHA-1 compared, the SHA-256 of every image), serves each content's
//! extents to its worker and carves the free space as it goes
//! ([`crate::carving`]; the items come back through
//! [`ExhibitReader::discovered`]); what it cannot serve in order is read
//! by its extents afterwards. Memory does not grow with the image:
//! the list holds each content's extents, never its bytes (NTFS resident
//! data excepted, at most one MFT record each).
//!
//! Each file carries the times its file system keeps ([`FsTimes`]), so
//! that a resumed run skips what an earlier one finished without reading
//! it again; carved items have none and are checked by their content.
//!
//! Left out for now: carving's measuring of an item runs on the pass's
//! thread (a disk whose free space is full of pictures slows the pass).

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crossbeam_channel::Sender;
use serde::Serialize;
use vilab_core::model::{Allocation, DiskPlace, ErrorStage, IngestError, IngestErrorCode, OccurrenceKey};
use vilab_disk::carve::{CarveOptions, CarvedKind, carve};
use vilab_disk::ewf::EwfImage;
use vilab_disk::fs::{self as disk_fs, FileSystem, FsEntry, FsKind, FsTimes};
use vilab_disk::volume::{Scheme, VolumeKind, read_volumes};
use vilab_disk::{Extent, ExtentReader, ImageError, RawImage, ReadAt, Slice, SplitRaw, Status};

use crate::carving::{CarveFound, CarveRange};
use crate::exhibit::{Content, ExhibitReader};
use crate::onepass::{self, HashOutcome, Hashes, Medium};
use crate::{PipelineError, ProgressEvent};

/// Which container the image is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Container {
    /// One raw file (`.dd`, `.raw`, `.img`, …).
    Raw,
    /// A raw image split into numbered files.
    Split,
    /// An EWF (E01) segment set.
    E01,
    /// A block device (`/dev/sdb`, a loop device) read as a raw image,
    /// read-only.
    Device,
}

/// What the acquisition check found, as the custody log records it.
#[derive(Clone, Debug, Serialize)]
pub struct ImageCheck {
    /// The container.
    pub container: Container,
    /// Its files (segments, parts), in order.
    pub files: Vec<String>,
    /// The media's size in bytes.
    pub size: u64,
    /// Bytes read by the check.
    pub bytes_read: u64,
    /// The MD5 the acquiring tool stored (E01), hex.
    pub stored_md5: Option<String>,
    /// The SHA-1 the acquiring tool stored (E01), hex.
    pub stored_sha1: Option<String>,
    /// MD5 of the full read, hex (none when the read did not finish).
    pub md5: Option<String>,
    /// SHA-1 of the full read, hex.
    pub sha1: Option<String>,
    /// SHA-256 of the full read, hex.
    pub sha256: Option<String>,
    /// The verdict: `verified` (every stored hash matches the read),
    /// `mismatch`, `not_stored` (nothing to compare: a raw image; the
    /// computed hashes are the record), `unreadable` (the read failed; see
    /// `error`), `interrupted`.
    pub result: &'static str,
    /// Why the read failed, naming the file and offset.
    pub error: Option<String>,
    /// What was wrong but did not stop the image from opening (a table read
    /// from its copy, a damaged hash section).
    pub problems: Vec<String>,
}

impl ImageCheck {
    /// Whether the image's stored hashes were checked and matched.
    pub fn verified(&self) -> bool {
        self.result == "verified"
    }
}

/// One volume found, as `vilab exhibit show` reports it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct VolumeReport {
    /// Its number (MBR 1-4, logical from 5, GPT slot; 0: the whole disk).
    pub index: u32,
    /// First byte in the image.
    pub start: u64,
    /// Length in bytes.
    pub len: u64,
    /// What the partition table says of it (`mbr 0x0c`, `gpt <type>`).
    pub entry: String,
    /// The file system found on it (`fat32`, `ntfs`, …), if any.
    pub file_system: Option<String>,
    /// Allocated files listed.
    pub allocated: u64,
    /// Deleted files listed with bytes to read.
    pub deleted: u64,
    /// Deleted entries with nothing left to read.
    pub deleted_without_data: u64,
    /// Items carved from its free space.
    pub carved: u64,
    /// Bytes of free space carving looked at.
    pub free_bytes: u64,
    /// Faults met in its file system (also error rows).
    pub errors: u64,
}

/// The layout of the disk, as the custody log records it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Layout {
    /// `mbr`, `gpt` or `none`.
    pub scheme: String,
    /// The sector size the table was read with.
    pub sector_size: u64,
    /// The volumes, in table order.
    pub volumes: Vec<VolumeReport>,
    /// Faults of the partition table (also error rows).
    pub errors: Vec<String>,
    /// The space outside every partition, carved as volume 0 (none for a
    /// disk without a partition table, which is one volume).
    pub outside: Option<VolumeReport>,
}

/// Where the bytes of one listed content are.
#[derive(Debug)]
enum Bytes {
    /// Runs of the image, in file order.
    Extents(Vec<Extent>),
    /// Held in the metadata (NTFS resident data).
    Resident(Vec<u8>),
}

/// A disk image as an exhibit.
pub struct DiskReader {
    path: PathBuf,
    container: Container,
    image: Arc<dyn ReadAt>,
    ewf: Option<Arc<EwfImage>>,
    files: Vec<String>,
    bytes: Vec<Bytes>,
    layout: Layout,
    carve: CarveOptions,
    /// The free space to carve in the pass, and the layout report each
    /// range counts its items in (none: outside every partition).
    ranges: Vec<CarveRange>,
    range_reports: Vec<Option<u32>>,
    /// What carving in the last pass found.
    found: Mutex<Option<CarveFound>>,
    /// The items carved, read by their one extent (handles after `bytes`),
    /// and the layout counting them; set once, after the pass.
    discovered: OnceLock<(Vec<Extent>, Layout)>,
    /// Bytes the pass reads at once.
    pass_chunk: usize,
    /// Whether the next pass computes the acquisition hashes.
    check_in_pass: bool,
    /// What the last pass's hashing came to.
    hashed: Mutex<Option<HashOutcome>>,
}

impl std::fmt::Debug for DiskReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskReader").field("path", &self.path).field("container", &self.container).finish()
    }
}

/// Whether `path` names an image rather than a folder: any file, or a
/// block device, is read as one (a folder exhibit is a folder).
pub fn is_image(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() || vilab_disk::image::is_device(&m.file_type()))
}

impl DiskReader {
    /// Opens the image at `path`, told by its first bytes (the EWF
    /// signature) and its name (`NAME.001` starts a split set).
    pub fn open(path: &Path) -> Result<Self, PipelineError> {
        let image_err = |source: ImageError| PipelineError::Image { path: path.to_path_buf(), source };
        let raw = RawImage::open(path).map_err(image_err)?;
        let mut magic = [0u8; 8];
        let is_ewf = raw.len() >= 8 && raw.read_at(0, &mut magic).is_ok() && magic == vilab_disk::ewf::EVF_SIGNATURE;
        let (container, image, ewf, files): (_, Arc<dyn ReadAt>, _, Vec<String>) = if is_ewf {
            // A damaged set is examined for what it still holds: the
            // strict opening's refusal becomes one of its problems.
            let ewf = EwfImage::open(path).or_else(|_| EwfImage::open_partial(path)).map_err(image_err)?;
            let ewf = Arc::new(ewf);
            let files = ewf.segment_paths().map(|p| p.display().to_string()).collect();
            (Container::E01, ewf.clone(), Some(ewf), files)
        } else if !raw.is_device() && split_set(path) {
            let split = SplitRaw::open(path).map_err(image_err)?;
            let files = split.paths().map(|p| p.display().to_string()).collect();
            (Container::Split, Arc::new(split), None, files)
        } else {
            let container = if raw.is_device() { Container::Device } else { Container::Raw };
            (container, Arc::new(raw), None, vec![path.display().to_string()])
        };
        Ok(Self {
            path: path.to_path_buf(),
            container,
            image,
            ewf,
            files,
            bytes: Vec::new(),
            layout: Layout::default(),
            carve: CarveOptions::default(),
            ranges: Vec::new(),
            range_reports: Vec::new(),
            found: Mutex::new(None),
            discovered: OnceLock::new(),
            pass_chunk: onepass::PASS_CHUNK,
            check_in_pass: false,
            hashed: Mutex::new(None),
        })
    }

    /// The container found.
    pub fn container(&self) -> Container {
        self.container
    }

    /// The media's size in bytes.
    pub fn size(&self) -> u64 {
        self.image.len()
    }

    /// The layout [`ExhibitReader::list`] found (empty before it), with
    /// the items carved once [`ExhibitReader::discovered`] has counted
    /// them.
    pub fn layout(&self) -> &Layout {
        self.discovered.get().map_or(&self.layout, |(_, layout)| layout)
    }

    /// Sets the bytes the pass reads at once (tests put chunk boundaries
    /// across the contents with a small one; rounded down to whole
    /// sectors, at least 4 KiB).
    pub fn set_pass_chunk(&mut self, bytes: usize) {
        self.pass_chunk = bytes;
    }

    /// Makes the ingest's pass over the image (see [`crate::onepass`]) also
    /// the acquisition check: every byte read once, in order, for the
    /// hashes of [`DiskReader::check`].
    pub fn check_in_pass(&mut self, yes: bool) {
        self.check_in_pass = yes;
    }

    /// The acquisition check the last pass made (after
    /// [`DiskReader::check_in_pass`]), taken once.
    pub fn check(&self) -> Option<ImageCheck> {
        let outcome = self.hashed.lock().unwrap_or_else(PoisonError::into_inner).take()?;
        Some(self.check_from(outcome))
    }

    /// Reads the whole media once and checks it against the hashes the
    /// image stores (an E01's MD5 and SHA-1, with the SHA-256 of every
    /// image), alone, without the contents. Sends [`ProgressEvent::Image`]
    /// as it goes; `stop` ends it early (`interrupted`).
    pub fn verify(&mut self, stop: &AtomicBool, progress: &Sender<ProgressEvent>) -> ImageCheck {
        self.check_in_pass = true;
        let halt = || stop.load(Ordering::Relaxed);
        onepass::run(self, &[], 1, &|_| Err(io::Error::other("no contents")), &halt, progress, &|_, _| {});
        self.check().unwrap_or_else(|| self.check_from(HashOutcome::Interrupted))
    }

    /// The check's record for what the hashing came to.
    fn check_from(&self, outcome: HashOutcome) -> ImageCheck {
        let stored = self.ewf.as_ref().map(|e| e.stored_hashes()).unwrap_or_default();
        let mut check = ImageCheck {
            container: self.container,
            files: self.files.clone(),
            size: self.image.len(),
            bytes_read: 0,
            stored_md5: stored.md5.map(|h| h.to_hex()),
            stored_sha1: stored.sha1.map(|h| h.to_hex()),
            md5: None,
            sha1: None,
            sha256: None,
            result: "unreadable",
            error: None,
            problems: self
                .ewf
                .as_ref()
                .map(|e| e.problems().iter().map(|p| p.to_string()).collect())
                .unwrap_or_default(),
        };
        let (md5, sha1, sha256) = match outcome {
            HashOutcome::Done { md5, sha1, sha256 } => (md5, sha1, sha256),
            HashOutcome::Interrupted => {
                check.result = "interrupted";
                return check;
            }
            HashOutcome::Failed { offset, error } => {
                check.bytes_read = offset;
                check.error = Some(format!("{}: byte {offset}: {error}", self.path.display()));
                return check;
            }
        };
        check.bytes_read = check.size;
        let differs = |stored: &Option<String>, computed: &Option<String>| {
            stored.as_deref().is_some_and(|s| computed.as_deref() != Some(s))
        };
        check.result = if differs(&check.stored_md5, &md5) || differs(&check.stored_sha1, &sha1) {
            "mismatch"
        } else if check.stored_md5.is_some() || check.stored_sha1.is_some() {
            "verified"
        } else {
            "not_stored"
        };
        check.md5 = md5;
        check.sha1 = sha1;
        check.sha256 = sha256;
        check
    }

    /// The image's file name, the path of errors about the image itself.
    fn image_key(&self) -> OccurrenceKey {
        let name = self.path.file_name().map(|n| n.as_encoded_bytes().to_vec()).unwrap_or_default();
        OccurrenceKey::file(name)
    }

    /// Adds one content to the list.
    fn push(
        &mut self,
        out: &mut Vec<Content>,
        path: Vec<u8>,
        size: u64,
        times: FsTimes,
        disk: DiskPlace,
        bytes: Bytes,
    ) {
        out.push(content_of(path, size, times, disk, self.bytes.len()));
        self.bytes.push(bytes);
    }
}

/// The content of one file or carved item, with its reader's handle.
fn content_of(path: Vec<u8>, size: u64, times: FsTimes, disk: DiskPlace, handle: usize) -> Content {
    {
        let mut ledger_path = path.clone();
        // A deleted file may share its path with a live one, and a carved
        // item is known by its offset: the ledger tells them apart.
        ledger_path.push(0);
        ledger_path.extend_from_slice(disk.allocation.as_str().as_bytes());
        ledger_path.extend_from_slice(format!(":{}:{}", disk.fs_ref.unwrap_or(0), disk.offset.unwrap_or(0)).as_bytes());
        Content {
            path,
            ledger_path,
            size,
            // The file system's times: the occurrence keeps them, and a
            // resumed run skips a file done with the same size and time
            // without reading it again.
            modified: times.modified,
            modified_nanos: times.modified_nanos,
            accessed: times.accessed,
            created: times.created,
            disk: Some(disk),
            handle,
        }
    }
}

impl DiskReader {
    /// The files of one file system and what carving its free space finds.
    fn list_fs(
        &mut self,
        fs: &dyn FileSystem,
        start: u64,
        report: &mut VolumeReport,
        out: &mut Vec<Content>,
        problems: &mut Vec<IngestError>,
    ) {
        let prefix = format!("p{}", report.index);
        let mut entries: Vec<FsEntry> = Vec::new();
        let faults = fs.walk(&mut |e| {
            if !e.is_dir {
                entries.push(e);
            }
        });
        for fault in faults {
            report.errors += 1;
            problems.push(
                disk_error(prefix.as_bytes(), IngestErrorCode::DiskFileSystemDamaged)
                    .with_param("volume", report.index)
                    .with_detail(fault.to_string()),
            );
        }
        for e in entries {
            let allocation = if e.status.is_deleted() { Allocation::Deleted } else { Allocation::Allocated };
            if e.status == Status::DeletedNoData {
                report.deleted_without_data += 1;
                continue;
            }
            let mut path = prefix.as_bytes().to_vec();
            if !e.path.starts_with(b"/") {
                path.push(b'/');
            }
            path.extend_from_slice(&e.path);
            if e.partial {
                problems.push(disk_error(&path, IngestErrorCode::DiskContentPartial));
            }
            let extents: Vec<Extent> =
                e.extents.iter().map(|x| Extent { offset: start.saturating_add(x.offset), len: x.len }).collect();
            let offset = extents.first().map(|x| x.offset);
            let bytes = match e.resident {
                Some(data) => Bytes::Resident(data),
                None => Bytes::Extents(extents),
            };
            match allocation {
                Allocation::Deleted => report.deleted += 1,
                _ => report.allocated += 1,
            }
            let disk = DiskPlace {
                volume: report.index,
                fs_ref: Some(e.address),
                allocation,
                offset,
                metadata_offset: Some(start.saturating_add(e.metadata_offset)),
            };
            self.push(out, path, e.size, e.times, disk, bytes);
        }
        let free: Vec<Extent> = fs.unallocated().collect();
        report.free_bytes = free.iter().map(|x| x.len).sum();
        self.carve_range(start, free, Some(report.index));
    }

    /// Sets `ranges` (of the volume starting at `start`, its offsets) to
    /// be carved by the pass; `volume` is the report they count in (none:
    /// outside every partition).
    fn carve_range(&mut self, start: u64, ranges: Vec<Extent>, volume: Option<u32>) {
        for r in ranges {
            let range = Extent { offset: start.saturating_add(r.offset), len: r.len };
            self.ranges.push(CarveRange { volume: volume.unwrap_or(0), base: start, range });
            self.range_reports.push(volume);
        }
    }

    /// The items carving in the pass found, and those found by random
    /// access in what the pass did not reach, as contents (handles after
    /// the listed ones), counted in the layout.
    fn carved_contents(&self, found: CarveFound) -> (Vec<Extent>, Layout, Vec<Content>, Vec<IngestError>) {
        let mut items = found.items;
        let mut problems = Vec::new();
        for (i, part) in found.unscanned {
            let r = self.ranges[i];
            let volume = Slice::new(Arc::clone(&self.image), r.base, self.image.len().saturating_sub(r.base));
            let within = Extent { offset: part.offset.saturating_sub(r.base), len: part.len };
            let faults = carve(&volume, [within], self.carve, |c| {
                items.push((i, vilab_disk::carve::Carved { offset: r.base.saturating_add(c.offset), ..c }));
            });
            for fault in faults {
                problems.push(
                    disk_error(format!("p{}", r.volume).as_bytes(), IngestErrorCode::DiskImageUnreadable)
                        .with_param("offset", r.base.saturating_add(fault.offset))
                        .with_detail(fault.source.to_string()),
                );
            }
        }
        items.sort_by_key(|&(_, c)| c.offset);
        let mut layout = self.layout.clone();
        let mut extents = Vec::with_capacity(items.len());
        let mut out = Vec::with_capacity(items.len());
        for (i, c) in items {
            let volume = self.ranges[i].volume;
            let report = match self.range_reports[i] {
                Some(index) => layout.volumes.iter_mut().find(|v| v.index == index),
                None => layout.outside.as_mut(),
            };
            if let Some(report) = report {
                report.carved += 1;
            }
            let path = format!("p{volume}/$carved/{}.{}", c.offset, extension(c.kind)).into_bytes();
            let disk = DiskPlace {
                volume,
                fs_ref: None,
                allocation: Allocation::Carved,
                offset: Some(c.offset),
                metadata_offset: None,
            };
            out.push(content_of(path, c.len, FsTimes::default(), disk, self.bytes.len() + extents.len()));
            extents.push(Extent { offset: c.offset, len: c.len });
        }
        (extents, layout, out, problems)
    }
}

/// The runs of `0..len` that no volume covers, in order.
fn outside(len: u64, volumes: impl Iterator<Item = (u64, u64)>) -> Vec<Extent> {
    let mut taken: Vec<(u64, u64)> = volumes.map(|(start, n)| (start, start.saturating_add(n).min(len))).collect();
    taken.sort_unstable();
    let mut gaps = Vec::new();
    let mut at = 0u64;
    for (start, end) in taken {
        if start > at {
            gaps.push(Extent { offset: at, len: start.min(len) - at });
        }
        at = at.max(end);
    }
    if at < len {
        gaps.push(Extent { offset: at, len: len - at });
    }
    gaps
}

/// Whether `path` is the first file of a split set (`NAME.001`, `NAME.000`).
fn split_set(path: &Path) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    !ext.is_empty() && ext.len() <= 4 && ext.bytes().all(|b| b.is_ascii_digit())
}

/// The file extension a carved item is named with.
fn extension(kind: CarvedKind) -> &'static str {
    match kind {
        CarvedKind::Jpeg => "jpg",
        CarvedKind::Png => "png",
        CarvedKind::Gif => "gif",
        CarvedKind::Bmp => "bmp",
        CarvedKind::Webp => "webp",
        CarvedKind::Mp4 => "mp4",
    }
}

/// The name of a file system kind, as reported.
fn fs_name(kind: FsKind) -> &'static str {
    match kind {
        FsKind::Fat12 => "fat12",
        FsKind::Fat16 => "fat16",
        FsKind::Fat32 => "fat32",
        FsKind::Exfat => "exfat",
        FsKind::Ext => "ext",
        FsKind::Ntfs => "ntfs",
    }
}

/// What a volume's table entry says, in a few words.
fn entry_text(kind: &VolumeKind) -> String {
    match kind {
        VolumeKind::Mbr { type_byte, logical, .. } => {
            format!("mbr{} 0x{type_byte:02x}", if *logical { " logical" } else { "" })
        }
        VolumeKind::Gpt { type_guid, name, .. } if name.is_empty() => format!("gpt {type_guid}"),
        VolumeKind::Gpt { type_guid, name, .. } => format!("gpt {type_guid} {name:?}"),
        VolumeKind::Whole => "whole disk".into(),
    }
}

/// An error row of the disk's structure (not of one content's bytes).
fn disk_error(path: &[u8], code: IngestErrorCode) -> IngestError {
    IngestError::new(OccurrenceKey::file(path.to_vec()), ErrorStage::Read, code)
}

impl ExhibitReader for DiskReader {
    fn list(&mut self) -> (Vec<Content>, Vec<IngestError>) {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        self.bytes.clear();
        self.ranges.clear();
        self.range_reports.clear();
        let image = Arc::clone(&self.image);
        let table = read_volumes(&*image);
        let mut layout = Layout {
            scheme: match table.scheme {
                Scheme::Mbr => "mbr",
                Scheme::Gpt => "gpt",
                Scheme::None => "none",
            }
            .into(),
            sector_size: table.sector_size,
            ..Layout::default()
        };
        for fault in &table.errors {
            layout.errors.push(fault.to_string());
            problems.push(
                disk_error(&self.image_key().path, IngestErrorCode::DiskPartitionTable).with_detail(fault.to_string()),
            );
        }
        for v in &table.volumes {
            let mut report = VolumeReport {
                index: v.index,
                start: v.start,
                len: v.len,
                entry: entry_text(&v.kind),
                ..VolumeReport::default()
            };
            let volume = Slice::new(Arc::clone(&image), v.start, v.len);
            match disk_fs::open(volume.clone()) {
                Ok(fs) => {
                    report.file_system = Some(fs_name(fs.kind()).into());
                    self.list_fs(&*fs, v.start, &mut report, &mut out, &mut problems);
                }
                Err(why) => {
                    // An extended partition's container entry holds no file
                    // system: its logical volumes follow as their own.
                    let extended =
                        matches!(v.kind, VolumeKind::Mbr { type_byte: 0x05 | 0x0f | 0x85, logical: false, .. });
                    if !extended {
                        report.errors += 1;
                        problems.push(
                            disk_error(format!("p{}", v.index).as_bytes(), IngestErrorCode::DiskNoFileSystem)
                                .with_param("volume", v.index)
                                .with_detail(why.to_string()),
                        );
                        let whole = vec![Extent { offset: 0, len: volume.len() }];
                        report.free_bytes = volume.len();
                        self.carve_range(v.start, whole, Some(v.index));
                    }
                }
            }
            layout.volumes.push(report);
        }
        // What lies outside every partition (before the first, between
        // two, after the last) is carved too, as volume 0: data hidden
        // there, or left by an earlier partitioning.
        if table.scheme != Scheme::None {
            let gaps = outside(image.len(), table.volumes.iter().map(|v| (v.start, v.len)));
            let mut report = VolumeReport {
                index: 0,
                start: 0,
                len: image.len(),
                entry: "outside".into(),
                ..VolumeReport::default()
            };
            report.free_bytes = gaps.iter().map(|x| x.len).sum();
            self.carve_range(0, gaps, None);
            layout.outside = Some(report);
        }
        self.layout = layout;
        (out, problems)
    }

    fn medium(&self) -> Option<&dyn Medium> {
        Some(self)
    }

    /// The items carved in the pass (once, after it).
    fn discovered(&self) -> (Vec<Content>, Vec<IngestError>) {
        let Some(found) = self.found.lock().unwrap_or_else(PoisonError::into_inner).take() else {
            return (Vec::new(), Vec::new());
        };
        let (extents, layout, contents, problems) = self.carved_contents(found);
        if self.discovered.set((extents, layout)).is_err() {
            return (Vec::new(), Vec::new());
        }
        (contents, problems)
    }

    fn open(&self, content: &Content) -> io::Result<Box<dyn Read + Send + '_>> {
        match self.bytes.get(content.handle) {
            Some(Bytes::Extents(extents)) => Ok(Box::new(ImageBytes(ExtentReader::new(&*self.image, extents)))),
            Some(Bytes::Resident(data)) => Ok(Box::new(&data[..])),
            None => {
                let carved = self.discovered.get().and_then(|(extents, _)| {
                    extents.get(content.handle.checked_sub(self.bytes.len())?..=content.handle - self.bytes.len())
                });
                match carved {
                    Some(extent) => Ok(Box::new(ImageBytes(ExtentReader::new(&*self.image, extent)))),
                    None => Err(io::Error::other("no such content in the disk's list")),
                }
            }
        }
    }
}

/// A content's bytes from the image, its errors told apart by
/// [`onepass::image_error`].
struct ImageBytes<R>(R);

impl<R: Read> Read for ImageBytes<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(onepass::image_error)
    }
}

impl Medium for DiskReader {
    fn image(&self) -> &dyn ReadAt {
        &*self.image
    }

    fn runs(&self, handle: usize) -> Option<&[Extent]> {
        match self.bytes.get(handle) {
            Some(Bytes::Extents(extents)) => Some(extents),
            _ => None,
        }
    }

    /// The hashes the container stores, to compare, and the SHA-256 of
    /// every image; a raw image stores none, so its record is the SHA-256
    /// alone (MD5 and SHA-1 would cost the pass more than the contents'
    /// own three digests, for no comparison).
    fn hashes(&self) -> Hashes {
        if !self.check_in_pass {
            return Hashes::default();
        }
        let stored = self.ewf.as_ref().map(|e| e.stored_hashes()).unwrap_or_default();
        Hashes { md5: stored.md5.is_some(), sha1: stored.sha1.is_some(), sha256: true }
    }

    fn hashed(&self, outcome: HashOutcome) {
        *self.hashed.lock().unwrap_or_else(PoisonError::into_inner) = Some(outcome);
    }

    fn chunk_size(&self) -> usize {
        self.pass_chunk
    }

    fn carve_ranges(&self) -> (&[CarveRange], CarveOptions) {
        (&self.ranges, self.carve)
    }

    fn carved(&self, found: CarveFound) {
        *self.found.lock().unwrap_or_else(PoisonError::into_inner) = Some(found);
    }
}
