//! The lab's master key and the subkeys derived from it: HKDF-SHA-256 of
//! the master key with one fixed label per use, so that a key given to one
//! part (SQLCipher, the blob cipher, the blob names) says nothing about the
//! others or about the master key.

use std::fmt;

use hkdf::Hkdf;
use secrecy::{ExposeSecret, SecretBox};
use sha2::Sha256;

use crate::RandomError;

/// Length in bytes of the master key and of every subkey.
pub const KEY_LEN: usize = 32;

/// What a subkey is for. Each purpose has one fixed HKDF label
/// ([`Purpose::label`]); a label, once released, never changes and is never
/// given to another purpose (a test pins them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// The database's key (SQLCipher's raw key), next step.
    Database,
    /// The key from which each blob's own key is derived ([`crate::stream`]).
    BlobEncryption,
    /// The HMAC key naming blobs ([`crate::naming`]).
    BlobNaming,
    /// Reserved for the audit log (its signing or sealing key), later.
    Audit,
    /// The public key-check value stored in the slot file, which tells
    /// whether a key is this lab's master key. Not secret: HKDF outputs under
    /// other labels stay independent of it.
    KeyCheck,
}

impl Purpose {
    /// Every purpose, in label order.
    pub const ALL: [Purpose; 5] =
        [Purpose::Database, Purpose::BlobEncryption, Purpose::BlobNaming, Purpose::Audit, Purpose::KeyCheck];

    /// The HKDF `info` of this purpose (no salt: the master key is uniformly
    /// random, RFC 5869 section 3.1).
    pub const fn label(self) -> &'static str {
        match self {
            Purpose::Database => "vilab-crypt v1 database key",
            Purpose::BlobEncryption => "vilab-crypt v1 blob encryption key",
            Purpose::BlobNaming => "vilab-crypt v1 blob naming key",
            Purpose::Audit => "vilab-crypt v1 audit key",
            Purpose::KeyCheck => "vilab-crypt v1 key check",
        }
    }
}

/// A lab's 256-bit master key. Held in a [`SecretBox`] (zeroized when
/// dropped); its `Debug` shows no byte of it; it never reaches the disk
/// except wrapped in a key slot.
pub struct MasterKey(SecretBox<[u8; KEY_LEN]>);

impl MasterKey {
    /// A new random master key.
    pub fn generate() -> Result<MasterKey, RandomError> {
        let mut result = Ok(());
        let key = SecretBox::init_with_mut(|k: &mut [u8; KEY_LEN]| {
            result = crate::random_bytes(k);
        });
        result.map(|()| MasterKey(key))
    }

    /// A master key from its bytes, for tests, fuzzing and tools that
    /// already hold one. The caller zeroizes its own copy.
    pub fn from_bytes(bytes: &[u8; KEY_LEN]) -> MasterKey {
        MasterKey(SecretBox::init_with_mut(|k: &mut [u8; KEY_LEN]| k.copy_from_slice(bytes)))
    }

    /// The bytes, for wrapping in a slot.
    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        self.0.expose_secret()
    }

    /// The subkey for `purpose`: HKDF-SHA-256(salt: none, IKM: the master
    /// key, info: [`Purpose::label`]), 32 bytes.
    pub fn subkey(&self, purpose: Purpose) -> SubKey {
        let hk = Hkdf::<Sha256>::new(None, self.expose());
        let key = SecretBox::init_with_mut(|k: &mut [u8; KEY_LEN]| {
            hk.expand(purpose.label().as_bytes(), k).expect("32 bytes is a valid HKDF-SHA-256 output length");
        });
        SubKey { purpose, key }
    }

    /// The key blobs are encrypted under.
    pub fn blob_key(&self) -> BlobKey {
        BlobKey(self.subkey(Purpose::BlobEncryption))
    }

    /// The key blobs are named under.
    pub fn naming_key(&self) -> NamingKey {
        NamingKey(self.subkey(Purpose::BlobNaming))
    }

    /// The public check value of this key (see [`Purpose::KeyCheck`]).
    pub fn key_check(&self) -> KeyCheck {
        KeyCheck(*self.subkey(Purpose::KeyCheck).expose_secret())
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(<secret>)")
    }
}

/// A key derived from the master key for one [`Purpose`]; zeroized when
/// dropped; `Debug` shows only its purpose.
pub struct SubKey {
    purpose: Purpose,
    key: SecretBox<[u8; KEY_LEN]>,
}

