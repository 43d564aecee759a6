//! Archives built to hurt: overlapping entries (Fifield's zip bombs, plain
//! and quoted), and entries whose local headers or data are missing, cut
//! or misplaced, which must be problems of those entries and not panics.

mod common;

use std::io::{Cursor, Read};

use common::{Member, RawZip};
use vilab_zip::{DataError, EntryProblem, Limits, ZipArchive, ZipError};

fn open(bytes: Vec<u8>) -> Result<ZipArchive<Cursor<Vec<u8>>>, ZipError> {
    ZipArchive::open(Cursor::new(bytes), &Limits::default())
}

#[test]
fn overlapping_entries_are_refused() {
    let mut z = RawZip::new();
    // Declares 100 bytes of data where it has 10: its range covers the next
    // local header.
    let mut a = Member::stored(b"a", &[1u8; 10]);
    a.compressed_size = Some(100);
    z.add(&a);
    let second_at = z.add(&Member::stored(b"b", b"bbbb"));
    let err = open(z.finish()).err().unwrap();
    assert!(matches!(err, ZipError::Overlap { first: 0, second: 1, offset } if offset == second_at), "{err:?}");
    assert_eq!(err.to_string(), format!("entries 0 and 1 overlap at byte {second_at}"));
}

#[test]
fn overlap_is_found_whatever_the_directory_order() {
    // Central records in the reverse order of the data: the sort by offset
    // must still pair them.
    let mut z = RawZip::new();
    let mut a = Member::stored(b"a", &[1u8; 10]);
    a.compressed_size = Some(50);
    let b = Member::stored(b"b", b"bbbb");
    let c = Member::stored(b"c", b"cccc");
    let a_at = z.local(&a);
    let b_at = z.local(&b);
    let c_at = z.local(&c);
    z.central(&c, c_at, false).central(&b, b_at, false).central(&a, a_at, false);
    let err = open(z.finish()).err().unwrap();
    assert!(matches!(err, ZipError::Overlap { first: 2, second: 1, offset } if offset == b_at), "{err:?}");
}

#[test]
fn adjacent_entries_do_not_overlap() {
    // The next header starting exactly where the data ends is the normal case.
    let mut z = RawZip::new();
    for name in [b"a", b"b", b"c"] {
        z.add(&Member::deflated(name, &name.repeat(1000)));
    }
    assert_eq!(open(z.finish()).unwrap().entries().len(), 3);
}

/// A kernel that inflates far: 1 MB of one byte.
fn kernel() -> (Vec<u8>, Vec<u8>) {
    let plain = vec![b'a'; 1 << 20];
    (common::deflate(&plain), plain)
}

#[test]
fn fifield_plain_overlap_is_refused() {
    // One local header and its compressed kernel; a thousand central
    // records pointing at it, each a 1 MB file to a reader that trusts them.
    let (compressed, plain) = kernel();
    let mut m = Member::deflated(b"0", &plain);
    assert_eq!(m.data, compressed);
    let mut z = RawZip::new();
    let at = z.local(&m);
    for i in 0..1000 {
        m.name = format!("{i}").into_bytes();
        z.central(&m, at, false);
    }
    let err = open(z.finish()).err().unwrap();
    assert!(matches!(err, ZipError::Overlap { first: 0, second: 1, offset: 0 }), "{err:?}");
}

/// The 5-byte header of a non-final stored deflate block of `len` bytes
/// (BFINAL 0, BTYPE 00, padding to the byte, LEN, NLEN).
fn stored_block_header(len: usize) -> Vec<u8> {
    let len = len as u16;
    let mut h = vec![0u8];
    h.extend_from_slice(&len.to_le_bytes());
    h.extend_from_slice(&(!len).to_le_bytes());
    h
}

