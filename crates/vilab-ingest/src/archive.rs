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
use vilab_core::model::{ErrorStage, IngestError, IngestErrorCode, Member, OccurrenceKey, OccurrenceNote};
use vilab_core::name::NameEncoding;
use vilab_zip::{DataError, Entry, ZipArchive, ZipError};

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
        Err(e) => return out.push(zip_error(key, &e).with_sha256(Some(sha256))),
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
            let error = IngestError::new(place.key.clone(), ErrorStage::Archive, IngestErrorCode::MemberUnreadable)
                .with_param("entry", entry.index)
                .with_detail(problem.to_string());
            out.push(error);
            continue;
        }
        let declared = entry.uncompressed_size;
        let compressed = entry.compressed_size.max(1);
        if declared > 1024 * 1024 && declared / compressed > ctx.options.max_compression_ratio {
            let error = IngestError::new(place.key.clone(), ErrorStage::Archive, IngestErrorCode::ArchiveBombRatio)
                .with_param("size", declared)
                .with_param("compressed", compressed)
                .with_param("limit", ctx.options.max_compression_ratio);
            out.push(error);
            continue;
        }
        if declared > budget.remaining.get() {
            let error = IngestError::new(place.key.clone(), ErrorStage::Archive, IngestErrorCode::ArchiveBombExpansion)
                .with_param("limit", budget.limit);
            out.push(error);
            return;
        }
        let member = match archive.open_entry(entry) {
            Ok(member) => member,
            Err(e) => {
                out.push(zip_error(&place.key, &e));
                continue;
            }
        };
        // The declared size may lie: the reader stops where the budget ends.
        let mut capped = Capped { inner: Salvage { inner: member, defect: None }, budget };
        let stored = ctx.process_stream(&place, &mut capped, declared, depth, budget, out);
        if let (Some(digests), Some(defect)) = (stored, capped.inner.defect.take()) {
            out.push(defect_error(&place.key, &defect, digests.size).with_sha256(Some(digests.sha256)));
        }
        ctx.flush_if_large(out);
    }
}

/// The error row of a zip reader's refusal of an archive (`key` is the
/// archive's) or of one member (`key` is the member's): a failed read of
/// the stored copy is transient, anything else is the archive's own.
fn zip_error(key: &OccurrenceKey, e: &ZipError) -> IngestError {
    let at = |code| IngestError::new(key.clone(), ErrorStage::Archive, code);
    match e {
        ZipError::Io { offset, source } => at(IngestErrorCode::ArchiveReadFailed)
            .with_param("offset", offset)
            .with_detail(source.to_string())
            .with_transient(true),
        ZipError::Overlap { first, second, offset } => at(IngestErrorCode::ArchiveEntriesOverlap)
            .with_param("first", first)
            .with_param("second", second)
            .with_param("offset", offset),
        ZipError::MultiDisk { offset, disk } => {
            at(IngestErrorCode::ArchiveSplit).with_param("offset", offset).with_param("disk", disk)
        }
        ZipError::TooManyEntries { count, limit } => {
            at(IngestErrorCode::ArchiveTooManyEntries).with_param("count", count).with_param("limit", limit)
        }
        ZipError::CentralDirectoryTooLarge { size, limit } => {
            at(IngestErrorCode::ArchiveDirectoryTooLarge).with_param("size", size).with_param("limit", limit)
        }
        ZipError::UnsupportedMethod { index, method } => at(IngestErrorCode::MemberUnsupportedMethod)
            .with_param("entry", index)
            .with_param("method", method)
            .with_opt_detail(vilab_zip::method_name(*method).map(str::to_string)),
        ZipError::Encrypted { index } => at(IngestErrorCode::MemberEncrypted).with_param("entry", index),
        ZipError::EntryUnreadable { index, problem } => {
            at(IngestErrorCode::MemberUnreadable).with_param("entry", index).with_detail(problem.to_string())
        }
        ZipError::NotInArchive { index } => {
            at(IngestErrorCode::MemberUnreadable).with_param("entry", index).with_detail(e.to_string())
        }
        // The archive's structure: no end record, a damaged or misplaced
        // central directory. The zip reader's description says which.
        other => at(IngestErrorCode::ArchiveUnreadable).with_detail(other.to_string()),
    }
}

