//! Positioned reads over an image ([`ReadAt`]), and the raw containers: one
//! file (`.dd`, `.raw`, `.img`), a split set (`.001`, `.002`, …), bytes in
//! memory, and a window onto part of another image (a volume).

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::ImageError;

/// Reads at an absolute offset, through `&self`: one image is shared by many
/// readers (threads, volumes, file systems) without a cursor.
///
/// `read_at` fills the whole buffer or fails: a read reaching past
/// [`len`](ReadAt::len) is an [`io::ErrorKind::UnexpectedEof`] error, never a
/// short read.
pub trait ReadAt: Send + Sync {
    /// Size of the image in bytes.
    fn len(&self) -> u64;

    /// Fills `buf` with the bytes at `off`.
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()>;

    /// Whether the image holds no bytes.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T: ReadAt + ?Sized> ReadAt for &T {
    fn len(&self) -> u64 {
        (**self).len()
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        (**self).read_at(off, buf)
    }
}

impl<T: ReadAt + ?Sized> ReadAt for Arc<T> {
    fn len(&self) -> u64 {
        (**self).len()
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        (**self).read_at(off, buf)
    }
}

impl<T: ReadAt + ?Sized> ReadAt for Box<T> {
    fn len(&self) -> u64 {
        (**self).len()
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        (**self).read_at(off, buf)
    }
}

/// The error of a read that would end past `len`.
pub(crate) fn eof(off: u64, want: usize, len: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        format!("read of {want} bytes at offset {off} passes the end of the image ({len} bytes)"),
    )
}

/// Checks that `want` bytes at `off` lie within `len`.
pub(crate) fn check_range(off: u64, want: usize, len: u64) -> io::Result<()> {
    match off.checked_add(want as u64) {
        Some(end) if end <= len => Ok(()),
        _ => Err(eof(off, want, len)),
    }
}

/// Bytes in memory as an image (tests, fuzzing, a small image read whole).
#[derive(Debug, Clone)]
pub struct MemImage<B>(pub B);

impl<B: AsRef<[u8]> + Send + Sync> ReadAt for MemImage<B> {
    fn len(&self) -> u64 {
        self.0.as_ref().len() as u64
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        let bytes = self.0.as_ref();
        check_range(off, buf.len(), bytes.len() as u64)?;
        let start = off as usize;
        buf.copy_from_slice(&bytes[start..start + buf.len()]);
        Ok(())
    }
}

/// One file read as an image (`.dd`, `.raw`, `.img`, or any file), or a
/// block device (`/dev/sdb`, a loop device) read as the raw image it is.
#[derive(Debug)]
pub struct RawImage {
    file: File,
    len: u64,
    path: PathBuf,
    /// Reads go by whole sectors of this many bytes (a block device), or
    /// as asked (1: a regular file).
    sector: u64,
}

/// The sector a block device is read by: every Linux block device's
/// logical block is a multiple of 512 bytes, and the kernel accepts reads
/// on its boundaries whatever the device's own size.
pub const DEVICE_SECTOR: u64 = 512;

