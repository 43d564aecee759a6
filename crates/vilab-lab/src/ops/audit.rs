//! The audit log: reading it and proving its chain intact.

use serde::Serialize;
use serde_json::{Value, json};
use vilab_core::audit::{AuditRecord, ChainProblem};
use vilab_store::model::AuditQuery;

use crate::Session;
use crate::error::{AppError, Code, Result};
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// Which records to list.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Only this user's.
    pub user: Option<String>,
    /// Only this action (`media.view`), or every action under a prefix
    /// (`media.`).
    pub action: Option<String>,
    /// Only records about this case (by name).
    pub case: Option<String>,
    /// Only records at or after this time (Unix seconds).
    pub since: Option<i64>,
    /// Only records after this sequence number.
    pub after: Option<u64>,
    /// At most this many (default 1000).
    pub limit: Option<u32>,
}

/// One record as outputs show it.
#[derive(Clone, Debug, Serialize)]
pub struct AuditLine {
    /// Position in the chain, from 1.
    pub seq: u64,
    /// When (Unix seconds, UTC).
    pub at: i64,
    /// The account's user name ("" before a log-in).
    pub actor: String,
    /// Where the call came from.
    pub source: String,
    /// The action's code.
    pub action: String,
    /// The kind of resource.
    pub resource_kind: String,
    /// The resource.
    pub resource: String,
    /// The case's name, when the record concerns a case.
    pub case: Option<String>,
    /// `allowed`, `denied` or `failed`.
    pub outcome: String,
    /// What the call did or why it was refused.
    pub details: Value,
    /// The record's chain hash (hex).
    pub hash: String,
}

/// A page of the audit log.
#[derive(Clone, Debug, Serialize)]
pub struct AuditListing {
    /// In chain order.
    pub records: Vec<AuditLine>,
}
shape!(AuditListing, "vilab.audit-list/1");

/// What `audit verify` found.
#[derive(Clone, Debug, Serialize)]
pub struct AuditVerdict {
    /// Whether the chain is intact up to its head.
    pub intact: bool,
    /// Records read.
    pub records: u64,
    /// The last record's sequence number and hash.
    pub head_seq: Option<u64>,
    /// Its hash (hex): write it down outside the lab to detect a later
    /// rewrite of the whole log.
    pub head_hash: Option<String>,
    /// The furthest record a good signed checkpoint covers.
    pub last_signed: Option<u64>,
    /// Records after it (a crash between a write and its checkpoint).
    pub unsigned_tail: u64,
    /// The first thing wrong.
    pub problem: Option<ChainProblem>,
    /// The first bad sequence number.
    pub first_bad_seq: Option<u64>,
}
shape!(AuditVerdict, "vilab.audit-verify/1");

impl Session<'_> {
    /// Records of the audit log, oldest first.
    pub fn audit_list(&self, filter: &AuditFilter) -> Result<AuditListing> {
        self.act(Action::AuditList, Target::Lab, |permit| {
            let store = permit.store();
            let case_id = match &filter.case {
                Some(name) => Some(
                    store
                        .case_by_name(name)
                        .map_err(crate::error_map::store)?
                        .ok_or_else(|| AppError::new(Code::CaseNotFound).with("case", name.as_str()))?
                        .id
                        .0,
                ),
                None => None,
            };
            let query = AuditQuery {
                actor: filter.user.clone(),
                action: filter.action.clone(),
                case_id,
                since: filter.since,
                after_seq: filter.after,
                limit: filter.limit.unwrap_or(1000),
            };
            let mut names = std::collections::HashMap::new();
            let mut records = Vec::new();
            for r in store.audit_records(&query).map_err(crate::error_map::store)? {
                records.push(line(&r, &mut names, permit)?);
            }
            let details = json!({ "returned": records.len() });
            Ok(Done::new(AuditListing { records }, details))
        })
    }

    /// Proves the chain intact, or names the first record that was edited,
    /// removed, inserted, reordered or cut off.
    pub fn audit_verify(&self) -> Result<AuditVerdict> {
        self.act(Action::AuditVerify, Target::Lab, |permit| {
            let report = permit.store_lab().verify_audit().map_err(store)?;
            let verdict = AuditVerdict {
                intact: report.is_intact(),
                records: report.records,
                head_seq: report.head.map(|(seq, _)| seq),
                head_hash: report.head.map(|(_, h)| hex::encode(h)),
                last_signed: report.last_signed,
                unsigned_tail: report.unsigned_tail,
                problem: report.problem,
                first_bad_seq: report.problem.map(|p| p.seq()),
            };
            let details = json!({
                "intact": verdict.intact,
                "records": verdict.records,
                "first_bad_seq": verdict.first_bad_seq,
            });
            Ok(Done::new(verdict, details))
        })
    }
}

fn line(
    r: &AuditRecord,
    names: &mut std::collections::HashMap<i64, Option<String>>,
    permit: &crate::guard::Permit<'_>,
) -> Result<AuditLine> {
    let case = match r.entry.case_id {
        Some(id) => match names.get(&id) {
            Some(name) => name.clone(),
            None => {
                let name = permit.store().case_by_id(vilab_store::CaseId(id)).map_err(store)?.map(|c| c.name);
                names.insert(id, name.clone());
                name
            }
        },
        None => None,
    };
    Ok(AuditLine {
        seq: r.seq,
        at: r.entry.at,
        actor: r.entry.actor.clone(),
        source: r.entry.source.clone(),
        action: r.entry.action.clone(),
        resource_kind: r.entry.resource_kind.clone(),
        resource: r.entry.resource.clone(),
        case,
        outcome: r.entry.outcome.as_str().to_string(),
        details: serde_json::from_str(&r.entry.details).unwrap_or(Value::String(r.entry.details.clone())),
        hash: hex::encode(r.hash),
    })
}
