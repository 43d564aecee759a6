//! The one error type of the store: every message names the path, field or
//! key it is about, because an examiner reading a log must be able to act on
//! it without the source code.

use std::path::{Path, PathBuf};

use vilab_core::Sha256;

/// Result of every fallible operation in this crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Anything that can go wrong in the lab directory, the database or the
/// evidence store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or directory operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done ("reading", "creating directory", ...).
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },

    /// A database statement failed.
    #[error("database error while {context}: {source}")]
    Database {
        /// What was being done ("inserting occurrences", ...).
        context: String,
        /// The driver's error. Boxed so that the public type does not name a
        /// driver: a PostgreSQL store reports through the same variant.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// The directory is not a vilab lab (or is missing a part of one).
    #[error("not a vilab lab: {path} {problem}")]
    NotALab {
        /// The path that was expected.
        path: PathBuf,
        /// What is wrong with it ("missing", "is not a directory").
        problem: String,
    },

    /// `init` was pointed at a directory that already holds a lab.
    #[error("a vilab lab already exists at {path}")]
    LabExists {
        /// The lab directory.
        path: PathBuf,
    },

    /// `init` was pointed at a non-empty directory that is not a lab.
    #[error("refusing to create a lab in {path}: the directory is not empty")]
    DirNotEmpty {
        /// The directory.
        path: PathBuf,
    },

    /// The database was written by a newer vilab.
    #[error("{path} has schema version {found}, newer than this vilab understands ({known}); upgrade vilab")]
    SchemaTooNew {
        /// The database file.
        path: PathBuf,
        /// Version found in the file.
        found: u32,
        /// Newest version this build knows.
        known: u32,
    },

    /// The lab's identity key is missing, malformed or does not match the
    /// public key recorded in the database.
    #[error("lab identity {path}: {problem}")]
    Identity {
        /// The key file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },

    /// A value given by the caller was refused.
    #[error("invalid {field}: {reason}")]
    Invalid {
        /// Which input ("username", "case name", "media key", ...).
        field: &'static str,
        /// Why.
        reason: String,
    },

    /// A hash set of that name already exists.
    #[error("hash set '{name}' already exists (remove it first, or import under another name)")]
    HashsetExists {
        /// The name asked for.
        name: String,
    },

    /// An import was abandoned; nothing of it was stored.
    #[error("import of hash set '{name}' abandoned, nothing stored: {reason}")]
    ImportAbandoned {
        /// The set's name.
        name: String,
        /// Why.
        reason: String,
    },

    /// A case of that name already exists.
    #[error("case '{name}' already exists")]
    CaseExists {
        /// The name asked for.
        name: String,
    },

    /// A series of that name already exists in the case.
    #[error("series '{name}' already exists in this case")]
    SeriesExists {
        /// The name asked for.
        name: String,
    },

    /// An account of that user name already exists.
    #[error("account '{username}' already exists")]
    AccountExists {
        /// The user name asked for.
        username: String,
    },

    /// A row referred to by id does not exist.
    #[error("{what} {id} not found")]
    NotFound {
        /// Which table ("case", "exhibit", "ingest run").
        what: &'static str,
        /// The id asked for.
        id: i64,
    },

    /// An ingest run was given for an exhibit it does not belong to.
    #[error("ingest run {run} belongs to exhibit {run_exhibit}, not exhibit {exhibit}")]
    RunExhibitMismatch {
        /// The run.
        run: i64,
        /// The exhibit the run was started for.
        run_exhibit: i64,
        /// The exhibit of the batch.
        exhibit: i64,
    },

    /// An occurrence refers to content that is neither in its batch nor in
    /// the lab.
    #[error("occurrence '{path}' refers to media {sha256}, which is neither in the batch nor in the lab")]
    UnknownMedia {
        /// The occurrence's path (with `!/archive path` when inside one).
        path: String,
        /// The missing content.
        sha256: Sha256,
    },

    /// A media key matched more than one item.
    #[error("media key '{key}' is ambiguous: it matches {first} and {second} (at least)")]
    AmbiguousKey {
        /// The key as given.
        key: String,
        /// SHA-256 of one match.
        first: Sha256,
        /// SHA-256 of another match.
        second: Sha256,
    },

    /// A stored value could not be read back (the database was edited by
    /// hand or is damaged).
    #[error("bad value in {table}.{column} (row {row}): {reason}")]
    BadRow {
        /// Table.
        table: &'static str,
        /// Column.
        column: &'static str,
        /// Row id.
        row: i64,
        /// What is wrong.
        reason: String,
    },

    /// A stored blob no longer hashes to its id.
    #[error("blob {expected} corrupt: expected {expected} got {actual} ({path})")]
    BlobCorrupt {
        /// The id (and expected hash).
        expected: Sha256,
        /// What its bytes hash to now.
        actual: Sha256,
        /// The file.
        path: PathBuf,
    },

    /// A blob the caller asked for is not in the evidence store.
    #[error("blob {id} missing from the evidence store ({path})")]
    BlobMissing {
        /// The id.
        id: Sha256,
        /// Where it should be.
        path: PathBuf,
    },

    /// The database did not open with the key given: a wrong key (which the
    /// key slots should have refused first: the slot file and the database
    /// are of different labs), or an encrypted database opened without a
    /// key, or a plain one opened with a key. Nothing was written.
    #[error("{path} does not open {}", if *encrypted { "with this lab's key (the key slots and the database are of different labs, or the file is damaged)" } else { "as a plain SQLite database: it is encrypted, or not a database" })]
    WrongKey {
        /// The database file.
        path: PathBuf,
        /// Whether a key was given.
        encrypted: bool,
    },

    /// The lab is encrypted and was opened without its key.
    #[error("the lab {path} is encrypted: unlock it with its passphrase or recovery key")]
    Locked {
        /// The lab directory.
        path: PathBuf,
    },

    /// The key slots refused (a wrong passphrase or recovery key, a damaged
    /// slot file) or could not be written.
    #[error("key slots {path}: {source}")]
    Slots {
        /// The slot file.
        path: PathBuf,
        /// What vilab-crypt said.
        #[source]
        source: vilab_crypt::SlotError,
    },

    /// An encrypted file (a blob, the signing key) does not decrypt: it was
    /// altered, cut or put under another name.
    #[error("encrypted file {path}: {source}")]
    Decrypt {
        /// The file.
        path: PathBuf,
        /// What the decryption found, with its offset.
        #[source]
        source: vilab_crypt::StreamError,
    },

    /// A session slot (`unlock/<id>`) did not open: over, altered, another
    /// lab's, or the wrong secret.
    #[error("session slot {path}: {source}")]
    Session {
        /// The slot file.
        path: PathBuf,
        /// What vilab-crypt said.
        #[source]
        source: vilab_crypt::SessionError,
    },

    // Backups (issue 21).
    /// A backup was asked of a plain lab: it would carry the evidence in
    /// clear.
    #[error(
        "the lab {path} is not encrypted: a backup would hold its evidence in clear; encrypt it first with `vilab lab encrypt`"
    )]
    NotEncrypted {
        /// The lab directory.
        path: PathBuf,
    },

    /// A file that would be overwritten exists.
    #[error("{path} exists already: refusing to overwrite it")]
    FileExists {
        /// The file.
        path: PathBuf,
    },

    /// A backup archive is not one, or is damaged.
    #[error("backup archive {path}: {problem}")]
    Backup {
        /// The archive.
        path: PathBuf,
        /// What is wrong, with its offset or record.
        problem: String,
    },

    /// A backup or restore was stopped before its end; it left nothing.
    #[error("stopped before the end; nothing was kept of {path}")]
    Stopped {
        /// What was being written.
        path: PathBuf,
    },

    /// Password hashing failed (not a wrong password: that is `Ok(false)`).
    #[error("password hash for '{username}': {reason}")]
    Password {
        /// The account.
        username: String,
        /// The hasher's error.
        reason: String,
    },
}

impl StoreError {
    /// An [`StoreError::Io`] error, for `map_err`.
    pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.to_path_buf();
        move |source| StoreError::Io { action, path, source }
    }

    /// An [`StoreError::Invalid`] error.
    pub(crate) fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        StoreError::Invalid { field, reason: reason.into() }
    }
}
