//! EWF-E01 images written by Debian's `ewfacquire` (libewf): every segment
//! read back byte for byte, the stored hashes verified, and damage found.

mod common;

use std::path::{Path, PathBuf};

use vilab_disk::ewf::{EwfImage, HashCheck};
use vilab_disk::{ImageError, ReadAt, open_image};

/// 3.5 MiB of media: incompressible noise (stored as raw chunks), then text
/// (stored compressed), then zeros: three segments of 1 MiB.
fn media() -> Vec<u8> {
    let mut m = common::noise(7, 5 << 19);
    m.extend(common::text(1 << 19));
    m.extend(vec![0u8; 1 << 19]);
    m
}

/// Acquires `src.raw` in `dir` as `img.E01`, `img.E02`, … of 1 MiB.
fn acquire(dir: &Path, media: &[u8]) -> PathBuf {
    std::fs::write(dir.join("src.raw"), media).unwrap();
    common::run(
        "ewfacquire",
        &["-u", "-q", "-t", "img", "-f", "encase6", "-c", "deflate:best", "-d", "sha1", "-S", "1MiB", "src.raw"],
        dir,
    );
    dir.join("img.E01")
}

/// (type, offset, size) of each section of a segment file, as the test reads them.
fn sections(file: &[u8]) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut at = 13usize;
    loop {
        let d = &file[at..at + 76];
        let kind = String::from_utf8_lossy(&d[..16]).trim_end_matches('\0').to_string();
        let next = u64::from_le_bytes(d[16..24].try_into().unwrap()) as usize;
        let size = u64::from_le_bytes(d[24..32].try_into().unwrap()) as usize;
        out.push((kind.clone(), at, size));
        if kind == "done" || kind == "next" || next <= at {
            return out;
        }
        at = next;
    }
}

fn section(file: &[u8], kind: &str) -> (usize, usize) {
    sections(file).into_iter().find(|s| s.0 == kind).map(|s| (s.1, s.2)).unwrap()
}

