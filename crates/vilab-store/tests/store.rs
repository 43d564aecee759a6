//! The SQLite metadata store through the `Store` trait, on real databases.

mod common;

use std::sync::Arc;

use common::*;
use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestError, IngestErrorCode, MediaKind, Occurrence, OccurrenceKey};
use vilab_store::{
    BatchOutcome, IngestBatch, Lab, MediaKey, MediaQuery, MediaRowId, RunCounters, RunOutcome, RunStatus, Store,
    StoreError,
};

/// A lab with one case "OP-1" and one exhibit "laptop".
fn setup() -> (tempfile::TempDir, Lab, vilab_store::CaseId, vilab_store::ExhibitId) {
    let tmp = tempfile::tempdir().unwrap();
    let lab = new_lab(tmp.path());
    let case = lab.store().create_case("OP-1").unwrap();
    let exhibit = lab.store().open_exhibit(case.id, "laptop", "/mnt/laptop").unwrap();
    (tmp, lab, case.id, exhibit.id)
}

#[test]
fn case_names_are_unique() {
    let (_tmp, lab, case, _) = setup();
    let store = lab.store();
    let err = store.create_case("OP-1").unwrap_err();
    assert_eq!(err.to_string(), "case 'OP-1' already exists");
    let err = store.create_case("op-1").unwrap_err();
    assert!(matches!(err, StoreError::CaseExists { .. }), "{err}");
    assert!(store.create_case("  ").is_err());
    assert!(store.create_case(" padded").is_err());

    let found = store.case_by_name("OP-1").unwrap().unwrap();
    assert_eq!(found.id, case);
    assert_eq!(found.uid.len(), 32);
    assert_eq!(store.case_by_id(case).unwrap().unwrap(), found);
    assert!(store.case_by_name("OP-2").unwrap().is_none());

    store.create_case("Alpha").unwrap();
    let names: Vec<_> = store.list_cases().unwrap().into_iter().map(|s| s.case.name).collect();
    assert_eq!(names, ["Alpha", "OP-1"]);
}

#[test]
fn open_exhibit_gets_or_creates() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let again = store.open_exhibit(case, "laptop", "/media/elsewhere").unwrap();
    assert_eq!(again.id, exhibit);
    assert_eq!(again.source_path, "/mnt/laptop", "the first source path is kept");
    let phone = store.open_exhibit(case, "phone", "/mnt/phone").unwrap();
    assert_ne!(phone.id, exhibit);
    let names: Vec<_> = store.exhibits(case).unwrap().into_iter().map(|e| e.name).collect();
    assert_eq!(names, ["laptop", "phone"]);

    let err = store.open_exhibit(vilab_store::CaseId(999), "x", "/x").unwrap_err();
    assert_eq!(err.to_string(), "case 999 not found");
}

#[test]
fn write_batch_is_idempotent() {
    let (_tmp, lab, _case, exhibit) = setup();
    let store = lab.store();
    let run = store.start_run(exhibit, "/seized").unwrap();
    let (a, b) = (decoded(1), bare(2));
    let batch = IngestBatch {
        exhibit,
        run: Some(run),
        media: vec![a.clone(), b.clone()],
        occurrences: vec![occ("DCIM/a.jpg", a.digests.sha256), occ_in("backup.zip", "old/b.jpg", b.digests.sha256)],
        errors: vec![error("DCIM/broken.jpg", ErrorStage::Decode, Some(b.digests.sha256))],
        files_done: Vec::new(),
    };
    let first = store.write_batch(&batch).unwrap();
    assert_eq!(
        first,
        BatchOutcome { new_media: 2, enriched_media: 0, new_occurrences: 2, new_errors: 1, resolved_errors: 0 }
    );
    let second = store.write_batch(&batch).unwrap();
    assert_eq!(second, BatchOutcome::default());

    let counts_before = store.case_counts(store.case_by_name("OP-1").unwrap().unwrap().id).unwrap();
    store.write_batch(&batch).unwrap();
    let counts_after = store.case_counts(store.case_by_name("OP-1").unwrap().unwrap().id).unwrap();
    assert_eq!(counts_before, counts_after);
    assert_eq!(counts_after.files, 2);
    assert_eq!(counts_after.media, 2);
}

