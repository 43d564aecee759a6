//! The encrypted blob format: a fixed header, then the plaintext in
//! 64 KiB chunks, each sealed with an AEAD (AES-256-GCM in version 2,
//! ChaCha20-Poly1305 in version 1) under a key of the blob's own, in the
//! STREAM construction (Hoang, Reyhanitabar, Rogaway,
//! Vizár 2015, as the age format uses it): a chunk's nonce is its index and
//! a flag marking the last chunk, so that a cut, extended, reordered or
//! altered chunk fails to authenticate, and any chunk can be decrypted on
//! its own (seekable reads). Written from the construction and the C2SP age
//! specification's description of its payload; no code was copied.
//!
//! # Layout (all integers little-endian but the nonce counter)
//!
//! Header, [`HEADER_LEN`] = 80 bytes:
//!
//! | offset | length | field |
//! |-------:|-------:|-------|
//! | 0  | 8  | magic `VLABBLOB` |
//! | 8  | 1  | version: 2 (written), or 1 (read only) |
//! | 9  | 1  | log2 of the chunk size, 16 (64 KiB; nothing else is read) |
//! | 10 | 1  | flags: bit 0 = padded (see below); other bits zero |
//! | 11 | 5  | reserved, zero |
//! | 16 | 32 | salt, random per blob |
//! | 48 | 32 | HMAC-SHA-256 of bytes 0..48 under the blob's header key |
//!
//! Keys: `PRK = HKDF-Extract(salt, blob key)`; the blob's stream key is
//! `HKDF-Expand(PRK, "vilab-crypt vN blob stream key", 32)`, its header key
//! `HKDF-Expand(PRK, "vilab-crypt vN blob header key", 32)`, where `N` is
//! the header's version (1 or 2): each version's keys have labels of their
//! own, so that no key is ever used under two algorithms. A fresh salt
//! gives every blob its own key, so nonces (which restart at zero in each
//! blob) never repeat under one key, and a chunk moved from another blob
//! fails to authenticate. The header MAC binds version, chunk size and
//! flags: a changed header byte is reported as such, and a blob whose
//! version byte was changed fails the MAC (the other version's header key
//! differs).
//!
//! Then the chunks: chunk `i` (from 0) is `AEAD(stream key, nonce = 00 00
//! 00 ‖ i as u64 big-endian ‖ last, aad, plaintext_i)`, its
//! 16-byte tag after its ciphertext, where `last` is 1 for the final chunk
//! and 0 otherwise, and `aad` is empty except on the final chunk, where it
//! is the caller's *binding* (for the evidence store: the blob's name, so
//! that a blob's file put under another name does not open). Every chunk
//! holds 65,536 plaintext bytes but the last, which holds 1 to 65,536, or 0
//! when the whole stream is empty (a blob is never without its final
//! chunk).
//!
//! # Versions and ciphers
//!
//! | version | AEAD (96-bit nonce, 16-byte tag) | written | read |
//! |--------:|----------------------------------|---------|------|
//! | 1 | ChaCha20-Poly1305 (RFC 8439) | until version 2 | yes |
//! | 2 | AES-256-GCM | yes | yes |
//!
//! Everything else (header, nonces, lengths, padding) is the same in both,
//! so the sizes on disk are too. The writer always writes [`VERSION`]; the
//! reader chooses the cipher by the header's version byte and refuses any
//! other version with [`StreamError::Header`]. Version 2 exists for speed:
//! the lab machines have AES instructions, with which AES-256-GCM runs
//! several times faster than ChaCha20-Poly1305 (figures in `cipher.rs`);
//! version 1 stays readable for labs written before it. Both ciphers come
//! from ring (see `cipher.rs`).
//!
//! # Lengths
//!
//! The stream's plaintext length follows from the file length `F` alone:
//! with `C = F - 80` and `S = 65,552` (a full chunk with its tag), the
//! number of chunks is `n = max(1, ceil(C / S))`, the last chunk is
//! `C - (n - 1) S` bytes (16 to `S`; 17 to `S` when `n > 1`) and the
//! plaintext is `C - 16 n` bytes. A stream of exactly `k` full chunks ends
//! with a full chunk marked last; the empty stream is one empty chunk
//! (96 bytes in all). Any other `F` is refused. The reader authenticates
//! the last chunk when it opens a blob, so a length that was tampered with
//! (a cut at a chunk boundary, chunks appended) is found before a byte is
//! served.
//!
//! # Padding
//!
//! With [`Padding::Bucket`] the stream is the data, then zero bytes, then
//! the data's length as a u64 (8 bytes), the whole rounded up to
//! [`padded_len`]: a multiple of 4 KiB up to 1 MiB, then Padmé (Nikitin et
//! al. 2019, which leaks O(log log n) bits of the size; here at most about
//! 3% more than the data, since it starts at 1 MiB). The padded flag in the authenticated header says
//! so, and the length is read from the authenticated last chunk, never
//! guessed from the bytes: padding cannot be mistaken for data, nor data
//! for padding. A reader checks that the stream length is exactly the
//! bucket of the stated data length.

