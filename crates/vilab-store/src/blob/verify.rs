//! Re-hashing every blob of a store's folder tree (`ab/cd/<64 hex>`) in
//! parallel, reporting corrupt, unreadable and stray files; how one file is
//! checked is the store's ([`FsBlobStore`](super::FsBlobStore) hashes it,
//! [`CryptBlobStore`](super::CryptBlobStore) decrypts and hashes it).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use rayon::prelude::*;
use vilab_core::Sha256;

use super::temp::{self, TMP_DIR, TMP_PREFIX};
use super::{CorruptBlob, UnreadableBlob, VerifyProgress, VerifyReport};
use crate::{Result, StoreError};

/// The files found under the store's root, sorted into blobs and the rest.
#[derive(Default)]
struct Listing {
    blobs: Vec<(PathBuf, Sha256)>,
    stray: Vec<PathBuf>,
    unreadable: Vec<UnreadableBlob>,
    /// Temporary files beside the blobs, where versions before `.tmp/` wrote them.
    temps: Vec<PathBuf>,
}

/// Whether `name` is `len` lowercase hex digits (the only spelling the store
/// writes).
fn is_lower_hex(name: &str, len: usize) -> bool {
    name.len() == len && name.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The blobs under `root` (`ab/cd/<64 hex>`) with the 32 bytes their names
/// spell, skipping anything else.
pub(super) fn blob_files(root: &Path) -> Result<Vec<(PathBuf, Sha256)>> {
    Ok(list(root)?.blobs)
}

/// Walks `root/ab/cd/<hex>`. Anything else is stray; folders that cannot be
/// listed are unreadable (the walk goes on).
fn list(root: &Path) -> Result<Listing> {
    let mut out = Listing::default();
    let top = fs::read_dir(root).map_err(StoreError::io("listing", root))?;
    for level1 in top {
        let level1 = level1.map_err(StoreError::io("listing", root))?;
        let name1 = level1.file_name().to_string_lossy().into_owned();
        if name1 == TMP_DIR {
            continue;
        }
        let is_dir = level1.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir || !is_lower_hex(&name1, 2) {
            out.stray.push(level1.path());
            continue;
        }
        for level2 in read_dir_or_note(&level1.path(), &mut out) {
            let name2 = level2.file_name().to_string_lossy().into_owned();
            let is_dir = level2.file_type().is_ok_and(|t| t.is_dir());
            if !is_dir || !is_lower_hex(&name2, 2) {
                out.stray.push(level2.path());
                continue;
            }
            let prefix = format!("{name1}{name2}");
            for file in read_dir_or_note(&level2.path(), &mut out) {
                let name = file.file_name().to_string_lossy().into_owned();
                if name.starts_with(TMP_PREFIX) {
                    out.temps.push(file.path());
                    continue;
                }
                let is_file = file.file_type().is_ok_and(|t| t.is_file());
                match Sha256::from_hex(&name) {
                    Ok(id) if is_file && is_lower_hex(&name, 64) && name.starts_with(&prefix) => {
                        out.blobs.push((file.path(), id));
                    }
                    _ => out.stray.push(file.path()),
                }
            }
        }
    }
    Ok(out)
}

/// The entries of a folder; a folder that cannot be listed is noted as
/// unreadable and yields nothing.
fn read_dir_or_note(dir: &Path, out: &mut Listing) -> Vec<fs::DirEntry> {
    match fs::read_dir(dir).and_then(|entries| entries.collect::<std::io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(e) => {
            out.unreadable.push(UnreadableBlob { path: dir.to_path_buf(), reason: e.to_string() });
            Vec::new()
        }
    }
}

/// The result of checking one blob, sent from a worker to the caller's thread.
struct Checked {
    path: PathBuf,
    result: std::io::Result<(u64, Option<(Sha256, Sha256)>)>,
}

/// Checks the file at a path whose name reads as the given 32 bytes:
/// returns the content's size and, when it is damaged, the digest it
/// should have and the one it has.
pub(super) type CheckFile<'a> = dyn Fn(&Path, &Sha256) -> std::io::Result<(u64, Option<(Sha256, Sha256)>)> + Sync + 'a;

/// Re-hashes every blob under `root` on rayon's pool; `progress` runs on the
/// calling thread, after each blob.
pub(super) fn verify_tree(
    root: &Path,
    stop: &AtomicBool,
    progress: &mut dyn FnMut(VerifyProgress),
    check: &CheckFile<'_>,
) -> Result<VerifyReport> {
    let Listing { blobs, stray, unreadable, temps } = list(root)?;
    let mut stale = temp::sweep(&root.join(TMP_DIR));
    stale.extend(temp::sweep_files(temps));
    let mut report = VerifyReport { stray, unreadable, stale_temps: stale, ..VerifyReport::default() };
    let total = blobs.len() as u64;
    let (tx, rx) = mpsc::channel::<Checked>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            blobs.par_iter().for_each_with(tx, |tx, (path, expected)| {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let result = check(path, expected);
                // The receiver lives until every sender is dropped.
                let _ = tx.send(Checked { path: path.clone(), result });
            });
        });
        for checked in rx {
            report.checked += 1;
            match checked.result {
                Ok((size, mismatch)) => {
                    report.bytes += size;
                    match mismatch {
                        None => report.ok += 1,
                        Some((expected, actual)) => {
                            report.corrupt.push(CorruptBlob { path: checked.path, expected, actual });
                        }
                    }
                }
                Err(e) => report.unreadable.push(UnreadableBlob { path: checked.path, reason: e.to_string() }),
            }
            progress(VerifyProgress { checked: report.checked, total, bytes: report.bytes });
        }
    });
    report.stopped = stop.load(Ordering::Relaxed) && report.checked < total;
    report.corrupt.sort_by(|a, b| a.path.cmp(&b.path));
    report.unreadable.sort_by(|a, b| a.path.cmp(&b.path));
    report.stray.sort();
    Ok(report)
}
