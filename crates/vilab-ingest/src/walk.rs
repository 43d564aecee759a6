//! Walking a seized folder: every regular file under the root, in a stable
//! order, with its file-system times and its path as the file system gave
//! its bytes; what cannot be walked becomes an error row, never a stop.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use vilab_core::model::{ErrorStage, IngestError, IngestErrorCode, OccurrenceKey};
use vilab_core::name::escape_utf8;

use crate::exhibit::{Content, ExhibitReader};
use crate::source::open_quietly;

/// One regular file found under the exhibit root.
#[derive(Clone, Debug)]
pub struct FileEntry {
    /// Path relative to the root, components joined by `/`, as the file
    /// system gave their bytes (never converted to text: two names that
    /// differ in bytes stay two).
    pub rel_path: Vec<u8>,
    /// Absolute path, for reading.
    pub abs_path: PathBuf,
    /// Size from the file system.
    pub size: u64,
    /// Modification time, Unix seconds.
    pub modified: Option<i64>,
    /// The sub-second part of the modification time, in nanoseconds.
    pub modified_nanos: Option<u32>,
    /// Access time, Unix seconds.
    pub accessed: Option<i64>,
    /// Birth time, Unix seconds, where the file system has one.
    pub created: Option<i64>,
}

impl FileEntry {
    /// The key of the file's own occurrence.
    pub fn key(&self) -> OccurrenceKey {
        OccurrenceKey::file(self.rel_path.clone())
    }
}

/// A seized folder as an exhibit: its regular files, read with
/// [`open_quietly`]; the zip archives among them are opened by the
/// content step, whatever the reader.
#[derive(Debug)]
pub struct FolderReader {
    root: PathBuf,
    /// The absolute path of each content listed, by handle.
    files: Vec<PathBuf>,
}

impl FolderReader {
    /// The folder at `root` (canonical), not yet walked.
    pub fn new(root: &Path) -> Self {
        Self { root: root.to_path_buf(), files: Vec::new() }
    }
}

impl ExhibitReader for FolderReader {
    fn list(&mut self) -> (Vec<Content>, Vec<IngestError>) {
        let (entries, problems) = walk_folder(&self.root);
        self.files = Vec::with_capacity(entries.len());
        let contents = entries
            .into_iter()
            .enumerate()
            .map(|(handle, f)| {
                self.files.push(f.abs_path);
                Content {
                    ledger_path: f.rel_path.clone(),
                    path: f.rel_path,
                    size: f.size,
                    modified: f.modified,
                    modified_nanos: f.modified_nanos,
                    accessed: f.accessed,
                    created: f.created,
                    disk: None,
                    handle,
                }
            })
            .collect();
        (contents, problems)
    }

    fn open(&self, content: &Content) -> io::Result<Box<dyn Read + Send + '_>> {
        let path =
            self.files.get(content.handle).ok_or_else(|| io::Error::other("no such content in the folder's list"))?;
        Ok(Box::new(open_quietly(path)?))
    }
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
                // A folder that cannot be listed (permissions, a failing
                // disk) may be listed next time: the run is not complete.
                // The walker's words name the path that failed (the error
                // row's may be a folder above it).
                problems.push(read_error(path, IngestErrorCode::WalkFailed, true).with_detail(e.to_string()));
                continue;
            }
        };
        let rel_path = relative(root, entry.path());
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        if file_type.is_symlink() {
            let error = read_error(rel_path, IngestErrorCode::SymlinkNotFollowed, false);
            problems.push(match std::fs::read_link(entry.path()) {
                // The target's bytes shown as names are (escaped where not
                // UTF-8), so that it cannot forge a line.
                Ok(target) => error.with_param("target", escape_utf8(target.as_os_str().as_encoded_bytes())),
                Err(e) => error.with_detail(e.to_string()),
            });
            continue;
        }
        if !file_type.is_file() {
            problems.push(read_error(rel_path, IngestErrorCode::NotARegularFile, false));
            continue;
        }
        match entry.metadata() {
            Ok(meta) => {
                let modified = meta.modified().ok();
                files.push(FileEntry {
                    rel_path,
                    abs_path: entry.path().to_path_buf(),
                    size: meta.len(),
                    modified: modified.and_then(unix_seconds),
                    modified_nanos: modified.and_then(sub_second_nanos),
                    accessed: meta.accessed().ok().and_then(unix_seconds),
                    created: meta.created().ok().and_then(unix_seconds),
                })
            }
            Err(e) => problems.push(read_error(rel_path, IngestErrorCode::StatFailed, true).with_detail(e.to_string())),
        }
    }
    (files, problems)
}

