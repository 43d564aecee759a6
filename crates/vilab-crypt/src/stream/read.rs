//! The decrypting reader: random access to a blob's plaintext, decrypting
//! (and authenticating) only the chunks a read touches, one chunk cached.

use std::io::{self, Read, Seek, SeekFrom};

use hmac::Mac;
use zeroize::Zeroizing;

use super::cipher::ChunkCipher;
use super::{
    BlobKeys, CHUNK_LEN, Format, HEADER_LEN, MAC_RANGE, Padding, SEALED_CHUNK_LEN, StreamError, TAG_LEN, TRAILER_LEN,
    padded_len, parse_header,
};
use crate::keys::BlobKey;

/// Reads the plaintext of an encrypted blob of either version (the
/// header's version byte chooses the cipher), with seeks. Opening checks
/// the header, the file's length and the final chunk (and with it the
/// binding and, for a padded blob, the data length); each other chunk is
/// authenticated when a read first touches it. A chunk that fails is an
/// error naming its index and offset (a [`StreamError`] inside the
/// `io::Error`, see [`StreamError::from_io`]), and none of its bytes is
/// returned. The first read that reaches the end of the data also
/// authenticates the chunks of padding after it, so a read from the start
/// to the end has checked every byte of the file.
pub struct DecryptReader<R: Read + Seek> {
    inner: R,
    format: Format,
    cipher: ChunkCipher,
    binding: Vec<u8>,
    /// Number of chunks (at least 1).
    chunks: u64,
    /// Plaintext bytes in the stream (data and any padding).
    stream_len: u64,
    /// Data bytes: what reads return.
    data_len: u64,
    /// The read position in the data.
    pos: u64,
    /// Whether the chunks holding only padding (between the data's end and
    /// the final chunk) have been authenticated: done by the first read
    /// that reaches the end.
    tail_checked: bool,
    /// The chunk whose plaintext is in `cache`, if any.
    cached: Option<u64>,
    /// One chunk's plaintext (or, while decrypting, its sealed bytes);
    /// zeroized when dropped.
    cache: Zeroizing<Vec<u8>>,
}

impl<R: Read + Seek> DecryptReader<R> {
    /// Opens the blob that fills `inner` (from offset 0 to its end) under
    /// `key`, bound to `binding` (what [`super::EncryptWriter::finish`] was
    /// given). Reads the header and the final chunk.
    pub fn open(mut inner: R, key: &BlobKey, binding: &[u8]) -> Result<Self, StreamError> {
        let file_len = inner.seek(SeekFrom::End(0)).map_err(|source| StreamError::Io { offset: 0, source })?;
        let min = (HEADER_LEN + TAG_LEN) as u64;
        if file_len < min {
            return Err(StreamError::TooShort { len: file_len, min });
        }
        let mut header = [0u8; HEADER_LEN];
        inner
            .seek(SeekFrom::Start(0))
            .and_then(|_| inner.read_exact(&mut header))
            .map_err(|source| StreamError::Io { offset: 0, source })?;
        let (format, padding, salt) = parse_header(&header)?;
        let keys = BlobKeys::derive(key, &salt, format);
        keys.header_mac(&header).verify_slice(&header[MAC_RANGE]).map_err(|_| StreamError::HeaderAuth)?;

        let body = file_len - HEADER_LEN as u64;
        let sealed = SEALED_CHUNK_LEN as u64;
        let chunks = body.div_ceil(sealed).max(1);
        let last_sealed = body - (chunks - 1) * sealed;
        let min_last = if chunks > 1 { TAG_LEN as u64 + 1 } else { TAG_LEN as u64 };
        if last_sealed < min_last {
            return Err(StreamError::BadLength { len: file_len, last_chunk: last_sealed });
        }
        let stream_len = body - chunks * TAG_LEN as u64;

        let mut reader = DecryptReader {
            inner,
            format,
            cipher: ChunkCipher::new(format, &keys.stream),
            binding: binding.to_vec(),
            chunks,
            stream_len,
            data_len: stream_len,
            pos: 0,
            tail_checked: false,
            cached: None,
            cache: Zeroizing::new(Vec::with_capacity(SEALED_CHUNK_LEN)),
        };
        reader.load(chunks - 1)?;
        if padding == Padding::Bucket {
            reader.data_len = reader.read_trailer()?;
        }
        Ok(reader)
    }

    /// The data's length in bytes (padding excluded).
    pub fn len(&self) -> u64 {
        self.data_len
    }

    /// Whether the blob holds no data.
    pub fn is_empty(&self) -> bool {
        self.data_len == 0
    }

    /// The blob's format version ([`super::VERSION`], or [`super::VERSION_1`]
    /// for a blob written before version 2).
    pub fn version(&self) -> u8 {
        self.format.byte()
    }

    /// The underlying reader.
    pub fn into_inner(self) -> R {
        self.inner
    }

