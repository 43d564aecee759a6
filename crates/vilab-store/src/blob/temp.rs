//! Temporary files of blob writes in progress, in the store's `.tmp/`
//! folder, each locked by its writer for as long as it is written: a
//! temporary file nobody holds belongs to a writer that died (a crash,
//! `kill -9`), and is removed when the lab is next opened.
//!
//! The lock (the operating system's, `flock` on Unix) ends with the
//! process, so another `vilab` command opening the same lab while an ingest
//! writes never removes the ingest's files.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Result, StoreError};

/// Folder (inside the store) of temporary files. Same file system as the
/// blobs, so the final rename is atomic.
pub(super) const TMP_DIR: &str = ".tmp";

/// Prefix of temporary files (also of those that versions before the
/// `.tmp/` folder left beside the blobs).
pub(super) const TMP_PREFIX: &str = ".tmp";

/// Temporary files left by writers that died, and what became of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaleTemps {
    /// Removed: nobody held them.
    pub removed: Vec<PathBuf>,
    /// Their bytes in all.
    pub bytes: u64,
    /// Found but not removable, with the operating system's reason.
    pub failed: Vec<(PathBuf, String)>,
}

impl StaleTemps {
    /// Whether nothing stale was found.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.failed.is_empty()
    }

    /// Adds what another sweep found.
    pub fn extend(&mut self, other: StaleTemps) {
        self.removed.extend(other.removed);
        self.bytes += other.bytes;
        self.failed.extend(other.failed);
    }
}

/// A new temporary file in `dir`, locked by this process.
pub(super) fn create(dir: &Path) -> Result<tempfile::NamedTempFile> {
    loop {
        let tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempfile_in(dir)
            .map_err(StoreError::io("creating a temporary file in", dir))?;
        match tmp.as_file().try_lock() {
            Ok(()) => {}
            // A sweep holds it and will remove it: take another.
            Err(TryLockError::WouldBlock) => continue,
            Err(TryLockError::Error(e)) => {
                return Err(StoreError::Io { action: "locking", path: tmp.path().to_path_buf(), source: e });
            }
        }
        // A sweep may have removed it between its creation and the lock.
        if same_file(tmp.path(), tmp.as_file()) {
            return Ok(tmp);
        }
    }
}

fn same_file(path: &Path, file: &File) -> bool {
    let (Ok(on_disk), Ok(held)) = (fs::metadata(path), file.metadata()) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        on_disk.dev() == held.dev() && on_disk.ino() == held.ino()
    }
    #[cfg(not(unix))]
    {
        on_disk.len() == held.len()
    }
}

/// Removes the temporary files in `dir` that nobody holds.
pub(super) fn sweep(dir: &Path) -> StaleTemps {
    let Ok(entries) = fs::read_dir(dir) else {
        return StaleTemps::default();
    };
    let paths = entries.flatten().filter_map(|entry| {
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        (is_file && entry.file_name().to_string_lossy().starts_with(TMP_PREFIX)).then(|| entry.path())
    });
    sweep_files(paths)
}

/// Removes those of `paths` that nobody holds.
pub(super) fn sweep_files(paths: impl IntoIterator<Item = PathBuf>) -> StaleTemps {
    let mut out = StaleTemps::default();
    for path in paths {
        match remove_if_unheld(&path) {
            Ok(Some(bytes)) => {
                out.bytes += bytes;
                out.removed.push(path);
            }
            Ok(None) => {}
            Err(e) => out.failed.push((path, e.to_string())),
        }
    }
    out.removed.sort();
    out
}

/// Removes `path` when no writer holds it; its size when removed.
fn remove_if_unheld(path: &Path) -> io::Result<Option<u64>> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Ok(None),
        Err(TryLockError::Error(e)) => return Err(e),
    }
    let size = file.metadata()?.len();
    // Removed while locked, so that a writer racing to lock it sees it gone.
    match fs::remove_file(path) {
        Ok(()) => Ok(Some(size)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_temporary_file_survives_a_sweep_and_a_released_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let held = create(dir.path()).unwrap();
        std::fs::write(held.path(), b"in progress").unwrap();
        let orphan = dir.path().join(".tmp-orphan");
        std::fs::write(&orphan, vec![0u8; 1000]).unwrap();
        let swept = sweep(dir.path());
        assert_eq!(swept.removed, vec![orphan.clone()]);
        assert_eq!(swept.bytes, 1000);
        assert!(held.path().exists(), "a file its writer holds is kept");
        assert!(!orphan.exists());
    }
}
