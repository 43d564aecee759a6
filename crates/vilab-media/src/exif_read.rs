//! Reading identification leads from EXIF: camera make, model and serial
//! numbers, capture time with its offset, GPS position, orientation and the
//! software that last wrote the file.

use exif::{In, Tag, Value};
use vilab_core::model::{ExifFields, MediaKind};

use crate::MediaError;
use crate::budget::EXIF_PARSE_LIMIT;
use crate::error::Allocation;

/// The EXIF leads of a JPEG, TIFF, HEIF, PNG or WebP content.
///
/// `Ok(None)` when the content carries no EXIF or is of a kind that cannot
/// (GIF, BMP, non-images); `Err` when it carries EXIF that cannot be parsed
/// (the caller records that and goes on), or whose parse would allocate
/// more than [`EXIF_PARSE_LIMIT`] (counted from its directories first).
pub fn read_exif(bytes: &[u8], kind: MediaKind) -> Result<Option<ExifFields>, MediaError> {
    read_exif_within(bytes, kind, None)
}

/// [`read_exif`] with its memory held to `max_alloc` bytes as well: the
/// copy of the EXIF bytes plus the parse.
pub fn read_exif_within(
    bytes: &[u8],
    kind: MediaKind,
    max_alloc: Option<u64>,
) -> Result<Option<ExifFields>, MediaError> {
    let payload = match kind {
        // Only the header segments are walked: the container reader would
        // scan a whole 3 MB photo for markers when it has no EXIF.
        MediaKind::Jpeg => jpeg_exif_payload(bytes),
        // A TIFF is its own EXIF: one exact copy, where the container
        // reader grows a buffer to up to twice the file.
        MediaKind::Tiff => Some(bytes),
        MediaKind::Png => png_exif_payload(bytes),
        MediaKind::Webp => webp_exif_payload(bytes),
        MediaKind::Heif => return heif_exif(bytes, max_alloc),
        _ => return Ok(None),
    };
    let Some(payload) = payload else { return Ok(None) };
    parse_payload(payload, max_alloc)
}

/// Parses a TIFF-structured EXIF payload after pricing it.
fn parse_payload(payload: &[u8], max_alloc: Option<u64>) -> Result<Option<ExifFields>, MediaError> {
    let copy = payload.len() as u64;
    let allowed = max_alloc.map_or(EXIF_PARSE_LIMIT, |cap| cap.saturating_sub(copy).min(EXIF_PARSE_LIMIT));
    let needed = parse_cost(payload);
    if needed > allowed {
        return Err(MediaError::OverBudget { what: Allocation::ExifParse, needed, allowed });
    }
    fields_of(exif::Reader::new().read_raw(payload.to_vec()))
}

fn fields_of(parsed: Result<exif::Exif, exif::Error>) -> Result<Option<ExifFields>, MediaError> {
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(exif::Error::NotFound(_)) => return Ok(None),
        Err(exif::Error::BlankValue(_)) => return Ok(None),
        Err(e) => return Err(MediaError::Exif(e.to_string())),
    };
    let text = |tag: Tag| parsed.get_field(tag, In::PRIMARY).and_then(|f| ascii(&f.value));
    let fields = ExifFields {
        make: text(Tag::Make),
        model: text(Tag::Model),
        body_serial: text(Tag::BodySerialNumber),
        lens_serial: text(Tag::LensSerialNumber),
        datetime_original: text(Tag::DateTimeOriginal).map(|t| iso_datetime(&t)),
        offset_time_original: text(Tag::OffsetTimeOriginal),
        gps_latitude: gps_coordinate(&parsed, Tag::GPSLatitude, Tag::GPSLatitudeRef, b'S'),
        gps_longitude: gps_coordinate(&parsed, Tag::GPSLongitude, Tag::GPSLongitudeRef, b'W'),
        gps_altitude: gps_altitude(&parsed),
        orientation: parsed
            .get_field(Tag::Orientation, In::PRIMARY)
            .and_then(|f| f.value.get_uint(0))
            .and_then(|v| u16::try_from(v).ok()),
        software: text(Tag::Software),
    };
    Ok((!fields.is_empty()).then_some(fields))
}

/// The TIFF payload of a JPEG's first APP1 `Exif` segment, looked for in
/// the segments before the first scan (`None` also when the segment runs
/// past the end of `bytes`).
pub(crate) fn jpeg_exif_payload(bytes: &[u8]) -> Option<&[u8]> {
    match jpeg_exif_search(bytes) {
        Search::Found(payload) => Some(payload),
        Search::Absent | Search::Beyond => None,
    }
}

