//! [`SqliteStore`]: the [`Store`] of a laptop lab, in one
//! SQLite file (`lab.db`) in WAL mode.
//!
//! One writer connection behind a mutex (SQLite allows one writer at a
//! time anyway; ingest batches its writes) and a small pool of read-only
//! connections, so that the viewer keeps reading while an ingest writes.

mod accounts;
mod audit;
mod cases;
mod codec;
mod conn;

pub use conn::unlock_connection;
mod counts;
mod custody;
mod exercises;
mod galleries;
mod hashsets;
mod known_entries;
mod law;
pub mod lease;
mod legacy_reasons;
mod lookup;
mod matching;
mod media;
mod meta;
pub mod migrations;
mod records;
// Regions and renditions per audience (issue 20).
mod regions;
mod review;
mod runs;
mod series_links;
mod write;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, Transaction, TransactionBehavior};
use vilab_core::Sha256;
use vilab_core::audit::{AuditCheckpoint, AuditEntry, AuditRecord};
use vilab_core::model::{IngestError, OccurrenceKey};

use crate::model::gallery::{
    Clue, ClueId, Exercise, ExerciseAnswer, ExerciseId, Gallery, GalleryBundle, GalleryId, GalleryItem, GalleryItemId,
    GalleryMember, NewAnswer, NewClue, NewGallery,
};
use crate::model::records::{
    IdStatus, Lead, LeadChange, LeadFilter, LeadId, LeadStatus, LinkTarget, Location, LocationFields, LocationId,
    NewLead, Person, PersonId, PersonKind, RecordRef, Rect, SearchHit, StatusChange,
};
use crate::model::regions::{NewRendition, Region, RegionFields, Rendition};
use crate::model::review::{
    AccountSettings, CameraGroup, DecisionOutcome, DecisionRecord, GroupBy, MapCell, NewDecisions, ReviewFilter,
    ReviewGroup, ReviewProgress, ReviewQuery, ReviewRow, Series, SeriesId, TimelineBin, TimelineStep, TriageMark,
};
use crate::model::review::{SeriesLinkEvent, SeriesMemberPdq};
use crate::model::{
    Account, BatchOutcome, Case, CaseCounts, CaseSummary, DoneFile, Exhibit, Hashset, HashsetFeed, IngestBatch,
    IngestRun, LabInfo, LawImport, LoginFailures, MediaDetail, MediaKey, MediaQuery, MediaSummary, NewAccount,
    NewHashset, NewSession, Role, RunOutcome, SessionRow,
};
use crate::model::{
    AuditQuery, ExactCandidate, IndexedPdq, KnownHit, MatchRow, MediaDigests, MediaMark, MediaPdq, PdqNeighbour,
    TriageItem,
};
use crate::model::{CustodyEvent, DiskCounts, NewCustody};
use crate::{AccountId, CaseId, ExhibitId, MediaRowId, Result, RunId, SessionId, Store, StoreError};
use vilab_core::PdqHash;

/// Idle read connections kept open; more are opened on demand and closed
/// after use.
const MAX_IDLE_READERS: usize = 4;

/// Adds what was being done to a driver error.
pub(crate) trait Ctx<T> {
    /// Maps the error to [`StoreError::Database`] with `context`, or to
    /// the [`StoreError::BadRow`] it carries from a row that did not read
    /// back ([`codec::At::bad`]).
    fn ctx(self, context: &str) -> Result<T>;
}

impl<T> Ctx<T> for rusqlite::Result<T> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|e| {
            codec::bad_row_of(e)
                .unwrap_or_else(|e| StoreError::Database { context: context.to_string(), source: Box::new(e) })
        })
    }
}

/// The metadata of a lab in one SQLite file.
pub struct SqliteStore {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    leases: lease::Leases,
    /// SQLCipher's raw key, for the read connections opened on demand;
    /// `None` for a plain database. Held (zeroized on drop) while the store
    /// is open, never written anywhere.
    key: Option<vilab_crypt::SubKey>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.path).finish_non_exhaustive()
    }
}

/// `path` with `suffix` appended to its file name (`lab.db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Runs `f` in one `IMMEDIATE` transaction on `conn` and commits it.
fn transact<T>(conn: &mut Connection, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx("starting a write transaction")?;
    let out = f(&tx)?;
    tx.commit().ctx("committing")?;
    Ok(out)
}

