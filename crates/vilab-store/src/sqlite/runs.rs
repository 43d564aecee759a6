//! The `ingest_runs` table.

use rusqlite::{Connection, OptionalExtension, params};

use super::Ctx as _;
use super::cases::require_exhibit;
use super::codec::At;
use crate::model::{IngestRun, RunCounters, RunOutcome, RunStatus};
use crate::{ExhibitId, Result, RunId, StoreError};

/// Records the start of a run held by the lease `lease`.
pub(super) fn start(conn: &Connection, exhibit: ExhibitId, source_path: &str, lease: &str) -> Result<RunId> {
    require_exhibit(conn, exhibit)?;
    conn.execute(
        "INSERT INTO ingest_runs (exhibit_id, started_at, status, source_path, lease) \
         VALUES (?1, ?2, 'running', ?3, ?4)",
        params![exhibit.0, crate::clock::now_unix(), source_path, lease],
    )
    .ctx("inserting an ingest run")?;
    Ok(RunId(conn.last_insert_rowid()))
}

/// The lease of a run.
pub(super) fn lease_of(conn: &Connection, run: RunId) -> Result<Option<String>> {
    conn.query_row("SELECT lease FROM ingest_runs WHERE id = ?1", [run.0], |r| r.get(0))
        .optional()
        .ctx("looking up an ingest run")
        .map(Option::flatten)
}

/// Runs marked `running`, with their leases.
pub(super) fn running(conn: &Connection) -> Result<Vec<(RunId, Option<String>)>> {
    let mut stmt =
        conn.prepare("SELECT id, lease FROM ingest_runs WHERE status = 'running' ORDER BY id").ctx("listing runs")?;
    let rows = stmt.query_map([], |r| Ok((RunId(r.get(0)?), r.get(1)?))).ctx("listing runs")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing runs")
}

/// Marks a run whose process ended without finishing it as aborted.
pub(super) fn mark_aborted(conn: &Connection, run: RunId) -> Result<bool> {
    let changed = conn
        .execute(
            "UPDATE ingest_runs SET status = 'aborted', finished_at = ?2 WHERE id = ?1 AND status = 'running'",
            params![run.0, crate::clock::now_unix()],
        )
        .ctx("marking a run aborted")?;
    Ok(changed == 1)
}

/// Records how a run ended.
pub(super) fn finish(conn: &Connection, run: RunId, outcome: &RunOutcome) -> Result<()> {
    if outcome.status == RunStatus::Running {
        return Err(StoreError::invalid("run outcome", format!("run {run} cannot finish as 'running'")));
    }
    let counters =
        serde_json::to_string(&outcome.counters).map_err(|e| StoreError::invalid("run counters", e.to_string()))?;
    let changed = conn
        .execute(
            "UPDATE ingest_runs SET finished_at = ?2, status = ?3, counters = ?4, note = ?5 \
             WHERE id = ?1 AND status = 'running'",
            params![run.0, crate::clock::now_unix(), outcome.status.as_str(), counters, outcome.note],
        )
        .ctx("finishing an ingest run")?;
    if changed == 0 {
        return Err(StoreError::NotFound { what: "ingest run", id: run.0 });
    }
    Ok(())
}

/// The exhibit a run belongs to.
pub(super) fn exhibit_of(conn: &Connection, run: RunId) -> Result<ExhibitId> {
    conn.query_row("SELECT exhibit_id FROM ingest_runs WHERE id = ?1", [run.0], |r| r.get(0))
        .optional()
        .ctx("looking up an ingest run")?
        .map(ExhibitId)
        .ok_or(StoreError::NotFound { what: "ingest run", id: run.0 })
}

/// The runs of an exhibit, oldest first.
pub(super) fn list(conn: &Connection, exhibit: ExhibitId) -> Result<Vec<IngestRun>> {
    require_exhibit(conn, exhibit)?;
    let mut stmt = conn
        .prepare(
            "SELECT id, exhibit_id, started_at, finished_at, status, counters, note, source_path \
             FROM ingest_runs WHERE exhibit_id = ?1 ORDER BY id",
        )
        .ctx("listing ingest runs")?;
    let rows = stmt
        .query_map([exhibit.0], |row| {
            let at = At::read(row, "ingest_runs", 0)?;
            let status: String = row.get(4)?;
            let counters: String = row.get(5)?;
            Ok(IngestRun {
                id: RunId(row.get(0)?),
                exhibit_id: ExhibitId(row.get(1)?),
                started_at: row.get(2)?,
                finished_at: row.get(3)?,
                status: RunStatus::parse(&status)
                    .ok_or_else(|| at.bad("status", format!("unknown run status '{status}'")))?,
                counters: serde_json::from_str::<RunCounters>(&counters)
                    .map_err(|e| at.bad("counters", format!("not the JSON of run counters: {e}")))?,
                note: row.get(6)?,
                source_path: row.get(7)?,
            })
        })
        .ctx("listing ingest runs")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing ingest runs")
}
