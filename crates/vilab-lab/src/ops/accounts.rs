//! Accounts: create, list, disable and enable, roles, passwords, and case
//! membership.

use serde::Serialize;
use serde_json::json;
use vilab_store::{Account, NewAccount, Role};

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Permit, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// An account as outputs show it (never its password hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountView {
    /// User name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// When it was created (Unix seconds, UTC).
    pub created_at: i64,
    /// When it was disabled, if it is.
    pub disabled_at: Option<i64>,
    /// The names of the cases it is a member of.
    pub cases: Vec<String>,
}
shape!(AccountView, "vilab.account/1");

/// Every account.
#[derive(Clone, Debug, Serialize)]
pub struct AccountList {
    /// By user name.
    pub accounts: Vec<AccountView>,
}
shape!(AccountList, "vilab.account-list/1");

/// An account to create.
#[derive(Clone)]
pub struct NewUser<'a> {
    /// User name.
    pub username: &'a str,
    /// Role.
    pub role: Role,
    /// Password in clear (hashed with argon2id before it is stored).
    pub password: &'a str,
    /// Cases to make it a member of.
    pub cases: &'a [String],
}

fn view(permit: &Permit<'_>, account: &Account) -> Result<AccountView> {
    let mut cases = Vec::new();
    for id in permit.store().account_cases(account.id).map_err(store)? {
        if let Some(case) = permit.store().case_by_id(id).map_err(store)? {
            cases.push(case.name);
        }
    }
    Ok(AccountView {
        username: account.username.clone(),
        role: account.role,
        created_at: account.created_at,
        disabled_at: account.disabled_at,
        cases,
    })
}

fn account(permit: &Permit<'_>, username: &str) -> Result<Account> {
    permit
        .store()
        .account_by_name(username)
        .map_err(store)?
        .ok_or_else(|| AppError::new(Code::AccountNotFound).with("user", username))
}

fn case_id(permit: &Permit<'_>, name: &str) -> Result<vilab_store::CaseId> {
    Ok(permit
        .store()
        .case_by_name(name)
        .map_err(store)?
        .ok_or_else(|| AppError::new(Code::CaseNotFound).with("case", name))?
        .id)
}

/// Refuses to leave the lab without an enabled administrator.
fn keep_an_admin(permit: &Permit<'_>, changed: &Account) -> Result<()> {
    if changed.role != Role::Admin || changed.disabled_at.is_some() {
        return Ok(());
    }
    let others = permit
        .store()
        .list_accounts()
        .map_err(store)?
        .into_iter()
        .filter(|a| a.id != changed.id && a.role == Role::Admin && a.disabled_at.is_none())
        .count();
    if others == 0 {
        return Err(AppError::new(Code::LastAdministrator).with("user", changed.username.as_str()));
    }
    Ok(())
}

