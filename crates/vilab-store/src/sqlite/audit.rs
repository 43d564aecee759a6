//! The `audit_log` and `audit_checkpoints` tables: the hash-chained audit
//! log, appended to and read, never updated or deleted from.

use rusqlite::types::{FromSql, Value};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use vilab_core::audit::{AuditCheckpoint, AuditEntry, AuditOutcome, AuditRecord, chain_hash, genesis_hash};

use super::Ctx as _;
use crate::model::AuditQuery;
use crate::{Result, StoreError};

const COLUMNS: &str =
    "seq, at, actor_id, actor, source, action, resource_kind, resource, case_id, outcome, details, hash";

/// A `BadRow` of `table` at `seq`.
fn bad(table: &'static str, column: &'static str, seq: i64, reason: impl Into<String>) -> StoreError {
    StoreError::BadRow { table, column, row: seq, reason: reason.into() }
}

/// Column `idx` (named `column`) of the row at `seq`; a value of another
/// type is a [`StoreError::BadRow`] naming both.
fn get<T: FromSql>(row: &Row<'_>, table: &'static str, seq: i64, idx: usize, column: &'static str) -> Result<T> {
    row.get(idx).map_err(|e| bad(table, column, seq, e.to_string()))
}

/// A BLOB column of exactly `N` bytes.
fn get_fixed<const N: usize>(
    row: &Row<'_>,
    table: &'static str,
    seq: i64,
    idx: usize,
    column: &'static str,
) -> Result<[u8; N]> {
    let bytes: Vec<u8> = get(row, table, seq, idx, column)?;
    <[u8; N]>::try_from(bytes.as_slice())
        .map_err(|_| bad(table, column, seq, format!("expected {N} bytes, found {}", bytes.len())))
}

/// The `seq` column: an integer from 1.
fn get_seq(row: &Row<'_>, table: &'static str) -> Result<u64> {
    let seq: i64 = row.get(0).map_err(|e| bad(table, "seq", 0, e.to_string()))?;
    u64::try_from(seq).ok().filter(|&s| s >= 1).ok_or_else(|| bad(table, "seq", seq, "not a sequence number"))
}

/// A row selected with [`COLUMNS`]. Every value is checked: one that does
/// not decode is an error naming its seq and column, never read as
/// something else.
fn record_from_row(row: &Row<'_>) -> Result<AuditRecord> {
    const T: &str = "audit_log";
    let seq = get_seq(row, T)?;
    let row_id = seq as i64;
    let outcome: String = get(row, T, row_id, 9, "outcome")?;
    let outcome =
        AuditOutcome::parse(&outcome).ok_or_else(|| bad(T, "outcome", row_id, format!("unknown '{outcome}'")))?;
    Ok(AuditRecord {
        seq,
        entry: AuditEntry {
            at: get(row, T, row_id, 1, "at")?,
            actor_id: get(row, T, row_id, 2, "actor_id")?,
            actor: get(row, T, row_id, 3, "actor")?,
            source: get(row, T, row_id, 4, "source")?,
            action: get(row, T, row_id, 5, "action")?,
            resource_kind: get(row, T, row_id, 6, "resource_kind")?,
            resource: get(row, T, row_id, 7, "resource")?,
            case_id: get(row, T, row_id, 8, "case_id")?,
            outcome,
            details: get(row, T, row_id, 10, "details")?,
        },
        hash: get_fixed(row, T, row_id, 11, "hash")?,
    })
}

/// The last record's seq and hash.
pub(super) fn head(conn: &Connection) -> Result<Option<(u64, [u8; 32])>> {
    let mut stmt = conn
        .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .ctx("preparing to read the audit head")?;
    let mut rows = stmt.query([]).ctx("reading the audit head")?;
    let Some(row) = rows.next().ctx("reading the audit head")? else {
        return Ok(None);
    };
    let seq = get_seq(row, "audit_log")?;
    Ok(Some((seq, get_fixed(row, "audit_log", seq as i64, 1, "hash")?)))
}

/// The lab id the chain starts from.
fn lab_id(conn: &Connection) -> Result<String> {
    conn.query_row("SELECT value FROM lab_meta WHERE key = 'lab_id'", [], |row| row.get(0))
        .optional()
        .ctx("reading lab_meta")?
        .ok_or_else(|| StoreError::invalid("lab_meta", "key 'lab_id' is missing"))
}

