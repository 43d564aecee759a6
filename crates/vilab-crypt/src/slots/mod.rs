//! The key-slot file: the lab's master key, wrapped once per way in
//! (a passphrase, the recovery key), each under a key-encryption key that
//! argon2id derives from that secret.
//!
//! # Why a fixed binary layout
//!
//! Every slot is sealed with its own header as associated data, so the
//! bytes that are authenticated must be exactly the bytes on disk: a fixed
//! layout makes them so without a canonical serialisation, and makes a
//! strict parser (every length, every reserved byte, every value checked,
//! each error naming its field and offset) a few dozen lines that a fuzzer
//! can cover. The file is small, read by vilab alone, and has nothing a
//! person edits. All integers are little-endian.
//!
//! # Layout, version 1
//!
//! Header, 48 bytes:
//!
//! | offset | length | field |
//! |-------:|-------:|-------|
//! | 0  | 8  | magic `VLABKEYS` |
//! | 8  | 2  | version, 1 |
//! | 10 | 1  | number of slots, 1 to 8 |
//! | 11 | 5  | reserved, zero |
//! | 16 | 32 | key check: HKDF of the master key under "vilab-crypt v1 key check" (public) |
//!
//! Then each slot, 120 bytes (slot `i` at `48 + 120 i`):
//!
//! | offset | length | field |
//! |-------:|-------:|-------|
//! | 0   | 1  | kind: 1 = passphrase, 2 = recovery key (each at most once) |
//! | 1   | 1  | key derivation: 1 = argon2id version 0x13 |
//! | 2   | 2  | reserved, zero |
//! | 4   | 4  | argon2id memory, KiB (at most 4 GiB) |
//! | 8   | 4  | argon2id passes (1 to 100) |
//! | 12  | 4  | argon2id lanes (1 to 16) |
//! | 16  | 32 | argon2id salt, random |
//! | 48  | 24 | XChaCha20-Poly1305 nonce, random |
//! | 72  | 32 | the master key, encrypted |
//! | 104 | 16 | its tag |
//!
//! The file is exactly `48 + 120 n` bytes. The wrapping key is
//! `argon2id(secret, salt, m, t, p)` (32 bytes), where the secret is the
//! passphrase's UTF-8 bytes as given, or the recovery key's 20 bytes. The
//! associated data of a slot is the header's bytes 0..10 (magic, version),
//! its key check (16..48), and the slot's bytes 0..72 (kind, parameters,
//! salt, nonce): lowering a slot's argon2id costs, changing its kind or the
//! key check makes that slot fail to open, as a wrong secret does. After a
//! slot opens, the key it gives must match the key check, or the file is
//! refused as tampered. The number of slots is not authenticated: removing
//! a slot only takes a way in away; a slot cannot be added without the
//! master key.
//!
//! A wrong secret and an altered slot cannot be told apart (both fail the
//! tag): both are [`SlotError::WrongPassphrase`] or
//! [`SlotError::WrongRecoveryKey`], and change nothing.

mod kdf;
mod recovery;

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::{AeadInOut, KeyInit, Tag, XChaCha20Poly1305};
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::keys::{KEY_LEN, KeyCheck, MasterKey};

pub use kdf::{KdfParams, Tuned, tune};
pub use recovery::{RecoveryKey, RecoveryKeyError};

/// The slot file's magic bytes.
pub const MAGIC: [u8; 8] = *b"VLABKEYS";
/// The format version written and read.
pub const VERSION: u16 = 1;
/// The header's length.
pub const HEADER_LEN: usize = 48;
/// One slot's length.
pub const SLOT_LEN: usize = 120;
/// Most slots a file holds.
pub const MAX_SLOTS: usize = 8;
/// The slot's bytes that are authenticated (all but the wrapped key).
const SLOT_AAD_LEN: usize = 72;
const KDF_ARGON2ID: u8 = 1;

/// Which secret a slot opens with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotKind {
    /// The lab's passphrase.
    Passphrase,
    /// The recovery key shown once when the lab was made.
    RecoveryKey,
}

