//! [`FsBlobStore`]: blobs as files `evidence/ab/cd/<64 hex>` on a local
//! file system, written through a locked temporary file in `.tmp/` and a
//! rename, so that a crash leaves either the whole blob or nothing under
//! its name; made durable in groups by [`BlobStore::sync`].

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use sha2::Digest as _;
use vilab_core::{Hashed, Sha256};

use super::temp::{self, StaleTemps, TMP_DIR};
use super::{BlobReader, BlobStore, PutOutcome, VerifyProgress, VerifyReport};
use crate::{Result, StoreError};

/// Read buffer for hashing: large enough for sequential throughput, small
/// enough to keep one per rayon thread.
const HASH_BUF: usize = 256 * 1024;

/// A content-addressed blob store in a local directory.
#[derive(Debug, Clone)]
pub struct FsBlobStore {
    root: PathBuf,
}

impl FsBlobStore {
    /// Creates the store's directory (and its parents) if needed, 0700.
    pub fn create(root: &Path) -> Result<Self> {
        crate::fsmode::create_private_dir(&root.join(TMP_DIR))?;
        Ok(FsBlobStore { root: root.to_path_buf() })
    }

    /// Opens an existing store.
    pub fn open(root: &Path) -> Result<Self> {
        if !root.is_dir() {
            return Err(StoreError::NotALab { path: root.to_path_buf(), problem: "missing".into() });
        }
        // Re-created if someone cleaned it: it only ever holds temporary files.
        crate::fsmode::create_private_dir(&root.join(TMP_DIR))?;
        Ok(FsBlobStore { root: root.to_path_buf() })
    }

    /// Removes the temporary files that writers which died left in `.tmp/`
    /// (a crash or `kill -9` during a streamed write can leave gigabytes);
    /// those of writers still at work, in this or another process, stay.
    pub fn sweep_stale_temps(&self) -> StaleTemps {
        temp::sweep(&self.root.join(TMP_DIR))
    }

    /// Every blob file with its id (the SHA-256 its name spells), unverified.
    pub fn blob_files(&self) -> Result<Vec<(PathBuf, Sha256)>> {
        super::verify::blob_files(&self.root)
    }

    /// The store's directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the blob `id` lives: `root/ab/cd/abcd…` (two levels of 256
    /// folders keep each folder small at millions of blobs).
    pub fn path_of(&self, id: &Sha256) -> PathBuf {
        let hex = id.to_hex();
        self.root.join(&hex[0..2]).join(&hex[2..4]).join(hex)
    }

