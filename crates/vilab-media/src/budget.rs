//! What analysing a content costs in memory, known from its header before
//! anything is decoded, and the cap every decoder is held to.
//!
//! Ingest admits each content against one memory budget for the whole run:
//! before [`crate::analyze()`] it asks the budget for the input's size plus
//! [`decode_cost`], and passes what it was granted as
//! [`AnalyzeOptions::max_alloc`]. `decode_cost` reads only a prefix of the
//! file (ingest reads the first 256 KiB; a JPEG's frame header may sit
//! behind large APP segments, a TIFF's directory anywhere) and says when
//! the prefix is not enough ([`DecodeCost::Unknown`], with how many bytes
//! would be, and a fallback that covers any header within `max_pixels`).
//! With `max_alloc` set, a decode that would need more refuses with
//! [`MediaError::OverBudget`] before it allocates, and the libraries that
//! can be given a cap are given it (see [`crate::decode`]).
//!
//! # The estimate
//!
//! The peak is the larger of two phases, because the EXIF reader's memory
//! is freed before decoding starts:
//!
//! - EXIF: its copy of the EXIF bytes (the APP1 segment of a JPEG, the
//!   whole file of a TIFF, the chunk of a PNG or WebP, up to three times
//!   the file for a HEIF) plus the parse, which is held to
//!   [`EXIF_PARSE_LIMIT`] (`exif_read` prices it from the directories
//!   first; for a JPEG whose EXIF is in the prefix, that price is the
//!   estimate).
//! - decode, PDQ and thumbnail: the kind's decode peak (per kind below,
//!   `P` = width x height, `F` = the file's length) plus [`AFTER_DECODE`]
//!   (PDQ's 512 x 512 float planes and the thumbnail) and one RGB row of the
//!   picture (the thumbnail's scratch row).
//!
//! | kind | decode peak | priced / measured peak resident (`examples/decode_peak.rs`) |
//! |------|-------------|----------|
//! | JPEG | the larger of the DC-only decoder (at 1/8: its copy of the scan `F`, its planes, RGB) and libjpeg: the output at the fast path's scale (3 bytes a pixel; 7 for CMYK), the whole-image coefficient buffer when the image has several scans (progressive, or a first scan without every component: 128 bytes per 8 x 8 block of each component, blocks rounded up to the MCU), and libjpeg's row buffers (24 rows of each component per vertical sampling step) | 14000 x 14000 progressive 4:2:0 (160 B): 603 MB priced, 598 MB resident; 4:4:4: 1191 / 1186 MB; 12 MP camera JPEG: 9.7 / 4.8 MB |
//! | PNG | the `image` crate's output (`P` x bytes of the colour type after expansion: palette or a tRNS chunk make RGB(A)), plus a conversion copy for 16-bit (3 or 1 bytes a pixel); RGBA and grey-alpha lose their alpha in place; grey stays one channel; plus four raw rows and `F` for buffered chunks | 14000 x 14000 1-bit palette with tRNS (24 KB): 790 / 788 MB (was 1.37 GB with the RGB copy) |
//! | GIF | the first frame's part inside the logical screen, 3 bytes a pixel (the rest of the screen is black and never allocated), one raw frame row, and `F` for extension blocks | 35-byte 14000 x 14000 screen: 5.5 / 3.9 MB (was 1.37 GB) |
//! | BMP | `P` x 3 (4 with an alpha mask, stripped in place) | 14000 x 14000 RLE8 (64 B): 593 / 592 MB |
//! | WebP | lossless: `P` x 4, and without alpha `P` x 7 (the decoder's RGBA, then RGB); lossy: the YUV planes `1.5 P` plus output, and an alpha plane decoded as lossless (`5 P`); animated: canvas and frame | 14000 x 14000 zero-bit lossless (28 B): 1377 / 1372 MB |
//! | TIFF | the `tiff` crate's buffer (`P` x samples x bytes a sample, CMYK included) and the `image` crate's copy of it, a conversion copy for 16- and 32-bit samples, one decoded strip or tile, and `4 F` for strip tables and compressed chunks | 14000 x 14000 RGB, 875 strips sharing one stream (7.8 KB): 1182 / 1177 MB |
//! | HEIF | libheif: `P` x [`HEIF_BYTES_PER_PIXEL`] for 8-bit 4:2:0, more for 4:4:4, over 8 bits and alpha (from the `hvcC` and `auxC` properties: libde265's picture, libheif's planes and interleaved RGB, our copy), plus `F` and 8 MiB | 12 MP `heif-enc` HEIC: 152 / 118 MB; 3 MP at 8-bit 4:2:0, 8-bit 4:4:4, 10-bit 4:2:0, 10-bit 4:4:4: 7.4, 8.6, 12.8, 15.9 bytes a pixel resident |
//!
//! # What is not bounded
//!
//! Memory the libraries allocate that does not follow from the header: the
//! Huffman tables of a lossless WebP (one group per entry of its entropy
//! image, each group's tables sized by its codes), libde265's picture when
//! a HEIF's coded size exceeds the size its `ispe` box declares, and the
//! `png` and `gif` crates' copies of oversized metadata chunks (bounded by
//! the file's length, which the estimate counts). The cap is checked from
//! the header, so these are not caught by it either.

