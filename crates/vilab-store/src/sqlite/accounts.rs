//! The `accounts`, `case_members`, `sessions` and `login_failures` tables.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::Ctx as _;
use super::codec::At;
use crate::model::{Account, LoginFailures, NewAccount, NewSession, Role, SessionRow};
use crate::{AccountId, CaseId, Result, SessionId, StoreError};

const ACCOUNT_COLUMNS: &str = "id, username, role, created_at, disabled_at";

fn account_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let at = At::read(row, "accounts", 0)?;
    let role: String = row.get(2)?;
    Ok(Account {
        id: AccountId(row.get(0)?),
        username: row.get(1)?,
        role: Role::parse(&role).ok_or_else(|| at.bad("role", format!("unknown role '{role}'")))?,
        created_at: row.get(3)?,
        disabled_at: row.get(4)?,
    })
}

/// Inserts an account whose password is already hashed (`phc`).
pub(super) fn insert(conn: &Connection, account: &NewAccount, phc: &str) -> Result<Account> {
    let taken: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM accounts WHERE username = ?1)", [&account.username], |r| r.get(0))
        .ctx("looking up an account")?;
    if taken {
        return Err(StoreError::AccountExists { username: account.username.clone() });
    }
    let created_at = crate::clock::now_unix();
    conn.execute(
        "INSERT INTO accounts (username, password_hash, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![account.username, phc, account.role.as_str(), created_at],
    )
    .ctx("inserting an account")?;
    Ok(Account {
        id: AccountId(conn.last_insert_rowid()),
        username: account.username.clone(),
        role: account.role,
        created_at,
        disabled_at: None,
    })
}

/// The account of `username` (ignoring ASCII case) and its PHC hash.
pub(super) fn with_password_hash(conn: &Connection, username: &str) -> Result<Option<(Account, String)>> {
    conn.query_row(
        &format!("SELECT {ACCOUNT_COLUMNS}, password_hash FROM accounts WHERE username = ?1"),
        [username],
        |r| Ok((account_row(r)?, r.get(5)?)),
    )
    .optional()
    .ctx("looking up an account")
}

