//! Writes the seed corpora of the fuzz targets into `fuzz/seeds/<target>/`
//! (or the directory given as the only argument).
//!
//! Everything is generated, deterministically: pictures are vilab-synth's
//! painted abstract scenes (never photographs), EXIF is written by
//! kamadak-exif, zips are laid out byte by byte below so that the odd ones
//! (duplicate names, CP437 names, ZIP64, data descriptors, truncation,
//! overlapping entries) are exactly what they claim to be, and the text
//! seeds are written out here or copied from the bundled legal data.
//!
//! Seeds stay small (a few KB, all under 20 KB): libFuzzer's default
//! `-max_len` follows the largest seed, and a short CI run wants many
//! iterations, not a few big ones.
//!
//! The HEIC seeds are not made here (no HEVC encoder in Rust):
//! `../seeds/regenerate.sh` makes them with heif-enc from the JPEG written
//! as `exif/jpeg-exif-le.jpg`.

use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use exif::experimental::Writer as ExifWriter;
use exif::{Field, In, Rational, Tag, Value};
use flate2::Compression;
use flate2::write::DeflateEncoder;
use image::codecs::bmp::BmpEncoder;
use image::codecs::gif::GifEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::tiff::TiffEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ExtendedColorType, ImageEncoder, RgbImage};
use jpeg_encoder::{ColorType, Encoder, SamplingFactor};
use vilab_synth::{ExifTags, GpsPosition, exif_payload, scene};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result {
    let out = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"),
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut seeds = Seeds { out, written: 0, bytes: 0 };

    let images = images()?;
    for (name, bytes) in &images {
        seeds.put("analyze", name, bytes)?;
    }
    for (name, bytes) in exif_seeds()? {
        seeds.put("exif", &name, &bytes)?;
    }
    for (name, bytes) in jpegs()? {
        seeds.put("jpeg_dc", &name, &bytes)?;
    }
    let zips = zips(&repo)?;
    for (name, bytes) in &zips {
        seeds.put("zip_index", name, bytes)?;
        // zip_walk returns at once on anything that does not start like
        // a zip (`detect_kind`): only those are worth seeding it with.
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            seeds.put("zip_walk", name, bytes)?;
        }
    }
    for (name, bytes) in media_keys() {
        seeds.put("media_key", &name, &bytes)?;
    }
    for (name, bytes) in hash_sets() {
        seeds.put("hashset_read", &name, &bytes)?;
    }
    for (name, bytes) in law(&repo)? {
        seeds.put("law_import", &name, &bytes)?;
    }
    for (name, bytes) in pdq_luma() {
        seeds.put("pdq_luma", &name, &bytes)?;
    }
    for (name, bytes) in crypt_slots()? {
        seeds.put("crypt_slots", &name, &bytes)?;
    }
    for (name, bytes) in crypt_stream()? {
        seeds.put("crypt_stream", &name, &bytes)?;
    }
    eprintln!("{} seeds, {} bytes, in {}", seeds.written, seeds.bytes, seeds.out.display());
    Ok(())
}

struct Seeds {
    out: PathBuf,
    written: usize,
    bytes: usize,
}

impl Seeds {
    fn put(&mut self, target: &str, name: &str, bytes: &[u8]) -> Result {
        assert!(bytes.len() < 20_000, "{target}/{name} is {} bytes: seeds stay under 20 KB", bytes.len());
        let dir = self.out.join(target);
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(name), bytes)?;
        self.written += 1;
        self.bytes += bytes.len();
        Ok(())
    }
}

// ---------------------------------------------------------------- pictures

/// A JPEG of `img` (or of its grey version) from jpeg-encoder, with the
/// given sampling, restart interval, progressive mode and APP1 payload.
struct Jpeg {
    quality: u8,
    sampling: SamplingFactor,
    grey: bool,
    progressive: bool,
    restart: u16,
    optimized: bool,
    exif: Option<Vec<u8>>,
}

impl Default for Jpeg {
    fn default() -> Self {
        Jpeg {
            quality: 75,
            sampling: SamplingFactor::R_4_2_0,
            grey: false,
            progressive: false,
            restart: 0,
            optimized: false,
            exif: None,
        }
    }
}

impl Jpeg {
    fn encode(&self, img: &RgbImage) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut enc = Encoder::new(&mut out, self.quality);
        enc.set_sampling_factor(self.sampling);
        enc.set_progressive(self.progressive);
        enc.set_optimized_huffman_tables(self.optimized);
        if self.restart > 0 {
            enc.set_restart_interval(self.restart);
        }
        if let Some(payload) = &self.exif {
            let mut app1 = b"Exif\0\0".to_vec();
            app1.extend_from_slice(payload);
            enc.add_app_segment(1, app1)?;
        }
        let (w, h) = (u16::try_from(img.width())?, u16::try_from(img.height())?);
        if self.grey {
            let luma: Vec<u8> = img
                .pixels()
                .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
                .collect();
            enc.encode(&luma, w, h, ColorType::Luma)?;
        } else {
            enc.encode(img.as_raw(), w, h, ColorType::Rgb)?;
        }
        Ok(out)
    }
}

