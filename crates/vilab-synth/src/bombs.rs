//! Decompression bombs, written byte by byte in code: files of a few bytes
//! to a few hundred kilobytes whose decode needs hundreds of megabytes, for
//! the tests that hold vilab's decoders to a memory budget.
//!
//! Each image bomb is a valid file of [`BOMB_SIDE`] x [`BOMB_SIDE`] pixels
//! (196 MP, just under `vilab_media`'s default limit of 200 MP, so the pixel
//! limit alone lets it through), and every generator also takes the size, so
//! that tests can make the same file small. The pixels are all one colour:
//! these files carry nothing but their cost. The sizes on disk are pinned by
//! `tests` below (the zlib streams of the PNG and TIFF come from `flate2`,
//! so their length could move by a few bytes with a new `miniz_oxide`).
//!
//! | bomb | on disk at 14000 x 14000 | what the decode holds |
//! |------|--------------------------|-----------------------|
//! | [`gif_screen`] | 35 bytes | a 1 x 1 frame on a 14000 x 14000 logical screen |
//! | [`progressive_jpeg`] | 160 bytes | libjpeg's whole-image coefficient buffer (588 MB at 4:2:0, 1.18 GB at 4:4:4) |
//! | [`png_palette`] | about 24 KB | 1-bit palette with a transparent entry, expanded to RGBA (784 MB) |
//! | [`webp_lossless`] | 28 bytes | a lossless stream whose Huffman codes each have one symbol: zero bits a pixel |
//! | [`tiff_shared_strips`] | about 8 KB | 875 deflate strips that all point at one 700-byte stream |
//! | [`bmp_rle`] | 64 bytes | an RLE8 bitmap that ends at once (the rest is filled) |
//! | [`jpeg_exif_ascii`] | 66 KB | a 64 x 48 photo whose eight EXIF text fields share one run of 65,000 NULs: split at every NUL, 520,000 strings (tens of MB, from one APP1 segment) |
//! | [`nested_stored_zip`] | about 285 KB | 2,640 levels, each a stored zip of the next |

use std::io::{Cursor, Write};

use flate2::Compression;
use flate2::write::ZlibEncoder;
use vilab_core::model::MediaKind;

use crate::error::SynthError;
use crate::seizure::archive::{Packing, build_zip};

/// Side of the image bombs: 14000 x 14000 = 196,000,000 pixels, under the
/// 200 MP default limit of `vilab_media`.
pub const BOMB_SIDE: u16 = 14_000;

/// Levels of [`nested_stored_zip`] in [`all`]: about 285 KB on disk.
pub const NESTED_ZIP_DEPTH: usize = 2_640;

/// One generated bomb.
#[derive(Clone, Debug)]
pub struct Bomb {
    /// Short name for tables and test messages (`"gif-screen"`).
    pub name: &'static str,
    /// The kind its magic bytes give.
    pub kind: MediaKind,
    /// Pixel size its header declares (0 for the zip).
    pub width: u32,
    /// Pixel height its header declares (0 for the zip).
    pub height: u32,
    /// The file.
    pub bytes: Vec<u8>,
}

/// Every bomb at full size ([`BOMB_SIDE`], [`NESTED_ZIP_DEPTH`]), in a fixed
/// order. Building them takes about a second (the PNG's and TIFF's zlib
/// streams compress 25 MB and 0.7 MB of zeros).
pub fn all() -> Result<Vec<Bomb>, SynthError> {
    let side = BOMB_SIDE;
    let image = |name, kind, bytes| Bomb { name, kind, width: u32::from(side), height: u32::from(side), bytes };
    Ok(vec![
        image("gif-screen", MediaKind::Gif, gif_screen(side, side)),
        image("jpeg-progressive-420", MediaKind::Jpeg, progressive_jpeg(side, side, true)),
        image("jpeg-progressive-444", MediaKind::Jpeg, progressive_jpeg(side, side, false)),
        image("png-palette", MediaKind::Png, png_palette(u32::from(side), u32::from(side))),
        image("webp-lossless", MediaKind::Webp, webp_lossless(side, side)),
        image("tiff-shared-strips", MediaKind::Tiff, tiff_shared_strips(u32::from(side), u32::from(side))),
        image("bmp-rle", MediaKind::Bmp, bmp_rle(u32::from(side), u32::from(side))),
        Bomb { name: "jpeg-exif-ascii", kind: MediaKind::Jpeg, width: 64, height: 48, bytes: jpeg_exif_ascii(65_000) },
        Bomb {
            name: "zip-nested-stored",
            kind: MediaKind::Zip,
            width: 0,
            height: 0,
            bytes: nested_stored_zip(NESTED_ZIP_DEPTH)?,
        },
    ])
}

