//! Member readers: the methods, and the checks of length and CRC-32 that
//! make a lying record an error instead of wrong or unbounded output.

mod common;

use std::cell::Cell;
use std::io::{self, Cursor, Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use common::{Member, RawZip};
use vilab_zip::{DataError, Limits, ZipArchive, ZipError};

fn open(bytes: Vec<u8>) -> ZipArchive<Cursor<Vec<u8>>> {
    ZipArchive::open(Cursor::new(bytes), &Limits::default()).expect("archive opens")
}

fn read_all<R: Read + Seek>(a: &mut ZipArchive<R>, index: u32) -> (Vec<u8>, io::Result<()>) {
    let mut out = Vec::new();
    let r = a.open_index(index).unwrap().read_to_end(&mut out).map(drop);
    (out, r)
}

fn data_error(e: &io::Error) -> &DataError {
    assert_eq!(e.kind(), io::ErrorKind::InvalidData, "{e}");
    e.get_ref().and_then(|e| e.downcast_ref::<DataError>()).expect("a DataError inside")
}

/// The 64,000 bytes of `tests/data/deflate64.zip` (made with
/// `7zz a -tzip -mm=Deflate64 -mx=9`): 2,000 pseudo-random bytes, 60,000
/// zeros, the same 2,000 bytes again. The zeros need deflate64's long match
/// lengths and the repeat its distances past 32 KiB: plain inflate refuses
/// the stream.
fn deflate64_content() -> Vec<u8> {
    let mut x: u32 = 12345;
    let r: Vec<u8> = (0..2000)
        .map(|_| {
            x = (x.wrapping_mul(1_103_515_245).wrapping_add(12345)) & 0x7fff_ffff;
            (x >> 16) as u8
        })
        .collect();
    let mut v = r.clone();
    v.extend(std::iter::repeat_n(0u8, 60_000));
    v.extend(r);
    v
}

#[test]
fn deflate64_member_reads() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/deflate64.zip")).unwrap();
    let mut a = open(bytes);
    assert_eq!(a.entries()[0].method, 9);
    let (out, r) = read_all(&mut a, 0);
    r.unwrap();
    assert_eq!(out, deflate64_content());
}

#[test]
fn stored_and_deflated_members_read() {
    let body: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let mut z = RawZip::new();
    z.add(&Member::stored(b"s", &body));
    z.add(&Member::deflated(b"d", &body));
    let mut a = open(z.finish());
    for i in 0..2 {
        let (out, r) = read_all(&mut a, i);
        r.unwrap();
        assert_eq!(out, body);
    }
}

#[test]
fn one_byte_reads_give_the_same_bytes() {
    let body = b"small reads must not trip the length check".repeat(50);
    let mut z = RawZip::new();
    z.add(&Member::deflated(b"d", &body));
    let mut a = open(z.finish());
    let mut r = a.open_index(0).unwrap();
    let mut out = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match r.read(&mut byte).unwrap() {
            0 => break,
            _ => out.push(byte[0]),
        }
    }
    assert_eq!(out, body);
    assert_eq!(r.produced(), body.len() as u64);
}

#[test]
fn crc_mismatch_is_reported() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"hello");
    m.crc = 0xdead_beef;
    z.add(&m);
    let mut d = Member::deflated(b"b", b"hello");
    d.crc = 0x0123_4567;
    z.add(&d);
    let mut a = open(z.finish());
    let actual = crc32fast::hash(b"hello");
    let (out, r) = read_all(&mut a, 0);
    assert_eq!(out, b"hello", "the bytes come before the verdict");
    let err = r.unwrap_err();
    assert_eq!(data_error(&err), &DataError::Crc { index: 0, expected: 0xdead_beef, actual });
    let msg = err.to_string();
    assert!(msg.contains("entry 0") && msg.contains("deadbeef") && msg.contains(&format!("{actual:08x}")), "{msg}");
    let err = read_all(&mut a, 1).1.unwrap_err();
    assert_eq!(data_error(&err), &DataError::Crc { index: 1, expected: 0x0123_4567, actual });
}

