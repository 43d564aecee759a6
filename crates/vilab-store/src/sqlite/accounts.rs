//! The `accounts` table.

use rusqlite::{Connection, OptionalExtension, params};

use super::Ctx as _;
use super::codec::bad;
use crate::model::{Account, NewAccount, Role};
use crate::{AccountId, Result, StoreError};

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
    })
}

/// The stored PHC hash of `username`, if the account exists.
pub(super) fn password_hash(conn: &Connection, username: &str) -> Result<Option<String>> {
    conn.query_row("SELECT password_hash FROM accounts WHERE username = ?1", [username], |r| r.get(0))
        .optional()
        .ctx("looking up an account")
}

/// Every account, by user name.
pub(super) fn list(conn: &Connection) -> Result<Vec<Account>> {
    let mut stmt = conn
        .prepare("SELECT id, username, role, created_at FROM accounts ORDER BY username")
        .ctx("listing accounts")?;
    let rows = stmt
        .query_map([], |row| {
            let role: String = row.get(2)?;
            Ok(Account {
                id: AccountId(row.get(0)?),
                username: row.get(1)?,
                role: Role::parse(&role)
                    .ok_or_else(|| bad(2, rusqlite::types::Type::Text, format!("unknown role '{role}'")))?,
                created_at: row.get(3)?,
            })
        })
        .ctx("listing accounts")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing accounts")
}
