//! Walking a seized folder: every regular file under the root, in a stable
//! order, with its file-system times; what cannot be walked becomes an
//! error row, never a stop.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use vilab_core::model::{ErrorStage, IngestError, OccurrenceKey};

/// One regular file found under the exhibit root.
#[derive(Clone, Debug)]
pub struct FileEntry {
    /// Path relative to the root, `/`-separated (lossy for non-UTF-8 names).
    pub rel_path: String,
    /// Absolute path, for reading.
    pub abs_path: PathBuf,
    /// Size from the file system.
    pub size: u64,
    /// Modification time, Unix seconds.
    pub modified: Option<i64>,
    /// Access time, Unix seconds.
    pub accessed: Option<i64>,
    /// Birth time, Unix seconds, where the file system has one.
    pub created: Option<i64>,
}

/// The files under `root` (sorted by path) and the problems met on the way.
pub fn walk_folder(root: &Path) -> (Vec<FileEntry>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walker = walkdir::WalkDir::new(root).follow_links(false).sort_by_file_name();
    for item in walker {
        let entry = match item {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(|p| relative(root, p)).unwrap_or_default();
                problems.push(read_error(path, format!("cannot walk: {e}")));
                continue;
            }
        };
        let rel_path = relative(root, entry.path());
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        if file_type.is_symlink() {
            let target = std::fs::read_link(entry.path())
                .map(|t| t.display().to_string())
                .unwrap_or_else(|e| format!("unreadable link: {e}"));
            problems.push(read_error(rel_path, format!("symbolic link to {target} not followed")));
            continue;
        }
        if !file_type.is_file() {
            problems.push(read_error(rel_path, "not a regular file (device, socket or pipe)".into()));
            continue;
        }
        match entry.metadata() {
            Ok(meta) => files.push(FileEntry {
                rel_path,
                abs_path: entry.path().to_path_buf(),
                size: meta.len(),
                modified: meta.modified().ok().and_then(unix_seconds),
                accessed: meta.accessed().ok().and_then(unix_seconds),
                created: meta.created().ok().and_then(unix_seconds),
            }),
            Err(e) => problems.push(read_error(rel_path, format!("cannot stat: {e}"))),
        }
    }
    (files, problems)
}

fn read_error(path: String, reason: String) -> IngestError {
    IngestError {
        key: OccurrenceKey { path, archive_path: String::new() },
        stage: ErrorStage::Read,
        reason,
        sha256: None,
    }
}

/// `path` relative to `root` with `/` separators, whatever the platform.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
    parts.join("/")
}

/// Seconds since the Unix epoch, negative before it.
pub(crate) fn unix_seconds(time: SystemTime) -> Option<i64> {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok(),
        Err(e) => i64::try_from(e.duration().as_secs()).ok().map(|s| -s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_relative_paths_and_reports_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        std::fs::write(dir.path().join("b/c/z.bin"), b"z").unwrap();
        std::fs::write(dir.path().join("a.txt"), b"aa").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("a.txt", dir.path().join("link")).unwrap();
        let (files, problems) = walk_folder(dir.path());
        let paths: Vec<_> = files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(paths, ["a.txt", "b/c/z.bin"]);
        assert_eq!(files[0].size, 2);
        assert!(files[0].modified.is_some());
        #[cfg(unix)]
        {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].key.path, "link");
            assert!(problems[0].reason.contains("symbolic link to a.txt"));
        }
    }
}
