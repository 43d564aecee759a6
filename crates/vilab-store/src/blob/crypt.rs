//! [`CryptBlobStore`]: the evidence store of an encrypted lab. Each blob is
//! one file in vilab-crypt's VLABBLOB format (64 KiB AES-256-GCM chunks,
//! or ChaCha20-Poly1305 in blobs written before format version 2, in the
//! STREAM construction, sizes padded to buckets), named by
//! the HMAC-SHA-256 of its SHA-256 under the lab's naming key, so that no
//! file or folder name tells which known file the lab holds.
//!
//! The encrypted stream holds the content and then its SHA-256 (32 bytes):
//! the store can check a blob against its own name (`HMAC(digest) ==
//! name`) and its content against the digest without the database, which
//! is what `verify` needs. Readers see the content only.
//!
//! Writes go to a temporary file in `.tmp/` *through the cipher*: not one
//! plaintext byte reaches the disk, not even of a write that never
//! finishes. The final chunk is bound to the blob's name, so a file renamed
//! to another blob's name does not open.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use sha2::Digest as _;
use vilab_core::{Hashed, Sha256};
use vilab_crypt::{BlobKey, BlobName, DecryptReader, EncryptWriter, MasterKey, NamingKey, Padding, StreamError};

use super::fs::{HashingWriter, copy, sync_file_system};
use super::temp::{self, StaleTemps, TMP_DIR};
use super::{BlobReader, BlobStore, PutOutcome, VerifyProgress, VerifyReport};
use crate::{Result, StoreError};

/// Bytes of the content's SHA-256 after the content, inside the stream.
const DIGEST_TRAILER: u64 = 32;

/// An encrypted, keyed-name blob store in a local directory.
pub struct CryptBlobStore {
    root: PathBuf,
    blob_key: BlobKey,
    naming_key: NamingKey,
}

impl std::fmt::Debug for CryptBlobStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CryptBlobStore").field("root", &self.root).finish_non_exhaustive()
    }
}

impl CryptBlobStore {
    /// Creates the store's directory (and its parents) if needed, 0700,
    /// with the keys derived from `master`.
    pub fn create(root: &Path, master: &MasterKey) -> Result<Self> {
        crate::fsmode::create_private_dir(&root.join(TMP_DIR))?;
        Ok(CryptBlobStore { root: root.to_path_buf(), blob_key: master.blob_key(), naming_key: master.naming_key() })
    }

    /// Opens an existing store with the keys derived from `master`.
    pub fn open(root: &Path, master: &MasterKey) -> Result<Self> {
        if !root.is_dir() {
            return Err(StoreError::NotALab { path: root.to_path_buf(), problem: "missing".into() });
        }
        CryptBlobStore::create(root, master)
    }

    /// Removes the temporary files that dead writers left in `.tmp/`.
    pub fn sweep_stale_temps(&self) -> StaleTemps {
        temp::sweep(&self.root.join(TMP_DIR))
    }

    /// The blob's keyed name.
    pub fn name_of(&self, id: &Sha256) -> BlobName {
        vilab_crypt::blob_name(&self.naming_key, &id.0)
    }

    /// Where the blob `id` lives: `root/ab/cd/<64 hex of its keyed name>`.
    pub fn path_of(&self, id: &Sha256) -> PathBuf {
        path_of_name(&self.root, &self.name_of(id))
    }

    /// A new temporary file and an encrypting writer over it.
    fn encrypting_temp(&self) -> Result<(tempfile::NamedTempFile, EncryptWriter<File>)> {
        let tmp = temp::create(&self.root.join(TMP_DIR))?;
        let file = tmp.as_file().try_clone().map_err(StoreError::io("opening", tmp.path()))?;
        let writer = EncryptWriter::new(file, &self.blob_key, Padding::Bucket)
            .map_err(|source| StoreError::Decrypt { path: tmp.path().to_path_buf(), source })?;
        Ok((tmp, writer))
    }

