//! Blob names that reveal nothing: HMAC-SHA-256 of a blob's plaintext
//! SHA-256 under the lab's naming key, so that who holds the store's files
//! but not the key cannot tell whether a known file (a hash on a list) is
//! among them, while the lab itself still finds a blob by its content.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::keys::NamingKey;

/// A blob's name in an encrypted store: 32 bytes, shown as 64 lowercase
/// hex digits. Also the binding an encrypted blob is written under
/// ([`BlobName::binding`]), so that a blob's file renamed to another name
/// does not open.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobName(pub [u8; 32]);

impl BlobName {
    /// Lowercase hex, the file name.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The bytes to pass as the binding of [`crate::EncryptWriter::finish`]
    /// and [`crate::DecryptReader::open`] for the blob of this name.
    pub fn binding(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for BlobName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlobName({})", self.to_hex())
    }
}

impl fmt::Display for BlobName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// The name of the blob whose plaintext hashes to `sha256`:
/// HMAC-SHA-256(naming key, the 32 digest bytes).
pub fn blob_name(key: &NamingKey, sha256: &[u8; 32]) -> BlobName {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose()).expect("HMAC takes a key of any length");
    mac.update(sha256);
    BlobName(mac.finalize().into_bytes().into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MasterKey;
    use sha2::Digest;

    #[test]
    fn a_name_is_stable_keyed_and_not_the_sha256() {
        let lab = MasterKey::from_bytes(&[1; 32]);
        let other = MasterKey::from_bytes(&[2; 32]);
        let sha: [u8; 32] = Sha256::digest(b"evidence").into();
        let name = blob_name(&lab.naming_key(), &sha);
        assert_ne!(name.0, sha);
        assert_eq!(name, blob_name(&MasterKey::from_bytes(&[1; 32]).naming_key(), &sha));
        assert_ne!(name, blob_name(&other.naming_key(), &sha));
        let sha2: [u8; 32] = Sha256::digest(b"evidencf").into();
        assert_ne!(name, blob_name(&lab.naming_key(), &sha2));
        assert_eq!(name.to_hex().len(), 64);
        assert_eq!(name.to_string(), name.to_hex());
    }

    #[test]
    fn a_name_is_the_hmac_of_the_digest_under_the_naming_subkey() {
        // Known answer computed with Python's hmac module: master key
        // 00 01 .. 1f, naming key from keys.rs's known answers, digest of
        // the empty string.
        let mut b = [0u8; 32];
        for (i, x) in b.iter_mut().enumerate() {
            *x = i as u8;
        }
        let sha: [u8; 32] = Sha256::digest(b"").into();
        let name = blob_name(&MasterKey::from_bytes(&b).naming_key(), &sha);
        assert_eq!(name.to_hex(), KAT_EMPTY);
    }

    const KAT_EMPTY: &str = "8aea66fad9c41ce61fe09dfb261808769cf3d0440ee59a3cce4eca5bda4c716e";
}