    /// What is at the blob's path: `None` if absent, else its size.
    fn stored_size(&self, path: &Path) -> Result<Option<u64>> {
        match fs::metadata(path) {
            Ok(meta) => Ok(Some(meta.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(StoreError::Io { action: "reading metadata of", path: path.to_path_buf(), source: e }),
        }
    }

    /// What a put of `size` bytes named `id` must do: nothing when an
    /// intact blob is there; replace one whose bytes no longer hash to its
    /// name (damage, of whatever size); write one that is absent.
    fn existing(&self, id: &Sha256, path: &Path, size: u64) -> Result<Option<PutOutcome>> {
        match self.stored_size(path)? {
            None => Ok(Some(PutOutcome::Written)),
            Some(stored) if stored != size => Ok(Some(PutOutcome::Replaced)),
            Some(_) => match hash_file(path) {
                Ok((actual, _)) if actual == *id => Ok(None),
                Ok(_) => Ok(Some(PutOutcome::Replaced)),
                Err(e) => Err(StoreError::Io { action: "verifying", path: path.to_path_buf(), source: e }),
            },
        }
    }

    /// Moves a complete temporary file to the blob's path. Not synced here:
    /// [`BlobStore::sync`] makes a group of writes durable at once.
    fn commit(&self, tmp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
        // Only Linux can sync a whole file system at once (`sync`); elsewhere
        // each blob is synced as it is written.
        #[cfg(not(target_os = "linux"))]
        tmp.as_file().sync_all().map_err(StoreError::io("syncing", tmp.path()))?;
        let dir = path.parent().unwrap_or(&self.root);
        crate::fsmode::create_private_dir(dir)?;
        tmp.persist(path).map_err(|e| StoreError::Io {
            action: "renaming a temporary file to",
            path: path.to_path_buf(),
            source: e.error,
        })?;
        Ok(())
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join(TMP_DIR)
    }

    /// Opens a blob's file, mapping "not found" to `BlobMissing`.
    fn open_blob(&self, id: &Sha256) -> Result<(File, PathBuf)> {
        let path = self.path_of(id);
        match File::open(&path) {
            Ok(file) => Ok((file, path)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(StoreError::BlobMissing { id: *id, path }),
            Err(e) => Err(StoreError::Io { action: "opening", path, source: e }),
        }
    }
}

impl BlobStore for FsBlobStore {
    fn put(&self, content: &Hashed<'_>) -> Result<PutOutcome> {
        let (expected, bytes) = (&content.sha256(), content.bytes());
        let path = self.path_of(expected);
        let Some(outcome) = self.existing(expected, &path, bytes.len() as u64)? else {
            return Ok(PutOutcome::AlreadyPresent);
        };
        let mut tmp = temp::create(&self.tmp_dir())?;
        tmp.write_all(bytes).map_err(StoreError::io("writing", tmp.path()))?;
        self.commit(tmp, &path)?;
        Ok(outcome)
    }

    fn put_stream(
        &self,
        reader: &mut dyn Read,
        verified: &dyn Fn(&Sha256) -> bool,
    ) -> Result<(Sha256, u64, PutOutcome)> {
        let mut tmp = temp::create(&self.tmp_dir())?;
        let (id, size) = {
            let tmp_path = tmp.path().to_path_buf();
            let file = tmp.as_file_mut();
            let mut sink = HashingWriter { inner: Some(file as &mut dyn Write), hasher: sha2::Sha256::new(), size: 0 };
            copy(reader, &mut sink).map_err(|e| StoreError::Io {
                action: "copying a stream into",
                path: tmp_path,
                source: e,
            })?;
            (Sha256(sink.hasher.finalize().into()), sink.size)
        };
        let path = self.path_of(&id);
        // The temporary file is deleted when `tmp` drops.
        if verified(&id) && self.stored_size(&path)? == Some(size) {
            return Ok((id, size, PutOutcome::AlreadyPresent));
        }
        let Some(outcome) = self.existing(&id, &path, size)? else {
            return Ok((id, size, PutOutcome::AlreadyPresent));
        };
        self.commit(tmp, &path)?;
        Ok((id, size, outcome))
    }

    fn sync(&self) -> Result<()> {
        sync_file_system(&self.root)
    }

    fn open_unverified(&self, id: &Sha256) -> Result<Box<dyn BlobReader>> {
        let (file, _) = self.open_blob(id)?;
        Ok(Box::new(file))
    }

    fn get(&self, id: &Sha256) -> Result<Vec<u8>> {
        let (mut file, path) = self.open_blob(id)?;
        super::read_verified(&mut file, id, path, "reading")
    }

    fn copy_to(&self, id: &Sha256, out: &mut dyn Write) -> Result<u64> {
        let (mut file, path) = self.open_blob(id)?;
        super::copy_verified(&mut file, id, path, "copying", out)
    }

    fn contains(&self, id: &Sha256) -> Result<bool> {
        Ok(self.stored_size(&self.path_of(id))?.is_some())
    }

    fn verify_all(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<VerifyReport> {
        let check = |path: &Path, expected: &Sha256| {
            let (actual, size) = hash_file(path)?;
            Ok((size, (actual != *expected).then_some((*expected, actual))))
        };
        super::verify::verify_tree(&self.root, stop, progress, &check)
    }
}

/// A writer that hashes what passes through it (and forwards it, if it has
/// somewhere to forward to).
pub(super) struct HashingWriter<'a> {
    pub(super) inner: Option<&'a mut dyn Write>,
    pub(super) hasher: sha2::Sha256,
    pub(super) size: u64,
}

impl Write for HashingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = match self.inner.as_mut() {
            Some(inner) => inner.write(buf)?,
            None => buf.len(),
        };
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.as_mut().map_or(Ok(()), |inner| inner.flush())
    }
}

/// Copies with a large buffer (`io::copy` uses 8 KiB).
pub(super) fn copy(reader: &mut dyn Read, writer: &mut dyn Write) -> io::Result<u64> {
    let mut buf = vec![0u8; HASH_BUF];
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => return writer.flush().map(|()| total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        writer.write_all(&buf[..n])?;
        total += n as u64;
    }
}

/// SHA-256 and size of a file, streamed.
pub(super) fn hash_file(path: &Path) -> io::Result<(Sha256, u64)> {
    let mut file = File::open(path)?;
    let mut sink = HashingWriter { inner: None, hasher: sha2::Sha256::new(), size: 0 };
    copy(&mut file, &mut sink)?;
    Ok((Sha256(sink.hasher.finalize().into()), sink.size))
}

/// Makes every write to the file system holding `root` durable, the
/// store's files and folders included: one `syncfs` on Linux instead of
/// an `fsync` per file and per folder (four per blob: 100,000 small
/// archive members took 93 s). Elsewhere each folder and file written is
/// not tracked, so the whole store's folder is synced as far as the
/// platform allows.
pub(super) fn sync_file_system(root: &Path) -> Result<()> {
    let dir = File::open(root).map_err(StoreError::io("opening", root))?;
    #[cfg(target_os = "linux")]
    {
        rustix::fs::syncfs(&dir).map_err(|e| StoreError::Io {
            action: "syncing the file system of",
            path: root.to_path_buf(),
            source: e.into(),
        })?;
    }
    #[cfg(not(target_os = "linux"))]
    {
        dir.sync_all().map_err(StoreError::io("syncing", root))?;
    }
    Ok(())
}
