//! The `law_imports` table: legal-fact files as imported, in order.

use rusqlite::{Connection, Row, params};
use sha2::{Digest, Sha256};

use super::Ctx as _;
use crate::Result;
use crate::model::LawImport;

const COLUMNS: &str = "id, name, sha256, content, imported_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<LawImport> {
    let sha: Vec<u8> = row.get(2)?;
    Ok(LawImport {
        id: row.get(0)?,
        name: row.get(1)?,
        sha256: hex::encode(sha),
        content: row.get(3)?,
        imported_at: row.get(4)?,
    })
}

/// Appends an import.
pub(super) fn add(conn: &Connection, name: &str, content: &str) -> Result<LawImport> {
    let sha = Sha256::digest(content.as_bytes());
    let imported_at = crate::clock::now_unix();
    conn.execute(
        "INSERT INTO law_imports (name, sha256, content, imported_at) VALUES (?1, ?2, ?3, ?4)",
        params![name, sha.as_slice(), content, imported_at],
    )
    .ctx("recording a law import")?;
    Ok(LawImport {
        id: conn.last_insert_rowid(),
        name: name.to_string(),
        sha256: hex::encode(sha),
        content: content.to_string(),
        imported_at,
    })
}

/// Every import, oldest first.
pub(super) fn all(conn: &Connection) -> Result<Vec<LawImport>> {
    let mut stmt =
        conn.prepare(&format!("SELECT {COLUMNS} FROM law_imports ORDER BY id")).ctx("listing law imports")?;
    let rows = stmt.query_map([], from_row).ctx("listing law imports")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing law imports")
}

/// Deletes one import; whether it existed.
pub(super) fn remove(conn: &Connection, id: i64) -> Result<bool> {
    let n = conn.execute("DELETE FROM law_imports WHERE id = ?1", params![id]).ctx("removing a law import")?;
    Ok(n > 0)
}
