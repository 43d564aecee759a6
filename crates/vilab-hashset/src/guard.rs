//! A reader for the text formats (lists, CSV) that checks UTF-8 as the bytes
//! pass and never hands over a byte past a limit the caller moves forward
//! line by line (or record by record). A line with no end in sight then
//! costs the limit in memory, not the file's size, and invalid text is
//! reported with its line and byte offset in the file.

use std::io::{self, Read};

/// Why a [`Guard`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// The first byte that is not UTF-8: its 1-based line and its offset
    /// from the start of the file.
    NotUtf8 { line: usize, offset: u64 },
    /// The caller's limit was reached and more was asked for.
    Limit,
}

/// See the module documentation.
pub(crate) struct Guard<R> {
    inner: R,
    /// Bytes handed over so far.
    offset: u64,
    /// 1-based line of the next byte handed over.
    line: usize,
    /// Nothing at or past this offset is handed over.
    limit: u64,
    /// A UTF-8 sequence cut by the end of the last read: its bytes so far,
    /// how many, and where it started (offset and line).
    partial: [u8; 4],
    partial_len: usize,
    partial_at: (u64, usize),
    stop: Option<Stop>,
}

impl<R: Read> Guard<R> {
    /// A guard that hands over nothing until [`Guard::limit_to`] is called.
    pub fn new(inner: R) -> Self {
        Self { inner, offset: 0, line: 1, limit: 0, partial: [0; 4], partial_len: 0, partial_at: (0, 1), stop: None }
    }

    /// Hands over bytes up to (not including) `offset`. The limit never
    /// moves back.
    pub fn limit_to(&mut self, offset: u64) {
        self.limit = self.limit.max(offset);
    }

    /// What stopped the reader, once it returned an error for it.
    pub fn stop(&self) -> Option<Stop> {
        self.stop
    }

    fn stopped(&self) -> io::Error {
        io::Error::other(match self.stop {
            Some(Stop::NotUtf8 { .. }) => "not valid UTF-8",
            _ => "the line is over the limit",
        })
    }

    /// How many bytes of `chunk` (the next bytes of the file) are UTF-8 or
    /// the start of a sequence the next read may complete; on invalid bytes
    /// sets the stop.
    fn check(&mut self, chunk: &[u8]) -> usize {
        let mut start = 0;
        if self.partial_len > 0 {
            let mut seq = self.partial;
            let need = sequence_len(seq[0]).saturating_sub(self.partial_len);
            let take = need.min(chunk.len());
            seq[self.partial_len..self.partial_len + take].copy_from_slice(&chunk[..take]);
            match std::str::from_utf8(&seq[..self.partial_len + take]) {
                Ok(_) => self.partial_len = 0,
                Err(e) if e.error_len().is_none() => {
                    self.partial = seq;
                    self.partial_len += take;
                    return chunk.len();
                }
                Err(_) => {
                    let (offset, line) = self.partial_at;
                    self.stop = Some(Stop::NotUtf8 { line, offset });
                    return 0;
                }
            }
            start = take;
        }
        let Err(e) = std::str::from_utf8(&chunk[start..]) else { return chunk.len() };
        let bad = start + e.valid_up_to();
        let at = (self.offset + bad as u64, self.line + newlines(&chunk[..bad]));
        if e.error_len().is_none() {
            let rest = &chunk[bad..];
            self.partial[..rest.len()].copy_from_slice(rest);
            self.partial_len = rest.len();
            self.partial_at = at;
            chunk.len()
        } else {
            self.stop = Some(Stop::NotUtf8 { line: at.1, offset: at.0 });
            bad
        }
    }
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.is_some() {
            return Err(self.stopped());
        }
        let room = self.limit.saturating_sub(self.offset);
        if room == 0 && !buf.is_empty() {
            self.stop = Some(Stop::Limit);
            return Err(self.stopped());
        }
        let want = usize::try_from(room).unwrap_or(usize::MAX).min(buf.len());
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            if self.partial_len > 0 {
                let (offset, line) = self.partial_at;
                self.stop = Some(Stop::NotUtf8 { line, offset });
                return Err(self.stopped());
            }
            return Ok(0);
        }
        let good = self.check(&buf[..n]);
        if good == 0 {
            return Err(self.stopped());
        }
        self.offset += good as u64;
        self.line += newlines(&buf[..good]);
        Ok(good)
    }
}

