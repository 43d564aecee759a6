//! Carving pictures and videos out of unallocated space (or a whole
//! image): JPEG, PNG, GIF, BMP, WebP and MP4/MOV, each found by its header
//! and measured by walking its structure to its real end.
//!
//! - JPEG: SOI, then marker segments by their lengths (so an EXIF
//!   thumbnail's own FFD9 is stepped over), entropy-coded data scanned for
//!   the next marker, to EOI.
//! - PNG: the signature, then chunks by their lengths, each CRC-32
//!   checked, to IEND.
//! - GIF: the screen descriptor and colour table, then blocks and their
//!   sub-blocks, to the trailer (0x3B).
//! - BMP: the file size of the header, checked against the DIB header and
//!   the pixel array it describes.
//! - WebP: the RIFF size, with a VP8/VP8L/VP8X first chunk.
//! - MP4/MOV: an `ftyp` box, then top-level boxes by their sizes while
//!   they are known top-level types; `moov` and `mdat` both required.
//!
//! Headers are looked for at sector boundaries by default
//! ([`CarveOptions::alignment`]; 1 looks at every byte). An item must end
//! within the range it starts in and within [`CarveOptions::max_size`];
//! one whose end is not found is not reported. Contiguous carving only: a
//! fragmented file is not put back together.

use std::io;

use crate::image::{Extent, ReadAt};

/// What a carved item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CarvedKind {
    /// JPEG (JFIF, EXIF).
    Jpeg,
    /// PNG.
    Png,
    /// GIF 87a/89a.
    Gif,
    /// Windows bitmap.
    Bmp,
    /// WebP (RIFF).
    Webp,
    /// MP4, MOV, 3GP and other ISO base media files with an `ftyp` box.
    Mp4,
}

/// An item found: where it lies in the image read, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carved {
    /// First byte in the image.
    pub offset: u64,
    /// Length in bytes.
    pub len: u64,
    /// The format.
    pub kind: CarvedKind,
}

/// How to carve.
#[derive(Debug, Clone, Copy)]
pub struct CarveOptions {
    /// Headers are looked for at offsets that are multiples of this (512:
    /// sector starts, where a file system puts a file; 1: every byte).
    pub alignment: u64,
    /// Largest item reported; longer ones are not carved.
    pub max_size: u64,
}

impl Default for CarveOptions {
    fn default() -> Self {
        Self { alignment: 512, max_size: 256 << 20 }
    }
}

/// A read that failed while carving; the range is carved no further.
#[derive(Debug, thiserror::Error)]
#[error("carving: read at offset {offset}: {source}")]
pub struct CarveError {
    /// Where.
    pub offset: u64,
    /// Why.
    pub source: io::Error,
}

const BLOCK: usize = 1 << 20;
/// Bytes of a header [`carve_at`] looks at (fewer where the range ends).
pub const HEAD: usize = 16;

/// The item whose header starts `head` (the bytes at `pos`: [`HEAD`] of
/// them, or up to `end`), measured by reading `img` from `pos` to its end,
/// which must come by `end` (the end of the range it starts in) and
/// within [`CarveOptions::max_size`]. The same test [`carve`] makes at
/// each position, for a caller that scans the headers itself (the one
/// pass over an image, from its chunks).
pub fn carve_at(img: &dyn ReadAt, pos: u64, head: &[u8], end: u64, opts: CarveOptions) -> Option<Carved> {
    let kind = sniff(head)?;
    let limit = end.min(img.len()).min(pos.saturating_add(opts.max_size));
    measure(kind, img, pos, limit).map(|len| Carved { offset: pos, len, kind })
}

/// `x` rounded up to a multiple of `a` (at least 1).
pub fn align_up(x: u64, a: u64) -> u64 {
    let a = a.max(1);
    x.div_ceil(a).saturating_mul(a)
}