impl RawImage {
    /// Opens `path` read-only; its size is taken once, now. A block device
    /// reports no length in its metadata, so its size is found by seeking
    /// to its end ([`len_by_seek`]) and it is read by whole sectors.
    pub fn open(path: &Path) -> Result<Self, ImageError> {
        let io_err = |source| ImageError::Io { path: path.to_path_buf(), source };
        let file = File::open(path).map_err(io_err)?;
        let meta = file.metadata().map_err(io_err)?;
        let device = is_device(&meta.file_type());
        let len = if device { len_by_seek(&file).map_err(io_err)? } else { meta.len() };
        let sector = if device { DEVICE_SECTOR } else { 1 };
        Ok(Self { file, len, path: path.to_path_buf(), sector })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this is a block device rather than a file.
    pub fn is_device(&self) -> bool {
        self.sector > 1
    }
}

/// Whether a file type is a block device (read as a raw image).
pub fn is_device(kind: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_block_device()
}

/// The size of an open file or device, by seeking to its end (where its
/// metadata says 0, as a block device's does); the position is put back
/// at the start.
pub fn len_by_seek(file: &File) -> io::Result<u64> {
    use std::io::{Seek, SeekFrom};
    let mut f = file;
    let len = f.seek(SeekFrom::End(0))?;
    f.seek(SeekFrom::Start(0))?;
    Ok(len)
}

/// Reads `buf.len()` bytes at `off` of `file` by whole `sector`s: the
/// aligned middle straight into `buf`, a partial first or last sector
/// through a sector-sized buffer.
pub fn read_sectors(file: &File, sector: u64, off: u64, buf: &mut [u8]) -> io::Result<()> {
    let mut at = off;
    let mut done = 0usize;
    let mut bounce = Vec::new();
    while done < buf.len() {
        let left = (buf.len() - done) as u64;
        let skew = at % sector;
        if skew == 0 && left >= sector {
            let n = (left - left % sector) as usize;
            file.read_exact_at(&mut buf[done..done + n], at)?;
            done += n;
            at += n as u64;
        } else {
            bounce.resize(sector as usize, 0);
            file.read_exact_at(&mut bounce, at - skew)?;
            let n = ((sector - skew).min(left)) as usize;
            buf[done..done + n].copy_from_slice(&bounce[skew as usize..skew as usize + n]);
            done += n;
            at += n as u64;
        }
    }
    Ok(())
}

impl ReadAt for RawImage {
    fn len(&self) -> u64 {
        self.len
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        check_range(off, buf.len(), self.len)?;
        if self.sector > 1 {
            read_sectors(&self.file, self.sector, off, buf)
        } else {
            self.file.read_exact_at(buf, off)
        }
    }
}

/// One file of a split raw image.
#[derive(Debug)]
struct Part {
    file: File,
    path: PathBuf,
    start: u64,
    len: u64,
}

/// A raw image split into numbered files (`disk.001`, `disk.002`, …), read
/// as one. The parts may differ in size.
#[derive(Debug)]
pub struct SplitRaw {
    parts: Vec<Part>,
    len: u64,
}

/// At most this many parts in a split set (`.001` to `.9999`).
const MAX_SPLIT_PARTS: u64 = 9999;

impl SplitRaw {
    /// Opens the set that `first` (`NAME.001`, or `NAME.000` for sets
    /// numbered from zero) starts. The other parts are found in its folder:
    /// every `NAME.N` with a number of the same width. A number missing
    /// between the first and the last found is an error naming the missing
    /// file; a first file whose name does not end in digits is an error too.
    pub fn open(first: &Path) -> Result<Self, ImageError> {
        let (stem, digits) = split_name(first).ok_or_else(|| ImageError::NotSplit { path: first.to_path_buf() })?;
        let width = digits.len();
        let start: u64 = digits.parse().map_err(|_| ImageError::NotSplit { path: first.to_path_buf() })?;
        let dir = match first.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut numbers = Vec::new();
        let read_dir = std::fs::read_dir(&dir).map_err(|source| ImageError::Io { path: dir.clone(), source })?;
        for entry in read_dir {
            let entry = entry.map_err(|source| ImageError::Io { path: dir.clone(), source })?;
            let path = entry.path();
            if let Some((s, d)) = split_name(&path)
                && s == stem
                && d.len() == width
                && let Ok(n) = d.parse::<u64>()
                && n >= start
                && n - start < MAX_SPLIT_PARTS
            {
                numbers.push(n);
            }
        }
        numbers.sort_unstable();
        let last = numbers.last().copied().unwrap_or(start);
        let mut parts = Vec::new();
        let mut pos = 0u64;
        for n in start..=last {
            let path = dir.join(format!("{stem}.{n:0width$}"));
            if numbers.binary_search(&n).is_err() {
                return Err(ImageError::MissingSegment { path });
            }
            let io_err = |source| ImageError::Io { path: path.clone(), source };
            let file = File::open(&path).map_err(io_err)?;
            let len = file.metadata().map_err(io_err)?.len();
            parts.push(Part { file, path, start: pos, len });
            pos = pos.checked_add(len).ok_or(ImageError::TooLarge)?;
        }
        Ok(Self { parts, len: pos })
    }

    /// The parts' paths, in order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.parts.iter().map(|p| p.path.as_path())
    }
}

/// `disk.001` as (`disk`, `001`): the stem as UTF-8 and an extension of
/// ASCII digits only.
fn split_name(path: &Path) -> Option<(String, String)> {
    let name = path.file_name()?.to_str()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (!ext.is_empty() && ext.len() <= 4 && ext.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (stem.to_string(), ext.to_string()))
}

