//! Just enough of each image format's header to price its decode
//! ([`crate::budget`]): sizes, sampling, bit depths and the layout choices
//! that change what a decoder allocates. Reads a prefix of the file, never
//! past it, in time bounded by the prefix's length; says how much more it
//! would need when the header runs past the prefix.

use vilab_core::model::MediaKind;

/// Why the prefix gave no facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeaderGap {
    /// The header continues past the prefix; `need` is a prefix length
    /// that reaches its next part, when known.
    Short {
        /// Bytes that would reach further.
        need: Option<u64>,
    },
    /// Not a header of this kind.
    Damaged,
}

fn short(need: usize) -> HeaderGap {
    HeaderGap::Short { need: Some(need as u64) }
}

/// What a kind's header says about its decode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Facts {
    Jpeg(JpegFacts),
    Png(PngFacts),
    Gif(GifFacts),
    Bmp(BmpFacts),
    Webp(WebpFacts),
    Tiff(TiffFacts),
    Heif(HeifFacts),
}

impl Facts {
    /// Width and height as the pixel limit sees them (a GIF's screen).
    pub(crate) fn size(&self) -> (u32, u32) {
        match self {
            Facts::Jpeg(f) => (f.width, f.height),
            Facts::Png(f) => (f.width, f.height),
            Facts::Gif(f) => f.screen,
            Facts::Bmp(f) => (f.width, f.height),
            Facts::Webp(f) => (f.width, f.height),
            Facts::Tiff(f) => (f.width, f.height),
            Facts::Heif(f) => (f.width, f.height),
        }
    }
}

/// A JPEG frame header and what its first scan says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct JpegFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// (horizontal, vertical) sampling factor of each component.
    pub(crate) sampling: Vec<(u8, u8)>,
    /// Progressive, or a first scan without every component: libjpeg
    /// buffers every coefficient. True when the first scan header is past
    /// the prefix.
    pub(crate) multi_scan: bool,
    /// A frame the DC-only decoder may take (baseline or extended
    /// Huffman, one or three components, one scan).
    pub(crate) dc_candidate: bool,
    /// MCUs per restart interval (0: none; 1, the dearest, when the scan
    /// header is past the prefix).
    pub(crate) restart_interval: u32,
}

/// A PNG's IHDR and whether a tRNS chunk precedes the image data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PngFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) bit_depth: u8,
    pub(crate) color_type: u8,
    /// A tRNS chunk (or the prefix ended before the image data).
    pub(crate) trns: bool,
}

/// A GIF's logical screen and first frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct GifFacts {
    pub(crate) screen: (u32, u32),
    /// (left, top, width, height) of the first frame, when its descriptor
    /// is in the prefix.
    pub(crate) frame: Option<(u32, u32, u32, u32)>,
}

/// A BMP's size and whether the decoder adds an alpha channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BmpFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) alpha: bool,
}

/// How a WebP is coded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WebpForm {
    Lossless {
        alpha: bool,
    },
    Lossy {
        alpha: bool,
    },
    Animated,
    /// The image chunk is past the prefix.
    Unknown,
}

/// A WebP's canvas and coding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WebpFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) form: WebpForm,
}

/// A TIFF's first directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TiffFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) samples: u16,
    /// The largest bits per sample (32 when the list is past the prefix).
    pub(crate) bits: u16,
    pub(crate) cmyk: bool,
    /// Pixels in one strip or tile.
    pub(crate) chunk_pixels: u64,
}

/// The largest image size a HEIF's `ispe` properties declare, and the
/// costliest coding its `hvcC` properties declare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HeifFacts {
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// Samples per pixel of the coded planes, in halves: 3 (4:2:0), 4
    /// (4:2:2) or 6 (4:4:4 and monochrome-or-unknown).
    pub(crate) half_samples: u8,
    /// Bytes per sample: 1 (8-bit) or 2 (more).
    pub(crate) sample_bytes: u8,
    /// An auxiliary image (alpha, depth) is declared.
    pub(crate) auxiliary: bool,
}

