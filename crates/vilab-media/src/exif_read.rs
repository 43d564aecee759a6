//! Reading identification leads from EXIF: camera make, model and serial
//! numbers, capture time with its offset, GPS position, orientation and the
//! software that last wrote the file.

use std::io::Cursor;

use exif::{In, Tag, Value};
use vilab_core::model::{ExifFields, MediaKind};

use crate::MediaError;

/// The EXIF leads of a JPEG, TIFF, HEIF, PNG or WebP content.
///
/// `Ok(None)` when the content carries no EXIF or is of a kind that cannot
/// (GIF, BMP, non-images); `Err` when it carries EXIF that cannot be parsed
/// (the caller records that and goes on).
pub fn read_exif(bytes: &[u8], kind: MediaKind) -> Result<Option<ExifFields>, MediaError> {
    if !matches!(kind, MediaKind::Jpeg | MediaKind::Tiff | MediaKind::Heif | MediaKind::Png | MediaKind::Webp) {
        return Ok(None);
    }
    let reader = exif::Reader::new();
    let parsed = if kind == MediaKind::Jpeg {
        // Only the header segments are walked: the container reader would
        // scan a whole 3 MB photo for markers when it has no EXIF.
        match jpeg_exif_payload(bytes) {
            Some(tiff) => reader.read_raw(tiff.to_vec()),
            None => return Ok(None),
        }
    } else {
        reader.read_from_container(&mut Cursor::new(bytes))
    };
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
/// the segments before the first scan.
fn jpeg_exif_payload(bytes: &[u8]) -> Option<&[u8]> {
    let mut at = 2; // after SOI
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        match marker {
            0xFF => at += 1, // fill byte
            0xD8 | 0x01 | 0xD0..=0xD7 => at += 2,
            0xDA | 0xD9 => return None, // start of scan, end of image
            _ => {
                let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
                let segment = bytes.get(at + 4..at + 2 + length)?;
                if marker == 0xE1 && segment.starts_with(b"Exif\0\0") {
                    return Some(&segment[6..]);
                }
                at += 2 + length;
            }
        }
    }
    None
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
