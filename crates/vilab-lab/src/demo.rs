//! `vilab demo`'s steps: a synthetic seizure generated in code (abstract
//! scenes, never photographs), a fresh lab with an administrator, an
//! analyst, a trainee and an auditor, a hash set of "known" pictures made
//! from the seizure, the analyst's ingest and triage, and the auditor's
//! check of the audit chain. Every step goes through the same API as the
//! command line's. With [`DemoOptions::training_case`], the analyst also
//! ingests the synthetic training pack into a case of its own and its
//! answers are written beside the lab ([`training`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64};

use crossbeam_channel::Sender;
use serde::Serialize;
use vilab_ingest::{IngestOptions, ProgressEvent};
use vilab_store::{CaseCounts, NewAccount, Role};
use vilab_synth::{SeizureManifest, SeizureSpec, generate_seizure};

use crate::Lab;
use crate::error::{AppError, Code, Result};
use crate::ops::accounts::NewUser;
use crate::ops::audit::AuditVerdict;
use crate::ops::hashsets::{HashsetImport, HashsetView};
use crate::ops::ingest::{IngestReport, IngestRequest};
use crate::ops::matching::TriageView;
use crate::shapes::shape;

pub mod training;
pub use training::{ANSWERS_FILE, TrainingAnswers, TrainingExercise, TrainingReport, TrainingSceneLine};

/// Name of the demo's hash set.
pub const DEMO_HASHSET: &str = "DEMO-KNOWN";
/// Where the demo's accounts say they act from.
const SOURCE: &str = "demo";

/// One of the demo's accounts, with its password (shown once).
#[derive(Clone, Debug, Serialize)]
pub struct DemoAccount {
    /// User name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// Its random password.
    pub password: String,
}

/// What the generator made.
#[derive(Clone, Debug, Serialize)]
pub struct Generated {
    /// The seizure's folder.
    pub dir: PathBuf,
    /// Its seed.
    pub seed: u64,
    /// Files on disk.
    pub files: u64,
    /// Members inside archives.
    pub archive_members: u64,
    /// Bytes on disk.
    pub bytes: u64,
    /// What ingest must find: occurrences.
    pub expected_occurrences: u64,
    /// What ingest must find: distinct contents.
    pub expected_contents: u64,
    /// What ingest must find: corrupt files.
    pub expected_corrupt: u64,
}

/// What the demo did.
#[derive(Clone, Debug, Serialize)]
pub struct DemoReport {
    /// The lab.
    pub lab: PathBuf,
    /// The case.
    pub case: String,
    /// The seizure.
    pub generated: Generated,
    /// The accounts made (passwords shown once).
    pub accounts: Vec<DemoAccount>,
    /// The hash set imported.
    pub hashset: HashsetView,
    /// The ingest and the match after it.
    pub ingest: IngestReport,
    /// The case's counts.
    pub counts: CaseCounts,
    /// The triage.
    pub triage: TriageView,
    /// The auditor's check of the audit chain.
    pub audit: AuditVerdict,
    /// The passphrase of the demo lab, which is encrypted (shown once).
    pub lab_passphrase: String,
    /// The training pack's case and answers, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub training: Option<TrainingReport>,
}
shape!(DemoReport, "vilab.demo/1");

/// What the demo makes beyond the seizure.
#[derive(Clone, Debug, Default)]
pub struct DemoOptions {
    /// Name of a case to ingest the synthetic training pack into (the
    /// binary gives the catalog's words for "Training pack"); `None`
    /// leaves the pack out.
    pub training_case: Option<String>,
    /// Title of a trainee gallery with an exercise made of the training
    /// pack (the binary gives the catalog's words for "Training
    /// exercise"), with a `trainer` account to edit it; `None`, or no
    /// training case, leaves it out.
    pub exercise_title: Option<String>,
}

/// Generates the seizure in `dir/seizure` (reported to `generated` before
/// the rest runs) and runs the demo in a new lab at `dir/lab`, without
/// the training pack.
pub fn run(
    dir: &Path,
    seed: u64,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
    generated: &mut dyn FnMut(&Generated),
) -> Result<DemoReport> {
    run_with(dir, seed, &DemoOptions::default(), stop, progress, generated)
}

