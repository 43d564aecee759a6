//! Conversions between vilab's types and SQL values: fixed-size digests as
//! BLOBs, enums as their lowercase names, an error's params as a JSON
//! object, a media row as a `MediaRecord`.

use rusqlite::Row;
use rusqlite::types::Type;
use vilab_core::model::{
    Allocation, DiskPlace, ErrorParams, ErrorStage, ExifFields, IngestErrorCode, MediaKind, MediaRecord, OccurrenceKey,
    OccurrenceNote,
};
use vilab_core::{Digests, DihedralHashes, Md5, PdqHash, Sha1, Sha256};

use crate::{MediaRowId, StoreError};

/// A conversion error for column `idx`, as rusqlite reports its own.
pub(super) fn bad(idx: usize, ty: Type, reason: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, ty, reason.into())
}

/// A stored value that does not read back as what its column holds: what
/// [`StoreError::BadRow`] says, carried out of rusqlite's row closures
/// (which can only return rusqlite's errors) to
/// [`Ctx::ctx`](super::Ctx::ctx), which turns it back into a `BadRow`.
#[derive(Debug, thiserror::Error)]
#[error("bad value in {table}.{column} (row {row}): {reason}")]
pub(super) struct BadValue {
    /// Table.
    table: &'static str,
    /// Column.
    column: &'static str,
    /// Row id.
    row: i64,
    /// What is wrong.
    reason: String,
}

/// The [`StoreError::BadRow`] a rusqlite error carries, or the error as it
/// was.
pub(super) fn bad_row_of(error: rusqlite::Error) -> std::result::Result<StoreError, rusqlite::Error> {
    match error {
        rusqlite::Error::FromSqlConversionFailure(idx, ty, source) => match source.downcast::<BadValue>() {
            Ok(bad) => {
                Ok(StoreError::BadRow { table: bad.table, column: bad.column, row: bad.row, reason: bad.reason })
            }
            Err(source) => Err(rusqlite::Error::FromSqlConversionFailure(idx, ty, source)),
        },
        other => Err(other),
    }
}

/// The row a value is read from: what a [`StoreError::BadRow`] names
/// beside the column.
#[derive(Clone, Copy, Debug)]
pub(super) struct At {
    /// Table.
    table: &'static str,
    /// Row id.
    row: i64,
}

impl At {
    /// The row whose id is column `idx` of `row`, in `table`.
    pub(super) fn read(row: &Row<'_>, table: &'static str, idx: usize) -> rusqlite::Result<At> {
        Ok(At { table, row: row.get(idx)? })
    }