mod cipher;
mod read;
mod write;

use std::io;

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::keys::BlobKey;

pub use read::DecryptReader;
pub use write::EncryptWriter;

/// The blob header's magic bytes.
pub const MAGIC: [u8; 8] = *b"VLABBLOB";
/// The format version written (AES-256-GCM chunks); read too.
pub const VERSION: u8 = 2;
/// The first format version (ChaCha20-Poly1305 chunks): read, never
/// written.
pub const VERSION_1: u8 = 1;
/// log2 of [`CHUNK_LEN`].
pub const CHUNK_LOG2: u8 = 16;
/// Plaintext bytes in every chunk but the last.
pub const CHUNK_LEN: usize = 1 << CHUNK_LOG2;
/// The AEAD tag after each chunk's ciphertext.
pub const TAG_LEN: usize = 16;
/// A full chunk on disk.
pub const SEALED_CHUNK_LEN: usize = CHUNK_LEN + TAG_LEN;
/// The header's length.
pub const HEADER_LEN: usize = 80;
/// Header flag: the stream is padded ([`Padding::Bucket`]).
pub const FLAG_PADDED: u8 = 1;
/// Bytes of the length trailer at the end of a padded stream.
pub const TRAILER_LEN: usize = 8;

const SALT_RANGE: std::ops::Range<usize> = 16..48;
const MAC_RANGE: std::ops::Range<usize> = 48..80;
const LABEL_STREAM_V1: &[u8] = b"vilab-crypt v1 blob stream key";
const LABEL_HEADER_V1: &[u8] = b"vilab-crypt v1 blob header key";
// Labels of their own, so that no key is ever used under two algorithms.
const LABEL_STREAM_V2: &[u8] = b"vilab-crypt v2 blob stream key";
const LABEL_HEADER_V2: &[u8] = b"vilab-crypt v2 blob header key";

/// A format version this crate reads: it chooses the chunk cipher and the
/// HKDF labels of the blob's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// Version 1: ChaCha20-Poly1305.
    V1,
    /// Version 2: AES-256-GCM.
    V2,
}

impl Format {
    /// The version byte of the header.
    pub(crate) fn byte(self) -> u8 {
        match self {
            Format::V1 => VERSION_1,
            Format::V2 => VERSION,
        }
    }

    fn labels(self) -> (&'static [u8], &'static [u8]) {
        match self {
            Format::V1 => (LABEL_STREAM_V1, LABEL_HEADER_V1),
            Format::V2 => (LABEL_STREAM_V2, LABEL_HEADER_V2),
        }
    }
}

/// Whether a blob's size is hidden in a bucket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Padding {
    /// The stream is the data, nothing more: the file's size tells the
    /// data's size to the byte.
    None,
    /// The data is padded to [`padded_len`] (see the module's "Padding").
    #[default]
    Bucket,
}

