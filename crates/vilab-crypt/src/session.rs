//! Session unlock: the master key wrapped under a random 256-bit secret, so
//! that a user who logged in runs commands without typing the passphrase
//! again, while neither half alone opens the lab. The wrapped key (a
//! "session slot", this module's format) lies in the lab directory; the
//! secret lies only in a file on a memory file system of the user's
//! (`$XDG_RUNTIME_DIR`), which a power-off erases. Logout removes both;
//! past its expiry a slot no longer opens, and is removed when found.
//!
//! # Why a random secret and no argon2id
//!
//! The secret is 256 uniformly random bits, not a passphrase: there is
//! nothing to stretch, and an unlock must stay instant for every command.
//!
//! # Layout, version 1 (128 bytes, integers little-endian)
//!
//! | offset | length | field |
//! |-------:|-------:|-------|
//! | 0   | 8  | magic `VLABSESS` |
//! | 8   | 2  | version, 1 |
//! | 10  | 6  | reserved, zero |
//! | 16  | 8  | expires at, Unix seconds (signed) |
//! | 24  | 32 | the lab's key check (as in the key-slot file) |
//! | 56  | 24 | XChaCha20-Poly1305 nonce, random |
//! | 80  | 32 | the master key, encrypted under the secret |
//! | 112 | 16 | its tag |
//!
//! The associated data is bytes 0..80: moving the expiry later, or taking
//! the slot to another lab, makes it fail to open as a wrong secret does.

use chacha20poly1305::{AeadInOut, KeyInit, Tag, XChaCha20Poly1305};
use secrecy::{ExposeSecret, SecretBox};
use zeroize::Zeroizing;

use crate::RandomError;
use crate::keys::{KEY_LEN, KeyCheck, MasterKey};

/// The session slot's magic bytes.
pub const SESSION_MAGIC: [u8; 8] = *b"VLABSESS";
/// The format version written and read.
pub const SESSION_VERSION: u16 = 1;
/// A session slot's length.
pub const SESSION_SLOT_LEN: usize = 128;
/// The authenticated head's length.
const HEAD_LEN: usize = 80;
/// A session secret's length in bytes.
pub const SESSION_SECRET_LEN: usize = 32;

/// Why a session slot did not open.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The bytes break the format.
    #[error("session slot: {field} at byte {offset}: {problem}")]
    Format {
        /// The field.
        field: &'static str,
        /// Its offset.
        offset: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// The slot's time is over.
    #[error("the session's unlock ended at {expires_at} (Unix seconds)")]
    Expired {
        /// When it ended.
        expires_at: i64,
    },
    /// The secret does not open the slot, or the slot was altered.
    #[error("the session secret does not open this session slot (another session's, or altered)")]
    WrongSecret,
    /// The slot opened to a key that is not this lab's.
    #[error("the session slot holds a key that is not this lab's")]
    OtherLab,
    /// A session secret's text is not 64 hexadecimal digits.
    #[error("a session secret is 64 hexadecimal digits")]
    SecretText,
    /// No random bytes.
    #[error(transparent)]
    Random(#[from] RandomError),
}

/// The random secret that opens one session slot; zeroized when dropped,
/// never shown by `Debug`.
pub struct SessionSecret(SecretBox<[u8; SESSION_SECRET_LEN]>);

impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(<secret>)")
    }
}

impl SessionSecret {
    /// A new random secret.
    pub fn generate() -> Result<SessionSecret, RandomError> {
        let mut bytes = Box::new([0u8; SESSION_SECRET_LEN]);
        crate::random_bytes(bytes.as_mut_slice())?;
        Ok(SessionSecret(SecretBox::new(bytes)))
    }

    /// The secret as 64 lowercase hexadecimal digits, for its file.
    pub fn to_hex(&self) -> secrecy::SecretString {
        secrecy::SecretString::from(hex::encode(self.0.expose_secret()))
    }

    /// Reads the text [`SessionSecret::to_hex`] wrote (surrounding white
    /// space ignored).
    pub fn parse(text: &str) -> Result<SessionSecret, SessionError> {
        let mut bytes = Box::new([0u8; SESSION_SECRET_LEN]);
        hex::decode_to_slice(text.trim(), bytes.as_mut_slice()).map_err(|_| SessionError::SecretText)?;
        Ok(SessionSecret(SecretBox::new(bytes)))
    }
}

/// Wraps `master` under `secret` until `expires_at`.
pub fn seal_session(master: &MasterKey, secret: &SessionSecret, expires_at: i64) -> Result<Vec<u8>, SessionError> {
    let mut out = Vec::with_capacity(SESSION_SLOT_LEN);
    out.extend_from_slice(&SESSION_MAGIC);
    out.extend_from_slice(&SESSION_VERSION.to_le_bytes());
    out.extend_from_slice(&[0; 6]);
    out.extend_from_slice(&expires_at.to_le_bytes());
    out.extend_from_slice(&master.key_check().0);
    let mut nonce = [0u8; 24];
    crate::random_bytes(&mut nonce)?;
    out.extend_from_slice(&nonce);
    let mut key = Zeroizing::new(*master.expose());
    let tag = XChaCha20Poly1305::new(secret.0.expose_secret().into())
        .encrypt_inout_detached(&nonce.into(), &out[..HEAD_LEN], key.as_mut_slice().into())
        .expect("a 32-byte message is within XChaCha20-Poly1305's limits");
    out.extend_from_slice(key.as_ref());
    out.extend_from_slice(&tag);
    Ok(out)
}

