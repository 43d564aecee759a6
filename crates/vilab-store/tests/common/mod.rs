//! Fixtures shared by the integration tests: a fresh lab in a temporary
//! directory and synthetic media records (digests need not be real for the
//! metadata store, which never re-hashes).

#![allow(dead_code)]

use std::path::Path;

use vilab_core::model::{
    ErrorStage, ExifFields, IngestError, IngestErrorCode, MediaKind, MediaRecord, Occurrence, OccurrenceKey,
};
use vilab_core::{Digests, DihedralHashes, Md5, PdqHash, Sha1, Sha256};
use vilab_store::{Lab, NewAccount, Role};

/// The first account of every test lab.
pub fn admin() -> NewAccount {
    NewAccount { username: "admin".into(), password: "correct horse battery".into(), role: Role::Admin }
}

/// A new lab in `dir/lab`.
pub fn new_lab(dir: &Path) -> Lab {
    Lab::init(&dir.join("lab"), &admin()).expect("init lab").0
}

/// A SHA-256 whose first bytes are `prefix` and the rest `fill`.
pub fn sha_with_prefix(prefix: &[u8], fill: u8) -> Sha256 {
    let mut bytes = [fill; 32];
    bytes[..prefix.len()].copy_from_slice(prefix);
    Sha256(bytes)
}

/// A bare record (digests and kind only) with distinct digests per `seed`.
pub fn bare(seed: u8) -> MediaRecord {
    bare_with(Sha256([seed; 32]), seed)
}

/// A bare record with a chosen SHA-256.
pub fn bare_with(sha256: Sha256, seed: u8) -> MediaRecord {
    MediaRecord {
        digests: Digests { md5: Md5([seed; 16]), sha1: Sha1([seed; 20]), sha256, size: 1000 + u64::from(seed) },
        kind: MediaKind::Jpeg,
        width: None,
        height: None,
        pdq: None,
        exif: None,
        thumbnail: None,
    }
}

/// Eight distinct dihedral hashes.
pub fn dihedral(seed: u8) -> DihedralHashes {
    let mut hashes = [PdqHash::default(); 8];
    for (i, h) in hashes.iter_mut().enumerate() {
        *h = PdqHash([seed.wrapping_add(i as u8 * 17); 32]);
        h.0[0] = i as u8;
    }
    DihedralHashes { hashes, quality: 87 }
}

/// EXIF with every field set.
pub fn full_exif() -> ExifFields {
    ExifFields {
        make: Some("Canon".into()),
        model: Some("EOS 5D".into()),
        body_serial: Some("0123456789".into()),
        lens_serial: Some("L-42".into()),
        datetime_original: Some("2021-03-04T05:06:07".into()),
        offset_time_original: Some("+07:00".into()),
        gps_latitude: Some(11.5564),
        gps_longitude: Some(104.9282),
        gps_altitude: Some(-3.5),
        orientation: Some(6),
        software: Some("Synthetic 1.0".into()),
    }
}

/// A record decoded as an image, with PDQ, EXIF and a thumbnail.
pub fn decoded(seed: u8) -> MediaRecord {
    MediaRecord {
        width: Some(640),
        height: Some(480),
        pdq: Some(dihedral(seed)),
        exif: Some(full_exif()),
        thumbnail: Some(Sha256([seed ^ 0xff; 32])),
        ..bare(seed)
    }
}

/// An occurrence of `sha256` at `path` (not in an archive).
pub fn occ(path: &str, sha256: Sha256) -> Occurrence {
    occ_in(path, "", sha256)
}

/// An occurrence inside an archive.
pub fn occ_in(path: &str, archive_path: &str, sha256: Sha256) -> Occurrence {
    Occurrence {
        key: key(path, archive_path),
        sha256,
        size: 1000,
        modified: Some(1_600_000_000),
        accessed: None,
        created: Some(1_500_000_000),
        notes: Vec::new(),
        disk: None,
    }
}

/// An occurrence key: `archive_path` names members joined by `!/`, the
/// first member of each archive at index 0.
pub fn key(path: &str, archive_path: &str) -> OccurrenceKey {
    let mut key = OccurrenceKey::file(path);
    if !archive_path.is_empty() {
        for part in archive_path.split(OccurrenceKey::NESTED_SEPARATOR) {
            let name = part.as_bytes().to_vec();
            key = key.member(vilab_core::model::Member::new(
                0,
                name,
                part.as_bytes(),
                vilab_core::name::NameEncoding::Utf8,
            ));
        }
    }
    key
}

/// An ingest error.
pub fn error(path: &str, stage: ErrorStage, sha256: Option<Sha256>) -> IngestError {
    IngestError::new(key(path, ""), stage, IngestErrorCode::ArchiveReadFailed)
        .with_param("offset", 12)
        .with_detail(format!("synthetic {} failure", stage.as_str()))
        .with_sha256(sha256)
}

/// One ingest error of every code, each at its own path (`fNN.bin`), with
/// and without params and detail.
pub fn every_error_code() -> Vec<IngestError> {
    IngestErrorCode::ALL
        .iter()
        .enumerate()
        .map(|(i, &code)| {
            let mut error = error(&format!("f{i:02}.bin"), ErrorStage::Archive, None)
                .with_param("entry", i)
                .with_param("name with spaces", "value: \"quoted\" ∞");
            error.code = code;
            error.detail = (i % 2 == 0).then(|| format!("library words {i}"));
            if i % 3 == 0 {
                error.params.clear();
            }
            error
        })
        .collect()
}
