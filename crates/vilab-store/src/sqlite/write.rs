//! Writing ingest batches, and the ledger of files a resumed ingest skips.

use rusqlite::{Connection, OptionalExtension, named_params, params};
use vilab_core::model::{ExifFields, MediaRecord, OccurrenceNote};

use super::Ctx as _;
use super::cases::require_exhibit;
use super::codec::{self, dihedral_bytes};
use super::runs;
use crate::model::{BatchOutcome, DoneFile, IngestBatch};
use crate::{ExhibitId, Result, StoreError};

/// Inserts a media row unless its SHA-256 is present. `ON CONFLICT` rather
/// than `INSERT OR IGNORE`: only the uniqueness conflict is ignored, a
/// violated CHECK or NOT NULL still fails loudly.
const INSERT_MEDIA: &str = "INSERT INTO media (sha256, md5, sha1, size, kind, width, height, pdq, pdq_quality, \
     pdq_dihedral, has_exif, exif_make, exif_model, exif_body_serial, exif_lens_serial, exif_datetime_original, \
     exif_offset_time_original, gps_lat, gps_lon, gps_alt, exif_orientation, exif_software, thumbnail_sha256, \
     first_seen_at) VALUES (:sha256, :md5, :sha1, :size, :kind, :width, :height, :pdq, :pdq_quality, \
     :pdq_dihedral, :has_exif, :exif_make, :exif_model, :exif_body_serial, :exif_lens_serial, \
     :exif_datetime_original, :exif_offset_time_original, :gps_lat, :gps_lon, :gps_alt, :exif_orientation, \
     :exif_software, :thumbnail_sha256, :now) ON CONFLICT (sha256) DO NOTHING";

/// Fills what an already-present media row lacks and changes nothing else.
/// EXIF is filled as a whole (never a mix of two reads). The `WHERE` makes
/// the update match (and count) only when something is actually filled, so
/// a repeated batch reports no change. In an `UPDATE`, SQLite evaluates every
/// right-hand side on the old row.
const ENRICH_MEDIA: &str = "UPDATE media SET \
     width = COALESCE(width, :width), \
     height = COALESCE(height, :height), \
     pdq_quality = CASE WHEN pdq IS NULL AND :pdq IS NOT NULL THEN :pdq_quality ELSE pdq_quality END, \
     pdq = COALESCE(pdq, :pdq), \
     pdq_dihedral = COALESCE(pdq_dihedral, :pdq_dihedral), \
     exif_make = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_make ELSE exif_make END, \
     exif_model = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_model ELSE exif_model END, \
     exif_body_serial = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_body_serial ELSE exif_body_serial END, \
     exif_lens_serial = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_lens_serial ELSE exif_lens_serial END, \
     exif_datetime_original = CASE WHEN has_exif = 0 AND :has_exif \
         THEN :exif_datetime_original ELSE exif_datetime_original END, \
     exif_offset_time_original = CASE WHEN has_exif = 0 AND :has_exif \
         THEN :exif_offset_time_original ELSE exif_offset_time_original END, \
     gps_lat = CASE WHEN has_exif = 0 AND :has_exif THEN :gps_lat ELSE gps_lat END, \
     gps_lon = CASE WHEN has_exif = 0 AND :has_exif THEN :gps_lon ELSE gps_lon END, \
     gps_alt = CASE WHEN has_exif = 0 AND :has_exif THEN :gps_alt ELSE gps_alt END, \
     exif_orientation = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_orientation ELSE exif_orientation END, \
     exif_software = CASE WHEN has_exif = 0 AND :has_exif THEN :exif_software ELSE exif_software END, \
     has_exif = MAX(has_exif, :has_exif), \
     thumbnail_sha256 = COALESCE(thumbnail_sha256, :thumbnail_sha256) \
     WHERE sha256 = :sha256 AND ( \
         (width IS NULL AND :width IS NOT NULL) OR (height IS NULL AND :height IS NOT NULL) \
         OR (pdq IS NULL AND :pdq IS NOT NULL) OR (has_exif = 0 AND :has_exif) \
         OR (thumbnail_sha256 IS NULL AND :thumbnail_sha256 IS NOT NULL))";

const INSERT_OCCURRENCE: &str = "INSERT INTO occurrences \
     (media_id, exhibit_id, path, archive_path, path_raw, archive_key, size, modified, accessed, created, run_id, \
      notes, disk_volume, disk_fs_ref, disk_allocation, disk_offset, disk_metadata_offset) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) \
     ON CONFLICT (exhibit_id, path_raw, archive_key, media_id) DO NOTHING";

/// Inserts an error unless the same one is recorded; a transient error
/// that a later run had resolved and that is met again is open again.
const INSERT_ERROR: &str = "INSERT INTO ingest_errors \
     (exhibit_id, path, archive_path, path_raw, archive_key, stage, code, params, detail, sha256, run_id, transient) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
     ON CONFLICT (exhibit_id, path_raw, archive_key, stage, COALESCE(sha256, x'')) \
     DO UPDATE SET resolved_run_id = NULL, run_id = excluded.run_id, code = excluded.code, \
     params = excluded.params, detail = excluded.detail \
     WHERE resolved_run_id IS NOT NULL";

