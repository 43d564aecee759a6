//! The blob format end to end: round trips at the sizes that matter,
//! random seeks, and every kind of damage (a flipped byte anywhere, cuts,
//! appends, swapped or spliced chunks, swapped blobs) found and named.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};

use proptest::prelude::*;
use vilab_crypt::stream::{CHUNK_LEN, HEADER_LEN, SEALED_CHUNK_LEN, TAG_LEN, encrypted_len, padded_len};
use vilab_crypt::{DecryptReader, EncryptWriter, MasterKey, Padding, StreamError};

fn lab() -> MasterKey {
    MasterKey::from_bytes(&[7; 32])
}

fn data(len: usize, seed: u8) -> Vec<u8> {
    // Not all zeros, not periodic at the chunk size.
    (0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_be_bytes()[0] ^ seed).collect()
}

fn seal(plain: &[u8], padding: Padding, binding: &[u8]) -> Vec<u8> {
    seal_in_writes(plain, padding, binding, &[plain.len().max(1)])
}

/// Encrypts `plain`, written in pieces of the sizes in `writes` (cycled).
fn seal_in_writes(plain: &[u8], padding: Padding, binding: &[u8], writes: &[usize]) -> Vec<u8> {
    let key = lab().blob_key();
    let mut w = EncryptWriter::new(Vec::new(), &key, padding).unwrap();
    let mut rest = plain;
    let mut i = 0;
    while !rest.is_empty() {
        let n = writes[i % writes.len()].clamp(1, rest.len());
        w.write_all(&rest[..n]).unwrap();
        rest = &rest[n..];
        i += 1;
    }
    assert_eq!(w.data_len(), plain.len() as u64);
    w.finish(binding).unwrap()
}

fn open(file: &[u8], binding: &[u8]) -> Result<DecryptReader<Cursor<Vec<u8>>>, StreamError> {
    DecryptReader::open(Cursor::new(file.to_vec()), &lab().blob_key(), binding)
}

/// Opens and reads all; the error if any, as a StreamError.
fn read_all(file: &[u8], binding: &[u8]) -> Result<Vec<u8>, StreamError> {
    let mut r = open(file, binding)?;
    let mut out = Vec::new();
    match r.read_to_end(&mut out) {
        Ok(_) => Ok(out),
        Err(e) => {
            let inner = StreamError::from_io(&e).unwrap_or_else(|| panic!("not a stream error: {e}"));
            Err(match inner {
                StreamError::ChunkAuth { index, offset } => StreamError::ChunkAuth { index: *index, offset: *offset },
                other => panic!("unexpected read error {other}"),
            })
        }
    }
}

const SIZES: &[usize] = &[0, 1, 15, 16, 17, 4087, 4088, 4089, 65535, 65536, 65537, 131071, 131072, 131073, 200_000];

#[test]
fn round_trips_at_chunk_and_bucket_edges() {
    for &len in SIZES.iter().chain(&[3 * 1024 * 1024 + 5, 1 << 20, (1 << 20) - 8, (1 << 20) - 7]) {
        let plain = data(len, 1);
        for padding in [Padding::None, Padding::Bucket] {
            let file = seal(&plain, padding, b"name");
            assert_eq!(file.len() as u64, encrypted_len(len as u64, padding).unwrap(), "{len} {padding:?}");
            let r = open(&file, b"name").unwrap();
            assert_eq!(r.len(), len as u64);
            assert_eq!(r.is_empty(), len == 0);
            assert_eq!(read_all(&file, b"name").unwrap(), plain, "{len} {padding:?}");
        }
    }
}

#[test]
fn an_exact_multiple_of_the_chunk_ends_with_a_full_final_chunk() {
    let file = seal(&data(2 * CHUNK_LEN, 0), Padding::None, b"");
    assert_eq!(file.len(), HEADER_LEN + 2 * SEALED_CHUNK_LEN);
    let empty = seal(&[], Padding::None, b"");
    assert_eq!(empty.len(), HEADER_LEN + TAG_LEN);
}

#[test]
fn padding_hides_the_size_within_a_bucket() {
    let a = seal(&data(100, 1), Padding::Bucket, b"");
    let b = seal(&data(4000, 2), Padding::Bucket, b"");
    assert_eq!(a.len(), b.len());
    let c = seal(&data(2_000_000, 3), Padding::Bucket, b"");
    let d = seal(&data(2_010_000, 4), Padding::Bucket, b"");
    assert_eq!(c.len(), d.len());
    assert_eq!(padded_len(2_000_000), padded_len(2_010_000));
    // Padding is not data: the reader gives back exactly what was written,
    // even when the data itself ends in zeros and what looks like a length.
    let mut tricky = vec![0u8; 3000];
    tricky.extend_from_slice(&100u64.to_le_bytes());
    let f = seal(&tricky, Padding::Bucket, b"");
    assert_eq!(read_all(&f, b"").unwrap(), tricky);
}