#[test]
fn same_content_twice_is_one_media_two_occurrences() {
    let (_tmp, lab, case, laptop) = setup();
    let store = lab.store();
    let phone = store.open_exhibit(case, "phone", "/mnt/phone").unwrap().id;
    let other_case = store.create_case("OP-2").unwrap();
    let usb = store.open_exhibit(other_case.id, "usb", "/mnt/usb").unwrap().id;
    let a = decoded(7);
    let sha = a.digests.sha256;

    let out = store
        .write_batch(&IngestBatch {
            media: vec![a.clone(), a.clone()],
            occurrences: vec![occ("x/1.jpg", sha), occ("x/copy of 1.jpg", sha)],
            ..IngestBatch::new(laptop, None)
        })
        .unwrap();
    assert_eq!((out.new_media, out.new_occurrences), (1, 2));
    // Later batches may refer to content already in the lab without repeating it.
    let out = store
        .write_batch(&IngestBatch { occurrences: vec![occ("DCIM/1.jpg", sha)], ..IngestBatch::new(phone, None) })
        .unwrap();
    assert_eq!((out.new_media, out.new_occurrences), (0, 1));
    store.write_batch(&IngestBatch { occurrences: vec![occ("1.jpg", sha)], ..IngestBatch::new(usb, None) }).unwrap();

    let counts = store.case_counts(case).unwrap();
    assert_eq!((counts.exhibits, counts.files, counts.media), (2, 3, 1));
    let summaries = store.list_cases().unwrap();
    let op1 = summaries.iter().find(|s| s.case.name == "OP-1").unwrap();
    assert_eq!((op1.exhibits, op1.media, op1.occurrences, op1.errors), (2, 1, 3, 0));

    let page = store.list_media(case, &MediaQuery::default()).unwrap();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].occurrences, 3);
    assert_eq!(page[0].first_path, key("x/1.jpg", ""));

    let detail = store.media(&MediaKey::Sha256(sha)).unwrap().unwrap();
    let places: Vec<_> = detail
        .occurrences
        .iter()
        .map(|o| (o.case.as_str(), o.exhibit.as_str(), o.occurrence.key.path_display()))
        .collect();
    let places: Vec<(&str, &str, &str)> = places.iter().map(|(c, e, p)| (*c, *e, p.as_str())).collect();
    assert_eq!(
        places,
        [
            ("OP-1", "laptop", "x/1.jpg"),
            ("OP-1", "laptop", "x/copy of 1.jpg"),
            ("OP-1", "phone", "DCIM/1.jpg"),
            ("OP-2", "usb", "1.jpg")
        ]
    );
}

#[test]
fn a_present_item_keeps_its_data_and_gains_what_it_lacked() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let plain = bare(3);
    let rich = decoded(3);
    let batch = |m| IngestBatch { media: vec![m], ..IngestBatch::new(exhibit, None) };
    assert_eq!(store.write_batch(&batch(plain.clone())).unwrap().new_media, 1);

    // Same content, reported later with a different kind and with PDQ, EXIF, thumbnail.
    let mut later = rich.clone();
    later.kind = MediaKind::Other;
    let out = store.write_batch(&batch(later.clone())).unwrap();
    assert_eq!((out.new_media, out.enriched_media), (0, 1));
    assert_eq!(store.write_batch(&batch(later)).unwrap(), BatchOutcome::default());
    // A poorer record later takes nothing away.
    assert_eq!(store.write_batch(&batch(plain)).unwrap(), BatchOutcome::default());

    let detail = store.media(&MediaKey::Sha256(rich.digests.sha256)).unwrap().unwrap();
    assert_eq!(detail.record.kind, MediaKind::Jpeg, "kind is kept");
    assert_eq!(detail.record.pdq, rich.pdq);
    assert_eq!(detail.record.exif, rich.exif);
    assert_eq!(detail.record.thumbnail, rich.thumbnail);
    assert_eq!((detail.record.width, detail.record.height), (Some(640), Some(480)));
    assert_eq!(store.case_counts(case).unwrap().media, 0, "no occurrence yet, so not in the case");
}