use vilab_core::model::MediaKind;

use crate::error::Allocation;
use crate::exif_read::Search;
use crate::header::{self, Facts, GifFacts, HeaderGap, JpegFacts, PngFacts, TiffFacts, WebpFacts, WebpForm};
use crate::{AnalyzeOptions, MediaError};

/// Bytes the EXIF parse may allocate (counted from its directories before
/// it runs, [`crate::exif_read::parse_cost`]): 4 MiB, two orders of
/// magnitude above a camera's EXIF (whose fields take a few kilobytes and
/// whose hundred-odd entries 25 KiB), and under the 33 MB that the seven
/// text fields [`crate::exif_read::read_exif`] reads take when they share
/// one 64 KiB run of NULs (`vilab_synth::bombs::jpeg_exif_ascii`), or the
/// gigabytes they take in a TIFF, whose EXIF is the whole file.
pub const EXIF_PARSE_LIMIT: u64 = 4 << 20;

/// Memory used after the decode while the pixels are held: PDQ's luma and
/// its two 512 x 512 float planes (3 MiB), the sampling tables, the
/// thumbnail's box sums, its pixels and libjpeg's compressor with its
/// output (under 1 MiB).
pub const AFTER_DECODE: u64 = 4 << 20;

/// libheif's peak per pixel when it decodes an 8-bit 4:2:0 HEIC to
/// interleaved RGB, with our copy: libde265's decoded picture and
/// libheif's planes copied from it (1.5 bytes each), the interleaved RGB
/// image and our copy of that (3 + 3), and 2 for libde265's padding and
/// threads (other codings cost more: see the module's table). Measured: 9.8
/// bytes a pixel for a 12 MP HEIC from `heif-enc`.
pub const HEIF_BYTES_PER_PIXEL: u64 = 11;

/// [`HEIF_BYTES_PER_PIXEL`] for a coding of `half_samples / 2` samples a
/// pixel (3: 4:2:0, 6: 4:4:4) of `sample_bytes` each, and 4 more with an
/// auxiliary (alpha) image. Measured from `heif-enc` files of 3 MP:
/// 8-bit 4:2:0 7.4, 8-bit 4:4:4 8.6, 10-bit 4:2:0 12.8, 10-bit 4:4:4 15.9
/// (priced 11, 14, 14 and 20).
pub(crate) fn heif_bytes_per_pixel(half_samples: u8, sample_bytes: u8, auxiliary: bool) -> u64 {
    8 + u64::from(half_samples) * u64::from(sample_bytes) + if auxiliary { 4 } else { 0 }
}

/// Fixed part of every decode: decoder state, tables, small buffers.
const DECODER_BASE: u64 = 1 << 20;

