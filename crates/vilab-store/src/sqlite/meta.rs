//! The `lab_meta` table: the lab's id, creation time and public key.

use rusqlite::{Connection, OptionalExtension, params};

use super::Ctx as _;
use super::migrations;
use crate::model::LabInfo;
use crate::{Result, StoreError};

/// Records the lab's identity (once, at creation).
pub(super) fn write(conn: &Connection, lab_id: &str, created_at: i64, public_key_hex: &str) -> Result<()> {
    let mut stmt =
        conn.prepare("INSERT INTO lab_meta (key, value) VALUES (?1, ?2)").ctx("preparing lab_meta insert")?;
    for (key, value) in [("lab_id", lab_id), ("created_at", &created_at.to_string()), ("public_key", public_key_hex)] {
        stmt.execute(params![key, value]).ctx("writing lab_meta")?;
    }
    Ok(())
}

/// One `lab_meta` value, required, with its row id.
fn get(conn: &Connection, key: &str) -> Result<(i64, String)> {
    conn.query_row("SELECT rowid, value FROM lab_meta WHERE key = ?1", [key], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
        .ctx("reading lab_meta")?
        .ok_or_else(|| StoreError::invalid("lab_meta", format!("key '{key}' is missing")))
}

/// The lab's identity and schema version. A creation time that is not a
/// number is a bad row, never read as some other time.
pub(super) fn lab_info(conn: &Connection) -> Result<LabInfo> {
    let (row, created_at) = get(conn, "created_at")?;
    Ok(LabInfo {
        lab_id: get(conn, "lab_id")?.1,
        created_at: created_at.parse().map_err(|_| StoreError::BadRow {
            table: "lab_meta",
            column: "value",
            row,
            reason: format!("created_at '{created_at}' is not a number"),
        })?,
        public_key_hex: get(conn, "public_key")?.1,
        schema_version: migrations::version(conn)?,
    })
}