impl SubKey {
    /// What the key is for.
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// The key's bytes, to hand to what uses it (SQLCipher's raw key). Do
    /// not keep copies.
    pub fn expose_secret(&self) -> &[u8; KEY_LEN] {
        self.key.expose_secret()
    }
}

impl fmt::Debug for SubKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SubKey({:?}, <secret>)", self.purpose)
    }
}

/// The [`Purpose::BlobEncryption`] subkey; only [`crate::stream`] takes it.
#[derive(Debug)]
pub struct BlobKey(SubKey);

impl BlobKey {
    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        self.0.expose_secret()
    }
}

/// The [`Purpose::BlobNaming`] subkey; only [`crate::naming`] takes it.
#[derive(Debug)]
pub struct NamingKey(SubKey);

impl NamingKey {
    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        self.0.expose_secret()
    }
}

/// The public key-check value of a master key (HKDF under
/// [`Purpose::KeyCheck`]): stored in the slot file so that an unwrapped or
/// offered key can be recognised as the lab's.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCheck(pub [u8; KEY_LEN]);

impl fmt::Debug for KeyCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyCheck({})", hex::encode(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> MasterKey {
        let mut b = [0u8; KEY_LEN];
        for (i, x) in b.iter_mut().enumerate() {
            *x = i as u8;
        }
        MasterKey::from_bytes(&b)
    }

    #[test]
    fn subkeys_match_known_answers() {
        // Computed independently (Python's hmac module, RFC 5869 by hand)
        // for the master key 00 01 02 .. 1f: pins both the labels and the
        // HKDF construction.
        let expected = [
            (Purpose::Database, KAT_DATABASE),
            (Purpose::BlobEncryption, KAT_BLOB),
            (Purpose::BlobNaming, KAT_NAMING),
            (Purpose::Audit, KAT_AUDIT),
            (Purpose::KeyCheck, KAT_CHECK),
        ];
        let k = key();
        for (purpose, hexed) in expected {
            assert_eq!(hex::encode(k.subkey(purpose).expose_secret()), hexed, "{purpose:?}");
        }
    }

    const KAT_DATABASE: &str = "a0759190cec9e03a22bb9b09b94c057ad4c57be5a44348a8dc68c06d77aec2b2";
    const KAT_BLOB: &str = "59e1a5c647c61cd30a4a51cf4b6256fbee0ab22eb71f50d5fffb89970ea023bc";
    const KAT_NAMING: &str = "9fb4cb74d8f8567c271446559463c6c421ca40c21ba1a349ddc88555e0206315";
    const KAT_AUDIT: &str = "5aeea53ffd984073504e382dc6eb973f14a6d672c27d4d09cb667aad983046ce";
    const KAT_CHECK: &str = "1017192f9644720b2f86af647d1bb55e14355989842b477e0409eaf009c4b3aa";

    #[test]
    fn subkeys_are_distinct_from_each_other_and_the_master_key() {
        let k = key();
        let mut seen = vec![*k.expose()];
        for p in Purpose::ALL {
            let s = *k.subkey(p).expose_secret();
            assert!(!seen.contains(&s), "{p:?} repeats a key");
            seen.push(s);
        }
        let labels: std::collections::HashSet<_> = Purpose::ALL.iter().map(|p| p.label()).collect();
        assert_eq!(labels.len(), Purpose::ALL.len());
    }

    #[test]
    fn subkeys_depend_on_the_master_key_and_are_stable() {
        let a = key();
        let b = MasterKey::from_bytes(&[0xAB; KEY_LEN]);
        for p in Purpose::ALL {
            assert_eq!(a.subkey(p).expose_secret(), key().subkey(p).expose_secret());
            assert_ne!(a.subkey(p).expose_secret(), b.subkey(p).expose_secret());
        }
        let g1 = MasterKey::generate().unwrap();
        let g2 = MasterKey::generate().unwrap();
        assert_ne!(g1.expose(), g2.expose());
    }

    #[test]
    fn debug_shows_no_key_bytes() {
        let k = MasterKey::from_bytes(&[0x5A; KEY_LEN]);
        assert_eq!(format!("{k:?}"), "MasterKey(<secret>)");
        assert_eq!(format!("{:?}", k.blob_key()), "BlobKey(SubKey(BlobEncryption, <secret>))");
        assert_eq!(format!("{:?}", k.naming_key()), "NamingKey(SubKey(BlobNaming, <secret>))");
        assert_eq!(format!("{:?}", k.subkey(Purpose::Database)), "SubKey(Database, <secret>)");
    }
}
