//! Schema migrations of `lab.db`, numbered by SQLite's `PRAGMA user_version`.
//!
//! # Schema (version 14)
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
//! | `ingest_runs(id, exhibit_id, started_at, finished_at, status, counters, note, source_path, lease)` | one row per ingest run; `status` in `running`, `completed`, `incomplete` (transient errors left files to retry), `interrupted`, `failed`, `aborted` (its process ended without finishing it: found so on open); `counters` is JSON; `source_path` the folder it read (version 6); `lease` names its lease file in `locks/` | `exhibit_id` → `exhibits` |
//! | `media(id, sha256, md5, sha1, size, kind, width, height, pdq, pdq_quality, pdq_dihedral, has_exif, exif_make, exif_model, exif_body_serial, exif_lens_serial, exif_datetime_original, exif_offset_time_original, gps_lat, gps_lon, gps_alt, exif_orientation, exif_software, thumbnail_sha256, first_seen_at)` | one row per unique content. `kind` is `MediaKind::as_str`. `pdq` is the original orientation's hash (for queries); `pdq_dihedral` the eight hashes concatenated in the reference's order (original first), 256 bytes; both `NULL` when not decoded. `has_exif` is 1 when EXIF was read (even if every lead was absent). `gps_*` are decimal degrees / metres | `sha256` unique; indexes on `md5` and `sha1` for hash-set joins |
//! | `occurrences(id, media_id, exhibit_id, path, archive_path, path_raw, archive_key, size, modified, accessed, created, run_id, notes)` | each place a content was found. `path_raw` is the path's bytes as the file system gave them; `archive_key` the members around the content, each as its index in its archive's directory and its name's length (both `u32`, big-endian) and bytes, empty outside archives (members recorded before version 6 have index `u32::MAX`); `path` and `archive_path` are their display forms (`vilab_core::name`, members joined by `!/`); `notes` a JSON array of note codes (`duplicate-name`, `local-name-differs`) or `NULL`; file times in Unix seconds | `media_id` → `media`, `exhibit_id` → `exhibits`, `run_id` → `ingest_runs`; `(exhibit_id, path_raw, archive_key, media_id)` unique (a place may hold several contents over time); index on `media_id` |
//! | `ingest_errors(id, exhibit_id, path, archive_path, path_raw, archive_key, stage, sha256, run_id, transient, resolved_run_id, code, params, detail)` | what went wrong; `stage` is `read`, `archive`, `decode`, `exif` or `store`; `code` an `IngestErrorCode::as_str` (version 9; a code this build does not know is `StoreError::BadRow`), `params` a JSON object of the values its message needs (offsets, sizes, limits, entry numbers; `NULL` when none), `detail` a library's own words (the operating system's error, libjpeg's warning, the zip reader's description) or `NULL`: never a sentence of vilab's, so that every language can word it (the English `reason` of earlier versions was taken apart into these and dropped; a sentence no pattern fits is code `legacy` with the sentence as `detail`); `sha256` when the bytes could be read; `transient` 1 when the cause lies outside the content (its file is retried), `resolved_run_id` the run that then did the file | unique on `(exhibit_id, path_raw, archive_key, stage, COALESCE(sha256, x''))`; indexes on `sha256` and on open transient errors |
//!
//! | `law_imports(id, name, sha256, content, imported_at)` (version 2) | legal-fact files imported with `vilab law import`, kept whole; the legal matrix is the bundled data with these applied in `id` order; one can be removed (`vilab law imports remove`) | `sha256` is of `content`; `id` `AUTOINCREMENT` (version 6): never given twice |
//! | `hashsets(id, uid, name, profile, format, source_sha256, imported_at, entries)` (version 3) | imported sets of known material; `profile` names how `category` numbers read; `format` is `vics1`, `vics2`, `list` or `csv` | `uid` unique, `name` unique (NOCASE) |
//! | `known_hashes(id, hashset_id, media_id, md5, sha1, sha256, pdq, photodna, category, series, victim_identified, offender_identified, is_distributed, is_precategorized, comments, tags, size, case_index)` (version 3) | entries of a set; `category` is the raw number as the set wrote it (`NULL` = uncategorized); flags are 0/1/`NULL` | `hashset_id` → `hashsets`; `(hashset_id, media_id)` unique (also the lookup by set); digests are looked up through `known_md5`, `known_sha1`, `known_sha256` |
//! | `match_results(id, case_id, media_id, known_id, other_media_id, method, distance, dihedral, matched_at)` (version 4) | what `vilab match` found for a case's media: a hash-set entry (`known_id`) or a media item of another case (`other_media_id`), by `md5`, `sha1`, `sha256` or `pdq` with its distance and the matching symmetry; derived, replaced by each match of the case; reviewers' decisions never live here | exactly one of `known_id`, `other_media_id`; `known_id` → `known_hashes` (cascade); index on `(case_id, media_id)`, and on `known_id` (version 5) |
//! | `known_md5(digest, known_id)`, `known_sha1(…)`, `known_sha256(…)` (version 5) | the digest lookups into `known_hashes`: each entry is in the table of its strongest digest (SHA-256, else SHA-1, else MD5) and in no other; an exact match needs every digest the entry has to agree with the media's | primary key `(digest, known_id)`, `WITHOUT ROWID`; no foreign key (see below) |
//! | `ingest_files(id, exhibit_id, path_raw, size, modified, modified_nanos, sha256, checked_at, run_id)` (version 6) | the ledger: the files of an exhibit that an ingest finished (read whole, stored, no transient error), with their size, modification time (seconds and, where kept, nanoseconds), content and when they were read; a later run skips a file found here unchanged | `exhibit_id` → `exhibits`; index on `(exhibit_id, path_raw)` |
//! | `audit_log(seq, at, actor_id, actor, source, action, resource_kind, resource, case_id, outcome, details, hash)` (version 7) | the audit log: who (`actor_id`, and `actor` the user name at the time) did what (`action`, a code like `media.view`) from where (`source`) to which thing (`resource_kind`, `resource`, `case_id`), and how it ended (`outcome`: `allowed`, `denied` or `failed`); `details` a JSON object; `hash` the chain hash of `vilab_core::audit` over the previous record's | `seq` primary, from 1, consecutive; no foreign key (a record outlives what it names); indexes on `actor` (NOCASE), `action`, `case_id`, `at`; **append-only** (below) |
//! | `audit_checkpoints(seq, hash, signed_at, signature)` (version 7) | the lab's Ed25519 signatures over the chain's hash at a record (`vilab_core::audit::checkpoint_message`) | `seq` primary; `signature` 64 bytes; **append-only** |
//! | `cameras(id, make, model, body_serial)` (version 10) | every camera EXIF names (`''` where a part is absent) | `(make, model, body_serial)` unique |
//! | `review_items(case_id, media_id, exhibit_id, folder, triage, proposed_profile, proposed, hashset, decided_profile, decided, conflict, follow_up, taken, has_gps, lat, lon, camera_id)` (version 10) | the review index: one row per media item of a case with what the grid filters on; derived (ingest inserts it with the first exhibit and folder and the EXIF leads, `taken` being a well-formed `YYYY-MM-DDTHH:MM:SS`; matching sets `triage` — `NULL` until matched — and the strongest match's proposal; decisions set `decided*`, `conflict`, `follow_up` by `vilab_core::review::settle`) | primary `(case_id, media_id)`, `WITHOUT ROWID`; one index per filter, each `(case_id, <filter>, media_id)`, so that a page is a range scan in keyset order |
//! | `review_decisions(id, case_id, media_id, account_id, batch, kind, profile, category, follow_up, retracts, decided_at)` (version 10) | reviewers' decisions: `kind` `category` (a profile's number), `follow_up` (the flag set or cleared) or `retract` (the undo of decision `retracts`); `batch` numbers one reviewer's calls | **append-only** (triggers refuse update and delete); indexes on `(case_id, media_id)`, `(account_id, batch)`, `retracts` |
//! | `account_settings(account_id, lang, blur, greyscale, tile, break_minutes, updated_at)` (version 10) | an account's review settings; absent: the defaults | `tile` 64–256, `break_minutes` 0–480 |
//! | `series(id, uid, case_id, name, created_by, created_at, merged_into)`, `series_members(series_id, media_id, added_by, added_at)` (version 10) | series of a case and their items; a merged series names the one it became | `(case_id, name)` unique; members primary `(series_id, media_id)`, index on `(media_id, series_id)` |
//! | `persons(id, case_id, kind, label, notes, created_by, created_at)` (version 11) | victims and offenders of a case; `kind` `victim` or `offender` | index on `(case_id, kind, id)` |
//! | `person_status(id, person_id, status, set_by, set_at)` (version 11) | every identification status a person was given (`unidentified`, `identified`, `safeguarded`) and who set it; the current one is the latest; creation writes `unidentified` | **append-only** (triggers); index on `(person_id, id)` |
//! | `locations(id, case_id, label, lat, lon, description, created_by, created_at)` (version 11) | places of a case, with a position where known | `lat` -90–90 and `lon` -180–180, both or neither |
//! | `record_links(record_kind, record_id, target_kind, target_id, linked_by, linked_at)` (version 11) | a person or location (`record_kind`) linked to a series or media item (`target_kind`) of its case (the store checks the case; no foreign key, the ids name two tables each) | primary `(record_kind, record_id, target_kind, target_id)`, `WITHOUT ROWID`; index on `(target_kind, target_id)` |
//! | `leads(id, case_id, media_id, rect_x, rect_y, rect_w, rect_h, text, status, owner_id, created_by, created_at, updated_at)` (version 11) | notes pinned to a media item of the case, optionally to a rectangle in pixels of the stored original (origin top left, before EXIF rotation); `status` `open`, `followed` or `closed` and `owner_id` are the latest of `lead_history` | the four `rect_*` all set or all `NULL`; indexes on `(case_id, status, id)`, `(case_id, owner_id, id)`, `(media_id, id)` |
//! | `lead_history(id, lead_id, status, owner_id, set_by, set_at)` (version 11) | every status and owner a lead had, who set them and when | **append-only** (triggers) |
//! | `search_words(case_id, word, kind, record_id)` (version 11) | the word index: each distinct word (`vilab_words`: ICU4X segments, NFC, lower case) of the texts of a person (label, notes), location (label, description), lead (text) or series (name); derived, rewritten with each change; a query intersects one key range per word | primary `(case_id, word, kind, record_id)`, `WITHOUT ROWID`; index on `(kind, record_id)` |
//! | `occurrences.disk_volume, disk_fs_ref, disk_allocation, disk_offset, disk_metadata_offset` (version 12) | where on a disk image an occurrence lies (`vilab_core::model::DiskPlace`), all `NULL` for folders: the volume's number, the file system's reference (inode, MFT record, first cluster), `allocated`/`deleted`/`carved`, the image byte offsets of the content and of its metadata | `disk_allocation` checked |
//! | `series_link_events(id, series_a, series_b, linked, note, set_by, set_at)` (version 13) | series of two different cases linked (`linked` 1) or unlinked (0), with an optional note, by whom and when; the pair's latest event is its state; `series_a` is the pair's smaller id (the store checks that the two lie in different cases) | **append-only** (triggers); indexes on `(series_a, series_b, id)` and `(series_b, series_a, id)` |
//! | `regions(id, uid, case_id, media_id, created_by, created_at)`, `region_versions(id, region_id, version, kind, shape, treatment, source, deleted, set_by, set_at)` (version 14) | regions drawn on an item of a case; each draw, change or delete appends a version (`kind` `face`, `body`, `mark`, `text`, `other`, `object`; `shape` JSON rect or polygon in pixels of the original; `treatment` `fill`, `pixelate`, `blur`, only person kinds other than `fill`; `source` `drawn` or `suggested`); the current regions are each one's latest version, where not deleted | `uid` unique; `(region_id, version)` unique; **append-only** (triggers) |
//! | `renditions(id, uid, case_id, media_id, audience, object_region_id, sources, sha256, size, width, height, made_by, made_at, stale, approved_by, approved_at)` (version 14) | what an audience (`partner`, `trainee`, `public`) receives of an item, re-encoded, its bytes in the evidence store; `sources` the JSON list of the region versions it was made from; `stale` set when a region of the item changes after; a public crop (`object_region_id` set) leaves only once approved | approver never the maker (`CHECK`); only `stale` and the approval ever change (trigger); never deleted |
//! | `exhibit_custody(id, exhibit_id, run_id, at, event, details)` (version 12) | the exhibit's custody log: events an ingest appends (`image.verified` with the stored and computed acquisition hashes, `disk.layout` with the volumes and file systems found), `details` JSON | `exhibit_id` → `exhibits`, `run_id` → `ingest_runs`; index on `exhibit_id` |
//!
//! Idempotent ingest rests on the unique keys: media are inserted with
//! `ON CONFLICT (sha256) DO NOTHING` (then an already-present row gains a
//! missing size, PDQ, EXIF or thumbnail, nothing else changes), occurrences
//! with `ON CONFLICT DO NOTHING` on their unique key, errors likewise (an
//! error met again after its resolution is open again), and a file already
//! in the ledger has its check time refreshed.
//!
//! The digest tables hold exactly one row per entry of `known_hashes` that
//! has a digest (`known_id` = its `id`), under its strongest digest. They
//! carry no foreign key, whose check per row would cost the bulk import
//! what the sorted fill saves; the store keeps them in step: an import
//! fills them in the same transaction as its entries, a removal deletes
//! from them first.
//!
//! The evidence store is expected to hold every `media.sha256` and every
//! `media.thumbnail_sha256` (that is what `Store::blob_refs` lists).
//!
//! **Architecture Invariant:** the store offers no update or delete of
//! audit records or checkpoints; appends read the head and insert under one
//! write lock, so the chain never forks. Triggers refuse `UPDATE`, `DELETE`
//! and an insert anywhere but after the last record, as defence in depth;
//! the hash chain and the signed checkpoints are what show tampering.
//!
//! # Rules for migrations
//!
//! A migration is appended, never edited once released. Each runs in its
//! own `IMMEDIATE` transaction together with the `user_version` bump, so a
//! crash leaves the schema at a whole version. What SQL cannot do (taking
//! old text apart) is a Rust step, `after_sql`, run right after the
//! migration's SQL in the same transaction. A database newer than this
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
    include_str!("migrations/0005_digest_tables.sql"),
    include_str!("migrations/0006_names_ledger.sql"),
    include_str!("migrations/0007_audit.sql"),
    include_str!("migrations/0008_accounts_sessions.sql"),
    ERROR_CODES,
    include_str!("migrations/0010_review.sql"),
    RECORDS,
    include_str!("migrations/0012_disk_exhibits.sql"),
    // Series linked across cases (issue 19).
    include_str!("migrations/0013_series_links.sql"),
    // Regions and renditions per audience (issue 20).
    include_str!("migrations/0014_regions.sql"),
    // ViLab galleries, their members, items, bundles and clues (issue 20).
    GALLERIES,
];

