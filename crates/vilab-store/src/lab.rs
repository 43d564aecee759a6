//! A lab directory: the database, the evidence store and the signing key of
//! one installation, opened together.
//!
//! ```text
//! <lab>/
//!   lab.keys               key slots (VLABKEYS): only in an encrypted lab
//!   lab.db                 SQLite metadata (plus lab.db-wal, lab.db-shm);
//!                          SQLCipher in an encrypted lab
//!   evidence/ab/cd/<hex>   blobs (originals, thumbnails): named by SHA-256
//!                          in a plain lab, by HMAC-SHA-256 of it and
//!                          encrypted (VLABBLOB) in an encrypted lab
//!   evidence/.tmp/         streamed writes in progress (encrypted likewise)
//!   identity/lab.ed25519   Ed25519 secret key (0600; encrypted likewise)
//! ```
//!
//! A lab is encrypted when it has a key-slot file; it then opens only with
//! its master key ([`Lab::open_with_key`]), which the caller unlocks from
//! the slots with a passphrase or the recovery key.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use vilab_core::Sha256;
use vilab_core::audit::{AuditCheckpoint, ChainReport};

use vilab_crypt::{MasterKey, Purpose, SlotFile};

use crate::blob::{BlobStore, CryptBlobStore, FsBlobStore, StaleTemps, VerifyProgress, VerifyReport};
use crate::identity::LabIdentity;
use crate::model::{LabInfo, NewAccount, validate_password, validate_username};
use crate::{Result, RunId, SqliteStore, Store, StoreError};

/// The database file, relative to the lab directory.
pub const LAB_DB: &str = "lab.db";
/// The evidence store folder, relative to the lab directory.
pub const EVIDENCE_DIR: &str = "evidence";
/// The secret key file, relative to the lab directory.
pub const IDENTITY_FILE: &str = "identity/lab.ed25519";
/// The key-slot file of an encrypted lab, relative to the lab directory.
pub const KEY_SLOTS_FILE: &str = "lab.keys";

/// An open lab.
pub struct Lab {
    dir: PathBuf,
    store: Arc<SqliteStore>,
    blobs: Evidence,
    identity: LabIdentity,
    opened: OpenReport,
    /// The master key of an encrypted lab, held while the lab is open
    /// (zeroized when it closes), for changing its key slots.
    master: Option<MasterKey>,
}

/// The evidence store of a plain or of an encrypted lab.
#[derive(Clone)]
enum Evidence {
    Plain(Arc<FsBlobStore>),
    Sealed(Arc<CryptBlobStore>),
}

impl Evidence {
    fn create(root: &Path, master: Option<&MasterKey>) -> Result<Evidence> {
        Ok(match master {
            None => Evidence::Plain(Arc::new(FsBlobStore::create(root)?)),
            Some(m) => Evidence::Sealed(Arc::new(CryptBlobStore::create(root, m)?)),
        })
    }

    fn open(root: &Path, master: Option<&MasterKey>) -> Result<Evidence> {
        Ok(match master {
            None => Evidence::Plain(Arc::new(FsBlobStore::open(root)?)),
            Some(m) => Evidence::Sealed(Arc::new(CryptBlobStore::open(root, m)?)),
        })
    }

    fn get(&self) -> &dyn BlobStore {
        match self {
            Evidence::Plain(b) => b.as_ref(),
            Evidence::Sealed(b) => b.as_ref(),
        }
    }

    fn arc(&self) -> Arc<dyn BlobStore> {
        match self {
            Evidence::Plain(b) => b.clone(),
            Evidence::Sealed(b) => b.clone(),
        }
    }