/// What a walk of a JPEG's header segments found of its EXIF.
pub(crate) enum Search<'a> {
    /// The payload of the first APP1 `Exif` segment.
    Found(&'a [u8]),
    /// None before the first scan (or headers [`read_exif`] stops at).
    Absent,
    /// The bytes end first: it may lie further on.
    Beyond,
}

/// [`jpeg_exif_payload`], telling "none" from "not within these bytes".
pub(crate) fn jpeg_exif_search(bytes: &[u8]) -> Search<'_> {
    let mut at = 2; // after SOI
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return Search::Absent;
        }
        let marker = bytes[at + 1];
        match marker {
            0xFF => at += 1, // fill byte
            0xD8 | 0x01 | 0xD0..=0xD7 => at += 2,
            0xDA | 0xD9 => return Search::Absent, // start of scan, end of image
            _ => {
                let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
                if length < 2 {
                    return Search::Absent;
                }
                let Some(segment) = bytes.get(at + 4..at + 2 + length) else { return Search::Beyond };
                if marker == 0xE1 && segment.starts_with(b"Exif\0\0") {
                    return Search::Found(&segment[6..]);
                }
                at += 2 + length;
            }
        }
    }
    Search::Beyond
}

/// The payload of a PNG's first `eXIf` chunk, found as `kamadak-exif`
/// finds it: chunk by chunk from the signature.
fn png_exif_payload(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 8;
    loop {
        let len = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let name = bytes.get(at + 4..at + 8)?;
        if name == b"eXIf" {
            return bytes.get(at + 8..at + 8 + len);
        }
        at = at.checked_add(12 + len)?;
    }
}

/// The payload of a WebP's `EXIF` chunk, found as `kamadak-exif` finds it.
fn webp_exif_payload(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 12;
    loop {
        let name = bytes.get(at..at + 4)?;
        let len = u32::from_le_bytes(bytes.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        if name == b"EXIF" {
            return bytes.get(at + 8..at + 8 + len);
        }
        at = at.checked_add(8 + len + len % 2)?;
    }
}

/// A HEIF's EXIF, through libheif's metadata blocks of the primary image
/// (each `Exif` block starts with the offset of its TIFF header).
#[cfg(feature = "heif")]
fn heif_exif(bytes: &[u8], max_alloc: Option<u64>) -> Result<Option<ExifFields>, MediaError> {
    // libheif's own words: the decode reports the same container, and
    // they say what is wrong with it.
    let context = libheif_rs::HeifContext::read_from_bytes(bytes).map_err(|e| MediaError::Exif(e.to_string()))?;
    let Ok(handle) = context.primary_image_handle() else { return Ok(None) };
    let mut ids = [0; 1];
    if handle.metadata_block_ids(&mut ids, b"Exif") == 0 {
        return Ok(None);
    }
    let size = handle.metadata_size(ids[0]) as u64;
    let allowed = max_alloc.map_or(u64::MAX, |cap| cap.saturating_sub(EXIF_PARSE_LIMIT));
    if size > allowed {
        return Err(MediaError::OverBudget { what: Allocation::ExifCopy, needed: size, allowed });
    }
    let block = handle.metadata(ids[0]).map_err(|e| MediaError::Exif(e.to_string()))?;
    let offset = block.get(..4).map_or(usize::MAX, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let payload = offset.checked_add(4).and_then(|start| block.get(start..));
    let payload = payload.ok_or_else(|| MediaError::Exif("invalid Exif header offset".into()))?;
    parse_payload(payload, max_alloc.map(|cap| cap.saturating_sub(block.len() as u64)))
}

/// Without libheif: `kamadak-exif`'s container reader, whose parse is not
/// priced first.
#[cfg(not(feature = "heif"))]
fn heif_exif(bytes: &[u8], _max_alloc: Option<u64>) -> Result<Option<ExifFields>, MediaError> {
    fields_of(exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)))
}

/// What one directory entry costs `kamadak-exif` whether or not it is
/// read: its `IfdEntry` (a 40-byte `Field` behind a once-cell), the index
/// entry of `(In, Tag)`, and the slack of the vector and map that grow by
/// doubling (old and new storage during a move).
const ENTRY_COST: u64 = 256;