fn read_error(path: Vec<u8>, code: IngestErrorCode, transient: bool) -> IngestError {
    IngestError::new(OccurrenceKey::file(path), ErrorStage::Read, code).with_transient(transient)
}

/// `path` relative to `root`, its components' bytes joined by `/`,
/// whatever the platform.
fn relative(root: &Path, path: &Path) -> Vec<u8> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut out = Vec::new();
    for (i, component) in rel.components().enumerate() {
        if i > 0 {
            out.push(b'/');
        }
        // On Unix these are the bytes the file system holds; on Windows
        // WTF-8, which keeps even unpaired surrogates apart.
        out.extend_from_slice(component.as_os_str().as_encoded_bytes());
    }
    out
}

/// Seconds since the Unix epoch, negative before it (rounded down, so
/// that the sub-second part is never negative).
pub(crate) fn unix_seconds(time: SystemTime) -> Option<i64> {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok(),
        Err(e) => {
            let d = e.duration();
            let whole = i64::try_from(d.as_secs()).ok()?;
            Some(if d.subsec_nanos() > 0 { -whole - 1 } else { -whole })
        }
    }
}

/// The nanoseconds past [`unix_seconds`].
fn sub_second_nanos(time: SystemTime) -> Option<u32> {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => Some(d.subsec_nanos()),
        Err(e) => {
            let n = e.duration().subsec_nanos();
            Some(if n == 0 { 0 } else { 1_000_000_000 - n })
        }
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
        let paths: Vec<_> = files.iter().map(|f| f.rel_path.as_slice()).collect();
        assert_eq!(paths, [&b"a.txt"[..], b"b/c/z.bin"]);
        assert_eq!(files[0].size, 2);
        assert!(files[0].modified.is_some());
        #[cfg(unix)]
        {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].key.path, b"link");
            assert_eq!(problems[0].code, IngestErrorCode::SymlinkNotFollowed);
            assert_eq!(problems[0].param("target"), Some("a.txt"));
            assert_eq!(problems[0].describe_en(), "symbolic link to a.txt not followed");
            assert!(!problems[0].transient);
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn names_that_are_not_utf8_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt as _;
        let dir = tempfile::tempdir().unwrap();
        let names: [&[u8]; 3] = [b"a\xff.txt", b"a\xfe.txt", b"a\xef\xbf\xbd.txt"];
        for (i, name) in names.iter().enumerate() {
            std::fs::write(dir.path().join(std::ffi::OsStr::from_bytes(name)), [i as u8]).unwrap();
        }
        let (files, problems) = walk_folder(dir.path());
        assert!(problems.is_empty());
        let mut found: Vec<&[u8]> = files.iter().map(|f| f.rel_path.as_slice()).collect();
        found.sort();
        let mut wanted = names.to_vec();
        wanted.sort();
        assert_eq!(found, wanted);
    }

    #[test]
    fn times_before_the_epoch_split_into_seconds_and_nanoseconds() {
        let t = SystemTime::UNIX_EPOCH - std::time::Duration::from_millis(1500);
        assert_eq!(unix_seconds(t), Some(-2));
        assert_eq!(sub_second_nanos(t), Some(500_000_000));
    }
}
