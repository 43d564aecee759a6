//! EXIF identification leads read back from generated JPEGs carrying known
//! tags: camera make, model and serial numbers, capture time with its
//! offset, GPS in every hemisphere, above and below sea level, orientation
//! and software. A JPEG without EXIF has none and no problem; a damaged
//! EXIF segment is a problem of its own stage and does not stop decoding.

use vilab_core::model::{ErrorStage, ExifFields, IngestErrorCode, MediaKind};
use vilab_media::{AnalyzeOptions, analyze};
use vilab_synth::{ExifTags, GpsPosition, jpeg_bytes, scene, with_exif};

const GPS_TOLERANCE: f64 = 1e-6;

fn picture(seed: u64) -> Vec<u8> {
    jpeg_bytes(&scene(seed, 160, 120), 90)
}

fn camera_tags() -> ExifTags {
    ExifTags {
        make: Some("Canon".into()),
        model: Some("Canon EOS 80D".into()),
        body_serial: Some("083024001234".into()),
        lens_serial: Some("0000c1a2b3".into()),
        datetime_original: Some("2024:03:01 10:20:30".into()),
        offset_time_original: Some("+07:00".into()),
        gps: Some(GpsPosition { latitude: 13.756_331, longitude: 100.501_765, altitude: 12.34 }),
        orientation: Some(6),
        software: Some("Firmware Version 1.0.2".into()),
    }
}

fn phone_tags() -> ExifTags {
    ExifTags {
        make: Some("Apple".into()),
        model: Some("iPhone 13".into()),
        body_serial: None,
        lens_serial: Some("LS-9F3A".into()),
        datetime_original: Some("2023:12:31 23:59:59".into()),
        offset_time_original: Some("-03:00".into()),
        // Buenos Aires, on a boat below the reference level.
        gps: Some(GpsPosition { latitude: -34.603_722, longitude: -58.381_592, altitude: -27.5 }),
        orientation: Some(1),
        software: Some("17.2.1".into()),
    }
}

/// Compares what was read with what was written: text fields exactly,
/// GPS within the rounding of its rational encoding.
fn assert_fields(what: &str, read: &ExifFields, expected: &ExifFields) {
    let text = |f: &ExifFields| {
        (
            f.make.clone(),
            f.model.clone(),
            f.body_serial.clone(),
            f.lens_serial.clone(),
            f.datetime_original.clone(),
            f.offset_time_original.clone(),
            f.orientation,
            f.software.clone(),
        )
    };
    assert_eq!(text(read), text(expected), "{what}");
    for (name, got, want) in [
        ("latitude", read.gps_latitude, expected.gps_latitude),
        ("longitude", read.gps_longitude, expected.gps_longitude),
        ("altitude", read.gps_altitude, expected.gps_altitude),
    ] {
        match (got, want) {
            (Some(g), Some(w)) => assert!((g - w).abs() < GPS_TOLERANCE, "{what}: {name} {g} != {w}"),
            (None, None) => {}
            _ => panic!("{what}: {name} read {got:?}, expected {want:?}"),
        }
    }
}

#[test]
fn exif_leads_match_the_tags_written() {
    let only_camera =
        ExifTags { make: Some("NIKON CORPORATION".into()), model: Some("NIKON D750".into()), ..ExifTags::default() };
    let only_gps = ExifTags {
        gps: Some(GpsPosition { latitude: 51.5, longitude: -0.127_5, altitude: 0.0 }),
        ..ExifTags::default()
    };
    let cases =
        [("camera", camera_tags()), ("phone", phone_tags()), ("make and model", only_camera), ("gps", only_gps)];
    for (seed, (what, tags)) in cases.into_iter().enumerate() {
        let jpeg = with_exif(&picture(seed as u64), &tags);
        let analysis = analyze(&jpeg, &AnalyzeOptions::default());
        assert_eq!(analysis.kind, MediaKind::Jpeg, "{what}");
        assert!(analysis.problems.is_empty(), "{what}: {:?}", analysis.problems);
        assert!(analysis.pdq.is_some(), "{what}: EXIF does not get in the way of PDQ");
        assert_eq!((analysis.width, analysis.height), (Some(160), Some(120)), "{what}");
        let read = analysis.exif.unwrap_or_else(|| panic!("{what}: no EXIF read"));
        assert_fields(what, &read, &tags.expected_fields());
    }
}

