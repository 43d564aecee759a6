//! Reads for matching a case, and the `match_results` table.

use rusqlite::{Connection, Row, Transaction, params};
use vilab_core::{PdqHash, Sha256};

use super::Ctx as _;
use super::codec;
use crate::model::{IndexedPdq, KnownHit, MatchMethod, MatchRow, MatchTarget, MediaPdq, TriageItem};
use crate::{CaseId, MediaRowId, Result};

const CASE_MEDIA: &str =
    "SELECT DISTINCT o.media_id FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id WHERE e.case_id = ?1";

/// Exact matches of the case's media against every hash set: one join per
/// lookup table, each entry found by its strongest digest and kept only if
/// every digest it gives agrees (an MD5 collision is no match). The method
/// is the strongest digest, one match per entry.
pub(super) fn exact_known(conn: &Connection, case: CaseId) -> Result<Vec<MatchRow>> {
    let mut out = Vec::new();
    for method in [MatchMethod::Sha256, MatchMethod::Sha1, MatchMethod::Md5] {
        let column = method.as_str();
        let sql = format!(
            "SELECT m.id, k.id FROM media m JOIN known_{column} l ON l.digest = m.{column}
             JOIN known_hashes k ON k.id = l.known_id
             WHERE m.id IN ({CASE_MEDIA})
               AND (k.md5 IS NULL OR k.md5 = m.md5) AND (k.sha1 IS NULL OR k.sha1 = m.sha1)
               AND (k.sha256 IS NULL OR k.sha256 = m.sha256)
             ORDER BY m.id, k.id"
        );
        let mut stmt = conn.prepare(&sql).ctx("preparing an exact match")?;
        let rows = stmt
            .query_map([case.0], |row| {
                Ok(MatchRow {
                    media: MediaRowId(row.get(0)?),
                    target: MatchTarget::Known(row.get(1)?),
                    method,
                    distance: 0,
                    dihedral: None,
                })
            })
            .ctx("matching exactly")?;
        for row in rows {
            out.push(row.ctx("matching exactly")?);
        }
    }
    Ok(out)
}

/// The case's decoded media with their eight hashes.
pub(super) fn case_pdqs(conn: &Connection, case: CaseId) -> Result<Vec<MediaPdq>> {
    let sql = format!(
        "SELECT id, pdq_dihedral, pdq_quality FROM media WHERE pdq_dihedral IS NOT NULL AND id IN ({CASE_MEDIA}) ORDER BY id"
    );
    let mut stmt = conn.prepare(&sql).ctx("listing the case's PDQ")?;
    let rows = stmt
        .query_map([case.0], |row| {
            let bytes: [u8; 256] = codec::fixed(row, 1)?;
            let quality: u8 = row.get(2)?;
            Ok(MediaPdq { media: MediaRowId(row.get(0)?), dihedral: codec::dihedral_from(&bytes, quality) })
        })
        .ctx("listing the case's PDQ")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing the case's PDQ")
}

fn indexed(row: &Row<'_>, known: bool) -> rusqlite::Result<IndexedPdq> {
    let id: i64 = row.get(0)?;
    let target = if known { MatchTarget::Known(id) } else { MatchTarget::OtherMedia(MediaRowId(id)) };
    Ok(IndexedPdq { target, pdq: PdqHash(codec::fixed(row, 1)?) })
}

/// Every hash-set entry with a PDQ.
pub(super) fn known_pdqs(conn: &Connection) -> Result<Vec<IndexedPdq>> {
    let mut stmt =
        conn.prepare("SELECT id, pdq FROM known_hashes WHERE pdq IS NOT NULL ORDER BY id").ctx("listing known PDQ")?;
    let rows = stmt.query_map([], |row| indexed(row, true)).ctx("listing known PDQ")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing known PDQ")
}

/// Media with a PDQ found in other cases than `case` and not in it.
pub(super) fn other_case_pdqs(conn: &Connection, case: CaseId) -> Result<Vec<IndexedPdq>> {
    let sql = format!(
        "SELECT DISTINCT m.id, m.pdq FROM media m JOIN occurrences o ON o.media_id = m.id JOIN exhibits e ON e.id = o.exhibit_id
         WHERE m.pdq IS NOT NULL AND e.case_id <> ?1 AND m.id NOT IN ({CASE_MEDIA}) ORDER BY m.id"
    );
    let mut stmt = conn.prepare(&sql).ctx("listing other cases' PDQ")?;
    let rows = stmt.query_map([case.0], |row| indexed(row, false)).ctx("listing other cases' PDQ")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing other cases' PDQ")
}