/// The fields [`read_exif`] reads, by (directory context, tag): their
/// values are the only ones `kamadak-exif` parses (lazily, on
/// `get_field`), all in the primary image's directories.
const READ_FIELDS: [(u8, u16); 14] = [
    (CONTEXT_TIFF, 0x010F), // Make
    (CONTEXT_TIFF, 0x0110), // Model
    (CONTEXT_TIFF, 0x0112), // Orientation
    (CONTEXT_TIFF, 0x0131), // Software
    (CONTEXT_EXIF, 0x9003), // DateTimeOriginal
    (CONTEXT_EXIF, 0x9011), // OffsetTimeOriginal
    (CONTEXT_EXIF, 0xA431), // BodySerialNumber
    (CONTEXT_EXIF, 0xA435), // LensSerialNumber
    (CONTEXT_GPS, 1),       // GPSLatitudeRef
    (CONTEXT_GPS, 2),       // GPSLatitude
    (CONTEXT_GPS, 3),       // GPSLongitudeRef
    (CONTEXT_GPS, 4),       // GPSLongitude
    (CONTEXT_GPS, 5),       // GPSAltitudeRef
    (CONTEXT_GPS, 6),       // GPSAltitude
];

/// An upper bound of what `kamadak-exif` allocates to parse `tiff` and
/// give [`read_exif`] its fields, found by walking the directories the
/// way it does (up to 8 IFDs, the Exif, GPS and Interop children, each
/// directory once) without allocating: 256 bytes per entry, plus the
/// value of each field read (the last entry of its tag, as its index
/// keeps). ASCII values are split at every NUL into one `Vec` each: 24
/// bytes a piece and the outer vector's doubling, 72 bytes per byte of
/// the value at worst, so eight ASCII fields pointing at one 64 KiB run of
/// NULs take 37 MB. The parse stops at the first malformed entry; pricing
/// on past it only overstates.
pub fn parse_cost(tiff: &[u8]) -> u64 {
    let Some(little) = (match tiff.get(..2) {
        Some(b"II") => Some(true),
        Some(b"MM") => Some(false),
        _ => None,
    }) else {
        return 0;
    };
    let u16_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at.checked_add(2)?)?;
        Some(u32::from(if little { u16::from_le_bytes([b[0], b[1]]) } else { u16::from_be_bytes([b[0], b[1]]) }))
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = tiff.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(if little { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
    };
    if u16_at(2) != Some(42) {
        return 0;
    }
    let mut walk = Walk {
        u16_at: &u16_at,
        u32_at: &u32_at,
        len: tiff.len(),
        seen: Vec::new(),
        entries: 0,
        read: [0; 14],
        pointer: 0,
    };
    let mut next = u32_at(4).unwrap_or(0) as usize;
    for ifd_num in 0..8 {
        if next == 0 {
            break;
        }
        match walk.ifd(next, CONTEXT_TIFF, ifd_num == 0) {
            Some(n) => next = n,
            None => break,
        }
    }
    walk.entries * ENTRY_COST + walk.read.iter().sum::<u64>() + walk.pointer
}

/// Directory contexts, as `kamadak-exif` tells its child pointers apart.
const CONTEXT_TIFF: u8 = 0;
const CONTEXT_EXIF: u8 = 1;
const CONTEXT_GPS: u8 = 2;
const CONTEXT_INTEROP: u8 = 3;

struct Walk<'a> {
    u16_at: &'a dyn Fn(usize) -> Option<u32>,
    u32_at: &'a dyn Fn(usize) -> Option<u32>,
    len: usize,
    seen: Vec<usize>,
    entries: u64,
    /// The value cost of each of [`READ_FIELDS`], by its last entry.
    read: [u64; 14],
    /// The largest child pointer's value, parsed and dropped on the spot.
    pointer: u64,
}

