//! JPEG decoding through libjpeg-turbo (the `mozjpeg` build of it): scaling
//! in the DCT domain for the fast ingest path, and the decoder's own
//! warnings, which are how a truncated or damaged JPEG is told apart from a
//! whole one (the pure-Rust decoders return the grey-filled picture silently).
//! Also the thumbnails' encoder.
//!
//! libjpeg reports fatal errors through a callback that must not return;
//! the callback here unwinds back into Rust, where `catch_unwind` turns it
//! into an error. This is the only unsafe code in vilab's own crates.
//!
//! The byte cap reaches libjpeg through its memory manager's
//! `max_memory_to_use`, which it compares with its whole allocation before
//! it allocates the whole-image coefficient buffer of a multi-scan file;
//! when the buffer does not fit, libjpeg-turbo (built with `jmemnobs.c`,
//! no temporary files) fails with "Backing store not supported" instead of
//! allocating it. The `mozjpeg` crate keeps the decompressor private, so
//! the limit is set from the message callback, which libjpeg calls with
//! the decompressor (and so its memory manager) for the SOI trace message
//! of every file, long before `jpeg_start_decompress` sizes the buffers.

#![allow(unsafe_code)]

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use mozjpeg::ColorSpace;
use vilab_core::model::MediaKind;

use crate::MediaError;
use crate::budget::Limits;
use crate::decode::{DecodedImage, check_pixel_limit};
use crate::error::Allocation;

/// A JPEG decoded by libjpeg, with the warnings it raised.
pub struct JpegDecoded {
    /// The pixels (scaled when asked).
    pub image: DecodedImage,
    /// libjpeg warnings: premature end of data, corrupt entropy data. More
    /// than zero means the picture is partly grey-filled.
    pub warnings: u32,
    /// The first warning's text.
    pub first_warning: Option<String>,
}

thread_local! {
    static WARNINGS: Cell<u32> = const { Cell::new(0) };
    static FIRST_WARNING: Cell<Option<String>> = const { Cell::new(None) };
    /// `max_memory_to_use` for the decompression running on this thread;
    /// 0: libjpeg's default, no limit.
    static MEMORY_LIMIT: Cell<std::os::raw::c_long> = const { Cell::new(0) };
}

/// libjpeg's message that a virtual array did not fit `max_memory_to_use`
/// (`JERR_NO_BACKING_STORE`).
const NO_BACKING_STORE: &str = "Backing store not supported";

/// libjpeg's message buffer size (JMSG_LENGTH_MAX).
const MESSAGE_LENGTH: usize = 200;

fn format_message(common: &mut mozjpeg_sys::jpeg_common_struct) -> String {
    let mut buf = [0u8; MESSAGE_LENGTH];
    // SAFETY: `common.err` is the error manager libjpeg was created with
    // (set by `error_manager`), alive for the whole decompression; its
    // `format_message` writes at most JMSG_LENGTH_MAX bytes, NUL-terminated,
    // into the buffer. The binding types the buffer as `&[u8; 80]`, so the
    // function pointer is re-typed to take a raw pointer to our larger one.
    unsafe {
        if let Some(format) = (*common.err).format_message {
            let format: unsafe extern "C-unwind" fn(&mut mozjpeg_sys::jpeg_common_struct, *mut u8) =
                std::mem::transmute(format);
            format(common, buf.as_mut_ptr());
        }
    }
    String::from_utf8_lossy(buf.split(|&b| b == 0).next().unwrap_or_default()).into_owned()
}

extern "C-unwind" fn on_message(common: &mut mozjpeg_sys::jpeg_common_struct, level: std::os::raw::c_int) {
    let limit = MEMORY_LIMIT.with(Cell::get);
    if limit > 0 && !common.mem.is_null() {
        // SAFETY: `common` is the decompressor libjpeg is calling back
        // for; `jpeg_CreateDecompress` set `mem` to its memory manager
        // before reading any marker, and it lives until the decompressor
        // is destroyed. `max_memory_to_use` is a plain integer field that
        // libjpeg reads only when it sizes its virtual arrays.
        unsafe { (*common.mem).max_memory_to_use = limit };
    }
    // Level -1 is a warning; levels >= 0 are trace messages.
    if level < 0 {
        WARNINGS.with(|w| w.set(w.get() + 1));
        let first = FIRST_WARNING.with(|f| f.take());
        let first = first.or_else(|| Some(format_message(common)));
        FIRST_WARNING.with(|f| f.set(first));
    }
}

extern "C-unwind" fn on_error(common: &mut mozjpeg_sys::jpeg_common_struct) {
    let message = format_message(common);
    // resume_unwind skips the panic hook: a bad file is not a crash report.
    std::panic::resume_unwind(Box::new(message));
}