#[test]
fn two_encryptions_of_one_content_differ() {
    let plain = data(1000, 9);
    let a = seal(&plain, Padding::None, b"");
    let b = seal(&plain, Padding::None, b"");
    assert_ne!(a, b);
    assert_ne!(a[HEADER_LEN..], b[HEADER_LEN..]);
    // No plaintext byte run shows through.
    assert!(!a.windows(16).any(|w| w == &plain[..16]));
}

#[test]
fn seeks_from_start_current_and_end() {
    let plain = data(3 * CHUNK_LEN + 123, 5);
    for padding in [Padding::None, Padding::Bucket] {
        let file = seal(&plain, padding, b"");
        let mut r = open(&file, b"").unwrap();
        let mut buf = [0u8; 300];
        assert_eq!(r.seek(SeekFrom::End(-200)).unwrap(), plain.len() as u64 - 200);
        r.read_exact(&mut buf[..200]).unwrap(); // across a chunk boundary
        assert_eq!(&buf[..200], &plain[plain.len() - 200..]);
        assert_eq!(r.read(&mut buf).unwrap(), 0, "end of data, not of padding");
        r.seek(SeekFrom::Start(CHUNK_LEN as u64 - 10)).unwrap();
        r.read_exact(&mut buf).unwrap(); // across a chunk boundary
        assert_eq!(&buf[..], &plain[CHUNK_LEN - 10..CHUNK_LEN + 290]);
        assert_eq!(r.seek(SeekFrom::Current(-300)).unwrap(), CHUNK_LEN as u64 - 10);
        assert!(r.seek(SeekFrom::Current(-(CHUNK_LEN as i64))).is_err());
        assert_eq!(r.seek(SeekFrom::End(10)).unwrap(), plain.len() as u64 + 10);
        assert_eq!(r.read(&mut buf).unwrap(), 0);
        assert_eq!(r.stream_position().unwrap(), plain.len() as u64 + 10);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_sizes_writes_and_seeks_read_back(
        len in prop_oneof![0usize..200, 65_400usize..65_700, 0usize..400_000],
        writes in proptest::collection::vec(1usize..100_000, 1..6),
        seeks in proptest::collection::vec((0u64..420_000, 0usize..150_000), 1..12),
        padded in any::<bool>(),
        seed in any::<u8>(),
    ) {
        let plain = data(len, seed);
        let padding = if padded { Padding::Bucket } else { Padding::None };
        let file = seal_in_writes(&plain, padding, b"b", &writes);
        prop_assert_eq!(file.len() as u64, encrypted_len(len as u64, padding).unwrap());
        let mut r = open(&file, b"b").unwrap();
        prop_assert_eq!(r.len(), len as u64);
        for (pos, want) in seeks {
            r.seek(SeekFrom::Start(pos)).unwrap();
            let mut got = Vec::new();
            (&mut r).take(want as u64).read_to_end(&mut got).unwrap();
            let start = (pos as usize).min(len);
            let end = (start + want).min(len);
            prop_assert_eq!(&got[..], &plain[start..end]);
        }
    }
}

/// A three-chunk blob and its chunk offsets.
fn three_chunks(padding: Padding) -> (Vec<u8>, Vec<u8>) {
    let plain = data(2 * CHUNK_LEN + 5000, 3);
    (seal(&plain, padding, b"name-a"), plain)
}

fn chunk_offset(i: usize) -> usize {
    HEADER_LEN + i * SEALED_CHUNK_LEN
}

#[test]
fn every_header_byte_is_authenticated() {
    let (file, _) = three_chunks(Padding::None);
    for at in 0..HEADER_LEN {
        for bit in [0x01u8, 0x80] {
            let mut f = file.clone();
            f[at] ^= bit;
            let err = open(&f, b"name-a").err().unwrap_or_else(|| panic!("header byte {at} flipped and opened"));
            assert!(matches!(err, StreamError::Header { .. } | StreamError::HeaderAuth), "byte {at}: {err}");
        }
    }
    // A version this reader does not know is named as such.
    let mut v = file.clone();
    v[8] = 3;
    match open(&v, b"name-a").err().unwrap() {
        StreamError::Header { field, offset, found, expected } => {
            assert_eq!((field, offset, found.as_str(), expected.as_str()), ("version", 8, "3", "1 or 2"));
        }
        e => panic!("{e}"),
    }
    // A version 2 blob claiming version 1 (whose cipher and keys differ)
    // fails the header MAC, which covers the version byte.
    let mut v = file.clone();
    v[8] = 1;
    assert!(matches!(open(&v, b"name-a"), Err(StreamError::HeaderAuth)));
}

#[test]
fn the_writer_writes_version_2() {
    let file = seal(&data(10, 0), Padding::None, b"");
    assert_eq!(file[..9], *b"VLABBLOB\x02");
    assert_eq!(open(&file, b"").unwrap().version(), vilab_crypt::stream::VERSION);
    assert_eq!(vilab_crypt::stream::VERSION, 2);
}

#[test]
fn a_flipped_byte_in_any_chunk_is_found_and_named() {
    for padding in [Padding::None, Padding::Bucket] {
        let (file, plain) = three_chunks(padding);
        let chunks = (file.len() - HEADER_LEN).div_ceil(SEALED_CHUNK_LEN);
        for c in 0..chunks {
            let start = chunk_offset(c);
            let end = (start + SEALED_CHUNK_LEN).min(file.len());
            // First, second, middle and last ciphertext bytes, and every
            // tag byte.
            let mut positions = vec![start, start + 1, (start + end) / 2, end - TAG_LEN - 1];
            positions.extend(end - TAG_LEN..end);
            for at in positions {
                let mut f = file.clone();
                f[at] ^= 0x04;
                let (index, offset) = (c as u64, start as u64);
                let expect = if c + 1 == chunks {
                    StreamError::FinalChunkAuth { index, offset }
                } else {
                    StreamError::ChunkAuth { index, offset }
                };
                let got = read_all(&f, b"name-a").err().unwrap_or_else(|| panic!("byte {at} flipped and read"));
                assert_eq!(got.to_string(), expect.to_string(), "{padding:?} byte {at}");
            }
        }
        // And nothing of a damaged chunk is served: what a read returns
        // before the error is the intact chunks before it.
        let mut f = file.clone();
        f[chunk_offset(1) + 7] ^= 1;
        let mut r = open(&f, b"name-a").unwrap();
        let mut got = Vec::new();
        let err = r.read_to_end(&mut got).unwrap_err();
        assert!(StreamError::from_io(&err).is_some());
        assert_eq!(got, plain[..CHUNK_LEN]);
        // A seek straight into the damaged chunk fails too.
        r.seek(SeekFrom::Start(CHUNK_LEN as u64 + 100)).unwrap();
        assert!(r.read(&mut [0u8; 10]).is_err());
    }
}

#[test]
fn a_flipped_padding_byte_is_found_by_a_read_to_the_end() {
    // 8 MiB and a byte pads (Padmé, in steps of 256 KiB there) to 8 MiB
    // + 256 KiB: chunk 128 holds the last data byte, chunks 129 and 130
    // only padding, chunk 131 padding and the length.
    let len: usize = (8 << 20) + 1;
    let stream = padded_len(len as u64).unwrap();
    let chunks = (stream as usize).div_ceil(CHUNK_LEN);
    let data_chunks = len.div_ceil(CHUNK_LEN);
    assert!(chunks >= data_chunks + 2, "a chunk of padding alone: {stream} {chunks}");
    let plain = data(len, 2);
    let file = seal(&plain, Padding::Bucket, b"");
    let pad_only = data_chunks; // neither holds data nor is final
    let mut f = file.clone();
    f[chunk_offset(pad_only) + 100] ^= 0x10;
    let mut r = open(&f, b"").unwrap();
    let mut got = Vec::new();
    let err = r.read_to_end(&mut got).unwrap_err();
    assert_eq!(got, plain, "all the data was served: it is intact");
    assert_eq!(
        StreamError::from_io(&err).unwrap().to_string(),
        StreamError::ChunkAuth { index: pad_only as u64, offset: chunk_offset(pad_only) as u64 }.to_string()
    );
    // Intact, the same read ends cleanly.
    assert_eq!(read_all(&file, b"").unwrap(), plain);
}

#[test]
fn a_cut_is_found() {
    let (file, _) = three_chunks(Padding::None);
    // At a chunk boundary: the chunk now last was not written last.
    let cut = &file[..chunk_offset(2)];
    assert_eq!(
        open(cut, b"name-a").err().unwrap().to_string(),
        StreamError::Truncated { index: 1, offset: chunk_offset(1) as u64 }.to_string()
    );
    let cut = &file[..chunk_offset(1)];
    assert!(matches!(open(cut, b"name-a"), Err(StreamError::Truncated { index: 0, .. })));
    // Inside a chunk.
    for len in [chunk_offset(2) + 17, chunk_offset(2) + 100, file.len() - 1, chunk_offset(1) + 100] {
        let err = open(&file[..len], b"name-a").err().unwrap_or_else(|| panic!("cut at {len} opened"));
        assert!(matches!(err, StreamError::FinalChunkAuth { .. }), "{len}: {err}");
    }
    // Inside the tag of a would-be empty final chunk, and inside the header.
    assert!(matches!(open(&file[..chunk_offset(1) + 5], b"name-a"), Err(StreamError::BadLength { .. })));
    assert!(matches!(open(&file[..chunk_offset(1) + 16], b"name-a"), Err(StreamError::BadLength { .. })));
    assert!(matches!(open(&file[..HEADER_LEN + 15], b"name-a"), Err(StreamError::TooShort { .. })));
    assert!(matches!(open(&file[..10], b"name-a"), Err(StreamError::TooShort { .. })));
    // The empty blob cut to its header.
    let empty = seal(&[], Padding::None, b"");
    assert!(matches!(open(&empty[..HEADER_LEN], b""), Err(StreamError::TooShort { .. })));
}

#[test]
fn appended_bytes_are_found() {
    let (file, _) = three_chunks(Padding::None);
    let last = file[chunk_offset(2)..].to_vec();
    let extra: [&[u8]; 4] = [b"x", &[0u8; 16], &[0u8; 17], &last];
    for add in extra {
        let mut f = file.clone();
        f.extend_from_slice(add);
        assert!(read_all(&f, b"name-a").is_err(), "{} bytes appended", add.len());
    }
    // A whole sealed chunk appended, so that the old final chunk becomes a
    // middle one.
    let mut f = file.clone();
    f.extend_from_slice(&file[chunk_offset(0)..chunk_offset(1)]);
    assert!(read_all(&f, b"name-a").is_err());
}

#[test]
fn swapped_and_spliced_chunks_are_found() {
    let (file, _) = three_chunks(Padding::None);
    let mut f = file.clone();
    let (a, b) = (chunk_offset(0), chunk_offset(1));
    let first = file[a..b].to_vec();
    let second = file[b..chunk_offset(2)].to_vec();
    f[a..b].copy_from_slice(&second);
    f[b..chunk_offset(2)].copy_from_slice(&first);
    assert_eq!(
        read_all(&f, b"name-a").unwrap_err().to_string(),
        StreamError::ChunkAuth { index: 0, offset: a as u64 }.to_string()
    );
    // A chunk from another blob under the same key, at the same index.
    let other = seal(&data(2 * CHUNK_LEN + 5000, 3), Padding::None, b"name-a");
    let mut g = file.clone();
    g[b..chunk_offset(2)].copy_from_slice(&other[b..chunk_offset(2)]);
    assert_eq!(
        read_all(&g, b"name-a").unwrap_err().to_string(),
        StreamError::ChunkAuth { index: 1, offset: b as u64 }.to_string()
    );
    // Another blob's header on this blob's chunks.
    let mut h = file.clone();
    h[..HEADER_LEN].copy_from_slice(&other[..HEADER_LEN]);
    assert!(open(&h, b"name-a").is_err());
}

#[test]
fn a_blob_under_another_name_or_key_does_not_open() {
    let (file, _) = three_chunks(Padding::Bucket);
    assert!(matches!(open(&file, b"name-b"), Err(StreamError::FinalChunkAuth { index: 2, .. })));
    // Written without a binding, opened under a name, and the reverse.
    let unbound = seal(&data(10, 0), Padding::None, b"");
    assert!(matches!(open(&unbound, b"name-a"), Err(StreamError::FinalChunkAuth { index: 0, .. })));
    assert!(matches!(open(&file, b""), Err(StreamError::FinalChunkAuth { index: 2, .. })));
    // Two intact blobs whose files were swapped: neither opens under the
    // other's name.
    let b = seal(&data(10, 1), Padding::Bucket, b"name-b");
    assert!(matches!(open(&b, b"name-a"), Err(StreamError::FinalChunkAuth { .. })));
    assert!(open(&b, b"name-b").is_ok());
    // Another lab's key: the header's MAC fails first.
    let other = MasterKey::from_bytes(&[8; 32]).blob_key();
    assert!(matches!(DecryptReader::open(Cursor::new(file.clone()), &other, b"name-a"), Err(StreamError::HeaderAuth)));
}

#[test]
fn a_failing_disk_poisons_the_writer() {
    struct Full(usize);
    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 < buf.len() {
                return Err(std::io::Error::other("disk full"));
            }
            self.0 -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let key = lab().blob_key();
    let mut w = EncryptWriter::new(Full(100_000), &key, Padding::None).unwrap();
    let plain = data(3 * CHUNK_LEN, 1);
    assert!(w.write_all(&plain).is_err());
    assert!(w.write(b"more").is_err());
    assert!(matches!(w.finish(b""), Err(StreamError::Io { .. })));
    assert!(matches!(EncryptWriter::new(Full(10), &key, Padding::None), Err(StreamError::Io { offset: 0, .. })));
}
