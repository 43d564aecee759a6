//! What the application layer costs, measured (`vilab bench audit`): the
//! same ingest of a generated seizure with and without the permission
//! check and the audit chain, and the rate at which audited calls and raw
//! audit records are appended.
//!
//! The baseline drives the layers below directly (the store, the ingest
//! pipeline, matching) on scratch labs of its own: the one place outside
//! [`crate::guard`] that does, because a cost can only be measured beside
//! its absence.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use serde::Serialize;
use vilab_core::audit::{AuditEntry, AuditOutcome};
use vilab_ingest::IngestOptions;
use vilab_store::{NewAccount, Role};

use crate::Lab;
use crate::error::{AppError, Code, Result};
use crate::ops::accounts::NewUser;
use crate::ops::ingest::IngestRequest;

/// What `bench audit` measured.
#[derive(Clone, Debug, Serialize)]
pub struct AuditBench {
    /// Files in the seizure.
    pub files: u64,
    /// Each run's seconds without the application layer (ingest and match).
    pub plain_seconds: Vec<f64>,
    /// Each run's seconds through it (permission check, audit records).
    pub audited_seconds: Vec<f64>,
    /// Audit records one audited ingest wrote.
    pub records_per_ingest: u64,
    /// Audited calls (a permission check and one record each) per second.
    pub audited_calls_per_second: f64,
    /// Raw audit records appended per second, each its own transaction.
    pub appends_per_second: f64,
}

impl AuditBench {
    /// The median of some runs.
    pub fn median(runs: &[f64]) -> f64 {
        let mut sorted = runs.to_vec();
        sorted.sort_by(f64::total_cmp);
        sorted.get(sorted.len() / 2).copied().unwrap_or(0.0)
    }

    /// The overhead of the median audited run over the median plain run.
    pub fn overhead(&self) -> f64 {
        let plain = Self::median(&self.plain_seconds);
        (Self::median(&self.audited_seconds) - plain) / plain.max(1e-9)
    }
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::new(Code::Internal).detail(e)
}

/// Ingests the seizure at `seizure` `runs` times each way (alternating, a
/// fresh lab each time, in `scratch`), then times `calls` audited calls and
/// `appends` raw appends.
pub fn audit(seizure: &Path, scratch: &Path, runs: usize, calls: usize, appends: usize) -> Result<AuditBench> {
    let password = vilab_store::random_password().map_err(failed)?;
    let options = || IngestOptions::default();
    let mut bench = AuditBench {
        files: 0,
        plain_seconds: Vec::new(),
        audited_seconds: Vec::new(),
        records_per_ingest: 0,
        audited_calls_per_second: 0.0,
        appends_per_second: 0.0,
    };
    let stop = AtomicBool::new(false);
    for run in 0..runs {
        // Without the application layer.
        let admin = NewAccount { username: "admin".into(), password: password.clone(), role: Role::Admin };
        let (lab, _) = vilab_store::Lab::init(&scratch.join(format!("plain-{run}")), &admin).map_err(failed)?;
        let case = lab.store().create_case("BENCH").map_err(failed)?;
        let source = std::fs::canonicalize(seizure).map_err(failed)?;
        let started = Instant::now();
        let exhibit =
            lab.store().open_exhibit(case.id, "x", &vilab_ingest::pipeline::source_text(&source)).map_err(failed)?;
        let (sender, receiver) = crossbeam_channel::unbounded();
        let drain = std::thread::spawn(move || receiver.iter().count());
        let summary =
            vilab_ingest::ingest_folder(lab.store(), lab.blobs(), &exhibit, &source, &options(), &stop, &sender)
                .map_err(failed)?;
        drop(sender);
        let _ = drain.join();
        vilab_match::match_case(lab.store(), case.id, &Default::default()).map_err(failed)?;
        vilab_match::triage(lab.store(), case.id, &Default::default()).map_err(failed)?;
        bench.plain_seconds.push(started.elapsed().as_secs_f64());
        bench.files = summary.files_processed;
        drop(lab);

        // Through it.
        let admin = NewAccount { username: "admin".into(), password: password.clone(), role: Role::Admin };
        let dir = scratch.join(format!("audited-{run}"));
        let (lab, _) = Lab::init(&dir, &admin, "bench")?;
        // A second handle on the same lab, below the guard, to count and
        // append records.
        let raw = vilab_store::Lab::open(&dir).map_err(failed)?;
        lab.authenticate("admin", &password, "bench")?.add_user(&NewUser {
            username: "analyst",
            role: Role::Analyst,
            password: &password,
            cases: &[],
        })?;
        let analyst = lab.authenticate("analyst", &password, "bench")?;
        analyst.create_case("BENCH")?;
        let before = raw.store().audit_head().map_err(failed)?.map_or(0, |(seq, _)| seq);
        let request = IngestRequest { case: "BENCH", exhibit: "x", source: seizure, options: options() };
        let (sender, receiver) = crossbeam_channel::unbounded();
        let drain = std::thread::spawn(move || receiver.iter().count());
        let started = Instant::now();
        analyst.ingest(&request, &stop, &sender)?;
        // The triage the plain run computed is part of the audited ingest.
        bench.audited_seconds.push(started.elapsed().as_secs_f64());
        drop(sender);
        let _ = drain.join();
        let after = raw.store().audit_head().map_err(failed)?.map_or(0, |(seq, _)| seq);
        bench.records_per_ingest = after - before;

        if run + 1 == runs {
            let started = Instant::now();
            for _ in 0..calls {
                analyst.list_hashsets()?;
            }
            bench.audited_calls_per_second = calls as f64 / started.elapsed().as_secs_f64().max(1e-9);
            let entry = AuditEntry {
                at: lab.now(),
                actor_id: None,
                actor: "bench".into(),
                source: "bench".into(),
                action: "bench.append".into(),
                resource_kind: "lab".into(),
                resource: String::new(),
                case_id: None,
                outcome: AuditOutcome::Allowed,
                details: "{}".into(),
            };
            let started = Instant::now();
            for _ in 0..appends {
                raw.store().append_audit(&entry).map_err(failed)?;
            }
            bench.appends_per_second = appends as f64 / started.elapsed().as_secs_f64().max(1e-9);
        }
    }
    Ok(bench)
}
