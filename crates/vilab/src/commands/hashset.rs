//! `vilab hashset ...`: import, list, show and remove hash sets.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use anyhow::{Context, bail};
use vilab_core::known::KnownMedia;
use vilab_hashset::HashsetError;
use vilab_hashset::lists::{read_csv, read_list, write_csv, write_list};
use vilab_hashset::pipe::read_beside;
use vilab_hashset::profiles::Profiles;
use vilab_hashset::vics::{CaseHeader, read_vics, write_vics2};
use vilab_store::Lab;
use vilab_store::model::{Hashset, NewHashset};

use crate::cli::{ExportFormat, HashsetCommand, VicsShapeArg};
use crate::commands::print_json;
use crate::file_progress::{FileProgress, HashingReader};
use crate::{lab_path, messages};

/// Runs one `hashset` subcommand.
pub fn run(command: HashsetCommand, stop: &AtomicBool) -> anyhow::Result<ExitCode> {
    match command {
        HashsetCommand::Import { lab, name, profile, file, json } => {
            let lab = lab_path::open(&lab)?;
            let set = import_file(&lab, name, &profile, &file, stop)?;
            if json {
                print_json(&set)?;
            } else {
                outln!("{}", messages::hashset_imported(&set));
            }
        }
        HashsetCommand::List { lab, json } => {
            let sets = lab_path::open(&lab)?.store().list_hashsets()?;
            if json {
                print_json(&sets)?;
            } else {
                for set in &sets {
                    outln!("{}", summary_line(set));
                }
            }
        }
        HashsetCommand::Show { lab, name, json } => {
            let Some(set) = lab_path::open(&lab)?.store().hashset_by_name(&name)? else {
                bail!("no hash set named {name:?}");
            };
            if json {
                print_json(&set)?;
            } else {
                outln!("{}", summary_line(&set));
                outln!("  uid {}  source sha256 {}  imported at {}", set.uid, set.source_sha256, set.imported_at);
            }
        }
        HashsetCommand::Export { lab, case, format, shape, output } => export(&lab, &case, format, shape, output)?,
        HashsetCommand::Remove { lab, name } => {
            if !lab_path::open(&lab)?.store().remove_hashset(&name)? {
                bail!("no hash set named {name:?}");
            }
            outln!("removed hash set {name}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Imports a hash-set file (VICS, CSV or a plain list, told from its bytes)
/// into the lab as `name`, whole or not at all; shared with `vilab demo`.
/// The file is read once: parsed on a second thread while this one stores,
/// and hashed on the way. Ctrl-C abandons it, storing nothing.
pub fn import_file(lab: &Lab, name: String, profile: &str, file: &Path, stop: &AtomicBool) -> anyhow::Result<Hashset> {
    let profiles = lab_profiles(lab)?;
    let Some(profile) = profiles.get(profile) else {
        let known: Vec<&str> = profiles.all.iter().map(|p| p.name.as_str()).collect();
        bail!("unknown profile {profile:?} (known: {}; a lab adds its own in profiles.toml)", known.join(", "));
    };
    let format = sniff_format(file)?;
    let new = NewHashset { name, profile: profile.name.clone(), format };
    let total = std::fs::metadata(file).with_context(|| format!("reading {}", file.display()))?.len();
    let read_bytes = Arc::new(AtomicU64::new(0));
    let progress = FileProgress::start(Arc::clone(&read_bytes), total);
    let mut read_error: Option<HashsetError> = None;
    let kind = new.format.as_str();
    let stored = lab.store().import_hashset(&new, &mut |sink| {
        let opened = std::fs::File::open(file).map_err(|e| format!("opening {}: {e}", file.display()))?;
        let mut reader = HashingReader::new(opened, Arc::clone(&read_bytes), stop);
        let result = read_beside(
            |feed| {
                match kind {
                    "csv" => read_csv(&mut reader, feed).map(drop),
                    "list" => read_list(&mut reader, feed).map(drop),
                    _ => read_vics(&mut reader, feed).map(drop),
                }?;
                // The parsers stop at the end of what they need; the digest is of the whole file.
                std::io::copy(&mut reader, &mut std::io::sink())?;
                Ok(reader.digest())
            },
            sink,
        );
        result.map_err(|e| {
            let message = e.to_string();
            read_error = Some(e);
            message
        })
    });
    progress.finish();
    if stop.load(Ordering::Relaxed) && stored.is_err() {
        bail!("{}: {}", file.display(), messages::IMPORT_INTERRUPTED);
    }
    match (stored, read_error) {
        (Ok(set), _) => Ok(set),
        (Err(_), Some(e)) => Err(e).with_context(|| format!("{}: nothing imported", file.display())),
        (Err(e), None) => Err(e.into()),
    }
}

fn summary_line(set: &Hashset) -> String {
    format!("{:<32} {:>10} entries  profile {:<7} format {}", set.name, set.entries, set.profile, set.format)
}

/// The format from the first bytes: VICS JSON (2.0 has `@odata.context`),
/// CSV (a header naming a hash column), else a plain list.
fn sniff_format(path: &std::path::Path) -> anyhow::Result<String> {
    let mut head = vec![0u8; 4096];
    let n = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?.read(&mut head)?;
    let head = String::from_utf8_lossy(&head[..n]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let first_line = head.lines().next().unwrap_or("").to_ascii_lowercase();
    Ok(match head.chars().next() {
        Some('{') if head.contains("@odata.context") => "vics2",
        Some('{') => "vics1",
        _ if first_line.contains(',') && ["md5", "sha1", "sha256", "pdq"].iter().any(|c| first_line.contains(c)) => {
            "csv"
        }
        _ => "list",
    }
    .into())
}

fn export(
    lab: &crate::cli::LabArg,
    case_name: &str,
    format: ExportFormat,
    shape: VicsShapeArg,
    output: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    let lab = lab_path::open(lab)?;
    let case = lab.store().case_by_name(case_name)?.with_context(|| format!("no case '{case_name}' in this lab"))?;
    let triage = vilab_match::triage(lab.store(), case.id, &lab_profiles(&lab)?)?;
    let records: Vec<KnownMedia> = lab
        .store()
        .case_digests(case.id)?
        .into_iter()
        .map(|d| {
            let proposal = triage.items.iter().find(|t| t.item.media == d.media).and_then(|t| t.proposal.as_ref());
            KnownMedia {
                media_id: Some(d.media.0),
                md5: Some(d.md5),
                sha1: Some(d.sha1),
                sha256: Some(d.sha256),
                pdq: d.pdq,
                size: d.size,
                category: proposal.and_then(|p| p.hit.category),
                series: proposal.and_then(|p| p.hit.series.clone()),
                is_precategorized: Some(proposal.is_some()),
                ..KnownMedia::default()
            }
        })
        .collect();
    let mut out: Box<dyn std::io::Write> = match &output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let header = CaseHeader {
        case_id: guid(&case.uid),
        case_number: case.name.clone(),
        application: format!("vilab {}", env!("CARGO_PKG_VERSION")),
    };
    let n = match format {
        ExportFormat::Vics2 => write_vics2(&mut out, (shape == VicsShapeArg::Case).then_some(&header), records)?,
        ExportFormat::Md5 => write_list(&mut out, "md5", records)?,
        ExportFormat::Sha1 => write_list(&mut out, "sha1", records)?,
        ExportFormat::Sha256 => write_list(&mut out, "sha256", records)?,
        ExportFormat::Csv => write_csv(&mut out, records)?,
    };
    out.flush()?;
    if let Some(path) = output {
        eprintln!("exported {n} items to {}", path.display());
    }
    Ok(())
}

/// The case's 32-hex-digit uid written as a GUID, as VICS wants `CaseID`.
fn guid(uid: &str) -> String {
    if uid.len() == 32 {
        format!("{}-{}-{}-{}-{}", &uid[..8], &uid[8..12], &uid[12..16], &uid[16..20], &uid[20..])
    } else {
        uid.to_string()
    }
}

/// File in the lab directory with the lab's own category profiles.
pub const PROFILES_FILE: &str = "profiles.toml";

/// The built-in profiles and the lab's own (`profiles.toml`, if present).
pub fn lab_profiles(lab: &vilab_store::Lab) -> anyhow::Result<Profiles> {
    let path = lab.dir().join(PROFILES_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => Profiles::with_lab_bytes(&bytes).with_context(|| format!("reading {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Profiles::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}