/// Camera-like tags (a made-up camera, a position at sea off Bangkok).
fn camera_tags() -> ExifTags {
    ExifTags {
        make: Some("SynthCam".into()),
        model: Some("SC-1 fuzz seed".into()),
        body_serial: Some("SN0001".into()),
        lens_serial: Some("LN0002".into()),
        datetime_original: Some("2024:05:01 12:30:00".into()),
        offset_time_original: Some("+07:00".into()),
        gps: Some(GpsPosition { latitude: 13.1, longitude: -100.9, altitude: -3.5 }),
        orientation: Some(6),
        software: Some("vilab-fuzz-seedgen".into()),
    }
}

/// A big-endian EXIF block, as some cameras write it, with a southern
/// latitude and an IFD1 thumbnail (a tiny JPEG), which the little-endian
/// block from vilab-synth lacks.
fn exif_big_endian(thumbnail: &[u8]) -> Vec<u8> {
    let ascii = |tag, text: &str| Field { tag, ifd_num: In::PRIMARY, value: Value::Ascii(vec![text.into()]) };
    let r = |num, denom| Rational { num, denom };
    let fields = [
        ascii(Tag::Make, "SynthCam"),
        ascii(Tag::Model, "SC-2 big-endian"),
        ascii(Tag::DateTimeOriginal, "2023:12:31 23:59:59"),
        Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![3]) },
        Field { tag: Tag::GPSVersionID, ifd_num: In::PRIMARY, value: Value::Byte(vec![2, 3, 0, 0]) },
        ascii(Tag::GPSLatitudeRef, "S"),
        Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![r(33, 1), r(52, 1), r(1234, 100)]),
        },
        ascii(Tag::GPSLongitudeRef, "E"),
        Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![r(151, 1), r(12, 1), r(0, 1)]),
        },
        Field { tag: Tag::GPSAltitudeRef, ifd_num: In::PRIMARY, value: Value::Byte(vec![0]) },
        Field { tag: Tag::GPSAltitude, ifd_num: In::PRIMARY, value: Value::Rational(vec![r(5800, 100)]) },
    ];
    let mut writer = ExifWriter::new();
    for field in &fields {
        writer.push_field(field);
    }
    writer.set_jpeg(thumbnail, In::THUMBNAIL);
    let mut out = Cursor::new(Vec::new());
    writer.write(&mut out, false).expect("small fields encode");
    out.into_inner()
}

/// The bytes an `image` encoder writes into a fresh buffer.
fn encode_with(f: impl FnOnce(&mut Vec<u8>) -> image::ImageResult<()>) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    f(&mut out)?;
    Ok(out)
}

fn png(img: &RgbImage) -> Result<Vec<u8>> {
    encode_with(|out| PngEncoder::new(out).write_image(img, img.width(), img.height(), ExtendedColorType::Rgb8))
}

/// A PNG with an `eXIf` chunk right after IHDR.
fn png_with_exif(img: &RgbImage, payload: &[u8]) -> Result<Vec<u8>> {
    let plain = png(img)?;
    // Signature (8) + IHDR chunk (4 + 4 + 13 + 4).
    let (head, rest) = plain.split_at(8 + 25);
    let mut out = head.to_vec();
    out.extend_from_slice(&chunk_be(b"eXIf", payload));
    out.extend_from_slice(rest);
    Ok(out)
}

fn chunk_be(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    c.extend_from_slice(&crc.finalize().to_be_bytes());
    c
}

fn webp_lossless(img: &RgbImage) -> Result<Vec<u8>> {
    encode_with(|out| {
        WebPEncoder::new_lossless(out).write_image(img, img.width(), img.height(), ExtendedColorType::Rgb8)
    })
}

