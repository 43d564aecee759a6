//! The file-system evidence store: atomic verified writes, verified reads,
//! and the whole-store verify.

mod common;

use std::fs;
use std::io::Cursor;
use std::sync::atomic::AtomicBool;

use vilab_core::{Hashed, Sha256};
use vilab_store::{BlobStore, FsBlobStore, IngestBatch, PutOutcome, StoreError};

fn store() -> (tempfile::TempDir, FsBlobStore) {
    let tmp = tempfile::tempdir().unwrap();
    let blobs = FsBlobStore::create(&tmp.path().join("evidence")).unwrap();
    (tmp, blobs)
}

/// Flips one bit of a file in place.
fn flip_byte(path: &std::path::Path, at: usize) {
    let mut bytes = fs::read(path).unwrap();
    bytes[at] ^= 0x01;
    fs::write(path, bytes).unwrap();
}

#[test]
fn put_then_get_round_trips_under_the_sharded_path() {
    let (_tmp, blobs) = store();
    let bytes = b"synthetic evidence".to_vec();
    let id = Sha256::of(&bytes);
    assert_eq!(blobs.put(&Hashed::new(&bytes)).unwrap(), PutOutcome::Written);
    assert_eq!(blobs.put(&Hashed::new(&bytes)).unwrap(), PutOutcome::AlreadyPresent);
    let hex = id.to_hex();
    let path = blobs.root().join(&hex[0..2]).join(&hex[2..4]).join(&hex);
    assert_eq!(blobs.path_of(&id), path);
    assert!(path.is_file());
    assert!(blobs.contains(&id).unwrap());
    assert_eq!(blobs.get(&id).unwrap(), bytes);
    let mut out = Vec::new();
    assert_eq!(blobs.copy_to(&id, &mut out).unwrap(), bytes.len() as u64);
    assert_eq!(out, bytes);
    // No temporary file is left next to the blob.
    assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
}

#[test]
fn get_detects_a_flipped_byte_and_a_missing_blob() {
    let (_tmp, blobs) = store();
    let bytes = vec![7u8; 4096];
    let id = Sha256::of(&bytes);
    blobs.put(&Hashed::new(&bytes)).unwrap();
    flip_byte(&blobs.path_of(&id), 100);
    let err = blobs.get(&id).unwrap_err();
    assert!(matches!(err, StoreError::BlobCorrupt { .. }), "{err}");
    let text = err.to_string();
    assert!(text.starts_with(&format!("blob {id} corrupt: expected {id} got ")), "{text}");
    assert!(blobs.copy_to(&id, &mut Vec::new()).is_err());

    let absent = Sha256::of(b"never stored");
    let err = blobs.get(&absent).unwrap_err();
    assert!(matches!(err, StoreError::BlobMissing { .. }), "{err}");
}

#[test]
fn put_replaces_a_damaged_blob_of_the_wrong_size() {
    let (_tmp, blobs) = store();
    let bytes = b"complete content".to_vec();
    let id = Sha256::of(&bytes);
    blobs.put(&Hashed::new(&bytes)).unwrap();
    fs::write(blobs.path_of(&id), b"compl").unwrap();
    assert_eq!(blobs.put(&Hashed::new(&bytes)).unwrap(), PutOutcome::Replaced);
    assert_eq!(blobs.get(&id).unwrap(), bytes);
}

/// Damage that keeps the size (a flipped bit) is found and repaired by
/// the next put of the good bytes, as by a streamed one.
#[test]
fn put_replaces_a_damaged_blob_of_the_same_size() {
    let (_tmp, blobs) = store();
    let bytes = vec![9u8; 10_000];
    let id = Sha256::of(&bytes);
    blobs.put(&Hashed::new(&bytes)).unwrap();
    flip_byte(&blobs.path_of(&id), 5000);
    assert!(blobs.get(&id).is_err());
    assert_eq!(blobs.put(&Hashed::new(&bytes)).unwrap(), PutOutcome::Replaced);
    assert_eq!(blobs.get(&id).unwrap(), bytes);
    flip_byte(&blobs.path_of(&id), 1);
    let (_, _, outcome) = blobs.put_stream(&mut Cursor::new(&bytes), &|_| false).unwrap();
    assert_eq!(outcome, PutOutcome::Replaced);
    assert_eq!(blobs.get(&id).unwrap(), bytes);
    // Told the blob was verified moments ago, a streamed put trusts it.
    flip_byte(&blobs.path_of(&id), 2);
    let (_, _, outcome) = blobs.put_stream(&mut Cursor::new(&bytes), &|_| true).unwrap();
    assert_eq!(outcome, PutOutcome::AlreadyPresent);
}

