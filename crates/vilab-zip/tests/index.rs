//! What `ZipArchive::open` finds: every record as an entry, raw names, the
//! extra fields, ZIP64, prepended data, the comment and the limits.

mod common;

use std::io::{Cursor, Read, Write};

use common::{Finish, Member, RawZip, Sparse, extra_field};
use vilab_zip::{DosDateTime, EntryProblem, Limits, ZipArchive, ZipError};
use zip::write::SimpleFileOptions;

fn open(bytes: Vec<u8>) -> ZipArchive<Cursor<Vec<u8>>> {
    ZipArchive::open(Cursor::new(bytes), &Limits::default()).expect("archive opens")
}

fn read_index<R: Read + std::io::Seek>(a: &mut ZipArchive<R>, index: u32) -> Vec<u8> {
    let mut out = Vec::new();
    a.open_index(index).unwrap().read_to_end(&mut out).unwrap();
    out
}

#[test]
fn duplicate_names_are_separate_entries() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"e.jpg", b"FIRST"));
    z.add(&Member::deflated(b"e.jpg", b"SECOND"));
    let mut a = open(z.finish());
    let names: Vec<_> = a.entries().iter().map(|e| (e.index, e.name.clone())).collect();
    assert_eq!(names, [(0, b"e.jpg".to_vec()), (1, b"e.jpg".to_vec())]);
    assert_eq!(read_index(&mut a, 0), b"FIRST");
    assert_eq!(read_index(&mut a, 1), b"SECOND");
}

#[test]
fn duplicate_names_from_python_zipfile_are_separate_entries() {
    // Made by the one-liner in the crate's brief:
    // z=zipfile.ZipFile('dup.zip','w'); z.writestr('e.jpg',b'FIRST'); z.writestr('e.jpg',b'SECOND')
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/python_dup.zip")).unwrap();
    let mut a = open(bytes);
    assert_eq!(a.entries().len(), 2);
    assert!(a.entries().iter().all(|e| e.name == b"e.jpg"));
    let second = a.entries()[1].clone();
    let mut out = Vec::new();
    a.open_entry(&second).unwrap().read_to_end(&mut out).unwrap();
    assert_eq!(out, b"SECOND");
    assert_eq!(read_index(&mut a, 0), b"FIRST");
}

#[test]
fn cp437_name_keeps_raw_bytes() {
    // "MÜLL.TXT" in CP437 (0x9A = Ü), no UTF-8 flag: not valid UTF-8, kept as is.
    let raw = b"M\x9aLL.TXT";
    let mut z = RawZip::new();
    z.add(&Member::stored(raw, b"x"));
    let mut utf8 = Member::stored("grüße.txt".as_bytes(), b"y");
    utf8.flags |= 1 << 11;
    z.add(&utf8);
    let a = open(z.finish());
    let e = &a.entries()[0];
    assert_eq!(e.name, raw);
    assert!(!e.utf8_flag);
    assert!(std::str::from_utf8(&e.name).is_err());
    assert_eq!(a.entries()[1].name, "grüße.txt".as_bytes());
    assert!(a.entries()[1].utf8_flag);
}

fn unicode_path(crc_of: &[u8], version: u8, path: &str) -> Vec<u8> {
    let mut data = vec![version];
    data.extend_from_slice(&crc32fast::hash(crc_of).to_le_bytes());
    data.extend_from_slice(path.as_bytes());
    extra_field(0x7075, &data)
}

#[test]
fn unicode_path_extra_used_only_when_crc_matches() {
    let raw = b"na\x84ve.txt"; // CP437 ä
    let mut z = RawZip::new();
    let mut good = Member::stored(raw, b"1");
    good.central_extra = unicode_path(raw, 1, "naäve.txt");
    z.add(&good);
    // Renamed by a tool that left the extra field alone: its CRC is of the old name.
    let mut stale = Member::stored(b"renamed.txt", b"2");
    stale.central_extra = unicode_path(raw, 1, "naäve.txt");
    z.add(&stale);
    let mut unknown_version = Member::stored(raw, b"3");
    unknown_version.central_extra = unicode_path(raw, 2, "naäve.txt");
    z.add(&unknown_version);
    let a = open(z.finish());
    let paths: Vec<_> = a.entries().iter().map(|e| e.unicode_path.clone()).collect();
    assert_eq!(paths, [Some("naäve.txt".as_bytes().to_vec()), None, None]);
    assert_eq!(a.entries()[0].name, raw, "the raw name stays raw beside the Unicode path");
}

