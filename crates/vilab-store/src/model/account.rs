//! Lab accounts: who may log in, with which role.

use serde::{Deserialize, Serialize};

use crate::{AccountId, Result, StoreError};

/// What an account may do. Stored as its lowercase name; the set can grow
/// without a schema change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Lab administrator: accounts, integrity checks, backups.
    Admin,
    /// Victim-identification specialist: ingest, review, categorise.
    Analyst,
    /// Investigator or prosecutor: case view and reports.
    Investigator,
    /// Trainee: sanitised galleries only.
    Trainee,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Analyst, Role::Investigator, Role::Trainee];

    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
            Role::Investigator => "investigator",
            Role::Trainee => "trainee",
        }
    }

    /// Inverse of [`Role::as_str`].
    pub fn parse(text: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// An account to create. The password is hashed (argon2id) before it is
/// stored and never kept.
#[derive(Clone)]
pub struct NewAccount {
    /// Login name: 1 to 64 characters, no spaces or control characters;
    /// unique without regard to ASCII case.
    pub username: String,
    /// Password in clear: at least 8 characters.
    pub password: String,
    /// Role.
    pub role: Role,
}

impl std::fmt::Debug for NewAccount {
    // Never print the password, even in a debug log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewAccount")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("role", &self.role)
            .finish()
    }
}

/// A stored account (without its password hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// Row id.
    pub id: AccountId,
    /// Login name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// When it was created, seconds since the Unix epoch (UTC).
    pub created_at: i64,
}

/// Checks a user name before anything is written.
pub(crate) fn validate_username(username: &str) -> Result<()> {
    let n = username.chars().count();
    if n == 0 || n > 64 {
        return Err(StoreError::invalid("username", format!("'{username}' must have 1 to 64 characters")));
    }
    if username.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(StoreError::invalid(
            "username",
            format!("{username:?} must not contain spaces or control characters"),
        ));
    }
    Ok(())
}

/// Minimum password length, in characters.
const MIN_PASSWORD_CHARS: usize = 8;

/// Checks a password before it is hashed.
pub(crate) fn validate_password(username: &str, password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(StoreError::invalid(
            "password",
            format!("the password of '{username}' must have at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    Ok(())
}