/// A GIF whose logical screen is `width` x `height` and whose only frame is
/// one black pixel in its corner: 35 bytes. A decoder that paints the first
/// frame onto the screen (as the `image` crate does, in RGBA) allocates the
/// whole screen.
pub fn gif_screen(width: u16, height: u16) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&width.to_le_bytes());
    gif.extend_from_slice(&height.to_le_bytes());
    // Global colour table of two entries; background 0, no aspect ratio.
    gif.extend_from_slice(&[0x80, 0, 0]);
    gif.extend_from_slice(&[0, 0, 0, 255, 255, 255]);
    // Image descriptor: a 1 x 1 frame at (0, 0), no local table.
    gif.extend_from_slice(&[0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
    // LZW, minimum code size 2: codes CLEAR (4), 0, END (5) at 3 bits each,
    // least significant bit first, in one sub-block.
    gif.extend_from_slice(&[2, 2, 0x44, 0x01, 0]);
    gif.push(0x3B);
    gif
}

/// A progressive JPEG of `width` x `height` (4:2:0 when `subsampled`, else
/// 4:4:4) whose first scan ends after a few bytes: 160 bytes. libjpeg holds
/// every coefficient of a multi-scan image in memory (128 bytes a block,
/// pre-zeroed), so the size of the frame alone sets the cost, whatever the
/// scans hold; the missing data is a warning, not an error.
pub fn progressive_jpeg(width: u16, height: u16, subsampled: bool) -> Vec<u8> {
    let mut jpeg = vec![0xFF, 0xD8];
    // One quantisation table, all ones.
    jpeg.extend_from_slice(&[0xFF, 0xDB, 0, 67, 0]);
    jpeg.extend_from_slice(&[1; 64]);
    // SOF2: 8-bit, three components sharing table 0.
    jpeg.extend_from_slice(&[0xFF, 0xC2, 0, 17, 8]);
    jpeg.extend_from_slice(&height.to_be_bytes());
    jpeg.extend_from_slice(&width.to_be_bytes());
    let luma_sampling = if subsampled { 0x22 } else { 0x11 };
    jpeg.extend_from_slice(&[3, 1, luma_sampling, 0, 2, 0x11, 0, 3, 0x11, 0]);
    // A DC table with one code, "0" for difference category 0.
    jpeg.extend_from_slice(&[0xFF, 0xC4, 0, 20, 0x00, 1]);
    jpeg.extend_from_slice(&[0; 15]);
    jpeg.push(0);
    // The first DC scan of all three components, then 32 bytes of data.
    jpeg.extend_from_slice(&[0xFF, 0xDA, 0, 12, 3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 0, 0]);
    jpeg.extend_from_slice(&[0; 32]);
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

/// A PNG of `width` x `height` at one bit a pixel, palette black and
/// white, black transparent: decoders expand it to RGBA, 4 bytes a pixel,
/// from a zlib stream of zeros about 1/1000 of the raw 1-bit rows.
pub fn png_palette(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    // Bit depth 1, colour type 3 (palette), deflate, adaptive filters, no
    // interlace.
    ihdr.extend_from_slice(&[1, 3, 0, 0, 0]);
    png_chunk(&mut png, b"IHDR", &ihdr);
    png_chunk(&mut png, b"PLTE", &[0, 0, 0, 255, 255, 255]);
    png_chunk(&mut png, b"tRNS", &[0]);
    // Each row: filter type 0, then width bits of zeros.
    let row = width.div_ceil(8) as usize + 1;
    png_chunk(&mut png, b"IDAT", &zlib_zeros(row * height as usize));
    png_chunk(&mut png, b"IEND", &[]);
    png
}

fn png_chunk(png: &mut Vec<u8>, name: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(name);
    png.extend_from_slice(data);
    let crc = crc32fast::hash(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

/// A zlib stream (best compression) of `len` zero bytes.
fn zlib_zeros(len: usize) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    let block = [0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(block.len());
        encoder.write_all(&block[..n]).expect("writing to a Vec cannot fail");
        left -= n;
    }
    encoder.finish().expect("writing to a Vec cannot fail")
}

/// A lossless WebP (VP8L) of `width` x `height` (each at most 16384) with
/// no transform, no colour cache and five Huffman codes of one symbol
/// each, which cost zero bits a pixel: 28 bytes. Without alpha, a decoder
/// may hold the picture twice (RGBA, then RGB).
///
/// # Panics
///
/// If a side is 0 or over 16384, the format's limit.
pub fn webp_lossless(width: u16, height: u16) -> Vec<u8> {
    assert!((1..=16384).contains(&width) && (1..=16384).contains(&height), "VP8L sides are 1..=16384");
    let mut bits = LsbBits::default();
    bits.put(u32::from(width) - 1, 14);
    bits.put(u32::from(height) - 1, 14);
    bits.put(0, 1); // alpha not used
    bits.put(0, 3); // version 0
    bits.put(0, 1); // no transform
    bits.put(0, 1); // no colour cache
    bits.put(0, 1); // no meta Huffman codes
    for _ in 0..5 {
        // Simple code (1), one symbol (0), a 1-bit symbol (0): symbol 0.
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(0, 1);
    }
    let mut vp8l = vec![0x2F];
    vp8l.extend_from_slice(&bits.finish());
    // RIFF chunks are padded to an even length; the pad is not counted in
    // the chunk's own size.
    let padded = vp8l.len() + vp8l.len() % 2;
    let mut webp = b"RIFF".to_vec();
    webp.extend_from_slice(&(4 + 8 + padded as u32).to_le_bytes());
    webp.extend_from_slice(b"WEBPVP8L");
    webp.extend_from_slice(&(vp8l.len() as u32).to_le_bytes());
    webp.extend_from_slice(&vp8l);
    webp.resize(12 + 8 + padded, 0);
    webp
}

/// Bits packed least significant first, as VP8L reads them.
#[derive(Default)]
struct LsbBits {
    bytes: Vec<u8>,
    used: u32,
}

impl LsbBits {
    fn put(&mut self, value: u32, count: u32) {
        for i in 0..count {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            *self.bytes.last_mut().expect("pushed above") |= bit << (self.used % 8);
            self.used += 1;
        }
    }

    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// Rows in each strip of [`tiff_shared_strips`].
const TIFF_ROWS_PER_STRIP: u32 = 16;

/// A little-endian RGB TIFF of `width` x `height`, deflate-compressed in
/// strips of 16 rows, every full strip pointing at the same zlib stream of
/// zeros (a decoder reads each strip by its offset and never notices): for
/// 14000 x 14000, 875 strips in about 8 KB.
pub fn tiff_shared_strips(width: u32, height: u32) -> Vec<u8> {
    let strips = height.div_ceil(TIFF_ROWS_PER_STRIP);
    let row = width as usize * 3;
    let full = zlib_zeros(row * TIFF_ROWS_PER_STRIP.min(height) as usize);
    let last_rows = height - (strips - 1) * TIFF_ROWS_PER_STRIP;
    let last = (last_rows != TIFF_ROWS_PER_STRIP).then(|| zlib_zeros(row * last_rows as usize));

    const ENTRIES: u32 = 10;
    let ifd_len = 2 + ENTRIES * 12 + 4;
    let bits_at = 8 + ifd_len;
    let offsets_at = bits_at + 6;
    let counts_at = offsets_at + 4 * strips;
    let full_at = counts_at + 4 * strips;
    let last_at = full_at + full.len() as u32;

    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&(ENTRIES as u16).to_le_bytes());
    let mut entry = |tag: u16, kind: u16, count: u32, value: u32| {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&count.to_le_bytes());
        tiff.extend_from_slice(&value.to_le_bytes());
    };
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    entry(256, LONG, 1, width);
    entry(257, LONG, 1, height);
    entry(258, SHORT, 3, bits_at); // BitsPerSample 8, 8, 8
    entry(259, SHORT, 1, 8); // Adobe deflate
    entry(262, SHORT, 1, 2); // RGB
    entry(273, LONG, strips, offsets_at);
    entry(277, SHORT, 1, 3);
    entry(278, LONG, 1, TIFF_ROWS_PER_STRIP);
    entry(279, LONG, strips, counts_at);
    entry(284, SHORT, 1, 1); // chunky
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for _ in 0..3 {
        tiff.extend_from_slice(&8u16.to_le_bytes());
    }
    let strip = |i: u32| match &last {
        Some(last) if i == strips - 1 => (last_at, last.len() as u32),
        _ => (full_at, full.len() as u32),
    };
    for i in 0..strips {
        tiff.extend_from_slice(&strip(i).0.to_le_bytes());
    }
    for i in 0..strips {
        tiff.extend_from_slice(&strip(i).1.to_le_bytes());
    }
    tiff.extend_from_slice(&full);
    if let Some(last) = &last {
        tiff.extend_from_slice(last);
    }
    tiff
}

/// An 8-bit RLE bitmap of `width` x `height` whose pixel data is the single
/// end-of-bitmap code: decoders fill the whole picture with palette entry 0.
/// 64 bytes.
pub fn bmp_rle(width: u32, height: u32) -> Vec<u8> {
    const DATA: [u8; 2] = [0x00, 0x01];
    let data_offset = 14 + 40 + 8;
    let file_size = data_offset + DATA.len() as u32;
    let mut bmp = b"BM".to_vec();
    bmp.extend_from_slice(&file_size.to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    bmp.extend_from_slice(&data_offset.to_le_bytes());
    // BITMAPINFOHEADER: bottom-up, 1 plane, 8 bits, BI_RLE8, two colours.
    bmp.extend_from_slice(&40u32.to_le_bytes());
    bmp.extend_from_slice(&width.to_le_bytes());
    bmp.extend_from_slice(&height.to_le_bytes());
    bmp.extend_from_slice(&1u16.to_le_bytes());
    bmp.extend_from_slice(&8u16.to_le_bytes());
    bmp.extend_from_slice(&1u32.to_le_bytes());
    bmp.extend_from_slice(&(DATA.len() as u32).to_le_bytes());
    bmp.extend_from_slice(&2835u32.to_le_bytes());
    bmp.extend_from_slice(&2835u32.to_le_bytes());
    bmp.extend_from_slice(&2u32.to_le_bytes());
    bmp.extend_from_slice(&0u32.to_le_bytes());
    // Palette, BGRX: black and white.
    bmp.extend_from_slice(&[0, 0, 0, 0, 255, 255, 255, 0]);
    bmp.extend_from_slice(&DATA);
    bmp
}

/// A 64 x 48 JPEG whose APP1 EXIF gives the eight text fields a camera
/// writes (Make, Model, Software in IFD0; DateTimeOriginal,
/// OffsetTimeOriginal, BodySerialNumber, LensSerialNumber and
/// SubSecTimeOriginal in the Exif IFD) one shared value of `run` NULs
/// (`run` up to 65,300, to fit one segment). A reader that splits ASCII
/// values at every NUL into separate strings, as `kamadak-exif` does when
/// a field is read, makes `run` strings per field: at 65,000, 520,000
/// empty strings, 12 MB of vector headers plus their growth.
///
/// # Panics
///
/// If the EXIF does not fit one APP1 segment.
pub fn jpeg_exif_ascii(run: u32) -> Vec<u8> {
    const ASCII: u16 = 2;
    const LONG: u16 = 4;
    let ifd0_at = 8u32;
    let exif_at = ifd0_at + 2 + 4 * 12 + 4;
    let values_at = exif_at + 2 + 5 * 12 + 4;
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&ifd0_at.to_le_bytes());
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&count.to_le_bytes());
        tiff.extend_from_slice(&value.to_le_bytes());
    };
    tiff.extend_from_slice(&4u16.to_le_bytes());
    for tag in [0x010F, 0x0110, 0x0131] {
        entry(&mut tiff, tag, ASCII, run, values_at);
    }
    entry(&mut tiff, 0x8769, LONG, 1, exif_at);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(&5u16.to_le_bytes());
    for tag in [0x9003, 0x9011, 0x9291, 0xA431, 0xA435] {
        entry(&mut tiff, tag, ASCII, run, values_at);
    }
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.resize(tiff.len() + run as usize, 0);
    let length = u16::try_from(2 + 6 + tiff.len()).expect("the EXIF must fit one APP1 segment");
    let photo = crate::jpeg_bytes(&crate::scene(1, 64, 48), 90);
    let mut jpeg = photo[..2].to_vec();
    jpeg.extend_from_slice(&[0xFF, 0xE1]);
    jpeg.extend_from_slice(&length.to_be_bytes());
    jpeg.extend_from_slice(b"Exif\0\0");
    jpeg.extend_from_slice(&tiff);
    jpeg.extend_from_slice(&photo[2..]);
    jpeg
}