/// The facts of `prefix`'s header for `kind` (an image kind).
pub(crate) fn read(prefix: &[u8], kind: MediaKind) -> Result<Facts, HeaderGap> {
    match kind {
        MediaKind::Jpeg => jpeg(prefix).map(Facts::Jpeg),
        MediaKind::Png => png(prefix).map(Facts::Png),
        MediaKind::Gif => gif(prefix).map(Facts::Gif),
        MediaKind::Bmp => bmp(prefix).map(Facts::Bmp),
        MediaKind::Webp => webp(prefix).map(Facts::Webp),
        MediaKind::Tiff => tiff(prefix).map(Facts::Tiff),
        MediaKind::Heif => heif(prefix).map(Facts::Heif),
        MediaKind::Zip | MediaKind::Other => Err(HeaderGap::Damaged),
    }
}

/// A JPEG's frame facts, from the whole file.
pub(crate) fn jpeg_facts(data: &[u8]) -> Option<JpegFacts> {
    jpeg(data).ok()
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(2)?).map(|s| u32::from(u16::from_be_bytes([s[0], s[1]])))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(4)?).map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn le16(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(2)?).map(|s| u32::from(u16::from_le_bytes([s[0], s[1]])))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(4)?).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Walks the segments as libjpeg's marker reader does (skipping stray
/// bytes and fill bytes) to the frame header and the first scan header.
fn jpeg(data: &[u8]) -> Result<JpegFacts, HeaderGap> {
    if data.get(..2) != Some(&[0xFF, 0xD8]) {
        return Err(HeaderGap::Damaged);
    }
    let mut frame: Option<(JpegFacts, bool)> = None;
    let mut restart_interval = 0;
    let mut pos = 2;
    loop {
        // libjpeg skips (and warns about) bytes before a marker.
        let Some(ff) = data.get(pos..).and_then(|rest| memchr::memchr(0xFF, rest)) else {
            // The prefix ends at or before the next marker.
            return Err(short(data.len().max(pos) + 4096));
        };
        pos += ff;
        while data.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let Some(&marker) = data.get(pos) else { return Err(short(pos + 3)) };
        if matches!(marker, 0x01 | 0xD0..=0xD8) {
            pos += 1;
            continue;
        }
        if marker == 0xD9 {
            return Err(HeaderGap::Damaged);
        }
        let Some(length) = be16(data, pos + 1).map(|l| l as usize) else { return Err(short(pos + 3)) };
        if length < 2 {
            return Err(HeaderGap::Damaged);
        }
        let body = pos + 3;
        let end = pos + 1 + length;
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let segment = data.get(body..end).ok_or(short(end))?;
                if segment.len() < 6 || frame.is_some() {
                    return Err(HeaderGap::Damaged);
                }
                let (height, width, count) = (be16(segment, 1), be16(segment, 3), usize::from(segment[5]));
                let (Some(height), Some(width)) = (height, width) else { return Err(HeaderGap::Damaged) };
                let sampling: Vec<(u8, u8)> = segment[6..]
                    .chunks_exact(3)
                    .take(count)
                    .map(|c| ((c[1] >> 4).clamp(1, 4), (c[1] & 15).clamp(1, 4)))
                    .collect();
                if sampling.len() != count || count == 0 {
                    return Err(HeaderGap::Damaged);
                }
                let progressive = matches!(marker, 0xC2 | 0xC6 | 0xCA | 0xCE);
                let dc_candidate = matches!(marker, 0xC0 | 0xC1) && matches!(count, 1 | 3);
                let facts = JpegFacts { width, height, sampling, multi_scan: true, dc_candidate, restart_interval: 1 };
                frame = Some((facts, progressive));
            }
            0xDA => {
                let Some((mut facts, progressive)) = frame else { return Err(HeaderGap::Damaged) };
                let Some(&in_scan) = data.get(body) else {
                    // The frame is known; assume the dearer layout.
                    return Ok(facts);
                };
                facts.multi_scan = progressive || usize::from(in_scan) < facts.sampling.len();
                facts.dc_candidate &= !facts.multi_scan;
                facts.restart_interval = restart_interval;
                return Ok(facts);
            }
            0xDD => restart_interval = be16(data, body).unwrap_or(1),
            _ => {}
        }
        if end > data.len() {
            // A segment runs past the prefix. With the frame read, the
            // scan layout stays unknown: price it as several scans.
            return match frame {
                Some((facts, _)) => Ok(facts),
                None => Err(short(end + 4)),
            };
        }
        pos = end;
    }
}

