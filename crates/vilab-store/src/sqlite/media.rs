//! Reading media items: a case's page of media, and one item's detail.

use rusqlite::{Connection, OptionalExtension, params};
use vilab_core::model::{IngestError, Occurrence};
use vilab_core::{PdqHash, Sha256};

use super::Ctx as _;
use super::cases::require_case;
use super::codec::{self, At, MEDIA_COLUMNS};
use crate::model::MIN_PREFIX_DIGITS;
use crate::model::{ErrorDetail, MediaDetail, MediaKey, MediaQuery, MediaSummary, OccurrenceDetail};
use crate::{CaseId, ExhibitId, MediaRowId, Result, RunId, StoreError};

/// One page of a case's unique media, by row id. The aggregate runs over
/// the case's occurrences (indexed by exhibit), then joins the page's media
/// rows and each one's first occurrence.
const LIST_MEDIA: &str = "WITH agg AS ( \
         SELECT o.media_id, COUNT(*) AS n, MIN(o.id) AS first_id \
         FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id \
         WHERE e.case_id = ?1 GROUP BY o.media_id) \
     SELECT m.id, m.sha256, m.md5, m.kind, m.size, m.width, m.height, m.pdq, m.pdq_quality, \
         m.thumbnail_sha256, agg.n, f.path_raw, f.archive_key, f.archive_path, \
         m.exif_make, m.exif_model, m.exif_body_serial, m.exif_datetime_original, \
         (m.gps_lat IS NOT NULL AND m.gps_lon IS NOT NULL), f.id \
     FROM agg JOIN media m ON m.id = agg.media_id JOIN occurrences f ON f.id = agg.first_id \
     WHERE ?2 IS NULL OR m.kind = ?2 \
     ORDER BY m.id LIMIT ?3 OFFSET ?4";

/// One page of the media of a case.
pub(super) fn list(conn: &Connection, case: CaseId, query: &MediaQuery) -> Result<Vec<MediaSummary>> {
    require_case(conn, case)?;
    let mut stmt = conn.prepare_cached(LIST_MEDIA).ctx("preparing media list")?;
    let rows = stmt
        .query_map(params![case.0, query.kind.map(|k| k.as_str()), query.limit, query.offset], |row| {
            let at = At::read(row, "media", 0)?;
            let pdq = codec::opt_fixed(row, 7)?.map(PdqHash);
            // A hash is stored with its quality: one without is a bad row, not "no quality".
            let quality = if pdq.is_some() { Some(codec::pdq_quality(row, 8, at)?) } else { row.get(8)? };
            Ok(MediaSummary {
                id: MediaRowId(row.get(0)?),
                sha256: codec::sha256(row, 1)?,
                md5: vilab_core::Md5(codec::fixed(row, 2)?),
                kind: codec::kind(row, 3, at)?,
                size: row.get(4)?,
                width: row.get(5)?,
                height: row.get(6)?,
                pdq,
                quality,
                thumbnail: codec::opt_sha256(row, 9)?,
                occurrences: row.get(10)?,
                first_path: codec::key(row, 11, At::read(row, "occurrences", 19)?)?,
                camera_make: row.get(14)?,
                camera_model: row.get(15)?,
                body_serial: row.get(16)?,
                taken: row.get(17)?,
                has_gps: row.get(18)?,
            })
        })
        .ctx("listing media")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing media")
}

/// The SHA-256 range `[low, high]` covered by a hex prefix.
fn prefix_range(prefix: &str) -> Result<(Sha256, Sha256)> {
    let valid = (MIN_PREFIX_DIGITS..=64).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid {
        return Err(StoreError::invalid(
            "media key",
            format!("'{prefix}': a SHA-256 prefix needs {MIN_PREFIX_DIGITS} to 64 hex digits"),
        ));
    }
    let pad = 64 - prefix.len();
    let low = Sha256::from_hex(&format!("{prefix}{}", "0".repeat(pad)))
        .map_err(|e| StoreError::invalid("media key", e.to_string()))?;
    let high = Sha256::from_hex(&format!("{prefix}{}", "f".repeat(pad)))
        .map_err(|e| StoreError::invalid("media key", e.to_string()))?;
    Ok((low, high))
}