/// Version 15 (14 where it is appended without the regions' version): the
/// galleries. Named for the same reason as [`ERROR_CODES`].
const GALLERIES: &str = include_str!("migrations/0015_galleries.sql");

/// Version 9: ingest errors as codes with params. Named, not numbered, in
/// [`after_sql`]: it was written beside versions 7 and 8 of another branch,
/// and is whichever entry of [`MIGRATIONS`] it is appended as.
const ERROR_CODES: &str = include_str!("migrations/0009_error_codes.sql");

/// Version 11: persons, locations, leads and the word index. Named for the
/// same reason as [`ERROR_CODES`]: another branch may append beside it.
const RECORDS: &str = include_str!("migrations/0011_records.sql");

/// What a migration does after its SQL, in Rust, where SQL cannot: version
/// 6 rewrites the names of earlier rows in their new forms; version 9 takes
/// the English reasons of earlier rows apart into codes; version 11 puts
/// the names of earlier series into the word index.
fn after_sql(target: u32, sql: &str, tx: &Connection) -> Result<()> {
    match target {
        6 => legacy_names(tx),
        _ if sql == ERROR_CODES => error_codes(tx),
        _ if sql == RECORDS => super::records::index_all_series(tx),
        _ => Ok(()),
    }
}

/// Rows of earlier versions said why in an English sentence (`reason`),
/// made by vilab's own code: each becomes the code, params and detail its
/// pattern gives ([`super::legacy_reasons`]), `legacy` with the sentence as
/// detail where none fits. Then `reason` is dropped, so that nothing writes
/// or reads a sentence again (SQLite allows it: no index, key or
/// constraint names the column).
fn error_codes(tx: &Connection) -> Result<()> {
    let rows: Vec<(i64, String, String)> = {
        let mut stmt = tx.prepare("SELECT id, stage, reason FROM ingest_errors").ctx("reading error reasons")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx("reading error reasons")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading error reasons")?
    };
    let mut update = tx
        .prepare("UPDATE ingest_errors SET code = ?2, params = ?3, detail = ?4 WHERE id = ?1")
        .ctx("writing error codes")?;
    for (id, stage, reason) in rows {
        let cause = super::legacy_reasons::parse(&stage, &reason);
        let params = super::codec::params_json(&cause.params)?;
        update.execute(rusqlite::params![id, cause.code.as_str(), params, cause.detail]).ctx("writing error codes")?;
    }
    tx.execute_batch("ALTER TABLE ingest_errors DROP COLUMN reason").ctx("dropping ingest_errors.reason")?;
    Ok(())
}