/// Appends `entry` after the head, in the caller's write transaction: the
/// write lock taken at its start keeps every other appender, in this
/// process or another, from reading the same head.
pub(super) fn append(conn: &Connection, entry: &AuditEntry) -> Result<AuditRecord> {
    let (prev_seq, prev_hash) = match head(conn)? {
        Some(head) => head,
        None => (0, genesis_hash(&lab_id(conn)?)),
    };
    let seq = prev_seq + 1;
    let hash = chain_hash(&prev_hash, seq, entry);
    let mut stmt = conn
        .prepare_cached(&format!(
            "INSERT INTO audit_log ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ))
        .ctx("preparing to append to the audit log")?;
    stmt.execute(params![
        seq,
        entry.at,
        entry.actor_id,
        entry.actor,
        entry.source,
        entry.action,
        entry.resource_kind,
        entry.resource,
        entry.case_id,
        entry.outcome.as_str(),
        entry.details,
        hash.as_slice(),
    ])
    .ctx("appending to the audit log")?;
    Ok(AuditRecord { seq, entry: entry.clone(), hash })
}

/// The records `query` selects, by seq.
pub(super) fn records(conn: &Connection, query: &AuditQuery) -> Result<Vec<AuditRecord>> {
    // Only the filters given are in the statement: `?n IS NULL OR col = ?n`
    // would keep SQLite from using their indexes.
    let after_seq = i64::try_from(query.after_seq.unwrap_or(0)).unwrap_or(i64::MAX);
    let mut clauses = vec!["seq > ?"];
    let mut values: Vec<Value> = vec![Value::Integer(after_seq)];
    if let Some(actor) = &query.actor {
        clauses.push("actor = ?");
        values.push(Value::Text(actor.clone()));
    }
    match (query.action_range(), &query.action) {
        (Some((from, to)), _) => {
            clauses.push("action >= ? AND action < ?");
            values.extend([Value::Text(from), Value::Text(to)]);
        }
        (None, Some(action)) => {
            clauses.push("action = ?");
            values.push(Value::Text(action.clone()));
        }
        (None, None) => {}
    }
    if let Some(case_id) = query.case_id {
        clauses.push("case_id = ?");
        values.push(Value::Integer(case_id));
    }
    if let Some(since) = query.since {
        clauses.push("at >= ?");
        values.push(Value::Integer(since));
    }
    values.push(Value::Integer(i64::from(query.limit)));
    let sql = format!("SELECT {COLUMNS} FROM audit_log WHERE {} ORDER BY seq LIMIT ?", clauses.join(" AND "));
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(&sql).ctx("preparing to read the audit log")?;
    let mut rows = stmt.query(params_from_iter(values)).ctx("reading the audit log")?;
    while let Some(row) = rows.next().ctx("reading the audit log")? {
        out.push(record_from_row(row)?);
    }
    Ok(out)
}

/// Every record by seq, handed to `visit`.
pub(super) fn visit(conn: &Connection, visit: &mut dyn FnMut(AuditRecord)) -> Result<()> {
    let mut stmt = conn
        .prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq"))
        .ctx("preparing to read the audit log")?;
    let mut rows = stmt.query([]).ctx("reading the audit log")?;
    while let Some(row) = rows.next().ctx("reading the audit log")? {
        visit(record_from_row(row)?);
    }
    Ok(())
}

const CHECKPOINT_COLUMNS: &str = "seq, hash, signed_at, signature";

fn checkpoint_from_row(row: &Row<'_>) -> Result<AuditCheckpoint> {
    const T: &str = "audit_checkpoints";
    let seq = get_seq(row, T)?;
    let row_id = seq as i64;
    Ok(AuditCheckpoint {
        seq,
        hash: get_fixed(row, T, row_id, 1, "hash")?,
        signed_at: get(row, T, row_id, 2, "signed_at")?,
        signature: get_fixed(row, T, row_id, 3, "signature")?,
    })
}

/// Checkpoints selected by `sql` (selecting [`CHECKPOINT_COLUMNS`]).
fn checkpoints_where(conn: &Connection, sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<AuditCheckpoint>> {
    let mut stmt = conn.prepare_cached(sql).ctx("preparing to read audit checkpoints")?;
    let mut rows = stmt.query(params).ctx("reading audit checkpoints")?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().ctx("reading audit checkpoints")? {
        out.push(checkpoint_from_row(row)?);
    }
    Ok(out)
}

/// Every checkpoint, by seq.
pub(super) fn checkpoints(conn: &Connection) -> Result<Vec<AuditCheckpoint>> {
    checkpoints_where(conn, &format!("SELECT {CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY seq"), &[])
}

/// The checkpoint of the highest seq.
pub(super) fn last_checkpoint(conn: &Connection) -> Result<Option<AuditCheckpoint>> {
    let sql = format!("SELECT {CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    Ok(checkpoints_where(conn, &sql, &[])?.pop())
}

/// Stores a checkpoint of a record present with that hash. The same
/// checkpoint again changes nothing; another one at the same seq is
/// refused (Ed25519 signs deterministically, so re-signing the same head
/// gives the same signature).
pub(super) fn add_checkpoint(conn: &Connection, cp: &AuditCheckpoint) -> Result<()> {
    let seq = i64::try_from(cp.seq).map_err(|_| StoreError::invalid("audit checkpoint seq", "out of range"))?;
    let stored_hash: Option<Vec<u8>> = conn
        .query_row("SELECT hash FROM audit_log WHERE seq = ?1", [seq], |row| row.get(0))
        .optional()
        .ctx("reading the audit record of a checkpoint")?;
    match stored_hash {
        None => return Err(StoreError::invalid("audit checkpoint seq", format!("no audit record {seq}"))),
        Some(hash) if hash != cp.hash => {
            return Err(StoreError::invalid(
                "audit checkpoint hash",
                format!("differs from the hash of audit record {seq}"),
            ));
        }
        Some(_) => {}
    }
    let existing = checkpoints_where(
        conn,
        &format!("SELECT {CHECKPOINT_COLUMNS} FROM audit_checkpoints WHERE seq = ?1"),
        &[&seq],
    )?;
    if let Some(existing) = existing.first() {
        if existing.signature != cp.signature {
            return Err(StoreError::invalid(
                "audit checkpoint signature",
                format!("differs from the one stored for audit record {seq}"),
            ));
        }
        return Ok(());
    }
    conn.execute(
        &format!("INSERT INTO audit_checkpoints ({CHECKPOINT_COLUMNS}) VALUES (?1, ?2, ?3, ?4)"),
        params![seq, cp.hash.as_slice(), cp.signed_at, cp.signature.as_slice()],
    )
    .ctx("storing an audit checkpoint")?;
    Ok(())
}