impl SlotKind {
    fn code(self) -> u8 {
        match self {
            SlotKind::Passphrase => 1,
            SlotKind::RecoveryKey => 2,
        }
    }
}

/// Why a key-slot operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SlotError {
    /// The file breaks the format.
    #[error("key slot file {file}: {field} at byte {offset}: {problem}")]
    Format {
        /// The file's path, or "(bytes)" when parsed from memory.
        file: String,
        /// The field.
        field: &'static str,
        /// Its offset in the file.
        offset: usize,
        /// What is wrong.
        problem: String,
    },
    /// The passphrase does not open the passphrase slot (or that slot was
    /// altered). Nothing was changed.
    #[error("wrong passphrase (or the passphrase slot was altered); nothing was changed")]
    WrongPassphrase,
    /// The recovery key does not open the recovery slot (or that slot was
    /// altered). Nothing was changed.
    #[error("wrong recovery key (or the recovery slot was altered); nothing was changed")]
    WrongRecoveryKey,
    /// The recovery key's text is malformed.
    #[error(transparent)]
    RecoveryKeyText(#[from] RecoveryKeyError),
    /// The file has no slot of that kind.
    #[error("the key slot file has no {0:?} slot")]
    NoSlot(SlotKind),
    /// A slot opened, but to a key that is not the one the file's key check
    /// names: the file was tampered with.
    #[error(
        "key slot {slot} (byte {offset}) opens to a key that does not match the file's key check (bytes 16..48): the file was tampered with"
    )]
    KeyCheckMismatch {
        /// The slot's index, from 0.
        slot: usize,
        /// Its offset.
        offset: usize,
    },
    /// A key given to change a slot is not this lab's master key.
    #[error("the key given is not this lab's master key (its key check differs); no slot was changed")]
    WrongMasterKey,
    /// Parameters for a new slot below the floor.
    #[error("argon2id {field} {value} is below the floor of {floor}")]
    WeakParams {
        /// The parameter.
        field: &'static str,
        /// Its value.
        value: u32,
        /// The floor.
        floor: u32,
    },
    /// Parameters outside what any slot may use.
    #[error("argon2id {field} {value} is out of range ({bound})")]
    ParamsOutOfRange {
        /// The parameter.
        field: &'static str,
        /// Its value.
        value: u32,
        /// The allowed range.
        bound: String,
    },
    /// An empty passphrase was offered for a new slot.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// argon2 refused (its own limits).
    #[error("argon2id failed: {0}")]
    Kdf(String),
    /// Reading, writing, syncing or renaming a file failed.
    #[error("key slot file {}: {source}", path.display())]
    Io {
        /// The file (or its temporary file, or its folder).
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The operating system's random source failed.
    #[error(transparent)]
    Random(#[from] crate::RandomError),
}

/// One slot: a kind, argon2id parameters and salt, and the wrapped key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    kind: SlotKind,
    params: KdfParams,
    salt: [u8; 32],
    nonce: [u8; 24],
    /// The encrypted master key, then its tag.
    wrapped: [u8; KEY_LEN + 16],
}

impl Slot {
    /// Which secret opens it.
    pub fn kind(&self) -> SlotKind {
        self.kind
    }

    /// Its argon2id parameters.
    pub fn params(&self) -> KdfParams {
        self.params
    }

    /// Bytes 0..72 of the slot.
    fn head(&self) -> [u8; SLOT_AAD_LEN] {
        let mut h = [0u8; SLOT_AAD_LEN];
        h[0] = self.kind.code();
        h[1] = KDF_ARGON2ID;
        h[4..8].copy_from_slice(&self.params.m_cost_kib().to_le_bytes());
        h[8..12].copy_from_slice(&self.params.t_cost().to_le_bytes());
        h[12..16].copy_from_slice(&self.params.p_cost().to_le_bytes());
        h[16..48].copy_from_slice(&self.salt);
        h[48..72].copy_from_slice(&self.nonce);
        h
    }
}

