//! The encrypting writer: seals the bytes written to it chunk by chunk,
//! holding one chunk in memory, whatever the blob's size.

use std::io::{self, Write};

use hmac::Mac;
use zeroize::Zeroizing;

use super::cipher::ChunkCipher;
use super::{
    BlobKeys, CHUNK_LEN, Format, HEADER_LEN, MAC_RANGE, Padding, StreamError, TRAILER_LEN, new_header, padded_len,
};
use crate::keys::BlobKey;

/// Encrypts what is written to it into the blob format of
/// [`crate::stream`], writing the header at once and each chunk as soon as
/// it is known not to be the last. [`EncryptWriter::finish`] writes the
/// final chunk and must be called: a writer dropped without it leaves a
/// blob without its final chunk, which no reader opens.
pub struct EncryptWriter<W: Write> {
    inner: W,
    cipher: ChunkCipher,
    /// Plaintext of the chunk being filled (at most [`CHUNK_LEN`] bytes,
    /// with room for the tag); zeroized when dropped.
    buf: Zeroizing<Vec<u8>>,
    /// Index of the chunk in `buf`.
    index: u64,
    /// Data bytes written so far (not counting padding).
    data_len: u64,
    padding: Padding,
    /// Bytes of the file written so far, for error offsets.
    offset: u64,
    /// An earlier write failed: the blob is broken and nothing more is
    /// written.
    poisoned: bool,
}

impl<W: Write> EncryptWriter<W> {
    /// Starts a blob in `inner` (writing its header) under `key`, with a
    /// fresh random salt, in the format version written ([`super::VERSION`]).
    pub fn new(inner: W, key: &BlobKey, padding: Padding) -> Result<Self, StreamError> {
        Self::new_in_format(inner, key, padding, Format::V2)
    }

    /// [`EncryptWriter::new`] in another version: only for this crate's
    /// benchmark, which compares reading version 1 with version 2 (no
    /// caller outside the crate can write version 1).
    pub(crate) fn new_in_format(
        mut inner: W,
        key: &BlobKey,
        padding: Padding,
        format: Format,
    ) -> Result<Self, StreamError> {
        let mut salt = [0u8; 32];
        crate::random_bytes(&mut salt)?;
        let keys = BlobKeys::derive(key, &salt, format);
        let mut header = new_header(&salt, padding, format);
        let tag = keys.header_mac(&header).finalize().into_bytes();
        header[MAC_RANGE].copy_from_slice(&tag);
        inner.write_all(&header).map_err(|source| StreamError::Io { offset: 0, source })?;
        let cipher = ChunkCipher::new(format, &keys.stream);
        let mut buf = Zeroizing::new(Vec::new());
        buf.reserve_exact(CHUNK_LEN + super::TAG_LEN);
        Ok(EncryptWriter {
            inner,
            cipher,
            buf,
            index: 0,
            data_len: 0,
            padding,
            offset: HEADER_LEN as u64,
            poisoned: false,
        })
    }

    /// Data bytes written so far.
    pub fn data_len(&self) -> u64 {
        self.data_len
    }

    /// Seals and writes the chunk in `buf`.
    fn seal(&mut self, last: bool, aad: &[u8]) -> Result<(), StreamError> {
        let tag = self.cipher.seal(self.index, last, aad, self.buf.as_mut_slice()).ok_or(StreamError::TooLarge)?;
        self.buf.extend_from_slice(&tag);
        if let Err(source) = self.inner.write_all(&self.buf) {
            self.poisoned = true;
            return Err(StreamError::Io { offset: self.offset, source });
        }
        self.offset += self.buf.len() as u64;
        self.buf.clear();
        self.index = self.index.checked_add(1).ok_or(StreamError::TooLarge)?;
        Ok(())
    }

    /// Adds stream bytes (data or padding), sealing every chunk that fills
    /// once more bytes follow it.
    fn push(&mut self, mut bytes: &[u8]) -> Result<(), StreamError> {
        while !bytes.is_empty() {
            if self.buf.len() == CHUNK_LEN {
                self.seal(false, &[])?;
            }
            let take = (CHUNK_LEN - self.buf.len()).min(bytes.len());
            self.buf.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
        }
        Ok(())
    }

    /// Pads (if asked), seals the final chunk bound to `binding` (for the
    /// evidence store, the blob's name: [`crate::BlobName::binding`]),
    /// flushes and returns the inner writer. The caller makes it durable
    /// (fsync) as it would any file.
    pub fn finish(mut self, binding: &[u8]) -> Result<W, StreamError> {
        if self.poisoned {
            return Err(StreamError::Io {
                offset: self.offset,
                source: io::Error::other("an earlier write to this blob failed"),
            });
        }
        if self.padding == Padding::Bucket {
            let total = padded_len(self.data_len).ok_or(StreamError::TooLarge)?;
            let mut zeros = total - self.data_len - TRAILER_LEN as u64;
            let block = [0u8; 4096];
            while zeros > 0 {
                let n = zeros.min(block.len() as u64) as usize;
                self.push(&block[..n])?;
                zeros -= n as u64;
            }
            let trailer = self.data_len.to_le_bytes();
            self.push(&trailer)?;
        }
        self.seal(true, binding)?;
        let offset = self.offset;
        self.inner.flush().map_err(|source| StreamError::Io { offset, source })?;
        let EncryptWriter { inner, .. } = self;
        Ok(inner)
    }
}

impl<W: Write> Write for EncryptWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.poisoned {
            return Err(io::Error::other("an earlier write to this blob failed"));
        }
        self.push(buf).map_err(StreamError::into_io)?;
        self.data_len += buf.len() as u64;
        Ok(buf.len())
    }

    /// Flushes the inner writer. The chunk being filled stays in memory: a
    /// chunk is written only when full (or by `finish`).
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