impl Session<'_> {
    /// Creates an account, member of `cases`.
    pub fn add_user(&self, new: &NewUser<'_>) -> Result<AccountView> {
        let target = Target::Named { kind: "account", name: new.username };
        self.act(Action::AccountCreate, target, |permit| {
            let ids = new.cases.iter().map(|c| case_id(permit, c)).collect::<Result<Vec<_>>>()?;
            let made = permit
                .store()
                .create_account(&NewAccount {
                    username: new.username.to_string(),
                    password: new.password.to_string(),
                    role: new.role,
                })
                .map_err(store)?;
            for id in ids {
                permit.store().add_case_member(made.id, id, permit.now()).map_err(store)?;
            }
            let shown = view(permit, &made)?;
            let details = json!({ "role": made.role.as_str(), "cases": shown.cases });
            Ok(Done::new(shown, details))
        })
    }

    /// Every account.
    pub fn list_users(&self) -> Result<AccountList> {
        self.act(Action::AccountList, Target::Lab, |permit| {
            let accounts = permit
                .store()
                .list_accounts()
                .map_err(store)?
                .iter()
                .map(|a| view(permit, a))
                .collect::<Result<Vec<_>>>()?;
            Ok(Done::plain(AccountList { accounts }))
        })
    }

    /// Disables an account: it can no longer log in and its sessions end.
    pub fn disable_user(&self, username: &str) -> Result<AccountView> {
        self.act(Action::AccountDisable, Target::Named { kind: "account", name: username }, |permit| {
            let found = account(permit, username)?;
            keep_an_admin(permit, &found)?;
            permit.store().set_account_disabled(found.id, Some(permit.now())).map_err(store)?;
            let after = account(permit, username)?;
            Ok(Done::plain(view(permit, &after)?))
        })
    }

    /// Enables a disabled account.
    pub fn enable_user(&self, username: &str) -> Result<AccountView> {
        self.act(Action::AccountEnable, Target::Named { kind: "account", name: username }, |permit| {
            let found = account(permit, username)?;
            permit.store().set_account_disabled(found.id, None).map_err(store)?;
            let after = account(permit, username)?;
            Ok(Done::plain(view(permit, &after)?))
        })
    }

    /// Gives an account another role; the change counts from its next call.
    pub fn set_role(&self, username: &str, role: Role) -> Result<AccountView> {
        self.act(Action::AccountSetRole, Target::Named { kind: "account", name: username }, |permit| {
            let found = account(permit, username)?;
            if role != Role::Admin {
                keep_an_admin(permit, &found)?;
            }
            permit.store().set_account_role(found.id, role).map_err(store)?;
            let after = account(permit, username)?;
            let details = json!({ "from": found.role.as_str(), "to": role.as_str() });
            Ok(Done::new(view(permit, &after)?, details))
        })
    }

    /// Sets another account's password (an administrator's reset); its
    /// sessions end.
    pub fn set_password(&self, username: &str, password: &str) -> Result<AccountView> {
        self.act(Action::AccountSetPassword, Target::Named { kind: "account", name: username }, |permit| {
            let found = account(permit, username)?;
            permit.store().set_password(found.id, password).map_err(store)?;
            permit.store().revoke_account_sessions(found.id, permit.now()).map_err(store)?;
            Ok(Done::plain(view(permit, &found)?))
        })
    }

    /// Changes the actor's own password. The current one must be given, and
    /// is checked as a log-in is (throttle, audit). Every session of the
    /// account ends, this one too: log in again with the new password.
    pub fn change_own_password(&self, current: &str, new: &str) -> Result<AccountView> {
        let actor = self.actor();
        let target = Target::Named { kind: "account", name: &actor.username };
        self.act(Action::AccountChangeOwnPassword, target, |permit| {
            self.recheck_password(current)?;
            permit.store().set_password(actor.account, new).map_err(store)?;
            let ended = permit.store().revoke_account_sessions(actor.account, permit.now()).map_err(store)?;
            let changed = account(permit, &actor.username)?;
            Ok(Done::new(view(permit, &changed)?, json!({ "sessions_ended": ended })))
        })
    }

    /// Makes an account a member of a case.
    pub fn add_membership(&self, username: &str, case: &str) -> Result<AccountView> {
        self.act(Action::MembershipAdd, Target::Case(case), |permit| {
            let found = account(permit, username)?;
            let added = permit.store().add_case_member(found.id, permit.case().id, permit.now()).map_err(store)?;
            let details = json!({ "account": found.username, "added": added });
            Ok(Done::new(view(permit, &found)?, details))
        })
    }

    /// Ends an account's membership of a case.
    pub fn remove_membership(&self, username: &str, case: &str) -> Result<AccountView> {
        self.act(Action::MembershipRemove, Target::Case(case), |permit| {
            let found = account(permit, username)?;
            let removed = permit.store().remove_case_member(found.id, permit.case().id).map_err(store)?;
            let details = json!({ "account": found.username, "removed": removed });
            Ok(Done::new(view(permit, &found)?, details))
        })
    }
}
