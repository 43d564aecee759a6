//! Writing a backup archive (see the module above for the format): a
//! snapshot of the database taken while other connections may write, then
//! the signing key and every blob the snapshot refers to, each verified as
//! it is copied, into a temporary file renamed to the final name only when
//! complete and synced.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use vilab_crypt::{EncryptWriter, Padding, Purpose, SlotFile};

use super::frames::FrameWriter;
use super::{
    BackupProgress, MAGIC, MANIFEST_FORMAT, Manifest, TAG_BLOB, TAG_DATABASE, TAG_END, TAG_KEY, TAG_MANIFEST,
    TAG_PROFILES, VERSION, binding,
};
use crate::lab::{IDENTITY_FILE, KEY_SLOTS_FILE};
use crate::sqlite::with_suffix;
use crate::{Lab, Result, SqliteStore, Store, StoreError};

/// What a backup wrote.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BackupReport {
    /// The archive.
    pub path: PathBuf,
    /// Its size in bytes.
    pub archive_bytes: u64,
    /// Blobs in it.
    pub blobs: u64,
    /// Their content's bytes.
    pub blob_bytes: u64,
    /// The database snapshot's bytes.
    pub database_bytes: u64,
}

/// Files removed when a backup ends without finishing (an error, a stop):
/// no half-written archive is left, under any name.
struct Leftovers(Vec<PathBuf>);

impl Drop for Leftovers {
    fn drop(&mut self) {
        for path in &self.0 {
            let _ = fs::remove_file(path);
        }
    }
}

