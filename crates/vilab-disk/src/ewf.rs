//! EWF (Expert Witness Format, EnCase `.E01`) images: every segment of a
//! set, read as one [`ReadAt`], every chunk checked (Adler-32 of an
//! uncompressed chunk, zlib's Adler-32 of a compressed one), and the stored
//! MD5 / SHA-1 verified against a full read.
//!
//! Written from the format as libewf's documentation describes it ("Expert
//! Witness Compression Format (EWF)", Joachim Metz): a segment file starts
//! with the 13-byte header `EVF\t\r\n\xff\0`, 1, segment number (u16 LE), 0;
//! then sections, each a 76-byte descriptor (type, 16 bytes NUL-padded;
//! offset of the next descriptor in the file, u64; size of the section with
//! its descriptor, u64; 40 bytes of padding; Adler-32 of the first 72 bytes).
//! Read here: `volume`/`disk`/`data` (media geometry), `sectors` (chunk
//! data), `table` and its copy `table2` (a 24-byte header: entry count,
//! base offset, Adler-32; then u32 entries, bit 31 = compressed, the rest an
//! offset from the base; then the entries' Adler-32), `hash` (MD5), `digest`
//! (MD5 and SHA-1), `next` and `done` (the ends of a segment and of the set).
//! Others (`header`, `header2`, `error2`, `session`, …) are stepped over.
//!
//! Memory does not grow with the image: opening reads only the section
//! descriptors and the table headers; a table's entries are read when a
//! chunk it holds is, into a cache of a few tables, and decoded chunks go
//! into a cache of at most [`CHUNK_CACHE_BYTES`].

use crate::le::{u16_at, u32_at, u64_at};
use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use vilab_core::{DigestsBuilder, Md5, Sha1, Sha256};

use crate::ImageError;
use crate::image::{RawImage, ReadAt, check_range};

/// The first eight bytes of every EWF-E01 segment file.
pub const EVF_SIGNATURE: [u8; 8] = *b"EVF\x09\x0d\x0a\xff\x00";

const FILE_HEADER_LEN: u64 = 13;
const DESCRIPTOR_LEN: u64 = 76;
/// Largest chunk accepted (ewfacquire's largest is 32768 sectors of 512
/// bytes, 16 MiB; 4096-byte sectors make 128 MiB, refused as absurd).
pub const MAX_CHUNK_SIZE: u32 = 64 << 20;
/// Most entries accepted in one table (EnCase writes at most 16375).
const MAX_TABLE_ENTRIES: u32 = 1 << 20;
/// Most sections walked in one segment file.
const MAX_SECTIONS: usize = 1 << 20;
/// Decoded chunks kept for the next reads, in bytes (at least one chunk).
pub const CHUNK_CACHE_BYTES: usize = 8 << 20;
/// Tables whose entries are kept for the next reads.
const TABLE_CACHE: usize = 4;

/// What the volume section says of the media.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaInfo {
    /// Bytes per sector.
    pub bytes_per_sector: u32,
    /// Sectors per chunk.
    pub sectors_per_chunk: u32,
    /// Number of sectors of the media.
    pub sector_count: u64,
    /// Number of chunks the volume section declares.
    pub chunk_count: u32,
}

/// The hashes stored in the image by the acquiring tool.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoredHashes {
    /// MD5 of the media, from the `hash` or `digest` section.
    pub md5: Option<Md5>,
    /// SHA-1 of the media, from the `digest` section.
    pub sha1: Option<Sha1>,
}

/// A stored hash against the one computed over a full read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashCheck<D> {
    /// The stored value is the computed one.
    Match(D),
    /// They differ.
    Mismatch {
        /// What the image stores.
        stored: D,
        /// What the full read gave.
        computed: D,
    },
    /// The image stores no such hash.
    NotStored {
        /// What the full read gave.
        computed: D,
    },
}

impl<D: Copy> HashCheck<D> {
    fn new(stored: Option<D>, computed: D) -> Self
    where
        D: PartialEq,
    {
        match stored {
            Some(s) if s == computed => Self::Match(s),
            Some(stored) => Self::Mismatch { stored, computed },
            None => Self::NotStored { computed },
        }
    }

    /// The value the full read gave.
    pub fn computed(&self) -> D {
        match *self {
            Self::Match(d) | Self::Mismatch { computed: d, .. } | Self::NotStored { computed: d } => d,
        }
    }
}

