//! Lab accounts: who may log in, with which role.

use serde::{Deserialize, Serialize};

use crate::{AccountId, Result, SessionId, StoreError};

/// What an account may do. Stored as its lowercase name; the set can grow
/// without a schema change. What each role may do is the application
/// layer's permission table, not the store's concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Lab administrator: accounts, memberships, integrity checks.
    Admin,
    /// Certified victim-identification specialist: ingest, review,
    /// categorise, on the cases they are members of.
    Analyst,
    /// Investigator or prosecutor: reads the cases they are members of.
    Investigator,
    /// Trainer: builds trainings from sanitised material.
    Trainer,
    /// Trainee: sanitised galleries and exercises only.
    Trainee,
    /// A partner agency's user: what is shared with partners only.
    Partner,
    /// Auditor: the audit log and integrity checks, no evidence.
    Auditor,
    /// The public (issue 20): approved public crops of object regions only.
    Public,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 8] = [
        Role::Admin,
        Role::Analyst,
        Role::Investigator,
        Role::Trainer,
        Role::Trainee,
        Role::Partner,
        Role::Auditor,
        Role::Public,
    ];

    /// Stable lowercase name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
            Role::Investigator => "investigator",
            Role::Trainer => "trainer",
            Role::Trainee => "trainee",
            Role::Partner => "partner",
            Role::Auditor => "auditor",
            Role::Public => "public",
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
    /// When it was disabled; `None` while it may log in.
    pub disabled_at: Option<i64>,
}

/// A log-in session as stored: the SHA-256 of its token, never the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// Row id.
    pub id: SessionId,
    /// The account it logs in.
    pub account: AccountId,
    /// When it was opened (Unix seconds).
    pub created_at: i64,
    /// When it stops being accepted.
    pub expires_at: i64,
    /// When it was last used.
    pub last_seen_at: i64,
    /// When it was revoked (log-out, account disabled), if it was.
    pub revoked_at: Option<i64>,
    /// Where it was opened from.
    pub source: String,
}

/// A session to open: the caller makes the token and gives its SHA-256.
#[derive(Clone, Debug)]
pub struct NewSession {
    /// SHA-256 of the token given to the client.
    pub token_sha256: [u8; 32],
    /// The account.
    pub account: AccountId,
    /// Now (Unix seconds).
    pub created_at: i64,
    /// When it expires.
    pub expires_at: i64,
    /// Where it is opened from ("cli uid=1000", an address).
    pub source: String,
}

/// The failed log-ins counted against one key of the throttle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginFailures {
    /// `account:<name>` or `source:<where from>`.
    pub key: String,
    /// Consecutive failures since the last success.
    pub failures: u32,
    /// When the last one happened (Unix seconds).
    pub last_failure_at: i64,
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
