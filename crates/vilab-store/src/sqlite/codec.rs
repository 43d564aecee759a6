//! Conversions between vilab's types and SQL values: fixed-size digests as
//! BLOBs, enums as their lowercase names, an error's params as a JSON
//! object, a media row as a `MediaRecord`.

use rusqlite::Row;
use rusqlite::types::Type;
use vilab_core::model::{
    ErrorParams, ErrorStage, ExifFields, IngestErrorCode, MediaKind, MediaRecord, OccurrenceKey, OccurrenceNote,
};
use vilab_core::{Digests, DihedralHashes, Md5, PdqHash, Sha1, Sha256};

use crate::{MediaRowId, StoreError};

/// A conversion error for column `idx`, as rusqlite reports its own.
pub(super) fn bad(idx: usize, ty: Type, reason: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, ty, reason.into())
}

/// A BLOB column of exactly `N` bytes.
pub(super) fn fixed<const N: usize>(row: &Row<'_>, idx: usize) -> rusqlite::Result<[u8; N]> {
    let bytes: Vec<u8> = row.get(idx)?;
    <[u8; N]>::try_from(bytes.as_slice())
        .map_err(|_| bad(idx, Type::Blob, format!("expected {N} bytes, found {}", bytes.len())))
}

/// A nullable BLOB column of exactly `N` bytes.
pub(super) fn opt_fixed<const N: usize>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<[u8; N]>> {
    let bytes: Option<Vec<u8>> = row.get(idx)?;
    bytes
        .map(|bytes| {
            <[u8; N]>::try_from(bytes.as_slice())
                .map_err(|_| bad(idx, Type::Blob, format!("expected {N} bytes, found {}", bytes.len())))
        })
        .transpose()
}

/// A SHA-256 column.
pub(super) fn sha256(row: &Row<'_>, idx: usize) -> rusqlite::Result<Sha256> {
    fixed(row, idx).map(Sha256)
}

/// A nullable SHA-256 column.
pub(super) fn opt_sha256(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Sha256>> {
    Ok(opt_fixed(row, idx)?.map(Sha256))
}

/// An occurrence key from its raw path, archive key and archive display
/// columns, in that order from `idx`.
pub(super) fn key(row: &Row<'_>, idx: usize) -> rusqlite::Result<OccurrenceKey> {
    let path: Vec<u8> = row.get(idx)?;
    let archive_key: Vec<u8> = row.get(idx + 1)?;
    let archive_display: String = row.get(idx + 2)?;
    OccurrenceKey::from_stored(path, &archive_key, &archive_display)
        .ok_or_else(|| bad(idx + 1, Type::Blob, format!("archive key does not fit '{archive_display}'")))
}

/// A `notes` column: a JSON array of note codes, or `NULL`.
pub(super) fn notes(row: &Row<'_>, idx: usize) -> rusqlite::Result<Vec<OccurrenceNote>> {
    let text: Option<String> = row.get(idx)?;
    match text {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|e| bad(idx, Type::Text, format!("notes: {e}"))),
    }
}

/// A `kind` column.
pub(super) fn kind(row: &Row<'_>, idx: usize) -> rusqlite::Result<MediaKind> {
    let text: String = row.get(idx)?;
    MediaKind::parse(&text).ok_or_else(|| bad(idx, Type::Text, format!("unknown media kind '{text}'")))
}

/// A `stage` column.
pub(super) fn stage(row: &Row<'_>, idx: usize) -> rusqlite::Result<ErrorStage> {
    let text: String = row.get(idx)?;
    ErrorStage::parse(&text).ok_or_else(|| bad(idx, Type::Text, format!("unknown error stage '{text}'")))
}

/// An error's params as stored in `ingest_errors.params`: a JSON object,
/// `NULL` when there are none.
pub(super) fn params_json(params: &ErrorParams) -> crate::Result<Option<String>> {
    if params.is_empty() {
        return Ok(None);
    }
    serde_json::to_string(params).map(Some).map_err(|e| StoreError::invalid("ingest error params", e.to_string()))
}

/// Why an error happened, as `ingest_errors` stores it.
pub(super) type Cause = (IngestErrorCode, ErrorParams, Option<String>);

