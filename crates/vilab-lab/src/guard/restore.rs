//! Restoring a backup into a new lab ([`Lab::restore`]): the archive
//! unlocked with the lab's passphrase or recovery key, the lab rebuilt in
//! a staging folder and checked whole by the store, then an administrator
//! of the restored lab authenticates and the restore is recorded in its
//! audit chain before the lab is moved to its place. A refused log-in or
//! role leaves nothing behind.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use serde_json::json;
use vilab_core::audit::AuditOutcome;

use super::{Lab, audit};
use crate::clock::{Clock, SystemClock};
use crate::error::{AppError, Code, Result};
use crate::keys::Unlock;
use crate::ops::backup::{BackupProgress, RestoreDone};
use crate::permission::{Action, reach};

/// Who restores: an account of the restored lab, with its password.
#[derive(Clone, Copy, Debug)]
pub struct Restorer<'a> {
    /// The account's user name.
    pub username: &'a str,
    /// Its password (never kept).
    pub password: &'a str,
    /// Where the call comes from, for the audit record.
    pub source: &'a str,
}

impl Lab {
    /// Restores the backup `archive` into `target` (absent or an empty
    /// folder; an existing lab is refused), unlocking it with `unlock`.
    /// Every blob is decrypted, re-hashed and checked against its name, the
    /// database page by page and the audit chain before the lab is given
    /// its place. `who` must be allowed `lab.backup` in the restored lab
    /// (who may copy a lab out may bring the copy back); the restore is
    /// the restored chain's next record (`lab.restore`).
    pub fn restore(
        archive: &Path,
        target: &Path,
        unlock: &Unlock,
        who: Restorer<'_>,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<RestoreDone> {
        Lab::restore_with_clock(archive, target, unlock, who, stop, progress, Arc::new(SystemClock))
    }

    /// [`Lab::restore`] reading the time from `clock`.
    pub fn restore_with_clock(
        archive: &Path,
        target: &Path,
        unlock: &Unlock,
        who: Restorer<'_>,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(BackupProgress),
        clock: Arc<dyn Clock>,
    ) -> Result<RestoreDone> {
        let opened = vilab_store::backup::Archive::open(archive).map_err(crate::error_map::store)?;
        let master = crate::keys::unlock_key(opened.slots(), unlock)?;
        let restored =
            opened.restore(target, master, stop, progress).map_err(|e| crate::error_map::opening(e, target))?;
        let vilab_store::backup::Restored { lab: inner, staging, manifest, blobs, bytes } = restored;
        let lab = Lab::around(inner, clock);
        let session = lab.authenticate(who.username, who.password, who.source)?;
        let actor = session.actor().clone();
        let who_record = audit::Who::actor(&actor);
        // The permission table decides: the rule of lab.backup.
        if reach(actor.role, Action::LabBackup).is_none() {
            let error = AppError::new(Code::PermissionDenied).with("action", "lab.restore");
            // Recorded in the staging lab, which is then removed with it.
            return Err(error);
        }
        let done = RestoreDone {
            lab: target.display().to_string(),
            lab_id: manifest.lab_id.clone(),
            snapshot_at: manifest.written_at,
            blobs,
            blob_bytes: bytes,
            restored_by: actor.username.clone(),
        };
        let details = json!({
            "archive": archive.display().to_string(),
            "snapshot_at": manifest.written_at,
            "blobs": blobs,
            "blob_bytes": bytes,
            "verified": true,
        });
        audit::append(
            &lab,
            &who_record,
            "lab.restore",
            ("lab", &manifest.lab_id),
            None,
            AuditOutcome::Allowed,
            &details,
        )?;
        drop(session);
        lab.close()?;
        staging.commit().map_err(|e| crate::error_map::opening(e, target))?;
        Ok(done)
    }
}
