//! Backups of an encrypted lab: `backup_lab` (an administrator's
//! `lab.backup`, audited in the lab backed up) writes one encrypted
//! archive; its restore is [`crate::Lab::restore`], which checks the
//! restored lab whole and audits itself in it. A plain lab is refused: a
//! backup would carry its evidence in clear (`vilab lab encrypt` first).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use serde::Serialize;
use serde_json::json;

pub use vilab_store::backup::BackupProgress;

use crate::Session;
use crate::error::Result;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// What a backup wrote.
#[derive(Clone, Debug, Serialize)]
pub struct BackupDone {
    /// The archive's path.
    pub archive: String,
    /// Its size in bytes.
    pub archive_bytes: u64,
    /// Evidence blobs in it (originals and thumbnails).
    pub blobs: u64,
    /// Their content's bytes.
    pub blob_bytes: u64,
    /// The database snapshot's bytes.
    pub database_bytes: u64,
}
shape!(BackupDone, "vilab.backup/1");

/// What a restore made.
#[derive(Clone, Debug, Serialize)]
pub struct RestoreDone {
    /// The restored lab's directory.
    pub lab: String,
    /// Its id (the backed-up lab's: it is that lab, restored).
    pub lab_id: String,
    /// When the backup's snapshot was taken, seconds since the Unix epoch.
    pub snapshot_at: i64,
    /// Evidence blobs restored, each checked.
    pub blobs: u64,
    /// Their content's bytes.
    pub blob_bytes: u64,
    /// The administrator who restored it.
    pub restored_by: String,
}
shape!(RestoreDone, "vilab.restore/1");

impl Session<'_> {
    /// Writes a backup of this encrypted lab to `out`, which must not exist
    /// (see `vilab_store::backup`): consistent while others use the lab,
    /// every blob verified as it is copied; a stopped or failed backup
    /// leaves no file. `progress` sees each blob.
    pub fn backup_lab(
        &self,
        out: &Path,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<BackupDone> {
        self.act(Action::LabBackup, Target::Lab, |permit| {
            let report = permit.store_lab().backup(out, stop, progress).map_err(crate::error_map::store)?;
            let done = BackupDone {
                archive: report.path.display().to_string(),
                archive_bytes: report.archive_bytes,
                blobs: report.blobs,
                blob_bytes: report.blob_bytes,
                database_bytes: report.database_bytes,
            };
            let details = json!({
                "archive": done.archive,
                "archive_bytes": done.archive_bytes,
                "blobs": done.blobs,
                "blob_bytes": done.blob_bytes,
            });
            Ok(Done::new(done, details))
        })
    }
}