/// The result of [`EwfImage::verify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verification {
    /// MD5, stored against computed.
    pub md5: HashCheck<Md5>,
    /// SHA-1, stored against computed.
    pub sha1: HashCheck<Sha1>,
    /// SHA-256 of the media (EWF v1 stores none).
    pub sha256: Sha256,
    /// Bytes read.
    pub bytes: u64,
}

impl Verification {
    /// At least one hash was stored, and none differs from the full read.
    pub fn verified(&self) -> bool {
        let mismatch =
            matches!(self.md5, HashCheck::Mismatch { .. }) || matches!(self.sha1, HashCheck::Mismatch { .. });
        let any = matches!(self.md5, HashCheck::Match(_)) || matches!(self.sha1, HashCheck::Match(_));
        any && !mismatch
    }
}

struct Segment {
    src: Box<dyn ReadAt>,
    path: PathBuf,
    len: u64,
}

impl std::fmt::Debug for Segment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segment").field("path", &self.path).field("len", &self.len).finish()
    }
}

/// One `table` section: where its entries lie and which chunks they are.
#[derive(Debug, Clone)]
struct Table {
    segment: usize,
    first_chunk: u64,
    count: u32,
    /// Offset of the table section's descriptor in its segment.
    section_at: u64,
    /// Offset of the first entry in the segment.
    entries_at: u64,
    /// Whether the section holds the entries' Adler-32 after them.
    entries_checksum: bool,
    /// What the entries' offsets are relative to.
    base: u64,
    /// Where the last chunk's data ends: the end of the `sectors` section
    /// before the table, or the table itself.
    data_end: u64,
    /// The `table2` copy's entries offset, when there is one.
    backup_at: Option<u64>,
}

#[derive(Debug, Default)]
struct Cache {
    chunks: VecDeque<(u64, Arc<Vec<u8>>)>,
    chunk_bytes: usize,
    tables: VecDeque<(usize, Arc<Vec<u32>>)>,
}

/// An EWF-E01 image: all the segments of a set, read as the media they hold.
#[derive(Debug)]
pub struct EwfImage {
    segments: Vec<Segment>,
    tables: Vec<Table>,
    media: MediaInfo,
    chunk_size: u32,
    media_size: u64,
    /// Chunks the tables hold.
    chunks_in_tables: u64,
    stored: StoredHashes,
    problems: Vec<ImageError>,
    cache: Mutex<Cache>,
}

/// The name of segment `n` (1-based) after the first's extension: `E01` …
/// `E99`, `EAA` … `EZZ`, `FAA` … `ZZZ`, in the first's case.
fn segment_extension(first: &str, n: u32) -> Option<String> {
    let mut chars = first.chars();
    let lead = chars.next()?;
    if !lead.is_ascii_alphabetic() {
        return None;
    }
    let lower = lead.is_ascii_lowercase();
    let lead = lead.to_ascii_uppercase();
    let ext = if n == 0 {
        return None;
    } else if n <= 99 {
        format!("{lead}{n:02}")
    } else {
        let k = n - 100;
        let first_letter = u32::from(lead) + k / (26 * 26);
        if first_letter > u32::from('Z') {
            return None;
        }
        let c1 = char::from_u32(first_letter)?;
        let c2 = char::from_u32(u32::from('A') + (k / 26) % 26)?;
        let c3 = char::from_u32(u32::from('A') + k % 26)?;
        format!("{c1}{c2}{c3}")
    };
    Some(if lower { ext.to_ascii_lowercase() } else { ext })
}

fn adler32(bytes: &[u8]) -> u32 {
    adler2::adler32_slice(bytes)
}

impl Segment {
    fn read(&self, off: u64, buf: &mut [u8], what: &'static str) -> Result<(), ImageError> {
        if off.checked_add(buf.len() as u64).is_none_or(|end| end > self.len) {
            return Err(ImageError::Truncated { path: self.path.clone(), offset: off, what });
        }
        self.src.read_at(off, buf).map_err(|source| ImageError::Io { path: self.path.clone(), source })
    }
}

/// What a walk of the sections of a segment found at its end.
enum SegmentEnd {
    Next,
    Done,
}

