//! Who makes a call: an authenticated account with its role and case
//! memberships, read from the lab when the call's session was checked, so
//! that a role change, a membership change or a disabled account counts
//! from the next call on.

use std::collections::BTreeSet;

use vilab_store::{AccountId, CaseId, Role, SessionId};

/// An authenticated account, as the permission check sees it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Actor {
    /// The account.
    pub account: AccountId,
    /// Its user name.
    pub username: String,
    /// Its role.
    pub role: Role,
    /// The cases it was a member of when the session was checked (the
    /// permission check reads them again at every call).
    pub cases: BTreeSet<CaseId>,
    /// The session it came with (`None` for a one-shot log-in).
    pub session: Option<SessionId>,
    /// Where the call comes from ("cli uid=1000", an address).
    pub source: String,
}

impl Actor {
    /// Whether the account is a member of `case`.
    pub fn is_member(&self, case: CaseId) -> bool {
        self.cases.contains(&case)
    }
}