    /// A bad value in `column` of this row, as a rusqlite error that
    /// [`Ctx::ctx`](super::Ctx::ctx) makes a [`StoreError::BadRow`]. The
    /// index and type rusqlite's variant asks for are only its carrier.
    pub(super) fn bad(self, column: &'static str, reason: impl Into<String>) -> rusqlite::Error {
        let bad = BadValue { table: self.table, column, row: self.row, reason: reason.into() };
        rusqlite::Error::FromSqlConversionFailure(0, Type::Null, Box::new(bad))
    }
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
/// columns, in that order from `idx`, of the row `at` (of `occurrences` or
/// `ingest_errors`). A key whose members do not fit its display form is a
/// bad `archive_key`.
pub(super) fn key(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<OccurrenceKey> {
    let path: Vec<u8> = row.get(idx)?;
    let archive_key: Vec<u8> = row.get(idx + 1)?;
    let archive_display: String = row.get(idx + 2)?;
    OccurrenceKey::from_stored(path, &archive_key, &archive_display)
        .ok_or_else(|| at.bad("archive_key", format!("does not fit the archive path '{archive_display}'")))
}

/// A `notes` column of the `occurrences` row `at`: a JSON array of note
/// codes, or `NULL` for none.
pub(super) fn notes(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<Vec<OccurrenceNote>> {
    let text: Option<String> = row.get(idx)?;
    match text {
        None => Ok(Vec::new()),
        Some(text) => {
            serde_json::from_str(&text).map_err(|e| at.bad("notes", format!("not a JSON array of note codes: {e}")))
        }
    }
}

/// The disk place of an `occurrences` row, from its five `disk_*` columns
/// starting at `idx` (volume, fs ref, allocation, offset, metadata offset);
/// `None` when the allocation is `NULL` (a folder's occurrence).
pub(super) fn disk_place(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<Option<DiskPlace>> {
    let Some(text) = row.get::<_, Option<String>>(idx + 2)? else {
        return Ok(None);
    };
    let allocation =
        Allocation::parse(&text).ok_or_else(|| at.bad("disk_allocation", format!("unknown allocation '{text}'")))?;
    let unsigned = |i: usize, column: &'static str| -> rusqlite::Result<Option<u64>> {
        row.get::<_, Option<i64>>(i)?
            .map(|v| u64::try_from(v).map_err(|_| at.bad(column, format!("negative offset {v}"))))
            .transpose()
    };
    Ok(Some(DiskPlace {
        volume: row.get::<_, Option<u32>>(idx)?.unwrap_or(0),
        fs_ref: unsigned(idx + 1, "disk_fs_ref")?,
        allocation,
        offset: unsigned(idx + 3, "disk_offset")?,
        metadata_offset: unsigned(idx + 4, "disk_metadata_offset")?,
    }))
}

/// A `kind` column of the `media` row `at`.
pub(super) fn kind(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<MediaKind> {
    let text: String = row.get(idx)?;
    MediaKind::parse(&text).ok_or_else(|| at.bad("kind", format!("unknown media kind '{text}'")))
}

/// A `stage` column of the `ingest_errors` row `at`.
pub(super) fn stage(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<ErrorStage> {
    let text: String = row.get(idx)?;
    ErrorStage::parse(&text).ok_or_else(|| at.bad("stage", format!("unknown error stage '{text}'")))
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

/// The code, params and detail of the `ingest_errors` row `at`: `code`,
/// `params`, `detail` from `idx`. A code this build does not know, or
/// params that are not a JSON object of strings, are a bad value naming
/// the row: never read as another code.
pub(super) fn error_cause(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<Cause> {
    let code: String = row.get(idx)?;
    let params: Option<String> = row.get(idx + 1)?;
    let detail: Option<String> = row.get(idx + 2)?;
    let parsed =
        IngestErrorCode::parse(&code).ok_or_else(|| at.bad("code", format!("unknown ingest error code '{code}'")))?;
    let params = match params {
        None => ErrorParams::new(),
        Some(text) => {
            serde_json::from_str(&text).map_err(|e| at.bad("params", format!("not a JSON object of strings: {e}")))?
        }
    };
    Ok((parsed, params, detail))
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

/// The `pdq_quality` column of the `media` row `at`, which has PDQ: a
/// quality is stored with every hash, so a missing one is a bad value,
/// never read as 0.
pub(super) fn pdq_quality(row: &Row<'_>, idx: usize, at: At) -> rusqlite::Result<u8> {
    let quality: Option<u8> = row.get(idx)?;
    quality.ok_or_else(|| at.bad("pdq_quality", "NULL beside a PDQ hash"))
}

/// The columns [`media_from_row`] reads, in order, for table alias `m`.
pub(super) const MEDIA_COLUMNS: &str = "m.id, m.sha256, m.md5, m.sha1, m.size, m.kind, m.width, m.height, \
     m.pdq_quality, m.pdq_dihedral, m.has_exif, m.exif_make, m.exif_model, m.exif_body_serial, \
     m.exif_lens_serial, m.exif_datetime_original, m.exif_offset_time_original, m.gps_lat, m.gps_lon, \
     m.gps_alt, m.exif_orientation, m.exif_software, m.thumbnail_sha256, m.first_seen_at";

/// A media row selected with [`MEDIA_COLUMNS`]: row id, record, first seen.
pub(super) fn media_from_row(row: &Row<'_>) -> rusqlite::Result<(MediaRowId, MediaRecord, i64)> {
    let at = At::read(row, "media", 0)?;
    let pdq = match opt_fixed::<256>(row, 9)? {
        Some(bytes) => Some(dihedral_from(&bytes, pdq_quality(row, 8, at)?)),
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
        kind: kind(row, 5, at)?,
        width: row.get(6)?,
        height: row.get(7)?,
        pdq,
        exif,
        thumbnail: opt_sha256(row, 22)?,
    };
    Ok((MediaRowId(row.get(0)?), record, row.get(23)?))
}
