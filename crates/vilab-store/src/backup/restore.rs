//! Reading a backup archive back into a new lab directory: built in a
//! staging folder beside the target, checked whole (the database page by
//! page, every blob decrypted, re-hashed and checked against its name, the
//! audit chain), and moved to the target only when the caller commits.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use vilab_core::Sha256;
use vilab_crypt::{DecryptReader, MasterKey, SlotFile, StreamError};

use super::frames::FrameReader;
use super::{
    BackupProgress, MAGIC, MANIFEST_FORMAT, MAX_MANIFEST_LEN, MAX_SLOTS_LEN, Manifest, PREFIX_LEN, Section, TAG_BLOB,
    TAG_DATABASE, TAG_END, TAG_KEY, TAG_MANIFEST, TAG_PROFILES, VERSION, binding,
};
use crate::blob::{BlobStore, CryptBlobStore};
use crate::lab::{EVIDENCE_DIR, IDENTITY_FILE, KEY_SLOTS_FILE, LAB_DB};
use crate::{Lab, Result, StoreError};

/// The most bytes of a signing-key file a restore accepts.
const MAX_KEY_LEN: u64 = 1 << 20;

/// An archive opened for restoring: its header read and its key slots
/// parsed, to be unlocked by the caller.
pub struct Archive {
    path: PathBuf,
    file: File,
    header: Vec<u8>,
    slots: SlotFile,
}

impl std::fmt::Debug for Archive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Archive").field("path", &self.path).finish_non_exhaustive()
    }
}

/// A restored lab, open in its staging folder and checked; nothing is at
/// the target until [`Staging::commit`].
pub struct Restored {
    /// The restored lab, open (close it before committing).
    pub lab: Lab,
    /// Its staging folder, removed unless committed.
    pub staging: Staging,
    /// What the archive said of itself.
    pub manifest: Manifest,
    /// Blobs restored.
    pub blobs: u64,
    /// Their content's bytes.
    pub bytes: u64,
}