/// Index given to archive members recorded before version 6, which did not
/// keep their position in the archive.
pub const LEGACY_MEMBER_INDEX: u32 = u32::MAX;

/// Rows of versions before 6 kept their names as text (already lossy where
/// a name was not UTF-8) and their archive paths as `a.zip!/b.jpg` text:
/// their display forms are escaped now, and their archive keys made of the
/// old members' names, at [`LEGACY_MEMBER_INDEX`].
fn legacy_names(tx: &Connection) -> Result<()> {
    use vilab_core::model::{Member, OccurrenceKey};
    use vilab_core::name::{NameEncoding, escape_utf8};
    for table in ["occurrences", "ingest_errors"] {
        let rows: Vec<(i64, Vec<u8>, Vec<u8>)> = {
            let mut stmt =
                tx.prepare(&format!("SELECT id, path_raw, archive_key FROM {table}")).ctx("reading names")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx("reading names")?;
            rows.collect::<rusqlite::Result<_>>().ctx("reading names")?
        };
        let mut update = tx
            .prepare(&format!("UPDATE {table} SET path = ?2, archive_path = ?3, archive_key = ?4 WHERE id = ?1"))
            .ctx("rewriting names")?;
        for (id, path, old_archive) in rows {
            let text = String::from_utf8_lossy(&old_archive);
            let mut key = OccurrenceKey::file(path);
            if !text.is_empty() {
                for part in text.split(OccurrenceKey::NESTED_SEPARATOR) {
                    let name = part.as_bytes().to_vec();
                    key = key.member(Member::new(LEGACY_MEMBER_INDEX, name, part.as_bytes(), NameEncoding::Utf8));
                }
            }
            update
                .execute(rusqlite::params![id, escape_utf8(&key.path), key.archive_display(), key.archive_key()])
                .ctx("rewriting names")?;
        }
    }
    Ok(())
}

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
    if before == SCHEMA_VERSION {
        return Ok(before);
    }
    // Rebuilding a table that others refer to needs foreign-key checks off
    // (SQLite ignores the switch inside a transaction); each migration
    // checks the keys itself before it commits.
    conn.pragma_update(None, "foreign_keys", false).ctx("setting foreign_keys")?;
    let result = apply(conn, before, &too_new);
    conn.pragma_update(None, "foreign_keys", true).ctx("setting foreign_keys")?;
    result.map(|()| before)
}

