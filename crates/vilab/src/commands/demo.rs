//! `vilab demo`: a synthetic seizure, generated in code, ingested into a
//! fresh lab, then the summary. Nothing in it is a photograph.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use anyhow::Context;
use vilab_ingest::IngestOptions;
use vilab_store::{Lab, NewAccount, Role};
use vilab_synth::{SeizureSpec, generate_seizure};

use crate::cli::DemoArgs;
use crate::messages;

pub fn run(args: &DemoArgs, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    let dir = match &args.dir {
        Some(dir) => dir.clone(),
        None => default_dir(),
    };
    let seizure_dir = dir.join("seizure");
    let lab_dir = dir.join("lab");
    anyhow::ensure!(
        !lab_dir.exists(),
        "{} already holds a demo lab: pass another --dir or remove it",
        lab_dir.display()
    );
    outln!("Generating a synthetic seizure (seed {}) in {}", args.seed, seizure_dir.display());
    let started = Instant::now();
    let manifest = generate_seizure(&seizure_dir, &SeizureSpec::new(args.seed))
        .with_context(|| format!("generating the synthetic seizure in {}", seizure_dir.display()))?;
    outln!(
        "  {} files, {} archive members, {:.1} MB, in {:.1} s",
        manifest.counts.files_on_disk,
        manifest.counts.archive_members,
        manifest.counts.bytes_on_disk as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    let admin = NewAccount { username: "admin".into(), password: vilab_store::random_password()?, role: Role::Admin };
    let (lab, _info) = Lab::init(&lab_dir, &admin)?;
    let case_name = format!("DEMO-{}", args.seed);
    lab.store().create_case(&case_name)?;
    let known_path = dir.join("known.json");
    let known = demo_known_set(&manifest, &seizure_dir)?;
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&known_path).with_context(|| format!("creating {}", known_path.display()))?,
    );
    vilab_hashset::vics::write_vics2(&mut file, None, known)?;
    std::io::Write::flush(&mut file)?;
    drop(file);
    let set = super::hashset::import_file(&lab, DEMO_HASHSET.into(), "vic-us", &known_path, stop)?;
    outln!("  hash set {} ({} entries, VICS 2.0, profile vic-us) in {}", set.name, set.entries, known_path.display());
    let summary = super::ingest::ingest_into(
        &lab,
        &case_name,
        "laptop-1",
        &seizure_dir,
        &IngestOptions::default(),
        args.quiet,
        stop,
    )?;
    super::ingest::print_summary(&summary);
    super::matching::match_after_ingest(&lab, &case_name, false)?;

    let case = lab.store().case_by_name(&case_name)?.context("demo case vanished")?;
    let counts = lab.store().case_counts(case.id)?;
    outln!("Case {case_name}");
    outln!("{}", messages::line("files (occurrences)", counts.files));
    outln!("{}", messages::line("unique media items", counts.media));
    outln!("{}", messages::line("images decoded and hashed", counts.images_decoded));
    outln!("{}", messages::line("with EXIF / with GPS", format!("{} / {}", counts.with_exif, counts.with_gps)));
    let kinds: Vec<String> = counts.by_kind.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
    outln!("{}", messages::line("by kind", kinds.join(", ")));
    let stages: Vec<String> = counts.errors_by_stage.iter().map(|(s, n)| format!("{} {n}", s.as_str())).collect();
    outln!(
        "{}",
        messages::line("ingest errors by stage", if stages.is_empty() { "none".into() } else { stages.join(", ") })
    );
    outln!("Expected from the generator");
    outln!("{}", messages::line("occurrences", manifest.counts.occurrences));
    outln!("{}", messages::line("distinct contents", manifest.counts.distinct_contents));
    outln!("{}", messages::line("corrupt files", manifest.counts.corrupt));
    outln!();
    outln!("Explore it:");
    outln!("  vilab media list --lab {} --case {case_name}", lab_dir.display());
    outln!("  vilab media errors --lab {} --case {case_name}", lab_dir.display());
    outln!("  vilab triage --lab {} --case {case_name}", lab_dir.display());
    outln!("  vilab verify --lab {}", lab_dir.display());
    Ok(ExitCode::SUCCESS)
}

/// A new folder under the system's temporary directory, kept after the run
/// so that the user can explore the demo lab.
fn default_dir() -> PathBuf {
    let stamp =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
    std::env::temp_dir().join(format!("vilab-demo-{stamp}-{}", std::process::id()))
}

/// Name of the demo's hash set.
pub const DEMO_HASHSET: &str = "DEMO-KNOWN";

/// A hash set of "known" material for the demo, made from the seizure:
/// every sixth unique picture by MD5 (category 4, comparison images), and
/// every sixth, offset by three, by its PDQ alone (category 3, CGI /
/// animation), so that it and its near duplicates within the radius come
/// out near-known. The categories are labels on abstract scenes.
fn demo_known_set(
    manifest: &vilab_synth::SeizureManifest,
    seizure_dir: &std::path::Path,
) -> anyhow::Result<Vec<vilab_core::known::KnownMedia>> {
    let mut out = Vec::new();
    let uniques = manifest
        .entries
        .iter()
        .filter(|e| e.archive_path.is_empty() && matches!(e.role, vilab_synth::Role::Unique) && e.decodable);
    for (i, entry) in uniques.enumerate() {
        let media_id = Some(out.len() as i64 + 1);
        match i % 6 {
            0 => {
                let bytes = std::fs::read(seizure_dir.join(&entry.path))?;
                out.push(vilab_core::known::KnownMedia {
                    media_id,
                    md5: Some(vilab_core::Digests::of(&bytes).md5),
                    category: Some(4),
                    ..Default::default()
                });
            }
            3 => {
                let bytes = std::fs::read(seizure_dir.join(&entry.path))?;
                let analysis = vilab_media::analyze(&bytes, &vilab_media::AnalyzeOptions::default());
                if let Some(pdq) = analysis.pdq.filter(|p| p.quality >= 50) {
                    out.push(vilab_core::known::KnownMedia {
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
    Ok(out)
}
