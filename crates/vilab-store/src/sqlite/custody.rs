//! The custody log of an exhibit (`exhibit_custody`) and the counts of
//! its occurrences by how a disk yielded them.

use rusqlite::{Connection, params};

use super::Ctx as _;
use super::cases::require_exhibit;
use crate::model::{CustodyEvent, DiskCounts, NewCustody};
use crate::{ExhibitId, Result, StoreError};

/// Appends one event.
pub(super) fn add(conn: &Connection, event: &NewCustody) -> Result<()> {
    require_exhibit(conn, event.exhibit)?;
    let details =
        serde_json::to_string(&event.details).map_err(|e| StoreError::invalid("custody details", e.to_string()))?;
    conn.prepare_cached(
        "INSERT INTO exhibit_custody (exhibit_id, run_id, at, event, details) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .ctx("preparing a custody event")?
    .execute(params![event.exhibit.0, event.run.map(|r| r.0), event.at, event.event, details])
    .ctx(&format!("recording custody event '{}'", event.event))?;
    Ok(())
}

/// Every event of an exhibit, in the order recorded.
pub(super) fn list(conn: &Connection, exhibit: ExhibitId) -> Result<Vec<CustodyEvent>> {
    require_exhibit(conn, exhibit)?;
    let mut stmt = conn
        .prepare_cached("SELECT id, run_id, at, event, details FROM exhibit_custody WHERE exhibit_id = ?1 ORDER BY id")
        .ctx("preparing the custody log")?;
    let rows = stmt
        .query_map([exhibit.0], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get::<_, String>(4)?)))
        .ctx("reading the custody log")?;
    let mut events = Vec::new();
    for row in rows {
        let (id, run, at, event, details) = row.ctx("reading the custody log")?;
        let details = serde_json::from_str(&details).map_err(|e| StoreError::BadRow {
            table: "exhibit_custody",
            column: "details",
            row: id,
            reason: format!("not JSON: {e}"),
        })?;
        events.push(CustodyEvent { id, run, at, event, details });
    }
    Ok(events)
}

/// The exhibit's occurrences by allocation, and its open errors.
pub(super) fn counts(conn: &Connection, exhibit: ExhibitId) -> Result<DiskCounts> {
    require_exhibit(conn, exhibit)?;
    let mut counts = DiskCounts::default();
    let mut stmt = conn
        .prepare_cached(
            "SELECT disk_allocation, COUNT(*) FROM occurrences \
             WHERE exhibit_id = ?1 AND disk_allocation IS NOT NULL GROUP BY disk_allocation",
        )
        .ctx("preparing the disk counts")?;
    let rows = stmt.query_map([exhibit.0], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?))).ctx("counting")?;
    for row in rows {
        let (allocation, n) = row.ctx("counting occurrences by allocation")?;
        match allocation.as_str() {
            "allocated" => counts.allocated = n,
            "deleted" => counts.deleted = n,
            _ => counts.carved = n,
        }
    }
    counts.errors = conn
        .query_row(
            "SELECT COUNT(*) FROM ingest_errors WHERE exhibit_id = ?1 AND resolved_run_id IS NULL",
            [exhibit.0],
            |r| r.get(0),
        )
        .ctx("counting the exhibit's errors")?;
    Ok(counts)
}
