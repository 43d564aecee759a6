//! Media items and the keys that find them: a record read back as written,
//! every kind of key (row id, digests, SHA-256 prefix) and its ambiguities,
//! pages of a case's media, the blobs the store refers to, and durability
//! across a reopen.

use vilab_core::Sha256;
use vilab_core::model::MediaKind;
use vilab_store::{IngestBatch, MediaKey, MediaQuery, MediaRowId, StoreError};

use super::{Factory, with_case};
use crate::common::*;

pub fn media_record_round_trips(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
    let store = lab.store();
    let mut rec = decoded(9);
    rec.exif.as_mut().unwrap().gps_altitude = None;
    let mut empty_exif = bare(10);
    empty_exif.exif = Some(Default::default());
    store
        .write_batch(&IngestBatch { media: vec![rec.clone(), empty_exif.clone()], ..IngestBatch::new(exhibit, None) })
        .unwrap();
    let got = store.media(&MediaKey::Sha256(rec.digests.sha256)).unwrap().unwrap();
    assert_eq!(got.record, rec);
    assert_eq!(got.record.pdq.unwrap().hashes.len(), 8);
    let got = store.media(&MediaKey::Sha256(empty_exif.digests.sha256)).unwrap().unwrap();
    assert_eq!(got.record, empty_exif, "EXIF read but empty stays Some(empty)");
}

pub fn media_lookup_by_every_key_kind(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
    let store = lab.store();
    let a = bare_with(sha_with_prefix(&[0xab, 0xcd, 0xef, 0x01, 0x11], 0), 1);
    let b = bare_with(sha_with_prefix(&[0xab, 0xcd, 0xef, 0x01, 0x22], 0), 2);
    let mut c = bare_with(sha_with_prefix(&[0x12, 0x34], 0x56), 3);
    c.digests.md5 = a.digests.md5; // an MD5 collision
    store
        .write_batch(&IngestBatch { media: vec![a.clone(), b.clone(), c.clone()], ..IngestBatch::new(exhibit, None) })
        .unwrap();
    let sha_of = |k: &MediaKey| store.media(k).unwrap().map(|d| d.record.digests.sha256);

    let a_id = store.media(&MediaKey::Sha256(a.digests.sha256)).unwrap().unwrap().id;
    assert_eq!(sha_of(&MediaKey::RowId(a_id)), Some(a.digests.sha256));
    assert_eq!(sha_of(&MediaKey::Sha1(b.digests.sha1)), Some(b.digests.sha256));
    assert_eq!(sha_of(&MediaKey::Md5(b.digests.md5)), Some(b.digests.sha256));
    assert_eq!(sha_of(&MediaKey::HexPrefix("abcdef0111".into())), Some(a.digests.sha256));
    assert_eq!(sha_of(&MediaKey::HexPrefix("ABCDEF0122".into())), Some(b.digests.sha256));
    assert_eq!(sha_of(&MediaKey::HexPrefix("abcdef012".into())), Some(b.digests.sha256), "odd length");
    assert_eq!(sha_of(&MediaKey::HexPrefix("12345656".into())), Some(c.digests.sha256));
    assert_eq!(sha_of(&MediaKey::HexPrefix(c.digests.sha256.to_hex())), Some(c.digests.sha256));
    assert_eq!(sha_of(&MediaKey::HexPrefix("ffffffff".into())), None);
    assert_eq!(sha_of(&MediaKey::RowId(MediaRowId(999))), None);
    assert_eq!(sha_of(&MediaKey::Sha256(Sha256([0x77; 32]))), None);

    let err = store.media(&MediaKey::HexPrefix("abcdef01".into())).unwrap_err();
    assert!(matches!(err, StoreError::AmbiguousKey { .. }), "{err}");
    assert!(err.to_string().contains("media key 'abcdef01' is ambiguous"), "{err}");
    let err = store.media(&MediaKey::Md5(a.digests.md5)).unwrap_err();
    assert!(matches!(err, StoreError::AmbiguousKey { .. }), "{err}");
    let err = store.media(&MediaKey::HexPrefix("abcd".into())).unwrap_err();
    assert!(err.to_string().contains("8 to 64 hex digits"), "{err}");
}

pub fn list_media_pages_and_filters(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let mut media: Vec<_> = (1..=5).map(decoded).collect();
    media[4].kind = MediaKind::Png;
    let occurrences = media.iter().map(|m| occ(&format!("f{}.jpg", m.digests.size), m.digests.sha256)).collect();
    store.write_batch(&IngestBatch { media: media.clone(), occurrences, ..IngestBatch::new(exhibit, None) }).unwrap();

    let page1 = store.list_media(case, &MediaQuery { limit: 2, offset: 0, kind: None }).unwrap();
    let page3 = store.list_media(case, &MediaQuery { limit: 2, offset: 4, kind: None }).unwrap();
    assert_eq!(page1.len(), 2);
    assert_eq!(page3.len(), 1);
    assert!(page1[0].id < page1[1].id);
    assert_eq!(page1[0].sha256, media[0].digests.sha256);
    assert_eq!(page1[0].md5, media[0].digests.md5);
    assert_eq!(page1[0].pdq, Some(media[0].pdq.unwrap().hashes[0]));
    assert_eq!(page1[0].quality, Some(87));
    assert_eq!(page1[0].thumbnail, media[0].thumbnail);
    assert_eq!((page1[0].width, page1[0].height), (Some(640), Some(480)));
    let pngs = store.list_media(case, &MediaQuery { kind: Some(MediaKind::Png), ..Default::default() }).unwrap();
    assert_eq!(pngs.len(), 1);
    assert_eq!(pngs[0].kind, MediaKind::Png);

    let counts = store.case_counts(case).unwrap();
    assert_eq!(counts.by_kind, [(MediaKind::Jpeg, 4), (MediaKind::Png, 1)]);
    assert_eq!((counts.images_decoded, counts.with_exif, counts.with_gps), (5, 5, 5));
    let other = store.create_case("empty").unwrap();
    assert!(store.list_media(other.id, &MediaQuery::default()).unwrap().is_empty());
    assert_eq!(store.case_counts(other.id).unwrap(), Default::default());
}

pub fn blob_refs_lists_contents_and_thumbnails(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
    let store = lab.store();
    let a = decoded(1);
    let b = bare(2);
    let mut c = bare(3);
    c.thumbnail = a.thumbnail; // a shared thumbnail is listed once
    store
        .write_batch(&IngestBatch { media: vec![a.clone(), b.clone(), c.clone()], ..IngestBatch::new(exhibit, None) })
        .unwrap();
    let refs = store.blob_refs().unwrap();
    let mut expected = vec![a.digests.sha256, b.digests.sha256, c.digests.sha256, a.thumbnail.unwrap()];
    expected.sort();
    assert_eq!(refs, expected);
}

pub fn data_survives_reopening(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let a = decoded(5);
    lab.store()
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("a.jpg", a.digests.sha256)],
            ..IngestBatch::new(exhibit, None)
        })
        .unwrap();
    let lab = lab.reopen();
    assert_eq!(lab.store().case_counts(case).unwrap().media, 1);
    assert_eq!(lab.store().media(&MediaKey::Sha256(a.digests.sha256)).unwrap().unwrap().record, a);
}