/// Refreshes a ledger row of the same file read again (its check time).
const TOUCH_DONE_FILE: &str = "UPDATE ingest_files SET checked_at = MAX(checked_at, ?7), run_id = ?8 \
     WHERE exhibit_id = ?1 AND path_raw = ?2 AND size = ?3 AND modified IS ?4 AND modified_nanos IS ?5 \
     AND sha256 IS ?6";

const INSERT_DONE_FILE: &str = "INSERT INTO ingest_files \
     (exhibit_id, path_raw, size, modified, modified_nanos, sha256, checked_at, run_id) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/// Marks the open transient errors of a file now done as resolved.
const RESOLVE_ERRORS: &str = "UPDATE ingest_errors SET resolved_run_id = ?3 \
     WHERE exhibit_id = ?1 AND path_raw = ?2 AND transient = 1 AND resolved_run_id IS NULL";

/// A media record flattened to column values.
struct MediaValues<'a> {
    record: &'a MediaRecord,
    pdq: Option<[u8; 32]>,
    quality: Option<u8>,
    dihedral: Option<Vec<u8>>,
    exif: ExifFields,
    thumbnail: Option<[u8; 32]>,
}

impl<'a> MediaValues<'a> {
    fn new(record: &'a MediaRecord) -> Self {
        MediaValues {
            record,
            pdq: record.pdq.map(|d| d.hashes[0].0),
            quality: record.pdq.map(|d| d.quality),
            dihedral: record.pdq.as_ref().map(dihedral_bytes),
            exif: record.exif.clone().unwrap_or_default(),
            thumbnail: record.thumbnail.map(|t| t.0),
        }
    }
}

/// Inserts or enriches one media item; returns (inserted, enriched).
fn upsert_media(conn: &Connection, record: &MediaRecord, now: i64) -> Result<(bool, bool)> {
    let v = MediaValues::new(record);
    let d = &v.record.digests;
    let inserted = conn
        .prepare_cached(INSERT_MEDIA)
        .ctx("preparing media insert")?
        .execute(named_params! {
            ":sha256": d.sha256.0, ":md5": d.md5.0, ":sha1": d.sha1.0, ":size": d.size,
            ":kind": v.record.kind.as_str(), ":width": v.record.width, ":height": v.record.height,
            ":pdq": v.pdq, ":pdq_quality": v.quality, ":pdq_dihedral": v.dihedral,
            ":has_exif": v.record.exif.is_some(), ":exif_make": v.exif.make, ":exif_model": v.exif.model,
            ":exif_body_serial": v.exif.body_serial, ":exif_lens_serial": v.exif.lens_serial,
            ":exif_datetime_original": v.exif.datetime_original,
            ":exif_offset_time_original": v.exif.offset_time_original,
            ":gps_lat": v.exif.gps_latitude, ":gps_lon": v.exif.gps_longitude, ":gps_alt": v.exif.gps_altitude,
            ":exif_orientation": v.exif.orientation, ":exif_software": v.exif.software,
            ":thumbnail_sha256": v.thumbnail, ":now": now,
        })
        .ctx(&format!("inserting media {}", d.sha256))?;
    if inserted == 1 {
        return Ok((true, false));
    }
    let enriched = conn
        .prepare_cached(ENRICH_MEDIA)
        .ctx("preparing media update")?
        .execute(named_params! {
            ":sha256": d.sha256.0, ":width": v.record.width, ":height": v.record.height,
            ":pdq": v.pdq, ":pdq_quality": v.quality, ":pdq_dihedral": v.dihedral,
            ":has_exif": v.record.exif.is_some(), ":exif_make": v.exif.make, ":exif_model": v.exif.model,
            ":exif_body_serial": v.exif.body_serial, ":exif_lens_serial": v.exif.lens_serial,
            ":exif_datetime_original": v.exif.datetime_original,
            ":exif_offset_time_original": v.exif.offset_time_original,
            ":gps_lat": v.exif.gps_latitude, ":gps_lon": v.exif.gps_longitude, ":gps_alt": v.exif.gps_altitude,
            ":exif_orientation": v.exif.orientation, ":exif_software": v.exif.software,
            ":thumbnail_sha256": v.thumbnail,
        })
        .ctx(&format!("filling media {}", d.sha256))?;
    Ok((false, enriched == 1))
}

