//! Reading the audit log: which records a query selects. The records
//! themselves are `vilab_core::audit`'s, so that the store and the chain
//! check share one type.

use serde::{Deserialize, Serialize};
use vilab_core::audit::AuditEntry;

use crate::{Result, StoreError};

/// One page of the audit log, filtered; records come in seq order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    /// Only records of this user name (ignoring ASCII case, as user names
    /// are unique).
    pub actor: Option<String>,
    /// Only this action: an exact code ("media.view"), or a prefix ending
    /// in '.' ("media.") for every action under it.
    pub action: Option<String>,
    /// Only records about this case.
    pub case_id: Option<i64>,
    /// Only records at or after this time (Unix seconds).
    pub since: Option<i64>,
    /// Only records after this seq: the last seq of the previous page.
    pub after_seq: Option<u64>,
    /// Page size.
    pub limit: u32,
}

impl Default for AuditQuery {
    fn default() -> Self {
        AuditQuery { actor: None, action: None, case_id: None, since: None, after_seq: None, limit: 100 }
    }
}

impl AuditQuery {
    /// The action filter as a half-open range of codes, for a prefix
    /// ("media." gives "media." up to "media/", '/' following '.'), or
    /// `None` for an exact code or no filter.
    pub(crate) fn action_range(&self) -> Option<(String, String)> {
        let prefix = self.action.as_deref()?.strip_suffix('.')?;
        Some((format!("{prefix}."), format!("{prefix}/")))
    }
}

/// Whether `entry` can be recorded: what [`AuditEntry::check`] asks, and
/// `details` the text of a JSON object (checked here, where a JSON parser
/// is at hand; the core parses none).
pub(crate) fn validate_audit_entry(entry: &AuditEntry) -> Result<()> {
    entry.check().map_err(|e| StoreError::invalid("audit entry", e.to_string()))?;
    // Parsed for validity only; a value that starts with '{' is an object.
    let is_object = serde_json::from_str::<serde::de::IgnoredAny>(&entry.details).is_ok()
        && entry.details.trim_start().starts_with('{');
    if !is_object {
        return Err(StoreError::invalid("audit entry details", "not the text of a JSON object"));
    }
    Ok(())
}
