//! Opening connections with the settings every vilab connection needs.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use vilab_crypt::SubKey;
use zeroize::Zeroizing;

use super::Ctx as _;
use crate::{Result, StoreError};

/// How long a statement waits for another connection's write lock (another
/// process, such as a second `vilab` command) before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Opens the database read-write. WAL lets readers go on while one writer
/// writes; `synchronous = NORMAL` is durable at each checkpoint and never
/// corrupts in WAL mode (a power cut may lose the last transactions, which
/// a resumed ingest writes again); foreign keys are off by default in SQLite.
/// With `key` the file is SQLCipher's (see [`unlock`]).
pub(super) fn open(path: &Path, create: bool, key: Option<&SubKey>) -> Result<Connection> {
    sqlcipher_ready();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = open_unlocked(path, flags, key)?;
    conn.busy_timeout(BUSY_TIMEOUT).ctx("setting busy_timeout")?;
    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0)).ctx("setting journal_mode")?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Database {
            context: format!("opening {}", path.display()),
            source: format!("journal_mode is {mode}, WAL was refused (a read-only or network file system?)").into(),
        });
    }
    configure(&conn)?;
    // Bulk writes (a hash set of millions of entries, a large ingest) insert
    // random digests into B-tree indexes; with SQLite's 2 MiB default cache
    // every insert misses. 64 MiB keeps the upper index levels resident.
    conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB).ctx("setting cache_size")?;
    // Sorts (a hash-set import fills its digest tables through one) may use
    // helper threads.
    let helpers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    conn.pragma_update(None, "threads", helpers).ctx("setting threads")?;
    // A bulk import grows the write-ahead log to its own size; once it is
    // checkpointed, give the disk back rather than keep gigabytes in reserve.
    conn.pragma_update(None, "journal_size_limit", WAL_KEEP_BYTES).ctx("setting journal_size_limit")?;
    Ok(conn)
}

/// Write-ahead log kept after a checkpoint, in bytes.
const WAL_KEEP_BYTES: i64 = 64 * 1024 * 1024;

/// Page cache of the writing connection, in KiB.
pub(super) const WRITER_CACHE_KIB: i64 = 64 * 1024;

/// Page cache of the writer during a bulk import, in KiB. Its inserts are
/// appends, which a large cache does not speed up, and SQLite sizes its
/// sorter's memory on the page cache: at 64 MiB the sorted fill of a
/// 4-million-entry import peaked at 263 MB resident (with two helper
/// threads) and ran slower than at 16 MiB, which peaked at 73 MB.
pub(super) const BULK_CACHE_KIB: i64 = 16 * 1024;

/// Opens a connection that only reads (`query_only` guards against a bug
/// writing through a read path).
pub(super) fn open_reader(path: &Path, key: Option<&SubKey>) -> Result<Connection> {
    sqlcipher_ready();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = open_unlocked(path, flags, key)?;
    conn.busy_timeout(BUSY_TIMEOUT).ctx("setting busy_timeout")?;
    configure(&conn)?;
    conn.pragma_update(None, "query_only", true).ctx("setting query_only")?;
    Ok(conn)
}

/// Settings that are per connection (not stored in the file).
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", true).ctx("setting foreign_keys")?;
    conn.pragma_update(None, "synchronous", "NORMAL").ctx("setting synchronous")?;
    // Sorts and temporary tables in memory, never in a temporary file: the
    // build sets SQLITE_TEMP_STORE=2 (memory unless asked otherwise) and
    // SQLCipher encrypts temporary files anyway; this makes it explicit.
    conn.pragma_update(None, "temp_store", "MEMORY").ctx("setting temp_store")?;
    Ok(())
}

/// Finishes SQLite's initialisation, SQLCipher's included, once per process
/// before any lab connection opens. SQLite marks itself initialised before
/// it runs SQLCipher's part (`SQLITE_EXTRA_INIT`, outside its mutex), so a
/// second thread opening a database at that moment reached `PRAGMA key`
/// while SQLCipher was not ready, and the key failed ("An error occurred
/// with PRAGMA key", seen once in a parallel test run); a `Once` makes
/// every other first opener wait until the first initialisation is done.
fn sqlcipher_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        // Opening any database runs sqlite3_initialize to its end.
        if let Ok(conn) = Connection::open_in_memory() {
            // Databases attached with a key of their own (a backup's
            // snapshot, `vilab lab encrypt`) take SQLCipher's defaults, not
            // the connection's: they too get PAGE_HMAC. Failing to set it
            // leaves SQLCipher's default, which `open_unlocked` also reads.
            let _ = conn.execute_batch(&format!("PRAGMA cipher_default_hmac_algorithm = {PAGE_HMAC}"));
        }
    });
}

/// The HMAC of each encrypted page, for the databases this build creates:
/// HMAC-SHA256 rather than SQLCipher 4's default HMAC-SHA512, because the
/// page checks are a large part of an encrypted database's cost and
/// SHA-256 runs on the CPU's SHA instructions (OpenSSL uses them; SHA-512
/// has none on x86): an import of 2 million hash-set entries took 18 %
/// less CPU with it (issue 21, BENCHMARKS.md). HMAC-SHA256 is one of
/// SQLCipher's supported settings, with a 256-bit key and tag.
const PAGE_HMAC: &str = "HMAC_SHA256";

