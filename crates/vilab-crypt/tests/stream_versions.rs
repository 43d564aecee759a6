//! Both blob format versions against committed files (tests/data, see its
//! README): a version 1 blob (ChaCha20-Poly1305, written before version 2
//! existed) and a version 2 blob (AES-256-GCM) still open, read and seek,
//! and damage to either is found and named. The files are never rewritten,
//! so a reader change that would strand old labs fails here.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};

use vilab_crypt::stream::{CHUNK_LEN, HEADER_LEN, SEALED_CHUNK_LEN, TAG_LEN, VERSION, VERSION_1};
use vilab_crypt::{DecryptReader, EncryptWriter, MasterKey, Padding, StreamError};

const V1_TWO_CHUNKS: &[u8] = include_bytes!("data/v1-two-chunks.blob");
const V1_PADDED: &[u8] = include_bytes!("data/v1-padded-100.blob");
const V2_TWO_CHUNKS: &[u8] = include_bytes!("data/v2-two-chunks.blob");
const V2_PADDED: &[u8] = include_bytes!("data/v2-padded-100.blob");

/// The vectors' binding (the fuzz target's).
const BINDING: &[u8] = b"fuzz";

fn key() -> vilab_crypt::BlobKey {
    MasterKey::from_bytes(&[0x42; 32]).blob_key()
}

