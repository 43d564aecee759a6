//! Writing to the audit chain: one record per call (see
//! [`super::Session::act`]), log-ins and log-outs, and a signed checkpoint
//! every [`CHECKPOINT_EVERY`] records besides the one at the end of every
//! command ([`super::Lab::close`]).

use serde_json::Value;
use vilab_core::audit::{AuditEntry, AuditOutcome};

use super::Lab;
use crate::actor::Actor;
use crate::error::Result;

/// A checkpoint is signed at least this often, so that a long-running
/// server's chain is never long unsigned.
pub(crate) const CHECKPOINT_EVERY: u64 = 1000;

/// Who a record is about: an account, or a name tried at a log-in.
pub(crate) struct Who<'a> {
    pub(crate) id: Option<i64>,
    pub(crate) name: &'a str,
    pub(crate) source: &'a str,
}

impl<'a> Who<'a> {
    /// An authenticated actor.
    pub(crate) fn actor(actor: &'a Actor) -> Self {
        Who { id: Some(actor.account.0), name: &actor.username, source: &actor.source }
    }
}

/// Appends one record (signing a checkpoint when one is due). An audit
/// record that cannot be written fails the call that made it.
pub(crate) fn append(
    lab: &Lab,
    who: &Who<'_>,
    action: &str,
    resource: (&str, &str),
    case_id: Option<vilab_store::CaseId>,
    outcome: AuditOutcome,
    details: &Value,
) -> Result<()> {
    let entry = AuditEntry {
        at: lab.now(),
        actor_id: who.id,
        actor: who.name.to_string(),
        source: who.source.to_string(),
        action: action.to_string(),
        resource_kind: resource.0.to_string(),
        resource: resource.1.to_string(),
        case_id: case_id.map(|c| c.0),
        outcome,
        details: canonical_json(details),
    };
    let record = lab.store().append_audit(&entry).map_err(crate::error_map::store)?;
    if record.seq % CHECKPOINT_EVERY == 0 {
        lab.inner.checkpoint_audit().map_err(crate::error_map::store)?;
    }
    Ok(())
}

/// JSON with every object's keys sorted and no white space: the same
/// details always give the same bytes, whatever order they were built in.
pub(crate) fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(&map[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::canonical_json;

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let a = json!({"b": 1, "a": {"d": [1, {"z": 0, "y": "é"}], "c": null}});
        assert_eq!(canonical_json(&a), r#"{"a":{"c":null,"d":[1,{"y":"é","z":0}]},"b":1}"#);
    }
}
