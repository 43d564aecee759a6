//! Zip archives for the seizure: a valid one (members stored or
//! deflated, possibly a nested zip) and a truncated one.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::error::SynthError;

/// How a zip's members are compressed: both occur in the wild, and
/// ingest must read both.
#[derive(Clone, Copy)]
pub(crate) enum Packing {
    Stored,
    Deflated,
}

/// A zip holding `members` (name inside the archive, bytes), in order,
/// all stamped with one fixed time so the bytes depend only on the input.
/// `label` names the archive in errors.
pub(crate) fn build_zip(label: &str, members: &[(String, Vec<u8>)], packing: Packing) -> Result<Vec<u8>, SynthError> {
    let fail = |source| SynthError::Zip { path: label.to_string(), source };
    let method = match packing {
        Packing::Stored => CompressionMethod::Stored,
        Packing::Deflated => CompressionMethod::Deflated,
    };
    let stamp = DateTime::from_date_and_time(2024, 6, 30, 21, 15, 0).expect("a valid DOS date");
    let options =
        SimpleFileOptions::default().compression_method(method).last_modified_time(stamp).unix_permissions(0o644);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in members {
        writer.start_file(name.as_str(), options).map_err(fail)?;
        writer.write_all(bytes).map_err(|e| fail(e.into()))?;
    }
    Ok(writer.finish().map_err(fail)?.into_inner())
}

/// The first local file header of `zip` and half of its first member's
/// data, nothing after: readers that look for the central directory find
/// none, and streaming readers hit the end mid-member.
pub(crate) fn truncate_zip(zip: &[u8]) -> Vec<u8> {
    let u16_at = |at: usize| usize::from(u16::from_le_bytes([zip[at], zip[at + 1]]));
    let u32_at = |at: usize| u32::from_le_bytes([zip[at], zip[at + 1], zip[at + 2], zip[at + 3]]) as usize;
    // Local header: 30 fixed bytes, then the name and the extra field.
    let data_start = 30 + u16_at(26) + u16_at(28);
    let compressed = u32_at(18);
    zip[..(data_start + (compressed / 2).max(1)).min(zip.len())].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn zip_round_trips_and_truncation_breaks_it() {
        let members = vec![
            ("a/one.txt".to_string(), b"first member, long enough".repeat(20)),
            ("two.bin".to_string(), vec![7; 100]),
        ];
        let zip = build_zip("test.zip", &members, Packing::Deflated).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
        assert_eq!(archive.len(), 2);
        let mut text = Vec::new();
        archive.by_name("a/one.txt").unwrap().read_to_end(&mut text).unwrap();
        assert_eq!(text, members[0].1);
        assert_eq!(build_zip("test.zip", &members, Packing::Deflated).unwrap(), zip, "deterministic");

        let cut = truncate_zip(&zip);
        assert_eq!(&cut[..4], b"PK\x03\x04");
        assert!(cut.len() < zip.len() / 2);
        assert!(zip::ZipArchive::new(Cursor::new(&cut)).is_err());
    }
}