/// An extended WebP (VP8X header, the lossless bitstream, an EXIF chunk).
fn webp_with_exif(img: &RgbImage, payload: &[u8]) -> Result<Vec<u8>> {
    let simple = webp_lossless(img)?;
    let riff_chunk = |kind: &[u8; 4], data: &[u8]| {
        let mut c = kind.to_vec();
        c.extend_from_slice(&(data.len() as u32).to_le_bytes());
        c.extend_from_slice(data);
        if data.len() % 2 == 1 {
            c.push(0);
        }
        c
    };
    let mut vp8x = vec![0x08, 0, 0, 0]; // flags: EXIF present
    vp8x.extend_from_slice(&(img.width() - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(img.height() - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend_from_slice(&simple[12..]); // the VP8L chunk as the encoder wrote it
    body.extend(riff_chunk(b"EXIF", payload));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend(body);
    Ok(out)
}

/// Seeds of `analyze`: one small file of every format it decodes.
fn images() -> Result<Vec<(String, Vec<u8>)>> {
    let img = scene(1, 40, 30);
    let tiny = scene(2, 16, 12);
    let mut out = vec![
        ("jpeg-420-exif.jpg".into(), Jpeg { exif: exif_payload(&camera_tags()), ..Jpeg::default() }.encode(&img)?),
        (
            "jpeg-444-odd.jpg".into(),
            Jpeg { sampling: SamplingFactor::R_4_4_4, ..Jpeg::default() }.encode(&scene(3, 37, 29))?,
        ),
        ("jpeg-grey.jpg".into(), Jpeg { grey: true, ..Jpeg::default() }.encode(&tiny)?),
        ("jpeg-progressive.jpg".into(), Jpeg { progressive: true, ..Jpeg::default() }.encode(&img)?),
        ("png-rgb.png".into(), png(&tiny)?),
        (
            "gif.gif".into(),
            encode_with(|out| GifEncoder::new_with_speed(out, 30).encode(&tiny, 16, 12, ExtendedColorType::Rgb8))?,
        ),
        (
            "bmp.bmp".into(),
            encode_with(|out| BmpEncoder::new(out).write_image(&tiny, 16, 12, ExtendedColorType::Rgb8))?,
        ),
        ("webp-lossless.webp".into(), webp_lossless(&tiny)?),
    ];
    let mut tiff = Cursor::new(Vec::new());
    TiffEncoder::new(&mut tiff).write_image(&tiny, 16, 12, ExtendedColorType::Rgb8)?;
    out.push(("tiff.tif".into(), tiff.into_inner()));
    // RGBA and grey PNG through the same encoder.
    let rgba: Vec<u8> = tiny.pixels().flat_map(|p| [p[0], p[1], p[2], p[0] ^ p[2]]).collect();
    out.push(("png-rgba.png".into(), {
        let mut v = Vec::new();
        PngEncoder::new(&mut v).write_image(&rgba, 16, 12, ExtendedColorType::Rgba8)?;
        v
    }));
    let grey16: Vec<u8> = tiny.pixels().flat_map(|p| (u16::from(p[1]) * 257).to_be_bytes()).collect();
    out.push(("png-grey16.png".into(), {
        let mut v = Vec::new();
        PngEncoder::new(&mut v).write_image(&grey16, 16, 12, ExtendedColorType::L16)?;
        v
    }));
    Ok(out)
}

/// Seeds of `exif`: EXIF in every container it reads.
fn exif_seeds() -> Result<Vec<(String, Vec<u8>)>> {
    let img = scene(4, 16, 16);
    let le = exif_payload(&camera_tags()).expect("tags set");
    let thumb = Jpeg { quality: 30, ..Jpeg::default() }.encode(&scene(5, 8, 8))?;
    let be = exif_big_endian(&thumb);
    Ok(vec![
        ("jpeg-exif-le.jpg".into(), Jpeg { exif: Some(le.clone()), ..Jpeg::default() }.encode(&img)?),
        ("jpeg-exif-be-thumb.jpg".into(), Jpeg { exif: Some(be.clone()), ..Jpeg::default() }.encode(&scene(6, 8, 8))?),
        ("png-exif.png".into(), png_with_exif(&scene(7, 8, 8), &le)?),
        ("webp-exif.webp".into(), webp_with_exif(&scene(8, 8, 8), &be)?),
        // An EXIF block is a TIFF structure: as a file, it is a TIFF with
        // tags and no picture.
        ("tiff-exif-le.tif".into(), le),
        ("tiff-exif-be.tif".into(), be),
    ])
}

/// Seeds of `jpeg_dc`: baseline JPEGs in each layout the DC decoder takes
/// (and one progressive, which it declines).
fn jpegs() -> Result<Vec<(String, Vec<u8>)>> {
    let odd = scene(9, 37, 29);
    let cases: [(&str, Jpeg); 8] = [
        ("420.jpg", Jpeg::default()),
        ("422.jpg", Jpeg { sampling: SamplingFactor::R_4_2_2, ..Jpeg::default() }),
        ("444.jpg", Jpeg { sampling: SamplingFactor::R_4_4_4, quality: 90, ..Jpeg::default() }),
        ("440.jpg", Jpeg { sampling: SamplingFactor::R_4_4_0, ..Jpeg::default() }),
        ("grey.jpg", Jpeg { grey: true, ..Jpeg::default() }),
        ("420-restart.jpg", Jpeg { restart: 2, ..Jpeg::default() }),
        ("420-optimized-q20.jpg", Jpeg { optimized: true, quality: 20, ..Jpeg::default() }),
        ("progressive.jpg", Jpeg { progressive: true, ..Jpeg::default() }),
    ];
    cases.into_iter().map(|(name, jpeg)| Ok((name.to_string(), jpeg.encode(&odd)?))).collect()
}

// -------------------------------------------------------------------- zips

const STORED: u16 = 0;
const DEFLATE: u16 = 8;
const DEFLATE64: u16 = 9;

/// 2024-05-01 12:30:00 as a DOS date and time.
const DOS_DATE: u16 = ((2024 - 1980) << 9) | (5 << 5) | 1;
const DOS_TIME: u16 = (12 << 11) | (30 << 5);

/// One member as it is laid out, faults included.
#[derive(Clone)]
struct Member {
    name: Vec<u8>,
    data: Vec<u8>,
    method: u16,
    flags: u16,
    /// Extra fields of the local header and of the central record.
    local_extra: Vec<u8>,
    central_extra: Vec<u8>,
    /// Sizes and CRC after the data (flag bit 3), zeros in the local header.
    descriptor: bool,
    /// Sizes (and the offset) in ZIP64 extra fields, 0xFFFFFFFF in the records.
    zip64: bool,
    /// Unix mode in the external attributes, made by "Unix" (else DOS).
    unix_mode: Option<u32>,
}

fn member(name: &str, data: &[u8], method: u16) -> Member {
    Member {
        name: name.as_bytes().to_vec(),
        data: data.to_vec(),
        method,
        flags: 0,
        local_extra: Vec::new(),
        central_extra: Vec::new(),
        descriptor: false,
        zip64: false,
        unix_mode: None,
    }
}

fn extra_field(id: u16, data: &[u8]) -> Vec<u8> {
    let mut v = id.to_le_bytes().to_vec();
    v.extend_from_slice(&(data.len() as u16).to_le_bytes());
    v.extend_from_slice(data);
    v
}

fn compress(method: u16, data: &[u8]) -> Vec<u8> {
    match method {
        DEFLATE => {
            let mut e = DeflateEncoder::new(Vec::new(), Compression::best());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        // Stored deflate blocks are also valid deflate64.
        DEFLATE64 => {
            let mut e = DeflateEncoder::new(Vec::new(), Compression::none());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        // Stored, and the methods the reader refuses (their bytes are
        // never decoded).
        _ => data.to_vec(),
    }
}

/// How the archive around the members is laid out.
#[derive(Default)]
struct Layout {
    /// Bytes before the first local header (a self-extractor's stub).
    prefix: Vec<u8>,
    comment: Vec<u8>,
    /// A ZIP64 end of central directory record and locator.
    zip64_end: bool,
    /// Extra central records: (index of the member whose local header they
    /// point at, name) — two records sharing one member's bytes.
    aliases: Vec<(usize, Vec<u8>)>,
}

fn put16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn put64(v: &mut Vec<u8>, x: u64) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn zip(members: &[Member], layout: &Layout) -> Vec<u8> {
    let mut out = layout.prefix.clone();
    let mut central = Vec::new();
    let mut records = 0u64;
    let mut offsets = Vec::new();
    let mut headers = Vec::new();
    for m in members {
        let packed = compress(m.method, &m.data);
        let crc = crc32fast::hash(&m.data);
        let offset = out.len() as u64;
        offsets.push(offset);
        let version_needed: u16 = if m.zip64 { 45 } else { 20 };
        let flags = m.flags | if m.descriptor { 1 << 3 } else { 0 };
        let mut local_extra = m.local_extra.clone();
        let (lcrc, lcsize, lusize) = if m.descriptor {
            (0, 0, 0)
        } else if m.zip64 {
            let mut z = Vec::new();
            put64(&mut z, m.data.len() as u64);
            put64(&mut z, packed.len() as u64);
            local_extra.splice(0..0, extra_field(0x0001, &z));
            (crc, u32::MAX, u32::MAX)
        } else {
            (crc, packed.len() as u32, m.data.len() as u32)
        };
        put32(&mut out, 0x0403_4b50);
        put16(&mut out, version_needed);
        put16(&mut out, flags);
        put16(&mut out, m.method);
        put16(&mut out, DOS_TIME);
        put16(&mut out, DOS_DATE);
        put32(&mut out, lcrc);
        put32(&mut out, lcsize);
        put32(&mut out, lusize);
        put16(&mut out, m.name.len() as u16);
        put16(&mut out, local_extra.len() as u16);
        out.extend_from_slice(&m.name);
        out.extend_from_slice(&local_extra);
        out.extend_from_slice(&packed);
        if m.descriptor {
            put32(&mut out, 0x0807_4b50);
            put32(&mut out, crc);
            if m.zip64 {
                put64(&mut out, packed.len() as u64);
                put64(&mut out, m.data.len() as u64);
            } else {
                put32(&mut out, packed.len() as u32);
                put32(&mut out, m.data.len() as u32);
            }
        }
        headers.push((version_needed, flags, crc, packed.len() as u64));
    }
    let cd_offset = out.len() as u64;
    let record = |central: &mut Vec<u8>, m: &Member, name: &[u8], offset: u64, h: (u16, u16, u32, u64)| {
        let (version_needed, flags, crc, csize) = h;
        let mut extra = Vec::new();
        let (c32, u32_, o32) = if m.zip64 {
            let mut z = Vec::new();
            put64(&mut z, m.data.len() as u64);
            put64(&mut z, csize);
            put64(&mut z, offset);
            extra.extend(extra_field(0x0001, &z));
            (u32::MAX, u32::MAX, u32::MAX)
        } else {
            (csize as u32, m.data.len() as u32, offset as u32)
        };
        extra.extend_from_slice(&m.central_extra);
        put32(central, 0x0201_4b50);
        put16(central, if m.unix_mode.is_some() { 0x031e } else { 0x0014 });
        put16(central, version_needed);
        put16(central, flags);
        put16(central, m.method);
        put16(central, DOS_TIME);
        put16(central, DOS_DATE);
        put32(central, crc);
        put32(central, c32);
        put32(central, u32_);
        put16(central, name.len() as u16);
        put16(central, extra.len() as u16);
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, m.unix_mode.map_or(0, |mode| mode << 16));
        put32(central, o32);
        central.extend_from_slice(name);
        central.extend_from_slice(&extra);
    };
    for (i, m) in members.iter().enumerate() {
        record(&mut central, m, &m.name, offsets[i], headers[i]);
        records += 1;
    }
    for (i, name) in &layout.aliases {
        record(&mut central, &members[*i], name, offsets[*i], headers[*i]);
        records += 1;
    }
    out.extend_from_slice(&central);
    let cd_size = central.len() as u64;
    if layout.zip64_end {
        let end64 = out.len() as u64;
        put32(&mut out, 0x0606_4b50);
        put64(&mut out, 44);
        put16(&mut out, 0x031e);
        put16(&mut out, 45);
        put32(&mut out, 0);
        put32(&mut out, 0);
        put64(&mut out, records);
        put64(&mut out, records);
        put64(&mut out, cd_size);
        put64(&mut out, cd_offset);
        put32(&mut out, 0x0706_4b50);
        put32(&mut out, 0);
        put64(&mut out, end64);
        put32(&mut out, 1);
    }
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    let (n16, size32, offset32) = if layout.zip64_end {
        (u16::MAX, u32::MAX, u32::MAX)
    } else {
        (records as u16, cd_size as u32, cd_offset as u32)
    };
    put16(&mut out, n16);
    put16(&mut out, n16);
    put32(&mut out, size32);
    put32(&mut out, offset32);
    put16(&mut out, layout.comment.len() as u16);
    out.extend_from_slice(&layout.comment);
    out
}

fn zips(repo: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let jpeg = Jpeg { quality: 50, ..Jpeg::default() }.encode(&scene(10, 16, 16))?;
    let small_png = png(&scene(11, 8, 8))?;
    let text = b"fuzz seed: plain text member\n".repeat(4);

    // Extended timestamp (mtime), NTFS times, a Unix mode, a directory.
    let mut with_times = member("photos/a.jpg", &jpeg, DEFLATE);
    with_times.local_extra = extra_field(0x5455, &[1, 0x80, 0x1d, 0x32, 0x66]);
    with_times.central_extra = with_times.local_extra.clone();
    with_times.unix_mode = Some(0o100644);
    let mut ntfs_text = member("notes.txt", &text, STORED);
    let mut ntfs = vec![0u8; 4];
    ntfs.extend_from_slice(&1u16.to_le_bytes());
    ntfs.extend_from_slice(&24u16.to_le_bytes());
    for _ in 0..3 {
        ntfs.extend_from_slice(&133_590_000_000_000_000u64.to_le_bytes());
    }
    ntfs_text.central_extra = extra_field(0x000a, &ntfs);
    let mut dir = member("photos/", b"", STORED);
    dir.unix_mode = Some(0o040755);
    let normal = zip(&[dir, with_times, ntfs_text, member("b.png", &small_png, STORED)], &Layout::default());

    // Nested: a zip in a zip in a zip.
    let inner = zip(&[member("deep/c.jpg", &jpeg, STORED)], &Layout::default());
    let middle = zip(&[member("inner.zip", &inner, DEFLATE), member("m.txt", b"middle", STORED)], &Layout::default());
    let nested =
        zip(&[member("middle.zip", &middle, STORED), member("top.png", &small_png, DEFLATE)], &Layout::default());

    // Two members named alike (the second hides the first from readers
    // that key by name).
    let duplicates = zip(&[member("e.jpg", &jpeg, DEFLATE), member("e.jpg", &small_png, STORED)], &Layout::default());

    // Names in CP437 (no UTF-8 flag: 0x81 is u-umlaut, 0x82 e-acute), one
    // in UTF-8 with the flag, one with an Info-ZIP Unicode Path field, and
    // names with path traversal and a backslash.
    let mut cp437 = member("", b"cp437", STORED);
    cp437.name = b"m\x81ller/caf\x82.txt".to_vec();
    let mut utf8 = member("f\u{fc}r/\u{5199}\u{771f}.txt", b"utf8", STORED);
    utf8.flags = 1 << 11;
    let mut unicode_path = member("", b"unicode path", STORED);
    unicode_path.name = b"caf\x82.txt".to_vec();
    let mut up = vec![1];
    up.extend_from_slice(&crc32fast::hash(&unicode_path.name).to_le_bytes());
    up.extend_from_slice("caf\u{e9}.txt".as_bytes());
    unicode_path.central_extra = extra_field(0x7075, &up);
    let names = zip(
        &[cp437, utf8, unicode_path, member("../../etc/passwd", b"x", STORED), member("dir\\win.txt", b"y", STORED)],
        &Layout::default(),
    );

    // ZIP64: sizes and offsets in extra fields, and the ZIP64 end records.
    let mut z1 = member("z64/a.jpg", &jpeg, DEFLATE);
    z1.zip64 = true;
    let mut z2 = member("z64/b.txt", &text, STORED);
    z2.zip64 = true;
    let zip64 = zip(&[z1, z2], &Layout { zip64_end: true, ..Layout::default() });

    // Data descriptors (streamed writers), with and without ZIP64.
    let mut d1 = member("stream/a.jpg", &jpeg, DEFLATE);
    d1.descriptor = true;
    let mut d2 = member("stream/b.txt", &text, DEFLATE);
    d2.descriptor = true;
    d2.zip64 = true;
    let descriptor = zip(&[d1, d2], &Layout::default());

    // A self-extractor: a stub before the archive, and a comment after.
    let sfx = zip(
        &[member("sfx/a.png", &small_png, DEFLATE)],
        &Layout {
            prefix: b"MZ fake self-extractor stub\0\0\0\0".repeat(3),
            comment: b"archive comment".to_vec(),
            ..Layout::default()
        },
    );

    // Methods the reader does not decode, encryption flags, deflate64.
    let mut encrypted = member("enc.txt", &text, STORED);
    encrypted.flags = 1;
    let mut aes = member("aes.txt", &text, 99);
    aes.flags = 1;
    aes.local_extra = extra_field(0x9901, &[2, 0, b'A', b'E', 3, 8, 0]);
    aes.central_extra = aes.local_extra.clone();
    let methods = zip(
        &[
            encrypted,
            aes,
            member("bz.txt", &text, 12),
            member("d64.txt", &text, DEFLATE64),
            member("lz.txt", &text, 14),
        ],
        &Layout::default(),
    );

    // Two central records sharing one local header (the overlap refusal).
    let overlap = zip(
        &[member("one.jpg", &jpeg, STORED), member("two.txt", &text, STORED)],
        &Layout { aliases: vec![(0, b"alias.jpg".to_vec())], ..Layout::default() },
    );

    // A cut download: local headers and data, the second member cut short,
    // no central directory (recovered by scan_local_headers).
    let whole = zip(&[member("cut/a.txt", &text, DEFLATE), member("cut/b.jpg", &jpeg, STORED)], &Layout::default());
    let cut_at = whole.windows(4).rposition(|w| w == b"PK\x03\x04").unwrap() + 30 + 9 + jpeg.len() / 2;
    let truncated = whole[..cut_at].to_vec();

    // An empty archive: only the end record.
    let empty = zip(&[], &Layout::default());

    let mut out = vec![
        ("normal.zip".into(), normal),
        ("nested.zip".into(), nested),
        ("duplicate-names.zip".into(), duplicates),
        ("names-cp437-utf8.zip".into(), names),
        ("zip64.zip".into(), zip64),
        ("data-descriptor.zip".into(), descriptor),
        ("sfx-comment.zip".into(), sfx),
        ("methods-encrypted.zip".into(), methods),
        ("overlap.zip".into(), overlap),
        ("truncated.zip".into(), truncated),
        ("empty.zip".into(), empty),
    ];
    // Real deflate64 data (made by 7-Zip-like tools; vilab-zip's own test
    // fixture) and a zip as Python's zipfile writes it with a duplicate.
    for fixture in ["deflate64.zip", "python_dup.zip"] {
        out.push((format!("fixture-{fixture}"), fs::read(repo.join("crates/vilab-zip/tests/data").join(fixture))?));
    }
    Ok(out)
}

// ---------------------------------------------------------------- crypt

/// Key-slot files made by vilab-crypt itself (deterministic randomness,
/// argon2id at 64 KiB and one pass so that the target unlocks them with
/// its passphrase, "fuzz"), a one-slot file cut from one, recovery keys
/// as text (grouped, in one run of lower case, and with a typo), and a
/// session slot.
fn crypt_slots() -> Result<Vec<(String, Vec<u8>)>> {
    use vilab_crypt::secrecy::{ExposeSecret, SecretString};
    use vilab_crypt::testing::with_deterministic_randomness;
    use vilab_crypt::{KdfParams, SlotFile};

    let created = with_deterministic_randomness(1, || {
        SlotFile::create(&SecretString::from("fuzz"), KdfParams::insecure_for_tests(64, 1, 1))
    })?;
    let two = created.file.to_bytes();
    let mut one = two[..48 + 120].to_vec();
    one[10] = 1;
    let text = created.recovery.to_text().expose_secret().to_owned();
    let mut typo = text.clone().into_bytes();
    typo[7] = if typo[7] == b'A' { b'B' } else { b'A' };
    // A session slot of the same master key under the target's session
    // secret (0x42 x 32), open until the end of time.
    let secret = vilab_crypt::SessionSecret::parse(&"42".repeat(32))?;
    let session = with_deterministic_randomness(2, || {
        vilab_crypt::session::seal_session(&created.master, &secret, i64::MAX)
    })?;
    Ok(vec![
        ("session.slot".to_owned(), session),
        ("two-slots.keys".to_owned(), two),
        ("passphrase-slot-only.keys".to_owned(), one),
        ("recovery-key.txt".to_owned(), text.clone().into_bytes()),
        ("recovery-key-one-run.txt".to_owned(), text.replace('-', "").to_lowercase().into_bytes()),
        ("recovery-key-typo.txt".to_owned(), typo),
    ])
}

/// Encrypted blobs under the target's key and binding (key 0x42 x 32,
/// binding "fuzz"; deterministic salts), which open: in the format version
/// written (2, AES-256-GCM), empty, 100 bytes, 100 bytes padded, 3000
/// bytes; in version 1 (ChaCha20-Poly1305, which no writer makes any more),
/// 100 bytes padded, the test vector vilab-crypt commits; and inputs for
/// the target's second half: 4 control bytes (size, padding and change)
/// and a plaintext.
fn crypt_stream() -> Result<Vec<(String, Vec<u8>)>> {
    // Version 1 blobs can no longer be written: the committed vector (its
    // plaintext byte i is i % 251) stands in.
    const V1_PADDED_100: &[u8] = include_bytes!("../../../crates/vilab-crypt/tests/data/v1-padded-100.blob");
    use vilab_crypt::testing::with_deterministic_randomness;
    use vilab_crypt::{EncryptWriter, MasterKey, Padding};

    let key = MasterKey::from_bytes(&[0x42; 32]).blob_key();
    let seal = |seed: u64, plain: &[u8], padding: Padding| {
        with_deterministic_randomness(seed, || -> Result<Vec<u8>> {
            let mut w = EncryptWriter::new(Vec::new(), &key, padding)?;
            w.write_all(plain)?;
            Ok(w.finish(b"fuzz")?)
        })
    };
    let text: Vec<u8> = (0..3000u32).map(|i| b"evidence "[(i % 9) as usize]).collect();
    Ok(vec![
        ("sealed-empty.blob".to_owned(), seal(1, b"", Padding::None)?),
        ("sealed-100.blob".to_owned(), seal(2, &text[..100], Padding::None)?),
        ("sealed-100-padded.blob".to_owned(), seal(3, &text[..100], Padding::Bucket)?),
        ("sealed-3000.blob".to_owned(), seal(4, &text, Padding::None)?),
        ("sealed-v1-100-padded.blob".to_owned(), V1_PADDED_100.to_vec()),
        // 2 KiB + 64 KiB: two chunks, a bit flipped in the middle.
        ("plain-two-chunks-flip.bin".to_owned(), [&[0xA5, 0x0c, 0x00, 0x80][..], &text[..2048]].concat()),
        // Padded, cut near the end.
        ("plain-padded-cut.bin".to_owned(), [&[3, 0x81, 0xf0, 0xff][..], &text[..500]].concat()),
        ("plain-empty.bin".to_owned(), vec![0, 1, 0, 0]),
    ])
}

// -------------------------------------------------------------------- text

fn media_keys() -> Vec<(String, Vec<u8>)> {
    let keys = [
        ("row-hash", "#12"),
        ("row-negative", " #-7 "),
        ("row-digits", "1234567"),
        ("prefix", "DEADbeef"),
        ("prefix-long", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b93"),
        ("md5", "d41d8cd98f00b204e9800998ecf8427e"),
        ("sha1", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"),
        ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("not-hex", "zz0123456789"),
    ];
    keys.iter().map(|(n, k)| (format!("{n}.txt"), k.as_bytes().to_vec())).collect()
}

const MD5_A: &str = "0123456789ABCDEF0123456789abcdef";
const SHA1_A: &str = "00112233445566778899AABBCCDDEEFF00112233";
const PDQ_A: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
const SHA256_A: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

fn hash_sets() -> Vec<(String, Vec<u8>)> {
    let photodna = "QUFB".repeat(48);
    let v1 = format!(
        r#"{{
  "odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Media",
  "value": [
    {{"odata.id": "Media(1)", "MediaID": 1, "MD5": "{MD5_A}", "SHA1": "{SHA1_A}", "Category": 1,
      "VictimIdentified": "true", "OffenderIdentified": false, "IsDistributed": "False", "IsPrecategorized": "true",
      "Series": "Series-A", "MediaSize": "12345", "Comments": "a \"quoted\" comment\n",
      "AlternativeHashes": [
        {{"MD5": "{MD5_A}", "HashName": "PhotoDNA", "HashValue": "{photodna}"}},
        {{"MD5": "{MD5_A}", "HashName": "PDQ", "HashValue": "{PDQ_A}"}},
        {{"MD5": "{MD5_A}", "HashName": "SHA256", "HashValue": "{SHA256_A}"}}
      ]}},
    {{"MediaID": "2", "MD5": "ffffffffffffffffffffffffffffffff", "IsPrecategorized": true}},
    {{"MediaID": 3, "MD5": "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "Category": null, "SomethingNew": {{"a": [1, 2]}}}}
  ]
}}"#
    );
    let v2 = format!(
        r#"{{"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media",
  "value": [{{"MediaID": 7, "MD5": "{MD5_A}", "Category": "2", "PhotoDNA": "{photodna}", "IsPrecategorized": true,
             "Tags": ["a", "b"], "AlternativeHashes": [{{"HashName": "PDQ", "HashValue": "{PDQ_A}"}}]}}]}}"#
    );
    let cases = format!(
        r#"{{"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases", "value": [
  {{"CaseID": "6f1c8a9e-0000-4000-8000-000000000001", "CaseNumber": "OP-1",
    "Media": [{{"MediaID": 1, "MD5": "{MD5_A}", "Category": 3}}, {{"MediaID": 2, "SHA1": "{SHA1_A}"}}],
    "TotalMediaFiles": 2}},
  {{"CaseNumber": "OP-2", "Media": [{{"MediaID": 3, "MD5": "{MD5_A}"}}]}}
]}}"#
    );
    let list =
        format!("\u{feff}# a plain list\n{MD5_A}  photo one.jpg\n{SHA1_A};second\n\n{SHA256_A},third\n  # comment\n");
    let csv = format!(
        "\u{feff}MD5,sha1,sha256,pdq,category,series,media_id,extra\n\
         {MD5_A},{SHA1_A},{SHA256_A},{PDQ_A},2,\"Series, quoted\",41,x\n\
         ,,,{PDQ_A},,,,\n\
         {MD5_A}\n"
    );
    vec![
        ("vics-v1-media.json".into(), v1.into_bytes()),
        ("vics-v2-media.json".into(), v2.into_bytes()),
        ("vics-v2-cases.json".into(), cases.into_bytes()),
        ("list.txt".into(), list.into_bytes()),
        ("hashes.csv".into(), csv.into_bytes()),
    ]
}

/// Seeds of `law_import`: small bundled files as they are, and
/// corrections as a research group would import them.
fn law(repo: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let data = repo.join("crates/vilab-law/data");
    let mut out = Vec::new();
    for name in ["LA.toml", "sources.toml", "rates.toml"] {
        out.push((format!("bundled-{name}"), under_seed_size(fs::read(data.join(name))?)));
    }
    out.push(("correction.toml".into(), LAW_CORRECTION.as_bytes().to_vec()));
    out.push(("new-jurisdiction.toml".into(), LAW_NEW.as_bytes().to_vec()));
    Ok(out)
}

/// A bundled file longer than 6 KB cut at its last table header before
/// 6 KB (the second edition's LA.toml is 39 KB): the seed stays a TOML
/// file of whole tables, and the target's CI runs stay near their 20 s (a
/// 16 KB seed doubled them).
fn under_seed_size(bytes: Vec<u8>) -> Vec<u8> {
    const CUT: usize = 6_000;
    if bytes.len() <= CUT {
        return bytes;
    }
    let end = bytes[..CUT].windows(3).rposition(|w| w == b"\n[[").map_or(CUT, |at| at + 1);
    bytes[..end].to_vec()
}

/// A correction of one Lao criterion, with its own source.
const LAW_CORRECTION: &str = r#"[jurisdiction]
code = "LA"
name = "Lao PDR"

[[source]]
id = "fuzz-correction-source"
title = "A made-up review, for fuzzing"
kind = "other"

[[criterion]]
code = "AGE_THRESHOLD"
value = "yes"
age = 18
qualifier = "as corrected"
[[criterion.assertion]]
source = "fuzz-correction-source"
pinpoint = "p. 1"
confidence = "secondary"
note = "fuzz seed"
"#;

/// A jurisdiction that is not bundled, with an instrument, a provision, a
/// dated source and a penalty.
const LAW_NEW: &str = r#"[jurisdiction]
code = "ZZ"
name = "Fuzzland"
legal_system = "civil law"

[[source]]
id = "zz-gazette"
title = "Fuzzland Gazette"
url = "https://example.invalid/gazette"
publisher = "Fuzzland"
kind = "gazette"

[[instrument]]
id = "zz-penal-code"
title = "Penal Code"
number = "1/2020"
[[instrument.date]]
kind = "in_force"
date = "2020-01"
source = "zz-gazette"
confidence = "primary"

[[provision]]
id = "zz-pc-s1"
instrument = "zz-penal-code"
article = "s.1"
heading = "Definitions"

[[criterion]]
code = "CHILD_AGE"
value = "yes"
age = 18
provisions = ["zz-pc-s1"]
[[criterion.assertion]]
source = "zz-gazette"
pinpoint = "s.1"
confidence = "primary"
quote = "a child is a person under 18"

[[criterion]]
code = "POSSESSION"
value = "partial"
provisions = ["zz-pc-s1"]
[[criterion.penalty]]
provision = "zz-pc-s1"
tier = "first offence"
prison_min = "18m"
prison_max = "5y"
fine_max = 100000
currency = "USD"
combine = "and_or"
[[criterion.assertion]]
source = "zz-gazette"
pinpoint = "s.1(2)"
confidence = "conflict"
"#;

// ---------------------------------------------------------------- PDQ luma

/// Seeds of `pdq_luma`, in the target's layout: mode byte, width and
/// height (u16 little-endian), values.
fn pdq_luma() -> Vec<(String, Vec<u8>)> {
    let seed = |mode: u8, w: u16, h: u16, payload: &[u8]| {
        let mut v = vec![mode];
        v.extend_from_slice(&w.to_le_bytes());
        v.extend_from_slice(&h.to_le_bytes());
        v.extend_from_slice(payload);
        v
    };
    let gradient: Vec<u8> = (0..=255u8).collect();
    let floats: Vec<u8> = [0.0f32, 255.0, f32::NAN, f32::INFINITY, -f32::INFINITY, 1e30, -1e-30, 127.5]
        .iter()
        .flat_map(|f| f.to_le_bytes())
        .collect();
    // side(v) = 72 + v % 441 for v in 0xE000..0xFF00: 0xE000 % 441 = 13.
    let side_100 = 0xE000 + (100 - 72 - 13);
    vec![
        ("bytes-64x64.bin".into(), seed(0, 64, 64, &gradient)),
        ("bytes-3x2.bin".into(), seed(0, 3, 2, &[0, 255, 10, 20, 30, 40])),
        ("bytes-100x71.bin".into(), seed(0, side_100, 71, &gradient[..97])),
        ("floats-16x9.bin".into(), seed(1, 16, 9, &floats)),
        ("exact-bytes-4x4.bin".into(), seed(2, 4, 4, &gradient[..16])),
        ("exact-floats-2x2.bin".into(), seed(3, 2, 2, &floats[..16])),
        ("huge-width.bin".into(), seed(6, 3, 1, &gradient[..8])),
        ("zero-side.bin".into(), seed(2, 0, 5, &gradient[..5])),
    ]
}
