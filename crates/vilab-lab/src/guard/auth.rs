//! Log-in, sessions and the throttle of failed log-ins.
//!
//! - A password log-in checks the throttle first, then the password
//!   (argon2id; an unknown user verifies a decoy hash, so it takes as
//!   long), and answers `login_failed` alike for an unknown user, a wrong
//!   password and a disabled account: nobody learns which accounts exist.
//! - Failures count per account name (known or not) and per source; after
//!   [`FREE_FAILURES_PER_ACCOUNT`] (or [`FREE_FAILURES_PER_SOURCE`])
//!   consecutive failures, the next try must wait 1 s, then 2, 4, ... up to
//!   [`MAX_WAIT_SECONDS`] ([`throttle_wait`]). A refused try is audited but
//!   not counted, so that nobody can lock an account out for good by
//!   trying on. A success clears both counters.
//! - A session is 256 random bits given once to the client ([`NewToken`]);
//!   the lab keeps only their SHA-256, with an expiry, and a revocation
//!   (log-out, or the account disabled).

use std::collections::BTreeSet;

use serde_json::json;
use sha2::Digest as _;
use vilab_core::audit::AuditOutcome;
use vilab_store::model::NewSession;
use vilab_store::{Account, SessionId};

use super::audit::{Who, append};
use super::{Lab, Session};
use crate::actor::Actor;
use crate::error::{AppError, Code, Result};

/// How long a session lasts unless told otherwise: a working day.
pub const DEFAULT_SESSION_SECONDS: i64 = 12 * 3600;
/// Consecutive failures for one account name before the waits begin.
pub const FREE_FAILURES_PER_ACCOUNT: u32 = 3;
/// Consecutive failures from one source before the waits begin (higher:
/// several people may share a machine).
pub const FREE_FAILURES_PER_SOURCE: u32 = 10;
/// The longest wait.
pub const MAX_WAIT_SECONDS: i64 = 15 * 60;

/// Seconds to wait after the last of `failures` consecutive failures, when
/// `free` of them are allowed without a wait: 0, then 1, 2, 4, ... capped.
pub fn throttle_wait(failures: u32, free: u32) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(20);
    (1i64 << doublings).min(MAX_WAIT_SECONDS)
}

/// A new session's token, to give to the client once.
pub struct NewToken {
    /// 64 hex digits (256 random bits).
    pub token: String,
    /// When it expires (Unix seconds).
    pub expires_at: i64,
}

impl std::fmt::Debug for NewToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewToken").field("token", &"<secret>").field("expires_at", &self.expires_at).finish()
    }
}

/// A session slot [`Session::keep_unlocked`] made: its id and the secret
/// that opens it (never shown by `Debug`).
#[derive(Debug)]
pub struct KeptUnlocked {
    /// The slot's id.
    pub id: String,
    /// Its secret.
    pub secret: vilab_store::vilab_crypt::SessionSecret,
}

fn throttle_keys(username: &str, source: &str) -> [String; 2] {
    [format!("account:{}", username.to_ascii_lowercase()), format!("source:{source}")]
}

fn token_hash(token: &str) -> [u8; 32] {
    sha2::Sha256::digest(token.as_bytes()).into()
}