/// The row ids (at most two) whose `column` matches; two means ambiguous.
fn matches(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Result<Vec<(i64, Sha256)>> {
    let mut stmt = conn.prepare_cached(sql).ctx("preparing media lookup")?;
    let rows = stmt.query_map(args, |row| Ok((row.get(0)?, codec::sha256(row, 1)?))).ctx("looking up media")?;
    rows.collect::<rusqlite::Result<_>>().ctx("looking up media")
}

/// The row id a key names, if any.
fn resolve(conn: &Connection, key: &MediaKey) -> Result<Option<i64>> {
    let found = match key {
        MediaKey::RowId(id) => matches(conn, "SELECT id, sha256 FROM media WHERE id = ?1", [id.0])?,
        MediaKey::Sha256(h) => matches(conn, "SELECT id, sha256 FROM media WHERE sha256 = ?1", [h.0])?,
        // MD5 and SHA-1 have known collisions: two items may share one.
        MediaKey::Md5(h) => matches(conn, "SELECT id, sha256 FROM media WHERE md5 = ?1 ORDER BY id LIMIT 2", [h.0])?,
        MediaKey::Sha1(h) => matches(conn, "SELECT id, sha256 FROM media WHERE sha1 = ?1 ORDER BY id LIMIT 2", [h.0])?,
        MediaKey::HexPrefix(prefix) => {
            let (low, high) = prefix_range(&prefix.to_ascii_lowercase())?;
            matches(
                conn,
                "SELECT id, sha256 FROM media WHERE sha256 BETWEEN ?1 AND ?2 ORDER BY sha256 LIMIT 2",
                [low.0, high.0],
            )?
        }
    };
    match found.as_slice() {
        [] => Ok(None),
        [(id, _)] => Ok(Some(*id)),
        [(_, first), (_, second), ..] => {
            Err(StoreError::AmbiguousKey { key: key.to_string(), first: *first, second: *second })
        }
    }
}

/// Everything about the item a key names.
pub(super) fn detail(conn: &Connection, key: &MediaKey) -> Result<Option<MediaDetail>> {
    let Some(id) = resolve(conn, key)? else {
        return Ok(None);
    };
    let (id, record, first_seen_at) = conn
        .query_row(&format!("SELECT {MEDIA_COLUMNS} FROM media m WHERE m.id = ?1"), [id], codec::media_from_row)
        .optional()
        .ctx("reading media")?
        .ok_or(StoreError::NotFound { what: "media", id })?;
    let sha256 = record.digests.sha256;
    Ok(Some(MediaDetail {
        id,
        occurrences: occurrences(conn, id, sha256)?,
        errors: errors(conn, sha256)?,
        record,
        first_seen_at,
    }))
}

/// Every occurrence of a media item, in the order recorded.
fn occurrences(conn: &Connection, id: MediaRowId, sha256: Sha256) -> Result<Vec<OccurrenceDetail>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.path_raw, o.archive_key, o.archive_path, o.size, o.modified, o.accessed, o.created, \
                 o.run_id, e.id, e.name, c.id, c.name, o.notes, o.id, \
                 o.disk_volume, o.disk_fs_ref, o.disk_allocation, o.disk_offset, o.disk_metadata_offset \
             FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id JOIN cases c ON c.id = e.case_id \
             WHERE o.media_id = ?1 ORDER BY o.id",
        )
        .ctx("preparing occurrence list")?;
    let rows = stmt
        .query_map([id.0], |row| {
            let at = At::read(row, "occurrences", 13)?;
            Ok(OccurrenceDetail {
                occurrence: Occurrence {
                    key: codec::key(row, 0, at)?,
                    sha256,
                    size: row.get(3)?,
                    modified: row.get(4)?,
                    accessed: row.get(5)?,
                    created: row.get(6)?,
                    notes: codec::notes(row, 12, at)?,
                    disk: codec::disk_place(row, 14, at)?,
                },
                run: row.get::<_, Option<i64>>(7)?.map(RunId),
                exhibit_id: ExhibitId(row.get(8)?),
                exhibit: row.get(9)?,
                case_id: CaseId(row.get(10)?),
                case: row.get(11)?,
            })
        })
        .ctx("listing occurrences")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing occurrences")
}

/// Every ingest error recorded for a content, in the order recorded.
fn errors(conn: &Connection, sha256: Sha256) -> Result<Vec<ErrorDetail>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT x.path_raw, x.archive_key, x.archive_path, x.stage, x.id, e.id, e.name, c.name, x.transient, \
                 x.resolved_run_id, x.code, x.params, x.detail, c.id \
             FROM ingest_errors x JOIN exhibits e ON e.id = x.exhibit_id JOIN cases c ON c.id = e.case_id \
             WHERE x.sha256 = ?1 ORDER BY x.id",
        )
        .ctx("preparing error list")?;
    let rows = stmt
        .query_map([sha256.0], |row| {
            let at = At::read(row, "ingest_errors", 4)?;
            let (code, params, detail) = codec::error_cause(row, 10, at)?;
            Ok(ErrorDetail {
                error: IngestError {
                    key: codec::key(row, 0, at)?,
                    stage: codec::stage(row, 3, at)?,
                    code,
                    params,
                    detail,
                    sha256: Some(sha256),
                    transient: row.get(8)?,
                },
                exhibit_id: ExhibitId(row.get(5)?),
                exhibit: row.get(6)?,
                case_id: CaseId(row.get(13)?),
                case: row.get(7)?,
                resolved_by: row.get::<_, Option<i64>>(9)?.map(RunId),
            })
        })
        .ctx("listing errors")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing errors")
}