impl ReadAt for SplitRaw {
    fn len(&self) -> u64 {
        self.len
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        check_range(off, buf.len(), self.len)?;
        let mut done = 0usize;
        while done < buf.len() {
            let pos = off + done as u64;
            // The part holding `pos`: the last whose start is <= pos, skipping empty parts.
            let idx = self.parts.partition_point(|p| p.start + p.len <= pos);
            let part = self.parts.get(idx).ok_or_else(|| eof(off, buf.len(), self.len))?;
            let within = pos - part.start;
            let n = usize::try_from(part.len - within).unwrap_or(usize::MAX).min(buf.len() - done);
            part.file
                .read_exact_at(&mut buf[done..done + n], within)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: offset {within}: {e}", part.path.display())))?;
            done += n;
        }
        Ok(())
    }
}

/// A window onto `len` bytes of another image from `start` (a partition).
#[derive(Debug, Clone)]
pub struct Slice<R> {
    inner: R,
    start: u64,
    len: u64,
}

impl<R: ReadAt> Slice<R> {
    /// The bytes `start..start + len` of `inner`, cut to what `inner` holds.
    pub fn new(inner: R, start: u64, len: u64) -> Self {
        let start = start.min(inner.len());
        let len = len.min(inner.len() - start);
        Self { inner, start, len }
    }

    /// Where the window starts in the image below.
    pub fn start(&self) -> u64 {
        self.start
    }
}

impl<R: ReadAt> ReadAt for Slice<R> {
    fn len(&self) -> u64 {
        self.len
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        check_range(off, buf.len(), self.len)?;
        self.inner.read_at(self.start + off, buf)
    }
}

/// A [`std::io::Read`] over `len` bytes from `start` of an image, through a
/// fixed buffer of the caller's reads.
#[derive(Debug)]
pub struct RangeReader<R> {
    inner: R,
    pos: u64,
    end: u64,
}

impl<R: ReadAt> RangeReader<R> {
    /// Reads `start..start + len` (cut to the image's end).
    pub fn new(inner: R, start: u64, len: u64) -> Self {
        let end = start.saturating_add(len).min(inner.len());
        Self { inner, pos: start.min(end), end }
    }
}

impl<R: ReadAt> io::Read for RangeReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = usize::try_from(self.end - self.pos).unwrap_or(usize::MAX).min(buf.len());
        if n == 0 {
            return Ok(0);
        }
        self.inner.read_at(self.pos, &mut buf[..n])?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// A run of bytes of an image: where it starts and how long it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Extent {
    /// First byte.
    pub offset: u64,
    /// Length in bytes.
    pub len: u64,
}

/// Where byte `pos` of the content laid out by `extents` lies in the image.
pub fn offset_in(extents: &[Extent], pos: u64) -> Option<u64> {
    let mut skipped = 0u64;
    for e in extents {
        if pos < skipped + e.len {
            return Some(e.offset + (pos - skipped));
        }
        skipped += e.len;
    }
    None
}

/// A [`std::io::Read`] over a content laid out in extents of an image (a
/// file of a file system): reads as the caller asks, never the whole.
#[derive(Debug)]
pub struct ExtentReader<'a, R: ?Sized> {
    img: &'a R,
    extents: &'a [Extent],
    /// Index of the current extent and the position within it.
    at: (usize, u64),
}

impl<'a, R: ReadAt + ?Sized> ExtentReader<'a, R> {
    /// Reads the extents of `img` in order.
    pub fn new(img: &'a R, extents: &'a [Extent]) -> Self {
        Self { img, extents, at: (0, 0) }
    }
}

impl<R: ReadAt + ?Sized> io::Read for ExtentReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while let Some(e) = self.extents.get(self.at.0) {
            let left = e.len - self.at.1.min(e.len);
            if left == 0 {
                self.at = (self.at.0 + 1, 0);
                continue;
            }
            let n = usize::try_from(left).unwrap_or(usize::MAX).min(buf.len());
            self.img.read_at(e.offset + self.at.1, &mut buf[..n])?;
            self.at.1 += n as u64;
            return Ok(n);
        }
        Ok(0)
    }
}

/// Brent's cycle detection over a cluster chain, in constant memory: a
/// chain of a huge file would make a visited set as large as the file's
/// cluster count. Fed each cluster in turn, it says `true` once the chain
/// has come back to a cluster it passed (within twice the loop's length).
#[derive(Debug)]
pub(crate) struct LoopGuard {
    tortoise: u32,
    power: u64,
    steps: u64,
}

impl LoopGuard {
    pub(crate) fn new(first: u32) -> Self {
        Self { tortoise: first, power: 1, steps: 0 }
    }