#[test]
fn zip64_sizes_and_offsets() {
    // A 6 GiB archive (zeros but for the pieces put in it): one member whose
    // local header is past 4 GiB, so that its central record defers only
    // the offset to the ZIP64 field, and ZIP64 end records past it.
    let content = b"past four gigabytes";
    let m = Member::stored(b"far.txt", content);
    let lho = 5u64 << 30;
    let mut piece = RawZip::local_header(&m);
    let header_len = piece.len() as u64;
    piece.extend_from_slice(content);
    // The directory and end records at the very end of the 6 GiB, their
    // offsets past 4 GiB too (only ZIP64 can say where they are).
    let tail = |base: u64| {
        let mut cd = RawZip::new();
        cd.central(&m, lho, false);
        cd.finish_with(&Finish { zip64: true, base, cd_offset: Some(base), ..Finish::default() })
    };
    let total = 6u64 << 30;
    let end_at = total - tail(0).len() as u64;
    let mut s = Sparse::new(total);
    s.put(lho, piece);
    s.put(end_at, tail(end_at));

    let mut a = ZipArchive::open(s, &Limits::default()).unwrap();
    assert!(a.is_zip64());
    assert_eq!(a.prepended_bytes(), 0);
    assert_eq!(a.central_directory_offset(), Some(end_at));
    let e = a.entries()[0].clone();
    assert_eq!(e.local_header_offset, lho);
    assert_eq!(e.data_offset, lho + header_len);
    assert_eq!((e.compressed_size, e.uncompressed_size), (content.len() as u64, content.len() as u64));
    assert_eq!(e.problem, None);
    assert_eq!(read_index(&mut a, 0), content);
}

#[test]
fn zip64_sizes_past_four_gigabytes_are_declared_not_allocated() {
    // A 100-byte member declaring 5 GiB: the sizes come from the ZIP64
    // field, and reading it ends in an error, not in a 5 GiB buffer.
    let mut m = Member::deflated(b"bomb.bin", &[0u8; 100]);
    m.uncompressed_size = 5 << 30;
    let mut z = RawZip::new();
    z.add(&m);
    let mut a = open(z.finish());
    assert_eq!(a.entries()[0].uncompressed_size, 5 << 30);
    let mut out = Vec::new();
    let err = a.open_index(0).unwrap().read_to_end(&mut out).unwrap_err();
    assert_eq!(out.len(), 100);
    assert!(err.to_string().contains("5368709120"), "{err}");
}

#[test]
fn zip64_extra_fields_replace_only_saturated_values() {
    // Every 32-bit field saturated, the real (small) values in the ZIP64
    // extra field, the end records in ZIP64 form.
    let mut z = RawZip::new();
    let m = Member::deflated(b"a.txt", &b"abc".repeat(1000));
    let at = z.local(&m);
    z.central(&m, at, true);
    let plain = Member::stored(b"b.txt", b"plain");
    let at = z.local(&plain);
    z.central(&plain, at, false);
    let mut a = open(z.finish_with(&Finish { zip64: true, ..Finish::default() }));
    assert!(a.is_zip64());
    assert_eq!(a.declared_entries(), 2);
    let e = &a.entries()[0];
    assert_eq!((e.uncompressed_size, e.compressed_size, e.local_header_offset), (3000, m.data.len() as u64, 0));
    assert_eq!(read_index(&mut a, 0), b"abc".repeat(1000));
    assert_eq!(read_index(&mut a, 1), b"plain");
}

#[test]
fn zip64_extra_too_short_is_refused() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"x");
    m.uncompressed_size = 0xFFFF_FFFF; // saturated, but the extra field holds nothing
    m.central_extra = extra_field(1, &[]);
    z.add(&m);
    let err = ZipArchive::open(Cursor::new(z.finish()), &Limits::default()).err().unwrap();
    assert!(matches!(err, ZipError::BadZip64Extra { index: 0, offset: 32 }), "{err:?}");
}