/// Locks a mutex, recovering from poisoning: a panic inside a transaction
/// rolled it back when the `Transaction` dropped, so the connection is sound.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl SqliteStore {
    /// Creates a new database at `path` (which must not exist), applies the
    /// schema and records the lab's identity.
    pub fn create(path: &Path, lab_id: &str, created_at: i64, public_key_hex: &str) -> Result<Self> {
        SqliteStore::create_keyed(path, lab_id, created_at, public_key_hex, None)
    }

    /// [`SqliteStore::create`], encrypted by SQLCipher under `key` (the
    /// master key's [`vilab_crypt::Purpose::Database`] subkey) when given.
    pub fn create_keyed(
        path: &Path,
        lab_id: &str,
        created_at: i64,
        public_key_hex: &str,
        key: Option<vilab_crypt::SubKey>,
    ) -> Result<Self> {
        if path.exists() {
            return Err(StoreError::LabExists { path: path.to_path_buf() });
        }
        // Created empty and 0600 before SQLite opens it: SQLite gives its
        // write-ahead log and shared-memory files the database's own mode.
        crate::fsmode::private_options()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(StoreError::io("creating", path))?;
        let mut writer = conn::open(path, true, key.as_ref())?;
        migrations::migrate(&mut writer, path)?;
        let store = SqliteStore::from_parts(path, writer, key);
        store.write(|tx| meta::write(tx, lab_id, created_at, public_key_hex))?;
        Ok(store)
    }

    /// Opens an existing database, migrating it forward if it is older than
    /// this build.
    pub fn open(path: &Path) -> Result<Self> {
        SqliteStore::open_keyed(path, None)
    }

    /// [`SqliteStore::open`] of a database encrypted under `key` (or plain,
    /// with `None`). A wrong key is [`StoreError::WrongKey`], before
    /// anything is read or written.
    pub fn open_keyed(path: &Path, key: Option<vilab_crypt::SubKey>) -> Result<Self> {
        if !path.is_file() {
            return Err(StoreError::NotALab { path: path.to_path_buf(), problem: "missing".into() });
        }
        let mut writer = conn::open(path, false, key.as_ref())?;
        migrations::migrate(&mut writer, path)?;
        let store = SqliteStore::from_parts(path, writer, key);
        // A database without lab_meta is some other SQLite file.
        store.lab_info().map_err(|_| StoreError::NotALab {
            path: path.to_path_buf(),
            problem: "has no lab identity (lab_meta)".into(),
        })?;
        Ok(store)
    }

    fn from_parts(path: &Path, writer: Connection, key: Option<vilab_crypt::SubKey>) -> Self {
        SqliteStore {
            path: path.to_path_buf(),
            writer: Mutex::new(writer),
            readers: Mutex::new(Vec::new()),
            leases: lease::Leases::beside(path),
            key,
        }
    }

    /// Marks as aborted every run left `running` by a process that ended
    /// without finishing it (its lease is free); runs of live processes are
    /// left alone. Returns the runs marked.
    pub fn abort_dead_runs(&self) -> Result<Vec<RunId>> {
        let mut aborted = Vec::new();
        for (run, token) in self.read(runs::running)? {
            let dead = match &token {
                Some(token) => self.leases.liveness(token)? == lease::Liveness::Dead,
                // A run of a version before leases: its process is long gone.
                None => true,
            };
            if dead && self.write(|tx| runs::mark_aborted(tx, run))? {
                aborted.push(run);
                if let Some(token) = &token {
                    self.leases.remove_dead(token);
                }
            }
        }
        Ok(aborted)
    }

    /// Reads every page of the database and lists what is wrong: pages
    /// whose SQLCipher HMAC fails (an encrypted database), then SQLite's own
    /// `integrity_check`. Empty when all is well.
    pub fn check_pages(&self) -> Result<Vec<String>> {
        let conn = lock(&self.writer);
        let mut problems = Vec::new();
        if self.key.is_some() {
            let mut stmt = conn.prepare("PRAGMA cipher_integrity_check").ctx("checking page HMACs")?;
            let rows = stmt.query_map([], |row| row.get::<_, String>(0)).ctx("checking page HMACs")?;
            for row in rows {
                problems.push(row.ctx("checking page HMACs")?);
            }
        }
        let mut stmt = conn.prepare("PRAGMA integrity_check").ctx("checking integrity")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0)).ctx("checking integrity")?;
        for row in rows {
            let row = row.ctx("checking integrity")?;
            if row != "ok" {
                problems.push(row);
            }
        }
        Ok(problems)
    }

    /// Writes an encrypted copy of this (plain) database to `target` under
    /// `key` (SQLCipher's `sqlcipher_export`, one consistent snapshot), and
    /// checks every page of the copy. `target` is replaced if it exists.
    pub fn export_encrypted(&self, target: &Path, key: vilab_crypt::SubKey) -> Result<()> {
        for leftover in [target.to_path_buf(), with_suffix(target, "-wal"), with_suffix(target, "-shm")] {
            match std::fs::remove_file(&leftover) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::Io { action: "removing", path: leftover, source: e }),
            }
        }
        crate::fsmode::private_options()
            .write(true)
            .create_new(true)
            .open(target)
            .map_err(StoreError::io("creating", target))?;
        let quoted = target.to_string_lossy().replace('\'', "''");
        let attach = zeroize::Zeroizing::new(format!(
            "ATTACH DATABASE '{quoted}' AS encrypted KEY \"x'{}'\"",
            hex::encode(key.expose_secret())
        ));
        {
            let conn = lock(&self.writer);
            conn.execute_batch(&attach).ctx("attaching the encrypted copy")?;
            // sqlcipher_export copies the schema and rows, not the header's
            // user_version (the schema version migrations read): copied after.
            let exported = conn
                .query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))
                .and_then(|()| conn.query_row("PRAGMA main.user_version", [], |r| r.get::<_, i64>(0)))
                .and_then(|v| conn.execute_batch(&format!("PRAGMA encrypted.user_version = {v}")))
                .ctx("exporting");
            let detached = conn.execute_batch("DETACH DATABASE encrypted").ctx("detaching the encrypted copy");
            exported?;
            detached?;
        }
        let copy = SqliteStore::open_keyed(target, Some(key))?;
        let problems = copy.check_pages()?;
        if !problems.is_empty() {
            return Err(StoreError::Database {
                context: format!("checking the encrypted copy {}", target.display()),
                source: problems.join("; ").into(),
            });
        }
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one `IMMEDIATE` write transaction (taking the write lock
    /// at the start avoids a deadlock-prone upgrade from read to write).
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        transact(&mut lock(&self.writer), f)
    }

    /// [`Self::write`] with the settings of a bulk import, for that
    /// transaction only: foreign-key checks off, because its references hold
    /// by construction (a hash set's entries point at the set the same
    /// transaction creates first; the check per row cost a quarter of an
    /// entry's insert), and a small page cache ([`conn::BULK_CACHE_KIB`]).
    /// SQLite ignores the foreign-key switch inside a transaction, so both
    /// are set around one, under the same lock, and restored whatever the outcome.
    fn write_bulk<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        conn.pragma_update(None, "foreign_keys", false).ctx("setting foreign_keys")?;
        conn.pragma_update(None, "cache_size", -conn::BULK_CACHE_KIB).ctx("setting cache_size")?;
        let out = transact(&mut conn, f);
        let restored = conn
            .pragma_update(None, "foreign_keys", true)
            .and_then(|()| conn.pragma_update(None, "cache_size", -conn::WRITER_CACHE_KIB))
            .ctx("restoring foreign_keys and cache_size");
        let out = out?;
        restored?;
        Ok(out)
    }

    /// Runs `f` in a read transaction on a pooled read-only connection, so
    /// that every query of `f` sees the same snapshot.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let pooled = lock(&self.readers).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => conn::open_reader(&self.path, self.key.as_ref())?,
        };
        let out = {
            let tx = conn.unchecked_transaction().ctx("starting a read transaction")?;
            // Dropping `tx` ends the read transaction; nothing to commit.
            f(&tx)
        };
        let mut idle = lock(&self.readers);
        if idle.len() < MAX_IDLE_READERS {
            idle.push(conn);
        }
        out
    }
}