/// The account of that row id.
pub(super) fn by_id(conn: &Connection, id: AccountId) -> Result<Option<Account>> {
    conn.query_row(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = ?1"), [id.0], account_row)
        .optional()
        .ctx("looking up an account")
}

/// Every account, by user name.
pub(super) fn list(conn: &Connection) -> Result<Vec<Account>> {
    let mut stmt =
        conn.prepare(&format!("SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY username")).ctx("listing accounts")?;
    let rows = stmt.query_map([], account_row).ctx("listing accounts")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing accounts")
}

/// Fails with [`StoreError::NotFound`] when no row was touched.
fn one_row(changed: usize, id: AccountId) -> Result<()> {
    if changed == 0 { Err(StoreError::NotFound { what: "account", id: id.0 }) } else { Ok(()) }
}

/// Disables (`Some(at)`) or enables (`None`) an account.
pub(super) fn set_disabled(conn: &Connection, id: AccountId, at: Option<i64>) -> Result<()> {
    let changed = conn
        .execute("UPDATE accounts SET disabled_at = ?2 WHERE id = ?1", params![id.0, at])
        .ctx("disabling or enabling an account")?;
    one_row(changed, id)
}

/// Gives an account another role.
pub(super) fn set_role(conn: &Connection, id: AccountId, role: Role) -> Result<()> {
    let changed = conn
        .execute("UPDATE accounts SET role = ?2 WHERE id = ?1", params![id.0, role.as_str()])
        .ctx("changing an account's role")?;
    one_row(changed, id)
}

/// Replaces an account's password hash.
pub(super) fn set_password_hash(conn: &Connection, id: AccountId, phc: &str) -> Result<()> {
    let changed = conn
        .execute("UPDATE accounts SET password_hash = ?2 WHERE id = ?1", params![id.0, phc])
        .ctx("changing a password")?;
    one_row(changed, id)
}

/// Makes an account a member of a case; whether it was not one already.
pub(super) fn add_member(conn: &Connection, account: AccountId, case: CaseId, at: i64) -> Result<bool> {
    let changed = conn
        .execute(
            "INSERT INTO case_members (account_id, case_id, added_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            params![account.0, case.0, at],
        )
        .ctx("adding a case member")?;
    Ok(changed == 1)
}

/// Ends an account's membership of a case; whether it was one.
pub(super) fn remove_member(conn: &Connection, account: AccountId, case: CaseId) -> Result<bool> {
    let changed = conn
        .execute("DELETE FROM case_members WHERE account_id = ?1 AND case_id = ?2", params![account.0, case.0])
        .ctx("removing a case member")?;
    Ok(changed == 1)
}

/// The cases an account is a member of, by id.
pub(super) fn cases_of(conn: &Connection, account: AccountId) -> Result<Vec<CaseId>> {
    let mut stmt = conn
        .prepare("SELECT case_id FROM case_members WHERE account_id = ?1 ORDER BY case_id")
        .ctx("listing an account's cases")?;
    let rows = stmt.query_map([account.0], |r| Ok(CaseId(r.get(0)?))).ctx("listing an account's cases")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing an account's cases")
}

/// The members of a case, by account id.
pub(super) fn members_of(conn: &Connection, case: CaseId) -> Result<Vec<AccountId>> {
    let mut stmt = conn
        .prepare("SELECT account_id FROM case_members WHERE case_id = ?1 ORDER BY account_id")
        .ctx("listing a case's members")?;
    let rows = stmt.query_map([case.0], |r| Ok(AccountId(r.get(0)?))).ctx("listing a case's members")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing a case's members")
}

/// Records a new session.
pub(super) fn open_session(conn: &Connection, new: &NewSession) -> Result<SessionId> {
    conn.execute(
        "INSERT INTO sessions (token_sha256, account_id, created_at, expires_at, last_seen_at, source) \
         VALUES (?1, ?2, ?3, ?4, ?3, ?5)",
        params![&new.token_sha256[..], new.account.0, new.created_at, new.expires_at, new.source],
    )
    .ctx("opening a session")?;
    Ok(SessionId(conn.last_insert_rowid()))
}

/// The session whose token hashes to `token_sha256`.
pub(super) fn session_by_token(conn: &Connection, token_sha256: &[u8; 32]) -> Result<Option<SessionRow>> {
    conn.query_row(
        "SELECT id, account_id, created_at, expires_at, last_seen_at, revoked_at, source FROM sessions \
         WHERE token_sha256 = ?1",
        [&token_sha256[..]],
        |r| {
            Ok(SessionRow {
                id: SessionId(r.get(0)?),
                account: AccountId(r.get(1)?),
                created_at: r.get(2)?,
                expires_at: r.get(3)?,
                last_seen_at: r.get(4)?,
                revoked_at: r.get(5)?,
                source: r.get(6)?,
            })
        },
    )
    .optional()
    .ctx("looking up a session")
}

/// Notes that a session was used at `at`.
pub(super) fn touch_session(conn: &Connection, id: SessionId, at: i64) -> Result<()> {
    conn.execute("UPDATE sessions SET last_seen_at = max(last_seen_at, ?2) WHERE id = ?1", params![id.0, at])
        .ctx("noting a session's use")?;
    Ok(())
}

/// Revokes one session; whether it was open.
pub(super) fn revoke_session(conn: &Connection, id: SessionId, at: i64) -> Result<bool> {
    let changed = conn
        .execute("UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![id.0, at])
        .ctx("revoking a session")?;
    Ok(changed == 1)
}

/// Revokes every open session of an account; how many.
pub(super) fn revoke_sessions_of(conn: &Connection, account: AccountId, at: i64) -> Result<usize> {
    conn.execute(
        "UPDATE sessions SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL",
        params![account.0, at],
    )
    .ctx("revoking an account's sessions")
}

/// The failure counters of `keys` that exist.
pub(super) fn login_failures(conn: &Connection, keys: &[String]) -> Result<Vec<LoginFailures>> {
    let mut out = Vec::new();
    let mut stmt = conn
        .prepare("SELECT key, failures, last_failure_at FROM login_failures WHERE key = ?1")
        .ctx("reading failed log-ins")?;
    for key in keys {
        let found = stmt
            .query_row([key], |r| Ok(LoginFailures { key: r.get(0)?, failures: r.get(1)?, last_failure_at: r.get(2)? }))
            .optional()
            .ctx("reading failed log-ins")?;
        out.extend(found);
    }
    Ok(out)
}

/// Counts one more failure against each key.
pub(super) fn record_login_failure(conn: &Connection, keys: &[String], at: i64) -> Result<()> {
    let mut stmt = conn
        .prepare(
            "INSERT INTO login_failures (key, failures, last_failure_at) VALUES (?1, 1, ?2) \
             ON CONFLICT (key) DO UPDATE SET failures = failures + 1, last_failure_at = ?2",
        )
        .ctx("counting a failed log-in")?;
    for key in keys {
        stmt.execute(params![key, at]).ctx("counting a failed log-in")?;
    }
    Ok(())
}

/// Forgets the failures of `keys` (after a successful log-in).
pub(super) fn clear_login_failures(conn: &Connection, keys: &[String]) -> Result<()> {
    let mut stmt = conn.prepare("DELETE FROM login_failures WHERE key = ?1").ctx("clearing failed log-ins")?;
    for key in keys {
        stmt.execute([key]).ctx("clearing failed log-ins")?;
    }
    Ok(())
}