fn copy_set(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x.to_string_lossy().starts_with('E')) {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn every_segment_reads_back_and_the_stored_hashes_verify() {
    let dir = tempfile::tempdir().unwrap();
    let media = media();
    let first = acquire(dir.path(), &media);
    let img = EwfImage::open(&first).unwrap();
    let segments: Vec<_> = img.segment_paths().map(Path::to_path_buf).collect();
    assert!(segments.len() >= 3, "1 MiB segments of 3 MiB media: {segments:?}");
    assert_eq!(img.len(), media.len() as u64);
    assert_eq!(img.media().bytes_per_sector, 512);
    assert!(img.problems().is_empty(), "{:?}", img.problems());

    // Reads of odd sizes at odd places, across chunks and segments.
    let mut pos = 0usize;
    let mut step = 1usize;
    while pos < media.len() {
        let n = step.min(media.len() - pos);
        let mut buf = vec![0u8; n];
        img.read_at(pos as u64, &mut buf).unwrap();
        assert!(buf == media[pos..pos + n], "bytes differ at {pos} (+{n})");
        pos += n;
        step = step * 7 % 100_003 + 1;
    }
    let mut past = [0u8; 1];
    assert!(img.read_at(media.len() as u64, &mut past).is_err());

    let v = img.verify().unwrap();
    assert!(v.verified(), "{v:?}");
    assert!(matches!(v.md5, HashCheck::Match(_)), "{v:?}");
    assert!(matches!(v.sha1, HashCheck::Match(_)), "{v:?}");
    assert_eq!(common::hex(&v.sha256.0), common::sha256(&media));
    assert_eq!(v.bytes, media.len() as u64);
    // The stored MD5 is what ewfverify reads too.
    let out = common::run("ewfinfo", &["img.E01"], dir.path());
    assert!(out.contains(&img.stored_hashes().md5.unwrap().to_hex()), "{out}");

    // open_image tells an E01 by its signature.
    let opened = open_image(&first).unwrap();
    assert_eq!(opened.len(), media.len() as u64);
}

/// The offset in its segment of the first chunk stored compressed (or not).
fn first_chunk(dir: &Path, compressed: bool) -> (PathBuf, usize) {
    for n in 1..=9 {
        let path = dir.join(format!("img.E{n:02}"));
        let Ok(bytes) = std::fs::read(&path) else { break };
        let (at, _) = section(&bytes, "table");
        let body = at + 76;
        let count = u32::from_le_bytes(bytes[body..body + 4].try_into().unwrap()) as usize;
        let base = u64::from_le_bytes(bytes[body + 8..body + 16].try_into().unwrap()) as usize;
        for i in 0..count {
            let e = u32::from_le_bytes(bytes[body + 24 + 4 * i..body + 28 + 4 * i].try_into().unwrap());
            if (e >> 31 == 1) == compressed {
                return (path, base + (e & 0x7fff_ffff) as usize);
            }
        }
    }
    panic!("no chunk stored compressed={compressed}");
}

#[test]
fn a_flipped_byte_in_a_chunk_is_named_by_segment_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let media = media();
    acquire(dir.path(), &media);
    for compressed in [false, true] {
        let bad = tempfile::tempdir().unwrap();
        copy_set(dir.path(), bad.path());
        let (path, chunk_at) = first_chunk(bad.path(), compressed);
        let path = bad.path().join(path.file_name().unwrap());
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[chunk_at + 40] ^= 0x01;
        std::fs::write(&path, &bytes).unwrap();

        let img = EwfImage::open(&bad.path().join("img.E01")).unwrap();
        let err = img.verify().unwrap_err();
        match &err {
            ImageError::ChunkChecksum { path: p, offset, .. } if !compressed => {
                assert_eq!(*p, path);
                assert_eq!(*offset as usize, chunk_at);
            }
            ImageError::ChunkCorrupt { path: p, offset, .. } if compressed => {
                assert_eq!(*p, path);
                assert_eq!(*offset as usize, chunk_at);
            }
            other => panic!("compressed={compressed}: expected a chunk error, got {other:?}"),
        }
        let shown = err.to_string();
        assert!(shown.contains(&path.display().to_string()) && shown.contains(&chunk_at.to_string()), "{shown}");
        // Positioned reads of the whole media fail at that chunk too, with
        // the same error inside the io::Error.
        let mut buf = vec![0u8; 1 << 16];
        let mut failed = None;
        for off in (0..media.len()).step_by(buf.len()) {
            let n = buf.len().min(media.len() - off);
            if let Err(e) = img.read_at(off as u64, &mut buf[..n]) {
                failed = Some(e);
                break;
            }
        }
        let failed = failed.expect("a read of the damaged chunk fails");
        assert!(failed.get_ref().and_then(|e| e.downcast_ref::<ImageError>()).is_some(), "{failed}");
    }
}

#[test]
fn a_stored_hash_that_differs_is_reported_with_both_values() {
    let dir = tempfile::tempdir().unwrap();
    let media = media();
    acquire(dir.path(), &media);
    // Rewrite the MD5 in the last segment's hash and digest sections, with
    // their checksums, as a forger would.
    let last = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x.to_string_lossy().starts_with('E')))
        .max()
        .unwrap();
    let mut bytes = std::fs::read(&last).unwrap();
    for (kind, sum_at) in [("hash", 32usize), ("digest", 76)] {
        let (at, _) = section(&bytes, kind);
        let body = at + 76;
        bytes[body] ^= 0xff;
        let sum = adler2::adler32_slice(&bytes[body..body + sum_at]);
        bytes[body + sum_at..body + sum_at + 4].copy_from_slice(&sum.to_le_bytes());
    }
    std::fs::write(&last, &bytes).unwrap();
    let img = EwfImage::open(&dir.path().join("img.E01")).unwrap();
    let v = img.verify().unwrap();
    assert!(!v.verified());
    match v.md5 {
        HashCheck::Mismatch { stored, computed } => {
            assert_ne!(stored, computed);
            assert_eq!(stored.0[1..], computed.0[1..]);
            assert_eq!(stored.0[0], computed.0[0] ^ 0xff);
        }
        other => panic!("expected a mismatch, got {other:?}"),
    }
    assert!(matches!(v.sha1, HashCheck::Match(_)));
}