impl Lab {
    /// Writes a backup of this encrypted lab to `out` (which must not
    /// exist); see [`crate::backup`]. The lab stays usable meanwhile: the
    /// database is copied in one read transaction (SQLCipher's
    /// `sqlcipher_export` under the lab's own key, checked page by page),
    /// and a blob is stored before any row refers to it, so every blob
    /// the snapshot names is there. A blob that does not verify fails the
    /// backup. `stop` is checked between blobs; a stopped or failed backup
    /// leaves nothing behind.
    pub fn backup(
        &self,
        out: &Path,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<BackupReport> {
        let Some(master) = self.master_key() else {
            return Err(StoreError::NotEncrypted { path: self.dir().to_path_buf() });
        };
        if fs::symlink_metadata(out).is_ok() {
            return Err(StoreError::FileExists { path: out.to_path_buf() });
        }
        let partial = with_suffix(out, ".partial");
        let snapshot = with_suffix(out, ".snapshot");
        let leftovers = Leftovers(vec![
            partial.clone(),
            snapshot.clone(),
            with_suffix(&snapshot, "-wal"),
            with_suffix(&snapshot, "-shm"),
        ]);
        // A run killed earlier may have left its own temporary files.
        drop(Leftovers(leftovers.0.clone()));

        progress(BackupProgress { stage: "snapshot", ..Default::default() });
        self.sqlite().export_encrypted(&snapshot, master.subkey(Purpose::Database))?;
        let (refs, info) = {
            let copy = SqliteStore::open_keyed(&snapshot, Some(master.subkey(Purpose::Database)))?;
            (copy.blob_refs()?, copy.lab_info()?)
        };
        if with_suffix(&snapshot, "-wal").exists() {
            return Err(StoreError::invalid("database snapshot", "its write-ahead log was not merged on close"));
        }

        let slots_path = self.dir().join(KEY_SLOTS_FILE);
        let slots = fs::read(&slots_path).map_err(StoreError::io("reading", &slots_path))?;
        let parsed =
            SlotFile::parse(&slots).map_err(|source| StoreError::Slots { path: slots_path.clone(), source })?;
        if parsed.key_check() != master.key_check() {
            return Err(StoreError::Slots { path: slots_path, source: vilab_crypt::SlotError::WrongMasterKey });
        }
        let mut header = Vec::with_capacity(16 + slots.len());
        header.extend_from_slice(&MAGIC);
        header.extend_from_slice(&VERSION.to_le_bytes());
        header.extend_from_slice(&(slots.len() as u32).to_le_bytes());
        header.extend_from_slice(&slots);

        let mut file = crate::fsmode::private_options()
            .write(true)
            .create_new(true)
            .open(&partial)
            .map_err(StoreError::io("creating", &partial))?;
        file.write_all(&header).map_err(StoreError::io("writing", &partial))?;
        let sealed = |source| StoreError::Decrypt { path: partial.clone(), source };
        let mut w = EncryptWriter::new(file, &master.blob_key(), Padding::None).map_err(sealed)?;
        let write_err = StoreError::io("writing", &partial);

        let manifest = Manifest {
            format: MANIFEST_FORMAT.to_string(),
            lab_id: info.lab_id.clone(),
            schema_version: info.schema_version,
            written_at: crate::clock::now_unix(),
            blobs: refs.len() as u64,
        };
        let manifest_json = serde_json::to_vec(&manifest).expect("a manifest serialises");
        let database_bytes = fs::metadata(&snapshot).map_err(StoreError::io("reading metadata of", &snapshot))?.len();
        let key_path = self.dir().join(IDENTITY_FILE);
        let key = fs::read(&key_path).map_err(StoreError::io("reading", &key_path))?;
        let profiles_path = self.dir().join(crate::profiles::SEALED_PROFILES_FILE);
        let profiles = match fs::read(&profiles_path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::Io { action: "reading", path: profiles_path, source: e }),
        };
        let head = (|| -> io::Result<()> {
            w.write_all(&[TAG_MANIFEST])?;
            w.write_all(&(manifest_json.len() as u32).to_le_bytes())?;
            w.write_all(&manifest_json)?;
            w.write_all(&[TAG_DATABASE])?;
            w.write_all(&database_bytes.to_le_bytes())?;
            let copied = io::copy(&mut io::BufReader::with_capacity(1 << 18, File::open(&snapshot)?), &mut w)?;
            if copied != database_bytes {
                return Err(io::Error::other("the database snapshot changed size while it was copied"));
            }
            w.write_all(&[TAG_KEY])?;
            w.write_all(&(key.len() as u64).to_le_bytes())?;
            w.write_all(&key)?;
            if let Some(profiles) = &profiles {
                w.write_all(&[TAG_PROFILES])?;
                w.write_all(&(profiles.len() as u64).to_le_bytes())?;
                w.write_all(profiles)?;
            }
            Ok(())
        })();
        head.map_err(write_err)?;
        let _ = fs::remove_file(&snapshot);

        let total = refs.len() as u64;
        let mut blob_bytes = 0u64;
        for (done, id) in refs.iter().enumerate() {
            if stop.load(Ordering::Relaxed) {
                return Err(StoreError::Stopped { path: out.to_path_buf() });
            }
            w.write_all(&[TAG_BLOB]).and_then(|()| w.write_all(&id.0)).map_err(StoreError::io("writing", &partial))?;
            let mut frames = FrameWriter { inner: &mut w };
            // Verified as it is copied: a damaged blob fails the backup.
            blob_bytes += self.blobs().copy_to(id, &mut frames)?;
            frames.end().map_err(StoreError::io("writing", &partial))?;
            progress(BackupProgress { stage: "blobs", blobs: done as u64 + 1, total, bytes: blob_bytes });
        }
        w.write_all(&[TAG_END])
            .and_then(|()| w.write_all(&total.to_le_bytes()))
            .and_then(|()| w.write_all(&blob_bytes.to_le_bytes()))
            .map_err(StoreError::io("writing", &partial))?;
        let file =
            w.finish(&binding(&header)).map_err(|source| StoreError::Decrypt { path: partial.clone(), source })?;
        file.sync_all().map_err(StoreError::io("syncing", &partial))?;
        let archive_bytes = file.metadata().map_err(StoreError::io("reading metadata of", &partial))?.len();
        drop(file);
        // A hard link, not a rename: it refuses to replace a file that
        // appeared under the final name meanwhile.
        fs::hard_link(&partial, out).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => StoreError::FileExists { path: out.to_path_buf() },
            _ => StoreError::Io { action: "naming the archive", path: out.to_path_buf(), source: e },
        })?;
        drop(leftovers);
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        File::open(parent).and_then(|d| d.sync_all()).map_err(StoreError::io("syncing", parent))?;
        Ok(BackupReport { path: out.to_path_buf(), archive_bytes, blobs: total, blob_bytes, database_bytes })
    }
}
