//! Folders and files of a lab are its owner's alone (0700 and 0600 on
//! Unix), whatever the umask: the database holds paths, GPS positions and
//! password hashes, the evidence store the seized material itself.

use std::fs::{self, OpenOptions};
use std::path::Path;

use crate::{Result, StoreError};

/// Mode of every folder of a lab.
#[cfg(unix)]
pub const DIR_MODE: u32 = 0o700;

/// Mode of every file of a lab.
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` and its missing parents inside the lab, each 0700; an
/// existing folder is left as it is.
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
    builder.create(dir).map_err(StoreError::io("creating directory", dir))?;
    // The umask may have taken bits from the mode (a umask of 077 is fine,
    // one of 777 would leave a folder its owner cannot enter).
    set_mode(dir, true)
}

/// Options that create a file 0600 (a umask can only take bits away; the
/// caller narrows nothing further).
pub(crate) fn private_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    options
}

/// Sets a folder to 0700 or a file to 0600.
pub(crate) fn set_mode(path: &Path, is_dir: bool) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = if is_dir { DIR_MODE } else { FILE_MODE };
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(StoreError::io("setting the mode of", path))?;
    }
    #[cfg(not(unix))]
    let _ = (path, is_dir);
    Ok(())
}

/// Narrows an existing lab's own folder and database to their owner (labs
/// made before these modes were kept, or copied with a wide umask): the
/// lab folder, the database files and the folders beside them.
pub(crate) fn tighten_lab(dir: &Path, files: &[&Path], dirs: &[&Path]) {
    // Best effort: a lab on a file system without Unix modes (exFAT) or
    // owned by someone else still opens.
    let _ = set_mode(dir, true);
    for d in dirs {
        if d.is_dir() {
            let _ = set_mode(d, true);
        }
    }
    for f in files {
        if f.is_file() {
            let _ = set_mode(f, false);
        }
    }
}
