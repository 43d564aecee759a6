//! Writing camera EXIF (make, model, serial numbers, capture time, GPS)
//! into a JPEG, so that the EXIF reader and the identification leads it
//! feeds can be tested on known values.

use std::io::Cursor;

use exif::experimental::Writer;
use exif::{Field, In, Rational, Tag, Value};
use serde::{Deserialize, Serialize};
use vilab_core::model::ExifFields;

/// A position as a GPS receiver reports it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GpsPosition {
    /// Decimal degrees, north positive (written as GPSLatitude + N/S ref).
    pub latitude: f64,
    /// Decimal degrees, east positive (written as GPSLongitude + E/W ref).
    pub longitude: f64,
    /// Metres above sea level, below negative (written with GPSAltitudeRef).
    pub altitude: f64,
}

/// The EXIF tags to write. Every field is optional; `None` writes nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExifTags {
    /// Camera make (0x010F), e.g. "Canon".
    pub make: Option<String>,
    /// Camera model (0x0110), e.g. "Canon EOS 80D".
    pub model: Option<String>,
    /// Camera body serial number (BodySerialNumber, 0xA431).
    pub body_serial: Option<String>,
    /// Lens serial number (LensSerialNumber, 0xA435).
    pub lens_serial: Option<String>,
    /// DateTimeOriginal (0x9003) as EXIF writes it: `YYYY:MM:DD HH:MM:SS`.
    pub datetime_original: Option<String>,
    /// OffsetTimeOriginal (0x9011), e.g. `+07:00`.
    pub offset_time_original: Option<String>,
    /// GPS position (GPS IFD: version, latitude, longitude, altitude).
    pub gps: Option<GpsPosition>,
    /// Orientation (0x0112), 1..=8.
    pub orientation: Option<u16>,
    /// Software (0x0131).
    pub software: Option<String>,
}

impl ExifTags {
    /// Whether no tag is set (then [`with_exif`] writes nothing).
    pub fn is_empty(&self) -> bool {
        *self == ExifTags::default()
    }

    /// What a correct EXIF reader should report for these tags, in the
    /// vocabulary of `vilab-core`: the date in `YYYY-MM-DDTHH:MM:SS` form
    /// and GPS values as rounded by their rational encoding (compare them
    /// with a tolerance of about 1e-6 degrees and 0.01 m).
    pub fn expected_fields(&self) -> ExifFields {
        let gps = self.gps.map(|g| {
            (from_dms(&dms(g.latitude)), from_dms(&dms(g.longitude)), f64::from(centimetres(g.altitude).num) / 100.0)
        });
        ExifFields {
            make: self.make.clone(),
            model: self.model.clone(),
            body_serial: self.body_serial.clone(),
            lens_serial: self.lens_serial.clone(),
            datetime_original: self.datetime_original.as_deref().map(iso_datetime),
            offset_time_original: self.offset_time_original.clone(),
            gps_latitude: gps.map(|g| g.0 * self.gps.map_or(1.0, |p| p.latitude.signum())),
            gps_longitude: gps.map(|g| g.1 * self.gps.map_or(1.0, |p| p.longitude.signum())),
            gps_altitude: gps.map(|g| g.2 * if self.gps.is_some_and(|p| p.altitude < 0.0) { -1.0 } else { 1.0 }),
            orientation: self.orientation,
            software: self.software.clone(),
        }
    }
}

/// `YYYY:MM:DD HH:MM:SS` to `YYYY-MM-DDTHH:MM:SS`; other text unchanged.
fn iso_datetime(exif: &str) -> String {
    let b = exif.as_bytes();
    if b.len() == 19 && b[4] == b':' && b[7] == b':' && b[10] == b' ' {
        format!("{}-{}-{}T{}", &exif[0..4], &exif[5..7], &exif[8..10], &exif[11..])
    } else {
        exif.to_string()
    }
}

/// The EXIF payload (a little-endian TIFF structure, as most cameras
/// write) for `tags`, or `None` when no tag is set.
pub fn exif_payload(tags: &ExifTags) -> Option<Vec<u8>> {
    if tags.is_empty() {
        return None;
    }
    let fields = fields(tags);
    let mut writer = Writer::new();
    for field in &fields {
        writer.push_field(field);
    }
    let mut out = Cursor::new(Vec::new());
    writer.write(&mut out, true).expect("small ASCII, SHORT, BYTE and RATIONAL fields always encode");
    Some(out.into_inner())
}

