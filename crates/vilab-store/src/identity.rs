//! The lab's Ed25519 identity: the key pair that signs what the lab exports
//! (packages, reports), so that a partner can prove their origin.
//!
//! The secret key is the 32-byte seed in `identity/lab.ed25519` (mode 0600,
//! folder 0700 on Unix): raw in a plain lab, in vilab-crypt's VLABBLOB
//! format under the lab's blob key (bound to [`SEALED_BINDING`]) in an
//! encrypted one. The public key is recorded in the database
//! (`lab_meta.public_key`) and checked against the file on open.

use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use vilab_crypt::{BlobKey, DecryptReader, EncryptWriter, Padding};
use zeroize::Zeroizing;

use crate::{Result, StoreError};

/// What the encrypted key file's final chunk is bound to, so that no other
/// encrypted file of the lab (a blob) opens in its place.
pub const SEALED_BINDING: &[u8] = b"vilab identity/lab.ed25519";

/// The lab's signing key.
pub struct LabIdentity {
    key: SigningKey,
}

impl std::fmt::Debug for LabIdentity {
    // Only the public half is ever printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LabIdentity").field("public_key", &self.public_key_hex()).finish()
    }
}

impl LabIdentity {
    /// A new key pair from the operating system's random generator.
    pub(crate) fn generate() -> Result<Self> {
        let bytes = crate::random::random_bytes(32)?;
        let mut seed = [0u8; 32];
        seed.copy_from_slice(&bytes);
        Ok(LabIdentity { key: SigningKey::from_bytes(&seed) })
    }

    /// Writes the secret key to a new file readable by its owner only,
    /// encrypted under `key` when given. Never overwrites: an existing file
    /// is an error.
    pub(crate) fn write_new(&self, path: &Path, key: Option<&BlobKey>) -> Result<()> {
        if let Some(dir) = path.parent() {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder.create(dir).map_err(StoreError::io("creating directory", dir))?;
        }
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let seed = Zeroizing::new(self.key.to_bytes());
        let bytes = match key {
            None => seed.to_vec(),
            Some(key) => {
                let sealed = |e| StoreError::Decrypt { path: path.to_path_buf(), source: e };
                let mut writer = EncryptWriter::new(Vec::new(), key, Padding::None).map_err(sealed)?;
                writer.write_all(seed.as_slice()).map_err(StoreError::io("encrypting", path))?;
                writer.finish(SEALED_BINDING).map_err(sealed)?
            }
        };
        let mut file = options.open(path).map_err(StoreError::io("creating", path))?;
        file.write_all(&bytes).map_err(StoreError::io("writing", path))?;
        file.sync_all().map_err(StoreError::io("syncing", path))
    }

    /// Reads the secret key file, decrypting it under `key` when given.
    pub(crate) fn load(path: &Path, key: Option<&BlobKey>) -> Result<Self> {
        let mut file = fs::File::open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                StoreError::Identity { path: path.to_path_buf(), problem: "missing".into() }
            }
            _ => StoreError::Io { action: "opening", path: path.to_path_buf(), source: e },
        })?;
        let mut bytes = Zeroizing::new(Vec::new());
        match key {
            None => {
                file.read_to_end(&mut bytes).map_err(StoreError::io("reading", path))?;
            }
            Some(key) => {
                let mut reader = DecryptReader::open(file, key, SEALED_BINDING)
                    .map_err(|source| StoreError::Decrypt { path: path.to_path_buf(), source })?;
                reader.read_to_end(&mut bytes).map_err(StoreError::io("decrypting", path))?;
            }
        }
        let seed: [u8; 32] = bytes.as_slice().try_into().map_err(|_| StoreError::Identity {
            path: path.to_path_buf(),
            problem: format!("expected a 32-byte Ed25519 secret key, found {} bytes", bytes.len()),
        })?;
        Ok(LabIdentity { key: SigningKey::from_bytes(&seed) })
    }

    /// The public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// The public key as 64 lowercase hex digits, as recorded in the database.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.public_key())
    }

    /// The signing key itself, for a signer that takes the key type (the
    /// offline gallery bundles of `vilab-gallery`); it stays in memory.
    pub fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// Signs `message` (Ed25519, RFC 8032).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// Whether `signature` is `public_key`'s signature of `message` (strict
    /// verification: rejects malleable and small-order encodings).
    pub fn verify(public_key: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> bool {
        let Ok(key) = VerifyingKey::from_bytes(public_key) else {
            return false;
        };
        let signature = Signature::from_bytes(signature);
        key.verify_strict(message, &signature).is_ok()
    }
}
