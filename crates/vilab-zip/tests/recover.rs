//! `ZipArchive::scan_local_headers`: what can be recovered from a zip whose
//! end (central directory, end records) is lost, as in a partial download.

mod common;

use std::io::{Cursor, Read, Write};

use common::{Member, RawZip};
use vilab_zip::{DataError, EntryProblem, Limits, ZipArchive, ZipError};
use zip::write::SimpleFileOptions;

fn scan(bytes: Vec<u8>) -> ZipArchive<Cursor<Vec<u8>>> {
    ZipArchive::scan_local_headers(Cursor::new(bytes), &Limits::default()).expect("scan runs")
}

fn body(i: u8) -> Vec<u8> {
    (0..20_000u32).map(|j| ((j / 7) as u8).wrapping_mul(i + 1)).collect()
}

fn written(stream: bool) -> Vec<u8> {
    let opts = SimpleFileOptions::default();
    let mut bytes = if stream {
        let mut w = zip::ZipWriter::new_stream(Vec::new());
        for i in 0..4u8 {
            w.start_file(format!("photo-{i}.jpg"), opts).unwrap();
            w.write_all(&body(i)).unwrap();
        }
        w.finish().unwrap().into_inner()
    } else {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..4u8 {
            w.start_file(format!("photo-{i}.jpg"), opts).unwrap();
            w.write_all(&body(i)).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    bytes.shrink_to_fit();
    bytes
}

fn read_all(a: &mut ZipArchive<Cursor<Vec<u8>>>, i: u32) -> (Vec<u8>, std::io::Result<u64>) {
    let mut out = Vec::new();
    let r = a.open_index(i).unwrap().read_to_end(&mut out).map(|n| n as u64);
    (out, r)
}

#[test]
fn cut_zip_is_recovered_by_scanning() {
    let whole = written(false);
    let full = ZipArchive::open(Cursor::new(whole.clone()), &Limits::default()).unwrap();
    let last = full.entries()[3].clone();
    // Cut in the middle of the last member's data.
    let cut = whole[..(last.data_offset + last.compressed_size / 2) as usize].to_vec();
    let cut_len = cut.len() as u64;
    assert!(matches!(
        ZipArchive::open(Cursor::new(cut.clone()), &Limits::default()).err().unwrap(),
        ZipError::NoEndOfCentralDirectory { .. }
    ));

    let mut a = scan(cut);
    assert_eq!(a.entries().len(), 4);
    assert_eq!(a.central_directory_offset(), None);
    for i in 0..3u32 {
        let e = &a.entries()[i as usize];
        assert!(e.recovered);
        assert_eq!(e.name, format!("photo-{i}.jpg").as_bytes());
        assert_eq!(e.data_offset, full.entries()[i as usize].data_offset);
        assert_eq!(e.problem, None);
        let (out, r) = read_all(&mut a, i);
        r.unwrap();
        assert_eq!(out, body(i as u8));
    }
    let e = a.entries()[3].clone();
    assert_eq!(e.problem, Some(EntryProblem::DataPastEnd { end: last.data_end(), archive_len: cut_len }));
    let (out, r) = read_all(&mut a, 3);
    assert!(r.is_err());
    assert!(!out.is_empty() && body(3).starts_with(&out), "what survives is the start of the member");
}

#[test]
fn data_descriptor_entries_are_sized_by_their_stream() {
    let whole = written(true);
    let full = ZipArchive::open(Cursor::new(whole.clone()), &Limits::default()).unwrap();
    assert!(full.entries().iter().all(|e| e.flags & 8 != 0 && e.method == 8));
    // The whole directory lost.
    let cut = whole[..full.central_directory_offset().unwrap() as usize].to_vec();
    let mut a = scan(cut);
    assert_eq!(a.entries().len(), 4);
    for i in 0..4u32 {
        let (ours, theirs) = (a.entries()[i as usize].clone(), &full.entries()[i as usize]);
        assert_eq!(ours.name, theirs.name);
        assert_eq!(
            (ours.compressed_size, ours.uncompressed_size, ours.crc32, ours.data_offset),
            (theirs.compressed_size, theirs.uncompressed_size, theirs.crc32, theirs.data_offset)
        );
        let (out, r) = read_all(&mut a, i);
        r.unwrap();
        assert_eq!(out, body(i as u8));
    }
}

#[test]
fn data_descriptor_stream_cut_short_is_a_problem() {
    let whole = written(true);
    let full = ZipArchive::open(Cursor::new(whole.clone()), &Limits::default()).unwrap();
    let second = full.entries()[1].clone();
    let cut = whole[..(second.data_offset + second.compressed_size / 2) as usize].to_vec();
    let len = cut.len() as u64;
    let mut a = scan(cut);
    assert_eq!(a.entries().len(), 2);
    assert_eq!(a.entries()[1].problem, Some(EntryProblem::StreamCutShort { archive_len: len }));
    let (out, r) = read_all(&mut a, 1);
    let err = r.unwrap_err();
    let data_err = err.get_ref().and_then(|e| e.downcast_ref::<DataError>()).unwrap();
    assert!(matches!(data_err, DataError::Damaged { index: 1, .. }), "{err}");
    assert!(!out.is_empty() && body(1).starts_with(&out));
    let (first, r) = read_all(&mut a, 0);
    r.unwrap();
    assert_eq!(first, body(0));
}

#[test]
fn scan_of_an_intact_zip_stops_at_the_central_directory() {
    let whole = written(false);
    let full = ZipArchive::open(Cursor::new(whole.clone()), &Limits::default()).unwrap();
    let a = scan(whole);
    let names = |a: &ZipArchive<_>| a.entries().iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&full));
}

#[test]
fn scan_skips_prepended_bytes() {
    let mut bytes = vec![0x4du8; 70_000];
    bytes.extend(written(false));
    let mut a = scan(bytes);
    assert_eq!(a.prepended_bytes(), 70_000);
    assert_eq!(a.entries().len(), 4);
    assert_eq!(read_all(&mut a, 2).0, body(2));
}

#[test]
fn stored_entry_with_data_descriptor_ends_the_walk() {
    // Its end cannot be known without a directory: the walk stops before it.
    let mut z = RawZip::new();
    z.add(&Member::stored(b"known", b"sized"));
    let mut m = Member::stored(b"unknown", b"unsized");
    m.flags |= 8;
    z.local(&m);
    z.add(&Member::stored(b"after", b"lost"));
    let bytes = z.bytes;
    let a = scan(bytes);
    assert_eq!(a.entries().len(), 1);
    assert_eq!(a.entries()[0].name, b"known");
}

#[test]
fn nothing_to_scan_gives_no_entries() {
    assert!(scan(vec![0u8; 1000]).entries().is_empty());
    assert!(scan(Vec::new()).entries().is_empty());
}
