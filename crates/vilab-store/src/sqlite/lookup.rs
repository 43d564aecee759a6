//! Look-ups for one item's page and for a picture from outside the lab:
//! an item's stored hash-set matches in every case, the items whose PDQ
//! lies near some hashes (in the cases asked about), and the hash-set
//! entries of one digest or near one PDQ.

use rusqlite::{Connection, params};
use vilab_core::PdqHash;

use super::Ctx as _;
use super::codec::{self, At};
use super::hashsets::LOOKUPS;
use crate::model::{KnownHit, MatchMethod, PdqNeighbour};
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
