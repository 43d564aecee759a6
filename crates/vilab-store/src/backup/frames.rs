//! A blob's content inside an archive as frames (`u32` length, bytes; a
//! frame of length 0 ends it), so that a blob is written as it is read
//! and verified, without knowing its length first.

use std::io::{self, Read, Write};

/// The largest frame a reader accepts: the writer's frames are at most
/// one write of the copy loop (256 KiB).
pub(super) const MAX_FRAME: u32 = 1 << 20;

/// Writes each `write` as one frame; [`FrameWriter::end`] writes the end.
pub(super) struct FrameWriter<'a> {
    pub(super) inner: &'a mut dyn Write,
}

impl Write for FrameWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let n = buf.len().min(MAX_FRAME as usize);
        self.inner.write_all(&(n as u32).to_le_bytes())?;
        self.inner.write_all(&buf[..n])?;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl FrameWriter<'_> {
    /// The frame of length 0 that ends the content.
    pub(super) fn end(self) -> io::Result<()> {
        self.inner.write_all(&0u32.to_le_bytes())
    }
}

/// Reads the content of framed bytes up to their end frame.
pub(super) struct FrameReader<'a> {
    pub(super) inner: &'a mut dyn Read,
    /// Bytes left in the current frame.
    pub(super) left: u32,
    /// The end frame was read.
    pub(super) ended: bool,
}

impl<'a> FrameReader<'a> {
    pub(super) fn new(inner: &'a mut dyn Read) -> Self {
        FrameReader { inner, left: 0, ended: false }
    }
}

impl Read for FrameReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ended || buf.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            let mut len = [0u8; 4];
            self.inner.read_exact(&mut len)?;
            let len = u32::from_le_bytes(len);
            if len == 0 {
                self.ended = true;
                return Ok(0);
            }
            if len > MAX_FRAME {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("a blob's frame of {len} bytes (at most {MAX_FRAME})"),
                ));
            }
            self.left = len;
        }
        let max = buf.len().min(self.left as usize);
        let n = self.inner.read(&mut buf[..max])?;
        if n == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the archive ends inside a blob"));
        }
        self.left -= n as u32;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_end_where_the_writer_ended() {
        let data: Vec<u8> = (0..700_000u32).map(|i| (i % 251) as u8).collect();
        let mut framed = Vec::new();
        {
            let mut w = FrameWriter { inner: &mut framed };
            for piece in data.chunks(300_000) {
                w.write_all(piece).unwrap();
            }
            w.end().unwrap();
        }
        framed.extend_from_slice(b"after");
        let mut input = &framed[..];
        let mut back = Vec::new();
        FrameReader::new(&mut input).read_to_end(&mut back).unwrap();
        assert_eq!(back, data);
        assert_eq!(input, b"after", "the reader stops at the end frame");
    }

    #[test]
    fn a_cut_or_oversized_frame_is_an_error() {
        let mut framed = Vec::new();
        framed.extend_from_slice(&10u32.to_le_bytes());
        framed.extend_from_slice(b"short");
        let mut input = &framed[..];
        let err = FrameReader::new(&mut input).read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        let big = (MAX_FRAME + 1).to_le_bytes();
        let mut input = &big[..];
        let err = FrameReader::new(&mut input).read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