#[test]
fn a_missing_or_cut_segment_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    acquire(dir.path(), &media());

    let gone = tempfile::tempdir().unwrap();
    copy_set(dir.path(), gone.path());
    std::fs::remove_file(gone.path().join("img.E02")).unwrap();
    match EwfImage::open(&gone.path().join("img.E01")) {
        Err(ImageError::MissingSegment { path }) => assert!(path.ends_with("img.E02"), "{path:?}"),
        other => panic!("expected img.E02 missing, got {other:?}"),
    }

    // Every cut of the second segment: an error or a readable image whose
    // verification fails, never a panic.
    let bytes = std::fs::read(dir.path().join("img.E02")).unwrap();
    for cut in [0, 5, 13, 50, 89, 1000, bytes.len() / 2, bytes.len() - 200, bytes.len() - 1] {
        let cutdir = tempfile::tempdir().unwrap();
        copy_set(dir.path(), cutdir.path());
        std::fs::write(cutdir.path().join("img.E02"), &bytes[..cut]).unwrap();
        if let Ok(img) = EwfImage::open(&cutdir.path().join("img.E01")) {
            assert!(img.verify().is_err(), "cut at {cut}");
        }
    }
}

#[test]
fn a_cut_set_opened_partially_reads_up_to_the_cut_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let media = media();
    acquire(dir.path(), &media);
    let bytes = std::fs::read(dir.path().join("img.E02")).unwrap();
    let cut = tempfile::tempdir().unwrap();
    copy_set(dir.path(), cut.path());
    std::fs::write(cut.path().join("img.E02"), &bytes[..bytes.len() / 2]).unwrap();
    let first = cut.path().join("img.E01");
    assert!(EwfImage::open(&first).is_err(), "the strict opening refuses the cut set");
    let img = EwfImage::open_partial(&first).unwrap();
    assert_eq!(img.len(), media.len() as u64, "the media's size is the volume section's");
    assert!(
        img.problems().iter().any(|p| matches!(p, ImageError::Truncated { path, .. } if path.ends_with("img.E02"))),
        "{:?}",
        img.problems()
    );
    // The first segment's chunks read as acquired; the end of the media does not.
    let mut head = vec![0u8; 64 << 10];
    img.read_at(0, &mut head).unwrap();
    assert_eq!(head, media[..head.len()]);
    let mut tail = vec![0u8; 4096];
    assert!(img.read_at(media.len() as u64 - 4096, &mut tail).is_err());
    assert!(img.verify().is_err());

    // A missing segment likewise.
    std::fs::remove_file(cut.path().join("img.E02")).unwrap();
    let img = EwfImage::open_partial(&first).unwrap();
    assert!(img.problems().iter().any(|p| matches!(p, ImageError::MissingSegment { .. })), "{:?}", img.problems());
    img.read_at(0, &mut head).unwrap();
    assert_eq!(head, media[..head.len()]);
}

#[test]
fn a_damaged_table_is_read_from_its_copy_and_both_damaged_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let media = media();
    acquire(dir.path(), &media);
    let path = dir.path().join("img.E01");
    let mut bytes = std::fs::read(&path).unwrap();
    let (table, _) = section(&bytes, "table");
    bytes[table + 76 + 24 + 8] ^= 0x10; // the third entry
    std::fs::write(&path, &bytes).unwrap();
    let img = EwfImage::open(&path).unwrap();
    assert!(img.verify().unwrap().verified());

    let (table2, _) = section(&bytes, "table2");
    bytes[table2 + 76 + 24 + 8] ^= 0x10;
    std::fs::write(&path, &bytes).unwrap();
    let img = EwfImage::open(&path).unwrap();
    match img.verify() {
        Err(ImageError::TableChecksum { path: p, offset }) => {
            assert_eq!(p, path);
            assert_eq!(offset as usize, table);
        }
        other => panic!("expected the table's checksum error, got {other:?}"),
    }
}