/// What analysing a content will allocate, beyond its input bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeCost {
    /// Read from the header: the peak bytes [`crate::analyze()`] allocates.
    Known {
        /// The peak, in bytes.
        bytes: u64,
        /// Width the header declares (0 for non-images).
        width: u32,
        /// Height the header declares.
        height: u32,
    },
    /// The prefix ends before the header does, or the header is damaged:
    /// only `fallback` bounds the cost.
    Unknown {
        /// A prefix length that would reach the next part of the header
        /// (a TIFF directory, the segment after a large JPEG APP segment),
        /// when known; call again with that many bytes.
        need: Option<u64>,
        /// The cost of the largest image of this kind within `max_pixels`
        /// ([`fallback_cost`]): a grant of this much decodes whatever the
        /// header turns out to say.
        fallback: u64,
    },
}

impl DecodeCost {
    /// The estimate, when the header was read.
    pub fn bytes(&self) -> Option<u64> {
        match *self {
            DecodeCost::Known { bytes, .. } => Some(bytes),
            DecodeCost::Unknown { .. } => None,
        }
    }

    /// Pixels the header declares, when it was read.
    pub fn pixels(&self) -> Option<u64> {
        match *self {
            DecodeCost::Known { width, height, .. } => Some(u64::from(width) * u64::from(height)),
            DecodeCost::Unknown { .. } => None,
        }
    }

    /// What to ask the budget for: the estimate, or else the fallback.
    pub fn request(&self) -> u64 {
        match *self {
            DecodeCost::Known { bytes, .. } => bytes,
            DecodeCost::Unknown { fallback, .. } => fallback,
        }
    }
}

/// The peak bytes [`crate::analyze()`]`(bytes, options)` allocates beyond
/// the input itself, from `prefix` (the first bytes of a file of
/// `file_len` bytes) alone; bounded time (the header walk stops at the
/// prefix's end). See the module documentation for the formula per kind.
pub fn decode_cost(prefix: &[u8], file_len: u64, kind: MediaKind, options: &AnalyzeOptions) -> DecodeCost {
    if !kind.is_image() {
        return DecodeCost::Known { bytes: 0, width: 0, height: 0 };
    }
    let file_len = file_len.max(prefix.len() as u64);
    let exif = exif_cost(prefix, file_len, kind);
    let facts = match header::read(prefix, kind) {
        Ok(facts) => facts,
        Err(HeaderGap::Short { need }) => {
            return DecodeCost::Unknown { need, fallback: fallback_cost(file_len, kind, options) };
        }
        // A header no decoder reads: analysis records the error and stops
        // after EXIF. Decoders read some headers that ours refuses, so the
        // fallback still bounds it.
        Err(HeaderGap::Damaged) => {
            return DecodeCost::Unknown { need: None, fallback: fallback_cost(file_len, kind, options) };
        }
    };
    let (width, height) = facts.size();
    let decode = if u64::from(width) * u64::from(height) > options.max_pixels {
        // Refused by the pixel limit before anything is allocated.
        0
    } else {
        decode_peak(&facts, file_len) + AFTER_DECODE + 3 * u64::from(width)
    };
    DecodeCost::Known { bytes: exif.max(decode), width, height }
}

/// The cost of the most expensive image of `kind` within `max_pixels` (a
/// square of that many pixels in the kind's costliest layout): what to ask
/// for when [`decode_cost`] cannot read the header. At the default 200 MP:
/// JPEG 1.7 GB (progressive CMYK), PNG 2.2 GB (RGBA 16-bit), GIF 0.6 GB,
/// BMP 0.8 GB, WebP 2.4 GB, TIFF 7 GB (RGBA 32-bit float), HEIF 2.4 GB.
pub fn fallback_cost(file_len: u64, kind: MediaKind, options: &AnalyzeOptions) -> u64 {
    let side = (options.max_pixels as f64).sqrt().floor().min(f64::from(u32::MAX)) as u32;
    let worst = match kind {
        MediaKind::Jpeg => Facts::Jpeg(JpegFacts {
            width: side,
            height: side,
            sampling: vec![(1, 1); 4],
            multi_scan: true,
            dc_candidate: false,
            restart_interval: 0,
        }),
        MediaKind::Png => Facts::Png(PngFacts { width: side, height: side, bit_depth: 16, color_type: 6, trns: true }),
        MediaKind::Gif => Facts::Gif(GifFacts { screen: (side, side), frame: None }),
        MediaKind::Bmp => Facts::Bmp(header::BmpFacts { width: side, height: side, alpha: true }),
        MediaKind::Webp => Facts::Webp(WebpFacts { width: side, height: side, form: WebpForm::Unknown }),
        MediaKind::Tiff => Facts::Tiff(TiffFacts {
            width: side,
            height: side,
            samples: 4,
            bits: 32,
            cmyk: false,
            chunk_pixels: u64::from(side) * u64::from(side),
        }),
        MediaKind::Heif => Facts::Heif(header::HeifFacts {
            width: side,
            height: side,
            half_samples: 6,
            sample_bytes: 2,
            auxiliary: true,
        }),
        MediaKind::Zip | MediaKind::Other => return 0,
    };
    let exif = exif_cost_bound(file_len, kind);
    exif.max(decode_peak(&worst, file_len) + AFTER_DECODE + 3 * u64::from(side))
}

