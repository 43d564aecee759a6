//! Opening zip archives found in an exhibit, recursively, with a nesting
//! limit and a zip-bomb guard; every member becomes a content with an
//! archive path, every refusal an error row.

use std::io::{Read, Seek};
use std::sync::atomic::Ordering;

use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, OccurrenceKey};

use crate::content::{Collected, ContentContext, Times};

/// Separator between the members of nested archives in an archive path.
pub const NESTED_SEPARATOR: &str = OccurrenceKey::NESTED_SEPARATOR;

/// Bytes a top-level archive may still expand to, shared by its nested
/// archives so that a bomb cannot hide one level down.
#[derive(Debug)]
pub struct ArchiveBudget {
    remaining: u64,
}

impl ArchiveBudget {
    /// A budget of `bytes` expanded bytes.
    pub fn new(bytes: u64) -> Self {
        Self { remaining: bytes }
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
    budget: &mut ArchiveBudget,
    out: &mut Collected,
) {
    let mut archive = match zip::ZipArchive::new(reader) {
        Ok(archive) => archive,
        Err(e) => {
            out.error(key, ErrorStage::Archive, format!("cannot open zip: {e}"), Some(sha256));
            return;
        }
    };
    let mut names = MemberNames::default();
    for index in 0..archive.len() {
        if ctx.stop.load(Ordering::Relaxed) {
            return;
        }
        let mut member = match archive.by_index(index) {
            Ok(member) => member,
            Err(e) => {
                let member_key = member_key(key, &names.claim(index, &format!("#{index}")));
                out.error(&member_key, ErrorStage::Archive, format!("cannot read zip entry {index}: {e}"), None);
                continue;
            }
        };
        if member.is_dir() {
            continue;
        }
        let name =
            member.name().map(|n| n.into_owned()).unwrap_or_else(|e| format!("#{index} (undecodable name: {e})"));
        let claimed = names.claim(index, &name);
        let member_key = member_key(key, &claimed);
        if claimed != name {
            out.error(
                &member_key,
                ErrorStage::Archive,
                format!("zip entry {index} named {name:?}: empty, repeated or containing {NESTED_SEPARATOR:?}; recorded as {claimed:?}"),
                None,
            );
        }
        let declared = member.size();
        let compressed = member.compressed_size().max(1);
        if declared > 1024 * 1024 && declared / compressed > ctx.options.max_compression_ratio {
            out.error(
                &member_key,
                ErrorStage::Archive,
                format!(
                    "zip-bomb guard: {declared} bytes from {compressed} compressed (ratio over {})",
                    ctx.options.max_compression_ratio
                ),
                None,
            );
            continue;
        }
        if declared > budget.remaining {
            out.error(
                &member_key,
                ErrorStage::Archive,
                format!("zip-bomb guard: archive expands past {} bytes in all", ctx.options.max_archive_expanded),
                None,
            );
            return;
        }
        // The declared size may lie: read at most what the budget allows,
        // and one byte more to notice the lie.
        let cap = budget.remaining.min(ctx.options.max_in_memory);
        let mut bytes = Vec::with_capacity(declared.min(cap) as usize);
        let read = (&mut member).take(cap + 1).read_to_end(&mut bytes);
        budget.remaining = budget.remaining.saturating_sub(bytes.len() as u64);
        if let Err(e) = read {
            out.error(&member_key, ErrorStage::Read, format!("cannot extract: {e}"), None);
            continue;
        }
        if bytes.len() as u64 > cap {
            out.error(
                &member_key,
                ErrorStage::Archive,
                format!("member expands past {cap} bytes (declared {declared}): not ingested"),
                None,
            );
            continue;
        }
        let times = Times { modified: member.last_modified().and_then(zip_time_to_unix), ..Times::default() };
        drop(member);
        ctx.process_bytes(&member_key, &bytes, times, depth, budget, out);
    }
}

/// The names given to the members of one archive, so that every member has
/// its own key: an empty name would take the archive's own key, a name
/// holding the nesting separator could pose as a member of a nested
/// archive, and a repeated name would hide the first member's occurrence.
#[derive(Default)]
struct MemberNames {
    used: std::collections::HashSet<String>,
}

impl MemberNames {
    /// The name to record entry `index` under: its own when safe, else an
    /// escaped or numbered one.
    fn claim(&mut self, index: usize, name: &str) -> String {
        let mut safe =
            if name.is_empty() { format!("#{index} (empty name)") } else { name.replace(NESTED_SEPARATOR, "!%2F") };
        if self.used.contains(&safe) {
            safe = format!("{safe} #{index}");
        }
        self.used.insert(safe.clone());
        safe
    }
}

/// The key of a member: same file path, archive path extended.
fn member_key(archive: &OccurrenceKey, member_name: &str) -> OccurrenceKey {
    let archive_path = if archive.archive_path.is_empty() {
        member_name.to_string()
    } else {
        format!("{}{NESTED_SEPARATOR}{member_name}", archive.archive_path)
    };
    OccurrenceKey { path: archive.path.clone(), archive_path }
}

/// A zip's DOS time (local time of the machine that wrote it, no zone) as
/// Unix seconds read as if it were UTC: the zone is unknowable from the
/// archive, and the figure is shown as written.
fn zip_time_to_unix(time: zip::DateTime) -> Option<i64> {
    let (y, m, d) = (i64::from(time.year()), i64::from(time.month()), i64::from(time.day()));
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
    Some(days * 86_400 + i64::from(time.hour()) * 3600 + i64::from(time.minute()) * 60 + i64::from(time.second()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_member_keys() {
        let top = OccurrenceKey { path: "a/b.zip".into(), archive_path: String::new() };
        let inner = member_key(&top, "inner.zip");
        let leaf = member_key(&inner, "x/y.jpg");
        assert_eq!(leaf.path, "a/b.zip");
        assert_eq!(leaf.archive_path, "inner.zip!/x/y.jpg");
    }

    #[test]
    fn member_names_never_collide() {
        let mut names = MemberNames::default();
        assert_eq!(names.claim(0, "a.jpg"), "a.jpg");
        assert_eq!(names.claim(1, "a.jpg"), "a.jpg #1");
        assert_eq!(names.claim(2, ""), "#2 (empty name)");
        assert_eq!(names.claim(3, "inner.zip!/x"), "inner.zip!%2Fx");
    }

    #[test]
    fn dos_time_converts() {
        let t = zip::DateTime::from_date_and_time(2024, 3, 1, 10, 20, 30).unwrap();
        assert_eq!(zip_time_to_unix(t), Some(1_709_288_430));
    }
}
