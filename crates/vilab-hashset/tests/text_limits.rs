//! Lists and CSV under their limits: a line (or record) with no end in sight
//! is refused after reading little more than the limit, with its line; text
//! that is not UTF-8 is refused with its line and byte offset.

use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use vilab_hashset::HashsetError;
use vilab_hashset::lists::{MAX_CSV_RECORD, MAX_LIST_LINE, read_csv, read_list};

/// `head`, then `fill` bytes of `b'a'` made up as they are read (never held),
/// then `tail`; counts how many bytes were read from it.
struct Generated {
    head: Vec<u8>,
    fill: u64,
    tail: Vec<u8>,
    at: u64,
    read: Arc<AtomicU64>,
}

impl Generated {
    fn new(head: &[u8], fill: u64, tail: &[u8]) -> (Self, Arc<AtomicU64>) {
        let read = Arc::new(AtomicU64::new(0));
        (Self { head: head.to_vec(), fill, tail: tail.to_vec(), at: 0, read: Arc::clone(&read) }, read)
    }
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let (head, fill) = (self.head.len() as u64, self.fill);
        let total = head + fill + self.tail.len() as u64;
        let n = (buf.len() as u64).min(total - self.at) as usize;
        for (i, b) in buf[..n].iter_mut().enumerate() {
            let at = self.at + i as u64;
            *b = if at < head {
                self.head[at as usize]
            } else if at < head + fill {
                b'a'
            } else {
                self.tail[(at - head - fill) as usize]
            };
        }
        self.at += n as u64;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const MD5: &str = "00112233445566778899aabbccddeeff";

#[test]
fn a_200_mb_list_line_is_refused_after_reading_about_the_limit() {
    let (source, read) = Generated::new(format!("{MD5}\n{MD5}  ").as_bytes(), 200 << 20, b"\n");
    let mut taken = 0;
    let result = read_list(source, &mut |_| {
        taken += 1;
        Ok(())
    });
    match result {
        Err(e @ HashsetError::TooLong { line: 2, what: "list line", limit: MAX_LIST_LINE }) => {
            assert_eq!(e.to_string(), "line 2: a list line over 64 KiB (65536 bytes) is refused (a broken file?)");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(taken, 1, "the line before is read");
    let read = read.load(Ordering::Relaxed);
    // The first line and the limit, plus the one byte that tells a line of the limit from a longer one.
    assert!(read <= (MD5.len() + 1 + MAX_LIST_LINE + 1) as u64, "{read} bytes read from the source");
}

#[test]
fn a_list_line_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    let comment = |len: usize| format!("{MD5}\n#{}\n", "c".repeat(len - 2));
    let ok = comment(MAX_LIST_LINE);
    assert_eq!(read_list(ok.as_bytes(), &mut |_| Ok(())).unwrap(), 1);
    let long = comment(MAX_LIST_LINE + 1);
    assert!(matches!(read_list(long.as_bytes(), &mut |_| Ok(())), Err(HashsetError::TooLong { line: 2, .. })));
    let last_without_ending = format!("{MD5}\n#{}", "c".repeat(MAX_LIST_LINE - 1));
    assert_eq!(read_list(last_without_ending.as_bytes(), &mut |_| Ok(())).unwrap(), 1);
}

#[test]
fn a_100_mb_csv_field_is_refused_after_reading_about_the_record_limit() {
    let head = format!("md5,series\n{MD5},first\n{MD5},");
    let (source, read) = Generated::new(head.as_bytes(), 100 << 20, b"\n");
    let mut taken = 0;
    let result = read_csv(source, &mut |_| {
        taken += 1;
        Ok(())
    });
    match result {
        Err(e @ HashsetError::TooLong { line: 3, what: "CSV record", limit: MAX_CSV_RECORD }) => {
            assert_eq!(e.to_string(), "line 3: a CSV record over 64 MiB (67108864 bytes) is refused (a broken file?)");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(taken, 1);
    let read = read.load(Ordering::Relaxed);
    let before = "md5,series\n".len() + MD5.len() + ",first\n".len();
    assert!(read <= (before + MAX_CSV_RECORD + 1) as u64, "{read} bytes read from the source");
}

#[test]
fn a_csv_record_over_the_limit_is_refused_even_when_quoted_line_breaks_keep_its_lines_short() {
    let lines = "a short line\n".repeat(MAX_CSV_RECORD / 13 + 1);
    let csv = format!("md5,series\n{MD5},\"{lines}\"\n");
    assert!(matches!(read_csv(csv.as_bytes(), &mut |_| Ok(())), Err(HashsetError::TooLong { line: 2, .. })));
    let csv = format!("md5,series\n{MD5},\"two\nlines\"\n{MD5},next\n");
    assert_eq!(read_csv(csv.as_bytes(), &mut |_| Ok(())).unwrap(), 2, "quoted line breaks are still read");
}

#[test]
fn invalid_utf8_in_a_list_names_the_line_and_byte_offset() {
    let mut bytes = format!("{MD5}\n{MD5}  caf").into_bytes();
    let offset = bytes.len() as u64;
    bytes.extend_from_slice(b"\xe9.jpg\n");
    match read_list(bytes.as_slice(), &mut |_| Ok(())) {
        Err(e @ HashsetError::NotUtf8 { line: 2, .. }) => {
            assert_eq!(
                e.to_string(),
                format!("line 2, byte offset {offset}: not valid UTF-8 (save the file as UTF-8)")
            );
        }
        other => panic!("{other:?}"),
    }
    // Far into a long file, past the reader's first buffers.
    let mut bytes = format!("{MD5}\n").repeat(10_000).into_bytes();
    // "# " and an "é" of two bytes come before the bad byte.
    let offset = bytes.len() as u64 + 4;
    bytes.extend_from_slice(b"# \xc3\xa9\xff\n");
    assert!(matches!(
        read_list(bytes.as_slice(), &mut |_| Ok(())),
        Err(HashsetError::NotUtf8 { line: 10_001, offset: o }) if o == offset
    ));
}

#[test]
fn invalid_utf8_in_a_csv_names_the_line_and_byte_offset() {
    let mut bytes = format!("md5,series\n{MD5},ok\n{MD5},caf").into_bytes();
    let offset = bytes.len() as u64;
    bytes.extend_from_slice(b"\xe9\n");
    match read_csv(bytes.as_slice(), &mut |_| Ok(())) {
        Err(HashsetError::NotUtf8 { line: 3, offset: o }) => assert_eq!(o, offset),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_huge_csv_value_is_quoted_cut_in_its_error() {
    let csv = format!("md5,category\n{MD5},{}\n", "9".repeat(200_000));
    let message = read_csv(csv.as_bytes(), &mut |_| Ok(())).unwrap_err().to_string();
    assert!(message.len() < 300, "{} bytes", message.len());
    assert!(message.starts_with("line 2, column 1: category: \"999"), "{message}");
    assert!(message.ends_with("999\"… is not 0..=255"), "{message}");
}