/// A copy of `jpeg` with an APP1 `Exif` segment holding `tags` inserted
/// right after the SOI marker, where cameras put it.
///
/// Returns an unchanged copy when `tags` is empty or when `jpeg` does not
/// start with SOI (`FF D8`): there is no sensible place for the segment.
pub fn with_exif(jpeg: &[u8], tags: &ExifTags) -> Vec<u8> {
    let Some(payload) = exif_payload(tags) else {
        return jpeg.to_vec();
    };
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return jpeg.to_vec();
    }
    // Segment length counts itself (2 bytes), "Exif\0\0" (6) and the payload.
    let length = u16::try_from(2 + 6 + payload.len()).expect("a few tags stay far below the 64 KiB APP1 limit");
    let mut out = Vec::with_capacity(jpeg.len() + payload.len() + 10);
    out.extend_from_slice(&jpeg[..2]);
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The EXIF fields for `tags`, in no particular order (the writer sorts).
fn fields(tags: &ExifTags) -> Vec<Field> {
    let mut out = Vec::new();
    let mut ascii = |tag: Tag, text: &Option<String>| {
        if let Some(text) = text {
            out.push(Field { tag, ifd_num: In::PRIMARY, value: Value::Ascii(vec![text.as_bytes().to_vec()]) });
        }
    };
    ascii(Tag::Make, &tags.make);
    ascii(Tag::Model, &tags.model);
    ascii(Tag::Software, &tags.software);
    ascii(Tag::BodySerialNumber, &tags.body_serial);
    ascii(Tag::LensSerialNumber, &tags.lens_serial);
    ascii(Tag::DateTimeOriginal, &tags.datetime_original);
    ascii(Tag::OffsetTimeOriginal, &tags.offset_time_original);
    if let Some(orientation) = tags.orientation {
        out.push(Field { tag: Tag::Orientation, ifd_num: In::PRIMARY, value: Value::Short(vec![orientation]) });
    }
    if let Some(gps) = tags.gps {
        out.extend(gps_fields(gps));
    }
    out
}

/// The GPS IFD fields: version 2.3, latitude and longitude as
/// degrees/minutes/seconds rationals with N/S and E/W refs, altitude in
/// centimetre precision with its above/below-sea-level ref.
fn gps_fields(gps: GpsPosition) -> Vec<Field> {
    let field = |tag, value| Field { tag, ifd_num: In::PRIMARY, value };
    let reference =
        |positive: bool, yes: &[u8], no: &[u8]| Value::Ascii(vec![if positive { yes } else { no }.to_vec()]);
    vec![
        field(Tag::GPSVersionID, Value::Byte(vec![2, 3, 0, 0])),
        field(Tag::GPSLatitudeRef, reference(gps.latitude >= 0.0, b"N", b"S")),
        field(Tag::GPSLatitude, Value::Rational(dms(gps.latitude).to_vec())),
        field(Tag::GPSLongitudeRef, reference(gps.longitude >= 0.0, b"E", b"W")),
        field(Tag::GPSLongitude, Value::Rational(dms(gps.longitude).to_vec())),
        field(Tag::GPSAltitudeRef, Value::Byte(vec![u8::from(gps.altitude < 0.0)])),
        field(Tag::GPSAltitude, Value::Rational(vec![centimetres(gps.altitude)])),
    ]
}

/// Denominator of the seconds rational: 1/10000 of an arc-second, about
/// 3 mm on the ground.
const SECONDS_DENOM: u64 = 10_000;

/// `|degrees|` as degrees, minutes and seconds rationals. Works in whole
/// ten-thousandths of a second so rounding can never produce 60 seconds.
fn dms(degrees: f64) -> [Rational; 3] {
    let total = (degrees.abs() * 3600.0 * SECONDS_DENOM as f64).round() as u64;
    let per_degree = 3600 * SECONDS_DENOM;
    let per_minute = 60 * SECONDS_DENOM;
    let deg = total / per_degree;
    let min = (total % per_degree) / per_minute;
    let sec = total % per_minute;
    [
        Rational { num: deg as u32, denom: 1 },
        Rational { num: min as u32, denom: 1 },
        Rational { num: sec as u32, denom: SECONDS_DENOM as u32 },
    ]
}

/// Degrees, minutes, seconds rationals back to decimal degrees.
fn from_dms(parts: &[Rational; 3]) -> f64 {
    let value = |r: &Rational| f64::from(r.num) / f64::from(r.denom);
    value(&parts[0]) + value(&parts[1]) / 60.0 + value(&parts[2]) / 3600.0
}