/// Carves `ranges` of `img`, handing each item found to `found`; returns
/// the reads that failed. Memory: a 1 MiB block and a 64 KiB buffer.
pub fn carve(
    img: &dyn ReadAt,
    ranges: impl IntoIterator<Item = Extent>,
    opts: CarveOptions,
    mut found: impl FnMut(Carved),
) -> Vec<CarveError> {
    let align = opts.alignment.max(1);
    let mut errors = Vec::new();
    // Grown to what a range needs, at most BLOCK + HEAD.
    let mut block: Vec<u8> = Vec::new();
    for range in ranges {
        let end = range.offset.saturating_add(range.len).min(img.len());
        let mut pos = align_up(range.offset, align);
        let mut block_start = u64::MAX;
        let mut block_len = 0usize;
        while pos < end {
            // The header bytes at `pos`, from the block (refilled as needed).
            let want = (end - pos).min(HEAD as u64);
            if block_start == u64::MAX || pos < block_start || pos + want > block_start + block_len as u64 {
                let n = usize::try_from(end - pos).unwrap_or(usize::MAX).min(BLOCK + HEAD);
                if block.len() < n {
                    block.resize(n, 0);
                }
                if let Err(source) = img.read_at(pos, &mut block[..n]) {
                    errors.push(CarveError { offset: pos, source });
                    break;
                }
                block_start = pos;
                block_len = n;
            }
            let at = (pos - block_start) as usize;
            let head = &block[at..block_len.min(at + HEAD)];
            if let Some(item) = carve_at(img, pos, head, end, opts) {
                found(item);
                pos = align_up(pos + item.len, align);
                continue;
            }
            pos += align;
        }
    }
    errors
}

/// The format a header starts, from its first bytes.
fn sniff(h: &[u8]) -> Option<CarvedKind> {
    if h.len() >= 4 && h[..3] == [0xFF, 0xD8, 0xFF] && h[3] >= 0xC0 && h[3] != 0xFF {
        Some(CarvedKind::Jpeg)
    } else if h.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(CarvedKind::Png)
    } else if h.starts_with(b"GIF87a") || h.starts_with(b"GIF89a") {
        Some(CarvedKind::Gif)
    } else if h.len() >= 16 && h.starts_with(b"BM") && h[6..10] == [0; 4] {
        Some(CarvedKind::Bmp)
    } else if h.len() >= 16 && h.starts_with(b"RIFF") && &h[8..12] == b"WEBP" && h[12..15] == *b"VP8" {
        Some(CarvedKind::Webp)
    } else if h.len() >= 12 && &h[4..8] == b"ftyp" && h[8..12].iter().all(|b| b.is_ascii_graphic() || *b == b' ') {
        Some(CarvedKind::Mp4)
    } else {
        None
    }
}

/// Sequential reads from `pos` up to `end`, through a 64 KiB buffer.
struct Src<'a> {
    img: &'a dyn ReadAt,
    pos: u64,
    end: u64,
    buf: Vec<u8>,
    buf_start: u64,
    buf_len: usize,
}

impl<'a> Src<'a> {
    fn new(img: &'a dyn ReadAt, pos: u64, end: u64) -> Self {
        let size = usize::try_from(end.saturating_sub(pos)).unwrap_or(usize::MAX).min(64 << 10);
        Self { img, pos, end, buf: vec![0u8; size], buf_start: pos, buf_len: 0 }
    }

    fn byte(&mut self) -> Option<u8> {
        if self.pos >= self.end {
            return None;
        }
        if self.pos < self.buf_start || self.pos >= self.buf_start + self.buf_len as u64 {
            let n = usize::try_from(self.end - self.pos).unwrap_or(usize::MAX).min(self.buf.len());
            self.img.read_at(self.pos, &mut self.buf[..n]).ok()?;
            self.buf_start = self.pos;
            self.buf_len = n;
        }
        let b = self.buf[(self.pos - self.buf_start) as usize];
        self.pos += 1;
        Some(b)
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let mut out = [0u8; N];
        for b in &mut out {
            *b = self.byte()?;
        }
        Some(out)
    }

    fn skip(&mut self, n: u64) -> Option<()> {
        let to = self.pos.checked_add(n)?;
        (to <= self.end).then(|| self.pos = to)
    }

    /// Feeds the next `n` bytes to `f`, a buffer at a time.
    fn feed(&mut self, mut n: u64, mut f: impl FnMut(&[u8])) -> Option<()> {
        if self.pos.checked_add(n)? > self.end {
            return None;
        }
        while n > 0 {
            let b = self.byte()?;
            // The rest of what is buffered, in one slice.
            let at = (self.pos - self.buf_start) as usize;
            let more = (self.buf_len - at).min(usize::try_from(n - 1).unwrap_or(usize::MAX));
            f(&[b]);
            f(&self.buf[at..at + more]);
            self.pos += more as u64;
            n -= 1 + more as u64;
        }
        Some(())
    }
}

fn be32(b: [u8; 4]) -> u32 {
    u32::from_be_bytes(b)
}