/// `depth` zip archives, each holding the next as its only member, stored
/// (no compression, ratio 1, which no compression-ratio guard catches),
/// around a small text file. Each level adds 108 bytes (local header,
/// central directory and end record for a 5-byte name), so a reader that
/// holds every level it has opened while it opens the next holds about
/// `108 * depth * (depth + 1) / 2` bytes: for [`NESTED_ZIP_DEPTH`] levels,
/// 285 KB on disk and 377 MB held at the bottom.
///
/// # Errors
///
/// [`SynthError::Zip`] if the zip writer fails (it writes to memory, so it
/// does not in practice).
pub fn nested_stored_zip(depth: usize) -> Result<Vec<u8>, SynthError> {
    let mut inner = build_zip("bottom.zip", &[("bottom.txt".into(), b"the bottom level\n".to_vec())], Packing::Stored)?;
    for level in 1..depth {
        inner = build_zip(&format!("level {level}"), &[("z.zip".into(), inner)], Packing::Stored)?;
    }
    Ok(inner)
}

/// Sum of the sizes of every level of a [`nested_stored_zip`]: what a
/// reader holds at the bottom when it keeps each level's bytes while it
/// opens the next.
pub fn nested_zip_held_bytes(zip: &[u8]) -> Result<u64, SynthError> {
    let mut held = 0u64;
    let mut level = zip.to_vec();
    loop {
        held += level.len() as u64;
        let fail = |source| SynthError::Zip { path: "nested zip".into(), source };
        let mut archive = zip::ZipArchive::new(Cursor::new(&level)).map_err(fail)?;
        let mut member = archive.by_index(0).map_err(fail)?;
        if !member.name().map_err(fail)?.ends_with(".zip") {
            return Ok(held);
        }
        let mut next = Vec::with_capacity(member.size() as usize);
        std::io::copy(&mut member, &mut next).map_err(|e| fail(e.into()))?;
        drop(member);
        level = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dimensions(bytes: &[u8]) -> (u32, u32) {
        image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().unwrap().into_dimensions().unwrap()
    }

    #[test]
    fn image_bombs_declare_their_size_in_few_bytes() {
        let side = u32::from(BOMB_SIDE);
        assert!(u64::from(side) * u64::from(side) < 200_000_000);
        let gif = gif_screen(BOMB_SIDE, BOMB_SIDE);
        assert_eq!(gif.len(), 35);
        assert_eq!(dimensions(&gif), (side, side));
        let jpeg = progressive_jpeg(BOMB_SIDE, BOMB_SIDE, true);
        assert_eq!(jpeg.len(), 160);
        assert_eq!(dimensions(&jpeg), (side, side));
        let webp = webp_lossless(BOMB_SIDE, BOMB_SIDE);
        assert_eq!(webp.len(), 28);
        assert_eq!(dimensions(&webp), (side, side));
        let bmp = bmp_rle(side, side);
        assert_eq!(bmp.len(), 64);
        assert_eq!(dimensions(&bmp), (side, side));
        let png = png_palette(side, side);
        assert!((20_000..30_000).contains(&png.len()), "{}", png.len());
        assert_eq!(dimensions(&png), (side, side));
        let tiff = tiff_shared_strips(side, side);
        assert!((7_000..10_000).contains(&tiff.len()), "{}", tiff.len());
        assert_eq!(dimensions(&tiff), (side, side));
        let exif = jpeg_exif_ascii(65_000);
        assert!(exif.len() < 70_000);
        assert_eq!(dimensions(&exif), (64, 48));
    }

    /// The JPEG is left out: it is meant for libjpeg, which reads its short
    /// scan with a warning (`vilab-media`'s tests decode it), where the
    /// `image` crate's decoder stops.
    #[test]
    fn small_bombs_decode_to_their_one_colour() {
        for bytes in [
            gif_screen(40, 30),
            png_palette(40, 30),
            webp_lossless(40, 30),
            tiff_shared_strips(40, 30),
            bmp_rle(40, 30),
        ] {
            let image = image::load_from_memory(&bytes).unwrap().into_rgb8();
            assert_eq!(image.dimensions(), (40, 30));
            let first = *image.get_pixel(0, 0);
            assert!(image.pixels().all(|p| *p == first));
        }
    }

    #[test]
    fn bombs_are_deterministic() {
        assert_eq!(png_palette(500, 400), png_palette(500, 400));
        assert_eq!(tiff_shared_strips(500, 40), tiff_shared_strips(500, 40));
        assert_eq!(nested_stored_zip(5).unwrap(), nested_stored_zip(5).unwrap());
    }

    #[test]
    fn nested_zip_is_285_kb_on_disk() {
        let zip = nested_stored_zip(NESTED_ZIP_DEPTH).unwrap();
        assert!((280_000..290_000).contains(&zip.len()), "{}", zip.len());
    }

    #[test]
    fn nested_zip_holds_the_triangle_of_its_levels() {
        let zip = nested_stored_zip(50).unwrap();
        let held = nested_zip_held_bytes(&zip).unwrap();
        let per_level = zip.len() as f64 / 50.0;
        let triangle = per_level * 50.0 * 51.0 / 2.0;
        assert!((held as f64 - triangle).abs() / triangle < 0.05, "{held} vs {triangle}");
    }
}