/// Writes a batch (the caller holds the transaction).
pub(super) fn write_batch(conn: &Connection, batch: &IngestBatch) -> Result<BatchOutcome> {
    require_exhibit(conn, batch.exhibit)?;
    if let Some(run) = batch.run {
        let run_exhibit = runs::exhibit_of(conn, run)?;
        if run_exhibit != batch.exhibit {
            return Err(StoreError::RunExhibitMismatch {
                run: run.0,
                run_exhibit: run_exhibit.0,
                exhibit: batch.exhibit.0,
            });
        }
    }
    let now = crate::clock::now_unix();
    let run = batch.run.map(|r| r.0);
    let mut outcome = BatchOutcome::default();

    for record in &batch.media {
        let (inserted, enriched) = upsert_media(conn, record, now)?;
        outcome.new_media += u64::from(inserted);
        outcome.enriched_media += u64::from(enriched);
    }

    let mut media_id = conn.prepare_cached("SELECT id FROM media WHERE sha256 = ?1").ctx("preparing media lookup")?;
    let mut insert_occurrence = conn.prepare_cached(INSERT_OCCURRENCE).ctx("preparing occurrence insert")?;
    for occ in &batch.occurrences {
        let id: i64 = media_id
            .query_row([occ.sha256.0], |r| r.get(0))
            .optional()
            .ctx("looking up media for an occurrence")?
            .ok_or_else(|| StoreError::UnknownMedia { path: occ.key.display_path(), sha256: occ.sha256 })?;
        let disk = occ.disk.as_ref();
        outcome.new_occurrences += insert_occurrence
            .execute(params![
                id,
                batch.exhibit.0,
                occ.key.path_display(),
                occ.key.archive_display(),
                occ.key.path,
                occ.key.archive_key(),
                occ.size,
                occ.modified,
                occ.accessed,
                occ.created,
                run,
                notes_json(&occ.notes)?,
                disk.map(|d| d.volume),
                disk.and_then(|d| d.fs_ref).and_then(|r| i64::try_from(r).ok()),
                disk.map(|d| d.allocation.as_str()),
                disk.and_then(|d| d.offset).and_then(|o| i64::try_from(o).ok()),
                disk.and_then(|d| d.metadata_offset).and_then(|o| i64::try_from(o).ok()),
            ])
            .ctx(&format!("inserting occurrence '{}'", occ.key.display_path()))?
            as u64;
        super::review::index_occurrence(conn, id, batch.exhibit.0, &occ.key.path_display())?;
    }

    let mut insert_error = conn.prepare_cached(INSERT_ERROR).ctx("preparing error insert")?;
    for err in &batch.errors {
        outcome.new_errors += insert_error
            .execute(params![
                batch.exhibit.0,
                err.key.path_display(),
                err.key.archive_display(),
                err.key.path,
                err.key.archive_key(),
                err.stage.as_str(),
                err.code.as_str(),
                codec::params_json(&err.params)?,
                err.detail,
                err.sha256.map(|s| s.0),
                run,
                err.transient,
            ])
            .ctx(&format!("inserting error for '{}'", err.key.display_path()))? as u64;
    }

    let mut touch = conn.prepare_cached(TOUCH_DONE_FILE).ctx("preparing the ledger update")?;
    let mut insert_done = conn.prepare_cached(INSERT_DONE_FILE).ctx("preparing the ledger insert")?;
    let mut resolve = conn.prepare_cached(RESOLVE_ERRORS).ctx("preparing error resolution")?;
    for done in &batch.files_done {
        let values = params![
            batch.exhibit.0,
            done.path,
            done.size,
            done.modified,
            done.modified_nanos,
            done.sha256.map(|s| s.0),
            done.checked_at,
            run
        ];
        let what = || format!("recording '{}' as done", vilab_core::name::escape_utf8(&done.path));
        if touch.execute(values).ctx(&what())? == 0 {
            insert_done.execute(values).ctx(&what())?;
        }
        if let Some(run) = run {
            outcome.resolved_errors += resolve.execute(params![batch.exhibit.0, done.path, run]).ctx(&what())? as u64;
        }
    }
    Ok(outcome)
}

/// Notes as stored: a JSON array of their codes, `NULL` when there are none.
fn notes_json(notes: &[OccurrenceNote]) -> Result<Option<String>> {
    if notes.is_empty() {
        return Ok(None);
    }
    serde_json::to_string(notes).map(Some).map_err(|e| StoreError::invalid("occurrence notes", e.to_string()))
}

/// The ledger of an exhibit: every file an ingest finished.
pub(super) fn done_files(conn: &Connection, exhibit: ExhibitId) -> Result<Vec<DoneFile>> {
    require_exhibit(conn, exhibit)?;
    let mut stmt = conn
        .prepare(
            "SELECT path_raw, size, modified, modified_nanos, sha256, checked_at FROM ingest_files \
             WHERE exhibit_id = ?1 ORDER BY id",
        )
        .ctx("reading the ledger")?;
    let rows = stmt
        .query_map([exhibit.0], |row| {
            Ok(DoneFile {
                path: row.get(0)?,
                size: row.get(1)?,
                modified: row.get(2)?,
                modified_nanos: row.get(3)?,
                sha256: codec::opt_sha256(row, 4)?,
                checked_at: row.get(5)?,
            })
        })
        .ctx("reading the ledger")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading the ledger")
}