/// Why a blob could not be read. Every variant says where: the chunk's
/// index and its byte offset in the blob's file, or the header field.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// Reading or writing the underlying file failed.
    #[error("I/O error at byte {offset} of the encrypted blob: {source}")]
    Io {
        /// Offset in the blob's file.
        offset: u64,
        /// The operating system's error.
        source: io::Error,
    },
    /// The file is shorter than a header and one empty chunk.
    #[error("the encrypted blob is {len} bytes, shorter than the {min} of an empty one: cut off")]
    TooShort {
        /// The file's length.
        len: u64,
        /// The least a blob can be.
        min: u64,
    },
    /// A header field holds a value this reader does not accept.
    #[error("the encrypted blob's header field {field} (byte {offset}) is {found}, expected {expected}")]
    Header {
        /// The field's name.
        field: &'static str,
        /// Its offset in the header.
        offset: usize,
        /// What was found, as text.
        found: String,
        /// What was expected, as text.
        expected: String,
    },
    /// The header MAC does not match: a header byte was altered, or the
    /// blob is not under this lab's key.
    #[error("the encrypted blob's header (bytes 0..80) failed authentication: altered, or not under this lab's key")]
    HeaderAuth,
    /// The file length is not one an encrypted blob can have.
    #[error(
        "the encrypted blob's length {len} is not a valid one: its last chunk would be {last_chunk} bytes (cut inside a chunk, or bytes appended)"
    )]
    BadLength {
        /// The file's length.
        len: u64,
        /// What the last chunk would be, with its tag.
        last_chunk: u64,
    },
    /// A chunk failed to authenticate.
    #[error(
        "chunk {index} (byte {offset} of the encrypted blob) failed authentication: altered, moved, from another blob, or the blob was extended"
    )]
    ChunkAuth {
        /// The chunk's index, from 0.
        index: u64,
        /// Its offset in the blob's file.
        offset: u64,
    },
    /// The final chunk is one that was not written last: the blob was cut
    /// at a chunk boundary.
    #[error(
        "the encrypted blob ends after chunk {index} (byte {offset}), which is not its final chunk: the blob was cut"
    )]
    Truncated {
        /// The index of the chunk that is now last.
        index: u64,
        /// Its offset in the blob's file.
        offset: u64,
    },
    /// The final chunk failed to authenticate: it was altered, bytes were
    /// appended, or the file is another blob's (the final chunk is bound to
    /// the blob's name: a swapped or renamed file fails here).
    #[error(
        "the final chunk {index} (byte {offset} of the encrypted blob) failed authentication: altered, bytes appended, or the file is another blob's (swapped or renamed)"
    )]
    FinalChunkAuth {
        /// The final chunk's index.
        index: u64,
        /// Its offset.
        offset: u64,
    },
    /// The file was shorter than it was when the blob was opened.
    #[error("chunk {index} (byte {offset}) of the encrypted blob ends early: the file shrank while open")]
    ShortChunk {
        /// The chunk's index.
        index: u64,
        /// Its offset.
        offset: u64,
    },
    /// A padded blob's length trailer does not fit its stream.
    #[error(
        "the padded blob's length trailer says {data_len} data bytes, which does not fit a stream of {stream_len} bytes (expected a stream of {expected})"
    )]
    BadTrailer {
        /// The length the trailer states.
        data_len: u64,
        /// The stream's length.
        stream_len: u64,
        /// The stream length that data length pads to, if any.
        expected: String,
    },
    /// A blob too large for the format (more than 2^64 bytes of stream, or
    /// padding past that).
    #[error("the blob is too large for the encrypted format")]
    TooLarge,
    /// The operating system's random source failed.
    #[error(transparent)]
    Random(#[from] crate::RandomError),
}

