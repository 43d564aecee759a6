//! The VICS reader on fixtures written here, in every version and shape,
//! with the quirks real files have, and on malformed files.

use vilab_hashset::vics::{VicsShape, VicsVersion, read_vics};
use vilab_hashset::{HashsetError, KnownMedia};

const MD5_A: &str = "0123456789ABCDEF0123456789abcdef";
const SHA1_A: &str = "00112233445566778899AABBCCDDEEFF00112233";
const PDQ_A: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
const SHA256_A: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

fn photodna_base64() -> String {
    // 144 bytes of 0x41 ('A'), base64 = 192 chars.
    "QUFB".repeat(48)
}

fn read(text: &str) -> Result<(Vec<KnownMedia>, vilab_hashset::vics::VicsSummary), HashsetError> {
    let mut out = Vec::new();
    let summary = read_vics(text.as_bytes(), &mut |m| {
        out.push(m);
        Ok(())
    })?;
    Ok((out, summary))
}

fn v1_media() -> String {
    format!(
        r#"{{
  "odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Media",
  "value": [
    {{"odata.id": "Media(1)", "MediaID": 1, "MD5": "{MD5_A}", "SHA1": "{SHA1_A}", "Category": 1,
      "VictimIdentified": "true", "OffenderIdentified": false, "IsDistributed": "False", "IsPrecategorized": "true",
      "Series": "Series-A", "MediaSize": "12345",
      "Exifs@odata.navigationLinkUrl": "Media(1)/Exifs",
      "AlternativeHashes": [
        {{"MD5": "{MD5_A}", "HashName": "PhotoDNA", "HashValue": "{pdna}"}},
        {{"MD5": "{MD5_A}", "HashName": "PDQ", "HashValue": "{PDQ_A}"}},
        {{"MD5": "{MD5_A}", "HashName": "SHA256", "HashValue": "{SHA256_A}"}}
      ]}},
    {{"MediaID": "2", "MD5": "ffffffffffffffffffffffffffffffff", "IsPrecategorized": true}},
    {{"MediaID": 3, "MD5": "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "Category": null, "IsPrecategorized": "false", "SomethingNew": {{"a": [1, 2]}}}}
  ]
}}"#,
        pdna = photodna_base64()
    )
}

#[test]
fn version_1_media_with_quirks() {
    let (media, summary) = read(&v1_media()).unwrap();
    assert_eq!(summary.version, Some(VicsVersion::V1));
    assert_eq!(summary.shape, Some(VicsShape::Media));
    assert_eq!(summary.media, 3);
    let a = &media[0];
    assert_eq!(a.media_id, Some(1));
    assert_eq!(a.md5.unwrap().to_hex(), MD5_A.to_ascii_lowercase());
    assert_eq!(a.sha1.unwrap().to_hex(), SHA1_A.to_ascii_lowercase());
    assert_eq!(a.pdq.unwrap().to_hex(), PDQ_A);
    assert_eq!(a.sha256.unwrap().to_hex(), SHA256_A);
    assert_eq!(a.photodna.as_deref(), Some(&[0x41u8; 144][..]));
    assert_eq!(a.category, Some(1));
    assert_eq!(
        (a.victim_identified, a.offender_identified, a.is_distributed, a.is_precategorized),
        (Some(true), Some(false), Some(false), Some(true))
    );
    assert_eq!(a.series.as_deref(), Some("Series-A"));
    assert_eq!(a.size, Some(12345));
    assert_eq!(media[1].media_id, Some(2));
    assert_eq!(media[1].category, None, "absent category");
    assert_eq!(media[2].category, None, "null category");
    assert_eq!(media[2].is_precategorized, Some(false));
}

#[test]
fn version_2_media_with_top_level_photodna() {
    let text = format!(
        r#"{{"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media",
  "value": [{{"MediaID": 7, "MD5": "{MD5_A}", "Category": "2", "PhotoDNA": "{pdna}", "IsPrecategorized": true,
             "Tags": ["a", "b"], "AlternativeHashes": [{{"HashName": "PDQ", "HashValue": "{PDQ_A}"}}]}}]}}"#,
        pdna = photodna_base64()
    );
    let (media, summary) = read(&text).unwrap();
    assert_eq!(summary.version, Some(VicsVersion::V2));
    assert_eq!(media[0].category, Some(2));
    assert_eq!(media[0].photodna.as_ref().map(Vec::len), Some(144));
    assert_eq!(media[0].tags.as_deref(), Some("a, b"));
    assert!(media[0].pdq.is_some());
}