/// The folder a restore is built in, beside its target; removed when
/// dropped uncommitted, so that a failed or refused restore leaves nothing.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staging {
    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Moves the restored lab (closed by now) to its target, which must
    /// still be absent or an empty folder.
    pub fn commit(mut self) -> Result<PathBuf> {
        fs::rename(&self.dir, &self.target).map_err(|e| match e.kind() {
            io::ErrorKind::DirectoryNotEmpty | io::ErrorKind::AlreadyExists => {
                StoreError::DirNotEmpty { path: self.target.clone() }
            }
            _ => StoreError::Io { action: "moving the restored lab to", path: self.target.clone(), source: e },
        })?;
        self.committed = true;
        let parent = parent_of(&self.target);
        File::open(&parent).and_then(|d| d.sync_all()).map_err(StoreError::io("syncing", &parent))?;
        Ok(self.target.clone())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn parent_of(path: &Path) -> PathBuf {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

impl Archive {
    /// Opens the archive at `path` and reads its plain header (magic,
    /// version, key slots). Nothing in it is trusted yet: the stream's
    /// final chunk authenticates the header once the key is known.
    pub fn open(path: &Path) -> Result<Archive> {
        let bad = |problem: String| StoreError::Backup { path: path.to_path_buf(), problem };
        let mut file = File::open(path).map_err(StoreError::io("opening", path))?;
        let mut prefix = [0u8; PREFIX_LEN];
        file.read_exact(&mut prefix).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => bad(format!("shorter than its {PREFIX_LEN}-byte header")),
            _ => StoreError::Io { action: "reading", path: path.to_path_buf(), source: e },
        })?;
        if prefix[0..8] != MAGIC {
            return Err(bad("not a vilab backup (bytes 0..8 are not \"VLABBKUP\")".into()));
        }
        let version = u32::from_le_bytes(prefix[8..12].try_into().expect("4 bytes"));
        if version != VERSION {
            return Err(bad(format!("format version {version} at byte 8; this vilab reads version {VERSION}")));
        }
        let len = u32::from_le_bytes(prefix[12..16].try_into().expect("4 bytes"));
        if len > MAX_SLOTS_LEN {
            return Err(bad(format!("key slots of {len} bytes at byte 12 (at most {MAX_SLOTS_LEN})")));
        }
        let mut slots = vec![0u8; len as usize];
        file.read_exact(&mut slots).map_err(|_| bad(format!("ends inside its key slots (byte 16, {len} bytes)")))?;
        let parsed = SlotFile::parse(&slots).map_err(|e| bad(format!("its key slots (from byte 16): {e}")))?;
        let mut header = prefix.to_vec();
        header.extend_from_slice(&slots);
        Ok(Archive { path: path.to_path_buf(), file, header, slots: parsed })
    }

    /// The lab's key slots, to unlock its master key.
    pub fn slots(&self) -> &SlotFile {
        &self.slots
    }

    /// Restores the archive into `target` (absent, or an empty folder)
    /// with the lab's master key, and checks it (see the module). The lab
    /// is built in a staging folder beside the target, returned open.
    /// `stop` is checked between blobs.
    pub fn restore(
        self,
        target: &Path,
        master: MasterKey,
        stop: &AtomicBool,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<Restored> {
        check_target(target)?;
        if self.slots.key_check() != master.key_check() {
            return Err(StoreError::Slots { path: self.path.clone(), source: vilab_crypt::SlotError::WrongMasterKey });
        }
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "lab".into());
        let dir = parent_of(target).join(format!(".{name}.restoring-{}", crate::random::random_hex(8)?));
        crate::fsmode::create_private_dir(&dir)?;
        crate::fsmode::set_mode(&dir, true)?;
        let staging = Staging { dir: dir.clone(), target: target.to_path_buf(), committed: false };

        let path = self.path.clone();
        let bad = |problem: String| StoreError::Backup { path: path.clone(), problem };
        let damaged = |e: io::Error| archive_error(&path, e);
        let section = Section { inner: self.file, start: self.header.len() as u64 };
        let mut stream =
            DecryptReader::open(section, &master.blob_key(), &binding(&self.header)).map_err(|e| match e {
                StreamError::Io { source, .. } => StoreError::Io { action: "reading", path: path.clone(), source },
                other => bad(format!("its encrypted stream (from byte {}): {other}", self.header.len())),
            })?;

        // The manifest.
        expect_tag(&mut stream, TAG_MANIFEST, "the manifest").map_err(damaged)?;
        let len = read_u32(&mut stream).map_err(damaged)?;
        if len > MAX_MANIFEST_LEN {
            return Err(bad(format!("a manifest of {len} bytes (at most {MAX_MANIFEST_LEN})")));
        }
        let mut json = vec![0u8; len as usize];
        stream.read_exact(&mut json).map_err(damaged)?;
        let manifest: Manifest = serde_json::from_slice(&json).map_err(|e| bad(format!("its manifest: {e}")))?;
        if manifest.format != MANIFEST_FORMAT {
            return Err(bad(format!("its manifest's format is {:?}, not {MANIFEST_FORMAT:?}", manifest.format)));
        }

        // The database and the signing key, as they were.
        expect_tag(&mut stream, TAG_DATABASE, "the database").map_err(damaged)?;
        let db_len = read_u64(&mut stream).map_err(damaged)?;
        let db_path = dir.join(LAB_DB);
        copy_exact(&mut stream, db_len, &db_path, &path)?;
        expect_tag(&mut stream, TAG_KEY, "the signing key").map_err(damaged)?;
        let key_len = read_u64(&mut stream).map_err(damaged)?;
        if key_len > MAX_KEY_LEN {
            return Err(bad(format!("a signing key of {key_len} bytes (at most {MAX_KEY_LEN})")));
        }
        let key_path = dir.join(IDENTITY_FILE);
        crate::fsmode::create_private_dir(&parent_of(&key_path))?;
        copy_exact(&mut stream, key_len, &key_path, &path)?;

        // The blobs, each re-encrypted into the new store as it is read.
        let blobs = CryptBlobStore::create(&dir.join(EVIDENCE_DIR), &master)?;
        let (mut count, mut bytes) = (0u64, 0u64);
        loop {
            let mut tag = [0u8; 1];
            stream.read_exact(&mut tag).map_err(damaged)?;
            match tag[0] {
                TAG_BLOB => {}
                TAG_END => break,
                // The lab's own profiles: once, before the blobs.
                TAG_PROFILES if count == 0 && !dir.join(crate::profiles::SEALED_PROFILES_FILE).exists() => {
                    let len = read_u64(&mut stream).map_err(damaged)?;
                    if len > MAX_KEY_LEN {
                        return Err(bad(format!("profiles of {len} bytes (at most {MAX_KEY_LEN})")));
                    }
                    copy_exact(&mut stream, len, &dir.join(crate::profiles::SEALED_PROFILES_FILE), &path)?;
                    continue;
                }
                other => return Err(bad(format!("a record of kind {other:#04x} where a blob or the end belongs"))),
            }
            if stop.load(Ordering::Relaxed) {
                return Err(StoreError::Stopped { path: target.to_path_buf() });
            }
            let mut id = [0u8; 32];
            stream.read_exact(&mut id).map_err(damaged)?;
            let id = Sha256(id);
            let mut frames = FrameReader::new(&mut stream);
            let (actual, size, _) = blobs.put_stream(&mut frames, &|_| false).map_err(|e| match e {
                StoreError::Io { source, .. } if is_archive_damage(&source) => archive_error(&path, source),
                other => other,
            })?;
            if actual != id {
                return Err(bad(format!("blob {id} holds other content (it hashes to {actual})")));
            }
            count += 1;
            bytes += size;
            progress(BackupProgress { stage: "blobs", blobs: count, total: manifest.blobs, bytes });
        }
        let end_blobs = read_u64(&mut stream).map_err(damaged)?;
        let end_bytes = read_u64(&mut stream).map_err(damaged)?;
        if (end_blobs, end_bytes) != (count, bytes) || count != manifest.blobs {
            return Err(bad(format!(
                "it ends after {count} blobs of {bytes} bytes, yet says {end_blobs} blobs of {end_bytes} bytes \
                 (manifest: {} blobs)",
                manifest.blobs
            )));
        }
        let mut after = [0u8; 1];
        if stream.read(&mut after).map_err(damaged)? != 0 {
            return Err(bad("bytes follow its end record".into()));
        }
        blobs.sync()?;
        drop(blobs);
        let slots_path = dir.join(KEY_SLOTS_FILE);
        self.slots.write_atomic(&slots_path).map_err(|source| StoreError::Slots { path: slots_path, source })?;

        let lab = Lab::open_with_key(&dir, master)?;
        check_restored(&lab, &manifest, stop, progress).map_err(|problem| match problem {
            Problem::Store(e) => e,
            Problem::Found(text) => bad(format!("the restored lab does not check out: {text}")),
        })?;
        Ok(Restored { lab, staging, manifest, blobs: count, bytes })
    }
}

