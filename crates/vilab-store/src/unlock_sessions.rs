//! Session slots of an encrypted lab ([`vilab_crypt::session`]): one file
//! per login in `unlock/` of the lab directory, named by a random id, each
//! opening only with the secret its login kept elsewhere (on a memory file
//! system). The store writes, opens, removes and prunes them; whoever holds
//! the secret decides where it lives.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use vilab_crypt::MasterKey;
use vilab_crypt::session::{SessionError, SessionSecret, open_session, seal_session, session_expiry};

use crate::fsmode::{create_private_dir, private_options};
use crate::lab::Lab;
use crate::{Result, StoreError};

/// The folder of session slots, relative to the lab directory.
pub const UNLOCK_DIR: &str = "unlock";

/// A session slot's id: 32 lowercase hexadecimal digits (nothing that
/// could name a path outside the folder).
fn slot_path(dir: &Path, id: &str) -> Result<PathBuf> {
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err(StoreError::invalid("session slot id", "32 lowercase hexadecimal digits"));
    }
    Ok(dir.join(UNLOCK_DIR).join(id))
}

fn session_error(path: PathBuf) -> impl FnOnce(SessionError) -> StoreError {
    move |source| StoreError::Session { path, source }
}

impl Lab {
    /// Wraps this open lab's master key in a new session slot that opens
    /// until `expires_at`, written under `unlock/`; returns its id and the
    /// secret that opens it (the caller keeps the secret off this disk).
    /// A plain lab has nothing to keep unlocked: `None`.
    pub fn keep_unlocked(&self, expires_at: i64) -> Result<Option<(String, SessionSecret)>> {
        let Some(master) = self.master_key() else { return Ok(None) };
        let id = crate::random::random_hex(16)?;
        let path = slot_path(self.dir(), &id)?;
        let secret = SessionSecret::generate().map_err(|e| session_error(path.clone())(e.into()))?;
        let bytes = seal_session(master, &secret, expires_at).map_err(session_error(path.clone()))?;
        create_private_dir(&self.dir().join(UNLOCK_DIR))?;
        let mut file =
            private_options().write(true).create_new(true).open(&path).map_err(StoreError::io("creating", &path))?;
        file.write_all(&bytes).and_then(|()| file.sync_all()).map_err(StoreError::io("writing", &path))?;
        Ok(Some((id, secret)))
    }

    /// The master key of the encrypted lab in `dir` from its session slot
    /// `id` and `secret`, at `now`. A slot that is over is removed.
    pub fn session_master(dir: &Path, id: &str, secret: &SessionSecret, now: i64) -> Result<MasterKey> {
        let path = slot_path(dir, id)?;
        let bytes = std::fs::read(&path).map_err(StoreError::io("reading", &path))?;
        let check = Lab::key_slots(dir)?.key_check();
        match open_session(&bytes, secret, &check, now) {
            Err(e @ SessionError::Expired { .. }) => {
                let _ = std::fs::remove_file(&path);
                Err(session_error(path)(e))
            }
            other => other.map_err(session_error(path)),
        }
    }

    /// Removes session slot `id` of the lab in `dir`; `false` when it was
    /// gone already.
    pub fn end_unlock_session(dir: &Path, id: &str) -> Result<bool> {
        let path = slot_path(dir, id)?;
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(StoreError::io("removing", &path)(e)),
        }
    }

    /// Removes the session slots of the lab in `dir` that are over at
    /// `now`, or that are not session slots at all; how many.
    pub fn prune_unlock_sessions(dir: &Path, now: i64) -> Result<usize> {
        let folder = dir.join(UNLOCK_DIR);
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(StoreError::io("listing", &folder)(e)),
        };
        let mut removed = 0;
        for entry in entries {
            let path = entry.map_err(StoreError::io("listing", &folder))?.path();
            let over = match std::fs::read(&path) {
                Ok(bytes) => session_expiry(&bytes).map_or(true, |at| now >= at),
                Err(_) => false,
            };
            if over && std::fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}