/// State of the walk over the sections of all segments while opening.
struct Opening {
    media: Option<(MediaInfo, PathBuf, u64)>,
    tables: Vec<Table>,
    chunks: u64,
    stored: StoredHashes,
    problems: Vec<ImageError>,
}

impl EwfImage {
    /// Opens the set whose first segment is `first` (`NAME.E01`): the next
    /// segments are `NAME.E02` … in the same folder, until one ends with a
    /// `done` section. A segment named by a `next` section but absent is an
    /// error naming its file.
    pub fn open(first: &Path) -> Result<Self, ImageError> {
        Self::open_set(first, false)
    }

    /// Opens what can be read of a damaged set: once the volume section
    /// is read, a missing segment or one cut short ends the set there, the
    /// error kept in [`EwfImage::problems`] (and the chunks past it missing,
    /// so that reading them fails). A seized image is examined for what it
    /// still holds; [`EwfImage::open`] refuses such a set outright.
    pub fn open_partial(first: &Path) -> Result<Self, ImageError> {
        Self::open_set(first, true)
    }

    fn open_set(first: &Path, partial: bool) -> Result<Self, ImageError> {
        let name = first
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| ImageError::NotEwf { path: first.to_path_buf() })?;
        let (stem, ext) = name.rsplit_once('.').ok_or_else(|| ImageError::NotEwf { path: first.to_path_buf() })?;
        Self::open_with(first, partial, |n| {
            let path = if n == 1 {
                first.to_path_buf()
            } else {
                let Some(ext) = segment_extension(ext, n) else {
                    return Err(ImageError::MissingSegment { path: first.with_file_name(format!("{stem}.?")) });
                };
                first.with_file_name(format!("{stem}.{ext}"))
            };
            match RawImage::open(&path) {
                Ok(raw) => Ok((path, Box::new(raw) as Box<dyn ReadAt>)),
                Err(ImageError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound && n > 1 => {
                    Err(ImageError::MissingSegment { path })
                }
                Err(e) => Err(e),
            }
        })
    }

    /// Opens a set from segments already at hand (in memory, say), in
    /// order, each with the name its errors are to carry.
    pub fn from_segments(segments: Vec<(PathBuf, Box<dyn ReadAt>)>) -> Result<Self, ImageError> {
        let first = segments.first().map(|(p, _)| p.clone()).unwrap_or_default();
        let mut parts = segments.into_iter();
        Self::open_with(&first, false, |n| {
            parts.next().ok_or_else(|| ImageError::MissingSegment { path: PathBuf::from(format!("segment {n}")) })
        })
    }