#[test]
fn media_record_round_trips() {
    let (_tmp, lab, _case, exhibit) = setup();
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

#[test]
fn the_ledger_lists_files_done_and_resolves_their_transient_errors() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    assert!(store.done_files(exhibit).unwrap().is_empty());
    let first = store.start_run(exhibit, "/seized").unwrap();
    let a = bare(1);
    let failed = IngestError { transient: true, ..error("unreadable.bin", ErrorStage::Read, None) };
    store
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("a.jpg", a.digests.sha256)],
            errors: vec![failed.clone()],
            files_done: vec![done("a.jpg", a.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(first))
        })
        .unwrap();
    let ledger = store.done_files(exhibit).unwrap();
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].path, b"a.jpg");
    assert!(ledger[0].same_as(1000, Some(1_600_000_000), Some(5)));
    assert!(!ledger[0].same_as(1001, Some(1_600_000_000), Some(5)), "another size");
    assert!(!ledger[0].same_as(1000, Some(1_600_000_001), Some(5)), "another time");
    assert!(!ledger[0].same_as(1000, None, None), "no time: in doubt");
    assert_eq!(store.ingest_errors(case).unwrap().len(), 1);

    // A later run does the file: its error is resolved, kept in the history.
    let second = store.start_run(exhibit, "/seized").unwrap();
    let b = bare(2);
    let outcome = store
        .write_batch(&IngestBatch {
            media: vec![b.clone()],
            occurrences: vec![occ("unreadable.bin", b.digests.sha256)],
            files_done: vec![done("unreadable.bin", b.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(second))
        })
        .unwrap();
    assert_eq!(outcome.resolved_errors, 1);
    assert!(store.ingest_errors(case).unwrap().is_empty(), "no open error left");
    // The same file done again refreshes its row instead of adding one.
    store
        .write_batch(&IngestBatch {
            files_done: vec![done("unreadable.bin", b.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(second))
        })
        .unwrap();
    assert_eq!(store.done_files(exhibit).unwrap().len(), 2);
    // Met again after its resolution, the error is open again.
    store.write_batch(&IngestBatch { errors: vec![failed], ..IngestBatch::new(exhibit, Some(second)) }).unwrap();
    assert_eq!(store.ingest_errors(case).unwrap().len(), 1);
    let other = store.open_exhibit(case, "other", "/o").unwrap();
    assert!(store.done_files(other.id).unwrap().is_empty());
}

/// A ledger row of a file read long after its last change.
fn done(path: &str, sha256: Sha256) -> vilab_store::DoneFile {
    vilab_store::DoneFile {
        path: path.as_bytes().to_vec(),
        size: 1000,
        modified: Some(1_600_000_000),
        modified_nanos: Some(5),
        sha256: Some(sha256),
        checked_at: 1_700_000_000,
    }
}

#[test]
fn one_place_may_hold_several_contents_and_names_keep_their_bytes() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let (a, b, c) = (bare(1), bare(2), bare(3));
    let odd = |bytes: &[u8], sha256| Occurrence { key: OccurrenceKey::file(bytes.to_vec()), ..occ("x", sha256) };
    store
        .write_batch(&IngestBatch {
            media: vec![a.clone(), b.clone(), c.clone()],
            occurrences: vec![
                odd(b"a\xff.txt", a.digests.sha256),
                odd(b"a\xfe.txt", b.digests.sha256),
                odd("a\u{fffd}.txt".as_bytes(), c.digests.sha256),
                // The same place, a content found there later.
                odd(b"a\xff.txt", b.digests.sha256),
            ],
            ..IngestBatch::new(exhibit, None)
        })
        .unwrap();
    assert_eq!(store.case_counts(case).unwrap().files, 4);
    let shown: Vec<String> = store
        .media(&MediaKey::Sha256(b.digests.sha256))
        .unwrap()
        .unwrap()
        .occurrences
        .iter()
        .map(|o| o.occurrence.key.display_path())
        .collect();
    assert_eq!(shown, ["a\\xfe.txt", "a\\xff.txt"]);
    let got = store.media(&MediaKey::Sha256(c.digests.sha256)).unwrap().unwrap();
    assert_eq!(got.occurrences[0].occurrence.key.path, "a\u{fffd}.txt".as_bytes());
}

