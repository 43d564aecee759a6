//! Fuzzes the encrypted blob reader two ways. (1) The input opened as an
//! encrypted blob of either format version (under the seeds' key and
//! binding, fuzz/seedgen, which has seeds of version 2, AES-256-GCM, and
//! version 1, ChaCha20-Poly1305): an error or a blob, never a panic; reads
//! and seeks over what opens never panic either. (2) The input's tail
//! encrypted in the version written (2; the input's first 4 bytes choose
//! the size, the padding and one change: a flipped bit or a cut), then read
//! back: the intact blob reads back exactly, at random offsets too, and the
//! changed one is refused, having served nothing but a prefix of the true
//! data.
#![no_main]

use std::io::{Cursor, Read, Seek, SeekFrom, Write};

use libfuzzer_sys::fuzz_target;
use vilab_crypt::testing::with_deterministic_randomness;
use vilab_crypt::{DecryptReader, EncryptWriter, MasterKey, Padding};

/// The key and binding of the seeds' sealed blobs (fuzz/seedgen).
const KEY: [u8; 32] = [0x42; 32];
const BINDING: &[u8] = b"fuzz";

fuzz_target!(|data: &[u8]| {
    let key = MasterKey::from_bytes(&KEY).blob_key();

    // (1) As a blob.
    if let Ok(mut r) = DecryptReader::open(Cursor::new(data), &key, BINDING) {
        let len = r.len();
        let mut out = Vec::new();
        if r.read_to_end(&mut out).is_ok() {
            assert_eq!(out.len() as u64, len);
        }
        let _ = r.seek(SeekFrom::End(-1));
        let _ = r.read(&mut [0u8; 3]);
        let _ = r.seek(SeekFrom::Start(len / 2));
        let _ = r.read(&mut [0u8; 70_000]);
    }

    // (2) Encrypt, change, read.
    if data.len() < 4 {
        return;
    }
    let (ctl, tail) = data.split_at(4);
    // A first byte of 0xA5 makes the plaintext cross a chunk boundary
    // (64 KiB, give or take 64 bytes, past its own length, as the second
    // byte says); the rest stay small: the coverage tracing libFuzzer adds
    // to the cipher's loops makes every encrypted KiB cost.
    let extra = if ctl[0] == 0xA5 { 65_536 - 64 + usize::from(ctl[1] >> 4) * 8 } else { 0 };
    let plain: Vec<u8> =
        if tail.is_empty() { Vec::new() } else { tail.iter().copied().cycle().take(tail.len() + extra).collect() };
    let padding = if ctl[1] & 1 == 0 { Padding::None } else { Padding::Bucket };
    let sealed = with_deterministic_randomness(u64::from(ctl[3]), || {
        let mut w = EncryptWriter::new(Vec::new(), &key, padding).unwrap();
        w.write_all(&plain).unwrap();
        w.finish(BINDING).unwrap()
    });
    let mut r = DecryptReader::open(Cursor::new(&sealed[..]), &key, BINDING).expect("an intact blob opens");
    let mut back = Vec::new();
    r.read_to_end(&mut back).expect("an intact blob reads");
    assert!(back == plain, "an intact blob read back other bytes");
    let at = u64::from(u16::from_le_bytes([ctl[2], ctl[3]])) % (plain.len() as u64 + 1);
    r.seek(SeekFrom::Start(at)).unwrap();
    let mut some = Vec::new();
    (&mut r).take(1000).read_to_end(&mut some).unwrap();
    assert!(some[..] == plain[at as usize..(at as usize + 1000).min(plain.len())]);

    let pos = (usize::from(u16::from_le_bytes([ctl[2], ctl[3]])) * sealed.len()) >> 16;
    let mut damaged = sealed.clone();
    if ctl[1] & 0x80 != 0 {
        damaged.truncate(pos);
    } else {
        damaged[pos] ^= 1 << ((ctl[1] >> 1) & 7);
    }
    let Ok(mut r) = DecryptReader::open(Cursor::new(&damaged[..]), &key, BINDING) else {
        return;
    };
    let mut served = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match r.read(&mut buf) {
            Ok(0) => panic!("a changed blob (byte {pos}) read to its end"),
            Ok(n) => served.extend_from_slice(&buf[..n]),
            Err(_) => break,
        }
    }
    assert!(served.len() <= plain.len() && served[..] == plain[..served.len()], "a changed blob served altered bytes");
});
