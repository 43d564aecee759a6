//! Plain hash lists (one MD5, SHA-1 or SHA-256 per line, told apart by
//! length) and CSV with a header (`md5,sha1,sha256,pdq,category,series,media_id`,
//! any subset, any order, other columns ignored).

use std::io::{BufRead, BufReader, Read, Write};

use vilab_core::known::KnownMedia;
use vilab_core::{Md5, PdqHash, Sha1, Sha256};

use crate::error::{HashsetError, Result, quoted};
use crate::guard::{Guard, Stop};

/// The longest line of a plain list, its line ending included. A line holds
/// one hash (64 hex digits at most) and perhaps a file name (4 KiB at most
/// on Linux, `PATH_MAX`), so 64 KiB is many times any real line, while a
/// file that is no list (a line with no end, a disk image) is refused after
/// 64 KiB read rather than after buffering it whole.
pub const MAX_LIST_LINE: usize = 64 << 10;

/// The longest CSV record (a line, or more where a quoted field holds line
/// breaks), its line ending included: the limit the VICS reader puts on one
/// record, [`crate::MAX_RECORD`].
pub const MAX_CSV_RECORD: usize = crate::MAX_RECORD;

fn record_error(line: u64, field: &str, message: String) -> HashsetError {
    HashsetError::Syntax { line: line as usize, column: 1, field: field.into(), message }
}

/// A reading error of the guarded input, as what stopped the guard (the
/// limit, invalid UTF-8) or else as the I/O error it is.
fn guard_error(stop: Option<Stop>, error: std::io::Error, line: u64, what: &'static str, limit: usize) -> HashsetError {
    match stop {
        Some(Stop::Limit) => HashsetError::TooLong { line: line as usize, what, limit },
        Some(Stop::NotUtf8 { line, offset }) => HashsetError::NotUtf8 { line, offset },
        None => HashsetError::Io(error),
    }
}

/// The lines of a text, each checked for its length and its UTF-8 before a
/// byte past the limit is read.
struct Lines<R> {
    reader: BufReader<Guard<R>>,
    buf: Vec<u8>,
    /// 1-based number of the line last returned.
    line: u64,
    /// Offset of the next line's first byte.
    start: u64,
    max: usize,
}

impl<R: Read> Lines<R> {
    fn new(reader: R, max: usize) -> Self {
        Self { reader: BufReader::new(Guard::new(reader)), buf: Vec::new(), line: 0, start: 0, max }
    }

    /// The next line (with its line ending) and its number, `None` at the end.
    fn next_line(&mut self) -> Result<Option<(u64, &str)>> {
        self.line += 1;
        self.buf.clear();
        // One byte past the limit tells a line of exactly the limit from a longer one.
        self.reader.get_mut().limit_to(self.start + self.max as u64 + 1);
        let n = self
            .reader
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| guard_error(self.reader.get_ref().stop(), e, self.line, "list line", self.max))?;
        if n == 0 {
            return Ok(None);
        }
        if n > self.max {
            return Err(HashsetError::TooLong { line: self.line as usize, what: "list line", limit: self.max });
        }
        let at = self.start;
        self.start += n as u64;
        // The guard already refused invalid UTF-8; this conversion cannot fail, but says where if it did.
        let text = std::str::from_utf8(&self.buf)
            .map_err(|e| HashsetError::NotUtf8 { line: self.line as usize, offset: at + e.valid_up_to() as u64 })?;
        Ok(Some((self.line, text)))
    }
}

/// Reads a plain list. Blank lines and `#` comments are skipped; a line may
/// carry text after the hash (`hash  file name`), which is ignored. A line
/// over [`MAX_LIST_LINE`] bytes is refused, and so is text that is not UTF-8,
/// each with its line (and byte offset).
pub fn read_list<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<u64> {
    read_list_with(reader, sink, MAX_LIST_LINE)
}

fn read_list_with<R: Read>(
    reader: R,
    sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>,
    max_line: usize,
) -> Result<u64> {
    let mut n = 0;
    let mut lines = Lines::new(reader, max_line);
    while let Some((line_no, line)) = lines.next_line()? {
        let text = line.trim().trim_start_matches('\u{feff}');
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let hash = text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').next().unwrap_or("");
        let mut media = KnownMedia::default();
        let bad = |e: vilab_core::CoreError| record_error(line_no, "hash", e.to_string());
        match hash.len() {
            32 => media.md5 = Some(Md5::from_hex(hash).map_err(bad)?),
            40 => media.sha1 = Some(Sha1::from_hex(hash).map_err(bad)?),
            64 => media.sha256 = Some(Sha256::from_hex(hash).map_err(bad)?),
            len => {
                return Err(record_error(
                    line_no,
                    "hash",
                    format!("{len} characters: not an MD5 (32), SHA-1 (40) or SHA-256 (64)"),
                ));
            }
        }
        sink(media).map_err(HashsetError::Sink)?;
        n += 1;
    }
    Ok(n)
}