fn apply(conn: &mut Connection, before: u32, too_new: &dyn Fn(u32) -> StoreError) -> Result<()> {
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
        after_sql(target, sql, &tx)?;
        let broken: i64 = tx
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
            .ctx("checking foreign keys")?;
        if broken > 0 {
            return Err(StoreError::invalid(
                "schema migration",
                format!("version {target} would leave {broken} rows with a broken foreign key"),
            ));
        }
        tx.pragma_update(None, "user_version", target).ctx("writing the schema version")?;
        tx.commit().ctx("committing a migration")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database at `version` (no lab identity: migrations do not need one).
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..version] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", version).unwrap();
        conn
    }

    #[test]
    fn version_11_indexes_the_names_of_earlier_series_and_keeps_histories_append_only() {
        let mut conn = at_version(10);
        conn.execute_batch(
            "INSERT INTO cases (id, uid, name, created_at) VALUES (1, 'c', 'OP', 0);
             INSERT INTO accounts (id, username, password_hash, role, created_at) VALUES (1, 'a', 'x', 'admin', 0);
             INSERT INTO series (id, uid, case_id, name, created_by, created_at) VALUES (1, 's', 1, 'ห้องนอนสีฟ้า', 1, 0);",
        )
        .unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        let found = |word: &str| -> Vec<(String, i64)> {
            let mut stmt =
                conn.prepare("SELECT kind, record_id FROM search_words WHERE case_id = 1 AND word = ?1").unwrap();
            stmt.query_map([word], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect()
        };
        // "blue bedroom": its last word, "sky (blue)", is a word of the index.
        assert_eq!(found("ฟ้า"), [("series".to_string(), 1)]);
        conn.execute_batch(
            "INSERT INTO persons (id, case_id, kind, label, notes, created_by, created_at) VALUES (1, 1, 'victim', 'g', '', 1, 0);
             INSERT INTO person_status (person_id, status, set_by, set_at) VALUES (1, 'unidentified', 1, 0);",
        )
        .unwrap();
        for sql in ["UPDATE person_status SET status = 'identified'", "DELETE FROM person_status"] {
            let e = conn.execute_batch(sql).unwrap_err().to_string();
            assert!(e.contains("append-only"), "{sql}: {e}");
        }
    }

    #[test]
    fn version_13_keeps_the_series_link_history_append_only_and_pairs_ordered() {
        let mut conn = at_version(12);
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, uid, name, created_at) VALUES (1, 'c', 'OP', 0), (2, 'd', 'OP-2', 0);
             INSERT INTO accounts (id, username, password_hash, role, created_at) VALUES (1, 'a', 'x', 'admin', 0);
             INSERT INTO series (id, uid, case_id, name, created_by, created_at) VALUES (1, 's', 1, 'a', 1, 0), (2, 't', 2, 'b', 1, 0);
             INSERT INTO series_link_events (series_a, series_b, linked, note, set_by, set_at) VALUES (1, 2, 1, '', 1, 0);",
        )
        .unwrap();
        for sql in ["UPDATE series_link_events SET linked = 0", "DELETE FROM series_link_events"] {
            let e = conn.execute_batch(sql).unwrap_err().to_string();
            assert!(e.contains("append-only"), "{sql}: {e}");
        }
        let reversed = "INSERT INTO series_link_events (series_a, series_b, linked, note, set_by, set_at) VALUES (2, 1, 1, '', 1, 0)";
        assert!(conn.execute_batch(reversed).is_err(), "a pair has one key: the smaller id first");
    }

    #[test]
    fn version_6_keeps_earlier_rows_with_their_names_in_the_new_forms() {
        let mut conn = at_version(5);
        conn.execute_batch(
            r"INSERT INTO cases (id, uid, name, created_at) VALUES (1, 'c', 'OP', 0);
             INSERT INTO exhibits (id, case_id, uid, name, source_path, created_at) VALUES (1, 1, 'e', 'usb', '/s', 0);
             INSERT INTO ingest_runs (id, exhibit_id, started_at, status) VALUES (1, 1, 100, 'completed');
             INSERT INTO media (id, sha256, md5, sha1, size, kind, first_seen_at) VALUES
                 (1, zeroblob(32), zeroblob(16), zeroblob(20), 5, 'other', 0),
                 (2, x'0100000000000000000000000000000000000000000000000000000000000000', zeroblob(16), zeroblob(20), 5, 'other', 0);
             INSERT INTO occurrences (id, media_id, exhibit_id, path, archive_path, size, modified, run_id) VALUES
                 (1, 1, 1, 'a\b.txt', '', 5, 50, 1),
                 (2, 2, 1, 'set.zip', 'inner.zip!/x.jpg', 5, 50, 1),
                 (3, 1, 1, 'failed.zip', '', 5, 50, 1),
                 (4, 1, 1, 'set.zip', '', 5, 50, 1);
             INSERT INTO ingest_errors (id, exhibit_id, path, archive_path, stage, reason) VALUES
                 (1, 1, 'failed.zip', 'm.jpg', 'store', 'No space left on device'),
                 (2, 1, 'empty.bin', '', 'read', 'empty file (0 bytes)'),
                 (3, 1, 'bad.jpg', '', 'decode', 'not a JPEG');",
        )
        .unwrap();
        assert_eq!(migrate(&mut conn, Path::new(":memory:")).unwrap(), 5);
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        let occurrence = |id: i64| -> (String, String, Vec<u8>, Vec<u8>) {
            conn.query_row(
                "SELECT path, archive_path, path_raw, archive_key FROM occurrences WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap()
        };
        let (shown, archive, raw, key) = occurrence(1);
        assert_eq!(
            (shown.as_str(), archive.as_str(), raw.as_slice(), key.as_slice()),
            (r"a\\b.txt", "", &br"a\b.txt"[..], &b""[..])
        );
        let (_, archive, _, key) = occurrence(2);
        assert_eq!(archive, "inner.zip!/x.jpg");
        let parsed = vilab_core::model::OccurrenceKey::from_stored(b"set.zip".to_vec(), &key, &archive).unwrap();
        assert_eq!(parsed.members.len(), 2);
        assert_eq!(parsed.members[1].name, b"x.jpg");
        assert_eq!(parsed.members[0].index, LEGACY_MEMBER_INDEX);
        // Read and store errors but for those of the file itself are transient.
        let transient: Vec<i64> = {
            let mut stmt = conn.prepare("SELECT id FROM ingest_errors WHERE transient = 1 ORDER BY id").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        assert_eq!(transient, [1]);
        // Files with occurrences count as done, but the one with an open transient error.
        let done: Vec<Vec<u8>> = {
            let mut stmt = conn.prepare("SELECT path_raw FROM ingest_files ORDER BY path_raw").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        assert_eq!(done, [br"a\b.txt".to_vec(), b"set.zip".to_vec()]);
        let status: String = conn.query_row("SELECT status FROM ingest_runs WHERE id = 1", [], |r| r.get(0)).unwrap();
        assert_eq!(status, "completed");
        let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(broken, 0);
    }

    /// A database of version 8 (every migration before the error codes)
    /// with the English reasons earlier versions stored: after migrating,
    /// each row has the code, params and detail its sentence gave, the
    /// store reads them back, and `reason` is gone.
    #[test]
    fn error_codes_take_the_old_sentences_apart() {
        use vilab_core::model::{ErrorParams, IngestErrorCode as C};
        let before = MIGRATIONS.iter().position(|sql| *sql == ERROR_CODES).unwrap();
        assert_eq!(before, 8, "the error codes follow the audit log (7) and accounts (8)");
        let mut conn = at_version(before);
        conn.execute_batch(
            r"INSERT INTO cases (id, uid, name, created_at) VALUES (1, 'c', 'OP', 0);
             INSERT INTO exhibits (id, case_id, uid, name, source_path, created_at) VALUES (1, 1, 'e', 'usb', '/s', 0);
             INSERT INTO ingest_errors (id, exhibit_id, path, archive_path, path_raw, archive_key, stage, reason, transient)
             VALUES
                 (1, 1, 'bomb.zip', '', x'626f6d622e7a6970', x'', 'archive',
                  'zip-bomb guard: 20971520 bytes from 20380 compressed (ratio over 100)', 0),
                 (2, 1, 'photo.jpg', '', x'70686f746f2e6a7067', x'', 'decode',
                  'damaged JPEG data (Premature end of JPEG file; 2 warnings): the picture is partly filled', 0),
                 (3, 1, 'c.jpg', '', x'632e6a7067', x'', 'store',
                  'writing /lab/evidence/.tmp/.tmpAbc: No space left on device (os error 28)', 1),
                 (4, 1, 'overlap.zip', '', x'6f7665726c61702e7a6970', x'', 'archive',
                  'cannot open zip: entries 0 and 1 overlap at byte 0', 0),
                 (5, 1, 'empty.bin', '', x'656d7074792e62696e', x'', 'read', 'empty file (0 bytes)', 0),
                 (6, 1, 'odd.jpg', '', x'6f64642e6a7067', x'', 'decode', 'not a JPEG', 0),
                 (7, 1, 'big.gif', '', x'6269672e676966', x'', 'decode',
                  'a strange step needs 6 bytes of memory, over the 5 allowed', 0);",
        )
        .unwrap();
        assert_eq!(migrate(&mut conn, Path::new(":memory:")).unwrap(), before as u32);
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);

        let errors = super::super::counts::ingest_errors(&conn, crate::CaseId(1)).unwrap();
        let got: Vec<(C, ErrorParams, Option<String>)> =
            errors.into_iter().map(|(_, e)| (e.code, e.params, e.detail)).collect();
        let params = |pairs: &[(&str, &str)]| -> ErrorParams {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        let detail = |text: &str| Some(text.to_string());
        assert_eq!(
            got,
            [
                (C::ArchiveBombRatio, params(&[("size", "20971520"), ("compressed", "20380"), ("limit", "100")]), None),
                (
                    C::DecodeDamaged,
                    params(&[("format", "jpeg"), ("warnings", "2")]),
                    detail("Premature end of JPEG file")
                ),
                (C::OutOfSpace, params(&[]), detail("No space left on device (os error 28)")),
                (C::ArchiveEntriesOverlap, params(&[("first", "0"), ("second", "1"), ("offset", "0")]), None),
                (C::EmptyFile, params(&[]), None),
                (C::Legacy, params(&[]), detail("not a JPEG")),
                (
                    C::OverMemoryGrant,
                    params(&[("needed", "6"), ("allowed", "5")]),
                    detail("a strange step needs 6 bytes of memory, over the 5 allowed")
                ),
            ]
        );
        let columns: Vec<String> = {
            let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('ingest_errors')").unwrap();
            stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
        };
        assert!(!columns.iter().any(|c| c == "reason"), "{columns:?}");
        assert!(columns.iter().any(|c| c == "code") && columns.iter().any(|c| c == "detail"), "{columns:?}");
        // The keys and indexes of the table survive the dropped column.
        let indexes: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ingest_errors'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 3);
    }

    #[test]
    fn version_5_moves_the_digests_of_existing_entries_into_the_lookup_tables() {
        let mut conn = at_version(4);
        conn.execute_batch(
            "INSERT INTO hashsets (id, uid, name, profile, format, source_sha256, imported_at, entries)
                 VALUES (1, 'u', 'old', 'vic-us', 'vics2', zeroblob(32), 0, 3);
             INSERT INTO known_hashes (id, hashset_id, media_id, md5, sha1, sha256) VALUES
                 (1, 1, 1, x'11111111111111111111111111111111', NULL, NULL),
                 (2, 1, 2, x'00000000000000000000000000000000', x'2222222222222222222222222222222222222222', NULL),
                 (3, 1, 3, x'11111111111111111111111111111111', NULL, zeroblob(32));",
        )
        .unwrap();
        assert_eq!(migrate(&mut conn, Path::new(":memory:")).unwrap(), 4);
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        let pairs = |table: &str| -> Vec<(Vec<u8>, i64)> {
            let mut stmt = conn.prepare(&format!("SELECT digest, known_id FROM {table}")).unwrap();
            stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap().map(Result::unwrap).collect()
        };
        // Each entry under its strongest digest only.
        assert_eq!(pairs("known_md5"), vec![(vec![0x11; 16], 1)]);
        assert_eq!(pairs("known_sha1"), vec![(vec![0x22; 20], 2)]);
        assert_eq!(pairs("known_sha256"), vec![(vec![0; 32], 3)]);
        let indexes: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'known_hashes_%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        // No index is left on the entries but their unique key's.
        assert_eq!(indexes, 0);
    }
}
