//! Opening zip archives found in an exhibit, recursively, with a nesting
//! limit and a zip-bomb guard; every member becomes a content with an
//! archive path, every refusal an error row.
//!
//! Members are walked by their entry in the central directory, never by
//! name ([`vilab_zip`]): two members of one name stay two occurrences, the
//! second noted as a duplicate; an archive whose members overlap (David
//! Fifield's "better zip bomb") is refused at once.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, Read, Seek};
use std::sync::atomic::Ordering;

use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, Member, OccurrenceKey, OccurrenceNote};
use vilab_core::name::NameEncoding;
use vilab_zip::{Entry, ZipArchive};

use crate::content::{Collected, ContentContext, Place, Times};

/// Bytes a top-level archive may still expand to, shared by its nested
/// archives so that a bomb cannot hide one level down.
#[derive(Debug)]
pub struct ArchiveBudget {
    remaining: Cell<u64>,
    limit: u64,
}

impl ArchiveBudget {
    /// A budget of `bytes` expanded bytes.
    pub fn new(bytes: u64) -> Self {
        Self { remaining: Cell::new(bytes), limit: bytes }
    }
}

/// Walks the members of the zip archive `reader`, found at `key`, whose own
/// content is `sha256` (named by the error row when it cannot be opened).
pub fn walk_zip<R: Read + Seek>(
    ctx: &ContentContext<'_>,
    key: &OccurrenceKey,
    sha256: Sha256,
    reader: R,
    depth: u32,
    budget: &ArchiveBudget,
    out: &mut Collected,
) {
    let mut archive = match ZipArchive::open(reader, &vilab_zip::Limits::default()) {
        Ok(archive) => archive,
        Err(e) => {
            let reason = format!("cannot open zip: {e}");
            if matches!(e, vilab_zip::ZipError::Io { .. }) {
                return out.transient(key, ErrorStage::Archive, reason, Some(sha256));
            }
            return out.error(key, ErrorStage::Archive, reason, Some(sha256));
        }
    };
    let entries: Vec<Entry> = archive.entries().to_vec();
    let mut first_of_name: HashMap<&[u8], u32> = HashMap::new();
    for entry in &entries {
        if ctx.stop.load(Ordering::Relaxed) {
            out.cut_short = true;
            return;
        }
        if entry.is_dir {
            continue;
        }
        let mut place = member_place(key, entry);
        match first_of_name.get(entry.name.as_slice()) {
            Some(&first_index) => {
                if let Some(member) = place.key.members.last_mut() {
                    member.mark_repeated();
                }
                place.notes.push(OccurrenceNote::DuplicateName { first_index });
            }
            None => {
                first_of_name.insert(&entry.name, entry.index);
            }
        }
        if entry.local_name_differs {
            place.notes.push(OccurrenceNote::LocalNameDiffers);
        }
        if let Some(problem) = &entry.problem {
            out.error(&place.key, ErrorStage::Archive, format!("zip entry {}: {problem}", entry.index), None);
            continue;
        }
        let declared = entry.uncompressed_size;
        let compressed = entry.compressed_size.max(1);
        if declared > 1024 * 1024 && declared / compressed > ctx.options.max_compression_ratio {
            out.error(
                &place.key,
                ErrorStage::Archive,
                format!(
                    "zip-bomb guard: {declared} bytes from {compressed} compressed (ratio over {})",
                    ctx.options.max_compression_ratio
                ),
                None,
            );
            continue;
        }
        if declared > budget.remaining.get() {
            out.error(
                &place.key,
                ErrorStage::Archive,
                format!("zip-bomb guard: archive expands past {} bytes in all", budget.limit),
                None,
            );
            return;
        }
        let member = match archive.open_entry(entry) {
            Ok(member) => member,
            Err(e) => {
                out.error(&place.key, ErrorStage::Archive, format!("cannot extract: {e}"), None);
                continue;
            }
        };
        // The declared size may lie: the reader stops where the budget ends.
        let mut capped = Capped { inner: Salvage { inner: member, defect: None }, budget };
        let stored = ctx.process_stream(&place, &mut capped, declared, depth, budget, out);
        if let (Some(digests), Some(defect)) = (stored, capped.inner.defect.take()) {
            out.error(
                &place.key,
                ErrorStage::Archive,
                format!("{defect}: the {} bytes read are stored as they came", digests.size),
                Some(digests.sha256),
            );
        }
        ctx.flush_if_large(out);
    }
}

/// The place of a member: its key below the archive's, its time.
fn member_place(archive: &OccurrenceKey, entry: &Entry) -> Place {
    let (text, encoding) = match &entry.unicode_path {
        Some(utf8) => (utf8.as_slice(), NameEncoding::Utf8),
        None if entry.utf8_flag => (entry.name.as_slice(), NameEncoding::Utf8),
        None => (entry.name.as_slice(), NameEncoding::Cp437),
    };
    let member = Member::new(entry.index, entry.name.clone(), text, encoding);
    let modified = entry.mtime_unix.or_else(|| entry.dos_time.and_then(dos_time_to_unix));
    Place { key: archive.member(member), times: Times { modified, ..Times::default() }, notes: Vec::new() }
}

/// A member's reader that ends where the member's own data is found
/// defective (a CRC or a size that does not match, compressed data damaged
/// or cut short) and keeps the defect: the bytes read up to there are
/// evidence too, stored with an error that says what is wrong with them.
struct Salvage<R> {
    inner: R,
    defect: Option<vilab_zip::DataError>,
}

impl<R: Read> Read for Salvage<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.defect.is_some() {
            return Ok(0);
        }
        match self.inner.read(buf) {
            Err(e) if e.get_ref().is_some_and(|inner| inner.is::<vilab_zip::DataError>()) => {
                self.defect =
                    e.into_inner().and_then(|inner| inner.downcast::<vilab_zip::DataError>().ok()).map(|d| *d);
                Ok(0)
            }
            other => other,
        }
    }
}

/// A member's reader, cut where the archive's expansion budget ends; what
/// it reads is spent from the budget before any nested archive is opened.
struct Capped<'b, R> {
    inner: R,
    budget: &'b ArchiveBudget,
}

impl<R: Read> Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let remaining = self.budget.remaining.get();
        if remaining == 0 {
            // More is waiting: the budget is spent. A content error: the
            // archive itself is what is too large.
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? == 0 {
                return Ok(0);
            }
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("zip-bomb guard: archive expands past {} bytes in all", self.budget.limit),
            ));
        }
        let want = buf.len().min(usize::try_from(remaining).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.budget.remaining.set(remaining - n as u64);
        Ok(n)
    }
}

/// A zip's DOS time (local time of the machine that wrote it, no zone) as
/// Unix seconds read as if it were UTC: the zone is unknowable from the
/// archive, and the figure is shown as written.
fn dos_time_to_unix(time: vilab_zip::DosDateTime) -> Option<i64> {
    let (y, m, d) = (i64::from(time.year), i64::from(time.month), i64::from(time.day));
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + i64::from(time.hour) * 3600 + i64::from(time.minute) * 60 + i64::from(time.second))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dos_time_converts() {
        let t = vilab_zip::DosDateTime { year: 2024, month: 3, day: 1, hour: 10, minute: 20, second: 30 };
        assert_eq!(dos_time_to_unix(t), Some(1_709_288_430));
    }
}
