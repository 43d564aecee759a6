//! The `hashsets` and `known_hashes` tables.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::Ctx as _;
use crate::model::{Hashset, HashsetFeed, NewHashset};
use crate::{Result, StoreError};

const COLUMNS: &str = "id, uid, name, profile, format, source_sha256, imported_at, entries";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Hashset> {
    let sha: Vec<u8> = row.get(5)?;
    Ok(Hashset {
        id: row.get(0)?,
        uid: row.get(1)?,
        name: row.get(2)?,
        profile: row.get(3)?,
        format: row.get(4)?,
        source_sha256: hex::encode(sha),
        imported_at: row.get(6)?,
        entries: row.get(7)?,
    })
}

/// The set of that name (ignoring ASCII case).
pub(super) fn by_name(conn: &Connection, name: &str) -> Result<Option<Hashset>> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM hashsets WHERE name = ?1"), [name], from_row)
        .optional()
        .ctx("looking up a hash set")
}

/// Every set, by name.
pub(super) fn all(conn: &Connection) -> Result<Vec<Hashset>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM hashsets ORDER BY name")).ctx("listing hash sets")?;
    let rows = stmt.query_map([], from_row).ctx("listing hash sets")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing hash sets")
}

/// Creates the set and stores every entry the feed gives, in the caller's
/// transaction: all of it lands or none.
pub(super) fn import(tx: &Transaction<'_>, new: &NewHashset, uid: &str, feed: &mut HashsetFeed<'_>) -> Result<Hashset> {
    if let Some(existing) = by_name(tx, &new.name)? {
        return Err(StoreError::HashsetExists { name: existing.name });
    }
    let imported_at = crate::clock::now_unix();
    tx.execute(
        "INSERT INTO hashsets (uid, name, profile, format, source_sha256, imported_at, entries) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
        params![uid, new.name, new.profile, new.format, new.source_sha256.as_slice(), imported_at],
    )
    .ctx("creating a hash set")?;
    let id = tx.last_insert_rowid();
    let mut insert = tx
        .prepare(
            "INSERT INTO known_hashes (hashset_id, media_id, md5, sha1, sha256, pdq, photodna, category, series,
               victim_identified, offender_identified, is_distributed, is_precategorized, comments, tags, size, case_index)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )
        .ctx("preparing the entry insert")?;
    let mut entries = 0u64;
    let mut store_failure = None;
    let fed = feed(&mut |m| {
        let result = insert.execute(params![
            id,
            m.media_id,
            m.md5.map(|h| h.0.to_vec()),
            m.sha1.map(|h| h.0.to_vec()),
            m.sha256.map(|h| h.0.to_vec()),
            m.pdq.map(|h| h.0.to_vec()),
            m.photodna,
            m.category,
            m.series,
            m.victim_identified,
            m.offender_identified,
            m.is_distributed,
            m.is_precategorized,
            m.comments,
            m.tags,
            m.size,
            m.case_index,
        ]);
        match result {
            Ok(_) => {
                entries += 1;
                Ok(())
            }
            Err(e) => {
                let message = format!("storing entry {entries}: {e}");
                store_failure = Some(message.clone());
                Err(message)
            }
        }
    });
    drop(insert);
    if let Err(message) = fed {
        return Err(StoreError::ImportAbandoned { name: new.name.clone(), reason: store_failure.unwrap_or(message) });
    }
    tx.execute("UPDATE hashsets SET entries = ?1 WHERE id = ?2", params![entries, id]).ctx("counting entries")?;
    Ok(Hashset {
        id,
        uid: uid.to_string(),
        name: new.name.clone(),
        profile: new.profile.clone(),
        format: new.format.clone(),
        source_sha256: hex::encode(new.source_sha256),
        imported_at,
        entries,
    })
}

/// Removes a set and its entries; whether it existed.
pub(super) fn remove(tx: &Transaction<'_>, name: &str) -> Result<bool> {
    let Some(set) = by_name(tx, name)? else { return Ok(false) };
    tx.execute("DELETE FROM known_hashes WHERE hashset_id = ?1", [set.id]).ctx("removing hash-set entries")?;
    tx.execute("DELETE FROM hashsets WHERE id = ?1", [set.id]).ctx("removing a hash set")?;
    Ok(true)
}
