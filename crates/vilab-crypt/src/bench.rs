//! Throughput of the blob format on this machine, for
//! `examples/throughput.rs`: encrypting and decrypting a buffer in memory
//! (version 2, AES-256-GCM), decrypting the same data as a version 1 blob
//! (ChaCha20-Poly1305, which old labs hold), and random 4 KiB reads, so
//! that only the cipher's cost shows.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};
use std::time::Instant;

use crate::keys::MasterKey;
use crate::stream::{DecryptReader, EncryptWriter, Format, Padding, StreamError};

/// What [`throughput`] measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Throughput {
    /// Bytes of data encrypted and decrypted.
    pub bytes: u64,
    /// Encryption, in MB/s (10^6 bytes).
    pub encrypt_mb_s: f64,
    /// Sequential decryption (opening included), in MB/s.
    pub decrypt_mb_s: f64,
    /// The same for a version 1 blob of the same data, in MB/s.
    pub decrypt_v1_mb_s: f64,
    /// Reads of 4 KiB at random offsets a second (each decrypting the
    /// 64 KiB chunk it falls in, unless that chunk is cached).
    pub random_reads_per_s: f64,
}

/// Encrypts `len` bytes (a fixed pattern) under a fresh key in `Padding`
/// mode, decrypts them, checks they came back, and does 1,000 random 4 KiB
/// reads; then decrypts the same data written as a version 1 blob (its
/// writing not timed). Needs about four times `len` of memory.
pub fn throughput(len: usize, padding: Padding) -> Result<Throughput, StreamError> {
    let master = MasterKey::generate()?;
    let key = master.blob_key();
    let plain: Vec<u8> = (0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761) as u8).collect();
    let io = |source| StreamError::Io { offset: 0, source };

    let start = Instant::now();
    let mut w = EncryptWriter::new(Vec::with_capacity(len + len / 1000 + 4096), &key, padding)?;
    for piece in plain.chunks(1 << 20) {
        w.write_all(piece).map_err(io)?;
    }
    let sealed = w.finish(b"bench")?;
    let encrypt = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let mut r = DecryptReader::open(Cursor::new(sealed), &key, b"bench")?;
    let mut back = Vec::with_capacity(len);
    r.read_to_end(&mut back).map_err(io)?;
    let decrypt = start.elapsed().as_secs_f64();
    assert!(back == plain, "the benchmark's blob did not read back");

    let reads = 1000u32;
    let mut buf = [0u8; 4096];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let start = Instant::now();
    for _ in 0..reads {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let at = if len > buf.len() { (state >> 11) % (len - buf.len()) as u64 } else { 0 };
        r.seek(SeekFrom::Start(at)).map_err(io)?;
        r.read_exact(&mut buf[..4096.min(len)]).map_err(io)?;
    }
    let random = start.elapsed().as_secs_f64();
    drop(r);

    let mut w = EncryptWriter::new_in_format(Vec::with_capacity(len + len / 1000 + 4096), &key, padding, Format::V1)?;
    for piece in plain.chunks(1 << 20) {
        w.write_all(piece).map_err(io)?;
    }
    let sealed_v1 = w.finish(b"bench")?;
    back.clear();
    let start = Instant::now();
    let mut r = DecryptReader::open(Cursor::new(sealed_v1), &key, b"bench")?;
    r.read_to_end(&mut back).map_err(io)?;
    let decrypt_v1 = start.elapsed().as_secs_f64();
    assert!(r.version() == crate::stream::VERSION_1 && back == plain, "the benchmark's v1 blob did not read back");

    let mb = len as f64 / 1e6;
    Ok(Throughput {
        bytes: len as u64,
        encrypt_mb_s: mb / encrypt.max(1e-9),
        decrypt_mb_s: mb / decrypt.max(1e-9),
        decrypt_v1_mb_s: mb / decrypt_v1.max(1e-9),
        random_reads_per_s: f64::from(reads) / random.max(1e-9),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_runs_and_reports_positive_rates() {
        let t = throughput(300_000, Padding::Bucket).unwrap();
        assert_eq!(t.bytes, 300_000);
        assert!(t.encrypt_mb_s > 0.0 && t.decrypt_mb_s > 0.0 && t.random_reads_per_s > 0.0);
        assert!(t.decrypt_v1_mb_s > 0.0);
        let small = throughput(10, Padding::None).unwrap();
        assert!(small.decrypt_mb_s > 0.0);
    }
}