    /// Whether `next`, the cluster after the ones seen so far, closes a loop.
    pub(crate) fn looped(&mut self, next: u32) -> bool {
        if next == self.tortoise {
            return true;
        }
        self.steps += 1;
        if self.steps == self.power {
            self.tortoise = next;
            self.power = self.power.saturating_mul(2);
            self.steps = 0;
        }
        false
    }
}

/// The number of distinct clusters of a chain from `first` that loops
/// through `meet` (a cluster on the loop): the clusters before the loop and
/// the loop's own. `None` if `next` fails or `max_steps` pass first.
pub(crate) fn distinct_in_loop(
    first: u32,
    meet: u32,
    max_steps: u64,
    next: impl Fn(u32) -> Option<u32>,
) -> Option<u64> {
    let mut lam = 1u64;
    let mut c = next(meet)?;
    while c != meet {
        c = next(c)?;
        lam += 1;
        if lam > max_steps {
            return None;
        }
    }
    let (mut a, mut b) = (first, first);
    for _ in 0..lam {
        b = next(b)?;
    }
    let mut mu = 0u64;
    while a != b {
        a = next(a)?;
        b = next(b)?;
        mu += 1;
        if mu > max_steps {
            return None;
        }
    }
    Some(mu + lam)
}

/// Cuts extents to their first `bytes` bytes.
pub(crate) fn truncate_extents(extents: &mut Vec<Extent>, bytes: u64) {
    let mut left = bytes;
    extents.retain_mut(|e| {
        if left == 0 {
            return false;
        }
        e.len = e.len.min(left);
        left -= e.len;
        true
    });
}

/// Opens an image by its name and first bytes: an EWF segment (`EVF`
/// signature) as [`crate::ewf::EwfImage`] with all its segments, a name
/// ending in digits (`.001`) as a [`SplitRaw`] set, anything else as one
/// [`RawImage`].
pub fn open_image(path: &Path) -> Result<Box<dyn ReadAt>, ImageError> {
    let raw = RawImage::open(path)?;
    let mut magic = [0u8; 8];
    if raw.len() >= 8 && raw.read_at(0, &mut magic).is_ok() && magic == crate::ewf::EVF_SIGNATURE {
        return Ok(Box::new(crate::ewf::EwfImage::open(path)?));
    }
    if !raw.is_device() && split_name(path).is_some() {
        return Ok(Box::new(SplitRaw::open(path)?));
    }
    Ok(Box::new(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_of_memory_read_within_bounds_only() {
        let data = MemImage((0..=255).collect::<Vec<u8>>());
        let s = Slice::new(&data, 10, 20);
        let mut b = [0u8; 5];
        s.read_at(15, &mut b).unwrap();
        assert_eq!(b, [25, 26, 27, 28, 29]);
        assert_eq!(s.read_at(16, &mut b).unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
        assert_eq!(s.read_at(u64::MAX, &mut b).unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
        let big = Slice::new(&data, 250, 1 << 40);
        assert_eq!(big.len(), 6);
    }

    #[test]
    fn loops_are_found_in_constant_memory_and_measured() {
        // 2 -> 3 -> ... -> 1001 -> 500 (a loop of 502 after 498 clusters).
        let next = |c: u32| Some(if c == 1001 { 500 } else { c + 1 });
        let mut guard = LoopGuard::new(2);
        let mut c = 2;
        let mut steps = 0;
        let meet = loop {
            let n = next(c).unwrap();
            steps += 1;
            if guard.looped(n) {
                break n;
            }
            c = n;
        };
        assert!(steps <= 2 * 1000 + 2, "{steps}");
        assert_eq!(distinct_in_loop(2, meet, 10_000, next), Some(1000));
        assert_eq!(distinct_in_loop(2, meet, 10, next), None);
        // A chain of one cluster pointing at itself.
        let mut g = LoopGuard::new(7);
        assert!(g.looped(7));
        assert_eq!(distinct_in_loop(7, 7, 10, |_| Some(7)), Some(1));
        let mut e = vec![Extent { offset: 0, len: 10 }, Extent { offset: 50, len: 10 }, Extent { offset: 90, len: 5 }];
        truncate_extents(&mut e, 15);
        assert_eq!(e, [Extent { offset: 0, len: 10 }, Extent { offset: 50, len: 5 }]);
    }

    #[test]
    fn split_names() {
        assert_eq!(split_name(Path::new("/x/disk.001")), Some(("disk".into(), "001".into())));
        assert_eq!(split_name(Path::new("disk.img")), None);
        assert_eq!(split_name(Path::new("disk.E01")), None);
    }
}
