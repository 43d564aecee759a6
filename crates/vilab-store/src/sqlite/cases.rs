//! The `cases` and `exhibits` tables.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::Ctx as _;
use crate::model::{Case, Exhibit};
use crate::{CaseId, ExhibitId, Result, StoreError};

const CASE_COLUMNS: &str = "id, uid, name, created_at";

fn case_from_row(row: &Row<'_>) -> rusqlite::Result<Case> {
    Ok(Case { id: CaseId(row.get(0)?), uid: row.get(1)?, name: row.get(2)?, created_at: row.get(3)? })
}

const EXHIBIT_COLUMNS: &str = "id, case_id, uid, name, source_path, created_at";

fn exhibit_from_row(row: &Row<'_>) -> rusqlite::Result<Exhibit> {
    Ok(Exhibit {
        id: ExhibitId(row.get(0)?),
        case_id: CaseId(row.get(1)?),
        uid: row.get(2)?,
        name: row.get(3)?,
        source_path: row.get(4)?,
        created_at: row.get(5)?,
    })
}

/// Creates a case; its name must be free (ignoring ASCII case).
pub(super) fn create_case(conn: &Connection, name: &str, uid: &str) -> Result<Case> {
    if let Some(existing) = case_by_name(conn, name)? {
        return Err(StoreError::CaseExists { name: existing.name });
    }
    let created_at = crate::clock::now_unix();
    conn.execute("INSERT INTO cases (uid, name, created_at) VALUES (?1, ?2, ?3)", params![uid, name, created_at])
        .ctx("inserting a case")?;
    Ok(Case { id: CaseId(conn.last_insert_rowid()), uid: uid.to_string(), name: name.to_string(), created_at })
}

/// The case of that name (ignoring ASCII case).
pub(super) fn case_by_name(conn: &Connection, name: &str) -> Result<Option<Case>> {
    conn.query_row(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE name = ?1"), [name], case_from_row)
        .optional()
        .ctx("looking up a case by name")
}

/// The case of that row id.
pub(super) fn case_by_id(conn: &Connection, id: CaseId) -> Result<Option<Case>> {
    conn.query_row(&format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = ?1"), [id.0], case_from_row)
        .optional()
        .ctx("looking up a case")
}

/// Every case, by name.
pub(super) fn all_cases(conn: &Connection) -> Result<Vec<Case>> {
    let mut stmt = conn.prepare(&format!("SELECT {CASE_COLUMNS} FROM cases ORDER BY name")).ctx("listing cases")?;
    let rows = stmt.query_map([], case_from_row).ctx("listing cases")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing cases")
}

/// Fails with `NotFound` unless the case exists.
pub(super) fn require_case(conn: &Connection, id: CaseId) -> Result<()> {
    let exists: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?1)", [id.0], |r| r.get(0))
        .ctx("looking up a case")?;
    if exists { Ok(()) } else { Err(StoreError::NotFound { what: "case", id: id.0 }) }
}

/// Fails with `NotFound` unless the exhibit exists.
pub(super) fn require_exhibit(conn: &Connection, id: ExhibitId) -> Result<()> {
    let exists: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM exhibits WHERE id = ?1)", [id.0], |r| r.get(0))
        .ctx("looking up an exhibit")?;
    if exists { Ok(()) } else { Err(StoreError::NotFound { what: "exhibit", id: id.0 }) }
}

/// The exhibit `name` of `case`, created with `source_path` if absent.
pub(super) fn open_exhibit(
    conn: &Connection,
    case: CaseId,
    name: &str,
    source_path: &str,
    uid: &str,
) -> Result<Exhibit> {
    let existing = conn
        .query_row(
            &format!("SELECT {EXHIBIT_COLUMNS} FROM exhibits WHERE case_id = ?1 AND name = ?2"),
            params![case.0, name],
            exhibit_from_row,
        )
        .optional()
        .ctx("looking up an exhibit")?;
    if let Some(exhibit) = existing {
        return Ok(exhibit);
    }
    require_case(conn, case)?;
    let created_at = crate::clock::now_unix();
    conn.execute(
        "INSERT INTO exhibits (case_id, uid, name, source_path, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![case.0, uid, name, source_path, created_at],
    )
    .ctx("inserting an exhibit")?;
    Ok(Exhibit {
        id: ExhibitId(conn.last_insert_rowid()),
        case_id: case,
        uid: uid.to_string(),
        name: name.to_string(),
        source_path: source_path.to_string(),
        created_at,
    })
}

/// The exhibits of a case, by name.
pub(super) fn exhibits(conn: &Connection, case: CaseId) -> Result<Vec<Exhibit>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare(&format!("SELECT {EXHIBIT_COLUMNS} FROM exhibits WHERE case_id = ?1 ORDER BY name"))
        .ctx("listing exhibits")?;
    let rows = stmt.query_map([case.0], exhibit_from_row).ctx("listing exhibits")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing exhibits")
}
