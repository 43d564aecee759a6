//! Reads for matching a case, and the `match_results` table.

use std::collections::HashMap;

use rusqlite::{Connection, Row, Transaction, params};
use vilab_core::{Md5, PdqHash, Sha1, Sha256};

use super::Ctx as _;
use super::codec::{self, At};
use super::hashsets::LOOKUPS;
use crate::model::{
    ContentDigests, EntryDigests, ExactCandidate, IndexedPdq, KnownHit, MatchMethod, MatchRow, MatchTarget, MediaPdq,
    TriageItem,
};
use crate::{CaseId, MediaRowId, Result};

const CASE_MEDIA: &str =
    "SELECT DISTINCT o.media_id FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id WHERE e.case_id = ?1";

/// The candidates for an exact match of the case's media: one join per
/// lookup table, each entry found by its strongest digest (the only table
/// it sits in, so each pair comes once), with both sides' digests. Whether
/// the entry's other digests agree is `vilab_match`'s rule, decided there.
pub(super) fn exact_candidates(conn: &Connection, case: CaseId) -> Result<Vec<ExactCandidate>> {
    let mut out = Vec::new();
    for (column, _) in LOOKUPS {
        let mut stmt = conn.prepare(&candidates_sql(column)).ctx("preparing the exact-match candidates")?;
        let rows = stmt
            .query_map([case.0], |row| {
                Ok(ExactCandidate {
                    media: MediaRowId(row.get(0)?),
                    media_digests: ContentDigests {
                        md5: Md5(codec::fixed(row, 1)?),
                        sha1: Sha1(codec::fixed(row, 2)?),
                        sha256: codec::sha256(row, 3)?,
                    },
                    known_id: row.get(4)?,
                    entry_digests: EntryDigests {
                        md5: codec::opt_fixed(row, 5)?.map(Md5),
                        sha1: codec::opt_fixed(row, 6)?.map(Sha1),
                        sha256: codec::opt_sha256(row, 7)?,
                    },
                })
            })
            .ctx("reading the exact-match candidates")?;
        for row in rows {
            out.push(row.ctx("reading the exact-match candidates")?);
        }
    }
    Ok(out)
}

