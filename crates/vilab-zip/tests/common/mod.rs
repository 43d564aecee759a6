//! Hostile and hand-made archives, byte by byte: every field the `zip`
//! crate's writer would get right (and so could not test) is set here.
#![allow(dead_code)]

use std::io::{self, Read, Seek, SeekFrom, Write};

use flate2::Compression;
use flate2::write::DeflateEncoder;

/// One member as the builder writes it: its local header and data, and the
/// central record that describes it. Every field can lie.
#[derive(Clone, Debug)]
pub struct Member {
    pub name: Vec<u8>,
    /// The local header's name, when it differs from the central one.
    pub local_name: Option<Vec<u8>>,
    pub method: u16,
    pub flags: u16,
    /// The bytes after the local header, as stored (compressed).
    pub data: Vec<u8>,
    pub crc: u32,
    pub uncompressed_size: u64,
    /// Declared compressed size; `None`: the length of `data`.
    pub compressed_size: Option<u64>,
    pub local_extra: Vec<u8>,
    pub central_extra: Vec<u8>,
    pub external_attr: u32,
    pub dos_time: u16,
    pub dos_date: u16,
}

impl Member {
    pub fn stored(name: &[u8], data: &[u8]) -> Member {
        Member {
            name: name.to_vec(),
            local_name: None,
            method: 0,
            flags: 0,
            data: data.to_vec(),
            crc: crc32fast::hash(data),
            uncompressed_size: data.len() as u64,
            compressed_size: None,
            local_extra: Vec::new(),
            central_extra: Vec::new(),
            external_attr: 0,
            // 2024-05-17 13:45:30
            dos_time: (13 << 11) | (45 << 5) | 15,
            dos_date: ((2024 - 1980) << 9) | (5 << 5) | 17,
        }
    }

    pub fn deflated(name: &[u8], data: &[u8]) -> Member {
        Member { method: 8, data: deflate(data), ..Member::stored(name, data) }
    }

    pub fn declared_csize(&self) -> u64 {
        self.compressed_size.unwrap_or(self.data.len() as u64)
    }
}

pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// An extra field: id, length, data.
pub fn extra_field(id: u16, data: &[u8]) -> Vec<u8> {
    let mut v = id.to_le_bytes().to_vec();
    v.extend_from_slice(&(data.len() as u16).to_le_bytes());
    v.extend_from_slice(data);
    v
}

fn u32_or_saturated(v: u64, zip64: bool) -> u32 {
    if zip64 { 0xFFFF_FFFF } else { u32::try_from(v).expect("needs zip64") }
}

/// Builds an archive: local headers and data as they are added, then the
/// central directory and end record by `finish`.
#[derive(Default)]
pub struct RawZip {
    pub bytes: Vec<u8>,
    central: Vec<u8>,
    records: u64,
}

/// How `finish` writes the end of the archive.
#[derive(Default, Clone)]
pub struct Finish {
    pub comment: Vec<u8>,
    /// The central directory offset the end record gives, instead of the real one.
    pub cd_offset: Option<u64>,
    /// The entry count the end record gives, instead of the real one.
    pub entries: Option<u64>,
    /// Write a ZIP64 end record and locator, with saturated plain fields.
    pub zip64: bool,
    /// Where these bytes will lie in the archive (for a piece of a
    /// [`Sparse`] one): added to the offsets the end records give.
    pub base: u64,
}

impl RawZip {
    pub fn new() -> RawZip {
        RawZip::default()
    }