/// Fifield's quoted overlap: entry i's deflate stream opens with a stored
/// block that quotes entry i+1's local header, and runs on into entry
/// i+1's own stream, down to the kernel. The file is laid out as
/// `LH0 Q0 LH1 Q1 ... LHn-1 KERNEL`; every entry is a valid deflate stream
/// of a different file, and all share the kernel. Returns the archive and,
/// per entry, where its data starts.
fn fifield_quoted(n: usize) -> (Vec<u8>, Vec<Member>, Vec<u64>) {
    let (kernel, plain) = kernel();
    // From the last entry back: each header holds the sizes and CRC of a
    // stream that contains the next header.
    let mut members: Vec<Member> = Vec::new();
    let (mut csize, mut content) = (kernel.len(), plain);
    for i in (0..n).rev() {
        if let Some(next) = members.last() {
            let quoted = RawZip::local_header(next);
            csize += 5 + quoted.len();
            content = [quoted, content].concat();
        }
        let mut m = Member::stored(format!("{i:02}").as_bytes(), &[]);
        m.method = 8;
        m.crc = crc32fast::hash(&content);
        m.uncompressed_size = content.len() as u64;
        m.compressed_size = Some(csize as u64);
        members.push(m);
    }
    members.reverse();
    let mut z = RawZip::new();
    let mut offsets = Vec::new();
    let mut data_offsets = Vec::new();
    for (i, m) in members.iter().enumerate() {
        offsets.push(z.pos());
        z.raw(&RawZip::local_header(m));
        data_offsets.push(z.pos());
        match members.get(i + 1) {
            Some(next) => z.raw(&stored_block_header(RawZip::local_header(next).len())),
            None => z.raw(&kernel),
        };
    }
    for (m, &at) in members.iter().zip(&offsets) {
        z.central(m, at, false);
    }
    (z.finish(), members, data_offsets)
}

#[test]
fn fifield_quoted_overlap_is_refused() {
    let (bytes, members, data_offsets) = fifield_quoted(10);
    // The construction is a real bomb: each entry's bytes inflate to what
    // its record declares, about 1 MB each, from one kernel.
    for (m, &at) in members.iter().zip(&data_offsets) {
        let stream = &bytes[at as usize..(at + m.declared_csize()) as usize];
        let mut inflated = Vec::new();
        flate2::read::DeflateDecoder::new(stream).read_to_end(&mut inflated).unwrap();
        assert_eq!((inflated.len() as u64, crc32fast::hash(&inflated)), (m.uncompressed_size, m.crc));
    }
    assert!(bytes.len() < 5_000);
    let second_header = data_offsets[0] + 5;
    let err = open(bytes).err().unwrap();
    assert!(matches!(err, ZipError::Overlap { first: 0, second: 1, offset } if offset == second_header), "{err:?}");
}

#[test]
fn truncated_entry_is_a_problem_not_a_panic() {
    // A member that declares a megabyte where the archive has 10 bytes,
    // beside a sound one.
    let mut z = RawZip::new();
    z.add(&Member::stored(b"ok.txt", b"fine"));
    let mut cut = Member::stored(b"cut.bin", &[9u8; 10]);
    cut.compressed_size = Some(1 << 20);
    cut.uncompressed_size = 1 << 20;
    z.add(&cut);
    let bytes = z.finish();
    let len = bytes.len() as u64;
    let mut a = open(bytes).unwrap();
    let e = a.entries()[1].clone();
    assert_eq!(e.problem, Some(EntryProblem::DataPastEnd { end: e.data_offset + (1 << 20), archive_len: len }));
    assert_eq!(a.entries()[0].problem, None);
    // It can still be read: what there is, then an error naming it.
    let mut out = Vec::new();
    let err = a.open_entry(&e).unwrap().read_to_end(&mut out).unwrap_err();
    assert_eq!(out.len() as u64, len - e.data_offset);
    assert_eq!(out[..10], [9u8; 10]);
    let data_err = err.get_ref().and_then(|e| e.downcast_ref::<DataError>()).unwrap();
    assert_eq!(data_err, &DataError::Shorter { index: 1, expected: 1 << 20, actual: len - e.data_offset });
    let mut ok = Vec::new();
    a.open_index(0).unwrap().read_to_end(&mut ok).unwrap();
    assert_eq!(ok, b"fine");
}