    /// Ends a blob's stream (its digest, then the final chunk bound to the
    /// name) and moves it to its place. Not synced: see [`BlobStore::sync`].
    fn seal_and_commit(
        &self,
        tmp: tempfile::NamedTempFile,
        mut writer: EncryptWriter<File>,
        id: &Sha256,
        path: &Path,
    ) -> Result<()> {
        let name = self.name_of(id);
        writer.write_all(&id.0).map_err(StoreError::io("writing", tmp.path()))?;
        writer
            .finish(name.binding())
            .map_err(|source| StoreError::Decrypt { path: tmp.path().to_path_buf(), source })?;
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

    /// Opens the blob `id` for reading its content (authenticated chunk by
    /// chunk as reads reach them).
    fn open_blob(&self, id: &Sha256) -> Result<(Content, PathBuf)> {
        let path = self.path_of(id);
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(StoreError::BlobMissing { id: *id, path }),
            Err(e) => return Err(StoreError::Io { action: "opening", path, source: e }),
        };
        let content = Content::open(file, &self.blob_key, &self.name_of(id)).map_err(|e| decrypt_error(e, &path))?;
        Ok((content, path))
    }

    /// What a put of a blob named `id` must do: nothing when an intact blob
    /// is there; replace one that does not decrypt or hash to its name;
    /// write one that is absent.
    fn existing(&self, id: &Sha256, path: &Path) -> Result<Option<PutOutcome>> {
        if !path.exists() {
            return Ok(Some(PutOutcome::Written));
        }
        match check_file(path, &self.blob_key, &self.naming_key) {
            Ok(Checked { mismatch: None, stored: Some(stored), .. }) if stored == *id => Ok(None),
            Ok(_) => Ok(Some(PutOutcome::Replaced)),
            Err(e) if is_damage(&e) => Ok(Some(PutOutcome::Replaced)),
            Err(e) => Err(StoreError::Io { action: "verifying", path: path.to_path_buf(), source: e }),
        }
    }
}

/// `root/ab/cd/<hex>` of a keyed name.
fn path_of_name(root: &Path, name: &BlobName) -> PathBuf {
    let hex = name.to_hex();
    root.join(&hex[0..2]).join(&hex[2..4]).join(hex)
}

/// Whether a read error is the file's damage (it does not decrypt) rather
/// than the system's failure.
fn is_damage(e: &io::Error) -> bool {
    StreamError::from_io(e).is_some() || e.kind() == io::ErrorKind::InvalidData
}

/// A [`StreamError`] of opening `path` as a [`StoreError`].
fn decrypt_error(e: StreamError, path: &Path) -> StoreError {
    match e {
        StreamError::Io { source, .. } => StoreError::Io { action: "reading", path: path.to_path_buf(), source },
        other => StoreError::Decrypt { path: path.to_path_buf(), source: other },
    }
}

/// The content of an encrypted blob: the decrypted stream without its
/// digest trailer, with seeks.
struct Content {
    inner: DecryptReader<File>,
    len: u64,
    pos: u64,
}

impl Content {
    fn open(file: File, key: &BlobKey, name: &BlobName) -> std::result::Result<Content, StreamError> {
        let inner = DecryptReader::open(file, key, name.binding())?;
        // A stream without its digest was not written by this store; its
        // final chunk authenticated, so it is a format breach, not damage.
        let len = inner
            .len()
            .checked_sub(DIGEST_TRAILER)
            .ok_or(StreamError::TooShort { len: inner.len(), min: DIGEST_TRAILER })?;
        Ok(Content { inner, len, pos: 0 })
    }

    /// The digest written after the content.
    fn stored_digest(&mut self) -> io::Result<Sha256> {
        let mut digest = [0u8; 32];
        self.inner.seek(SeekFrom::Start(self.len))?;
        self.inner.read_exact(&mut digest)?;
        self.inner.seek(SeekFrom::Start(self.pos))?;
        Ok(Sha256(digest))
    }
}

impl Read for Content {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.len.saturating_sub(self.pos);
        let max = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        if max == 0 {
            return Ok(0);
        }
        let n = self.inner.read(&mut buf[..max])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for Content {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        let target =
            target.ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start of the blob"))?;
        self.inner.seek(SeekFrom::Start(target))?;
        self.pos = target;
        Ok(target)
    }
}

/// What checking one encrypted file found.
struct Checked {
    /// The content's size.
    size: u64,
    /// The digest stored in the stream, once authenticated.
    stored: Option<Sha256>,
    /// `(expected, actual)` when the content does not hash to the stored
    /// digest, or the digest does not give the file's name.
    mismatch: Option<(Sha256, Sha256)>,
}

