//! Series linked across cases in SQL (schema version 13): the append-only
//! history of link and unlink events, the links standing now, and what a
//! search for series to link compares (shared items, members' PDQ).

use rusqlite::{Connection, params};

use super::Ctx as _;
use super::codec::{self, At};
use super::review::series_by_id;
use crate::model::review::{SeriesId, SeriesLinkEvent, SeriesMemberPdq};
use crate::{AccountId, MediaRowId, Result, StoreError};

const EVENT_COLUMNS: &str = "e.id, e.series_a, e.series_b, e.linked, e.note, e.set_by, e.set_at";

fn event_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SeriesLinkEvent> {
    Ok(SeriesLinkEvent {
        id: row.get(0)?,
        pair: (SeriesId(row.get(1)?), SeriesId(row.get(2)?)),
        linked: row.get::<_, i64>(3)? == 1,
        note: row.get(4)?,
        set_by: AccountId(row.get(5)?),
        set_at: row.get(6)?,
    })
}

/// The pair in key order (the smaller id first).
fn ordered(a: SeriesId, b: SeriesId) -> (SeriesId, SeriesId) {
    if a < b { (a, b) } else { (b, a) }
}

/// The pair's latest event.
fn latest(conn: &Connection, pair: (SeriesId, SeriesId)) -> Result<Option<SeriesLinkEvent>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM series_link_events e \
             WHERE e.series_a = ?1 AND e.series_b = ?2 ORDER BY e.id DESC LIMIT 1"
        ))
        .ctx("preparing a series link")?;
    let mut rows = stmt.query_map([pair.0.0, pair.1.0], event_row).ctx("reading a series link")?;
    rows.next().transpose().ctx("reading a series link")
}

/// Links (`linked`) or unlinks two series of different cases, appending an
/// event when that changes the pair's state; whether it did.
pub(super) fn set_series_link(
    conn: &Connection,
    a: SeriesId,
    b: SeriesId,
    linked: bool,
    note: &str,
    by: AccountId,
    at: i64,
) -> Result<bool> {
    let first = series_by_id(conn, a)?.ok_or(StoreError::NotFound { what: "series", id: a.0 })?;
    let second = series_by_id(conn, b)?.ok_or(StoreError::NotFound { what: "series", id: b.0 })?;
    if first.case == second.case {
        return Err(StoreError::invalid(
            "series link",
            format!("series {} and {} lie in one case: merge them instead", a.0, b.0),
        ));
    }
    let pair = ordered(a, b);
    let now = latest(conn, pair)?.is_some_and(|e| e.linked);
    if now == linked {
        return Ok(false);
    }
    conn.prepare_cached(
        "INSERT INTO series_link_events (series_a, series_b, linked, note, set_by, set_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .ctx("preparing a series link")?
    .execute(params![pair.0.0, pair.1.0, i64::from(linked), note, by.0, at])
    .ctx("writing a series link")?;
    Ok(true)
}

/// Every link and unlink event naming the series, oldest first.
pub(super) fn series_link_history(conn: &Connection, series: SeriesId) -> Result<Vec<SeriesLinkEvent>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM series_link_events e \
             WHERE e.series_a = ?1 OR e.series_b = ?1 ORDER BY e.id"
        ))
        .ctx("preparing series link history")?;
    let rows = stmt.query_map([series.0], event_row).ctx("reading series link history")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading series link history")
}

/// The links of the series standing now: of each pair naming it, the
/// latest event, where that is a link; by the other series' id.
pub(super) fn linked_series(conn: &Connection, series: SeriesId) -> Result<Vec<SeriesLinkEvent>> {
    let mut now: Vec<SeriesLinkEvent> = Vec::new();
    for event in series_link_history(conn, series)? {
        // Oldest first: a later event of a pair replaces its earlier one.
        now.retain(|e| e.pair != event.pair);
        now.push(event);
    }
    now.retain(|e| e.linked);
    now.sort_by_key(|e| e.other(series));
    Ok(now)
}

/// The members of a series with their PDQ, by item.
pub(super) fn series_member_pdqs(conn: &Connection, series: SeriesId) -> Result<Vec<SeriesMemberPdq>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT m.id, m.pdq_dihedral, m.pdq_quality FROM series_members s JOIN media m ON m.id = s.media_id \
             WHERE s.series_id = ?1 ORDER BY m.id",
        )
        .ctx("preparing a series' PDQ")?;
    let rows = stmt
        .query_map([series.0], |row| {
            let dihedral = match row.get::<_, Option<Vec<u8>>>(1)? {
                None => None,
                Some(_) => {
                    let bytes: [u8; 256] = codec::fixed(row, 1)?;
                    let quality = codec::pdq_quality(row, 2, At::read(row, "media", 0)?)?;
                    Some(codec::dihedral_from(&bytes, quality))
                }
            };
            Ok(SeriesMemberPdq { media: MediaRowId(row.get(0)?), dihedral })
        })
        .ctx("reading a series' PDQ")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading a series' PDQ")
}

/// Unmerged series of other cases than the series' that hold items it
/// holds too (the same content: one item), with how many, most first.
pub(super) fn series_sharing_items(conn: &Connection, series: SeriesId) -> Result<Vec<(SeriesId, u64)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.series_id, COUNT(*) AS shared FROM series_members m \
             JOIN series_members o ON o.media_id = m.media_id \
             JOIN series x ON x.id = o.series_id \
             WHERE m.series_id = ?1 AND x.merged_into IS NULL \
               AND x.case_id <> (SELECT case_id FROM series WHERE id = ?1) \
             GROUP BY o.series_id ORDER BY shared DESC, o.series_id",
        )
        .ctx("preparing series sharing items")?;
    let rows =
        stmt.query_map([series.0], |r| Ok((SeriesId(r.get(0)?), r.get(1)?))).ctx("reading series sharing items")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading series sharing items")
}