/// The EXIF phase: the reader's copy of the EXIF bytes plus the parse,
/// which `exif_read` holds to [`EXIF_PARSE_LIMIT`].
fn exif_cost(prefix: &[u8], file_len: u64, kind: MediaKind) -> u64 {
    match kind {
        // Only the first APP1 Exif segment is copied; when it is in the
        // prefix its length is known, else the longest a segment can be.
        MediaKind::Jpeg => match crate::exif_read::jpeg_exif_search(prefix) {
            Search::Found(payload) => {
                payload.len() as u64 + crate::exif_read::parse_cost(payload).min(EXIF_PARSE_LIMIT)
            }
            Search::Absent => 0,
            Search::Beyond => exif_cost_bound(file_len, kind),
        },
        _ => exif_cost_bound(file_len, kind),
    }
}

/// The EXIF phase without looking at the file.
pub(crate) fn exif_cost_bound(file_len: u64, kind: MediaKind) -> u64 {
    let copy = match kind {
        MediaKind::Jpeg => 65_535,
        // `exif_read` copies a TIFF once, exactly.
        MediaKind::Tiff => file_len,
        // `exif_read` copies the chunk of a PNG or WebP once.
        MediaKind::Png | MediaKind::Webp => file_len,
        // libheif's copy of the block with its container, or without
        // libheif `kamadak-exif`'s buffered reader.
        MediaKind::Heif => 3 * file_len,
        MediaKind::Gif | MediaKind::Bmp | MediaKind::Zip | MediaKind::Other => return 0,
    };
    copy + EXIF_PARSE_LIMIT
}

/// The decode phase of one kind, before PDQ and the thumbnail.
pub(crate) fn decode_peak(facts: &Facts, file_len: u64) -> u64 {
    DECODER_BASE
        + match facts {
            Facts::Jpeg(f) => jpeg_peak(f, file_len),
            Facts::Png(f) => png_peak(f, file_len),
            Facts::Gif(f) => gif_peak(f, file_len),
            Facts::Bmp(f) => {
                let pixels = u64::from(f.width) * u64::from(f.height);
                pixels * if f.alpha { 4 } else { 3 } + 4 * u64::from(f.width)
            }
            Facts::Webp(f) => webp_peak(f),
            Facts::Tiff(f) => tiff_peak(f, file_len),
            Facts::Heif(f) => {
                let per_pixel = heif_bytes_per_pixel(f.half_samples, f.sample_bytes, f.auxiliary);
                u64::from(f.width) * u64::from(f.height) * per_pixel + file_len + (8 << 20)
            }
        }
}

fn jpeg_peak(f: &JpegFacts, file_len: u64) -> u64 {
    let d = crate::decode::fast_jpeg_denominator(f.width, f.height);
    let libjpeg = libjpeg_peak(f, d);
    let dc = if d == 8 && f.dc_candidate { dc_decoder_peak(f, file_len) } else { 0 };
    // The DC decoder frees what it allocated before libjpeg starts.
    libjpeg.max(dc)
}