#[test]
fn zip64_written_by_the_zip_crate_reads_back() {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().large_file(true);
    for i in 0..3 {
        w.start_file(format!("big{i}.bin"), opts).unwrap();
        w.write_all(&vec![i as u8; 10_000]).unwrap();
    }
    let mut a = open(w.finish().unwrap().into_inner());
    assert_eq!(a.entries().len(), 3);
    for i in 0..3u32 {
        assert_eq!(read_index(&mut a, i), vec![i as u8; 10_000]);
    }
}

fn zip_crate_archive() -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file("one.txt", SimpleFileOptions::default()).unwrap();
    w.write_all(b"one").unwrap();
    w.start_file("two.bin", SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)).unwrap();
    w.write_all(&[7u8; 300]).unwrap();
    w.set_comment("the archive comment").unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn prepended_data_is_tolerated() {
    let stub = vec![0x4du8; 1000]; // as a self-extractor's program would be
    let mut bytes = stub.clone();
    bytes.extend(zip_crate_archive());
    let mut a = open(bytes);
    assert_eq!(a.prepended_bytes(), 1000);
    assert_eq!(a.entries()[0].local_header_offset, 1000);
    assert!(a.entries().iter().all(|e| e.problem.is_none()));
    assert_eq!(read_index(&mut a, 0), b"one");
    assert_eq!(read_index(&mut a, 1), [7u8; 300]);
    assert_eq!(a.comment(), b"the archive comment");
}

#[test]
fn prepended_data_before_zip64_is_tolerated() {
    let mut z = RawZip::new();
    let m = Member::stored(b"a", b"zip64 behind a stub");
    let at = z.local(&m);
    z.central(&m, at, true);
    let mut bytes = b"MZ junk junk".to_vec();
    bytes.extend(z.finish_with(&Finish { zip64: true, ..Finish::default() }));
    let mut a = open(bytes);
    assert_eq!(a.prepended_bytes(), 12);
    assert_eq!(read_index(&mut a, 0), b"zip64 behind a stub");
}

#[test]
fn adjusted_self_extractor_needs_no_shift() {
    // `zip -A` rewrites offsets to count the stub: nothing to shift.
    let mut z = RawZip::new();
    z.raw(&[0x90u8; 500]);
    z.add(&Member::stored(b"a.txt", b"adjusted"));
    let mut a = open(z.finish());
    assert_eq!(a.prepended_bytes(), 0);
    assert_eq!(a.entries()[0].local_header_offset, 500);
    assert_eq!(read_index(&mut a, 0), b"adjusted");
}

#[test]
fn archive_comment_with_an_end_signature_inside() {
    // The end record is the one whose comment reaches the end of the file;
    // a comment may itself hold the signature bytes.
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"A"));
    let comment = b"see PK\x05\x06 here".to_vec();
    let a = open(z.finish_with(&Finish { comment: comment.clone(), ..Finish::default() }));
    assert_eq!(a.comment(), comment);
    assert_eq!(a.entries().len(), 1);
}

#[test]
fn local_name_that_differs_is_flagged() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"holiday.jpg", b"x");
    m.local_name = Some(b"evidence.jpg".to_vec());
    z.add(&m);
    z.add(&Member::stored(b"same.txt", b"y"));
    let a = open(z.finish());
    assert!(a.entries()[0].local_name_differs);
    assert!(!a.entries()[1].local_name_differs);
    assert_eq!(a.entries()[0].name, b"holiday.jpg", "the name is the central one");
    // The data offset follows the local header's own (longer) name.
    assert_eq!(a.entries()[0].data_offset, 30 + 12);
}

#[test]
fn data_offset_follows_the_local_extra_field() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"data");
    m.local_extra = extra_field(0xcafe, &[0u8; 100]);
    z.add(&m);
    let mut a = open(z.finish());
    assert_eq!(a.entries()[0].data_offset, 30 + 1 + 104);
    assert_eq!(read_index(&mut a, 0), b"data");
}

