//! Synthetic seizures: a folder tree that looks like a seized laptop's
//! disk (camera folders, dated albums, downloads, documents, temp files),
//! filled with generated pictures and every awkward case an ingest must
//! handle, plus a manifest of exactly what is there.

pub(crate) mod archive;
mod builder;
mod camera;
mod clock;
mod corrupt;
mod extras;
mod layout;
mod manifest;
mod non_image;
mod parallel;
mod pictures;
mod spec;

use std::fs::{self, File, FileTimes};
use std::path::Path;
use std::time::{Duration, SystemTime};

pub use extras::{BACKUP_ZIP, NESTED_ZIP, TRUNCATED_ZIP};
pub use manifest::{CorruptReason, ExpectedCounts, ManifestEntry, PlaceName, Role, SeizureManifest};
pub use spec::SeizureSpec;

use builder::{Builder, Item};

use crate::error::SynthError;

/// Writes the synthetic seizure described by `spec` under `dir` and
/// returns its manifest.
///
/// `dir` is created if missing and must otherwise be empty, so that the
/// manifest's counts describe the whole tree. The same spec always
/// writes the same bytes, names and modification times.
///
/// # Errors
///
/// [`SynthError::InvalidSpec`] for an inconsistent spec,
/// [`SynthError::NotEmpty`] when `dir` already holds something, and the
/// I/O, encoding and zip errors of the files being written, each naming
/// its path.
pub fn generate_seizure(dir: &Path, spec: &SeizureSpec) -> Result<SeizureManifest, SynthError> {
    spec.validate()?;
    prepare_root(dir)?;
    let mut builder = Builder::new(spec);
    builder.add_unique_pictures()?;
    builder.add_exact_duplicates();
    builder.add_near_duplicates();
    if spec.non_images {
        builder.add_non_images();
    }
    if spec.corrupt_files {
        builder.add_corrupt_files()?;
    }
    if spec.archives {
        builder.add_archives()?;
    }
    let mut files = builder.files;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for item in &files {
        write_file(dir, item)?;
    }
    let entries: Vec<ManifestEntry> = files.iter().chain(&builder.members).map(Item::entry).collect();
    let counts = ExpectedCounts::tally(&entries);
    Ok(SeizureManifest { spec: spec.clone(), entries, counts })
}

/// Creates `dir`, or checks that it exists and is empty.
fn prepare_root(dir: &Path) -> Result<(), SynthError> {
    if dir.exists() {
        let mut listing = fs::read_dir(dir).map_err(|source| SynthError::ReadDir { path: dir.into(), source })?;
        if listing.next().is_some() {
            return Err(SynthError::NotEmpty { path: dir.into() });
        }
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|source| SynthError::CreateDir { path: dir.into(), source })
}

/// Writes one file (creating its folders) and sets its modification time.
fn write_file(root: &Path, item: &Item) -> Result<(), SynthError> {
    let path = root.join(&item.path);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|source| SynthError::CreateDir { path: parent.into(), source })?;
    }
    fs::write(&path, &item.bytes).map_err(|source| SynthError::Write { path: path.clone(), source })?;
    if let Some(seconds) = item.modified {
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0));
        File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_times(FileTimes::new().set_modified(time)))
            .map_err(|source| SynthError::Write { path, source })?;
    }
    Ok(())
}
