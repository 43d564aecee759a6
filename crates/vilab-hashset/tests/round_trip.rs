//! Export then import gives the same hashes and categories, in every
//! format; malformed lists and CSV give named errors.

use vilab_core::known::KnownMedia;
use vilab_core::{Md5, PdqHash, Sha1, Sha256};
use vilab_hashset::HashsetError;
use vilab_hashset::lists::{read_csv, read_list, write_csv, write_list};
use vilab_hashset::vics::{CaseHeader, VicsShape, read_vics, write_vics2};

fn records() -> Vec<KnownMedia> {
    (0..5u8)
        .map(|i| KnownMedia {
            media_id: Some(100 + i as i64),
            md5: Some(Md5([i; 16])),
            sha1: Some(Sha1([i ^ 0x55; 20])),
            sha256: Some(Sha256([i ^ 0xaa; 32])),
            pdq: (i % 2 == 0).then_some(PdqHash([i.wrapping_mul(37); 32])),
            category: (i != 3).then_some(i),
            series: (i == 1).then(|| "Series \"quoted\", with comma".to_string()),
            size: Some(1000 + i as u64),
            is_precategorized: Some(i != 3),
            ..KnownMedia::default()
        })
        .collect()
}

fn collect(
    read: impl FnOnce(&mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<(), HashsetError>,
) -> Vec<KnownMedia> {
    let mut out = Vec::new();
    read(&mut |m| {
        out.push(m);
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn vics2_media_and_case_shapes_round_trip() {
    for case in [
        None,
        Some(CaseHeader {
            case_id: "6f1c8a9e-0000-4000-8000-000000000001".into(),
            case_number: "OP-2026-001".into(),
            application: "vilab".into(),
        }),
    ] {
        let mut bytes = Vec::new();
        assert_eq!(write_vics2(&mut bytes, case.as_ref(), records()).unwrap(), 5);
        let mut shape = None;
        let back = collect(|sink| {
            let summary = read_vics(bytes.as_slice(), sink)?;
            shape = summary.shape;
            Ok(())
        });
        let expected: Vec<KnownMedia> =
            records().into_iter().map(|m| KnownMedia { case_index: case.as_ref().map(|_| 0), ..m }).collect();
        assert_eq!(back, expected);
        assert_eq!(shape, Some(if case.is_some() { VicsShape::Cases } else { VicsShape::Media }));
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("\"HashName\":\"PDQ\""), "PDQ travels as an alternative hash");
    }
}

#[test]
fn csv_round_trips_hashes_categories_series_and_ids() {
    let mut bytes = Vec::new();
    write_csv(&mut bytes, records()).unwrap();
    let back = collect(|sink| read_csv(bytes.as_slice(), sink).map(|_| ()));
    for (a, b) in records().iter().zip(&back) {
        assert_eq!(
            (a.md5, a.sha1, a.sha256, a.pdq, a.category, &a.series, a.media_id),
            (b.md5, b.sha1, b.sha256, b.pdq, b.category, &b.series, b.media_id)
        );
    }
    assert_eq!(back.len(), 5);
}

#[test]
fn lists_round_trip_each_digest() {
    for digest in ["md5", "sha1", "sha256"] {
        let mut bytes = b"# exported by a test\n\n".to_vec();
        write_list(&mut bytes, digest, records()).unwrap();
        let back = collect(|sink| read_list(bytes.as_slice(), sink).map(|_| ()));
        assert_eq!(back.len(), 5);
        for (a, b) in records().iter().zip(&back) {
            match digest {
                "md5" => assert_eq!(a.md5, b.md5),
                "sha1" => assert_eq!(a.sha1, b.sha1),
                _ => assert_eq!(a.sha256, b.sha256),
            }
        }
    }
}

#[test]
fn malformed_lists_and_csv_name_the_line_and_field() {
    let list = "00112233445566778899aabbccddeeff\nnot-a-hash\n";
    match read_list(list.as_bytes(), &mut |_| Ok(())) {
        Err(HashsetError::Syntax { line, field, .. }) => assert_eq!((line, field.as_str()), (2, "hash")),
        other => panic!("{other:?}"),
    }
    let list = "00112233445566778899aabbccddeefz\n";
    assert!(matches!(read_list(list.as_bytes(), &mut |_| Ok(())), Err(HashsetError::Syntax { line: 1, .. })));
    let csv = "md5,category\n00112233445566778899aabbccddeeff,1\n00112233445566778899aabbccddeeff,300\n";
    match read_csv(csv.as_bytes(), &mut |_| Ok(())) {
        Err(HashsetError::Syntax { line, field, .. }) => assert_eq!((line, field.as_str()), (3, "category")),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        read_csv("name,size\na,1\n".as_bytes(), &mut |_| Ok(())),
        Err(HashsetError::Syntax { line: 1, .. })
    ));
}
