//! Baseline JPEG at 1/8 scale without decoding what that scale throws away:
//! the picture libjpeg-turbo outputs at `scale_denom = 8`, bit for bit, from
//! the DC coefficients (and, for 4:2:0 chroma, the few AC coefficients
//! libjpeg's 2 x 2 IDCT reads), skipping every other AC symbol.
//!
//! Why: on a 12 MP phone photo, entropy decoding is almost all of the
//! decode time, and libjpeg decodes every AC symbol through its general
//! Huffman decoder even when the 1 x 1 IDCT ignores them. Here an AC symbol
//! that is not needed costs one table look-up: the table, indexed by the
//! next [`LUT_BITS`] bits, gives the code length plus the magnitude bits
//! that follow it (skipped unread) and how far the symbol moves along the
//! block. The stuffed bytes and restart markers are removed in one pass
//! before, so the bit reader refills eight bytes at a time without looking
//! at them.
//!
//! Equal to libjpeg: the same Huffman semantics (a run past coefficient 63
//! lands on 63, as in libjpeg's padded zig-zag table; DC differences add in
//! wrapping 32-bit arithmetic and are stored as 16 bits), the same 1 x 1 and
//! 2 x 2 inverse DCTs (`jidctred.c` and its SSE2 version, range limiting
//! and 16-bit quantisation multipliers included), libjpeg's
//! choice of scaling chroma in the IDCT (`jdmaster.c`), nearest-neighbour
//! upsampling (libjpeg disables its fancy upsampling at this scale) and
//! its YCbCr to RGB tables (`jdcolor.c`). `tests` compares with libjpeg.
//!
//! Anything else is declined with a [`DcError`] and the caller decodes with
//! libjpeg: progressive, arithmetic, lossless and 12-bit files, CMYK, RGB
//! and Adobe-transformed colour, several scans, missing tables (libjpeg
//! substitutes standard ones), unusual sampling, and every sign of damage (bad Huffman code, data
//! ending early, bytes left before a marker, a missing or misnumbered
//! restart marker, no EOI): libjpeg then decodes the damaged file and
//! words its warning exactly as before.

use crate::budget::Limits;
use crate::decode::DecodedImage;

/// Bits of look-ahead of the Huffman tables: codes up to this length (all
/// frequent ones) are decoded by one look-up; 2 KiB per table stays in L1.
const LUT_BITS: u32 = 12;

/// Zero bytes after the entropy data: the bit reader loads eight bytes at a
/// time, and one MCU (at most 10 blocks of 64 symbols of 31 bits, 2.5 KB)
/// may run past the end of damaged data before the per-MCU check sees it.
const PADDING: usize = 4096;

/// libjpeg's `jpeg_natural_order`, with its 16 extra entries that send a
/// run past the end of the block to coefficient 63.
const NATURAL_ORDER: [u8; 80] = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
    28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54,
    47, 55, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
];

/// Why the DC decoder declined a file. The caller decodes it with libjpeg
/// instead, so none of these reaches a user: libjpeg's own error or
/// warning does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DcError {
    /// A feature this decoder leaves to libjpeg.
    #[error("JPEG feature left to libjpeg: {what} (byte offset {offset})")]
    Unsupported {
        /// What was found.
        what: &'static str,
        /// Where in the file.
        offset: usize,
    },
    /// Damaged headers or entropy-coded data.
    #[error("damaged JPEG: {what} (byte offset {offset})")]
    Damaged {
        /// What is wrong.
        what: &'static str,
        /// Where in the file (for entropy data: the start of the restart
        /// interval holding the fault).
        offset: usize,
    },
}

fn unsupported(what: &'static str, offset: usize) -> DcError {
    DcError::Unsupported { what, offset }
}

fn damaged(what: &'static str, offset: usize) -> DcError {
    DcError::Damaged { what, offset }
}

/// Stored width and height of a JPEG, from its frame header, when the
/// headers up to it are ones this decoder accepts.
pub fn dimensions(data: &[u8]) -> Result<(u32, u32), DcError> {
    let header = parse(data)?;
    Ok((header.width as u32, header.height as u32))
}

/// Decodes a baseline JPEG at 1/8 scale (each side `ceil(side / 8)`), pixel
/// for pixel what libjpeg outputs at that scale. Declines images over
/// `max_pixels` (by their stored size, before allocating) and everything
/// listed in the module documentation.
pub fn decode_eighth(data: &[u8], max_pixels: u64) -> Result<DecodedImage, DcError> {
    decode_eighth_within(data, &Limits::pixels(max_pixels))
}

/// [`decode_eighth`] that also declines when what it would allocate (its
/// copy of the scan, the sample planes, the RGB picture) exceeds the cap.
pub(crate) fn decode_eighth_within(data: &[u8], limits: &Limits) -> Result<DecodedImage, DcError> {
    let header = parse(data)?;
    if header.width as u64 * header.height as u64 > limits.max_pixels {
        return Err(unsupported("image over the pixel limit", 0));
    }
    let geometry = Geometry::new(&header)?;
    let (w, h) = (geometry.out_width as u64, geometry.out_height as u64);
    let planes: u64 = geometry.components.iter().map(|c| (c.plane_width * c.plane_height) as u64).sum();
    let stream = (data.len() - header.scan_offset + PADDING) as u64;
    let bounds = 24 * geometry.intervals(header.restart_interval) as u64;
    let tables = 8 * (std::mem::size_of::<Huffman>() as u64 + (3 << LUT_BITS) * 2);
    let needed = stream + bounds + tables + planes + w * h * 3 + w * geometry.components.len() as u64;
    if limits.check(crate::error::Allocation::Decode(vilab_core::model::MediaKind::Jpeg), needed).is_err() {
        return Err(unsupported("decode over the memory cap", 0));
    }
    let tables = Tables::new(&header)?;
    let stream = destuff(data, header.scan_offset, geometry.intervals(header.restart_interval))?;
    let planes = decode_planes(&header, &geometry, &tables, &stream)?;
    Ok(to_rgb(&header, &geometry, &planes))
}

// ---------------------------------------------------------------------------
// Headers

struct Component {
    id: u8,
    h: usize,
    v: usize,
    quant: usize,
    dc_table: usize,
    ac_table: usize,
}

struct HuffSpec {
    counts: [u8; 16],
    values: Vec<u8>,
}

struct Header {
    width: usize,
    height: usize,
    components: Vec<Component>,
    /// Quantisation tables in natural order.
    quant: [Option<[u16; 64]>; 4],
    dc: [Option<HuffSpec>; 4],
    ac: [Option<HuffSpec>; 4],
    restart_interval: usize,
    /// Offset of the first byte of entropy-coded data.
    scan_offset: usize,
}

fn be16(data: &[u8], at: usize) -> Result<usize, DcError> {
    match data.get(at..at + 2) {
        Some(b) => Ok(usize::from(b[0]) << 8 | usize::from(b[1])),
        None => Err(damaged("file ends inside the headers", at)),
    }
}

