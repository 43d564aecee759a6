//! Counting what cases hold, listing a case's errors and the blobs the
//! database refers to.

use rusqlite::Connection;
use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestError, MediaKind};

use super::Ctx as _;
use super::cases::{all_cases, require_case};
use super::codec::{self, At};
use crate::model::{CaseCounts, CaseSummary};
use crate::{CaseId, Result};

/// Every case with its sizes, by name.
pub(super) fn list_cases(conn: &Connection) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT \
                 (SELECT COUNT(*) FROM exhibits e WHERE e.case_id = ?1), \
                 (SELECT COUNT(DISTINCT o.media_id) FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id \
                     WHERE e.case_id = ?1), \
                 (SELECT COUNT(*) FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id WHERE e.case_id = ?1), \
                 (SELECT COUNT(*) FROM ingest_errors x JOIN exhibits e ON e.id = x.exhibit_id WHERE e.case_id = ?1)",
        )
        .ctx("preparing case summary")?;
    all_cases(conn)?
        .into_iter()
        .map(|case| {
            let (exhibits, media, occurrences, errors) = stmt
                .query_row([case.id.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .ctx(&format!("counting case '{}'", case.name))?;
            Ok(CaseSummary { case, exhibits, media, occurrences, errors })
        })
        .collect()
}

/// The unique media of a case, as a CTE other queries join.
const CASE_MEDIA: &str = "WITH cm AS (SELECT DISTINCT o.media_id FROM occurrences o \
     JOIN exhibits e ON e.id = o.exhibit_id WHERE e.case_id = ?1)";

/// What a case holds.
pub(super) fn case_counts(conn: &Connection, case: CaseId) -> Result<CaseCounts> {
    require_case(conn, case)?;
    let count = |sql: &str, what: &str| -> Result<u64> { conn.query_row(sql, [case.0], |r| r.get(0)).ctx(what) };
    let mut counts = CaseCounts {
        exhibits: count("SELECT COUNT(*) FROM exhibits WHERE case_id = ?1", "counting exhibits")?,
        files: count(
            "SELECT COUNT(*) FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id WHERE e.case_id = ?1",
            "counting occurrences",
        )?,
        ..CaseCounts::default()
    };
    (counts.media, counts.images_decoded, counts.with_exif, counts.with_gps) = conn
        .query_row(
            &format!(
                "{CASE_MEDIA} SELECT COUNT(*), COALESCE(SUM(m.width IS NOT NULL), 0), \
                 COALESCE(SUM(m.has_exif), 0), COALESCE(SUM(m.gps_lat IS NOT NULL AND m.gps_lon IS NOT NULL), 0) \
                 FROM cm JOIN media m ON m.id = cm.media_id"
            ),
            [case.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .ctx("counting media")?;

    let mut stmt = conn
        .prepare(&format!(
            "{CASE_MEDIA} SELECT m.kind, COUNT(*), MIN(m.id) FROM cm JOIN media m ON m.id = cm.media_id GROUP BY m.kind"
        ))
        .ctx("counting media by kind")?;
    // MIN(id): a row holding the kind, for the error if it is unknown.
    let by_kind = stmt
        .query_map([case.0], |r| Ok((codec::kind(r, 0, At::read(r, "media", 2)?)?, r.get::<_, u64>(1)?)))
        .ctx("counting media by kind")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .ctx("counting media by kind")?;
    counts.by_kind =
        MediaKind::ALL.into_iter().filter_map(|k| by_kind.iter().find(|(kind, _)| *kind == k).copied()).collect();

    let mut stmt = conn
        .prepare(
            "SELECT x.stage, COUNT(*), MIN(x.id) FROM ingest_errors x JOIN exhibits e ON e.id = x.exhibit_id \
             WHERE e.case_id = ?1 GROUP BY x.stage",
        )
        .ctx("counting errors")?;
    let by_stage = stmt
        .query_map([case.0], |r| Ok((codec::stage(r, 0, At::read(r, "ingest_errors", 2)?)?, r.get::<_, u64>(1)?)))
        .ctx("counting errors")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .ctx("counting errors")?;
    counts.errors_by_stage =
        [ErrorStage::Read, ErrorStage::Archive, ErrorStage::Decode, ErrorStage::Exif, ErrorStage::Store]
            .into_iter()
            .filter_map(|s| by_stage.iter().find(|(stage, _)| *stage == s).copied())
            .collect();
    Ok(counts)
}

/// The open ingest errors of a case (those no later run resolved) with
/// their exhibit's name.
pub(super) fn ingest_errors(conn: &Connection, case: CaseId) -> Result<Vec<(String, IngestError)>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare(
            "SELECT e.name, x.path_raw, x.archive_key, x.archive_path, x.stage, x.id, x.sha256, x.transient, \
                 x.code, x.params, x.detail \
             FROM ingest_errors x JOIN exhibits e ON e.id = x.exhibit_id \
             WHERE e.case_id = ?1 AND x.resolved_run_id IS NULL ORDER BY x.id",
        )
        .ctx("listing errors")?;
    let rows = stmt
        .query_map([case.0], |row| {
            let at = At::read(row, "ingest_errors", 5)?;
            let (code, params, detail) = codec::error_cause(row, 8, at)?;
            Ok((
                row.get(0)?,
                IngestError {
                    key: codec::key(row, 1, at)?,
                    stage: codec::stage(row, 4, at)?,
                    code,
                    params,
                    detail,
                    sha256: codec::opt_sha256(row, 6)?,
                    transient: row.get(7)?,
                },
            ))
        })
        .ctx("listing errors")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing errors")
}

/// Every media content and thumbnail the evidence store should hold.
pub(super) fn blob_refs(conn: &Connection) -> Result<Vec<Sha256>> {
    let mut stmt = conn
        .prepare(
            "SELECT sha256 FROM media UNION SELECT thumbnail_sha256 FROM media \
             WHERE thumbnail_sha256 IS NOT NULL UNION SELECT sha256 FROM renditions ORDER BY 1",
        )
        .ctx("listing blob references")?;
    let rows = stmt.query_map([], |row| codec::sha256(row, 0)).ctx("listing blob references")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing blob references")
}