fn png(data: &[u8]) -> Result<PngFacts, HeaderGap> {
    if !data.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(HeaderGap::Damaged);
    }
    if data.len() < 33 {
        return Err(short(33));
    }
    if be32(data, 8) != Some(13) || &data[12..16] != b"IHDR" {
        return Err(HeaderGap::Damaged);
    }
    let (width, height) = (be32(data, 16).unwrap_or(0), be32(data, 20).unwrap_or(0));
    let (bit_depth, color_type) = (data[24], data[25]);
    let valid = match color_type {
        0 => matches!(bit_depth, 1 | 2 | 4 | 8 | 16),
        3 => matches!(bit_depth, 1 | 2 | 4 | 8),
        2 | 4 | 6 => matches!(bit_depth, 8 | 16),
        _ => false,
    };
    if !valid {
        return Err(HeaderGap::Damaged);
    }
    // tRNS must come before IDAT; the prefix may end first.
    let mut trns = true;
    let mut pos = 33;
    while let (Some(len), Some(name)) = (be32(data, pos), data.get(pos + 4..pos + 8)) {
        match name {
            b"tRNS" => break,
            b"IDAT" => {
                trns = false;
                break;
            }
            _ => pos += 12 + len as usize,
        }
    }
    Ok(PngFacts { width, height, bit_depth, color_type, trns })
}

fn gif(data: &[u8]) -> Result<GifFacts, HeaderGap> {
    if !data.starts_with(b"GIF87a") && !data.starts_with(b"GIF89a") {
        return Err(HeaderGap::Damaged);
    }
    if data.len() < 13 {
        return Err(short(13));
    }
    let screen = (le16(data, 6).unwrap_or(0), le16(data, 8).unwrap_or(0));
    let flags = data[10];
    let mut pos = 13;
    if flags & 0x80 != 0 {
        pos += 3 << ((flags & 7) + 1);
    }
    let mut facts = GifFacts { screen, frame: None };
    loop {
        match data.get(pos) {
            Some(0x2C) => {
                let field = |i: usize| le16(data, pos + 1 + 2 * i);
                if let (Some(l), Some(t), Some(w), Some(h)) = (field(0), field(1), field(2), field(3)) {
                    facts.frame = Some((l, t, w, h));
                }
                return Ok(facts);
            }
            Some(0x21) => {
                // Extension: label, then sub-blocks to a zero length.
                pos += 2;
                while let Some(&len) = data.get(pos) {
                    pos += 1 + usize::from(len);
                    if len == 0 {
                        break;
                    }
                }
            }
            // The trailer, or garbage: no frame; the decoder will say so.
            Some(_) => return Ok(GifFacts { screen, frame: Some((0, 0, 0, 0)) }),
            // The first frame is past the prefix: price the whole screen.
            None => return Ok(facts),
        }
    }
}

fn bmp(data: &[u8]) -> Result<BmpFacts, HeaderGap> {
    if !data.starts_with(b"BM") {
        return Err(HeaderGap::Damaged);
    }
    let dib = le32(data, 14).ok_or(short(18))?;
    let (width, height, bpp, compression) = if dib == 12 {
        let w = le16(data, 18).ok_or(short(26))?;
        let h = le16(data, 20).ok_or(short(26))?;
        (w, h, le16(data, 24).ok_or(short(26))?, 0)
    } else {
        let w = le32(data, 18).ok_or(short(34))?;
        let h = le32(data, 22).ok_or(short(34))?;
        let bpp = le16(data, 28).ok_or(short(34))?;
        let compression = le32(data, 30).ok_or(short(34))?;
        ((w as i32).unsigned_abs(), (h as i32).unsigned_abs(), bpp, compression)
    };
    // The `image` crate adds alpha for bit fields with an alpha mask.
    let alpha = matches!(bpp, 16 | 32) && matches!(compression, 3 | 6);
    Ok(BmpFacts { width, height, alpha })
}