/// What a check of the restored lab found.
enum Problem {
    Store(StoreError),
    Found(String),
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        Problem::Store(e)
    }
}

/// The restored lab checked whole before it is given out: its id, every
/// database page, every blob (decrypted, re-hashed, checked against its
/// name), every blob the database refers to present, the audit chain.
fn check_restored(
    lab: &Lab,
    manifest: &Manifest,
    stop: &AtomicBool,
    progress: &mut dyn FnMut(BackupProgress),
) -> std::result::Result<(), Problem> {
    let info = lab.info()?;
    if info.lab_id != manifest.lab_id {
        return Err(Problem::Found(format!(
            "its database is of lab {}, its manifest says {}",
            info.lab_id, manifest.lab_id
        )));
    }
    let pages = lab.check_database()?;
    if !pages.is_empty() {
        return Err(Problem::Found(format!("database: {}", pages.join("; "))));
    }
    let report = lab.verify(stop, &mut |p| {
        progress(BackupProgress { stage: "verify", blobs: p.checked, total: p.total, bytes: p.bytes })
    })?;
    if report.blobs.stopped {
        return Err(Problem::Store(StoreError::Stopped { path: lab.dir().to_path_buf() }));
    }
    if !report.is_clean() {
        return Err(Problem::Found(format!(
            "{} corrupt, {} unreadable, {} stray and {} missing blobs",
            report.blobs.corrupt.len(),
            report.blobs.unreadable.len(),
            report.blobs.stray.len(),
            report.missing.len()
        )));
    }
    let chain = lab.verify_audit()?;
    if let Some(problem) = chain.problem {
        return Err(Problem::Found(format!("audit chain: {problem:?}")));
    }
    Ok(())
}

