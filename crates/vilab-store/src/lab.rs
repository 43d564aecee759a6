//! A lab directory: the database, the evidence store and the signing key of
//! one installation, opened together.
//!
//! ```text
//! <lab>/
//!   lab.db                 SQLite metadata (plus lab.db-wal, lab.db-shm)
//!   evidence/ab/cd/<hex>   content-addressed blobs (originals, thumbnails)
//!   evidence/.tmp/         streamed writes in progress
//!   identity/lab.ed25519   Ed25519 secret key (0600)
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use vilab_core::Sha256;
use vilab_core::audit::{AuditCheckpoint, ChainReport};

use crate::blob::{BlobStore, FsBlobStore, StaleTemps, VerifyProgress, VerifyReport};
use crate::identity::LabIdentity;
use crate::model::{LabInfo, NewAccount, validate_password, validate_username};
use crate::{Result, RunId, SqliteStore, Store, StoreError};

/// The database file, relative to the lab directory.
pub const LAB_DB: &str = "lab.db";
/// The evidence store folder, relative to the lab directory.
pub const EVIDENCE_DIR: &str = "evidence";
/// The secret key file, relative to the lab directory.
pub const IDENTITY_FILE: &str = "identity/lab.ed25519";

/// An open lab.
pub struct Lab {
    dir: PathBuf,
    store: Arc<SqliteStore>,
    blobs: Arc<FsBlobStore>,
    identity: LabIdentity,
    opened: OpenReport,
}

/// What opening a lab found and set right: runs whose process had died,
/// and the temporary files such a process left.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenReport {
    /// Runs left `running` by a process that ended without finishing them,
    /// now marked aborted.
    pub aborted_runs: Vec<RunId>,
    /// Temporary files of dead writers, removed from the evidence store.
    pub stale_temps: StaleTemps,
}

impl std::fmt::Debug for Lab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lab").field("dir", &self.dir).field("identity", &self.identity).finish_non_exhaustive()
    }
}

/// Result of checking a whole lab: every stored blob re-hashed, and every
/// blob the database refers to looked for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabVerifyReport {
    /// The evidence store's own check.
    pub blobs: VerifyReport,
    /// Blobs the database refers to that the evidence store lacks.
    pub missing: Vec<Sha256>,
    /// Where the originals of corrupt or missing contents were found, for
    /// ingesting them again with `--repair`.
    pub repair_from: Vec<RepairSource>,
}

/// A place an ingest found a content the evidence store lost: ingesting the
/// exhibit again from its source with repair on restores it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepairSource {
    /// The content.
    pub sha256: Sha256,
    /// Its case.
    pub case: String,
    /// Its exhibit.
    pub exhibit: String,
    /// The folder the exhibit was ingested from.
    pub source_path: String,
    /// Where in the exhibit.
    pub key: vilab_core::model::OccurrenceKey,
}

impl LabVerifyReport {
    /// Whether nothing is corrupt, unreadable, stray or missing.
    pub fn is_clean(&self) -> bool {
        self.blobs.is_clean() && self.missing.is_empty()
    }
}

impl Lab {
    /// Creates a lab in `dir` (created if absent; refused if it holds
    /// anything) with a new key pair, a random lab id and `admin` as its
    /// first account (its role is forced to admin).
    pub fn init(dir: &Path, admin: &NewAccount) -> Result<(Lab, LabInfo)> {
        // Check the account first so that a refused password leaves nothing behind.
        validate_username(&admin.username)?;
        validate_password(&admin.username, &admin.password)?;
        if dir.join(LAB_DB).exists() {
            return Err(StoreError::LabExists { path: dir.to_path_buf() });
        }
        if dir.exists() {
            if !dir.is_dir() {
                return Err(StoreError::NotALab { path: dir.to_path_buf(), problem: "is not a directory".into() });
            }
            let mut entries = fs::read_dir(dir).map_err(StoreError::io("listing", dir))?;
            if entries.next().is_some() {
                return Err(StoreError::DirNotEmpty { path: dir.to_path_buf() });
            }
        }
        crate::fsmode::create_private_dir(dir)?;
        crate::fsmode::set_mode(dir, true)?;

        let identity = LabIdentity::generate()?;
        identity.write_new(&dir.join(IDENTITY_FILE))?;
        let blobs = FsBlobStore::create(&dir.join(EVIDENCE_DIR))?;
        let lab_id = crate::random::random_hex(16)?;
        // The database comes last: its presence is what makes a directory a lab.
        let store =
            SqliteStore::create(&dir.join(LAB_DB), &lab_id, crate::clock::now_unix(), &identity.public_key_hex())?;
        let admin = NewAccount { role: crate::model::Role::Admin, ..admin.clone() };
        store.create_account(&admin)?;
        let info = store.lab_info()?;
        let lab = Lab {
            dir: dir.to_path_buf(),
            store: Arc::new(store),
            blobs: Arc::new(blobs),
            identity,
            opened: OpenReport::default(),
        };
        Ok((lab, info))
    }