fn error_manager() -> mozjpeg_sys::jpeg_error_mgr {
    // SAFETY: jpeg_error_mgr is a plain C struct of function pointers and
    // integers, for which all-zero is a valid value; jpeg_std_error then
    // fills every field before we replace two callbacks.
    unsafe {
        let mut manager: mozjpeg_sys::jpeg_error_mgr = std::mem::zeroed();
        mozjpeg_sys::jpeg_std_error(&mut manager);
        manager.error_exit = Some(on_error);
        manager.emit_message = Some(on_message);
        manager
    }
}

/// Decodes a JPEG held in memory to RGB. `choose_denominator` gets the
/// stored width and height and returns the DCT scale denominator (1, 2, 4
/// or 8). Baseline and progressive, YCbCr, grey, CMYK and YCCK are handled.
pub fn decode_jpeg(
    data: &[u8],
    max_pixels: u64,
    choose_denominator: impl Fn(u32, u32) -> u32,
) -> Result<JpegDecoded, MediaError> {
    decode_jpeg_within(data, &Limits::pixels(max_pixels), choose_denominator)
}

/// [`decode_jpeg`] held to a byte cap as well: our output is priced from
/// libjpeg's header before it is allocated, and libjpeg gets the rest of
/// the cap as `max_memory_to_use` for its coefficient buffer.
pub(crate) fn decode_jpeg_within(
    data: &[u8],
    limits: &Limits,
    choose_denominator: impl Fn(u32, u32) -> u32,
) -> Result<JpegDecoded, MediaError> {
    WARNINGS.with(|w| w.set(0));
    FIRST_WARNING.with(|f| f.set(None));
    // libjpeg's share is fixed before its header is read (see the module
    // documentation); our own header reading tells the output's size
    // first. When it cannot, libjpeg and the output get half each.
    let facts = crate::header::jpeg_facts(data);
    let output = facts.as_ref().map(|f| jpeg_output_bytes(f.width, f.height, f.sampling.len(), &choose_denominator));
    let libjpeg_share = limits.max_alloc.map(|cap| match output {
        Some(output) => cap.saturating_sub(output),
        None => cap / 2,
    });
    let coefficients = facts.as_ref().map(|f| {
        let d = choose_denominator(f.width, f.height);
        crate::budget::libjpeg_internal(f, d)
    });
    MEMORY_LIMIT.with(|l| {
        l.set(
            libjpeg_share.map_or(0, |b| std::os::raw::c_long::try_from(b.max(1)).unwrap_or(std::os::raw::c_long::MAX)),
        )
    });
    let result = catch_unwind(AssertUnwindSafe(|| -> Result<DecodedImage, MediaError> {
        let undecodable = |e: std::io::Error| MediaError::undecodable(MediaKind::Jpeg, e);
        let mut decompress =
            mozjpeg::Decompress::builder().with_err(error_manager()).from_mem(data).map_err(undecodable)?;
        let (w, h) = decompress.size();
        let (full_width, full_height) = (u32::try_from(w).unwrap_or(u32::MAX), u32::try_from(h).unwrap_or(u32::MAX));
        check_pixel_limit(full_width, full_height, limits.max_pixels)?;
        let components = decompress.components().len();
        let needed = jpeg_output_bytes(full_width, full_height, components, &choose_denominator);
        let allowed = match (limits.max_alloc, output) {
            (Some(cap), Some(_)) => Some(cap),
            (Some(cap), None) => Some(cap / 2),
            (None, _) => None,
        };
        Limits { max_pixels: limits.max_pixels, max_alloc: allowed }.check(Allocation::JpegOutput, needed)?;
        let denominator = choose_denominator(full_width, full_height);
        debug_assert!(matches!(denominator, 1 | 2 | 4 | 8));
        decompress.scale((8 / denominator.clamp(1, 8)) as u8);
        let cmyk = matches!(decompress.color_space(), ColorSpace::JCS_CMYK | ColorSpace::JCS_YCCK);
        let mut started = if cmyk { decompress.to_colorspace(ColorSpace::JCS_CMYK) } else { decompress.rgb() }
            .map_err(undecodable)?;
        let (width, height) = (started.width() as u32, started.height() as u32);
        let raw: Vec<u8> = started.read_scanlines().map_err(undecodable)?;
        started.finish().map_err(undecodable)?;
        let rgb = if cmyk { inverted_cmyk_to_rgb(&raw) } else { raw };
        Ok(DecodedImage { width, height, rgb, full_width, full_height, damage: None })
    }));
    MEMORY_LIMIT.with(|l| l.set(0));
    let warnings = WARNINGS.with(|w| w.get());
    let first_warning = FIRST_WARNING.with(|f| f.take());
    match result {
        Ok(Ok(image)) => Ok(JpegDecoded { image, warnings, first_warning }),
        Ok(Err(e)) => Err(e),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "libjpeg error".into());
            if message.contains(NO_BACKING_STORE)
                && let Some(allowed) = libjpeg_share
            {
                return Err(MediaError::OverBudget {
                    what: Allocation::JpegCoefficients,
                    needed: coefficients.unwrap_or(allowed.saturating_add(1)),
                    allowed,
                });
            }
            Err(MediaError::undecodable(MediaKind::Jpeg, message))
        }
    }
}