/// The length of the item of `kind` at `pos`, ending by `end`.
fn measure(kind: CarvedKind, img: &dyn ReadAt, pos: u64, end: u64) -> Option<u64> {
    let mut s = Src::new(img, pos, end);
    let len = match kind {
        CarvedKind::Jpeg => jpeg(&mut s),
        CarvedKind::Png => png(&mut s),
        CarvedKind::Gif => gif(&mut s),
        CarvedKind::Bmp => bmp(&mut s),
        CarvedKind::Webp => webp(&mut s),
        CarvedKind::Mp4 => mp4(&mut s),
    }?;
    (len > 0 && pos.checked_add(len)? <= end).then_some(len)
}

fn jpeg(s: &mut Src) -> Option<u64> {
    let start = s.pos;
    if s.take::<2>()? != [0xFF, 0xD8] {
        return None;
    }
    let mut scans = 0u32;
    let mut marker = {
        let [ff, m] = s.take::<2>()?;
        (ff == 0xFF).then_some(m)?
    };
    loop {
        // Fill bytes before a marker.
        while marker == 0xFF {
            marker = s.byte()?;
        }
        match marker {
            0xD9 => return (scans > 0).then(|| s.pos - start),
            0xD0..=0xD7 | 0x01 => {}
            0x00 | 0xD8 => return None,
            _ => {
                let len = u16::from_be_bytes(s.take::<2>()?);
                if len < 2 {
                    return None;
                }
                s.skip(u64::from(len) - 2)?;
                if marker != 0xDA {
                    let [ff, m] = s.take::<2>()?;
                    if ff != 0xFF {
                        return None;
                    }
                    marker = m;
                    continue;
                }
                scans += 1;
            }
        }
        // Entropy-coded data: to the next marker that is not a stuffed
        // zero or a restart.
        loop {
            if s.byte()? != 0xFF {
                continue;
            }
            let mut m = s.byte()?;
            while m == 0xFF {
                m = s.byte()?;
            }
            if m == 0 || (0xD0..=0xD7).contains(&m) {
                continue;
            }
            marker = m;
            break;
        }
    }
}

fn png(s: &mut Src) -> Option<u64> {
    let start = s.pos;
    if &s.take::<8>()? != b"\x89PNG\r\n\x1a\n" {
        return None;
    }
    let mut first = true;
    for _ in 0..1_000_000 {
        let len = be32(s.take::<4>()?);
        if len > 0x7fff_ffff {
            return None;
        }
        let kind = s.take::<4>()?;
        if !kind.iter().all(u8::is_ascii_alphabetic) || first && (&kind != b"IHDR" || len != 13) {
            return None;
        }
        first = false;
        let mut crc = crc32fast::Hasher::new();
        crc.update(&kind);
        s.feed(u64::from(len), |b| crc.update(b))?;
        if be32(s.take::<4>()?) != crc.finalize() {
            return None;
        }
        if &kind == b"IEND" {
            return Some(s.pos - start);
        }
    }
    None
}

fn sub_blocks(s: &mut Src) -> Option<()> {
    for _ in 0..10_000_000 {
        match s.byte()? {
            0 => return Some(()),
            n => s.skip(u64::from(n))?,
        }
    }
    None
}

fn gif(s: &mut Src) -> Option<u64> {
    let start = s.pos;
    s.skip(6)?;
    let lsd = s.take::<7>()?;
    if lsd[4] & 0x80 != 0 {
        s.skip(3 << ((lsd[4] & 7) + 1))?;
    }
    let mut images = 0u32;
    for _ in 0..1_000_000 {
        match s.byte()? {
            0x3B => return (images > 0).then(|| s.pos - start),
            0x21 => {
                s.byte()?;
                sub_blocks(s)?;
            }
            0x2C => {
                let d = s.take::<9>()?;
                if d[8] & 0x80 != 0 {
                    s.skip(3 << ((d[8] & 7) + 1))?;
                }
                let code_size = s.byte()?;
                if !(1..=12).contains(&code_size) {
                    return None;
                }
                sub_blocks(s)?;
                images += 1;
            }
            _ => return None,
        }
    }
    None
}