#[test]
fn dos_time_and_unix_mtime() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"x");
    m.central_extra = extra_field(0x5455, &[1, 0x00, 0x5e, 0xd0, 0xb2]); // 0xb2d05e00
    z.add(&m);
    let mut bad = Member::stored(b"b", b"y");
    bad.dos_date = (44 << 9) | (2 << 5) | 30; // 30 February
    z.add(&bad);
    let a = open(z.finish());
    let e = &a.entries()[0];
    assert_eq!(e.dos_time, Some(DosDateTime { year: 2024, month: 5, day: 17, hour: 13, minute: 45, second: 30 }));
    assert_eq!(e.mtime_unix, Some(i64::from(0xb2d0_5e00u32 as i32)));
    assert_eq!(a.entries()[1].dos_time, None);
    assert_eq!(a.entries()[1].mtime_unix, None);
}

#[test]
fn ntfs_mtime_from_7zip() {
    // 7-Zip writes the NTFS extra field (0x000a); this file also holds the
    // deflate64 member.
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/deflate64.zip")).unwrap();
    let a = open(bytes);
    assert_eq!(a.entries()[0].mtime_unix, Some(1_796_413_394));
}

#[test]
fn directories_are_flagged() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"photos/", b""));
    let mut dos_dir = Member::stored(b"OLD", b"");
    dos_dir.external_attr = 0x10;
    z.add(&dos_dir);
    let mut not_empty = Member::stored(b"ATTR", b"data");
    not_empty.external_attr = 0x10;
    z.add(&not_empty);
    z.add(&Member::stored(b"photos/a.jpg", b"jpg"));
    let a = open(z.finish());
    let dirs: Vec<bool> = a.entries().iter().map(|e| e.is_dir).collect();
    assert_eq!(dirs, [true, true, false, false]);
}

#[test]
fn encryption_flags_are_reported() {
    let mut z = RawZip::new();
    let mut zipcrypto = Member::stored(b"a", b"x");
    zipcrypto.flags = 1;
    z.add(&zipcrypto);
    let mut aes = Member::stored(b"b", b"y");
    aes.method = 99;
    z.add(&aes);
    z.add(&Member::stored(b"c", b"z"));
    let mut a = open(z.finish());
    let enc: Vec<bool> = a.entries().iter().map(|e| e.encrypted).collect();
    assert_eq!(enc, [true, true, false]);
    assert!(matches!(a.open_index(0).err().unwrap(), ZipError::Encrypted { index: 0 }));
    assert!(matches!(a.open_index(1).err().unwrap(), ZipError::Encrypted { index: 1 }));
}

#[test]
fn entry_limit_is_enforced() {
    let mut z = RawZip::new();
    for i in 0..3u8 {
        z.add(&Member::stored(&[b'a' + i], b"x"));
    }
    let bytes = z.finish();
    let limits = Limits { max_entries: 2, ..Limits::default() };
    let err = ZipArchive::open(Cursor::new(bytes.clone()), &limits).err().unwrap();
    assert!(matches!(err, ZipError::TooManyEntries { count: 3, limit: 2 }), "{err:?}");
    assert!(err.to_string().contains('3') && err.to_string().contains('2'));
    // A directory that declares fewer records than it holds is caught by the count.
    let mut z = RawZip::new();
    for i in 0..3u8 {
        z.add(&Member::stored(&[b'a' + i], b"x"));
    }
    let lying = z.finish_with(&Finish { entries: Some(1), ..Finish::default() });
    let err = ZipArchive::open(Cursor::new(lying.clone()), &limits).err().unwrap();
    assert!(matches!(err, ZipError::TooManyEntries { count: 3, limit: 2 }), "{err:?}");
    // Without the limit, every record is there, whatever the count says.
    let a = open(lying);
    assert_eq!((a.entries().len(), a.declared_entries()), (3, 1));
}

#[test]
fn central_directory_limit_is_enforced() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"x"));
    let limits = Limits { max_central_directory: 10, ..Limits::default() };
    let err = ZipArchive::open(Cursor::new(z.finish()), &limits).err().unwrap();
    assert!(matches!(err, ZipError::CentralDirectoryTooLarge { size: 47, limit: 10 }), "{err:?}");
    assert!(err.to_string().contains("47"));
}