/// `|metres|` as a rational in centimetres.
fn centimetres(metres: f64) -> Rational {
    Rational { num: (metres.abs() * 100.0).round() as u32, denom: 100 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::jpeg_bytes;
    use crate::scene::scene;

    fn read_back(jpeg: &[u8]) -> exif::Exif {
        exif::Reader::new().read_from_container(&mut Cursor::new(jpeg)).expect("EXIF readable")
    }

    fn ascii(exif: &exif::Exif, tag: Tag) -> String {
        match &exif.get_field(tag, In::PRIMARY).unwrap_or_else(|| panic!("{tag} missing")).value {
            Value::Ascii(parts) => String::from_utf8(parts[0].clone()).unwrap(),
            other => panic!("{tag}: {other:?}"),
        }
    }

    fn degrees(exif: &exif::Exif, tag: Tag) -> f64 {
        match &exif.get_field(tag, In::PRIMARY).unwrap().value {
            Value::Rational(r) => r[0].to_f64() + r[1].to_f64() / 60.0 + r[2].to_f64() / 3600.0,
            other => panic!("{tag}: {other:?}"),
        }
    }

    fn full_tags() -> ExifTags {
        ExifTags {
            make: Some("Canon".into()),
            model: Some("Canon EOS 80D".into()),
            body_serial: Some("SYN0420001234".into()),
            lens_serial: Some("SYNL00077".into()),
            datetime_original: Some("2024:03:15 14:22:05".into()),
            offset_time_original: Some("+07:00".into()),
            gps: Some(GpsPosition { latitude: 11.556_374, longitude: 104.928_207, altitude: 12.3 }),
            orientation: Some(6),
            software: Some("vilab-synth".into()),
        }
    }

    #[test]
    fn tags_read_back_with_kamadak_exif() {
        let jpeg = with_exif(&jpeg_bytes(&scene(1, 32, 24), 85), &full_tags());
        assert_eq!(&jpeg[..4], &[0xFF, 0xD8, 0xFF, 0xE1], "APP1 right after SOI");
        let exif = read_back(&jpeg);
        assert_eq!(ascii(&exif, Tag::Make), "Canon");
        assert_eq!(ascii(&exif, Tag::Model), "Canon EOS 80D");
        assert_eq!(ascii(&exif, Tag::BodySerialNumber), "SYN0420001234");
        assert_eq!(ascii(&exif, Tag::LensSerialNumber), "SYNL00077");
        assert_eq!(ascii(&exif, Tag::DateTimeOriginal), "2024:03:15 14:22:05");
        assert_eq!(ascii(&exif, Tag::OffsetTimeOriginal), "+07:00");
        assert_eq!(ascii(&exif, Tag::Software), "vilab-synth");
        assert_eq!(ascii(&exif, Tag::GPSLatitudeRef), "N");
        assert_eq!(ascii(&exif, Tag::GPSLongitudeRef), "E");
        assert_eq!(exif.get_field(Tag::Orientation, In::PRIMARY).unwrap().value.get_uint(0), Some(6));
        assert!((degrees(&exif, Tag::GPSLatitude) - 11.556_374).abs() < 1e-6);
        assert!((degrees(&exif, Tag::GPSLongitude) - 104.928_207).abs() < 1e-6);
        let alt = exif.get_field(Tag::GPSAltitude, In::PRIMARY).unwrap();
        match &alt.value {
            Value::Rational(r) => assert!((r[0].to_f64() - 12.3).abs() < 1e-9),
            other => panic!("altitude: {other:?}"),
        }
        assert_eq!(exif.get_field(Tag::GPSAltitudeRef, In::PRIMARY).unwrap().value.get_uint(0), Some(0));
        // The picture itself still decodes.
        assert_eq!(image::load_from_memory(&jpeg).unwrap().width(), 32);
    }

    #[test]
    fn southern_western_and_below_sea_level_use_their_refs() {
        let tags = ExifTags {
            gps: Some(GpsPosition { latitude: -33.8688, longitude: -70.25, altitude: -28.0 }),
            ..ExifTags::default()
        };
        let exif = read_back(&with_exif(&jpeg_bytes(&scene(2, 16, 16), 80), &tags));
        assert_eq!(ascii(&exif, Tag::GPSLatitudeRef), "S");
        assert_eq!(ascii(&exif, Tag::GPSLongitudeRef), "W");
        assert_eq!(exif.get_field(Tag::GPSAltitudeRef, In::PRIMARY).unwrap().value.get_uint(0), Some(1));
        assert!((degrees(&exif, Tag::GPSLatitude) - 33.8688).abs() < 1e-6);
        let expected = tags.expected_fields();
        assert!((expected.gps_latitude.unwrap() + 33.8688).abs() < 1e-6);
        assert!((expected.gps_longitude.unwrap() + 70.25).abs() < 1e-6);
        assert_eq!(expected.gps_altitude, Some(-28.0));
    }

    #[test]
    fn expected_fields_use_core_vocabulary() {
        let fields = full_tags().expected_fields();
        assert_eq!(fields.datetime_original.as_deref(), Some("2024-03-15T14:22:05"));
        assert_eq!(fields.body_serial.as_deref(), Some("SYN0420001234"));
        assert!((fields.gps_latitude.unwrap() - 11.556_374).abs() < 1e-6);
    }

    #[test]
    fn rounding_never_writes_sixty_seconds() {
        let parts = dms(10.999_999_999);
        assert_eq!((parts[0].num, parts[1].num, parts[2].num), (11, 0, 0));
    }

    #[test]
    fn empty_tags_and_non_jpeg_are_left_alone() {
        let jpeg = jpeg_bytes(&scene(3, 8, 8), 80);
        assert_eq!(with_exif(&jpeg, &ExifTags::default()), jpeg);
        let tags = full_tags();
        assert_eq!(with_exif(b"not a jpeg", &tags), b"not a jpeg");
    }
}