/// Replaces the case's match rows.
pub(super) fn replace(tx: &Transaction<'_>, case: CaseId, rows: &[MatchRow]) -> Result<usize> {
    tx.execute("DELETE FROM match_results WHERE case_id = ?1", [case.0]).ctx("clearing old matches")?;
    let now = crate::clock::now_unix();
    let mut insert = tx
        .prepare(
            "INSERT INTO match_results (case_id, media_id, known_id, other_media_id, method, distance, dihedral, matched_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .ctx("preparing match rows")?;
    for row in rows {
        let (known, other) = match row.target {
            MatchTarget::Known(id) => (Some(id), None),
            MatchTarget::OtherMedia(m) => (None, Some(m.0)),
        };
        insert
            .execute(params![case.0, row.media.0, known, other, row.method.as_str(), row.distance, row.dihedral, now])
            .ctx("storing a match")?;
    }
    Ok(rows.len())
}

/// Every media item of the case with its stored matches and the other
/// cases that hold the same content.
pub(super) fn triage(conn: &Connection, case: CaseId) -> Result<Vec<TriageItem>> {
    let sql = format!("SELECT id, sha256 FROM media WHERE id IN ({CASE_MEDIA}) ORDER BY id");
    let mut stmt = conn.prepare(&sql).ctx("listing the case's media")?;
    let media: Vec<(i64, Sha256)> = stmt
        .query_map([case.0], |row| Ok((row.get(0)?, codec::sha256(row, 1)?)))
        .ctx("listing the case's media")?
        .collect::<rusqlite::Result<_>>()
        .ctx("listing the case's media")?;
    let mut known_stmt = conn
        .prepare(
            "SELECT h.name, h.profile, k.category, k.series, r.method, r.distance, r.dihedral
             FROM match_results r JOIN known_hashes k ON k.id = r.known_id JOIN hashsets h ON h.id = k.hashset_id
             WHERE r.case_id = ?1 AND r.media_id = ?2
             ORDER BY (r.method = 'pdq'), r.distance, h.name, k.id",
        )
        .ctx("reading matches")?;
    let mut same_stmt = conn
        .prepare(
            "SELECT DISTINCT c.name FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id JOIN cases c ON c.id = e.case_id
             WHERE o.media_id = ?1 AND c.id <> ?2 ORDER BY c.name",
        )
        .ctx("reading other cases")?;
    let mut similar_stmt = conn
        .prepare(
            "SELECT c.name, min(r.distance) FROM match_results r JOIN occurrences o ON o.media_id = r.other_media_id
             JOIN exhibits e ON e.id = o.exhibit_id JOIN cases c ON c.id = e.case_id
             WHERE r.case_id = ?1 AND r.media_id = ?2 AND c.id <> ?1 GROUP BY c.name ORDER BY c.name",
        )
        .ctx("reading similar media")?;
    let mut out = Vec::with_capacity(media.len());
    for (id, sha256) in media {
        let known = known_stmt
            .query_map(params![case.0, id], |row| {
                let method: String = row.get(4)?;
                Ok(KnownHit {
                    hashset: row.get(0)?,
                    profile: row.get(1)?,
                    category: row.get(2)?,
                    series: row.get(3)?,
                    method: MatchMethod::parse(&method).unwrap_or(MatchMethod::Pdq),
                    distance: row.get(5)?,
                    dihedral: row.get(6)?,
                })
            })
            .ctx("reading matches")?
            .collect::<rusqlite::Result<_>>()
            .ctx("reading matches")?;
        let same_content_in = same_stmt
            .query_map(params![id, case.0], |row| row.get(0))
            .ctx("reading other cases")?
            .collect::<rusqlite::Result<_>>()
            .ctx("reading other cases")?;
        let similar_in = similar_stmt
            .query_map(params![case.0, id], |row| Ok((row.get(0)?, row.get(1)?)))
            .ctx("reading similar media")?
            .collect::<rusqlite::Result<_>>()
            .ctx("reading similar media")?;
        out.push(TriageItem { media: MediaRowId(id), sha256, known, same_content_in, similar_in });
    }
    Ok(out)
}

/// The digests, size and PDQ of every media item of the case, by row id.
pub(super) fn case_digests(conn: &Connection, case: CaseId) -> Result<Vec<crate::model::MediaDigests>> {
    let sql = format!("SELECT id, md5, sha1, sha256, size, pdq FROM media WHERE id IN ({CASE_MEDIA}) ORDER BY id");
    let mut stmt = conn.prepare(&sql).ctx("listing the case's digests")?;
    let rows = stmt
        .query_map([case.0], |row| {
            Ok(crate::model::MediaDigests {
                media: MediaRowId(row.get(0)?),
                md5: vilab_core::Md5(codec::fixed(row, 1)?),
                sha1: vilab_core::Sha1(codec::fixed(row, 2)?),
                sha256: codec::sha256(row, 3)?,
                size: row.get(4)?,
                pdq: codec::opt_fixed(row, 5)?.map(PdqHash),
            })
        })
        .ctx("listing the case's digests")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing the case's digests")
}