fn webp(data: &[u8]) -> Result<WebpFacts, HeaderGap> {
    if !data.starts_with(b"RIFF") || data.get(8..12) != Some(b"WEBP") {
        return Err(HeaderGap::Damaged);
    }
    let chunk = |at: usize| -> Result<(&[u8], usize, &[u8]), HeaderGap> {
        let name = data.get(at..at + 4).ok_or(short(at + 8))?;
        let len = le32(data, at + 4).ok_or(short(at + 8))? as usize;
        let body = data.get(at + 8..(at + 8 + len).min(data.len())).unwrap_or_default();
        Ok((name, len, body))
    };
    let (name, len, body) = chunk(12)?;
    let lossless_size = |body: &[u8]| -> Option<(u32, u32, bool)> {
        if body.first() != Some(&0x2F) {
            return None;
        }
        let bits = le32(body, 1)?;
        Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, bits >> 28 & 1 == 1))
    };
    let lossy_size = |body: &[u8]| -> Option<(u32, u32)> {
        if body.get(3..6) != Some(&[0x9D, 0x01, 0x2A]) {
            return None;
        }
        Some((le16(body, 6)? & 0x3FFF, le16(body, 8)? & 0x3FFF))
    };
    match name {
        b"VP8L" => {
            let (width, height, alpha) =
                lossless_size(body).ok_or(if body.len() < 5 { short(12 + 8 + 5) } else { HeaderGap::Damaged })?;
            Ok(WebpFacts { width, height, form: WebpForm::Lossless { alpha } })
        }
        b"VP8 " => {
            let (width, height) =
                lossy_size(body).ok_or(if body.len() < 10 { short(12 + 8 + 10) } else { HeaderGap::Damaged })?;
            Ok(WebpFacts { width, height, form: WebpForm::Lossy { alpha: false } })
        }
        b"VP8X" => {
            if body.len() < 10 {
                return Err(short(12 + 8 + 10));
            }
            let flags = body[0];
            let side =
                |at: usize| (u32::from(body[at]) | u32::from(body[at + 1]) << 8 | u32::from(body[at + 2]) << 16) + 1;
            let (width, height) = (side(4), side(7));
            let alpha = flags & 0x10 != 0;
            if flags & 0x02 != 0 {
                return Ok(WebpFacts { width, height, form: WebpForm::Animated });
            }
            // The image chunk follows the metadata chunks.
            let mut at = 12 + 8 + len + len % 2;
            let form = loop {
                let Ok((name, len, _)) = chunk(at) else { break WebpForm::Unknown };
                match name {
                    b"VP8L" => break WebpForm::Lossless { alpha },
                    b"VP8 " => break WebpForm::Lossy { alpha },
                    _ => at += 8 + len + len % 2,
                }
            };
            Ok(WebpFacts { width, height, form })
        }
        _ => Err(HeaderGap::Damaged),
    }
}

/// TIFF tags read here.
const IMAGE_WIDTH: u32 = 256;
const IMAGE_LENGTH: u32 = 257;
const BITS_PER_SAMPLE: u32 = 258;
const PHOTOMETRIC: u32 = 262;
const SAMPLES_PER_PIXEL: u32 = 277;
const ROWS_PER_STRIP: u32 = 278;
const TILE_WIDTH: u32 = 322;
const TILE_LENGTH: u32 = 323;