/// The candidates through one lookup table (`column` names its digest):
/// the case's media, then the table's primary key by digest, then the
/// entry by id; never an index on `known_hashes`' digests (there is none).
fn candidates_sql(column: &str) -> String {
    format!(
        "SELECT m.id, m.md5, m.sha1, m.sha256, k.id, k.md5, k.sha1, k.sha256
         FROM media m JOIN known_{column} l ON l.digest = m.{column}
         JOIN known_hashes k ON k.id = l.known_id
         WHERE m.id IN ({CASE_MEDIA})"
    )
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
            let quality = codec::pdq_quality(row, 2, At::read(row, "media", 0)?)?;
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

/// Every hash-set entry with a PDQ, handed to `visit`.
pub(super) fn known_pdqs(conn: &Connection, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()> {
    let mut stmt =
        conn.prepare("SELECT id, pdq FROM known_hashes WHERE pdq IS NOT NULL ORDER BY id").ctx("listing known PDQ")?;
    for row in stmt.query_map([], |row| indexed(row, true)).ctx("listing known PDQ")? {
        visit(row.ctx("listing known PDQ")?);
    }
    Ok(())
}

/// Media with a PDQ found in other cases than `case` and not in it, handed to `visit`.
pub(super) fn other_case_pdqs(conn: &Connection, case: CaseId, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()> {
    let sql = format!(
        "SELECT DISTINCT m.id, m.pdq FROM media m JOIN occurrences o ON o.media_id = m.id JOIN exhibits e ON e.id = o.exhibit_id
         WHERE m.pdq IS NOT NULL AND e.case_id <> ?1 AND m.id NOT IN ({CASE_MEDIA}) ORDER BY m.id"
    );
    let mut stmt = conn.prepare(&sql).ctx("listing other cases' PDQ")?;
    for row in stmt.query_map([case.0], |row| indexed(row, false)).ctx("listing other cases' PDQ")? {
        visit(row.ctx("listing other cases' PDQ")?);
    }
    Ok(())
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

/// Every media item of the case with its stored matches (in no particular
/// order: ranking them is `vilab_match`'s) and the other cases that hold
/// the same content: four queries over the whole case, grouped here,
/// whatever the case's size.
pub(super) fn triage(conn: &Connection, case: CaseId) -> Result<Vec<TriageItem>> {
    let sql = format!("SELECT id, sha256 FROM media WHERE id IN ({CASE_MEDIA}) ORDER BY id");
    let mut stmt = conn.prepare(&sql).ctx("listing the case's media")?;
    let media: Vec<(i64, Sha256)> = stmt
        .query_map([case.0], |row| Ok((row.get(0)?, codec::sha256(row, 1)?)))
        .ctx("listing the case's media")?
        .collect::<rusqlite::Result<_>>()
        .ctx("listing the case's media")?;

    let mut known = grouped(
        conn,
        "SELECT r.media_id, h.name, h.profile, k.category, k.series, r.method, r.distance, r.dihedral, k.id, r.id
         FROM match_results r JOIN known_hashes k ON k.id = r.known_id JOIN hashsets h ON h.id = k.hashset_id
         WHERE r.case_id = ?1",
        case,
        "reading matches",
        |row| {
            let at = At::read(row, "match_results", 9)?;
            let method: String = row.get(5)?;
            let method = MatchMethod::parse(&method)
                .ok_or_else(|| at.bad("method", format!("unknown match method '{method}'")))?;
            Ok(KnownHit {
                known_id: row.get(8)?,
                hashset: row.get(1)?,
                profile: row.get(2)?,
                category: row.get(3)?,
                series: row.get(4)?,
                method,
                distance: row.get(6)?,
                dihedral: row.get(7)?,
            })
        },
    )?;
    let mut same = grouped(
        conn,
        &format!(
            "SELECT DISTINCT o.media_id, c.name FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id
             JOIN cases c ON c.id = e.case_id
             WHERE o.media_id IN ({CASE_MEDIA}) AND c.id <> ?1 ORDER BY o.media_id, c.name"
        ),
        case,
        "reading other cases",
        |row| row.get(1),
    )?;
    let mut similar = grouped(
        conn,
        "SELECT r.media_id, c.name, min(r.distance) FROM match_results r
         JOIN occurrences o ON o.media_id = r.other_media_id JOIN exhibits e ON e.id = o.exhibit_id
         JOIN cases c ON c.id = e.case_id
         WHERE r.case_id = ?1 AND c.id <> ?1 GROUP BY r.media_id, c.name ORDER BY r.media_id, c.name",
        case,
        "reading similar media",
        |row| Ok((row.get(1)?, row.get(2)?)),
    )?;
    Ok(media
        .into_iter()
        .map(|(id, sha256)| TriageItem {
            media: MediaRowId(id),
            sha256,
            known: known.remove(&id).unwrap_or_default(),
            same_content_in: same.remove(&id).unwrap_or_default(),
            similar_in: similar.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// Rows of `sql` (its first column a media row id, its parameter the case)
/// read by `read` and grouped by media, in the query's order.
fn grouped<T>(
    conn: &Connection,
    sql: &str,
    case: CaseId,
    context: &str,
    read: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<HashMap<i64, Vec<T>>> {
    let mut stmt = conn.prepare(sql).ctx(context)?;
    let mut rows = stmt.query([case.0]).ctx(context)?;
    let mut out: HashMap<i64, Vec<T>> = HashMap::new();
    while let Some(row) = rows.next().ctx(context)? {
        let media: i64 = row.get(0).ctx(context)?;
        out.entry(media).or_default().push(read(row).ctx(context)?);
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

/// Every place of every media item of the case: (item, exhibit name, key),
/// by item and then in the order recorded.
pub(super) fn case_places(
    conn: &Connection,
    case: CaseId,
) -> Result<Vec<(MediaRowId, String, vilab_core::model::OccurrenceKey)>> {
    let mut stmt = conn
        .prepare(
            "SELECT o.media_id, e.name, o.path_raw, o.archive_key, o.archive_path, o.id \
             FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id \
             WHERE e.case_id = ?1 ORDER BY o.media_id, o.id",
        )
        .ctx("listing the case's places")?;
    let rows = stmt
        .query_map([case.0], |row| {
            Ok((MediaRowId(row.get(0)?), row.get(1)?, codec::key(row, 2, At::read(row, "occurrences", 5)?)?))
        })
        .ctx("listing the case's places")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing the case's places")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidates' join must stay cheap at millions of entries: each
    /// lookup table searched by its primary key, each entry by its id,
    /// nothing scanned but the case's own media.
    #[test]
    fn exact_candidates_search_the_lookup_tables_by_digest() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        for (column, _) in LOOKUPS {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", candidates_sql(column))).unwrap();
            let plan: Vec<String> =
                stmt.query_map([1], |row| row.get::<_, String>(3)).unwrap().map(Result::unwrap).collect();
            let shows = |step: &str| plan.iter().any(|line| line.starts_with(step));
            assert!(shows("SEARCH l USING PRIMARY KEY (digest=?"), "{column}: {plan:#?}");
            assert!(shows("SEARCH k USING INTEGER PRIMARY KEY (rowid=?)"), "{column}: {plan:#?}");
            assert!(!plan.iter().any(|line| line.starts_with("SCAN k") || line.starts_with("SCAN l")), "{plan:#?}");
        }
    }
}
