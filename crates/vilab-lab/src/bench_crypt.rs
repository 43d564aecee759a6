//! What encryption at rest costs (`vilab bench crypt`): the same ingest of
//! a seizure, `verify` of the lab and import of a hash set, into a plain
//! lab and into an encrypted one, alternating, each through the
//! application layer on a fresh scratch lab.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::time::Instant;

use serde::Serialize;
use vilab_ingest::IngestOptions;
use vilab_store::{NewAccount, Role};

use crate::Lab;
use crate::error::{AppError, Code, Result};
use crate::keys::{KdfCost, SecretString};
use crate::ops::accounts::NewUser;
use crate::ops::hashsets::HashsetImport;
use crate::ops::ingest::IngestRequest;

/// One side's timings, a run each.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SideTimes {
    /// Ingest and match of the seizure, seconds.
    pub ingest: Vec<f64>,
    /// `verify` of the lab (every blob re-read and re-hashed), seconds.
    pub verify: Vec<f64>,
    /// Import of the hash set, seconds.
    pub import: Vec<f64>,
}

/// What `bench crypt` measured.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CryptBench {
    /// Files in the seizure.
    pub files: u64,
    /// Bytes verify read back (the stored contents).
    pub stored_bytes: u64,
    /// Entries of the hash set.
    pub hashset_entries: u64,
    /// Plain labs.
    pub plain: SideTimes,
    /// Encrypted labs.
    pub encrypted: SideTimes,
}

/// The median of some runs.
pub fn median(runs: &[f64]) -> f64 {
    let mut sorted = runs.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(0.0)
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::new(Code::Internal).detail(e)
}

/// Times `runs` rounds of (plain, encrypted): ingest of `seizure`, verify,
/// import of the hash-set file `hashset` (`entries` lines), each on a new
/// lab in `scratch`. `before_verify` runs just before each verify is timed
/// (the command empties the page cache there for a cold read).
pub fn crypt(
    seizure: &Path,
    hashset: &Path,
    entries: u64,
    scratch: &Path,
    runs: usize,
    before_verify: &dyn Fn() -> std::io::Result<()>,
) -> Result<CryptBench> {
    let mut bench = CryptBench { hashset_entries: entries, ..CryptBench::default() };
    let stop = AtomicBool::new(false);
    for run in 0..runs {
        for encrypted in [false, true] {
            let password = vilab_store::random_password().map_err(failed)?;
            let admin = NewAccount { username: "admin".into(), password: password.clone(), role: Role::Admin };
            let dir = scratch.join(format!("{}-{run}", if encrypted { "encrypted" } else { "plain" }));
            let lab = if encrypted {
                // The floor's argon2id costs: an unlock is not what is measured.
                let passphrase = SecretString::from(password.clone());
                Lab::init_encrypted(&dir, &admin, "bench", &passphrase, KdfCost::Floor)?.0
            } else {
                Lab::init(&dir, &admin, "bench")?.0
            };
            let admin = lab.authenticate("admin", &password, "bench")?;
            admin.add_user(&NewUser { username: "analyst", role: Role::Analyst, password: &password, cases: &[] })?;
            let analyst = lab.authenticate("analyst", &password, "bench")?;
            analyst.create_case("BENCH")?;
            let side = if encrypted { &mut bench.encrypted } else { &mut bench.plain };

            let request =
                IngestRequest { case: "BENCH", exhibit: "x", source: seizure, options: IngestOptions::default() };
            let (sender, receiver) = crossbeam_channel::unbounded();
            let drain = std::thread::spawn(move || receiver.iter().count());
            let started = Instant::now();
            let report = analyst.ingest(&request, &stop, &sender)?;
            side.ingest.push(started.elapsed().as_secs_f64());
            drop(sender);
            let _ = drain.join();
            bench.files = report.ingest.files_processed;

            before_verify().map_err(failed)?;
            let started = Instant::now();
            let verdict = admin.verify_lab(&stop, &mut |_| {})?;
            side.verify.push(started.elapsed().as_secs_f64());
            if !verdict.clean {
                return Err(failed(format!("the bench's lab {} does not verify", dir.display())));
            }
            bench.stored_bytes = verdict.report.blobs.bytes;

            let import = HashsetImport {
                name: "bench-set",
                profile: "vic-us",
                file: hashset,
                read_bytes: Arc::new(AtomicU64::new(0)),
            };
            let started = Instant::now();
            analyst.import_hashset(&import, &stop)?;
            side.import.push(started.elapsed().as_secs_f64());
            drop(analyst);
            drop(admin);
            lab.close()?;
            std::fs::remove_dir_all(&dir).map_err(failed)?;
        }
    }
    Ok(bench)
}
