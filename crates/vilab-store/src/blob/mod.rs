//! The evidence store: content-addressed blobs, named by their SHA-256 in
//! a plain lab ([`FsBlobStore`]) or by a keyed hash of it, encrypted, in an
//! encrypted lab ([`CryptBlobStore`]).
//!
//! Every read and write of evidence bytes in vilab goes through
//! [`BlobStore`], so that encryption at rest and object storage can be added
//! behind it later without touching ingest or the viewer. Every read
//! verifies the hash: a damaged file is reported, never served.

mod crypt;
mod fs;
mod temp;
mod verify;

use std::io::{Read, Seek, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use sha2::Digest as _;
use vilab_core::{Hashed, Sha256};

use crate::{Result, StoreError};

pub use crypt::CryptBlobStore;
pub use fs::FsBlobStore;
pub use temp::StaleTemps;

/// What `put` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutOutcome {
    /// The blob was new and is now stored.
    Written,
    /// An intact blob of that id was already stored (its bytes were hashed
    /// again and found to match); nothing was written.
    AlreadyPresent,
    /// A blob of that id was stored but damaged (its bytes no longer hash to
    /// its name, whatever their size) and was replaced by the verified
    /// bytes. Worth a line in the log.
    Replaced,
}

/// Progress of a verify, reported after each blob.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyProgress {
    /// Blobs checked so far.
    pub checked: u64,
    /// Blobs to check in all.
    pub total: u64,
    /// Bytes hashed so far.
    pub bytes: u64,
}

/// A stored blob whose bytes no longer hash to its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorruptBlob {
    /// The file (or object) holding it.
    pub path: PathBuf,
    /// Its name: the hash it should have.
    pub expected: Sha256,
    /// What its bytes hash to now.
    pub actual: Sha256,
}

/// A stored blob (or a folder of them) that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadableBlob {
    /// The file or folder.
    pub path: PathBuf,
    /// The operating system's error.
    pub reason: String,
}

/// Result of re-hashing every stored blob.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// Blobs checked.
    pub checked: u64,
    /// Blobs whose hash matched.
    pub ok: u64,
    /// Bytes hashed.
    pub bytes: u64,
    /// Blobs that no longer match their name, by path.
    pub corrupt: Vec<CorruptBlob>,
    /// Blobs that could not be read, by path.
    pub unreadable: Vec<UnreadableBlob>,
    /// Files in the store that are not blobs (a wrong name or a wrong
    /// folder), by path. Temporary files of writes in progress are skipped.
    pub stray: Vec<PathBuf>,
    /// Whether the verify was stopped before the end.
    pub stopped: bool,
    /// Temporary files of writers that died, removed by this verify.
    pub stale_temps: StaleTemps,
}

impl VerifyReport {
    /// Whether every blob checked was intact and nothing odd was found.
    pub fn is_clean(&self) -> bool {
        self.corrupt.is_empty() && self.unreadable.is_empty() && self.stray.is_empty()
    }
}

/// A blob opened for reading, with seeks (an archive is walked in place).
pub trait BlobReader: Read + Seek + Send {}

impl<T: Read + Seek + Send> BlobReader for T {}

/// Content-addressed storage of evidence bytes.
pub trait BlobStore: Send + Sync {
    /// Stores the bytes under their SHA-256. [`Hashed`] is made only by
    /// hashing the bytes, so the id is not computed again here (ingest
    /// hashes each file once, for its three digests). A blob already stored
    /// under that name is hashed again, and replaced when damaged. The
    /// write is atomic (the blob is complete or absent) and durable after
    /// the next [`BlobStore::sync`].
    fn put(&self, content: &Hashed<'_>) -> Result<PutOutcome>;

    /// Stores what `reader` yields, hashing while copying, for contents too
    /// big to hold in memory; as [`BlobStore::put`] otherwise, but that a
    /// stored blob for which `verified` says yes (the caller put or checked
    /// it moments ago) is not hashed again. Returns the id, the size and
    /// what was done.
    fn put_stream(
        &self,
        reader: &mut dyn Read,
        verified: &dyn Fn(&Sha256) -> bool,
    ) -> Result<(Sha256, u64, PutOutcome)>;

    /// Makes every blob put so far durable. Call it before committing rows
    /// that refer to them: one sync for a batch of writes costs what one
    /// write would.
    fn sync(&self) -> Result<()>;

    /// A reader of a stored blob, not verified: for a caller that has just
    /// put or verified it (an archive walked from the evidence store right
    /// after it was stored). An absent blob gives
    /// [`StoreError::BlobMissing`](crate::StoreError::BlobMissing).
    fn open_unverified(&self, id: &Sha256) -> Result<Box<dyn BlobReader>>;

    /// The bytes of a blob, verified: a mismatch gives
    /// [`StoreError::BlobCorrupt`](crate::StoreError::BlobCorrupt), an absent
    /// blob [`StoreError::BlobMissing`](crate::StoreError::BlobMissing).
    fn get(&self, id: &Sha256) -> Result<Vec<u8>>;

    /// Streams a blob into `out` and verifies it at the end; returns the
    /// size. On a `BlobCorrupt` error `out` has already received the damaged
    /// bytes: the caller must discard them.
    fn copy_to(&self, id: &Sha256, out: &mut dyn Write) -> Result<u64>;

    /// Whether a blob of that id is stored (without verifying it).
    fn contains(&self, id: &Sha256) -> Result<bool>;

    /// Re-hashes every stored blob. Checks `stop` between blobs and returns
    /// early (with `stopped` set) when it is true; calls `progress` after each
    /// blob on the calling thread.
    fn verify_all(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<VerifyReport>;
}

/// A blob's content read whole from `reader` (the file at `path`, read by
/// `action`: "reading", "decrypting") and checked against its name `id`:
/// what every store's `get` does once its blob is open.
pub(crate) fn read_verified(
    reader: &mut dyn Read,
    id: &Sha256,
    path: PathBuf,
    action: &'static str,
) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(StoreError::io(action, &path))?;
    let actual = Sha256::of(&bytes);
    if actual != *id {
        return Err(StoreError::BlobCorrupt { expected: *id, actual, path });
    }
    Ok(bytes)
}

/// A blob's content streamed from `reader` into `out`, hashed on the way
/// and checked against its name `id` at the end (`out` has then received
/// the bytes, damaged or not): what every store's `copy_to` does. Returns
/// the size.
pub(crate) fn copy_verified(
    reader: &mut dyn Read,
    id: &Sha256,
    path: PathBuf,
    action: &'static str,
    out: &mut dyn Write,
) -> Result<u64> {
    let mut sink = fs::HashingWriter { inner: Some(out), hasher: sha2::Sha256::new(), size: 0 };
    fs::copy(reader, &mut sink).map_err(StoreError::io(action, &path))?;
    let actual = Sha256(sink.hasher.finalize().into());
    if actual != *id {
        return Err(StoreError::BlobCorrupt { expected: *id, actual, path });
    }
    Ok(sink.size)
}