/// Bytes of our output at the chosen scale: RGB, or CMYK and its RGB.
fn jpeg_output_bytes(width: u32, height: u32, components: usize, choose: &impl Fn(u32, u32) -> u32) -> u64 {
    let d = choose(width, height).clamp(1, 8);
    let pixels = u64::from(width.div_ceil(d)) * u64::from(height.div_ceil(d));
    pixels * if components == 4 { 7 } else { 3 }
}

/// Encodes interleaved 8-bit RGB as a baseline JPEG (4:2:0, standard
/// Huffman tables) with libjpeg-turbo's fast settings: a 256-pixel
/// thumbnail takes about 0.2 ms where the `image` crate's encoder took 1.5
/// (mozjpeg's own defaults, trellis quantisation and progressive scans, are
/// slower still and buy a few hundred bytes).
pub fn encode_rgb(rgb: &[u8], width: u32, height: u32, quality: u8) -> Result<Vec<u8>, MediaError> {
    if width == 0 || height == 0 || rgb.len() != width as usize * height as usize * 3 {
        return Err(MediaError::Thumbnail(format!("{} bytes are not {width}x{height} RGB", rgb.len())));
    }
    let result = catch_unwind(AssertUnwindSafe(|| -> std::io::Result<Vec<u8>> {
        let mut compress = mozjpeg::Compress::new_err(Box::new(error_manager()), ColorSpace::JCS_RGB);
        compress.set_fastest_defaults();
        compress.set_size(width as usize, height as usize);
        compress.set_quality(f32::from(quality));
        let mut started = compress.start_compress(Vec::with_capacity(16 * 1024))?;
        started.write_scanlines(rgb)?;
        started.finish()
    }));
    match result {
        Ok(Ok(jpeg)) => Ok(jpeg),
        Ok(Err(e)) => Err(MediaError::Thumbnail(e.to_string())),
        Err(panic) => Err(MediaError::Thumbnail(
            panic.downcast_ref::<String>().cloned().unwrap_or_else(|| "libjpeg error while encoding".into()),
        )),
    }
}

/// CMYK as Adobe writes it in JPEG (inverted: 255 is no ink) to RGB, the
/// naive way ImageMagick does without a colour profile.
fn inverted_cmyk_to_rgb(cmyk: &[u8]) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(cmyk.len() / 4 * 3);
    for p in cmyk.chunks_exact(4) {
        let k = u32::from(p[3]);
        rgb.extend(p[..3].iter().map(|&c| ((u32::from(c) * k + 127) / 255) as u8));
    }
    rgb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resident_peak() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with("VmHWM")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 1024
    }

    /// The progressive bomb's 588 MB coefficient buffer, over libjpeg's
    /// share of a 100 MB cap: libjpeg-turbo fails in `realize_virt_arrays`
    /// ("Backing store not supported") before it allocates the buffer, so
    /// the process's peak does not move by anything like it.
    #[test]
    fn libjpeg_refuses_a_coefficient_buffer_past_its_share() {
        let bomb = vilab_synth::bombs::progressive_jpeg(14_000, 14_000, true);
        let limits = Limits { max_pixels: crate::decode::DEFAULT_MAX_PIXELS, max_alloc: Some(100 << 20) };
        let before = resident_peak();
        match decode_jpeg_within(&bomb, &limits, |_, _| 8) {
            Err(MediaError::OverBudget { what, needed, allowed }) => {
                assert_eq!(what, Allocation::JpegCoefficients);
                assert!(needed > 580_000_000 && allowed < 100 << 20, "{needed} {allowed}");
            }
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("decoded past the cap"),
        }
        let grew = resident_peak().saturating_sub(before);
        assert!(grew < 300 << 20, "the peak grew by {grew} bytes");
        // The limit is per decode: the next one on this thread has none.
        assert_eq!(MEMORY_LIMIT.with(Cell::get), 0);
    }
}
