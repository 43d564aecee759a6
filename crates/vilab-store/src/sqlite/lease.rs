//! Leases on running ingest runs: a run is alive while the process that
//! started it holds an exclusive lock on its lease file, so that a crash
//! (or `kill -9`, or a power cut) can be told from a run still going in
//! another process.
//!
//! The lock is the operating system's (`flock` on Unix): it ends with the
//! process whatever the way it ends, which no row in a table can do. The
//! lease file is created and locked before the run's row names it, and
//! removed after the row says the run ended, so a row marked `running`
//! whose lease can be locked (or is gone) belongs to a dead process.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::{Result, StoreError};

/// Folder of lease files, beside the database.
pub const LOCKS_DIR: &str = "locks";

/// The leases this process holds, by token.
#[derive(Debug)]
pub(super) struct Leases {
    dir: PathBuf,
    held: Mutex<HashMap<String, File>>,
}

/// What a lease file says about its run.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Liveness {
    /// Another process holds it: the run is going on.
    Alive,
    /// Nobody holds it, or it is gone: the process that started the run ended.
    Dead,
}

impl Leases {
    /// The leases of the lab whose database is at `db`.
    pub(super) fn beside(db: &Path) -> Self {
        let dir = db.parent().unwrap_or(Path::new(".")).join(LOCKS_DIR);
        Leases { dir, held: Mutex::new(HashMap::new()) }
    }

    fn path(&self, token: &str) -> PathBuf {
        self.dir.join(format!("run-{token}.lock"))
    }

    /// Creates and locks a new lease; the caller then names `token` in the
    /// run's row.
    pub(super) fn take(&self, token: &str) -> Result<()> {
        crate::fsmode::create_private_dir(&self.dir)?;
        let path = self.path(token);
        let file = crate::fsmode::private_options()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(StoreError::io("creating", &path))?;
        file.try_lock().map_err(|e| StoreError::Io {
            action: "locking",
            path: path.clone(),
            source: match e {
                TryLockError::Error(e) => e,
                TryLockError::WouldBlock => std::io::Error::other("already locked"),
            },
        })?;
        super::lock(&self.held).insert(token.to_string(), file);
        Ok(())
    }

    /// Ends a lease this process holds (after the run's row says it ended).
    pub(super) fn release(&self, token: &str) {
        if super::lock(&self.held).remove(token).is_some() {
            let _ = fs::remove_file(self.path(token));
        }
    }

    /// Whether the run of `token` is alive in some process.
    pub(super) fn liveness(&self, token: &str) -> Result<Liveness> {
        if super::lock(&self.held).contains_key(token) {
            return Ok(Liveness::Alive);
        }
        let path = self.path(token);
        let file = match OpenOptions::new().read(true).open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Liveness::Dead),
            Err(e) => return Err(StoreError::Io { action: "opening", path, source: e }),
        };
        match file.try_lock() {
            Ok(()) => Ok(Liveness::Dead),
            Err(TryLockError::WouldBlock) => Ok(Liveness::Alive),
            Err(TryLockError::Error(e)) => Err(StoreError::Io { action: "locking", path, source: e }),
        }
    }

    /// Removes the lease file of a dead run.
    pub(super) fn remove_dead(&self, token: &str) {
        let _ = fs::remove_file(self.path(token));
    }
}