    /// Opens the lab in `dir`, checking that its parts are there and that the
    /// key file matches the public key the database recorded. Runs left
    /// `running` by a dead process are marked aborted, and the temporary
    /// files dead writers left are removed ([`Lab::opened`] says which);
    /// folders and database files are narrowed to their owner.
    pub fn open(dir: &Path) -> Result<Lab> {
        if !dir.is_dir() {
            return Err(StoreError::NotALab { path: dir.to_path_buf(), problem: "is not a directory".into() });
        }
        let db = dir.join(LAB_DB);
        if !db.is_file() {
            return Err(StoreError::NotALab { path: db, problem: "missing".into() });
        }
        let evidence = dir.join(EVIDENCE_DIR);
        if !evidence.is_dir() {
            return Err(StoreError::NotALab { path: evidence, problem: "missing".into() });
        }
        let store = SqliteStore::open(&db)?;
        let key_path = dir.join(IDENTITY_FILE);
        let identity = LabIdentity::load(&key_path)?;
        let info = store.lab_info()?;
        if !identity.public_key_hex().eq_ignore_ascii_case(&info.public_key_hex) {
            return Err(StoreError::Identity {
                path: key_path,
                problem: format!(
                    "its public key {} does not match the one recorded in {} ({})",
                    identity.public_key_hex(),
                    db.display(),
                    info.public_key_hex
                ),
            });
        }
        let blobs = FsBlobStore::open(&evidence)?;
        let wal = dir.join(format!("{LAB_DB}-wal"));
        let shm = dir.join(format!("{LAB_DB}-shm"));
        let key_dir = key_path.parent().unwrap_or(dir).to_path_buf();
        crate::fsmode::tighten_lab(dir, &[&db, &wal, &shm, &key_path], &[&evidence, &key_dir]);
        // Runs first: a run found dead cannot be writing the temporary files.
        let aborted_runs = store.abort_dead_runs()?;
        let stale_temps = blobs.sweep_stale_temps();
        Ok(Lab {
            dir: dir.to_path_buf(),
            store: Arc::new(store),
            blobs: Arc::new(blobs),
            identity,
            opened: OpenReport { aborted_runs, stale_temps },
        })
    }

    /// What opening the lab found and set right.
    pub fn opened(&self) -> &OpenReport {
        &self.opened
    }

    /// The lab directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The metadata store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The metadata store, shareable with worker threads.
    pub fn store_arc(&self) -> Arc<dyn Store> {
        self.store.clone()
    }

    /// The evidence store.
    pub fn blobs(&self) -> &dyn BlobStore {
        self.blobs.as_ref()
    }

    /// The evidence store, shareable with worker threads.
    pub fn blobs_arc(&self) -> Arc<dyn BlobStore> {
        self.blobs.clone()
    }

    /// The lab's signing key.
    pub fn identity(&self) -> &LabIdentity {
        &self.identity
    }

    /// The lab's id, creation time, public key and schema version.
    pub fn info(&self) -> Result<LabInfo> {
        self.store.lab_info()
    }

    /// Re-hashes every stored blob and lists the blobs the database refers
    /// to that are missing. `stop` and `progress` as in
    /// [`BlobStore::verify_all`].
    pub fn verify(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<LabVerifyReport> {
        let mut blobs = self.blobs.verify_all(stop, progress)?;
        // What opening the lab removed is this verify's finding too.
        let mut stale = self.opened.stale_temps.clone();
        stale.extend(std::mem::take(&mut blobs.stale_temps));
        blobs.stale_temps = stale;
        let mut missing = Vec::new();
        for id in self.store.blob_refs()? {
            if !self.blobs.contains(&id)? {
                missing.push(id);
            }
        }
        let lost = blobs.corrupt.iter().map(|c| c.expected).chain(missing.iter().copied());
        let repair_from = self.repair_sources(lost)?;
        Ok(LabVerifyReport { blobs, missing, repair_from })
    }

    /// Signs the audit log's head with the lab's key and stores the
    /// checkpoint; `None` when the log is empty or its head is signed
    /// already. Called after writes, it bounds what a crash leaves unsigned.
    pub fn checkpoint_audit(&self) -> Result<Option<AuditCheckpoint>> {
        crate::audit_chain::checkpoint(self.store(), &self.identity)
    }

    /// Checks the whole audit chain against the signed checkpoints, with the
    /// public key recorded in the database (not the key file: a lab whose
    /// key file was swapped does not open). Streams the records.
    pub fn verify_audit(&self) -> Result<ChainReport> {
        crate::audit_chain::verify(self.store())
    }

    /// For each lost content, the first place it was found on disk (not
    /// inside an archive: an archive member comes back with its archive).
    fn repair_sources(&self, lost: impl Iterator<Item = Sha256>) -> Result<Vec<RepairSource>> {
        let mut out = Vec::new();
        for sha256 in lost {
            let Some(detail) = self.store.media(&crate::MediaKey::Sha256(sha256))? else {
                continue;
            };
            let Some(place) = detail.occurrences.first() else {
                continue;
            };
            let exhibits = self.store.exhibits(place.case_id)?;
            let Some(exhibit) = exhibits.iter().find(|e| e.id == place.exhibit_id) else {
                continue;
            };
            out.push(RepairSource {
                sha256,
                case: place.case.clone(),
                exhibit: place.exhibit.clone(),
                source_path: exhibit.source_path.clone(),
                key: place.occurrence.key.clone(),
            });
        }
        Ok(out)
    }
}