impl Store for SqliteStore {
    fn lab_info(&self) -> Result<LabInfo> {
        self.read(meta::lab_info)
    }

    fn create_account(&self, account: &NewAccount) -> Result<Account> {
        crate::model::validate_username(&account.username)?;
        crate::model::validate_password(&account.username, &account.password)?;
        // Hash before taking the write lock: argon2 takes tens of milliseconds.
        let phc = crate::password::hash(&account.username, &account.password)?;
        self.write(|tx| accounts::insert(tx, account, &phc))
    }

    fn check_password(&self, username: &str, password: &str) -> Result<Option<Account>> {
        let stored = self.read(|conn| accounts::with_password_hash(conn, username))?;
        let phc = stored.as_ref().map(|(_, phc)| phc.as_str());
        let right = crate::password::verify(username, password, phc)?;
        Ok(stored.filter(|_| right).map(|(account, _)| account))
    }

    fn list_accounts(&self) -> Result<Vec<Account>> {
        self.read(accounts::list)
    }

    fn account_by_id(&self, id: AccountId) -> Result<Option<Account>> {
        self.read(|conn| accounts::by_id(conn, id))
    }

    fn account_by_name(&self, username: &str) -> Result<Option<Account>> {
        Ok(self.read(|conn| accounts::with_password_hash(conn, username))?.map(|(account, _)| account))
    }

    fn set_account_disabled(&self, id: AccountId, at: Option<i64>) -> Result<()> {
        self.write(|tx| {
            accounts::set_disabled(tx, id, at)?;
            if let Some(at) = at {
                accounts::revoke_sessions_of(tx, id, at)?;
            }
            Ok(())
        })
    }

    fn set_account_role(&self, id: AccountId, role: Role) -> Result<()> {
        self.write(|tx| accounts::set_role(tx, id, role))
    }

    fn set_password(&self, id: AccountId, password: &str) -> Result<()> {
        let Some(account) = self.account_by_id(id)? else {
            return Err(StoreError::NotFound { what: "account", id: id.0 });
        };
        crate::model::validate_password(&account.username, password)?;
        let phc = crate::password::hash(&account.username, password)?;
        self.write(|tx| accounts::set_password_hash(tx, id, &phc))
    }

    fn add_case_member(&self, account: AccountId, case: CaseId, at: i64) -> Result<bool> {
        self.write(|tx| accounts::add_member(tx, account, case, at))
    }

    fn remove_case_member(&self, account: AccountId, case: CaseId) -> Result<bool> {
        self.write(|tx| accounts::remove_member(tx, account, case))
    }