#[test]
fn an_occurrence_of_unknown_content_fails_the_whole_batch() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let a = bare(1);
    let missing = Sha256([0xee; 32]);
    let err = store
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("a.jpg", a.digests.sha256), occ_in("b.zip", "c.jpg", missing)],
            ..IngestBatch::new(exhibit, None)
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::UnknownMedia { .. }), "{err}");
    assert!(err.to_string().contains("'b.zip!/c.jpg'"), "{err}");
    // Rolled back: not even the media row of the batch was kept.
    assert!(store.media(&MediaKey::Sha256(a.digests.sha256)).unwrap().is_none());
    assert_eq!(store.case_counts(case).unwrap().files, 0);
}

#[test]
fn runs_start_and_finish() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let run = store.start_run(exhibit, "/seized").unwrap();
    let counters = RunCounters { files_seen: 10, new_media: 4, ..Default::default() };
    let err = store.finish_run(run, &RunOutcome { status: RunStatus::Running, counters, note: None }).unwrap_err();
    assert!(err.to_string().contains("cannot finish"), "{err}");
    store
        .finish_run(run, &RunOutcome { status: RunStatus::Interrupted, counters, note: Some("Ctrl-C".into()) })
        .unwrap();
    let second = store.start_run(exhibit, "/seized").unwrap();
    let runs = store.runs(exhibit).unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].status, RunStatus::Interrupted);
    assert_eq!(runs[0].counters, counters);
    assert_eq!(runs[0].note.as_deref(), Some("Ctrl-C"));
    assert!(runs[0].finished_at.is_some());
    assert_eq!(runs[1].id, second);
    assert_eq!(runs[1].status, RunStatus::Running);

    // A run belongs to one exhibit.
    let phone = store.open_exhibit(case, "phone", "/p").unwrap().id;
    let err = store.write_batch(&IngestBatch::new(phone, Some(run))).unwrap_err();
    assert!(matches!(err, StoreError::RunExhibitMismatch { .. }), "{err}");
    let err = store
        .finish_run(vilab_store::RunId(999), &RunOutcome { status: RunStatus::Failed, counters, note: None })
        .unwrap_err();
    assert_eq!(err.to_string(), "ingest run 999 not found");
}

#[test]
fn media_lookup_by_every_key_kind() {
    let (_tmp, lab, _case, exhibit) = setup();
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

#[test]
fn media_key_parses_what_users_type() {
    let p = |s: &str| MediaKey::parse(s).unwrap();
    assert_eq!(p("#12"), MediaKey::RowId(MediaRowId(12)));
    assert_eq!(p("42"), MediaKey::RowId(MediaRowId(42)));
    assert_eq!(p("12345678"), MediaKey::HexPrefix("12345678".into()));
    assert_eq!(p("ABCDEF01"), MediaKey::HexPrefix("abcdef01".into()));
    assert!(matches!(p(&"a".repeat(32)), MediaKey::Md5(_)));
    assert!(matches!(p(&"b".repeat(40)), MediaKey::Sha1(_)));
    assert!(matches!(p(&"c".repeat(64)), MediaKey::Sha256(_)));
    assert!(MediaKey::parse("abc").is_err());
    assert!(MediaKey::parse("xyz12345").is_err());
    assert!(MediaKey::parse(&"d".repeat(65)).is_err());
    assert_eq!(p("#7").to_string(), "#7");
}

#[test]
fn list_media_pages_and_filters() {
    let (_tmp, lab, case, exhibit) = setup();
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

#[test]
fn errors_are_listed_by_case_and_on_the_media() {
    let (_tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let a = bare(4);
    store
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("bad.jpg", a.digests.sha256)],
            errors: vec![
                error("bad.jpg", ErrorStage::Decode, Some(a.digests.sha256)),
                error("gone.jpg", ErrorStage::Read, None),
                error("gone2.jpg", ErrorStage::Read, None),
            ],
            ..IngestBatch::new(exhibit, None)
        })
        .unwrap();
    let errors = store.ingest_errors(case).unwrap();
    assert_eq!(errors.len(), 3);
    assert_eq!(errors[0].0, "laptop");
    assert_eq!(errors[0].1.stage, ErrorStage::Decode);
    assert_eq!(errors[0].1.sha256, Some(a.digests.sha256));
    assert_eq!(errors[0].1.code, IngestErrorCode::ArchiveReadFailed);
    assert_eq!(errors[0].1.param("offset"), Some("12"));
    assert_eq!(errors[0].1.detail.as_deref(), Some("synthetic decode failure"));
    let counts = store.case_counts(case).unwrap();
    assert_eq!(counts.errors_by_stage, [(ErrorStage::Read, 2), (ErrorStage::Decode, 1)]);

    let detail = store.media(&MediaKey::Sha256(a.digests.sha256)).unwrap().unwrap();
    assert_eq!(detail.errors.len(), 1);
    assert_eq!((detail.errors[0].case.as_str(), detail.errors[0].exhibit.as_str()), ("OP-1", "laptop"));
}