impl StreamError {
    /// The stream error inside an `io::Error` returned by
    /// [`DecryptReader`]'s `Read` or `Seek` or [`EncryptWriter`]'s `Write`,
    /// if it is one.
    pub fn from_io(err: &io::Error) -> Option<&StreamError> {
        err.get_ref().and_then(|e| e.downcast_ref::<StreamError>())
    }

    pub(crate) fn into_io(self) -> io::Error {
        match self {
            StreamError::Io { source, .. } => source,
            other => io::Error::new(io::ErrorKind::InvalidData, other),
        }
    }
}

/// The stream length (data, zeros, trailer) a padded blob of `data_len`
/// bytes has: `need = data_len + 8` rounded up to a multiple of 4,096 while
/// `need` is at most 1 MiB, and by Padmé beyond (keep the top
/// `floor(log2(floor(log2 need))) + 1` bits of `need`, round the rest up;
/// always a multiple of 32 KiB there). `None` past `u64`.
pub fn padded_len(data_len: u64) -> Option<u64> {
    let need = data_len.checked_add(TRAILER_LEN as u64)?;
    if need <= 1 << 20 {
        return Some(need.div_ceil(4096) * 4096);
    }
    let e = 63 - u64::from(need.leading_zeros()); // floor(log2 need) >= 20
    let s = 63 - u64::from(e.leading_zeros()) + 1; // floor(log2 e) + 1
    let mask = (1u64 << (e - s)) - 1;
    need.checked_add(mask).map(|v| v & !mask)
}

/// The size of the encrypted file of a blob of `data_len` bytes.
pub fn encrypted_len(data_len: u64, padding: Padding) -> Option<u64> {
    let stream = match padding {
        Padding::None => data_len,
        Padding::Bucket => padded_len(data_len)?,
    };
    let chunks = stream.div_ceil(CHUNK_LEN as u64).max(1);
    stream.checked_add(chunks.checked_mul(TAG_LEN as u64)?)?.checked_add(HEADER_LEN as u64)
}

/// A blob's two keys, derived from the lab's blob key and the blob's salt.
pub(crate) struct BlobKeys {
    pub(crate) stream: Zeroizing<[u8; 32]>,
    pub(crate) header: Zeroizing<[u8; 32]>,
}

impl BlobKeys {
    pub(crate) fn derive(key: &BlobKey, salt: &[u8], format: Format) -> BlobKeys {
        let hk = Hkdf::<Sha256>::new(Some(salt), key.expose());
        let (stream_label, header_label) = format.labels();
        let mut stream = Zeroizing::new([0u8; 32]);
        let mut header = Zeroizing::new([0u8; 32]);
        hk.expand(stream_label, stream.as_mut()).expect("32-byte HKDF output");
        hk.expand(header_label, header.as_mut()).expect("32-byte HKDF output");
        BlobKeys { stream, header }
    }

    /// The MAC of the header's first 48 bytes.
    pub(crate) fn header_mac(&self, header: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            <Hmac<Sha256> as KeyInit>::new_from_slice(self.header.as_ref()).expect("HMAC takes a key of any length");
        mac.update(&header[..MAC_RANGE.start]);
        mac
    }
}

/// The nonce of chunk `index` (the same in both versions).
pub(crate) fn chunk_nonce(index: u64, last: bool) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&index.to_be_bytes());
    n[11] = u8::from(last);
    n
}

/// The header of a new blob in `format` (the writer's is [`VERSION`]).
pub(crate) fn new_header(salt: &[u8; 32], padding: Padding, format: Format) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(&MAGIC);
    h[8] = format.byte();
    h[9] = CHUNK_LOG2;
    h[10] = if padding == Padding::Bucket { FLAG_PADDED } else { 0 };
    h[SALT_RANGE].copy_from_slice(salt);
    h
}

