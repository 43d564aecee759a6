//! [`FsBlobStore`]: blobs as files `evidence/ab/cd/<64 hex>` on a local
//! file system, written through a temporary file, fsync and rename so that a
//! crash leaves either the whole blob or nothing.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use sha2::Digest as _;
use vilab_core::Sha256;

use super::{BlobStore, PutOutcome, VerifyProgress, VerifyReport};
use crate::{Result, StoreError};

/// Folder (inside the store) for streamed writes whose name is not known
/// until the last byte is hashed. Same file system as the blobs, so the
/// final rename is atomic.
pub(super) const TMP_DIR: &str = ".tmp";

/// Prefix of temporary files; `verify_all` skips them (a write may be in
/// progress).
pub(super) const TMP_PREFIX: &str = ".tmp";

/// Read buffer for hashing: large enough for sequential throughput, small
/// enough to keep one per rayon thread.
const HASH_BUF: usize = 256 * 1024;

/// A content-addressed blob store in a local directory.
#[derive(Debug, Clone)]
pub struct FsBlobStore {
    root: PathBuf,
}

impl FsBlobStore {
    /// Creates the store's directory (and its parents) if needed.
    pub fn create(root: &Path) -> Result<Self> {
        fs::create_dir_all(root.join(TMP_DIR)).map_err(StoreError::io("creating directory", root))?;
        Ok(FsBlobStore { root: root.to_path_buf() })
    }

    /// Opens an existing store.
    pub fn open(root: &Path) -> Result<Self> {
        if !root.is_dir() {
            return Err(StoreError::NotALab { path: root.to_path_buf(), problem: "missing".into() });
        }
        // Re-created if someone cleaned it: it only ever holds temporary files.
        fs::create_dir_all(root.join(TMP_DIR)).map_err(StoreError::io("creating directory", root))?;
        Ok(FsBlobStore { root: root.to_path_buf() })
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

    /// Creates the shard folder of a blob, making the new folder entries
    /// durable too (a renamed file in a folder whose own entry was lost is
    /// lost with it).
    fn ensure_shard(&self, dir: &Path) -> Result<()> {
        if dir.is_dir() {
            return Ok(());
        }
        fs::create_dir_all(dir).map_err(StoreError::io("creating directory", dir))?;
        if let Some(parent) = dir.parent() {
            sync_dir(parent)?;
            if let Some(grandparent) = parent.parent() {
                sync_dir(grandparent)?;
            }
        }
        Ok(())
    }

    /// What is at the blob's path: `None` if absent, else its size.
    fn stored_size(&self, path: &Path) -> Result<Option<u64>> {
        match fs::metadata(path) {
            Ok(meta) => Ok(Some(meta.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(StoreError::Io { action: "reading metadata of", path: path.to_path_buf(), source: e }),
        }
    }

    /// Moves a complete, synced temporary file to the blob's path.
    fn commit(&self, tmp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
        tmp.as_file().sync_all().map_err(StoreError::io("syncing", tmp.path()))?;
        let dir = path.parent().unwrap_or(&self.root);
        self.ensure_shard(dir)?;
        tmp.persist(path).map_err(|e| StoreError::Io {
            action: "renaming a temporary file to",
            path: path.to_path_buf(),
            source: e.error,
        })?;
        sync_dir(dir)
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
    fn put(&self, expected: &Sha256, bytes: &[u8]) -> Result<PutOutcome> {
        let actual = Sha256::of(bytes);
        if actual != *expected {
            return Err(StoreError::BlobMismatch { expected: *expected, actual });
        }
        let path = self.path_of(expected);
        // Same id and same size: the content is there. A different size can
        // only be damage (the name is the hash), so the good bytes replace it.
        let outcome = match self.stored_size(&path)? {
            Some(size) if size == bytes.len() as u64 => return Ok(PutOutcome::AlreadyPresent),
            Some(_) => PutOutcome::Replaced,
            None => PutOutcome::Written,
        };
        let dir = path.parent().unwrap_or(&self.root);
        self.ensure_shard(dir)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempfile_in(dir)
            .map_err(StoreError::io("creating a temporary file in", dir))?;
        tmp.write_all(bytes).map_err(StoreError::io("writing", tmp.path()))?;
        self.commit(tmp, &path)?;
        Ok(outcome)
    }

    fn put_stream(&self, reader: &mut dyn Read) -> Result<(Sha256, u64, PutOutcome)> {
        let tmp_dir = self.root.join(TMP_DIR);
        let mut tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempfile_in(&tmp_dir)
            .map_err(StoreError::io("creating a temporary file in", &tmp_dir))?;
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
        let outcome = match self.stored_size(&path)? {
            // The temporary file is deleted when `tmp` drops.
            Some(stored) if stored == size => return Ok((id, size, PutOutcome::AlreadyPresent)),
            Some(_) => PutOutcome::Replaced,
            None => PutOutcome::Written,
        };
        self.commit(tmp, &path)?;
        Ok((id, size, outcome))
    }

    fn get(&self, id: &Sha256) -> Result<Vec<u8>> {
        let (mut file, path) = self.open_blob(id)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(StoreError::io("reading", &path))?;
        let actual = Sha256::of(&bytes);
        if actual != *id {
            return Err(StoreError::BlobCorrupt { expected: *id, actual, path });
        }
        Ok(bytes)
    }

    fn copy_to(&self, id: &Sha256, out: &mut dyn Write) -> Result<u64> {
        let (mut file, path) = self.open_blob(id)?;
        let mut sink = HashingWriter { inner: Some(out), hasher: sha2::Sha256::new(), size: 0 };
        copy(&mut file, &mut sink).map_err(StoreError::io("copying", &path))?;
        let actual = Sha256(sink.hasher.finalize().into());
        if actual != *id {
            return Err(StoreError::BlobCorrupt { expected: *id, actual, path });
        }
        Ok(sink.size)
    }

    fn contains(&self, id: &Sha256) -> Result<bool> {
        Ok(self.stored_size(&self.path_of(id))?.is_some())
    }

    fn verify_all(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<VerifyReport> {
        super::verify::verify_tree(&self.root, stop, progress)
    }
}

/// A writer that hashes what passes through it (and forwards it, if it has
/// somewhere to forward to).
struct HashingWriter<'a> {
    inner: Option<&'a mut dyn Write>,
    hasher: sha2::Sha256,
    size: u64,
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
fn copy(reader: &mut dyn Read, writer: &mut dyn Write) -> io::Result<u64> {
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

/// Makes a folder's entries durable (a rename is only durable once its
/// folder is synced). Only Unix lets a folder be opened and synced.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(StoreError::io("syncing directory", dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