    fn account_cases(&self, account: AccountId) -> Result<Vec<CaseId>> {
        self.read(|conn| accounts::cases_of(conn, account))
    }

    fn case_members(&self, case: CaseId) -> Result<Vec<AccountId>> {
        self.read(|conn| accounts::members_of(conn, case))
    }

    fn open_session(&self, new: &NewSession) -> Result<SessionId> {
        self.write(|tx| accounts::open_session(tx, new))
    }

    fn session_by_token(&self, token_sha256: &[u8; 32]) -> Result<Option<SessionRow>> {
        self.read(|conn| accounts::session_by_token(conn, token_sha256))
    }

    fn touch_session(&self, id: SessionId, at: i64) -> Result<()> {
        self.write(|tx| accounts::touch_session(tx, id, at))
    }

    fn revoke_session(&self, id: SessionId, at: i64) -> Result<bool> {
        self.write(|tx| accounts::revoke_session(tx, id, at))
    }

    fn revoke_account_sessions(&self, account: AccountId, at: i64) -> Result<usize> {
        self.write(|tx| accounts::revoke_sessions_of(tx, account, at))
    }

    fn login_failures(&self, keys: &[String]) -> Result<Vec<LoginFailures>> {
        self.read(|conn| accounts::login_failures(conn, keys))
    }

    fn record_login_failure(&self, keys: &[String], at: i64) -> Result<()> {
        self.write(|tx| accounts::record_login_failure(tx, keys, at))
    }

    fn clear_login_failures(&self, keys: &[String]) -> Result<()> {
        self.write(|tx| accounts::clear_login_failures(tx, keys))
    }

    fn create_case(&self, name: &str) -> Result<Case> {
        crate::model::validate_name("case name", name)?;
        let uid = crate::random::random_hex(16)?;
        self.write(|tx| cases::create_case(tx, name, &uid))
    }

    fn case_by_name(&self, name: &str) -> Result<Option<Case>> {
        self.read(|conn| cases::case_by_name(conn, name))
    }

    fn case_by_id(&self, id: CaseId) -> Result<Option<Case>> {
        self.read(|conn| cases::case_by_id(conn, id))
    }

    fn list_cases(&self) -> Result<Vec<CaseSummary>> {
        self.read(counts::list_cases)
    }

    fn open_exhibit(&self, case: CaseId, name: &str, source_path: &str) -> Result<Exhibit> {
        crate::model::validate_name("exhibit name", name)?;
        let uid = crate::random::random_hex(16)?;
        self.write(|tx| cases::open_exhibit(tx, case, name, source_path, &uid))
    }

    fn exhibits(&self, case: CaseId) -> Result<Vec<Exhibit>> {
        self.read(|conn| cases::exhibits(conn, case))
    }

    fn start_run(&self, exhibit: ExhibitId, source_path: &str) -> Result<RunId> {
        let token = crate::random::random_hex(16)?;
        self.leases.take(&token)?;
        let started = self.write(|tx| runs::start(tx, exhibit, source_path, &token));
        if started.is_err() {
            self.leases.release(&token);
        }
        started
    }

    fn finish_run(&self, run: RunId, outcome: &RunOutcome) -> Result<()> {
        let token = self.read(|conn| runs::lease_of(conn, run))?;
        self.write(|tx| runs::finish(tx, run, outcome))?;
        if let Some(token) = token {
            self.leases.release(&token);
        }
        Ok(())
    }

    fn runs(&self, exhibit: ExhibitId) -> Result<Vec<IngestRun>> {
        self.read(|conn| runs::list(conn, exhibit))
    }

    fn done_files(&self, exhibit: ExhibitId) -> Result<Vec<DoneFile>> {
        self.read(|conn| write::done_files(conn, exhibit))
    }

    fn add_custody(&self, event: &NewCustody) -> Result<()> {
        self.write(|tx| custody::add(tx, event))
    }

    fn custody(&self, exhibit: ExhibitId) -> Result<Vec<CustodyEvent>> {
        self.read(|conn| custody::list(conn, exhibit))
    }

    fn disk_counts(&self, exhibit: ExhibitId) -> Result<DiskCounts> {
        self.read(|conn| custody::counts(conn, exhibit))
    }

    fn write_batch(&self, batch: &IngestBatch) -> Result<BatchOutcome> {
        self.write(|tx| write::write_batch(tx, batch))
    }

    fn list_media(&self, case: CaseId, query: &MediaQuery) -> Result<Vec<MediaSummary>> {
        self.read(|conn| media::list(conn, case, query))
    }

    fn media(&self, key: &MediaKey) -> Result<Option<MediaDetail>> {
        self.read(|conn| media::detail(conn, key))
    }

    fn case_counts(&self, case: CaseId) -> Result<CaseCounts> {
        self.read(|conn| counts::case_counts(conn, case))
    }

    fn ingest_errors(&self, case: CaseId) -> Result<Vec<(String, IngestError)>> {
        self.read(|conn| counts::ingest_errors(conn, case))
    }

    fn blob_refs(&self) -> Result<Vec<Sha256>> {
        self.read(counts::blob_refs)
    }

