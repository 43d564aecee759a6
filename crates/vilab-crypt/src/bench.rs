//! Throughput of the blob format on this machine, for
//! `examples/throughput.rs`: encrypting and decrypting a buffer in memory
//! (version 2, AES-256-GCM), decrypting the same data as a version 1 blob
//! (ChaCha20-Poly1305, which old labs hold), and random 4 KiB reads, so
//! that only the cipher's cost shows.

use std::io::{Cursor, Read, Seek, SeekFrom, Write};
use std::time::Instant;

use crate::keys::MasterKey;
use crate::stream::{DecryptReader, EncryptWriter, Format, Padding, StreamError, encrypted_len};

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
/// reads; then does the same write and read as a version 1 blob, timing
/// the read. Writes go into a buffer touched beforehand and reads into one
/// 1 MiB buffer, so that page faults of fresh memory, which cost as much as
/// the cipher here, stay out of the figures. Needs about three times `len`
/// of memory.
pub fn throughput(len: usize, padding: Padding) -> Result<Throughput, StreamError> {
    let master = MasterKey::generate()?;
    let key = master.blob_key();
    let plain: Vec<u8> = (0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761) as u8).collect();

    let (sealed, encrypt) = seal_timed(&plain, &key, padding, Format::V2)?;
    let (mut r, decrypt) = open_timed(&sealed, &key, &plain)?;

    let io = |source| StreamError::Io { offset: 0, source };
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
    drop(sealed);

    let (sealed_v1, _) = seal_timed(&plain, &key, padding, Format::V1)?;
    let (r, decrypt_v1) = open_timed(&sealed_v1, &key, &plain)?;
    assert!(r.version() == crate::stream::VERSION_1, "the benchmark's v1 blob is not version 1");

    let mb = len as f64 / 1e6;
    Ok(Throughput {
        bytes: len as u64,
        encrypt_mb_s: mb / encrypt.max(1e-9),
        decrypt_mb_s: mb / decrypt.max(1e-9),
        decrypt_v1_mb_s: mb / decrypt_v1.max(1e-9),
        random_reads_per_s: f64::from(reads) / random.max(1e-9),
    })
}

/// Encrypts `plain` in `format` in 1 MiB writes; the blob and the seconds
/// it took.
fn seal_timed(
    plain: &[u8],
    key: &crate::BlobKey,
    padding: Padding,
    format: Format,
) -> Result<(Vec<u8>, f64), StreamError> {
    let io = |source| StreamError::Io { offset: 0, source };
    let size = encrypted_len(plain.len() as u64, padding).ok_or(StreamError::TooLarge)?;
    let size = usize::try_from(size).map_err(|_| StreamError::TooLarge)?;
    // Filled, not only reserved: every page is touched before the clock.
    let out = Cursor::new(vec![0xA5u8; size]);
    let start = Instant::now();
    let mut w = EncryptWriter::new_in_format(out, key, padding, format)?;
    for piece in plain.chunks(1 << 20) {
        w.write_all(piece).map_err(io)?;
    }
    let out = w.finish(b"bench")?;
    let took = start.elapsed().as_secs_f64();
    assert!(out.position() == size as u64, "the benchmark's blob is not the size encrypted_len says");
    Ok((out.into_inner(), took))
}

/// A reader of a blob in memory.
type MemReader<'a> = DecryptReader<Cursor<&'a [u8]>>;

/// Opens `sealed` and reads it to the end in 1 MiB reads, checking each
/// against `plain`; the reader and the seconds it took (the comparison,
/// at memory speed, included).
fn open_timed<'a>(sealed: &'a [u8], key: &crate::BlobKey, plain: &[u8]) -> Result<(MemReader<'a>, f64), StreamError> {
    let io = |source| StreamError::Io { offset: 0, source };
    let mut buf = vec![0u8; 1 << 20];
    let start = Instant::now();
    let mut r = DecryptReader::open(Cursor::new(sealed), key, b"bench")?;
    let mut at = 0;
    let mut same = true;
    loop {
        let n = r.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        same &= plain.get(at..at + n) == Some(&buf[..n]);
        at += n;
    }
    let took = start.elapsed().as_secs_f64();
    assert!(same && at == plain.len(), "the benchmark's blob did not read back");
    Ok((r, took))
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
