//! Plain hash lists (one MD5, SHA-1 or SHA-256 per line, told apart by
//! length) and CSV with a header (`md5,sha1,sha256,pdq,category,series,media_id`,
//! any subset, any order, other columns ignored).

use std::io::{BufRead, BufReader, Read, Write};

use vilab_core::known::KnownMedia;
use vilab_core::{Md5, PdqHash, Sha1, Sha256};

use crate::error::{HashsetError, Result};

fn record_error(line: u64, field: &str, message: String) -> HashsetError {
    HashsetError::Syntax { line: line as usize, column: 1, field: field.into(), message }
}

/// Reads a plain list. Blank lines and `#` comments are skipped; a line may
/// carry text after the hash (`hash  file name`), which is ignored.
pub fn read_list<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<u64> {
    let mut n = 0;
    for (i, line) in BufReader::new(reader).lines().enumerate() {
        let line = line?;
        let line_no = i as u64 + 1;
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

/// Reads CSV with a header row.
pub fn read_csv<R: Read>(reader: R, sink: &mut dyn FnMut(KnownMedia) -> Result<(), String>) -> Result<u64> {
    let mut csv = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| record_error(1, "header", e.to_string()))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    if !headers.iter().any(|h| ["md5", "sha1", "sha256", "pdq"].contains(&h.as_str())) {
        return Err(record_error(1, "header", "no md5, sha1, sha256 or pdq column".into()));
    }
    let column = |name: &str| headers.iter().position(|h| h == name);
    let columns: Vec<Option<usize>> = CSV_COLUMNS.iter().map(|c| column(c)).collect();
    let mut n = 0;
    for row in csv.records() {
        let row = row.map_err(|e| record_error(e.position().map_or(0, |p| p.line()), "-", e.to_string()))?;
        let line = row.position().map_or(0, |p| p.line());
        let get = |i: usize| columns[i].and_then(|c| row.get(c)).filter(|v| !v.is_empty());
        let hex_err = |field: &'static str| move |e: vilab_core::CoreError| record_error(line, field, e.to_string());
        let media = KnownMedia {
            md5: get(0).map(Md5::from_hex).transpose().map_err(hex_err("md5"))?,
            sha1: get(1).map(Sha1::from_hex).transpose().map_err(hex_err("sha1"))?,
            sha256: get(2).map(Sha256::from_hex).transpose().map_err(hex_err("sha256"))?,
            pdq: get(3).map(PdqHash::from_hex).transpose().map_err(hex_err("pdq"))?,
            category: get(4)
                .map(|c| c.parse::<u8>().map_err(|_| record_error(line, "category", format!("{c:?} is not 0..=255"))))
                .transpose()?,
            series: get(5).map(str::to_string),
            media_id: get(6)
                .map(|c| {
                    c.parse::<i64>().map_err(|_| record_error(line, "media_id", format!("{c:?} is not an integer")))
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