    fn add_law_import(&self, name: &str, content: &str) -> Result<LawImport> {
        self.write(|tx| law::add(tx, name, content))
    }

    fn law_imports(&self) -> Result<Vec<LawImport>> {
        self.read(law::all)
    }

    fn import_hashset(&self, new: &NewHashset, feed: &mut HashsetFeed<'_>) -> Result<Hashset> {
        let uid = crate::random::random_hex(16)?;
        self.write_bulk(|tx| hashsets::import(tx, new, &uid, feed))
    }

    fn list_hashsets(&self) -> Result<Vec<Hashset>> {
        self.read(hashsets::all)
    }

    fn hashset_by_name(&self, name: &str) -> Result<Option<Hashset>> {
        self.read(|conn| hashsets::by_name(conn, name))
    }

    fn remove_hashset(&self, name: &str) -> Result<bool> {
        self.write(|tx| hashsets::remove(tx, name))
    }

    fn exact_candidates(&self, case: CaseId) -> Result<Vec<ExactCandidate>> {
        self.read(|conn| matching::exact_candidates(conn, case))
    }

    fn case_pdqs(&self, case: CaseId) -> Result<Vec<MediaPdq>> {
        self.read(|conn| matching::case_pdqs(conn, case))
    }

    fn known_pdqs(&self, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()> {
        self.read(|conn| matching::known_pdqs(conn, visit))
    }

    fn other_case_pdqs(&self, case: CaseId, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()> {
        self.read(|conn| matching::other_case_pdqs(conn, case, visit))
    }

    fn replace_matches(&self, case: CaseId, rows: &[MatchRow]) -> Result<usize> {
        self.write(|tx| matching::replace(tx, case, rows))
    }

    fn media_matches(&self, media: MediaRowId) -> Result<Vec<(CaseId, KnownHit)>> {
        self.read(|conn| lookup::media_matches(conn, media))
    }

    fn pdq_neighbours(&self, probes: &[PdqHash], radius: u32, cases: Option<&[CaseId]>) -> Result<Vec<PdqNeighbour>> {
        self.read(|conn| lookup::pdq_neighbours(conn, probes, radius, cases))
    }

    fn media_pdqs_after(&self, after: Option<MediaRowId>, visit: &mut dyn FnMut(MediaRowId, PdqHash)) -> Result<()> {
        self.read(|conn| lookup::media_pdqs_after(conn, after, visit))
    }

    fn media_mark(&self) -> Result<MediaMark> {
        self.read(lookup::media_mark)
    }

    fn media_cases(&self, media: &[MediaRowId]) -> Result<Vec<(MediaRowId, CaseId)>> {
        self.read(|conn| lookup::media_cases(conn, media))
    }

    fn media_pdqs(&self, media: &[MediaRowId]) -> Result<Vec<MediaPdq>> {
        self.read(|conn| lookup::media_pdqs(conn, media))
    }

    fn known_lookup(&self, digests: [(&str, &[u8]); 3], probes: &[PdqHash], radius: u32) -> Result<Vec<KnownHit>> {
        self.read(|conn| lookup::known_lookup(conn, digests, probes, radius))
    }

    fn triage(&self, case: CaseId) -> Result<Vec<TriageItem>> {
        self.read(|conn| matching::triage(conn, case))
    }

    fn case_digests(&self, case: CaseId) -> Result<Vec<MediaDigests>> {
        self.read(|conn| matching::case_digests(conn, case))
    }

    fn case_places(&self, case: CaseId) -> Result<Vec<(MediaRowId, String, OccurrenceKey)>> {
        self.read(|conn| matching::case_places(conn, case))
    }

    fn remove_law_import(&self, id: i64) -> Result<bool> {
        self.write(|tx| law::remove(tx, id))
    }

    fn append_audit(&self, entry: &AuditEntry) -> Result<AuditRecord> {
        crate::model::validate_audit_entry(entry)?;
        self.write(|tx| audit::append(tx, entry))
    }

    fn audit_records(&self, query: &AuditQuery) -> Result<Vec<AuditRecord>> {
        self.read(|conn| audit::records(conn, query))
    }

    fn visit_audit(&self, visit: &mut dyn FnMut(AuditRecord)) -> Result<()> {
        self.read(|conn| audit::visit(conn, visit))
    }

    fn audit_head(&self) -> Result<Option<(u64, [u8; 32])>> {
        self.read(audit::head)
    }

    fn add_audit_checkpoint(&self, checkpoint: &AuditCheckpoint) -> Result<()> {
        self.write(|tx| audit::add_checkpoint(tx, checkpoint))
    }

    fn audit_checkpoints(&self) -> Result<Vec<AuditCheckpoint>> {
        self.read(audit::checkpoints)
    }

    fn last_audit_checkpoint(&self) -> Result<Option<AuditCheckpoint>> {
        self.read(audit::last_checkpoint)
    }

    fn set_review_triage(&self, case: CaseId, marks: &[TriageMark]) -> Result<()> {
        self.write(|tx| review::set_triage(tx, case, marks))
    }

    fn review_page(&self, case: CaseId, query: &ReviewQuery) -> Result<Vec<ReviewRow>> {
        self.read(|conn| review::page(conn, case, query))
    }

    fn review_groups(&self, case: CaseId, by: GroupBy, filter: &ReviewFilter) -> Result<Vec<ReviewGroup>> {
        self.read(|conn| review::groups(conn, case, by, filter))
    }

    fn review_item_in_case(&self, case: CaseId, media: MediaRowId) -> Result<bool> {
        self.read(|conn| review::in_case(conn, case, media))
    }

    fn record_decisions(&self, new: &NewDecisions) -> Result<DecisionOutcome> {
        self.write(|tx| review::record_decisions(tx, new))
    }

    fn retract_last_decisions(&self, case: CaseId, account: AccountId, at: i64) -> Result<Option<DecisionOutcome>> {
        self.write(|tx| review::retract_last(tx, case, account, at))
    }

    fn decisions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<DecisionRecord>> {
        self.read(|conn| review::decisions_of(conn, case, media))
    }

    fn account_settings(&self, account: AccountId) -> Result<AccountSettings> {
        self.read(|conn| review::settings(conn, account))
    }

    fn set_account_settings(&self, account: AccountId, settings: &AccountSettings, at: i64) -> Result<()> {
        self.write(|tx| review::set_settings(tx, account, settings, at))
    }

    fn create_series(&self, case: CaseId, name: &str, account: AccountId, at: i64) -> Result<Series> {
        self.write(|tx| {
            let series = review::create_series(tx, case, name, account, at)?;
            // The name is searchable (schema version 11).
            records::index_series(tx, case, series.id, name)?;
            Ok(series)
        })
    }

    fn series(&self, id: SeriesId) -> Result<Option<Series>> {
        self.read(|conn| review::series_by_id(conn, id))
    }

    fn list_series(&self, case: CaseId) -> Result<Vec<Series>> {
        self.read(|conn| review::list_series(conn, case))
    }

    fn add_to_series(&self, series: SeriesId, items: &[MediaRowId], account: AccountId, at: i64) -> Result<u64> {
        self.write(|tx| review::add_to_series(tx, series, items, account, at))
    }

    fn rename_series(&self, id: SeriesId, name: &str) -> Result<Series> {
        self.write(|tx| review::rename_series(tx, id, name))
    }

    fn merge_series(&self, from: SeriesId, into: SeriesId, account: AccountId, at: i64) -> Result<u64> {
        self.write(|tx| review::merge_series(tx, from, into, account, at))
    }

    fn series_of(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Series>> {
        self.read(|conn| review::series_of(conn, case, media))
    }

    fn review_progress(&self, case: CaseId) -> Result<ReviewProgress> {
        self.read(|conn| review::review_progress(conn, case))
    }

    fn camera_groups(&self, cases: Option<&[CaseId]>) -> Result<Vec<CameraGroup>> {
        self.read(|conn| review::camera_groups(conn, cases))
    }

    fn map_cells(&self, case: CaseId, filter: &ReviewFilter, cell: f64) -> Result<Vec<MapCell>> {
        self.read(|conn| review::map_cells(conn, case, filter, cell))
    }

    fn timeline(&self, case: CaseId, filter: &ReviewFilter, step: TimelineStep) -> Result<Vec<TimelineBin>> {
        self.read(|conn| review::timeline(conn, case, filter, step))
    }

    fn create_person(
        &self,
        case: CaseId,
        kind: PersonKind,
        label: &str,
        notes: &str,
        by: AccountId,
        at: i64,
    ) -> Result<Person> {
        self.write(|tx| records::create_person(tx, case, kind, label, notes, by, at))
    }

    fn person(&self, id: PersonId) -> Result<Option<Person>> {
        self.read(|conn| records::person_by_id(conn, id))
    }

    fn list_persons(&self, case: CaseId, kind: Option<PersonKind>) -> Result<Vec<Person>> {
        self.read(|conn| records::list_persons(conn, case, kind))
    }

    fn update_person(&self, id: PersonId, kind: PersonKind, label: &str, notes: &str) -> Result<Person> {
        self.write(|tx| records::update_person(tx, id, kind, label, notes))
    }

    fn set_person_status(&self, id: PersonId, status: IdStatus, by: AccountId, at: i64) -> Result<Person> {
        self.write(|tx| records::set_person_status(tx, id, status, by, at))
    }

    fn person_status_history(&self, id: PersonId) -> Result<Vec<StatusChange<IdStatus>>> {
        self.read(|conn| records::person_history(conn, id))
    }

    fn create_location(&self, case: CaseId, fields: &LocationFields, by: AccountId, at: i64) -> Result<Location> {
        self.write(|tx| records::create_location(tx, case, fields, by, at))
    }

    fn location(&self, id: LocationId) -> Result<Option<Location>> {
        self.read(|conn| records::location_by_id(conn, id))
    }

    fn list_locations(&self, case: CaseId) -> Result<Vec<Location>> {
        self.read(|conn| records::list_locations(conn, case))
    }

    fn update_location(&self, id: LocationId, fields: &LocationFields) -> Result<Location> {
        self.write(|tx| records::update_location(tx, id, fields))
    }

    fn link_record(&self, record: RecordRef, target: LinkTarget, by: AccountId, at: i64) -> Result<bool> {
        self.write(|tx| records::link(tx, record, target, by, at))
    }

    fn unlink_record(&self, record: RecordRef, target: LinkTarget) -> Result<bool> {
        self.write(|tx| records::unlink(tx, record, target))
    }

    fn records_linked_to(&self, target: LinkTarget) -> Result<Vec<RecordRef>> {
        self.read(|conn| records::linked_to(conn, target))
    }

    fn create_lead(&self, new: &NewLead, by: AccountId, at: i64) -> Result<Lead> {
        self.write(|tx| records::create_lead(tx, new, by, at))
    }

    fn lead(&self, id: LeadId) -> Result<Option<Lead>> {
        self.read(|conn| records::lead_by_id(conn, id))
    }

    fn list_leads(&self, case: CaseId, filter: &LeadFilter) -> Result<Vec<Lead>> {
        self.read(|conn| records::list_leads(conn, case, filter))
    }

    fn update_lead(&self, id: LeadId, text: &str, rect: Option<Rect>, at: i64) -> Result<Lead> {
        self.write(|tx| records::update_lead(tx, id, text, rect, at))
    }

    fn set_lead_state(
        &self,
        id: LeadId,
        status: LeadStatus,
        owner: Option<AccountId>,
        by: AccountId,
        at: i64,
    ) -> Result<Lead> {
        self.write(|tx| records::set_lead_state(tx, id, status, owner, by, at))
    }

    fn lead_history(&self, id: LeadId) -> Result<Vec<LeadChange>> {
        self.read(|conn| records::lead_history(conn, id))
    }

    fn search_records(&self, case: CaseId, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        self.read(|conn| records::search(conn, case, query, limit))
    }

    fn set_series_link(
        &self,
        a: SeriesId,
        b: SeriesId,
        linked: bool,
        note: &str,
        by: AccountId,
        at: i64,
    ) -> Result<bool> {
        self.write(|tx| series_links::set_series_link(tx, a, b, linked, note, by, at))
    }

    fn linked_series(&self, series: SeriesId) -> Result<Vec<SeriesLinkEvent>> {
        self.read(|conn| series_links::linked_series(conn, series))
    }

    fn series_link_history(&self, series: SeriesId) -> Result<Vec<SeriesLinkEvent>> {
        self.read(|conn| series_links::series_link_history(conn, series))
    }

    fn series_member_pdqs(&self, series: SeriesId) -> Result<Vec<SeriesMemberPdq>> {
        self.read(|conn| series_links::series_member_pdqs(conn, series))
    }

    fn series_sharing_items(&self, series: SeriesId) -> Result<Vec<(SeriesId, u64)>> {
        self.read(|conn| series_links::series_sharing_items(conn, series))
    }

    fn create_gallery(&self, new: &NewGallery, by: AccountId, at: i64) -> Result<Gallery> {
        self.write(|tx| galleries::create_gallery(tx, new, by, at))
    }

    fn gallery_by_uid(&self, uid: &str) -> Result<Option<Gallery>> {
        self.read(|conn| galleries::gallery_by_uid(conn, uid))
    }

    fn gallery(&self, id: GalleryId) -> Result<Option<Gallery>> {
        self.read(|conn| galleries::gallery_by_id(conn, id))
    }

    fn list_galleries(&self, member: Option<AccountId>) -> Result<Vec<Gallery>> {
        self.read(|conn| galleries::list_galleries(conn, member))
    }

    fn update_gallery(&self, id: GalleryId, new: &NewGallery) -> Result<Gallery> {
        self.write(|tx| galleries::update_gallery(tx, id, new))
    }

    fn set_gallery_member(
        &self,
        gallery: GalleryId,
        account: AccountId,
        editor: Option<bool>,
        by: AccountId,
        at: i64,
    ) -> Result<bool> {
        self.write(|tx| {
            galleries::gallery_by_id(tx, gallery)?.ok_or(StoreError::NotFound { what: "gallery", id: gallery.0 })?;
            accounts::by_id(tx, account)?.ok_or(StoreError::NotFound { what: "account", id: account.0 })?;
            galleries::set_member(tx, gallery, account, editor, by, at)
        })
    }

    fn gallery_member(&self, gallery: GalleryId, account: AccountId) -> Result<Option<GalleryMember>> {
        self.read(|conn| galleries::member(conn, gallery, account))
    }

    fn gallery_members(&self, gallery: GalleryId) -> Result<Vec<GalleryMember>> {
        self.read(|conn| galleries::members(conn, gallery))
    }

    fn add_gallery_item(
        &self,
        gallery: GalleryId,
        case: CaseId,
        media: MediaRowId,
        series: Option<SeriesId>,
        by: AccountId,
        at: i64,
    ) -> Result<(GalleryItem, bool)> {
        self.write(|tx| galleries::add_item(tx, gallery, case, media, series, by, at))
    }

    fn remove_gallery_item(&self, item: GalleryItemId, by: AccountId, at: i64) -> Result<bool> {
        self.write(|tx| galleries::remove_item(tx, item, by, at))
    }

    fn gallery_item(&self, item: GalleryItemId) -> Result<Option<GalleryItem>> {
        self.read(|conn| galleries::item_by_id(conn, item))
    }

    fn gallery_items(&self, gallery: GalleryId) -> Result<Vec<GalleryItem>> {
        self.read(|conn| galleries::items(conn, gallery))
    }

    fn record_gallery_bundle(
        &self,
        gallery: GalleryId,
        uid: &str,
        recipient: &str,
        expires_at: i64,
        by: AccountId,
        at: i64,
    ) -> Result<GalleryBundle> {
        self.write(|tx| galleries::record_bundle(tx, gallery, uid, recipient, expires_at, by, at))
    }

    fn gallery_bundle(&self, uid: &str) -> Result<Option<GalleryBundle>> {
        self.read(|conn| galleries::bundle_by_uid(conn, uid))
    }

    fn gallery_bundles(&self, gallery: GalleryId) -> Result<Vec<GalleryBundle>> {
        self.read(|conn| galleries::bundles(conn, gallery))
    }

    fn record_clue(&self, new: &NewClue, by: AccountId, at: i64) -> Result<(Clue, bool)> {
        self.write(|tx| galleries::record_clue(tx, new, by, at))
    }

    fn gallery_clues(
        &self,
        gallery: GalleryId,
        item: Option<GalleryItemId>,
        after: Option<ClueId>,
        limit: u32,
    ) -> Result<Vec<Clue>> {
        self.read(|conn| galleries::clues(conn, gallery, item, after, limit))
    }

    fn clue_of_lead(&self, lead: LeadId) -> Result<Option<Clue>> {
        self.read(|conn| galleries::clue_of_lead(conn, lead))
    }

    fn create_exercise(
        &self,
        gallery: GalleryId,
        rubric: &str,
        items: &[(GalleryItemId, String)],
        by: AccountId,
        at: i64,
    ) -> Result<Exercise> {
        self.write(|tx| exercises::create_exercise(tx, gallery, rubric, items, by, at))
    }

    fn exercise_of_gallery(&self, gallery: GalleryId) -> Result<Option<Exercise>> {
        self.read(|conn| exercises::exercise_of_gallery(conn, gallery))
    }

    fn exercise_items(&self, exercise: ExerciseId) -> Result<Vec<(GalleryItemId, String)>> {
        self.read(|conn| exercises::exercise_items(conn, exercise))
    }

    fn record_answer(&self, exercise: ExerciseId, new: &NewAnswer, by: AccountId, at: i64) -> Result<bool> {
        self.write(|tx| exercises::record_answer(tx, exercise, new, by, at))
    }

    fn mark_answer(
        &self,
        exercise: ExerciseId,
        item: GalleryItemId,
        trainee: &str,
        points: u32,
        by: AccountId,
        at: i64,
    ) -> Result<()> {
        self.write(|tx| exercises::mark_answer(tx, exercise, item, trainee, points, by, at))
    }

    fn exercise_answers(&self, exercise: ExerciseId) -> Result<Vec<ExerciseAnswer>> {
        self.read(|conn| exercises::answers(conn, exercise))
    }

    // Regions and renditions per audience (issue 20).

    fn create_region(
        &self,
        case: CaseId,
        media: MediaRowId,
        fields: &RegionFields,
        by: AccountId,
        at: i64,
    ) -> Result<Region> {
        let uid = crate::random::random_hex(16)?;
        self.write(|tx| regions::create_region(tx, &uid, case, media, fields, by, at))
    }

    fn update_region(&self, uid: &str, fields: &RegionFields, by: AccountId, at: i64) -> Result<Option<Region>> {
        self.write(|tx| regions::change_region(tx, uid, Some(fields), by, at))
    }

    fn delete_region(&self, uid: &str, by: AccountId, at: i64) -> Result<Option<Region>> {
        self.write(|tx| regions::change_region(tx, uid, None, by, at))
    }

    fn region(&self, uid: &str) -> Result<Option<Region>> {
        self.read(|conn| regions::region_by_uid(conn, uid))
    }

    fn regions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Region>> {
        self.read(|conn| regions::current_regions(conn, case, media))
    }

    fn region_history(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Region>> {
        self.read(|conn| regions::region_history(conn, case, media))
    }

    fn add_rendition(&self, new: &NewRendition) -> Result<Rendition> {
        let uid = crate::random::random_hex(16)?;
        self.write(|tx| regions::add_rendition(tx, &uid, new))
    }

    fn rendition(&self, uid: &str) -> Result<Option<Rendition>> {
        self.read(|conn| regions::rendition_by_uid(conn, uid))
    }

    fn renditions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Rendition>> {
        self.read(|conn| regions::renditions(conn, case, media))
    }

    fn approve_rendition(&self, uid: &str, by: AccountId, at: i64) -> Result<Option<Rendition>> {
        self.write(|tx| regions::approve_rendition(tx, uid, by, at))
    }
}