fn newlines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// Length of the UTF-8 sequence a lead byte starts (only called for leads
/// that `from_utf8` found incomplete, which are valid leads).
fn sequence_len(lead: u8) -> usize {
    match lead {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes `step` at a time, so sequences fall across reads.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn read_all(bytes: &[u8], step: usize) -> (Vec<u8>, Option<Stop>) {
        let mut guard = Guard::new(Trickle { bytes, step });
        guard.limit_to(u64::MAX);
        let mut out = Vec::new();
        let result = guard.read_to_end(&mut out);
        assert_eq!(result.is_err(), guard.stop().is_some());
        (out, guard.stop())
    }

    #[test]
    fn valid_text_passes_whole_however_it_is_cut() {
        let text = "ok\nថ្ងៃ ไทย €\nTiếng Việt 😀\n".as_bytes();
        for step in 1..=7 {
            assert_eq!(read_all(text, step), (text.to_vec(), None), "step {step}");
        }
    }

    #[test]
    fn the_first_invalid_byte_is_found_with_its_line_and_offset_however_reads_fall() {
        let cases: [(&[u8], usize, u64); 5] = [
            (b"ab\ncd\xe9f\n", 2, 5),
            (b"\xff", 1, 0),
            (b"a\n\xe2\x82", 2, 2),    // cut at the end of the file
            (b"a\n\n\xe2\x82a", 3, 3), // a sequence broken by a plain byte
            (b"\xe2\x82\xac\n\xe2\x82\xac\n\xf0\x9f\x98\x80\n\xf0\x9f\x98\n", 4, 13),
        ];
        for (bytes, line, offset) in cases {
            for step in 1..=5 {
                let (out, stop) = read_all(bytes, step);
                assert_eq!(stop, Some(Stop::NotUtf8 { line, offset }), "{bytes:?} step {step}");
                assert!(out.len() as u64 <= offset + 3, "at most a cut sequence's start is handed over");
                assert!(out.starts_with(&bytes[..offset as usize]), "{bytes:?} step {step}");
            }
        }
    }

    #[test]
    fn the_guard_agrees_with_from_utf8_on_mixed_text_cut_anywhere() {
        let pieces: [&[u8]; 10] = [
            b"a",
            b"\n",
            "é".as_bytes(),
            "ไ".as_bytes(),
            "😀".as_bytes(),
            b"\xe9",
            b"\xff",
            b"\xe2\x82",
            b"\xf0\x9f",
            b"\xc0\xaf",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = (next() % 12) as usize;
            // Mostly valid pieces (the first five), so that a bad one falls anywhere, often late.
            let bytes: Vec<u8> = (0..len)
                .flat_map(|_| pieces[if next() % 4 == 0 { next() % 10 } else { next() % 5 } as usize])
                .copied()
                .collect();
            let step = 1 + (next() % 6) as usize;
            let (out, stop) = read_all(&bytes, step);
            match std::str::from_utf8(&bytes) {
                Ok(_) => assert_eq!((out.as_slice(), stop), (bytes.as_slice(), None), "{bytes:?} step {step}"),
                Err(e) => {
                    let offset = e.valid_up_to();
                    let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                    assert_eq!(stop, Some(Stop::NotUtf8 { line, offset: offset as u64 }), "{bytes:?} step {step}");
                    assert!(out.starts_with(&bytes[..offset]) && out.len() <= offset + 3, "{bytes:?} step {step}");
                }
            }
        }
    }

    #[test]
    fn nothing_past_the_limit_is_read_from_the_source() {
        let bytes = vec![b'a'; 1000];
        let mut guard = Guard::new(bytes.as_slice());
        guard.limit_to(100);
        let mut out = Vec::new();
        assert!(guard.read_to_end(&mut out).is_err());
        assert_eq!((out.len(), guard.stop()), (100, Some(Stop::Limit)));
        let mut guard = Guard::new(&bytes[..100]);
        guard.limit_to(101);
        let mut out = Vec::new();
        assert_eq!(guard.read_to_end(&mut out).unwrap(), 100, "the end of the source within the limit is no stop");
    }
}