/// libjpeg's decode at `1 / d`: its coefficient buffer (multi-scan only),
/// row buffers and our output (with the CMYK conversion's second buffer).
pub(crate) fn libjpeg_peak(f: &JpegFacts, d: u32) -> u64 {
    let (ow, oh) = (u64::from(f.width.div_ceil(d)), u64::from(f.height.div_ceil(d)));
    let output = ow * oh * if f.sampling.len() == 4 { 7 } else { 3 };
    libjpeg_internal(f, d) + output
}

/// What libjpeg itself allocates at `1 / d` (`jdcoefct.c`, `jdmainct.c`,
/// `jdsample.c`): the whole-image coefficient arrays when the image has
/// several scans, else one MCU; the main buffer's row groups (at most
/// `2 * v * 8` rows of each component) and the upsampler's `max_v` rows of
/// each, rounded up generously to 24 rows per sampling step.
pub(crate) fn libjpeg_internal(f: &JpegFacts, d: u32) -> u64 {
    let max_h = f.sampling.iter().map(|s| u64::from(s.0)).max().unwrap_or(1);
    let max_v = f.sampling.iter().map(|s| u64::from(s.1)).max().unwrap_or(1);
    let (w, h) = (u64::from(f.width), u64::from(f.height));
    let mut coefficients = 0;
    let mut rows = 0;
    for &(ch, cv) in &f.sampling {
        let (ch, cv) = (u64::from(ch), u64::from(cv));
        let blocks_across = (w * ch).div_ceil(max_h).div_ceil(8);
        let blocks_down = (h * cv).div_ceil(max_v).div_ceil(8);
        if f.multi_scan {
            // 64 coefficients of 2 bytes, plus the row pointer.
            coefficients += blocks_across.next_multiple_of(ch) * 128 * blocks_down.next_multiple_of(cv)
                + 8 * blocks_down.next_multiple_of(cv);
        }
        let scaled_width = (blocks_across * 8).div_ceil(u64::from(d)).max(blocks_across);
        rows += scaled_width * 24 * max_v;
    }
    coefficients + rows + 256 * 1024
}

/// The DC-only decoder: its copy of the entropy data, restart bounds,
/// Huffman tables, sample planes, RGB and one upsampled row per component.
fn dc_decoder_peak(f: &JpegFacts, file_len: u64) -> u64 {
    let max_h = f.sampling.iter().map(|s| u64::from(s.0)).max().unwrap_or(1);
    let max_v = f.sampling.iter().map(|s| u64::from(s.1)).max().unwrap_or(1);
    let (w, h) = (u64::from(f.width), u64::from(f.height));
    let (mcus_x, mcus_y) = (w.div_ceil(8 * max_h), h.div_ceil(8 * max_v));
    let planes: u64 = f
        .sampling
        .iter()
        // A component's plane holds at most 2 x 2 samples a block.
        .map(|&(ch, cv)| mcus_x * u64::from(ch) * 2 * mcus_y * u64::from(cv) * 2)
        .sum();
    let (ow, oh) = (w.div_ceil(8), h.div_ceil(8));
    // 24 bytes of bounds per restart interval.
    let mcus = mcus_x * mcus_y;
    let bounds = 24 * if f.restart_interval == 0 { 1 } else { mcus.div_ceil(u64::from(f.restart_interval)) };
    file_len + 4096 + bounds + 8 * 25 * 1024 + planes + ow * oh * 3 + ow * 3
}

fn png_peak(f: &PngFacts, file_len: u64) -> u64 {
    let (w, h) = (u64::from(f.width), u64::from(f.height));
    let wide = f.bit_depth == 16;
    // Channels after the `image` crate's EXPAND transformation.
    let channels: u64 = match f.color_type {
        0 => 1 + u64::from(f.trns),
        2 => 3 + u64::from(f.trns),
        3 => 3 + u64::from(f.trns),
        4 => 2,
        _ => 4,
    };
    let decoded = w * h * channels * if wide { 2 } else { 1 };
    // 16-bit is converted into a new 8-bit buffer: one channel for grey,
    // three for colour. 8-bit loses its alpha in place.
    let grey = matches!(f.color_type, 0 | 4);
    let converted = if wide { w * h * if grey { 1 } else { 3 } } else { 0 };
    // The raw (filtered) row at the stored depth, four of them: current,
    // previous and the decompressor's output around them.
    let raw_row = (w * channels.max(1) * u64::from(f.bit_depth)).div_ceil(8) + 1;
    decoded + converted + 4 * raw_row + file_len + (1 << 20)
}