/// The associated data of a slot.
fn slot_aad(check: &KeyCheck, head: &[u8; SLOT_AAD_LEN]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(10 + 32 + SLOT_AAD_LEN);
    aad.extend_from_slice(&MAGIC);
    aad.extend_from_slice(&VERSION.to_le_bytes());
    aad.extend_from_slice(&check.0);
    aad.extend_from_slice(head);
    aad
}

/// A lab's key slots, as read from or to be written to its slot file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotFile {
    check: KeyCheck,
    slots: Vec<Slot>,
}

/// What [`SlotFile::create`] makes.
#[derive(Debug)]
pub struct Created {
    /// The slot file, to be written ([`SlotFile::write_atomic`]).
    pub file: SlotFile,
    /// The new master key.
    pub master: MasterKey,
    /// The recovery key, to be shown once ([`RecoveryKey::to_text`]) and
    /// never stored.
    pub recovery: RecoveryKey,
}

impl SlotFile {
    /// A new lab's keys: a random master key, a passphrase slot and a
    /// recovery slot (with a new random recovery key), both with `params`.
    pub fn create(passphrase: &SecretString, params: KdfParams) -> Result<Created, SlotError> {
        let master = MasterKey::generate()?;
        let recovery = RecoveryKey::generate()?;
        let check = master.key_check();
        let mut file = SlotFile { check, slots: Vec::new() };
        file.slots.push(seal(SlotKind::Passphrase, params, passphrase_bytes(passphrase)?, &master, &check)?);
        file.slots.push(seal(SlotKind::RecoveryKey, params, recovery.expose(), &master, &check)?);
        Ok(Created { file, master, recovery })
    }

    /// The slots, in file order.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The key check the file names.
    pub fn key_check(&self) -> KeyCheck {
        self.check
    }

    /// The master key, from the passphrase. Reads nothing and changes
    /// nothing; a wrong passphrase is [`SlotError::WrongPassphrase`].
    pub fn unlock_with_passphrase(&self, passphrase: &SecretString) -> Result<MasterKey, SlotError> {
        self.unlock(SlotKind::Passphrase, passphrase.expose_secret().as_bytes())
    }

    /// The master key, from the recovery key (see [`RecoveryKey::parse`]
    /// for typed text). A wrong one is [`SlotError::WrongRecoveryKey`].
    pub fn unlock_with_recovery_key(&self, key: &RecoveryKey) -> Result<MasterKey, SlotError> {
        self.unlock(SlotKind::RecoveryKey, key.expose())
    }

    fn unlock(&self, kind: SlotKind, secret: &[u8]) -> Result<MasterKey, SlotError> {
        let (index, slot) =
            self.slots.iter().enumerate().find(|(_, s)| s.kind == kind).ok_or(SlotError::NoSlot(kind))?;
        let kek = slot.params.derive(secret, &slot.salt)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(&slot.wrapped[..KEY_LEN]);
        let tag = Tag::try_from(&slot.wrapped[KEY_LEN..]).expect("16 tag bytes");
        XChaCha20Poly1305::new(&(*kek).into())
            .decrypt_inout_detached(
                &slot.nonce.into(),
                &slot_aad(&self.check, &slot.head()),
                key.as_mut_slice().into(),
                &tag,
            )
            .map_err(|_| match kind {
                SlotKind::Passphrase => SlotError::WrongPassphrase,
                SlotKind::RecoveryKey => SlotError::WrongRecoveryKey,
            })?;
        let master = MasterKey::from_bytes(&key);
        if master.key_check() != self.check {
            return Err(SlotError::KeyCheckMismatch { slot: index, offset: HEADER_LEN + index * SLOT_LEN });
        }
        Ok(master)
    }

    /// Replaces the passphrase slot by one for `passphrase` (new salt, new
    /// nonce, `params`), wrapping `master`, which must be this lab's. The
    /// data is untouched: only this file changes. Write the result with
    /// [`SlotFile::write_atomic`].
    pub fn replace_passphrase(
        &mut self,
        master: &MasterKey,
        passphrase: &SecretString,
        params: KdfParams,
    ) -> Result<(), SlotError> {
        let bytes = passphrase_bytes(passphrase)?;
        self.replace(SlotKind::Passphrase, master, params, bytes)
    }

