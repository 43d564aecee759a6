//! Encryption at rest for a vilab lab: the master key and its subkeys
//! ([`keys`]), the key-slot file that wraps the master key under a
//! passphrase and a recovery key ([`slots`]), the encrypted, seekable blob
//! format of the evidence store ([`stream`]), keyed blob names
//! ([`naming`]), session slots that keep a logged-in user's lab unlocked
//! ([`session`]) and a throughput measurement ([`bench`](mod@bench)).
//!
//! Pure code over bytes, `Read`, `Write` and `Seek`, but for the one file
//! operation a key-slot change needs (an atomic replace, in [`slots`]).
//! Nothing here is wired into the store yet; see ARCHITECTURE.md.

pub mod bench;
pub mod keys;
pub mod naming;
pub mod session;
pub mod slots;
pub mod stream;

pub use keys::{BlobKey, KeyCheck, MasterKey, NamingKey, Purpose, SubKey};
pub use naming::{BlobName, blob_name};
pub use session::{SessionError, SessionSecret};
pub use slots::{Created, KdfParams, RecoveryKey, RecoveryKeyError, SlotError, SlotFile, SlotKind, tune};
pub use stream::{DecryptReader, EncryptWriter, Padding, StreamError};

pub use secrecy;

#[cfg(any(test, feature = "insecure-testing"))]
pub mod testing;

/// Fills `buf` from the operating system's random source (or, in tests and
/// seed generators only, from [`testing::with_deterministic_randomness`]).
pub(crate) fn random_bytes(buf: &mut [u8]) -> Result<(), RandomError> {
    #[cfg(any(test, feature = "insecure-testing"))]
    if testing::fill(buf) {
        return Ok(());
    }
    getrandom::fill(buf).map_err(RandomError)
}

/// The operating system gave no random bytes (it always should; a key or
/// salt is never made from anything weaker).
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random source failed: {0}")]
pub struct RandomError(pub getrandom::Error);