/// The page HMAC of encrypted labs made before [`PAGE_HMAC`] (SQLCipher's
/// default); such a database is opened with it when the first fails.
const LEGACY_PAGE_HMAC: &str = "HMAC_SHA512";

/// Opens the database and unlocks it ([`unlock`]); an encrypted database
/// that does not open under this build's page HMAC is tried under the
/// legacy one before the key is called wrong.
fn open_unlocked(path: &Path, flags: OpenFlags, key: Option<&SubKey>) -> Result<Connection> {
    let connect = || {
        Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::Database { context: format!("opening {}", path.display()), source: Box::new(e) })
    };
    let conn = connect()?;
    match unlock(&conn, path, key, PAGE_HMAC) {
        Err(StoreError::WrongKey { .. }) if key.is_some() => {
            drop(conn);
            let conn = connect()?;
            unlock(&conn, path, key, LEGACY_PAGE_HMAC)?;
            Ok(conn)
        }
        other => other.map(|()| conn),
    }
}

/// Gives a connection opened by someone else (a test that reads or edits
/// rows below the store) the database key and the page HMAC this build's
/// databases use, as the store's own connections get them.
pub fn unlock_connection(conn: &Connection, key: &SubKey) -> Result<()> {
    sqlcipher_ready();
    let path = std::path::PathBuf::from(conn.path().unwrap_or_default());
    unlock(conn, &path, Some(key), PAGE_HMAC)
}

/// Gives SQLCipher the database's raw key, first of all (no page may be
/// read before it), and checks it by reading the schema: a wrong key is
/// [`StoreError::WrongKey`] and nothing was written. Without a key the file
/// must be a plain SQLite database.
///
/// SQLCipher logs a failed page check ("hmac check failed") on standard
/// error; its log level is set to NONE first, so that a wrong key is said
/// once, in vilab's words.
fn unlock(conn: &Connection, path: &Path, key: Option<&SubKey>, page_hmac: &str) -> Result<()> {
    conn.execute_batch("PRAGMA cipher_log_level = NONE").ctx("silencing SQLCipher's log")?;
    if let Some(key) = key {
        // The raw-key form: SQLCipher uses these 32 bytes as the key and runs
        // no PBKDF2 of its own (the key is already the output of a KDF).
        let pragma = Zeroizing::new(format!("PRAGMA key = \"x'{}'\"", hex::encode(key.expose_secret())));
        conn.execute_batch(&pragma).ctx("setting the database key")?;
        conn.execute_batch(&format!("PRAGMA cipher_hmac_algorithm = {page_hmac}")).ctx("setting the page HMAC")?;
    }
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            Err(StoreError::WrongKey { path: path.to_path_buf(), encrypted: key.is_some() })
        }
        Err(e) => Err(StoreError::Database { context: format!("reading {}", path.display()), source: Box::new(e) }),
    }
}

#[cfg(test)]
mod tests {
    use vilab_crypt::{MasterKey, Purpose};

    use super::*;

    fn page_hmac(conn: &Connection) -> String {
        conn.query_row("PRAGMA cipher_hmac_algorithm", [], |row| row.get(0)).unwrap()
    }

    #[test]
    fn new_databases_use_hmac_sha256_and_reopen_under_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lab.db");
        let key = MasterKey::from_bytes(&[3; 32]).subkey(Purpose::Database);
        let conn = open(&path, true, Some(&key)).unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);").unwrap();
        assert_eq!(page_hmac(&conn), PAGE_HMAC);
        drop(conn);
        let reader = open_reader(&path, Some(&key)).unwrap();
        assert_eq!(page_hmac(&reader), PAGE_HMAC);
        assert_eq!(reader.query_row("SELECT x FROM t", [], |r| r.get::<_, i64>(0)).unwrap(), 7);
    }

    #[test]
    fn a_database_of_the_legacy_page_hmac_opens_and_a_wrong_key_is_still_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lab.db");
        let master = MasterKey::from_bytes(&[5; 32]);
        let key = master.subkey(Purpose::Database);
        {
            // Made as SQLCipher's defaults made every encrypted lab before.
            sqlcipher_ready();
            let raw = Connection::open(&path).unwrap();
            unlock(&raw, &path, Some(&key), LEGACY_PAGE_HMAC).unwrap();
            raw.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (11);").unwrap();
        }
        let conn = open(&path, false, Some(&key)).unwrap();
        assert_eq!(page_hmac(&conn), LEGACY_PAGE_HMAC);
        assert_eq!(conn.query_row("SELECT x FROM t", [], |r| r.get::<_, i64>(0)).unwrap(), 11);
        // Written through this build, it stays readable under its own HMAC.
        conn.execute_batch("INSERT INTO t VALUES (12)").unwrap();
        drop(conn);
        let reader = open_reader(&path, Some(&key)).unwrap();
        assert_eq!(reader.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)).unwrap(), 2);

        let wrong = MasterKey::from_bytes(&[6; 32]).subkey(Purpose::Database);
        let err = open(&path, false, Some(&wrong)).unwrap_err();
        assert!(matches!(err, StoreError::WrongKey { encrypted: true, .. }), "{err}");
    }
}
