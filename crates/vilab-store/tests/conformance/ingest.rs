//! Ingest batches: idempotent writes keyed by content and place, one media
//! item per content, enrichment without loss, whole-batch failure, errors
//! with their codes, and concurrent writers.

use std::sync::Arc;

use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestError, IngestErrorCode, MediaKind, Occurrence, OccurrenceKey};
use vilab_store::{BatchOutcome, IngestBatch, MediaKey, MediaQuery, Store, StoreError};

use super::{Factory, with_case};
use crate::common::*;

pub fn write_batch_is_idempotent(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
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

pub fn same_content_twice_is_one_media_two_occurrences(make: Factory) {
    let (lab, case, laptop) = with_case(make);
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

pub fn a_present_item_keeps_its_data_and_gains_what_it_lacked(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
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

pub fn one_place_may_hold_several_contents_and_names_keep_their_bytes(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
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

pub fn an_occurrence_of_unknown_content_fails_the_whole_batch(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
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

pub fn errors_are_listed_by_case_and_on_the_media(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
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

/// Every code, with params and a detail, is read back as it was written.
/// (That a code the build does not know is a bad row is each backend's to
/// show: it takes writing around the store.)
pub fn every_error_code_round_trips(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let written = every_error_code();
    lab.store().write_batch(&IngestBatch { errors: written.clone(), ..IngestBatch::new(exhibit, None) }).unwrap();
    let read: Vec<IngestError> = lab.store().ingest_errors(case).unwrap().into_iter().map(|(_, e)| e).collect();
    assert_eq!(read, written);
}

pub fn threads_write_and_read_concurrently(make: Factory) {
    let (lab, case, _) = with_case(make);
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

/// An occurrence on a disk keeps its volume, reference, allocation and
/// offsets; the exhibit's counts split them by allocation.
pub fn disk_places_round_trip_and_are_counted(make: Factory) {
    use vilab_core::model::{Allocation, DiskPlace};
    let (lab, _case, exhibit) = with_case(make);
    let store = lab.store();
    let (a, b) = (decoded(1), bare(2));
    let place = |allocation, fs_ref, offset| DiskPlace {
        volume: 2,
        fs_ref,
        allocation,
        offset: Some(offset),
        metadata_offset: fs_ref.map(|_| 4096),
    };
    let on_disk = |path: &str, sha256, disk| Occurrence { disk: Some(disk), ..occ(path, sha256) };
    let occurrences = vec![
        on_disk("p2/DCIM/a.jpg", a.digests.sha256, place(Allocation::Allocated, Some(12), 1 << 33)),
        on_disk("p2/DCIM/b.jpg", b.digests.sha256, place(Allocation::Deleted, Some(13), 7 << 20)),
        on_disk("p2/$carved/9437184.jpg", b.digests.sha256, place(Allocation::Carved, None, 9 << 20)),
        occ("plain.jpg", a.digests.sha256),
    ];
    let batch = IngestBatch { media: vec![a.clone(), b.clone()], occurrences, ..IngestBatch::new(exhibit, None) };
    store.write_batch(&batch).unwrap();
    let detail = store.media(&MediaKey::Sha256(b.digests.sha256)).unwrap().unwrap();
    let mut found: Vec<_> = detail.occurrences.iter().map(|o| o.occurrence.disk.clone()).collect();
    found.sort_by_key(|d| d.as_ref().map(|d| d.allocation));
    assert_eq!(
        found,
        [Some(place(Allocation::Deleted, Some(13), 7 << 20)), Some(place(Allocation::Carved, None, 9 << 20))]
    );
    let detail = store.media(&MediaKey::Sha256(a.digests.sha256)).unwrap().unwrap();
    let big = detail.occurrences.iter().find(|o| o.occurrence.key.path == b"p2/DCIM/a.jpg").unwrap();
    assert_eq!(big.occurrence.disk.as_ref().unwrap().offset, Some(1 << 33));
    let plain = detail.occurrences.iter().find(|o| o.occurrence.key.path == b"plain.jpg").unwrap();
    assert_eq!(plain.occurrence.disk, None);
    let counts = store.disk_counts(exhibit).unwrap();
    assert_eq!(counts, vilab_store::DiskCounts { allocated: 1, deleted: 1, carved: 1, errors: 0 });
}

/// Custody events come back in the order appended, with their details.
pub fn the_custody_log_keeps_events_in_order(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
    let store = lab.store();
    assert!(store.custody(exhibit).unwrap().is_empty());
    let run = store.start_run(exhibit, "/seized/disk.E01").unwrap();
    for (i, event) in ["image.verified", "disk.layout"].iter().enumerate() {
        store
            .add_custody(&vilab_store::NewCustody {
                exhibit,
                run: Some(run),
                at: 1_700_000_000 + i as i64,
                event: (*event).to_string(),
                details: serde_json::json!({ "n": i }),
            })
            .unwrap();
    }
    let log = store.custody(exhibit).unwrap();
    let seen: Vec<_> = log.iter().map(|e| (e.event.as_str(), e.details["n"].as_u64(), e.run)).collect();
    assert_eq!(seen, [("image.verified", Some(0), Some(run.0)), ("disk.layout", Some(1), Some(run.0))]);
    assert!(matches!(store.custody(vilab_store::ExhibitId(999)), Err(StoreError::NotFound { .. })));
}