    /// Replaces the recovery slot by one for a new recovery key, returned
    /// for showing once; the old recovery key no longer opens the lab once
    /// the file is written.
    pub fn replace_recovery_key(&mut self, master: &MasterKey, params: KdfParams) -> Result<RecoveryKey, SlotError> {
        let key = RecoveryKey::generate()?;
        self.replace(SlotKind::RecoveryKey, master, params, key.expose())?;
        Ok(key)
    }

    fn replace(
        &mut self,
        kind: SlotKind,
        master: &MasterKey,
        params: KdfParams,
        secret: &[u8],
    ) -> Result<(), SlotError> {
        if master.key_check() != self.check {
            return Err(SlotError::WrongMasterKey);
        }
        let slot = seal(kind, params, secret, master, &self.check)?;
        match self.slots.iter_mut().find(|s| s.kind == kind) {
            Some(old) => *old = slot,
            None => self.slots.push(slot),
        }
        Ok(())
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + SLOT_LEN * self.slots.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(self.slots.len() as u8);
        out.extend_from_slice(&[0; 5]);
        out.extend_from_slice(&self.check.0);
        for s in &self.slots {
            out.extend_from_slice(&s.head());
            out.extend_from_slice(&s.wrapped);
        }
        out
    }

    /// Parses a slot file's bytes, strictly: every field is checked and an
    /// error names the first bad one and its offset. What parses writes
    /// back ([`SlotFile::to_bytes`]) to the same bytes.
    pub fn parse(bytes: &[u8]) -> Result<SlotFile, SlotError> {
        Self::parse_named(bytes, "(bytes)")
    }