    /// The data length stated by a padded stream's trailer (the last 8
    /// bytes of the final chunk, which is cached), checked against the
    /// stream's length.
    fn read_trailer(&self) -> Result<u64, StreamError> {
        // A padded stream is a non-zero multiple of 4 KiB, so its final
        // chunk holds at least 4,096 bytes; anything else fails below.
        let bad = |data_len: u64, expected: String| StreamError::BadTrailer {
            data_len,
            stream_len: self.stream_len,
            expected,
        };
        if self.cache.len() < TRAILER_LEN {
            return Err(bad(0, "a stream of at least 8 bytes".to_owned()));
        }
        let mut t = [0u8; TRAILER_LEN];
        t.copy_from_slice(&self.cache[self.cache.len() - TRAILER_LEN..]);
        let data_len = u64::from_le_bytes(t);
        match padded_len(data_len) {
            Some(p) if p == self.stream_len => Ok(data_len),
            Some(p) => Err(bad(data_len, p.to_string())),
            None => Err(bad(data_len, "none (too large)".to_owned())),
        }
    }

    /// Authenticates the chunks after the one holding the data's last byte,
    /// up to the final chunk (checked when the blob was opened): in a
    /// padded blob they hold only padding, which no read touches.
    fn check_tail(&mut self) -> Result<(), StreamError> {
        let first = self.data_len.div_ceil(CHUNK_LEN as u64);
        for index in first..self.chunks.saturating_sub(1) {
            self.load(index)?;
        }
        self.tail_checked = true;
        Ok(())
    }

    /// Makes chunk `index` the cached one, reading and authenticating it.
    fn load(&mut self, index: u64) -> Result<(), StreamError> {
        if self.cached == Some(index) {
            return Ok(());
        }
        self.cached = None;
        let last = index + 1 == self.chunks;
        let plain_len = if last { self.stream_len - index * CHUNK_LEN as u64 } else { CHUNK_LEN as u64 } as usize;
        let offset = HEADER_LEN as u64 + index * SEALED_CHUNK_LEN as u64;
        self.cache.clear();
        self.cache.resize(plain_len + TAG_LEN, 0);
        if let Err(source) =
            self.inner.seek(SeekFrom::Start(offset)).and_then(|_| self.inner.read_exact(&mut self.cache))
        {
            self.cache.clear();
            return Err(match source.kind() {
                io::ErrorKind::UnexpectedEof => StreamError::ShortChunk { index, offset },
                _ => StreamError::Io { offset, source },
            });
        }
        let mut tag = [0u8; TAG_LEN];
        tag.copy_from_slice(&self.cache[plain_len..]);
        let aad: &[u8] = if last { &self.binding } else { &[] };
        if !self.cipher.open(index, last, aad, &mut self.cache[..plain_len], tag) {
            let err = if last {
                self.diagnose_last(index, offset, plain_len, tag)
            } else {
                StreamError::ChunkAuth { index, offset }
            };
            self.cache.clear();
            return Err(err);
        }
        self.cache.truncate(plain_len);
        self.cached = Some(index);
        Ok(())
    }

    /// Why the final chunk failed: if it opens as a middle chunk, the blob
    /// was cut at a chunk boundary; otherwise it was altered, extended or
    /// is another blob's. The failed open zeroed the buffer, so the sealed
    /// bytes are read again: a cost on this failure path only, where a copy
    /// kept beforehand would cost every open.
    fn diagnose_last(&mut self, index: u64, offset: u64, plain_len: usize, tag: [u8; TAG_LEN]) -> StreamError {
        let mut scratch = Zeroizing::new(vec![0u8; plain_len]);
        let reread = self.inner.seek(SeekFrom::Start(offset)).and_then(|_| self.inner.read_exact(&mut scratch));
        let cut = reread.is_ok() && self.cipher.open(index, false, &[], &mut scratch, tag);
        if cut { StreamError::Truncated { index, offset } } else { StreamError::FinalChunkAuth { index, offset } }
    }
}

impl<R: Read + Seek> Read for DecryptReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.data_len {
            if !self.tail_checked {
                self.check_tail().map_err(StreamError::into_io)?;
            }
            return Ok(0);
        }
        if buf.is_empty() {
            return Ok(0);
        }
        let index = self.pos / CHUNK_LEN as u64;
        self.load(index).map_err(StreamError::into_io)?;
        let within = (self.pos % CHUNK_LEN as u64) as usize;
        let in_chunk = self.cache.len() - within;
        let n = buf.len().min(in_chunk).min(usize::try_from(self.data_len - self.pos).unwrap_or(usize::MAX));
        buf[..n].copy_from_slice(&self.cache[within..within + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read + Seek> Seek for DecryptReader<R> {
    /// Moves the read position in the data; `End` is relative to the
    /// data's length (padding excluded). Past the end is allowed (reads
    /// return nothing); before the start is an error.
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let (base, delta) = match to {
            SeekFrom::Start(p) => {
                self.pos = p;
                return Ok(p);
            }
            SeekFrom::End(d) => (self.data_len, d),
            SeekFrom::Current(d) => (self.pos, d),
        };
        match base.checked_add_signed(delta) {
            Some(p) => {
                self.pos = p;
                Ok(p)
            }
            None => {
                Err(io::Error::new(io::ErrorKind::InvalidInput, "seek before the start of the blob (or past 2^64)"))
            }
        }
    }
}
