//! The `Store` conformance suite (`tests/conformance`) on [`SqliteStore`]:
//! each lab made by `Lab::init` in a temporary directory, which also gives
//! the evidence store and the signing key a lab has.
//!
//! [`SqliteStore`]: vilab_store::SqliteStore

mod common;
#[macro_use]
mod conformance;

use std::sync::Arc;

use conformance::StoreUnderTest;
use tempfile::TempDir;
use vilab_store::{Lab, LabIdentity, RunId, Store};

/// A SQLite lab in a temporary directory, which lives as long as any lab
/// opened on it.
struct SqliteLab {
    tmp: Arc<TempDir>,
    lab: Lab,
}

impl SqliteLab {
    /// A new lab whose only account is `common::admin()`.
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let lab = common::new_lab(tmp.path());
        SqliteLab { tmp: Arc::new(tmp), lab }
    }

    /// The same lab opened again, beside or after this one.
    fn open(tmp: Arc<TempDir>, lab: &Lab) -> Self {
        SqliteLab { lab: Lab::open(lab.dir()).unwrap(), tmp }
    }
}

impl StoreUnderTest for SqliteLab {
    fn store(&self) -> &dyn Store {
        self.lab.store()
    }

    fn store_arc(&self) -> Arc<dyn Store> {
        self.lab.store_arc()
    }

    fn identity(&self) -> &LabIdentity {
        self.lab.identity()
    }

    fn reopen(self: Box<Self>) -> Box<dyn StoreUnderTest> {
        let SqliteLab { tmp, lab } = *self;
        let dir = lab.dir().to_path_buf();
        // Dropping the lab closes its connections and releases its leases,
        // as the end of its process would.
        drop(lab);
        Box::new(SqliteLab { lab: Lab::open(&dir).unwrap(), tmp })
    }

    fn open_beside(&self) -> Box<dyn StoreUnderTest> {
        Box::new(SqliteLab::open(self.tmp.clone(), &self.lab))
    }

    fn aborted_on_open(&self) -> Vec<RunId> {
        self.lab.opened().aborted_runs.clone()
    }
}

store_conformance!(Box::new(SqliteLab::new()));