#[test]
fn not_a_zip_is_an_error() {
    let err = ZipArchive::open(Cursor::new(vec![0x42u8; 100_000]), &Limits::default()).err().unwrap();
    assert!(matches!(err, ZipError::NoEndOfCentralDirectory { searched: 65_557 }), "{err:?}");
    let err = ZipArchive::open(Cursor::new(Vec::new()), &Limits::default()).err().unwrap();
    assert!(matches!(err, ZipError::NoEndOfCentralDirectory { searched: 0 }), "{err:?}");
}

#[test]
fn empty_archive_has_no_entries() {
    let a = open(RawZip::new().finish());
    assert!(a.entries().is_empty());
    let w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    assert!(open(w.finish().unwrap().into_inner()).entries().is_empty());
}

#[test]
fn misplaced_central_directory_is_a_shift_or_refused() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"x"));
    let bytes = z.finish_with(&Finish { cd_offset: Some(5), ..Finish::default() });
    // The directory is really at 32: taken as 27 prepended bytes, which
    // sends the entry's local header to 27, where there is none. A problem
    // of the entry, not of the archive.
    let a = open(bytes);
    assert_eq!(a.prepended_bytes(), 27);
    assert!(
        matches!(a.entries()[0].problem, Some(EntryProblem::BadLocalSignature { offset: 27, .. })),
        "{:?}",
        a.entries()[0].problem
    );
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"x"));
    let past = z.finish_with(&Finish { cd_offset: Some(0x7000_0000), ..Finish::default() });
    let err = ZipArchive::open(Cursor::new(past), &Limits::default()).err().unwrap();
    assert!(matches!(err, ZipError::CentralDirectoryNotFound { offset: 0x7000_0000, size: 47, end: 79 }), "{err:?}");
}

#[test]
fn damaged_central_record_is_refused() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"x"));
    z.add(&Member::stored(b"b", b"y"));
    let mut bytes = z.finish();
    let second_record = 2 * 32 + 47;
    bytes[second_record] = b'X';
    let err = ZipArchive::open(Cursor::new(bytes), &Limits::default()).err().unwrap();
    assert!(matches!(err, ZipError::BadCentralSignature { index: 1, offset: 111 }), "{err:?}");
}

#[test]
fn matches_the_zip_crate_on_a_normal_archive() {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default();
    let stored = deflated.compression_method(zip::CompressionMethod::Stored);
    w.add_directory("dir/", deflated).unwrap();
    for i in 0..50u32 {
        let opts = if i % 3 == 0 { stored } else { deflated };
        w.start_file(format!("dir/file-{i}-ünï.txt"), opts).unwrap();
        let body: Vec<u8> = (0..i * 997).map(|j| (j % 251) as u8 ^ (i as u8)).collect();
        w.write_all(&body).unwrap();
    }
    let bytes = w.finish().unwrap().into_inner();

    let mut theirs = zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
    let mut ours = open(bytes);
    assert_eq!(ours.entries().len(), theirs.len());
    for i in 0..theirs.len() {
        let mut f = theirs.by_index(i).unwrap();
        let e = ours.entries()[i].clone();
        assert_eq!(e.name, f.name_raw());
        assert_eq!(e.is_dir, f.is_dir());
        assert_eq!(e.crc32, f.crc32());
        assert_eq!(e.compressed_size, f.compressed_size());
        assert_eq!(e.data_offset, f.data_start().unwrap());
        let mut want = Vec::new();
        f.read_to_end(&mut want).unwrap();
        drop(f);
        assert_eq!(read_index(&mut ours, i as u32), want, "entry {i}");
    }
}

#[test]
fn hundred_thousand_entries_index_quickly() {
    let mut z = RawZip::new();
    for i in 0..100_000u32 {
        z.add(&Member::stored(format!("m/{i:06}.txt").as_bytes(), &i.to_le_bytes()));
    }
    let mut a = open(z.finish());
    assert_eq!(a.entries().len(), 100_000);
    for (i, e) in a.entries().iter().enumerate() {
        assert_eq!(e.index as usize, i);
        assert_eq!(e.name, format!("m/{i:06}.txt").as_bytes());
        assert_eq!(e.problem, None);
    }
    for i in (0..100_000u32).step_by(9973) {
        assert_eq!(read_index(&mut a, i), i.to_le_bytes());
    }
}