/// Reads the headers up to the start of the (single) scan. Accepts only
/// what libjpeg reads without a warning and this decoder handles; the
/// checks that libjpeg makes fatal are made here too, so that such files go
/// to libjpeg for its message.
fn parse(data: &[u8]) -> Result<Header, DcError> {
    if data.len() < 4 || data[0] != 0xFF || data[1] != 0xD8 {
        return Err(unsupported("no SOI marker", 0));
    }
    let mut header = Header {
        width: 0,
        height: 0,
        components: Vec::new(),
        quant: [None; 4],
        dc: [None, None, None, None],
        ac: [None, None, None, None],
        restart_interval: 0,
        scan_offset: 0,
    };
    let mut pos = 2;
    let (mut saw_frame, mut saw_jfif) = (false, false);
    loop {
        // libjpeg skips 0xFF fill bytes silently but warns about any other
        // byte between segments.
        if data.get(pos) != Some(&0xFF) {
            return Err(unsupported("bytes between header segments", pos));
        }
        while data.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let marker_offset = pos - 1;
        let Some(&marker) = data.get(pos) else {
            return Err(damaged("file ends inside the headers", pos));
        };
        pos += 1;
        if matches!(marker, 0x01 | 0xD0..=0xD9) {
            return Err(unsupported("unexpected marker before the scan", marker_offset));
        }
        let length = be16(data, pos)?;
        if length < 2 {
            return Err(damaged("segment length under 2", pos));
        }
        let Some(segment) = data.get(pos + 2..pos + length) else {
            return Err(damaged("segment runs past the end of the file", pos));
        };
        let body_offset = pos + 2;
        pos += length;
        match marker {
            0xC0 | 0xC1 => {
                if saw_frame {
                    return Err(unsupported("second frame header", marker_offset));
                }
                saw_frame = true;
                parse_frame(segment, body_offset, &mut header)?;
            }
            0xC2..=0xCF if marker != 0xC4 => {
                return Err(unsupported("progressive, lossless, hierarchical or arithmetic-coded JPEG", marker_offset));
            }
            0xC4 => parse_huffman(segment, body_offset, &mut header)?,
            0xDB => parse_quant(segment, body_offset, &mut header)?,
            0xDD => {
                if segment.len() != 2 {
                    return Err(damaged("restart interval segment of the wrong length", body_offset));
                }
                header.restart_interval = be16(segment, 0)?;
            }
            0xDA => {
                if !saw_frame {
                    return Err(unsupported("scan before the frame header", marker_offset));
                }
                parse_scan(segment, body_offset, &mut header)?;
                // Without JFIF (or Adobe) segment, libjpeg takes components
                // named 'R', 'G', 'B' for RGB, not YCbCr.
                let ids: Vec<u8> = header.components.iter().map(|c| c.id).collect();
                if !saw_jfif && ids == b"RGB" {
                    return Err(unsupported("RGB components", body_offset));
                }
                header.scan_offset = pos;
                return Ok(header);
            }
            0xE0 => {
                // libjpeg reads a JFIF APP0 of 14 bytes or more and warns
                // when its major version is not 1.
                if segment.len() >= 14 && segment.starts_with(b"JFIF\0") {
                    if segment[5] != 1 {
                        return Err(unsupported("JFIF major version other than 1", body_offset));
                    }
                    saw_jfif = true;
                }
            }
            0xEE => {
                // An Adobe segment sets the colour transform (RGB, CMYK, YCCK).
                if segment.starts_with(b"Adobe") {
                    return Err(unsupported("Adobe colour transform segment", body_offset));
                }
            }
            0xE1..=0xEF | 0xFE => {}
            _ => return Err(unsupported("unexpected marker before the scan", marker_offset)),
        }
    }
}

fn parse_frame(s: &[u8], offset: usize, header: &mut Header) -> Result<(), DcError> {
    if s.len() < 6 {
        return Err(damaged("short frame header", offset));
    }
    if s[0] != 8 {
        return Err(unsupported("sample precision other than 8 bits", offset));
    }
    let (height, width, count) = (be16(s, 1)?, be16(s, 3)?, usize::from(s[5]));
    if height == 0 {
        return Err(unsupported("height 0 (defined later by DNL)", offset));
    }
    // libjpeg's JPEG_MAX_DIMENSION.
    if width == 0 || width > 65500 || height > 65500 {
        return Err(unsupported("width 0 or a side over 65500", offset));
    }
    if count != 1 && count != 3 {
        return Err(unsupported("component count other than 1 or 3", offset));
    }
    if s.len() != 6 + 3 * count {
        return Err(damaged("frame header of the wrong length", offset));
    }
    for c in s[6..].chunks_exact(3) {
        let (h, v) = (usize::from(c[1] >> 4), usize::from(c[1] & 15));
        if !(1..=4).contains(&h) || !(1..=4).contains(&v) || c[2] > 3 {
            return Err(unsupported("sampling factor or quantisation table out of range", offset));
        }
        if header.components.iter().any(|k| k.id == c[0]) {
            return Err(unsupported("repeated component id", offset));
        }
        header.components.push(Component { id: c[0], h, v, quant: usize::from(c[2]), dc_table: 0, ac_table: 0 });
    }
    (header.width, header.height) = (width, height);
    Ok(())
}

fn parse_huffman(mut s: &[u8], offset: usize, header: &mut Header) -> Result<(), DcError> {
    while !s.is_empty() {
        if s.len() < 17 {
            return Err(damaged("short Huffman table", offset));
        }
        let (class, id) = (s[0] >> 4, usize::from(s[0] & 15));
        if class > 1 || id > 3 {
            return Err(damaged("Huffman table class or id out of range", offset));
        }
        let mut counts = [0u8; 16];
        counts.copy_from_slice(&s[1..17]);
        let total: usize = counts.iter().map(|&c| usize::from(c)).sum();
        if total > 256 || s.len() < 17 + total {
            return Err(damaged("Huffman table longer than its segment", offset));
        }
        let spec = HuffSpec { counts, values: s[17..17 + total].to_vec() };
        if class == 0 {
            header.dc[id] = Some(spec);
        } else {
            header.ac[id] = Some(spec);
        }
        s = &s[17 + total..];
    }
    Ok(())
}

fn parse_quant(mut s: &[u8], offset: usize, header: &mut Header) -> Result<(), DcError> {
    while !s.is_empty() {
        // libjpeg reads two bytes a value for any non-zero precision nibble.
        let (wide, id) = (s[0] >> 4 != 0, usize::from(s[0] & 15));
        let size = if wide { 129 } else { 65 };
        if id > 3 || s.len() < size {
            return Err(damaged("quantisation table id out of range or table short", offset));
        }
        let mut table = [0u16; 64];
        for (k, &natural) in NATURAL_ORDER[..64].iter().enumerate() {
            table[usize::from(natural)] =
                if wide { u16::from_be_bytes([s[1 + 2 * k], s[2 + 2 * k]]) } else { u16::from(s[1 + k]) };
        }
        header.quant[id] = Some(table);
        s = &s[size..];
    }
    Ok(())
}