/// The expiry a session slot states (unauthenticated until it opens): to
/// remove slots that are over without any secret.
pub fn session_expiry(bytes: &[u8]) -> Result<i64, SessionError> {
    check_format(bytes)?;
    Ok(i64::from_le_bytes(bytes[16..24].try_into().expect("8 bytes")))
}

fn check_format(b: &[u8]) -> Result<(), SessionError> {
    let err = |field, offset, problem: String| SessionError::Format { field, offset, problem };
    if b.len() != SESSION_SLOT_LEN {
        return Err(err("length", b.len().min(SESSION_SLOT_LEN), format!("{} bytes; a session slot is 128", b.len())));
    }
    if b[..8] != SESSION_MAGIC {
        return Err(err("magic", 0, "not a vilab session slot (magic is not \"VLABSESS\")".into()));
    }
    let version = u16::from_le_bytes([b[8], b[9]]);
    if version != SESSION_VERSION {
        return Err(err("version", 8, format!("version {version}; this vilab reads version {SESSION_VERSION}")));
    }
    if let Some(i) = b[10..16].iter().position(|&x| x != 0) {
        return Err(err("reserved", 10 + i, format!("{:#04x}; expected 0", b[10 + i])));
    }
    Ok(())
}

/// The master key from a session slot of the lab whose key check is
/// `check`, at time `now`. An expired slot is refused before any
/// decryption; an altered one fails as a wrong secret.
pub fn open_session(
    bytes: &[u8],
    secret: &SessionSecret,
    check: &KeyCheck,
    now: i64,
) -> Result<MasterKey, SessionError> {
    let expires_at = session_expiry(bytes)?;
    if now >= expires_at {
        return Err(SessionError::Expired { expires_at });
    }
    if bytes[24..56] != check.0 {
        return Err(SessionError::OtherLab);
    }
    let nonce: [u8; 24] = bytes[56..80].try_into().expect("24 bytes");
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    key.copy_from_slice(&bytes[80..80 + KEY_LEN]);
    let tag = Tag::try_from(&bytes[80 + KEY_LEN..]).expect("16 tag bytes");
    XChaCha20Poly1305::new(secret.0.expose_secret().into())
        .decrypt_inout_detached(&nonce.into(), &bytes[..HEAD_LEN], key.as_mut_slice().into(), &tag)
        .map_err(|_| SessionError::WrongSecret)?;
    let master = MasterKey::from_bytes(&key);
    if master.key_check() != *check {
        return Err(SessionError::OtherLab);
    }
    Ok(master)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab() -> (MasterKey, SessionSecret) {
        (MasterKey::generate().unwrap(), SessionSecret::generate().unwrap())
    }

    #[test]
    fn a_slot_opens_with_its_secret_until_it_expires() {
        let (master, secret) = lab();
        let slot = seal_session(&master, &secret, 1_000).unwrap();
        assert_eq!(slot.len(), SESSION_SLOT_LEN);
        let opened = open_session(&slot, &secret, &master.key_check(), 999).unwrap();
        assert_eq!(opened.key_check(), master.key_check());
        assert!(matches!(
            open_session(&slot, &secret, &master.key_check(), 1_000),
            Err(SessionError::Expired { expires_at: 1_000 })
        ));
        assert_eq!(session_expiry(&slot).unwrap(), 1_000);
    }

    #[test]
    fn another_secret_another_lab_or_any_changed_byte_is_refused() {
        let (master, secret) = lab();
        let slot = seal_session(&master, &secret, 1_000).unwrap();
        let other = SessionSecret::generate().unwrap();
        assert!(matches!(open_session(&slot, &other, &master.key_check(), 0), Err(SessionError::WrongSecret)));
        let stranger = MasterKey::generate().unwrap();
        assert!(matches!(open_session(&slot, &secret, &stranger.key_check(), 0), Err(SessionError::OtherLab)));
        for i in 0..slot.len() {
            let mut bad = slot.clone();
            bad[i] ^= 0x01;
            assert!(open_session(&bad, &secret, &master.key_check(), 0).is_err(), "byte {i} flipped still opened");
        }
    }

    #[test]
    fn a_later_expiry_written_over_the_slot_does_not_open_it() {
        let (master, secret) = lab();
        let mut slot = seal_session(&master, &secret, 1_000).unwrap();
        slot[16..24].copy_from_slice(&i64::MAX.to_le_bytes());
        assert!(matches!(open_session(&slot, &secret, &master.key_check(), 2_000), Err(SessionError::WrongSecret)));
    }

    #[test]
    fn format_errors_name_the_field() {
        let (master, secret) = lab();
        let slot = seal_session(&master, &secret, 1_000).unwrap();
        let err = session_expiry(&slot[..100]).unwrap_err().to_string();
        assert!(err.contains("length"), "{err}");
        let mut bad = slot.clone();
        bad[0] = b'X';
        assert!(session_expiry(&bad).unwrap_err().to_string().contains("magic"));
        let mut bad = slot;
        bad[12] = 1;
        assert!(session_expiry(&bad).unwrap_err().to_string().contains("reserved at byte 12"));
    }

    #[test]
    fn a_secret_round_trips_through_its_text_and_bad_text_is_refused() {
        let secret = SessionSecret::generate().unwrap();
        let text = secret.to_hex();
        let again = SessionSecret::parse(&format!("{}\n", text.expose_secret())).unwrap();
        assert_eq!(again.0.expose_secret(), secret.0.expose_secret());
        assert!(matches!(SessionSecret::parse("abc"), Err(SessionError::SecretText)));
        assert!(format!("{secret:?}").contains("<secret>"));
    }
}