impl Lab {
    /// Logs `username` in with `password` from `source` and opens a session
    /// of `seconds` (the token is given once; the lab keeps its hash).
    pub fn login(&self, username: &str, password: &str, source: &str, seconds: i64) -> Result<(Session<'_>, NewToken)> {
        let account = self.check_password(username, password, source)?;
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| AppError::new(Code::Internal).detail(e))?;
        let token = hex::encode(bytes);
        let now = self.now();
        let expires_at = now.saturating_add(seconds.max(1));
        let new = NewSession {
            token_sha256: token_hash(&token),
            account: account.id,
            created_at: now,
            expires_at,
            source: source.to_string(),
        };
        let id = self.store().open_session(&new).map_err(crate::error_map::store)?;
        let actor = self.actor_of(&account, Some(id), source)?;
        self.logged_in(&actor, json!({ "session": id.0, "expires_at": expires_at }))?;
        Ok((Session { lab: self, actor }, NewToken { token, expires_at }))
    }

    /// Authenticates `username` with `password` for this call only, without
    /// a session (a script, or a command given `--user`).
    pub fn authenticate(&self, username: &str, password: &str, source: &str) -> Result<Session<'_>> {
        let account = self.check_password(username, password, source)?;
        let actor = self.actor_of(&account, None, source)?;
        self.logged_in(&actor, json!({ "session": null }))?;
        Ok(Session { lab: self, actor })
    }

    /// The session of `token`, if it is open: not expired, not revoked, and
    /// its account enabled.
    pub fn resume(&self, token: &str, source: &str) -> Result<Session<'_>> {
        let now = self.now();
        let ended = |why: &str| {
            let who = Who { id: None, name: "", source };
            append(
                self,
                &who,
                "session.resume",
                ("session", ""),
                None,
                AuditOutcome::Failed,
                &json!({ "error": Code::SessionEnded.as_str(), "why": why }),
            )?;
            Err(AppError::new(Code::SessionEnded))
        };
        let Some(row) = self.store().session_by_token(&token_hash(token.trim())).map_err(crate::error_map::store)?
        else {
            return ended("unknown");
        };
        if row.revoked_at.is_some() {
            return ended("revoked");
        }
        if now >= row.expires_at {
            return ended("expired");
        }
        let account = self.store().account_by_id(row.account).map_err(crate::error_map::store)?;
        let Some(account) = account.filter(|a| a.disabled_at.is_none()) else {
            return ended("account disabled");
        };
        self.store().touch_session(row.id, now).map_err(crate::error_map::store)?;
        let actor = self.actor_of(&account, Some(row.id), source)?;
        Ok(Session { lab: self, actor })
    }

    /// The audit record of a successful log-in.
    fn logged_in(&self, actor: &Actor, details: serde_json::Value) -> Result<()> {
        let resource = ("account", actor.username.as_str());
        append(self, &Who::actor(actor), "session.login", resource, None, AuditOutcome::Allowed, &details)
    }

    /// The throttle, then the password. Every outcome is audited.
    fn check_password(&self, username: &str, password: &str, source: &str) -> Result<Account> {
        let now = self.now();
        let keys = throttle_keys(username, source);
        let who = Who { id: None, name: username, source };
        let counted = self.store().login_failures(&keys).map_err(crate::error_map::store)?;
        let retry_at = counted
            .iter()
            .map(|f| {
                let free =
                    if f.key.starts_with("account:") { FREE_FAILURES_PER_ACCOUNT } else { FREE_FAILURES_PER_SOURCE };
                f.last_failure_at + throttle_wait(f.failures, free)
            })
            .max();
        if let Some(retry_at) = retry_at.filter(|t| *t > now) {
            let seconds = retry_at - now;
            let details = json!({ "error": Code::LoginThrottled.as_str(), "retry_after": seconds });
            append(self, &who, "session.login", ("account", username), None, AuditOutcome::Denied, &details)?;
            return Err(AppError::new(Code::LoginThrottled).with("seconds", seconds));
        }
        let found = self.store().check_password(username, password).map_err(crate::error_map::store)?;
        match found {
            Some(account) if account.disabled_at.is_none() => {
                self.store().clear_login_failures(&keys).map_err(crate::error_map::store)?;
                Ok(account)
            }
            found => {
                self.store().record_login_failure(&keys, now).map_err(crate::error_map::store)?;
                // The audit log may say why; the caller may not.
                let why = if found.is_some() { "account disabled" } else { "unknown user or wrong password" };
                let details = json!({ "error": Code::LoginFailed.as_str(), "why": why });
                append(self, &who, "session.login", ("account", username), None, AuditOutcome::Failed, &details)?;
                Err(AppError::new(Code::LoginFailed))
            }
        }
    }

    fn actor_of(&self, account: &Account, session: Option<SessionId>, source: &str) -> Result<Actor> {
        let cases: BTreeSet<_> =
            self.store().account_cases(account.id).map_err(crate::error_map::store)?.into_iter().collect();
        Ok(Actor {
            account: account.id,
            username: account.username.clone(),
            role: account.role,
            cases,
            session,
            source: source.to_string(),
        })
    }
}

impl Session<'_> {
    /// Checks the actor's password again, as a log-in would (throttle and
    /// audit included): for changes that ask for it.
    pub(crate) fn recheck_password(&self, password: &str) -> Result<()> {
        let account = self.lab.check_password(&self.actor.username, password, &self.actor.source)?;
        if account.id != self.actor.account {
            return Err(AppError::new(Code::LoginFailed));
        }
        Ok(())
    }

    /// Keeps this encrypted lab unlocked for the rest of this session: a
    /// session slot (`unlock/<id>` in the lab directory) wraps the master
    /// key under a new random secret until `expires_at` (the session's
    /// end, which the log-in gave); the caller keeps the secret on a memory file
    /// system and forgets both at logout ([`Lab::forget_unlock`]). Slots
    /// whose time is over are removed on the way. A plain lab: `None`.
    pub fn keep_unlocked(&self, expires_at: i64) -> Result<Option<KeptUnlocked>> {
        if self.actor.session.is_none() {
            return Err(AppError::invalid("session", "only a logged-in session keeps the lab unlocked"));
        }
        let now = self.lab.now();
        let dir = self.lab.dir();
        // Best effort: a slot that cannot be removed now is removed later.
        let _ = vilab_store::Lab::prune_unlock_sessions(dir, now);
        let Some((id, secret)) = self.lab.inner.keep_unlocked(expires_at).map_err(crate::error_map::store)? else {
            return Ok(None);
        };
        append(
            self.lab,
            &Who::actor(&self.actor),
            "session.keep_unlocked",
            ("account", &self.actor.username),
            None,
            AuditOutcome::Allowed,
            &json!({ "session": self.actor.session.map(|s| s.0), "slot": id, "expires_at": expires_at }),
        )?;
        Ok(Some(KeptUnlocked { id, secret }))
    }

    /// Ends this session (revokes its token). A one-shot session has
    /// nothing to end.
    pub fn logout(self) -> Result<bool> {
        let Some(id) = self.actor.session else { return Ok(false) };
        let revoked = self.lab.store().revoke_session(id, self.lab.now()).map_err(crate::error_map::store)?;
        append(
            self.lab,
            &Who::actor(&self.actor),
            "session.logout",
            ("account", &self.actor.username),
            None,
            AuditOutcome::Allowed,
            &json!({ "session": id.0 }),
        )?;
        Ok(revoked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_from_the_first_counted_failure_and_stop_at_the_cap() {
        let waits: Vec<i64> = (0..8).map(|n| throttle_wait(n, 3)).collect();
        assert_eq!(waits, vec![0, 0, 0, 1, 2, 4, 8, 16]);
        assert_eq!(throttle_wait(40, 3), MAX_WAIT_SECONDS);
        assert_eq!(throttle_wait(u32::MAX, 3), MAX_WAIT_SECONDS);
    }
}