#[test]
fn case_shape_in_both_versions() {
    for (key, context) in [
        ("odata.metadata", "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"),
        ("@odata.context", "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases"),
    ] {
        let text = format!(
            r#"{{"{key}": "{context}", "value": [
              {{"CaseID": "6f1c8a9e-0000-4000-8000-000000000001", "CaseNumber": "OP-1",
                "Media": [{{"MediaID": 1, "MD5": "{MD5_A}", "Category": 3}}, {{"MediaID": 2, "SHA1": "{SHA1_A}"}}],
                "TotalMediaFiles": 2}},
              {{"CaseNumber": "OP-2", "Media": [{{"MediaID": 3, "MD5": "{MD5_A}"}}]}}
            ]}}"#
        );
        let (media, summary) = read(&text).unwrap();
        assert_eq!(summary.shape, Some(VicsShape::Cases), "{key}");
        assert_eq!((summary.cases, summary.media), (2, 3));
        assert_eq!(media.iter().map(|m| m.case_index).collect::<Vec<_>>(), [Some(0), Some(0), Some(1)]);
        assert_eq!(media[0].category, Some(3));
    }
    // Without metadata, the shape is told by the records.
    let text = format!(r#"{{"value": [{{"CaseNumber": "X", "Media": [{{"MD5": "{MD5_A}"}}]}}]}}"#);
    let (media, summary) = read(&text).unwrap();
    assert_eq!((summary.shape, summary.version, media.len()), (Some(VicsShape::Cases), None, 1));
}

#[test]
fn malformed_files_give_named_errors() {
    // Truncated: line and column.
    let full = v1_media();
    let truncated = &full[..full.len() / 2];
    match read(truncated) {
        Err(HashsetError::Syntax { line, .. }) => assert!(line > 1),
        other => panic!("{other:?}"),
    }
    // Wrong type: the path names the field.
    let wrong = full.replace("\"Category\": 1,", "\"Category\": {\"x\": 1},");
    match read(&wrong) {
        Err(HashsetError::Syntax { field, line, .. }) => {
            assert_eq!(field, "value[0].Category");
            assert_eq!(line, 4);
        }
        other => panic!("{other:?}"),
    }
    let wrong_bool = full.replace("\"VictimIdentified\": \"true\"", "\"VictimIdentified\": \"maybe\"");
    match read(&wrong_bool) {
        Err(HashsetError::Syntax { field, .. }) => assert_eq!(field, "value[0].VictimIdentified"),
        other => panic!("{other:?}"),
    }
    // Bad hex: the record and field.
    let bad_hex = full.replace("ffffffffffffffffffffffffffffffff", "fffffffffffffffffffffffffffffffz");
    match read(&bad_hex) {
        Err(HashsetError::Record { record, media_id, field, .. }) => {
            assert_eq!((record, media_id.as_str(), field.as_str()), (1, "2", "MD5"));
        }
        other => panic!("{other:?}"),
    }
    // Duplicate MediaID.
    let duplicate = full.replace("\"MediaID\": 3", "\"MediaID\": 1");
    match read(&duplicate) {
        Err(HashsetError::Record { record, field, message, .. }) => {
            assert_eq!((record, field.as_str()), (2, "MediaID"));
            assert!(message.contains("twice"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // Not VICS at all.
    assert!(matches!(read("[1, 2, 3]"), Err(HashsetError::Syntax { .. })));
    assert!(matches!(read("{\"a\": 1}"), Err(HashsetError::NotVics(_))));
    // Trailing garbage after the object.
    assert!(matches!(read(&format!("{full} x")), Err(HashsetError::Syntax { .. })));
}

#[test]
fn a_sink_error_stops_the_read() {
    let mut n = 0;
    let result = read_vics(v1_media().as_bytes(), &mut |_| {
        n += 1;
        if n == 2 { Err("store full".into()) } else { Ok(()) }
    });
    assert!(matches!(result, Err(HashsetError::Sink(m)) if m == "store full"));
    assert_eq!(n, 2);
}