fn tiff(data: &[u8]) -> Result<TiffFacts, HeaderGap> {
    let little = match data.get(..4) {
        Some(b"II*\0") => true,
        Some(b"MM\0*") => false,
        Some(_) => return Err(HeaderGap::Damaged),
        None => return Err(short(8)),
    };
    let u16_at = |at: usize| if little { le16(data, at) } else { be16(data, at) };
    let u32_at = |at: usize| if little { le32(data, at) } else { be32(data, at) };
    let ifd = u32_at(4).ok_or(short(8))? as usize;
    let count = u16_at(ifd).ok_or(short(ifd + 2))? as usize;
    let end = ifd + 2 + 12 * count;
    if end > data.len() {
        return Err(short(end + 4));
    }
    let mut facts = TiffFacts { width: 0, height: 0, samples: 1, bits: 1, cmyk: false, chunk_pixels: 0 };
    let (mut rows_per_strip, mut tile) = (None, (None, None));
    for entry in (0..count).map(|i| ifd + 2 + 12 * i) {
        let (tag, kind, n) =
            (u16_at(entry).unwrap_or(0), u16_at(entry + 2).unwrap_or(0), u32_at(entry + 4).unwrap_or(0));
        // A SHORT or LONG value stored in the entry itself.
        let value = if kind == 3 { u16_at(entry + 8) } else { u32_at(entry + 8) }.unwrap_or(0);
        match tag {
            IMAGE_WIDTH => facts.width = value,
            IMAGE_LENGTH => facts.height = value,
            SAMPLES_PER_PIXEL => facts.samples = value.min(u32::from(u16::MAX)) as u16,
            PHOTOMETRIC => facts.cmyk = value == 5,
            ROWS_PER_STRIP => rows_per_strip = Some(value),
            TILE_WIDTH => tile.0 = Some(value),
            TILE_LENGTH => tile.1 = Some(value),
            BITS_PER_SAMPLE => {
                facts.bits = if kind != 3 {
                    32
                } else if n <= 2 {
                    (0..n as usize).filter_map(|i| u16_at(entry + 8 + 2 * i)).max().unwrap_or(1) as u16
                } else {
                    // The list is elsewhere; past the prefix, price 32 bits.
                    let at = u32_at(entry + 8).unwrap_or(0) as usize;
                    (0..n.min(64) as usize).map(|i| u16_at(at + 2 * i).unwrap_or(32)).max().unwrap_or(32) as u16
                };
            }
            _ => {}
        }
    }
    facts.chunk_pixels = match tile {
        (Some(w), Some(h)) => u64::from(w) * u64::from(h),
        _ => u64::from(facts.width) * u64::from(rows_per_strip.unwrap_or(facts.height).min(facts.height)),
    };
    Ok(facts)
}

fn heif(data: &[u8]) -> Result<HeifFacts, HeaderGap> {
    // Top-level boxes, to `meta`.
    let mut pos = 0;
    loop {
        let (size, header) = box_size(data, pos)?;
        if data.get(pos + 4..pos + 8) == Some(b"meta") {
            let end = pos.checked_add(size).ok_or(HeaderGap::Damaged)?;
            if end > data.len() {
                return Err(short(end));
            }
            let mut found = Properties::default();
            // `meta` is a full box: 4 bytes of version and flags.
            let children = data.get(pos + header + 4..end).ok_or(HeaderGap::Damaged)?;
            find_properties(children, 0, &mut found);
            let (width, height) = found.largest.ok_or(HeaderGap::Damaged)?;
            // Without an `hvcC` (another codec), price the dearest coding.
            let (half_samples, sample_bytes) = found.coding.unwrap_or((6, 2));
            return Ok(HeifFacts { width, height, half_samples, sample_bytes, auxiliary: found.auxiliary });
        }
        if size == 0 {
            return Err(HeaderGap::Damaged);
        }
        // A 64-bit box size may point past any address.
        pos = pos.checked_add(size).ok_or(HeaderGap::Damaged)?;
    }
}

/// The size of the box at `pos` (to the end of the data for size 0) and
/// its header's length.
fn box_size(data: &[u8], pos: usize) -> Result<(usize, usize), HeaderGap> {
    let need = short(pos.saturating_add(16));
    let size = be32(data, pos).ok_or(need)? as usize;
    match size {
        0 => Ok((data.len().saturating_sub(pos), 8)),
        1 => {
            let high = be32(data, pos.saturating_add(8)).ok_or(need)? as usize;
            let low = be32(data, pos.saturating_add(12)).ok_or(need)? as usize;
            let large = high.checked_shl(32).ok_or(HeaderGap::Damaged)? | low;
            if large < 16 { Err(HeaderGap::Damaged) } else { Ok((large, 16)) }
        }
        2..=7 => Err(HeaderGap::Damaged),
        _ => Ok((size, 8)),
    }
}

/// What the item properties of a `meta` box declare.
#[derive(Default)]
struct Properties {
    /// The largest `ispe`.
    largest: Option<(u32, u32)>,
    /// The costliest `hvcC`: (half samples per pixel, bytes per sample).
    coding: Option<(u8, u8)>,
    auxiliary: bool,
}