/// Writes a plain list of one digest (`md5`, `sha1` or `sha256`); records
/// without it are skipped.
pub fn write_list<W: Write>(
    out: &mut W,
    digest: &str,
    records: impl IntoIterator<Item = KnownMedia>,
) -> std::io::Result<u64> {
    let mut n = 0;
    for m in records {
        let hex = match digest {
            "md5" => m.md5.map(|h| h.to_hex()),
            "sha1" => m.sha1.map(|h| h.to_hex()),
            _ => m.sha256.map(|h| h.to_hex()),
        };
        if let Some(hex) = hex {
            writeln!(out, "{hex}")?;
            n += 1;
        }
    }
    Ok(n)
}

/// The CSV columns vilab writes.
pub const CSV_COLUMNS: [&str; 7] = ["md5", "sha1", "sha256", "pdq", "category", "series", "media_id"];

/// Reads CSV with a header row. A record over [`MAX_CSV_RECORD`] bytes is
/// refused, and so is text that is not UTF-8, each with its line (and byte
/// offset).
pub fn read_csv<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<u64> {
    read_csv_with(reader, sink, MAX_CSV_RECORD)
}

/// The next record into `row`, `false` at the end; its first line. No byte
/// more than `max` + 1 past the record's start is read.
fn next_record<R: Read>(
    csv: &mut csv::Reader<Guard<R>>,
    row: &mut csv::StringRecord,
    max: usize,
) -> Result<(bool, u64)> {
    let start = csv.position().clone();
    let line = start.line();
    csv.get_mut().limit_to(start.byte() + max as u64 + 1);
    let more = csv.read_record(row).map_err(|e| {
        let (at, message) = (e.position().map_or(line, |p| p.line()), e.to_string());
        match e.into_kind() {
            csv::ErrorKind::Io(io) => guard_error(csv.get_ref().stop(), io, line, "CSV record", max),
            _ => record_error(at, "-", message),
        }
    })?;
    if csv.position().byte() - start.byte() > max as u64 {
        return Err(HashsetError::TooLong { line: line as usize, what: "CSV record", limit: max });
    }
    Ok((more, line))
}

fn read_csv_with<R: Read>(
    reader: R,
    sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>,
    max_record: usize,
) -> Result<u64> {
    // The header is read as a record so that the record limit covers it too.
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .has_headers(false)
        .from_reader(Guard::new(reader));
    let mut row = csv::StringRecord::new();
    if !next_record(&mut csv, &mut row, max_record)?.0 {
        return Err(record_error(1, "header", "an empty file".into()));
    }
    let headers: Vec<String> =
        row.iter().map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase()).collect();
    if !headers.iter().any(|h| ["md5", "sha1", "sha256", "pdq"].contains(&h.as_str())) {
        return Err(record_error(1, "header", "no md5, sha1, sha256 or pdq column".into()));
    }
    let column = |name: &str| headers.iter().position(|h| h == name);
    let columns: Vec<Option<usize>> = CSV_COLUMNS.iter().map(|c| column(c)).collect();
    let mut n = 0;
    loop {
        let (more, line) = next_record(&mut csv, &mut row, max_record)?;
        if !more {
            break;
        }
        let get = |i: usize| columns[i].and_then(|c| row.get(c)).filter(|v| !v.is_empty());
        let hex_err = |field: &'static str| move |e: vilab_core::CoreError| record_error(line, field, e.to_string());
        let media = KnownMedia {
            md5: get(0).map(Md5::from_hex).transpose().map_err(hex_err("md5"))?,
            sha1: get(1).map(Sha1::from_hex).transpose().map_err(hex_err("sha1"))?,
            sha256: get(2).map(Sha256::from_hex).transpose().map_err(hex_err("sha256"))?,
            pdq: get(3).map(PdqHash::from_hex).transpose().map_err(hex_err("pdq"))?,
            category: get(4)
                .map(|c| {
                    c.parse::<u8>().map_err(|_| record_error(line, "category", format!("{} is not 0..=255", quoted(c))))
                })
                .transpose()?,
            series: get(5).map(str::to_string),
            media_id: get(6)
                .map(|c| {
                    c.parse::<i64>()
                        .map_err(|_| record_error(line, "media_id", format!("{} is not an integer", quoted(c))))
                })
                .transpose()?,
            ..KnownMedia::default()
        };
        if !media.has_hash() {
            return Err(record_error(line, "md5", "a row with no hash".into()));
        }
        sink(media).map_err(HashsetError::Sink)?;
        n += 1;
    }
    Ok(n)
}

/// Writes CSV with [`CSV_COLUMNS`].
pub fn write_csv<W: Write>(out: W, records: impl IntoIterator<Item = KnownMedia>) -> Result<u64> {
    let mut csv = csv::Writer::from_writer(out);
    let sink_err = |e: csv::Error| HashsetError::Io(std::io::Error::other(e));
    csv.write_record(CSV_COLUMNS).map_err(sink_err)?;
    let mut n = 0;
    for m in records {
        csv.write_record([
            m.md5.map(|h| h.to_hex()).unwrap_or_default(),
            m.sha1.map(|h| h.to_hex()).unwrap_or_default(),
            m.sha256.map(|h| h.to_hex()).unwrap_or_default(),
            m.pdq.map(|h| h.to_hex()).unwrap_or_default(),
            m.category.map(|c| c.to_string()).unwrap_or_default(),
            m.series.clone().unwrap_or_default(),
            m.media_id.map(|c| c.to_string()).unwrap_or_default(),
        ])
        .map_err(sink_err)?;
        n += 1;
    }
    csv.flush()?;
    Ok(n)
}
