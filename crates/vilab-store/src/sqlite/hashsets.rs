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

/// The entry insert; `known_hashes` has no digest index, so this is an
/// append to the table and to the `(hashset_id, media_id)` key.
const INSERT_ENTRY: &str = "INSERT INTO known_hashes (hashset_id, media_id, md5, sha1, sha256, pdq, photodna, category,
     series, victim_identified, offender_identified, is_distributed, is_precategorized, comments, tags, size, case_index)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

/// The digest columns of `known_hashes`, each with its lookup table
/// `known_<column>`, and the condition that makes it an entry's strongest
/// digest (the one it is looked up by).
pub(super) const LOOKUPS: [(&str, &str); 3] = [
    ("sha256", "sha256 IS NOT NULL"),
    ("sha1", "sha256 IS NULL AND sha1 IS NOT NULL"),
    ("md5", "sha256 IS NULL AND sha1 IS NULL AND md5 IS NOT NULL"),
];

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
    let mut insert = tx.prepare(INSERT_ENTRY).ctx("preparing the entry insert")?;
    let mut entries = 0u64;
    let mut by_strongest = [0u64; LOOKUPS.len()];
    let mut store_failure = None;
    let fed = feed(&mut |m| {
        let strongest = [m.sha256.is_some(), m.sha1.is_some(), m.md5.is_some()].iter().position(|&has| has);
        let result = insert.execute(params![
            id,
            m.media_id,
            m.md5.as_ref().map(|h| h.0.as_slice()),
            m.sha1.as_ref().map(|h| h.0.as_slice()),
            m.sha256.as_ref().map(|h| h.0.as_slice()),
            m.pdq.as_ref().map(|h| h.0.as_slice()),
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
                if let Some(index) = strongest {
                    by_strongest[index] += 1;
                }
                Ok(())
            }
            Err(e) => {
                let message = match (&e, m.media_id) {
                    (rusqlite::Error::SqliteFailure(f, _), Some(media_id))
                        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
                    {
                        format!("entry {entries}: MediaID {media_id} appears twice in the set")
                    }
                    _ => format!("storing entry {entries}: {e}"),
                };
                store_failure = Some(message.clone());
                Err(message)
            }
        }
    });
    drop(insert);
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
