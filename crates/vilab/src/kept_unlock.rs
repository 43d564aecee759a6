//! The unlock a login keeps: the secret of the lab's session slot
//! ([`vilab_lab::Session::keep_unlocked`]) in a file that lives only on a
//! memory file system of the user's, so that the commands of a logged-in
//! user open an encrypted lab without the passphrase, while a powered-off
//! or stolen laptop holds nothing that opens it (the slot in the lab
//! directory is useless without this secret, and this secret without it).
//!
//! The file is `$VILAB_SESSION_FILE.unlock` when that is set, else
//! `$XDG_RUNTIME_DIR/vilab/unlock/<lab key check>`: two lines, the slot's
//! id and the secret in hexadecimal, readable by its owner only. Without a
//! runtime directory on a memory file system (tmpfs, ramfs) nothing is
//! kept and every command asks for the passphrase, as before the login.

use std::path::{Path, PathBuf};

use anyhow::Context;
use vilab_lab::keys::{ExposeSecret as _, SessionSecret};
use vilab_lab::{KeptUnlocked, Lab, Unlock};

/// Where the unlock of the lab at `dir` is kept, if anywhere.
pub fn place(dir: &Path) -> Option<PathBuf> {
    if let Some(session) = std::env::var_os(crate::auth::SESSION_FILE_ENV).filter(|p| !p.is_empty()) {
        let mut path = session;
        path.push(".unlock");
        return Some(PathBuf::from(path));
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty())?;
    let name = Lab::unlock_name(dir).ok()?;
    Some(PathBuf::from(runtime).join("vilab").join("unlock").join(name))
}

/// The unlock kept for the lab at `dir`: `None` when there is none or it
/// cannot be read (the lab then asks for its passphrase).
pub fn read(dir: &Path) -> Option<Unlock> {
    let path = place(dir)?;
    let text = vilab_lab::SecretString::from(std::fs::read_to_string(&path).ok()?);
    let mut lines = text.expose_secret().lines();
    let id = lines.next()?.trim().to_string();
    let secret = SessionSecret::parse(lines.next()?).ok()?;
    Some(Unlock::Session { id, secret })
}

/// Forgets the unlock kept for the lab at `dir`: its slot in the lab and
/// its file (both may be gone already).
pub fn forget(dir: &Path) -> anyhow::Result<()> {
    let Some(path) = place(dir) else { return Ok(()) };
    if let Some(Unlock::Session { id, .. }) = read(dir) {
        Lab::forget_unlock(dir, &id)?;
    }
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e).with_context(|| path.display().to_string()),
        _ => Ok(()),
    }
}

/// Why an unlock cannot be kept for the lab at `dir`: `Ok(path)` where it
/// can, else the reason in the user's language.
pub fn usable_place(dir: &Path) -> Result<PathBuf, String> {
    let path = place(dir).ok_or_else(|| crate::tr!("login-unlock-no-runtime"))?;
    let folder = path.parent().unwrap_or(Path::new("/"));
    if !on_memory_fs(folder) {
        return Err(crate::tr!("login-unlock-not-memory", dir = folder.display().to_string()));
    }
    Ok(path)
}

/// Writes the secret of `kept` to `path`, owner-only.
pub fn save(path: &Path, kept: &KeptUnlocked) -> anyhow::Result<()> {
    let text = format!("{}\n{}\n", kept.id, kept.secret.to_hex().expose_secret());
    crate::auth::save_token(path, &text)
}

/// Whether `dir` (or its nearest existing ancestor) lies on tmpfs or ramfs,
/// by the longest mount point of `/proc/self/mountinfo` that contains it.
/// Where that file cannot be read (not Linux), no.
fn on_memory_fs(dir: &Path) -> bool {
    let mut existing = dir;
    while !existing.exists() {
        match existing.parent() {
            Some(parent) => existing = parent,
            None => return false,
        }
    }
    let Ok(real) = existing.canonicalize() else { return false };
    let Ok(info) = std::fs::read_to_string("/proc/self/mountinfo") else { return false };
    let mut best: Option<(usize, bool)> = None;
    for line in info.lines() {
        // Fields: id parent major:minor root mount-point options [optional...] - fstype source super-options
        let fields: Vec<&str> = line.split(' ').collect();
        let Some(mount) = fields.get(4) else { continue };
        let Some(dash) = fields.iter().position(|f| *f == "-") else { continue };
        let Some(fstype) = fields.get(dash + 1) else { continue };
        let mount = unescape_mount(mount);
        if real.starts_with(&mount) && best.is_none_or(|(len, _)| mount.len() >= len) {
            best = Some((mount.len(), matches!(*fstype, "tmpfs" | "ramfs")));
        }
    }
    best.is_some_and(|(_, memory)| memory)
}

/// A mount point as mountinfo writes it (space, tab, newline and backslash
/// as octal escapes).
fn unescape_mount(field: &str) -> String {
    field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_no_memory_file_system_and_dev_shm_is_one_where_linux_has_it() {
        assert!(!on_memory_fs(Path::new("/")) || std::fs::read_to_string("/proc/self/mountinfo").is_err());
        if Path::new("/dev/shm").is_dir() {
            assert!(on_memory_fs(Path::new("/dev/shm/not-made-yet/deeper")));
        }
    }

    #[test]
    fn mount_points_are_unescaped() {
        assert_eq!(unescape_mount("/media/a\\040b"), "/media/a b");
    }
}