#[test]
fn blob_refs_lists_contents_and_thumbnails() {
    let (_tmp, lab, _case, exhibit) = setup();
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

#[test]
fn data_survives_reopening() {
    let (_tmp, lab, case, exhibit) = setup();
    let a = decoded(5);
    lab.store()
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("a.jpg", a.digests.sha256)],
            ..IngestBatch::new(exhibit, None)
        })
        .unwrap();
    let dir = lab.dir().to_path_buf();
    drop(lab);
    let lab = Lab::open(&dir).unwrap();
    assert_eq!(lab.store().case_counts(case).unwrap().media, 1);
    assert_eq!(lab.store().media(&MediaKey::Sha256(a.digests.sha256)).unwrap().unwrap().record, a);
}

#[test]
fn threads_write_and_read_concurrently() {
    let (_tmp, lab, case, _) = setup();
    let store: Arc<dyn Store> = lab.store_arc();
    let handles: Vec<_> = (0..4u8)
        .map(|t| {
            let store = store.clone();
            std::thread::spawn(move || {
                let exhibit = store.open_exhibit(case, &format!("disk{t}"), "/d").unwrap().id;
                for i in 0..10u8 {
                    let m = bare(t * 10 + i);
                    let sha = m.digests.sha256;
                    store
                        .write_batch(&IngestBatch {
                            media: vec![m, bare(200)],
                            occurrences: vec![occ(&format!("{i}.jpg"), sha)],
                            ..IngestBatch::new(exhibit, None)
                        })
                        .unwrap();
                    store.list_media(case, &MediaQuery::default()).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let counts = store.case_counts(case).unwrap();
    assert_eq!((counts.exhibits, counts.files, counts.media), (5, 40, 40));
}

/// Every code, with params and a detail, is read back as it was written;
/// a code this build does not know is an error naming its row, never read
/// as another code.
#[test]
fn every_error_code_round_trips_and_an_unknown_one_is_a_bad_row() {
    let (tmp, lab, case, exhibit) = setup();
    let store = lab.store();
    let written: Vec<IngestError> = IngestErrorCode::ALL
        .iter()
        .enumerate()
        .map(|(i, &code)| {
            let mut error = error(&format!("f{i:02}.bin"), ErrorStage::Archive, None)
                .with_param("entry", i)
                .with_param("name with spaces", "value: \"quoted\" ∞");
            error.code = code;
            error.detail = (i % 2 == 0).then(|| format!("library words {i}"));
            if i % 3 == 0 {
                error.params.clear();
            }
            error
        })
        .collect();
    store.write_batch(&IngestBatch { errors: written.clone(), ..IngestBatch::new(exhibit, None) }).unwrap();
    let read: Vec<IngestError> = store.ingest_errors(case).unwrap().into_iter().map(|(_, e)| e).collect();
    assert_eq!(read, written);

    // A hand edit (or a newer vilab's code) is refused by name and row.
    let db = rusqlite::Connection::open(tmp.path().join("lab").join(vilab_store::LAB_DB)).unwrap();
    let id: i64 = db.query_row("SELECT id FROM ingest_errors WHERE path = 'f05.bin'", [], |r| r.get(0)).unwrap();
    db.execute("UPDATE ingest_errors SET code = 'no_such_code' WHERE id = ?1", [id]).unwrap();
    match store.ingest_errors(case).unwrap_err() {
        StoreError::BadRow { table: "ingest_errors", column: "code", row, reason } => {
            assert_eq!(row, id);
            assert!(reason.contains("no_such_code"), "{reason}");
        }
        other => panic!("expected a bad row, got {other}"),
    }
    db.execute("UPDATE ingest_errors SET code = 'read_failed', params = '[1]' WHERE id = ?1", [id]).unwrap();
    assert!(matches!(
        store.ingest_errors(case).unwrap_err(),
        StoreError::BadRow { column: "params", row, .. } if row == id
    ));
}