fn gif_peak(f: &GifFacts, file_len: u64) -> u64 {
    let (sw, sh) = (u64::from(f.screen.0), u64::from(f.screen.1));
    // The frame's part inside the screen, or the whole screen when the
    // frame descriptor lies past the prefix.
    let (visible, frame_width) = match f.frame {
        Some((left, top, fw, fh)) => {
            let vw = sw.saturating_sub(u64::from(left)).min(u64::from(fw));
            let vh = sh.saturating_sub(u64::from(top)).min(u64::from(fh));
            (vw * vh, u64::from(fw))
        }
        None => (sw * sh, 65_535),
    };
    visible * 3 + frame_width + file_len + 256 * 1024
}

fn webp_peak(f: &WebpFacts) -> u64 {
    let p = u64::from(f.width) * u64::from(f.height);
    let (mbw, mbh) = (u64::from(f.width.div_ceil(16)), u64::from(f.height.div_ceil(16)));
    // Y at 16 x 16 and U, V at 8 x 8 per macroblock.
    let yuv = mbw * mbh * (256 + 2 * 64);
    let lossless_rgb = 7 * p;
    let lossless_rgba = 4 * p;
    // Lossy with alpha: YUV, the RGBA output, and the alpha plane, which
    // is itself a lossless stream decoded to RGBA, then its green taken.
    let lossy_alpha = yuv + 4 * p + 4 * p + p;
    match f.form {
        WebpForm::Lossless { alpha: true } => lossless_rgba,
        WebpForm::Lossless { alpha: false } => lossless_rgb,
        WebpForm::Lossy { alpha: false } => yuv + 3 * p,
        WebpForm::Lossy { alpha: true } => lossy_alpha,
        // The canvas, then the first frame decoded as above and blended.
        WebpForm::Animated => 4 * p + lossy_alpha.max(lossless_rgb),
        WebpForm::Unknown => 4 * p + lossy_alpha.max(lossless_rgb),
    }
}

fn tiff_peak(f: &TiffFacts, file_len: u64) -> u64 {
    let p = u64::from(f.width) * u64::from(f.height);
    let samples = u64::from(f.samples.max(1));
    let bits = u64::from(f.bits.max(1));
    // The `tiff` crate's buffer, at the stored layout (1-bit packed).
    let stored = if bits == 1 {
        u64::from(f.width).div_ceil(8) * u64::from(f.height) * samples
    } else {
        p * samples * bits.div_ceil(8)
    };
    // The `image` crate's buffer: CMYK becomes RGB, 1-bit becomes 8.
    let channels = if f.cmyk { 3 } else { samples };
    let output = p * channels * bits.div_ceil(8);
    let converted = if bits > 8 { p * 3 } else { 0 };
    let chunk = f.chunk_pixels * samples * bits.div_ceil(8);
    stored + output + converted + chunk + 4 * file_len
}

/// What a decode may use: the pixel limit and the byte cap.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Images with more pixels are refused.
    pub(crate) max_pixels: u64,
    /// Bytes the decode may allocate beyond its input; `None`: no cap.
    pub(crate) max_alloc: Option<u64>,
}

impl Limits {
    /// The pixel limit alone, as before there was a byte cap.
    pub(crate) fn pixels(max_pixels: u64) -> Self {
        Limits { max_pixels, max_alloc: None }
    }

    /// Refuses `needed` bytes over the cap, naming `what` needs them.
    pub(crate) fn check(&self, what: Allocation, needed: u64) -> Result<(), MediaError> {
        match self.max_alloc {
            Some(allowed) if needed > allowed => Err(MediaError::OverBudget { what, needed, allowed }),
            _ => Ok(()),
        }
    }
}