/// Decrypts the file at `path` (named by a keyed name) whole, hashing its
/// content: every chunk is authenticated, and the content is checked
/// against its stored digest and the digest against the file's name.
fn check_file(path: &Path, key: &BlobKey, naming: &NamingKey) -> io::Result<Checked> {
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let mut name = [0u8; 32];
    hex::decode_to_slice(file_name, &mut name)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not a blob name"))?;
    let name = BlobName(name);
    let mut content = Content::open(File::open(path)?, key, &name).map_err(|e| match e {
        StreamError::Io { source, .. } => source,
        other => io::Error::new(io::ErrorKind::InvalidData, other),
    })?;
    let stored = content.stored_digest()?;
    let mut sink = HashingWriter { inner: None, hasher: sha2::Sha256::new(), size: 0 };
    copy(&mut content, &mut sink)?;
    let actual = Sha256(sink.hasher.finalize().into());
    let mismatch = if actual != stored {
        Some((stored, actual))
    } else if vilab_crypt::blob_name(naming, &stored.0) != name {
        // Authenticated under this name yet holding another digest: written
        // wrongly, never by this store.
        Some((stored, actual))
    } else {
        None
    };
    Ok(Checked { size: sink.size, stored: Some(stored), mismatch })
}

impl BlobStore for CryptBlobStore {
    fn put(&self, content: &Hashed<'_>) -> Result<PutOutcome> {
        let (expected, bytes) = (&content.sha256(), content.bytes());
        let path = self.path_of(expected);
        let Some(outcome) = self.existing(expected, &path)? else {
            return Ok(PutOutcome::AlreadyPresent);
        };
        let (tmp, mut writer) = self.encrypting_temp()?;
        writer.write_all(bytes).map_err(StoreError::io("writing", tmp.path()))?;
        self.seal_and_commit(tmp, writer, expected, &path)?;
        Ok(outcome)
    }

    fn put_stream(
        &self,
        reader: &mut dyn Read,
        verified: &dyn Fn(&Sha256) -> bool,
    ) -> Result<(Sha256, u64, PutOutcome)> {
        let (tmp, mut writer) = self.encrypting_temp()?;
        let (id, size) = {
            let mut sink =
                HashingWriter { inner: Some(&mut writer as &mut dyn Write), hasher: sha2::Sha256::new(), size: 0 };
            copy(reader, &mut sink).map_err(|e| StoreError::Io {
                action: "copying a stream into",
                path: tmp.path().to_path_buf(),
                source: e,
            })?;
            (Sha256(sink.hasher.finalize().into()), sink.size)
        };
        let path = self.path_of(&id);
        // The temporary file is deleted when `tmp` drops.
        if verified(&id) && path.exists() {
            return Ok((id, size, PutOutcome::AlreadyPresent));
        }
        let Some(outcome) = self.existing(&id, &path)? else {
            return Ok((id, size, PutOutcome::AlreadyPresent));
        };
        self.seal_and_commit(tmp, writer, &id, &path)?;
        Ok((id, size, outcome))
    }

    fn sync(&self) -> Result<()> {
        sync_file_system(&self.root)
    }

    fn open_unverified(&self, id: &Sha256) -> Result<Box<dyn BlobReader>> {
        let (content, _) = self.open_blob(id)?;
        Ok(Box::new(content))
    }

    fn get(&self, id: &Sha256) -> Result<Vec<u8>> {
        let (mut content, path) = self.open_blob(id)?;
        super::read_verified(&mut content, id, path, "decrypting")
    }

    fn copy_to(&self, id: &Sha256, out: &mut dyn Write) -> Result<u64> {
        let (mut content, path) = self.open_blob(id)?;
        super::copy_verified(&mut content, id, path, "decrypting", out)
    }

    fn contains(&self, id: &Sha256) -> Result<bool> {
        let path = self.path_of(id);
        match std::fs::metadata(&path) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(StoreError::Io { action: "reading metadata of", path, source: e }),
        }
    }

    fn verify_all(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<VerifyReport> {
        let check = |path: &Path, _name: &Sha256| {
            let checked = check_file(path, &self.blob_key, &self.naming_key)?;
            Ok((checked.size, checked.mismatch))
        };
        super::verify::verify_tree(&self.root, stop, progress, &check)
    }
}
