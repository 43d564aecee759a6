//! The evidence store's check: every blob re-hashed, every blob the
//! database refers to looked for, and where to restore a lost one from.

use std::sync::atomic::AtomicBool;

use serde::Serialize;
use serde_json::json;
use vilab_store::{LabVerifyReport, VerifyProgress};

use crate::Session;
use crate::error::Result;
use crate::error_map::store;
use crate::guard::{Done, Target};
use crate::permission::Action;
use crate::shapes::shape;

/// What `verify` found.
#[derive(Clone, Debug, Serialize)]
pub struct LabVerdict {
    /// Whether every blob verified and none is missing.
    pub clean: bool,
    /// Whether a stop ended it before the end.
    pub stopped: bool,
    /// The evidence store's and the database's findings.
    pub report: LabVerifyReport,
}
shape!(LabVerdict, "vilab.verify/1");

impl Session<'_> {
    /// Re-hashes the evidence store (`stop` ends it early; `progress` sees
    /// each step).
    pub fn verify_lab(&self, stop: &AtomicBool, progress: &mut dyn FnMut(VerifyProgress)) -> Result<LabVerdict> {
        self.act(Action::LabVerify, Target::Lab, |permit| {
            let report = permit.store_lab().verify(stop, progress).map_err(store)?;
            let verdict =
                LabVerdict { clean: report.is_clean() && !report.blobs.stopped, stopped: report.blobs.stopped, report };
            let details = json!({
                "checked": verdict.report.blobs.checked,
                "corrupt": verdict.report.blobs.corrupt.len(),
                "missing": verdict.report.missing.len(),
                "stopped": verdict.stopped,
            });
            Ok(Done::new(verdict, details))
        })
    }
}