    fn sweep_stale_temps(&self) -> StaleTemps {
        match self {
            Evidence::Plain(b) => b.sweep_stale_temps(),
            Evidence::Sealed(b) => b.sweep_stale_temps(),
        }
    }
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
        Lab::create(dir, admin, None)
    }

    /// Creates an encrypted lab in `dir` (as [`Lab::init`]) whose master key
    /// is `master`, wrapped in `slots` (written first, as `lab.keys`): the
    /// database is SQLCipher's, the evidence store a [`CryptBlobStore`],
    /// the signing key encrypted.
    pub fn init_encrypted(
        dir: &Path,
        admin: &NewAccount,
        slots: &SlotFile,
        master: MasterKey,
    ) -> Result<(Lab, LabInfo)> {
        if slots.key_check() != master.key_check() {
            return Err(StoreError::Slots {
                path: dir.join(KEY_SLOTS_FILE),
                source: vilab_crypt::SlotError::WrongMasterKey,
            });
        }
        Lab::create(dir, admin, Some((slots, master)))
    }

    fn create(dir: &Path, admin: &NewAccount, keys: Option<(&SlotFile, MasterKey)>) -> Result<(Lab, LabInfo)> {
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

        let (slots, master) = keys.unzip();
        if let Some(slots) = slots {
            // First: a lab with any other file but no slots would look plain.
            let path = dir.join(KEY_SLOTS_FILE);
            slots.write_atomic(&path).map_err(|source| StoreError::Slots { path, source })?;
        }
        let identity = LabIdentity::generate()?;
        identity.write_new(&dir.join(IDENTITY_FILE), master.as_ref().map(|m| m.blob_key()).as_ref())?;
        let blobs = Evidence::create(&dir.join(EVIDENCE_DIR), master.as_ref())?;
        let lab_id = crate::random::random_hex(16)?;
        // The database comes last: its presence is what makes a directory a lab.
        let store = SqliteStore::create_keyed(
            &dir.join(LAB_DB),
            &lab_id,
            crate::clock::now_unix(),
            &identity.public_key_hex(),
            master.as_ref().map(|m| m.subkey(Purpose::Database)),
        )?;
        let admin = NewAccount { role: crate::model::Role::Admin, ..admin.clone() };
        store.create_account(&admin)?;
        let info = store.lab_info()?;
        let lab = Lab {
            dir: dir.to_path_buf(),
            store: Arc::new(store),
            blobs,
            identity,
            opened: OpenReport::default(),
            master,
        };
        Ok((lab, info))
    }

    /// Whether the lab in `dir` is encrypted (has a key-slot file).
    pub fn is_encrypted(dir: &Path) -> bool {
        dir.join(KEY_SLOTS_FILE).exists()
    }

    /// The key slots of the encrypted lab in `dir`, to unlock its master key.
    pub fn key_slots(dir: &Path) -> Result<SlotFile> {
        let path = dir.join(KEY_SLOTS_FILE);
        SlotFile::read(&path).map_err(|source| StoreError::Slots { path, source })
    }

    /// Opens the lab in `dir`, checking that its parts are there and that the
    /// key file matches the public key the database recorded. Runs left
    /// `running` by a dead process are marked aborted, and the temporary
    /// files dead writers left are removed ([`Lab::opened`] says which);
    /// folders and database files are narrowed to their owner.
    pub fn open(dir: &Path) -> Result<Lab> {
        if Lab::is_encrypted(dir) {
            return Err(StoreError::Locked { path: dir.to_path_buf() });
        }
        Lab::open_keyed(dir, None)
    }

    /// Opens the encrypted lab in `dir` with its master key (unlocked from
    /// [`Lab::key_slots`]); a key that is not the lab's is refused before
    /// any file is read or changed. A plain lab opens as with [`Lab::open`]
    /// (the key is not needed and is dropped).
    pub fn open_with_key(dir: &Path, master: MasterKey) -> Result<Lab> {
        if !Lab::is_encrypted(dir) {
            return Lab::open_keyed(dir, None);
        }
        let slots = Lab::key_slots(dir)?;
        if slots.key_check() != master.key_check() {
            return Err(StoreError::Slots {
                path: dir.join(KEY_SLOTS_FILE),
                source: vilab_crypt::SlotError::WrongMasterKey,
            });
        }
        Lab::open_keyed(dir, Some(master))
    }

    fn open_keyed(dir: &Path, master: Option<MasterKey>) -> Result<Lab> {
        if !dir.is_dir() {
            return Err(StoreError::NotALab { path: dir.to_path_buf(), problem: "is not a directory".into() });
        }
        if crate::encrypt::unfinished(dir) {
            return Err(StoreError::NotALab {
                path: dir.to_path_buf(),
                problem: "is being encrypted in place and the last run stopped: run `vilab lab encrypt` again".into(),
            });
        }
        let db = dir.join(LAB_DB);
        if !db.is_file() {
            return Err(StoreError::NotALab { path: db, problem: "missing".into() });
        }
        let evidence = dir.join(EVIDENCE_DIR);
        if !evidence.is_dir() {
            return Err(StoreError::NotALab { path: evidence, problem: "missing".into() });
        }
        let store = SqliteStore::open_keyed(&db, master.as_ref().map(|m| m.subkey(Purpose::Database)))?;
        let key_path = dir.join(IDENTITY_FILE);
        let identity = LabIdentity::load(&key_path, master.as_ref().map(|m| m.blob_key()).as_ref())?;
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
        let blobs = Evidence::open(&evidence, master.as_ref())?;
        let slots_file = dir.join(KEY_SLOTS_FILE);
        let wal = dir.join(format!("{LAB_DB}-wal"));
        let shm = dir.join(format!("{LAB_DB}-shm"));
        let key_dir = key_path.parent().unwrap_or(dir).to_path_buf();
        crate::fsmode::tighten_lab(dir, &[&db, &wal, &shm, &key_path, &slots_file], &[&evidence, &key_dir]);
        // Runs first: a run found dead cannot be writing the temporary files.
        let aborted_runs = store.abort_dead_runs()?;
        let stale_temps = blobs.sweep_stale_temps();
        Ok(Lab {
            dir: dir.to_path_buf(),
            store: Arc::new(store),
            blobs,
            identity,
            opened: OpenReport { aborted_runs, stale_temps },
            master,
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
        self.blobs.get()
    }

    /// The evidence store, shareable with worker threads.
    pub fn blobs_arc(&self) -> Arc<dyn BlobStore> {
        self.blobs.arc()
    }

    /// The SQLite store itself (for what only it can do: an encrypted copy).
    pub(crate) fn sqlite(&self) -> &SqliteStore {
        &self.store
    }

    /// The evidence store of a plain lab.
    pub(crate) fn plain_blobs(&self) -> Result<&FsBlobStore> {
        match &self.blobs {
            Evidence::Plain(b) => Ok(b),
            Evidence::Sealed(_) => Err(StoreError::invalid("lab", "it is encrypted already")),
        }
    }

    /// Whether this lab is encrypted.
    pub fn encrypted(&self) -> bool {
        self.master.is_some()
    }

    /// The master key of an encrypted lab (for changing its key slots).
    pub fn master_key(&self) -> Option<&MasterKey> {
        self.master.as_ref()
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
        let mut blobs = self.blobs.get().verify_all(stop, progress)?;
        // What opening the lab removed is this verify's finding too.
        let mut stale = self.opened.stale_temps.clone();
        stale.extend(std::mem::take(&mut blobs.stale_temps));
        blobs.stale_temps = stale;
        let refs = self.store.blob_refs()?;
        let mut missing = Vec::new();
        for id in &refs {
            if !self.blobs.get().contains(id)? {
                missing.push(*id);
            }
        }
        // An encrypted blob that does not decrypt is unreadable, under a
        // keyed name: the database's references say which content it is.
        let mut undecryptable = Vec::new();
        if let Evidence::Sealed(store) = &self.blobs {
            let by_path: std::collections::HashMap<PathBuf, Sha256> =
                refs.iter().map(|id| (store.path_of(id), *id)).collect();
            undecryptable.extend(blobs.unreadable.iter().filter_map(|u| by_path.get(&u.path).copied()));
        }
        let lost = blobs.corrupt.iter().map(|c| c.expected).chain(missing.iter().copied()).chain(undecryptable);
        let repair_from = self.repair_sources(lost)?;
        Ok(LabVerifyReport { blobs, missing, repair_from })
    }

    /// Reads every page of the database and lists what is damaged (see
    /// [`SqliteStore::check_pages`]); empty when all is well.
    pub fn check_database(&self) -> Result<Vec<String>> {
        self.store.check_pages()
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
