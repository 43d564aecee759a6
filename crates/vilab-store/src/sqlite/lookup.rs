//! Look-ups for one item's page and for a picture from outside the lab:
//! an item's stored hash-set matches in every case, the items whose PDQ
//! lies near some hashes (in the cases asked about), and the hash-set
//! entries of one digest or near one PDQ.

use rusqlite::{Connection, params};
use vilab_core::PdqHash;

use super::Ctx as _;
use super::codec::{self, At};
use super::hashsets::LOOKUPS;
use crate::model::{KnownHit, MatchMethod, MediaMark, MediaPdq, PdqNeighbour};
use crate::{CaseId, MediaRowId, Result};

/// The entry columns of a [`KnownHit`], after `k` (known_hashes) and `h`
/// (hashsets).
const HIT_COLUMNS: &str = "k.id, h.name, h.profile, k.category, k.series";

fn hit(
    row: &rusqlite::Row<'_>,
    method: MatchMethod,
    distance: u32,
    dihedral: Option<String>,
) -> rusqlite::Result<KnownHit> {
    Ok(KnownHit {
        known_id: row.get(0)?,
        hashset: row.get(1)?,
        profile: row.get(2)?,
        category: row.get(3)?,
        series: row.get(4)?,
        method,
        distance,
        dihedral,
    })
}

/// What matching stored for an item, in every case, with the case.
pub(super) fn media_matches(conn: &Connection, media: MediaRowId) -> Result<Vec<(CaseId, KnownHit)>> {
    let sql = format!(
        "SELECT {HIT_COLUMNS}, r.method, r.distance, r.dihedral, r.case_id, r.id
         FROM match_results r JOIN known_hashes k ON k.id = r.known_id JOIN hashsets h ON h.id = k.hashset_id
         WHERE r.media_id = ?1 ORDER BY r.case_id, r.distance, k.id"
    );
    let mut stmt = conn.prepare_cached(&sql).ctx("preparing an item's matches")?;
    let rows = stmt
        .query_map([media.0], |row| {
            let at = At::read(row, "match_results", 9)?;
            let method: String = row.get(5)?;
            let method = MatchMethod::parse(&method)
                .ok_or_else(|| at.bad("method", format!("unknown match method '{method}'")))?;
            Ok((CaseId(row.get(8)?), hit(row, method, row.get(6)?, row.get(7)?)?))
        })
        .ctx("reading an item's matches")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading an item's matches")
}

/// The least distance from any of `probes` to `pdq`.
fn nearest(probes: &[PdqHash], pdq: &PdqHash) -> u32 {
    probes.iter().map(|p| p.distance(pdq)).min().unwrap_or(u32::MAX)
}

/// Items (with a PDQ) of the given cases (`None`: every case) within
/// `radius` of any of `probes`, once per case, nearest first.
pub(super) fn pdq_neighbours(
    conn: &Connection,
    probes: &[PdqHash],
    radius: u32,
    cases: Option<&[CaseId]>,
) -> Result<Vec<PdqNeighbour>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT DISTINCT e.case_id, m.id, m.pdq FROM media m JOIN occurrences o ON o.media_id = m.id
             JOIN exhibits e ON e.id = o.exhibit_id WHERE m.pdq IS NOT NULL",
        )
        .ctx("preparing the PDQ neighbours")?;
    let rows = stmt
        .query_map([], |row| Ok((CaseId(row.get(0)?), MediaRowId(row.get(1)?), PdqHash(codec::fixed(row, 2)?))))
        .ctx("reading the PDQ neighbours")?;
    let mut out = Vec::new();
    for row in rows {
        let (case, media, pdq) = row.ctx("reading the PDQ neighbours")?;
        if cases.is_some_and(|c| !c.contains(&case)) {
            continue;
        }
        let distance = nearest(probes, &pdq);
        if distance <= radius {
            out.push(PdqNeighbour { case, media, distance });
        }
    }
    out.sort_by_key(|n| (n.distance, n.case, n.media));
    Ok(out)
}