#[test]
fn an_error_repeats_on_the_next_read() {
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"hello");
    m.crc = 1;
    z.add(&m);
    let mut a = open(z.finish());
    let mut r = a.open_index(0).unwrap();
    let mut buf = [0u8; 64];
    assert_eq!(r.read(&mut buf).unwrap(), 5);
    assert!(r.read(&mut buf).is_err());
    assert!(r.read(&mut buf).is_err(), "not a clean end after a failure");
}

/// Counts what is read from the archive.
struct Counting {
    inner: Cursor<Vec<u8>>,
    read: Rc<Cell<u64>>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

impl Seek for Counting {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.inner.seek(to)
    }
}

#[test]
fn member_longer_than_declared_stops() {
    // Stored: 4 MiB of data declared as 10 bytes uncompressed.
    let mut z = RawZip::new();
    let big = vec![0x55u8; 4 << 20];
    let mut m = Member::stored(b"liar", &big);
    m.uncompressed_size = 10;
    z.add(&m);
    // Deflate: 16 MiB of zeros (16 KB compressed) declared as 10 bytes.
    let mut d = Member::deflated(b"bomb", &vec![0u8; 16 << 20]);
    d.uncompressed_size = 10;
    z.add(&d);
    let read = Rc::new(Cell::new(0));
    let mut a =
        ZipArchive::open(Counting { inner: Cursor::new(z.finish()), read: read.clone() }, &Limits::default()).unwrap();
    for i in 0..2 {
        let before = read.get();
        let mut r = a.open_index(i).unwrap();
        let mut out = Vec::new();
        let err = r.read_to_end(&mut out).unwrap_err();
        assert_eq!(out.len(), 10, "entry {i}: the declared bytes, not one more");
        assert_eq!(r.produced(), 10);
        assert_eq!(data_error(&err), &DataError::Longer { index: i, expected: 10, actual: 11 });
        assert!(err.to_string().contains("10"));
        drop(r);
        // One buffer's worth of input at most, not the whole member.
        assert!(read.get() - before <= 64 * 1024, "entry {i} read {} bytes", read.get() - before);
    }
}

#[test]
fn member_shorter_than_declared_is_reported() {
    let mut z = RawZip::new();
    let mut m = Member::deflated(b"d", b"short");
    m.uncompressed_size = 1000;
    z.add(&m);
    let mut s = Member::stored(b"s", b"short");
    s.uncompressed_size = 6;
    z.add(&s);
    let mut a = open(z.finish());
    let err = read_all(&mut a, 0).1.unwrap_err();
    assert_eq!(data_error(&err), &DataError::Shorter { index: 0, expected: 1000, actual: 5 });
    let err = read_all(&mut a, 1).1.unwrap_err();
    assert_eq!(data_error(&err), &DataError::Shorter { index: 1, expected: 6, actual: 5 });
}

#[test]
fn damaged_deflate_data_is_reported() {
    let mut z = RawZip::new();
    let mut bad = Member::deflated(b"bad", b"whatever");
    bad.data = vec![0xff; 40]; // reserved block type 3
    z.add(&bad);
    // Cut short: the record declares only half of the stream.
    let body = b"0123456789".repeat(500);
    let mut cut = Member::deflated(b"cut", &body);
    cut.compressed_size = Some(cut.data.len() as u64 / 2);
    z.add(&cut);
    let mut a = open(z.finish());
    let err = read_all(&mut a, 0).1.unwrap_err();
    assert!(matches!(data_error(&err), DataError::Damaged { index: 0, produced: 0, .. }), "{err}");
    let (out, r) = read_all(&mut a, 1);
    let err = r.unwrap_err();
    assert!(matches!(data_error(&err), DataError::Damaged { index: 1, .. }), "{err}");
    assert!(out.len() < body.len());
    assert!(err.to_string().starts_with("entry 1 "), "{err}");
}

#[test]
fn reader_consumes_at_most_the_compressed_size() {
    // A stored member declared shorter than the bytes behind it: exactly
    // the declared 4 bytes are read, and then the count is checked.
    let mut z = RawZip::new();
    let mut m = Member::stored(b"a", b"abcdefgh");
    m.compressed_size = Some(4);
    m.uncompressed_size = 4;
    m.crc = crc32fast::hash(b"abcd");
    z.add(&m);
    let mut a = open(z.finish());
    let (out, r) = read_all(&mut a, 0);
    r.unwrap();
    assert_eq!(out, b"abcd");
}