    fn open_with(
        first: &Path,
        partial: bool,
        mut next_segment: impl FnMut(u32) -> Result<(PathBuf, Box<dyn ReadAt>), ImageError>,
    ) -> Result<Self, ImageError> {
        let mut opening = Opening {
            media: None,
            tables: Vec::new(),
            chunks: 0,
            stored: StoredHashes::default(),
            problems: Vec::new(),
        };
        let mut segments: Vec<Segment> = Vec::new();
        let mut n = 1u32;
        loop {
            let walked = next_segment(n).and_then(|(path, src)| {
                let len = src.len();
                segments.push(Segment { src, path, len });
                let index = segments.len() - 1;
                opening.walk(&segments[index], index, n)
            });
            match walked {
                Ok(SegmentEnd::Done) => break,
                Ok(SegmentEnd::Next) => n += 1,
                Err(e) if partial && opening.media.is_some() => {
                    opening.problems.push(e);
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        let Some((media, vol_path, vol_at)) = opening.media else {
            return Err(ImageError::NoVolume { path: first.to_path_buf() });
        };
        let chunk_size = media.sectors_per_chunk.checked_mul(media.bytes_per_sector).unwrap_or(0);
        if chunk_size == 0 || chunk_size > MAX_CHUNK_SIZE {
            return Err(ImageError::BadVolume { path: vol_path, offset: vol_at, reason: "chunk size zero or absurd" });
        }
        let media_size = media
            .sector_count
            .checked_mul(u64::from(media.bytes_per_sector))
            .ok_or(ImageError::BadVolume { path: vol_path.clone(), offset: vol_at, reason: "media size overflows" })?;
        let needed = media_size.div_ceil(u64::from(chunk_size));
        if opening.chunks < needed {
            opening.problems.push(ImageError::ChunksMissing { needed, found: opening.chunks });
        }
        Ok(Self {
            segments,
            tables: opening.tables,
            media,
            chunk_size,
            media_size,
            chunks_in_tables: opening.chunks,
            stored: opening.stored,
            problems: opening.problems,
            cache: Mutex::new(Cache::default()),
        })
    }

    /// The media's geometry as the volume section gives it.
    pub fn media(&self) -> MediaInfo {
        self.media
    }

    /// Bytes per chunk.
    pub fn chunk_size(&self) -> u32 {
        self.chunk_size
    }

    /// The hashes the acquiring tool stored.
    pub fn stored_hashes(&self) -> StoredHashes {
        self.stored
    }

    /// The segment files, in order.
    pub fn segment_paths(&self) -> impl Iterator<Item = &Path> {
        self.segments.iter().map(|s| s.path.as_path())
    }

    /// What was wrong but did not stop the image from opening: a damaged
    /// table read from its copy, a hash section whose checksum fails, fewer
    /// chunks than the media needs.
    pub fn problems(&self) -> &[ImageError] {
        &self.problems
    }

    /// Reads the whole media, chunk by chunk (memory: one chunk), and
    /// compares its MD5 and SHA-1 with the stored ones. A chunk that fails
    /// its checksum, or a missing one, ends the verification with its error.
    pub fn verify(&self) -> Result<Verification, ImageError> {
        let mut digests = DigestsBuilder::new();
        let mut pos = 0u64;
        while pos < self.media_size {
            let chunk = self.chunk(pos / u64::from(self.chunk_size), false)?;
            if chunk.is_empty() {
                return Err(ImageError::ChunkMissing { chunk: pos / u64::from(self.chunk_size) });
            }
            digests.update(&chunk);
            pos += chunk.len() as u64;
        }
        let d = digests.finish();
        Ok(Verification {
            md5: HashCheck::new(self.stored.md5, d.md5),
            sha1: HashCheck::new(self.stored.sha1, d.sha1),
            sha256: d.sha256,
            bytes: d.size,
        })
    }

    /// The entries of table `t`, from the cache or read and checked.
    fn entries(&self, t: usize) -> Result<Arc<Vec<u32>>, ImageError> {
        {
            let cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some((_, e)) = cache.tables.iter().find(|(i, _)| *i == t) {
                return Ok(Arc::clone(e));
            }
        }
        let table = &self.tables[t];
        let seg = &self.segments[table.segment];
        let read = |at: u64| -> Result<Vec<u32>, ImageError> {
            let n = table.count as usize * 4;
            let mut raw = vec![0u8; n + if table.entries_checksum { 4 } else { 0 }];
            seg.read(at, &mut raw, "table entries")?;
            if table.entries_checksum && adler32(&raw[..n]) != u32_at(&raw, n) {
                return Err(ImageError::TableChecksum { path: seg.path.clone(), offset: table.section_at });
            }
            Ok(raw[..n].chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
        };
        let entries = match read(table.entries_at) {
            Ok(e) => e,
            Err(first) => match table.backup_at.map(read) {
                Some(Ok(e)) => e,
                _ => return Err(first),
            },
        };
        let entries = Arc::new(entries);
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if cache.tables.len() >= TABLE_CACHE {
            cache.tables.pop_front();
        }
        cache.tables.push_back((t, Arc::clone(&entries)));
        Ok(entries)
    }

    /// Chunk `c`, decoded and checked; `keep` puts it in the cache.
    fn chunk(&self, c: u64, keep: bool) -> Result<Arc<Vec<u8>>, ImageError> {
        {
            let cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some((_, d)) = cache.chunks.iter().find(|(i, _)| *i == c) {
                return Ok(Arc::clone(d));
            }
        }
        if c >= self.chunks_in_tables {
            return Err(ImageError::ChunkMissing { chunk: c });
        }
        let t = self.tables.partition_point(|t| t.first_chunk <= c).saturating_sub(1);
        let table = &self.tables[t];
        let entries = self.entries(t)?;
        let k = usize::try_from(c - table.first_chunk).map_err(|_| ImageError::ChunkMissing { chunk: c })?;
        let seg = &self.segments[table.segment];
        let entry = *entries.get(k).ok_or(ImageError::ChunkMissing { chunk: c })?;
        let compressed = entry & 0x8000_0000 != 0;
        let start = table.base.checked_add(u64::from(entry & 0x7fff_ffff));
        let end = match entries.get(k + 1) {
            Some(next) => table.base.checked_add(u64::from(next & 0x7fff_ffff)),
            None => Some(table.data_end),
        };
        let corrupt =
            |offset: u64, reason: String| ImageError::ChunkCorrupt { path: seg.path.clone(), offset, chunk: c, reason };
        let (Some(start), Some(end)) = (start, end) else {
            return Err(corrupt(table.section_at, "offset overflows".into()));
        };
        let expected = usize::try_from(
            (self.media_size - c.saturating_mul(u64::from(self.chunk_size))).min(u64::from(self.chunk_size)),
        )
        .unwrap_or(0);
        let stored = end
            .checked_sub(start)
            .filter(|&s| s > 0)
            .ok_or_else(|| corrupt(start, format!("stored size negative or zero (data from {start} to {end})")))?;
        let data = if compressed {
            let limit = 2 * u64::from(self.chunk_size) + 1024;
            if stored > limit {
                return Err(corrupt(start, format!("compressed size {stored} exceeds {limit}")));
            }
            if start.checked_add(stored).is_none_or(|e| e > seg.len) {
                return Err(ImageError::Truncated { path: seg.path.clone(), offset: start, what: "chunk" });
            }
            let mut raw = vec![0u8; stored as usize];
            seg.read(start, &mut raw, "chunk")?;
            inflate(&raw, expected).map_err(|reason| corrupt(start, reason))?
        } else {
            // The chunk and its Adler-32; a writer may leave padding after.
            let with_sum = expected as u64 + 4;
            if stored < with_sum {
                return Err(corrupt(start, format!("stored size {stored} below chunk size {expected} + checksum")));
            }
            if start.checked_add(with_sum).is_none_or(|e| e > seg.len) {
                return Err(ImageError::Truncated { path: seg.path.clone(), offset: start, what: "chunk" });
            }
            let mut raw = vec![0u8; expected + 4];
            seg.read(start, &mut raw, "chunk")?;
            if adler32(&raw[..expected]) != u32_at(&raw, expected) {
                return Err(ImageError::ChunkChecksum { path: seg.path.clone(), offset: start, chunk: c });
            }
            raw.truncate(expected);
            raw
        };
        let data = Arc::new(data);
        if keep {
            let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
            while !cache.chunks.is_empty() && cache.chunk_bytes + data.len() > CHUNK_CACHE_BYTES {
                if let Some((_, old)) = cache.chunks.pop_front() {
                    cache.chunk_bytes -= old.len();
                }
            }
            cache.chunk_bytes += data.len();
            cache.chunks.push_back((c, Arc::clone(&data)));
        }
        Ok(data)
    }
}

/// Inflates a zlib stream of exactly `expected` bytes; zlib checks its
/// Adler-32. More or fewer bytes, or a stream that does not end, is an
/// error. The output grows as it is produced (never by `expected` alone).
fn inflate(raw: &[u8], expected: usize) -> Result<Vec<u8>, String> {
    let mut out: Vec<u8> = Vec::with_capacity(expected.min(raw.len().saturating_mul(4).max(4096)));
    let mut z = flate2::Decompress::new(true);
    loop {
        if out.len() == out.capacity() {
            // One byte past `expected` tells a stream that runs on.
            let room = (expected + 1).saturating_sub(out.len()).min(out.capacity().max(4096));
            if room == 0 {
                return Err(format!("zlib stream inflates past {expected} bytes"));
            }
            out.reserve_exact(room);
        }
        let consumed = z.total_in() as usize;
        let produced = out.len();
        let status = z
            .decompress_vec(&raw[consumed.min(raw.len())..], &mut out, flate2::FlushDecompress::Finish)
            .map_err(|e| format!("zlib: {e}"))?;
        match status {
            flate2::Status::StreamEnd if out.len() == expected => return Ok(out),
            flate2::Status::StreamEnd => return Err(format!("inflates to {} bytes, not {expected}", out.len())),
            _ if out.len() > expected => return Err(format!("zlib stream inflates past {expected} bytes")),
            _ if out.len() < out.capacity() && z.total_in() as usize >= raw.len() => {
                return Err(format!("zlib stream cut off after {} bytes", out.len()));
            }
            _ if out.len() == produced && z.total_in() as usize == consumed => {
                return Err(format!("zlib stream stalls after {} bytes", out.len()));
            }
            _ => {}
        }
    }
}

impl Opening {
    /// Walks the sections of segment `n` (1-based), stored at `index`.
    fn walk(&mut self, seg: &Segment, index: usize, n: u32) -> Result<SegmentEnd, ImageError> {
        let mut head = [0u8; FILE_HEADER_LEN as usize];
        seg.read(0, &mut head, "file header")?;
        if head[..8] != EVF_SIGNATURE {
            return Err(ImageError::NotEwf { path: seg.path.clone() });
        }
        let number = u16_at(&head, 9);
        if u32::from(number) != n {
            return Err(ImageError::SegmentNumber { path: seg.path.clone(), expected: n, found: number });
        }
        let mut at = FILE_HEADER_LEN;
        let mut last_sectors_end: Option<u64> = None;
        for _ in 0..MAX_SECTIONS {
            let mut d = [0u8; DESCRIPTOR_LEN as usize];
            seg.read(at, &mut d, "section descriptor")?;
            if adler32(&d[..72]) != u32_at(&d, 72) {
                return Err(ImageError::SectionChecksum { path: seg.path.clone(), offset: at });
            }
            let kind_len = d[..16].iter().position(|&b| b == 0).unwrap_or(16);
            let kind = &d[..kind_len];
            let next = u64_at(&d, 16);
            let size = u64_at(&d, 24);
            let body_at = at + DESCRIPTOR_LEN;
            let body_len = size.saturating_sub(DESCRIPTOR_LEN).min(seg.len.saturating_sub(body_at));
            match kind {
                b"volume" | b"disk" | b"data" => self.volume(seg, at, body_at, body_len)?,
                b"sectors" => last_sectors_end = Some(at.saturating_add(size).min(seg.len)),
                b"table" => self.table(seg, index, at, body_at, body_len, last_sectors_end, false)?,
                b"table2" => self.table(seg, index, at, body_at, body_len, last_sectors_end, true)?,
                b"hash" => self.hash(seg, at, body_at, body_len, false),
                b"digest" => self.hash(seg, at, body_at, body_len, true),
                b"done" => return Ok(SegmentEnd::Done),
                b"next" => return Ok(SegmentEnd::Next),
                _ => {}
            }
            if next <= at {
                return Err(ImageError::SectionLoop { path: seg.path.clone(), offset: at });
            }
            at = next;
        }
        Err(ImageError::SectionLoop { path: seg.path.clone(), offset: at })
    }

    fn volume(&mut self, seg: &Segment, at: u64, body_at: u64, body_len: u64) -> Result<(), ImageError> {
        if body_len < 24 {
            return Err(ImageError::BadVolume { path: seg.path.clone(), offset: at, reason: "section too short" });
        }
        let mut b = vec![0u8; body_len.min(1052) as usize];
        seg.read(body_at, &mut b, "volume section")?;
        if b.len() == 1052 && adler32(&b[..1048]) != u32_at(&b, 1048) {
            return Err(ImageError::SectionChecksum { path: seg.path.clone(), offset: at });
        }
        let info = MediaInfo {
            chunk_count: u32_at(&b, 4),
            sectors_per_chunk: u32_at(&b, 8),
            bytes_per_sector: u32_at(&b, 12),
            // The SMART layout (94 bytes) has a 32-bit sector count.
            sector_count: if b.len() >= 1052 { u64_at(&b, 16) } else { u64::from(u32_at(&b, 16)) },
        };
        match &self.media {
            None => self.media = Some((info, seg.path.clone(), at)),
            Some((first, _, _)) if *first != info => {
                self.problems.push(ImageError::BadVolume {
                    path: seg.path.clone(),
                    offset: at,
                    reason: "differs from the first segment's volume section",
                });
            }
            Some(_) => {}
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn table(
        &mut self,
        seg: &Segment,
        index: usize,
        at: u64,
        body_at: u64,
        body_len: u64,
        sectors_end: Option<u64>,
        copy: bool,
    ) -> Result<(), ImageError> {
        let bad = |reason| ImageError::BadTable { path: seg.path.clone(), offset: at, reason };
        if body_len < 24 {
            return Err(bad("section too short"));
        }
        let mut h = [0u8; 24];
        seg.read(body_at, &mut h, "table header")?;
        let header_ok = adler32(&h[..20]) == u32_at(&h, 20);
        let count = u32_at(&h, 0);
        let base = u64_at(&h, 8);
        let fits = 24 + u64::from(count) * 4 <= body_len;
        if copy {
            // A copy of the table just read: its entries are the fallback.
            if let Some(last) = self.tables.last_mut()
                && last.segment == index
                && last.backup_at.is_none()
                && header_ok
                && fits
                && last.count == count
                && last.base == base
            {
                last.backup_at = Some(body_at + 24);
            }
            return Ok(());
        }
        if !header_ok {
            return Err(ImageError::TableChecksum { path: seg.path.clone(), offset: at });
        }
        if count == 0 || count > MAX_TABLE_ENTRIES || !fits {
            return Err(bad("entry count zero, absurd, or past the section"));
        }
        let entries_checksum = 24 + u64::from(count) * 4 + 4 <= body_len;
        let data_end = sectors_end.filter(|&e| e > base).unwrap_or(at);
        self.tables.push(Table {
            segment: index,
            first_chunk: self.chunks,
            count,
            section_at: at,
            entries_at: body_at + 24,
            entries_checksum,
            base,
            data_end,
            backup_at: None,
        });
        self.chunks += u64::from(count);
        Ok(())
    }

    fn hash(&mut self, seg: &Segment, at: u64, body_at: u64, body_len: u64, digest: bool) {
        let (len, sum_at) = if digest { (80usize, 76usize) } else { (36, 32) };
        if body_len < len as u64 {
            self.problems.push(ImageError::Truncated { path: seg.path.clone(), offset: at, what: "hash section" });
            return;
        }
        let mut b = vec![0u8; len];
        if let Err(e) = seg.read(body_at, &mut b, "hash section") {
            self.problems.push(e);
            return;
        }
        if adler32(&b[..sum_at]) != u32_at(&b, sum_at) {
            self.problems.push(ImageError::SectionChecksum { path: seg.path.clone(), offset: at });
            return;
        }
        let mut md5 = [0u8; 16];
        md5.copy_from_slice(&b[..16]);
        if md5 != [0; 16] {
            self.stored.md5 = Some(Md5(md5));
        }
        if digest {
            let mut sha1 = [0u8; 20];
            sha1.copy_from_slice(&b[16..36]);
            if sha1 != [0; 20] {
                self.stored.sha1 = Some(Sha1(sha1));
            }
        }
    }
}

impl ReadAt for EwfImage {
    fn len(&self) -> u64 {
        self.media_size
    }

    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        check_range(off, buf.len(), self.media_size)?;
        let cs = u64::from(self.chunk_size);
        let mut done = 0usize;
        while done < buf.len() {
            let pos = off + done as u64;
            let chunk = self.chunk(pos / cs, true).map_err(io::Error::other)?;
            let within = (pos % cs) as usize;
            let n = (chunk.len().saturating_sub(within)).min(buf.len() - done);
            if n == 0 {
                return Err(io::Error::other(ImageError::ChunkMissing { chunk: pos / cs }));
            }
            buf[done..done + n].copy_from_slice(&chunk[within..within + n]);
            done += n;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_names_follow_libewf() {
        assert_eq!(segment_extension("E01", 2).as_deref(), Some("E02"));
        assert_eq!(segment_extension("E01", 99).as_deref(), Some("E99"));
        assert_eq!(segment_extension("E01", 100).as_deref(), Some("EAA"));
        assert_eq!(segment_extension("E01", 101).as_deref(), Some("EAB"));
        assert_eq!(segment_extension("E01", 100 + 26 * 26).as_deref(), Some("FAA"));
        assert_eq!(segment_extension("e01", 3).as_deref(), Some("e03"));
        assert_eq!(segment_extension("E01", 100 + 22 * 26 * 26), None);
    }

    #[test]
    fn inflate_wants_the_exact_length() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&[7u8; 1000]).unwrap();
        let packed = z.finish().unwrap();
        assert_eq!(inflate(&packed, 1000).unwrap(), vec![7u8; 1000]);
        assert!(inflate(&packed, 999).is_err());
        assert!(inflate(&packed, 1001).is_err());
        let mut bad = packed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1; // the stored Adler-32
        assert!(inflate(&bad, 1000).is_err());
    }
}
