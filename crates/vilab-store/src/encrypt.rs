//! Encrypting a plain lab in place (`vilab lab encrypt`), resumably.
//!
//! Two phases. [`Lab::prepare_encryption`] runs on the open plain lab and
//! builds the encrypted lab beside it: the new key slots in
//! `lab.keys.pending` (written first, so that a rerun with the same
//! passphrase finds the same master key), an encrypted copy of the
//! database (`lab.db.encrypting`, checked page by page), the signing key
//! (`identity/lab.ed25519.encrypting`), the lab's own profiles
//! (`profiles.toml.vlab`, which a plain lab ignores) and every blob re-stored in
//! `evidence.encrypting/` (each hashed as it is read: a damaged original is
//! refused, never encrypted as if whole; blobs already there are kept, so a
//! stopped run resumes). Until it ends the plain lab is untouched and opens
//! as before.
//!
//! [`finish_encryption`] then runs with the lab closed: renaming
//! `lab.keys.pending` to `lab.keys` is the commit point; then each
//! encrypted part replaces its plain one, and the plain files are
//! overwritten with zeros, synced and removed. Every step looks at what is
//! on disk, so a finish cut short is completed by running it again (and
//! `Lab::open` says so meanwhile). Overwriting is as good as the file
//! system allows: copy-on-write file systems, SSD wear levelling and
//! snapshots may keep old blocks (README).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use vilab_crypt::secrecy::SecretString;
use vilab_crypt::{KdfParams, Purpose, SlotFile};

use crate::blob::{BlobStore, CryptBlobStore};
use crate::lab::{EVIDENCE_DIR, IDENTITY_FILE, KEY_SLOTS_FILE, LAB_DB};
use crate::sqlite::with_suffix;
use crate::{Lab, Result, StoreError};

/// The key slots of an encryption in progress.
pub const PENDING_SLOTS: &str = "lab.keys.pending";
/// Suffix of the encrypted parts built beside the plain ones.
pub const ENCRYPTING: &str = ".encrypting";
/// The plain evidence store's folder once set aside, until it is removed.
const PLAIN_EVIDENCE: &str = "evidence.plain";

/// What the first phase did.
#[derive(Debug)]
pub struct Prepared {
    /// The recovery key of the new slots, to show once; `None` when a
    /// stopped run had made (and shown) them.
    pub recovery: Option<SecretString>,
    /// Blobs in the plain store.
    pub blobs: u64,
    /// Of them, already encrypted by a stopped run.
    pub resumed: u64,
    /// Bytes read and encrypted by this run.
    pub bytes: u64,
}

/// Whether an encryption in place of the lab at `dir` was committed but not
/// finished (run [`finish_encryption`]).
pub fn unfinished(dir: &Path) -> bool {
    dir.join(KEY_SLOTS_FILE).exists()
        && (with_suffix(&dir.join(LAB_DB), ENCRYPTING).exists()
            || dir.join(format!("{EVIDENCE_DIR}{ENCRYPTING}")).exists()
            || dir.join(PLAIN_EVIDENCE).exists()
            || with_suffix(&dir.join(IDENTITY_FILE), ENCRYPTING).exists()
            || dir.join(crate::profiles::PROFILES_FILE).exists()
                && dir.join(crate::profiles::SEALED_PROFILES_FILE).exists())
}