#[test]
fn missing_and_damaged_local_headers_are_problems() {
    let mut z = RawZip::new();
    z.raw(&[0u8; 40]); // no header here
    let good_at = z.local(&Member::stored(b"good", b"good"));
    z.central(&Member::stored(b"zeros", b"x"), 0, false);
    z.central(&Member::stored(b"good", b"good"), good_at, false);
    z.central(&Member::stored(b"far", b"y"), 1 << 30, false);
    z.central(&Member::stored(b"cut", b"z"), 0, false);
    let mut bytes = z.finish();
    // Point the last record at the last 10 bytes (inside the end record),
    // now that the length is known: a header cut by the end of the file.
    let cut_offset = bytes.len() as u64 - 10;
    let record = bytes.len() - 22 - (46 + 3);
    bytes[record + 42..record + 46].copy_from_slice(&(cut_offset as u32).to_le_bytes());

    let mut a = open(bytes).unwrap();
    let problems: Vec<_> = a.entries().iter().map(|e| e.problem).collect();
    assert_eq!(
        problems,
        [
            Some(EntryProblem::BadLocalSignature { offset: 0, found: 0 }),
            None,
            Some(EntryProblem::LocalHeaderMissing { offset: 1 << 30 }),
            Some(EntryProblem::LocalHeaderTruncated { offset: cut_offset }),
        ]
    );
    for i in [0u32, 2, 3] {
        let err = a.open_index(i).err().unwrap();
        assert!(matches!(err, ZipError::EntryUnreadable { index, .. } if index == i), "{err:?}");
    }
    assert!(a.open_index(0).err().unwrap().to_string().contains("byte 0"));
    let mut good = Vec::new();
    a.open_index(1).unwrap().read_to_end(&mut good).unwrap();
    assert_eq!(good, b"good");
}

#[test]
fn data_into_central_directory_is_a_problem() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"abc");
    m.compressed_size = Some(20);
    m.uncompressed_size = 20;
    z.add(&m);
    let cd_start = z.pos();
    let a = open(z.finish()).unwrap();
    assert_eq!(a.central_directory_offset(), Some(cd_start));
    assert_eq!(
        a.entries()[0].problem,
        Some(EntryProblem::DataIntoCentralDirectory { end: 31 + 20, central_directory: cd_start })
    );
}

#[test]
fn entry_from_another_archive_is_refused() {
    let mut z = RawZip::new();
    z.add(&Member::stored(b"a", b"one"));
    let mut first = open(z.finish()).unwrap();
    let mut z = RawZip::new();
    z.add(&Member::stored(b"b", b"other"));
    let second = open(z.finish()).unwrap();
    let foreign = second.entries()[0].clone();
    let err = first.open_entry(&foreign).err().unwrap();
    assert!(matches!(err, ZipError::NotInArchive { index: 0 }), "{err:?}");
    assert!(matches!(first.open_index(7).err().unwrap(), ZipError::NotInArchive { index: 7 }));
}

#[test]
fn garbage_never_panics() {
    // Every prefix and a few bit flips of a small real archive: errors or
    // problems, never a panic.
    let mut z = RawZip::new();
    z.add(&Member::deflated(b"a.txt", &b"hello hello hello".repeat(20)));
    z.add(&Member::stored(b"b/", b""));
    let bytes = z.finish();
    let mut variants: Vec<Vec<u8>> = (0..bytes.len()).map(|n| bytes[..n].to_vec()).collect();
    for i in 0..bytes.len() {
        let mut v = bytes.clone();
        v[i] ^= 0xff;
        variants.push(v);
    }
    for v in variants {
        if let Ok(mut a) = open(v) {
            for i in 0..a.entries().len() as u32 {
                if let Ok(mut r) = a.open_index(i) {
                    let mut sink = Vec::new();
                    let _ = r.read_to_end(&mut sink);
                }
            }
        }
    }
}
