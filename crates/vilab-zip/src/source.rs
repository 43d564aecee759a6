//! The archive's bytes behind one buffer that remembers where it is, so that
//! short forward hops (from one local header to the next, through the
//! central directory) stay inside the buffer instead of costing a seek.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

use crate::error::{ZipError, io_at};

const BUFFER: usize = 64 * 1024;

pub(crate) struct Source<R> {
    inner: BufReader<R>,
    /// Where the next read starts; `None` after a failed read, when only a
    /// full seek is safe.
    pos: Option<u64>,
    len: u64,
}

impl<R: Read + Seek> Source<R> {
    pub(crate) fn new(mut reader: R) -> Result<Self, ZipError> {
        let len = reader.seek(SeekFrom::End(0)).map_err(io_at(0))?;
        Ok(Source { inner: BufReader::with_capacity(BUFFER, reader), pos: Some(len), len })
    }

    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    pub(crate) fn seek_to(&mut self, offset: u64) -> Result<(), ZipError> {
        let relative = self.pos.and_then(|p| i64::try_from(i128::from(offset) - i128::from(p)).ok());
        let done = match relative {
            Some(0) => Ok(()),
            Some(r) => self.inner.seek_relative(r),
            None => self.inner.seek(SeekFrom::Start(offset)).map(drop),
        };
        self.pos = None;
        done.map_err(io_at(offset))?;
        self.pos = Some(offset);
        Ok(())
    }

    /// Fills `buf` from the current position (which must be known: seek first).
    pub(crate) fn read_exact(&mut self, buf: &mut [u8]) -> Result<(), ZipError> {
        let at = self.pos.take().unwrap_or(0);
        self.inner.read_exact(buf).map_err(io_at(at))?;
        self.pos = Some(at + buf.len() as u64);
        Ok(())
    }

    pub(crate) fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), ZipError> {
        self.seek_to(offset)?;
        self.read_exact(buf)
    }

    /// Reads into `buf` (a reusable buffer) exactly `n` bytes.
    pub(crate) fn read_vec(&mut self, n: usize, buf: &mut Vec<u8>) -> Result<(), ZipError> {
        buf.clear();
        buf.resize(n, 0);
        self.read_exact(buf)
    }

    /// The `limit` bytes from `offset` on, for a member reader. The position
    /// stays known as it reads, so that the next member's seek is usually a
    /// hop inside the buffer.
    pub(crate) fn borrow_at(&mut self, offset: u64, limit: u64) -> Result<Limited<'_, R>, ZipError> {
        self.seek_to(offset)?;
        Ok(Limited { inner: &mut self.inner, pos: &mut self.pos, left: limit })
    }

    pub(crate) fn into_inner(self) -> R {
        self.inner.into_inner()
    }
}

/// A member's compressed bytes: at most its compressed size, read through
/// the archive's buffer, keeping the archive's idea of its position right.
pub(crate) struct Limited<'a, R> {
    inner: &'a mut BufReader<R>,
    pos: &'a mut Option<u64>,
    left: u64,
}

impl<R: Read> BufRead for Limited<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.left == 0 {
            return Ok(&[]);
        }
        match self.inner.fill_buf() {
            Ok(b) => Ok(&b[..(b.len() as u64).min(self.left) as usize]),
            Err(e) => {
                *self.pos = None;
                Err(e)
            }
        }
    }

    fn consume(&mut self, n: usize) {
        self.inner.consume(n);
        self.left -= n as u64;
        if let Some(p) = self.pos.as_mut() {
            *p += n as u64;
        }
    }
}

impl<R: Read> Read for Limited<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}