fn bmp(s: &mut Src) -> Option<u64> {
    let h = s.take::<54>()?;
    let le32 = |at: usize| u32::from_le_bytes([h[at], h[at + 1], h[at + 2], h[at + 3]]);
    let size = u64::from(le32(2));
    let data_at = u64::from(le32(10));
    let dib = le32(14);
    if !matches!(dib, 12 | 40 | 52 | 56 | 64 | 108 | 124) || data_at < 14 + u64::from(dib) || data_at > size {
        return None;
    }
    let (w, h_abs, planes, bpp, compression) = if dib == 12 {
        (
            u64::from(u16::from_le_bytes([h[18], h[19]])),
            u64::from(u16::from_le_bytes([h[20], h[21]])),
            u16::from_le_bytes([h[22], h[23]]),
            u16::from_le_bytes([h[24], h[25]]),
            0,
        )
    } else {
        (
            u64::from(le32(18)),
            u64::from((le32(22) as i32).unsigned_abs()),
            u16::from_le_bytes([h[26], h[27]]),
            u16::from_le_bytes([h[28], h[29]]),
            le32(30),
        )
    };
    if planes != 1 || !matches!(bpp, 1 | 4 | 8 | 16 | 24 | 32) || w == 0 || h_abs == 0 || w > 1 << 16 || h_abs > 1 << 16
    {
        return None;
    }
    if compression == 0 {
        let stride = (w * u64::from(bpp)).div_ceil(32) * 4;
        if size < data_at + stride * h_abs {
            return None;
        }
    }
    Some(size)
}

fn webp(s: &mut Src) -> Option<u64> {
    let h = s.take::<16>()?;
    let size = u64::from(u32::from_le_bytes([h[4], h[5], h[6], h[7]]));
    if size < 12 || !matches!(&h[12..16], b"VP8 " | b"VP8L" | b"VP8X") {
        return None;
    }
    Some(8 + size + (size & 1))
}

fn mp4(s: &mut Src) -> Option<u64> {
    const TOP: [&[u8; 4]; 16] = [
        b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"uuid", b"pdin", b"moof", b"mfra", b"meta", b"styp",
        b"sidx", b"pnot", b"udta", b"prfl",
    ];
    let start = s.pos;
    let (mut moov, mut mdat) = (false, false);
    let mut first = true;
    for _ in 0..100_000 {
        let at = s.pos;
        let Some(h) = s.take::<8>() else { break };
        let kind: [u8; 4] = [h[4], h[5], h[6], h[7]];
        if !TOP.contains(&&kind) || first && &kind != b"ftyp" {
            s.pos = at;
            break;
        }
        let size = match be32([h[0], h[1], h[2], h[3]]) {
            1 => u64::from_be_bytes(s.take::<8>()?),
            0 => return None, // "to the end of the file": no end to carve to
            n => u64::from(n),
        };
        let header = s.pos - at;
        if size < header || first && size > 4096 {
            s.pos = at;
            break;
        }
        first = false;
        if s.skip(size - header).is_none() {
            s.pos = at;
            break;
        }
        moov |= &kind == b"moov";
        mdat |= &kind == b"mdat";
    }
    (moov && mdat).then(|| s.pos - start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemImage;

    fn carve_all(bytes: Vec<u8>, alignment: u64) -> Vec<Carved> {
        let img = MemImage(bytes);
        let mut out = Vec::new();
        let len = img.len();
        let errors =
            carve(&img, [Extent { offset: 0, len }], CarveOptions { alignment, max_size: 1 << 20 }, |c| out.push(c));
        assert!(errors.is_empty());
        out
    }

    #[test]
    fn a_jpeg_with_a_thumbnail_ends_at_its_own_eoi() {
        // SOI, APP1 holding a whole small JPEG, a scan, EOI.
        let inner = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x11, 0xFF, 0xD9];
        let mut j = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, (2 + inner.len()) as u8];
        j.extend_from_slice(&inner);
        j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD3, 0x56, 0xFF, 0xD9]);
        let mut img = vec![0u8; 100];
        img.extend_from_slice(&j);
        img.extend_from_slice(&[0xAB; 50]);
        let got = carve_all(img, 1);
        assert_eq!(got, [Carved { offset: 100, len: j.len() as u64, kind: CarvedKind::Jpeg }]);
    }

    #[test]
    fn noise_and_cut_headers_carve_nothing_and_do_not_hang() {
        let mut x = 0x1234_5678_9abc_def0u64;
        let mut noise: Vec<u8> = (0..200_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        // Headers with nothing valid after them, and at the very end.
        for (at, h) in [
            (1000usize, &b"\x89PNG\r\n\x1a\n"[..]),
            (5000, b"GIF89a"),
            (9000, b"\xFF\xD8\xFF\xE0"),
            (13000, b"RIFF\xff\xff\xff\x7fWEBPVP8 "),
        ] {
            noise[at..at + h.len()].copy_from_slice(h);
        }
        let n = noise.len();
        noise[n - 3..].copy_from_slice(&[0xFF, 0xD8, 0xFF]);
        let got = carve_all(noise, 1);
        assert!(got.is_empty(), "{got:?}");
    }
}
