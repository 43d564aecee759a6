//! Schema migrations of `lab.db`, numbered by SQLite's `PRAGMA user_version`.
//!
//! # Schema (version 4)
//!
//! Conventions, chosen for a database that holds millions of rows and is
//! opened on a laptop:
//!
//! - **Digests are `BLOB`s** of their raw bytes (SHA-256 32, SHA-1 20, MD5
//!   16, PDQ 32), half the size of hex in the table and in every index, and
//!   compared with `memcmp`. A `CHECK (length(..) = N)` guards each. In the
//!   `sqlite3` shell, read them with `hex(sha256)` and query with
//!   `x'…'` literals; a SHA-256 prefix is a range `BETWEEN x'ab12…00' AND
//!   x'ab12…ff'`. PostgreSQL will use `bytea` the same way.
//! - **Times are `INTEGER` seconds since the Unix epoch, UTC**
//!   (`datetime(t, 'unixepoch')` in the shell). EXIF times are kept as the
//!   camera wrote them (`TEXT`), never converted.
//! - **Tables are `STRICT`**: a value of the wrong type is an error, not a
//!   silent conversion.
//! - Names of accounts, cases and exhibits are unique **without regard to
//!   ASCII case** (`COLLATE NOCASE`): "OP-1" and "op-1" would be confused.
//!
//! | table | holds | key and constraints |
//! |---|---|---|
//! | `lab_meta(key, value)` | `lab_id` (32 hex), `created_at`, `public_key` (Ed25519, 64 hex) | `key` primary |
//! | `accounts(id, username, password_hash, role, created_at)` | log-in accounts; `password_hash` is an argon2id PHC string; `role` is `admin`, `analyst`, `investigator` or `trainee` | `username` unique (NOCASE) |
//! | `cases(id, uid, name, created_at)` | investigations; `uid` is 32 random hex digits, the case's name outside this lab | `uid` unique, `name` unique (NOCASE) |
//! | `exhibits(id, case_id, uid, name, source_path, created_at)` | seized items as acquired | `case_id` → `cases`; `(case_id, name)` unique |
//! | `ingest_runs(id, exhibit_id, started_at, finished_at, status, counters, note)` | one row per ingest run; `status` in `running`, `completed`, `interrupted`, `failed` (a crash leaves `running`); `counters` is JSON | `exhibit_id` → `exhibits` |
//! | `media(id, sha256, md5, sha1, size, kind, width, height, pdq, pdq_quality, pdq_dihedral, has_exif, exif_make, exif_model, exif_body_serial, exif_lens_serial, exif_datetime_original, exif_offset_time_original, gps_lat, gps_lon, gps_alt, exif_orientation, exif_software, thumbnail_sha256, first_seen_at)` | one row per unique content. `kind` is `MediaKind::as_str`. `pdq` is the original orientation's hash (for queries); `pdq_dihedral` the eight hashes concatenated in the reference's order (original first), 256 bytes; both `NULL` when not decoded. `has_exif` is 1 when EXIF was read (even if every lead was absent). `gps_*` are decimal degrees / metres | `sha256` unique; indexes on `md5` and `sha1` for hash-set joins |
//! | `occurrences(id, media_id, exhibit_id, path, archive_path, size, modified, accessed, created, run_id)` | each place a content was found; `archive_path` is `''` outside archives, nested members joined by `!/`; file times in Unix seconds | `media_id` → `media`, `exhibit_id` → `exhibits`, `run_id` → `ingest_runs`; `(exhibit_id, path, archive_path)` unique; index on `media_id` |
//! | `ingest_errors(id, exhibit_id, path, archive_path, stage, reason, sha256, run_id)` | files not fully ingested; `stage` is `read`, `archive`, `decode`, `exif` or `store`; `sha256` when the bytes could be read | `(exhibit_id, path, archive_path, stage)` unique; index on `sha256` |
//!
//! | `law_imports(id, name, sha256, content, imported_at)` (version 2) | legal-fact files imported with `vilab law import`, kept whole; the legal matrix is the bundled data with these applied in `id` order | `sha256` is of `content` |
//! | `hashsets(id, uid, name, profile, format, source_sha256, imported_at, entries)` (version 3) | imported sets of known material; `profile` names how `category` numbers read; `format` is `vics1`, `vics2`, `list` or `csv` | `uid` unique, `name` unique (NOCASE) |
//! | `known_hashes(id, hashset_id, media_id, md5, sha1, sha256, pdq, photodna, category, series, victim_identified, offender_identified, is_distributed, is_precategorized, comments, tags, size, case_index)` (version 3) | entries of a set; `category` is the raw number as the set wrote it (`NULL` = uncategorized); flags are 0/1/`NULL` | `hashset_id` → `hashsets`; `(hashset_id, media_id)` unique; partial indexes on `md5`, `sha1`, `sha256` |
//! | `match_results(id, case_id, media_id, known_id, other_media_id, method, distance, dihedral, matched_at)` (version 4) | what `vilab match` found for a case's media: a hash-set entry (`known_id`) or a media item of another case (`other_media_id`), by `md5`, `sha1`, `sha256` or `pdq` with its distance and the matching symmetry; derived, replaced by each match of the case; reviewers' decisions never live here | exactly one of `known_id`, `other_media_id`; `known_id` → `known_hashes` (cascade); index on `(case_id, media_id)` |
//!
//! Idempotent ingest rests on the unique keys: media are inserted with
//! `ON CONFLICT (sha256) DO NOTHING` (then an already-present row gains a
//! missing size, PDQ, EXIF or thumbnail, nothing else changes), occurrences
//! and errors with `ON CONFLICT DO NOTHING` on their unique keys.
//!
//! The evidence store is expected to hold every `media.sha256` and every
//! `media.thumbnail_sha256` (that is what `Store::blob_refs` lists).
//!
//! # Rules for migrations
//!
//! A migration is appended, never edited once released. Each runs in its
//! own `IMMEDIATE` transaction together with the `user_version` bump, so a
//! crash leaves the schema at a whole version. A database newer than this
//! build is refused rather than opened.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::Ctx as _;
use crate::{Result, StoreError};

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_law_imports.sql"),
    include_str!("migrations/0003_hashsets.sql"),
    include_str!("migrations/0004_matches.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The schema version of an open database.
pub(crate) fn version(conn: &Connection) -> Result<u32> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0)).ctx("reading the schema version")
}

/// Brings the database at `path` to [`SCHEMA_VERSION`]; returns the version
/// it had before.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<u32> {
    let before = version(conn)?;
    let too_new = |found| StoreError::SchemaTooNew { path: path.to_path_buf(), found, known: SCHEMA_VERSION };
    if before > SCHEMA_VERSION {
        return Err(too_new(before));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let target = index as u32 + 1;
        if before >= target {
            continue;
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx("starting a migration")?;
        // Read again under the write lock: another process may have migrated.
        let current = version(&tx)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current));
        }
        if current >= target {
            continue;
        }
        tx.execute_batch(sql).ctx(&format!("migrating the schema to version {target}"))?;
        tx.pragma_update(None, "user_version", target).ctx("writing the schema version")?;
        tx.commit().ctx("committing a migration")?;
    }
    Ok(before)
}