    fn parse_named(b: &[u8], file: &str) -> Result<SlotFile, SlotError> {
        let err = |field: &'static str, offset: usize, problem: String| SlotError::Format {
            file: file.to_owned(),
            field,
            offset,
            problem,
        };
        if b.len() < HEADER_LEN {
            return Err(err("header", 0, format!("the file is {} bytes, shorter than its 48-byte header", b.len())));
        }
        if b[..8] != MAGIC {
            return Err(err("magic", 0, "not a vilab key slot file (magic is not \"VLABKEYS\")".to_owned()));
        }
        let version = u16::from_le_bytes([b[8], b[9]]);
        if version != VERSION {
            return Err(err("version", 8, format!("version {version}; this vilab reads version {VERSION}")));
        }
        let n = usize::from(b[10]);
        if n == 0 || n > MAX_SLOTS {
            return Err(err("number of slots", 10, format!("{n}; expected 1 to {MAX_SLOTS}")));
        }
        if let Some(i) = b[11..16].iter().position(|&x| x != 0) {
            return Err(err("reserved", 11 + i, format!("{:#04x}; expected 0", b[11 + i])));
        }
        let expected = HEADER_LEN + n * SLOT_LEN;
        if b.len() != expected {
            return Err(err(
                "file length",
                b.len().min(expected),
                format!("the file is {} bytes; {n} slots make {expected}", b.len()),
            ));
        }
        let mut check = [0u8; 32];
        check.copy_from_slice(&b[16..48]);
        let mut slots: Vec<Slot> = Vec::with_capacity(n);
        for i in 0..n {
            let at = HEADER_LEN + i * SLOT_LEN;
            let s = &b[at..at + SLOT_LEN];
            let kind = match s[0] {
                1 => SlotKind::Passphrase,
                2 => SlotKind::RecoveryKey,
                k => return Err(err("slot kind", at, format!("{k}; expected 1 (passphrase) or 2 (recovery key)"))),
            };
            if slots.iter().any(|o| o.kind == kind) {
                return Err(err("slot kind", at, format!("a second {kind:?} slot")));
            }
            if s[1] != KDF_ARGON2ID {
                return Err(err("key derivation", at + 1, format!("{}; expected 1 (argon2id)", s[1])));
            }
            if let Some(j) = s[2..4].iter().position(|&x| x != 0) {
                return Err(err("slot reserved", at + 2 + j, format!("{:#04x}; expected 0", s[2 + j])));
            }
            let word = |o: usize| u32::from_le_bytes([s[o], s[o + 1], s[o + 2], s[o + 3]]);
            let params = KdfParams::bounded(word(4), word(8), word(12)).map_err(|(field, value, bound)| {
                let offset = at
                    + match field {
                        "memory (KiB)" => 4,
                        "passes" => 8,
                        _ => 12,
                    };
                err("argon2id parameters", offset, format!("{field} {value} is out of range ({bound})"))
            })?;
            let mut slot = Slot { kind, params, salt: [0; 32], nonce: [0; 24], wrapped: [0; KEY_LEN + 16] };
            slot.salt.copy_from_slice(&s[16..48]);
            slot.nonce.copy_from_slice(&s[48..72]);
            slot.wrapped.copy_from_slice(&s[72..120]);
            slots.push(slot);
        }
        Ok(SlotFile { check: KeyCheck(check), slots })
    }

    /// Reads and parses the slot file at `path`.
    pub fn read(path: &Path) -> Result<SlotFile, SlotError> {
        let bytes = fs::read(path).map_err(|source| SlotError::Io { path: path.to_owned(), source })?;
        Self::parse_named(&bytes, &path.display().to_string())
    }

    /// Writes the file to `path` atomically: a new temporary file beside
    /// it (mode 0600 on Unix), written and fsynced, renamed over `path`, and the folder
    /// fsynced; so `path` holds the old slots or the new ones, never a mix,
    /// even after a crash. A failed write leaves `path` as it was (and
    /// removes the temporary file).
    pub fn write_atomic(&self, path: &Path) -> Result<(), SlotError> {
        let io = |p: &Path| {
            let p = p.to_owned();
            move |source| SlotError::Io { path: p, source }
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name().ok_or_else(|| SlotError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        })?;
        let mut suffix = [0u8; 8];
        crate::random_bytes(&mut suffix)?;
        let tmp = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), hex::encode(suffix)));
        let written = (|| {
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            // A lab's files are 0600 whatever the umask (ARCHITECTURE.md);
            // the rename keeps the mode.
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut f = options.open(&tmp).map_err(io(&tmp))?;
            f.write_all(&self.to_bytes()).map_err(io(&tmp))?;
            f.sync_all().map_err(io(&tmp))?;
            fs::rename(&tmp, path).map_err(io(path))
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        File::open(&dir).and_then(|d| d.sync_all()).map_err(io(&dir))
    }
}

/// A passphrase's bytes; an empty one is refused.
fn passphrase_bytes(p: &SecretString) -> Result<&[u8], SlotError> {
    let bytes = p.expose_secret().as_bytes();
    if bytes.is_empty() {
        return Err(SlotError::EmptyPassphrase);
    }
    Ok(bytes)
}

/// A new slot of `kind` wrapping `master` under `secret`.
fn seal(
    kind: SlotKind,
    params: KdfParams,
    secret: &[u8],
    master: &MasterKey,
    check: &KeyCheck,
) -> Result<Slot, SlotError> {
    let mut slot = Slot { kind, params, salt: [0; 32], nonce: [0; 24], wrapped: [0; KEY_LEN + 16] };
    crate::random_bytes(&mut slot.salt)?;
    crate::random_bytes(&mut slot.nonce)?;
    let kek = params.derive(secret, &slot.salt)?;
    let mut key = Zeroizing::new(*master.expose());
    let tag = XChaCha20Poly1305::new(&(*kek).into())
        .encrypt_inout_detached(&slot.nonce.into(), &slot_aad(check, &slot.head()), key.as_mut_slice().into())
        .expect("a 32-byte message is within XChaCha20-Poly1305's limits");
    slot.wrapped[..KEY_LEN].copy_from_slice(key.as_ref());
    slot.wrapped[KEY_LEN..].copy_from_slice(&tag);
    Ok(slot)
}

#[cfg(test)]
mod tests;