/// Every `ispe`, `hvcC` and `auxC` under `iprp`/`ipco` of a `meta` box's
/// children.
fn find_properties(data: &[u8], depth: usize, found: &mut Properties) {
    let mut pos = 0;
    while let Ok((size, header)) = box_size(data, pos) {
        let Some(body) = data.get(pos + header..pos.saturating_add(size).min(data.len())) else { return };
        match data.get(pos + 4..pos + 8) {
            Some(b"iprp" | b"ipco") if depth < 2 => find_properties(body, depth + 1, found),
            Some(b"ispe") => {
                if let (Some(w), Some(h)) = (be32(body, 4), be32(body, 8)) {
                    let pixels = u64::from(w) * u64::from(h);
                    if found.largest.is_none_or(|(lw, lh)| u64::from(lw) * u64::from(lh) < pixels) {
                        found.largest = Some((w, h));
                    }
                }
            }
            Some(b"hvcC") => {
                // HEVCDecoderConfigurationRecord: chroma_format_idc in the
                // low 2 bits of byte 16, bit depth - 8 in byte 17.
                let chroma = body.get(16).map_or(3, |b| b & 3);
                let wide = body.get(17).is_none_or(|b| b & 7 > 0);
                let coding = (
                    if chroma == 1 {
                        3
                    } else if chroma == 2 {
                        4
                    } else {
                        6
                    },
                    if wide { 2 } else { 1 },
                );
                let cost = |c: (u8, u8)| u16::from(c.0) * u16::from(c.1);
                if found.coding.is_none_or(|c| cost(c) < cost(coding)) {
                    found.coding = Some(coding);
                }
            }
            Some(b"auxC") => found.auxiliary = true,
            _ => {}
        }
        if size < 8 {
            return;
        }
        let Some(next) = pos.checked_add(size) else { return };
        pos = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpeg_frame_behind_a_large_segment_needs_more_prefix() {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE2, 0xFF, 0xFF];
        jpeg.extend(std::iter::repeat_n(0u8, 1000));
        assert_eq!(self::jpeg(&jpeg), Err(short(2 + 2 + 0xFFFF + 4)));
    }

    #[test]
    fn tiff_directory_past_the_prefix_is_asked_for() {
        let mut tiff = b"II*\0".to_vec();
        tiff.extend_from_slice(&5000u32.to_le_bytes());
        assert_eq!(self::tiff(&tiff), Err(short(5002)));
    }

    #[test]
    fn heif_box_sizes_past_any_address_are_damaged_not_overflows() {
        // ftyp, then a 64-bit box size that wraps the position around.
        let mut heif = b"\0\0\0\x10ftypheic\0\0\0\0".to_vec();
        heif.extend_from_slice(b"\0\0\0\x01free");
        heif.extend_from_slice(&u64::MAX.to_be_bytes());
        assert_eq!(self::heif(&heif), Err(HeaderGap::Damaged));
        // A `meta` box too small for its own version and flags.
        let meta = b"\0\0\0\x10ftypheic\0\0\0\0\0\0\0\x08meta";
        assert_eq!(self::heif(meta), Err(HeaderGap::Damaged));
        // The same wrap inside `meta`'s children.
        let mut nested = b"\0\0\0\x10ftypheic\0\0\0\0\0\0\0\x30meta\0\0\0\0".to_vec();
        nested.extend_from_slice(b"\0\0\0\x08free\0\0\0\x01free");
        nested.extend_from_slice(&(u64::MAX - 3).to_be_bytes());
        nested.extend_from_slice(&[0; 12]);
        assert_eq!(self::heif(&nested), Err(HeaderGap::Damaged));
    }

    #[test]
    fn gif_without_frame_in_prefix_prices_the_screen() {
        let mut gif = b"GIF89a".to_vec();
        gif.extend_from_slice(&[0x10, 0x27, 0x10, 0x27, 0, 0, 0]);
        assert_eq!(self::gif(&gif), Ok(GifFacts { screen: (10000, 10000), frame: None }));
    }
}