fn parse_scan(s: &[u8], offset: usize, header: &mut Header) -> Result<(), DcError> {
    let count = usize::from(*s.first().ok_or_else(|| damaged("empty scan header", offset))?);
    if s.len() != 4 + 2 * count {
        return Err(damaged("scan header of the wrong length", offset));
    }
    if count != header.components.len() {
        return Err(unsupported("scan without every component (several scans)", offset));
    }
    for (i, c) in s[1..1 + 2 * count].chunks_exact(2).enumerate() {
        if header.components[i].id != c[0] {
            return Err(unsupported("scan components out of frame order", offset));
        }
        let (dc, ac) = (usize::from(c[1] >> 4), usize::from(c[1] & 15));
        if dc > 3 || ac > 3 {
            return Err(damaged("Huffman table id out of range", offset));
        }
        header.components[i].dc_table = dc;
        header.components[i].ac_table = ac;
    }
    let tail = &s[1 + 2 * count..];
    // libjpeg warns about anything but Ss = 0, Se = 63, Ah = Al = 0.
    if tail != [0, 63, 0] {
        return Err(unsupported("spectral selection or approximation in a sequential scan", offset));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Geometry: MCUs, blocks and libjpeg's per-component IDCT size

struct CompGeometry {
    /// Blocks of this component in one MCU, across and down.
    h: usize,
    v: usize,
    /// libjpeg's `DCT_scaled_size` at scale 1/8: 1, or 2 when the chroma
    /// is scaled up in the IDCT instead of the upsampler.
    idct: usize,
    /// Width of the component's sample plane (all MCUs).
    plane_width: usize,
    plane_height: usize,
    /// Upsampling factors to the output.
    expand_x: usize,
    expand_y: usize,
}

struct Geometry {
    mcus_x: usize,
    mcus_y: usize,
    components: Vec<CompGeometry>,
    out_width: usize,
    out_height: usize,
}

impl Geometry {
    fn new(header: &Header) -> Result<Self, DcError> {
        let max_h = header.components.iter().map(|c| c.h).max().unwrap_or(1);
        let max_v = header.components.iter().map(|c| c.v).max().unwrap_or(1);
        let (w, h) = (header.width, header.height);
        let single = header.components.len() == 1;
        // A one-component scan is not interleaved: its MCU is one block.
        let (mcus_x, mcus_y) = if single {
            let c = &header.components[0];
            ((w * c.h).div_ceil(max_h).div_ceil(8), (h * c.v).div_ceil(max_v).div_ceil(8))
        } else {
            (w.div_ceil(8 * max_h), h.div_ceil(8 * max_v))
        };
        let mut components = Vec::new();
        let mut blocks_in_mcu = 0;
        for c in &header.components {
            // jdmaster.c: double the IDCT size while the sampling ratio
            // still divides evenly, starting from 1 at scale 1/8.
            let mut idct = 1;
            while idct < 8 && max_h % (c.h * idct * 2) == 0 && max_v % (c.v * idct * 2) == 0 {
                idct *= 2;
            }
            if idct > 2 {
                return Err(unsupported("chroma subsampled 4 times or more in both directions", 0));
            }
            // jdsample.c refuses fractional upsampling.
            if max_h % (c.h * idct) != 0 || max_v % (c.v * idct) != 0 {
                return Err(unsupported("fractional sampling ratio", 0));
            }
            let (bh, bv) = if single { (1, 1) } else { (c.h, c.v) };
            blocks_in_mcu += bh * bv;
            components.push(CompGeometry {
                h: bh,
                v: bv,
                idct,
                plane_width: mcus_x * bh * idct,
                plane_height: mcus_y * bv * idct,
                expand_x: max_h / (c.h * idct),
                expand_y: max_v / (c.v * idct),
            });
        }
        // libjpeg's D_MAX_BLOCKS_IN_MCU.
        if blocks_in_mcu > 10 {
            return Err(unsupported("more than 10 blocks in an MCU", 0));
        }
        Ok(Geometry { mcus_x, mcus_y, components, out_width: w.div_ceil(8), out_height: h.div_ceil(8) })
    }

    fn mcus(&self) -> usize {
        self.mcus_x * self.mcus_y
    }

    /// Number of restart intervals in the scan.
    fn intervals(&self, restart_interval: usize) -> usize {
        if restart_interval == 0 { 1 } else { self.mcus().div_ceil(restart_interval) }
    }
}

// ---------------------------------------------------------------------------
// Huffman tables

/// A Huffman table derived as libjpeg's `jpeg_make_d_derived_tbl` does,
/// with look-up tables over the next [`LUT_BITS`] bits.
struct Huffman {
    /// `code length << 8 | symbol`; 0 for codes longer than `LUT_BITS`.
    symbol: Box<[u16; 1 << LUT_BITS]>,
    /// For AC tables: every symbol whose code lies wholly within the next
    /// `LUT_BITS` bits, skipped at once (up to an end of block):
    /// `prefix << 16 | advance << 8 | bits`, where bits counts codes and
    /// magnitude bits, advance is how far the symbols move along the
    /// zig-zag order (run + 1 each, 16 for ZRL, 64 for end of block), and
    /// prefix is the advance of all but the last symbol (the caller takes
    /// the entry only when that stays inside the block); 0 when the first
    /// code is longer.
    multi: Box<[u32; 1 << LUT_BITS]>,
    /// Largest code of each length (-1: none), index 1..=16.
    max_code: [i32; 18],
    /// Symbol index minus first code, per length.
    offset: [i32; 17],
    values: Vec<u8>,
}

impl Huffman {
    fn new(spec: &HuffSpec, is_dc: bool, offset: usize) -> Result<Self, DcError> {
        if is_dc && spec.values.iter().any(|&v| v > 15) {
            return Err(damaged("DC Huffman symbol over 15", offset));
        }
        let mut table = Huffman {
            symbol: Box::new([0; 1 << LUT_BITS]),
            multi: Box::new([0; 1 << LUT_BITS]),
            max_code: [-1; 18],
            offset: [0; 17],
            values: spec.values.clone(),
        };
        table.max_code[17] = i32::MAX;
        let mut code: u32 = 0;
        let mut index = 0usize;
        for length in 1..=16u32 {
            let count = usize::from(spec.counts[length as usize - 1]);
            // libjpeg: "if (code >= 1 << si) ERREXIT(JERR_BAD_HUFF_TABLE)"
            // after the codes of each length: they must fit it, and none
            // may be all ones. Checked before filling the tables with them.
            if code + count as u32 >= 1 << length {
                return Err(damaged("Huffman table with more codes than bits", offset));
            }
            if count > 0 {
                table.offset[length as usize] = index as i32 - code as i32;
                for &value in &spec.values[index..index + count] {
                    if length <= LUT_BITS {
                        let shift = LUT_BITS - length;
                        for fill in (code << shift)..((code + 1) << shift) {
                            table.symbol[fill as usize] = (length << 8 | u32::from(value)) as u16;
                        }
                    }
                    code += 1;
                }
                index += count;
                table.max_code[length as usize] = code as i32 - 1;
            }
            code <<= 1;
        }
        if !is_dc {
            table.build_multi();
        }
        Ok(table)
    }

    /// Fills `multi` from `symbol`: follows the symbols of each index while
    /// their codes fit in the bits not yet used; magnitude bits need not
    /// fit, as they are skipped unread.
    fn build_multi(&mut self) {
        for index in 0..1usize << LUT_BITS {
            let (mut used, mut total, mut prefix, mut count) = (0u32, 0u32, 0u32, 0);
            // `used < LUT_BITS` at the top of every round.
            loop {
                // The bits not yet used, moved to the top (zeros below).
                let rest = (index << used) & ((1 << LUT_BITS) - 1);
                let entry = self.symbol[rest];
                let length = u32::from(entry >> 8);
                if entry == 0 || length > LUT_BITS - used {
                    break;
                }
                let size = u32::from(entry as u8 & 15);
                let step = advance(u32::from(entry as u8 >> 4), size);
                prefix = total;
                total += step;
                used += length + size;
                count += 1;
                if step == 64 || total >= 64 || used >= LUT_BITS {
                    break;
                }
            }
            if count > 0 {
                self.multi[index] = prefix << 16 | total << 8 | used;
            }
        }
    }
}

/// The derived tables of the scan, each built once however many
/// components share it.
struct Tables {
    dc: [Option<Huffman>; 4],
    ac: [Option<Huffman>; 4],
}

impl Tables {
    fn new(header: &Header) -> Result<Self, DcError> {
        let mut tables = Tables { dc: [None, None, None, None], ac: [None, None, None, None] };
        for c in &header.components {
            // libjpeg substitutes the standard tables for missing ones
            // (Motion-JPEG frames); leave those files to it.
            let missing = || unsupported("Huffman or quantisation table not defined", header.scan_offset);
            header.quant[c.quant].ok_or_else(missing)?;
            if tables.dc[c.dc_table].is_none() {
                let spec = header.dc[c.dc_table].as_ref().ok_or_else(missing)?;
                tables.dc[c.dc_table] = Some(Huffman::new(spec, true, header.scan_offset)?);
            }
            if tables.ac[c.ac_table].is_none() {
                let spec = header.ac[c.ac_table].as_ref().ok_or_else(missing)?;
                tables.ac[c.ac_table] = Some(Huffman::new(spec, false, header.scan_offset)?);
            }
        }
        Ok(tables)
    }
}

// ---------------------------------------------------------------------------
// Entropy-coded data

/// The scan's entropy-coded bytes with stuffing and restart markers
/// removed, split into restart intervals.
struct Stream {
    bytes: Vec<u8>,
    /// (start, end) in `bytes` and file offset of each restart interval.
    intervals: Vec<(usize, usize, usize)>,
}

/// Copies the entropy-coded data from `start` to the EOI marker, turning
/// `FF 00` into `FF` and cutting at `RSTn`. Declines (to libjpeg) a scan
/// not ended by EOI, with too many or too few restart markers or ones out
/// of sequence.
fn destuff(data: &[u8], start: usize, intervals: usize) -> Result<Stream, DcError> {
    let mut bytes = Vec::with_capacity(data.len() - start + PADDING);
    let mut bounds = Vec::with_capacity(intervals);
    let (mut pos, mut interval_start, mut interval_offset) = (start, 0, start);
    loop {
        let Some(ff) = memchr::memchr(0xFF, &data[pos..]) else {
            return Err(damaged("entropy-coded data without an EOI marker", pos));
        };
        bytes.extend_from_slice(&data[pos..pos + ff]);
        let mut next = pos + ff + 1;
        // 0xFF fill bytes may precede a marker, and libjpeg skips them.
        while data.get(next) == Some(&0xFF) {
            next += 1;
        }
        let Some(&code) = data.get(next) else {
            return Err(damaged("entropy-coded data without an EOI marker", pos + ff));
        };
        pos = next + 1;
        match code {
            0x00 => bytes.push(0xFF),
            0xD0..=0xD7 => {
                if usize::from(code - 0xD0) != bounds.len() % 8 || bounds.len() + 1 >= intervals {
                    return Err(damaged("restart marker out of sequence or extra", next - 1));
                }
                bounds.push((interval_start, bytes.len(), interval_offset));
                (interval_start, interval_offset) = (bytes.len(), pos);
            }
            0xD9 => {
                bounds.push((interval_start, bytes.len(), interval_offset));
                break;
            }
            _ => return Err(unsupported("marker other than EOI after the scan", next - 1)),
        }
    }
    if bounds.len() != intervals {
        return Err(damaged("restart markers missing", pos));
    }
    bytes.resize(bytes.len() + PADDING, 0);
    Ok(Stream { bytes, intervals: bounds })
}

/// MSB-first bit reader over destuffed bytes with zero padding. Every
/// method is inlined and nothing takes its address, so that its fields
/// stay in registers: when the cold path took `&mut self`, the state went
/// through memory on every symbol and the loops ran at half speed.
struct Bits<'a> {
    data: &'a [u8],
    /// Next byte to load.
    pos: usize,
    /// Loaded bits, the next one in bit 63.
    buffer: u64,
    /// Valid bits in `buffer`.
    count: u32,
}

/// How far a symbol moves along the zig-zag order: run + 1, 16 for ZRL
/// (run 15, size 0), to the end for EOB (any other run with size 0).
#[inline(always)]
fn advance(run: u32, size: u32) -> u32 {
    if size != 0 {
        run + 1
    } else if run == 15 {
        16
    } else {
        64
    }
}

/// A code longer than `LUT_BITS` at the top of `buffer`, the canonical
/// way: (length, symbol), or `None` for a bad code.
#[cold]
fn long_code(buffer: u64, table: &Huffman) -> Option<(u32, u8)> {
    for length in LUT_BITS + 1..=16 {
        let code = (buffer >> (64 - length)) as i32;
        if code <= table.max_code[length as usize] {
            let index = code + table.offset[length as usize];
            return table.values.get(index as usize).map(|&symbol| (length, symbol));
        }
    }
    None
}

impl<'a> Bits<'a> {
    fn new(data: &'a [u8], pos: usize) -> Self {
        Bits { data, pos, buffer: 0, count: 0 }
    }

    /// Tops the buffer up to at least 56 bits: eight bytes loaded at once,
    /// as many whole ones kept as fit. The load address was fixed by the
    /// previous refill, so the load need not wait for the symbols since.
    #[inline(always)]
    fn refill(&mut self) {
        let mut chunk = [0u8; 8];
        if let Some(b) = self.data.get(self.pos..self.pos + 8) {
            chunk.copy_from_slice(b);
        }
        self.buffer |= u64::from_be_bytes(chunk) >> self.count;
        self.pos += ((63 - self.count) >> 3) as usize;
        self.count |= 56;
    }

    #[inline(always)]
    fn consume(&mut self, n: u32) {
        self.buffer <<= n;
        self.count -= n;
    }

    /// Bits consumed since byte `start`.
    fn consumed_since(&self, start: usize) -> usize {
        (self.pos - start) * 8 - self.count as usize
    }

    /// One Huffman symbol; the buffer must hold at least 16 bits.
    #[inline(always)]
    fn symbol(&mut self, table: &Huffman) -> Result<u8, ()> {
        let entry = table.symbol[(self.buffer >> (64 - LUT_BITS)) as usize];
        if entry != 0 {
            self.consume(u32::from(entry >> 8));
            return Ok(entry as u8);
        }
        let (length, symbol) = long_code(self.buffer, table).ok_or(())?;
        self.consume(length);
        Ok(symbol)
    }

    /// `size` magnitude bits as a signed value (JPEG's EXTEND).
    #[inline(always)]
    fn magnitude(&mut self, size: u32) -> i32 {
        if size == 0 {
            return 0;
        }
        let raw = (self.buffer >> (64 - size)) as i32;
        self.consume(size);
        if raw < 1 << (size - 1) { raw - (1 << size) + 1 } else { raw }
    }

    /// A DC difference.
    #[inline(always)]
    fn dc(&mut self, table: &Huffman) -> Result<i32, ()> {
        self.refill();
        let size = self.symbol(table)?;
        Ok(self.magnitude(u32::from(size)))
    }

    /// Skips the AC coefficients of one block. One refill serves two
    /// look-ups (each consumes at most 12 + 15 bits of the 56), which
    /// keeps it off the chain of dependent look-ups that bounds this loop.
    #[inline(always)]
    fn skip_ac(&mut self, table: &Huffman) -> Result<(), ()> {
        let multi = &*table.multi;
        let mut k = 1u32;
        loop {
            self.refill();
            for _ in 0..2 {
                let entry = multi[(self.buffer >> (64 - LUT_BITS)) as usize];
                if entry != 0 && k + (entry >> 16) < 64 {
                    self.consume(entry & 0xFF);
                    k += (entry >> 8) & 0xFF;
                } else {
                    // A long code, or the block may end inside the entry:
                    // one symbol the plain way, after a refill of its own.
                    self.refill();
                    let symbol = self.symbol(table)?;
                    let (run, size) = (u32::from(symbol >> 4), u32::from(symbol & 15));
                    self.consume(size);
                    k += advance(run, size);
                }
                if k >= 64 {
                    return Ok(());
                }
            }
        }
    }

    /// Decodes the AC coefficients of one block into `block` (natural
    /// order), keeping only those `needed` (by zig-zag index) and skipping
    /// the magnitude bits of the rest.
    #[inline(always)]
    fn ac_into(&mut self, table: &Huffman, block: &mut [i16; 64], needed: &[bool; 80]) -> Result<(), ()> {
        let mut k = 1usize;
        while k < 64 {
            self.refill();
            let symbol = self.symbol(table)?;
            let (run, size) = (usize::from(symbol >> 4), u32::from(symbol & 15));
            if size != 0 {
                k += run;
                if needed[k] {
                    block[usize::from(NATURAL_ORDER[k])] = self.magnitude(size) as i16;
                } else {
                    self.consume(size);
                }
                k += 1;
            } else if run == 15 {
                k += 16;
            } else {
                break;
            }
        }
        Ok(())
    }
}

/// Zig-zag indices whose coefficient libjpeg's 2 x 2 IDCT reads: rows and
/// columns 0, 1, 3, 5, 7 (with the padding entries, which land on 63).
const NEEDED_2X2: [bool; 80] = {
    let mut needed = [false; 80];
    let mut k = 0;
    while k < 80 {
        let n = NATURAL_ORDER[k] as usize;
        let (row, col) = (n / 8, n % 8);
        needed[k] = (row == 0 || row % 2 == 1) && (col == 0 || col % 2 == 1);
        k += 1;
    }
    needed
};

/// One sample plane per component, at its IDCT size.
struct Plane {
    width: usize,
    samples: Vec<u8>,
}

/// libjpeg's post-IDCT range limit: `range_limit[x & RANGE_MASK]` of its
/// table centred on 128, which clamps in-range values and wraps wild ones
/// the way the table does.
#[inline(always)]
fn range_limit(x: i32) -> u8 {
    let t = (x + 128) & 1023;
    if t < 256 {
        t as u8
    } else if t < 640 {
        255
    } else {
        0
    }
}

/// `jpeg_idct_1x1`: the DC coefficient over 8, rounded. libjpeg keeps the
/// quantisation values as 16-bit signed multipliers (`ISLOW_MULT_TYPE` is
/// `short` in its SIMD builds), hence the cast.
#[inline(always)]
fn idct_1x1(dc: i16, q: u16) -> u8 {
    let v = i32::from(dc) * i32::from(q as i16);
    range_limit((v + 4) >> 3)
}

/// libjpeg's 2 x 2 IDCT as its x86-64 build runs it
/// (`jsimd_idct_2x2_sse2`): the arithmetic of `jpeg_idct_2x2` in
/// `jidctred.c`, in the SIMD code's widths: 16-bit dequantisation
/// products, 32-bit wrapping sums, the second pass's odd inputs saturated
/// to 16 bits, and the output saturated (not wrapped) to 0..=255. For the
/// coefficients an encoder produces the two agree; for hostile ones this
/// follows the code that runs.
fn idct_2x2(block: &[i16; 64], q: &[u16; 64]) -> [u8; 4] {
    const F_0_720: i32 = 5906;
    const F_0_850: i32 = 6967;
    const F_1_272: i32 = 10426;
    const F_3_624: i32 = 29692;
    let deq = |i: usize| i32::from(block[i].wrapping_mul(q[i] as i16));
    let odd =
        |c1: i32, c3: i32, c5: i32, c7: i32| (c1 * F_3_624 + c3 * -F_1_272).wrapping_add(c5 * F_0_850 + c7 * -F_0_720);
    // Pass 1, columns 0, 1, 3, 5, 7: row 0 (a) and row 1 (b) of the work
    // array, descaled by CONST_BITS - PASS1_BITS + 2 = 13.
    let (mut a, mut b) = ([0i32; 8], [0i32; 8]);
    for col in [0, 1, 3, 5, 7] {
        let tmp10 = deq(col) << 15;
        let tmp0 = odd(deq(8 + col), deq(24 + col), deq(40 + col), deq(56 + col));
        a[col] = tmp10.wrapping_add(tmp0).wrapping_add(1 << 12) >> 13;
        b[col] = tmp10.wrapping_sub(tmp0).wrapping_add(1 << 12) >> 13;
    }
    // Pass 2, descaled by CONST_BITS + PASS1_BITS + 3 + 2 = 20.
    let sat16 = |x: i32| i32::from(x.clamp(i32::from(i16::MIN), i32::from(i16::MAX)) as i16);
    let mut out = [0u8; 4];
    for (row, w) in [a, b].iter().enumerate() {
        let tmp10 = w[0].wrapping_shl(15);
        let tmp0 = odd(sat16(w[1]), sat16(w[3]), sat16(w[5]), sat16(w[7]));
        for (i, v) in [tmp10.wrapping_add(tmp0), tmp10.wrapping_sub(tmp0)].into_iter().enumerate() {
            out[row * 2 + i] = (v.wrapping_add(1 << 19) >> 20).clamp(-128, 127).wrapping_add(128) as u8;
        }
    }
    out
}

/// Decodes every block of the scan into per-component sample planes.
fn decode_planes(
    header: &Header,
    geometry: &Geometry,
    tables: &Tables,
    stream: &Stream,
) -> Result<Vec<Plane>, DcError> {
    let mut planes: Vec<Plane> = geometry
        .components
        .iter()
        .map(|c| Plane { width: c.plane_width, samples: vec![0; c.plane_width * c.plane_height] })
        .collect();
    let interval = if header.restart_interval == 0 { geometry.mcus() } else { header.restart_interval };
    let mut mcu = 0;
    let mut block = [0i16; 64];
    for &(start, end, offset) in &stream.intervals {
        let mut bits = Bits::new(&stream.bytes, start);
        let mut predictors = [0i32; 3];
        let available = (end - start) * 8;
        let last = (mcu + interval).min(geometry.mcus());
        let corrupt = |_| damaged("bad Huffman code", offset);
        while mcu < last {
            let (mx, my) = (mcu % geometry.mcus_x, mcu / geometry.mcus_x);
            for (ci, c) in geometry.components.iter().enumerate() {
                let h = &header.components[ci];
                // Checked present by Tables::new.
                let (Some(dc_table), Some(ac_table), Some(quant)) =
                    (&tables.dc[h.dc_table], &tables.ac[h.ac_table], &header.quant[h.quant])
                else {
                    return Err(unsupported("Huffman or quantisation table not defined", offset));
                };
                let plane = &mut planes[ci];
                for by in 0..c.v {
                    for bx in 0..c.h {
                        let diff = bits.dc(dc_table).map_err(corrupt)?;
                        predictors[ci] = predictors[ci].wrapping_add(diff);
                        // libjpeg stores the DC value as a 16-bit JCOEF.
                        let dc = predictors[ci] as i16;
                        let (x, y) = ((mx * c.h + bx) * c.idct, (my * c.v + by) * c.idct);
                        if c.idct == 1 {
                            bits.skip_ac(ac_table).map_err(corrupt)?;
                            plane.samples[y * plane.width + x] = idct_1x1(dc, quant[0]);
                        } else {
                            block.fill(0);
                            block[0] = dc;
                            bits.ac_into(ac_table, &mut block, &NEEDED_2X2).map_err(corrupt)?;
                            let px = idct_2x2(&block, quant);
                            plane.samples[y * plane.width + x..][..2].copy_from_slice(&px[..2]);
                            plane.samples[(y + 1) * plane.width + x..][..2].copy_from_slice(&px[2..]);
                        }
                    }
                }
            }
            mcu += 1;
            // libjpeg warns when it needs bits past the marker (and then
            // fills with zeros); checked per MCU so the reader stays
            // within the padding.
            if bits.consumed_since(start) > available {
                return Err(damaged("entropy-coded data ends before the last block", offset));
            }
        }
        // Whole bytes left before the marker: libjpeg warns about them
        // (extraneous data) at a restart marker, and may or may not at the
        // end of the scan; either way, leave the file to it.
        if available - bits.consumed_since(start) >= 8 {
            return Err(damaged("bytes left after the last block of an interval", offset));
        }
    }
    Ok(planes)
}

/// Upsamples (nearest neighbour) and converts to RGB with libjpeg's tables.
fn to_rgb(header: &Header, geometry: &Geometry, planes: &[Plane]) -> DecodedImage {
    let (w, h) = (geometry.out_width, geometry.out_height);
    let mut rgb = vec![0u8; w * h * 3];
    // One output row of a component, upsampled.
    let mut rows: Vec<Vec<u8>> = vec![vec![0; w]; planes.len()];
    // jdcolor.c's build_ycc_rgb_table, in 16-bit fixed point.
    const ONE_HALF: i32 = 1 << 15;
    let fix = |x: f64| (x * 65536.0 + 0.5) as i32;
    let (cr_r, cb_b, cr_g, cb_g) = (fix(1.40200), fix(1.77200), fix(0.71414), fix(0.34414));
    let clamp = |v: i32| v.clamp(0, 255) as u8;
    for (y, out) in rgb.chunks_exact_mut(w * 3).enumerate() {
        for ((row, plane), c) in rows.iter_mut().zip(planes).zip(&geometry.components) {
            let src = &plane.samples[(y / c.expand_y) * plane.width..][..w.div_ceil(c.expand_x)];
            if c.expand_x == 1 {
                row.copy_from_slice(src);
            } else {
                for (x, v) in row.iter_mut().enumerate() {
                    *v = src[x / c.expand_x];
                }
            }
        }
        if planes.len() == 1 {
            for (px, &v) in out.chunks_exact_mut(3).zip(&rows[0]) {
                px.copy_from_slice(&[v, v, v]);
            }
            continue;
        }
        for (((px, &luma), &cb), &cr) in out.chunks_exact_mut(3).zip(&rows[0]).zip(&rows[1]).zip(&rows[2]) {
            let (luma, cb, cr) = (i32::from(luma), i32::from(cb) - 128, i32::from(cr) - 128);
            px[0] = clamp(luma + ((cr_r * cr + ONE_HALF) >> 16));
            px[1] = clamp(luma + ((-cb_g * cb + ONE_HALF + -cr_g * cr) >> 16));
            px[2] = clamp(luma + ((cb_b * cb + ONE_HALF) >> 16));
        }
    }
    DecodedImage {
        width: w as u32,
        height: h as u32,
        rgb,
        full_width: header.width as u32,
        full_height: header.height as u32,
        damage: None,
    }
}

#[cfg(test)]
mod tests {
    use jpeg_encoder::{ColorType, Encoder, SamplingFactor};

    use super::*;
    use crate::jpeg::decode_jpeg;

    const MAX: u64 = crate::decode::DEFAULT_MAX_PIXELS;

    /// Gradients, hard edges, saturated corners and noise, so that blocks
    /// have large AC coefficients and colours clamp.
    fn picture(width: usize, height: usize, channels: usize, seed: u32) -> Vec<u8> {
        let mut state = seed.wrapping_mul(2_654_435_761) | 1;
        let mut noise = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let mut out = Vec::with_capacity(width * height * channels);
        for y in 0..height {
            for x in 0..width {
                for c in 0..channels {
                    let base = match c {
                        0 => x * 255 / width.max(1),
                        1 => y * 255 / height.max(1),
                        _ => {
                            if (x / 5 + y / 7) % 2 == 0 {
                                255
                            } else {
                                0
                            }
                        }
                    };
                    let n = noise();
                    let value = if n % 7 == 0 { (n >> 8) as usize & 255 } else { base };
                    out.push(value as u8);
                }
            }
        }
        out
    }

    struct Options {
        sampling: SamplingFactor,
        quality: u8,
        restart: u16,
        optimize: bool,
        grey: bool,
    }

    fn encode(width: u16, height: u16, o: &Options, seed: u32) -> Vec<u8> {
        let channels = if o.grey { 1 } else { 3 };
        let pixels = picture(usize::from(width), usize::from(height), channels, seed);
        let mut out = Vec::new();
        let mut encoder = Encoder::new(&mut out, o.quality);
        encoder.set_sampling_factor(o.sampling);
        if o.restart > 0 {
            encoder.set_restart_interval(o.restart);
        }
        encoder.set_optimized_huffman_tables(o.optimize);
        let color = if o.grey { ColorType::Luma } else { ColorType::Rgb };
        encoder.encode(&pixels, width, height, color).unwrap();
        out
    }

    /// The invariant the fast path rests on: whatever the DC decoder
    /// returns is libjpeg's 1/8-scale picture of a file libjpeg decodes
    /// without a warning.
    fn assert_as_libjpeg(jpeg: &[u8], label: &str) -> bool {
        let ours = decode_eighth(jpeg, MAX);
        let Ok(ours) = ours else { return false };
        let libjpeg = decode_jpeg(jpeg, MAX, |_, _| 8).unwrap_or_else(|e| panic!("{label}: libjpeg failed: {e}"));
        assert_eq!(libjpeg.warnings, 0, "{label}: libjpeg warned: {:?}", libjpeg.first_warning);
        let image = libjpeg.image;
        assert_eq!((ours.width, ours.height), (image.width, image.height), "{label}: size");
        assert_eq!((ours.full_width, ours.full_height), (image.full_width, image.full_height), "{label}");
        if ours.rgb != image.rgb {
            let first = ours.rgb.iter().zip(&image.rgb).position(|(a, b)| a != b).unwrap_or(0);
            panic!("{label}: pixels differ from libjpeg's, first at byte {first}");
        }
        true
    }

    /// A baseline JPEG from libjpeg-turbo with optimised Huffman tables
    /// (long and unusual codes), chroma covering `pixels` luma pixels.
    fn encode_libjpeg(width: usize, height: usize, pixels: (u8, u8), quality: u8, grey: bool, seed: u32) -> Vec<u8> {
        let space = if grey { mozjpeg::ColorSpace::JCS_GRAYSCALE } else { mozjpeg::ColorSpace::JCS_RGB };
        let mut compress = mozjpeg::Compress::new(space);
        compress.set_fastest_defaults();
        compress.set_size(width, height);
        compress.set_quality(f32::from(quality));
        compress.set_optimize_coding(true);
        if !grey {
            compress.set_chroma_sampling_pixel_sizes(pixels, pixels);
        }
        let mut started = compress.start_compress(Vec::new()).unwrap();
        started.write_scanlines(&picture(width, height, if grey { 1 } else { 3 }, seed)).unwrap();
        started.finish().unwrap()
    }

    #[test]
    fn equals_libjpeg_at_one_eighth_in_every_sampling() {
        let sizes = [(1, 1), (8, 8), (15, 17), (33, 70), (130, 97), (401, 299)];
        let qualities = [10, 75, 95, 100];
        let mut case = 0;
        // jpeg-encoder: restart intervals (it interleaves factors up to 2).
        use SamplingFactor::*;
        for sampling in [R_4_4_4, R_4_2_2, R_4_2_0, R_4_4_0] {
            for (width, height) in sizes {
                for (grey, restart) in [(false, 0), (false, 1), (false, 5), (true, 3)] {
                    case += 1;
                    let o = Options { sampling, quality: qualities[case % 4], restart, optimize: false, grey };
                    let jpeg = encode(width, height, &o, case as u32);
                    let label = format!("{sampling:?} {width}x{height} q{} restart {restart} grey {grey}", o.quality);
                    assert!(
                        assert_as_libjpeg(&jpeg, &label),
                        "{label}: declined: {:?}",
                        decode_eighth(&jpeg, MAX).err()
                    );
                }
            }
        }
        // libjpeg-turbo: optimised tables, factors of 4.
        for pixels in [(1, 1), (2, 1), (2, 2), (1, 2), (4, 1), (4, 2), (2, 4), (1, 4)] {
            for (width, height) in sizes {
                for grey in [false, true] {
                    case += 1;
                    let quality = qualities[case % 4];
                    let jpeg =
                        encode_libjpeg(usize::from(width), usize::from(height), pixels, quality, grey, case as u32);
                    let label = format!("libjpeg {pixels:?} {width}x{height} q{quality} grey {grey}");
                    assert!(
                        assert_as_libjpeg(&jpeg, &label),
                        "{label}: declined: {:?}",
                        decode_eighth(&jpeg, MAX).err()
                    );
                }
            }
        }
    }

    #[test]
    fn leaves_other_jpegs_to_libjpeg() {
        let pixels = picture(64, 48, 4, 1);
        let mut progressive = Vec::new();
        let mut encoder = Encoder::new(&mut progressive, 90);
        encoder.set_progressive(true);
        encoder.encode(&pixels, 64, 48, ColorType::Rgba).unwrap();
        assert!(matches!(decode_eighth(&progressive, MAX), Err(DcError::Unsupported { .. })));
        let mut cmyk = Vec::new();
        Encoder::new(&mut cmyk, 90).encode(&pixels, 64, 48, ColorType::Cmyk).unwrap();
        assert!(matches!(decode_eighth(&cmyk, MAX), Err(DcError::Unsupported { .. })));
        let options =
            Options { sampling: SamplingFactor::R_4_2_0, quality: 90, restart: 0, optimize: false, grey: false };
        let whole = encode(64, 48, &options, 2);
        assert!(decode_eighth(&whole, MAX).is_ok());
        assert_eq!(decode_eighth(&whole, 64 * 48 - 1).unwrap_err(), unsupported("image over the pixel limit", 0));
        // One scan per component (jpeg-encoder's optimised tables).
        let several = encode(64, 48, &Options { optimize: true, ..options }, 2);
        assert!(matches!(decode_eighth(&several, MAX), Err(DcError::Unsupported { .. })));
        // Components named R, G, B without a JFIF segment are RGB to
        // libjpeg; with one, YCbCr.
        let app0 = 4 + usize::from(u16::from_be_bytes([whole[4], whole[5]]));
        assert_eq!(&whole[6..11], b"JFIF\0");
        let mut rgb = [&whole[..2], &whole[app0..]].concat();
        let mut named = whole.clone();
        for jpeg in [&mut rgb, &mut named] {
            let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
            for (i, id) in b"RGB".iter().enumerate() {
                jpeg[sof + 10 + 3 * i] = *id;
            }
            let sos = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
            for (i, id) in b"RGB".iter().enumerate() {
                jpeg[sos + 5 + 2 * i] = *id;
            }
        }
        let sos = rgb.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        assert_eq!(decode_eighth(&rgb, MAX).unwrap_err(), unsupported("RGB components", sos + 4));
        assert!(assert_as_libjpeg(&named, "R, G, B with JFIF"));
        assert!(decode_eighth(b"\xFF\xD8\xFF", MAX).is_err());
        assert!(decode_eighth(b"", MAX).is_err());
    }

    #[test]
    fn damage_is_left_to_libjpeg() {
        let options =
            Options { sampling: SamplingFactor::R_4_2_0, quality: 90, restart: 4, optimize: false, grey: false };
        let whole = encode(160, 120, &options, 3);
        let scan = parse(&whole).unwrap().scan_offset;
        let mut declined = 0;
        let mut cases = 0;
        // Truncated anywhere in the entropy data, or just the EOI missing.
        for end in (scan..whole.len()).step_by(97).chain([whole.len() - 2, whole.len() - 1]) {
            cases += 1;
            declined += usize::from(!assert_as_libjpeg(&whole[..end], &format!("cut at {end}")));
        }
        assert_eq!(declined, cases, "a truncated file was decoded");
        // Bytes overwritten in the entropy data: whatever is not declined
        // must be exactly what libjpeg decodes without a warning.
        let mut state = 12345u32;
        for i in 0..400 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let at = scan + (state >> 8) as usize % (whole.len() - 2 - scan);
            let mut damaged = whole.clone();
            damaged[at] = match i % 4 {
                0 => damaged[at] ^ (1 << (state % 8)),
                1 => 0xFF,
                2 => 0x00,
                _ => (state >> 16) as u8,
            };
            cases += 1;
            declined += usize::from(!assert_as_libjpeg(&damaged, &format!("byte {at} changed (case {i})")));
        }
        assert!(declined > cases / 2, "only {declined} of {cases} damaged files declined");
        // A restart marker renumbered, or removed.
        let rst = whole.windows(2).position(|w| w == [0xFF, 0xD1]).unwrap();
        let mut renumbered = whole.clone();
        renumbered[rst + 1] = 0xD2;
        assert!(!assert_as_libjpeg(&renumbered, "RST1 renumbered"));
        let removed = [&whole[..rst], &whole[rst + 2..]].concat();
        assert!(!assert_as_libjpeg(&removed, "RST1 removed"));
    }

    #[test]
    fn huffman_tables_follow_libjpeg() {
        // Two codes of length 1 fill the code space: "0" and "1" is all
        // ones, which libjpeg refuses.
        let mut counts = [0u8; 16];
        counts[0] = 2;
        assert!(Huffman::new(&HuffSpec { counts, values: vec![0, 1] }, false, 0).is_err());
        counts[0] = 1;
        counts[1] = 1;
        let table = Huffman::new(&HuffSpec { counts, values: vec![0x01, 0x00] }, false, 0).unwrap();
        // "0" is (run 0, size 1): 1 + 1 bits; "10" is EOB.
        assert_eq!(table.symbol[0], 1 << 8 | 0x01);
        assert_eq!(table.multi[1 << (LUT_BITS - 1)], 64 << 8 | 2);
        // 0 1 | 0 0 | 10: two coefficients then EOB, in one look-up.
        assert_eq!(table.multi[0b01_00_10 << (LUT_BITS - 6)], 2 << 16 | 66 << 8 | 6);
        // More codes than a length holds (found by the fuzz target: the
        // look-up table overflowed before the check).
        counts = [0u8; 16];
        counts[1] = 5;
        assert!(Huffman::new(&HuffSpec { counts, values: vec![0; 5] }, false, 0).is_err());
        counts[0] = 1;
        counts[1] = 1;
        // DC symbols over 15 are an error in libjpeg.
        assert!(Huffman::new(&HuffSpec { counts, values: vec![16, 0] }, true, 0).is_err());
    }

    #[test]
    fn idct_and_range_limit_match_libjpeg() {
        // range_limit wraps as libjpeg's table does.
        assert_eq!(range_limit(0), 128);
        assert_eq!(range_limit(127), 255);
        assert_eq!(range_limit(511), 255);
        assert_eq!(range_limit(512), 0);
        assert_eq!(range_limit(-128), 0);
        assert_eq!(range_limit(-129), 0);
        assert_eq!(range_limit(-512), 0);
        assert_eq!(range_limit(-600), 255);
        assert_eq!(range_limit(1000), 104);
        assert_eq!(idct_1x1(-4, 1), 128);
        assert_eq!(idct_1x1(-5, 1), 127);
        assert_eq!(idct_1x1(100, 16), 255);
        // A flat block: the 2 x 2 IDCT gives the 1 x 1 value four times.
        let mut block = [0i16; 64];
        block[0] = 37;
        let q = [3u16; 64];
        assert_eq!(idct_2x2(&block, &q), [idct_1x1(37, 3); 4]);
        // A horizontal cosine: left and right differ, rows agree.
        block[1] = 20;
        let px = idct_2x2(&block, &q);
        assert!(px[0] > px[1] && px[0] == px[2] && px[1] == px[3], "{px:?}");
        // Out-of-range values saturate in the SIMD 2 x 2 code and wrap
        // through the table in the C 1 x 1 code.
        // (600 + 128 is past the table's 640.)
        let mut block = [0i16; 64];
        block[0] = 20;
        assert_eq!(idct_2x2(&block, &[240; 64]), [255; 4]);
        assert_eq!(idct_1x1(20, 240), 0);
        block[0] = -20;
        assert_eq!(idct_2x2(&block, &[240; 64]), [0; 4]);
        assert_eq!(idct_1x1(-20, 240), 255);
        assert_eq!(idct_1x1(-4, 1), idct_1x1(-4, 0x1_0001_u32 as u16));
    }
}