impl Walk<'_> {
    /// Prices one directory and its children; the next directory's offset,
    /// or `None` where the parse would stop with an error. `primary`: the
    /// primary image's directories, whose fields are read.
    fn ifd(&mut self, offset: usize, context: u8, primary: bool) -> Option<usize> {
        let count = (self.u16_at)(offset)? as usize;
        if self.seen.contains(&offset) || self.seen.len() > 64 {
            return None;
        }
        self.seen.push(offset);
        for entry in (0..count).map(|i| offset + 2 + 12 * i) {
            if self.len < entry + 12 {
                return None;
            }
            let (tag, kind, n) =
                ((self.u16_at)(entry)?, (self.u16_at)(entry + 2)?, u64::from((self.u32_at)(entry + 4)?));
            let unit: u64 = match kind {
                1 | 2 | 6 | 7 => 1,
                3 | 8 => 2,
                4 | 9 | 11 => 4,
                5 | 10 | 12 => 8,
                _ => 0,
            };
            let len = unit * n;
            // Where the value lies: in the entry, or at the offset it holds.
            let mut value_at = entry + 8;
            if len > 4 {
                let at = u64::from((self.u32_at)(entry + 8)?);
                if at + len > self.len as u64 {
                    return None;
                }
                value_at = at as usize;
            }
            let value = if kind == 2 { 72 * (n + 1) + n } else { len } + 32;
            let child = match (context, tag) {
                (CONTEXT_TIFF, 0x8769) => Some(CONTEXT_EXIF),
                (CONTEXT_TIFF, 0x8825) => Some(CONTEXT_GPS),
                (CONTEXT_EXIF, 0xA005) => Some(CONTEXT_INTEROP),
                _ => None,
            };
            match child {
                Some(child) => {
                    // The pointer's value is parsed on the spot, and dropped.
                    let pointer = if kind == 3 { (self.u16_at)(value_at)? } else { (self.u32_at)(value_at)? };
                    self.pointer = self.pointer.max(value);
                    if self.ifd(pointer as usize, child, primary)? != 0 {
                        return None;
                    }
                }
                None => {
                    self.entries += 1;
                    if primary && let Some(i) = READ_FIELDS.iter().position(|&f| f == (context, tag as u16)) {
                        self.read[i] = value;
                    }
                }
            }
        }
        (self.u32_at)(offset + 2 + 12 * count).map(|n| n as usize)
    }
}

/// The first ASCII string of a value, trimmed of NULs and spaces; `None`
/// when empty, since cameras pad unset fields.
fn ascii(value: &Value) -> Option<String> {
    let Value::Ascii(strings) = value else {
        return None;
    };
    let first = strings.first()?;
    let text = String::from_utf8_lossy(first);
    let trimmed = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// `YYYY:MM:DD HH:MM:SS` to `YYYY-MM-DDTHH:MM:SS`; anything else is kept
/// as written, since a malformed date is itself a lead.
fn iso_datetime(exif_text: &str) -> String {
    let b = exif_text.as_bytes();
    let shaped = b.len() == 19 && b[4] == b':' && b[7] == b':' && b[10] == b' ' && b[13] == b':' && b[16] == b':';
    if shaped {
        format!("{}-{}-{}T{}", &exif_text[0..4], &exif_text[5..7], &exif_text[8..10], &exif_text[11..19])
    } else {
        exif_text.to_string()
    }
}

/// Degrees, minutes, seconds rationals to signed decimal degrees.
fn gps_coordinate(parsed: &exif::Exif, tag: Tag, ref_tag: Tag, negative_ref: u8) -> Option<f64> {
    let field = parsed.get_field(tag, In::PRIMARY)?;
    let Value::Rational(parts) = &field.value else {
        return None;
    };
    if parts.is_empty() || parts.iter().any(|r| r.denom == 0) {
        return None;
    }
    let part = |i: usize| parts.get(i).map_or(0.0, |r| r.to_f64());
    let degrees = part(0) + part(1) / 60.0 + part(2) / 3600.0;
    let negative = parsed
        .get_field(ref_tag, In::PRIMARY)
        .and_then(|f| ascii(&f.value))
        .is_some_and(|r| r.as_bytes().first() == Some(&negative_ref));
    Some(if negative { -degrees } else { degrees })
}

/// Altitude in metres; reference 1 means below sea level.
fn gps_altitude(parsed: &exif::Exif) -> Option<f64> {
    let field = parsed.get_field(Tag::GPSAltitude, In::PRIMARY)?;
    let Value::Rational(parts) = &field.value else {
        return None;
    };
    let r = parts.first().filter(|r| r.denom != 0)?;
    let below = parsed.get_field(Tag::GPSAltitudeRef, In::PRIMARY).and_then(|f| f.value.get_uint(0)) == Some(1);
    Some(if below { -r.to_f64() } else { r.to_f64() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetime_is_made_iso_only_when_well_formed() {
        assert_eq!(iso_datetime("2024:03:01 10:20:30"), "2024-03-01T10:20:30");
        assert_eq!(iso_datetime("garbage"), "garbage");
    }

    #[test]
    fn no_exif_is_none_not_error() {
        assert!(read_exif(b"GIF89a....", MediaKind::Gif).unwrap().is_none());
        let png_without_exif = b"\x89PNG\r\n\x1a\n\0\0\0\0IEND\xaeB`\x82";
        assert!(read_exif(png_without_exif, MediaKind::Png).unwrap().is_none());
    }

    #[test]
    fn broken_exif_is_an_error() {
        // SOI, then an APP1 Exif segment whose TIFF header is garbage.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10];
        jpeg.extend_from_slice(b"Exif\0\0XX*\0garbage");
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        assert!(read_exif(&jpeg, MediaKind::Jpeg).is_err());
    }
}
