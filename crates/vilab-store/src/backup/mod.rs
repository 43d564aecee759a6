//! Backups of an encrypted lab (`vilab backup`, `vilab restore`): one
//! archive file holding a consistent snapshot of the database, the signing
//! key and every evidence blob the snapshot refers to, encrypted and
//! authenticated as a whole, written and read as a stream.
//!
//! The archive (`VLABBKUP`, version 1, little-endian):
//!
//! ```text
//! 0   8  magic "VLABBKUP"
//! 8   4  version (1)
//! 12  4  length n of the key slots
//! 16  n  the lab's key slots (its `lab.keys`, VLABKEYS, as on disk)
//! 16+n   a VLABBLOB stream (no padding) under the lab's blob key, its
//!        final chunk bound to "vilab backup v1\n" ‖ SHA-256(bytes 0..16+n)
//! ```
//!
//! The slots are what the lab directory holds in clear anyway (sealed by
//! argon2id keys); the restore unlocks them with the lab's passphrase or
//! recovery key and carries them into the restored lab. The binding of the
//! final chunk covers the plain header, so a changed slot, version or
//! length is found like a changed chunk; the blob key's own per-file salt
//! makes every archive's stream key new, and the binding (48 bytes) can
//! never be a blob's (its 32-byte name) or the signing key's. Inside the
//! stream, records, each a tag byte:
//!
//! ```text
//! 'M' u32 n, n bytes   the manifest (JSON: lab id, schema, time, blob count)
//! 'D' u64 n, n bytes   the database: a SQLCipher copy under the lab's key
//! 'K' u64 n, n bytes   the signing key file (encrypted under the lab's key)
//! 'P' u64 n, n bytes   the lab's own profiles (`profiles.toml.vlab`), if any
//! 'B' 32 bytes SHA-256, then frames (u32 n, n bytes), a frame of 0 ends
//!                      one blob's content (streamed: no length beforehand)
//! 'E' u64 blobs, u64 bytes: the end; nothing may follow
//! ```
//!
//! Every byte is authenticated by the stream (a flipped byte anywhere, a
//! cut, an extension is an error naming the chunk), and a restore checks
//! again what it wrote: the database page by page, every blob decrypted,
//! re-hashed and checked against its name, the audit chain.

mod frames;
mod restore;
mod write;

use std::io::{self, Read, Seek, SeekFrom};

pub use restore::{Archive, Restored, Staging};
pub use write::BackupReport;

/// The archive's magic.
pub const MAGIC: [u8; 8] = *b"VLABBKUP";
/// The archive format's version.
pub const VERSION: u32 = 1;
/// Bytes before the key slots: magic, version, slots' length.
const PREFIX_LEN: usize = 16;
/// The most key-slot bytes an archive may declare (a slot file is a few
/// hundred bytes; this bounds what a hostile file makes us read).
const MAX_SLOTS_LEN: u32 = 64 * 1024;
/// The start of the final chunk's binding.
const BINDING_PREFIX: &[u8; 16] = b"vilab backup v1\n";
/// The manifest's shape.
const MANIFEST_FORMAT: &str = "vilab.backup/1";
/// The most manifest bytes a restore accepts.
const MAX_MANIFEST_LEN: u32 = 1024 * 1024;

const TAG_MANIFEST: u8 = b'M';
const TAG_DATABASE: u8 = b'D';
const TAG_KEY: u8 = b'K';
const TAG_PROFILES: u8 = b'P';
const TAG_BLOB: u8 = b'B';
const TAG_END: u8 = b'E';

/// What the archive's manifest says.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// The backed-up lab's id (the restored lab keeps it: it is that lab).
    pub lab_id: String,
    /// The database's schema version.
    pub schema_version: u32,
    /// When the snapshot was taken, seconds since the Unix epoch (UTC).
    pub written_at: i64,
    /// Blobs in the archive.
    pub blobs: u64,
}

/// Progress of a backup or a restore, reported after each blob.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct BackupProgress {
    /// What is being done: `snapshot`, `blobs` or `verify`.
    pub stage: &'static str,
    /// Blobs done in this stage.
    pub blobs: u64,
    /// Blobs in all.
    pub total: u64,
    /// Content bytes done in this stage.
    pub bytes: u64,
}

/// The binding of an archive's final chunk: its plain header hashed.
fn binding(header: &[u8]) -> Vec<u8> {
    use sha2::Digest as _;
    let mut out = BINDING_PREFIX.to_vec();
    out.extend_from_slice(&sha2::Sha256::digest(header));
    out
}

/// A reader over `inner` from `start` on, seen as a whole file (the
/// stream's reader seeks to its own offsets 0 and end).
struct Section<R> {
    inner: R,
    start: u64,
}

impl<R: Read> Read for Section<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}

impl<R: Seek> Seek for Section<R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let at = match to {
            SeekFrom::Start(n) => self.inner.seek(SeekFrom::Start(self.start + n))?,
            other => self.inner.seek(other)?,
        };
        at.checked_sub(self.start)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the archive's stream"))
    }
}