/// The code, params and detail of an `ingest_errors` row: its `id` at
/// `id_idx`, and `code`, `params`, `detail` from `idx`. A code this build
/// does not know, or params that are not a JSON object of strings, are
/// [`StoreError::BadRow`] naming the row: never read as another code.
pub(super) fn error_cause(row: &Row<'_>, id_idx: usize, idx: usize) -> rusqlite::Result<crate::Result<Cause>> {
    let id: i64 = row.get(id_idx)?;
    let code: String = row.get(idx)?;
    let params: Option<String> = row.get(idx + 1)?;
    let detail: Option<String> = row.get(idx + 2)?;
    let bad = |column, reason| StoreError::BadRow { table: "ingest_errors", column, row: id, reason };
    let Some(parsed) = IngestErrorCode::parse(&code) else {
        return Ok(Err(bad("code", format!("unknown ingest error code '{code}'"))));
    };
    let params = match params {
        None => ErrorParams::new(),
        Some(text) => match serde_json::from_str(&text) {
            Ok(params) => params,
            Err(e) => return Ok(Err(bad("params", format!("not a JSON object of strings: {e}")))),
        },
    };
    Ok(Ok((parsed, params, detail)))
}

/// The eight dihedral hashes, concatenated, as stored in `pdq_dihedral`.
pub(super) fn dihedral_bytes(hashes: &DihedralHashes) -> Vec<u8> {
    hashes.hashes.iter().flat_map(|h| h.0).collect()
}

/// Inverse of [`dihedral_bytes`].
pub(super) fn dihedral_from(bytes: &[u8; 256], quality: u8) -> DihedralHashes {
    let mut hashes = [PdqHash::default(); 8];
    for (hash, chunk) in hashes.iter_mut().zip(bytes.chunks_exact(32)) {
        hash.0.copy_from_slice(chunk);
    }
    DihedralHashes { hashes, quality }
}

/// The columns [`media_from_row`] reads, in order, for table alias `m`.
pub(super) const MEDIA_COLUMNS: &str = "m.id, m.sha256, m.md5, m.sha1, m.size, m.kind, m.width, m.height, \
     m.pdq_quality, m.pdq_dihedral, m.has_exif, m.exif_make, m.exif_model, m.exif_body_serial, \
     m.exif_lens_serial, m.exif_datetime_original, m.exif_offset_time_original, m.gps_lat, m.gps_lon, \
     m.gps_alt, m.exif_orientation, m.exif_software, m.thumbnail_sha256, m.first_seen_at";

/// A media row selected with [`MEDIA_COLUMNS`]: row id, record, first seen.
pub(super) fn media_from_row(row: &Row<'_>) -> rusqlite::Result<(MediaRowId, MediaRecord, i64)> {
    let pdq = match opt_fixed::<256>(row, 9)? {
        Some(bytes) => {
            let quality: Option<u8> = row.get(8)?;
            Some(dihedral_from(&bytes, quality.unwrap_or(0)))
        }
        None => None,
    };
    let has_exif: bool = row.get(10)?;
    let exif = if has_exif {
        Some(ExifFields {
            make: row.get(11)?,
            model: row.get(12)?,
            body_serial: row.get(13)?,
            lens_serial: row.get(14)?,
            datetime_original: row.get(15)?,
            offset_time_original: row.get(16)?,
            gps_latitude: row.get(17)?,
            gps_longitude: row.get(18)?,
            gps_altitude: row.get(19)?,
            orientation: row.get(20)?,
            software: row.get(21)?,
        })
    } else {
        None
    };
    let record = MediaRecord {
        digests: Digests {
            sha256: sha256(row, 1)?,
            md5: Md5(fixed(row, 2)?),
            sha1: Sha1(fixed(row, 3)?),
            size: row.get(4)?,
        },
        kind: kind(row, 5)?,
        width: row.get(6)?,
        height: row.get(7)?,
        pdq,
        exif,
        thumbnail: opt_sha256(row, 22)?,
    };
    Ok((MediaRowId(row.get(0)?), record, row.get(23)?))
}