#[test]
fn put_stream_hashes_while_copying() {
    let (_tmp, blobs) = store();
    let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let (id, size, outcome) = blobs.put_stream(&mut Cursor::new(&bytes), &|_| false).unwrap();
    assert_eq!((id, size, outcome), (Sha256::of(&bytes), bytes.len() as u64, PutOutcome::Written));
    let (_, _, outcome) = blobs.put_stream(&mut Cursor::new(&bytes), &|_| false).unwrap();
    assert_eq!(outcome, PutOutcome::AlreadyPresent);
    assert_eq!(blobs.get(&id).unwrap(), bytes);
    assert_eq!(fs::read_dir(blobs.root().join(".tmp")).unwrap().count(), 0, "temporary files are cleaned");
}

#[test]
fn verify_all_reports_a_flipped_byte_and_stray_files() {
    let (_tmp, blobs) = store();
    let ids: Vec<_> = (0..20u8)
        .map(|i| {
            let bytes = vec![i; 1000 + usize::from(i)];
            let id = Sha256::of(&bytes);
            blobs.put(&Hashed::new(&bytes)).unwrap();
            id
        })
        .collect();
    let stop = AtomicBool::new(false);
    let mut calls = 0;
    let report = blobs
        .verify_all(&stop, &mut |p| {
            calls += 1;
            assert_eq!(p.total, 20);
        })
        .unwrap();
    assert!(report.is_clean(), "{report:?}");
    assert_eq!((report.checked, report.ok, calls), (20, 20, 20));

    let victim = ids[5];
    flip_byte(&blobs.path_of(&victim), 10);
    let stray = blobs.root().join("notes.txt");
    fs::write(&stray, b"not a blob").unwrap();
    let report = blobs.verify_all(&stop, &mut |_| {}).unwrap();
    assert!(!report.is_clean());
    assert_eq!((report.checked, report.ok), (20, 19));
    assert_eq!(report.corrupt.len(), 1);
    assert_eq!(report.corrupt[0].path, blobs.path_of(&victim));
    assert_eq!(report.corrupt[0].expected, victim);
    assert_ne!(report.corrupt[0].actual, victim);
    assert_eq!(report.stray, [stray]);
    assert!(!report.stopped);
}

#[test]
fn verify_all_stops_when_asked() {
    let (_tmp, blobs) = store();
    for i in 0..5u8 {
        blobs.put(&Hashed::new(&[i])).unwrap();
    }
    let report = blobs.verify_all(&AtomicBool::new(true), &mut |_| {}).unwrap();
    assert!(report.stopped);
    assert_eq!(report.checked, 0);
}

#[test]
fn lab_verify_reports_missing_blobs_and_corrupt_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let lab = common::new_lab(tmp.path());
    let case = lab.store().create_case("OP-1").unwrap();
    let exhibit = lab.store().open_exhibit(case.id, "usb", "/u").unwrap();

    let content = b"synthetic jpeg bytes".to_vec();
    let thumb = b"synthetic thumbnail".to_vec();
    let mut record = common::bare_with(Sha256::of(&content), 1);
    record.thumbnail = Some(Sha256::of(&thumb));
    lab.blobs().put(&Hashed::new(&content)).unwrap();
    lab.store().write_batch(&IngestBatch { media: vec![record], ..IngestBatch::new(exhibit.id, None) }).unwrap();

    let stop = AtomicBool::new(false);
    let report = lab.verify(&stop, &mut |_| {}).unwrap();
    assert_eq!(report.missing, [Sha256::of(&thumb)], "the thumbnail was never stored");
    lab.blobs().put(&Hashed::new(&thumb)).unwrap();
    let report = lab.verify(&stop, &mut |_| {}).unwrap();
    assert!(report.is_clean(), "{report:?}");

    let path = lab.dir().join("evidence").join(&Sha256::of(&content).to_hex()[0..2]);
    assert!(path.is_dir());
    let blob = FsBlobStore::open(&lab.dir().join("evidence")).unwrap().path_of(&Sha256::of(&content));
    flip_byte(&blob, 0);
    let report = lab.verify(&stop, &mut |_| {}).unwrap();
    assert_eq!(report.blobs.corrupt.len(), 1);
    assert_eq!(report.blobs.corrupt[0].path, blob);
}