    pub fn pos(&self) -> u64 {
        self.bytes.len() as u64
    }

    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.bytes.extend_from_slice(bytes);
        self
    }

    /// The local header of `m`, as bytes.
    pub fn local_header(m: &Member) -> Vec<u8> {
        let name = m.local_name.as_ref().unwrap_or(&m.name);
        let mut h = Vec::new();
        h.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        h.extend_from_slice(&20u16.to_le_bytes());
        h.extend_from_slice(&m.flags.to_le_bytes());
        h.extend_from_slice(&m.method.to_le_bytes());
        h.extend_from_slice(&m.dos_time.to_le_bytes());
        h.extend_from_slice(&m.dos_date.to_le_bytes());
        h.extend_from_slice(&m.crc.to_le_bytes());
        h.extend_from_slice(&(m.declared_csize().min(0xFFFF_FFFF) as u32).to_le_bytes());
        h.extend_from_slice(&(m.uncompressed_size.min(0xFFFF_FFFF) as u32).to_le_bytes());
        h.extend_from_slice(&(name.len() as u16).to_le_bytes());
        h.extend_from_slice(&(m.local_extra.len() as u16).to_le_bytes());
        h.extend_from_slice(name);
        h.extend_from_slice(&m.local_extra);
        h
    }

    /// Writes the local header and data; returns the header's offset.
    pub fn local(&mut self, m: &Member) -> u64 {
        let at = self.pos();
        self.bytes.extend(Self::local_header(m));
        self.bytes.extend_from_slice(&m.data);
        at
    }

    /// Adds a central record for `m` with its local header at `offset`.
    /// Values over 32 bits go to a ZIP64 extra field, as do all three when
    /// `force_zip64`.
    pub fn central(&mut self, m: &Member, offset: u64, force_zip64: bool) -> &mut Self {
        let big = |v: u64| force_zip64 || v >= 0xFFFF_FFFF;
        let (u, c, o) = (m.uncompressed_size, m.declared_csize(), offset);
        let mut z64 = Vec::new();
        for v in [u, c, o] {
            if big(v) {
                z64.extend_from_slice(&v.to_le_bytes());
            }
        }
        let mut extra = m.central_extra.clone();
        if !z64.is_empty() {
            extra.extend(extra_field(1, &z64));
        }
        let r = &mut self.central;
        r.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        r.extend_from_slice(&((3u16 << 8) | 63).to_le_bytes());
        r.extend_from_slice(&(if z64.is_empty() { 20u16 } else { 45 }).to_le_bytes());
        r.extend_from_slice(&m.flags.to_le_bytes());
        r.extend_from_slice(&m.method.to_le_bytes());
        r.extend_from_slice(&m.dos_time.to_le_bytes());
        r.extend_from_slice(&m.dos_date.to_le_bytes());
        r.extend_from_slice(&m.crc.to_le_bytes());
        r.extend_from_slice(&u32_or_saturated(c, big(c)).to_le_bytes());
        r.extend_from_slice(&u32_or_saturated(u, big(u)).to_le_bytes());
        r.extend_from_slice(&(m.name.len() as u16).to_le_bytes());
        r.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        r.extend_from_slice(&0u16.to_le_bytes()); // comment
        r.extend_from_slice(&0u16.to_le_bytes()); // disk
        r.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        r.extend_from_slice(&m.external_attr.to_le_bytes());
        r.extend_from_slice(&u32_or_saturated(o, big(o)).to_le_bytes());
        r.extend_from_slice(&m.name);
        r.extend_from_slice(&extra);
        self.records += 1;
        self
    }

    /// Local header, data and central record.
    pub fn add(&mut self, m: &Member) -> u64 {
        let at = self.local(m);
        self.central(m, at, false);
        at
    }

    pub fn finish(self) -> Vec<u8> {
        self.finish_with(&Finish::default())
    }

    pub fn finish_with(mut self, f: &Finish) -> Vec<u8> {
        let cd_offset = self.pos();
        let cd_size = self.central.len() as u64;
        self.bytes.extend_from_slice(&self.central);
        let recorded = f.cd_offset.unwrap_or(f.base + cd_offset);
        let entries = f.entries.unwrap_or(self.records);
        let b = &mut self.bytes;
        if f.zip64 {
            let eocd64_at = f.base + b.len() as u64;
            b.extend_from_slice(&0x0606_4b50u32.to_le_bytes());
            b.extend_from_slice(&44u64.to_le_bytes());
            b.extend_from_slice(&45u16.to_le_bytes());
            b.extend_from_slice(&45u16.to_le_bytes());
            b.extend_from_slice(&0u32.to_le_bytes());
            b.extend_from_slice(&0u32.to_le_bytes());
            b.extend_from_slice(&entries.to_le_bytes());
            b.extend_from_slice(&entries.to_le_bytes());
            b.extend_from_slice(&cd_size.to_le_bytes());
            b.extend_from_slice(&recorded.to_le_bytes());
            b.extend_from_slice(&0x0706_4b50u32.to_le_bytes());
            b.extend_from_slice(&0u32.to_le_bytes());
            b.extend_from_slice(&eocd64_at.to_le_bytes());
            b.extend_from_slice(&1u32.to_le_bytes());
        }
        b.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        b.extend_from_slice(&0u16.to_le_bytes());
        let e16 = if f.zip64 { 0xFFFF } else { entries.min(0xFFFF) as u16 };
        b.extend_from_slice(&e16.to_le_bytes());
        b.extend_from_slice(&e16.to_le_bytes());
        b.extend_from_slice(&u32_or_saturated(cd_size, f.zip64).to_le_bytes());
        b.extend_from_slice(&u32_or_saturated(recorded, f.zip64).to_le_bytes());
        b.extend_from_slice(&(f.comment.len() as u16).to_le_bytes());
        b.extend_from_slice(&f.comment);
        self.bytes
    }
}

/// A `Read + Seek` of any length that holds a few pieces of real bytes and
/// zeros everywhere else: ZIP64 offsets past 4 GiB without 4 GiB of memory.
pub struct Sparse {
    pieces: Vec<(u64, Vec<u8>)>,
    len: u64,
    pos: u64,
}

impl Sparse {
    pub fn new(len: u64) -> Sparse {
        Sparse { pieces: Vec::new(), len, pos: 0 }
    }

    pub fn put(&mut self, at: u64, bytes: Vec<u8>) {
        assert!(at + bytes.len() as u64 <= self.len);
        self.pieces.push((at, bytes));
    }
}

impl Read for Sparse {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = (buf.len() as u64).min(self.len.saturating_sub(self.pos)) as usize;
        let buf = &mut buf[..n];
        buf.fill(0);
        for (at, bytes) in &self.pieces {
            let (start, end) = (*at, at + bytes.len() as u64);
            let lo = start.max(self.pos);
            let hi = end.min(self.pos + n as u64);
            if lo < hi {
                buf[(lo - self.pos) as usize..(hi - self.pos) as usize]
                    .copy_from_slice(&bytes[(lo - start) as usize..(hi - start) as usize]);
            }
        }
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for Sparse {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let p = match to {
            SeekFrom::Start(p) => p as i128,
            SeekFrom::End(d) => self.len as i128 + d as i128,
            SeekFrom::Current(d) => self.pos as i128 + d as i128,
        };
        if p < 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "before start"));
        }
        self.pos = p as u64;
        Ok(self.pos)
    }
}
