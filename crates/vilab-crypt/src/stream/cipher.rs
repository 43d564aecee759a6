//! The chunk cipher of each blob format version, both from ring:
//! AES-256-GCM for version 2 (written and read), ChaCha20-Poly1305 for
//! version 1 (read only, so that labs written before version 2 still open).
//!
//! Version 2 exists for speed: with AES instructions and carry-less
//! multiplication (AES-NI, VAES, VPCLMULQDQ on the lab machines) ring's
//! AES-256-GCM ran at 6.2-8.9 GB/s against 1.5 GB/s for RustCrypto's
//! ChaCha20-Poly1305, which version 1 was written with; ring's
//! ChaCha20-Poly1305 (2.0-2.7 GB/s) reads version 1 faster than that crate
//! did. Both are the IETF constructions (96-bit nonce, 16-byte tag), so a
//! version 1 blob written by RustCrypto opens here unchanged.
//!
//! ring does not zeroize its key schedules when they are dropped (the
//! derived key bytes they come from are, in [`super::BlobKeys`]); a
//! `DecryptReader` or `EncryptWriter` lives as long as one blob's read or
//! write.

use ring::aead::{AES_256_GCM, Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, Tag, UnboundKey};

use super::{Format, TAG_LEN, chunk_nonce};

/// One blob's chunk cipher under its stream key.
pub(crate) struct ChunkCipher {
    key: LessSafeKey,
}

impl ChunkCipher {
    /// The cipher of `format` under the 32-byte stream key `key`.
    pub(crate) fn new(format: Format, key: &[u8; 32]) -> ChunkCipher {
        let algorithm = match format {
            Format::V1 => &CHACHA20_POLY1305,
            Format::V2 => &AES_256_GCM,
        };
        // Both algorithms take a 32-byte key; ring refuses only other
        // lengths.
        let unbound = UnboundKey::new(algorithm, key).expect("a 32-byte key for a 256-bit AEAD");
        ChunkCipher { key: LessSafeKey::new(unbound) }
    }

    /// Encrypts chunk `index` in place; returns its tag, or `None` if the
    /// cipher refuses the length (ring caps one AES-GCM message near
    /// 64 GiB, far past a chunk).
    pub(crate) fn seal(&self, index: u64, last: bool, aad: &[u8], in_out: &mut [u8]) -> Option<[u8; TAG_LEN]> {
        let nonce = Nonce::assume_unique_for_key(chunk_nonce(index, last));
        let tag = self.key.seal_in_place_separate_tag(nonce, Aad::from(aad), in_out).ok()?;
        let mut out = [0u8; TAG_LEN];
        out.copy_from_slice(tag.as_ref());
        Some(out)
    }

    /// Authenticates and decrypts chunk `index` in place; says whether it
    /// authenticated. On failure ring zeroes `in_out` (it decrypts before
    /// it compares tags): a caller that needs the sealed bytes again reads
    /// them again.
    pub(crate) fn open(&self, index: u64, last: bool, aad: &[u8], in_out: &mut [u8], tag: [u8; TAG_LEN]) -> bool {
        let nonce = Nonce::assume_unique_for_key(chunk_nonce(index, last));
        self.key.open_in_place_separate_tag(nonce, Aad::from(aad), Tag::from(tag), in_out, 0..).is_ok()
    }
}
