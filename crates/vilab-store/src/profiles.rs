//! The lab's own category profiles (`profiles.toml`, read by vilab-hashset
//! through the application layer): a text file in a plain lab, as ever;
//! in an encrypted lab the same text sealed in `profiles.toml.vlab` (the
//! blob format under the lab's blob key, bound to [`SEALED_BINDING`]), so
//! that a profile's name or categories are not readable on disk. A
//! plaintext `profiles.toml` in an encrypted lab is refused, never read:
//! reading it would leave it in clear.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use vilab_crypt::{DecryptReader, EncryptWriter, Padding};

use crate::{Lab, Result, StoreError};

/// The profiles of a plain lab, relative to the lab directory.
pub const PROFILES_FILE: &str = "profiles.toml";
/// The profiles of an encrypted lab, relative to the lab directory.
pub const SEALED_PROFILES_FILE: &str = "profiles.toml.vlab";
/// What the sealed profiles' final chunk is bound to.
pub const SEALED_BINDING: &[u8] = b"vilab profiles.toml";
/// The most bytes of profiles read (a hand-written file of a few KiB).
const MAX_LEN: u64 = 1 << 20;

impl Lab {
    /// The text of the lab's own profiles, `None` when it has none.
    pub fn profiles_text(&self) -> Result<Option<Vec<u8>>> {
        let plain = self.dir().join(PROFILES_FILE);
        let Some(master) = self.master_key() else {
            return read_small(&plain);
        };
        if plain.exists() {
            return Err(StoreError::invalid(
                "profiles.toml",
                format!(
                    "{} is in clear in an encrypted lab and is not read: store it with `vilab hashset profiles --set \
                     FILE` (kept encrypted), then remove it",
                    plain.display()
                ),
            ));
        }
        let path = self.dir().join(SEALED_PROFILES_FILE);
        let file = match fs::File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::Io { action: "opening", path, source: e }),
        };
        let sealed = |source| StoreError::Decrypt { path: path.clone(), source };
        let reader = DecryptReader::open(file, &master.blob_key(), SEALED_BINDING).map_err(sealed)?;
        if reader.len() > MAX_LEN {
            return Err(StoreError::invalid("profiles.toml", format!("{} bytes (at most {MAX_LEN})", reader.len())));
        }
        let mut text = Vec::new();
        reader.take(MAX_LEN).read_to_end(&mut text).map_err(StoreError::io("decrypting", &path))?;
        Ok(Some(text))
    }

    /// Replaces the lab's own profiles with `text` (checked by the caller),
    /// encrypted in an encrypted lab; atomic (a temporary file, synced and
    /// renamed).
    pub fn set_profiles_text(&self, text: &[u8]) -> Result<()> {
        match self.master_key() {
            None => write_atomic(&self.dir().join(PROFILES_FILE), text),
            Some(master) => {
                let path = self.dir().join(SEALED_PROFILES_FILE);
                let sealed = |source| StoreError::Decrypt { path: path.clone(), source };
                let mut writer = EncryptWriter::new(Vec::new(), &master.blob_key(), Padding::Bucket).map_err(sealed)?;
                writer.write_all(text).map_err(StoreError::io("encrypting", &path))?;
                let bytes = writer.finish(SEALED_BINDING).map_err(sealed)?;
                write_atomic(&path, &bytes)
            }
        }
    }
}

/// Seals the plain `profiles.toml` of `dir` (if any) into `to` under
/// `key`, for encrypting a lab in place.
pub(crate) fn seal_plain(dir: &Path, to: &Path, key: &vilab_crypt::BlobKey) -> Result<bool> {
    let Some(text) = read_small(&dir.join(PROFILES_FILE))? else {
        return Ok(false);
    };
    let sealed = |source| StoreError::Decrypt { path: to.to_path_buf(), source };
    let mut writer = EncryptWriter::new(Vec::new(), key, Padding::Bucket).map_err(sealed)?;
    writer.write_all(&text).map_err(StoreError::io("encrypting", to))?;
    write_atomic(to, &writer.finish(SEALED_BINDING).map_err(sealed)?)?;
    Ok(true)
}

fn read_small(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::File::open(path) {
        Ok(file) => {
            let mut text = Vec::new();
            file.take(MAX_LEN + 1).read_to_end(&mut text).map_err(StoreError::io("reading", path))?;
            if text.len() as u64 > MAX_LEN {
                return Err(StoreError::invalid("profiles.toml", format!("longer than {MAX_LEN} bytes")));
            }
            Ok(Some(text))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::Io { action: "reading", path: path.to_path_buf(), source: e }),
    }
}

/// Writes `bytes` to `path` through a private temporary file beside it,
/// synced, then renamed over it.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp: PathBuf = crate::sqlite::with_suffix(path, ".tmp");
    let _ = fs::remove_file(&tmp);
    let mut file = crate::fsmode::private_options()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(StoreError::io("creating", &tmp))?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(StoreError::io("writing", &tmp))?;
    drop(file);
    fs::rename(&tmp, path).map_err(|e| StoreError::Io { action: "renaming to", path: path.to_path_buf(), source: e })
}