/// [`run`], with the training pack when `options` ask for it: painted
/// into `dir/training`, ingested by the analyst after the seizure's triage,
/// answers in `dir/training-answers.json`; the audit check comes last.
pub fn run_with(
    dir: &Path,
    seed: u64,
    options: &DemoOptions,
    stop: &AtomicBool,
    progress: &Sender<ProgressEvent>,
    generated: &mut dyn FnMut(&Generated),
) -> Result<DemoReport> {
    let seizure_dir = dir.join("seizure");
    let lab_dir = dir.join("lab");
    if lab_dir.exists() {
        return Err(AppError::new(Code::LabExists).with("path", lab_dir.display().to_string()));
    }
    let manifest = generate_seizure(&seizure_dir, &SeizureSpec::new(seed))
        .map_err(|e| AppError::new(Code::FileUnwritable).with("file", seizure_dir.display().to_string()).detail(e))?;
    let made = Generated {
        dir: seizure_dir.clone(),
        seed,
        files: manifest.counts.files_on_disk as u64,
        archive_members: manifest.counts.archive_members as u64,
        bytes: manifest.counts.bytes_on_disk,
        expected_occurrences: manifest.counts.occurrences as u64,
        expected_contents: manifest.counts.distinct_contents as u64,
        expected_corrupt: manifest.counts.corrupt as u64,
    };
    generated(&made);

    let password = || vilab_store::random_password().map_err(|e| AppError::new(Code::Internal).detail(e));
    let admin = DemoAccount { username: "admin".into(), role: Role::Admin, password: password()? };
    let new_admin =
        NewAccount { username: admin.username.clone(), password: admin.password.clone(), role: Role::Admin };
    // Encrypted, as a real lab is by default; a random passphrase shown
    // once. The floor's argon2id costs: a demo of synthetic files need not
    // spend a tuned second on each unlock.
    let lab_passphrase = password()?;
    let (lab, _, _recovery) = Lab::init_encrypted(
        &lab_dir,
        &new_admin,
        SOURCE,
        &crate::keys::SecretString::from(lab_passphrase.clone()),
        crate::keys::KdfCost::Floor,
    )?;
    let case_name = format!("DEMO-{seed}");
    let mut accounts = vec![admin.clone()];
    {
        let admin = lab.authenticate(&admin.username, &admin.password, SOURCE)?;
        let mut roles = vec![("analyst", Role::Analyst), ("trainee", Role::Trainee), ("auditor", Role::Auditor)];
        if options.training_case.is_some() && options.exercise_title.is_some() {
            roles.push(("trainer", Role::Trainer));
        }
        for (username, role) in roles {
            let account = DemoAccount { username: username.into(), role, password: password()? };
            admin.add_user(&NewUser { username, role, password: &account.password, cases: &[] })?;
            accounts.push(account);
        }
    }
    let secret = |name: &str| accounts.iter().find(|a| a.username == name).map(|a| a.password.clone());
    let analyst = lab.authenticate("analyst", &secret("analyst").unwrap_or_default(), SOURCE)?;
    analyst.create_case(&case_name)?;

    let known_path = dir.join("known.json");
    write_known_set(&manifest, &seizure_dir, &known_path)?;
    let hashset = analyst.import_hashset(
        &HashsetImport {
            name: DEMO_HASHSET,
            profile: "vic-us",
            file: &known_path,
            read_bytes: Arc::new(AtomicU64::new(0)),
        },
        stop,
    )?;
    let request = IngestRequest {
        case: &case_name,
        exhibit: "laptop-1",
        source: &seizure_dir,
        options: IngestOptions::default(),
    };
    let ingest = analyst.ingest(&request, stop, progress)?;
    let counts = analyst.case_view(&case_name)?.counts;
    let triage = analyst.triage(&case_name)?;
    let training = match &options.training_case {
        Some(case) => {
            let mut report = training::build(&analyst, dir, seed, case, stop, progress)?;
            if let Some(title) = &options.exercise_title {
                report.exercise = Some(training::exercise(&analyst, &report, title, "trainer", "trainee")?);
            }
            Some(report)
        }
        None => None,
    };
    drop(analyst);
    let auditor = lab.authenticate("auditor", &secret("auditor").unwrap_or_default(), SOURCE)?;
    let audit = auditor.audit_verify()?;
    drop(auditor);
    lab.close()?;
    Ok(DemoReport {
        lab: lab_dir,
        case: case_name,
        generated: made,
        accounts,
        hashset,
        ingest,
        counts,
        triage,
        audit,
        lab_passphrase,
        training,
    })
}

/// A hash set of "known" material made from the seizure: every sixth
/// unique picture by MD5 (category 4, comparison images), and every sixth,
/// offset by three, by its PDQ alone (category 3, CGI / animation), so that
/// it and its near duplicates within the radius come out near-known. The
/// categories are labels on abstract scenes.
fn write_known_set(manifest: &SeizureManifest, seizure_dir: &Path, out: &Path) -> Result<()> {
    let mut known = Vec::new();
    let uniques = manifest
        .entries
        .iter()
        .filter(|e| e.archive_path.is_empty() && matches!(e.role, vilab_synth::Role::Unique) && e.decodable);
    for (i, entry) in uniques.enumerate() {
        let media_id = Some(known.len() as i64 + 1);
        let path = seizure_dir.join(&entry.path);
        let read = || std::fs::read(&path).map_err(|e| crate::error_map::unreadable(&path, e));
        match i % 6 {
            0 => known.push(vilab_core::known::KnownMedia {
                media_id,
                md5: Some(vilab_core::Digests::of(&read()?).md5),
                category: Some(4),
                ..Default::default()
            }),
            3 => {
                let analysis = vilab_media::analyze(&read()?, &vilab_media::AnalyzeOptions::default());
                if let Some(pdq) = analysis.pdq.filter(|p| p.quality >= 50) {
                    known.push(vilab_core::known::KnownMedia {
                        media_id,
                        pdq: Some(pdq.hashes[0]),
                        category: Some(3),
                        ..Default::default()
                    });
                }
            }
            _ => {}
        }
    }
    let unwritable =
        |e: std::io::Error| AppError::new(Code::FileUnwritable).with("file", out.display().to_string()).detail(e);
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).map_err(unwritable)?);
    vilab_hashset::vics::write_vics2(&mut file, None, known).map_err(unwritable)?;
    std::io::Write::flush(&mut file).map_err(unwritable)?;
    Ok(())
}
