//! Renditions carry nothing of the original's container: an original
//! loaded with EXIF (GPS, serial numbers, a thumbnail), XMP, IPTC, an ICC
//! profile, a comment and bytes after EOI is sanitized for the partner and
//! the public, and each output is read by an independent tool, Debian's
//! exiftool (`libimage-exiftool-perl`), and scanned for the planted words.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use vilab_core::model::MediaKind;
use vilab_sanitize::{Audience, Region, RegionKind, SanitizeOptions, Shape, Treatment, jfif_problem, sanitize};
use vilab_synth::{ExifTags, GpsPosition};

/// Words planted in each kind of metadata; none may reach an output.
const PLANTED: [&str; 9] = [
    "PlantedMake",
    "PLANTED-SERIAL-4711",
    "PLANTED-LENS-0815",
    "PLANTED-XMP-CREATOR",
    "PLANTED-IPTC-BYLINE",
    "PLANTED-ICC-DESC",
    "PLANTED-COMMENT",
    "PLANTED-THUMB",
    "PLANTED-TRAILER",
];

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&u16::try_from(body.len() + 2).unwrap().to_be_bytes());
    s.extend_from_slice(body);
    s
}

/// EXIF from vilab-synth's writer (GPS, serials, orientation), written
/// again with a JPEG thumbnail in IFD1 that carries a comment of its own.
fn exif_with_thumbnail() -> Vec<u8> {
    let tags = ExifTags {
        make: Some("PlantedMake".into()),
        model: Some("Model 9".into()),
        body_serial: Some("PLANTED-SERIAL-4711".into()),
        lens_serial: Some("PLANTED-LENS-0815".into()),
        datetime_original: Some("2024:03:05 10:11:12".into()),
        gps: Some(GpsPosition { latitude: 11.5564, longitude: 104.9282, altitude: 12.0 }),
        orientation: Some(6),
        ..ExifTags::default()
    };
    let payload = vilab_synth::exif_payload(&tags).unwrap();
    let parsed = exif::Reader::new().read_raw(payload).unwrap();
    let small = vilab_synth::jpeg_bytes(&vilab_synth::scene(5, 64, 48), 80);
    let mut thumb = small[..2].to_vec();
    thumb.extend(segment(0xFE, b"PLANTED-THUMB"));
    thumb.extend_from_slice(&small[2..]);
    let mut writer = exif::experimental::Writer::new();
    for field in parsed.fields() {
        writer.push_field(field);
    }
    writer.set_jpeg(&thumb, exif::In::THUMBNAIL);
    let mut out = std::io::Cursor::new(Vec::new());
    writer.write(&mut out, true).unwrap();
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(out.into_inner());
    app1
}

fn xmp() -> Vec<u8> {
    let mut body = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    body.extend_from_slice(
        br#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>PLANTED-XMP-CREATOR</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#,
    );
    body
}

/// Photoshop IRB 0x0404 holding one IPTC dataset, 2:80 By-line.
fn iptc() -> Vec<u8> {
    let text = b"PLANTED-IPTC-BYLINE";
    let mut iptc = vec![0x1C, 2, 80];
    iptc.extend_from_slice(&u16::try_from(text.len()).unwrap().to_be_bytes());
    iptc.extend_from_slice(text);
    let mut body = b"Photoshop 3.0\0".to_vec();
    body.extend_from_slice(b"8BIM");
    body.extend_from_slice(&[0x04, 0x04, 0, 0]);
    body.extend_from_slice(&u32::try_from(iptc.len()).unwrap().to_be_bytes());
    body.extend_from_slice(&iptc);
    if iptc.len() % 2 == 1 {
        body.push(0);
    }
    body
}

/// A minimal ICC v2 profile with one `desc` tag.
fn icc() -> Vec<u8> {
    let text = b"PLANTED-ICC-DESC\0";
    let mut desc = b"desc\0\0\0\0".to_vec();
    desc.extend_from_slice(&u32::try_from(text.len()).unwrap().to_be_bytes());
    desc.extend_from_slice(text);
    desc.extend_from_slice(&[0; 12 + 67]);
    let mut tags = 1u32.to_be_bytes().to_vec();
    tags.extend_from_slice(b"desc");
    tags.extend_from_slice(&(128u32 + 16).to_be_bytes());
    tags.extend_from_slice(&u32::try_from(desc.len()).unwrap().to_be_bytes());
    let size = 128 + tags.len() + desc.len();
    let mut header = vec![0u8; 128];
    header[0..4].copy_from_slice(&u32::try_from(size).unwrap().to_be_bytes());
    header[4..8].copy_from_slice(b"lcms");
    header[8..12].copy_from_slice(&[2, 0x10, 0, 0]);
    header[12..16].copy_from_slice(b"mntr");
    header[16..20].copy_from_slice(b"RGB ");
    header[20..24].copy_from_slice(b"XYZ ");
    header[36..40].copy_from_slice(b"acsp");
    let mut body = b"ICC_PROFILE\0\x01\x01".to_vec();
    body.extend(header);
    body.extend(tags);
    body.extend(desc);
    body
}

/// A 640x480 synthetic picture carrying every kind of metadata.
fn loaded_original() -> Vec<u8> {
    let plain = vilab_synth::jpeg_bytes(&vilab_synth::scene(4, 640, 480), 90);
    let mut out = plain[..2].to_vec();
    out.extend(segment(0xE1, &exif_with_thumbnail()));
    out.extend(segment(0xE1, &xmp()));
    out.extend(segment(0xE2, &icc()));
    out.extend(segment(0xED, &iptc()));
    out.extend(segment(0xFE, b"PLANTED-COMMENT"));
    out.extend_from_slice(&plain[2..]);
    out.extend_from_slice(b"PLANTED-TRAILER: a phone's extra data after EOI");
    out
}

