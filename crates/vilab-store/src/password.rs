//! Password hashing: argon2id with the crate's default parameters (the
//! OWASP minimum: 19 MiB, 2 passes), stored as a PHC string so that stronger
//! parameters can be adopted later without invalidating old hashes.

use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{Error as HashError, PasswordHasher, PasswordVerifier};

use crate::{Result, StoreError};

/// The PHC string of `password` with a fresh random salt.
pub(crate) fn hash(username: &str, password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Password { username: username.to_string(), reason: e.to_string() })
}

/// A hash of a random password, verified against when the account does not
/// exist, so that a wrong user name takes as long as a wrong password.
fn decoy() -> Option<&'static str> {
    static DECOY: OnceLock<Option<String>> = OnceLock::new();
    DECOY
        .get_or_init(|| {
            let secret = crate::random::random_hex(16).ok()?;
            hash("decoy", &secret).ok()
        })
        .as_deref()
}

/// Whether `password` matches the stored PHC string; `stored` is `None`
/// for an unknown account.
pub(crate) fn verify(username: &str, password: &str, stored: Option<&str>) -> Result<bool> {
    let Some(stored) = stored else {
        if let Some(decoy) = decoy() {
            let _ = check(username, password, decoy);
        }
        return Ok(false);
    };
    check(username, password, stored)
}

fn check(username: &str, password: &str, phc: &str) -> Result<bool> {
    let bad =
        |e: &dyn std::fmt::Display| StoreError::Password { username: username.to_string(), reason: e.to_string() };
    let parsed = PasswordHash::new(phc).map_err(|e| bad(&e))?;
    match Argon2::default().verify_password(password.as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(HashError::PasswordInvalid) => Ok(false),
        Err(e) => Err(bad(&e)),
    }
}
