//! The crate's only input and output: a bundle written to, or read from, a
//! folder. Both refuse what could make a bundle reach outside its folder:
//! symbolic links, special files, and names a bundle may not hold.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::names::{MAX_DEPTH, path_problem};
use crate::{BundleError, BundleFile};

/// Most files read from a folder (a bundle of 10,000 items fits).
pub const MAX_FILES: usize = 20_000;
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 256 << 20;

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> BundleError + use<> {
    let path = path.to_path_buf();
    move |source| BundleError::Io { action, path, source }
}

/// Writes `files` into `dir`, which must not exist or be empty. Never
/// overwrites a file.
pub fn write_dir(dir: &Path, files: &[BundleFile]) -> Result<(), BundleError> {
    for file in files {
        if let Some(p) = path_problem(&file.path) {
            return Err(BundleError::path(&file.path, p));
        }
    }
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(io("reading", dir))?;
        if entries.next().is_some() {
            return Err(BundleError::Io {
                action: "writing into",
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the folder is not empty"),
            });
        }
    }
    fs::create_dir_all(dir).map_err(io("creating", dir))?;
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io("creating", parent))?;
        }
        let mut out = fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(io("creating", &path))?;
        out.write_all(&file.bytes).map_err(io("writing", &path))?;
        out.sync_all().map_err(io("syncing", &path))?;
    }
    Ok(())
}

/// Reads every file under `dir` as bundle files, in path order. A symbolic
/// link, a special file, a name a bundle may not hold, or a folder deeper
/// than a bundle's is an error naming it, so that [`crate::verify`] sees
/// everything that is there.
pub fn read_dir(dir: &Path) -> Result<Vec<BundleFile>, BundleError> {
    let meta = fs::symlink_metadata(dir).map_err(io("reading", dir))?;
    if !meta.is_dir() {
        return Err(BundleError::Io {
            action: "reading",
            path: dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a folder (or a symbolic link)"),
        });
    }
    let mut files = Vec::new();
    walk(dir, "", 1, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn walk(dir: &Path, prefix: &str, depth: usize, files: &mut Vec<BundleFile>) -> Result<(), BundleError> {
    for entry in fs::read_dir(dir).map_err(io("reading", dir))? {
        let entry = entry.map_err(io("reading", dir))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            return Err(BundleError::path(format!("{prefix}{}", name.to_string_lossy()), "name is not UTF-8"));
        };
        let rel = format!("{prefix}{name}");
        let path = entry.path();
        let meta = fs::symlink_metadata(&path).map_err(io("reading", &path))?;
        if meta.file_type().is_symlink() {
            return Err(BundleError::path(rel, "a symbolic link (a bundle holds plain files only)"));
        }
        if meta.is_dir() {
            if depth >= MAX_DEPTH {
                return Err(BundleError::path(rel, "a folder deeper than a bundle's"));
            }
            if let Some(p) = path_problem(&rel) {
                return Err(BundleError::path(rel, p));
            }
            walk(&path, &format!("{rel}/"), depth + 1, files)?;
            continue;
        }
        if !meta.is_file() {
            return Err(BundleError::path(rel, "not a plain file"));
        }
        if let Some(p) = path_problem(&rel) {
            return Err(BundleError::path(rel, p));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(BundleError::path(rel, format!("larger than {MAX_FILE_BYTES} bytes")));
        }
        if files.len() >= MAX_FILES {
            return Err(BundleError::path(rel, format!("more than {MAX_FILES} files")));
        }
        let bytes = fs::read(&path).map_err(io("reading", &path))?;
        files.push(BundleFile { path: rel, bytes });
    }
    Ok(())
}