/// exiftool's view of a file: `-j -a -G1`, every tag with its group.
fn exiftool(bytes: &[u8]) -> BTreeMap<String, serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.jpg");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("exiftool")
        .args(["-j", "-a", "-G1", "-b"])
        .arg(&path)
        .output()
        .expect("exiftool (Debian libimage-exiftool-perl; .ci/install-deps) runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut list: Vec<BTreeMap<String, serde_json::Value>> = serde_json::from_slice(&out.stdout).unwrap();
    list.remove(0)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn renditions_carry_no_metadata_of_the_original() {
    let original = loaded_original();
    // The original really holds each kind, as exiftool reads it.
    let seen = exiftool(&original);
    let text = serde_json::to_string(&seen).unwrap();
    for group in ["GPS:", "ExifIFD:", "IFD1:ThumbnailImage", "XMP-dc:", "IPTC:", "ICC-header:", "File:Comment"] {
        assert!(seen.keys().any(|k| k.starts_with(group)), "the test original lacks {group}: {:?}", seen.keys());
    }
    for word in ["PLANTED-SERIAL-4711", "PLANTED-XMP-CREATOR", "PLANTED-IPTC-BYLINE", "PLANTED-COMMENT"] {
        assert!(text.contains(word), "exiftool does not see {word} in the test original");
    }
    for word in PLANTED {
        assert!(contains(&original, word), "{word} not planted");
    }
    let regions = vec![
        Region {
            kind: RegionKind::Face,
            shape: Shape::Rect { x: 100, y: 80, w: 120, h: 120 },
            treatment: Treatment::Fill,
        },
        Region {
            kind: RegionKind::Object,
            shape: Shape::Rect { x: 400, y: 300, w: 200, h: 150 },
            treatment: Treatment::Fill,
        },
    ];
    let options = SanitizeOptions { crop_margin: 20, crop_max_side: 128, ..SanitizeOptions::default() };
    for audience in [Audience::Partner, Audience::Trainee, Audience::Public] {
        let outputs = sanitize(&original, MediaKind::Jpeg, Some(6), &regions, audience, &options).unwrap();
        assert_eq!(outputs.len(), 1, "{audience:?}");
        let out = &outputs[0];
        assert_eq!(jfif_problem(&out.bytes), None, "{audience:?}");
        for word in PLANTED {
            assert!(!contains(&out.bytes, word), "{audience:?}: {word} survived");
        }
        let tags = exiftool(&out.bytes);
        for key in tags.keys().filter(|k| *k != "SourceFile") {
            let group = key.split(':').next().unwrap();
            // File and System describe the file itself, ExifTool the tool.
            assert!(
                ["File", "System", "ExifTool", "JFIF", "Composite"].contains(&group),
                "{audience:?}: exiftool reads {key} = {}",
                tags[key]
            );
        }
        let text = serde_json::to_string(&tags).unwrap().to_lowercase();
        for word in ["gps", "serial", "planted", "thumbnail", "trailer", "icc", "xmp", "iptc", "comment"] {
            assert!(!text.contains(word), "{audience:?}: exiftool's view mentions {word}: {text}");
        }
        // Orientation 6 is applied to the pixels: the picture stands up.
        let (w, h) = out.size.unwrap();
        assert_eq!(
            (tags["File:ImageWidth"].as_u64(), tags["File:ImageHeight"].as_u64()),
            (Some(w.into()), Some(h.into()))
        );
        if audience == Audience::Public {
            assert_eq!(out.object_region, Some(1));
            assert_eq!((w, h), (96, 128));
        } else {
            assert_eq!((w, h), (480, 640));
        }
    }
    let same = sanitize(&original, MediaKind::Jpeg, Some(6), &regions, Audience::Original, &options).unwrap();
    assert_eq!(same[0].bytes, original);
}

/// A PNG original (decoded by the `image` crate through vilab-media) and
/// a damaged JPEG become bare JPEGs too; bytes that are no picture are an
/// error naming the original, not a panic.
#[test]
fn other_originals_become_bare_jpegs_or_errors() {
    let scene = vilab_synth::scene(8, 120, 90);
    let mut png = Vec::new();
    scene.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    let regions = [Region {
        kind: RegionKind::Face,
        shape: Shape::Rect { x: 0, y: 0, w: 60, h: 90 },
        treatment: Treatment::Fill,
    }];
    let options = SanitizeOptions::default();
    let out = sanitize(&png, MediaKind::Png, None, &regions, Audience::Partner, &options).unwrap();
    assert_eq!(jfif_problem(&out[0].bytes), None);
    assert_eq!(out[0].size, Some((120, 90)));
    let back = common::decode(&out[0].bytes);
    assert!(back.get(20, 45).iter().all(|&c| c <= 3));
    let jpeg = vilab_synth::jpeg_bytes(&scene, 90);
    let cut = &jpeg[..jpeg.len() * 2 / 3];
    let out = sanitize(cut, MediaKind::Jpeg, None, &regions, Audience::Trainee, &options).unwrap();
    assert_eq!(jfif_problem(&out[0].bytes), None);
    let err = sanitize(b"not a picture", MediaKind::Jpeg, None, &regions, Audience::Partner, &options).unwrap_err();
    assert!(err.to_string().starts_with("original: "), "{err}");
}