#[test]
fn exif_leads_are_in_the_documented_form() {
    // Independent of `expected_fields`: the values as an investigator
    // would type them in.
    let read = analyze(&with_exif(&picture(10), &camera_tags()), &AnalyzeOptions::default()).exif.unwrap();
    assert_eq!(read.datetime_original.as_deref(), Some("2024-03-01T10:20:30"));
    assert_eq!(read.offset_time_original.as_deref(), Some("+07:00"));
    assert_eq!(read.body_serial.as_deref(), Some("083024001234"));
    assert_eq!(read.lens_serial.as_deref(), Some("0000c1a2b3"));
    assert_eq!(read.orientation, Some(6));
    assert!((read.gps_latitude.unwrap() - 13.756_331).abs() < GPS_TOLERANCE);
    assert!((read.gps_longitude.unwrap() - 100.501_765).abs() < GPS_TOLERANCE);
    assert!((read.gps_altitude.unwrap() - 12.34).abs() < GPS_TOLERANCE);

    // South and west are negative, below sea level too.
    let read = analyze(&with_exif(&picture(11), &phone_tags()), &AnalyzeOptions::default()).exif.unwrap();
    assert!((read.gps_latitude.unwrap() + 34.603_722).abs() < GPS_TOLERANCE, "{:?}", read.gps_latitude);
    assert!((read.gps_longitude.unwrap() + 58.381_592).abs() < GPS_TOLERANCE, "{:?}", read.gps_longitude);
    assert!((read.gps_altitude.unwrap() + 27.5).abs() < GPS_TOLERANCE, "{:?}", read.gps_altitude);
    assert_eq!(read.body_serial, None);
    assert_eq!(read.datetime_original.as_deref(), Some("2023-12-31T23:59:59"));
}

#[test]
fn jpeg_without_exif_has_no_leads_and_no_problem() {
    let analysis = analyze(&picture(20), &AnalyzeOptions::default());
    assert_eq!(analysis.kind, MediaKind::Jpeg);
    assert!(analysis.exif.is_none());
    assert!(analysis.problems.is_empty(), "{:?}", analysis.problems);
    assert!(analysis.pdq.is_some());
    // An empty tag set writes nothing at all.
    assert_eq!(with_exif(&picture(20), &ExifTags::default()), picture(20));
}

/// Offset of the TIFF header inside the APP1 segment `with_exif` writes
/// right after SOI: FF D8, FF E1, length (2), "Exif\0\0".
const TIFF_AT: usize = 2 + 2 + 2 + 6;

#[test]
fn corrupt_exif_is_an_exif_problem_but_the_picture_still_decodes() {
    let good = with_exif(&picture(30), &camera_tags());
    assert_eq!(&good[TIFF_AT..TIFF_AT + 4], b"II*\0", "little-endian TIFF header where expected");

    // A byte order that is neither II nor MM.
    let mut bad_order = good.clone();
    bad_order[TIFF_AT..TIFF_AT + 2].copy_from_slice(b"XX");
    // A first IFD offset far past the end of the segment.
    let mut bad_offset = good.clone();
    bad_offset[TIFF_AT + 4..TIFF_AT + 8].copy_from_slice(&0x00FF_FFF0u32.to_le_bytes());

    let clean = analyze(&picture(30), &AnalyzeOptions::default());
    for (what, jpeg) in [("byte order", bad_order), ("IFD offset", bad_offset)] {
        let analysis = analyze(&jpeg, &AnalyzeOptions::default());
        let stages: Vec<ErrorStage> = analysis.problems.iter().map(|(s, _)| *s).collect();
        assert_eq!(stages, [ErrorStage::Exif], "{what}: {:?}", analysis.problems);
        assert_eq!(analysis.problems[0].1.code(), IngestErrorCode::ExifUnreadable, "{what}");
        assert!(analysis.problems[0].1.detail().is_some_and(|d| !d.is_empty()), "{what}: the parser says why");
        assert!(analysis.exif.is_none(), "{what}");
        assert_eq!((analysis.width, analysis.height), (Some(160), Some(120)), "{what}");
        assert!(analysis.thumbnail.is_some(), "{what}");
        // The pixels are those of the same picture without EXIF.
        assert_eq!(analysis.pdq, clean.pdq, "{what}: the damaged segment changes no pixel");
    }
}