/// The error row of a member whose data was found defective after
/// `stored` of its bytes were read (and stored as they came).
fn defect_error(key: &OccurrenceKey, defect: &DataError, stored: u64) -> IngestError {
    let at = |code| IngestError::new(key.clone(), ErrorStage::Archive, code);
    let error = match defect {
        DataError::Crc { index, expected, actual } => at(IngestErrorCode::MemberCrcMismatch)
            .with_param("entry", index)
            .with_param("expected", format!("{expected:08x}"))
            .with_param("actual", format!("{actual:08x}")),
        DataError::Shorter { index, expected, actual } => at(IngestErrorCode::MemberShorterThanDeclared)
            .with_param("entry", index)
            .with_param("expected", expected)
            .with_param("actual", actual),
        DataError::Longer { index, expected, actual } => at(IngestErrorCode::MemberLongerThanDeclared)
            .with_param("entry", index)
            .with_param("expected", expected)
            .with_param("actual", actual),
        DataError::Damaged { index, produced, reason } => at(IngestErrorCode::MemberDamaged)
            .with_param("entry", index)
            .with_param("produced", produced)
            .with_detail(reason.clone()),
        // A defect this build does not know by name: the reader's words.
        other => at(IngestErrorCode::MemberUnreadable).with_detail(other.to_string()),
    };
    error.with_param("stored", stored)
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
    Place { key: archive.member(member), times: Times { modified, ..Times::default() }, notes: Vec::new(), disk: None }
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

/// The refusal of [`Capped`] once the archive's expansion budget is spent
/// and the member has more to give: the zip-bomb guard, carried inside an
/// [`io::Error`] so that the code can be told from a failed read.
#[derive(Debug, thiserror::Error)]
#[error("zip-bomb guard: archive expands past {limit} bytes in all")]
pub(crate) struct ExpansionSpent {
    /// The top-level archive's expansion budget, bytes.
    pub(crate) limit: u64,
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
            return Err(io::Error::new(io::ErrorKind::InvalidData, ExpansionSpent { limit: self.budget.limit }));
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

    fn archive() -> OccurrenceKey {
        OccurrenceKey::file(&b"a.zip"[..])
    }

    #[test]
    fn each_refusal_of_the_zip_reader_has_its_code_and_params() {
        let io = ZipError::Io { offset: 512, source: io::Error::from(io::ErrorKind::UnexpectedEof) };
        let error = zip_error(&archive(), &io);
        assert_eq!((error.code, error.transient), (IngestErrorCode::ArchiveReadFailed, true));
        assert_eq!(error.param("offset"), Some("512"));
        assert!(error.detail.is_some());

        let error = zip_error(&archive(), &ZipError::Overlap { first: 2, second: 7, offset: 99 });
        assert_eq!((error.code, error.transient), (IngestErrorCode::ArchiveEntriesOverlap, false));
        assert_eq!(
            (error.param("first"), error.param("second"), error.param("offset")),
            (Some("2"), Some("7"), Some("99"))
        );

        let error = zip_error(&archive(), &ZipError::MultiDisk { offset: 40, disk: 3 });
        assert_eq!((error.code, error.param("disk")), (IngestErrorCode::ArchiveSplit, Some("3")));

        let error = zip_error(&archive(), &ZipError::TooManyEntries { count: 10, limit: 5 });
        assert_eq!(error.code, IngestErrorCode::ArchiveTooManyEntries);
        assert_eq!((error.param("count"), error.param("limit")), (Some("10"), Some("5")));

        let error = zip_error(&archive(), &ZipError::CentralDirectoryTooLarge { size: 10, limit: 5 });
        assert_eq!(error.code, IngestErrorCode::ArchiveDirectoryTooLarge);

        let error = zip_error(&archive(), &ZipError::UnsupportedMethod { index: 4, method: 12 });
        assert_eq!(error.code, IngestErrorCode::MemberUnsupportedMethod);
        assert_eq!((error.param("entry"), error.param("method")), (Some("4"), Some("12")));
        assert_eq!(error.detail.as_deref(), Some("bzip2"), "the method's name, as the zip reader knows it");
        assert_eq!(
            error.describe_en(),
            "zip entry 4 is compressed with method 12 (bzip2), which vilab cannot decompress"
        );

        let error = zip_error(&archive(), &ZipError::Encrypted { index: 1 });
        assert_eq!((error.code, error.param("entry")), (IngestErrorCode::MemberEncrypted, Some("1")));

        let problem = vilab_zip::EntryProblem::LocalHeaderMissing { offset: 77 };
        let error = zip_error(&archive(), &ZipError::EntryUnreadable { index: 6, problem });
        assert_eq!((error.code, error.param("entry")), (IngestErrorCode::MemberUnreadable, Some("6")));
        assert_eq!(error.detail, Some(problem.to_string()));

        let missing = ZipError::NoEndOfCentralDirectory { searched: 22 };
        let error = zip_error(&archive(), &missing);
        assert_eq!((error.code, error.transient), (IngestErrorCode::ArchiveUnreadable, false));
        assert_eq!(error.detail, Some(missing.to_string()), "the zip reader's description");
        assert!(error.params.is_empty());
    }

    #[test]
    fn each_defect_of_a_member_has_its_code_and_the_bytes_stored() {
        let key = archive();
        let shorter = defect_error(&key, &DataError::Shorter { index: 3, expected: 20, actual: 10 }, 10);
        assert_eq!(shorter.code, IngestErrorCode::MemberShorterThanDeclared);
        assert_eq!(
            (shorter.param("entry"), shorter.param("expected"), shorter.param("actual"), shorter.param("stored")),
            (Some("3"), Some("20"), Some("10"), Some("10"))
        );
        let longer = defect_error(&key, &DataError::Longer { index: 3, expected: 20, actual: 21 }, 20);
        assert_eq!(longer.code, IngestErrorCode::MemberLongerThanDeclared);
        assert_eq!(
            longer.describe_en(),
            "entry 3 yields at least 21 bytes, more than the 20 declared: the 20 bytes read are stored as they came"
        );
        let crc = defect_error(&key, &DataError::Crc { index: 0, expected: 0xbad, actual: 0xf00d }, 5);
        assert_eq!((crc.param("expected"), crc.param("actual")), (Some("00000bad"), Some("0000f00d")));
        let damaged = defect_error(
            &key,
            &DataError::Damaged { index: 1, produced: 4096, reason: "invalid distance".into() },
            4096,
        );
        assert_eq!(damaged.code, IngestErrorCode::MemberDamaged);
        assert_eq!(damaged.detail.as_deref(), Some("invalid distance"));
        assert!(!damaged.transient && damaged.sha256.is_none());
    }

    #[test]
    fn dos_time_converts() {
        let t = vilab_zip::DosDateTime { year: 2024, month: 3, day: 1, hour: 10, minute: 20, second: 30 };
        assert_eq!(dos_time_to_unix(t), Some(1_709_288_430));
    }
}