/// The vectors' plaintext: byte `i` is `i % 251`.
fn plain(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

fn open(file: &[u8]) -> Result<DecryptReader<Cursor<Vec<u8>>>, StreamError> {
    DecryptReader::open(Cursor::new(file.to_vec()), &key(), BINDING)
}

/// Opens and reads to the end; the stream error if any.
fn read_all(file: &[u8]) -> Result<Vec<u8>, String> {
    let mut r = open(file).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    r.read_to_end(&mut out).map_err(|e| StreamError::from_io(&e).expect("a stream error").to_string())?;
    Ok(out)
}

fn chunk_offset(i: usize) -> usize {
    HEADER_LEN + i * SEALED_CHUNK_LEN
}

/// Each version's files: (name, version byte, two-chunk blob, padded blob).
const VERSIONS: [(&str, u8, &[u8], &[u8]); 2] =
    [("v1", VERSION_1, V1_TWO_CHUNKS, V1_PADDED), ("v2", VERSION, V2_TWO_CHUNKS, V2_PADDED)];

#[test]
fn committed_blobs_of_both_versions_open_read_and_seek() {
    for (name, version, two, padded) in VERSIONS {
        assert_eq!(two[8], version, "{name}: the file's version byte");
        let want = plain(CHUNK_LEN + 1000);
        let mut r = open(two).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(r.version(), version);
        assert_eq!(r.len(), want.len() as u64);
        let mut got = Vec::new();
        r.read_to_end(&mut got).unwrap();
        assert!(got == want, "{name}: the two-chunk blob read back other bytes");
        // A read across the chunk boundary after a seek.
        r.seek(SeekFrom::Start(CHUNK_LEN as u64 - 3)).unwrap();
        let mut buf = [0u8; 10];
        r.read_exact(&mut buf).unwrap();
        assert_eq!(buf[..], want[CHUNK_LEN - 3..CHUNK_LEN + 7], "{name}");

        let mut r = open(padded).unwrap_or_else(|e| panic!("{name} padded: {e}"));
        assert_eq!((r.version(), r.len()), (version, 100));
        let mut got = Vec::new();
        r.read_to_end(&mut got).unwrap();
        assert_eq!(got, plain(100), "{name} padded");
    }
}

#[test]
fn a_version_1_blob_rewritten_is_version_2_with_the_same_data() {
    let mut old = Vec::new();
    open(V1_TWO_CHUNKS).unwrap().read_to_end(&mut old).unwrap();
    let mut w = EncryptWriter::new(Vec::new(), &key(), Padding::None).unwrap();
    w.write_all(&old).unwrap();
    let new = w.finish(BINDING).unwrap();
    assert_eq!(new.len(), V1_TWO_CHUNKS.len(), "same sizes on disk");
    assert_eq!(new[8], VERSION);
    assert_eq!(read_all(&new).unwrap(), old);
}

#[test]
fn a_flipped_byte_in_either_version_is_found_and_named() {
    for (name, _, two, _) in VERSIONS {
        for at in [0, 8, 9, 10, 15, 16, 47, 48, 79] {
            let mut f = two.to_vec();
            f[at] ^= 0x01;
            let err = open(&f).err().unwrap_or_else(|| panic!("{name}: header byte {at} flipped and opened"));
            assert!(matches!(err, StreamError::Header { .. } | StreamError::HeaderAuth), "{name} byte {at}: {err}");
        }
        let last = chunk_offset(1);
        for at in [chunk_offset(0), chunk_offset(0) + 5000, last - TAG_LEN, last - 1] {
            let mut f = two.to_vec();
            f[at] ^= 0x40;
            let expect = StreamError::ChunkAuth { index: 0, offset: chunk_offset(0) as u64 }.to_string();
            assert_eq!(read_all(&f).unwrap_err(), expect, "{name} byte {at}");
        }
        for at in [last, last + 500, two.len() - TAG_LEN, two.len() - 1] {
            let mut f = two.to_vec();
            f[at] ^= 0x40;
            let expect = StreamError::FinalChunkAuth { index: 1, offset: last as u64 }.to_string();
            assert_eq!(read_all(&f).unwrap_err(), expect, "{name} byte {at}");
        }
    }
}

#[test]
fn a_cut_or_extended_blob_of_either_version_is_found() {
    for (name, _, two, padded) in VERSIONS {
        assert!(
            matches!(open(&two[..chunk_offset(1)]), Err(StreamError::Truncated { index: 0, offset: 80 })),
            "{name}: cut at the chunk boundary"
        );
        for len in [two.len() - 1, chunk_offset(1) + 100, chunk_offset(1) + 17] {
            assert!(matches!(open(&two[..len]), Err(StreamError::FinalChunkAuth { index: 1, .. })), "{name}: {len}");
        }
        assert!(matches!(open(&two[..chunk_offset(1) + 3]), Err(StreamError::BadLength { .. })), "{name}");
        assert!(matches!(open(&padded[..HEADER_LEN + 10]), Err(StreamError::TooShort { .. })), "{name}");
        let mut longer = two.to_vec();
        longer.extend_from_slice(&two[chunk_offset(0)..chunk_offset(1)]);
        assert!(read_all(&longer).is_err(), "{name}: a chunk appended");
        assert!(matches!(
            DecryptReader::open(Cursor::new(two.to_vec()), &key(), b"another name"),
            Err(StreamError::FinalChunkAuth { index: 1, .. })
        ));
    }
}

#[test]
fn a_header_claiming_the_other_version_fails_its_mac() {
    // The version byte is under the header MAC, and each version's header
    // key has its own label: a blob cannot be made to open under the other
    // cipher.
    let mut v1_as_v2 = V1_TWO_CHUNKS.to_vec();
    v1_as_v2[8] = VERSION;
    assert!(matches!(open(&v1_as_v2), Err(StreamError::HeaderAuth)));
    let mut v2_as_v1 = V2_PADDED.to_vec();
    v2_as_v1[8] = VERSION_1;
    assert!(matches!(open(&v2_as_v1), Err(StreamError::HeaderAuth)));
    // Version 1 chunks behind a version 2 header (each authentic on its
    // own; the v2 blob's salt and cipher differ) do not open.
    let mut spliced = V2_TWO_CHUNKS[..HEADER_LEN].to_vec();
    spliced.extend_from_slice(&V1_TWO_CHUNKS[HEADER_LEN..]);
    assert!(matches!(open(&spliced), Err(StreamError::FinalChunkAuth { index: 1, .. })));
}