/// Refuses a target that holds anything.
fn check_target(target: &Path) -> Result<()> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::Io { action: "reading metadata of", path: target.to_path_buf(), source: e }),
        Ok(meta) if !meta.is_dir() => {
            Err(StoreError::NotALab { path: target.to_path_buf(), problem: "is not a directory".into() })
        }
        Ok(_) if target.join(LAB_DB).exists() => Err(StoreError::LabExists { path: target.to_path_buf() }),
        Ok(_) => {
            let mut entries = fs::read_dir(target).map_err(StoreError::io("listing", target))?;
            match entries.next() {
                None => Ok(()),
                Some(_) => Err(StoreError::DirNotEmpty { path: target.to_path_buf() }),
            }
        }
    }
}

/// Whether a read error is the archive's damage (an unauthenticated chunk,
/// a cut, a malformed frame) rather than the system's failure.
fn is_archive_damage(e: &io::Error) -> bool {
    StreamError::from_io(e).is_some() || matches!(e.kind(), io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof)
}

/// A read error of the archive's stream as a store error.
fn archive_error(path: &Path, e: io::Error) -> StoreError {
    if is_archive_damage(&e) {
        StoreError::Backup { path: path.to_path_buf(), problem: format!("damaged or cut: {e}") }
    } else {
        StoreError::Io { action: "reading", path: path.to_path_buf(), source: e }
    }
}

fn expect_tag(r: &mut dyn Read, tag: u8, what: &str) -> io::Result<()> {
    let mut got = [0u8; 1];
    r.read_exact(&mut got)?;
    if got[0] != tag {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a record of kind {:#04x} where {what} ({:?}) belongs", got[0], tag as char),
        ));
    }
    Ok(())
}

fn read_u32(r: &mut dyn Read) -> io::Result<u32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
}

fn read_u64(r: &mut dyn Read) -> io::Result<u64> {
    let mut b = [0u8; 8];
    r.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

/// Copies exactly `len` bytes of the stream into a new private file.
fn copy_exact(stream: &mut dyn Read, len: u64, to: &Path, archive: &Path) -> Result<()> {
    let mut file = crate::fsmode::private_options()
        .write(true)
        .create_new(true)
        .open(to)
        .map_err(StoreError::io("creating", to))?;
    let mut buf = vec![0u8; 1 << 18];
    let mut left = len;
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = stream.read(&mut buf[..want]).map_err(|e| archive_error(archive, e))?;
        if n == 0 {
            return Err(StoreError::Backup {
                path: archive.to_path_buf(),
                problem: format!("it ends {left} bytes before the end of {}", to.display()),
            });
        }
        file.write_all(&buf[..n]).map_err(StoreError::io("writing", to))?;
        left -= n as u64;
    }
    file.sync_all().map_err(StoreError::io("syncing", to))
}
