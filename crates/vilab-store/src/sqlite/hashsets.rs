//! The `hashsets` and `known_hashes` tables.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use vilab_core::known::KnownMedia;

use super::Ctx as _;
use super::known_entries::{EntryWriter, Tally};
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

/// The digest columns of `known_hashes`, each with its lookup table
/// `known_<column>`, and the condition that makes it an entry's strongest
/// digest (the one it is looked up by).
pub(super) const LOOKUPS: [(&str, &str); 3] = [
    ("sha256", "sha256 IS NOT NULL"),
    ("sha1", "sha256 IS NULL AND sha1 IS NOT NULL"),
    ("md5", "sha256 IS NULL AND sha1 IS NULL AND md5 IS NOT NULL"),
];

/// The index in [`LOOKUPS`] of the table an entry is looked up through:
/// the same rule as the SQL conditions there, for counting in Rust.
pub(super) fn lookup_of(entry: &KnownMedia) -> Option<usize> {
    [entry.sha256.is_some(), entry.sha1.is_some(), entry.md5.is_some()].iter().position(|&has| has)
}

/// Creates the set and stores every entry the feed gives, in the caller's
/// transaction: all of it lands or none. The digest tables are filled after
/// the entries, each in one pass sorted by digest, and only those the set
/// needs (each table costs a scan of the set's entries).
pub(super) fn import(tx: &Transaction<'_>, new: &NewHashset, uid: &str, feed: &mut HashsetFeed<'_>) -> Result<Hashset> {
    if let Some(existing) = by_name(tx, &new.name)? {
        return Err(StoreError::HashsetExists { name: existing.name });
    }
    let imported_at = crate::clock::now_unix();
    // The source's digest is known only once the feed has read it all.
    tx.execute(
        "INSERT INTO hashsets (uid, name, profile, format, source_sha256, imported_at, entries)
         VALUES (?1, ?2, ?3, ?4, zeroblob(32), ?5, 0)",
        params![uid, new.name, new.profile, new.format, imported_at],
    )
    .ctx("creating a hash set")?;
    let id = tx.last_insert_rowid();
    // This transaction is the only writer, so the set's entries are the rows after this id.
    let before: i64 =
        tx.query_row("SELECT coalesce(max(id), 0) FROM known_hashes", [], |row| row.get(0)).ctx("reading entry ids")?;
    let mut writer = EntryWriter::new(tx, id)?;
    let mut store_failure = None;
    let fed =
        feed(&mut |m| writer.push(m).inspect_err(|message| store_failure = Some(message.clone()))).and_then(|digest| {
            writer.finish().inspect_err(|message| store_failure = Some(message.clone()))?;
            Ok(digest)
        });
    let Tally { entries, by_strongest } = writer.tally;
    drop(writer);
    let source_sha256 = match fed {
        Ok(digest) => digest,
        Err(message) => {
            return Err(StoreError::ImportAbandoned {
                name: new.name.clone(),
                reason: store_failure.unwrap_or(message),
            });
        }
    };
    for ((column, strongest), count) in LOOKUPS.iter().zip(by_strongest) {
        if count == 0 {
            continue;
        }
        tx.execute(
            &format!(
                "INSERT INTO known_{column} (digest, known_id) SELECT {column}, id FROM known_hashes
                 WHERE id > ?1 AND hashset_id = ?2 AND {strongest} ORDER BY {column}, id"
            ),
            params![before, id],
        )
        .ctx("indexing the set's digests")?;
    }
    tx.execute(
        "UPDATE hashsets SET entries = ?1, source_sha256 = ?2 WHERE id = ?3",
        params![entries, source_sha256.as_slice(), id],
    )
    .ctx("counting entries")?;
    Ok(Hashset {
        id,
        uid: uid.to_string(),
        name: new.name.clone(),
        profile: new.profile.clone(),
        format: new.format.clone(),
        source_sha256: hex::encode(source_sha256),
        imported_at,
        entries,
    })
}

/// Removes a set and its entries; whether it existed.
pub(super) fn remove(tx: &Transaction<'_>, name: &str) -> Result<bool> {
    let Some(set) = by_name(tx, name)? else { return Ok(false) };
    for (column, strongest) in LOOKUPS {
        tx.execute(
            &format!(
                "DELETE FROM known_{column} WHERE (digest, known_id) IN
                 (SELECT {column}, id FROM known_hashes WHERE hashset_id = ?1 AND {strongest})"
            ),
            [set.id],
        )
        .ctx("removing hash-set digests")?;
    }
    tx.execute("DELETE FROM known_hashes WHERE hashset_id = ?1", [set.id]).ctx("removing hash-set entries")?;
    tx.execute("DELETE FROM hashsets WHERE id = ?1", [set.id]).ctx("removing a hash set")?;
    Ok(true)
}
