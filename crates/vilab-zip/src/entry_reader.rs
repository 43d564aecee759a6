//! Streaming a member's bytes: decompression of at most the compressed size,
//! and the checks that the member is exactly as long as declared and has
//! the declared CRC-32. Sizes are only compared, never allocated: buffers
//! are the archive's fixed one and the decompressor's window.

use std::io::{self, Read};

use crate::error::DataError;
use crate::source::Limited;

/// Reads one member's uncompressed bytes ([`ZipArchive::open_entry`](crate::ZipArchive::open_entry)).
///
/// At the end of the data it checks the count against the declared
/// uncompressed size and the CRC-32 against the declared one; a member that
/// yields more than declared fails as soon as it does. These failures, and
/// damaged compressed data, are [`io::Error`]s of kind
/// [`io::ErrorKind::InvalidData`] carrying a [`DataError`]. Errors of the
/// underlying reader pass through unchanged. Dropping the reader early is
/// fine.
pub struct EntryReader<'a, R> {
    decoder: Decoder<'a, R>,
    index: u32,
    expected_size: u64,
    expected_crc: u32,
    hasher: crc32fast::Hasher,
    produced: u64,
    state: State,
}

pub(crate) enum Decoder<'a, R> {
    Stored(Limited<'a, R>),
    Deflate(flate2::bufread::DeflateDecoder<Limited<'a, R>>),
    Deflate64(deflate64::Deflate64Decoder<Limited<'a, R>>),
    /// A compressed member with no bytes at all: some writers store an
    /// empty file so instead of as a two-byte empty stream.
    Empty,
}

enum State {
    Reading,
    Done,
    /// Every later read repeats the error, so that a caller who ignores one
    /// never mistakes the rest for a clean end.
    Failed(DataError),
}

impl<'a, R: Read> EntryReader<'a, R> {
    pub(crate) fn new(decoder: Decoder<'a, R>, index: u32, expected_size: u64, expected_crc: u32) -> Self {
        EntryReader {
            decoder,
            index,
            expected_size,
            expected_crc,
            hasher: crc32fast::Hasher::new(),
            produced: 0,
            state: State::Reading,
        }
    }

    /// How many uncompressed bytes it has yielded so far.
    pub fn produced(&self) -> u64 {
        self.produced
    }

    fn fail(&mut self, e: DataError) -> io::Error {
        self.state = State::Failed(e.clone());
        e.into()
    }

    fn finish(&mut self) -> io::Result<usize> {
        if self.produced != self.expected_size {
            let e = DataError::Shorter { index: self.index, expected: self.expected_size, actual: self.produced };
            return Err(self.fail(e));
        }
        let actual = self.hasher.clone().finalize();
        if actual != self.expected_crc {
            return Err(self.fail(DataError::Crc { index: self.index, expected: self.expected_crc, actual }));
        }
        self.state = State::Done;
        Ok(0)
    }
}

impl<R: Read> Decoder<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoder::Stored(r) => r.read(buf),
            Decoder::Deflate(d) => d.read(buf),
            Decoder::Deflate64(d) => d.read(buf),
            Decoder::Empty => Ok(0),
        }
    }

    /// Whether an error of this kind from this decoder means bad compressed
    /// data (the decompressors say so with these kinds) rather than a
    /// failing reader.
    fn is_data_error(&self, e: &io::Error) -> bool {
        !matches!(self, Decoder::Stored(_))
            && matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
            )
    }
}

impl<R: Read> Read for EntryReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &self.state {
            State::Reading => {}
            State::Done => return Ok(0),
            State::Failed(e) => return Err(e.clone().into()),
        }
        if buf.is_empty() {
            return Ok(0);
        }
        // One byte past the declared size is enough to know it is exceeded.
        let remaining = self.expected_size - self.produced;
        let cap = (buf.len() as u64).min(remaining.saturating_add(1)) as usize;
        let n = match self.decoder.read(&mut buf[..cap]) {
            Ok(n) => n,
            Err(e) if self.decoder.is_data_error(&e) => {
                let produced = self.produced;
                return Err(self.fail(DataError::Damaged { index: self.index, produced, reason: e.to_string() }));
            }
            Err(e) => return Err(e),
        };
        if n == 0 {
            return self.finish();
        }
        if n as u64 > remaining {
            // Hand over what was within the declared size; the next read fails.
            let keep = remaining as usize;
            self.hasher.update(&buf[..keep]);
            self.produced += remaining;
            let e = DataError::Longer {
                index: self.index,
                expected: self.expected_size,
                actual: self.produced + (n - keep) as u64,
            };
            if keep > 0 {
                self.state = State::Failed(e);
                return Ok(keep);
            }
            return Err(self.fail(e));
        }
        self.hasher.update(&buf[..n]);
        self.produced += n as u64;
        Ok(n)
    }
}