#[test]
fn unsupported_methods_are_named() {
    let mut z = RawZip::new();
    for method in [12u16, 14, 93, 95, 6, 4242] {
        let mut m = Member::stored(format!("m{method}").as_bytes(), b"x");
        m.method = method;
        z.add(&m);
    }
    let mut a = open(z.finish());
    let mut messages = Vec::new();
    for i in 0..6u32 {
        let err = a.open_index(i).err().unwrap();
        let method = a.entries()[i as usize].method;
        assert!(matches!(err, ZipError::UnsupportedMethod { index, method: m } if index == i && m == method));
        messages.push(err.to_string());
    }
    for (msg, name) in messages.iter().zip(["bzip2", "LZMA", "zstd", "xz", "implode", "method 4242"]) {
        assert!(msg.contains(name), "{msg}");
    }
    assert_eq!(messages[0], "entry 0 is compressed with method 12 (bzip2), which this reader cannot decompress");
}

#[test]
fn data_descriptor_members_read() {
    // The zip crate's streaming writer cannot seek back: it sets bit 3 and
    // writes sizes and CRC after the data; the central record has them.
    let mut w = zip::ZipWriter::new_stream(Vec::new());
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..5u8 {
        w.start_file(format!("s{i}"), opts).unwrap();
        w.write_all(&vec![i; 3000 * i as usize]).unwrap();
    }
    let bytes = w.finish().unwrap().into_inner();
    let mut a = open(bytes);
    assert!(a.entries().iter().all(|e| e.flags & 8 != 0));
    for i in 0..5u8 {
        let (out, r) = read_all(&mut a, i.into());
        r.unwrap();
        assert_eq!(out, vec![i; 3000 * i as usize]);
    }
}

#[test]
fn empty_members_read_whatever_the_method() {
    let mut z = RawZip::new();
    let mut empty_deflate = Member::stored(b"a", b"");
    empty_deflate.method = 8; // no bytes at all, not even an empty stream
    z.add(&empty_deflate);
    z.add(&Member::deflated(b"b", b""));
    z.add(&Member::stored(b"c", b""));
    let mut a = open(z.finish());
    for i in 0..3 {
        let (out, r) = read_all(&mut a, i);
        r.unwrap();
        assert!(out.is_empty());
    }
}

#[test]
fn reader_dropped_early_leaves_the_archive_usable() {
    let mut z = RawZip::new();
    z.add(&Member::deflated(b"a", &b"first member ".repeat(10_000)));
    z.add(&Member::stored(b"b", b"second"));
    let mut a = open(z.finish());
    let mut buf = [0u8; 100];
    a.open_index(0).unwrap().read_exact(&mut buf).unwrap();
    assert_eq!(read_all(&mut a, 1).0, b"second");
    let (out, r) = read_all(&mut a, 0);
    r.unwrap();
    assert_eq!(out, b"first member ".repeat(10_000));
}

#[test]
fn members_read_in_order_reuse_the_buffer() {
    // Reading every member in order must not refill the 64 KiB buffer for
    // each one: with a thousand tiny members, the archive is read about
    // once, not a thousand times.
    let mut z = RawZip::new();
    for i in 0..1000u32 {
        z.add(&Member::deflated(format!("{i}").as_bytes(), &i.to_le_bytes().repeat(8)));
    }
    let bytes = z.finish();
    let len = bytes.len() as u64;
    let read = Rc::new(Cell::new(0));
    let mut a =
        ZipArchive::open(Counting { inner: Cursor::new(bytes), read: read.clone() }, &Limits::default()).unwrap();
    let before = read.get();
    for i in 0..1000u32 {
        let mut out = Vec::new();
        a.open_index(i).unwrap().read_to_end(&mut out).unwrap();
        assert_eq!(out, i.to_le_bytes().repeat(8));
    }
    assert!(read.get() - before <= len + 64 * 1024, "read {} bytes of a {len}-byte archive", read.get() - before);
}