/// Hash-set entries of these digests (through each entry's strongest
/// digest, as matching looks them up), and those whose PDQ lies within
/// `radius` of any of `probes`.
pub(super) fn known_lookup(
    conn: &Connection,
    digests: [(&str, &[u8]); 3],
    probes: &[PdqHash],
    radius: u32,
) -> Result<Vec<KnownHit>> {
    let mut out = Vec::new();
    for (column, _) in LOOKUPS {
        let Some((_, digest)) = digests.iter().find(|(c, _)| *c == column) else { continue };
        let method = MatchMethod::parse(column).unwrap_or(MatchMethod::Sha256);
        let sql = format!(
            "SELECT {HIT_COLUMNS} FROM known_{column} l JOIN known_hashes k ON k.id = l.known_id
             JOIN hashsets h ON h.id = k.hashset_id WHERE l.digest = ?1 ORDER BY k.id"
        );
        let mut stmt = conn.prepare_cached(&sql).ctx("preparing a digest look-up")?;
        let rows = stmt.query_map(params![digest], |row| hit(row, method, 0, None)).ctx("looking up a digest")?;
        for row in rows {
            out.push(row.ctx("looking up a digest")?);
        }
    }
    if !probes.is_empty() {
        let sql = format!(
            "SELECT {HIT_COLUMNS}, k.pdq FROM known_hashes k JOIN hashsets h ON h.id = k.hashset_id
             WHERE k.pdq IS NOT NULL ORDER BY k.id"
        );
        let mut stmt = conn.prepare_cached(&sql).ctx("preparing a PDQ look-up")?;
        let mut rows = stmt.query([]).ctx("looking up a PDQ")?;
        while let Some(row) = rows.next().ctx("looking up a PDQ")? {
            let pdq = PdqHash(codec::fixed(row, 5).ctx("looking up a PDQ")?);
            let distance = nearest(probes, &pdq);
            if distance <= radius {
                out.push(hit(row, MatchMethod::Pdq, distance, None).ctx("looking up a PDQ")?);
            }
        }
    }
    Ok(out)
}

/// Media items with a PDQ above `after`, in row-id order.
pub(super) fn media_pdqs_after(
    conn: &Connection,
    after: Option<MediaRowId>,
    visit: &mut dyn FnMut(MediaRowId, PdqHash),
) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("SELECT id, pdq FROM media WHERE pdq IS NOT NULL AND id > ?1 ORDER BY id")
        .ctx("preparing the media's PDQ")?;
    let mut rows = stmt.query([after.map_or(0, |m| m.0)]).ctx("reading the media's PDQ")?;
    while let Some(row) = rows.next().ctx("reading the media's PDQ")? {
        let id = MediaRowId(row.get(0).ctx("reading the media's PDQ")?);
        visit(id, PdqHash(codec::fixed(row, 1).ctx("reading the media's PDQ")?));
    }
    Ok(())
}

/// The highest media row id and the number of ended ingest runs.
pub(super) fn media_mark(conn: &Connection) -> Result<MediaMark> {
    let last: Option<i64> =
        conn.query_row("SELECT MAX(id) FROM media", [], |r| r.get(0)).ctx("reading the last media row")?;
    let ended: i64 = conn
        .query_row("SELECT COUNT(*) FROM ingest_runs WHERE status <> 'running'", [], |r| r.get(0))
        .ctx("counting the ended ingest runs")?;
    Ok(MediaMark { last_media: last.map(MediaRowId), runs_ended: ended as u64 })
}

/// How many ids one statement binds (SQLite's default limit is 32,766).
const IDS_PER_STATEMENT: usize = 500;

/// The statement's `?, ?, …` for `n` ids.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The (item, case) pairs of these items' occurrences.
pub(super) fn media_cases(conn: &Connection, media: &[MediaRowId]) -> Result<Vec<(MediaRowId, CaseId)>> {
    let mut out = Vec::new();
    for chunk in media.chunks(IDS_PER_STATEMENT) {
        let sql = format!(
            "SELECT DISTINCT o.media_id, e.case_id FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id
             WHERE o.media_id IN ({})",
            placeholders(chunk.len())
        );
        let mut stmt = conn.prepare_cached(&sql).ctx("preparing the items' cases")?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(chunk.iter().map(|m| m.0)), |row| {
                Ok((MediaRowId(row.get(0)?), CaseId(row.get(1)?)))
            })
            .ctx("reading the items' cases")?;
        for row in rows {
            out.push(row.ctx("reading the items' cases")?);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The eight hashes of those of these items that have them.
pub(super) fn media_pdqs(conn: &Connection, media: &[MediaRowId]) -> Result<Vec<MediaPdq>> {
    let mut out = Vec::new();
    for chunk in media.chunks(IDS_PER_STATEMENT) {
        let sql = format!(
            "SELECT id, pdq_dihedral, pdq_quality FROM media WHERE pdq_dihedral IS NOT NULL AND id IN ({})",
            placeholders(chunk.len())
        );
        let mut stmt = conn.prepare_cached(&sql).ctx("preparing the items' PDQ")?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(chunk.iter().map(|m| m.0)), |row| {
                let bytes: [u8; 256] = codec::fixed(row, 1)?;
                let quality = codec::pdq_quality(row, 2, At::read(row, "media", 0)?)?;
                Ok(MediaPdq { media: MediaRowId(row.get(0)?), dihedral: codec::dihedral_from(&bytes, quality) })
            })
            .ctx("reading the items' PDQ")?;
        for row in rows {
            out.push(row.ctx("reading the items' PDQ")?);
        }
    }
    out.sort_by_key(|p| p.media);
    out.dedup_by_key(|p| p.media);
    Ok(out)
}