/// Checks a header's fixed fields (not its MAC); returns its version,
/// whether it is padded and its salt.
pub(crate) fn parse_header(h: &[u8; HEADER_LEN]) -> Result<(Format, Padding, [u8; 32]), StreamError> {
    fn bad(field: &'static str, offset: usize, found: String, expected: &str) -> StreamError {
        StreamError::Header { field, offset, found, expected: expected.to_owned() }
    }
    if h[..8] != MAGIC {
        return Err(bad("magic", 0, format!("{:02x?}", &h[..8]), "\"VLABBLOB\""));
    }
    let format = match h[8] {
        VERSION_1 => Format::V1,
        VERSION => Format::V2,
        other => return Err(bad("version", 8, other.to_string(), "1 or 2")),
    };
    if h[9] != CHUNK_LOG2 {
        return Err(bad("chunk size (log2)", 9, h[9].to_string(), "16"));
    }
    if h[10] & !FLAG_PADDED != 0 {
        return Err(bad("flags", 10, format!("{:#04x}", h[10]), "0x00 or 0x01"));
    }
    if let Some(i) = h[11..16].iter().position(|&b| b != 0) {
        return Err(bad("reserved", 11 + i, format!("{:#04x}", h[11 + i]), "0x00"));
    }
    let padding = if h[10] & FLAG_PADDED != 0 { Padding::Bucket } else { Padding::None };
    let mut salt = [0u8; 32];
    salt.copy_from_slice(&h[SALT_RANGE]);
    Ok((format, padding, salt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_4k_then_padme() {
        assert_eq!(padded_len(0), Some(4096));
        assert_eq!(padded_len(4088), Some(4096));
        assert_eq!(padded_len(4089), Some(8192));
        assert_eq!(padded_len((1 << 20) - 8), Some(1 << 20));
        assert_eq!(padded_len((1 << 20) - 7), Some((1 << 20) + (1 << 15)));
        assert_eq!(padded_len(u64::MAX), None);
        assert_eq!(padded_len(u64::MAX - 8), None);
        let mut x: u64 = 1;
        while x < 1 << 50 {
            for d in [x - 1, x, x + 1, x + x / 3] {
                let p = padded_len(d).unwrap();
                assert!(p >= d + 8, "{d}");
                assert_eq!(p % 4096, 0, "{d}");
                // At most 4 KiB over below 1 MiB, about 3% (1/32) above.
                assert!(p - (d + 8) < ((d + 8) / 32).max(4096), "{d} -> {p}");
            }
            x *= 3;
        }
    }

    #[test]
    fn each_version_derives_its_own_keys_under_pinned_labels() {
        // Released labels never change: a blob written under them must
        // open for ever (tests/stream_versions.rs reads committed files).
        assert_eq!(
            Format::V1.labels(),
            (&b"vilab-crypt v1 blob stream key"[..], &b"vilab-crypt v1 blob header key"[..])
        );
        assert_eq!(
            Format::V2.labels(),
            (&b"vilab-crypt v2 blob stream key"[..], &b"vilab-crypt v2 blob header key"[..])
        );
        let key = crate::MasterKey::from_bytes(&[1; 32]).blob_key();
        let v1 = BlobKeys::derive(&key, &[9; 32], Format::V1);
        let v2 = BlobKeys::derive(&key, &[9; 32], Format::V2);
        let all = [*v1.stream, *v1.header, *v2.stream, *v2.header];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b, "one key under two uses");
            }
        }
        assert_eq!((Format::V1.byte(), Format::V2.byte()), (1, 2));
    }

    #[test]
    fn encrypted_lengths() {
        assert_eq!(encrypted_len(0, Padding::None), Some(96));
        assert_eq!(encrypted_len(1, Padding::None), Some(97));
        assert_eq!(encrypted_len(65536, Padding::None), Some(80 + 65552));
        assert_eq!(encrypted_len(65537, Padding::None), Some(80 + 65552 + 17));
        assert_eq!(encrypted_len(0, Padding::Bucket), Some(80 + 4096 + 16));
    }
}