impl Lab {
    /// The first phase (see the module): builds the encrypted lab beside
    /// this plain one, under the passphrase slot for `passphrase` (the
    /// pending slots of a stopped run are unlocked with it instead).
    /// `progress` sees (blobs done, blobs in all) after each blob.
    pub fn prepare_encryption(
        &self,
        passphrase: &SecretString,
        params: KdfParams,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Prepared> {
        let dir = self.dir().to_path_buf();
        if self.encrypted() {
            return Err(StoreError::invalid("lab", "it is encrypted already"));
        }
        let pending = dir.join(PENDING_SLOTS);
        let slot_error = |source| StoreError::Slots { path: pending.clone(), source };
        let (master, recovery) = if pending.exists() {
            let slots = SlotFile::read(&pending).map_err(slot_error)?;
            (slots.unlock_with_passphrase(passphrase).map_err(slot_error)?, None)
        } else {
            let created = SlotFile::create(passphrase, params).map_err(slot_error)?;
            created.file.write_atomic(&pending).map_err(slot_error)?;
            (created.master, Some(created.recovery.to_text()))
        };

        // The database: one consistent snapshot, encrypted, checked.
        self.sqlite()
            .export_encrypted(&with_suffix(&dir.join(LAB_DB), ENCRYPTING), master.subkey(Purpose::Database))?;

        // The signing key.
        let key_copy = with_suffix(&dir.join(IDENTITY_FILE), ENCRYPTING);
        remove_if_present(&key_copy)?;
        self.identity().write_new(&key_copy, Some(&master.blob_key()))?;

        // The lab's own profiles, if it has any (beside, ignored by a plain lab).
        let sealed_profiles = dir.join(crate::profiles::SEALED_PROFILES_FILE);
        if !crate::profiles::seal_plain(&dir, &sealed_profiles, &master.blob_key())? {
            // A stopped run's copy of profiles removed since.
            remove_if_present(&sealed_profiles)?;
        }

        // The blobs, each hashed as it is read and stored encrypted.
        let target = CryptBlobStore::create(&dir.join(format!("{EVIDENCE_DIR}{ENCRYPTING}")), &master)?;
        let files = self.plain_blobs()?.blob_files()?;
        let total = files.len() as u64;
        let (mut resumed, mut bytes) = (0, 0);
        for (done, (path, id)) in files.iter().enumerate() {
            // Read and hashed again even when a stopped run stored it: the
            // stored copy is checked (decrypted and hashed) and kept if intact.
            let mut file = File::open(path).map_err(StoreError::io("opening", path))?;
            let (actual, size, outcome) = target.put_stream(&mut file, &|_| false)?;
            if actual != *id {
                // Stored under the name of what it now is: not the lab's.
                let _ = fs::remove_file(target.path_of(&actual));
                return Err(StoreError::BlobCorrupt { expected: *id, actual, path: path.clone() });
            }
            if outcome == crate::PutOutcome::AlreadyPresent {
                resumed += 1;
            } else {
                bytes += size;
            }
            progress(done as u64 + 1, total);
        }
        target.sync()?;
        Ok(Prepared { recovery, blobs: total, resumed, bytes })
    }
}

/// The second phase (see the module), with the lab closed: commits the
/// encryption prepared at `dir` and removes the plaintext. Safe to run
/// again after a crash; does nothing when nothing is pending.
pub fn finish_encryption(dir: &Path) -> Result<()> {
    let pending = dir.join(PENDING_SLOTS);
    let slots = dir.join(KEY_SLOTS_FILE);
    if pending.exists() {
        let ready = with_suffix(&dir.join(LAB_DB), ENCRYPTING).exists()
            && with_suffix(&dir.join(IDENTITY_FILE), ENCRYPTING).exists()
            && dir.join(format!("{EVIDENCE_DIR}{ENCRYPTING}")).is_dir();
        if !ready {
            return Err(StoreError::invalid(
                "lab",
                "the encrypted parts are not all prepared: run the encryption again",
            ));
        }
        // The commit point.
        rename(&pending, &slots)?;
    }
    if !slots.exists() {
        return Ok(());
    }
    let db = dir.join(LAB_DB);
    let db_copy = with_suffix(&db, ENCRYPTING);
    if db_copy.exists() {
        for plain in [with_suffix(&db, "-wal"), with_suffix(&db, "-shm"), db.clone()] {
            shred(&plain)?;
        }
        rename(&db_copy, &db)?;
    }
    let key = dir.join(IDENTITY_FILE);
    let key_copy = with_suffix(&key, ENCRYPTING);
    if key_copy.exists() {
        shred(&key)?;
        rename(&key_copy, &key)?;
    }
    let evidence = dir.join(EVIDENCE_DIR);
    let evidence_copy = dir.join(format!("{EVIDENCE_DIR}{ENCRYPTING}"));
    let plain_evidence = dir.join(PLAIN_EVIDENCE);
    if evidence_copy.is_dir() {
        if evidence.exists() && !plain_evidence.exists() {
            rename(&evidence, &plain_evidence)?;
        }
        rename(&evidence_copy, &evidence)?;
    }
    if plain_evidence.exists() {
        shred_tree(&plain_evidence)?;
    }
    // The plain profiles, once their sealed copy (made in the first phase)
    // is there.
    if dir.join(crate::profiles::SEALED_PROFILES_FILE).exists() {
        shred(&dir.join(crate::profiles::PROFILES_FILE))?;
    }
    sync_dir(dir)
}

/// Overwrites a file with zeros, syncs it and removes it (absent: nothing).
fn shred(path: &Path) -> Result<()> {
    let len = match fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::Io { action: "reading metadata of", path: path.to_path_buf(), source: e }),
    };
    let mut file = fs::OpenOptions::new().write(true).open(path).map_err(StoreError::io("opening", path))?;
    let zeros = vec![0u8; 1 << 16];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n]).map_err(StoreError::io("overwriting", path))?;
        left -= n as u64;
    }
    file.sync_all().map_err(StoreError::io("syncing", path))?;
    drop(file);
    fs::remove_file(path).map_err(StoreError::io("removing", path))
}

/// [`shred`] of every file under `dir`, then the folders.
fn shred_tree(dir: &Path) -> Result<()> {
    let mut folders = vec![dir.to_path_buf()];
    let mut i = 0;
    while i < folders.len() {
        let folder = folders[i].clone();
        for entry in fs::read_dir(&folder).map_err(StoreError::io("listing", &folder))? {
            let entry = entry.map_err(StoreError::io("listing", &folder))?;
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(path);
            } else {
                shred(&path)?;
            }
        }
        i += 1;
    }
    fs::remove_dir_all(dir).map_err(StoreError::io("removing", dir))
}

fn remove_if_present(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::Io { action: "removing", path: path.to_path_buf(), source: e }),
    }
}

fn rename(from: &Path, to: &Path) -> Result<()> {
    fs::rename(from, to).map_err(|e| StoreError::Io { action: "renaming to", path: to.to_path_buf(), source: e })
}

fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(StoreError::io("syncing", dir))
}
